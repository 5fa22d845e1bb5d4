//! Items of `params` by the first letters of their types' names (`d_o`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `assignments`: `Collection(microsoft.graph.deviceCompliancePolicyAssignment)`
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct DeviceCompliancePolicyAssignParams {
    /// CSDL: property `assignments`: `Collection(microsoft.graph.deviceCompliancePolicyAssignment)`, nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceCompliancePolicyAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceCompliancePolicyAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceCompliancePolicyAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.deviceCompliancePolicy)";
    const KEYS: &'static [&'static str] = &["assignments"];
    const KEYS_JSON: &'static [&'static str] = &[",\"assignments\":"];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.deviceCompliancePolicy)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceCompliancePolicyAssignParams {
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
rt::impl_object!(DeviceCompliancePolicyAssignParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceCompliancePolicyAssignParams { with_assignments assignments : ::std::vec::Vec <
    crate ::v1::DeviceCompliancePolicyAssignment >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceCompliancePolicyAssignParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `assignments`: `Collection(microsoft.graph.deviceConfigurationAssignment)`
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct DeviceConfigurationAssignParams {
    /// CSDL: property `assignments`: `Collection(microsoft.graph.deviceConfigurationAssignment)`, nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceConfigurationAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceConfigurationAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.deviceConfiguration)";
    const KEYS: &'static [&'static str] = &["assignments"];
    const KEYS_JSON: &'static [&'static str] = &[",\"assignments\":"];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.deviceConfiguration)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceConfigurationAssignParams {
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
rt::impl_object!(DeviceConfigurationAssignParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceConfigurationAssignParams { with_assignments assignments : ::std::vec::Vec <
    crate ::v1::DeviceConfigurationAssignment >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceConfigurationAssignParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `enrollmentConfigurationAssignments`: `Collection(microsoft.graph.enrollmentConfigurationAssignment)`
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct DeviceEnrollmentConfigurationAssignParams {
    /// CSDL: property `enrollmentConfigurationAssignments`: `Collection(microsoft.graph.enrollmentConfigurationAssignment)`, nullable.
    pub enrollment_configuration_assignments: rt::Field<
        ::std::vec::Vec<crate::v1::EnrollmentConfigurationAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceEnrollmentConfigurationAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            enrollment_configuration_assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceEnrollmentConfigurationAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.deviceEnrollmentConfiguration)";
    const KEYS: &'static [&'static str] = &["enrollmentConfigurationAssignments"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"enrollmentConfigurationAssignments\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.deviceEnrollmentConfiguration)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(
            0usize,
            "enrollment_configuration_assignments",
            &self.enrollment_configuration_assignments,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceEnrollmentConfigurationAssignParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.enrollment_configuration_assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.enrollment_configuration_assignments);
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
rt::impl_object!(DeviceEnrollmentConfigurationAssignParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceEnrollmentConfigurationAssignParams { with_enrollment_configuration_assignments
    enrollment_configuration_assignments : ::std::vec::Vec < crate
    ::v1::EnrollmentConfigurationAssignment >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceEnrollmentConfigurationAssignParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.assignSensitivityLabel`.
/// - `sensitivityLabelId`: `Edm.String`
/// - `assignmentMethod`: `microsoft.graph.sensitivityLabelAssignmentMethod`
/// - `justificationText`: `Edm.String`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct DriveItemAssignSensitivityLabelParams {
    /// CSDL: property `sensitivityLabelId`: `Edm.String`, nullable.
    pub sensitivity_label_id: rt::Field<::std::string::String>,
    /// CSDL: property `assignmentMethod`: `microsoft.graph.sensitivityLabelAssignmentMethod`, nullable.
    pub assignment_method: rt::Field<crate::v1::SensitivityLabelAssignmentMethod>,
    /// CSDL: property `justificationText`: `Edm.String`, nullable.
    pub justification_text: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for DriveItemAssignSensitivityLabelParams {
    #[inline]
    fn default() -> Self {
        Self {
            sensitivity_label_id: rt::Field::Absent,
            assignment_method: rt::Field::Absent,
            justification_text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for DriveItemAssignSensitivityLabelParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assignSensitivityLabel(microsoft.graph.driveItem)";
    const KEYS: &'static [&'static str] = &[
        "sensitivityLabelId",
        "assignmentMethod",
        "justificationText",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"sensitivityLabelId\":",
        ",\"assignmentMethod\":",
        ",\"justificationText\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.assignSensitivityLabel(microsoft.graph.driveItem)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "sensitivity_label_id", &self.sensitivity_label_id);
        d.field(1usize, "assignment_method", &self.assignment_method);
        d.field(2usize, "justification_text", &self.justification_text);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for DriveItemAssignSensitivityLabelParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.sensitivity_label_id.read_from(r),
            1usize => self.assignment_method.read_from(r),
            2usize => self.justification_text.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.sensitivity_label_id);
        w.field(1usize, &self.assignment_method);
        w.field(2usize, &self.justification_text);
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
rt::impl_object!(DriveItemAssignSensitivityLabelParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    DriveItemAssignSensitivityLabelParams { with_sensitivity_label_id
    sensitivity_label_id : ::std::string::String; with_assignment_method
    assignment_method : crate ::v1::SensitivityLabelAssignmentMethod;
    with_justification_text justification_text : ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItemAssignSensitivityLabelParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.checkMemberGroups`.
/// - `groupIds`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct DirectoryObjectCheckMemberGroupsParams {
    /// CSDL: property `groupIds`: `Collection(Edm.String)`, not nullable.
    pub group_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for DirectoryObjectCheckMemberGroupsParams {
    #[inline]
    fn default() -> Self {
        Self {
            group_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for DirectoryObjectCheckMemberGroupsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.checkMemberGroups(microsoft.graph.directoryObject)";
    const KEYS: &'static [&'static str] = &["groupIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"groupIds\":"];
    const TAG: &'static str = "\"#microsoft.graph.checkMemberGroups(microsoft.graph.directoryObject)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "group_ids", &self.group_ids);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for DirectoryObjectCheckMemberGroupsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.group_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.group_ids);
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
rt::impl_object!(DirectoryObjectCheckMemberGroupsParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    DirectoryObjectCheckMemberGroupsParams { with_group_ids group_ids : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryObjectCheckMemberGroupsParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.checkMemberObjects`.
/// - `ids`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct DirectoryObjectCheckMemberObjectsParams {
    /// CSDL: property `ids`: `Collection(Edm.String)`, not nullable.
    pub ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for DirectoryObjectCheckMemberObjectsParams {
    #[inline]
    fn default() -> Self {
        Self {
            ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for DirectoryObjectCheckMemberObjectsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.checkMemberObjects(microsoft.graph.directoryObject)";
    const KEYS: &'static [&'static str] = &["ids"];
    const KEYS_JSON: &'static [&'static str] = &[",\"ids\":"];
    const TAG: &'static str = "\"#microsoft.graph.checkMemberObjects(microsoft.graph.directoryObject)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "ids", &self.ids);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for DirectoryObjectCheckMemberObjectsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.ids);
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
rt::impl_object!(DirectoryObjectCheckMemberObjectsParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    DirectoryObjectCheckMemberObjectsParams { with_ids ids : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryObjectCheckMemberObjectsParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.checkin`.
/// - `checkInAs`: `Edm.String`
/// - `comment`: `Edm.String`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct DriveItemCheckinParams {
    /// CSDL: property `checkInAs`: `Edm.String`, nullable.
    pub check_in_as: rt::Field<::std::string::String>,
    /// CSDL: property `comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for DriveItemCheckinParams {
    #[inline]
    fn default() -> Self {
        Self {
            check_in_as: rt::Field::Absent,
            comment: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for DriveItemCheckinParams {
    const TYPE_NAME: &'static str = "microsoft.graph.checkin(microsoft.graph.driveItem)";
    const KEYS: &'static [&'static str] = &["checkInAs", "comment"];
    const KEYS_JSON: &'static [&'static str] = &[",\"checkInAs\":", ",\"comment\":"];
    const TAG: &'static str = "\"#microsoft.graph.checkin(microsoft.graph.driveItem)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "check_in_as", &self.check_in_as);
        d.field(1usize, "comment", &self.comment);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for DriveItemCheckinParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.check_in_as.read_from(r),
            1usize => self.comment.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.check_in_as);
        w.field(1usize, &self.comment);
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
rt::impl_object!(DriveItemCheckinParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    DriveItemCheckinParams { with_check_in_as check_in_as : ::std::string::String;
    with_comment comment : ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItemCheckinParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.copy`.
/// - `name`: `Edm.String`
/// - `parentReference`: `microsoft.graph.itemReference`
/// - `childrenOnly`: `Edm.Boolean`, optional
/// - `includeAllVersionHistory`: `Edm.Boolean`, optional
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct DriveItemCopyParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `parentReference`: `microsoft.graph.itemReference`, nullable.
    pub parent_reference: rt::Field<crate::v1::ItemReference>,
    /// CSDL: property `childrenOnly`: `Edm.Boolean`, nullable.
    pub children_only: rt::Field<bool>,
    /// CSDL: property `includeAllVersionHistory`: `Edm.Boolean`, nullable.
    pub include_all_version_history: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for DriveItemCopyParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            parent_reference: rt::Field::Absent,
            children_only: rt::Field::Absent,
            include_all_version_history: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for DriveItemCopyParams {
    const TYPE_NAME: &'static str = "microsoft.graph.copy(microsoft.graph.driveItem)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "parentReference",
        "childrenOnly",
        "includeAllVersionHistory",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":",
        ",\"parentReference\":",
        ",\"childrenOnly\":",
        ",\"includeAllVersionHistory\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.copy(microsoft.graph.driveItem)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "name", &self.name);
        d.field(1usize, "parent_reference", &self.parent_reference);
        d.field(2usize, "children_only", &self.children_only);
        d.field(
            3usize,
            "include_all_version_history",
            &self.include_all_version_history,
        );
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for DriveItemCopyParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.parent_reference.read_from(r),
            2usize => self.children_only.read_from(r),
            3usize => self.include_all_version_history.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.parent_reference);
        w.field(2usize, &self.children_only);
        w.field(3usize, &self.include_all_version_history);
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
rt::impl_object!(DriveItemCopyParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    DriveItemCopyParams { with_name name : ::std::string::String; with_parent_reference
    parent_reference : crate ::v1::ItemReference; with_children_only children_only :
    bool; with_include_all_version_history include_all_version_history : bool; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItemCopyParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.createLink`.
/// - `type`: `Edm.String`
/// - `scope`: `Edm.String`
/// - `expirationDateTime`: `Edm.DateTimeOffset`
/// - `password`: `Edm.String`
/// - `message`: `Edm.String`
/// - `recipients`: `Collection(microsoft.graph.driveRecipient)`
/// - `retainInheritedPermissions`: `Edm.Boolean`
/// - `sendNotification`: `Edm.Boolean`, optional
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct DriveItemCreateLinkParams {
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `scope`: `Edm.String`, nullable.
    pub scope: rt::Field<::std::string::String>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `password`: `Edm.String`, nullable.
    pub password: rt::Field<::std::string::String>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// CSDL: property `recipients`: `Collection(microsoft.graph.driveRecipient)`, nullable.
    pub recipients: rt::Field<::std::vec::Vec<crate::v1::DriveRecipient>>,
    /// CSDL: property `retainInheritedPermissions`: `Edm.Boolean`, nullable.
    pub retain_inherited_permissions: rt::Field<bool>,
    /// CSDL: property `sendNotification`: `Edm.Boolean`, nullable.
    pub send_notification: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for DriveItemCreateLinkParams {
    #[inline]
    fn default() -> Self {
        Self {
            type_: rt::Field::Absent,
            scope: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            password: rt::Field::Absent,
            message: rt::Field::Absent,
            recipients: rt::Field::Absent,
            retain_inherited_permissions: rt::Field::Absent,
            send_notification: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for DriveItemCreateLinkParams {
    const TYPE_NAME: &'static str = "microsoft.graph.createLink(microsoft.graph.driveItem)";
    const KEYS: &'static [&'static str] = &[
        "type",
        "scope",
        "expirationDateTime",
        "password",
        "message",
        "recipients",
        "retainInheritedPermissions",
        "sendNotification",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"type\":",
        ",\"scope\":",
        ",\"expirationDateTime\":",
        ",\"password\":",
        ",\"message\":",
        ",\"recipients\":",
        ",\"retainInheritedPermissions\":",
        ",\"sendNotification\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.createLink(microsoft.graph.driveItem)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "type_", &self.type_);
        d.field(1usize, "scope", &self.scope);
        d.field(2usize, "expiration_date_time", &self.expiration_date_time);
        d.field(3usize, "password", &self.password);
        d.field(4usize, "message", &self.message);
        d.field(5usize, "recipients", &self.recipients);
        d.field(
            6usize,
            "retain_inherited_permissions",
            &self.retain_inherited_permissions,
        );
        d.field(7usize, "send_notification", &self.send_notification);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for DriveItemCreateLinkParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.type_.read_from(r),
            1usize => self.scope.read_from(r),
            2usize => self.expiration_date_time.read_from(r),
            3usize => self.password.read_from(r),
            4usize => self.message.read_from(r),
            5usize => self.recipients.read_from(r),
            6usize => self.retain_inherited_permissions.read_from(r),
            7usize => self.send_notification.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.type_);
        w.field(1usize, &self.scope);
        w.field(2usize, &self.expiration_date_time);
        w.field(3usize, &self.password);
        w.field(4usize, &self.message);
        w.field(5usize, &self.recipients);
        w.field(6usize, &self.retain_inherited_permissions);
        w.field(7usize, &self.send_notification);
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
rt::impl_object!(DriveItemCreateLinkParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    DriveItemCreateLinkParams { with_type type_ : ::std::string::String; with_scope scope
    : ::std::string::String; with_expiration_date_time expiration_date_time :
    rt::edm::DateTimeOffset; with_password password : ::std::string::String; with_message
    message : ::std::string::String; with_recipients recipients : ::std::vec::Vec < crate
    ::v1::DriveRecipient >; with_retain_inherited_permissions
    retain_inherited_permissions : bool; with_send_notification send_notification : bool;
    }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItemCreateLinkParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.createUploadSession`.
/// - `item`: `microsoft.graph.driveItemUploadableProperties`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct DriveItemCreateUploadSessionParams {
    /// CSDL: property `item`: `microsoft.graph.driveItemUploadableProperties`, nullable.
    pub item: rt::Field<crate::v1::DriveItemUploadableProperties>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for DriveItemCreateUploadSessionParams {
    #[inline]
    fn default() -> Self {
        Self {
            item: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for DriveItemCreateUploadSessionParams {
    const TYPE_NAME: &'static str = "microsoft.graph.createUploadSession(microsoft.graph.driveItem)";
    const KEYS: &'static [&'static str] = &["item"];
    const KEYS_JSON: &'static [&'static str] = &[",\"item\":"];
    const TAG: &'static str = "\"#microsoft.graph.createUploadSession(microsoft.graph.driveItem)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "item", &self.item);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for DriveItemCreateUploadSessionParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.item.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.item);
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
rt::impl_object!(DriveItemCreateUploadSessionParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    DriveItemCreateUploadSessionParams { with_item item : crate
    ::v1::DriveItemUploadableProperties; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItemCreateUploadSessionParams);
#[cfg(msgraph_v1_domains_or_search)]
/// Parameters of the action `microsoft.graph.forceDelete`.
/// - `disableUserAccounts`: `Edm.Boolean`
///
/// Features: `v1`, or one of `v1-domains`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct DomainForceDeleteParams {
    /// CSDL: property `disableUserAccounts`: `Edm.Boolean`, nullable.
    pub disable_user_accounts: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_domains_or_search)]
impl ::std::default::Default for DomainForceDeleteParams {
    #[inline]
    fn default() -> Self {
        Self {
            disable_user_accounts: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_domains_or_search)]
impl rt::Object for DomainForceDeleteParams {
    const TYPE_NAME: &'static str = "microsoft.graph.forceDelete(microsoft.graph.domain)";
    const KEYS: &'static [&'static str] = &["disableUserAccounts"];
    const KEYS_JSON: &'static [&'static str] = &[",\"disableUserAccounts\":"];
    const TAG: &'static str = "\"#microsoft.graph.forceDelete(microsoft.graph.domain)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "disable_user_accounts", &self.disable_user_accounts);
    }
}
#[cfg(msgraph_v1_domains_or_search)]
impl rt::object::Members for DomainForceDeleteParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.disable_user_accounts.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.disable_user_accounts);
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
#[cfg(msgraph_v1_domains_or_search)]
rt::impl_object!(DomainForceDeleteParams);
#[cfg(msgraph_v1_domains_or_search)]
rt::impl_setters!(
    DomainForceDeleteParams { with_disable_user_accounts disable_user_accounts : bool; }
);
#[cfg(msgraph_v1_domains_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DomainForceDeleteParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.getAvailableExtensionProperties`.
/// - `isSyncedFromOnPremises`: `Edm.Boolean`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct DirectoryObjectCollectionGetAvailableExtensionPropertiesParams {
    /// CSDL: property `isSyncedFromOnPremises`: `Edm.Boolean`, nullable.
    pub is_synced_from_on_premises: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default
for DirectoryObjectCollectionGetAvailableExtensionPropertiesParams {
    #[inline]
    fn default() -> Self {
        Self {
            is_synced_from_on_premises: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for DirectoryObjectCollectionGetAvailableExtensionPropertiesParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getAvailableExtensionProperties(Collection(microsoft.graph.directoryObject))";
    const KEYS: &'static [&'static str] = &["isSyncedFromOnPremises"];
    const KEYS_JSON: &'static [&'static str] = &[",\"isSyncedFromOnPremises\":"];
    const TAG: &'static str = "\"#microsoft.graph.getAvailableExtensionProperties(Collection(microsoft.graph.directoryObject))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "is_synced_from_on_premises", &self.is_synced_from_on_premises);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members
for DirectoryObjectCollectionGetAvailableExtensionPropertiesParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_synced_from_on_premises.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_synced_from_on_premises);
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
rt::impl_object!(DirectoryObjectCollectionGetAvailableExtensionPropertiesParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    DirectoryObjectCollectionGetAvailableExtensionPropertiesParams {
    with_is_synced_from_on_premises is_synced_from_on_premises : bool; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryObjectCollectionGetAvailableExtensionPropertiesParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.getByIds`.
/// - `ids`: `Collection(Edm.String)`
/// - `types`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct DirectoryObjectCollectionGetByIdsParams {
    /// CSDL: property `ids`: `Collection(Edm.String)`, not nullable.
    pub ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `types`: `Collection(Edm.String)`, nullable.
    pub types: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for DirectoryObjectCollectionGetByIdsParams {
    #[inline]
    fn default() -> Self {
        Self {
            ids: rt::Field::Absent,
            types: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for DirectoryObjectCollectionGetByIdsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getByIds(Collection(microsoft.graph.directoryObject))";
    const KEYS: &'static [&'static str] = &["ids", "types"];
    const KEYS_JSON: &'static [&'static str] = &[",\"ids\":", ",\"types\":"];
    const TAG: &'static str = "\"#microsoft.graph.getByIds(Collection(microsoft.graph.directoryObject))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "ids", &self.ids);
        d.field(1usize, "types", &self.types);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for DirectoryObjectCollectionGetByIdsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.ids.read_from(r),
            1usize => self.types.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.ids);
        w.field(1usize, &self.types);
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
rt::impl_object!(DirectoryObjectCollectionGetByIdsParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    DirectoryObjectCollectionGetByIdsParams { with_ids ids : ::std::vec::Vec <
    ::std::string::String >; with_types types : ::std::vec::Vec < ::std::string::String
    >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryObjectCollectionGetByIdsParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getCachedReport`.
/// - `id`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct DeviceManagementReportsGetCachedReportParams {
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceManagementReportsGetCachedReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetCachedReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getCachedReport(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "id",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"select\":",
        ",\"groupBy\":",
        ",\"orderBy\":",
        ",\"search\":",
        ",\"skip\":",
        ",\"top\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getCachedReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "select", &self.select);
        d.field(2usize, "group_by", &self.group_by);
        d.field(3usize, "order_by", &self.order_by);
        d.field(4usize, "search", &self.search);
        d.field(5usize, "skip", &self.skip);
        d.field(6usize, "top", &self.top);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceManagementReportsGetCachedReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
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
rt::impl_object!(DeviceManagementReportsGetCachedReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetCachedReportParams { with_id id : ::std::string::String;
    with_select select : ::std::vec::Vec < ::std::string::String >; with_group_by
    group_by : ::std::vec::Vec < ::std::string::String >; with_order_by order_by :
    ::std::vec::Vec < ::std::string::String >; with_search search :
    ::std::string::String; with_skip skip : i32; with_top top : i32; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetCachedReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getCompliancePolicyNonComplianceReport`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
/// - `sessionId`: `Edm.String`, optional
/// - `filter`: `Edm.String`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct DeviceManagementReportsGetCompliancePolicyNonComplianceReportParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetCompliancePolicyNonComplianceReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            session_id: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetCompliancePolicyNonComplianceReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getCompliancePolicyNonComplianceReport(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
        "sessionId",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":",
        ",\"select\":",
        ",\"groupBy\":",
        ",\"orderBy\":",
        ",\"search\":",
        ",\"skip\":",
        ",\"top\":",
        ",\"sessionId\":",
        ",\"filter\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getCompliancePolicyNonComplianceReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "name", &self.name);
        d.field(1usize, "select", &self.select);
        d.field(2usize, "group_by", &self.group_by);
        d.field(3usize, "order_by", &self.order_by);
        d.field(4usize, "search", &self.search);
        d.field(5usize, "skip", &self.skip);
        d.field(6usize, "top", &self.top);
        d.field(7usize, "session_id", &self.session_id);
        d.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetCompliancePolicyNonComplianceReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.session_id.read_from(r),
            8usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.session_id);
        w.field(8usize, &self.filter);
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
rt::impl_object!(DeviceManagementReportsGetCompliancePolicyNonComplianceReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetCompliancePolicyNonComplianceReportParams { with_name name
    : ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_group_by group_by : ::std::vec::Vec < ::std::string::String >; with_order_by
    order_by : ::std::vec::Vec < ::std::string::String >; with_search search :
    ::std::string::String; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetCompliancePolicyNonComplianceReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getCompliancePolicyNonComplianceSummaryReport`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
/// - `sessionId`: `Edm.String`, optional
/// - `filter`: `Edm.String`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct DeviceManagementReportsGetCompliancePolicyNonComplianceSummaryReportParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetCompliancePolicyNonComplianceSummaryReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            session_id: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object
for DeviceManagementReportsGetCompliancePolicyNonComplianceSummaryReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getCompliancePolicyNonComplianceSummaryReport(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
        "sessionId",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":",
        ",\"select\":",
        ",\"groupBy\":",
        ",\"orderBy\":",
        ",\"search\":",
        ",\"skip\":",
        ",\"top\":",
        ",\"sessionId\":",
        ",\"filter\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getCompliancePolicyNonComplianceSummaryReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "name", &self.name);
        d.field(1usize, "select", &self.select);
        d.field(2usize, "group_by", &self.group_by);
        d.field(3usize, "order_by", &self.order_by);
        d.field(4usize, "search", &self.search);
        d.field(5usize, "skip", &self.skip);
        d.field(6usize, "top", &self.top);
        d.field(7usize, "session_id", &self.session_id);
        d.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetCompliancePolicyNonComplianceSummaryReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.session_id.read_from(r),
            8usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.session_id);
        w.field(8usize, &self.filter);
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
rt::impl_object!(
    DeviceManagementReportsGetCompliancePolicyNonComplianceSummaryReportParams
);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetCompliancePolicyNonComplianceSummaryReportParams {
    with_name name : ::std::string::String; with_select select : ::std::vec::Vec <
    ::std::string::String >; with_group_by group_by : ::std::vec::Vec <
    ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_search search : ::std::string::String; with_skip skip :
    i32; with_top top : i32; with_session_id session_id : ::std::string::String;
    with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(
    DeviceManagementReportsGetCompliancePolicyNonComplianceSummaryReportParams
);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getComplianceSettingNonComplianceReport`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
/// - `sessionId`: `Edm.String`, optional
/// - `filter`: `Edm.String`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct DeviceManagementReportsGetComplianceSettingNonComplianceReportParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetComplianceSettingNonComplianceReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            session_id: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object
for DeviceManagementReportsGetComplianceSettingNonComplianceReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getComplianceSettingNonComplianceReport(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
        "sessionId",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":",
        ",\"select\":",
        ",\"groupBy\":",
        ",\"orderBy\":",
        ",\"search\":",
        ",\"skip\":",
        ",\"top\":",
        ",\"sessionId\":",
        ",\"filter\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getComplianceSettingNonComplianceReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "name", &self.name);
        d.field(1usize, "select", &self.select);
        d.field(2usize, "group_by", &self.group_by);
        d.field(3usize, "order_by", &self.order_by);
        d.field(4usize, "search", &self.search);
        d.field(5usize, "skip", &self.skip);
        d.field(6usize, "top", &self.top);
        d.field(7usize, "session_id", &self.session_id);
        d.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetComplianceSettingNonComplianceReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.session_id.read_from(r),
            8usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.session_id);
        w.field(8usize, &self.filter);
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
rt::impl_object!(DeviceManagementReportsGetComplianceSettingNonComplianceReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetComplianceSettingNonComplianceReportParams { with_name name
    : ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_group_by group_by : ::std::vec::Vec < ::std::string::String >; with_order_by
    order_by : ::std::vec::Vec < ::std::string::String >; with_search search :
    ::std::string::String; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetComplianceSettingNonComplianceReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getConfigurationPolicyNonComplianceReport`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
/// - `sessionId`: `Edm.String`, optional
/// - `filter`: `Edm.String`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct DeviceManagementReportsGetConfigurationPolicyNonComplianceReportParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetConfigurationPolicyNonComplianceReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            session_id: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object
for DeviceManagementReportsGetConfigurationPolicyNonComplianceReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getConfigurationPolicyNonComplianceReport(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
        "sessionId",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":",
        ",\"select\":",
        ",\"groupBy\":",
        ",\"orderBy\":",
        ",\"search\":",
        ",\"skip\":",
        ",\"top\":",
        ",\"sessionId\":",
        ",\"filter\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getConfigurationPolicyNonComplianceReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "name", &self.name);
        d.field(1usize, "select", &self.select);
        d.field(2usize, "group_by", &self.group_by);
        d.field(3usize, "order_by", &self.order_by);
        d.field(4usize, "search", &self.search);
        d.field(5usize, "skip", &self.skip);
        d.field(6usize, "top", &self.top);
        d.field(7usize, "session_id", &self.session_id);
        d.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetConfigurationPolicyNonComplianceReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.session_id.read_from(r),
            8usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.session_id);
        w.field(8usize, &self.filter);
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
rt::impl_object!(DeviceManagementReportsGetConfigurationPolicyNonComplianceReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetConfigurationPolicyNonComplianceReportParams { with_name
    name : ::std::string::String; with_select select : ::std::vec::Vec <
    ::std::string::String >; with_group_by group_by : ::std::vec::Vec <
    ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_search search : ::std::string::String; with_skip skip :
    i32; with_top top : i32; with_session_id session_id : ::std::string::String;
    with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetConfigurationPolicyNonComplianceReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getConfigurationPolicyNonComplianceSummaryReport`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
/// - `sessionId`: `Edm.String`, optional
/// - `filter`: `Edm.String`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct DeviceManagementReportsGetConfigurationPolicyNonComplianceSummaryReportParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetConfigurationPolicyNonComplianceSummaryReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            session_id: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object
for DeviceManagementReportsGetConfigurationPolicyNonComplianceSummaryReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getConfigurationPolicyNonComplianceSummaryReport(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
        "sessionId",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":",
        ",\"select\":",
        ",\"groupBy\":",
        ",\"orderBy\":",
        ",\"search\":",
        ",\"skip\":",
        ",\"top\":",
        ",\"sessionId\":",
        ",\"filter\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getConfigurationPolicyNonComplianceSummaryReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "name", &self.name);
        d.field(1usize, "select", &self.select);
        d.field(2usize, "group_by", &self.group_by);
        d.field(3usize, "order_by", &self.order_by);
        d.field(4usize, "search", &self.search);
        d.field(5usize, "skip", &self.skip);
        d.field(6usize, "top", &self.top);
        d.field(7usize, "session_id", &self.session_id);
        d.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetConfigurationPolicyNonComplianceSummaryReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.session_id.read_from(r),
            8usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.session_id);
        w.field(8usize, &self.filter);
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
rt::impl_object!(
    DeviceManagementReportsGetConfigurationPolicyNonComplianceSummaryReportParams
);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetConfigurationPolicyNonComplianceSummaryReportParams {
    with_name name : ::std::string::String; with_select select : ::std::vec::Vec <
    ::std::string::String >; with_group_by group_by : ::std::vec::Vec <
    ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_search search : ::std::string::String; with_skip skip :
    i32; with_top top : i32; with_session_id session_id : ::std::string::String;
    with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(
    DeviceManagementReportsGetConfigurationPolicyNonComplianceSummaryReportParams
);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getConfigurationSettingNonComplianceReport`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
/// - `sessionId`: `Edm.String`, optional
/// - `filter`: `Edm.String`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct DeviceManagementReportsGetConfigurationSettingNonComplianceReportParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetConfigurationSettingNonComplianceReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            session_id: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object
for DeviceManagementReportsGetConfigurationSettingNonComplianceReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getConfigurationSettingNonComplianceReport(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
        "sessionId",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":",
        ",\"select\":",
        ",\"groupBy\":",
        ",\"orderBy\":",
        ",\"search\":",
        ",\"skip\":",
        ",\"top\":",
        ",\"sessionId\":",
        ",\"filter\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getConfigurationSettingNonComplianceReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "name", &self.name);
        d.field(1usize, "select", &self.select);
        d.field(2usize, "group_by", &self.group_by);
        d.field(3usize, "order_by", &self.order_by);
        d.field(4usize, "search", &self.search);
        d.field(5usize, "skip", &self.skip);
        d.field(6usize, "top", &self.top);
        d.field(7usize, "session_id", &self.session_id);
        d.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetConfigurationSettingNonComplianceReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.session_id.read_from(r),
            8usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.session_id);
        w.field(8usize, &self.filter);
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
rt::impl_object!(
    DeviceManagementReportsGetConfigurationSettingNonComplianceReportParams
);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetConfigurationSettingNonComplianceReportParams { with_name
    name : ::std::string::String; with_select select : ::std::vec::Vec <
    ::std::string::String >; with_group_by group_by : ::std::vec::Vec <
    ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_search search : ::std::string::String; with_skip skip :
    i32; with_top top : i32; with_session_id session_id : ::std::string::String;
    with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetConfigurationSettingNonComplianceReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getDeviceManagementIntentPerSettingContributingProfiles`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
/// - `sessionId`: `Edm.String`, optional
/// - `filter`: `Edm.String`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct DeviceManagementReportsGetDeviceManagementIntentPerSettingContributingProfilesParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetDeviceManagementIntentPerSettingContributingProfilesParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            session_id: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object
for DeviceManagementReportsGetDeviceManagementIntentPerSettingContributingProfilesParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getDeviceManagementIntentPerSettingContributingProfiles(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
        "sessionId",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":",
        ",\"select\":",
        ",\"groupBy\":",
        ",\"orderBy\":",
        ",\"search\":",
        ",\"skip\":",
        ",\"top\":",
        ",\"sessionId\":",
        ",\"filter\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getDeviceManagementIntentPerSettingContributingProfiles(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "name", &self.name);
        d.field(1usize, "select", &self.select);
        d.field(2usize, "group_by", &self.group_by);
        d.field(3usize, "order_by", &self.order_by);
        d.field(4usize, "search", &self.search);
        d.field(5usize, "skip", &self.skip);
        d.field(6usize, "top", &self.top);
        d.field(7usize, "session_id", &self.session_id);
        d.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetDeviceManagementIntentPerSettingContributingProfilesParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.session_id.read_from(r),
            8usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.session_id);
        w.field(8usize, &self.filter);
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
rt::impl_object!(
    DeviceManagementReportsGetDeviceManagementIntentPerSettingContributingProfilesParams
);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetDeviceManagementIntentPerSettingContributingProfilesParams
    { with_name name : ::std::string::String; with_select select : ::std::vec::Vec <
    ::std::string::String >; with_group_by group_by : ::std::vec::Vec <
    ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_search search : ::std::string::String; with_skip skip :
    i32; with_top top : i32; with_session_id session_id : ::std::string::String;
    with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(
    DeviceManagementReportsGetDeviceManagementIntentPerSettingContributingProfilesParams
);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getDeviceManagementIntentSettingsReport`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
/// - `sessionId`: `Edm.String`, optional
/// - `filter`: `Edm.String`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct DeviceManagementReportsGetDeviceManagementIntentSettingsReportParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetDeviceManagementIntentSettingsReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            session_id: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object
for DeviceManagementReportsGetDeviceManagementIntentSettingsReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getDeviceManagementIntentSettingsReport(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
        "sessionId",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":",
        ",\"select\":",
        ",\"groupBy\":",
        ",\"orderBy\":",
        ",\"search\":",
        ",\"skip\":",
        ",\"top\":",
        ",\"sessionId\":",
        ",\"filter\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getDeviceManagementIntentSettingsReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "name", &self.name);
        d.field(1usize, "select", &self.select);
        d.field(2usize, "group_by", &self.group_by);
        d.field(3usize, "order_by", &self.order_by);
        d.field(4usize, "search", &self.search);
        d.field(5usize, "skip", &self.skip);
        d.field(6usize, "top", &self.top);
        d.field(7usize, "session_id", &self.session_id);
        d.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetDeviceManagementIntentSettingsReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.session_id.read_from(r),
            8usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.session_id);
        w.field(8usize, &self.filter);
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
rt::impl_object!(DeviceManagementReportsGetDeviceManagementIntentSettingsReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetDeviceManagementIntentSettingsReportParams { with_name name
    : ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_group_by group_by : ::std::vec::Vec < ::std::string::String >; with_order_by
    order_by : ::std::vec::Vec < ::std::string::String >; with_search search :
    ::std::string::String; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetDeviceManagementIntentSettingsReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getDeviceNonComplianceReport`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
/// - `sessionId`: `Edm.String`, optional
/// - `filter`: `Edm.String`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct DeviceManagementReportsGetDeviceNonComplianceReportParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetDeviceNonComplianceReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            session_id: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetDeviceNonComplianceReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getDeviceNonComplianceReport(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
        "sessionId",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":",
        ",\"select\":",
        ",\"groupBy\":",
        ",\"orderBy\":",
        ",\"search\":",
        ",\"skip\":",
        ",\"top\":",
        ",\"sessionId\":",
        ",\"filter\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getDeviceNonComplianceReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "name", &self.name);
        d.field(1usize, "select", &self.select);
        d.field(2usize, "group_by", &self.group_by);
        d.field(3usize, "order_by", &self.order_by);
        d.field(4usize, "search", &self.search);
        d.field(5usize, "skip", &self.skip);
        d.field(6usize, "top", &self.top);
        d.field(7usize, "session_id", &self.session_id);
        d.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceManagementReportsGetDeviceNonComplianceReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.session_id.read_from(r),
            8usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.session_id);
        w.field(8usize, &self.filter);
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
rt::impl_object!(DeviceManagementReportsGetDeviceNonComplianceReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetDeviceNonComplianceReportParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_group_by group_by : ::std::vec::Vec < ::std::string::String >; with_order_by
    order_by : ::std::vec::Vec < ::std::string::String >; with_search search :
    ::std::string::String; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetDeviceNonComplianceReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getDevicesWithoutCompliancePolicyReport`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
/// - `sessionId`: `Edm.String`, optional
/// - `filter`: `Edm.String`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct DeviceManagementReportsGetDevicesWithoutCompliancePolicyReportParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetDevicesWithoutCompliancePolicyReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            session_id: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object
for DeviceManagementReportsGetDevicesWithoutCompliancePolicyReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getDevicesWithoutCompliancePolicyReport(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
        "sessionId",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":",
        ",\"select\":",
        ",\"groupBy\":",
        ",\"orderBy\":",
        ",\"search\":",
        ",\"skip\":",
        ",\"top\":",
        ",\"sessionId\":",
        ",\"filter\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getDevicesWithoutCompliancePolicyReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "name", &self.name);
        d.field(1usize, "select", &self.select);
        d.field(2usize, "group_by", &self.group_by);
        d.field(3usize, "order_by", &self.order_by);
        d.field(4usize, "search", &self.search);
        d.field(5usize, "skip", &self.skip);
        d.field(6usize, "top", &self.top);
        d.field(7usize, "session_id", &self.session_id);
        d.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetDevicesWithoutCompliancePolicyReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.session_id.read_from(r),
            8usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.session_id);
        w.field(8usize, &self.filter);
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
rt::impl_object!(DeviceManagementReportsGetDevicesWithoutCompliancePolicyReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetDevicesWithoutCompliancePolicyReportParams { with_name name
    : ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_group_by group_by : ::std::vec::Vec < ::std::string::String >; with_order_by
    order_by : ::std::vec::Vec < ::std::string::String >; with_search search :
    ::std::string::String; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetDevicesWithoutCompliancePolicyReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getHistoricalReport`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
/// - `filter`: `Edm.String`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct DeviceManagementReportsGetHistoricalReportParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceManagementReportsGetHistoricalReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetHistoricalReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getHistoricalReport(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":",
        ",\"select\":",
        ",\"groupBy\":",
        ",\"orderBy\":",
        ",\"search\":",
        ",\"skip\":",
        ",\"top\":",
        ",\"filter\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getHistoricalReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "name", &self.name);
        d.field(1usize, "select", &self.select);
        d.field(2usize, "group_by", &self.group_by);
        d.field(3usize, "order_by", &self.order_by);
        d.field(4usize, "search", &self.search);
        d.field(5usize, "skip", &self.skip);
        d.field(6usize, "top", &self.top);
        d.field(7usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceManagementReportsGetHistoricalReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.filter);
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
rt::impl_object!(DeviceManagementReportsGetHistoricalReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetHistoricalReportParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_group_by group_by : ::std::vec::Vec < ::std::string::String >; with_order_by
    order_by : ::std::vec::Vec < ::std::string::String >; with_search search :
    ::std::string::String; with_skip skip : i32; with_top top : i32; with_filter filter :
    ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetHistoricalReportParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.getMemberGroups`.
/// - `securityEnabledOnly`: `Edm.Boolean`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct DirectoryObjectGetMemberGroupsParams {
    /// CSDL: property `securityEnabledOnly`: `Edm.Boolean`, nullable.
    pub security_enabled_only: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for DirectoryObjectGetMemberGroupsParams {
    #[inline]
    fn default() -> Self {
        Self {
            security_enabled_only: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for DirectoryObjectGetMemberGroupsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getMemberGroups(microsoft.graph.directoryObject)";
    const KEYS: &'static [&'static str] = &["securityEnabledOnly"];
    const KEYS_JSON: &'static [&'static str] = &[",\"securityEnabledOnly\":"];
    const TAG: &'static str = "\"#microsoft.graph.getMemberGroups(microsoft.graph.directoryObject)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "security_enabled_only", &self.security_enabled_only);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for DirectoryObjectGetMemberGroupsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.security_enabled_only.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.security_enabled_only);
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
rt::impl_object!(DirectoryObjectGetMemberGroupsParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    DirectoryObjectGetMemberGroupsParams { with_security_enabled_only
    security_enabled_only : bool; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryObjectGetMemberGroupsParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.getMemberObjects`.
/// - `securityEnabledOnly`: `Edm.Boolean`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct DirectoryObjectGetMemberObjectsParams {
    /// CSDL: property `securityEnabledOnly`: `Edm.Boolean`, nullable.
    pub security_enabled_only: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for DirectoryObjectGetMemberObjectsParams {
    #[inline]
    fn default() -> Self {
        Self {
            security_enabled_only: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for DirectoryObjectGetMemberObjectsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getMemberObjects(microsoft.graph.directoryObject)";
    const KEYS: &'static [&'static str] = &["securityEnabledOnly"];
    const KEYS_JSON: &'static [&'static str] = &[",\"securityEnabledOnly\":"];
    const TAG: &'static str = "\"#microsoft.graph.getMemberObjects(microsoft.graph.directoryObject)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "security_enabled_only", &self.security_enabled_only);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for DirectoryObjectGetMemberObjectsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.security_enabled_only.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.security_enabled_only);
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
rt::impl_object!(DirectoryObjectGetMemberObjectsParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    DirectoryObjectGetMemberObjectsParams { with_security_enabled_only
    security_enabled_only : bool; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryObjectGetMemberObjectsParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getNoncompliantDevicesAndSettingsReport`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
/// - `sessionId`: `Edm.String`, optional
/// - `filter`: `Edm.String`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct DeviceManagementReportsGetNoncompliantDevicesAndSettingsReportParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetNoncompliantDevicesAndSettingsReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            session_id: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object
for DeviceManagementReportsGetNoncompliantDevicesAndSettingsReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getNoncompliantDevicesAndSettingsReport(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
        "sessionId",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":",
        ",\"select\":",
        ",\"groupBy\":",
        ",\"orderBy\":",
        ",\"search\":",
        ",\"skip\":",
        ",\"top\":",
        ",\"sessionId\":",
        ",\"filter\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getNoncompliantDevicesAndSettingsReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "name", &self.name);
        d.field(1usize, "select", &self.select);
        d.field(2usize, "group_by", &self.group_by);
        d.field(3usize, "order_by", &self.order_by);
        d.field(4usize, "search", &self.search);
        d.field(5usize, "skip", &self.skip);
        d.field(6usize, "top", &self.top);
        d.field(7usize, "session_id", &self.session_id);
        d.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetNoncompliantDevicesAndSettingsReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.session_id.read_from(r),
            8usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.session_id);
        w.field(8usize, &self.filter);
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
rt::impl_object!(DeviceManagementReportsGetNoncompliantDevicesAndSettingsReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetNoncompliantDevicesAndSettingsReportParams { with_name name
    : ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_group_by group_by : ::std::vec::Vec < ::std::string::String >; with_order_by
    order_by : ::std::vec::Vec < ::std::string::String >; with_search search :
    ::std::string::String; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetNoncompliantDevicesAndSettingsReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getPolicyNonComplianceMetadata`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
/// - `sessionId`: `Edm.String`, optional
/// - `filter`: `Edm.String`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct DeviceManagementReportsGetPolicyNonComplianceMetadataParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetPolicyNonComplianceMetadataParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            session_id: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetPolicyNonComplianceMetadataParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getPolicyNonComplianceMetadata(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
        "sessionId",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":",
        ",\"select\":",
        ",\"groupBy\":",
        ",\"orderBy\":",
        ",\"search\":",
        ",\"skip\":",
        ",\"top\":",
        ",\"sessionId\":",
        ",\"filter\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getPolicyNonComplianceMetadata(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "name", &self.name);
        d.field(1usize, "select", &self.select);
        d.field(2usize, "group_by", &self.group_by);
        d.field(3usize, "order_by", &self.order_by);
        d.field(4usize, "search", &self.search);
        d.field(5usize, "skip", &self.skip);
        d.field(6usize, "top", &self.top);
        d.field(7usize, "session_id", &self.session_id);
        d.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetPolicyNonComplianceMetadataParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.session_id.read_from(r),
            8usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.session_id);
        w.field(8usize, &self.filter);
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
rt::impl_object!(DeviceManagementReportsGetPolicyNonComplianceMetadataParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetPolicyNonComplianceMetadataParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_group_by group_by : ::std::vec::Vec < ::std::string::String >; with_order_by
    order_by : ::std::vec::Vec < ::std::string::String >; with_search search :
    ::std::string::String; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetPolicyNonComplianceMetadataParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getPolicyNonComplianceReport`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
/// - `sessionId`: `Edm.String`, optional
/// - `filter`: `Edm.String`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct DeviceManagementReportsGetPolicyNonComplianceReportParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetPolicyNonComplianceReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            session_id: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetPolicyNonComplianceReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getPolicyNonComplianceReport(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
        "sessionId",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":",
        ",\"select\":",
        ",\"groupBy\":",
        ",\"orderBy\":",
        ",\"search\":",
        ",\"skip\":",
        ",\"top\":",
        ",\"sessionId\":",
        ",\"filter\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getPolicyNonComplianceReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "name", &self.name);
        d.field(1usize, "select", &self.select);
        d.field(2usize, "group_by", &self.group_by);
        d.field(3usize, "order_by", &self.order_by);
        d.field(4usize, "search", &self.search);
        d.field(5usize, "skip", &self.skip);
        d.field(6usize, "top", &self.top);
        d.field(7usize, "session_id", &self.session_id);
        d.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceManagementReportsGetPolicyNonComplianceReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.session_id.read_from(r),
            8usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.session_id);
        w.field(8usize, &self.filter);
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
rt::impl_object!(DeviceManagementReportsGetPolicyNonComplianceReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetPolicyNonComplianceReportParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_group_by group_by : ::std::vec::Vec < ::std::string::String >; with_order_by
    order_by : ::std::vec::Vec < ::std::string::String >; with_search search :
    ::std::string::String; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetPolicyNonComplianceReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getPolicyNonComplianceSummaryReport`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
/// - `sessionId`: `Edm.String`, optional
/// - `filter`: `Edm.String`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct DeviceManagementReportsGetPolicyNonComplianceSummaryReportParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetPolicyNonComplianceSummaryReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            session_id: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetPolicyNonComplianceSummaryReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getPolicyNonComplianceSummaryReport(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
        "sessionId",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":",
        ",\"select\":",
        ",\"groupBy\":",
        ",\"orderBy\":",
        ",\"search\":",
        ",\"skip\":",
        ",\"top\":",
        ",\"sessionId\":",
        ",\"filter\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getPolicyNonComplianceSummaryReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "name", &self.name);
        d.field(1usize, "select", &self.select);
        d.field(2usize, "group_by", &self.group_by);
        d.field(3usize, "order_by", &self.order_by);
        d.field(4usize, "search", &self.search);
        d.field(5usize, "skip", &self.skip);
        d.field(6usize, "top", &self.top);
        d.field(7usize, "session_id", &self.session_id);
        d.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetPolicyNonComplianceSummaryReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.session_id.read_from(r),
            8usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.session_id);
        w.field(8usize, &self.filter);
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
rt::impl_object!(DeviceManagementReportsGetPolicyNonComplianceSummaryReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetPolicyNonComplianceSummaryReportParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_group_by group_by : ::std::vec::Vec < ::std::string::String >; with_order_by
    order_by : ::std::vec::Vec < ::std::string::String >; with_search search :
    ::std::string::String; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetPolicyNonComplianceSummaryReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getReportFilters`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
/// - `sessionId`: `Edm.String`, optional
/// - `filter`: `Edm.String`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct DeviceManagementReportsGetReportFiltersParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceManagementReportsGetReportFiltersParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            session_id: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetReportFiltersParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getReportFilters(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
        "sessionId",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":",
        ",\"select\":",
        ",\"groupBy\":",
        ",\"orderBy\":",
        ",\"search\":",
        ",\"skip\":",
        ",\"top\":",
        ",\"sessionId\":",
        ",\"filter\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getReportFilters(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "name", &self.name);
        d.field(1usize, "select", &self.select);
        d.field(2usize, "group_by", &self.group_by);
        d.field(3usize, "order_by", &self.order_by);
        d.field(4usize, "search", &self.search);
        d.field(5usize, "skip", &self.skip);
        d.field(6usize, "top", &self.top);
        d.field(7usize, "session_id", &self.session_id);
        d.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceManagementReportsGetReportFiltersParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.session_id.read_from(r),
            8usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.session_id);
        w.field(8usize, &self.filter);
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
rt::impl_object!(DeviceManagementReportsGetReportFiltersParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetReportFiltersParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_group_by group_by : ::std::vec::Vec < ::std::string::String >; with_order_by
    order_by : ::std::vec::Vec < ::std::string::String >; with_search search :
    ::std::string::String; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetReportFiltersParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getSettingNonComplianceReport`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
/// - `sessionId`: `Edm.String`, optional
/// - `filter`: `Edm.String`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct DeviceManagementReportsGetSettingNonComplianceReportParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetSettingNonComplianceReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            session_id: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetSettingNonComplianceReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getSettingNonComplianceReport(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
        "sessionId",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":",
        ",\"select\":",
        ",\"groupBy\":",
        ",\"orderBy\":",
        ",\"search\":",
        ",\"skip\":",
        ",\"top\":",
        ",\"sessionId\":",
        ",\"filter\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getSettingNonComplianceReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "name", &self.name);
        d.field(1usize, "select", &self.select);
        d.field(2usize, "group_by", &self.group_by);
        d.field(3usize, "order_by", &self.order_by);
        d.field(4usize, "search", &self.search);
        d.field(5usize, "skip", &self.skip);
        d.field(6usize, "top", &self.top);
        d.field(7usize, "session_id", &self.session_id);
        d.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceManagementReportsGetSettingNonComplianceReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.session_id.read_from(r),
            8usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.session_id);
        w.field(8usize, &self.filter);
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
rt::impl_object!(DeviceManagementReportsGetSettingNonComplianceReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetSettingNonComplianceReportParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_group_by group_by : ::std::vec::Vec < ::std::string::String >; with_order_by
    order_by : ::std::vec::Vec < ::std::string::String >; with_search search :
    ::std::string::String; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetSettingNonComplianceReportParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.invite`.
/// - `requireSignIn`: `Edm.Boolean`
/// - `roles`: `Collection(Edm.String)`
/// - `sendInvitation`: `Edm.Boolean`
/// - `message`: `Edm.String`
/// - `recipients`: `Collection(microsoft.graph.driveRecipient)`
/// - `retainInheritedPermissions`: `Edm.Boolean`
/// - `expirationDateTime`: `Edm.String`
/// - `password`: `Edm.String`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct DriveItemInviteParams {
    /// CSDL: property `requireSignIn`: `Edm.Boolean`, nullable.
    pub require_sign_in: rt::Field<bool>,
    /// CSDL: property `roles`: `Collection(Edm.String)`, nullable.
    pub roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `sendInvitation`: `Edm.Boolean`, nullable.
    pub send_invitation: rt::Field<bool>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// CSDL: property `recipients`: `Collection(microsoft.graph.driveRecipient)`, not nullable.
    pub recipients: rt::Field<::std::vec::Vec<crate::v1::DriveRecipient>>,
    /// CSDL: property `retainInheritedPermissions`: `Edm.Boolean`, nullable.
    pub retain_inherited_permissions: rt::Field<bool>,
    /// CSDL: property `expirationDateTime`: `Edm.String`, nullable.
    pub expiration_date_time: rt::Field<::std::string::String>,
    /// CSDL: property `password`: `Edm.String`, nullable.
    pub password: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for DriveItemInviteParams {
    #[inline]
    fn default() -> Self {
        Self {
            require_sign_in: rt::Field::Absent,
            roles: rt::Field::Absent,
            send_invitation: rt::Field::Absent,
            message: rt::Field::Absent,
            recipients: rt::Field::Absent,
            retain_inherited_permissions: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            password: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for DriveItemInviteParams {
    const TYPE_NAME: &'static str = "microsoft.graph.invite(microsoft.graph.driveItem)";
    const KEYS: &'static [&'static str] = &[
        "requireSignIn",
        "roles",
        "sendInvitation",
        "message",
        "recipients",
        "retainInheritedPermissions",
        "expirationDateTime",
        "password",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"requireSignIn\":",
        ",\"roles\":",
        ",\"sendInvitation\":",
        ",\"message\":",
        ",\"recipients\":",
        ",\"retainInheritedPermissions\":",
        ",\"expirationDateTime\":",
        ",\"password\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.invite(microsoft.graph.driveItem)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "require_sign_in", &self.require_sign_in);
        d.field(1usize, "roles", &self.roles);
        d.field(2usize, "send_invitation", &self.send_invitation);
        d.field(3usize, "message", &self.message);
        d.field(4usize, "recipients", &self.recipients);
        d.field(
            5usize,
            "retain_inherited_permissions",
            &self.retain_inherited_permissions,
        );
        d.field(6usize, "expiration_date_time", &self.expiration_date_time);
        d.field(7usize, "password", &self.password);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for DriveItemInviteParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.require_sign_in.read_from(r),
            1usize => self.roles.read_from(r),
            2usize => self.send_invitation.read_from(r),
            3usize => self.message.read_from(r),
            4usize => self.recipients.read_from(r),
            5usize => self.retain_inherited_permissions.read_from(r),
            6usize => self.expiration_date_time.read_from(r),
            7usize => self.password.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.require_sign_in);
        w.field(1usize, &self.roles);
        w.field(2usize, &self.send_invitation);
        w.field(3usize, &self.message);
        w.field(4usize, &self.recipients);
        w.field(5usize, &self.retain_inherited_permissions);
        w.field(6usize, &self.expiration_date_time);
        w.field(7usize, &self.password);
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
rt::impl_object!(DriveItemInviteParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    DriveItemInviteParams { with_require_sign_in require_sign_in : bool; with_roles roles
    : ::std::vec::Vec < ::std::string::String >; with_send_invitation send_invitation :
    bool; with_message message : ::std::string::String; with_recipients recipients :
    ::std::vec::Vec < crate ::v1::DriveRecipient >; with_retain_inherited_permissions
    retain_inherited_permissions : bool; with_expiration_date_time expiration_date_time :
    ::std::string::String; with_password password : ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItemInviteParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.preview`.
/// - `page`: `Edm.String`
/// - `zoom`: `Edm.Double`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct DriveItemPreviewParams {
    /// CSDL: property `page`: `Edm.String`, nullable.
    pub page: rt::Field<::std::string::String>,
    /// CSDL: property `zoom`: `Edm.Double`, nullable.
    pub zoom: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for DriveItemPreviewParams {
    #[inline]
    fn default() -> Self {
        Self {
            page: rt::Field::Absent,
            zoom: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for DriveItemPreviewParams {
    const TYPE_NAME: &'static str = "microsoft.graph.preview(microsoft.graph.driveItem)";
    const KEYS: &'static [&'static str] = &["page", "zoom"];
    const KEYS_JSON: &'static [&'static str] = &[",\"page\":", ",\"zoom\":"];
    const TAG: &'static str = "\"#microsoft.graph.preview(microsoft.graph.driveItem)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "page", &self.page);
        d.field(1usize, "zoom", &self.zoom);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for DriveItemPreviewParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.page.read_from(r),
            1usize => self.zoom.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.page);
        w.field(1usize, &self.zoom);
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
rt::impl_object!(DriveItemPreviewParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    DriveItemPreviewParams { with_page page : ::std::string::String; with_zoom zoom :
    f64; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItemPreviewParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.restore`.
/// - `parentReference`: `microsoft.graph.itemReference`
/// - `name`: `Edm.String`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct DriveItemRestoreParams {
    /// CSDL: property `parentReference`: `microsoft.graph.itemReference`, nullable.
    pub parent_reference: rt::Field<crate::v1::ItemReference>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for DriveItemRestoreParams {
    #[inline]
    fn default() -> Self {
        Self {
            parent_reference: rt::Field::Absent,
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for DriveItemRestoreParams {
    const TYPE_NAME: &'static str = "microsoft.graph.restore(microsoft.graph.driveItem)";
    const KEYS: &'static [&'static str] = &["parentReference", "name"];
    const KEYS_JSON: &'static [&'static str] = &[",\"parentReference\":", ",\"name\":"];
    const TAG: &'static str = "\"#microsoft.graph.restore(microsoft.graph.driveItem)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "parent_reference", &self.parent_reference);
        d.field(1usize, "name", &self.name);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for DriveItemRestoreParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.parent_reference.read_from(r),
            1usize => self.name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.parent_reference);
        w.field(1usize, &self.name);
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
rt::impl_object!(DriveItemRestoreParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    DriveItemRestoreParams { with_parent_reference parent_reference : crate
    ::v1::ItemReference; with_name name : ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItemRestoreParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.retrieveDeviceAppInstallationStatusReport`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`
/// - `search`: `Edm.String`
/// - `groupBy`: `Collection(Edm.String)`
/// - `orderBy`: `Collection(Edm.String)`
/// - `skip`: `Edm.Int32`
/// - `top`: `Edm.Int32`
/// - `sessionId`: `Edm.String`
/// - `filter`: `Edm.String`
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct DeviceManagementReportsRetrieveDeviceAppInstallationStatusReportParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsRetrieveDeviceAppInstallationStatusReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            search: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            session_id: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object
for DeviceManagementReportsRetrieveDeviceAppInstallationStatusReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.retrieveDeviceAppInstallationStatusReport(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "search",
        "groupBy",
        "orderBy",
        "skip",
        "top",
        "sessionId",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":",
        ",\"select\":",
        ",\"search\":",
        ",\"groupBy\":",
        ",\"orderBy\":",
        ",\"skip\":",
        ",\"top\":",
        ",\"sessionId\":",
        ",\"filter\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.retrieveDeviceAppInstallationStatusReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "name", &self.name);
        d.field(1usize, "select", &self.select);
        d.field(2usize, "search", &self.search);
        d.field(3usize, "group_by", &self.group_by);
        d.field(4usize, "order_by", &self.order_by);
        d.field(5usize, "skip", &self.skip);
        d.field(6usize, "top", &self.top);
        d.field(7usize, "session_id", &self.session_id);
        d.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsRetrieveDeviceAppInstallationStatusReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.search.read_from(r),
            3usize => self.group_by.read_from(r),
            4usize => self.order_by.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.session_id.read_from(r),
            8usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.search);
        w.field(3usize, &self.group_by);
        w.field(4usize, &self.order_by);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.session_id);
        w.field(8usize, &self.filter);
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
rt::impl_object!(DeviceManagementReportsRetrieveDeviceAppInstallationStatusReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsRetrieveDeviceAppInstallationStatusReportParams { with_name
    name : ::std::string::String; with_select select : ::std::vec::Vec <
    ::std::string::String >; with_search search : ::std::string::String; with_group_by
    group_by : ::std::vec::Vec < ::std::string::String >; with_order_by order_by :
    ::std::vec::Vec < ::std::string::String >; with_skip skip : i32; with_top top : i32;
    with_session_id session_id : ::std::string::String; with_filter filter :
    ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsRetrieveDeviceAppInstallationStatusReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.scheduleActionsForRules`.
/// - `deviceComplianceScheduledActionForRules`: `Collection(microsoft.graph.deviceComplianceScheduledActionForRule)`
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct DeviceCompliancePolicyScheduleActionsForRulesParams {
    /// CSDL: property `deviceComplianceScheduledActionForRules`: `Collection(microsoft.graph.deviceComplianceScheduledActionForRule)`, nullable.
    pub device_compliance_scheduled_action_for_rules: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceComplianceScheduledActionForRule>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceCompliancePolicyScheduleActionsForRulesParams {
    #[inline]
    fn default() -> Self {
        Self {
            device_compliance_scheduled_action_for_rules: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceCompliancePolicyScheduleActionsForRulesParams {
    const TYPE_NAME: &'static str = "microsoft.graph.scheduleActionsForRules(microsoft.graph.deviceCompliancePolicy)";
    const KEYS: &'static [&'static str] = &["deviceComplianceScheduledActionForRules"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceComplianceScheduledActionForRules\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.scheduleActionsForRules(microsoft.graph.deviceCompliancePolicy)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(
            0usize,
            "device_compliance_scheduled_action_for_rules",
            &self.device_compliance_scheduled_action_for_rules,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceCompliancePolicyScheduleActionsForRulesParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_compliance_scheduled_action_for_rules.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_compliance_scheduled_action_for_rules);
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
rt::impl_object!(DeviceCompliancePolicyScheduleActionsForRulesParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceCompliancePolicyScheduleActionsForRulesParams {
    with_device_compliance_scheduled_action_for_rules
    device_compliance_scheduled_action_for_rules : ::std::vec::Vec < crate
    ::v1::DeviceComplianceScheduledActionForRule >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceCompliancePolicyScheduleActionsForRulesParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.setPriority`.
/// - `priority`: `Edm.Int32`
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct DeviceEnrollmentConfigurationSetPriorityParams {
    /// CSDL: property `priority`: `Edm.Int32`, not nullable.
    pub priority: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceEnrollmentConfigurationSetPriorityParams {
    #[inline]
    fn default() -> Self {
        Self {
            priority: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceEnrollmentConfigurationSetPriorityParams {
    const TYPE_NAME: &'static str = "microsoft.graph.setPriority(microsoft.graph.deviceEnrollmentConfiguration)";
    const KEYS: &'static [&'static str] = &["priority"];
    const KEYS_JSON: &'static [&'static str] = &[",\"priority\":"];
    const TAG: &'static str = "\"#microsoft.graph.setPriority(microsoft.graph.deviceEnrollmentConfiguration)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "priority", &self.priority);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceEnrollmentConfigurationSetPriorityParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.priority.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.priority);
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
rt::impl_object!(DeviceEnrollmentConfigurationSetPriorityParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceEnrollmentConfigurationSetPriorityParams { with_priority priority : i32; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceEnrollmentConfigurationSetPriorityParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.sync`.
/// - `syncType`: `microsoft.graph.deviceManagementExchangeConnectorSyncType`
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct DeviceManagementExchangeConnectorSyncParams {
    /// CSDL: property `syncType`: `microsoft.graph.deviceManagementExchangeConnectorSyncType`, not nullable.
    pub sync_type: rt::Field<crate::v1::DeviceManagementExchangeConnectorSyncType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceManagementExchangeConnectorSyncParams {
    #[inline]
    fn default() -> Self {
        Self {
            sync_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceManagementExchangeConnectorSyncParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sync(microsoft.graph.deviceManagementExchangeConnector)";
    const KEYS: &'static [&'static str] = &["syncType"];
    const KEYS_JSON: &'static [&'static str] = &[",\"syncType\":"];
    const TAG: &'static str = "\"#microsoft.graph.sync(microsoft.graph.deviceManagementExchangeConnector)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "sync_type", &self.sync_type);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceManagementExchangeConnectorSyncParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.sync_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.sync_type);
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
rt::impl_object!(DeviceManagementExchangeConnectorSyncParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementExchangeConnectorSyncParams { with_sync_type sync_type : crate
    ::v1::DeviceManagementExchangeConnectorSyncType; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementExchangeConnectorSyncParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.validatePermission`.
/// - `challengeToken`: `Edm.String`
/// - `password`: `Edm.String`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct DriveItemValidatePermissionParams {
    /// CSDL: property `challengeToken`: `Edm.String`, nullable.
    pub challenge_token: rt::Field<::std::string::String>,
    /// CSDL: property `password`: `Edm.String`, not nullable.
    pub password: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for DriveItemValidatePermissionParams {
    #[inline]
    fn default() -> Self {
        Self {
            challenge_token: rt::Field::Absent,
            password: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for DriveItemValidatePermissionParams {
    const TYPE_NAME: &'static str = "microsoft.graph.validatePermission(microsoft.graph.driveItem)";
    const KEYS: &'static [&'static str] = &["challengeToken", "password"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"challengeToken\":",
        ",\"password\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.validatePermission(microsoft.graph.driveItem)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "challenge_token", &self.challenge_token);
        d.field(1usize, "password", &self.password);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for DriveItemValidatePermissionParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.challenge_token.read_from(r),
            1usize => self.password.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.challenge_token);
        w.field(1usize, &self.password);
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
rt::impl_object!(DriveItemValidatePermissionParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    DriveItemValidatePermissionParams { with_challenge_token challenge_token :
    ::std::string::String; with_password password : ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItemValidatePermissionParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.validateProperties`.
/// - `entityType`: `Edm.String`
/// - `displayName`: `Edm.String`
/// - `mailNickname`: `Edm.String`
/// - `onBehalfOfUserId`: `Edm.Guid`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct DirectoryObjectCollectionValidatePropertiesParams {
    /// CSDL: property `entityType`: `Edm.String`, nullable.
    pub entity_type: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `mailNickname`: `Edm.String`, nullable.
    pub mail_nickname: rt::Field<::std::string::String>,
    /// CSDL: property `onBehalfOfUserId`: `Edm.Guid`, nullable.
    pub on_behalf_of_user_id: rt::Field<rt::edm::Guid>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for DirectoryObjectCollectionValidatePropertiesParams {
    #[inline]
    fn default() -> Self {
        Self {
            entity_type: rt::Field::Absent,
            display_name: rt::Field::Absent,
            mail_nickname: rt::Field::Absent,
            on_behalf_of_user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for DirectoryObjectCollectionValidatePropertiesParams {
    const TYPE_NAME: &'static str = "microsoft.graph.validateProperties(Collection(microsoft.graph.directoryObject))";
    const KEYS: &'static [&'static str] = &[
        "entityType",
        "displayName",
        "mailNickname",
        "onBehalfOfUserId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"entityType\":",
        ",\"displayName\":",
        ",\"mailNickname\":",
        ",\"onBehalfOfUserId\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.validateProperties(Collection(microsoft.graph.directoryObject))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "entity_type", &self.entity_type);
        d.field(1usize, "display_name", &self.display_name);
        d.field(2usize, "mail_nickname", &self.mail_nickname);
        d.field(3usize, "on_behalf_of_user_id", &self.on_behalf_of_user_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for DirectoryObjectCollectionValidatePropertiesParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.entity_type.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.mail_nickname.read_from(r),
            3usize => self.on_behalf_of_user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.entity_type);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.mail_nickname);
        w.field(3usize, &self.on_behalf_of_user_id);
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
rt::impl_object!(DirectoryObjectCollectionValidatePropertiesParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    DirectoryObjectCollectionValidatePropertiesParams { with_entity_type entity_type :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_mail_nickname mail_nickname : ::std::string::String; with_on_behalf_of_user_id
    on_behalf_of_user_id : rt::edm::Guid; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryObjectCollectionValidatePropertiesParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.accept`.
/// - `SendResponse`: `Edm.Boolean`
/// - `Comment`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct EventAcceptParams {
    /// CSDL: property `SendResponse`: `Edm.Boolean`, nullable.
    pub send_response: rt::Field<bool>,
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for EventAcceptParams {
    #[inline]
    fn default() -> Self {
        Self {
            send_response: rt::Field::Absent,
            comment: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for EventAcceptParams {
    const TYPE_NAME: &'static str = "microsoft.graph.accept(microsoft.graph.event)";
    const KEYS: &'static [&'static str] = &["SendResponse", "Comment"];
    const KEYS_JSON: &'static [&'static str] = &[",\"SendResponse\":", ",\"Comment\":"];
    const TAG: &'static str = "\"#microsoft.graph.accept(microsoft.graph.event)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "send_response", &self.send_response);
        d.field(1usize, "comment", &self.comment);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for EventAcceptParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.send_response.read_from(r),
            1usize => self.comment.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.send_response);
        w.field(1usize, &self.comment);
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
rt::impl_object!(EventAcceptParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    EventAcceptParams { with_send_response send_response : bool; with_comment comment :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EventAcceptParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.cancel`.
/// - `Comment`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct EventCancelParams {
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for EventCancelParams {
    #[inline]
    fn default() -> Self {
        Self {
            comment: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for EventCancelParams {
    const TYPE_NAME: &'static str = "microsoft.graph.cancel(microsoft.graph.event)";
    const KEYS: &'static [&'static str] = &["Comment"];
    const KEYS_JSON: &'static [&'static str] = &[",\"Comment\":"];
    const TAG: &'static str = "\"#microsoft.graph.cancel(microsoft.graph.event)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "comment", &self.comment);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for EventCancelParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.comment.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.comment);
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
rt::impl_object!(EventCancelParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(EventCancelParams { with_comment comment : ::std::string::String; });
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EventCancelParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.decline`.
/// - `ProposedNewTime`: `microsoft.graph.timeSlot`
/// - `SendResponse`: `Edm.Boolean`
/// - `Comment`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct EventDeclineParams {
    /// CSDL: property `ProposedNewTime`: `microsoft.graph.timeSlot`, nullable.
    pub proposed_new_time: rt::Field<crate::v1::TimeSlot>,
    /// CSDL: property `SendResponse`: `Edm.Boolean`, nullable.
    pub send_response: rt::Field<bool>,
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for EventDeclineParams {
    #[inline]
    fn default() -> Self {
        Self {
            proposed_new_time: rt::Field::Absent,
            send_response: rt::Field::Absent,
            comment: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for EventDeclineParams {
    const TYPE_NAME: &'static str = "microsoft.graph.decline(microsoft.graph.event)";
    const KEYS: &'static [&'static str] = &[
        "ProposedNewTime",
        "SendResponse",
        "Comment",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"ProposedNewTime\":",
        ",\"SendResponse\":",
        ",\"Comment\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.decline(microsoft.graph.event)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "proposed_new_time", &self.proposed_new_time);
        d.field(1usize, "send_response", &self.send_response);
        d.field(2usize, "comment", &self.comment);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for EventDeclineParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.proposed_new_time.read_from(r),
            1usize => self.send_response.read_from(r),
            2usize => self.comment.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.proposed_new_time);
        w.field(1usize, &self.send_response);
        w.field(2usize, &self.comment);
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
rt::impl_object!(EventDeclineParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    EventDeclineParams { with_proposed_new_time proposed_new_time : crate ::v1::TimeSlot;
    with_send_response send_response : bool; with_comment comment :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EventDeclineParams);
#[cfg(msgraph_v1_connections_or_external_or_search)]
/// Parameters of the action `microsoft.graph.externalConnectors.addActivities`.
/// - `activities`: `Collection(microsoft.graph.externalConnectors.externalActivity)`
///
/// Features: `v1`, or one of `v1-connections`, `v1-external`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct ExternalItemAddActivitiesParams {
    /// CSDL: property `activities`: `Collection(microsoft.graph.externalConnectors.externalActivity)`, not nullable.
    pub activities: rt::Field<
        ::std::vec::Vec<crate::v1::external_connectors::AnyExternalActivity>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_connections_or_external_or_search)]
impl ::std::default::Default for ExternalItemAddActivitiesParams {
    #[inline]
    fn default() -> Self {
        Self {
            activities: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_connections_or_external_or_search)]
impl rt::Object for ExternalItemAddActivitiesParams {
    const TYPE_NAME: &'static str = "microsoft.graph.externalConnectors.addActivities(microsoft.graph.externalConnectors.externalItem)";
    const KEYS: &'static [&'static str] = &["activities"];
    const KEYS_JSON: &'static [&'static str] = &[",\"activities\":"];
    const TAG: &'static str = "\"#microsoft.graph.externalConnectors.addActivities(microsoft.graph.externalConnectors.externalItem)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "activities", &self.activities);
    }
}
#[cfg(msgraph_v1_connections_or_external_or_search)]
impl rt::object::Members for ExternalItemAddActivitiesParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.activities.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.activities);
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
#[cfg(msgraph_v1_connections_or_external_or_search)]
rt::impl_object!(ExternalItemAddActivitiesParams);
#[cfg(msgraph_v1_connections_or_external_or_search)]
rt::impl_setters!(
    ExternalItemAddActivitiesParams { with_activities activities : ::std::vec::Vec <
    crate ::v1::external_connectors::AnyExternalActivity >; }
);
#[cfg(msgraph_v1_connections_or_external_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExternalItemAddActivitiesParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.forward`.
/// - `ToRecipients`: `Collection(microsoft.graph.recipient)`
/// - `Comment`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct EventForwardParams {
    /// CSDL: property `ToRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub to_recipients: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for EventForwardParams {
    #[inline]
    fn default() -> Self {
        Self {
            to_recipients: rt::Field::Absent,
            comment: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for EventForwardParams {
    const TYPE_NAME: &'static str = "microsoft.graph.forward(microsoft.graph.event)";
    const KEYS: &'static [&'static str] = &["ToRecipients", "Comment"];
    const KEYS_JSON: &'static [&'static str] = &[",\"ToRecipients\":", ",\"Comment\":"];
    const TAG: &'static str = "\"#microsoft.graph.forward(microsoft.graph.event)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "to_recipients", &self.to_recipients);
        d.field(1usize, "comment", &self.comment);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for EventForwardParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.to_recipients.read_from(r),
            1usize => self.comment.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.to_recipients);
        w.field(1usize, &self.comment);
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
rt::impl_object!(EventForwardParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    EventForwardParams { with_to_recipients to_recipients : ::std::vec::Vec < crate
    ::v1::AnyRecipient >; with_comment comment : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EventForwardParams);
#[cfg(msgraph_v1_search_or_security)]
/// Parameters of the action `microsoft.graph.security.addToReviewSet`.
/// - `search`: `microsoft.graph.security.ediscoverySearch`
/// - `additionalDataOptions`: `microsoft.graph.security.additionalDataOptions`
/// - `itemsToInclude`: `microsoft.graph.security.itemsToInclude`
/// - `cloudAttachmentVersion`: `microsoft.graph.security.cloudAttachmentVersion`
/// - `documentVersion`: `microsoft.graph.security.documentVersion`
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq)]
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
        ",\"search\":",
        ",\"additionalDataOptions\":",
        ",\"itemsToInclude\":",
        ",\"cloudAttachmentVersion\":",
        ",\"documentVersion\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.addToReviewSet(microsoft.graph.security.ediscoveryReviewSet)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "search", &self.search);
        d.field(1usize, "additional_data_options", &self.additional_data_options);
        d.field(2usize, "items_to_include", &self.items_to_include);
        d.field(3usize, "cloud_attachment_version", &self.cloud_attachment_version);
        d.field(4usize, "document_version", &self.document_version);
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
#[cfg(msgraph_v1_search_or_security)]
/// Parameters of the action `microsoft.graph.security.applyHold`.
/// - `ids`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq)]
pub struct EdiscoveryCustodianCollectionApplyHoldParams {
    /// CSDL: property `ids`: `Collection(Edm.String)`, nullable.
    pub ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for EdiscoveryCustodianCollectionApplyHoldParams {
    #[inline]
    fn default() -> Self {
        Self {
            ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for EdiscoveryCustodianCollectionApplyHoldParams {
    const TYPE_NAME: &'static str = "microsoft.graph.security.applyHold(Collection(microsoft.graph.security.ediscoveryCustodian))";
    const KEYS: &'static [&'static str] = &["ids"];
    const KEYS_JSON: &'static [&'static str] = &[",\"ids\":"];
    const TAG: &'static str = "\"#microsoft.graph.security.applyHold(Collection(microsoft.graph.security.ediscoveryCustodian))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "ids", &self.ids);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for EdiscoveryCustodianCollectionApplyHoldParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.ids);
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
rt::impl_object!(EdiscoveryCustodianCollectionApplyHoldParams);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    EdiscoveryCustodianCollectionApplyHoldParams { with_ids ids : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdiscoveryCustodianCollectionApplyHoldParams);
#[cfg(msgraph_v1_search_or_security)]
/// Parameters of the action `microsoft.graph.security.applyHold`.
/// - `ids`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq)]
pub struct EdiscoveryNoncustodialDataSourceCollectionApplyHoldParams {
    /// CSDL: property `ids`: `Collection(Edm.String)`, nullable.
    pub ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default
for EdiscoveryNoncustodialDataSourceCollectionApplyHoldParams {
    #[inline]
    fn default() -> Self {
        Self {
            ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for EdiscoveryNoncustodialDataSourceCollectionApplyHoldParams {
    const TYPE_NAME: &'static str = "microsoft.graph.security.applyHold(Collection(microsoft.graph.security.ediscoveryNoncustodialDataSource))";
    const KEYS: &'static [&'static str] = &["ids"];
    const KEYS_JSON: &'static [&'static str] = &[",\"ids\":"];
    const TAG: &'static str = "\"#microsoft.graph.security.applyHold(Collection(microsoft.graph.security.ediscoveryNoncustodialDataSource))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "ids", &self.ids);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for EdiscoveryNoncustodialDataSourceCollectionApplyHoldParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.ids);
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
rt::impl_object!(EdiscoveryNoncustodialDataSourceCollectionApplyHoldParams);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    EdiscoveryNoncustodialDataSourceCollectionApplyHoldParams { with_ids ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdiscoveryNoncustodialDataSourceCollectionApplyHoldParams);
#[cfg(msgraph_v1_search_or_security)]
/// Parameters of the action `microsoft.graph.security.applyTags`.
/// - `tagsToAdd`: `Collection(microsoft.graph.security.ediscoveryReviewTag)`
/// - `tagsToRemove`: `Collection(microsoft.graph.security.ediscoveryReviewTag)`
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq)]
pub struct EdiscoveryReviewSetQueryApplyTagsParams {
    /// CSDL: property `tagsToAdd`: `Collection(microsoft.graph.security.ediscoveryReviewTag)`, nullable.
    pub tags_to_add: rt::Field<
        ::std::vec::Vec<crate::v1::security::EdiscoveryReviewTag>,
    >,
    /// CSDL: property `tagsToRemove`: `Collection(microsoft.graph.security.ediscoveryReviewTag)`, nullable.
    pub tags_to_remove: rt::Field<
        ::std::vec::Vec<crate::v1::security::EdiscoveryReviewTag>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for EdiscoveryReviewSetQueryApplyTagsParams {
    #[inline]
    fn default() -> Self {
        Self {
            tags_to_add: rt::Field::Absent,
            tags_to_remove: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for EdiscoveryReviewSetQueryApplyTagsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.security.applyTags(microsoft.graph.security.ediscoveryReviewSetQuery)";
    const KEYS: &'static [&'static str] = &["tagsToAdd", "tagsToRemove"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"tagsToAdd\":",
        ",\"tagsToRemove\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.applyTags(microsoft.graph.security.ediscoveryReviewSetQuery)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "tags_to_add", &self.tags_to_add);
        d.field(1usize, "tags_to_remove", &self.tags_to_remove);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for EdiscoveryReviewSetQueryApplyTagsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.tags_to_add.read_from(r),
            1usize => self.tags_to_remove.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.tags_to_add);
        w.field(1usize, &self.tags_to_remove);
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
rt::impl_object!(EdiscoveryReviewSetQueryApplyTagsParams);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    EdiscoveryReviewSetQueryApplyTagsParams { with_tags_to_add tags_to_add :
    ::std::vec::Vec < crate ::v1::security::EdiscoveryReviewTag >; with_tags_to_remove
    tags_to_remove : ::std::vec::Vec < crate ::v1::security::EdiscoveryReviewTag >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdiscoveryReviewSetQueryApplyTagsParams);
#[cfg(msgraph_v1_search_or_security)]
/// Parameters of the action `microsoft.graph.security.export`.
/// - `outputName`: `Edm.String`
/// - `description`: `Edm.String`
/// - `exportOptions`: `microsoft.graph.security.exportOptions`
/// - `exportStructure`: `microsoft.graph.security.exportFileStructure`
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq)]
pub struct EdiscoveryReviewSetExportParams {
    /// CSDL: property `outputName`: `Edm.String`, nullable.
    pub output_name: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `exportOptions`: `microsoft.graph.security.exportOptions`, nullable.
    pub export_options: rt::Field<rt::Flags<crate::v1::security::ExportOptions>>,
    /// CSDL: property `exportStructure`: `microsoft.graph.security.exportFileStructure`, nullable.
    pub export_structure: rt::Field<crate::v1::security::ExportFileStructure>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for EdiscoveryReviewSetExportParams {
    #[inline]
    fn default() -> Self {
        Self {
            output_name: rt::Field::Absent,
            description: rt::Field::Absent,
            export_options: rt::Field::Absent,
            export_structure: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for EdiscoveryReviewSetExportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.security.export(microsoft.graph.security.ediscoveryReviewSet)";
    const KEYS: &'static [&'static str] = &[
        "outputName",
        "description",
        "exportOptions",
        "exportStructure",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"outputName\":",
        ",\"description\":",
        ",\"exportOptions\":",
        ",\"exportStructure\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.export(microsoft.graph.security.ediscoveryReviewSet)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "output_name", &self.output_name);
        d.field(1usize, "description", &self.description);
        d.field(2usize, "export_options", &self.export_options);
        d.field(3usize, "export_structure", &self.export_structure);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for EdiscoveryReviewSetExportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.output_name.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.export_options.read_from(r),
            3usize => self.export_structure.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.output_name);
        w.field(1usize, &self.description);
        w.field(2usize, &self.export_options);
        w.field(3usize, &self.export_structure);
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
rt::impl_object!(EdiscoveryReviewSetExportParams);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    EdiscoveryReviewSetExportParams { with_output_name output_name :
    ::std::string::String; with_description description : ::std::string::String;
    with_export_options export_options : rt::Flags < crate ::v1::security::ExportOptions
    >; with_export_structure export_structure : crate
    ::v1::security::ExportFileStructure; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdiscoveryReviewSetExportParams);
#[cfg(msgraph_v1_search_or_security)]
/// Parameters of the action `microsoft.graph.security.export`.
/// - `outputName`: `Edm.String`
/// - `description`: `Edm.String`
/// - `exportOptions`: `microsoft.graph.security.exportOptions`
/// - `exportStructure`: `microsoft.graph.security.exportFileStructure`
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq)]
pub struct EdiscoveryReviewSetQueryExportParams {
    /// CSDL: property `outputName`: `Edm.String`, nullable.
    pub output_name: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `exportOptions`: `microsoft.graph.security.exportOptions`, nullable.
    pub export_options: rt::Field<rt::Flags<crate::v1::security::ExportOptions>>,
    /// CSDL: property `exportStructure`: `microsoft.graph.security.exportFileStructure`, nullable.
    pub export_structure: rt::Field<crate::v1::security::ExportFileStructure>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for EdiscoveryReviewSetQueryExportParams {
    #[inline]
    fn default() -> Self {
        Self {
            output_name: rt::Field::Absent,
            description: rt::Field::Absent,
            export_options: rt::Field::Absent,
            export_structure: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for EdiscoveryReviewSetQueryExportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.security.export(microsoft.graph.security.ediscoveryReviewSetQuery)";
    const KEYS: &'static [&'static str] = &[
        "outputName",
        "description",
        "exportOptions",
        "exportStructure",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"outputName\":",
        ",\"description\":",
        ",\"exportOptions\":",
        ",\"exportStructure\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.export(microsoft.graph.security.ediscoveryReviewSetQuery)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "output_name", &self.output_name);
        d.field(1usize, "description", &self.description);
        d.field(2usize, "export_options", &self.export_options);
        d.field(3usize, "export_structure", &self.export_structure);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for EdiscoveryReviewSetQueryExportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.output_name.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.export_options.read_from(r),
            3usize => self.export_structure.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.output_name);
        w.field(1usize, &self.description);
        w.field(2usize, &self.export_options);
        w.field(3usize, &self.export_structure);
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
rt::impl_object!(EdiscoveryReviewSetQueryExportParams);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    EdiscoveryReviewSetQueryExportParams { with_output_name output_name :
    ::std::string::String; with_description description : ::std::string::String;
    with_export_options export_options : rt::Flags < crate ::v1::security::ExportOptions
    >; with_export_structure export_structure : crate
    ::v1::security::ExportFileStructure; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdiscoveryReviewSetQueryExportParams);
#[cfg(msgraph_v1_search_or_security)]
/// Parameters of the action `microsoft.graph.security.exportReport`.
/// - `displayName`: `Edm.String`
/// - `description`: `Edm.String`
/// - `exportCriteria`: `microsoft.graph.security.exportCriteria`
/// - `exportLocation`: `microsoft.graph.security.exportLocation`
/// - `additionalOptions`: `microsoft.graph.security.additionalOptions`
/// - `cloudAttachmentVersion`: `microsoft.graph.security.cloudAttachmentVersion`
/// - `documentVersion`: `microsoft.graph.security.documentVersion`
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq)]
pub struct EdiscoverySearchExportReportParams {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `exportCriteria`: `microsoft.graph.security.exportCriteria`, nullable.
    pub export_criteria: rt::Field<rt::Flags<crate::v1::security::ExportCriteria>>,
    /// CSDL: property `exportLocation`: `microsoft.graph.security.exportLocation`, nullable.
    pub export_location: rt::Field<rt::Flags<crate::v1::security::ExportLocation>>,
    /// CSDL: property `additionalOptions`: `microsoft.graph.security.additionalOptions`, nullable.
    pub additional_options: rt::Field<rt::Flags<crate::v1::security::AdditionalOptions>>,
    /// CSDL: property `cloudAttachmentVersion`: `microsoft.graph.security.cloudAttachmentVersion`, nullable.
    pub cloud_attachment_version: rt::Field<crate::v1::security::CloudAttachmentVersion>,
    /// CSDL: property `documentVersion`: `microsoft.graph.security.documentVersion`, nullable.
    pub document_version: rt::Field<crate::v1::security::DocumentVersion>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for EdiscoverySearchExportReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            description: rt::Field::Absent,
            export_criteria: rt::Field::Absent,
            export_location: rt::Field::Absent,
            additional_options: rt::Field::Absent,
            cloud_attachment_version: rt::Field::Absent,
            document_version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for EdiscoverySearchExportReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.security.exportReport(microsoft.graph.security.ediscoverySearch)";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "description",
        "exportCriteria",
        "exportLocation",
        "additionalOptions",
        "cloudAttachmentVersion",
        "documentVersion",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":",
        ",\"description\":",
        ",\"exportCriteria\":",
        ",\"exportLocation\":",
        ",\"additionalOptions\":",
        ",\"cloudAttachmentVersion\":",
        ",\"documentVersion\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.exportReport(microsoft.graph.security.ediscoverySearch)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "display_name", &self.display_name);
        d.field(1usize, "description", &self.description);
        d.field(2usize, "export_criteria", &self.export_criteria);
        d.field(3usize, "export_location", &self.export_location);
        d.field(4usize, "additional_options", &self.additional_options);
        d.field(5usize, "cloud_attachment_version", &self.cloud_attachment_version);
        d.field(6usize, "document_version", &self.document_version);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for EdiscoverySearchExportReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.export_criteria.read_from(r),
            3usize => self.export_location.read_from(r),
            4usize => self.additional_options.read_from(r),
            5usize => self.cloud_attachment_version.read_from(r),
            6usize => self.document_version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.description);
        w.field(2usize, &self.export_criteria);
        w.field(3usize, &self.export_location);
        w.field(4usize, &self.additional_options);
        w.field(5usize, &self.cloud_attachment_version);
        w.field(6usize, &self.document_version);
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
rt::impl_object!(EdiscoverySearchExportReportParams);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    EdiscoverySearchExportReportParams { with_display_name display_name :
    ::std::string::String; with_description description : ::std::string::String;
    with_export_criteria export_criteria : rt::Flags < crate
    ::v1::security::ExportCriteria >; with_export_location export_location : rt::Flags <
    crate ::v1::security::ExportLocation >; with_additional_options additional_options :
    rt::Flags < crate ::v1::security::AdditionalOptions >; with_cloud_attachment_version
    cloud_attachment_version : crate ::v1::security::CloudAttachmentVersion;
    with_document_version document_version : crate ::v1::security::DocumentVersion; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdiscoverySearchExportReportParams);
#[cfg(msgraph_v1_search_or_security)]
/// Parameters of the action `microsoft.graph.security.exportResult`.
/// - `displayName`: `Edm.String`
/// - `description`: `Edm.String`
/// - `exportCriteria`: `microsoft.graph.security.exportCriteria`
/// - `exportLocation`: `microsoft.graph.security.exportLocation`
/// - `additionalOptions`: `microsoft.graph.security.additionalOptions`
/// - `exportFormat`: `microsoft.graph.security.exportFormat`
/// - `exportSingleItems`: `Edm.Boolean`
/// - `cloudAttachmentVersion`: `microsoft.graph.security.cloudAttachmentVersion`
/// - `documentVersion`: `microsoft.graph.security.documentVersion`
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq)]
pub struct EdiscoverySearchExportResultParams {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `exportCriteria`: `microsoft.graph.security.exportCriteria`, nullable.
    pub export_criteria: rt::Field<rt::Flags<crate::v1::security::ExportCriteria>>,
    /// CSDL: property `exportLocation`: `microsoft.graph.security.exportLocation`, nullable.
    pub export_location: rt::Field<rt::Flags<crate::v1::security::ExportLocation>>,
    /// CSDL: property `additionalOptions`: `microsoft.graph.security.additionalOptions`, nullable.
    pub additional_options: rt::Field<rt::Flags<crate::v1::security::AdditionalOptions>>,
    /// CSDL: property `exportFormat`: `microsoft.graph.security.exportFormat`, nullable.
    pub export_format: rt::Field<crate::v1::security::ExportFormat>,
    /// CSDL: property `exportSingleItems`: `Edm.Boolean`, nullable.
    pub export_single_items: rt::Field<bool>,
    /// CSDL: property `cloudAttachmentVersion`: `microsoft.graph.security.cloudAttachmentVersion`, nullable.
    pub cloud_attachment_version: rt::Field<crate::v1::security::CloudAttachmentVersion>,
    /// CSDL: property `documentVersion`: `microsoft.graph.security.documentVersion`, nullable.
    pub document_version: rt::Field<crate::v1::security::DocumentVersion>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for EdiscoverySearchExportResultParams {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            description: rt::Field::Absent,
            export_criteria: rt::Field::Absent,
            export_location: rt::Field::Absent,
            additional_options: rt::Field::Absent,
            export_format: rt::Field::Absent,
            export_single_items: rt::Field::Absent,
            cloud_attachment_version: rt::Field::Absent,
            document_version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for EdiscoverySearchExportResultParams {
    const TYPE_NAME: &'static str = "microsoft.graph.security.exportResult(microsoft.graph.security.ediscoverySearch)";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "description",
        "exportCriteria",
        "exportLocation",
        "additionalOptions",
        "exportFormat",
        "exportSingleItems",
        "cloudAttachmentVersion",
        "documentVersion",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":",
        ",\"description\":",
        ",\"exportCriteria\":",
        ",\"exportLocation\":",
        ",\"additionalOptions\":",
        ",\"exportFormat\":",
        ",\"exportSingleItems\":",
        ",\"cloudAttachmentVersion\":",
        ",\"documentVersion\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.exportResult(microsoft.graph.security.ediscoverySearch)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "display_name", &self.display_name);
        d.field(1usize, "description", &self.description);
        d.field(2usize, "export_criteria", &self.export_criteria);
        d.field(3usize, "export_location", &self.export_location);
        d.field(4usize, "additional_options", &self.additional_options);
        d.field(5usize, "export_format", &self.export_format);
        d.field(6usize, "export_single_items", &self.export_single_items);
        d.field(7usize, "cloud_attachment_version", &self.cloud_attachment_version);
        d.field(8usize, "document_version", &self.document_version);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for EdiscoverySearchExportResultParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.export_criteria.read_from(r),
            3usize => self.export_location.read_from(r),
            4usize => self.additional_options.read_from(r),
            5usize => self.export_format.read_from(r),
            6usize => self.export_single_items.read_from(r),
            7usize => self.cloud_attachment_version.read_from(r),
            8usize => self.document_version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.description);
        w.field(2usize, &self.export_criteria);
        w.field(3usize, &self.export_location);
        w.field(4usize, &self.additional_options);
        w.field(5usize, &self.export_format);
        w.field(6usize, &self.export_single_items);
        w.field(7usize, &self.cloud_attachment_version);
        w.field(8usize, &self.document_version);
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
rt::impl_object!(EdiscoverySearchExportResultParams);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    EdiscoverySearchExportResultParams { with_display_name display_name :
    ::std::string::String; with_description description : ::std::string::String;
    with_export_criteria export_criteria : rt::Flags < crate
    ::v1::security::ExportCriteria >; with_export_location export_location : rt::Flags <
    crate ::v1::security::ExportLocation >; with_additional_options additional_options :
    rt::Flags < crate ::v1::security::AdditionalOptions >; with_export_format
    export_format : crate ::v1::security::ExportFormat; with_export_single_items
    export_single_items : bool; with_cloud_attachment_version cloud_attachment_version :
    crate ::v1::security::CloudAttachmentVersion; with_document_version document_version
    : crate ::v1::security::DocumentVersion; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdiscoverySearchExportResultParams);
#[cfg(msgraph_v1_search_or_security)]
/// Parameters of the action `microsoft.graph.security.purgeData`.
/// - `purgeType`: `microsoft.graph.security.purgeType`, optional
/// - `purgeAreas`: `microsoft.graph.security.purgeAreas`, optional
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq)]
pub struct EdiscoverySearchPurgeDataParams {
    /// CSDL: property `purgeType`: `microsoft.graph.security.purgeType`, nullable.
    pub purge_type: rt::Field<crate::v1::security::PurgeType>,
    /// CSDL: property `purgeAreas`: `microsoft.graph.security.purgeAreas`, nullable.
    pub purge_areas: rt::Field<rt::Flags<crate::v1::security::PurgeAreas>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for EdiscoverySearchPurgeDataParams {
    #[inline]
    fn default() -> Self {
        Self {
            purge_type: rt::Field::Absent,
            purge_areas: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for EdiscoverySearchPurgeDataParams {
    const TYPE_NAME: &'static str = "microsoft.graph.security.purgeData(microsoft.graph.security.ediscoverySearch)";
    const KEYS: &'static [&'static str] = &["purgeType", "purgeAreas"];
    const KEYS_JSON: &'static [&'static str] = &[",\"purgeType\":", ",\"purgeAreas\":"];
    const TAG: &'static str = "\"#microsoft.graph.security.purgeData(microsoft.graph.security.ediscoverySearch)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "purge_type", &self.purge_type);
        d.field(1usize, "purge_areas", &self.purge_areas);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for EdiscoverySearchPurgeDataParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.purge_type.read_from(r),
            1usize => self.purge_areas.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.purge_type);
        w.field(1usize, &self.purge_areas);
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
rt::impl_object!(EdiscoverySearchPurgeDataParams);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    EdiscoverySearchPurgeDataParams { with_purge_type purge_type : crate
    ::v1::security::PurgeType; with_purge_areas purge_areas : rt::Flags < crate
    ::v1::security::PurgeAreas >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdiscoverySearchPurgeDataParams);
#[cfg(msgraph_v1_search_or_security)]
/// Parameters of the action `microsoft.graph.security.removeHold`.
/// - `ids`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq)]
pub struct EdiscoveryCustodianCollectionRemoveHoldParams {
    /// CSDL: property `ids`: `Collection(Edm.String)`, nullable.
    pub ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for EdiscoveryCustodianCollectionRemoveHoldParams {
    #[inline]
    fn default() -> Self {
        Self {
            ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for EdiscoveryCustodianCollectionRemoveHoldParams {
    const TYPE_NAME: &'static str = "microsoft.graph.security.removeHold(Collection(microsoft.graph.security.ediscoveryCustodian))";
    const KEYS: &'static [&'static str] = &["ids"];
    const KEYS_JSON: &'static [&'static str] = &[",\"ids\":"];
    const TAG: &'static str = "\"#microsoft.graph.security.removeHold(Collection(microsoft.graph.security.ediscoveryCustodian))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "ids", &self.ids);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for EdiscoveryCustodianCollectionRemoveHoldParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.ids);
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
rt::impl_object!(EdiscoveryCustodianCollectionRemoveHoldParams);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    EdiscoveryCustodianCollectionRemoveHoldParams { with_ids ids : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdiscoveryCustodianCollectionRemoveHoldParams);
#[cfg(msgraph_v1_search_or_security)]
/// Parameters of the action `microsoft.graph.security.removeHold`.
/// - `ids`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq)]
pub struct EdiscoveryNoncustodialDataSourceCollectionRemoveHoldParams {
    /// CSDL: property `ids`: `Collection(Edm.String)`, nullable.
    pub ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default
for EdiscoveryNoncustodialDataSourceCollectionRemoveHoldParams {
    #[inline]
    fn default() -> Self {
        Self {
            ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for EdiscoveryNoncustodialDataSourceCollectionRemoveHoldParams {
    const TYPE_NAME: &'static str = "microsoft.graph.security.removeHold(Collection(microsoft.graph.security.ediscoveryNoncustodialDataSource))";
    const KEYS: &'static [&'static str] = &["ids"];
    const KEYS_JSON: &'static [&'static str] = &[",\"ids\":"];
    const TAG: &'static str = "\"#microsoft.graph.security.removeHold(Collection(microsoft.graph.security.ediscoveryNoncustodialDataSource))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "ids", &self.ids);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for EdiscoveryNoncustodialDataSourceCollectionRemoveHoldParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.ids);
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
rt::impl_object!(EdiscoveryNoncustodialDataSourceCollectionRemoveHoldParams);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    EdiscoveryNoncustodialDataSourceCollectionRemoveHoldParams { with_ids ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdiscoveryNoncustodialDataSourceCollectionRemoveHoldParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.snoozeReminder`.
/// - `NewReminderTime`: `microsoft.graph.dateTimeTimeZone`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct EventSnoozeReminderParams {
    /// CSDL: property `NewReminderTime`: `microsoft.graph.dateTimeTimeZone`, not nullable.
    pub new_reminder_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for EventSnoozeReminderParams {
    #[inline]
    fn default() -> Self {
        Self {
            new_reminder_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for EventSnoozeReminderParams {
    const TYPE_NAME: &'static str = "microsoft.graph.snoozeReminder(microsoft.graph.event)";
    const KEYS: &'static [&'static str] = &["NewReminderTime"];
    const KEYS_JSON: &'static [&'static str] = &[",\"NewReminderTime\":"];
    const TAG: &'static str = "\"#microsoft.graph.snoozeReminder(microsoft.graph.event)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "new_reminder_time", &self.new_reminder_time);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for EventSnoozeReminderParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.new_reminder_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.new_reminder_time);
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
rt::impl_object!(EventSnoozeReminderParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    EventSnoozeReminderParams { with_new_reminder_time new_reminder_time : crate
    ::v1::DateTimeTimeZone; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EventSnoozeReminderParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.tentativelyAccept`.
/// - `ProposedNewTime`: `microsoft.graph.timeSlot`
/// - `SendResponse`: `Edm.Boolean`
/// - `Comment`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct EventTentativelyAcceptParams {
    /// CSDL: property `ProposedNewTime`: `microsoft.graph.timeSlot`, nullable.
    pub proposed_new_time: rt::Field<crate::v1::TimeSlot>,
    /// CSDL: property `SendResponse`: `Edm.Boolean`, nullable.
    pub send_response: rt::Field<bool>,
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for EventTentativelyAcceptParams {
    #[inline]
    fn default() -> Self {
        Self {
            proposed_new_time: rt::Field::Absent,
            send_response: rt::Field::Absent,
            comment: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for EventTentativelyAcceptParams {
    const TYPE_NAME: &'static str = "microsoft.graph.tentativelyAccept(microsoft.graph.event)";
    const KEYS: &'static [&'static str] = &[
        "ProposedNewTime",
        "SendResponse",
        "Comment",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"ProposedNewTime\":",
        ",\"SendResponse\":",
        ",\"Comment\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.tentativelyAccept(microsoft.graph.event)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "proposed_new_time", &self.proposed_new_time);
        d.field(1usize, "send_response", &self.send_response);
        d.field(2usize, "comment", &self.comment);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for EventTentativelyAcceptParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.proposed_new_time.read_from(r),
            1usize => self.send_response.read_from(r),
            2usize => self.comment.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.proposed_new_time);
        w.field(1usize, &self.send_response);
        w.field(2usize, &self.comment);
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
rt::impl_object!(EventTentativelyAcceptParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    EventTentativelyAcceptParams { with_proposed_new_time proposed_new_time : crate
    ::v1::TimeSlot; with_send_response send_response : bool; with_comment comment :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EventTentativelyAcceptParams);
#[cfg(msgraph_v1_search_or_storage)]
/// Parameters of the action `microsoft.graph.lock`.
/// - `lockState`: `microsoft.graph.siteLockState`, optional
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone, PartialEq)]
pub struct FileStorageContainerLockParams {
    /// CSDL: property `lockState`: `microsoft.graph.siteLockState`, nullable.
    pub lock_state: rt::Field<crate::v1::SiteLockState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_storage)]
impl ::std::default::Default for FileStorageContainerLockParams {
    #[inline]
    fn default() -> Self {
        Self {
            lock_state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::Object for FileStorageContainerLockParams {
    const TYPE_NAME: &'static str = "microsoft.graph.lock(microsoft.graph.fileStorageContainer)";
    const KEYS: &'static [&'static str] = &["lockState"];
    const KEYS_JSON: &'static [&'static str] = &[",\"lockState\":"];
    const TAG: &'static str = "\"#microsoft.graph.lock(microsoft.graph.fileStorageContainer)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "lock_state", &self.lock_state);
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::object::Members for FileStorageContainerLockParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.lock_state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.lock_state);
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
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_object!(FileStorageContainerLockParams);
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_setters!(
    FileStorageContainerLockParams { with_lock_state lock_state : crate
    ::v1::SiteLockState; }
);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileStorageContainerLockParams);
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
/// Parameters of the action `microsoft.graph.addGroup`.
/// - `groupId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-lifecycle-policies`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct GroupLifecyclePolicyAddGroupParams {
    /// CSDL: property `groupId`: `Edm.String`, not nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
impl ::std::default::Default for GroupLifecyclePolicyAddGroupParams {
    #[inline]
    fn default() -> Self {
        Self {
            group_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
impl rt::Object for GroupLifecyclePolicyAddGroupParams {
    const TYPE_NAME: &'static str = "microsoft.graph.addGroup(microsoft.graph.groupLifecyclePolicy)";
    const KEYS: &'static [&'static str] = &["groupId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"groupId\":"];
    const TAG: &'static str = "\"#microsoft.graph.addGroup(microsoft.graph.groupLifecyclePolicy)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "group_id", &self.group_id);
    }
}
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
impl rt::object::Members for GroupLifecyclePolicyAddGroupParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.group_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.group_id);
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
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
rt::impl_object!(GroupLifecyclePolicyAddGroupParams);
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
rt::impl_setters!(
    GroupLifecyclePolicyAddGroupParams { with_group_id group_id : ::std::string::String;
    }
);
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupLifecyclePolicyAddGroupParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.assignLicense`.
/// - `addLicenses`: `Collection(microsoft.graph.assignedLicense)`
/// - `removeLicenses`: `Collection(Edm.Guid)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct GroupAssignLicenseParams {
    /// CSDL: property `addLicenses`: `Collection(microsoft.graph.assignedLicense)`, not nullable.
    pub add_licenses: rt::Field<::std::vec::Vec<crate::v1::AssignedLicense>>,
    /// CSDL: property `removeLicenses`: `Collection(Edm.Guid)`, not nullable.
    pub remove_licenses: rt::Field<::std::vec::Vec<rt::edm::Guid>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for GroupAssignLicenseParams {
    #[inline]
    fn default() -> Self {
        Self {
            add_licenses: rt::Field::Absent,
            remove_licenses: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for GroupAssignLicenseParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assignLicense(microsoft.graph.group)";
    const KEYS: &'static [&'static str] = &["addLicenses", "removeLicenses"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"addLicenses\":",
        ",\"removeLicenses\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.assignLicense(microsoft.graph.group)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "add_licenses", &self.add_licenses);
        d.field(1usize, "remove_licenses", &self.remove_licenses);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for GroupAssignLicenseParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.add_licenses.read_from(r),
            1usize => self.remove_licenses.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.add_licenses);
        w.field(1usize, &self.remove_licenses);
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
rt::impl_object!(GroupAssignLicenseParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    GroupAssignLicenseParams { with_add_licenses add_licenses : ::std::vec::Vec < crate
    ::v1::AssignedLicense >; with_remove_licenses remove_licenses : ::std::vec::Vec <
    rt::edm::Guid >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupAssignLicenseParams);
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
/// Parameters of the action `microsoft.graph.removeGroup`.
/// - `groupId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-lifecycle-policies`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct GroupLifecyclePolicyRemoveGroupParams {
    /// CSDL: property `groupId`: `Edm.String`, not nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
impl ::std::default::Default for GroupLifecyclePolicyRemoveGroupParams {
    #[inline]
    fn default() -> Self {
        Self {
            group_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
impl rt::Object for GroupLifecyclePolicyRemoveGroupParams {
    const TYPE_NAME: &'static str = "microsoft.graph.removeGroup(microsoft.graph.groupLifecyclePolicy)";
    const KEYS: &'static [&'static str] = &["groupId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"groupId\":"];
    const TAG: &'static str = "\"#microsoft.graph.removeGroup(microsoft.graph.groupLifecyclePolicy)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "group_id", &self.group_id);
    }
}
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
impl rt::object::Members for GroupLifecyclePolicyRemoveGroupParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.group_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.group_id);
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
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
rt::impl_object!(GroupLifecyclePolicyRemoveGroupParams);
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
rt::impl_setters!(
    GroupLifecyclePolicyRemoveGroupParams { with_group_id group_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupLifecyclePolicyRemoveGroupParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.validateProperties`.
/// - `displayName`: `Edm.String`
/// - `mailNickname`: `Edm.String`
/// - `onBehalfOfUserId`: `Edm.Guid`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct GroupValidatePropertiesParams {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `mailNickname`: `Edm.String`, nullable.
    pub mail_nickname: rt::Field<::std::string::String>,
    /// CSDL: property `onBehalfOfUserId`: `Edm.Guid`, nullable.
    pub on_behalf_of_user_id: rt::Field<rt::edm::Guid>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for GroupValidatePropertiesParams {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            mail_nickname: rt::Field::Absent,
            on_behalf_of_user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for GroupValidatePropertiesParams {
    const TYPE_NAME: &'static str = "microsoft.graph.validateProperties(microsoft.graph.group)";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "mailNickname",
        "onBehalfOfUserId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":",
        ",\"mailNickname\":",
        ",\"onBehalfOfUserId\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.validateProperties(microsoft.graph.group)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "display_name", &self.display_name);
        d.field(1usize, "mail_nickname", &self.mail_nickname);
        d.field(2usize, "on_behalf_of_user_id", &self.on_behalf_of_user_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for GroupValidatePropertiesParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.mail_nickname.read_from(r),
            2usize => self.on_behalf_of_user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.mail_nickname);
        w.field(2usize, &self.on_behalf_of_user_id);
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
rt::impl_object!(GroupValidatePropertiesParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    GroupValidatePropertiesParams { with_display_name display_name :
    ::std::string::String; with_mail_nickname mail_nickname : ::std::string::String;
    with_on_behalf_of_user_id on_behalf_of_user_id : rt::edm::Guid; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupValidatePropertiesParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.import`.
/// - `importedWindowsAutopilotDeviceIdentities`: `Collection(microsoft.graph.importedWindowsAutopilotDeviceIdentity)`
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct ImportedWindowsAutopilotDeviceIdentityCollectionImportParams {
    /// CSDL: property `importedWindowsAutopilotDeviceIdentities`: `Collection(microsoft.graph.importedWindowsAutopilotDeviceIdentity)`, nullable.
    pub imported_windows_autopilot_device_identities: rt::Field<
        ::std::vec::Vec<crate::v1::ImportedWindowsAutopilotDeviceIdentity>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for ImportedWindowsAutopilotDeviceIdentityCollectionImportParams {
    #[inline]
    fn default() -> Self {
        Self {
            imported_windows_autopilot_device_identities: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for ImportedWindowsAutopilotDeviceIdentityCollectionImportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.import(Collection(microsoft.graph.importedWindowsAutopilotDeviceIdentity))";
    const KEYS: &'static [&'static str] = &["importedWindowsAutopilotDeviceIdentities"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"importedWindowsAutopilotDeviceIdentities\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.import(Collection(microsoft.graph.importedWindowsAutopilotDeviceIdentity))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(
            0usize,
            "imported_windows_autopilot_device_identities",
            &self.imported_windows_autopilot_device_identities,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members
for ImportedWindowsAutopilotDeviceIdentityCollectionImportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.imported_windows_autopilot_device_identities.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.imported_windows_autopilot_device_identities);
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
rt::impl_object!(ImportedWindowsAutopilotDeviceIdentityCollectionImportParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    ImportedWindowsAutopilotDeviceIdentityCollectionImportParams {
    with_imported_windows_autopilot_device_identities
    imported_windows_autopilot_device_identities : ::std::vec::Vec < crate
    ::v1::ImportedWindowsAutopilotDeviceIdentity >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ImportedWindowsAutopilotDeviceIdentityCollectionImportParams);
#[cfg(msgraph_v1_search_or_security)]
/// Parameters of the action `microsoft.graph.security.invokeAction`.
/// - `accountId`: `Edm.String`
/// - `action`: `microsoft.graph.security.action`
/// - `identityProvider`: `microsoft.graph.security.identityProvider`
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq)]
pub struct IdentityAccountsInvokeActionParams {
    /// CSDL: property `accountId`: `Edm.String`, not nullable.
    pub account_id: rt::Field<::std::string::String>,
    /// CSDL: property `action`: `microsoft.graph.security.action`, not nullable.
    pub action: rt::Field<crate::v1::security::Action>,
    /// CSDL: property `identityProvider`: `microsoft.graph.security.identityProvider`, not nullable.
    pub identity_provider: rt::Field<crate::v1::security::IdentityProvider>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for IdentityAccountsInvokeActionParams {
    #[inline]
    fn default() -> Self {
        Self {
            account_id: rt::Field::Absent,
            action: rt::Field::Absent,
            identity_provider: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for IdentityAccountsInvokeActionParams {
    const TYPE_NAME: &'static str = "microsoft.graph.security.invokeAction(microsoft.graph.security.identityAccounts)";
    const KEYS: &'static [&'static str] = &["accountId", "action", "identityProvider"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"accountId\":",
        ",\"action\":",
        ",\"identityProvider\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.invokeAction(microsoft.graph.security.identityAccounts)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "account_id", &self.account_id);
        d.field(1usize, "action", &self.action);
        d.field(2usize, "identity_provider", &self.identity_provider);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for IdentityAccountsInvokeActionParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.account_id.read_from(r),
            1usize => self.action.read_from(r),
            2usize => self.identity_provider.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.account_id);
        w.field(1usize, &self.action);
        w.field(2usize, &self.identity_provider);
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
rt::impl_object!(IdentityAccountsInvokeActionParams);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    IdentityAccountsInvokeActionParams { with_account_id account_id :
    ::std::string::String; with_action action : crate ::v1::security::Action;
    with_identity_provider identity_provider : crate ::v1::security::IdentityProvider; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityAccountsInvokeActionParams);
#[cfg(msgraph_v1_search_or_security)]
/// Parameters of the action `microsoft.graph.security.mergeIncidents`.
/// - `incidentIds`: `Collection(Edm.String)`
/// - `incidentComment`: `Edm.String`, optional
/// - `mergeReasons`: `microsoft.graph.security.correlationReason`, optional
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq)]
pub struct IncidentCollectionMergeIncidentsParams {
    /// CSDL: property `incidentIds`: `Collection(Edm.String)`, nullable.
    pub incident_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `incidentComment`: `Edm.String`, nullable.
    pub incident_comment: rt::Field<::std::string::String>,
    /// CSDL: property `mergeReasons`: `microsoft.graph.security.correlationReason`, nullable.
    pub merge_reasons: rt::Field<rt::Flags<crate::v1::security::CorrelationReason>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for IncidentCollectionMergeIncidentsParams {
    #[inline]
    fn default() -> Self {
        Self {
            incident_ids: rt::Field::Absent,
            incident_comment: rt::Field::Absent,
            merge_reasons: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for IncidentCollectionMergeIncidentsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.security.mergeIncidents(Collection(microsoft.graph.security.incident))";
    const KEYS: &'static [&'static str] = &[
        "incidentIds",
        "incidentComment",
        "mergeReasons",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"incidentIds\":",
        ",\"incidentComment\":",
        ",\"mergeReasons\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.mergeIncidents(Collection(microsoft.graph.security.incident))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "incident_ids", &self.incident_ids);
        d.field(1usize, "incident_comment", &self.incident_comment);
        d.field(2usize, "merge_reasons", &self.merge_reasons);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for IncidentCollectionMergeIncidentsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.incident_ids.read_from(r),
            1usize => self.incident_comment.read_from(r),
            2usize => self.merge_reasons.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.incident_ids);
        w.field(1usize, &self.incident_comment);
        w.field(2usize, &self.merge_reasons);
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
rt::impl_object!(IncidentCollectionMergeIncidentsParams);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    IncidentCollectionMergeIncidentsParams { with_incident_ids incident_ids :
    ::std::vec::Vec < ::std::string::String >; with_incident_comment incident_comment :
    ::std::string::String; with_merge_reasons merge_reasons : rt::Flags < crate
    ::v1::security::CorrelationReason >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(IncidentCollectionMergeIncidentsParams);
#[cfg(msgraph_v1_identity_or_search)]
/// Parameters of the action `microsoft.graph.setOrder`.
/// - `newAssignmentOrder`: `microsoft.graph.assignmentOrder`
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct IdentityUserFlowAttributeAssignmentCollectionSetOrderParams {
    /// CSDL: property `newAssignmentOrder`: `microsoft.graph.assignmentOrder`, nullable.
    pub new_assignment_order: rt::Field<crate::v1::AssignmentOrder>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default
for IdentityUserFlowAttributeAssignmentCollectionSetOrderParams {
    #[inline]
    fn default() -> Self {
        Self {
            new_assignment_order: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for IdentityUserFlowAttributeAssignmentCollectionSetOrderParams {
    const TYPE_NAME: &'static str = "microsoft.graph.setOrder(Collection(microsoft.graph.identityUserFlowAttributeAssignment))";
    const KEYS: &'static [&'static str] = &["newAssignmentOrder"];
    const KEYS_JSON: &'static [&'static str] = &[",\"newAssignmentOrder\":"];
    const TAG: &'static str = "\"#microsoft.graph.setOrder(Collection(microsoft.graph.identityUserFlowAttributeAssignment))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "new_assignment_order", &self.new_assignment_order);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members
for IdentityUserFlowAttributeAssignmentCollectionSetOrderParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.new_assignment_order.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.new_assignment_order);
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
rt::impl_object!(IdentityUserFlowAttributeAssignmentCollectionSetOrderParams);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    IdentityUserFlowAttributeAssignmentCollectionSetOrderParams {
    with_new_assignment_order new_assignment_order : crate ::v1::AssignmentOrder; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityUserFlowAttributeAssignmentCollectionSetOrderParams);
#[cfg(msgraph_v1_identity_or_search)]
/// Parameters of the action `microsoft.graph.uploadClientCertificate`.
/// - `pkcs12Value`: `Edm.String`
/// - `password`: `Edm.String`
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct IdentityApiConnectorUploadClientCertificateParams {
    /// CSDL: property `pkcs12Value`: `Edm.String`, nullable.
    pub pkcs12_value: rt::Field<::std::string::String>,
    /// CSDL: property `password`: `Edm.String`, nullable.
    pub password: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for IdentityApiConnectorUploadClientCertificateParams {
    #[inline]
    fn default() -> Self {
        Self {
            pkcs12_value: rt::Field::Absent,
            password: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for IdentityApiConnectorUploadClientCertificateParams {
    const TYPE_NAME: &'static str = "microsoft.graph.uploadClientCertificate(microsoft.graph.identityApiConnector)";
    const KEYS: &'static [&'static str] = &["pkcs12Value", "password"];
    const KEYS_JSON: &'static [&'static str] = &[",\"pkcs12Value\":", ",\"password\":"];
    const TAG: &'static str = "\"#microsoft.graph.uploadClientCertificate(microsoft.graph.identityApiConnector)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "pkcs12_value", &self.pkcs12_value);
        d.field(1usize, "password", &self.password);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for IdentityApiConnectorUploadClientCertificateParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.pkcs12_value.read_from(r),
            1usize => self.password.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.pkcs12_value);
        w.field(1usize, &self.password);
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
rt::impl_object!(IdentityApiConnectorUploadClientCertificateParams);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    IdentityApiConnectorUploadClientCertificateParams { with_pkcs12_value pkcs12_value :
    ::std::string::String; with_password password : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityApiConnectorUploadClientCertificateParams);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// Parameters of the action `microsoft.graph.createLink`.
/// - `type`: `Edm.String`
/// - `scope`: `Edm.String`
/// - `expirationDateTime`: `Edm.DateTimeOffset`
/// - `password`: `Edm.String`
/// - `message`: `Edm.String`
/// - `recipients`: `Collection(microsoft.graph.driveRecipient)`
/// - `retainInheritedPermissions`: `Edm.Boolean`
/// - `sendNotification`: `Edm.Boolean`, optional
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct ListItemCreateLinkParams {
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `scope`: `Edm.String`, nullable.
    pub scope: rt::Field<::std::string::String>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `password`: `Edm.String`, nullable.
    pub password: rt::Field<::std::string::String>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// CSDL: property `recipients`: `Collection(microsoft.graph.driveRecipient)`, nullable.
    pub recipients: rt::Field<::std::vec::Vec<crate::v1::DriveRecipient>>,
    /// CSDL: property `retainInheritedPermissions`: `Edm.Boolean`, nullable.
    pub retain_inherited_permissions: rt::Field<bool>,
    /// CSDL: property `sendNotification`: `Edm.Boolean`, nullable.
    pub send_notification: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl ::std::default::Default for ListItemCreateLinkParams {
    #[inline]
    fn default() -> Self {
        Self {
            type_: rt::Field::Absent,
            scope: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            password: rt::Field::Absent,
            message: rt::Field::Absent,
            recipients: rt::Field::Absent,
            retain_inherited_permissions: rt::Field::Absent,
            send_notification: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::Object for ListItemCreateLinkParams {
    const TYPE_NAME: &'static str = "microsoft.graph.createLink(microsoft.graph.listItem)";
    const KEYS: &'static [&'static str] = &[
        "type",
        "scope",
        "expirationDateTime",
        "password",
        "message",
        "recipients",
        "retainInheritedPermissions",
        "sendNotification",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"type\":",
        ",\"scope\":",
        ",\"expirationDateTime\":",
        ",\"password\":",
        ",\"message\":",
        ",\"recipients\":",
        ",\"retainInheritedPermissions\":",
        ",\"sendNotification\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.createLink(microsoft.graph.listItem)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "type_", &self.type_);
        d.field(1usize, "scope", &self.scope);
        d.field(2usize, "expiration_date_time", &self.expiration_date_time);
        d.field(3usize, "password", &self.password);
        d.field(4usize, "message", &self.message);
        d.field(5usize, "recipients", &self.recipients);
        d.field(
            6usize,
            "retain_inherited_permissions",
            &self.retain_inherited_permissions,
        );
        d.field(7usize, "send_notification", &self.send_notification);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::object::Members for ListItemCreateLinkParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.type_.read_from(r),
            1usize => self.scope.read_from(r),
            2usize => self.expiration_date_time.read_from(r),
            3usize => self.password.read_from(r),
            4usize => self.message.read_from(r),
            5usize => self.recipients.read_from(r),
            6usize => self.retain_inherited_permissions.read_from(r),
            7usize => self.send_notification.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.type_);
        w.field(1usize, &self.scope);
        w.field(2usize, &self.expiration_date_time);
        w.field(3usize, &self.password);
        w.field(4usize, &self.message);
        w.field(5usize, &self.recipients);
        w.field(6usize, &self.retain_inherited_permissions);
        w.field(7usize, &self.send_notification);
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_object!(ListItemCreateLinkParams);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    ListItemCreateLinkParams { with_type type_ : ::std::string::String; with_scope scope
    : ::std::string::String; with_expiration_date_time expiration_date_time :
    rt::edm::DateTimeOffset; with_password password : ::std::string::String; with_message
    message : ::std::string::String; with_recipients recipients : ::std::vec::Vec < crate
    ::v1::DriveRecipient >; with_retain_inherited_permissions
    retain_inherited_permissions : bool; with_send_notification send_notification : bool;
    }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(ListItemCreateLinkParams);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `assignments`: `Collection(microsoft.graph.managedDeviceMobileAppConfigurationAssignment)`
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct ManagedDeviceMobileAppConfigurationAssignParams {
    /// CSDL: property `assignments`: `Collection(microsoft.graph.managedDeviceMobileAppConfigurationAssignment)`, nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::ManagedDeviceMobileAppConfigurationAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for ManagedDeviceMobileAppConfigurationAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for ManagedDeviceMobileAppConfigurationAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.managedDeviceMobileAppConfiguration)";
    const KEYS: &'static [&'static str] = &["assignments"];
    const KEYS_JSON: &'static [&'static str] = &[",\"assignments\":"];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.managedDeviceMobileAppConfiguration)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for ManagedDeviceMobileAppConfigurationAssignParams {
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(ManagedDeviceMobileAppConfigurationAssignParams);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    ManagedDeviceMobileAppConfigurationAssignParams { with_assignments assignments :
    ::std::vec::Vec < crate ::v1::ManagedDeviceMobileAppConfigurationAssignment >; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceMobileAppConfigurationAssignParams);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `managedEBookAssignments`: `Collection(microsoft.graph.managedEBookAssignment)`
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct ManagedEBookAssignParams {
    /// CSDL: property `managedEBookAssignments`: `Collection(microsoft.graph.managedEBookAssignment)`, nullable.
    pub managed_e_book_assignments: rt::Field<
        ::std::vec::Vec<crate::v1::AnyManagedEBookAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for ManagedEBookAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            managed_e_book_assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for ManagedEBookAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.managedEBook)";
    const KEYS: &'static [&'static str] = &["managedEBookAssignments"];
    const KEYS_JSON: &'static [&'static str] = &[",\"managedEBookAssignments\":"];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.managedEBook)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "managed_e_book_assignments", &self.managed_e_book_assignments);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for ManagedEBookAssignParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.managed_e_book_assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.managed_e_book_assignments);
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
rt::impl_object!(ManagedEBookAssignParams);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    ManagedEBookAssignParams { with_managed_e_book_assignments managed_e_book_assignments
    : ::std::vec::Vec < crate ::v1::AnyManagedEBookAssignment >; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedEBookAssignParams);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `mobileAppAssignments`: `Collection(microsoft.graph.mobileAppAssignment)`
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct MobileAppAssignParams {
    /// CSDL: property `mobileAppAssignments`: `Collection(microsoft.graph.mobileAppAssignment)`, nullable.
    pub mobile_app_assignments: rt::Field<
        ::std::vec::Vec<crate::v1::MobileAppAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for MobileAppAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            mobile_app_assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for MobileAppAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.mobileApp)";
    const KEYS: &'static [&'static str] = &["mobileAppAssignments"];
    const KEYS_JSON: &'static [&'static str] = &[",\"mobileAppAssignments\":"];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.mobileApp)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "mobile_app_assignments", &self.mobile_app_assignments);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for MobileAppAssignParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.mobile_app_assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.mobile_app_assignments);
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
rt::impl_object!(MobileAppAssignParams);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    MobileAppAssignParams { with_mobile_app_assignments mobile_app_assignments :
    ::std::vec::Vec < crate ::v1::MobileAppAssignment >; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppAssignParams);
#[cfg(msgraph_v1_core_or_device_management)]
/// Clean Windows device
///
/// Parameters of the action `microsoft.graph.cleanWindowsDevice`.
/// - `keepUserData`: `Edm.Boolean`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct ManagedDeviceCleanWindowsDeviceParams {
    /// CSDL: property `keepUserData`: `Edm.Boolean`, not nullable.
    pub keep_user_data: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for ManagedDeviceCleanWindowsDeviceParams {
    #[inline]
    fn default() -> Self {
        Self {
            keep_user_data: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for ManagedDeviceCleanWindowsDeviceParams {
    const TYPE_NAME: &'static str = "microsoft.graph.cleanWindowsDevice(microsoft.graph.managedDevice)";
    const KEYS: &'static [&'static str] = &["keepUserData"];
    const KEYS_JSON: &'static [&'static str] = &[",\"keepUserData\":"];
    const TAG: &'static str = "\"#microsoft.graph.cleanWindowsDevice(microsoft.graph.managedDevice)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "keep_user_data", &self.keep_user_data);
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for ManagedDeviceCleanWindowsDeviceParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.keep_user_data.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.keep_user_data);
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
rt::impl_object!(ManagedDeviceCleanWindowsDeviceParams);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    ManagedDeviceCleanWindowsDeviceParams { with_keep_user_data keep_user_data : bool; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceCleanWindowsDeviceParams);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Commits a file of a given app.
///
/// Parameters of the action `microsoft.graph.commit`.
/// - `fileEncryptionInfo`: `microsoft.graph.fileEncryptionInfo`
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct MobileAppContentFileCommitParams {
    /// CSDL: property `fileEncryptionInfo`: `microsoft.graph.fileEncryptionInfo`, nullable.
    pub file_encryption_info: rt::Field<crate::v1::FileEncryptionInfo>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for MobileAppContentFileCommitParams {
    #[inline]
    fn default() -> Self {
        Self {
            file_encryption_info: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for MobileAppContentFileCommitParams {
    const TYPE_NAME: &'static str = "microsoft.graph.commit(microsoft.graph.mobileAppContentFile)";
    const KEYS: &'static [&'static str] = &["fileEncryptionInfo"];
    const KEYS_JSON: &'static [&'static str] = &[",\"fileEncryptionInfo\":"];
    const TAG: &'static str = "\"#microsoft.graph.commit(microsoft.graph.mobileAppContentFile)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "file_encryption_info", &self.file_encryption_info);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for MobileAppContentFileCommitParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.file_encryption_info.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.file_encryption_info);
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
rt::impl_object!(MobileAppContentFileCommitParams);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    MobileAppContentFileCommitParams { with_file_encryption_info file_encryption_info :
    crate ::v1::FileEncryptionInfo; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppContentFileCommitParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.copy`.
/// - `DestinationId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct MailFolderCopyParams {
    /// CSDL: property `DestinationId`: `Edm.String`, not nullable.
    pub destination_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MailFolderCopyParams {
    #[inline]
    fn default() -> Self {
        Self {
            destination_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MailFolderCopyParams {
    const TYPE_NAME: &'static str = "microsoft.graph.copy(microsoft.graph.mailFolder)";
    const KEYS: &'static [&'static str] = &["DestinationId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"DestinationId\":"];
    const TAG: &'static str = "\"#microsoft.graph.copy(microsoft.graph.mailFolder)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "destination_id", &self.destination_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MailFolderCopyParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.destination_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.destination_id);
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
rt::impl_object!(MailFolderCopyParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MailFolderCopyParams { with_destination_id destination_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailFolderCopyParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.copy`.
/// - `DestinationId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct MessageCopyParams {
    /// CSDL: property `DestinationId`: `Edm.String`, not nullable.
    pub destination_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MessageCopyParams {
    #[inline]
    fn default() -> Self {
        Self {
            destination_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MessageCopyParams {
    const TYPE_NAME: &'static str = "microsoft.graph.copy(microsoft.graph.message)";
    const KEYS: &'static [&'static str] = &["DestinationId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"DestinationId\":"];
    const TAG: &'static str = "\"#microsoft.graph.copy(microsoft.graph.message)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "destination_id", &self.destination_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MessageCopyParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.destination_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.destination_id);
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
rt::impl_object!(MessageCopyParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MessageCopyParams { with_destination_id destination_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageCopyParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.createForward`.
/// - `ToRecipients`: `Collection(microsoft.graph.recipient)`
/// - `Message`: `microsoft.graph.message`
/// - `Comment`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct MessageCreateForwardParams {
    /// CSDL: property `ToRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub to_recipients: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `Message`: `microsoft.graph.message`, nullable.
    pub message: rt::Field<crate::v1::AnyMessage>,
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MessageCreateForwardParams {
    #[inline]
    fn default() -> Self {
        Self {
            to_recipients: rt::Field::Absent,
            message: rt::Field::Absent,
            comment: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MessageCreateForwardParams {
    const TYPE_NAME: &'static str = "microsoft.graph.createForward(microsoft.graph.message)";
    const KEYS: &'static [&'static str] = &["ToRecipients", "Message", "Comment"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"ToRecipients\":",
        ",\"Message\":",
        ",\"Comment\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.createForward(microsoft.graph.message)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "to_recipients", &self.to_recipients);
        d.field(1usize, "message", &self.message);
        d.field(2usize, "comment", &self.comment);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MessageCreateForwardParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.to_recipients.read_from(r),
            1usize => self.message.read_from(r),
            2usize => self.comment.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.to_recipients);
        w.field(1usize, &self.message);
        w.field(2usize, &self.comment);
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
rt::impl_object!(MessageCreateForwardParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MessageCreateForwardParams { with_to_recipients to_recipients : ::std::vec::Vec <
    crate ::v1::AnyRecipient >; with_message message : crate ::v1::AnyMessage;
    with_comment comment : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageCreateForwardParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.createReply`.
/// - `Message`: `microsoft.graph.message`
/// - `Comment`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct MessageCreateReplyParams {
    /// CSDL: property `Message`: `microsoft.graph.message`, nullable.
    pub message: rt::Field<crate::v1::AnyMessage>,
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MessageCreateReplyParams {
    #[inline]
    fn default() -> Self {
        Self {
            message: rt::Field::Absent,
            comment: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MessageCreateReplyParams {
    const TYPE_NAME: &'static str = "microsoft.graph.createReply(microsoft.graph.message)";
    const KEYS: &'static [&'static str] = &["Message", "Comment"];
    const KEYS_JSON: &'static [&'static str] = &[",\"Message\":", ",\"Comment\":"];
    const TAG: &'static str = "\"#microsoft.graph.createReply(microsoft.graph.message)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "message", &self.message);
        d.field(1usize, "comment", &self.comment);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MessageCreateReplyParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message.read_from(r),
            1usize => self.comment.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message);
        w.field(1usize, &self.comment);
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
rt::impl_object!(MessageCreateReplyParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MessageCreateReplyParams { with_message message : crate ::v1::AnyMessage;
    with_comment comment : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageCreateReplyParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.createReplyAll`.
/// - `Message`: `microsoft.graph.message`
/// - `Comment`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct MessageCreateReplyAllParams {
    /// CSDL: property `Message`: `microsoft.graph.message`, nullable.
    pub message: rt::Field<crate::v1::AnyMessage>,
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MessageCreateReplyAllParams {
    #[inline]
    fn default() -> Self {
        Self {
            message: rt::Field::Absent,
            comment: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MessageCreateReplyAllParams {
    const TYPE_NAME: &'static str = "microsoft.graph.createReplyAll(microsoft.graph.message)";
    const KEYS: &'static [&'static str] = &["Message", "Comment"];
    const KEYS_JSON: &'static [&'static str] = &[",\"Message\":", ",\"Comment\":"];
    const TAG: &'static str = "\"#microsoft.graph.createReplyAll(microsoft.graph.message)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "message", &self.message);
        d.field(1usize, "comment", &self.comment);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MessageCreateReplyAllParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message.read_from(r),
            1usize => self.comment.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message);
        w.field(1usize, &self.comment);
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
rt::impl_object!(MessageCreateReplyAllParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MessageCreateReplyAllParams { with_message message : crate ::v1::AnyMessage;
    with_comment comment : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageCreateReplyAllParams);
#[cfg(msgraph_v1_core_or_device_management)]
/// Delete user from shared Apple device
///
/// Parameters of the action `microsoft.graph.deleteUserFromSharedAppleDevice`.
/// - `userPrincipalName`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct ManagedDeviceDeleteUserFromSharedAppleDeviceParams {
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for ManagedDeviceDeleteUserFromSharedAppleDeviceParams {
    #[inline]
    fn default() -> Self {
        Self {
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for ManagedDeviceDeleteUserFromSharedAppleDeviceParams {
    const TYPE_NAME: &'static str = "microsoft.graph.deleteUserFromSharedAppleDevice(microsoft.graph.managedDevice)";
    const KEYS: &'static [&'static str] = &["userPrincipalName"];
    const KEYS_JSON: &'static [&'static str] = &[",\"userPrincipalName\":"];
    const TAG: &'static str = "\"#microsoft.graph.deleteUserFromSharedAppleDevice(microsoft.graph.managedDevice)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for ManagedDeviceDeleteUserFromSharedAppleDeviceParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.user_principal_name);
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
rt::impl_object!(ManagedDeviceDeleteUserFromSharedAppleDeviceParams);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    ManagedDeviceDeleteUserFromSharedAppleDeviceParams { with_user_principal_name
    user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceDeleteUserFromSharedAppleDeviceParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.exportItems`.
/// - `ItemIds`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct MailboxExportItemsParams {
    /// CSDL: property `ItemIds`: `Collection(Edm.String)`, not nullable.
    pub item_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MailboxExportItemsParams {
    #[inline]
    fn default() -> Self {
        Self {
            item_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MailboxExportItemsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.exportItems(microsoft.graph.mailbox)";
    const KEYS: &'static [&'static str] = &["ItemIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"ItemIds\":"];
    const TAG: &'static str = "\"#microsoft.graph.exportItems(microsoft.graph.mailbox)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "item_ids", &self.item_ids);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MailboxExportItemsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.item_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.item_ids);
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
rt::impl_object!(MailboxExportItemsParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MailboxExportItemsParams { with_item_ids item_ids : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailboxExportItemsParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.forward`.
/// - `ToRecipients`: `Collection(microsoft.graph.recipient)`
/// - `Message`: `microsoft.graph.message`
/// - `Comment`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct MessageForwardParams {
    /// CSDL: property `ToRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub to_recipients: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `Message`: `microsoft.graph.message`, nullable.
    pub message: rt::Field<crate::v1::AnyMessage>,
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MessageForwardParams {
    #[inline]
    fn default() -> Self {
        Self {
            to_recipients: rt::Field::Absent,
            message: rt::Field::Absent,
            comment: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MessageForwardParams {
    const TYPE_NAME: &'static str = "microsoft.graph.forward(microsoft.graph.message)";
    const KEYS: &'static [&'static str] = &["ToRecipients", "Message", "Comment"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"ToRecipients\":",
        ",\"Message\":",
        ",\"Comment\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.forward(microsoft.graph.message)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "to_recipients", &self.to_recipients);
        d.field(1usize, "message", &self.message);
        d.field(2usize, "comment", &self.comment);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MessageForwardParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.to_recipients.read_from(r),
            1usize => self.message.read_from(r),
            2usize => self.comment.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.to_recipients);
        w.field(1usize, &self.message);
        w.field(2usize, &self.comment);
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
rt::impl_object!(MessageForwardParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MessageForwardParams { with_to_recipients to_recipients : ::std::vec::Vec < crate
    ::v1::AnyRecipient >; with_message message : crate ::v1::AnyMessage; with_comment
    comment : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageForwardParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.move`.
/// - `DestinationId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct MailFolderMoveParams {
    /// CSDL: property `DestinationId`: `Edm.String`, not nullable.
    pub destination_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MailFolderMoveParams {
    #[inline]
    fn default() -> Self {
        Self {
            destination_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MailFolderMoveParams {
    const TYPE_NAME: &'static str = "microsoft.graph.move(microsoft.graph.mailFolder)";
    const KEYS: &'static [&'static str] = &["DestinationId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"DestinationId\":"];
    const TAG: &'static str = "\"#microsoft.graph.move(microsoft.graph.mailFolder)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "destination_id", &self.destination_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MailFolderMoveParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.destination_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.destination_id);
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
rt::impl_object!(MailFolderMoveParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MailFolderMoveParams { with_destination_id destination_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailFolderMoveParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.move`.
/// - `DestinationId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct MessageMoveParams {
    /// CSDL: property `DestinationId`: `Edm.String`, not nullable.
    pub destination_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MessageMoveParams {
    #[inline]
    fn default() -> Self {
        Self {
            destination_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MessageMoveParams {
    const TYPE_NAME: &'static str = "microsoft.graph.move(microsoft.graph.message)";
    const KEYS: &'static [&'static str] = &["DestinationId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"DestinationId\":"];
    const TAG: &'static str = "\"#microsoft.graph.move(microsoft.graph.message)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "destination_id", &self.destination_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MessageMoveParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.destination_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.destination_id);
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
rt::impl_object!(MessageMoveParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MessageMoveParams { with_destination_id destination_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageMoveParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.reply`.
/// - `Message`: `microsoft.graph.message`
/// - `Comment`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct MessageReplyParams {
    /// CSDL: property `Message`: `microsoft.graph.message`, nullable.
    pub message: rt::Field<crate::v1::AnyMessage>,
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MessageReplyParams {
    #[inline]
    fn default() -> Self {
        Self {
            message: rt::Field::Absent,
            comment: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MessageReplyParams {
    const TYPE_NAME: &'static str = "microsoft.graph.reply(microsoft.graph.message)";
    const KEYS: &'static [&'static str] = &["Message", "Comment"];
    const KEYS_JSON: &'static [&'static str] = &[",\"Message\":", ",\"Comment\":"];
    const TAG: &'static str = "\"#microsoft.graph.reply(microsoft.graph.message)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "message", &self.message);
        d.field(1usize, "comment", &self.comment);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MessageReplyParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message.read_from(r),
            1usize => self.comment.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message);
        w.field(1usize, &self.comment);
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
rt::impl_object!(MessageReplyParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MessageReplyParams { with_message message : crate ::v1::AnyMessage; with_comment
    comment : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageReplyParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.replyAll`.
/// - `Message`: `microsoft.graph.message`
/// - `Comment`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct MessageReplyAllParams {
    /// CSDL: property `Message`: `microsoft.graph.message`, nullable.
    pub message: rt::Field<crate::v1::AnyMessage>,
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MessageReplyAllParams {
    #[inline]
    fn default() -> Self {
        Self {
            message: rt::Field::Absent,
            comment: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MessageReplyAllParams {
    const TYPE_NAME: &'static str = "microsoft.graph.replyAll(microsoft.graph.message)";
    const KEYS: &'static [&'static str] = &["Message", "Comment"];
    const KEYS_JSON: &'static [&'static str] = &[",\"Message\":", ",\"Comment\":"];
    const TAG: &'static str = "\"#microsoft.graph.replyAll(microsoft.graph.message)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "message", &self.message);
        d.field(1usize, "comment", &self.comment);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MessageReplyAllParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message.read_from(r),
            1usize => self.comment.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message);
        w.field(1usize, &self.comment);
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
rt::impl_object!(MessageReplyAllParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MessageReplyAllParams { with_message message : crate ::v1::AnyMessage; with_comment
    comment : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageReplyAllParams);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Parameters of the action `microsoft.graph.targetApps`.
/// - `apps`: `Collection(microsoft.graph.managedMobileApp)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct ManagedAppPolicyTargetAppsParams {
    /// CSDL: property `apps`: `Collection(microsoft.graph.managedMobileApp)`, nullable.
    pub apps: rt::Field<::std::vec::Vec<crate::v1::ManagedMobileApp>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for ManagedAppPolicyTargetAppsParams {
    #[inline]
    fn default() -> Self {
        Self {
            apps: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for ManagedAppPolicyTargetAppsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.targetApps(microsoft.graph.managedAppPolicy)";
    const KEYS: &'static [&'static str] = &["apps"];
    const KEYS_JSON: &'static [&'static str] = &[",\"apps\":"];
    const TAG: &'static str = "\"#microsoft.graph.targetApps(microsoft.graph.managedAppPolicy)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "apps", &self.apps);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for ManagedAppPolicyTargetAppsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.apps.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.apps);
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
rt::impl_object!(ManagedAppPolicyTargetAppsParams);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    ManagedAppPolicyTargetAppsParams { with_apps apps : ::std::vec::Vec < crate
    ::v1::ManagedMobileApp >; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppPolicyTargetAppsParams);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Parameters of the action `microsoft.graph.targetApps`.
/// - `apps`: `Collection(microsoft.graph.managedMobileApp)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct ManagedAppProtectionTargetAppsParams {
    /// CSDL: property `apps`: `Collection(microsoft.graph.managedMobileApp)`, nullable.
    pub apps: rt::Field<::std::vec::Vec<crate::v1::ManagedMobileApp>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for ManagedAppProtectionTargetAppsParams {
    #[inline]
    fn default() -> Self {
        Self {
            apps: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for ManagedAppProtectionTargetAppsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.targetApps(microsoft.graph.managedAppProtection)";
    const KEYS: &'static [&'static str] = &["apps"];
    const KEYS_JSON: &'static [&'static str] = &[",\"apps\":"];
    const TAG: &'static str = "\"#microsoft.graph.targetApps(microsoft.graph.managedAppProtection)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "apps", &self.apps);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for ManagedAppProtectionTargetAppsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.apps.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.apps);
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
rt::impl_object!(ManagedAppProtectionTargetAppsParams);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    ManagedAppProtectionTargetAppsParams { with_apps apps : ::std::vec::Vec < crate
    ::v1::ManagedMobileApp >; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppProtectionTargetAppsParams);
#[cfg(msgraph_v1_core_or_device_management)]
/// Parameters of the action `microsoft.graph.updateWindowsDeviceAccount`.
/// - `updateWindowsDeviceAccountActionParameter`: `microsoft.graph.updateWindowsDeviceAccountActionParameter`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct ManagedDeviceUpdateWindowsDeviceAccountParams {
    /// CSDL: property `updateWindowsDeviceAccountActionParameter`: `microsoft.graph.updateWindowsDeviceAccountActionParameter`, nullable.
    pub update_windows_device_account_action_parameter: rt::Field<
        crate::v1::UpdateWindowsDeviceAccountActionParameter,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for ManagedDeviceUpdateWindowsDeviceAccountParams {
    #[inline]
    fn default() -> Self {
        Self {
            update_windows_device_account_action_parameter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for ManagedDeviceUpdateWindowsDeviceAccountParams {
    const TYPE_NAME: &'static str = "microsoft.graph.updateWindowsDeviceAccount(microsoft.graph.managedDevice)";
    const KEYS: &'static [&'static str] = &["updateWindowsDeviceAccountActionParameter"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"updateWindowsDeviceAccountActionParameter\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.updateWindowsDeviceAccount(microsoft.graph.managedDevice)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(
            0usize,
            "update_windows_device_account_action_parameter",
            &self.update_windows_device_account_action_parameter,
        );
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for ManagedDeviceUpdateWindowsDeviceAccountParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.update_windows_device_account_action_parameter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.update_windows_device_account_action_parameter);
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
rt::impl_object!(ManagedDeviceUpdateWindowsDeviceAccountParams);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    ManagedDeviceUpdateWindowsDeviceAccountParams {
    with_update_windows_device_account_action_parameter
    update_windows_device_account_action_parameter : crate
    ::v1::UpdateWindowsDeviceAccountActionParameter; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceUpdateWindowsDeviceAccountParams);
#[cfg(msgraph_v1_core_or_device_management)]
/// Parameters of the action `microsoft.graph.windowsDefenderScan`.
/// - `quickScan`: `Edm.Boolean`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct ManagedDeviceWindowsDefenderScanParams {
    /// CSDL: property `quickScan`: `Edm.Boolean`, not nullable.
    pub quick_scan: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for ManagedDeviceWindowsDefenderScanParams {
    #[inline]
    fn default() -> Self {
        Self {
            quick_scan: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for ManagedDeviceWindowsDefenderScanParams {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsDefenderScan(microsoft.graph.managedDevice)";
    const KEYS: &'static [&'static str] = &["quickScan"];
    const KEYS_JSON: &'static [&'static str] = &[",\"quickScan\":"];
    const TAG: &'static str = "\"#microsoft.graph.windowsDefenderScan(microsoft.graph.managedDevice)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "quick_scan", &self.quick_scan);
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for ManagedDeviceWindowsDefenderScanParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.quick_scan.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.quick_scan);
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
rt::impl_object!(ManagedDeviceWindowsDefenderScanParams);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    ManagedDeviceWindowsDefenderScanParams { with_quick_scan quick_scan : bool; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceWindowsDefenderScanParams);
#[cfg(msgraph_v1_core_or_device_management)]
/// Wipe a device
///
/// Parameters of the action `microsoft.graph.wipe`.
/// - `keepEnrollmentData`: `Edm.Boolean`
/// - `keepUserData`: `Edm.Boolean`
/// - `macOsUnlockCode`: `Edm.String`
/// - `persistEsimDataPlan`: `Edm.Boolean`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct ManagedDeviceWipeParams {
    /// CSDL: property `keepEnrollmentData`: `Edm.Boolean`, nullable.
    pub keep_enrollment_data: rt::Field<bool>,
    /// CSDL: property `keepUserData`: `Edm.Boolean`, nullable.
    pub keep_user_data: rt::Field<bool>,
    /// CSDL: property `macOsUnlockCode`: `Edm.String`, nullable.
    pub mac_os_unlock_code: rt::Field<::std::string::String>,
    /// CSDL: property `persistEsimDataPlan`: `Edm.Boolean`, nullable.
    pub persist_esim_data_plan: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for ManagedDeviceWipeParams {
    #[inline]
    fn default() -> Self {
        Self {
            keep_enrollment_data: rt::Field::Absent,
            keep_user_data: rt::Field::Absent,
            mac_os_unlock_code: rt::Field::Absent,
            persist_esim_data_plan: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for ManagedDeviceWipeParams {
    const TYPE_NAME: &'static str = "microsoft.graph.wipe(microsoft.graph.managedDevice)";
    const KEYS: &'static [&'static str] = &[
        "keepEnrollmentData",
        "keepUserData",
        "macOsUnlockCode",
        "persistEsimDataPlan",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"keepEnrollmentData\":",
        ",\"keepUserData\":",
        ",\"macOsUnlockCode\":",
        ",\"persistEsimDataPlan\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.wipe(microsoft.graph.managedDevice)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "keep_enrollment_data", &self.keep_enrollment_data);
        d.field(1usize, "keep_user_data", &self.keep_user_data);
        d.field(2usize, "mac_os_unlock_code", &self.mac_os_unlock_code);
        d.field(3usize, "persist_esim_data_plan", &self.persist_esim_data_plan);
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for ManagedDeviceWipeParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.keep_enrollment_data.read_from(r),
            1usize => self.keep_user_data.read_from(r),
            2usize => self.mac_os_unlock_code.read_from(r),
            3usize => self.persist_esim_data_plan.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.keep_enrollment_data);
        w.field(1usize, &self.keep_user_data);
        w.field(2usize, &self.mac_os_unlock_code);
        w.field(3usize, &self.persist_esim_data_plan);
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
rt::impl_object!(ManagedDeviceWipeParams);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    ManagedDeviceWipeParams { with_keep_enrollment_data keep_enrollment_data : bool;
    with_keep_user_data keep_user_data : bool; with_mac_os_unlock_code mac_os_unlock_code
    : ::std::string::String; with_persist_esim_data_plan persist_esim_data_plan : bool; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceWipeParams);
#[cfg(msgraph_v1_core_or_sites)]
/// Parameters of the action `microsoft.graph.copyNotebook`.
/// - `groupId`: `Edm.String`
/// - `renameAs`: `Edm.String`
/// - `notebookFolder`: `Edm.String`
/// - `siteCollectionId`: `Edm.String`
/// - `siteId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct NotebookCopyNotebookParams {
    /// CSDL: property `groupId`: `Edm.String`, nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// CSDL: property `renameAs`: `Edm.String`, nullable.
    pub rename_as: rt::Field<::std::string::String>,
    /// CSDL: property `notebookFolder`: `Edm.String`, nullable.
    pub notebook_folder: rt::Field<::std::string::String>,
    /// CSDL: property `siteCollectionId`: `Edm.String`, nullable.
    pub site_collection_id: rt::Field<::std::string::String>,
    /// CSDL: property `siteId`: `Edm.String`, nullable.
    pub site_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for NotebookCopyNotebookParams {
    #[inline]
    fn default() -> Self {
        Self {
            group_id: rt::Field::Absent,
            rename_as: rt::Field::Absent,
            notebook_folder: rt::Field::Absent,
            site_collection_id: rt::Field::Absent,
            site_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for NotebookCopyNotebookParams {
    const TYPE_NAME: &'static str = "microsoft.graph.copyNotebook(microsoft.graph.notebook)";
    const KEYS: &'static [&'static str] = &[
        "groupId",
        "renameAs",
        "notebookFolder",
        "siteCollectionId",
        "siteId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"groupId\":",
        ",\"renameAs\":",
        ",\"notebookFolder\":",
        ",\"siteCollectionId\":",
        ",\"siteId\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.copyNotebook(microsoft.graph.notebook)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "group_id", &self.group_id);
        d.field(1usize, "rename_as", &self.rename_as);
        d.field(2usize, "notebook_folder", &self.notebook_folder);
        d.field(3usize, "site_collection_id", &self.site_collection_id);
        d.field(4usize, "site_id", &self.site_id);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for NotebookCopyNotebookParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.group_id.read_from(r),
            1usize => self.rename_as.read_from(r),
            2usize => self.notebook_folder.read_from(r),
            3usize => self.site_collection_id.read_from(r),
            4usize => self.site_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.group_id);
        w.field(1usize, &self.rename_as);
        w.field(2usize, &self.notebook_folder);
        w.field(3usize, &self.site_collection_id);
        w.field(4usize, &self.site_id);
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
rt::impl_object!(NotebookCopyNotebookParams);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    NotebookCopyNotebookParams { with_group_id group_id : ::std::string::String;
    with_rename_as rename_as : ::std::string::String; with_notebook_folder
    notebook_folder : ::std::string::String; with_site_collection_id site_collection_id :
    ::std::string::String; with_site_id site_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(NotebookCopyNotebookParams);
#[cfg(msgraph_v1_core_or_sites)]
/// Parameters of the action `microsoft.graph.getNotebookFromWebUrl`.
/// - `webUrl`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct NotebookCollectionGetNotebookFromWebUrlParams {
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for NotebookCollectionGetNotebookFromWebUrlParams {
    #[inline]
    fn default() -> Self {
        Self {
            web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for NotebookCollectionGetNotebookFromWebUrlParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getNotebookFromWebUrl(Collection(microsoft.graph.notebook))";
    const KEYS: &'static [&'static str] = &["webUrl"];
    const KEYS_JSON: &'static [&'static str] = &[",\"webUrl\":"];
    const TAG: &'static str = "\"#microsoft.graph.getNotebookFromWebUrl(Collection(microsoft.graph.notebook))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "web_url", &self.web_url);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for NotebookCollectionGetNotebookFromWebUrlParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.web_url);
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
rt::impl_object!(NotebookCollectionGetNotebookFromWebUrlParams);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    NotebookCollectionGetNotebookFromWebUrlParams { with_web_url web_url :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(NotebookCollectionGetNotebookFromWebUrlParams);
#[cfg(msgraph_v1_admin_or_search)]
/// Parameters of the action `microsoft.graph.teamsAdministration.assignNumber`.
/// - `telephoneNumber`: `Edm.String`
/// - `assignmentTargetId`: `Edm.String`
/// - `numberType`: `microsoft.graph.teamsAdministration.numberType`
/// - `assignmentCategory`: `microsoft.graph.teamsAdministration.assignmentCategory`
/// - `locationId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct NumberAssignmentCollectionAssignNumberParams {
    /// CSDL: property `telephoneNumber`: `Edm.String`, not nullable.
    pub telephone_number: rt::Field<::std::string::String>,
    /// CSDL: property `assignmentTargetId`: `Edm.String`, not nullable.
    pub assignment_target_id: rt::Field<::std::string::String>,
    /// CSDL: property `numberType`: `microsoft.graph.teamsAdministration.numberType`, not nullable.
    pub number_type: rt::Field<crate::v1::teams_administration::NumberType>,
    /// CSDL: property `assignmentCategory`: `microsoft.graph.teamsAdministration.assignmentCategory`, nullable.
    pub assignment_category: rt::Field<
        crate::v1::teams_administration::AssignmentCategory,
    >,
    /// CSDL: property `locationId`: `Edm.String`, nullable.
    pub location_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for NumberAssignmentCollectionAssignNumberParams {
    #[inline]
    fn default() -> Self {
        Self {
            telephone_number: rt::Field::Absent,
            assignment_target_id: rt::Field::Absent,
            number_type: rt::Field::Absent,
            assignment_category: rt::Field::Absent,
            location_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for NumberAssignmentCollectionAssignNumberParams {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAdministration.assignNumber(Collection(microsoft.graph.teamsAdministration.numberAssignment))";
    const KEYS: &'static [&'static str] = &[
        "telephoneNumber",
        "assignmentTargetId",
        "numberType",
        "assignmentCategory",
        "locationId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"telephoneNumber\":",
        ",\"assignmentTargetId\":",
        ",\"numberType\":",
        ",\"assignmentCategory\":",
        ",\"locationId\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamsAdministration.assignNumber(Collection(microsoft.graph.teamsAdministration.numberAssignment))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "telephone_number", &self.telephone_number);
        d.field(1usize, "assignment_target_id", &self.assignment_target_id);
        d.field(2usize, "number_type", &self.number_type);
        d.field(3usize, "assignment_category", &self.assignment_category);
        d.field(4usize, "location_id", &self.location_id);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for NumberAssignmentCollectionAssignNumberParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.telephone_number.read_from(r),
            1usize => self.assignment_target_id.read_from(r),
            2usize => self.number_type.read_from(r),
            3usize => self.assignment_category.read_from(r),
            4usize => self.location_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.telephone_number);
        w.field(1usize, &self.assignment_target_id);
        w.field(2usize, &self.number_type);
        w.field(3usize, &self.assignment_category);
        w.field(4usize, &self.location_id);
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
rt::impl_object!(NumberAssignmentCollectionAssignNumberParams);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    NumberAssignmentCollectionAssignNumberParams { with_telephone_number telephone_number
    : ::std::string::String; with_assignment_target_id assignment_target_id :
    ::std::string::String; with_number_type number_type : crate
    ::v1::teams_administration::NumberType; with_assignment_category assignment_category
    : crate ::v1::teams_administration::AssignmentCategory; with_location_id location_id
    : ::std::string::String; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(NumberAssignmentCollectionAssignNumberParams);
#[cfg(msgraph_v1_admin_or_search)]
/// Parameters of the action `microsoft.graph.teamsAdministration.unassignNumber`.
/// - `telephoneNumber`: `Edm.String`
/// - `numberType`: `microsoft.graph.teamsAdministration.numberType`
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct NumberAssignmentCollectionUnassignNumberParams {
    /// CSDL: property `telephoneNumber`: `Edm.String`, nullable.
    pub telephone_number: rt::Field<::std::string::String>,
    /// CSDL: property `numberType`: `microsoft.graph.teamsAdministration.numberType`, nullable.
    pub number_type: rt::Field<crate::v1::teams_administration::NumberType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for NumberAssignmentCollectionUnassignNumberParams {
    #[inline]
    fn default() -> Self {
        Self {
            telephone_number: rt::Field::Absent,
            number_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for NumberAssignmentCollectionUnassignNumberParams {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAdministration.unassignNumber(Collection(microsoft.graph.teamsAdministration.numberAssignment))";
    const KEYS: &'static [&'static str] = &["telephoneNumber", "numberType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"telephoneNumber\":",
        ",\"numberType\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamsAdministration.unassignNumber(Collection(microsoft.graph.teamsAdministration.numberAssignment))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "telephone_number", &self.telephone_number);
        d.field(1usize, "number_type", &self.number_type);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for NumberAssignmentCollectionUnassignNumberParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.telephone_number.read_from(r),
            1usize => self.number_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.telephone_number);
        w.field(1usize, &self.number_type);
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
rt::impl_object!(NumberAssignmentCollectionUnassignNumberParams);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    NumberAssignmentCollectionUnassignNumberParams { with_telephone_number
    telephone_number : ::std::string::String; with_number_type number_type : crate
    ::v1::teams_administration::NumberType; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(NumberAssignmentCollectionUnassignNumberParams);
#[cfg(msgraph_v1_admin_or_search)]
/// Parameters of the action `microsoft.graph.teamsAdministration.updateNumber`.
/// - `telephoneNumber`: `Edm.String`
/// - `locationId`: `Edm.String`
/// - `networkSiteId`: `Edm.String`
/// - `reverseNumberLookupOptions`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct NumberAssignmentCollectionUpdateNumberParams {
    /// CSDL: property `telephoneNumber`: `Edm.String`, not nullable.
    pub telephone_number: rt::Field<::std::string::String>,
    /// CSDL: property `locationId`: `Edm.String`, nullable.
    pub location_id: rt::Field<::std::string::String>,
    /// CSDL: property `networkSiteId`: `Edm.String`, nullable.
    pub network_site_id: rt::Field<::std::string::String>,
    /// CSDL: property `reverseNumberLookupOptions`: `Collection(Edm.String)`, nullable.
    pub reverse_number_lookup_options: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for NumberAssignmentCollectionUpdateNumberParams {
    #[inline]
    fn default() -> Self {
        Self {
            telephone_number: rt::Field::Absent,
            location_id: rt::Field::Absent,
            network_site_id: rt::Field::Absent,
            reverse_number_lookup_options: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for NumberAssignmentCollectionUpdateNumberParams {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAdministration.updateNumber(Collection(microsoft.graph.teamsAdministration.numberAssignment))";
    const KEYS: &'static [&'static str] = &[
        "telephoneNumber",
        "locationId",
        "networkSiteId",
        "reverseNumberLookupOptions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"telephoneNumber\":",
        ",\"locationId\":",
        ",\"networkSiteId\":",
        ",\"reverseNumberLookupOptions\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamsAdministration.updateNumber(Collection(microsoft.graph.teamsAdministration.numberAssignment))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "telephone_number", &self.telephone_number);
        d.field(1usize, "location_id", &self.location_id);
        d.field(2usize, "network_site_id", &self.network_site_id);
        d.field(
            3usize,
            "reverse_number_lookup_options",
            &self.reverse_number_lookup_options,
        );
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for NumberAssignmentCollectionUpdateNumberParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.telephone_number.read_from(r),
            1usize => self.location_id.read_from(r),
            2usize => self.network_site_id.read_from(r),
            3usize => self.reverse_number_lookup_options.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.telephone_number);
        w.field(1usize, &self.location_id);
        w.field(2usize, &self.network_site_id);
        w.field(3usize, &self.reverse_number_lookup_options);
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
rt::impl_object!(NumberAssignmentCollectionUpdateNumberParams);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    NumberAssignmentCollectionUpdateNumberParams { with_telephone_number telephone_number
    : ::std::string::String; with_location_id location_id : ::std::string::String;
    with_network_site_id network_site_id : ::std::string::String;
    with_reverse_number_lookup_options reverse_number_lookup_options : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(NumberAssignmentCollectionUpdateNumberParams);
#[cfg(msgraph_v1_core_or_sites)]
/// Parameters of the action `microsoft.graph.copyToNotebook`.
/// - `id`: `Edm.String`
/// - `groupId`: `Edm.String`
/// - `renameAs`: `Edm.String`
/// - `siteCollectionId`: `Edm.String`
/// - `siteId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct OnenoteSectionCopyToNotebookParams {
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `groupId`: `Edm.String`, nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// CSDL: property `renameAs`: `Edm.String`, nullable.
    pub rename_as: rt::Field<::std::string::String>,
    /// CSDL: property `siteCollectionId`: `Edm.String`, nullable.
    pub site_collection_id: rt::Field<::std::string::String>,
    /// CSDL: property `siteId`: `Edm.String`, nullable.
    pub site_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for OnenoteSectionCopyToNotebookParams {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            group_id: rt::Field::Absent,
            rename_as: rt::Field::Absent,
            site_collection_id: rt::Field::Absent,
            site_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for OnenoteSectionCopyToNotebookParams {
    const TYPE_NAME: &'static str = "microsoft.graph.copyToNotebook(microsoft.graph.onenoteSection)";
    const KEYS: &'static [&'static str] = &[
        "id",
        "groupId",
        "renameAs",
        "siteCollectionId",
        "siteId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"groupId\":",
        ",\"renameAs\":",
        ",\"siteCollectionId\":",
        ",\"siteId\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.copyToNotebook(microsoft.graph.onenoteSection)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "group_id", &self.group_id);
        d.field(2usize, "rename_as", &self.rename_as);
        d.field(3usize, "site_collection_id", &self.site_collection_id);
        d.field(4usize, "site_id", &self.site_id);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for OnenoteSectionCopyToNotebookParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.group_id.read_from(r),
            2usize => self.rename_as.read_from(r),
            3usize => self.site_collection_id.read_from(r),
            4usize => self.site_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.group_id);
        w.field(2usize, &self.rename_as);
        w.field(3usize, &self.site_collection_id);
        w.field(4usize, &self.site_id);
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
rt::impl_object!(OnenoteSectionCopyToNotebookParams);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    OnenoteSectionCopyToNotebookParams { with_id id : ::std::string::String;
    with_group_id group_id : ::std::string::String; with_rename_as rename_as :
    ::std::string::String; with_site_collection_id site_collection_id :
    ::std::string::String; with_site_id site_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenoteSectionCopyToNotebookParams);
#[cfg(msgraph_v1_core_or_sites)]
/// Parameters of the action `microsoft.graph.copyToSection`.
/// - `id`: `Edm.String`
/// - `groupId`: `Edm.String`
/// - `siteCollectionId`: `Edm.String`
/// - `siteId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct OnenotePageCopyToSectionParams {
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `groupId`: `Edm.String`, nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// CSDL: property `siteCollectionId`: `Edm.String`, nullable.
    pub site_collection_id: rt::Field<::std::string::String>,
    /// CSDL: property `siteId`: `Edm.String`, nullable.
    pub site_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for OnenotePageCopyToSectionParams {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            group_id: rt::Field::Absent,
            site_collection_id: rt::Field::Absent,
            site_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for OnenotePageCopyToSectionParams {
    const TYPE_NAME: &'static str = "microsoft.graph.copyToSection(microsoft.graph.onenotePage)";
    const KEYS: &'static [&'static str] = &[
        "id",
        "groupId",
        "siteCollectionId",
        "siteId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"groupId\":",
        ",\"siteCollectionId\":",
        ",\"siteId\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.copyToSection(microsoft.graph.onenotePage)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "group_id", &self.group_id);
        d.field(2usize, "site_collection_id", &self.site_collection_id);
        d.field(3usize, "site_id", &self.site_id);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for OnenotePageCopyToSectionParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.group_id.read_from(r),
            2usize => self.site_collection_id.read_from(r),
            3usize => self.site_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.group_id);
        w.field(2usize, &self.site_collection_id);
        w.field(3usize, &self.site_id);
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
rt::impl_object!(OnenotePageCopyToSectionParams);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    OnenotePageCopyToSectionParams { with_id id : ::std::string::String; with_group_id
    group_id : ::std::string::String; with_site_collection_id site_collection_id :
    ::std::string::String; with_site_id site_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenotePageCopyToSectionParams);
#[cfg(msgraph_v1_core_or_sites)]
/// Parameters of the action `microsoft.graph.copyToSectionGroup`.
/// - `id`: `Edm.String`
/// - `groupId`: `Edm.String`
/// - `renameAs`: `Edm.String`
/// - `siteCollectionId`: `Edm.String`
/// - `siteId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct OnenoteSectionCopyToSectionGroupParams {
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `groupId`: `Edm.String`, nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// CSDL: property `renameAs`: `Edm.String`, nullable.
    pub rename_as: rt::Field<::std::string::String>,
    /// CSDL: property `siteCollectionId`: `Edm.String`, nullable.
    pub site_collection_id: rt::Field<::std::string::String>,
    /// CSDL: property `siteId`: `Edm.String`, nullable.
    pub site_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for OnenoteSectionCopyToSectionGroupParams {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            group_id: rt::Field::Absent,
            rename_as: rt::Field::Absent,
            site_collection_id: rt::Field::Absent,
            site_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for OnenoteSectionCopyToSectionGroupParams {
    const TYPE_NAME: &'static str = "microsoft.graph.copyToSectionGroup(microsoft.graph.onenoteSection)";
    const KEYS: &'static [&'static str] = &[
        "id",
        "groupId",
        "renameAs",
        "siteCollectionId",
        "siteId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"groupId\":",
        ",\"renameAs\":",
        ",\"siteCollectionId\":",
        ",\"siteId\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.copyToSectionGroup(microsoft.graph.onenoteSection)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "group_id", &self.group_id);
        d.field(2usize, "rename_as", &self.rename_as);
        d.field(3usize, "site_collection_id", &self.site_collection_id);
        d.field(4usize, "site_id", &self.site_id);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for OnenoteSectionCopyToSectionGroupParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.group_id.read_from(r),
            2usize => self.rename_as.read_from(r),
            3usize => self.site_collection_id.read_from(r),
            4usize => self.site_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.group_id);
        w.field(2usize, &self.rename_as);
        w.field(3usize, &self.site_collection_id);
        w.field(4usize, &self.site_id);
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
rt::impl_object!(OnenoteSectionCopyToSectionGroupParams);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    OnenoteSectionCopyToSectionGroupParams { with_id id : ::std::string::String;
    with_group_id group_id : ::std::string::String; with_rename_as rename_as :
    ::std::string::String; with_site_collection_id site_collection_id :
    ::std::string::String; with_site_id site_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenoteSectionCopyToSectionGroupParams);
#[cfg(msgraph_v1_core_or_communications)]
/// Parameters of the action `microsoft.graph.createOrGet`.
/// - `chatInfo`: `microsoft.graph.chatInfo`
/// - `endDateTime`: `Edm.DateTimeOffset`
/// - `externalId`: `Edm.String`
/// - `participants`: `microsoft.graph.meetingParticipants`
/// - `startDateTime`: `Edm.DateTimeOffset`
/// - `subject`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct OnlineMeetingCollectionCreateOrGetParams {
    /// CSDL: property `chatInfo`: `microsoft.graph.chatInfo`, nullable.
    pub chat_info: rt::Field<crate::v1::ChatInfo>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `externalId`: `Edm.String`, not nullable.
    pub external_id: rt::Field<::std::string::String>,
    /// CSDL: property `participants`: `microsoft.graph.meetingParticipants`, nullable.
    pub participants: rt::Field<crate::v1::MeetingParticipants>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::default::Default for OnlineMeetingCollectionCreateOrGetParams {
    #[inline]
    fn default() -> Self {
        Self {
            chat_info: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            external_id: rt::Field::Absent,
            participants: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            subject: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::Object for OnlineMeetingCollectionCreateOrGetParams {
    const TYPE_NAME: &'static str = "microsoft.graph.createOrGet(Collection(microsoft.graph.onlineMeeting))";
    const KEYS: &'static [&'static str] = &[
        "chatInfo",
        "endDateTime",
        "externalId",
        "participants",
        "startDateTime",
        "subject",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"chatInfo\":",
        ",\"endDateTime\":",
        ",\"externalId\":",
        ",\"participants\":",
        ",\"startDateTime\":",
        ",\"subject\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.createOrGet(Collection(microsoft.graph.onlineMeeting))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "chat_info", &self.chat_info);
        d.field(1usize, "end_date_time", &self.end_date_time);
        d.field(2usize, "external_id", &self.external_id);
        d.field(3usize, "participants", &self.participants);
        d.field(4usize, "start_date_time", &self.start_date_time);
        d.field(5usize, "subject", &self.subject);
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::object::Members for OnlineMeetingCollectionCreateOrGetParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.chat_info.read_from(r),
            1usize => self.end_date_time.read_from(r),
            2usize => self.external_id.read_from(r),
            3usize => self.participants.read_from(r),
            4usize => self.start_date_time.read_from(r),
            5usize => self.subject.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.chat_info);
        w.field(1usize, &self.end_date_time);
        w.field(2usize, &self.external_id);
        w.field(3usize, &self.participants);
        w.field(4usize, &self.start_date_time);
        w.field(5usize, &self.subject);
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
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_object!(OnlineMeetingCollectionCreateOrGetParams);
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_setters!(
    OnlineMeetingCollectionCreateOrGetParams { with_chat_info chat_info : crate
    ::v1::ChatInfo; with_end_date_time end_date_time : rt::edm::DateTimeOffset;
    with_external_id external_id : ::std::string::String; with_participants participants
    : crate ::v1::MeetingParticipants; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_subject subject : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnlineMeetingCollectionCreateOrGetParams);
#[cfg(msgraph_v1_core_or_sites)]
/// Parameters of the action `microsoft.graph.onenotePatchContent`.
/// - `commands`: `Collection(microsoft.graph.onenotePatchContentCommand)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct OnenotePageOnenotePatchContentParams {
    /// CSDL: property `commands`: `Collection(microsoft.graph.onenotePatchContentCommand)`, nullable.
    pub commands: rt::Field<::std::vec::Vec<crate::v1::OnenotePatchContentCommand>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for OnenotePageOnenotePatchContentParams {
    #[inline]
    fn default() -> Self {
        Self {
            commands: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for OnenotePageOnenotePatchContentParams {
    const TYPE_NAME: &'static str = "microsoft.graph.onenotePatchContent(microsoft.graph.onenotePage)";
    const KEYS: &'static [&'static str] = &["commands"];
    const KEYS_JSON: &'static [&'static str] = &[",\"commands\":"];
    const TAG: &'static str = "\"#microsoft.graph.onenotePatchContent(microsoft.graph.onenotePage)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "commands", &self.commands);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for OnenotePageOnenotePatchContentParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.commands.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.commands);
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
rt::impl_object!(OnenotePageOnenotePatchContentParams);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    OnenotePageOnenotePatchContentParams { with_commands commands : ::std::vec::Vec <
    crate ::v1::OnenotePatchContentCommand >; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenotePageOnenotePatchContentParams);
#[cfg(msgraph_v1_core_or_communications)]
/// Parameters of the action `microsoft.graph.sendVirtualAppointmentReminderSms`.
/// - `remindBeforeTimeInMinutesType`: `microsoft.graph.remindBeforeTimeInMinutesType`
/// - `attendees`: `Collection(microsoft.graph.attendeeNotificationInfo)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct OnlineMeetingSendVirtualAppointmentReminderSmsParams {
    /// CSDL: property `remindBeforeTimeInMinutesType`: `microsoft.graph.remindBeforeTimeInMinutesType`, nullable.
    pub remind_before_time_in_minutes_type: rt::Field<
        crate::v1::RemindBeforeTimeInMinutesType,
    >,
    /// CSDL: property `attendees`: `Collection(microsoft.graph.attendeeNotificationInfo)`, nullable.
    pub attendees: rt::Field<::std::vec::Vec<crate::v1::AttendeeNotificationInfo>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::default::Default for OnlineMeetingSendVirtualAppointmentReminderSmsParams {
    #[inline]
    fn default() -> Self {
        Self {
            remind_before_time_in_minutes_type: rt::Field::Absent,
            attendees: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::Object for OnlineMeetingSendVirtualAppointmentReminderSmsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sendVirtualAppointmentReminderSms(microsoft.graph.onlineMeeting)";
    const KEYS: &'static [&'static str] = &[
        "remindBeforeTimeInMinutesType",
        "attendees",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"remindBeforeTimeInMinutesType\":",
        ",\"attendees\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sendVirtualAppointmentReminderSms(microsoft.graph.onlineMeeting)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(
            0usize,
            "remind_before_time_in_minutes_type",
            &self.remind_before_time_in_minutes_type,
        );
        d.field(1usize, "attendees", &self.attendees);
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::object::Members for OnlineMeetingSendVirtualAppointmentReminderSmsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.remind_before_time_in_minutes_type.read_from(r),
            1usize => self.attendees.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.remind_before_time_in_minutes_type);
        w.field(1usize, &self.attendees);
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
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_object!(OnlineMeetingSendVirtualAppointmentReminderSmsParams);
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_setters!(
    OnlineMeetingSendVirtualAppointmentReminderSmsParams {
    with_remind_before_time_in_minutes_type remind_before_time_in_minutes_type : crate
    ::v1::RemindBeforeTimeInMinutesType; with_attendees attendees : ::std::vec::Vec <
    crate ::v1::AttendeeNotificationInfo >; }
);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnlineMeetingSendVirtualAppointmentReminderSmsParams);
#[cfg(msgraph_v1_core_or_communications)]
/// Parameters of the action `microsoft.graph.sendVirtualAppointmentSms`.
/// - `messageType`: `microsoft.graph.virtualAppointmentMessageType`
/// - `attendees`: `Collection(microsoft.graph.attendeeNotificationInfo)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct OnlineMeetingSendVirtualAppointmentSmsParams {
    /// CSDL: property `messageType`: `microsoft.graph.virtualAppointmentMessageType`, nullable.
    pub message_type: rt::Field<crate::v1::VirtualAppointmentMessageType>,
    /// CSDL: property `attendees`: `Collection(microsoft.graph.attendeeNotificationInfo)`, nullable.
    pub attendees: rt::Field<::std::vec::Vec<crate::v1::AttendeeNotificationInfo>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::default::Default for OnlineMeetingSendVirtualAppointmentSmsParams {
    #[inline]
    fn default() -> Self {
        Self {
            message_type: rt::Field::Absent,
            attendees: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::Object for OnlineMeetingSendVirtualAppointmentSmsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sendVirtualAppointmentSms(microsoft.graph.onlineMeeting)";
    const KEYS: &'static [&'static str] = &["messageType", "attendees"];
    const KEYS_JSON: &'static [&'static str] = &[",\"messageType\":", ",\"attendees\":"];
    const TAG: &'static str = "\"#microsoft.graph.sendVirtualAppointmentSms(microsoft.graph.onlineMeeting)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "message_type", &self.message_type);
        d.field(1usize, "attendees", &self.attendees);
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::object::Members for OnlineMeetingSendVirtualAppointmentSmsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message_type.read_from(r),
            1usize => self.attendees.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message_type);
        w.field(1usize, &self.attendees);
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
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_object!(OnlineMeetingSendVirtualAppointmentSmsParams);
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_setters!(
    OnlineMeetingSendVirtualAppointmentSmsParams { with_message_type message_type : crate
    ::v1::VirtualAppointmentMessageType; with_attendees attendees : ::std::vec::Vec <
    crate ::v1::AttendeeNotificationInfo >; }
);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnlineMeetingSendVirtualAppointmentSmsParams);
