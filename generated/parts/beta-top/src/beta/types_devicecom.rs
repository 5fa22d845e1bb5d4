//! Types of `microsoft.graph` by the first letters of their names (`devicecom`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// Intune will provide customer the ability to run their Powershell Compliance scripts (detection) on the enrolled windows 10 Azure Active Directory joined devices.
///
/// CSDL: `microsoft.graph.deviceComplianceScript`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceComplianceScriptPath`](requests/trait.DeviceComplianceScriptPath.html), what a path to one (`EntityPath<DeviceComplianceScript, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceComplianceScript {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The timestamp of when the device compliance script was created. This property is read-only.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Description of the device compliance script
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The entire content of the detection powershell script
    ///
    /// CSDL: property `detectionScriptContent`: `Edm.Binary`, nullable.
    pub detection_script_content: rt::Field<rt::edm::Binary>,
    /// Name of the device compliance script
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Indicate whether the script signature needs be checked
    ///
    /// CSDL: property `enforceSignatureCheck`: `Edm.Boolean`, not nullable.
    pub enforce_signature_check: rt::Field<bool>,
    /// The timestamp of when the device compliance script was modified. This property is read-only.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Name of the device compliance script publisher
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// List of Scope Tag IDs for the device compliance script
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
    /// Version of the device compliance script
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// The list of group assignments for the device compliance script
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceHealthScriptAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceHealthScriptAssignment>,
    >,
    /// List of run states for the device compliance script across all devices
    ///
    /// CSDL: containment navigation property `deviceRunStates`: `Collection(microsoft.graph.deviceComplianceScriptDeviceState)`, not nullable.
    pub device_run_states: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceComplianceScriptDeviceState>,
    >,
    /// High level run summary for device compliance script.
    ///
    /// CSDL: containment navigation property `runSummary`: `microsoft.graph.deviceComplianceScriptRunSummary`, nullable.
    pub run_summary: rt::Field<crate::beta::DeviceComplianceScriptRunSummary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceComplianceScript {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            detection_script_content: rt::Field::Absent,
            display_name: rt::Field::Absent,
            enforce_signature_check: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            publisher: rt::Field::Absent,
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
impl rt::Object for DeviceComplianceScript {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceComplianceScript";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "detectionScriptContent",
        "displayName",
        "enforceSignatureCheck",
        "lastModifiedDateTime",
        "publisher",
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
        ",\"displayName\":                  ",
        ",\"enforceSignatureCheck\":        ",
        ",\"lastModifiedDateTime\":         ",
        ",\"publisher\":                    ",
        ",\"roleScopeTagIds\":              ",
        ",\"runAs32Bit\":                   ",
        ",\"runAsAccount\":                 ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceRunStates\":              ",
        ",\"runSummary\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceComplianceScript\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "detection_script_content", &self.detection_script_content);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "enforce_signature_check", &self.enforce_signature_check);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "publisher", &self.publisher);
        v.field(8usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(9usize, "run_as32_bit", &self.run_as32_bit);
        v.field(10usize, "run_as_account", &self.run_as_account);
        v.field(11usize, "version", &self.version);
        v.field(12usize, "assignments", &self.assignments);
        v.field(13usize, "device_run_states", &self.device_run_states);
        v.field(14usize, "run_summary", &self.run_summary);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceComplianceScript {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.detection_script_content.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.enforce_signature_check.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.publisher.read_from(r),
            8usize => self.role_scope_tag_ids.read_from(r),
            9usize => self.run_as32_bit.read_from(r),
            10usize => self.run_as_account.read_from(r),
            11usize => self.version.read_from(r),
            12usize => self.assignments.read_from(r),
            13usize => self.device_run_states.read_from(r),
            14usize => self.run_summary.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.detection_script_content);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.enforce_signature_check);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.publisher);
        w.field(8usize, &self.role_scope_tag_ids);
        w.field(9usize, &self.run_as32_bit);
        w.field(10usize, &self.run_as_account);
        w.field(11usize, &self.version);
        w.field(12usize, &self.assignments);
        w.field(13usize, &self.device_run_states);
        w.field(14usize, &self.run_summary);
    }
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
rt::impl_object!(DeviceComplianceScript);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceComplianceScript { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_detection_script_content detection_script_content :
    rt::edm::Binary; with_display_name display_name : ::std::string::String;
    with_enforce_signature_check enforce_signature_check : bool;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_publisher publisher : ::std::string::String; with_role_scope_tag_ids
    role_scope_tag_ids : ::std::vec::Vec < ::std::string::String >; with_run_as32_bit
    run_as32_bit : bool; with_run_as_account run_as_account : crate
    ::beta::RunAsAccountType; with_version version : ::std::string::String;
    with_assignments assignments : ::std::vec::Vec < crate
    ::beta::DeviceHealthScriptAssignment >; with_device_run_states device_run_states :
    ::std::vec::Vec < crate ::beta::DeviceComplianceScriptDeviceState >; with_run_summary
    run_summary : crate ::beta::DeviceComplianceScriptRunSummary; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceComplianceScript);
#[cfg(msgraph_beta_device_management_or_search)]
/// Contains properties for device run state of the device compliance script.
///
/// CSDL: `microsoft.graph.deviceComplianceScriptDeviceState`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceComplianceScriptDeviceStatePath`](requests/trait.DeviceComplianceScriptDeviceStatePath.html), what a path to one (`EntityPath<DeviceComplianceScriptDeviceState, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceComplianceScriptDeviceState {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Detection state from the lastest device compliance script execution
    ///
    /// CSDL: property `detectionState`: `microsoft.graph.runState`, not nullable.
    pub detection_state: rt::Field<crate::beta::RunState>,
    /// The next timestamp of when the device compliance script is expected to execute
    ///
    /// CSDL: property `expectedStateUpdateDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expected_state_update_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The last timestamp of when the device compliance script executed
    ///
    /// CSDL: property `lastStateUpdateDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_state_update_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The last time that Intune Managment Extension synced with Intune
    ///
    /// CSDL: property `lastSyncDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Error from the detection script
    ///
    /// CSDL: property `scriptError`: `Edm.String`, nullable.
    pub script_error: rt::Field<::std::string::String>,
    /// Output of the detection script
    ///
    /// CSDL: property `scriptOutput`: `Edm.String`, nullable.
    pub script_output: rt::Field<::std::string::String>,
    /// The managed device on which the device compliance script executed
    ///
    /// CSDL: navigation property `managedDevice`: `microsoft.graph.managedDevice`, nullable.
    pub managed_device: rt::Field<crate::beta::AnyManagedDevice>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceComplianceScriptDeviceState {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            detection_state: rt::Field::Absent,
            expected_state_update_date_time: rt::Field::Absent,
            last_state_update_date_time: rt::Field::Absent,
            last_sync_date_time: rt::Field::Absent,
            script_error: rt::Field::Absent,
            script_output: rt::Field::Absent,
            managed_device: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceComplianceScriptDeviceState {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceComplianceScriptDeviceState";
    const KEYS: &'static [&'static str] = &[
        "id",
        "detectionState",
        "expectedStateUpdateDateTime",
        "lastStateUpdateDateTime",
        "lastSyncDateTime",
        "scriptError",
        "scriptOutput",
        "managedDevice",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"detectionState\":               ",
        ",\"expectedStateUpdateDateTime\":  ",
        ",\"lastStateUpdateDateTime\":      ",
        ",\"lastSyncDateTime\":             ",
        ",\"scriptError\":                  ",
        ",\"scriptOutput\":                 ",
        ",\"managedDevice\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceComplianceScriptDeviceState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "detection_state", &self.detection_state);
        v.field(
            2usize,
            "expected_state_update_date_time",
            &self.expected_state_update_date_time,
        );
        v.field(
            3usize,
            "last_state_update_date_time",
            &self.last_state_update_date_time,
        );
        v.field(4usize, "last_sync_date_time", &self.last_sync_date_time);
        v.field(5usize, "script_error", &self.script_error);
        v.field(6usize, "script_output", &self.script_output);
        v.field(7usize, "managed_device", &self.managed_device);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceComplianceScriptDeviceState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.detection_state.read_from(r),
            2usize => self.expected_state_update_date_time.read_from(r),
            3usize => self.last_state_update_date_time.read_from(r),
            4usize => self.last_sync_date_time.read_from(r),
            5usize => self.script_error.read_from(r),
            6usize => self.script_output.read_from(r),
            7usize => self.managed_device.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.detection_state);
        w.field(2usize, &self.expected_state_update_date_time);
        w.field(3usize, &self.last_state_update_date_time);
        w.field(4usize, &self.last_sync_date_time);
        w.field(5usize, &self.script_error);
        w.field(6usize, &self.script_output);
        w.field(7usize, &self.managed_device);
    }
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
rt::impl_object!(DeviceComplianceScriptDeviceState);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceComplianceScriptDeviceState { with_id id : ::std::string::String;
    with_detection_state detection_state : crate ::beta::RunState;
    with_expected_state_update_date_time expected_state_update_date_time :
    rt::edm::DateTimeOffset; with_last_state_update_date_time last_state_update_date_time
    : rt::edm::DateTimeOffset; with_last_sync_date_time last_sync_date_time :
    rt::edm::DateTimeOffset; with_script_error script_error : ::std::string::String;
    with_script_output script_output : ::std::string::String; with_managed_device
    managed_device : crate ::beta::AnyManagedDevice; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceComplianceScriptDeviceState);
