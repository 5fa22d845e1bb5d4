//! Types of `microsoft.graph` by the first letters of their names (`devicecu`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// Represents a custom attribute script for macOS.
///
/// CSDL: `microsoft.graph.deviceCustomAttributeShellScript`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceCustomAttributeShellScriptPath`](requests/trait.DeviceCustomAttributeShellScriptPath.html), what a path to one (`EntityPath<DeviceCustomAttributeShellScript, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceCustomAttributeShellScript {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the device management script was created. This property is read-only.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The name of the custom attribute.
    ///
    /// CSDL: property `customAttributeName`: `Edm.String`, nullable.
    pub custom_attribute_name: rt::Field<::std::string::String>,
    /// The expected type of the custom attribute's value.
    ///
    /// CSDL: property `customAttributeType`: `microsoft.graph.deviceCustomAttributeValueType`, not nullable.
    pub custom_attribute_type: rt::Field<crate::beta::DeviceCustomAttributeValueType>,
    /// Optional description for the device management script.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Name of the device management script.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
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
impl ::std::default::Default for DeviceCustomAttributeShellScript {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            custom_attribute_name: rt::Field::Absent,
            custom_attribute_type: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            file_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
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
impl rt::Object for DeviceCustomAttributeShellScript {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceCustomAttributeShellScript";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "customAttributeName",
        "customAttributeType",
        "description",
        "displayName",
        "fileName",
        "lastModifiedDateTime",
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
        ",\"createdDateTime\":              ",
        ",\"customAttributeName\":          ",
        ",\"customAttributeType\":          ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"fileName\":                     ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"runAsAccount\":                 ",
        ",\"scriptContent\":                ",
        ",\"assignments\":                  ",
        ",\"deviceRunStates\":              ",
        ",\"groupAssignments\":             ",
        ",\"runSummary\":                   ",
        ",\"userRunStates\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceCustomAttributeShellScript\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "custom_attribute_name", &self.custom_attribute_name);
        v.field(3usize, "custom_attribute_type", &self.custom_attribute_type);
        v.field(4usize, "description", &self.description);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "file_name", &self.file_name);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
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
impl rt::object::Members for DeviceCustomAttributeShellScript {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.custom_attribute_name.read_from(r),
            3usize => self.custom_attribute_type.read_from(r),
            4usize => self.description.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.file_name.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.role_scope_tag_ids.read_from(r),
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
        w.field(2usize, &self.custom_attribute_name);
        w.field(3usize, &self.custom_attribute_type);
        w.field(4usize, &self.description);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.file_name);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.role_scope_tag_ids);
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
rt::impl_object!(DeviceCustomAttributeShellScript);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceCustomAttributeShellScript { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_custom_attribute_name custom_attribute_name : ::std::string::String;
    with_custom_attribute_type custom_attribute_type : crate
    ::beta::DeviceCustomAttributeValueType; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_file_name file_name : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_role_scope_tag_ids
    role_scope_tag_ids : ::std::vec::Vec < ::std::string::String >; with_run_as_account
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
rt::impl_serde!(DeviceCustomAttributeShellScript);
