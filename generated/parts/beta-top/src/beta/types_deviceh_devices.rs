//! Types of `microsoft.graph` by the first letters of their names (`deviceh_devices`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// Intune will provide customer the ability to run their Powershell Health scripts (remediation + detection) on the enrolled windows 10 Azure Active Directory joined devices.
///
/// CSDL: `microsoft.graph.deviceHealthScript`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceHealthScriptPath`](requests/trait.DeviceHealthScriptPath.html), what a path to one (`EntityPath<DeviceHealthScript, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceHealthScript {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The timestamp of when the device health script was created. This property is read-only.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Description of the device health script
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The entire content of the detection powershell script
    ///
    /// CSDL: property `detectionScriptContent`: `Edm.Binary`, nullable.
    pub detection_script_content: rt::Field<rt::edm::Binary>,
    /// List of ComplexType DetectionScriptParameters objects.
    ///
    /// CSDL: property `detectionScriptParameters`: `Collection(microsoft.graph.deviceHealthScriptParameter)`, nullable.
    pub detection_script_parameters: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceHealthScriptParameter>,
    >,
    /// Name of the device health script
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Indicate whether the script signature needs be checked
    ///
    /// CSDL: property `enforceSignatureCheck`: `Edm.Boolean`, not nullable.
    pub enforce_signature_check: rt::Field<bool>,
    /// Highest available version for a Microsoft Proprietary script
    ///
    /// CSDL: property `highestAvailableVersion`: `Edm.String`, nullable.
    pub highest_available_version: rt::Field<::std::string::String>,
    /// Determines if this is Microsoft Proprietary Script. Proprietary scripts are read-only
    ///
    /// CSDL: property `isGlobalScript`: `Edm.Boolean`, not nullable.
    pub is_global_script: rt::Field<bool>,
    /// The timestamp of when the device health script was modified. This property is read-only.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Name of the device health script publisher
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// The entire content of the remediation powershell script
    ///
    /// CSDL: property `remediationScriptContent`: `Edm.Binary`, nullable.
    pub remediation_script_content: rt::Field<rt::edm::Binary>,
    /// List of ComplexType RemediationScriptParameters objects.
    ///
    /// CSDL: property `remediationScriptParameters`: `Collection(microsoft.graph.deviceHealthScriptParameter)`, nullable.
    pub remediation_script_parameters: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceHealthScriptParameter>,
    >,
    /// List of Scope Tag IDs for the device health script
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Indicate whether PowerShell script(s) should run as 32-bit
    ///
    /// CSDL: property `runAs32Bit`: `Edm.Boolean`, not nullable.
    pub run_as32_bit: rt::Field<bool>,
    /// Indicates the type of execution context
    ///
    /// CSDL: property `runAsAccount`: `microsoft.graph.runAsAccountType`, not nullable.
    pub run_as_account: rt::Field<crate::beta::RunAsAccountType>,
    /// Version of the device health script
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// The list of group assignments for the device health script
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceHealthScriptAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceHealthScriptAssignment>,
    >,
    /// List of run states for the device health script across all devices
    ///
    /// CSDL: containment navigation property `deviceRunStates`: `Collection(microsoft.graph.deviceHealthScriptDeviceState)`, not nullable.
    pub device_run_states: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceHealthScriptDeviceState>,
    >,
    /// High level run summary for device health script.
    ///
    /// CSDL: containment navigation property `runSummary`: `microsoft.graph.deviceHealthScriptRunSummary`, nullable.
    pub run_summary: rt::Field<crate::beta::DeviceHealthScriptRunSummary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceHealthScript {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            detection_script_content: rt::Field::Absent,
            detection_script_parameters: rt::Field::Absent,
            display_name: rt::Field::Absent,
            enforce_signature_check: rt::Field::Absent,
            highest_available_version: rt::Field::Absent,
            is_global_script: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            publisher: rt::Field::Absent,
            remediation_script_content: rt::Field::Absent,
            remediation_script_parameters: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            run_as32_bit: rt::Field::Absent,
            run_as_account: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_run_states: rt::Field::Absent,
            run_summary: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceHealthScript {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceHealthScript";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "detectionScriptContent",
        "detectionScriptParameters",
        "displayName",
        "enforceSignatureCheck",
        "highestAvailableVersion",
        "isGlobalScript",
        "lastModifiedDateTime",
        "publisher",
        "remediationScriptContent",
        "remediationScriptParameters",
        "roleScopeTagIds",
        "runAs32Bit",
        "runAsAccount",
        "version",
        "assignments",
        "deviceRunStates",
        "runSummary",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"detectionScriptContent\":       ",
        ",\"detectionScriptParameters\":    ",
        ",\"displayName\":                  ",
        ",\"enforceSignatureCheck\":        ",
        ",\"highestAvailableVersion\":      ",
        ",\"isGlobalScript\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"publisher\":                    ",
        ",\"remediationScriptContent\":     ",
        ",\"remediationScriptParameters\":  ",
        ",\"roleScopeTagIds\":              ",
        ",\"runAs32Bit\":                   ",
        ",\"runAsAccount\":                 ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceRunStates\":              ",
        ",\"runSummary\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceHealthScript\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "detection_script_content", &self.detection_script_content);
        v.field(
            4usize,
            "detection_script_parameters",
            &self.detection_script_parameters,
        );
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "enforce_signature_check", &self.enforce_signature_check);
        v.field(7usize, "highest_available_version", &self.highest_available_version);
        v.field(8usize, "is_global_script", &self.is_global_script);
        v.field(9usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(10usize, "publisher", &self.publisher);
        v.field(11usize, "remediation_script_content", &self.remediation_script_content);
        v.field(
            12usize,
            "remediation_script_parameters",
            &self.remediation_script_parameters,
        );
        v.field(13usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(14usize, "run_as32_bit", &self.run_as32_bit);
        v.field(15usize, "run_as_account", &self.run_as_account);
        v.field(16usize, "version", &self.version);
        v.field(17usize, "assignments", &self.assignments);
        v.field(18usize, "device_run_states", &self.device_run_states);
        v.field(19usize, "run_summary", &self.run_summary);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceHealthScript {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.detection_script_content.read_from(r),
            4usize => self.detection_script_parameters.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.enforce_signature_check.read_from(r),
            7usize => self.highest_available_version.read_from(r),
            8usize => self.is_global_script.read_from(r),
            9usize => self.last_modified_date_time.read_from(r),
            10usize => self.publisher.read_from(r),
            11usize => self.remediation_script_content.read_from(r),
            12usize => self.remediation_script_parameters.read_from(r),
            13usize => self.role_scope_tag_ids.read_from(r),
            14usize => self.run_as32_bit.read_from(r),
            15usize => self.run_as_account.read_from(r),
            16usize => self.version.read_from(r),
            17usize => self.assignments.read_from(r),
            18usize => self.device_run_states.read_from(r),
            19usize => self.run_summary.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.detection_script_content);
        w.field(4usize, &self.detection_script_parameters);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.enforce_signature_check);
        w.field(7usize, &self.highest_available_version);
        w.field(8usize, &self.is_global_script);
        w.field(9usize, &self.last_modified_date_time);
        w.field(10usize, &self.publisher);
        w.field(11usize, &self.remediation_script_content);
        w.field(12usize, &self.remediation_script_parameters);
        w.field(13usize, &self.role_scope_tag_ids);
        w.field(14usize, &self.run_as32_bit);
        w.field(15usize, &self.run_as_account);
        w.field(16usize, &self.version);
        w.field(17usize, &self.assignments);
        w.field(18usize, &self.device_run_states);
        w.field(19usize, &self.run_summary);
    }
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
rt::impl_object!(DeviceHealthScript);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceHealthScript { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_detection_script_content detection_script_content :
    rt::edm::Binary; with_detection_script_parameters detection_script_parameters :
    ::std::vec::Vec < crate ::beta::AnyDeviceHealthScriptParameter >; with_display_name
    display_name : ::std::string::String; with_enforce_signature_check
    enforce_signature_check : bool; with_highest_available_version
    highest_available_version : ::std::string::String; with_is_global_script
    is_global_script : bool; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_publisher publisher : ::std::string::String;
    with_remediation_script_content remediation_script_content : rt::edm::Binary;
    with_remediation_script_parameters remediation_script_parameters : ::std::vec::Vec <
    crate ::beta::AnyDeviceHealthScriptParameter >; with_role_scope_tag_ids
    role_scope_tag_ids : ::std::vec::Vec < ::std::string::String >; with_run_as32_bit
    run_as32_bit : bool; with_run_as_account run_as_account : crate
    ::beta::RunAsAccountType; with_version version : ::std::string::String;
    with_assignments assignments : ::std::vec::Vec < crate
    ::beta::DeviceHealthScriptAssignment >; with_device_run_states device_run_states :
    ::std::vec::Vec < crate ::beta::DeviceHealthScriptDeviceState >; with_run_summary
    run_summary : crate ::beta::DeviceHealthScriptRunSummary; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceHealthScript);
#[cfg(msgraph_beta_device_management_or_search)]
/// Contains properties for device run state of the device health script.
///
/// CSDL: `microsoft.graph.deviceHealthScriptDeviceState`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceHealthScriptDeviceStatePath`](requests/trait.DeviceHealthScriptDeviceStatePath.html), what a path to one (`EntityPath<DeviceHealthScriptDeviceState, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceHealthScriptDeviceState {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// A list of the assignment filter ids used for health script applicability evaluation
    ///
    /// CSDL: property `assignmentFilterIds`: `Collection(Edm.String)`, nullable.
    pub assignment_filter_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Detection state from the lastest device health script execution
    ///
    /// CSDL: property `detectionState`: `microsoft.graph.runState`, not nullable.
    pub detection_state: rt::Field<crate::beta::RunState>,
    /// The next timestamp of when the device health script is expected to execute
    ///
    /// CSDL: property `expectedStateUpdateDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expected_state_update_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The last timestamp of when the device health script executed
    ///
    /// CSDL: property `lastStateUpdateDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_state_update_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The last time that Intune Managment Extension synced with Intune
    ///
    /// CSDL: property `lastSyncDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Error from the detection script after remediation
    ///
    /// CSDL: property `postRemediationDetectionScriptError`: `Edm.String`, nullable.
    pub post_remediation_detection_script_error: rt::Field<::std::string::String>,
    /// Detection script output after remediation
    ///
    /// CSDL: property `postRemediationDetectionScriptOutput`: `Edm.String`, nullable.
    pub post_remediation_detection_script_output: rt::Field<::std::string::String>,
    /// Error from the detection script before remediation
    ///
    /// CSDL: property `preRemediationDetectionScriptError`: `Edm.String`, nullable.
    pub pre_remediation_detection_script_error: rt::Field<::std::string::String>,
    /// Output of the detection script before remediation
    ///
    /// CSDL: property `preRemediationDetectionScriptOutput`: `Edm.String`, nullable.
    pub pre_remediation_detection_script_output: rt::Field<::std::string::String>,
    /// Error output of the remediation script
    ///
    /// CSDL: property `remediationScriptError`: `Edm.String`, nullable.
    pub remediation_script_error: rt::Field<::std::string::String>,
    /// Remediation state from the lastest device health script execution
    ///
    /// CSDL: property `remediationState`: `microsoft.graph.remediationState`, not nullable.
    pub remediation_state: rt::Field<crate::beta::RemediationState>,
    /// The managed device on which the device health script executed
    ///
    /// CSDL: navigation property `managedDevice`: `microsoft.graph.managedDevice`, nullable.
    pub managed_device: rt::Field<crate::beta::AnyManagedDevice>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceHealthScriptDeviceState {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            assignment_filter_ids: rt::Field::Absent,
            detection_state: rt::Field::Absent,
            expected_state_update_date_time: rt::Field::Absent,
            last_state_update_date_time: rt::Field::Absent,
            last_sync_date_time: rt::Field::Absent,
            post_remediation_detection_script_error: rt::Field::Absent,
            post_remediation_detection_script_output: rt::Field::Absent,
            pre_remediation_detection_script_error: rt::Field::Absent,
            pre_remediation_detection_script_output: rt::Field::Absent,
            remediation_script_error: rt::Field::Absent,
            remediation_state: rt::Field::Absent,
            managed_device: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceHealthScriptDeviceState {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceHealthScriptDeviceState";
    const KEYS: &'static [&'static str] = &[
        "id",
        "assignmentFilterIds",
        "detectionState",
        "expectedStateUpdateDateTime",
        "lastStateUpdateDateTime",
        "lastSyncDateTime",
        "postRemediationDetectionScriptError",
        "postRemediationDetectionScriptOutput",
        "preRemediationDetectionScriptError",
        "preRemediationDetectionScriptOutput",
        "remediationScriptError",
        "remediationState",
        "managedDevice",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"assignmentFilterIds\":          ",
        ",\"detectionState\":               ",
        ",\"expectedStateUpdateDateTime\":  ",
        ",\"lastStateUpdateDateTime\":      ",
        ",\"lastSyncDateTime\":             ",
        ",\"postRemediationDetectionScriptError\":",
        ",\"postRemediationDetectionScriptOutput\":",
        ",\"preRemediationDetectionScriptError\":",
        ",\"preRemediationDetectionScriptOutput\":",
        ",\"remediationScriptError\":       ",
        ",\"remediationState\":             ",
        ",\"managedDevice\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceHealthScriptDeviceState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "assignment_filter_ids", &self.assignment_filter_ids);
        v.field(2usize, "detection_state", &self.detection_state);
        v.field(
            3usize,
            "expected_state_update_date_time",
            &self.expected_state_update_date_time,
        );
        v.field(
            4usize,
            "last_state_update_date_time",
            &self.last_state_update_date_time,
        );
        v.field(5usize, "last_sync_date_time", &self.last_sync_date_time);
        v.field(
            6usize,
            "post_remediation_detection_script_error",
            &self.post_remediation_detection_script_error,
        );
        v.field(
            7usize,
            "post_remediation_detection_script_output",
            &self.post_remediation_detection_script_output,
        );
        v.field(
            8usize,
            "pre_remediation_detection_script_error",
            &self.pre_remediation_detection_script_error,
        );
        v.field(
            9usize,
            "pre_remediation_detection_script_output",
            &self.pre_remediation_detection_script_output,
        );
        v.field(10usize, "remediation_script_error", &self.remediation_script_error);
        v.field(11usize, "remediation_state", &self.remediation_state);
        v.field(12usize, "managed_device", &self.managed_device);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceHealthScriptDeviceState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.assignment_filter_ids.read_from(r),
            2usize => self.detection_state.read_from(r),
            3usize => self.expected_state_update_date_time.read_from(r),
            4usize => self.last_state_update_date_time.read_from(r),
            5usize => self.last_sync_date_time.read_from(r),
            6usize => self.post_remediation_detection_script_error.read_from(r),
            7usize => self.post_remediation_detection_script_output.read_from(r),
            8usize => self.pre_remediation_detection_script_error.read_from(r),
            9usize => self.pre_remediation_detection_script_output.read_from(r),
            10usize => self.remediation_script_error.read_from(r),
            11usize => self.remediation_state.read_from(r),
            12usize => self.managed_device.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.assignment_filter_ids);
        w.field(2usize, &self.detection_state);
        w.field(3usize, &self.expected_state_update_date_time);
        w.field(4usize, &self.last_state_update_date_time);
        w.field(5usize, &self.last_sync_date_time);
        w.field(6usize, &self.post_remediation_detection_script_error);
        w.field(7usize, &self.post_remediation_detection_script_output);
        w.field(8usize, &self.pre_remediation_detection_script_error);
        w.field(9usize, &self.pre_remediation_detection_script_output);
        w.field(10usize, &self.remediation_script_error);
        w.field(11usize, &self.remediation_state);
        w.field(12usize, &self.managed_device);
    }
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
rt::impl_object!(DeviceHealthScriptDeviceState);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceHealthScriptDeviceState { with_id id : ::std::string::String;
    with_assignment_filter_ids assignment_filter_ids : ::std::vec::Vec <
    ::std::string::String >; with_detection_state detection_state : crate
    ::beta::RunState; with_expected_state_update_date_time
    expected_state_update_date_time : rt::edm::DateTimeOffset;
    with_last_state_update_date_time last_state_update_date_time :
    rt::edm::DateTimeOffset; with_last_sync_date_time last_sync_date_time :
    rt::edm::DateTimeOffset; with_post_remediation_detection_script_error
    post_remediation_detection_script_error : ::std::string::String;
    with_post_remediation_detection_script_output
    post_remediation_detection_script_output : ::std::string::String;
    with_pre_remediation_detection_script_error pre_remediation_detection_script_error :
    ::std::string::String; with_pre_remediation_detection_script_output
    pre_remediation_detection_script_output : ::std::string::String;
    with_remediation_script_error remediation_script_error : ::std::string::String;
    with_remediation_state remediation_state : crate ::beta::RemediationState;
    with_managed_device managed_device : crate ::beta::AnyManagedDevice; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceHealthScriptDeviceState);
#[cfg(msgraph_beta_device_management_or_search)]
/// Singleton entity that acts as a container for Android for Work settings functionality under device management.
///
/// CSDL: `microsoft.graph.deviceManagement`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceManagementPath`](requests/trait.DeviceManagementPath.html), what a path to one (`EntityPath<DeviceManagement, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagement {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The last requested time of device compliance reporting for this account. This property is read-only.
    ///
    /// CSDL: property `deviceComplianceReportSummarizationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub device_compliance_report_summarization_date_time: rt::Field<
        rt::edm::DateTimeOffset,
    >,
    /// Intune Account Id for given tenant
    ///
    /// CSDL: property `intuneAccountId`: `Edm.Guid`, not nullable.
    pub intune_account_id: rt::Field<rt::edm::Guid>,
    /// The last modified time of reporting for this account. This property is read-only.
    ///
    /// CSDL: property `lastReportAggregationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_report_aggregation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The property to enable Non-MDM managed legacy PC management for this account. This property is read-only.
    ///
    /// CSDL: property `legacyPcManangementEnabled`: `Edm.Boolean`, not nullable.
    pub legacy_pc_manangement_enabled: rt::Field<bool>,
    /// Maximum number of dep tokens allowed per-tenant.
    ///
    /// CSDL: property `maximumDepTokens`: `Edm.Int32`, not nullable.
    pub maximum_dep_tokens: rt::Field<i32>,
    /// Account level settings.
    ///
    /// CSDL: property `settings`: `microsoft.graph.deviceManagementSettings`, nullable.
    pub settings: rt::Field<crate::beta::DeviceManagementSettings>,
    /// When enabled, users assigned as administrators via Role Assignment Memberships do not require an assigned Intune license. Prior to this, only Intune licensed users were granted permissions with an Intune role unless they were assigned a role via Azure Active Directory. You are limited to 350 unlicensed direct members for each AAD security group in a role assignment, but you can assign multiple AAD security groups to a role if you need to support more than 350 unlicensed administrators. Licensed administrators are unaffected, do not have to be direct members, nor does the 350 member limit apply. This property is read-only.
    ///
    /// CSDL: property `unlicensedAdminstratorsEnabled`: `Edm.Boolean`, not nullable.
    pub unlicensed_adminstrators_enabled: rt::Field<bool>,
    /// intuneBrand contains data which is used in customizing the appearance of the Company Portal applications as well as the end user web portal.
    ///
    /// CSDL: property `intuneBrand`: `microsoft.graph.intuneBrand`, nullable.
    pub intune_brand: rt::Field<crate::beta::IntuneBrand>,
    /// The date & time when tenant data moved between scaleunits.
    ///
    /// CSDL: property `accountMoveCompletionDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub account_move_completion_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Admin consent information.
    ///
    /// CSDL: property `adminConsent`: `microsoft.graph.adminConsent`, nullable.
    pub admin_consent: rt::Field<crate::beta::AdminConsent>,
    /// Device protection overview.
    ///
    /// CSDL: property `deviceProtectionOverview`: `microsoft.graph.deviceProtectionOverview`, nullable.
    pub device_protection_overview: rt::Field<crate::beta::DeviceProtectionOverview>,
    /// Device cleanup rule
    ///
    /// CSDL: property `managedDeviceCleanupSettings`: `microsoft.graph.managedDeviceCleanupSettings`, nullable.
    pub managed_device_cleanup_settings: rt::Field<
        crate::beta::ManagedDeviceCleanupSettings,
    >,
    /// Tenant's Subscription.
    ///
    /// CSDL: property `subscriptions`: `microsoft.graph.deviceManagementSubscriptions`, not nullable.
    pub subscriptions: rt::Field<rt::Flags<crate::beta::DeviceManagementSubscriptions>>,
    /// Tenant mobile device management subscription state.
    ///
    /// CSDL: property `subscriptionState`: `microsoft.graph.deviceManagementSubscriptionState`, not nullable.
    pub subscription_state: rt::Field<crate::beta::DeviceManagementSubscriptionState>,
    /// User experience analytics device settings
    ///
    /// CSDL: property `userExperienceAnalyticsSettings`: `microsoft.graph.userExperienceAnalyticsSettings`, nullable.
    pub user_experience_analytics_settings: rt::Field<
        crate::beta::UserExperienceAnalyticsSettings,
    >,
    /// Malware overview for windows devices.
    ///
    /// CSDL: property `windowsMalwareOverview`: `microsoft.graph.windowsMalwareOverview`, nullable.
    pub windows_malware_overview: rt::Field<crate::beta::WindowsMalwareOverview>,
    /// Android device owner enrollment profile entities.
    ///
    /// CSDL: containment navigation property `androidDeviceOwnerEnrollmentProfiles`: `Collection(microsoft.graph.androidDeviceOwnerEnrollmentProfile)`, not nullable.
    pub android_device_owner_enrollment_profiles: rt::Field<
        ::std::vec::Vec<crate::beta::AndroidDeviceOwnerEnrollmentProfile>,
    >,
    /// CSDL: containment navigation property `virtualEndpoint`: `microsoft.graph.virtualEndpoint`, nullable.
    pub virtual_endpoint: rt::Field<crate::beta::VirtualEndpoint>,
    /// Android for Work app configuration schema entities.
    ///
    /// CSDL: containment navigation property `androidForWorkAppConfigurationSchemas`: `Collection(microsoft.graph.androidForWorkAppConfigurationSchema)`, not nullable.
    pub android_for_work_app_configuration_schemas: rt::Field<
        ::std::vec::Vec<crate::beta::AndroidForWorkAppConfigurationSchema>,
    >,
    /// Android for Work enrollment profile entities.
    ///
    /// CSDL: containment navigation property `androidForWorkEnrollmentProfiles`: `Collection(microsoft.graph.androidForWorkEnrollmentProfile)`, not nullable.
    pub android_for_work_enrollment_profiles: rt::Field<
        ::std::vec::Vec<crate::beta::AndroidForWorkEnrollmentProfile>,
    >,
    /// The singleton Android for Work settings entity.
    ///
    /// CSDL: containment navigation property `androidForWorkSettings`: `microsoft.graph.androidForWorkSettings`, nullable.
    pub android_for_work_settings: rt::Field<crate::beta::AndroidForWorkSettings>,
    /// The singleton Android managed store account enterprise settings entity.
    ///
    /// CSDL: containment navigation property `androidManagedStoreAccountEnterpriseSettings`: `microsoft.graph.androidManagedStoreAccountEnterpriseSettings`, nullable.
    pub android_managed_store_account_enterprise_settings: rt::Field<
        crate::beta::AndroidManagedStoreAccountEnterpriseSettings,
    >,
    /// Android Enterprise app configuration schema entities.
    ///
    /// CSDL: containment navigation property `androidManagedStoreAppConfigurationSchemas`: `Collection(microsoft.graph.androidManagedStoreAppConfigurationSchema)`, not nullable.
    pub android_managed_store_app_configuration_schemas: rt::Field<
        ::std::vec::Vec<crate::beta::AndroidManagedStoreAppConfigurationSchema>,
    >,
    /// The Audit Events
    ///
    /// CSDL: containment navigation property `auditEvents`: `Collection(microsoft.graph.auditEvent)`, not nullable.
    pub audit_events: rt::Field<::std::vec::Vec<crate::beta::AuditEvent>>,
    /// The list of assignment filters
    ///
    /// CSDL: containment navigation property `assignmentFilters`: `Collection(microsoft.graph.deviceAndAppManagementAssignmentFilter)`, not nullable.
    pub assignment_filters: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceAndAppManagementAssignmentFilter>,
    >,
    /// Collection of ChromeOSOnboardingSettings settings associated with account.
    ///
    /// CSDL: containment navigation property `chromeOSOnboardingSettings`: `Collection(microsoft.graph.chromeOSOnboardingSettings)`, not nullable.
    pub chrome_os_onboarding_settings: rt::Field<
        ::std::vec::Vec<crate::beta::ChromeOsOnboardingSettings>,
    >,
    /// The terms and conditions associated with device management of the company.
    ///
    /// CSDL: containment navigation property `termsAndConditions`: `Collection(microsoft.graph.termsAndConditions)`, not nullable.
    pub terms_and_conditions: rt::Field<
        ::std::vec::Vec<crate::beta::TermsAndConditions>,
    >,
    /// The summary state of ATP onboarding state for this account.
    ///
    /// CSDL: containment navigation property `advancedThreatProtectionOnboardingStateSummary`: `microsoft.graph.advancedThreatProtectionOnboardingStateSummary`, nullable.
    pub advanced_threat_protection_onboarding_state_summary: rt::Field<
        crate::beta::AdvancedThreatProtectionOnboardingStateSummary,
    >,
    /// The Cart To Class Associations.
    ///
    /// CSDL: containment navigation property `cartToClassAssociations`: `Collection(microsoft.graph.cartToClassAssociation)`, not nullable.
    pub cart_to_class_associations: rt::Field<
        ::std::vec::Vec<crate::beta::CartToClassAssociation>,
    >,
    /// The device compliance policies.
    ///
    /// CSDL: containment navigation property `deviceCompliancePolicies`: `Collection(microsoft.graph.deviceCompliancePolicy)`, not nullable.
    pub device_compliance_policies: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceCompliancePolicy>,
    >,
    /// The device compliance state summary for this account.
    ///
    /// CSDL: containment navigation property `deviceCompliancePolicyDeviceStateSummary`: `microsoft.graph.deviceCompliancePolicyDeviceStateSummary`, nullable.
    pub device_compliance_policy_device_state_summary: rt::Field<
        crate::beta::DeviceCompliancePolicyDeviceStateSummary,
    >,
    /// The summary states of compliance policy settings for this account.
    ///
    /// CSDL: containment navigation property `deviceCompliancePolicySettingStateSummaries`: `Collection(microsoft.graph.deviceCompliancePolicySettingStateSummary)`, not nullable.
    pub device_compliance_policy_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceCompliancePolicySettingStateSummary>,
    >,
    /// Summary of policies in conflict state for this account.
    ///
    /// CSDL: containment navigation property `deviceConfigurationConflictSummary`: `Collection(microsoft.graph.deviceConfigurationConflictSummary)`, not nullable.
    pub device_configuration_conflict_summary: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationConflictSummary>,
    >,
    /// The device configuration device state summary for this account.
    ///
    /// CSDL: containment navigation property `deviceConfigurationDeviceStateSummaries`: `microsoft.graph.deviceConfigurationDeviceStateSummary`, nullable.
    pub device_configuration_device_state_summaries: rt::Field<
        crate::beta::DeviceConfigurationDeviceStateSummary,
    >,
    /// Restricted apps violations for this account.
    ///
    /// CSDL: containment navigation property `deviceConfigurationRestrictedAppsViolations`: `Collection(microsoft.graph.restrictedAppsViolation)`, not nullable.
    pub device_configuration_restricted_apps_violations: rt::Field<
        ::std::vec::Vec<crate::beta::RestrictedAppsViolation>,
    >,
    /// The device configurations.
    ///
    /// CSDL: containment navigation property `deviceConfigurations`: `Collection(microsoft.graph.deviceConfiguration)`, not nullable.
    pub device_configurations: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceConfiguration>,
    >,
    /// Summary of all certificates for all devices.
    ///
    /// CSDL: containment navigation property `deviceConfigurationsAllManagedDeviceCertificateStates`: `Collection(microsoft.graph.managedAllDeviceCertificateState)`, not nullable.
    pub device_configurations_all_managed_device_certificate_states: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedAllDeviceCertificateState>,
    >,
    /// The device configuration user state summary for this account.
    ///
    /// CSDL: containment navigation property `deviceConfigurationUserStateSummaries`: `microsoft.graph.deviceConfigurationUserStateSummary`, nullable.
    pub device_configuration_user_state_summaries: rt::Field<
        crate::beta::DeviceConfigurationUserStateSummary,
    >,
    /// The IOS software update installation statuses for this account.
    ///
    /// CSDL: containment navigation property `iosUpdateStatuses`: `Collection(microsoft.graph.iosUpdateDeviceStatus)`, not nullable.
    pub ios_update_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::IosUpdateDeviceStatus>,
    >,
    /// The MacOS software update account summaries for this account.
    ///
    /// CSDL: containment navigation property `macOSSoftwareUpdateAccountSummaries`: `Collection(microsoft.graph.macOSSoftwareUpdateAccountSummary)`, not nullable.
    pub mac_os_software_update_account_summaries: rt::Field<
        ::std::vec::Vec<crate::beta::MacOsSoftwareUpdateAccountSummary>,
    >,
    /// Encryption report for devices in this account
    ///
    /// CSDL: containment navigation property `managedDeviceEncryptionStates`: `Collection(microsoft.graph.managedDeviceEncryptionState)`, not nullable.
    pub managed_device_encryption_states: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedDeviceEncryptionState>,
    >,
    /// The collection of Ndes connectors for this account.
    ///
    /// CSDL: containment navigation property `ndesConnectors`: `Collection(microsoft.graph.ndesConnector)`, not nullable.
    pub ndes_connectors: rt::Field<::std::vec::Vec<crate::beta::NdesConnector>>,
    /// The software update status summary.
    ///
    /// CSDL: navigation property `softwareUpdateStatusSummary`: `microsoft.graph.softwareUpdateStatusSummary`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_search)]
    pub software_update_status_summary: rt::Field<
        crate::beta::SoftwareUpdateStatusSummary,
    >,
    /// List of all Configuration Categories
    ///
    /// CSDL: containment navigation property `configurationCategories`: `Collection(microsoft.graph.deviceManagementConfigurationCategory)`, not nullable.
    pub configuration_categories: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementConfigurationCategory>,
    >,
    /// List of all Configuration policies
    ///
    /// CSDL: containment navigation property `configurationPolicies`: `Collection(microsoft.graph.deviceManagementConfigurationPolicy)`, not nullable.
    pub configuration_policies: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementConfigurationPolicy>,
    >,
    /// List of all templates
    ///
    /// CSDL: containment navigation property `configurationPolicyTemplates`: `Collection(microsoft.graph.deviceManagementConfigurationPolicyTemplate)`, not nullable.
    pub configuration_policy_templates: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementConfigurationPolicyTemplate>,
    >,
    /// List of all ConfigurationSettings
    ///
    /// CSDL: containment navigation property `configurationSettings`: `Collection(microsoft.graph.deviceManagementConfigurationSettingDefinition)`, not nullable.
    pub configuration_settings: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceManagementConfigurationSettingDefinition>,
    >,
    /// List of all reusable settings that can be referred in a policy
    ///
    /// CSDL: containment navigation property `reusablePolicySettings`: `Collection(microsoft.graph.deviceManagementReusablePolicySetting)`, not nullable.
    pub reusable_policy_settings: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementReusablePolicySetting>,
    >,
    /// List of all reusable settings
    ///
    /// CSDL: containment navigation property `reusableSettings`: `Collection(microsoft.graph.deviceManagementConfigurationSettingDefinition)`, not nullable.
    pub reusable_settings: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceManagementConfigurationSettingDefinition>,
    >,
    /// List of all TemplateSettings
    ///
    /// CSDL: containment navigation property `templateSettings`: `Collection(microsoft.graph.deviceManagementConfigurationSettingTemplate)`, not nullable.
    pub template_settings: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementConfigurationSettingTemplate>,
    >,
    /// The list of Compliance Management Partners configured by the tenant.
    ///
    /// CSDL: containment navigation property `complianceManagementPartners`: `Collection(microsoft.graph.complianceManagementPartner)`, not nullable.
    pub compliance_management_partners: rt::Field<
        ::std::vec::Vec<crate::beta::ComplianceManagementPartner>,
    >,
    /// The Exchange on premises conditional access settings. On premises conditional access will require devices to be both enrolled and compliant for mail access
    ///
    /// CSDL: containment navigation property `conditionalAccessSettings`: `microsoft.graph.onPremisesConditionalAccessSettings`, nullable.
    pub conditional_access_settings: rt::Field<
        crate::beta::OnPremisesConditionalAccessSettings,
    >,
    /// The list of device categories with the tenant.
    ///
    /// CSDL: containment navigation property `deviceCategories`: `Collection(microsoft.graph.deviceCategory)`, not nullable.
    pub device_categories: rt::Field<::std::vec::Vec<crate::beta::DeviceCategory>>,
    /// The list of device enrollment configurations
    ///
    /// CSDL: containment navigation property `deviceEnrollmentConfigurations`: `Collection(microsoft.graph.deviceEnrollmentConfiguration)`, not nullable.
    pub device_enrollment_configurations: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceEnrollmentConfiguration>,
    >,
    /// The list of Device Management Partners configured by the tenant.
    ///
    /// CSDL: containment navigation property `deviceManagementPartners`: `Collection(microsoft.graph.deviceManagementPartner)`, not nullable.
    pub device_management_partners: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementPartner>,
    >,
    /// The list of Exchange Connectors configured by the tenant.
    ///
    /// CSDL: containment navigation property `exchangeConnectors`: `Collection(microsoft.graph.deviceManagementExchangeConnector)`, not nullable.
    pub exchange_connectors: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementExchangeConnector>,
    >,
    /// The list of Exchange On Premisis policies configured by the tenant.
    ///
    /// CSDL: containment navigation property `exchangeOnPremisesPolicies`: `Collection(microsoft.graph.deviceManagementExchangeOnPremisesPolicy)`, not nullable.
    pub exchange_on_premises_policies: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementExchangeOnPremisesPolicy>,
    >,
    /// The policy which controls mobile device access to Exchange On Premises
    ///
    /// CSDL: containment navigation property `exchangeOnPremisesPolicy`: `microsoft.graph.deviceManagementExchangeOnPremisesPolicy`, nullable.
    pub exchange_on_premises_policy: rt::Field<
        crate::beta::DeviceManagementExchangeOnPremisesPolicy,
    >,
    /// The list of Mobile threat Defense connectors configured by the tenant.
    ///
    /// CSDL: containment navigation property `mobileThreatDefenseConnectors`: `Collection(microsoft.graph.mobileThreatDefenseConnector)`, not nullable.
    pub mobile_threat_defense_connectors: rt::Field<
        ::std::vec::Vec<crate::beta::MobileThreatDefenseConnector>,
    >,
    /// The available categories
    ///
    /// CSDL: containment navigation property `categories`: `Collection(microsoft.graph.deviceManagementSettingCategory)`, not nullable.
    pub categories: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceManagementSettingCategory>,
    >,
    /// The device management intents
    ///
    /// CSDL: containment navigation property `intents`: `Collection(microsoft.graph.deviceManagementIntent)`, not nullable.
    pub intents: rt::Field<::std::vec::Vec<crate::beta::DeviceManagementIntent>>,
    /// The device management intent setting definitions
    ///
    /// CSDL: containment navigation property `settingDefinitions`: `Collection(microsoft.graph.deviceManagementSettingDefinition)`, not nullable.
    pub setting_definitions: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceManagementSettingDefinition>,
    >,
    /// The available templates
    ///
    /// CSDL: containment navigation property `templates`: `Collection(microsoft.graph.deviceManagementTemplate)`, not nullable.
    pub templates: rt::Field<::std::vec::Vec<crate::beta::AnyDeviceManagementTemplate>>,
    /// Apple push notification certificate.
    ///
    /// CSDL: containment navigation property `applePushNotificationCertificate`: `microsoft.graph.applePushNotificationCertificate`, nullable.
    pub apple_push_notification_certificate: rt::Field<
        crate::beta::ApplePushNotificationCertificate,
    >,
    /// The list of CloudPC Connectivity Issue.
    ///
    /// CSDL: containment navigation property `cloudPCConnectivityIssues`: `Collection(microsoft.graph.cloudPCConnectivityIssue)`, not nullable.
    pub cloud_pc_connectivity_issues: rt::Field<
        ::std::vec::Vec<crate::beta::CloudPcConnectivityIssue>,
    >,
    /// The list of co-managed devices report
    ///
    /// CSDL: containment navigation property `comanagedDevices`: `Collection(microsoft.graph.managedDevice)`, not nullable.
    pub comanaged_devices: rt::Field<::std::vec::Vec<crate::beta::AnyManagedDevice>>,
    /// The list of co-management eligible devices report
    ///
    /// CSDL: containment navigation property `comanagementEligibleDevices`: `Collection(microsoft.graph.comanagementEligibleDevice)`, not nullable.
    pub comanagement_eligible_devices: rt::Field<
        ::std::vec::Vec<crate::beta::ComanagementEligibleDevice>,
    >,
    /// Data sharing consents.
    ///
    /// CSDL: containment navigation property `dataSharingConsents`: `Collection(microsoft.graph.dataSharingConsent)`, not nullable.
    pub data_sharing_consents: rt::Field<
        ::std::vec::Vec<crate::beta::DataSharingConsent>,
    >,
    /// The list of detected apps associated with a device.
    ///
    /// CSDL: containment navigation property `detectedApps`: `Collection(microsoft.graph.detectedApp)`, not nullable.
    pub detected_apps: rt::Field<::std::vec::Vec<crate::beta::DetectedApp>>,
    /// The list of device compliance scripts associated with the tenant.
    ///
    /// CSDL: containment navigation property `deviceComplianceScripts`: `Collection(microsoft.graph.deviceComplianceScript)`, not nullable.
    pub device_compliance_scripts: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceComplianceScript>,
    >,
    /// The list of device custom attribute shell scripts associated with the tenant.
    ///
    /// CSDL: containment navigation property `deviceCustomAttributeShellScripts`: `Collection(microsoft.graph.deviceCustomAttributeShellScript)`, not nullable.
    pub device_custom_attribute_shell_scripts: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceCustomAttributeShellScript>,
    >,
    /// The list of device health scripts associated with the tenant.
    ///
    /// CSDL: containment navigation property `deviceHealthScripts`: `Collection(microsoft.graph.deviceHealthScript)`, not nullable.
    pub device_health_scripts: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceHealthScript>,
    >,
    /// The list of device management scripts associated with the tenant.
    ///
    /// CSDL: containment navigation property `deviceManagementScripts`: `Collection(microsoft.graph.deviceManagementScript)`, not nullable.
    pub device_management_scripts: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementScript>,
    >,
    /// The list of device shell scripts associated with the tenant.
    ///
    /// CSDL: containment navigation property `deviceShellScripts`: `Collection(microsoft.graph.deviceShellScript)`, not nullable.
    pub device_shell_scripts: rt::Field<::std::vec::Vec<crate::beta::DeviceShellScript>>,
    /// Device overview
    ///
    /// CSDL: navigation property `managedDeviceOverview`: `microsoft.graph.managedDeviceOverview`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_search)]
    pub managed_device_overview: rt::Field<crate::beta::ManagedDeviceOverview>,
    /// The list of managed devices.
    ///
    /// CSDL: containment navigation property `managedDevices`: `Collection(microsoft.graph.managedDevice)`, not nullable.
    pub managed_devices: rt::Field<::std::vec::Vec<crate::beta::AnyManagedDevice>>,
    /// The collection property of MobileAppTroubleshootingEvent.
    ///
    /// CSDL: containment navigation property `mobileAppTroubleshootingEvents`: `Collection(microsoft.graph.mobileAppTroubleshootingEvent)`, not nullable.
    pub mobile_app_troubleshooting_events: rt::Field<
        ::std::vec::Vec<crate::beta::MobileAppTroubleshootingEvent>,
    >,
    /// The list of device remote action audits with the tenant.
    ///
    /// CSDL: containment navigation property `remoteActionAudits`: `Collection(microsoft.graph.remoteActionAudit)`, not nullable.
    pub remote_action_audits: rt::Field<::std::vec::Vec<crate::beta::RemoteActionAudit>>,
    /// User experience analytics appHealth Application Performance
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsAppHealthApplicationPerformance`: `Collection(microsoft.graph.userExperienceAnalyticsAppHealthApplicationPerformance)`, not nullable.
    pub user_experience_analytics_app_health_application_performance: rt::Field<
        ::std::vec::Vec<
            crate::beta::UserExperienceAnalyticsAppHealthApplicationPerformance,
        >,
    >,
    /// User experience analytics appHealth Application Performance by App Version
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsAppHealthApplicationPerformanceByAppVersion`: `Collection(microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersion)`, not nullable.
    pub user_experience_analytics_app_health_application_performance_by_app_version: rt::Field<
        ::std::vec::Vec<
            crate::beta::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersion,
        >,
    >,
    /// User experience analytics appHealth Application Performance by OS Version
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsAppHealthApplicationPerformanceByOSVersion`: `Collection(microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByOSVersion)`, not nullable.
    pub user_experience_analytics_app_health_application_performance_by_os_version: rt::Field<
        ::std::vec::Vec<
            crate::beta::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion,
        >,
    >,
    /// User experience analytics appHealth Model Performance
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsAppHealthDeviceModelPerformance`: `Collection(microsoft.graph.userExperienceAnalyticsAppHealthDeviceModelPerformance)`, not nullable.
    pub user_experience_analytics_app_health_device_model_performance: rt::Field<
        ::std::vec::Vec<
            crate::beta::UserExperienceAnalyticsAppHealthDeviceModelPerformance,
        >,
    >,
    /// User experience analytics appHealth Device Performance
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsAppHealthDevicePerformance`: `Collection(microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformance)`, not nullable.
    pub user_experience_analytics_app_health_device_performance: rt::Field<
        ::std::vec::Vec<crate::beta::UserExperienceAnalyticsAppHealthDevicePerformance>,
    >,
    /// User experience analytics device performance details
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsAppHealthDevicePerformanceDetails`: `Collection(microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformanceDetails)`, not nullable.
    pub user_experience_analytics_app_health_device_performance_details: rt::Field<
        ::std::vec::Vec<
            crate::beta::UserExperienceAnalyticsAppHealthDevicePerformanceDetails,
        >,
    >,
    /// User experience analytics appHealth OS version Performance
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsAppHealthOSVersionPerformance`: `Collection(microsoft.graph.userExperienceAnalyticsAppHealthOSVersionPerformance)`, not nullable.
    pub user_experience_analytics_app_health_os_version_performance: rt::Field<
        ::std::vec::Vec<
            crate::beta::UserExperienceAnalyticsAppHealthOsVersionPerformance,
        >,
    >,
    /// User experience analytics appHealth overview
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsAppHealthOverview`: `microsoft.graph.userExperienceAnalyticsCategory`, nullable.
    pub user_experience_analytics_app_health_overview: rt::Field<
        crate::beta::UserExperienceAnalyticsCategory,
    >,
    /// User experience analytics baselines
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsBaselines`: `Collection(microsoft.graph.userExperienceAnalyticsBaseline)`, not nullable.
    pub user_experience_analytics_baselines: rt::Field<
        ::std::vec::Vec<crate::beta::UserExperienceAnalyticsBaseline>,
    >,
    /// User experience analytics categories
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsCategories`: `Collection(microsoft.graph.userExperienceAnalyticsCategory)`, not nullable.
    pub user_experience_analytics_categories: rt::Field<
        ::std::vec::Vec<crate::beta::UserExperienceAnalyticsCategory>,
    >,
    /// User experience analytics device metric history
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsDeviceMetricHistory`: `Collection(microsoft.graph.userExperienceAnalyticsMetricHistory)`, not nullable.
    pub user_experience_analytics_device_metric_history: rt::Field<
        ::std::vec::Vec<crate::beta::UserExperienceAnalyticsMetricHistory>,
    >,
    /// User experience analytics device performance
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsDevicePerformance`: `Collection(microsoft.graph.userExperienceAnalyticsDevicePerformance)`, not nullable.
    pub user_experience_analytics_device_performance: rt::Field<
        ::std::vec::Vec<crate::beta::UserExperienceAnalyticsDevicePerformance>,
    >,
    /// User experience analytics device scores
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsDeviceScores`: `Collection(microsoft.graph.userExperienceAnalyticsDeviceScores)`, not nullable.
    pub user_experience_analytics_device_scores: rt::Field<
        ::std::vec::Vec<crate::beta::UserExperienceAnalyticsDeviceScores>,
    >,
    /// User experience analytics device Startup History
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsDeviceStartupHistory`: `Collection(microsoft.graph.userExperienceAnalyticsDeviceStartupHistory)`, not nullable.
    pub user_experience_analytics_device_startup_history: rt::Field<
        ::std::vec::Vec<crate::beta::UserExperienceAnalyticsDeviceStartupHistory>,
    >,
    /// User experience analytics device Startup Processes
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsDeviceStartupProcesses`: `Collection(microsoft.graph.userExperienceAnalyticsDeviceStartupProcess)`, not nullable.
    pub user_experience_analytics_device_startup_processes: rt::Field<
        ::std::vec::Vec<crate::beta::UserExperienceAnalyticsDeviceStartupProcess>,
    >,
    /// User experience analytics device Startup Process Performance
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsDeviceStartupProcessPerformance`: `Collection(microsoft.graph.userExperienceAnalyticsDeviceStartupProcessPerformance)`, not nullable.
    pub user_experience_analytics_device_startup_process_performance: rt::Field<
        ::std::vec::Vec<
            crate::beta::UserExperienceAnalyticsDeviceStartupProcessPerformance,
        >,
    >,
    /// User experience analytics devices without cloud identity.
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsDevicesWithoutCloudIdentity`: `Collection(microsoft.graph.userExperienceAnalyticsDeviceWithoutCloudIdentity)`, not nullable.
    pub user_experience_analytics_devices_without_cloud_identity: rt::Field<
        ::std::vec::Vec<crate::beta::UserExperienceAnalyticsDeviceWithoutCloudIdentity>,
    >,
    /// User experience analytics impacting process
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsImpactingProcess`: `Collection(microsoft.graph.userExperienceAnalyticsImpactingProcess)`, not nullable.
    pub user_experience_analytics_impacting_process: rt::Field<
        ::std::vec::Vec<crate::beta::UserExperienceAnalyticsImpactingProcess>,
    >,
    /// User experience analytics metric history
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsMetricHistory`: `Collection(microsoft.graph.userExperienceAnalyticsMetricHistory)`, not nullable.
    pub user_experience_analytics_metric_history: rt::Field<
        ::std::vec::Vec<crate::beta::UserExperienceAnalyticsMetricHistory>,
    >,
    /// User experience analytics devices not Windows Autopilot ready.
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsNotAutopilotReadyDevice`: `Collection(microsoft.graph.userExperienceAnalyticsNotAutopilotReadyDevice)`, not nullable.
    pub user_experience_analytics_not_autopilot_ready_device: rt::Field<
        ::std::vec::Vec<crate::beta::UserExperienceAnalyticsNotAutopilotReadyDevice>,
    >,
    /// User experience analytics overview
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsOverview`: `microsoft.graph.userExperienceAnalyticsOverview`, nullable.
    pub user_experience_analytics_overview: rt::Field<
        crate::beta::UserExperienceAnalyticsOverview,
    >,
    /// User experience analytics regression summary
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsRegressionSummary`: `microsoft.graph.userExperienceAnalyticsRegressionSummary`, nullable.
    pub user_experience_analytics_regression_summary: rt::Field<
        crate::beta::UserExperienceAnalyticsRegressionSummary,
    >,
    /// User experience analytics remote connection
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsRemoteConnection`: `Collection(microsoft.graph.userExperienceAnalyticsRemoteConnection)`, not nullable.
    pub user_experience_analytics_remote_connection: rt::Field<
        ::std::vec::Vec<crate::beta::UserExperienceAnalyticsRemoteConnection>,
    >,
    /// User experience analytics resource performance
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsResourcePerformance`: `Collection(microsoft.graph.userExperienceAnalyticsResourcePerformance)`, not nullable.
    pub user_experience_analytics_resource_performance: rt::Field<
        ::std::vec::Vec<crate::beta::UserExperienceAnalyticsResourcePerformance>,
    >,
    /// User experience analytics device Startup Score History
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsScoreHistory`: `Collection(microsoft.graph.userExperienceAnalyticsScoreHistory)`, not nullable.
    pub user_experience_analytics_score_history: rt::Field<
        ::std::vec::Vec<crate::beta::UserExperienceAnalyticsScoreHistory>,
    >,
    /// User experience analytics work from anywhere metrics.
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsWorkFromAnywhereMetrics`: `Collection(microsoft.graph.userExperienceAnalyticsWorkFromAnywhereMetric)`, not nullable.
    pub user_experience_analytics_work_from_anywhere_metrics: rt::Field<
        ::std::vec::Vec<crate::beta::UserExperienceAnalyticsWorkFromAnywhereMetric>,
    >,
    /// The list of affected malware in the tenant.
    ///
    /// CSDL: containment navigation property `windowsMalwareInformation`: `Collection(microsoft.graph.windowsMalwareInformation)`, not nullable.
    pub windows_malware_information: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsMalwareInformation>,
    >,
    /// Collection of Derived credential settings associated with account.
    ///
    /// CSDL: containment navigation property `derivedCredentials`: `Collection(microsoft.graph.deviceManagementDerivedCredentialSettings)`, not nullable.
    pub derived_credentials: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementDerivedCredentialSettings>,
    >,
    /// Collection of resource access settings associated with account.
    ///
    /// CSDL: containment navigation property `resourceAccessProfiles`: `Collection(microsoft.graph.deviceManagementResourceAccessProfileBase)`, not nullable.
    pub resource_access_profiles: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceManagementResourceAccessProfileBase>,
    >,
    /// Apple user initiated enrollment profiles
    ///
    /// CSDL: containment navigation property `appleUserInitiatedEnrollmentProfiles`: `Collection(microsoft.graph.appleUserInitiatedEnrollmentProfile)`, not nullable.
    pub apple_user_initiated_enrollment_profiles: rt::Field<
        ::std::vec::Vec<crate::beta::AppleUserInitiatedEnrollmentProfile>,
    >,
    /// This collections of multiple DEP tokens per-tenant.
    ///
    /// CSDL: containment navigation property `depOnboardingSettings`: `Collection(microsoft.graph.depOnboardingSetting)`, not nullable.
    pub dep_onboarding_settings: rt::Field<
        ::std::vec::Vec<crate::beta::DepOnboardingSetting>,
    >,
    /// The imported device identities.
    ///
    /// CSDL: containment navigation property `importedDeviceIdentities`: `Collection(microsoft.graph.importedDeviceIdentity)`, not nullable.
    pub imported_device_identities: rt::Field<
        ::std::vec::Vec<crate::beta::AnyImportedDeviceIdentity>,
    >,
    /// Collection of imported Windows autopilot devices.
    ///
    /// CSDL: containment navigation property `importedWindowsAutopilotDeviceIdentities`: `Collection(microsoft.graph.importedWindowsAutopilotDeviceIdentity)`, not nullable.
    pub imported_windows_autopilot_device_identities: rt::Field<
        ::std::vec::Vec<crate::beta::ImportedWindowsAutopilotDeviceIdentity>,
    >,
    /// Windows auto pilot deployment profiles
    ///
    /// CSDL: containment navigation property `windowsAutopilotDeploymentProfiles`: `Collection(microsoft.graph.windowsAutopilotDeploymentProfile)`, not nullable.
    pub windows_autopilot_deployment_profiles: rt::Field<
        ::std::vec::Vec<crate::beta::AnyWindowsAutopilotDeploymentProfile>,
    >,
    /// The Windows autopilot device identities contained collection.
    ///
    /// CSDL: containment navigation property `windowsAutopilotDeviceIdentities`: `Collection(microsoft.graph.windowsAutopilotDeviceIdentity)`, not nullable.
    pub windows_autopilot_device_identities: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsAutopilotDeviceIdentity>,
    >,
    /// The Windows autopilot account settings.
    ///
    /// CSDL: containment navigation property `windowsAutopilotSettings`: `microsoft.graph.windowsAutopilotSettings`, nullable.
    pub windows_autopilot_settings: rt::Field<crate::beta::WindowsAutopilotSettings>,
    /// The management conditions associated with device management of the company.
    ///
    /// CSDL: containment navigation property `managementConditions`: `Collection(microsoft.graph.managementCondition)`, not nullable.
    pub management_conditions: rt::Field<
        ::std::vec::Vec<crate::beta::AnyManagementCondition>,
    >,
    /// The management condition statements associated with device management of the company.
    ///
    /// CSDL: containment navigation property `managementConditionStatements`: `Collection(microsoft.graph.managementConditionStatement)`, not nullable.
    pub management_condition_statements: rt::Field<
        ::std::vec::Vec<crate::beta::ManagementConditionStatement>,
    >,
    /// A list of Group Policy migration reports.
    ///
    /// CSDL: containment navigation property `groupPolicyMigrationReports`: `Collection(microsoft.graph.groupPolicyMigrationReport)`, not nullable.
    pub group_policy_migration_reports: rt::Field<
        ::std::vec::Vec<crate::beta::GroupPolicyMigrationReport>,
    >,
    /// A list of Group Policy Object files uploaded.
    ///
    /// CSDL: containment navigation property `groupPolicyObjectFiles`: `Collection(microsoft.graph.groupPolicyObjectFile)`, not nullable.
    pub group_policy_object_files: rt::Field<
        ::std::vec::Vec<crate::beta::GroupPolicyObjectFile>,
    >,
    /// The available group policy categories for this account.
    ///
    /// CSDL: containment navigation property `groupPolicyCategories`: `Collection(microsoft.graph.groupPolicyCategory)`, not nullable.
    pub group_policy_categories: rt::Field<
        ::std::vec::Vec<crate::beta::GroupPolicyCategory>,
    >,
    /// The group policy configurations created by this account.
    ///
    /// CSDL: containment navigation property `groupPolicyConfigurations`: `Collection(microsoft.graph.groupPolicyConfiguration)`, not nullable.
    pub group_policy_configurations: rt::Field<
        ::std::vec::Vec<crate::beta::GroupPolicyConfiguration>,
    >,
    /// The available group policy definition files for this account.
    ///
    /// CSDL: containment navigation property `groupPolicyDefinitionFiles`: `Collection(microsoft.graph.groupPolicyDefinitionFile)`, not nullable.
    pub group_policy_definition_files: rt::Field<
        ::std::vec::Vec<crate::beta::AnyGroupPolicyDefinitionFile>,
    >,
    /// The available group policy definitions for this account.
    ///
    /// CSDL: containment navigation property `groupPolicyDefinitions`: `Collection(microsoft.graph.groupPolicyDefinition)`, not nullable.
    pub group_policy_definitions: rt::Field<
        ::std::vec::Vec<crate::beta::GroupPolicyDefinition>,
    >,
    /// The available group policy uploaded definition files for this account.
    ///
    /// CSDL: containment navigation property `groupPolicyUploadedDefinitionFiles`: `Collection(microsoft.graph.groupPolicyUploadedDefinitionFile)`, not nullable.
    pub group_policy_uploaded_definition_files: rt::Field<
        ::std::vec::Vec<crate::beta::GroupPolicyUploadedDefinitionFile>,
    >,
    /// Collection of MicrosoftTunnelConfiguration settings associated with account.
    ///
    /// CSDL: containment navigation property `microsoftTunnelConfigurations`: `Collection(microsoft.graph.microsoftTunnelConfiguration)`, not nullable.
    pub microsoft_tunnel_configurations: rt::Field<
        ::std::vec::Vec<crate::beta::MicrosoftTunnelConfiguration>,
    >,
    /// Collection of MicrosoftTunnelHealthThreshold settings associated with account.
    ///
    /// CSDL: containment navigation property `microsoftTunnelHealthThresholds`: `Collection(microsoft.graph.microsoftTunnelHealthThreshold)`, not nullable.
    pub microsoft_tunnel_health_thresholds: rt::Field<
        ::std::vec::Vec<crate::beta::MicrosoftTunnelHealthThreshold>,
    >,
    /// Collection of MicrosoftTunnelServerLogCollectionResponse settings associated with account.
    ///
    /// CSDL: containment navigation property `microsoftTunnelServerLogCollectionResponses`: `Collection(microsoft.graph.microsoftTunnelServerLogCollectionResponse)`, not nullable.
    pub microsoft_tunnel_server_log_collection_responses: rt::Field<
        ::std::vec::Vec<crate::beta::MicrosoftTunnelServerLogCollectionResponse>,
    >,
    /// Collection of MicrosoftTunnelSite settings associated with account.
    ///
    /// CSDL: containment navigation property `microsoftTunnelSites`: `Collection(microsoft.graph.microsoftTunnelSite)`, not nullable.
    pub microsoft_tunnel_sites: rt::Field<
        ::std::vec::Vec<crate::beta::MicrosoftTunnelSite>,
    >,
    /// The Notification Message Templates.
    ///
    /// CSDL: containment navigation property `notificationMessageTemplates`: `Collection(microsoft.graph.notificationMessageTemplate)`, not nullable.
    pub notification_message_templates: rt::Field<
        ::std::vec::Vec<crate::beta::NotificationMessageTemplate>,
    >,
    /// A list of connector objects.
    ///
    /// CSDL: containment navigation property `domainJoinConnectors`: `Collection(microsoft.graph.deviceManagementDomainJoinConnector)`, not nullable.
    pub domain_join_connectors: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementDomainJoinConnector>,
    >,
    /// A list of ConfigManagerCollection
    ///
    /// CSDL: containment navigation property `configManagerCollections`: `Collection(microsoft.graph.configManagerCollection)`, not nullable.
    pub config_manager_collections: rt::Field<
        ::std::vec::Vec<crate::beta::ConfigManagerCollection>,
    >,
    /// The Resource Operations.
    ///
    /// CSDL: containment navigation property `resourceOperations`: `Collection(microsoft.graph.resourceOperation)`, not nullable.
    pub resource_operations: rt::Field<::std::vec::Vec<crate::beta::ResourceOperation>>,
    /// The Role Assignments.
    ///
    /// CSDL: containment navigation property `roleAssignments`: `Collection(microsoft.graph.deviceAndAppManagementRoleAssignment)`, not nullable.
    pub role_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceAndAppManagementRoleAssignment>,
    >,
    /// The Role Definitions.
    ///
    /// CSDL: containment navigation property `roleDefinitions`: `Collection(microsoft.graph.roleDefinition)`, not nullable.
    pub role_definitions: rt::Field<::std::vec::Vec<crate::beta::AnyRoleDefinition>>,
    /// The Role Scope Tags.
    ///
    /// CSDL: containment navigation property `roleScopeTags`: `Collection(microsoft.graph.roleScopeTag)`, not nullable.
    pub role_scope_tags: rt::Field<::std::vec::Vec<crate::beta::RoleScopeTag>>,
    /// The remote assist partners.
    ///
    /// CSDL: containment navigation property `remoteAssistancePartners`: `Collection(microsoft.graph.remoteAssistancePartner)`, not nullable.
    pub remote_assistance_partners: rt::Field<
        ::std::vec::Vec<crate::beta::RemoteAssistancePartner>,
    >,
    /// Reports singleton
    ///
    /// CSDL: containment navigation property `reports`: `microsoft.graph.deviceManagementReports`, nullable.
    pub reports: rt::Field<crate::beta::DeviceManagementReports>,
    /// The embedded SIM activation code pools created by this account.
    ///
    /// CSDL: containment navigation property `embeddedSIMActivationCodePools`: `Collection(microsoft.graph.embeddedSIMActivationCodePool)`, not nullable.
    pub embedded_sim_activation_code_pools: rt::Field<
        ::std::vec::Vec<crate::beta::EmbeddedSimActivationCodePool>,
    >,
    /// The telecom expense management partners.
    ///
    /// CSDL: containment navigation property `telecomExpenseManagementPartners`: `Collection(microsoft.graph.telecomExpenseManagementPartner)`, not nullable.
    pub telecom_expense_management_partners: rt::Field<
        ::std::vec::Vec<crate::beta::TelecomExpenseManagementPartner>,
    >,
    /// The list of autopilot events for the tenant.
    ///
    /// CSDL: containment navigation property `autopilotEvents`: `Collection(microsoft.graph.deviceManagementAutopilotEvent)`, not nullable.
    pub autopilot_events: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementAutopilotEvent>,
    >,
    /// The list of troubleshooting events for the tenant.
    ///
    /// CSDL: containment navigation property `troubleshootingEvents`: `Collection(microsoft.graph.deviceManagementTroubleshootingEvent)`, not nullable.
    pub troubleshooting_events: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceManagementTroubleshootingEvent>,
    >,
    /// A collection of windows feature update profiles
    ///
    /// CSDL: containment navigation property `windowsFeatureUpdateProfiles`: `Collection(microsoft.graph.windowsFeatureUpdateProfile)`, not nullable.
    pub windows_feature_update_profiles: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsFeatureUpdateProfile>,
    >,
    /// A collection of windows quality update profiles
    ///
    /// CSDL: containment navigation property `windowsQualityUpdateProfiles`: `Collection(microsoft.graph.windowsQualityUpdateProfile)`, not nullable.
    pub windows_quality_update_profiles: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsQualityUpdateProfile>,
    >,
    /// A collection of windows update catalog items (fetaure updates item , quality updates item)
    ///
    /// CSDL: containment navigation property `windowsUpdateCatalogItems`: `Collection(microsoft.graph.windowsUpdateCatalogItem)`, not nullable.
    pub windows_update_catalog_items: rt::Field<
        ::std::vec::Vec<crate::beta::AnyWindowsUpdateCatalogItem>,
    >,
    /// Intune branding profiles targeted to AAD groups
    ///
    /// CSDL: containment navigation property `intuneBrandingProfiles`: `Collection(microsoft.graph.intuneBrandingProfile)`, not nullable.
    pub intune_branding_profiles: rt::Field<
        ::std::vec::Vec<crate::beta::IntuneBrandingProfile>,
    >,
    /// The windows information protection app learning summaries.
    ///
    /// CSDL: containment navigation property `windowsInformationProtectionAppLearningSummaries`: `Collection(microsoft.graph.windowsInformationProtectionAppLearningSummary)`, not nullable.
    pub windows_information_protection_app_learning_summaries: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionAppLearningSummary>,
    >,
    /// The windows information protection network learning summaries.
    ///
    /// CSDL: containment navigation property `windowsInformationProtectionNetworkLearningSummaries`: `Collection(microsoft.graph.windowsInformationProtectionNetworkLearningSummary)`, not nullable.
    pub windows_information_protection_network_learning_summaries: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionNetworkLearningSummary>,
    >,
    /// Collection of PFX certificates associated with a user.
    ///
    /// CSDL: containment navigation property `userPfxCertificates`: `Collection(microsoft.graph.userPFXCertificate)`, not nullable.
    pub user_pfx_certificates: rt::Field<
        ::std::vec::Vec<crate::beta::UserPfxCertificate>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagement {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            device_compliance_report_summarization_date_time: rt::Field::Absent,
            intune_account_id: rt::Field::Absent,
            last_report_aggregation_date_time: rt::Field::Absent,
            legacy_pc_manangement_enabled: rt::Field::Absent,
            maximum_dep_tokens: rt::Field::Absent,
            settings: rt::Field::Absent,
            unlicensed_adminstrators_enabled: rt::Field::Absent,
            intune_brand: rt::Field::Absent,
            account_move_completion_date_time: rt::Field::Absent,
            admin_consent: rt::Field::Absent,
            device_protection_overview: rt::Field::Absent,
            managed_device_cleanup_settings: rt::Field::Absent,
            subscriptions: rt::Field::Absent,
            subscription_state: rt::Field::Absent,
            user_experience_analytics_settings: rt::Field::Absent,
            windows_malware_overview: rt::Field::Absent,
            android_device_owner_enrollment_profiles: rt::Field::Absent,
            virtual_endpoint: rt::Field::Absent,
            android_for_work_app_configuration_schemas: rt::Field::Absent,
            android_for_work_enrollment_profiles: rt::Field::Absent,
            android_for_work_settings: rt::Field::Absent,
            android_managed_store_account_enterprise_settings: rt::Field::Absent,
            android_managed_store_app_configuration_schemas: rt::Field::Absent,
            audit_events: rt::Field::Absent,
            assignment_filters: rt::Field::Absent,
            chrome_os_onboarding_settings: rt::Field::Absent,
            terms_and_conditions: rt::Field::Absent,
            advanced_threat_protection_onboarding_state_summary: rt::Field::Absent,
            cart_to_class_associations: rt::Field::Absent,
            device_compliance_policies: rt::Field::Absent,
            device_compliance_policy_device_state_summary: rt::Field::Absent,
            device_compliance_policy_setting_state_summaries: rt::Field::Absent,
            device_configuration_conflict_summary: rt::Field::Absent,
            device_configuration_device_state_summaries: rt::Field::Absent,
            device_configuration_restricted_apps_violations: rt::Field::Absent,
            device_configurations: rt::Field::Absent,
            device_configurations_all_managed_device_certificate_states: rt::Field::Absent,
            device_configuration_user_state_summaries: rt::Field::Absent,
            ios_update_statuses: rt::Field::Absent,
            mac_os_software_update_account_summaries: rt::Field::Absent,
            managed_device_encryption_states: rt::Field::Absent,
            ndes_connectors: rt::Field::Absent,
            #[cfg(msgraph_beta_search)]
            software_update_status_summary: rt::Field::Absent,
            configuration_categories: rt::Field::Absent,
            configuration_policies: rt::Field::Absent,
            configuration_policy_templates: rt::Field::Absent,
            configuration_settings: rt::Field::Absent,
            reusable_policy_settings: rt::Field::Absent,
            reusable_settings: rt::Field::Absent,
            template_settings: rt::Field::Absent,
            compliance_management_partners: rt::Field::Absent,
            conditional_access_settings: rt::Field::Absent,
            device_categories: rt::Field::Absent,
            device_enrollment_configurations: rt::Field::Absent,
            device_management_partners: rt::Field::Absent,
            exchange_connectors: rt::Field::Absent,
            exchange_on_premises_policies: rt::Field::Absent,
            exchange_on_premises_policy: rt::Field::Absent,
            mobile_threat_defense_connectors: rt::Field::Absent,
            categories: rt::Field::Absent,
            intents: rt::Field::Absent,
            setting_definitions: rt::Field::Absent,
            templates: rt::Field::Absent,
            apple_push_notification_certificate: rt::Field::Absent,
            cloud_pc_connectivity_issues: rt::Field::Absent,
            comanaged_devices: rt::Field::Absent,
            comanagement_eligible_devices: rt::Field::Absent,
            data_sharing_consents: rt::Field::Absent,
            detected_apps: rt::Field::Absent,
            device_compliance_scripts: rt::Field::Absent,
            device_custom_attribute_shell_scripts: rt::Field::Absent,
            device_health_scripts: rt::Field::Absent,
            device_management_scripts: rt::Field::Absent,
            device_shell_scripts: rt::Field::Absent,
            #[cfg(msgraph_beta_search)]
            managed_device_overview: rt::Field::Absent,
            managed_devices: rt::Field::Absent,
            mobile_app_troubleshooting_events: rt::Field::Absent,
            remote_action_audits: rt::Field::Absent,
            user_experience_analytics_app_health_application_performance: rt::Field::Absent,
            user_experience_analytics_app_health_application_performance_by_app_version: rt::Field::Absent,
            user_experience_analytics_app_health_application_performance_by_os_version: rt::Field::Absent,
            user_experience_analytics_app_health_device_model_performance: rt::Field::Absent,
            user_experience_analytics_app_health_device_performance: rt::Field::Absent,
            user_experience_analytics_app_health_device_performance_details: rt::Field::Absent,
            user_experience_analytics_app_health_os_version_performance: rt::Field::Absent,
            user_experience_analytics_app_health_overview: rt::Field::Absent,
            user_experience_analytics_baselines: rt::Field::Absent,
            user_experience_analytics_categories: rt::Field::Absent,
            user_experience_analytics_device_metric_history: rt::Field::Absent,
            user_experience_analytics_device_performance: rt::Field::Absent,
            user_experience_analytics_device_scores: rt::Field::Absent,
            user_experience_analytics_device_startup_history: rt::Field::Absent,
            user_experience_analytics_device_startup_processes: rt::Field::Absent,
            user_experience_analytics_device_startup_process_performance: rt::Field::Absent,
            user_experience_analytics_devices_without_cloud_identity: rt::Field::Absent,
            user_experience_analytics_impacting_process: rt::Field::Absent,
            user_experience_analytics_metric_history: rt::Field::Absent,
            user_experience_analytics_not_autopilot_ready_device: rt::Field::Absent,
            user_experience_analytics_overview: rt::Field::Absent,
            user_experience_analytics_regression_summary: rt::Field::Absent,
            user_experience_analytics_remote_connection: rt::Field::Absent,
            user_experience_analytics_resource_performance: rt::Field::Absent,
            user_experience_analytics_score_history: rt::Field::Absent,
            user_experience_analytics_work_from_anywhere_metrics: rt::Field::Absent,
            windows_malware_information: rt::Field::Absent,
            derived_credentials: rt::Field::Absent,
            resource_access_profiles: rt::Field::Absent,
            apple_user_initiated_enrollment_profiles: rt::Field::Absent,
            dep_onboarding_settings: rt::Field::Absent,
            imported_device_identities: rt::Field::Absent,
            imported_windows_autopilot_device_identities: rt::Field::Absent,
            windows_autopilot_deployment_profiles: rt::Field::Absent,
            windows_autopilot_device_identities: rt::Field::Absent,
            windows_autopilot_settings: rt::Field::Absent,
            management_conditions: rt::Field::Absent,
            management_condition_statements: rt::Field::Absent,
            group_policy_migration_reports: rt::Field::Absent,
            group_policy_object_files: rt::Field::Absent,
            group_policy_categories: rt::Field::Absent,
            group_policy_configurations: rt::Field::Absent,
            group_policy_definition_files: rt::Field::Absent,
            group_policy_definitions: rt::Field::Absent,
            group_policy_uploaded_definition_files: rt::Field::Absent,
            microsoft_tunnel_configurations: rt::Field::Absent,
            microsoft_tunnel_health_thresholds: rt::Field::Absent,
            microsoft_tunnel_server_log_collection_responses: rt::Field::Absent,
            microsoft_tunnel_sites: rt::Field::Absent,
            notification_message_templates: rt::Field::Absent,
            domain_join_connectors: rt::Field::Absent,
            config_manager_collections: rt::Field::Absent,
            resource_operations: rt::Field::Absent,
            role_assignments: rt::Field::Absent,
            role_definitions: rt::Field::Absent,
            role_scope_tags: rt::Field::Absent,
            remote_assistance_partners: rt::Field::Absent,
            reports: rt::Field::Absent,
            embedded_sim_activation_code_pools: rt::Field::Absent,
            telecom_expense_management_partners: rt::Field::Absent,
            autopilot_events: rt::Field::Absent,
            troubleshooting_events: rt::Field::Absent,
            windows_feature_update_profiles: rt::Field::Absent,
            windows_quality_update_profiles: rt::Field::Absent,
            windows_update_catalog_items: rt::Field::Absent,
            intune_branding_profiles: rt::Field::Absent,
            windows_information_protection_app_learning_summaries: rt::Field::Absent,
            windows_information_protection_network_learning_summaries: rt::Field::Absent,
            user_pfx_certificates: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagement {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagement";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deviceComplianceReportSummarizationDateTime",
        "intuneAccountId",
        "lastReportAggregationDateTime",
        "legacyPcManangementEnabled",
        "maximumDepTokens",
        "settings",
        "unlicensedAdminstratorsEnabled",
        "intuneBrand",
        "accountMoveCompletionDateTime",
        "adminConsent",
        "deviceProtectionOverview",
        "managedDeviceCleanupSettings",
        "subscriptions",
        "subscriptionState",
        "userExperienceAnalyticsSettings",
        "windowsMalwareOverview",
        "androidDeviceOwnerEnrollmentProfiles",
        "virtualEndpoint",
        "androidForWorkAppConfigurationSchemas",
        "androidForWorkEnrollmentProfiles",
        "androidForWorkSettings",
        "androidManagedStoreAccountEnterpriseSettings",
        "androidManagedStoreAppConfigurationSchemas",
        "auditEvents",
        "assignmentFilters",
        "chromeOSOnboardingSettings",
        "termsAndConditions",
        "advancedThreatProtectionOnboardingStateSummary",
        "cartToClassAssociations",
        "deviceCompliancePolicies",
        "deviceCompliancePolicyDeviceStateSummary",
        "deviceCompliancePolicySettingStateSummaries",
        "deviceConfigurationConflictSummary",
        "deviceConfigurationDeviceStateSummaries",
        "deviceConfigurationRestrictedAppsViolations",
        "deviceConfigurations",
        "deviceConfigurationsAllManagedDeviceCertificateStates",
        "deviceConfigurationUserStateSummaries",
        "iosUpdateStatuses",
        "macOSSoftwareUpdateAccountSummaries",
        "managedDeviceEncryptionStates",
        "ndesConnectors",
        "softwareUpdateStatusSummary",
        "configurationCategories",
        "configurationPolicies",
        "configurationPolicyTemplates",
        "configurationSettings",
        "reusablePolicySettings",
        "reusableSettings",
        "templateSettings",
        "complianceManagementPartners",
        "conditionalAccessSettings",
        "deviceCategories",
        "deviceEnrollmentConfigurations",
        "deviceManagementPartners",
        "exchangeConnectors",
        "exchangeOnPremisesPolicies",
        "exchangeOnPremisesPolicy",
        "mobileThreatDefenseConnectors",
        "categories",
        "intents",
        "settingDefinitions",
        "templates",
        "applePushNotificationCertificate",
        "cloudPCConnectivityIssues",
        "comanagedDevices",
        "comanagementEligibleDevices",
        "dataSharingConsents",
        "detectedApps",
        "deviceComplianceScripts",
        "deviceCustomAttributeShellScripts",
        "deviceHealthScripts",
        "deviceManagementScripts",
        "deviceShellScripts",
        "managedDeviceOverview",
        "managedDevices",
        "mobileAppTroubleshootingEvents",
        "remoteActionAudits",
        "userExperienceAnalyticsAppHealthApplicationPerformance",
        "userExperienceAnalyticsAppHealthApplicationPerformanceByAppVersion",
        "userExperienceAnalyticsAppHealthApplicationPerformanceByOSVersion",
        "userExperienceAnalyticsAppHealthDeviceModelPerformance",
        "userExperienceAnalyticsAppHealthDevicePerformance",
        "userExperienceAnalyticsAppHealthDevicePerformanceDetails",
        "userExperienceAnalyticsAppHealthOSVersionPerformance",
        "userExperienceAnalyticsAppHealthOverview",
        "userExperienceAnalyticsBaselines",
        "userExperienceAnalyticsCategories",
        "userExperienceAnalyticsDeviceMetricHistory",
        "userExperienceAnalyticsDevicePerformance",
        "userExperienceAnalyticsDeviceScores",
        "userExperienceAnalyticsDeviceStartupHistory",
        "userExperienceAnalyticsDeviceStartupProcesses",
        "userExperienceAnalyticsDeviceStartupProcessPerformance",
        "userExperienceAnalyticsDevicesWithoutCloudIdentity",
        "userExperienceAnalyticsImpactingProcess",
        "userExperienceAnalyticsMetricHistory",
        "userExperienceAnalyticsNotAutopilotReadyDevice",
        "userExperienceAnalyticsOverview",
        "userExperienceAnalyticsRegressionSummary",
        "userExperienceAnalyticsRemoteConnection",
        "userExperienceAnalyticsResourcePerformance",
        "userExperienceAnalyticsScoreHistory",
        "userExperienceAnalyticsWorkFromAnywhereMetrics",
        "windowsMalwareInformation",
        "derivedCredentials",
        "resourceAccessProfiles",
        "appleUserInitiatedEnrollmentProfiles",
        "depOnboardingSettings",
        "importedDeviceIdentities",
        "importedWindowsAutopilotDeviceIdentities",
        "windowsAutopilotDeploymentProfiles",
        "windowsAutopilotDeviceIdentities",
        "windowsAutopilotSettings",
        "managementConditions",
        "managementConditionStatements",
        "groupPolicyMigrationReports",
        "groupPolicyObjectFiles",
        "groupPolicyCategories",
        "groupPolicyConfigurations",
        "groupPolicyDefinitionFiles",
        "groupPolicyDefinitions",
        "groupPolicyUploadedDefinitionFiles",
        "microsoftTunnelConfigurations",
        "microsoftTunnelHealthThresholds",
        "microsoftTunnelServerLogCollectionResponses",
        "microsoftTunnelSites",
        "notificationMessageTemplates",
        "domainJoinConnectors",
        "configManagerCollections",
        "resourceOperations",
        "roleAssignments",
        "roleDefinitions",
        "roleScopeTags",
        "remoteAssistancePartners",
        "reports",
        "embeddedSIMActivationCodePools",
        "telecomExpenseManagementPartners",
        "autopilotEvents",
        "troubleshootingEvents",
        "windowsFeatureUpdateProfiles",
        "windowsQualityUpdateProfiles",
        "windowsUpdateCatalogItems",
        "intuneBrandingProfiles",
        "windowsInformationProtectionAppLearningSummaries",
        "windowsInformationProtectionNetworkLearningSummaries",
        "userPfxCertificates",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deviceComplianceReportSummarizationDateTime\":",
        ",\"intuneAccountId\":              ",
        ",\"lastReportAggregationDateTime\":",
        ",\"legacyPcManangementEnabled\":   ",
        ",\"maximumDepTokens\":             ",
        ",\"settings\":                     ",
        ",\"unlicensedAdminstratorsEnabled\":",
        ",\"intuneBrand\":                  ",
        ",\"accountMoveCompletionDateTime\":",
        ",\"adminConsent\":                 ",
        ",\"deviceProtectionOverview\":     ",
        ",\"managedDeviceCleanupSettings\": ",
        ",\"subscriptions\":                ",
        ",\"subscriptionState\":            ",
        ",\"userExperienceAnalyticsSettings\":",
        ",\"windowsMalwareOverview\":       ",
        ",\"androidDeviceOwnerEnrollmentProfiles\":",
        ",\"virtualEndpoint\":              ",
        ",\"androidForWorkAppConfigurationSchemas\":",
        ",\"androidForWorkEnrollmentProfiles\":",
        ",\"androidForWorkSettings\":       ",
        ",\"androidManagedStoreAccountEnterpriseSettings\":",
        ",\"androidManagedStoreAppConfigurationSchemas\":",
        ",\"auditEvents\":                  ",
        ",\"assignmentFilters\":            ",
        ",\"chromeOSOnboardingSettings\":   ",
        ",\"termsAndConditions\":           ",
        ",\"advancedThreatProtectionOnboardingStateSummary\":",
        ",\"cartToClassAssociations\":      ",
        ",\"deviceCompliancePolicies\":     ",
        ",\"deviceCompliancePolicyDeviceStateSummary\":",
        ",\"deviceCompliancePolicySettingStateSummaries\":",
        ",\"deviceConfigurationConflictSummary\":",
        ",\"deviceConfigurationDeviceStateSummaries\":",
        ",\"deviceConfigurationRestrictedAppsViolations\":",
        ",\"deviceConfigurations\":         ",
        ",\"deviceConfigurationsAllManagedDeviceCertificateStates\":",
        ",\"deviceConfigurationUserStateSummaries\":",
        ",\"iosUpdateStatuses\":            ",
        ",\"macOSSoftwareUpdateAccountSummaries\":",
        ",\"managedDeviceEncryptionStates\":",
        ",\"ndesConnectors\":               ",
        ",\"softwareUpdateStatusSummary\":  ",
        ",\"configurationCategories\":      ",
        ",\"configurationPolicies\":        ",
        ",\"configurationPolicyTemplates\": ",
        ",\"configurationSettings\":        ",
        ",\"reusablePolicySettings\":       ",
        ",\"reusableSettings\":             ",
        ",\"templateSettings\":             ",
        ",\"complianceManagementPartners\": ",
        ",\"conditionalAccessSettings\":    ",
        ",\"deviceCategories\":             ",
        ",\"deviceEnrollmentConfigurations\":",
        ",\"deviceManagementPartners\":     ",
        ",\"exchangeConnectors\":           ",
        ",\"exchangeOnPremisesPolicies\":   ",
        ",\"exchangeOnPremisesPolicy\":     ",
        ",\"mobileThreatDefenseConnectors\":",
        ",\"categories\":                   ",
        ",\"intents\":                      ",
        ",\"settingDefinitions\":           ",
        ",\"templates\":                    ",
        ",\"applePushNotificationCertificate\":",
        ",\"cloudPCConnectivityIssues\":    ",
        ",\"comanagedDevices\":             ",
        ",\"comanagementEligibleDevices\":  ",
        ",\"dataSharingConsents\":          ",
        ",\"detectedApps\":                 ",
        ",\"deviceComplianceScripts\":      ",
        ",\"deviceCustomAttributeShellScripts\":",
        ",\"deviceHealthScripts\":          ",
        ",\"deviceManagementScripts\":      ",
        ",\"deviceShellScripts\":           ",
        ",\"managedDeviceOverview\":        ",
        ",\"managedDevices\":               ",
        ",\"mobileAppTroubleshootingEvents\":",
        ",\"remoteActionAudits\":           ",
        ",\"userExperienceAnalyticsAppHealthApplicationPerformance\":",
        ",\"userExperienceAnalyticsAppHealthApplicationPerformanceByAppVersion\":",
        ",\"userExperienceAnalyticsAppHealthApplicationPerformanceByOSVersion\":",
        ",\"userExperienceAnalyticsAppHealthDeviceModelPerformance\":",
        ",\"userExperienceAnalyticsAppHealthDevicePerformance\":",
        ",\"userExperienceAnalyticsAppHealthDevicePerformanceDetails\":",
        ",\"userExperienceAnalyticsAppHealthOSVersionPerformance\":",
        ",\"userExperienceAnalyticsAppHealthOverview\":",
        ",\"userExperienceAnalyticsBaselines\":",
        ",\"userExperienceAnalyticsCategories\":",
        ",\"userExperienceAnalyticsDeviceMetricHistory\":",
        ",\"userExperienceAnalyticsDevicePerformance\":",
        ",\"userExperienceAnalyticsDeviceScores\":",
        ",\"userExperienceAnalyticsDeviceStartupHistory\":",
        ",\"userExperienceAnalyticsDeviceStartupProcesses\":",
        ",\"userExperienceAnalyticsDeviceStartupProcessPerformance\":",
        ",\"userExperienceAnalyticsDevicesWithoutCloudIdentity\":",
        ",\"userExperienceAnalyticsImpactingProcess\":",
        ",\"userExperienceAnalyticsMetricHistory\":",
        ",\"userExperienceAnalyticsNotAutopilotReadyDevice\":",
        ",\"userExperienceAnalyticsOverview\":",
        ",\"userExperienceAnalyticsRegressionSummary\":",
        ",\"userExperienceAnalyticsRemoteConnection\":",
        ",\"userExperienceAnalyticsResourcePerformance\":",
        ",\"userExperienceAnalyticsScoreHistory\":",
        ",\"userExperienceAnalyticsWorkFromAnywhereMetrics\":",
        ",\"windowsMalwareInformation\":    ",
        ",\"derivedCredentials\":           ",
        ",\"resourceAccessProfiles\":       ",
        ",\"appleUserInitiatedEnrollmentProfiles\":",
        ",\"depOnboardingSettings\":        ",
        ",\"importedDeviceIdentities\":     ",
        ",\"importedWindowsAutopilotDeviceIdentities\":",
        ",\"windowsAutopilotDeploymentProfiles\":",
        ",\"windowsAutopilotDeviceIdentities\":",
        ",\"windowsAutopilotSettings\":     ",
        ",\"managementConditions\":         ",
        ",\"managementConditionStatements\":",
        ",\"groupPolicyMigrationReports\":  ",
        ",\"groupPolicyObjectFiles\":       ",
        ",\"groupPolicyCategories\":        ",
        ",\"groupPolicyConfigurations\":    ",
        ",\"groupPolicyDefinitionFiles\":   ",
        ",\"groupPolicyDefinitions\":       ",
        ",\"groupPolicyUploadedDefinitionFiles\":",
        ",\"microsoftTunnelConfigurations\":",
        ",\"microsoftTunnelHealthThresholds\":",
        ",\"microsoftTunnelServerLogCollectionResponses\":",
        ",\"microsoftTunnelSites\":         ",
        ",\"notificationMessageTemplates\": ",
        ",\"domainJoinConnectors\":         ",
        ",\"configManagerCollections\":     ",
        ",\"resourceOperations\":           ",
        ",\"roleAssignments\":              ",
        ",\"roleDefinitions\":              ",
        ",\"roleScopeTags\":                ",
        ",\"remoteAssistancePartners\":     ",
        ",\"reports\":                      ",
        ",\"embeddedSIMActivationCodePools\":",
        ",\"telecomExpenseManagementPartners\":",
        ",\"autopilotEvents\":              ",
        ",\"troubleshootingEvents\":        ",
        ",\"windowsFeatureUpdateProfiles\": ",
        ",\"windowsQualityUpdateProfiles\": ",
        ",\"windowsUpdateCatalogItems\":    ",
        ",\"intuneBrandingProfiles\":       ",
        ",\"windowsInformationProtectionAppLearningSummaries\":",
        ",\"windowsInformationProtectionNetworkLearningSummaries\":",
        ",\"userPfxCertificates\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagement\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "device_compliance_report_summarization_date_time",
            &self.device_compliance_report_summarization_date_time,
        );
        v.field(2usize, "intune_account_id", &self.intune_account_id);
        v.field(
            3usize,
            "last_report_aggregation_date_time",
            &self.last_report_aggregation_date_time,
        );
        v.field(
            4usize,
            "legacy_pc_manangement_enabled",
            &self.legacy_pc_manangement_enabled,
        );
        v.field(5usize, "maximum_dep_tokens", &self.maximum_dep_tokens);
        v.field(6usize, "settings", &self.settings);
        v.field(
            7usize,
            "unlicensed_adminstrators_enabled",
            &self.unlicensed_adminstrators_enabled,
        );
        v.field(8usize, "intune_brand", &self.intune_brand);
        v.field(
            9usize,
            "account_move_completion_date_time",
            &self.account_move_completion_date_time,
        );
        v.field(10usize, "admin_consent", &self.admin_consent);
        v.field(11usize, "device_protection_overview", &self.device_protection_overview);
        v.field(
            12usize,
            "managed_device_cleanup_settings",
            &self.managed_device_cleanup_settings,
        );
        v.field(13usize, "subscriptions", &self.subscriptions);
        v.field(14usize, "subscription_state", &self.subscription_state);
        v.field(
            15usize,
            "user_experience_analytics_settings",
            &self.user_experience_analytics_settings,
        );
        v.field(16usize, "windows_malware_overview", &self.windows_malware_overview);
        v.field(
            17usize,
            "android_device_owner_enrollment_profiles",
            &self.android_device_owner_enrollment_profiles,
        );
        v.field(18usize, "virtual_endpoint", &self.virtual_endpoint);
        v.field(
            19usize,
            "android_for_work_app_configuration_schemas",
            &self.android_for_work_app_configuration_schemas,
        );
        v.field(
            20usize,
            "android_for_work_enrollment_profiles",
            &self.android_for_work_enrollment_profiles,
        );
        v.field(21usize, "android_for_work_settings", &self.android_for_work_settings);
        v.field(
            22usize,
            "android_managed_store_account_enterprise_settings",
            &self.android_managed_store_account_enterprise_settings,
        );
        v.field(
            23usize,
            "android_managed_store_app_configuration_schemas",
            &self.android_managed_store_app_configuration_schemas,
        );
        v.field(24usize, "audit_events", &self.audit_events);
        v.field(25usize, "assignment_filters", &self.assignment_filters);
        v.field(
            26usize,
            "chrome_os_onboarding_settings",
            &self.chrome_os_onboarding_settings,
        );
        v.field(27usize, "terms_and_conditions", &self.terms_and_conditions);
        v.field(
            28usize,
            "advanced_threat_protection_onboarding_state_summary",
            &self.advanced_threat_protection_onboarding_state_summary,
        );
        v.field(29usize, "cart_to_class_associations", &self.cart_to_class_associations);
        v.field(30usize, "device_compliance_policies", &self.device_compliance_policies);
        v.field(
            31usize,
            "device_compliance_policy_device_state_summary",
            &self.device_compliance_policy_device_state_summary,
        );
        v.field(
            32usize,
            "device_compliance_policy_setting_state_summaries",
            &self.device_compliance_policy_setting_state_summaries,
        );
        v.field(
            33usize,
            "device_configuration_conflict_summary",
            &self.device_configuration_conflict_summary,
        );
        v.field(
            34usize,
            "device_configuration_device_state_summaries",
            &self.device_configuration_device_state_summaries,
        );
        v.field(
            35usize,
            "device_configuration_restricted_apps_violations",
            &self.device_configuration_restricted_apps_violations,
        );
        v.field(36usize, "device_configurations", &self.device_configurations);
        v.field(
            37usize,
            "device_configurations_all_managed_device_certificate_states",
            &self.device_configurations_all_managed_device_certificate_states,
        );
        v.field(
            38usize,
            "device_configuration_user_state_summaries",
            &self.device_configuration_user_state_summaries,
        );
        v.field(39usize, "ios_update_statuses", &self.ios_update_statuses);
        v.field(
            40usize,
            "mac_os_software_update_account_summaries",
            &self.mac_os_software_update_account_summaries,
        );
        v.field(
            41usize,
            "managed_device_encryption_states",
            &self.managed_device_encryption_states,
        );
        v.field(42usize, "ndes_connectors", &self.ndes_connectors);
        #[cfg(msgraph_beta_search)]
        v.field(
            43usize,
            "software_update_status_summary",
            &self.software_update_status_summary,
        );
        v.field(44usize, "configuration_categories", &self.configuration_categories);
        v.field(45usize, "configuration_policies", &self.configuration_policies);
        v.field(
            46usize,
            "configuration_policy_templates",
            &self.configuration_policy_templates,
        );
        v.field(47usize, "configuration_settings", &self.configuration_settings);
        v.field(48usize, "reusable_policy_settings", &self.reusable_policy_settings);
        v.field(49usize, "reusable_settings", &self.reusable_settings);
        v.field(50usize, "template_settings", &self.template_settings);
        v.field(
            51usize,
            "compliance_management_partners",
            &self.compliance_management_partners,
        );
        v.field(
            52usize,
            "conditional_access_settings",
            &self.conditional_access_settings,
        );
        v.field(53usize, "device_categories", &self.device_categories);
        v.field(
            54usize,
            "device_enrollment_configurations",
            &self.device_enrollment_configurations,
        );
        v.field(55usize, "device_management_partners", &self.device_management_partners);
        v.field(56usize, "exchange_connectors", &self.exchange_connectors);
        v.field(
            57usize,
            "exchange_on_premises_policies",
            &self.exchange_on_premises_policies,
        );
        v.field(
            58usize,
            "exchange_on_premises_policy",
            &self.exchange_on_premises_policy,
        );
        v.field(
            59usize,
            "mobile_threat_defense_connectors",
            &self.mobile_threat_defense_connectors,
        );
        v.field(60usize, "categories", &self.categories);
        v.field(61usize, "intents", &self.intents);
        v.field(62usize, "setting_definitions", &self.setting_definitions);
        v.field(63usize, "templates", &self.templates);
        v.field(
            64usize,
            "apple_push_notification_certificate",
            &self.apple_push_notification_certificate,
        );
        v.field(
            65usize,
            "cloud_pc_connectivity_issues",
            &self.cloud_pc_connectivity_issues,
        );
        v.field(66usize, "comanaged_devices", &self.comanaged_devices);
        v.field(
            67usize,
            "comanagement_eligible_devices",
            &self.comanagement_eligible_devices,
        );
        v.field(68usize, "data_sharing_consents", &self.data_sharing_consents);
        v.field(69usize, "detected_apps", &self.detected_apps);
        v.field(70usize, "device_compliance_scripts", &self.device_compliance_scripts);
        v.field(
            71usize,
            "device_custom_attribute_shell_scripts",
            &self.device_custom_attribute_shell_scripts,
        );
        v.field(72usize, "device_health_scripts", &self.device_health_scripts);
        v.field(73usize, "device_management_scripts", &self.device_management_scripts);
        v.field(74usize, "device_shell_scripts", &self.device_shell_scripts);
        #[cfg(msgraph_beta_search)]
        v.field(75usize, "managed_device_overview", &self.managed_device_overview);
        v.field(76usize, "managed_devices", &self.managed_devices);
        v.field(
            77usize,
            "mobile_app_troubleshooting_events",
            &self.mobile_app_troubleshooting_events,
        );
        v.field(78usize, "remote_action_audits", &self.remote_action_audits);
        v.field(
            79usize,
            "user_experience_analytics_app_health_application_performance",
            &self.user_experience_analytics_app_health_application_performance,
        );
        v.field(
            80usize,
            "user_experience_analytics_app_health_application_performance_by_app_version",
            &self
                .user_experience_analytics_app_health_application_performance_by_app_version,
        );
        v.field(
            81usize,
            "user_experience_analytics_app_health_application_performance_by_os_version",
            &self
                .user_experience_analytics_app_health_application_performance_by_os_version,
        );
        v.field(
            82usize,
            "user_experience_analytics_app_health_device_model_performance",
            &self.user_experience_analytics_app_health_device_model_performance,
        );
        v.field(
            83usize,
            "user_experience_analytics_app_health_device_performance",
            &self.user_experience_analytics_app_health_device_performance,
        );
        v.field(
            84usize,
            "user_experience_analytics_app_health_device_performance_details",
            &self.user_experience_analytics_app_health_device_performance_details,
        );
        v.field(
            85usize,
            "user_experience_analytics_app_health_os_version_performance",
            &self.user_experience_analytics_app_health_os_version_performance,
        );
        v.field(
            86usize,
            "user_experience_analytics_app_health_overview",
            &self.user_experience_analytics_app_health_overview,
        );
        v.field(
            87usize,
            "user_experience_analytics_baselines",
            &self.user_experience_analytics_baselines,
        );
        v.field(
            88usize,
            "user_experience_analytics_categories",
            &self.user_experience_analytics_categories,
        );
        v.field(
            89usize,
            "user_experience_analytics_device_metric_history",
            &self.user_experience_analytics_device_metric_history,
        );
        v.field(
            90usize,
            "user_experience_analytics_device_performance",
            &self.user_experience_analytics_device_performance,
        );
        v.field(
            91usize,
            "user_experience_analytics_device_scores",
            &self.user_experience_analytics_device_scores,
        );
        v.field(
            92usize,
            "user_experience_analytics_device_startup_history",
            &self.user_experience_analytics_device_startup_history,
        );
        v.field(
            93usize,
            "user_experience_analytics_device_startup_processes",
            &self.user_experience_analytics_device_startup_processes,
        );
        v.field(
            94usize,
            "user_experience_analytics_device_startup_process_performance",
            &self.user_experience_analytics_device_startup_process_performance,
        );
        v.field(
            95usize,
            "user_experience_analytics_devices_without_cloud_identity",
            &self.user_experience_analytics_devices_without_cloud_identity,
        );
        v.field(
            96usize,
            "user_experience_analytics_impacting_process",
            &self.user_experience_analytics_impacting_process,
        );
        v.field(
            97usize,
            "user_experience_analytics_metric_history",
            &self.user_experience_analytics_metric_history,
        );
        v.field(
            98usize,
            "user_experience_analytics_not_autopilot_ready_device",
            &self.user_experience_analytics_not_autopilot_ready_device,
        );
        v.field(
            99usize,
            "user_experience_analytics_overview",
            &self.user_experience_analytics_overview,
        );
        v.field(
            100usize,
            "user_experience_analytics_regression_summary",
            &self.user_experience_analytics_regression_summary,
        );
        v.field(
            101usize,
            "user_experience_analytics_remote_connection",
            &self.user_experience_analytics_remote_connection,
        );
        v.field(
            102usize,
            "user_experience_analytics_resource_performance",
            &self.user_experience_analytics_resource_performance,
        );
        v.field(
            103usize,
            "user_experience_analytics_score_history",
            &self.user_experience_analytics_score_history,
        );
        v.field(
            104usize,
            "user_experience_analytics_work_from_anywhere_metrics",
            &self.user_experience_analytics_work_from_anywhere_metrics,
        );
        v.field(
            105usize,
            "windows_malware_information",
            &self.windows_malware_information,
        );
        v.field(106usize, "derived_credentials", &self.derived_credentials);
        v.field(107usize, "resource_access_profiles", &self.resource_access_profiles);
        v.field(
            108usize,
            "apple_user_initiated_enrollment_profiles",
            &self.apple_user_initiated_enrollment_profiles,
        );
        v.field(109usize, "dep_onboarding_settings", &self.dep_onboarding_settings);
        v.field(
            110usize,
            "imported_device_identities",
            &self.imported_device_identities,
        );
        v.field(
            111usize,
            "imported_windows_autopilot_device_identities",
            &self.imported_windows_autopilot_device_identities,
        );
        v.field(
            112usize,
            "windows_autopilot_deployment_profiles",
            &self.windows_autopilot_deployment_profiles,
        );
        v.field(
            113usize,
            "windows_autopilot_device_identities",
            &self.windows_autopilot_device_identities,
        );
        v.field(
            114usize,
            "windows_autopilot_settings",
            &self.windows_autopilot_settings,
        );
        v.field(115usize, "management_conditions", &self.management_conditions);
        v.field(
            116usize,
            "management_condition_statements",
            &self.management_condition_statements,
        );
        v.field(
            117usize,
            "group_policy_migration_reports",
            &self.group_policy_migration_reports,
        );
        v.field(118usize, "group_policy_object_files", &self.group_policy_object_files);
        v.field(119usize, "group_policy_categories", &self.group_policy_categories);
        v.field(
            120usize,
            "group_policy_configurations",
            &self.group_policy_configurations,
        );
        v.field(
            121usize,
            "group_policy_definition_files",
            &self.group_policy_definition_files,
        );
        v.field(122usize, "group_policy_definitions", &self.group_policy_definitions);
        v.field(
            123usize,
            "group_policy_uploaded_definition_files",
            &self.group_policy_uploaded_definition_files,
        );
        v.field(
            124usize,
            "microsoft_tunnel_configurations",
            &self.microsoft_tunnel_configurations,
        );
        v.field(
            125usize,
            "microsoft_tunnel_health_thresholds",
            &self.microsoft_tunnel_health_thresholds,
        );
        v.field(
            126usize,
            "microsoft_tunnel_server_log_collection_responses",
            &self.microsoft_tunnel_server_log_collection_responses,
        );
        v.field(127usize, "microsoft_tunnel_sites", &self.microsoft_tunnel_sites);
        v.field(
            128usize,
            "notification_message_templates",
            &self.notification_message_templates,
        );
        v.field(129usize, "domain_join_connectors", &self.domain_join_connectors);
        v.field(
            130usize,
            "config_manager_collections",
            &self.config_manager_collections,
        );
        v.field(131usize, "resource_operations", &self.resource_operations);
        v.field(132usize, "role_assignments", &self.role_assignments);
        v.field(133usize, "role_definitions", &self.role_definitions);
        v.field(134usize, "role_scope_tags", &self.role_scope_tags);
        v.field(
            135usize,
            "remote_assistance_partners",
            &self.remote_assistance_partners,
        );
        v.field(136usize, "reports", &self.reports);
        v.field(
            137usize,
            "embedded_sim_activation_code_pools",
            &self.embedded_sim_activation_code_pools,
        );
        v.field(
            138usize,
            "telecom_expense_management_partners",
            &self.telecom_expense_management_partners,
        );
        v.field(139usize, "autopilot_events", &self.autopilot_events);
        v.field(140usize, "troubleshooting_events", &self.troubleshooting_events);
        v.field(
            141usize,
            "windows_feature_update_profiles",
            &self.windows_feature_update_profiles,
        );
        v.field(
            142usize,
            "windows_quality_update_profiles",
            &self.windows_quality_update_profiles,
        );
        v.field(
            143usize,
            "windows_update_catalog_items",
            &self.windows_update_catalog_items,
        );
        v.field(144usize, "intune_branding_profiles", &self.intune_branding_profiles);
        v.field(
            145usize,
            "windows_information_protection_app_learning_summaries",
            &self.windows_information_protection_app_learning_summaries,
        );
        v.field(
            146usize,
            "windows_information_protection_network_learning_summaries",
            &self.windows_information_protection_network_learning_summaries,
        );
        v.field(147usize, "user_pfx_certificates", &self.user_pfx_certificates);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagement {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.device_compliance_report_summarization_date_time.read_from(r),
            2usize => self.intune_account_id.read_from(r),
            3usize => self.last_report_aggregation_date_time.read_from(r),
            4usize => self.legacy_pc_manangement_enabled.read_from(r),
            5usize => self.maximum_dep_tokens.read_from(r),
            6usize => self.settings.read_from(r),
            7usize => self.unlicensed_adminstrators_enabled.read_from(r),
            8usize => self.intune_brand.read_from(r),
            9usize => self.account_move_completion_date_time.read_from(r),
            10usize => self.admin_consent.read_from(r),
            11usize => self.device_protection_overview.read_from(r),
            12usize => self.managed_device_cleanup_settings.read_from(r),
            13usize => self.subscriptions.read_from(r),
            14usize => self.subscription_state.read_from(r),
            15usize => self.user_experience_analytics_settings.read_from(r),
            16usize => self.windows_malware_overview.read_from(r),
            17usize => self.android_device_owner_enrollment_profiles.read_from(r),
            18usize => self.virtual_endpoint.read_from(r),
            19usize => self.android_for_work_app_configuration_schemas.read_from(r),
            20usize => self.android_for_work_enrollment_profiles.read_from(r),
            21usize => self.android_for_work_settings.read_from(r),
            22usize => {
                self.android_managed_store_account_enterprise_settings.read_from(r)
            }
            23usize => self.android_managed_store_app_configuration_schemas.read_from(r),
            24usize => self.audit_events.read_from(r),
            25usize => self.assignment_filters.read_from(r),
            26usize => self.chrome_os_onboarding_settings.read_from(r),
            27usize => self.terms_and_conditions.read_from(r),
            28usize => {
                self.advanced_threat_protection_onboarding_state_summary.read_from(r)
            }
            29usize => self.cart_to_class_associations.read_from(r),
            30usize => self.device_compliance_policies.read_from(r),
            31usize => self.device_compliance_policy_device_state_summary.read_from(r),
            32usize => self.device_compliance_policy_setting_state_summaries.read_from(r),
            33usize => self.device_configuration_conflict_summary.read_from(r),
            34usize => self.device_configuration_device_state_summaries.read_from(r),
            35usize => self.device_configuration_restricted_apps_violations.read_from(r),
            36usize => self.device_configurations.read_from(r),
            37usize => {
                self.device_configurations_all_managed_device_certificate_states
                    .read_from(r)
            }
            38usize => self.device_configuration_user_state_summaries.read_from(r),
            39usize => self.ios_update_statuses.read_from(r),
            40usize => self.mac_os_software_update_account_summaries.read_from(r),
            41usize => self.managed_device_encryption_states.read_from(r),
            42usize => self.ndes_connectors.read_from(r),
            #[cfg(msgraph_beta_search)]
            43usize => self.software_update_status_summary.read_from(r),
            44usize => self.configuration_categories.read_from(r),
            45usize => self.configuration_policies.read_from(r),
            46usize => self.configuration_policy_templates.read_from(r),
            47usize => self.configuration_settings.read_from(r),
            48usize => self.reusable_policy_settings.read_from(r),
            49usize => self.reusable_settings.read_from(r),
            50usize => self.template_settings.read_from(r),
            51usize => self.compliance_management_partners.read_from(r),
            52usize => self.conditional_access_settings.read_from(r),
            53usize => self.device_categories.read_from(r),
            54usize => self.device_enrollment_configurations.read_from(r),
            55usize => self.device_management_partners.read_from(r),
            56usize => self.exchange_connectors.read_from(r),
            57usize => self.exchange_on_premises_policies.read_from(r),
            58usize => self.exchange_on_premises_policy.read_from(r),
            59usize => self.mobile_threat_defense_connectors.read_from(r),
            60usize => self.categories.read_from(r),
            61usize => self.intents.read_from(r),
            62usize => self.setting_definitions.read_from(r),
            63usize => self.templates.read_from(r),
            64usize => self.apple_push_notification_certificate.read_from(r),
            65usize => self.cloud_pc_connectivity_issues.read_from(r),
            66usize => self.comanaged_devices.read_from(r),
            67usize => self.comanagement_eligible_devices.read_from(r),
            68usize => self.data_sharing_consents.read_from(r),
            69usize => self.detected_apps.read_from(r),
            70usize => self.device_compliance_scripts.read_from(r),
            71usize => self.device_custom_attribute_shell_scripts.read_from(r),
            72usize => self.device_health_scripts.read_from(r),
            73usize => self.device_management_scripts.read_from(r),
            74usize => self.device_shell_scripts.read_from(r),
            #[cfg(msgraph_beta_search)]
            75usize => self.managed_device_overview.read_from(r),
            76usize => self.managed_devices.read_from(r),
            77usize => self.mobile_app_troubleshooting_events.read_from(r),
            78usize => self.remote_action_audits.read_from(r),
            79usize => {
                self.user_experience_analytics_app_health_application_performance
                    .read_from(r)
            }
            80usize => {
                self.user_experience_analytics_app_health_application_performance_by_app_version
                    .read_from(r)
            }
            81usize => {
                self.user_experience_analytics_app_health_application_performance_by_os_version
                    .read_from(r)
            }
            82usize => {
                self.user_experience_analytics_app_health_device_model_performance
                    .read_from(r)
            }
            83usize => {
                self.user_experience_analytics_app_health_device_performance.read_from(r)
            }
            84usize => {
                self.user_experience_analytics_app_health_device_performance_details
                    .read_from(r)
            }
            85usize => {
                self.user_experience_analytics_app_health_os_version_performance
                    .read_from(r)
            }
            86usize => self.user_experience_analytics_app_health_overview.read_from(r),
            87usize => self.user_experience_analytics_baselines.read_from(r),
            88usize => self.user_experience_analytics_categories.read_from(r),
            89usize => self.user_experience_analytics_device_metric_history.read_from(r),
            90usize => self.user_experience_analytics_device_performance.read_from(r),
            91usize => self.user_experience_analytics_device_scores.read_from(r),
            92usize => self.user_experience_analytics_device_startup_history.read_from(r),
            93usize => {
                self.user_experience_analytics_device_startup_processes.read_from(r)
            }
            94usize => {
                self.user_experience_analytics_device_startup_process_performance
                    .read_from(r)
            }
            95usize => {
                self.user_experience_analytics_devices_without_cloud_identity
                    .read_from(r)
            }
            96usize => self.user_experience_analytics_impacting_process.read_from(r),
            97usize => self.user_experience_analytics_metric_history.read_from(r),
            98usize => {
                self.user_experience_analytics_not_autopilot_ready_device.read_from(r)
            }
            99usize => self.user_experience_analytics_overview.read_from(r),
            100usize => self.user_experience_analytics_regression_summary.read_from(r),
            101usize => self.user_experience_analytics_remote_connection.read_from(r),
            102usize => self.user_experience_analytics_resource_performance.read_from(r),
            103usize => self.user_experience_analytics_score_history.read_from(r),
            104usize => {
                self.user_experience_analytics_work_from_anywhere_metrics.read_from(r)
            }
            105usize => self.windows_malware_information.read_from(r),
            106usize => self.derived_credentials.read_from(r),
            107usize => self.resource_access_profiles.read_from(r),
            108usize => self.apple_user_initiated_enrollment_profiles.read_from(r),
            109usize => self.dep_onboarding_settings.read_from(r),
            110usize => self.imported_device_identities.read_from(r),
            111usize => self.imported_windows_autopilot_device_identities.read_from(r),
            112usize => self.windows_autopilot_deployment_profiles.read_from(r),
            113usize => self.windows_autopilot_device_identities.read_from(r),
            114usize => self.windows_autopilot_settings.read_from(r),
            115usize => self.management_conditions.read_from(r),
            116usize => self.management_condition_statements.read_from(r),
            117usize => self.group_policy_migration_reports.read_from(r),
            118usize => self.group_policy_object_files.read_from(r),
            119usize => self.group_policy_categories.read_from(r),
            120usize => self.group_policy_configurations.read_from(r),
            121usize => self.group_policy_definition_files.read_from(r),
            122usize => self.group_policy_definitions.read_from(r),
            123usize => self.group_policy_uploaded_definition_files.read_from(r),
            124usize => self.microsoft_tunnel_configurations.read_from(r),
            125usize => self.microsoft_tunnel_health_thresholds.read_from(r),
            126usize => {
                self.microsoft_tunnel_server_log_collection_responses.read_from(r)
            }
            127usize => self.microsoft_tunnel_sites.read_from(r),
            128usize => self.notification_message_templates.read_from(r),
            129usize => self.domain_join_connectors.read_from(r),
            130usize => self.config_manager_collections.read_from(r),
            131usize => self.resource_operations.read_from(r),
            132usize => self.role_assignments.read_from(r),
            133usize => self.role_definitions.read_from(r),
            134usize => self.role_scope_tags.read_from(r),
            135usize => self.remote_assistance_partners.read_from(r),
            136usize => self.reports.read_from(r),
            137usize => self.embedded_sim_activation_code_pools.read_from(r),
            138usize => self.telecom_expense_management_partners.read_from(r),
            139usize => self.autopilot_events.read_from(r),
            140usize => self.troubleshooting_events.read_from(r),
            141usize => self.windows_feature_update_profiles.read_from(r),
            142usize => self.windows_quality_update_profiles.read_from(r),
            143usize => self.windows_update_catalog_items.read_from(r),
            144usize => self.intune_branding_profiles.read_from(r),
            145usize => {
                self.windows_information_protection_app_learning_summaries.read_from(r)
            }
            146usize => {
                self.windows_information_protection_network_learning_summaries
                    .read_from(r)
            }
            147usize => self.user_pfx_certificates.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.device_compliance_report_summarization_date_time);
        w.field(2usize, &self.intune_account_id);
        w.field(3usize, &self.last_report_aggregation_date_time);
        w.field(4usize, &self.legacy_pc_manangement_enabled);
        w.field(5usize, &self.maximum_dep_tokens);
        w.field(6usize, &self.settings);
        w.field(7usize, &self.unlicensed_adminstrators_enabled);
        w.field(8usize, &self.intune_brand);
        w.field(9usize, &self.account_move_completion_date_time);
        w.field(10usize, &self.admin_consent);
        w.field(11usize, &self.device_protection_overview);
        w.field(12usize, &self.managed_device_cleanup_settings);
        w.field(13usize, &self.subscriptions);
        w.field(14usize, &self.subscription_state);
        w.field(15usize, &self.user_experience_analytics_settings);
        w.field(16usize, &self.windows_malware_overview);
        w.field(17usize, &self.android_device_owner_enrollment_profiles);
        w.field(18usize, &self.virtual_endpoint);
        w.field(19usize, &self.android_for_work_app_configuration_schemas);
        w.field(20usize, &self.android_for_work_enrollment_profiles);
        w.field(21usize, &self.android_for_work_settings);
        w.field(22usize, &self.android_managed_store_account_enterprise_settings);
        w.field(23usize, &self.android_managed_store_app_configuration_schemas);
        w.field(24usize, &self.audit_events);
        w.field(25usize, &self.assignment_filters);
        w.field(26usize, &self.chrome_os_onboarding_settings);
        w.field(27usize, &self.terms_and_conditions);
        w.field(28usize, &self.advanced_threat_protection_onboarding_state_summary);
        w.field(29usize, &self.cart_to_class_associations);
        w.field(30usize, &self.device_compliance_policies);
        w.field(31usize, &self.device_compliance_policy_device_state_summary);
        w.field(32usize, &self.device_compliance_policy_setting_state_summaries);
        w.field(33usize, &self.device_configuration_conflict_summary);
        w.field(34usize, &self.device_configuration_device_state_summaries);
        w.field(35usize, &self.device_configuration_restricted_apps_violations);
        w.field(36usize, &self.device_configurations);
        w.field(
            37usize,
            &self.device_configurations_all_managed_device_certificate_states,
        );
        w.field(38usize, &self.device_configuration_user_state_summaries);
        w.field(39usize, &self.ios_update_statuses);
        w.field(40usize, &self.mac_os_software_update_account_summaries);
        w.field(41usize, &self.managed_device_encryption_states);
        w.field(42usize, &self.ndes_connectors);
        #[cfg(msgraph_beta_search)]
        w.field(43usize, &self.software_update_status_summary);
        w.field(44usize, &self.configuration_categories);
        w.field(45usize, &self.configuration_policies);
        w.field(46usize, &self.configuration_policy_templates);
        w.field(47usize, &self.configuration_settings);
        w.field(48usize, &self.reusable_policy_settings);
        w.field(49usize, &self.reusable_settings);
        w.field(50usize, &self.template_settings);
        w.field(51usize, &self.compliance_management_partners);
        w.field(52usize, &self.conditional_access_settings);
        w.field(53usize, &self.device_categories);
        w.field(54usize, &self.device_enrollment_configurations);
        w.field(55usize, &self.device_management_partners);
        w.field(56usize, &self.exchange_connectors);
        w.field(57usize, &self.exchange_on_premises_policies);
        w.field(58usize, &self.exchange_on_premises_policy);
        w.field(59usize, &self.mobile_threat_defense_connectors);
        w.field(60usize, &self.categories);
        w.field(61usize, &self.intents);
        w.field(62usize, &self.setting_definitions);
        w.field(63usize, &self.templates);
        w.field(64usize, &self.apple_push_notification_certificate);
        w.field(65usize, &self.cloud_pc_connectivity_issues);
        w.field(66usize, &self.comanaged_devices);
        w.field(67usize, &self.comanagement_eligible_devices);
        w.field(68usize, &self.data_sharing_consents);
        w.field(69usize, &self.detected_apps);
        w.field(70usize, &self.device_compliance_scripts);
        w.field(71usize, &self.device_custom_attribute_shell_scripts);
        w.field(72usize, &self.device_health_scripts);
        w.field(73usize, &self.device_management_scripts);
        w.field(74usize, &self.device_shell_scripts);
        #[cfg(msgraph_beta_search)] w.field(75usize, &self.managed_device_overview);
        w.field(76usize, &self.managed_devices);
        w.field(77usize, &self.mobile_app_troubleshooting_events);
        w.field(78usize, &self.remote_action_audits);
        w.field(
            79usize,
            &self.user_experience_analytics_app_health_application_performance,
        );
        w.field(
            80usize,
            &self
                .user_experience_analytics_app_health_application_performance_by_app_version,
        );
        w.field(
            81usize,
            &self
                .user_experience_analytics_app_health_application_performance_by_os_version,
        );
        w.field(
            82usize,
            &self.user_experience_analytics_app_health_device_model_performance,
        );
        w.field(83usize, &self.user_experience_analytics_app_health_device_performance);
        w.field(
            84usize,
            &self.user_experience_analytics_app_health_device_performance_details,
        );
        w.field(
            85usize,
            &self.user_experience_analytics_app_health_os_version_performance,
        );
        w.field(86usize, &self.user_experience_analytics_app_health_overview);
        w.field(87usize, &self.user_experience_analytics_baselines);
        w.field(88usize, &self.user_experience_analytics_categories);
        w.field(89usize, &self.user_experience_analytics_device_metric_history);
        w.field(90usize, &self.user_experience_analytics_device_performance);
        w.field(91usize, &self.user_experience_analytics_device_scores);
        w.field(92usize, &self.user_experience_analytics_device_startup_history);
        w.field(93usize, &self.user_experience_analytics_device_startup_processes);
        w.field(
            94usize,
            &self.user_experience_analytics_device_startup_process_performance,
        );
        w.field(95usize, &self.user_experience_analytics_devices_without_cloud_identity);
        w.field(96usize, &self.user_experience_analytics_impacting_process);
        w.field(97usize, &self.user_experience_analytics_metric_history);
        w.field(98usize, &self.user_experience_analytics_not_autopilot_ready_device);
        w.field(99usize, &self.user_experience_analytics_overview);
        w.field(100usize, &self.user_experience_analytics_regression_summary);
        w.field(101usize, &self.user_experience_analytics_remote_connection);
        w.field(102usize, &self.user_experience_analytics_resource_performance);
        w.field(103usize, &self.user_experience_analytics_score_history);
        w.field(104usize, &self.user_experience_analytics_work_from_anywhere_metrics);
        w.field(105usize, &self.windows_malware_information);
        w.field(106usize, &self.derived_credentials);
        w.field(107usize, &self.resource_access_profiles);
        w.field(108usize, &self.apple_user_initiated_enrollment_profiles);
        w.field(109usize, &self.dep_onboarding_settings);
        w.field(110usize, &self.imported_device_identities);
        w.field(111usize, &self.imported_windows_autopilot_device_identities);
        w.field(112usize, &self.windows_autopilot_deployment_profiles);
        w.field(113usize, &self.windows_autopilot_device_identities);
        w.field(114usize, &self.windows_autopilot_settings);
        w.field(115usize, &self.management_conditions);
        w.field(116usize, &self.management_condition_statements);
        w.field(117usize, &self.group_policy_migration_reports);
        w.field(118usize, &self.group_policy_object_files);
        w.field(119usize, &self.group_policy_categories);
        w.field(120usize, &self.group_policy_configurations);
        w.field(121usize, &self.group_policy_definition_files);
        w.field(122usize, &self.group_policy_definitions);
        w.field(123usize, &self.group_policy_uploaded_definition_files);
        w.field(124usize, &self.microsoft_tunnel_configurations);
        w.field(125usize, &self.microsoft_tunnel_health_thresholds);
        w.field(126usize, &self.microsoft_tunnel_server_log_collection_responses);
        w.field(127usize, &self.microsoft_tunnel_sites);
        w.field(128usize, &self.notification_message_templates);
        w.field(129usize, &self.domain_join_connectors);
        w.field(130usize, &self.config_manager_collections);
        w.field(131usize, &self.resource_operations);
        w.field(132usize, &self.role_assignments);
        w.field(133usize, &self.role_definitions);
        w.field(134usize, &self.role_scope_tags);
        w.field(135usize, &self.remote_assistance_partners);
        w.field(136usize, &self.reports);
        w.field(137usize, &self.embedded_sim_activation_code_pools);
        w.field(138usize, &self.telecom_expense_management_partners);
        w.field(139usize, &self.autopilot_events);
        w.field(140usize, &self.troubleshooting_events);
        w.field(141usize, &self.windows_feature_update_profiles);
        w.field(142usize, &self.windows_quality_update_profiles);
        w.field(143usize, &self.windows_update_catalog_items);
        w.field(144usize, &self.intune_branding_profiles);
        w.field(145usize, &self.windows_information_protection_app_learning_summaries);
        w.field(
            146usize,
            &self.windows_information_protection_network_learning_summaries,
        );
        w.field(147usize, &self.user_pfx_certificates);
    }
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
rt::impl_object!(DeviceManagement);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagement { with_id id : ::std::string::String;
    with_device_compliance_report_summarization_date_time
    device_compliance_report_summarization_date_time : rt::edm::DateTimeOffset;
    with_intune_account_id intune_account_id : rt::edm::Guid;
    with_last_report_aggregation_date_time last_report_aggregation_date_time :
    rt::edm::DateTimeOffset; with_legacy_pc_manangement_enabled
    legacy_pc_manangement_enabled : bool; with_maximum_dep_tokens maximum_dep_tokens :
    i32; with_settings settings : crate ::beta::DeviceManagementSettings;
    with_unlicensed_adminstrators_enabled unlicensed_adminstrators_enabled : bool;
    with_intune_brand intune_brand : crate ::beta::IntuneBrand;
    with_account_move_completion_date_time account_move_completion_date_time :
    rt::edm::DateTimeOffset; with_admin_consent admin_consent : crate
    ::beta::AdminConsent; with_device_protection_overview device_protection_overview :
    crate ::beta::DeviceProtectionOverview; with_managed_device_cleanup_settings
    managed_device_cleanup_settings : crate ::beta::ManagedDeviceCleanupSettings;
    with_subscriptions subscriptions : rt::Flags < crate
    ::beta::DeviceManagementSubscriptions >; with_subscription_state subscription_state :
    crate ::beta::DeviceManagementSubscriptionState;
    with_user_experience_analytics_settings user_experience_analytics_settings : crate
    ::beta::UserExperienceAnalyticsSettings; with_windows_malware_overview
    windows_malware_overview : crate ::beta::WindowsMalwareOverview;
    with_android_device_owner_enrollment_profiles
    android_device_owner_enrollment_profiles : ::std::vec::Vec < crate
    ::beta::AndroidDeviceOwnerEnrollmentProfile >; with_virtual_endpoint virtual_endpoint
    : crate ::beta::VirtualEndpoint; with_android_for_work_app_configuration_schemas
    android_for_work_app_configuration_schemas : ::std::vec::Vec < crate
    ::beta::AndroidForWorkAppConfigurationSchema >;
    with_android_for_work_enrollment_profiles android_for_work_enrollment_profiles :
    ::std::vec::Vec < crate ::beta::AndroidForWorkEnrollmentProfile >;
    with_android_for_work_settings android_for_work_settings : crate
    ::beta::AndroidForWorkSettings;
    with_android_managed_store_account_enterprise_settings
    android_managed_store_account_enterprise_settings : crate
    ::beta::AndroidManagedStoreAccountEnterpriseSettings;
    with_android_managed_store_app_configuration_schemas
    android_managed_store_app_configuration_schemas : ::std::vec::Vec < crate
    ::beta::AndroidManagedStoreAppConfigurationSchema >; with_audit_events audit_events :
    ::std::vec::Vec < crate ::beta::AuditEvent >; with_assignment_filters
    assignment_filters : ::std::vec::Vec < crate
    ::beta::DeviceAndAppManagementAssignmentFilter >; with_chrome_os_onboarding_settings
    chrome_os_onboarding_settings : ::std::vec::Vec < crate
    ::beta::ChromeOsOnboardingSettings >; with_terms_and_conditions terms_and_conditions
    : ::std::vec::Vec < crate ::beta::TermsAndConditions >;
    with_advanced_threat_protection_onboarding_state_summary
    advanced_threat_protection_onboarding_state_summary : crate
    ::beta::AdvancedThreatProtectionOnboardingStateSummary;
    with_cart_to_class_associations cart_to_class_associations : ::std::vec::Vec < crate
    ::beta::CartToClassAssociation >; with_device_compliance_policies
    device_compliance_policies : ::std::vec::Vec < crate
    ::beta::AnyDeviceCompliancePolicy >;
    with_device_compliance_policy_device_state_summary
    device_compliance_policy_device_state_summary : crate
    ::beta::DeviceCompliancePolicyDeviceStateSummary;
    with_device_compliance_policy_setting_state_summaries
    device_compliance_policy_setting_state_summaries : ::std::vec::Vec < crate
    ::beta::DeviceCompliancePolicySettingStateSummary >;
    with_device_configuration_conflict_summary device_configuration_conflict_summary :
    ::std::vec::Vec < crate ::beta::DeviceConfigurationConflictSummary >;
    with_device_configuration_device_state_summaries
    device_configuration_device_state_summaries : crate
    ::beta::DeviceConfigurationDeviceStateSummary;
    with_device_configuration_restricted_apps_violations
    device_configuration_restricted_apps_violations : ::std::vec::Vec < crate
    ::beta::RestrictedAppsViolation >; with_device_configurations device_configurations :
    ::std::vec::Vec < crate ::beta::AnyDeviceConfiguration >;
    with_device_configurations_all_managed_device_certificate_states
    device_configurations_all_managed_device_certificate_states : ::std::vec::Vec < crate
    ::beta::ManagedAllDeviceCertificateState >;
    with_device_configuration_user_state_summaries
    device_configuration_user_state_summaries : crate
    ::beta::DeviceConfigurationUserStateSummary; with_ios_update_statuses
    ios_update_statuses : ::std::vec::Vec < crate ::beta::IosUpdateDeviceStatus >;
    with_mac_os_software_update_account_summaries
    mac_os_software_update_account_summaries : ::std::vec::Vec < crate
    ::beta::MacOsSoftwareUpdateAccountSummary >; with_managed_device_encryption_states
    managed_device_encryption_states : ::std::vec::Vec < crate
    ::beta::ManagedDeviceEncryptionState >; with_ndes_connectors ndes_connectors :
    ::std::vec::Vec < crate ::beta::NdesConnector >; #[cfg(msgraph_beta_search)]
    with_software_update_status_summary software_update_status_summary : crate
    ::beta::SoftwareUpdateStatusSummary; with_configuration_categories
    configuration_categories : ::std::vec::Vec < crate
    ::beta::DeviceManagementConfigurationCategory >; with_configuration_policies
    configuration_policies : ::std::vec::Vec < crate
    ::beta::DeviceManagementConfigurationPolicy >; with_configuration_policy_templates
    configuration_policy_templates : ::std::vec::Vec < crate
    ::beta::DeviceManagementConfigurationPolicyTemplate >; with_configuration_settings
    configuration_settings : ::std::vec::Vec < crate
    ::beta::AnyDeviceManagementConfigurationSettingDefinition >;
    with_reusable_policy_settings reusable_policy_settings : ::std::vec::Vec < crate
    ::beta::DeviceManagementReusablePolicySetting >; with_reusable_settings
    reusable_settings : ::std::vec::Vec < crate
    ::beta::AnyDeviceManagementConfigurationSettingDefinition >; with_template_settings
    template_settings : ::std::vec::Vec < crate
    ::beta::DeviceManagementConfigurationSettingTemplate >;
    with_compliance_management_partners compliance_management_partners : ::std::vec::Vec
    < crate ::beta::ComplianceManagementPartner >; with_conditional_access_settings
    conditional_access_settings : crate ::beta::OnPremisesConditionalAccessSettings;
    with_device_categories device_categories : ::std::vec::Vec < crate
    ::beta::DeviceCategory >; with_device_enrollment_configurations
    device_enrollment_configurations : ::std::vec::Vec < crate
    ::beta::AnyDeviceEnrollmentConfiguration >; with_device_management_partners
    device_management_partners : ::std::vec::Vec < crate ::beta::DeviceManagementPartner
    >; with_exchange_connectors exchange_connectors : ::std::vec::Vec < crate
    ::beta::DeviceManagementExchangeConnector >; with_exchange_on_premises_policies
    exchange_on_premises_policies : ::std::vec::Vec < crate
    ::beta::DeviceManagementExchangeOnPremisesPolicy >; with_exchange_on_premises_policy
    exchange_on_premises_policy : crate ::beta::DeviceManagementExchangeOnPremisesPolicy;
    with_mobile_threat_defense_connectors mobile_threat_defense_connectors :
    ::std::vec::Vec < crate ::beta::MobileThreatDefenseConnector >; with_categories
    categories : ::std::vec::Vec < crate ::beta::AnyDeviceManagementSettingCategory >;
    with_intents intents : ::std::vec::Vec < crate ::beta::DeviceManagementIntent >;
    with_setting_definitions setting_definitions : ::std::vec::Vec < crate
    ::beta::AnyDeviceManagementSettingDefinition >; with_templates templates :
    ::std::vec::Vec < crate ::beta::AnyDeviceManagementTemplate >;
    with_apple_push_notification_certificate apple_push_notification_certificate : crate
    ::beta::ApplePushNotificationCertificate; with_cloud_pc_connectivity_issues
    cloud_pc_connectivity_issues : ::std::vec::Vec < crate
    ::beta::CloudPcConnectivityIssue >; with_comanaged_devices comanaged_devices :
    ::std::vec::Vec < crate ::beta::AnyManagedDevice >;
    with_comanagement_eligible_devices comanagement_eligible_devices : ::std::vec::Vec <
    crate ::beta::ComanagementEligibleDevice >; with_data_sharing_consents
    data_sharing_consents : ::std::vec::Vec < crate ::beta::DataSharingConsent >;
    with_detected_apps detected_apps : ::std::vec::Vec < crate ::beta::DetectedApp >;
    with_device_compliance_scripts device_compliance_scripts : ::std::vec::Vec < crate
    ::beta::DeviceComplianceScript >; with_device_custom_attribute_shell_scripts
    device_custom_attribute_shell_scripts : ::std::vec::Vec < crate
    ::beta::DeviceCustomAttributeShellScript >; with_device_health_scripts
    device_health_scripts : ::std::vec::Vec < crate ::beta::DeviceHealthScript >;
    with_device_management_scripts device_management_scripts : ::std::vec::Vec < crate
    ::beta::DeviceManagementScript >; with_device_shell_scripts device_shell_scripts :
    ::std::vec::Vec < crate ::beta::DeviceShellScript >; #[cfg(msgraph_beta_search)]
    with_managed_device_overview managed_device_overview : crate
    ::beta::ManagedDeviceOverview; with_managed_devices managed_devices : ::std::vec::Vec
    < crate ::beta::AnyManagedDevice >; with_mobile_app_troubleshooting_events
    mobile_app_troubleshooting_events : ::std::vec::Vec < crate
    ::beta::MobileAppTroubleshootingEvent >; with_remote_action_audits
    remote_action_audits : ::std::vec::Vec < crate ::beta::RemoteActionAudit >;
    with_user_experience_analytics_app_health_application_performance
    user_experience_analytics_app_health_application_performance : ::std::vec::Vec <
    crate ::beta::UserExperienceAnalyticsAppHealthApplicationPerformance >;
    with_user_experience_analytics_app_health_application_performance_by_app_version
    user_experience_analytics_app_health_application_performance_by_app_version :
    ::std::vec::Vec < crate
    ::beta::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersion >;
    with_user_experience_analytics_app_health_application_performance_by_os_version
    user_experience_analytics_app_health_application_performance_by_os_version :
    ::std::vec::Vec < crate
    ::beta::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion >;
    with_user_experience_analytics_app_health_device_model_performance
    user_experience_analytics_app_health_device_model_performance : ::std::vec::Vec <
    crate ::beta::UserExperienceAnalyticsAppHealthDeviceModelPerformance >;
    with_user_experience_analytics_app_health_device_performance
    user_experience_analytics_app_health_device_performance : ::std::vec::Vec < crate
    ::beta::UserExperienceAnalyticsAppHealthDevicePerformance >;
    with_user_experience_analytics_app_health_device_performance_details
    user_experience_analytics_app_health_device_performance_details : ::std::vec::Vec <
    crate ::beta::UserExperienceAnalyticsAppHealthDevicePerformanceDetails >;
    with_user_experience_analytics_app_health_os_version_performance
    user_experience_analytics_app_health_os_version_performance : ::std::vec::Vec < crate
    ::beta::UserExperienceAnalyticsAppHealthOsVersionPerformance >;
    with_user_experience_analytics_app_health_overview
    user_experience_analytics_app_health_overview : crate
    ::beta::UserExperienceAnalyticsCategory; with_user_experience_analytics_baselines
    user_experience_analytics_baselines : ::std::vec::Vec < crate
    ::beta::UserExperienceAnalyticsBaseline >; with_user_experience_analytics_categories
    user_experience_analytics_categories : ::std::vec::Vec < crate
    ::beta::UserExperienceAnalyticsCategory >;
    with_user_experience_analytics_device_metric_history
    user_experience_analytics_device_metric_history : ::std::vec::Vec < crate
    ::beta::UserExperienceAnalyticsMetricHistory >;
    with_user_experience_analytics_device_performance
    user_experience_analytics_device_performance : ::std::vec::Vec < crate
    ::beta::UserExperienceAnalyticsDevicePerformance >;
    with_user_experience_analytics_device_scores user_experience_analytics_device_scores
    : ::std::vec::Vec < crate ::beta::UserExperienceAnalyticsDeviceScores >;
    with_user_experience_analytics_device_startup_history
    user_experience_analytics_device_startup_history : ::std::vec::Vec < crate
    ::beta::UserExperienceAnalyticsDeviceStartupHistory >;
    with_user_experience_analytics_device_startup_processes
    user_experience_analytics_device_startup_processes : ::std::vec::Vec < crate
    ::beta::UserExperienceAnalyticsDeviceStartupProcess >;
    with_user_experience_analytics_device_startup_process_performance
    user_experience_analytics_device_startup_process_performance : ::std::vec::Vec <
    crate ::beta::UserExperienceAnalyticsDeviceStartupProcessPerformance >;
    with_user_experience_analytics_devices_without_cloud_identity
    user_experience_analytics_devices_without_cloud_identity : ::std::vec::Vec < crate
    ::beta::UserExperienceAnalyticsDeviceWithoutCloudIdentity >;
    with_user_experience_analytics_impacting_process
    user_experience_analytics_impacting_process : ::std::vec::Vec < crate
    ::beta::UserExperienceAnalyticsImpactingProcess >;
    with_user_experience_analytics_metric_history
    user_experience_analytics_metric_history : ::std::vec::Vec < crate
    ::beta::UserExperienceAnalyticsMetricHistory >;
    with_user_experience_analytics_not_autopilot_ready_device
    user_experience_analytics_not_autopilot_ready_device : ::std::vec::Vec < crate
    ::beta::UserExperienceAnalyticsNotAutopilotReadyDevice >;
    with_user_experience_analytics_overview user_experience_analytics_overview : crate
    ::beta::UserExperienceAnalyticsOverview;
    with_user_experience_analytics_regression_summary
    user_experience_analytics_regression_summary : crate
    ::beta::UserExperienceAnalyticsRegressionSummary;
    with_user_experience_analytics_remote_connection
    user_experience_analytics_remote_connection : ::std::vec::Vec < crate
    ::beta::UserExperienceAnalyticsRemoteConnection >;
    with_user_experience_analytics_resource_performance
    user_experience_analytics_resource_performance : ::std::vec::Vec < crate
    ::beta::UserExperienceAnalyticsResourcePerformance >;
    with_user_experience_analytics_score_history user_experience_analytics_score_history
    : ::std::vec::Vec < crate ::beta::UserExperienceAnalyticsScoreHistory >;
    with_user_experience_analytics_work_from_anywhere_metrics
    user_experience_analytics_work_from_anywhere_metrics : ::std::vec::Vec < crate
    ::beta::UserExperienceAnalyticsWorkFromAnywhereMetric >;
    with_windows_malware_information windows_malware_information : ::std::vec::Vec <
    crate ::beta::WindowsMalwareInformation >; with_derived_credentials
    derived_credentials : ::std::vec::Vec < crate
    ::beta::DeviceManagementDerivedCredentialSettings >; with_resource_access_profiles
    resource_access_profiles : ::std::vec::Vec < crate
    ::beta::AnyDeviceManagementResourceAccessProfileBase >;
    with_apple_user_initiated_enrollment_profiles
    apple_user_initiated_enrollment_profiles : ::std::vec::Vec < crate
    ::beta::AppleUserInitiatedEnrollmentProfile >; with_dep_onboarding_settings
    dep_onboarding_settings : ::std::vec::Vec < crate ::beta::DepOnboardingSetting >;
    with_imported_device_identities imported_device_identities : ::std::vec::Vec < crate
    ::beta::AnyImportedDeviceIdentity >;
    with_imported_windows_autopilot_device_identities
    imported_windows_autopilot_device_identities : ::std::vec::Vec < crate
    ::beta::ImportedWindowsAutopilotDeviceIdentity >;
    with_windows_autopilot_deployment_profiles windows_autopilot_deployment_profiles :
    ::std::vec::Vec < crate ::beta::AnyWindowsAutopilotDeploymentProfile >;
    with_windows_autopilot_device_identities windows_autopilot_device_identities :
    ::std::vec::Vec < crate ::beta::WindowsAutopilotDeviceIdentity >;
    with_windows_autopilot_settings windows_autopilot_settings : crate
    ::beta::WindowsAutopilotSettings; with_management_conditions management_conditions :
    ::std::vec::Vec < crate ::beta::AnyManagementCondition >;
    with_management_condition_statements management_condition_statements :
    ::std::vec::Vec < crate ::beta::ManagementConditionStatement >;
    with_group_policy_migration_reports group_policy_migration_reports : ::std::vec::Vec
    < crate ::beta::GroupPolicyMigrationReport >; with_group_policy_object_files
    group_policy_object_files : ::std::vec::Vec < crate ::beta::GroupPolicyObjectFile >;
    with_group_policy_categories group_policy_categories : ::std::vec::Vec < crate
    ::beta::GroupPolicyCategory >; with_group_policy_configurations
    group_policy_configurations : ::std::vec::Vec < crate
    ::beta::GroupPolicyConfiguration >; with_group_policy_definition_files
    group_policy_definition_files : ::std::vec::Vec < crate
    ::beta::AnyGroupPolicyDefinitionFile >; with_group_policy_definitions
    group_policy_definitions : ::std::vec::Vec < crate ::beta::GroupPolicyDefinition >;
    with_group_policy_uploaded_definition_files group_policy_uploaded_definition_files :
    ::std::vec::Vec < crate ::beta::GroupPolicyUploadedDefinitionFile >;
    with_microsoft_tunnel_configurations microsoft_tunnel_configurations :
    ::std::vec::Vec < crate ::beta::MicrosoftTunnelConfiguration >;
    with_microsoft_tunnel_health_thresholds microsoft_tunnel_health_thresholds :
    ::std::vec::Vec < crate ::beta::MicrosoftTunnelHealthThreshold >;
    with_microsoft_tunnel_server_log_collection_responses
    microsoft_tunnel_server_log_collection_responses : ::std::vec::Vec < crate
    ::beta::MicrosoftTunnelServerLogCollectionResponse >; with_microsoft_tunnel_sites
    microsoft_tunnel_sites : ::std::vec::Vec < crate ::beta::MicrosoftTunnelSite >;
    with_notification_message_templates notification_message_templates : ::std::vec::Vec
    < crate ::beta::NotificationMessageTemplate >; with_domain_join_connectors
    domain_join_connectors : ::std::vec::Vec < crate
    ::beta::DeviceManagementDomainJoinConnector >; with_config_manager_collections
    config_manager_collections : ::std::vec::Vec < crate ::beta::ConfigManagerCollection
    >; with_resource_operations resource_operations : ::std::vec::Vec < crate
    ::beta::ResourceOperation >; with_role_assignments role_assignments : ::std::vec::Vec
    < crate ::beta::DeviceAndAppManagementRoleAssignment >; with_role_definitions
    role_definitions : ::std::vec::Vec < crate ::beta::AnyRoleDefinition >;
    with_role_scope_tags role_scope_tags : ::std::vec::Vec < crate ::beta::RoleScopeTag
    >; with_remote_assistance_partners remote_assistance_partners : ::std::vec::Vec <
    crate ::beta::RemoteAssistancePartner >; with_reports reports : crate
    ::beta::DeviceManagementReports; with_embedded_sim_activation_code_pools
    embedded_sim_activation_code_pools : ::std::vec::Vec < crate
    ::beta::EmbeddedSimActivationCodePool >; with_telecom_expense_management_partners
    telecom_expense_management_partners : ::std::vec::Vec < crate
    ::beta::TelecomExpenseManagementPartner >; with_autopilot_events autopilot_events :
    ::std::vec::Vec < crate ::beta::DeviceManagementAutopilotEvent >;
    with_troubleshooting_events troubleshooting_events : ::std::vec::Vec < crate
    ::beta::AnyDeviceManagementTroubleshootingEvent >;
    with_windows_feature_update_profiles windows_feature_update_profiles :
    ::std::vec::Vec < crate ::beta::WindowsFeatureUpdateProfile >;
    with_windows_quality_update_profiles windows_quality_update_profiles :
    ::std::vec::Vec < crate ::beta::WindowsQualityUpdateProfile >;
    with_windows_update_catalog_items windows_update_catalog_items : ::std::vec::Vec <
    crate ::beta::AnyWindowsUpdateCatalogItem >; with_intune_branding_profiles
    intune_branding_profiles : ::std::vec::Vec < crate ::beta::IntuneBrandingProfile >;
    with_windows_information_protection_app_learning_summaries
    windows_information_protection_app_learning_summaries : ::std::vec::Vec < crate
    ::beta::WindowsInformationProtectionAppLearningSummary >;
    with_windows_information_protection_network_learning_summaries
    windows_information_protection_network_learning_summaries : ::std::vec::Vec < crate
    ::beta::WindowsInformationProtectionNetworkLearningSummary >;
    with_user_pfx_certificates user_pfx_certificates : ::std::vec::Vec < crate
    ::beta::UserPfxCertificate >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagement);
#[cfg(msgraph_beta_device_management_or_search)]
/// Intune will provide customer the ability to run their Powershell scripts on the enrolled windows 10 Azure Active Directory joined devices. The script can be run once or periodically.
///
/// CSDL: `microsoft.graph.deviceManagementScript`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceManagementScriptPath`](requests/trait.DeviceManagementScriptPath.html), what a path to one (`EntityPath<DeviceManagementScript, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementScript {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the device management script was created. This property is read-only.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Optional description for the device management script.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Name of the device management script.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Indicate whether the script signature needs be checked.
    ///
    /// CSDL: property `enforceSignatureCheck`: `Edm.Boolean`, not nullable.
    pub enforce_signature_check: rt::Field<bool>,
    /// Script file name.
    ///
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// The date and time the device management script was last modified. This property is read-only.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// List of Scope Tag IDs for this PowerShellScript instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// A value indicating whether the PowerShell script should run as 32-bit
    ///
    /// CSDL: property `runAs32Bit`: `Edm.Boolean`, not nullable.
    pub run_as32_bit: rt::Field<bool>,
    /// Indicates the type of execution context.
    ///
    /// CSDL: property `runAsAccount`: `microsoft.graph.runAsAccountType`, not nullable.
    pub run_as_account: rt::Field<crate::beta::RunAsAccountType>,
    /// The script content.
    ///
    /// CSDL: property `scriptContent`: `Edm.Binary`, nullable.
    pub script_content: rt::Field<rt::edm::Binary>,
    /// The list of group assignments for the device management script.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceManagementScriptAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementScriptAssignment>,
    >,
    /// List of run states for this script across all devices.
    ///
    /// CSDL: containment navigation property `deviceRunStates`: `Collection(microsoft.graph.deviceManagementScriptDeviceState)`, not nullable.
    pub device_run_states: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementScriptDeviceState>,
    >,
    /// The list of group assignments for the device management script.
    ///
    /// CSDL: containment navigation property `groupAssignments`: `Collection(microsoft.graph.deviceManagementScriptGroupAssignment)`, not nullable.
    pub group_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementScriptGroupAssignment>,
    >,
    /// Run summary for device management script.
    ///
    /// CSDL: navigation property `runSummary`: `microsoft.graph.deviceManagementScriptRunSummary`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_search)]
    pub run_summary: rt::Field<crate::beta::DeviceManagementScriptRunSummary>,
    /// List of run states for this script across all users.
    ///
    /// CSDL: containment navigation property `userRunStates`: `Collection(microsoft.graph.deviceManagementScriptUserState)`, not nullable.
    pub user_run_states: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementScriptUserState>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementScript {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            enforce_signature_check: rt::Field::Absent,
            file_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            run_as32_bit: rt::Field::Absent,
            run_as_account: rt::Field::Absent,
            script_content: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_run_states: rt::Field::Absent,
            group_assignments: rt::Field::Absent,
            #[cfg(msgraph_beta_search)]
            run_summary: rt::Field::Absent,
            user_run_states: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementScript {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementScript";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "enforceSignatureCheck",
        "fileName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "runAs32Bit",
        "runAsAccount",
        "scriptContent",
        "assignments",
        "deviceRunStates",
        "groupAssignments",
        "runSummary",
        "userRunStates",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"enforceSignatureCheck\":        ",
        ",\"fileName\":                     ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"runAs32Bit\":                   ",
        ",\"runAsAccount\":                 ",
        ",\"scriptContent\":                ",
        ",\"assignments\":                  ",
        ",\"deviceRunStates\":              ",
        ",\"groupAssignments\":             ",
        ",\"runSummary\":                   ",
        ",\"userRunStates\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementScript\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "enforce_signature_check", &self.enforce_signature_check);
        v.field(5usize, "file_name", &self.file_name);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(8usize, "run_as32_bit", &self.run_as32_bit);
        v.field(9usize, "run_as_account", &self.run_as_account);
        v.field(10usize, "script_content", &self.script_content);
        v.field(11usize, "assignments", &self.assignments);
        v.field(12usize, "device_run_states", &self.device_run_states);
        v.field(13usize, "group_assignments", &self.group_assignments);
        #[cfg(msgraph_beta_search)] v.field(14usize, "run_summary", &self.run_summary);
        v.field(15usize, "user_run_states", &self.user_run_states);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementScript {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.enforce_signature_check.read_from(r),
            5usize => self.file_name.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.role_scope_tag_ids.read_from(r),
            8usize => self.run_as32_bit.read_from(r),
            9usize => self.run_as_account.read_from(r),
            10usize => self.script_content.read_from(r),
            11usize => self.assignments.read_from(r),
            12usize => self.device_run_states.read_from(r),
            13usize => self.group_assignments.read_from(r),
            #[cfg(msgraph_beta_search)]
            14usize => self.run_summary.read_from(r),
            15usize => self.user_run_states.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.enforce_signature_check);
        w.field(5usize, &self.file_name);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.role_scope_tag_ids);
        w.field(8usize, &self.run_as32_bit);
        w.field(9usize, &self.run_as_account);
        w.field(10usize, &self.script_content);
        w.field(11usize, &self.assignments);
        w.field(12usize, &self.device_run_states);
        w.field(13usize, &self.group_assignments);
        #[cfg(msgraph_beta_search)] w.field(14usize, &self.run_summary);
        w.field(15usize, &self.user_run_states);
    }
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
rt::impl_object!(DeviceManagementScript);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementScript { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_enforce_signature_check enforce_signature_check : bool; with_file_name file_name
    : ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_run_as32_bit run_as32_bit : bool; with_run_as_account
    run_as_account : crate ::beta::RunAsAccountType; with_script_content script_content :
    rt::edm::Binary; with_assignments assignments : ::std::vec::Vec < crate
    ::beta::DeviceManagementScriptAssignment >; with_device_run_states device_run_states
    : ::std::vec::Vec < crate ::beta::DeviceManagementScriptDeviceState >;
    with_group_assignments group_assignments : ::std::vec::Vec < crate
    ::beta::DeviceManagementScriptGroupAssignment >; #[cfg(msgraph_beta_search)]
    with_run_summary run_summary : crate ::beta::DeviceManagementScriptRunSummary;
    with_user_run_states user_run_states : ::std::vec::Vec < crate
    ::beta::DeviceManagementScriptUserState >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementScript);
#[cfg(msgraph_beta_device_management_or_search)]
/// Contains properties for device run state of the device management script.
///
/// CSDL: `microsoft.graph.deviceManagementScriptDeviceState`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceManagementScriptDeviceStatePath`](requests/trait.DeviceManagementScriptDeviceStatePath.html), what a path to one (`EntityPath<DeviceManagementScriptDeviceState, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementScriptDeviceState {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Error code corresponding to erroneous execution of the device management script.
    ///
    /// CSDL: property `errorCode`: `Edm.Int32`, not nullable.
    pub error_code: rt::Field<i32>,
    /// Error description corresponding to erroneous execution of the device management script.
    ///
    /// CSDL: property `errorDescription`: `Edm.String`, nullable.
    pub error_description: rt::Field<::std::string::String>,
    /// Latest time the device management script executes.
    ///
    /// CSDL: property `lastStateUpdateDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_state_update_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Details of execution output.
    ///
    /// CSDL: property `resultMessage`: `Edm.String`, nullable.
    pub result_message: rt::Field<::std::string::String>,
    /// State of latest run of the device management script.
    ///
    /// CSDL: property `runState`: `microsoft.graph.runState`, not nullable.
    pub run_state: rt::Field<crate::beta::RunState>,
    /// The managed devices that executes the device management script.
    ///
    /// CSDL: navigation property `managedDevice`: `microsoft.graph.managedDevice`, nullable.
    pub managed_device: rt::Field<crate::beta::AnyManagedDevice>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementScriptDeviceState {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            error_code: rt::Field::Absent,
            error_description: rt::Field::Absent,
            last_state_update_date_time: rt::Field::Absent,
            result_message: rt::Field::Absent,
            run_state: rt::Field::Absent,
            managed_device: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementScriptDeviceState {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementScriptDeviceState";
    const KEYS: &'static [&'static str] = &[
        "id",
        "errorCode",
        "errorDescription",
        "lastStateUpdateDateTime",
        "resultMessage",
        "runState",
        "managedDevice",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"errorCode\":                    ",
        ",\"errorDescription\":             ",
        ",\"lastStateUpdateDateTime\":      ",
        ",\"resultMessage\":                ",
        ",\"runState\":                     ",
        ",\"managedDevice\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementScriptDeviceState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "error_code", &self.error_code);
        v.field(2usize, "error_description", &self.error_description);
        v.field(
            3usize,
            "last_state_update_date_time",
            &self.last_state_update_date_time,
        );
        v.field(4usize, "result_message", &self.result_message);
        v.field(5usize, "run_state", &self.run_state);
        v.field(6usize, "managed_device", &self.managed_device);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementScriptDeviceState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.error_code.read_from(r),
            2usize => self.error_description.read_from(r),
            3usize => self.last_state_update_date_time.read_from(r),
            4usize => self.result_message.read_from(r),
            5usize => self.run_state.read_from(r),
            6usize => self.managed_device.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.error_code);
        w.field(2usize, &self.error_description);
        w.field(3usize, &self.last_state_update_date_time);
        w.field(4usize, &self.result_message);
        w.field(5usize, &self.run_state);
        w.field(6usize, &self.managed_device);
    }
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
rt::impl_object!(DeviceManagementScriptDeviceState);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementScriptDeviceState { with_id id : ::std::string::String;
    with_error_code error_code : i32; with_error_description error_description :
    ::std::string::String; with_last_state_update_date_time last_state_update_date_time :
    rt::edm::DateTimeOffset; with_result_message result_message : ::std::string::String;
    with_run_state run_state : crate ::beta::RunState; with_managed_device managed_device
    : crate ::beta::AnyManagedDevice; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementScriptDeviceState);
#[cfg(msgraph_beta_device_management_or_search)]
/// Contains properties for user run state of the device management script.
///
/// CSDL: `microsoft.graph.deviceManagementScriptUserState`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceManagementScriptUserStatePath`](requests/trait.DeviceManagementScriptUserStatePath.html), what a path to one (`EntityPath<DeviceManagementScriptUserState, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementScriptUserState {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Error device count for specific user.
    ///
    /// CSDL: property `errorDeviceCount`: `Edm.Int32`, not nullable.
    pub error_device_count: rt::Field<i32>,
    /// Success device count for specific user.
    ///
    /// CSDL: property `successDeviceCount`: `Edm.Int32`, not nullable.
    pub success_device_count: rt::Field<i32>,
    /// User principle name of specific user.
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// List of run states for this script across all devices of specific user.
    ///
    /// CSDL: containment navigation property `deviceRunStates`: `Collection(microsoft.graph.deviceManagementScriptDeviceState)`, not nullable.
    pub device_run_states: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementScriptDeviceState>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementScriptUserState {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            error_device_count: rt::Field::Absent,
            success_device_count: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            device_run_states: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementScriptUserState {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementScriptUserState";
    const KEYS: &'static [&'static str] = &[
        "id",
        "errorDeviceCount",
        "successDeviceCount",
        "userPrincipalName",
        "deviceRunStates",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"errorDeviceCount\":             ",
        ",\"successDeviceCount\":           ",
        ",\"userPrincipalName\":            ",
        ",\"deviceRunStates\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementScriptUserState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "error_device_count", &self.error_device_count);
        v.field(2usize, "success_device_count", &self.success_device_count);
        v.field(3usize, "user_principal_name", &self.user_principal_name);
        v.field(4usize, "device_run_states", &self.device_run_states);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementScriptUserState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.error_device_count.read_from(r),
            2usize => self.success_device_count.read_from(r),
            3usize => self.user_principal_name.read_from(r),
            4usize => self.device_run_states.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.error_device_count);
        w.field(2usize, &self.success_device_count);
        w.field(3usize, &self.user_principal_name);
        w.field(4usize, &self.device_run_states);
    }
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
rt::impl_object!(DeviceManagementScriptUserState);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementScriptUserState { with_id id : ::std::string::String;
    with_error_device_count error_device_count : i32; with_success_device_count
    success_device_count : i32; with_user_principal_name user_principal_name :
    ::std::string::String; with_device_run_states device_run_states : ::std::vec::Vec <
    crate ::beta::DeviceManagementScriptDeviceState >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementScriptUserState);
#[cfg(msgraph_beta_device_management_or_search)]
/// Intune will provide customer the ability to run their Shell scripts on the enrolled Mac OS devices. The script can be run once or periodically.
///
/// CSDL: `microsoft.graph.deviceShellScript`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceShellScriptPath`](requests/trait.DeviceShellScriptPath.html), what a path to one (`EntityPath<DeviceShellScript, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceShellScript {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Does not notify the user a script is being executed
    ///
    /// CSDL: property `blockExecutionNotifications`: `Edm.Boolean`, not nullable.
    pub block_execution_notifications: rt::Field<bool>,
    /// The date and time the device management script was created. This property is read-only.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Optional description for the device management script.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Name of the device management script.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The interval for script to run. If not defined the script will run once
    ///
    /// CSDL: property `executionFrequency`: `Edm.Duration`, not nullable.
    pub execution_frequency: rt::Field<rt::edm::Duration>,
    /// Script file name.
    ///
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// The date and time the device management script was last modified. This property is read-only.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Number of times for the script to be retried if it fails
    ///
    /// CSDL: property `retryCount`: `Edm.Int32`, not nullable.
    pub retry_count: rt::Field<i32>,
    /// List of Scope Tag IDs for this PowerShellScript instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Indicates the type of execution context.
    ///
    /// CSDL: property `runAsAccount`: `microsoft.graph.runAsAccountType`, not nullable.
    pub run_as_account: rt::Field<crate::beta::RunAsAccountType>,
    /// The script content.
    ///
    /// CSDL: property `scriptContent`: `Edm.Binary`, nullable.
    pub script_content: rt::Field<rt::edm::Binary>,
    /// The list of group assignments for the device management script.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceManagementScriptAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementScriptAssignment>,
    >,
    /// List of run states for this script across all devices.
    ///
    /// CSDL: containment navigation property `deviceRunStates`: `Collection(microsoft.graph.deviceManagementScriptDeviceState)`, not nullable.
    pub device_run_states: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementScriptDeviceState>,
    >,
    /// The list of group assignments for the device management script.
    ///
    /// CSDL: containment navigation property `groupAssignments`: `Collection(microsoft.graph.deviceManagementScriptGroupAssignment)`, not nullable.
    pub group_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementScriptGroupAssignment>,
    >,
    /// Run summary for device management script.
    ///
    /// CSDL: navigation property `runSummary`: `microsoft.graph.deviceManagementScriptRunSummary`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_search)]
    pub run_summary: rt::Field<crate::beta::DeviceManagementScriptRunSummary>,
    /// List of run states for this script across all users.
    ///
    /// CSDL: containment navigation property `userRunStates`: `Collection(microsoft.graph.deviceManagementScriptUserState)`, not nullable.
    pub user_run_states: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementScriptUserState>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceShellScript {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            block_execution_notifications: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            execution_frequency: rt::Field::Absent,
            file_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            retry_count: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            run_as_account: rt::Field::Absent,
            script_content: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_run_states: rt::Field::Absent,
            group_assignments: rt::Field::Absent,
            #[cfg(msgraph_beta_search)]
            run_summary: rt::Field::Absent,
            user_run_states: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceShellScript {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceShellScript";
    const KEYS: &'static [&'static str] = &[
        "id",
        "blockExecutionNotifications",
        "createdDateTime",
        "description",
        "displayName",
        "executionFrequency",
        "fileName",
        "lastModifiedDateTime",
        "retryCount",
        "roleScopeTagIds",
        "runAsAccount",
        "scriptContent",
        "assignments",
        "deviceRunStates",
        "groupAssignments",
        "runSummary",
        "userRunStates",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"blockExecutionNotifications\":  ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"executionFrequency\":           ",
        ",\"fileName\":                     ",
        ",\"lastModifiedDateTime\":         ",
        ",\"retryCount\":                   ",
        ",\"roleScopeTagIds\":              ",
        ",\"runAsAccount\":                 ",
        ",\"scriptContent\":                ",
        ",\"assignments\":                  ",
        ",\"deviceRunStates\":              ",
        ",\"groupAssignments\":             ",
        ",\"runSummary\":                   ",
        ",\"userRunStates\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceShellScript\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "block_execution_notifications",
            &self.block_execution_notifications,
        );
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "execution_frequency", &self.execution_frequency);
        v.field(6usize, "file_name", &self.file_name);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "retry_count", &self.retry_count);
        v.field(9usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(10usize, "run_as_account", &self.run_as_account);
        v.field(11usize, "script_content", &self.script_content);
        v.field(12usize, "assignments", &self.assignments);
        v.field(13usize, "device_run_states", &self.device_run_states);
        v.field(14usize, "group_assignments", &self.group_assignments);
        #[cfg(msgraph_beta_search)] v.field(15usize, "run_summary", &self.run_summary);
        v.field(16usize, "user_run_states", &self.user_run_states);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceShellScript {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.block_execution_notifications.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.execution_frequency.read_from(r),
            6usize => self.file_name.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.retry_count.read_from(r),
            9usize => self.role_scope_tag_ids.read_from(r),
            10usize => self.run_as_account.read_from(r),
            11usize => self.script_content.read_from(r),
            12usize => self.assignments.read_from(r),
            13usize => self.device_run_states.read_from(r),
            14usize => self.group_assignments.read_from(r),
            #[cfg(msgraph_beta_search)]
            15usize => self.run_summary.read_from(r),
            16usize => self.user_run_states.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.block_execution_notifications);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.execution_frequency);
        w.field(6usize, &self.file_name);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.retry_count);
        w.field(9usize, &self.role_scope_tag_ids);
        w.field(10usize, &self.run_as_account);
        w.field(11usize, &self.script_content);
        w.field(12usize, &self.assignments);
        w.field(13usize, &self.device_run_states);
        w.field(14usize, &self.group_assignments);
        #[cfg(msgraph_beta_search)] w.field(15usize, &self.run_summary);
        w.field(16usize, &self.user_run_states);
    }
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
rt::impl_object!(DeviceShellScript);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceShellScript { with_id id : ::std::string::String;
    with_block_execution_notifications block_execution_notifications : bool;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_execution_frequency execution_frequency :
    rt::edm::Duration; with_file_name file_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_retry_count retry_count : i32; with_role_scope_tag_ids role_scope_tag_ids :
    ::std::vec::Vec < ::std::string::String >; with_run_as_account run_as_account : crate
    ::beta::RunAsAccountType; with_script_content script_content : rt::edm::Binary;
    with_assignments assignments : ::std::vec::Vec < crate
    ::beta::DeviceManagementScriptAssignment >; with_device_run_states device_run_states
    : ::std::vec::Vec < crate ::beta::DeviceManagementScriptDeviceState >;
    with_group_assignments group_assignments : ::std::vec::Vec < crate
    ::beta::DeviceManagementScriptGroupAssignment >; #[cfg(msgraph_beta_search)]
    with_run_summary run_summary : crate ::beta::DeviceManagementScriptRunSummary;
    with_user_run_states user_run_states : ::std::vec::Vec < crate
    ::beta::DeviceManagementScriptUserState >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceShellScript);
