//! Types of `microsoft.graph` by the first letters of their names (`devicem_devicet`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// Entity representing the defintion for an abstract complex setting
///
/// CSDL: `microsoft.graph.deviceManagementAbstractComplexSettingDefinition`, entity type, derived from `microsoft.graph.deviceManagementSettingDefinition`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementAbstractComplexSettingDefinition {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Collection of constraints for the setting value
    ///
    /// CSDL: property `constraints`: `Collection(microsoft.graph.deviceManagementConstraint)`, nullable.
    pub constraints: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceManagementConstraint>,
    >,
    /// Collection of dependencies on other settings
    ///
    /// CSDL: property `dependencies`: `Collection(microsoft.graph.deviceManagementSettingDependency)`, nullable.
    pub dependencies: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementSettingDependency>,
    >,
    /// The setting's description
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The setting's display name
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Url to setting documentation
    ///
    /// CSDL: property `documentationUrl`: `Edm.String`, nullable.
    pub documentation_url: rt::Field<::std::string::String>,
    /// subtitle of the setting header for more details about the category/section
    ///
    /// CSDL: property `headerSubtitle`: `Edm.String`, nullable.
    pub header_subtitle: rt::Field<::std::string::String>,
    /// title of the setting header represents a category/section of a setting/settings
    ///
    /// CSDL: property `headerTitle`: `Edm.String`, nullable.
    pub header_title: rt::Field<::std::string::String>,
    /// If the setting is top level, it can be configured without the need to be wrapped in a collection or complex setting
    ///
    /// CSDL: property `isTopLevel`: `Edm.Boolean`, not nullable.
    pub is_top_level: rt::Field<bool>,
    /// Keywords associated with the setting
    ///
    /// CSDL: property `keywords`: `Collection(Edm.String)`, nullable.
    pub keywords: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Placeholder text as an example of valid input
    ///
    /// CSDL: property `placeholderText`: `Edm.String`, nullable.
    pub placeholder_text: rt::Field<::std::string::String>,
    /// The data type of the value
    ///
    /// CSDL: property `valueType`: `microsoft.graph.deviceManangementIntentValueType`, not nullable.
    pub value_type: rt::Field<crate::beta::DeviceManangementIntentValueType>,
    /// List of definition IDs for all possible implementations of this abstract complex setting
    ///
    /// CSDL: property `implementations`: `Collection(Edm.String)`, nullable.
    pub implementations: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementAbstractComplexSettingDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            constraints: rt::Field::Absent,
            dependencies: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            documentation_url: rt::Field::Absent,
            header_subtitle: rt::Field::Absent,
            header_title: rt::Field::Absent,
            is_top_level: rt::Field::Absent,
            keywords: rt::Field::Absent,
            placeholder_text: rt::Field::Absent,
            value_type: rt::Field::Absent,
            implementations: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementAbstractComplexSettingDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementAbstractComplexSettingDefinition";
    const KEYS: &'static [&'static str] = &[
        "id",
        "constraints",
        "dependencies",
        "description",
        "displayName",
        "documentationUrl",
        "headerSubtitle",
        "headerTitle",
        "isTopLevel",
        "keywords",
        "placeholderText",
        "valueType",
        "implementations",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"constraints\":                  ",
        ",\"dependencies\":                 ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"documentationUrl\":             ",
        ",\"headerSubtitle\":               ",
        ",\"headerTitle\":                  ",
        ",\"isTopLevel\":                   ",
        ",\"keywords\":                     ",
        ",\"placeholderText\":              ",
        ",\"valueType\":                    ",
        ",\"implementations\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementAbstractComplexSettingDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "constraints", &self.constraints);
        v.field(2usize, "dependencies", &self.dependencies);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "documentation_url", &self.documentation_url);
        v.field(6usize, "header_subtitle", &self.header_subtitle);
        v.field(7usize, "header_title", &self.header_title);
        v.field(8usize, "is_top_level", &self.is_top_level);
        v.field(9usize, "keywords", &self.keywords);
        v.field(10usize, "placeholder_text", &self.placeholder_text);
        v.field(11usize, "value_type", &self.value_type);
        v.field(12usize, "implementations", &self.implementations);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementAbstractComplexSettingDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.constraints.read_from(r),
            2usize => self.dependencies.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.documentation_url.read_from(r),
            6usize => self.header_subtitle.read_from(r),
            7usize => self.header_title.read_from(r),
            8usize => self.is_top_level.read_from(r),
            9usize => self.keywords.read_from(r),
            10usize => self.placeholder_text.read_from(r),
            11usize => self.value_type.read_from(r),
            12usize => self.implementations.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.constraints);
        w.field(2usize, &self.dependencies);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.documentation_url);
        w.field(6usize, &self.header_subtitle);
        w.field(7usize, &self.header_title);
        w.field(8usize, &self.is_top_level);
        w.field(9usize, &self.keywords);
        w.field(10usize, &self.placeholder_text);
        w.field(11usize, &self.value_type);
        w.field(12usize, &self.implementations);
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
rt::impl_object!(DeviceManagementAbstractComplexSettingDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementAbstractComplexSettingDefinition { with_id id :
    ::std::string::String; with_constraints constraints : ::std::vec::Vec < crate
    ::beta::AnyDeviceManagementConstraint >; with_dependencies dependencies :
    ::std::vec::Vec < crate ::beta::DeviceManagementSettingDependency >; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_documentation_url documentation_url :
    ::std::string::String; with_header_subtitle header_subtitle : ::std::string::String;
    with_header_title header_title : ::std::string::String; with_is_top_level
    is_top_level : bool; with_keywords keywords : ::std::vec::Vec < ::std::string::String
    >; with_placeholder_text placeholder_text : ::std::string::String; with_value_type
    value_type : crate ::beta::DeviceManangementIntentValueType; with_implementations
    implementations : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementAbstractComplexSettingDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
/// A setting instance representing a complex value for an abstract setting
///
/// CSDL: `microsoft.graph.deviceManagementAbstractComplexSettingInstance`, entity type, derived from `microsoft.graph.deviceManagementSettingInstance`, key `id`.
///
/// Request builders: [`DeviceManagementAbstractComplexSettingInstancePath`](requests/trait.DeviceManagementAbstractComplexSettingInstancePath.html), what a path to one (`EntityPath<DeviceManagementAbstractComplexSettingInstance, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementAbstractComplexSettingInstance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The ID of the setting definition for this instance
    ///
    /// CSDL: property `definitionId`: `Edm.String`, not nullable.
    pub definition_id: rt::Field<::std::string::String>,
    /// JSON representation of the value
    ///
    /// CSDL: property `valueJson`: `Edm.String`, nullable.
    pub value_json: rt::Field<::std::string::String>,
    /// The definition ID for the chosen implementation of this complex setting
    ///
    /// CSDL: property `implementationId`: `Edm.String`, nullable.
    pub implementation_id: rt::Field<::std::string::String>,
    /// The values that make up the complex setting
    ///
    /// CSDL: containment navigation property `value`: `Collection(microsoft.graph.deviceManagementSettingInstance)`, not nullable.
    pub value: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceManagementSettingInstance>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementAbstractComplexSettingInstance {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            definition_id: rt::Field::Absent,
            value_json: rt::Field::Absent,
            implementation_id: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementAbstractComplexSettingInstance {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementAbstractComplexSettingInstance";
    const KEYS: &'static [&'static str] = &[
        "id",
        "definitionId",
        "valueJson",
        "implementationId",
        "value",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"definitionId\":                 ",
        ",\"valueJson\":                    ",
        ",\"implementationId\":             ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementAbstractComplexSettingInstance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "definition_id", &self.definition_id);
        v.field(2usize, "value_json", &self.value_json);
        v.field(3usize, "implementation_id", &self.implementation_id);
        v.field(4usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementAbstractComplexSettingInstance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.definition_id.read_from(r),
            2usize => self.value_json.read_from(r),
            3usize => self.implementation_id.read_from(r),
            4usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.definition_id);
        w.field(2usize, &self.value_json);
        w.field(3usize, &self.implementation_id);
        w.field(4usize, &self.value);
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
rt::impl_object!(DeviceManagementAbstractComplexSettingInstance);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementAbstractComplexSettingInstance { with_id id : ::std::string::String;
    with_definition_id definition_id : ::std::string::String; with_value_json value_json
    : ::std::string::String; with_implementation_id implementation_id :
    ::std::string::String; with_value value : ::std::vec::Vec < crate
    ::beta::AnyDeviceManagementSettingInstance >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementAbstractComplexSettingInstance);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementApplicabilityRuleDeviceMode {
    /// Applicability rule for device mode.
    ///
    /// CSDL: property `deviceMode`: `microsoft.graph.windows10DeviceModeType`, not nullable.
    pub device_mode: rt::Field<crate::beta::Windows10DeviceModeType>,
    /// Name for object.
    ///
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Applicability Rule type.
    ///
    /// CSDL: property `ruleType`: `microsoft.graph.deviceManagementApplicabilityRuleType`, not nullable.
    pub rule_type: rt::Field<crate::beta::DeviceManagementApplicabilityRuleType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementApplicabilityRuleDeviceMode {
    #[inline]
    fn default() -> Self {
        Self {
            device_mode: rt::Field::Absent,
            name: rt::Field::Absent,
            rule_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementApplicabilityRuleDeviceMode {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementApplicabilityRuleDeviceMode";
    const KEYS: &'static [&'static str] = &["deviceMode", "name", "ruleType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceMode\":                   ",
        ",\"name\":                         ",
        ",\"ruleType\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementApplicabilityRuleDeviceMode\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "device_mode", &self.device_mode);
        v.field(1usize, "name", &self.name);
        v.field(2usize, "rule_type", &self.rule_type);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementApplicabilityRuleDeviceMode {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_mode.read_from(r),
            1usize => self.name.read_from(r),
            2usize => self.rule_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_mode);
        w.field(1usize, &self.name);
        w.field(2usize, &self.rule_type);
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
rt::impl_object!(DeviceManagementApplicabilityRuleDeviceMode);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementApplicabilityRuleDeviceMode { with_device_mode device_mode : crate
    ::beta::Windows10DeviceModeType; with_name name : ::std::string::String;
    with_rule_type rule_type : crate ::beta::DeviceManagementApplicabilityRuleType; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementApplicabilityRuleDeviceMode);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents an Autopilot flow event.
///
/// CSDL: `microsoft.graph.deviceManagementAutopilotEvent`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceManagementAutopilotEventPath`](requests/trait.DeviceManagementAutopilotEventPath.html), what a path to one (`EntityPath<DeviceManagementAutopilotEvent, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementAutopilotEvent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Time spent in user ESP.
    ///
    /// CSDL: property `accountSetupDuration`: `Edm.Duration`, not nullable.
    pub account_setup_duration: rt::Field<rt::edm::Duration>,
    /// Deployment status for the enrollment status page account setup phase.
    ///
    /// CSDL: property `accountSetupStatus`: `microsoft.graph.windowsAutopilotDeploymentState`, not nullable.
    pub account_setup_status: rt::Field<crate::beta::WindowsAutopilotDeploymentState>,
    /// Autopilot deployment duration including enrollment.
    ///
    /// CSDL: property `deploymentDuration`: `Edm.Duration`, not nullable.
    pub deployment_duration: rt::Field<rt::edm::Duration>,
    /// Deployment end time.
    ///
    /// CSDL: property `deploymentEndDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub deployment_end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Deployment start time.
    ///
    /// CSDL: property `deploymentStartDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub deployment_start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Deployment state like Success, Failure, InProgress, SuccessWithTimeout.
    ///
    /// CSDL: property `deploymentState`: `microsoft.graph.windowsAutopilotDeploymentState`, not nullable.
    pub deployment_state: rt::Field<crate::beta::WindowsAutopilotDeploymentState>,
    /// Total deployment duration from enrollment to Desktop screen.
    ///
    /// CSDL: property `deploymentTotalDuration`: `Edm.Duration`, not nullable.
    pub deployment_total_duration: rt::Field<rt::edm::Duration>,
    /// Device id associated with the object
    ///
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// Time spent in device enrollment.
    ///
    /// CSDL: property `devicePreparationDuration`: `Edm.Duration`, not nullable.
    pub device_preparation_duration: rt::Field<rt::edm::Duration>,
    /// Device registration date.
    ///
    /// CSDL: property `deviceRegisteredDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub device_registered_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Device serial number.
    ///
    /// CSDL: property `deviceSerialNumber`: `Edm.String`, nullable.
    pub device_serial_number: rt::Field<::std::string::String>,
    /// Time spent in device ESP.
    ///
    /// CSDL: property `deviceSetupDuration`: `Edm.Duration`, not nullable.
    pub device_setup_duration: rt::Field<rt::edm::Duration>,
    /// Deployment status for the enrollment status page device setup phase.
    ///
    /// CSDL: property `deviceSetupStatus`: `microsoft.graph.windowsAutopilotDeploymentState`, not nullable.
    pub device_setup_status: rt::Field<crate::beta::WindowsAutopilotDeploymentState>,
    /// Enrollment failure details.
    ///
    /// CSDL: property `enrollmentFailureDetails`: `Edm.String`, nullable.
    pub enrollment_failure_details: rt::Field<::std::string::String>,
    /// Device enrollment start date.
    ///
    /// CSDL: property `enrollmentStartDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub enrollment_start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Enrollment state like Enrolled, Failed.
    ///
    /// CSDL: property `enrollmentState`: `microsoft.graph.enrollmentState`, not nullable.
    pub enrollment_state: rt::Field<crate::beta::EnrollmentState>,
    /// Enrollment type.
    ///
    /// CSDL: property `enrollmentType`: `microsoft.graph.windowsAutopilotEnrollmentType`, not nullable.
    pub enrollment_type: rt::Field<crate::beta::WindowsAutopilotEnrollmentType>,
    /// Time when the event occurred .
    ///
    /// CSDL: property `eventDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub event_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Managed device name.
    ///
    /// CSDL: property `managedDeviceName`: `Edm.String`, nullable.
    pub managed_device_name: rt::Field<::std::string::String>,
    /// Device operating system version.
    ///
    /// CSDL: property `osVersion`: `Edm.String`, nullable.
    pub os_version: rt::Field<::std::string::String>,
    /// Count of applications targeted.
    ///
    /// CSDL: property `targetedAppCount`: `Edm.Int32`, not nullable.
    pub targeted_app_count: rt::Field<i32>,
    /// Count of policies targeted.
    ///
    /// CSDL: property `targetedPolicyCount`: `Edm.Int32`, not nullable.
    pub targeted_policy_count: rt::Field<i32>,
    /// User principal name used to enroll the device.
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Enrollment Status Page profile name
    ///
    /// CSDL: property `windows10EnrollmentCompletionPageConfigurationDisplayName`: `Edm.String`, nullable.
    pub windows10_enrollment_completion_page_configuration_display_name: rt::Field<
        ::std::string::String,
    >,
    /// Enrollment Status Page profile ID
    ///
    /// CSDL: property `windows10EnrollmentCompletionPageConfigurationId`: `Edm.String`, nullable.
    pub windows10_enrollment_completion_page_configuration_id: rt::Field<
        ::std::string::String,
    >,
    /// Autopilot profile name.
    ///
    /// CSDL: property `windowsAutopilotDeploymentProfileDisplayName`: `Edm.String`, nullable.
    pub windows_autopilot_deployment_profile_display_name: rt::Field<
        ::std::string::String,
    >,
    /// Policy and application status details for this device.
    ///
    /// CSDL: containment navigation property `policyStatusDetails`: `Collection(microsoft.graph.deviceManagementAutopilotPolicyStatusDetail)`, not nullable.
    pub policy_status_details: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementAutopilotPolicyStatusDetail>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementAutopilotEvent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            account_setup_duration: rt::Field::Absent,
            account_setup_status: rt::Field::Absent,
            deployment_duration: rt::Field::Absent,
            deployment_end_date_time: rt::Field::Absent,
            deployment_start_date_time: rt::Field::Absent,
            deployment_state: rt::Field::Absent,
            deployment_total_duration: rt::Field::Absent,
            device_id: rt::Field::Absent,
            device_preparation_duration: rt::Field::Absent,
            device_registered_date_time: rt::Field::Absent,
            device_serial_number: rt::Field::Absent,
            device_setup_duration: rt::Field::Absent,
            device_setup_status: rt::Field::Absent,
            enrollment_failure_details: rt::Field::Absent,
            enrollment_start_date_time: rt::Field::Absent,
            enrollment_state: rt::Field::Absent,
            enrollment_type: rt::Field::Absent,
            event_date_time: rt::Field::Absent,
            managed_device_name: rt::Field::Absent,
            os_version: rt::Field::Absent,
            targeted_app_count: rt::Field::Absent,
            targeted_policy_count: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            windows10_enrollment_completion_page_configuration_display_name: rt::Field::Absent,
            windows10_enrollment_completion_page_configuration_id: rt::Field::Absent,
            windows_autopilot_deployment_profile_display_name: rt::Field::Absent,
            policy_status_details: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementAutopilotEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementAutopilotEvent";
    const KEYS: &'static [&'static str] = &[
        "id",
        "accountSetupDuration",
        "accountSetupStatus",
        "deploymentDuration",
        "deploymentEndDateTime",
        "deploymentStartDateTime",
        "deploymentState",
        "deploymentTotalDuration",
        "deviceId",
        "devicePreparationDuration",
        "deviceRegisteredDateTime",
        "deviceSerialNumber",
        "deviceSetupDuration",
        "deviceSetupStatus",
        "enrollmentFailureDetails",
        "enrollmentStartDateTime",
        "enrollmentState",
        "enrollmentType",
        "eventDateTime",
        "managedDeviceName",
        "osVersion",
        "targetedAppCount",
        "targetedPolicyCount",
        "userPrincipalName",
        "windows10EnrollmentCompletionPageConfigurationDisplayName",
        "windows10EnrollmentCompletionPageConfigurationId",
        "windowsAutopilotDeploymentProfileDisplayName",
        "policyStatusDetails",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"accountSetupDuration\":         ",
        ",\"accountSetupStatus\":           ",
        ",\"deploymentDuration\":           ",
        ",\"deploymentEndDateTime\":        ",
        ",\"deploymentStartDateTime\":      ",
        ",\"deploymentState\":              ",
        ",\"deploymentTotalDuration\":      ",
        ",\"deviceId\":                     ",
        ",\"devicePreparationDuration\":    ",
        ",\"deviceRegisteredDateTime\":     ",
        ",\"deviceSerialNumber\":           ",
        ",\"deviceSetupDuration\":          ",
        ",\"deviceSetupStatus\":            ",
        ",\"enrollmentFailureDetails\":     ",
        ",\"enrollmentStartDateTime\":      ",
        ",\"enrollmentState\":              ",
        ",\"enrollmentType\":               ",
        ",\"eventDateTime\":                ",
        ",\"managedDeviceName\":            ",
        ",\"osVersion\":                    ",
        ",\"targetedAppCount\":             ",
        ",\"targetedPolicyCount\":          ",
        ",\"userPrincipalName\":            ",
        ",\"windows10EnrollmentCompletionPageConfigurationDisplayName\":",
        ",\"windows10EnrollmentCompletionPageConfigurationId\":",
        ",\"windowsAutopilotDeploymentProfileDisplayName\":",
        ",\"policyStatusDetails\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementAutopilotEvent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "account_setup_duration", &self.account_setup_duration);
        v.field(2usize, "account_setup_status", &self.account_setup_status);
        v.field(3usize, "deployment_duration", &self.deployment_duration);
        v.field(4usize, "deployment_end_date_time", &self.deployment_end_date_time);
        v.field(5usize, "deployment_start_date_time", &self.deployment_start_date_time);
        v.field(6usize, "deployment_state", &self.deployment_state);
        v.field(7usize, "deployment_total_duration", &self.deployment_total_duration);
        v.field(8usize, "device_id", &self.device_id);
        v.field(
            9usize,
            "device_preparation_duration",
            &self.device_preparation_duration,
        );
        v.field(
            10usize,
            "device_registered_date_time",
            &self.device_registered_date_time,
        );
        v.field(11usize, "device_serial_number", &self.device_serial_number);
        v.field(12usize, "device_setup_duration", &self.device_setup_duration);
        v.field(13usize, "device_setup_status", &self.device_setup_status);
        v.field(14usize, "enrollment_failure_details", &self.enrollment_failure_details);
        v.field(15usize, "enrollment_start_date_time", &self.enrollment_start_date_time);
        v.field(16usize, "enrollment_state", &self.enrollment_state);
        v.field(17usize, "enrollment_type", &self.enrollment_type);
        v.field(18usize, "event_date_time", &self.event_date_time);
        v.field(19usize, "managed_device_name", &self.managed_device_name);
        v.field(20usize, "os_version", &self.os_version);
        v.field(21usize, "targeted_app_count", &self.targeted_app_count);
        v.field(22usize, "targeted_policy_count", &self.targeted_policy_count);
        v.field(23usize, "user_principal_name", &self.user_principal_name);
        v.field(
            24usize,
            "windows10_enrollment_completion_page_configuration_display_name",
            &self.windows10_enrollment_completion_page_configuration_display_name,
        );
        v.field(
            25usize,
            "windows10_enrollment_completion_page_configuration_id",
            &self.windows10_enrollment_completion_page_configuration_id,
        );
        v.field(
            26usize,
            "windows_autopilot_deployment_profile_display_name",
            &self.windows_autopilot_deployment_profile_display_name,
        );
        v.field(27usize, "policy_status_details", &self.policy_status_details);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementAutopilotEvent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.account_setup_duration.read_from(r),
            2usize => self.account_setup_status.read_from(r),
            3usize => self.deployment_duration.read_from(r),
            4usize => self.deployment_end_date_time.read_from(r),
            5usize => self.deployment_start_date_time.read_from(r),
            6usize => self.deployment_state.read_from(r),
            7usize => self.deployment_total_duration.read_from(r),
            8usize => self.device_id.read_from(r),
            9usize => self.device_preparation_duration.read_from(r),
            10usize => self.device_registered_date_time.read_from(r),
            11usize => self.device_serial_number.read_from(r),
            12usize => self.device_setup_duration.read_from(r),
            13usize => self.device_setup_status.read_from(r),
            14usize => self.enrollment_failure_details.read_from(r),
            15usize => self.enrollment_start_date_time.read_from(r),
            16usize => self.enrollment_state.read_from(r),
            17usize => self.enrollment_type.read_from(r),
            18usize => self.event_date_time.read_from(r),
            19usize => self.managed_device_name.read_from(r),
            20usize => self.os_version.read_from(r),
            21usize => self.targeted_app_count.read_from(r),
            22usize => self.targeted_policy_count.read_from(r),
            23usize => self.user_principal_name.read_from(r),
            24usize => {
                self.windows10_enrollment_completion_page_configuration_display_name
                    .read_from(r)
            }
            25usize => {
                self.windows10_enrollment_completion_page_configuration_id.read_from(r)
            }
            26usize => {
                self.windows_autopilot_deployment_profile_display_name.read_from(r)
            }
            27usize => self.policy_status_details.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.account_setup_duration);
        w.field(2usize, &self.account_setup_status);
        w.field(3usize, &self.deployment_duration);
        w.field(4usize, &self.deployment_end_date_time);
        w.field(5usize, &self.deployment_start_date_time);
        w.field(6usize, &self.deployment_state);
        w.field(7usize, &self.deployment_total_duration);
        w.field(8usize, &self.device_id);
        w.field(9usize, &self.device_preparation_duration);
        w.field(10usize, &self.device_registered_date_time);
        w.field(11usize, &self.device_serial_number);
        w.field(12usize, &self.device_setup_duration);
        w.field(13usize, &self.device_setup_status);
        w.field(14usize, &self.enrollment_failure_details);
        w.field(15usize, &self.enrollment_start_date_time);
        w.field(16usize, &self.enrollment_state);
        w.field(17usize, &self.enrollment_type);
        w.field(18usize, &self.event_date_time);
        w.field(19usize, &self.managed_device_name);
        w.field(20usize, &self.os_version);
        w.field(21usize, &self.targeted_app_count);
        w.field(22usize, &self.targeted_policy_count);
        w.field(23usize, &self.user_principal_name);
        w.field(
            24usize,
            &self.windows10_enrollment_completion_page_configuration_display_name,
        );
        w.field(25usize, &self.windows10_enrollment_completion_page_configuration_id);
        w.field(26usize, &self.windows_autopilot_deployment_profile_display_name);
        w.field(27usize, &self.policy_status_details);
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
rt::impl_object!(DeviceManagementAutopilotEvent);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementAutopilotEvent { with_id id : ::std::string::String;
    with_account_setup_duration account_setup_duration : rt::edm::Duration;
    with_account_setup_status account_setup_status : crate
    ::beta::WindowsAutopilotDeploymentState; with_deployment_duration deployment_duration
    : rt::edm::Duration; with_deployment_end_date_time deployment_end_date_time :
    rt::edm::DateTimeOffset; with_deployment_start_date_time deployment_start_date_time :
    rt::edm::DateTimeOffset; with_deployment_state deployment_state : crate
    ::beta::WindowsAutopilotDeploymentState; with_deployment_total_duration
    deployment_total_duration : rt::edm::Duration; with_device_id device_id :
    ::std::string::String; with_device_preparation_duration device_preparation_duration :
    rt::edm::Duration; with_device_registered_date_time device_registered_date_time :
    rt::edm::DateTimeOffset; with_device_serial_number device_serial_number :
    ::std::string::String; with_device_setup_duration device_setup_duration :
    rt::edm::Duration; with_device_setup_status device_setup_status : crate
    ::beta::WindowsAutopilotDeploymentState; with_enrollment_failure_details
    enrollment_failure_details : ::std::string::String; with_enrollment_start_date_time
    enrollment_start_date_time : rt::edm::DateTimeOffset; with_enrollment_state
    enrollment_state : crate ::beta::EnrollmentState; with_enrollment_type
    enrollment_type : crate ::beta::WindowsAutopilotEnrollmentType; with_event_date_time
    event_date_time : rt::edm::DateTimeOffset; with_managed_device_name
    managed_device_name : ::std::string::String; with_os_version os_version :
    ::std::string::String; with_targeted_app_count targeted_app_count : i32;
    with_targeted_policy_count targeted_policy_count : i32; with_user_principal_name
    user_principal_name : ::std::string::String;
    with_windows10_enrollment_completion_page_configuration_display_name
    windows10_enrollment_completion_page_configuration_display_name :
    ::std::string::String; with_windows10_enrollment_completion_page_configuration_id
    windows10_enrollment_completion_page_configuration_id : ::std::string::String;
    with_windows_autopilot_deployment_profile_display_name
    windows_autopilot_deployment_profile_display_name : ::std::string::String;
    with_policy_status_details policy_status_details : ::std::vec::Vec < crate
    ::beta::DeviceManagementAutopilotPolicyStatusDetail >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementAutopilotEvent);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementAutopilotPolicyComplianceStatus`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementAutopilotPolicyComplianceStatus {
    /// `unknown` (value 0).
    Unknown,
    /// `compliant` (value 1).
    Compliant,
    /// `installed` (value 2).
    Installed,
    /// `notCompliant` (value 3).
    NotCompliant,
    /// `notInstalled` (value 4).
    NotInstalled,
    /// `error` (value 5).
    Error,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementAutopilotPolicyComplianceStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementAutopilotPolicyComplianceStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "compliant",
        "installed",
        "notCompliant",
        "notInstalled",
        "error",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "compliant" => Self::Compliant,
                "installed" => Self::Installed,
                "notCompliant" => Self::NotCompliant,
                "notInstalled" => Self::NotInstalled,
                "error" => Self::Error,
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
            Self::Compliant => "compliant",
            Self::Installed => "installed",
            Self::NotCompliant => "notCompliant",
            Self::NotInstalled => "notInstalled",
            Self::Error => "error",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementAutopilotPolicyComplianceStatus);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementAutopilotPolicyComplianceStatus);
#[cfg(msgraph_beta_device_management_or_search)]
/// Policy status detail item contained by an autopilot event.
///
/// CSDL: `microsoft.graph.deviceManagementAutopilotPolicyStatusDetail`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementAutopilotPolicyStatusDetail {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The policy compliance status.
    ///
    /// CSDL: property `complianceStatus`: `microsoft.graph.deviceManagementAutopilotPolicyComplianceStatus`, not nullable.
    pub compliance_status: rt::Field<
        crate::beta::DeviceManagementAutopilotPolicyComplianceStatus,
    >,
    /// The friendly name of the policy.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The errorode associated with the compliance or enforcement status of the policy. Error code for enforcement status takes precedence if it exists.
    ///
    /// CSDL: property `errorCode`: `Edm.Int32`, not nullable.
    pub error_code: rt::Field<i32>,
    /// Timestamp of the reported policy status
    ///
    /// CSDL: property `lastReportedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_reported_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The type of policy.
    ///
    /// CSDL: property `policyType`: `microsoft.graph.deviceManagementAutopilotPolicyType`, not nullable.
    pub policy_type: rt::Field<crate::beta::DeviceManagementAutopilotPolicyType>,
    /// Indicates if this prolicy was tracked as part of the autopilot bootstrap enrollment sync session
    ///
    /// CSDL: property `trackedOnEnrollmentStatus`: `Edm.Boolean`, not nullable.
    pub tracked_on_enrollment_status: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementAutopilotPolicyStatusDetail {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            compliance_status: rt::Field::Absent,
            display_name: rt::Field::Absent,
            error_code: rt::Field::Absent,
            last_reported_date_time: rt::Field::Absent,
            policy_type: rt::Field::Absent,
            tracked_on_enrollment_status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementAutopilotPolicyStatusDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementAutopilotPolicyStatusDetail";
    const KEYS: &'static [&'static str] = &[
        "id",
        "complianceStatus",
        "displayName",
        "errorCode",
        "lastReportedDateTime",
        "policyType",
        "trackedOnEnrollmentStatus",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"complianceStatus\":             ",
        ",\"displayName\":                  ",
        ",\"errorCode\":                    ",
        ",\"lastReportedDateTime\":         ",
        ",\"policyType\":                   ",
        ",\"trackedOnEnrollmentStatus\":    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementAutopilotPolicyStatusDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "compliance_status", &self.compliance_status);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "error_code", &self.error_code);
        v.field(4usize, "last_reported_date_time", &self.last_reported_date_time);
        v.field(5usize, "policy_type", &self.policy_type);
        v.field(
            6usize,
            "tracked_on_enrollment_status",
            &self.tracked_on_enrollment_status,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementAutopilotPolicyStatusDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.compliance_status.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.error_code.read_from(r),
            4usize => self.last_reported_date_time.read_from(r),
            5usize => self.policy_type.read_from(r),
            6usize => self.tracked_on_enrollment_status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.compliance_status);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.error_code);
        w.field(4usize, &self.last_reported_date_time);
        w.field(5usize, &self.policy_type);
        w.field(6usize, &self.tracked_on_enrollment_status);
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
rt::impl_object!(DeviceManagementAutopilotPolicyStatusDetail);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementAutopilotPolicyStatusDetail { with_id id : ::std::string::String;
    with_compliance_status compliance_status : crate
    ::beta::DeviceManagementAutopilotPolicyComplianceStatus; with_display_name
    display_name : ::std::string::String; with_error_code error_code : i32;
    with_last_reported_date_time last_reported_date_time : rt::edm::DateTimeOffset;
    with_policy_type policy_type : crate ::beta::DeviceManagementAutopilotPolicyType;
    with_tracked_on_enrollment_status tracked_on_enrollment_status : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementAutopilotPolicyStatusDetail);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementAutopilotPolicyType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementAutopilotPolicyType {
    /// `unknown` (value 0).
    Unknown,
    /// `application` (value 3).
    Application,
    /// `appModel` (value 7).
    AppModel,
    /// `configurationPolicy` (value 12).
    ConfigurationPolicy,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementAutopilotPolicyType {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementAutopilotPolicyType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "application",
        "appModel",
        "configurationPolicy",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "application" => Self::Application,
                "appModel" => Self::AppModel,
                "configurationPolicy" => Self::ConfigurationPolicy,
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
            Self::Application => "application",
            Self::AppModel => "appModel",
            Self::ConfigurationPolicy => "configurationPolicy",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementAutopilotPolicyType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementAutopilotPolicyType);
#[cfg(msgraph_beta_device_management_or_search)]
/// A setting instance representing a boolean value
///
/// CSDL: `microsoft.graph.deviceManagementBooleanSettingInstance`, entity type, derived from `microsoft.graph.deviceManagementSettingInstance`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementBooleanSettingInstance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The ID of the setting definition for this instance
    ///
    /// CSDL: property `definitionId`: `Edm.String`, not nullable.
    pub definition_id: rt::Field<::std::string::String>,
    /// JSON representation of the value
    ///
    /// CSDL: property `valueJson`: `Edm.String`, nullable.
    pub value_json: rt::Field<::std::string::String>,
    /// The boolean value
    ///
    /// CSDL: property `value`: `Edm.Boolean`, nullable.
    pub value: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementBooleanSettingInstance {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            definition_id: rt::Field::Absent,
            value_json: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementBooleanSettingInstance {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementBooleanSettingInstance";
    const KEYS: &'static [&'static str] = &["id", "definitionId", "valueJson", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"definitionId\":                 ",
        ",\"valueJson\":                    ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementBooleanSettingInstance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "definition_id", &self.definition_id);
        v.field(2usize, "value_json", &self.value_json);
        v.field(3usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementBooleanSettingInstance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.definition_id.read_from(r),
            2usize => self.value_json.read_from(r),
            3usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.definition_id);
        w.field(2usize, &self.value_json);
        w.field(3usize, &self.value);
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
rt::impl_object!(DeviceManagementBooleanSettingInstance);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementBooleanSettingInstance { with_id id : ::std::string::String;
    with_definition_id definition_id : ::std::string::String; with_value_json value_json
    : ::std::string::String; with_value value : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementBooleanSettingInstance);
#[cfg(msgraph_beta_device_management_or_search)]
/// Entity representing the defintion for a collection setting
///
/// CSDL: `microsoft.graph.deviceManagementCollectionSettingDefinition`, entity type, derived from `microsoft.graph.deviceManagementSettingDefinition`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementCollectionSettingDefinition {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Collection of constraints for the setting value
    ///
    /// CSDL: property `constraints`: `Collection(microsoft.graph.deviceManagementConstraint)`, nullable.
    pub constraints: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceManagementConstraint>,
    >,
    /// Collection of dependencies on other settings
    ///
    /// CSDL: property `dependencies`: `Collection(microsoft.graph.deviceManagementSettingDependency)`, nullable.
    pub dependencies: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementSettingDependency>,
    >,
    /// The setting's description
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The setting's display name
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Url to setting documentation
    ///
    /// CSDL: property `documentationUrl`: `Edm.String`, nullable.
    pub documentation_url: rt::Field<::std::string::String>,
    /// subtitle of the setting header for more details about the category/section
    ///
    /// CSDL: property `headerSubtitle`: `Edm.String`, nullable.
    pub header_subtitle: rt::Field<::std::string::String>,
    /// title of the setting header represents a category/section of a setting/settings
    ///
    /// CSDL: property `headerTitle`: `Edm.String`, nullable.
    pub header_title: rt::Field<::std::string::String>,
    /// If the setting is top level, it can be configured without the need to be wrapped in a collection or complex setting
    ///
    /// CSDL: property `isTopLevel`: `Edm.Boolean`, not nullable.
    pub is_top_level: rt::Field<bool>,
    /// Keywords associated with the setting
    ///
    /// CSDL: property `keywords`: `Collection(Edm.String)`, nullable.
    pub keywords: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Placeholder text as an example of valid input
    ///
    /// CSDL: property `placeholderText`: `Edm.String`, nullable.
    pub placeholder_text: rt::Field<::std::string::String>,
    /// The data type of the value
    ///
    /// CSDL: property `valueType`: `microsoft.graph.deviceManangementIntentValueType`, not nullable.
    pub value_type: rt::Field<crate::beta::DeviceManangementIntentValueType>,
    /// The Setting Definition ID that describes what each element of the collection looks like
    ///
    /// CSDL: property `elementDefinitionId`: `Edm.String`, nullable.
    pub element_definition_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementCollectionSettingDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            constraints: rt::Field::Absent,
            dependencies: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            documentation_url: rt::Field::Absent,
            header_subtitle: rt::Field::Absent,
            header_title: rt::Field::Absent,
            is_top_level: rt::Field::Absent,
            keywords: rt::Field::Absent,
            placeholder_text: rt::Field::Absent,
            value_type: rt::Field::Absent,
            element_definition_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementCollectionSettingDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementCollectionSettingDefinition";
    const KEYS: &'static [&'static str] = &[
        "id",
        "constraints",
        "dependencies",
        "description",
        "displayName",
        "documentationUrl",
        "headerSubtitle",
        "headerTitle",
        "isTopLevel",
        "keywords",
        "placeholderText",
        "valueType",
        "elementDefinitionId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"constraints\":                  ",
        ",\"dependencies\":                 ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"documentationUrl\":             ",
        ",\"headerSubtitle\":               ",
        ",\"headerTitle\":                  ",
        ",\"isTopLevel\":                   ",
        ",\"keywords\":                     ",
        ",\"placeholderText\":              ",
        ",\"valueType\":                    ",
        ",\"elementDefinitionId\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementCollectionSettingDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "constraints", &self.constraints);
        v.field(2usize, "dependencies", &self.dependencies);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "documentation_url", &self.documentation_url);
        v.field(6usize, "header_subtitle", &self.header_subtitle);
        v.field(7usize, "header_title", &self.header_title);
        v.field(8usize, "is_top_level", &self.is_top_level);
        v.field(9usize, "keywords", &self.keywords);
        v.field(10usize, "placeholder_text", &self.placeholder_text);
        v.field(11usize, "value_type", &self.value_type);
        v.field(12usize, "element_definition_id", &self.element_definition_id);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementCollectionSettingDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.constraints.read_from(r),
            2usize => self.dependencies.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.documentation_url.read_from(r),
            6usize => self.header_subtitle.read_from(r),
            7usize => self.header_title.read_from(r),
            8usize => self.is_top_level.read_from(r),
            9usize => self.keywords.read_from(r),
            10usize => self.placeholder_text.read_from(r),
            11usize => self.value_type.read_from(r),
            12usize => self.element_definition_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.constraints);
        w.field(2usize, &self.dependencies);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.documentation_url);
        w.field(6usize, &self.header_subtitle);
        w.field(7usize, &self.header_title);
        w.field(8usize, &self.is_top_level);
        w.field(9usize, &self.keywords);
        w.field(10usize, &self.placeholder_text);
        w.field(11usize, &self.value_type);
        w.field(12usize, &self.element_definition_id);
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
rt::impl_object!(DeviceManagementCollectionSettingDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementCollectionSettingDefinition { with_id id : ::std::string::String;
    with_constraints constraints : ::std::vec::Vec < crate
    ::beta::AnyDeviceManagementConstraint >; with_dependencies dependencies :
    ::std::vec::Vec < crate ::beta::DeviceManagementSettingDependency >; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_documentation_url documentation_url :
    ::std::string::String; with_header_subtitle header_subtitle : ::std::string::String;
    with_header_title header_title : ::std::string::String; with_is_top_level
    is_top_level : bool; with_keywords keywords : ::std::vec::Vec < ::std::string::String
    >; with_placeholder_text placeholder_text : ::std::string::String; with_value_type
    value_type : crate ::beta::DeviceManangementIntentValueType;
    with_element_definition_id element_definition_id : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementCollectionSettingDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
/// A setting instance representing a collection of values
///
/// CSDL: `microsoft.graph.deviceManagementCollectionSettingInstance`, entity type, derived from `microsoft.graph.deviceManagementSettingInstance`, key `id`.
///
/// Request builders: [`DeviceManagementCollectionSettingInstancePath`](requests/trait.DeviceManagementCollectionSettingInstancePath.html), what a path to one (`EntityPath<DeviceManagementCollectionSettingInstance, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementCollectionSettingInstance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The ID of the setting definition for this instance
    ///
    /// CSDL: property `definitionId`: `Edm.String`, not nullable.
    pub definition_id: rt::Field<::std::string::String>,
    /// JSON representation of the value
    ///
    /// CSDL: property `valueJson`: `Edm.String`, nullable.
    pub value_json: rt::Field<::std::string::String>,
    /// The collection of values
    ///
    /// CSDL: containment navigation property `value`: `Collection(microsoft.graph.deviceManagementSettingInstance)`, not nullable.
    pub value: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceManagementSettingInstance>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementCollectionSettingInstance {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            definition_id: rt::Field::Absent,
            value_json: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementCollectionSettingInstance {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementCollectionSettingInstance";
    const KEYS: &'static [&'static str] = &["id", "definitionId", "valueJson", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"definitionId\":                 ",
        ",\"valueJson\":                    ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementCollectionSettingInstance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "definition_id", &self.definition_id);
        v.field(2usize, "value_json", &self.value_json);
        v.field(3usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementCollectionSettingInstance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.definition_id.read_from(r),
            2usize => self.value_json.read_from(r),
            3usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.definition_id);
        w.field(2usize, &self.value_json);
        w.field(3usize, &self.value);
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
rt::impl_object!(DeviceManagementCollectionSettingInstance);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementCollectionSettingInstance { with_id id : ::std::string::String;
    with_definition_id definition_id : ::std::string::String; with_value_json value_json
    : ::std::string::String; with_value value : ::std::vec::Vec < crate
    ::beta::AnyDeviceManagementSettingInstance >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementCollectionSettingInstance);
#[cfg(msgraph_beta_device_management_or_search)]
/// Entity representing the defintion for a complex setting
///
/// CSDL: `microsoft.graph.deviceManagementComplexSettingDefinition`, entity type, derived from `microsoft.graph.deviceManagementSettingDefinition`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementComplexSettingDefinition {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Collection of constraints for the setting value
    ///
    /// CSDL: property `constraints`: `Collection(microsoft.graph.deviceManagementConstraint)`, nullable.
    pub constraints: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceManagementConstraint>,
    >,
    /// Collection of dependencies on other settings
    ///
    /// CSDL: property `dependencies`: `Collection(microsoft.graph.deviceManagementSettingDependency)`, nullable.
    pub dependencies: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementSettingDependency>,
    >,
    /// The setting's description
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The setting's display name
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Url to setting documentation
    ///
    /// CSDL: property `documentationUrl`: `Edm.String`, nullable.
    pub documentation_url: rt::Field<::std::string::String>,
    /// subtitle of the setting header for more details about the category/section
    ///
    /// CSDL: property `headerSubtitle`: `Edm.String`, nullable.
    pub header_subtitle: rt::Field<::std::string::String>,
    /// title of the setting header represents a category/section of a setting/settings
    ///
    /// CSDL: property `headerTitle`: `Edm.String`, nullable.
    pub header_title: rt::Field<::std::string::String>,
    /// If the setting is top level, it can be configured without the need to be wrapped in a collection or complex setting
    ///
    /// CSDL: property `isTopLevel`: `Edm.Boolean`, not nullable.
    pub is_top_level: rt::Field<bool>,
    /// Keywords associated with the setting
    ///
    /// CSDL: property `keywords`: `Collection(Edm.String)`, nullable.
    pub keywords: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Placeholder text as an example of valid input
    ///
    /// CSDL: property `placeholderText`: `Edm.String`, nullable.
    pub placeholder_text: rt::Field<::std::string::String>,
    /// The data type of the value
    ///
    /// CSDL: property `valueType`: `microsoft.graph.deviceManangementIntentValueType`, not nullable.
    pub value_type: rt::Field<crate::beta::DeviceManangementIntentValueType>,
    /// The definitions of each property of the complex setting
    ///
    /// CSDL: property `propertyDefinitionIds`: `Collection(Edm.String)`, nullable.
    pub property_definition_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementComplexSettingDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            constraints: rt::Field::Absent,
            dependencies: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            documentation_url: rt::Field::Absent,
            header_subtitle: rt::Field::Absent,
            header_title: rt::Field::Absent,
            is_top_level: rt::Field::Absent,
            keywords: rt::Field::Absent,
            placeholder_text: rt::Field::Absent,
            value_type: rt::Field::Absent,
            property_definition_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementComplexSettingDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementComplexSettingDefinition";
    const KEYS: &'static [&'static str] = &[
        "id",
        "constraints",
        "dependencies",
        "description",
        "displayName",
        "documentationUrl",
        "headerSubtitle",
        "headerTitle",
        "isTopLevel",
        "keywords",
        "placeholderText",
        "valueType",
        "propertyDefinitionIds",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"constraints\":                  ",
        ",\"dependencies\":                 ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"documentationUrl\":             ",
        ",\"headerSubtitle\":               ",
        ",\"headerTitle\":                  ",
        ",\"isTopLevel\":                   ",
        ",\"keywords\":                     ",
        ",\"placeholderText\":              ",
        ",\"valueType\":                    ",
        ",\"propertyDefinitionIds\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementComplexSettingDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "constraints", &self.constraints);
        v.field(2usize, "dependencies", &self.dependencies);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "documentation_url", &self.documentation_url);
        v.field(6usize, "header_subtitle", &self.header_subtitle);
        v.field(7usize, "header_title", &self.header_title);
        v.field(8usize, "is_top_level", &self.is_top_level);
        v.field(9usize, "keywords", &self.keywords);
        v.field(10usize, "placeholder_text", &self.placeholder_text);
        v.field(11usize, "value_type", &self.value_type);
        v.field(12usize, "property_definition_ids", &self.property_definition_ids);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementComplexSettingDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.constraints.read_from(r),
            2usize => self.dependencies.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.documentation_url.read_from(r),
            6usize => self.header_subtitle.read_from(r),
            7usize => self.header_title.read_from(r),
            8usize => self.is_top_level.read_from(r),
            9usize => self.keywords.read_from(r),
            10usize => self.placeholder_text.read_from(r),
            11usize => self.value_type.read_from(r),
            12usize => self.property_definition_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.constraints);
        w.field(2usize, &self.dependencies);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.documentation_url);
        w.field(6usize, &self.header_subtitle);
        w.field(7usize, &self.header_title);
        w.field(8usize, &self.is_top_level);
        w.field(9usize, &self.keywords);
        w.field(10usize, &self.placeholder_text);
        w.field(11usize, &self.value_type);
        w.field(12usize, &self.property_definition_ids);
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
rt::impl_object!(DeviceManagementComplexSettingDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementComplexSettingDefinition { with_id id : ::std::string::String;
    with_constraints constraints : ::std::vec::Vec < crate
    ::beta::AnyDeviceManagementConstraint >; with_dependencies dependencies :
    ::std::vec::Vec < crate ::beta::DeviceManagementSettingDependency >; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_documentation_url documentation_url :
    ::std::string::String; with_header_subtitle header_subtitle : ::std::string::String;
    with_header_title header_title : ::std::string::String; with_is_top_level
    is_top_level : bool; with_keywords keywords : ::std::vec::Vec < ::std::string::String
    >; with_placeholder_text placeholder_text : ::std::string::String; with_value_type
    value_type : crate ::beta::DeviceManangementIntentValueType;
    with_property_definition_ids property_definition_ids : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementComplexSettingDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
/// A setting instance representing a complex value
///
/// CSDL: `microsoft.graph.deviceManagementComplexSettingInstance`, entity type, derived from `microsoft.graph.deviceManagementSettingInstance`, key `id`.
///
/// Request builders: [`DeviceManagementComplexSettingInstancePath`](requests/trait.DeviceManagementComplexSettingInstancePath.html), what a path to one (`EntityPath<DeviceManagementComplexSettingInstance, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementComplexSettingInstance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The ID of the setting definition for this instance
    ///
    /// CSDL: property `definitionId`: `Edm.String`, not nullable.
    pub definition_id: rt::Field<::std::string::String>,
    /// JSON representation of the value
    ///
    /// CSDL: property `valueJson`: `Edm.String`, nullable.
    pub value_json: rt::Field<::std::string::String>,
    /// The values that make up the complex setting
    ///
    /// CSDL: containment navigation property `value`: `Collection(microsoft.graph.deviceManagementSettingInstance)`, not nullable.
    pub value: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceManagementSettingInstance>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementComplexSettingInstance {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            definition_id: rt::Field::Absent,
            value_json: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementComplexSettingInstance {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementComplexSettingInstance";
    const KEYS: &'static [&'static str] = &["id", "definitionId", "valueJson", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"definitionId\":                 ",
        ",\"valueJson\":                    ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementComplexSettingInstance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "definition_id", &self.definition_id);
        v.field(2usize, "value_json", &self.value_json);
        v.field(3usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementComplexSettingInstance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.definition_id.read_from(r),
            2usize => self.value_json.read_from(r),
            3usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.definition_id);
        w.field(2usize, &self.value_json);
        w.field(3usize, &self.value);
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
rt::impl_object!(DeviceManagementComplexSettingInstance);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementComplexSettingInstance { with_id id : ::std::string::String;
    with_definition_id definition_id : ::std::string::String; with_value_json value_json
    : ::std::string::String; with_value value : ::std::vec::Vec < crate
    ::beta::AnyDeviceManagementSettingInstance >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementComplexSettingInstance);
#[cfg(msgraph_beta_device_management_or_search)]
/// Device Management Configuration Policy
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationCategory`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationCategory {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// List of child ids of the category.
    ///
    /// CSDL: property `childCategoryIds`: `Collection(Edm.String)`, nullable.
    pub child_category_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Description of the item
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Display name of the item
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Help text of the item
    ///
    /// CSDL: property `helpText`: `Edm.String`, nullable.
    pub help_text: rt::Field<::std::string::String>,
    /// Name of the item
    ///
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Parent id of the category.
    ///
    /// CSDL: property `parentCategoryId`: `Edm.String`, nullable.
    pub parent_category_id: rt::Field<::std::string::String>,
    /// Platforms types, which settings in the category have.
    ///
    /// CSDL: property `platforms`: `microsoft.graph.deviceManagementConfigurationPlatforms`, not nullable.
    pub platforms: rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationPlatforms>,
    >,
    /// Root id of the category.
    ///
    /// CSDL: property `rootCategoryId`: `Edm.String`, nullable.
    pub root_category_id: rt::Field<::std::string::String>,
    /// Indicates that the category contains settings that are used for Compliance or Configuration.
    ///
    /// CSDL: property `settingUsage`: `microsoft.graph.deviceManagementConfigurationSettingUsage`, not nullable.
    pub setting_usage: rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationSettingUsage>,
    >,
    /// Technologies types, which settings in the category have.
    ///
    /// CSDL: property `technologies`: `microsoft.graph.deviceManagementConfigurationTechnologies`, not nullable.
    pub technologies: rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationTechnologies>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementConfigurationCategory {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            child_category_ids: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            help_text: rt::Field::Absent,
            name: rt::Field::Absent,
            parent_category_id: rt::Field::Absent,
            platforms: rt::Field::Absent,
            root_category_id: rt::Field::Absent,
            setting_usage: rt::Field::Absent,
            technologies: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationCategory";
    const KEYS: &'static [&'static str] = &[
        "id",
        "childCategoryIds",
        "description",
        "displayName",
        "helpText",
        "name",
        "parentCategoryId",
        "platforms",
        "rootCategoryId",
        "settingUsage",
        "technologies",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"childCategoryIds\":             ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"helpText\":                     ",
        ",\"name\":                         ",
        ",\"parentCategoryId\":             ",
        ",\"platforms\":                    ",
        ",\"rootCategoryId\":               ",
        ",\"settingUsage\":                 ",
        ",\"technologies\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationCategory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "child_category_ids", &self.child_category_ids);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "help_text", &self.help_text);
        v.field(5usize, "name", &self.name);
        v.field(6usize, "parent_category_id", &self.parent_category_id);
        v.field(7usize, "platforms", &self.platforms);
        v.field(8usize, "root_category_id", &self.root_category_id);
        v.field(9usize, "setting_usage", &self.setting_usage);
        v.field(10usize, "technologies", &self.technologies);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationCategory {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.child_category_ids.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.help_text.read_from(r),
            5usize => self.name.read_from(r),
            6usize => self.parent_category_id.read_from(r),
            7usize => self.platforms.read_from(r),
            8usize => self.root_category_id.read_from(r),
            9usize => self.setting_usage.read_from(r),
            10usize => self.technologies.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.child_category_ids);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.help_text);
        w.field(5usize, &self.name);
        w.field(6usize, &self.parent_category_id);
        w.field(7usize, &self.platforms);
        w.field(8usize, &self.root_category_id);
        w.field(9usize, &self.setting_usage);
        w.field(10usize, &self.technologies);
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
rt::impl_object!(DeviceManagementConfigurationCategory);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationCategory { with_id id : ::std::string::String;
    with_child_category_ids child_category_ids : ::std::vec::Vec < ::std::string::String
    >; with_description description : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_help_text help_text :
    ::std::string::String; with_name name : ::std::string::String;
    with_parent_category_id parent_category_id : ::std::string::String; with_platforms
    platforms : rt::Flags < crate ::beta::DeviceManagementConfigurationPlatforms >;
    with_root_category_id root_category_id : ::std::string::String; with_setting_usage
    setting_usage : rt::Flags < crate ::beta::DeviceManagementConfigurationSettingUsage
    >; with_technologies technologies : rt::Flags < crate
    ::beta::DeviceManagementConfigurationTechnologies >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationCategory);
#[cfg(msgraph_beta_device_management_or_search)]
/// Base entity for a constraint
///
/// CSDL: `microsoft.graph.deviceManagementConstraint`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConstraint {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementConstraint {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConstraint {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConstraint";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConstraint\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConstraint {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementConstraint);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConstraint);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.deviceManagementConstraint` or any type derived from it, selected by `@odata.type` (16 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceManagementConstraint {
    DeviceManagementConstraint(
        ::std::boxed::Box<crate::beta::DeviceManagementConstraint>,
    ),
    DeviceManagementEnumConstraint(
        ::std::boxed::Box<crate::beta::DeviceManagementEnumConstraint>,
    ),
    DeviceManagementIntentSettingSecretConstraint(
        ::std::boxed::Box<crate::beta::DeviceManagementIntentSettingSecretConstraint>,
    ),
    DeviceManagementSettingAbstractImplementationConstraint(
        ::std::boxed::Box<
            crate::beta::DeviceManagementSettingAbstractImplementationConstraint,
        >,
    ),
    DeviceManagementSettingAppConstraint(
        ::std::boxed::Box<crate::beta::DeviceManagementSettingAppConstraint>,
    ),
    DeviceManagementSettingBooleanConstraint(
        ::std::boxed::Box<crate::beta::DeviceManagementSettingBooleanConstraint>,
    ),
    DeviceManagementSettingCollectionConstraint(
        ::std::boxed::Box<crate::beta::DeviceManagementSettingCollectionConstraint>,
    ),
    DeviceManagementSettingEnrollmentTypeConstraint(
        ::std::boxed::Box<crate::beta::DeviceManagementSettingEnrollmentTypeConstraint>,
    ),
    DeviceManagementSettingFileConstraint(
        ::std::boxed::Box<crate::beta::DeviceManagementSettingFileConstraint>,
    ),
    DeviceManagementSettingIntegerConstraint(
        ::std::boxed::Box<crate::beta::DeviceManagementSettingIntegerConstraint>,
    ),
    DeviceManagementSettingProfileConstraint(
        ::std::boxed::Box<crate::beta::DeviceManagementSettingProfileConstraint>,
    ),
    DeviceManagementSettingRegexConstraint(
        ::std::boxed::Box<crate::beta::DeviceManagementSettingRegexConstraint>,
    ),
    DeviceManagementSettingRequiredConstraint(
        ::std::boxed::Box<crate::beta::DeviceManagementSettingRequiredConstraint>,
    ),
    DeviceManagementSettingSddlConstraint(
        ::std::boxed::Box<crate::beta::DeviceManagementSettingSddlConstraint>,
    ),
    DeviceManagementSettingStringLengthConstraint(
        ::std::boxed::Box<crate::beta::DeviceManagementSettingStringLengthConstraint>,
    ),
    DeviceManagementSettingXmlConstraint(
        ::std::boxed::Box<crate::beta::DeviceManagementSettingXmlConstraint>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyDeviceManagementConstraint {
    #[inline]
    fn default() -> Self {
        Self::DeviceManagementConstraint(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementConstraint>
for AnyDeviceManagementConstraint {
    #[inline]
    fn from(v: crate::beta::DeviceManagementConstraint) -> Self {
        Self::DeviceManagementConstraint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementEnumConstraint>
for AnyDeviceManagementConstraint {
    #[inline]
    fn from(v: crate::beta::DeviceManagementEnumConstraint) -> Self {
        Self::DeviceManagementEnumConstraint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementIntentSettingSecretConstraint>
for AnyDeviceManagementConstraint {
    #[inline]
    fn from(v: crate::beta::DeviceManagementIntentSettingSecretConstraint) -> Self {
        Self::DeviceManagementIntentSettingSecretConstraint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementSettingAbstractImplementationConstraint,
> for AnyDeviceManagementConstraint {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementSettingAbstractImplementationConstraint,
    ) -> Self {
        Self::DeviceManagementSettingAbstractImplementationConstraint(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementSettingAppConstraint>
for AnyDeviceManagementConstraint {
    #[inline]
    fn from(v: crate::beta::DeviceManagementSettingAppConstraint) -> Self {
        Self::DeviceManagementSettingAppConstraint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementSettingBooleanConstraint>
for AnyDeviceManagementConstraint {
    #[inline]
    fn from(v: crate::beta::DeviceManagementSettingBooleanConstraint) -> Self {
        Self::DeviceManagementSettingBooleanConstraint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementSettingCollectionConstraint>
for AnyDeviceManagementConstraint {
    #[inline]
    fn from(v: crate::beta::DeviceManagementSettingCollectionConstraint) -> Self {
        Self::DeviceManagementSettingCollectionConstraint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementSettingEnrollmentTypeConstraint>
for AnyDeviceManagementConstraint {
    #[inline]
    fn from(v: crate::beta::DeviceManagementSettingEnrollmentTypeConstraint) -> Self {
        Self::DeviceManagementSettingEnrollmentTypeConstraint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementSettingFileConstraint>
for AnyDeviceManagementConstraint {
    #[inline]
    fn from(v: crate::beta::DeviceManagementSettingFileConstraint) -> Self {
        Self::DeviceManagementSettingFileConstraint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementSettingIntegerConstraint>
for AnyDeviceManagementConstraint {
    #[inline]
    fn from(v: crate::beta::DeviceManagementSettingIntegerConstraint) -> Self {
        Self::DeviceManagementSettingIntegerConstraint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementSettingProfileConstraint>
for AnyDeviceManagementConstraint {
    #[inline]
    fn from(v: crate::beta::DeviceManagementSettingProfileConstraint) -> Self {
        Self::DeviceManagementSettingProfileConstraint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementSettingRegexConstraint>
for AnyDeviceManagementConstraint {
    #[inline]
    fn from(v: crate::beta::DeviceManagementSettingRegexConstraint) -> Self {
        Self::DeviceManagementSettingRegexConstraint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementSettingRequiredConstraint>
for AnyDeviceManagementConstraint {
    #[inline]
    fn from(v: crate::beta::DeviceManagementSettingRequiredConstraint) -> Self {
        Self::DeviceManagementSettingRequiredConstraint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementSettingSddlConstraint>
for AnyDeviceManagementConstraint {
    #[inline]
    fn from(v: crate::beta::DeviceManagementSettingSddlConstraint) -> Self {
        Self::DeviceManagementSettingSddlConstraint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementSettingStringLengthConstraint>
for AnyDeviceManagementConstraint {
    #[inline]
    fn from(v: crate::beta::DeviceManagementSettingStringLengthConstraint) -> Self {
        Self::DeviceManagementSettingStringLengthConstraint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementSettingXmlConstraint>
for AnyDeviceManagementConstraint {
    #[inline]
    fn from(v: crate::beta::DeviceManagementSettingXmlConstraint) -> Self {
        Self::DeviceManagementSettingXmlConstraint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyDeviceManagementConstraint {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyDeviceManagementConstraint {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyDeviceManagementConstraint {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyDeviceManagementConstraint {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyDeviceManagementConstraint {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::DeviceManagementConstraint>();
    rt::object::auto_traits::<crate::beta::DeviceManagementEnumConstraint>();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementIntentSettingSecretConstraint,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementSettingAbstractImplementationConstraint,
    >();
    rt::object::auto_traits::<crate::beta::DeviceManagementSettingAppConstraint>();
    rt::object::auto_traits::<crate::beta::DeviceManagementSettingBooleanConstraint>();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementSettingCollectionConstraint,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementSettingEnrollmentTypeConstraint,
    >();
    rt::object::auto_traits::<crate::beta::DeviceManagementSettingFileConstraint>();
    rt::object::auto_traits::<crate::beta::DeviceManagementSettingIntegerConstraint>();
    rt::object::auto_traits::<crate::beta::DeviceManagementSettingProfileConstraint>();
    rt::object::auto_traits::<crate::beta::DeviceManagementSettingRegexConstraint>();
    rt::object::auto_traits::<crate::beta::DeviceManagementSettingRequiredConstraint>();
    rt::object::auto_traits::<crate::beta::DeviceManagementSettingSddlConstraint>();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementSettingStringLengthConstraint,
    >();
    rt::object::auto_traits::<crate::beta::DeviceManagementSettingXmlConstraint>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyDeviceManagementConstraint {
    const BASE_NAME: &'static str = "microsoft.graph.deviceManagementConstraint";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementEnumConstraint",
            ) => Self::DeviceManagementEnumConstraint(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementIntentSettingSecretConstraint",
            ) => {
                Self::DeviceManagementIntentSettingSecretConstraint(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementSettingAbstractImplementationConstraint",
            ) => {
                Self::DeviceManagementSettingAbstractImplementationConstraint(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementSettingAppConstraint",
            ) => Self::DeviceManagementSettingAppConstraint(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementSettingBooleanConstraint",
            ) => Self::DeviceManagementSettingBooleanConstraint(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementSettingCollectionConstraint",
            ) => {
                Self::DeviceManagementSettingCollectionConstraint(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementSettingEnrollmentTypeConstraint",
            ) => {
                Self::DeviceManagementSettingEnrollmentTypeConstraint(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementSettingFileConstraint",
            ) => Self::DeviceManagementSettingFileConstraint(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementSettingIntegerConstraint",
            ) => Self::DeviceManagementSettingIntegerConstraint(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementSettingProfileConstraint",
            ) => Self::DeviceManagementSettingProfileConstraint(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementSettingRegexConstraint",
            ) => Self::DeviceManagementSettingRegexConstraint(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementSettingRequiredConstraint",
            ) => Self::DeviceManagementSettingRequiredConstraint(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementSettingSddlConstraint",
            ) => Self::DeviceManagementSettingSddlConstraint(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementSettingStringLengthConstraint",
            ) => {
                Self::DeviceManagementSettingStringLengthConstraint(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementSettingXmlConstraint",
            ) => Self::DeviceManagementSettingXmlConstraint(rt::object::new_boxed()),
            _ => Self::DeviceManagementConstraint(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeviceManagementConstraint(v) => &**v,
            Self::DeviceManagementEnumConstraint(v) => &**v,
            Self::DeviceManagementIntentSettingSecretConstraint(v) => &**v,
            Self::DeviceManagementSettingAbstractImplementationConstraint(v) => &**v,
            Self::DeviceManagementSettingAppConstraint(v) => &**v,
            Self::DeviceManagementSettingBooleanConstraint(v) => &**v,
            Self::DeviceManagementSettingCollectionConstraint(v) => &**v,
            Self::DeviceManagementSettingEnrollmentTypeConstraint(v) => &**v,
            Self::DeviceManagementSettingFileConstraint(v) => &**v,
            Self::DeviceManagementSettingIntegerConstraint(v) => &**v,
            Self::DeviceManagementSettingProfileConstraint(v) => &**v,
            Self::DeviceManagementSettingRegexConstraint(v) => &**v,
            Self::DeviceManagementSettingRequiredConstraint(v) => &**v,
            Self::DeviceManagementSettingSddlConstraint(v) => &**v,
            Self::DeviceManagementSettingStringLengthConstraint(v) => &**v,
            Self::DeviceManagementSettingXmlConstraint(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceManagementConstraint(v) => &mut **v,
            Self::DeviceManagementEnumConstraint(v) => &mut **v,
            Self::DeviceManagementIntentSettingSecretConstraint(v) => &mut **v,
            Self::DeviceManagementSettingAbstractImplementationConstraint(v) => &mut **v,
            Self::DeviceManagementSettingAppConstraint(v) => &mut **v,
            Self::DeviceManagementSettingBooleanConstraint(v) => &mut **v,
            Self::DeviceManagementSettingCollectionConstraint(v) => &mut **v,
            Self::DeviceManagementSettingEnrollmentTypeConstraint(v) => &mut **v,
            Self::DeviceManagementSettingFileConstraint(v) => &mut **v,
            Self::DeviceManagementSettingIntegerConstraint(v) => &mut **v,
            Self::DeviceManagementSettingProfileConstraint(v) => &mut **v,
            Self::DeviceManagementSettingRegexConstraint(v) => &mut **v,
            Self::DeviceManagementSettingRequiredConstraint(v) => &mut **v,
            Self::DeviceManagementSettingSddlConstraint(v) => &mut **v,
            Self::DeviceManagementSettingStringLengthConstraint(v) => &mut **v,
            Self::DeviceManagementSettingXmlConstraint(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyDeviceManagementConstraint {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyDeviceManagementConstraint);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceManagementConstraint);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementDerivedCredentialIssuer`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementDerivedCredentialIssuer {
    /// `intercede` (value 0).
    Intercede,
    /// `entrustDatacard` (value 1).
    EntrustDatacard,
    /// `purebred` (value 2).
    Purebred,
    /// `xTec` (value 3).
    XTec,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementDerivedCredentialIssuer {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementDerivedCredentialIssuer";
    const MEMBERS: &'static [&'static str] = &[
        "intercede",
        "entrustDatacard",
        "purebred",
        "xTec",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "intercede" => Self::Intercede,
                "entrustDatacard" => Self::EntrustDatacard,
                "purebred" => Self::Purebred,
                "xTec" => Self::XTec,
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
            Self::Intercede => "intercede",
            Self::EntrustDatacard => "entrustDatacard",
            Self::Purebred => "purebred",
            Self::XTec => "xTec",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementDerivedCredentialIssuer);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementDerivedCredentialIssuer);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementDerivedCredentialNotificationType`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementDerivedCredentialNotificationType {
    /// `none` (value 0).
    None,
    /// `companyPortal` (value 1).
    CompanyPortal,
    /// `email` (value 2).
    Email,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementDerivedCredentialNotificationType {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementDerivedCredentialNotificationType";
    const MEMBERS: &'static [&'static str] = &["none", "companyPortal", "email"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "companyPortal" => Self::CompanyPortal,
                "email" => Self::Email,
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
            Self::CompanyPortal => "companyPortal",
            Self::Email => "email",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementDerivedCredentialNotificationType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementDerivedCredentialNotificationType);
#[cfg(msgraph_beta_device_management_or_search)]
/// Entity that describes tenant level settings for derived credentials
///
/// CSDL: `microsoft.graph.deviceManagementDerivedCredentialSettings`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementDerivedCredentialSettings {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The display name for the profile.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The URL that will be accessible to end users as they retrieve a derived credential using the Company Portal.
    ///
    /// CSDL: property `helpUrl`: `Edm.String`, nullable.
    pub help_url: rt::Field<::std::string::String>,
    /// The derived credential provider to use.
    ///
    /// CSDL: property `issuer`: `microsoft.graph.deviceManagementDerivedCredentialIssuer`, not nullable.
    pub issuer: rt::Field<crate::beta::DeviceManagementDerivedCredentialIssuer>,
    /// The methods used to inform the end user to open Company Portal to deliver Wi-Fi, VPN, or email profiles that use certificates to the device.
    ///
    /// CSDL: property `notificationType`: `microsoft.graph.deviceManagementDerivedCredentialNotificationType`, not nullable.
    pub notification_type: rt::Field<
        rt::Flags<crate::beta::DeviceManagementDerivedCredentialNotificationType>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementDerivedCredentialSettings {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            help_url: rt::Field::Absent,
            issuer: rt::Field::Absent,
            notification_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementDerivedCredentialSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementDerivedCredentialSettings";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "helpUrl",
        "issuer",
        "notificationType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"helpUrl\":                      ",
        ",\"issuer\":                       ",
        ",\"notificationType\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementDerivedCredentialSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "help_url", &self.help_url);
        v.field(3usize, "issuer", &self.issuer);
        v.field(4usize, "notification_type", &self.notification_type);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementDerivedCredentialSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.help_url.read_from(r),
            3usize => self.issuer.read_from(r),
            4usize => self.notification_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.help_url);
        w.field(3usize, &self.issuer);
        w.field(4usize, &self.notification_type);
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
rt::impl_object!(DeviceManagementDerivedCredentialSettings);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementDerivedCredentialSettings { with_id id : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_help_url help_url :
    ::std::string::String; with_issuer issuer : crate
    ::beta::DeviceManagementDerivedCredentialIssuer; with_notification_type
    notification_type : rt::Flags < crate
    ::beta::DeviceManagementDerivedCredentialNotificationType >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementDerivedCredentialSettings);
#[cfg(msgraph_beta_device_management_or_search)]
/// A Domain Join Connector is a connector that is responsible to allocate (and delete) machine account blobs
///
/// CSDL: `microsoft.graph.deviceManagementDomainJoinConnector`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementDomainJoinConnector {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The connector display name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Last time connector contacted Intune.
    ///
    /// CSDL: property `lastConnectionDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_connection_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The connector state.
    ///
    /// CSDL: property `state`: `microsoft.graph.deviceManagementDomainJoinConnectorState`, not nullable.
    pub state: rt::Field<crate::beta::DeviceManagementDomainJoinConnectorState>,
    /// The version of the connector.
    ///
    /// CSDL: property `version`: `Edm.String`, not nullable.
    pub version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementDomainJoinConnector {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_connection_date_time: rt::Field::Absent,
            state: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementDomainJoinConnector {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementDomainJoinConnector";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "lastConnectionDateTime",
        "state",
        "version",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"lastConnectionDateTime\":       ",
        ",\"state\":                        ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementDomainJoinConnector\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "last_connection_date_time", &self.last_connection_date_time);
        v.field(3usize, "state", &self.state);
        v.field(4usize, "version", &self.version);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementDomainJoinConnector {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.last_connection_date_time.read_from(r),
            3usize => self.state.read_from(r),
            4usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.last_connection_date_time);
        w.field(3usize, &self.state);
        w.field(4usize, &self.version);
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
rt::impl_object!(DeviceManagementDomainJoinConnector);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementDomainJoinConnector { with_id id : ::std::string::String;
    with_display_name display_name : ::std::string::String;
    with_last_connection_date_time last_connection_date_time : rt::edm::DateTimeOffset;
    with_state state : crate ::beta::DeviceManagementDomainJoinConnectorState;
    with_version version : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementDomainJoinConnector);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementDomainJoinConnectorState`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementDomainJoinConnectorState {
    /// `active` (value 0).
    Active,
    /// `error` (value 1).
    Error,
    /// `inactive` (value 2).
    Inactive,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementDomainJoinConnectorState {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementDomainJoinConnectorState";
    const MEMBERS: &'static [&'static str] = &["active", "error", "inactive"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "active" => Self::Active,
                "error" => Self::Error,
                "inactive" => Self::Inactive,
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
            Self::Active => "active",
            Self::Error => "error",
            Self::Inactive => "inactive",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementDomainJoinConnectorState);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementDomainJoinConnectorState);
#[cfg(msgraph_beta_device_management_or_search)]
/// Constraint that enforces the setting value is from a permitted set of strings
///
/// CSDL: `microsoft.graph.deviceManagementEnumConstraint`, complex type, derived from `microsoft.graph.deviceManagementConstraint`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementEnumConstraint {
    /// List of valid values for this string
    ///
    /// CSDL: property `values`: `Collection(microsoft.graph.deviceManagementEnumValue)`, not nullable.
    pub values: rt::Field<::std::vec::Vec<crate::beta::DeviceManagementEnumValue>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementEnumConstraint {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementEnumConstraint {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementEnumConstraint";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementEnumConstraint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementEnumConstraint {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementEnumConstraint);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementEnumConstraint { with_values values : ::std::vec::Vec < crate
    ::beta::DeviceManagementEnumValue >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementEnumConstraint);
#[cfg(msgraph_beta_device_management_or_search)]
/// Definition information for an enum value
///
/// CSDL: `microsoft.graph.deviceManagementEnumValue`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementEnumValue {
    /// Display name for this enum value
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The raw enum value text
    ///
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementEnumValue {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementEnumValue {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementEnumValue";
    const KEYS: &'static [&'static str] = &["displayName", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementEnumValue\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementEnumValue {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.value);
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
rt::impl_object!(DeviceManagementEnumValue);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementEnumValue { with_display_name display_name : ::std::string::String;
    with_value value : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementEnumValue);
#[cfg(msgraph_beta_device_management_or_search)]
/// Entity which represents a connection to an Exchange environment.
///
/// CSDL: `microsoft.graph.deviceManagementExchangeConnector`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceManagementExchangeConnectorPath`](requests/trait.DeviceManagementExchangeConnectorPath.html), what a path to one (`EntityPath<DeviceManagementExchangeConnector, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementExchangeConnector {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The name of the server hosting the Exchange Connector.
    ///
    /// CSDL: property `connectorServerName`: `Edm.String`, nullable.
    pub connector_server_name: rt::Field<::std::string::String>,
    /// An alias assigned to the Exchange server
    ///
    /// CSDL: property `exchangeAlias`: `Edm.String`, nullable.
    pub exchange_alias: rt::Field<::std::string::String>,
    /// The type of Exchange Connector Configured.
    ///
    /// CSDL: property `exchangeConnectorType`: `microsoft.graph.deviceManagementExchangeConnectorType`, not nullable.
    pub exchange_connector_type: rt::Field<
        crate::beta::DeviceManagementExchangeConnectorType,
    >,
    /// Exchange Organization to the Exchange server
    ///
    /// CSDL: property `exchangeOrganization`: `Edm.String`, nullable.
    pub exchange_organization: rt::Field<::std::string::String>,
    /// Last sync time for the Exchange Connector
    ///
    /// CSDL: property `lastSyncDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Email address used to configure the Service To Service Exchange Connector.
    ///
    /// CSDL: property `primarySmtpAddress`: `Edm.String`, nullable.
    pub primary_smtp_address: rt::Field<::std::string::String>,
    /// The name of the Exchange server.
    ///
    /// CSDL: property `serverName`: `Edm.String`, nullable.
    pub server_name: rt::Field<::std::string::String>,
    /// Exchange Connector Status
    ///
    /// CSDL: property `status`: `microsoft.graph.deviceManagementExchangeConnectorStatus`, not nullable.
    pub status: rt::Field<crate::beta::DeviceManagementExchangeConnectorStatus>,
    /// The version of the ExchangeConnectorAgent
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementExchangeConnector {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            connector_server_name: rt::Field::Absent,
            exchange_alias: rt::Field::Absent,
            exchange_connector_type: rt::Field::Absent,
            exchange_organization: rt::Field::Absent,
            last_sync_date_time: rt::Field::Absent,
            primary_smtp_address: rt::Field::Absent,
            server_name: rt::Field::Absent,
            status: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementExchangeConnector {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementExchangeConnector";
    const KEYS: &'static [&'static str] = &[
        "id",
        "connectorServerName",
        "exchangeAlias",
        "exchangeConnectorType",
        "exchangeOrganization",
        "lastSyncDateTime",
        "primarySmtpAddress",
        "serverName",
        "status",
        "version",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"connectorServerName\":          ",
        ",\"exchangeAlias\":                ",
        ",\"exchangeConnectorType\":        ",
        ",\"exchangeOrganization\":         ",
        ",\"lastSyncDateTime\":             ",
        ",\"primarySmtpAddress\":           ",
        ",\"serverName\":                   ",
        ",\"status\":                       ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementExchangeConnector\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "connector_server_name", &self.connector_server_name);
        v.field(2usize, "exchange_alias", &self.exchange_alias);
        v.field(3usize, "exchange_connector_type", &self.exchange_connector_type);
        v.field(4usize, "exchange_organization", &self.exchange_organization);
        v.field(5usize, "last_sync_date_time", &self.last_sync_date_time);
        v.field(6usize, "primary_smtp_address", &self.primary_smtp_address);
        v.field(7usize, "server_name", &self.server_name);
        v.field(8usize, "status", &self.status);
        v.field(9usize, "version", &self.version);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementExchangeConnector {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.connector_server_name.read_from(r),
            2usize => self.exchange_alias.read_from(r),
            3usize => self.exchange_connector_type.read_from(r),
            4usize => self.exchange_organization.read_from(r),
            5usize => self.last_sync_date_time.read_from(r),
            6usize => self.primary_smtp_address.read_from(r),
            7usize => self.server_name.read_from(r),
            8usize => self.status.read_from(r),
            9usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.connector_server_name);
        w.field(2usize, &self.exchange_alias);
        w.field(3usize, &self.exchange_connector_type);
        w.field(4usize, &self.exchange_organization);
        w.field(5usize, &self.last_sync_date_time);
        w.field(6usize, &self.primary_smtp_address);
        w.field(7usize, &self.server_name);
        w.field(8usize, &self.status);
        w.field(9usize, &self.version);
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
rt::impl_object!(DeviceManagementExchangeConnector);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementExchangeConnector { with_id id : ::std::string::String;
    with_connector_server_name connector_server_name : ::std::string::String;
    with_exchange_alias exchange_alias : ::std::string::String;
    with_exchange_connector_type exchange_connector_type : crate
    ::beta::DeviceManagementExchangeConnectorType; with_exchange_organization
    exchange_organization : ::std::string::String; with_last_sync_date_time
    last_sync_date_time : rt::edm::DateTimeOffset; with_primary_smtp_address
    primary_smtp_address : ::std::string::String; with_server_name server_name :
    ::std::string::String; with_status status : crate
    ::beta::DeviceManagementExchangeConnectorStatus; with_version version :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementExchangeConnector);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementExchangeConnectorStatus`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementExchangeConnectorStatus {
    /// `none` (value 0).
    None,
    /// `connectionPending` (value 1).
    ConnectionPending,
    /// `connected` (value 2).
    Connected,
    /// `disconnected` (value 3).
    Disconnected,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementExchangeConnectorStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementExchangeConnectorStatus";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "connectionPending",
        "connected",
        "disconnected",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "connectionPending" => Self::ConnectionPending,
                "connected" => Self::Connected,
                "disconnected" => Self::Disconnected,
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
            Self::ConnectionPending => "connectionPending",
            Self::Connected => "connected",
            Self::Disconnected => "disconnected",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementExchangeConnectorStatus);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementExchangeConnectorStatus);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementExchangeConnectorType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementExchangeConnectorType {
    /// `onPremises` (value 0).
    OnPremises,
    /// `hosted` (value 1).
    Hosted,
    /// `serviceToService` (value 2).
    ServiceToService,
    /// `dedicated` (value 3).
    Dedicated,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementExchangeConnectorType {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementExchangeConnectorType";
    const MEMBERS: &'static [&'static str] = &[
        "onPremises",
        "hosted",
        "serviceToService",
        "dedicated",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "onPremises" => Self::OnPremises,
                "hosted" => Self::Hosted,
                "serviceToService" => Self::ServiceToService,
                "dedicated" => Self::Dedicated,
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
            Self::OnPremises => "onPremises",
            Self::Hosted => "hosted",
            Self::ServiceToService => "serviceToService",
            Self::Dedicated => "dedicated",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementExchangeConnectorType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementExchangeConnectorType);
#[cfg(msgraph_beta_device_management_or_search)]
/// A setting instance representing an integer value
///
/// CSDL: `microsoft.graph.deviceManagementIntegerSettingInstance`, entity type, derived from `microsoft.graph.deviceManagementSettingInstance`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementIntegerSettingInstance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The ID of the setting definition for this instance
    ///
    /// CSDL: property `definitionId`: `Edm.String`, not nullable.
    pub definition_id: rt::Field<::std::string::String>,
    /// JSON representation of the value
    ///
    /// CSDL: property `valueJson`: `Edm.String`, nullable.
    pub value_json: rt::Field<::std::string::String>,
    /// The integer value
    ///
    /// CSDL: property `value`: `Edm.Int32`, nullable.
    pub value: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementIntegerSettingInstance {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            definition_id: rt::Field::Absent,
            value_json: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementIntegerSettingInstance {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementIntegerSettingInstance";
    const KEYS: &'static [&'static str] = &["id", "definitionId", "valueJson", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"definitionId\":                 ",
        ",\"valueJson\":                    ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementIntegerSettingInstance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "definition_id", &self.definition_id);
        v.field(2usize, "value_json", &self.value_json);
        v.field(3usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementIntegerSettingInstance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.definition_id.read_from(r),
            2usize => self.value_json.read_from(r),
            3usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.definition_id);
        w.field(2usize, &self.value_json);
        w.field(3usize, &self.value);
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
rt::impl_object!(DeviceManagementIntegerSettingInstance);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementIntegerSettingInstance { with_id id : ::std::string::String;
    with_definition_id definition_id : ::std::string::String; with_value_json value_json
    : ::std::string::String; with_value value : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementIntegerSettingInstance);
#[cfg(msgraph_beta_device_management_or_search)]
/// Entity that represents an intent to apply settings to a device
///
/// CSDL: `microsoft.graph.deviceManagementIntent`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceManagementIntentPath`](requests/trait.DeviceManagementIntentPath.html), what a path to one (`EntityPath<DeviceManagementIntent, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementIntent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The user given description
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The user given display name
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Signifies whether or not the intent is assigned to users
    ///
    /// CSDL: property `isAssigned`: `Edm.Boolean`, not nullable.
    pub is_assigned: rt::Field<bool>,
    /// When the intent was last modified
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The ID of the template this intent was created from (if any)
    ///
    /// CSDL: property `templateId`: `Edm.String`, nullable.
    pub template_id: rt::Field<::std::string::String>,
    /// Collection of assignments
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceManagementIntentAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementIntentAssignment>,
    >,
    /// Collection of setting categories within the intent
    ///
    /// CSDL: containment navigation property `categories`: `Collection(microsoft.graph.deviceManagementIntentSettingCategory)`, not nullable.
    pub categories: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementIntentSettingCategory>,
    >,
    /// Collection of settings and their states and counts of devices that belong to corresponding state for all settings within the intent
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.deviceManagementIntentDeviceSettingStateSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementIntentDeviceSettingStateSummary>,
    >,
    /// Collection of states of all devices that the intent is applied to
    ///
    /// CSDL: containment navigation property `deviceStates`: `Collection(microsoft.graph.deviceManagementIntentDeviceState)`, not nullable.
    pub device_states: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementIntentDeviceState>,
    >,
    /// A summary of device states and counts of devices that belong to corresponding state for all devices that the intent is applied to
    ///
    /// CSDL: containment navigation property `deviceStateSummary`: `microsoft.graph.deviceManagementIntentDeviceStateSummary`, nullable.
    pub device_state_summary: rt::Field<
        crate::beta::DeviceManagementIntentDeviceStateSummary,
    >,
    /// Collection of all settings to be applied
    ///
    /// CSDL: containment navigation property `settings`: `Collection(microsoft.graph.deviceManagementSettingInstance)`, not nullable.
    pub settings: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceManagementSettingInstance>,
    >,
    /// Collection of states of all users that the intent is applied to
    ///
    /// CSDL: containment navigation property `userStates`: `Collection(microsoft.graph.deviceManagementIntentUserState)`, not nullable.
    pub user_states: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementIntentUserState>,
    >,
    /// A summary of user states and counts of users that belong to corresponding state for all users that the intent is applied to
    ///
    /// CSDL: containment navigation property `userStateSummary`: `microsoft.graph.deviceManagementIntentUserStateSummary`, nullable.
    pub user_state_summary: rt::Field<
        crate::beta::DeviceManagementIntentUserStateSummary,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementIntent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_assigned: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            template_id: rt::Field::Absent,
            assignments: rt::Field::Absent,
            categories: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_states: rt::Field::Absent,
            device_state_summary: rt::Field::Absent,
            settings: rt::Field::Absent,
            user_states: rt::Field::Absent,
            user_state_summary: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementIntent {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementIntent";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "isAssigned",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "templateId",
        "assignments",
        "categories",
        "deviceSettingStateSummaries",
        "deviceStates",
        "deviceStateSummary",
        "settings",
        "userStates",
        "userStateSummary",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isAssigned\":                   ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"templateId\":                   ",
        ",\"assignments\":                  ",
        ",\"categories\":                   ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStates\":                 ",
        ",\"deviceStateSummary\":           ",
        ",\"settings\":                     ",
        ",\"userStates\":                   ",
        ",\"userStateSummary\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementIntent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "is_assigned", &self.is_assigned);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(6usize, "template_id", &self.template_id);
        v.field(7usize, "assignments", &self.assignments);
        v.field(8usize, "categories", &self.categories);
        v.field(
            9usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(10usize, "device_states", &self.device_states);
        v.field(11usize, "device_state_summary", &self.device_state_summary);
        v.field(12usize, "settings", &self.settings);
        v.field(13usize, "user_states", &self.user_states);
        v.field(14usize, "user_state_summary", &self.user_state_summary);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementIntent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.is_assigned.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.role_scope_tag_ids.read_from(r),
            6usize => self.template_id.read_from(r),
            7usize => self.assignments.read_from(r),
            8usize => self.categories.read_from(r),
            9usize => self.device_setting_state_summaries.read_from(r),
            10usize => self.device_states.read_from(r),
            11usize => self.device_state_summary.read_from(r),
            12usize => self.settings.read_from(r),
            13usize => self.user_states.read_from(r),
            14usize => self.user_state_summary.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.is_assigned);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.role_scope_tag_ids);
        w.field(6usize, &self.template_id);
        w.field(7usize, &self.assignments);
        w.field(8usize, &self.categories);
        w.field(9usize, &self.device_setting_state_summaries);
        w.field(10usize, &self.device_states);
        w.field(11usize, &self.device_state_summary);
        w.field(12usize, &self.settings);
        w.field(13usize, &self.user_states);
        w.field(14usize, &self.user_state_summary);
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
rt::impl_object!(DeviceManagementIntent);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementIntent { with_id id : ::std::string::String; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_is_assigned is_assigned : bool;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec < ::std::string::String
    >; with_template_id template_id : ::std::string::String; with_assignments assignments
    : ::std::vec::Vec < crate ::beta::DeviceManagementIntentAssignment >; with_categories
    categories : ::std::vec::Vec < crate ::beta::DeviceManagementIntentSettingCategory >;
    with_device_setting_state_summaries device_setting_state_summaries : ::std::vec::Vec
    < crate ::beta::DeviceManagementIntentDeviceSettingStateSummary >; with_device_states
    device_states : ::std::vec::Vec < crate ::beta::DeviceManagementIntentDeviceState >;
    with_device_state_summary device_state_summary : crate
    ::beta::DeviceManagementIntentDeviceStateSummary; with_settings settings :
    ::std::vec::Vec < crate ::beta::AnyDeviceManagementSettingInstance >;
    with_user_states user_states : ::std::vec::Vec < crate
    ::beta::DeviceManagementIntentUserState >; with_user_state_summary user_state_summary
    : crate ::beta::DeviceManagementIntentUserStateSummary; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementIntent);
#[cfg(msgraph_beta_device_management_or_search)]
/// Intent assignment entity
///
/// CSDL: `microsoft.graph.deviceManagementIntentAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceManagementIntentAssignmentPath`](requests/trait.DeviceManagementIntentAssignmentPath.html), what a path to one (`EntityPath<DeviceManagementIntentAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementIntentAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The assignment target
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::beta::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementIntentAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementIntentAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementIntentAssignment";
    const KEYS: &'static [&'static str] = &["id", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementIntentAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementIntentAssignment {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementIntentAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementIntentAssignment { with_id id : ::std::string::String; with_target
    target : crate ::beta::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementIntentAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
/// Entity that represents device setting state summary for an intent
///
/// CSDL: `microsoft.graph.deviceManagementIntentDeviceSettingStateSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementIntentDeviceSettingStateSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Number of compliant devices
    ///
    /// CSDL: property `compliantCount`: `Edm.Int32`, not nullable.
    pub compliant_count: rt::Field<i32>,
    /// Number of devices in conflict
    ///
    /// CSDL: property `conflictCount`: `Edm.Int32`, not nullable.
    pub conflict_count: rt::Field<i32>,
    /// Number of error devices
    ///
    /// CSDL: property `errorCount`: `Edm.Int32`, not nullable.
    pub error_count: rt::Field<i32>,
    /// Number of non compliant devices
    ///
    /// CSDL: property `nonCompliantCount`: `Edm.Int32`, not nullable.
    pub non_compliant_count: rt::Field<i32>,
    /// Number of not applicable devices
    ///
    /// CSDL: property `notApplicableCount`: `Edm.Int32`, not nullable.
    pub not_applicable_count: rt::Field<i32>,
    /// Number of remediated devices
    ///
    /// CSDL: property `remediatedCount`: `Edm.Int32`, not nullable.
    pub remediated_count: rt::Field<i32>,
    /// Name of a setting
    ///
    /// CSDL: property `settingName`: `Edm.String`, nullable.
    pub setting_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementIntentDeviceSettingStateSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            compliant_count: rt::Field::Absent,
            conflict_count: rt::Field::Absent,
            error_count: rt::Field::Absent,
            non_compliant_count: rt::Field::Absent,
            not_applicable_count: rt::Field::Absent,
            remediated_count: rt::Field::Absent,
            setting_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementIntentDeviceSettingStateSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementIntentDeviceSettingStateSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "compliantCount",
        "conflictCount",
        "errorCount",
        "nonCompliantCount",
        "notApplicableCount",
        "remediatedCount",
        "settingName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"compliantCount\":               ",
        ",\"conflictCount\":                ",
        ",\"errorCount\":                   ",
        ",\"nonCompliantCount\":            ",
        ",\"notApplicableCount\":           ",
        ",\"remediatedCount\":              ",
        ",\"settingName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementIntentDeviceSettingStateSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "compliant_count", &self.compliant_count);
        v.field(2usize, "conflict_count", &self.conflict_count);
        v.field(3usize, "error_count", &self.error_count);
        v.field(4usize, "non_compliant_count", &self.non_compliant_count);
        v.field(5usize, "not_applicable_count", &self.not_applicable_count);
        v.field(6usize, "remediated_count", &self.remediated_count);
        v.field(7usize, "setting_name", &self.setting_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementIntentDeviceSettingStateSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.compliant_count.read_from(r),
            2usize => self.conflict_count.read_from(r),
            3usize => self.error_count.read_from(r),
            4usize => self.non_compliant_count.read_from(r),
            5usize => self.not_applicable_count.read_from(r),
            6usize => self.remediated_count.read_from(r),
            7usize => self.setting_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.compliant_count);
        w.field(2usize, &self.conflict_count);
        w.field(3usize, &self.error_count);
        w.field(4usize, &self.non_compliant_count);
        w.field(5usize, &self.not_applicable_count);
        w.field(6usize, &self.remediated_count);
        w.field(7usize, &self.setting_name);
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
rt::impl_object!(DeviceManagementIntentDeviceSettingStateSummary);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementIntentDeviceSettingStateSummary { with_id id : ::std::string::String;
    with_compliant_count compliant_count : i32; with_conflict_count conflict_count : i32;
    with_error_count error_count : i32; with_non_compliant_count non_compliant_count :
    i32; with_not_applicable_count not_applicable_count : i32; with_remediated_count
    remediated_count : i32; with_setting_name setting_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementIntentDeviceSettingStateSummary);
#[cfg(msgraph_beta_device_management_or_search)]
/// Entity that represents device state for an intent
///
/// CSDL: `microsoft.graph.deviceManagementIntentDeviceState`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementIntentDeviceState {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Device name that is being reported
    ///
    /// CSDL: property `deviceDisplayName`: `Edm.String`, nullable.
    pub device_display_name: rt::Field<::std::string::String>,
    /// Device id that is being reported
    ///
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// Last modified date time of an intent report
    ///
    /// CSDL: property `lastReportedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_reported_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Device state for an intent
    ///
    /// CSDL: property `state`: `microsoft.graph.complianceStatus`, not nullable.
    pub state: rt::Field<crate::beta::ComplianceStatus>,
    /// The user name that is being reported on a device
    ///
    /// CSDL: property `userName`: `Edm.String`, nullable.
    pub user_name: rt::Field<::std::string::String>,
    /// The user principal name that is being reported on a device
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementIntentDeviceState {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            device_display_name: rt::Field::Absent,
            device_id: rt::Field::Absent,
            last_reported_date_time: rt::Field::Absent,
            state: rt::Field::Absent,
            user_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementIntentDeviceState {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementIntentDeviceState";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deviceDisplayName",
        "deviceId",
        "lastReportedDateTime",
        "state",
        "userName",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deviceDisplayName\":            ",
        ",\"deviceId\":                     ",
        ",\"lastReportedDateTime\":         ",
        ",\"state\":                        ",
        ",\"userName\":                     ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementIntentDeviceState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "device_display_name", &self.device_display_name);
        v.field(2usize, "device_id", &self.device_id);
        v.field(3usize, "last_reported_date_time", &self.last_reported_date_time);
        v.field(4usize, "state", &self.state);
        v.field(5usize, "user_name", &self.user_name);
        v.field(6usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementIntentDeviceState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.device_display_name.read_from(r),
            2usize => self.device_id.read_from(r),
            3usize => self.last_reported_date_time.read_from(r),
            4usize => self.state.read_from(r),
            5usize => self.user_name.read_from(r),
            6usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.device_display_name);
        w.field(2usize, &self.device_id);
        w.field(3usize, &self.last_reported_date_time);
        w.field(4usize, &self.state);
        w.field(5usize, &self.user_name);
        w.field(6usize, &self.user_principal_name);
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
rt::impl_object!(DeviceManagementIntentDeviceState);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementIntentDeviceState { with_id id : ::std::string::String;
    with_device_display_name device_display_name : ::std::string::String; with_device_id
    device_id : ::std::string::String; with_last_reported_date_time
    last_reported_date_time : rt::edm::DateTimeOffset; with_state state : crate
    ::beta::ComplianceStatus; with_user_name user_name : ::std::string::String;
    with_user_principal_name user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementIntentDeviceState);
#[cfg(msgraph_beta_device_management_or_search)]
/// Entity that represents device state summary for an intent
///
/// CSDL: `microsoft.graph.deviceManagementIntentDeviceStateSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementIntentDeviceStateSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Number of devices in conflict
    ///
    /// CSDL: property `conflictCount`: `Edm.Int32`, not nullable.
    pub conflict_count: rt::Field<i32>,
    /// Number of error devices
    ///
    /// CSDL: property `errorCount`: `Edm.Int32`, not nullable.
    pub error_count: rt::Field<i32>,
    /// Number of failed devices
    ///
    /// CSDL: property `failedCount`: `Edm.Int32`, not nullable.
    pub failed_count: rt::Field<i32>,
    /// Number of not applicable devices
    ///
    /// CSDL: property `notApplicableCount`: `Edm.Int32`, not nullable.
    pub not_applicable_count: rt::Field<i32>,
    /// Number of not applicable devices due to mismatch platform and policy
    ///
    /// CSDL: property `notApplicablePlatformCount`: `Edm.Int32`, not nullable.
    pub not_applicable_platform_count: rt::Field<i32>,
    /// Number of succeeded devices
    ///
    /// CSDL: property `successCount`: `Edm.Int32`, not nullable.
    pub success_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementIntentDeviceStateSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            conflict_count: rt::Field::Absent,
            error_count: rt::Field::Absent,
            failed_count: rt::Field::Absent,
            not_applicable_count: rt::Field::Absent,
            not_applicable_platform_count: rt::Field::Absent,
            success_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementIntentDeviceStateSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementIntentDeviceStateSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "conflictCount",
        "errorCount",
        "failedCount",
        "notApplicableCount",
        "notApplicablePlatformCount",
        "successCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"conflictCount\":                ",
        ",\"errorCount\":                   ",
        ",\"failedCount\":                  ",
        ",\"notApplicableCount\":           ",
        ",\"notApplicablePlatformCount\":   ",
        ",\"successCount\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementIntentDeviceStateSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "conflict_count", &self.conflict_count);
        v.field(2usize, "error_count", &self.error_count);
        v.field(3usize, "failed_count", &self.failed_count);
        v.field(4usize, "not_applicable_count", &self.not_applicable_count);
        v.field(
            5usize,
            "not_applicable_platform_count",
            &self.not_applicable_platform_count,
        );
        v.field(6usize, "success_count", &self.success_count);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementIntentDeviceStateSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.conflict_count.read_from(r),
            2usize => self.error_count.read_from(r),
            3usize => self.failed_count.read_from(r),
            4usize => self.not_applicable_count.read_from(r),
            5usize => self.not_applicable_platform_count.read_from(r),
            6usize => self.success_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.conflict_count);
        w.field(2usize, &self.error_count);
        w.field(3usize, &self.failed_count);
        w.field(4usize, &self.not_applicable_count);
        w.field(5usize, &self.not_applicable_platform_count);
        w.field(6usize, &self.success_count);
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
rt::impl_object!(DeviceManagementIntentDeviceStateSummary);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementIntentDeviceStateSummary { with_id id : ::std::string::String;
    with_conflict_count conflict_count : i32; with_error_count error_count : i32;
    with_failed_count failed_count : i32; with_not_applicable_count not_applicable_count
    : i32; with_not_applicable_platform_count not_applicable_platform_count : i32;
    with_success_count success_count : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementIntentDeviceStateSummary);
#[cfg(msgraph_beta_device_management_or_search)]
/// Entity representing an intent setting category
///
/// CSDL: `microsoft.graph.deviceManagementIntentSettingCategory`, entity type, derived from `microsoft.graph.deviceManagementSettingCategory`, key `id`.
///
/// Request builders: [`DeviceManagementIntentSettingCategoryPath`](requests/trait.DeviceManagementIntentSettingCategoryPath.html), what a path to one (`EntityPath<DeviceManagementIntentSettingCategory, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementIntentSettingCategory {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The category name
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The category contains top level required setting
    ///
    /// CSDL: property `hasRequiredSetting`: `Edm.Boolean`, nullable.
    pub has_required_setting: rt::Field<bool>,
    /// The setting definitions this category contains
    ///
    /// CSDL: containment navigation property `settingDefinitions`: `Collection(microsoft.graph.deviceManagementSettingDefinition)`, not nullable.
    pub setting_definitions: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceManagementSettingDefinition>,
    >,
    /// The settings this category contains
    ///
    /// CSDL: containment navigation property `settings`: `Collection(microsoft.graph.deviceManagementSettingInstance)`, not nullable.
    pub settings: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceManagementSettingInstance>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementIntentSettingCategory {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            has_required_setting: rt::Field::Absent,
            setting_definitions: rt::Field::Absent,
            settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementIntentSettingCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementIntentSettingCategory";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "hasRequiredSetting",
        "settingDefinitions",
        "settings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"hasRequiredSetting\":           ",
        ",\"settingDefinitions\":           ",
        ",\"settings\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementIntentSettingCategory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "has_required_setting", &self.has_required_setting);
        v.field(3usize, "setting_definitions", &self.setting_definitions);
        v.field(4usize, "settings", &self.settings);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementIntentSettingCategory {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.has_required_setting.read_from(r),
            3usize => self.setting_definitions.read_from(r),
            4usize => self.settings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.has_required_setting);
        w.field(3usize, &self.setting_definitions);
        w.field(4usize, &self.settings);
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
rt::impl_object!(DeviceManagementIntentSettingCategory);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementIntentSettingCategory { with_id id : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_has_required_setting
    has_required_setting : bool; with_setting_definitions setting_definitions :
    ::std::vec::Vec < crate ::beta::AnyDeviceManagementSettingDefinition >; with_settings
    settings : ::std::vec::Vec < crate ::beta::AnyDeviceManagementSettingInstance >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementIntentSettingCategory);
#[cfg(msgraph_beta_device_management_or_search)]
/// Constraint indicating that this value is a secret and will be encrypted.
///
/// CSDL: `microsoft.graph.deviceManagementIntentSettingSecretConstraint`, complex type, derived from `microsoft.graph.deviceManagementConstraint`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementIntentSettingSecretConstraint {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementIntentSettingSecretConstraint {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementIntentSettingSecretConstraint {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementIntentSettingSecretConstraint";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementIntentSettingSecretConstraint\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementIntentSettingSecretConstraint {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementIntentSettingSecretConstraint);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementIntentSettingSecretConstraint);
#[cfg(msgraph_beta_device_management_or_search)]
/// Entity that represents user state for an intent
///
/// CSDL: `microsoft.graph.deviceManagementIntentUserState`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementIntentUserState {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Count of Devices that belongs to a user for an intent
    ///
    /// CSDL: property `deviceCount`: `Edm.Int32`, not nullable.
    pub device_count: rt::Field<i32>,
    /// Last modified date time of an intent report
    ///
    /// CSDL: property `lastReportedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_reported_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// User state for an intent
    ///
    /// CSDL: property `state`: `microsoft.graph.complianceStatus`, not nullable.
    pub state: rt::Field<crate::beta::ComplianceStatus>,
    /// The user name that is being reported on a device
    ///
    /// CSDL: property `userName`: `Edm.String`, nullable.
    pub user_name: rt::Field<::std::string::String>,
    /// The user principal name that is being reported on a device
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementIntentUserState {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            device_count: rt::Field::Absent,
            last_reported_date_time: rt::Field::Absent,
            state: rt::Field::Absent,
            user_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementIntentUserState {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementIntentUserState";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deviceCount",
        "lastReportedDateTime",
        "state",
        "userName",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deviceCount\":                  ",
        ",\"lastReportedDateTime\":         ",
        ",\"state\":                        ",
        ",\"userName\":                     ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementIntentUserState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "device_count", &self.device_count);
        v.field(2usize, "last_reported_date_time", &self.last_reported_date_time);
        v.field(3usize, "state", &self.state);
        v.field(4usize, "user_name", &self.user_name);
        v.field(5usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementIntentUserState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.device_count.read_from(r),
            2usize => self.last_reported_date_time.read_from(r),
            3usize => self.state.read_from(r),
            4usize => self.user_name.read_from(r),
            5usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.device_count);
        w.field(2usize, &self.last_reported_date_time);
        w.field(3usize, &self.state);
        w.field(4usize, &self.user_name);
        w.field(5usize, &self.user_principal_name);
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
rt::impl_object!(DeviceManagementIntentUserState);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementIntentUserState { with_id id : ::std::string::String;
    with_device_count device_count : i32; with_last_reported_date_time
    last_reported_date_time : rt::edm::DateTimeOffset; with_state state : crate
    ::beta::ComplianceStatus; with_user_name user_name : ::std::string::String;
    with_user_principal_name user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementIntentUserState);
#[cfg(msgraph_beta_device_management_or_search)]
/// Entity that represents user state summary for an intent
///
/// CSDL: `microsoft.graph.deviceManagementIntentUserStateSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementIntentUserStateSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Number of users in conflict
    ///
    /// CSDL: property `conflictCount`: `Edm.Int32`, not nullable.
    pub conflict_count: rt::Field<i32>,
    /// Number of error users
    ///
    /// CSDL: property `errorCount`: `Edm.Int32`, not nullable.
    pub error_count: rt::Field<i32>,
    /// Number of failed users
    ///
    /// CSDL: property `failedCount`: `Edm.Int32`, not nullable.
    pub failed_count: rt::Field<i32>,
    /// Number of not applicable users
    ///
    /// CSDL: property `notApplicableCount`: `Edm.Int32`, not nullable.
    pub not_applicable_count: rt::Field<i32>,
    /// Number of succeeded users
    ///
    /// CSDL: property `successCount`: `Edm.Int32`, not nullable.
    pub success_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementIntentUserStateSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            conflict_count: rt::Field::Absent,
            error_count: rt::Field::Absent,
            failed_count: rt::Field::Absent,
            not_applicable_count: rt::Field::Absent,
            success_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementIntentUserStateSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementIntentUserStateSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "conflictCount",
        "errorCount",
        "failedCount",
        "notApplicableCount",
        "successCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"conflictCount\":                ",
        ",\"errorCount\":                   ",
        ",\"failedCount\":                  ",
        ",\"notApplicableCount\":           ",
        ",\"successCount\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementIntentUserStateSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "conflict_count", &self.conflict_count);
        v.field(2usize, "error_count", &self.error_count);
        v.field(3usize, "failed_count", &self.failed_count);
        v.field(4usize, "not_applicable_count", &self.not_applicable_count);
        v.field(5usize, "success_count", &self.success_count);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementIntentUserStateSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.conflict_count.read_from(r),
            2usize => self.error_count.read_from(r),
            3usize => self.failed_count.read_from(r),
            4usize => self.not_applicable_count.read_from(r),
            5usize => self.success_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.conflict_count);
        w.field(2usize, &self.error_count);
        w.field(3usize, &self.failed_count);
        w.field(4usize, &self.not_applicable_count);
        w.field(5usize, &self.success_count);
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
rt::impl_object!(DeviceManagementIntentUserStateSummary);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementIntentUserStateSummary { with_id id : ::std::string::String;
    with_conflict_count conflict_count : i32; with_error_count error_count : i32;
    with_failed_count failed_count : i32; with_not_applicable_count not_applicable_count
    : i32; with_success_count success_count : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementIntentUserStateSummary);
#[cfg(msgraph_beta_device_management_or_search)]
/// Entity that describes tenant level settings for derived credentials
///
/// CSDL: `microsoft.graph.deviceManagementResourceAccessProfileAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceManagementResourceAccessProfileAssignmentPath`](requests/trait.DeviceManagementResourceAccessProfileAssignmentPath.html), what a path to one (`EntityPath<DeviceManagementResourceAccessProfileAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementResourceAccessProfileAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The assignment intent for the resource access profile.
    ///
    /// CSDL: property `intent`: `microsoft.graph.deviceManagementResourceAccessProfileIntent`, not nullable.
    pub intent: rt::Field<crate::beta::DeviceManagementResourceAccessProfileIntent>,
    /// The identifier of the source of the assignment.
    ///
    /// CSDL: property `sourceId`: `Edm.String`, nullable.
    pub source_id: rt::Field<::std::string::String>,
    /// The assignment target for the resource access profile.
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, not nullable.
    pub target: rt::Field<crate::beta::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementResourceAccessProfileAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            intent: rt::Field::Absent,
            source_id: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementResourceAccessProfileAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementResourceAccessProfileAssignment";
    const KEYS: &'static [&'static str] = &["id", "intent", "sourceId", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"intent\":                       ",
        ",\"sourceId\":                     ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementResourceAccessProfileAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "intent", &self.intent);
        v.field(2usize, "source_id", &self.source_id);
        v.field(3usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementResourceAccessProfileAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.intent.read_from(r),
            2usize => self.source_id.read_from(r),
            3usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.intent);
        w.field(2usize, &self.source_id);
        w.field(3usize, &self.target);
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
rt::impl_object!(DeviceManagementResourceAccessProfileAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementResourceAccessProfileAssignment { with_id id : ::std::string::String;
    with_intent intent : crate ::beta::DeviceManagementResourceAccessProfileIntent;
    with_source_id source_id : ::std::string::String; with_target target : crate
    ::beta::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementResourceAccessProfileAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
/// Base Profile Type for Resource Access
///
/// CSDL: `microsoft.graph.deviceManagementResourceAccessProfileBase`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`DeviceManagementResourceAccessProfileBasePath`](requests/trait.DeviceManagementResourceAccessProfileBasePath.html), what a path to one (`EntityPath<AnyDeviceManagementResourceAccessProfileBase, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementResourceAccessProfileBase {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// DateTime profile was created
    ///
    /// CSDL: property `creationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub creation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Profile description
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Profile display name
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// DateTime profile was last modified
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Scope Tags
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Version of the profile
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceManagementResourceAccessProfileAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementResourceAccessProfileAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementResourceAccessProfileBase {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            creation_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementResourceAccessProfileBase {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementResourceAccessProfileBase";
    const KEYS: &'static [&'static str] = &[
        "id",
        "creationDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "version",
        "assignments",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"creationDateTime\":             ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementResourceAccessProfileBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "creation_date_time", &self.creation_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(6usize, "version", &self.version);
        v.field(7usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementResourceAccessProfileBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.creation_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.role_scope_tag_ids.read_from(r),
            6usize => self.version.read_from(r),
            7usize => self.assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.creation_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.role_scope_tag_ids);
        w.field(6usize, &self.version);
        w.field(7usize, &self.assignments);
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
rt::impl_object!(DeviceManagementResourceAccessProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementResourceAccessProfileBase { with_id id : ::std::string::String;
    with_creation_date_time creation_date_time : rt::edm::DateTimeOffset;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_version version : i32; with_assignments assignments :
    ::std::vec::Vec < crate ::beta::DeviceManagementResourceAccessProfileAssignment >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementResourceAccessProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.deviceManagementResourceAccessProfileBase` or any type derived from it, selected by `@odata.type` (6 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceManagementResourceAccessProfileBase {
    DeviceManagementResourceAccessProfileBase(
        ::std::boxed::Box<crate::beta::DeviceManagementResourceAccessProfileBase>,
    ),
    Windows10XCertificateProfile(
        ::std::boxed::Box<crate::beta::Windows10XCertificateProfile>,
    ),
    Windows10XscepCertificateProfile(
        ::std::boxed::Box<crate::beta::Windows10XscepCertificateProfile>,
    ),
    Windows10XTrustedRootCertificate(
        ::std::boxed::Box<crate::beta::Windows10XTrustedRootCertificate>,
    ),
    Windows10XVpnConfiguration(
        ::std::boxed::Box<crate::beta::Windows10XVpnConfiguration>,
    ),
    Windows10XWifiConfiguration(
        ::std::boxed::Box<crate::beta::Windows10XWifiConfiguration>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyDeviceManagementResourceAccessProfileBase {
    #[inline]
    fn default() -> Self {
        Self::DeviceManagementResourceAccessProfileBase(
            ::std::default::Default::default(),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementResourceAccessProfileBase>
for AnyDeviceManagementResourceAccessProfileBase {
    #[inline]
    fn from(v: crate::beta::DeviceManagementResourceAccessProfileBase) -> Self {
        Self::DeviceManagementResourceAccessProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10XCertificateProfile>
for AnyDeviceManagementResourceAccessProfileBase {
    #[inline]
    fn from(v: crate::beta::Windows10XCertificateProfile) -> Self {
        Self::Windows10XCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10XscepCertificateProfile>
for AnyDeviceManagementResourceAccessProfileBase {
    #[inline]
    fn from(v: crate::beta::Windows10XscepCertificateProfile) -> Self {
        Self::Windows10XscepCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10XTrustedRootCertificate>
for AnyDeviceManagementResourceAccessProfileBase {
    #[inline]
    fn from(v: crate::beta::Windows10XTrustedRootCertificate) -> Self {
        Self::Windows10XTrustedRootCertificate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10XVpnConfiguration>
for AnyDeviceManagementResourceAccessProfileBase {
    #[inline]
    fn from(v: crate::beta::Windows10XVpnConfiguration) -> Self {
        Self::Windows10XVpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10XWifiConfiguration>
for AnyDeviceManagementResourceAccessProfileBase {
    #[inline]
    fn from(v: crate::beta::Windows10XWifiConfiguration) -> Self {
        Self::Windows10XWifiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyDeviceManagementResourceAccessProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyDeviceManagementResourceAccessProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyDeviceManagementResourceAccessProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyDeviceManagementResourceAccessProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyDeviceManagementResourceAccessProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::DeviceManagementResourceAccessProfileBase>();
    rt::object::auto_traits::<crate::beta::Windows10XCertificateProfile>();
    rt::object::auto_traits::<crate::beta::Windows10XscepCertificateProfile>();
    rt::object::auto_traits::<crate::beta::Windows10XTrustedRootCertificate>();
    rt::object::auto_traits::<crate::beta::Windows10XVpnConfiguration>();
    rt::object::auto_traits::<crate::beta::Windows10XWifiConfiguration>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyDeviceManagementResourceAccessProfileBase {
    const BASE_NAME: &'static str = "microsoft.graph.deviceManagementResourceAccessProfileBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.windows10XCertificateProfile",
            ) => Self::Windows10XCertificateProfile(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windows10XSCEPCertificateProfile",
            ) => Self::Windows10XscepCertificateProfile(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windows10XTrustedRootCertificate",
            ) => Self::Windows10XTrustedRootCertificate(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.windows10XVpnConfiguration") => {
                Self::Windows10XVpnConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.windows10XWifiConfiguration",
            ) => Self::Windows10XWifiConfiguration(rt::object::new_boxed()),
            _ => Self::DeviceManagementResourceAccessProfileBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeviceManagementResourceAccessProfileBase(v) => &**v,
            Self::Windows10XCertificateProfile(v) => &**v,
            Self::Windows10XscepCertificateProfile(v) => &**v,
            Self::Windows10XTrustedRootCertificate(v) => &**v,
            Self::Windows10XVpnConfiguration(v) => &**v,
            Self::Windows10XWifiConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceManagementResourceAccessProfileBase(v) => &mut **v,
            Self::Windows10XCertificateProfile(v) => &mut **v,
            Self::Windows10XscepCertificateProfile(v) => &mut **v,
            Self::Windows10XTrustedRootCertificate(v) => &mut **v,
            Self::Windows10XVpnConfiguration(v) => &mut **v,
            Self::Windows10XWifiConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyDeviceManagementResourceAccessProfileBase {
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
            Self::DeviceManagementResourceAccessProfileBase(v) => &v.id,
            Self::Windows10XCertificateProfile(v) => &v.id,
            Self::Windows10XscepCertificateProfile(v) => &v.id,
            Self::Windows10XTrustedRootCertificate(v) => &v.id,
            Self::Windows10XVpnConfiguration(v) => &v.id,
            Self::Windows10XWifiConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementResourceAccessProfileBase(v) => &mut v.id,
            Self::Windows10XCertificateProfile(v) => &mut v.id,
            Self::Windows10XscepCertificateProfile(v) => &mut v.id,
            Self::Windows10XTrustedRootCertificate(v) => &mut v.id,
            Self::Windows10XVpnConfiguration(v) => &mut v.id,
            Self::Windows10XWifiConfiguration(v) => &mut v.id,
        }
    }
    /// `creationDateTime` of any variant.
    #[inline]
    pub fn creation_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceManagementResourceAccessProfileBase(v) => &v.creation_date_time,
            Self::Windows10XCertificateProfile(v) => &v.creation_date_time,
            Self::Windows10XscepCertificateProfile(v) => &v.creation_date_time,
            Self::Windows10XTrustedRootCertificate(v) => &v.creation_date_time,
            Self::Windows10XVpnConfiguration(v) => &v.creation_date_time,
            Self::Windows10XWifiConfiguration(v) => &v.creation_date_time,
        }
    }
    /// `creationDateTime` of any variant.
    #[inline]
    pub fn creation_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceManagementResourceAccessProfileBase(v) => {
                &mut v.creation_date_time
            }
            Self::Windows10XCertificateProfile(v) => &mut v.creation_date_time,
            Self::Windows10XscepCertificateProfile(v) => &mut v.creation_date_time,
            Self::Windows10XTrustedRootCertificate(v) => &mut v.creation_date_time,
            Self::Windows10XVpnConfiguration(v) => &mut v.creation_date_time,
            Self::Windows10XWifiConfiguration(v) => &mut v.creation_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementResourceAccessProfileBase(v) => &v.description,
            Self::Windows10XCertificateProfile(v) => &v.description,
            Self::Windows10XscepCertificateProfile(v) => &v.description,
            Self::Windows10XTrustedRootCertificate(v) => &v.description,
            Self::Windows10XVpnConfiguration(v) => &v.description,
            Self::Windows10XWifiConfiguration(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementResourceAccessProfileBase(v) => &mut v.description,
            Self::Windows10XCertificateProfile(v) => &mut v.description,
            Self::Windows10XscepCertificateProfile(v) => &mut v.description,
            Self::Windows10XTrustedRootCertificate(v) => &mut v.description,
            Self::Windows10XVpnConfiguration(v) => &mut v.description,
            Self::Windows10XWifiConfiguration(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementResourceAccessProfileBase(v) => &v.display_name,
            Self::Windows10XCertificateProfile(v) => &v.display_name,
            Self::Windows10XscepCertificateProfile(v) => &v.display_name,
            Self::Windows10XTrustedRootCertificate(v) => &v.display_name,
            Self::Windows10XVpnConfiguration(v) => &v.display_name,
            Self::Windows10XWifiConfiguration(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementResourceAccessProfileBase(v) => &mut v.display_name,
            Self::Windows10XCertificateProfile(v) => &mut v.display_name,
            Self::Windows10XscepCertificateProfile(v) => &mut v.display_name,
            Self::Windows10XTrustedRootCertificate(v) => &mut v.display_name,
            Self::Windows10XVpnConfiguration(v) => &mut v.display_name,
            Self::Windows10XWifiConfiguration(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceManagementResourceAccessProfileBase(v) => {
                &v.last_modified_date_time
            }
            Self::Windows10XCertificateProfile(v) => &v.last_modified_date_time,
            Self::Windows10XscepCertificateProfile(v) => &v.last_modified_date_time,
            Self::Windows10XTrustedRootCertificate(v) => &v.last_modified_date_time,
            Self::Windows10XVpnConfiguration(v) => &v.last_modified_date_time,
            Self::Windows10XWifiConfiguration(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceManagementResourceAccessProfileBase(v) => {
                &mut v.last_modified_date_time
            }
            Self::Windows10XCertificateProfile(v) => &mut v.last_modified_date_time,
            Self::Windows10XscepCertificateProfile(v) => &mut v.last_modified_date_time,
            Self::Windows10XTrustedRootCertificate(v) => &mut v.last_modified_date_time,
            Self::Windows10XVpnConfiguration(v) => &mut v.last_modified_date_time,
            Self::Windows10XWifiConfiguration(v) => &mut v.last_modified_date_time,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::DeviceManagementResourceAccessProfileBase(v) => &v.role_scope_tag_ids,
            Self::Windows10XCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::Windows10XscepCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::Windows10XTrustedRootCertificate(v) => &v.role_scope_tag_ids,
            Self::Windows10XVpnConfiguration(v) => &v.role_scope_tag_ids,
            Self::Windows10XWifiConfiguration(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::DeviceManagementResourceAccessProfileBase(v) => {
                &mut v.role_scope_tag_ids
            }
            Self::Windows10XCertificateProfile(v) => &mut v.role_scope_tag_ids,
            Self::Windows10XscepCertificateProfile(v) => &mut v.role_scope_tag_ids,
            Self::Windows10XTrustedRootCertificate(v) => &mut v.role_scope_tag_ids,
            Self::Windows10XVpnConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::Windows10XWifiConfiguration(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::DeviceManagementResourceAccessProfileBase(v) => &v.version,
            Self::Windows10XCertificateProfile(v) => &v.version,
            Self::Windows10XscepCertificateProfile(v) => &v.version,
            Self::Windows10XTrustedRootCertificate(v) => &v.version,
            Self::Windows10XVpnConfiguration(v) => &v.version,
            Self::Windows10XWifiConfiguration(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::DeviceManagementResourceAccessProfileBase(v) => &mut v.version,
            Self::Windows10XCertificateProfile(v) => &mut v.version,
            Self::Windows10XscepCertificateProfile(v) => &mut v.version,
            Self::Windows10XTrustedRootCertificate(v) => &mut v.version,
            Self::Windows10XVpnConfiguration(v) => &mut v.version,
            Self::Windows10XWifiConfiguration(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementResourceAccessProfileAssignment>,
    > {
        match self {
            Self::DeviceManagementResourceAccessProfileBase(v) => &v.assignments,
            Self::Windows10XCertificateProfile(v) => &v.assignments,
            Self::Windows10XscepCertificateProfile(v) => &v.assignments,
            Self::Windows10XTrustedRootCertificate(v) => &v.assignments,
            Self::Windows10XVpnConfiguration(v) => &v.assignments,
            Self::Windows10XWifiConfiguration(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementResourceAccessProfileAssignment>,
    > {
        match self {
            Self::DeviceManagementResourceAccessProfileBase(v) => &mut v.assignments,
            Self::Windows10XCertificateProfile(v) => &mut v.assignments,
            Self::Windows10XscepCertificateProfile(v) => &mut v.assignments,
            Self::Windows10XTrustedRootCertificate(v) => &mut v.assignments,
            Self::Windows10XVpnConfiguration(v) => &mut v.assignments,
            Self::Windows10XWifiConfiguration(v) => &mut v.assignments,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyDeviceManagementResourceAccessProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceManagementResourceAccessProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementResourceAccessProfileIntent`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementResourceAccessProfileIntent {
    /// `apply` (value 0).
    Apply,
    /// `remove` (value 1).
    Remove,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementResourceAccessProfileIntent {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementResourceAccessProfileIntent";
    const MEMBERS: &'static [&'static str] = &["apply", "remove"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "apply" => Self::Apply,
                "remove" => Self::Remove,
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
            Self::Apply => "apply",
            Self::Remove => "remove",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementResourceAccessProfileIntent);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementResourceAccessProfileIntent);
#[cfg(msgraph_beta_device_management_or_search)]
/// Contains properties used to assign a device management script to a group.
///
/// CSDL: `microsoft.graph.deviceManagementScriptAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceManagementScriptAssignmentPath`](requests/trait.DeviceManagementScriptAssignmentPath.html), what a path to one (`EntityPath<DeviceManagementScriptAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementScriptAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The Id of the Azure Active Directory group we are targeting the script to.
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::beta::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementScriptAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementScriptAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementScriptAssignment";
    const KEYS: &'static [&'static str] = &["id", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementScriptAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementScriptAssignment {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementScriptAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementScriptAssignment { with_id id : ::std::string::String; with_target
    target : crate ::beta::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementScriptAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
/// Contains properties used to assign a device management script to a group.
///
/// CSDL: `microsoft.graph.deviceManagementScriptGroupAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementScriptGroupAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The Id of the Azure Active Directory group we are targeting the script to.
    ///
    /// CSDL: property `targetGroupId`: `Edm.String`, nullable.
    pub target_group_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementScriptGroupAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            target_group_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementScriptGroupAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementScriptGroupAssignment";
    const KEYS: &'static [&'static str] = &["id", "targetGroupId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"targetGroupId\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementScriptGroupAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target_group_id", &self.target_group_id);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementScriptGroupAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.target_group_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.target_group_id);
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
rt::impl_object!(DeviceManagementScriptGroupAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementScriptGroupAssignment { with_id id : ::std::string::String;
    with_target_group_id target_group_id : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementScriptGroupAssignment);
#[cfg(msgraph_beta_search)]
/// Contains properties for the run summary of a device management script.
///
/// CSDL: `microsoft.graph.deviceManagementScriptRunSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementScriptRunSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Error device count.
    ///
    /// CSDL: property `errorDeviceCount`: `Edm.Int32`, not nullable.
    pub error_device_count: rt::Field<i32>,
    /// Error user count.
    ///
    /// CSDL: property `errorUserCount`: `Edm.Int32`, not nullable.
    pub error_user_count: rt::Field<i32>,
    /// Success device count.
    ///
    /// CSDL: property `successDeviceCount`: `Edm.Int32`, not nullable.
    pub success_device_count: rt::Field<i32>,
    /// Success user count.
    ///
    /// CSDL: property `successUserCount`: `Edm.Int32`, not nullable.
    pub success_user_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for DeviceManagementScriptRunSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            error_device_count: rt::Field::Absent,
            error_user_count: rt::Field::Absent,
            success_device_count: rt::Field::Absent,
            success_user_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for DeviceManagementScriptRunSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementScriptRunSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "errorDeviceCount",
        "errorUserCount",
        "successDeviceCount",
        "successUserCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"errorDeviceCount\":             ",
        ",\"errorUserCount\":               ",
        ",\"successDeviceCount\":           ",
        ",\"successUserCount\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementScriptRunSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "error_device_count", &self.error_device_count);
        v.field(2usize, "error_user_count", &self.error_user_count);
        v.field(3usize, "success_device_count", &self.success_device_count);
        v.field(4usize, "success_user_count", &self.success_user_count);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for DeviceManagementScriptRunSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.error_device_count.read_from(r),
            2usize => self.error_user_count.read_from(r),
            3usize => self.success_device_count.read_from(r),
            4usize => self.success_user_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.error_device_count);
        w.field(2usize, &self.error_user_count);
        w.field(3usize, &self.success_device_count);
        w.field(4usize, &self.success_user_count);
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
rt::impl_object!(DeviceManagementScriptRunSummary);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    DeviceManagementScriptRunSummary { with_id id : ::std::string::String;
    with_error_device_count error_device_count : i32; with_error_user_count
    error_user_count : i32; with_success_device_count success_device_count : i32;
    with_success_user_count success_user_count : i32; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementScriptRunSummary);
#[cfg(msgraph_beta_device_management_or_search)]
/// Constraint that enforces an AbstractComplex type has or is set to a particular value
///
/// CSDL: `microsoft.graph.deviceManagementSettingAbstractImplementationConstraint`, complex type, derived from `microsoft.graph.deviceManagementConstraint`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementSettingAbstractImplementationConstraint {
    /// List of value which means not configured for the setting
    ///
    /// CSDL: property `allowedAbstractImplementationDefinitionIds`: `Collection(Edm.String)`, nullable.
    pub allowed_abstract_implementation_definition_ids: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementSettingAbstractImplementationConstraint {
    #[inline]
    fn default() -> Self {
        Self {
            allowed_abstract_implementation_definition_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementSettingAbstractImplementationConstraint {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementSettingAbstractImplementationConstraint";
    const KEYS: &'static [&'static str] = &[
        "allowedAbstractImplementationDefinitionIds",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowedAbstractImplementationDefinitionIds\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementSettingAbstractImplementationConstraint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "allowed_abstract_implementation_definition_ids",
            &self.allowed_abstract_implementation_definition_ids,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementSettingAbstractImplementationConstraint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allowed_abstract_implementation_definition_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allowed_abstract_implementation_definition_ids);
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
rt::impl_object!(DeviceManagementSettingAbstractImplementationConstraint);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementSettingAbstractImplementationConstraint {
    with_allowed_abstract_implementation_definition_ids
    allowed_abstract_implementation_definition_ids : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementSettingAbstractImplementationConstraint);
#[cfg(msgraph_beta_device_management_or_search)]
/// Constraint enforcing the setting contains only vaild app types.
///
/// CSDL: `microsoft.graph.deviceManagementSettingAppConstraint`, complex type, derived from `microsoft.graph.deviceManagementConstraint`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementSettingAppConstraint {
    /// Acceptable app types to allow for this setting
    ///
    /// CSDL: property `supportedTypes`: `Collection(Edm.String)`, nullable.
    pub supported_types: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementSettingAppConstraint {
    #[inline]
    fn default() -> Self {
        Self {
            supported_types: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementSettingAppConstraint {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementSettingAppConstraint";
    const KEYS: &'static [&'static str] = &["supportedTypes"];
    const KEYS_JSON: &'static [&'static str] = &[",\"supportedTypes\":               "];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementSettingAppConstraint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "supported_types", &self.supported_types);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementSettingAppConstraint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.supported_types.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.supported_types);
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
rt::impl_object!(DeviceManagementSettingAppConstraint);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementSettingAppConstraint { with_supported_types supported_types :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementSettingAppConstraint);
#[cfg(msgraph_beta_device_management_or_search)]
/// Constraint the enforces a particular boolean value
///
/// CSDL: `microsoft.graph.deviceManagementSettingBooleanConstraint`, complex type, derived from `microsoft.graph.deviceManagementConstraint`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementSettingBooleanConstraint {
    /// The boolean value to compare against
    ///
    /// CSDL: property `value`: `Edm.Boolean`, not nullable.
    pub value: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementSettingBooleanConstraint {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementSettingBooleanConstraint {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementSettingBooleanConstraint";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementSettingBooleanConstraint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementSettingBooleanConstraint {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementSettingBooleanConstraint);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(DeviceManagementSettingBooleanConstraint { with_value value : bool; });
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementSettingBooleanConstraint);
#[cfg(msgraph_beta_device_management_or_search)]
/// Entity representing a setting category
///
/// CSDL: `microsoft.graph.deviceManagementSettingCategory`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceManagementSettingCategoryPath`](requests/trait.DeviceManagementSettingCategoryPath.html), what a path to one (`EntityPath<AnyDeviceManagementSettingCategory, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementSettingCategory {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The category name
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The category contains top level required setting
    ///
    /// CSDL: property `hasRequiredSetting`: `Edm.Boolean`, nullable.
    pub has_required_setting: rt::Field<bool>,
    /// The setting definitions this category contains
    ///
    /// CSDL: containment navigation property `settingDefinitions`: `Collection(microsoft.graph.deviceManagementSettingDefinition)`, not nullable.
    pub setting_definitions: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceManagementSettingDefinition>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementSettingCategory {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            has_required_setting: rt::Field::Absent,
            setting_definitions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementSettingCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementSettingCategory";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "hasRequiredSetting",
        "settingDefinitions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"hasRequiredSetting\":           ",
        ",\"settingDefinitions\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementSettingCategory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "has_required_setting", &self.has_required_setting);
        v.field(3usize, "setting_definitions", &self.setting_definitions);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementSettingCategory {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.has_required_setting.read_from(r),
            3usize => self.setting_definitions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.has_required_setting);
        w.field(3usize, &self.setting_definitions);
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
rt::impl_object!(DeviceManagementSettingCategory);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementSettingCategory { with_id id : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_has_required_setting
    has_required_setting : bool; with_setting_definitions setting_definitions :
    ::std::vec::Vec < crate ::beta::AnyDeviceManagementSettingDefinition >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementSettingCategory);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.deviceManagementSettingCategory` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceManagementSettingCategory {
    DeviceManagementSettingCategory(
        ::std::boxed::Box<crate::beta::DeviceManagementSettingCategory>,
    ),
    DeviceManagementIntentSettingCategory(
        ::std::boxed::Box<crate::beta::DeviceManagementIntentSettingCategory>,
    ),
    DeviceManagementTemplateSettingCategory(
        ::std::boxed::Box<crate::beta::DeviceManagementTemplateSettingCategory>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyDeviceManagementSettingCategory {
    #[inline]
    fn default() -> Self {
        Self::DeviceManagementSettingCategory(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementSettingCategory>
for AnyDeviceManagementSettingCategory {
    #[inline]
    fn from(v: crate::beta::DeviceManagementSettingCategory) -> Self {
        Self::DeviceManagementSettingCategory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementIntentSettingCategory>
for AnyDeviceManagementSettingCategory {
    #[inline]
    fn from(v: crate::beta::DeviceManagementIntentSettingCategory) -> Self {
        Self::DeviceManagementIntentSettingCategory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementTemplateSettingCategory>
for AnyDeviceManagementSettingCategory {
    #[inline]
    fn from(v: crate::beta::DeviceManagementTemplateSettingCategory) -> Self {
        Self::DeviceManagementTemplateSettingCategory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyDeviceManagementSettingCategory {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyDeviceManagementSettingCategory {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyDeviceManagementSettingCategory {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyDeviceManagementSettingCategory {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyDeviceManagementSettingCategory {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::DeviceManagementSettingCategory>();
    rt::object::auto_traits::<crate::beta::DeviceManagementIntentSettingCategory>();
    rt::object::auto_traits::<crate::beta::DeviceManagementTemplateSettingCategory>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyDeviceManagementSettingCategory {
    const BASE_NAME: &'static str = "microsoft.graph.deviceManagementSettingCategory";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementIntentSettingCategory",
            ) => Self::DeviceManagementIntentSettingCategory(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementTemplateSettingCategory",
            ) => Self::DeviceManagementTemplateSettingCategory(rt::object::new_boxed()),
            _ => Self::DeviceManagementSettingCategory(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeviceManagementSettingCategory(v) => &**v,
            Self::DeviceManagementIntentSettingCategory(v) => &**v,
            Self::DeviceManagementTemplateSettingCategory(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceManagementSettingCategory(v) => &mut **v,
            Self::DeviceManagementIntentSettingCategory(v) => &mut **v,
            Self::DeviceManagementTemplateSettingCategory(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyDeviceManagementSettingCategory {
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
            Self::DeviceManagementSettingCategory(v) => &v.id,
            Self::DeviceManagementIntentSettingCategory(v) => &v.id,
            Self::DeviceManagementTemplateSettingCategory(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementSettingCategory(v) => &mut v.id,
            Self::DeviceManagementIntentSettingCategory(v) => &mut v.id,
            Self::DeviceManagementTemplateSettingCategory(v) => &mut v.id,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementSettingCategory(v) => &v.display_name,
            Self::DeviceManagementIntentSettingCategory(v) => &v.display_name,
            Self::DeviceManagementTemplateSettingCategory(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementSettingCategory(v) => &mut v.display_name,
            Self::DeviceManagementIntentSettingCategory(v) => &mut v.display_name,
            Self::DeviceManagementTemplateSettingCategory(v) => &mut v.display_name,
        }
    }
    /// `hasRequiredSetting` of any variant.
    #[inline]
    pub fn has_required_setting(&self) -> &rt::Field<bool> {
        match self {
            Self::DeviceManagementSettingCategory(v) => &v.has_required_setting,
            Self::DeviceManagementIntentSettingCategory(v) => &v.has_required_setting,
            Self::DeviceManagementTemplateSettingCategory(v) => &v.has_required_setting,
        }
    }
    /// `hasRequiredSetting` of any variant.
    #[inline]
    pub fn has_required_setting_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::DeviceManagementSettingCategory(v) => &mut v.has_required_setting,
            Self::DeviceManagementIntentSettingCategory(v) => &mut v.has_required_setting,
            Self::DeviceManagementTemplateSettingCategory(v) => {
                &mut v.has_required_setting
            }
        }
    }
    /// `settingDefinitions` of any variant.
    #[inline]
    pub fn setting_definitions(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::AnyDeviceManagementSettingDefinition>> {
        match self {
            Self::DeviceManagementSettingCategory(v) => &v.setting_definitions,
            Self::DeviceManagementIntentSettingCategory(v) => &v.setting_definitions,
            Self::DeviceManagementTemplateSettingCategory(v) => &v.setting_definitions,
        }
    }
    /// `settingDefinitions` of any variant.
    #[inline]
    pub fn setting_definitions_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceManagementSettingDefinition>,
    > {
        match self {
            Self::DeviceManagementSettingCategory(v) => &mut v.setting_definitions,
            Self::DeviceManagementIntentSettingCategory(v) => &mut v.setting_definitions,
            Self::DeviceManagementTemplateSettingCategory(v) => {
                &mut v.setting_definitions
            }
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyDeviceManagementSettingCategory);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceManagementSettingCategory);
#[cfg(msgraph_beta_device_management_or_search)]
/// Constraint that enforces the maximum number of elements a collection
///
/// CSDL: `microsoft.graph.deviceManagementSettingCollectionConstraint`, complex type, derived from `microsoft.graph.deviceManagementConstraint`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementSettingCollectionConstraint {
    /// The maximum number of elements in the collection
    ///
    /// CSDL: property `maximumLength`: `Edm.Int32`, nullable.
    pub maximum_length: rt::Field<i32>,
    /// The minimum number of elements in the collection
    ///
    /// CSDL: property `minimumLength`: `Edm.Int32`, nullable.
    pub minimum_length: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementSettingCollectionConstraint {
    #[inline]
    fn default() -> Self {
        Self {
            maximum_length: rt::Field::Absent,
            minimum_length: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementSettingCollectionConstraint {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementSettingCollectionConstraint";
    const KEYS: &'static [&'static str] = &["maximumLength", "minimumLength"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"maximumLength\":                ",
        ",\"minimumLength\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementSettingCollectionConstraint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "maximum_length", &self.maximum_length);
        v.field(1usize, "minimum_length", &self.minimum_length);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementSettingCollectionConstraint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.maximum_length.read_from(r),
            1usize => self.minimum_length.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.maximum_length);
        w.field(1usize, &self.minimum_length);
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
rt::impl_object!(DeviceManagementSettingCollectionConstraint);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementSettingCollectionConstraint { with_maximum_length maximum_length :
    i32; with_minimum_length minimum_length : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementSettingCollectionConstraint);
#[cfg(msgraph_beta_device_management_or_search)]
/// Entity representing the defintion for a given setting
///
/// CSDL: `microsoft.graph.deviceManagementSettingDefinition`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementSettingDefinition {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Collection of constraints for the setting value
    ///
    /// CSDL: property `constraints`: `Collection(microsoft.graph.deviceManagementConstraint)`, nullable.
    pub constraints: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceManagementConstraint>,
    >,
    /// Collection of dependencies on other settings
    ///
    /// CSDL: property `dependencies`: `Collection(microsoft.graph.deviceManagementSettingDependency)`, nullable.
    pub dependencies: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementSettingDependency>,
    >,
    /// The setting's description
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The setting's display name
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Url to setting documentation
    ///
    /// CSDL: property `documentationUrl`: `Edm.String`, nullable.
    pub documentation_url: rt::Field<::std::string::String>,
    /// subtitle of the setting header for more details about the category/section
    ///
    /// CSDL: property `headerSubtitle`: `Edm.String`, nullable.
    pub header_subtitle: rt::Field<::std::string::String>,
    /// title of the setting header represents a category/section of a setting/settings
    ///
    /// CSDL: property `headerTitle`: `Edm.String`, nullable.
    pub header_title: rt::Field<::std::string::String>,
    /// If the setting is top level, it can be configured without the need to be wrapped in a collection or complex setting
    ///
    /// CSDL: property `isTopLevel`: `Edm.Boolean`, not nullable.
    pub is_top_level: rt::Field<bool>,
    /// Keywords associated with the setting
    ///
    /// CSDL: property `keywords`: `Collection(Edm.String)`, nullable.
    pub keywords: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Placeholder text as an example of valid input
    ///
    /// CSDL: property `placeholderText`: `Edm.String`, nullable.
    pub placeholder_text: rt::Field<::std::string::String>,
    /// The data type of the value
    ///
    /// CSDL: property `valueType`: `microsoft.graph.deviceManangementIntentValueType`, not nullable.
    pub value_type: rt::Field<crate::beta::DeviceManangementIntentValueType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementSettingDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            constraints: rt::Field::Absent,
            dependencies: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            documentation_url: rt::Field::Absent,
            header_subtitle: rt::Field::Absent,
            header_title: rt::Field::Absent,
            is_top_level: rt::Field::Absent,
            keywords: rt::Field::Absent,
            placeholder_text: rt::Field::Absent,
            value_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementSettingDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementSettingDefinition";
    const KEYS: &'static [&'static str] = &[
        "id",
        "constraints",
        "dependencies",
        "description",
        "displayName",
        "documentationUrl",
        "headerSubtitle",
        "headerTitle",
        "isTopLevel",
        "keywords",
        "placeholderText",
        "valueType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"constraints\":                  ",
        ",\"dependencies\":                 ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"documentationUrl\":             ",
        ",\"headerSubtitle\":               ",
        ",\"headerTitle\":                  ",
        ",\"isTopLevel\":                   ",
        ",\"keywords\":                     ",
        ",\"placeholderText\":              ",
        ",\"valueType\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementSettingDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "constraints", &self.constraints);
        v.field(2usize, "dependencies", &self.dependencies);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "documentation_url", &self.documentation_url);
        v.field(6usize, "header_subtitle", &self.header_subtitle);
        v.field(7usize, "header_title", &self.header_title);
        v.field(8usize, "is_top_level", &self.is_top_level);
        v.field(9usize, "keywords", &self.keywords);
        v.field(10usize, "placeholder_text", &self.placeholder_text);
        v.field(11usize, "value_type", &self.value_type);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementSettingDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.constraints.read_from(r),
            2usize => self.dependencies.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.documentation_url.read_from(r),
            6usize => self.header_subtitle.read_from(r),
            7usize => self.header_title.read_from(r),
            8usize => self.is_top_level.read_from(r),
            9usize => self.keywords.read_from(r),
            10usize => self.placeholder_text.read_from(r),
            11usize => self.value_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.constraints);
        w.field(2usize, &self.dependencies);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.documentation_url);
        w.field(6usize, &self.header_subtitle);
        w.field(7usize, &self.header_title);
        w.field(8usize, &self.is_top_level);
        w.field(9usize, &self.keywords);
        w.field(10usize, &self.placeholder_text);
        w.field(11usize, &self.value_type);
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
rt::impl_object!(DeviceManagementSettingDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementSettingDefinition { with_id id : ::std::string::String;
    with_constraints constraints : ::std::vec::Vec < crate
    ::beta::AnyDeviceManagementConstraint >; with_dependencies dependencies :
    ::std::vec::Vec < crate ::beta::DeviceManagementSettingDependency >; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_documentation_url documentation_url :
    ::std::string::String; with_header_subtitle header_subtitle : ::std::string::String;
    with_header_title header_title : ::std::string::String; with_is_top_level
    is_top_level : bool; with_keywords keywords : ::std::vec::Vec < ::std::string::String
    >; with_placeholder_text placeholder_text : ::std::string::String; with_value_type
    value_type : crate ::beta::DeviceManangementIntentValueType; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementSettingDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.deviceManagementSettingDefinition` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceManagementSettingDefinition {
    DeviceManagementSettingDefinition(
        ::std::boxed::Box<crate::beta::DeviceManagementSettingDefinition>,
    ),
    DeviceManagementAbstractComplexSettingDefinition(
        ::std::boxed::Box<crate::beta::DeviceManagementAbstractComplexSettingDefinition>,
    ),
    DeviceManagementCollectionSettingDefinition(
        ::std::boxed::Box<crate::beta::DeviceManagementCollectionSettingDefinition>,
    ),
    DeviceManagementComplexSettingDefinition(
        ::std::boxed::Box<crate::beta::DeviceManagementComplexSettingDefinition>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyDeviceManagementSettingDefinition {
    #[inline]
    fn default() -> Self {
        Self::DeviceManagementSettingDefinition(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementSettingDefinition>
for AnyDeviceManagementSettingDefinition {
    #[inline]
    fn from(v: crate::beta::DeviceManagementSettingDefinition) -> Self {
        Self::DeviceManagementSettingDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementAbstractComplexSettingDefinition>
for AnyDeviceManagementSettingDefinition {
    #[inline]
    fn from(v: crate::beta::DeviceManagementAbstractComplexSettingDefinition) -> Self {
        Self::DeviceManagementAbstractComplexSettingDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementCollectionSettingDefinition>
for AnyDeviceManagementSettingDefinition {
    #[inline]
    fn from(v: crate::beta::DeviceManagementCollectionSettingDefinition) -> Self {
        Self::DeviceManagementCollectionSettingDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementComplexSettingDefinition>
for AnyDeviceManagementSettingDefinition {
    #[inline]
    fn from(v: crate::beta::DeviceManagementComplexSettingDefinition) -> Self {
        Self::DeviceManagementComplexSettingDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyDeviceManagementSettingDefinition {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyDeviceManagementSettingDefinition {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyDeviceManagementSettingDefinition {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyDeviceManagementSettingDefinition {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyDeviceManagementSettingDefinition {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::DeviceManagementSettingDefinition>();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementAbstractComplexSettingDefinition,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementCollectionSettingDefinition,
    >();
    rt::object::auto_traits::<crate::beta::DeviceManagementComplexSettingDefinition>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyDeviceManagementSettingDefinition {
    const BASE_NAME: &'static str = "microsoft.graph.deviceManagementSettingDefinition";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementAbstractComplexSettingDefinition",
            ) => {
                Self::DeviceManagementAbstractComplexSettingDefinition(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementCollectionSettingDefinition",
            ) => {
                Self::DeviceManagementCollectionSettingDefinition(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementComplexSettingDefinition",
            ) => Self::DeviceManagementComplexSettingDefinition(rt::object::new_boxed()),
            _ => Self::DeviceManagementSettingDefinition(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeviceManagementSettingDefinition(v) => &**v,
            Self::DeviceManagementAbstractComplexSettingDefinition(v) => &**v,
            Self::DeviceManagementCollectionSettingDefinition(v) => &**v,
            Self::DeviceManagementComplexSettingDefinition(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceManagementSettingDefinition(v) => &mut **v,
            Self::DeviceManagementAbstractComplexSettingDefinition(v) => &mut **v,
            Self::DeviceManagementCollectionSettingDefinition(v) => &mut **v,
            Self::DeviceManagementComplexSettingDefinition(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyDeviceManagementSettingDefinition {
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
            Self::DeviceManagementSettingDefinition(v) => &v.id,
            Self::DeviceManagementAbstractComplexSettingDefinition(v) => &v.id,
            Self::DeviceManagementCollectionSettingDefinition(v) => &v.id,
            Self::DeviceManagementComplexSettingDefinition(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementSettingDefinition(v) => &mut v.id,
            Self::DeviceManagementAbstractComplexSettingDefinition(v) => &mut v.id,
            Self::DeviceManagementCollectionSettingDefinition(v) => &mut v.id,
            Self::DeviceManagementComplexSettingDefinition(v) => &mut v.id,
        }
    }
    /// `constraints` of any variant.
    #[inline]
    pub fn constraints(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::AnyDeviceManagementConstraint>> {
        match self {
            Self::DeviceManagementSettingDefinition(v) => &v.constraints,
            Self::DeviceManagementAbstractComplexSettingDefinition(v) => &v.constraints,
            Self::DeviceManagementCollectionSettingDefinition(v) => &v.constraints,
            Self::DeviceManagementComplexSettingDefinition(v) => &v.constraints,
        }
    }
    /// `constraints` of any variant.
    #[inline]
    pub fn constraints_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::AnyDeviceManagementConstraint>> {
        match self {
            Self::DeviceManagementSettingDefinition(v) => &mut v.constraints,
            Self::DeviceManagementAbstractComplexSettingDefinition(v) => {
                &mut v.constraints
            }
            Self::DeviceManagementCollectionSettingDefinition(v) => &mut v.constraints,
            Self::DeviceManagementComplexSettingDefinition(v) => &mut v.constraints,
        }
    }
    /// `dependencies` of any variant.
    #[inline]
    pub fn dependencies(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceManagementSettingDependency>> {
        match self {
            Self::DeviceManagementSettingDefinition(v) => &v.dependencies,
            Self::DeviceManagementAbstractComplexSettingDefinition(v) => &v.dependencies,
            Self::DeviceManagementCollectionSettingDefinition(v) => &v.dependencies,
            Self::DeviceManagementComplexSettingDefinition(v) => &v.dependencies,
        }
    }
    /// `dependencies` of any variant.
    #[inline]
    pub fn dependencies_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementSettingDependency>,
    > {
        match self {
            Self::DeviceManagementSettingDefinition(v) => &mut v.dependencies,
            Self::DeviceManagementAbstractComplexSettingDefinition(v) => {
                &mut v.dependencies
            }
            Self::DeviceManagementCollectionSettingDefinition(v) => &mut v.dependencies,
            Self::DeviceManagementComplexSettingDefinition(v) => &mut v.dependencies,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementSettingDefinition(v) => &v.description,
            Self::DeviceManagementAbstractComplexSettingDefinition(v) => &v.description,
            Self::DeviceManagementCollectionSettingDefinition(v) => &v.description,
            Self::DeviceManagementComplexSettingDefinition(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementSettingDefinition(v) => &mut v.description,
            Self::DeviceManagementAbstractComplexSettingDefinition(v) => {
                &mut v.description
            }
            Self::DeviceManagementCollectionSettingDefinition(v) => &mut v.description,
            Self::DeviceManagementComplexSettingDefinition(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementSettingDefinition(v) => &v.display_name,
            Self::DeviceManagementAbstractComplexSettingDefinition(v) => &v.display_name,
            Self::DeviceManagementCollectionSettingDefinition(v) => &v.display_name,
            Self::DeviceManagementComplexSettingDefinition(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementSettingDefinition(v) => &mut v.display_name,
            Self::DeviceManagementAbstractComplexSettingDefinition(v) => {
                &mut v.display_name
            }
            Self::DeviceManagementCollectionSettingDefinition(v) => &mut v.display_name,
            Self::DeviceManagementComplexSettingDefinition(v) => &mut v.display_name,
        }
    }
    /// `documentationUrl` of any variant.
    #[inline]
    pub fn documentation_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementSettingDefinition(v) => &v.documentation_url,
            Self::DeviceManagementAbstractComplexSettingDefinition(v) => {
                &v.documentation_url
            }
            Self::DeviceManagementCollectionSettingDefinition(v) => &v.documentation_url,
            Self::DeviceManagementComplexSettingDefinition(v) => &v.documentation_url,
        }
    }
    /// `documentationUrl` of any variant.
    #[inline]
    pub fn documentation_url_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementSettingDefinition(v) => &mut v.documentation_url,
            Self::DeviceManagementAbstractComplexSettingDefinition(v) => {
                &mut v.documentation_url
            }
            Self::DeviceManagementCollectionSettingDefinition(v) => {
                &mut v.documentation_url
            }
            Self::DeviceManagementComplexSettingDefinition(v) => &mut v.documentation_url,
        }
    }
    /// `headerSubtitle` of any variant.
    #[inline]
    pub fn header_subtitle(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementSettingDefinition(v) => &v.header_subtitle,
            Self::DeviceManagementAbstractComplexSettingDefinition(v) => {
                &v.header_subtitle
            }
            Self::DeviceManagementCollectionSettingDefinition(v) => &v.header_subtitle,
            Self::DeviceManagementComplexSettingDefinition(v) => &v.header_subtitle,
        }
    }
    /// `headerSubtitle` of any variant.
    #[inline]
    pub fn header_subtitle_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementSettingDefinition(v) => &mut v.header_subtitle,
            Self::DeviceManagementAbstractComplexSettingDefinition(v) => {
                &mut v.header_subtitle
            }
            Self::DeviceManagementCollectionSettingDefinition(v) => {
                &mut v.header_subtitle
            }
            Self::DeviceManagementComplexSettingDefinition(v) => &mut v.header_subtitle,
        }
    }
    /// `headerTitle` of any variant.
    #[inline]
    pub fn header_title(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementSettingDefinition(v) => &v.header_title,
            Self::DeviceManagementAbstractComplexSettingDefinition(v) => &v.header_title,
            Self::DeviceManagementCollectionSettingDefinition(v) => &v.header_title,
            Self::DeviceManagementComplexSettingDefinition(v) => &v.header_title,
        }
    }
    /// `headerTitle` of any variant.
    #[inline]
    pub fn header_title_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementSettingDefinition(v) => &mut v.header_title,
            Self::DeviceManagementAbstractComplexSettingDefinition(v) => {
                &mut v.header_title
            }
            Self::DeviceManagementCollectionSettingDefinition(v) => &mut v.header_title,
            Self::DeviceManagementComplexSettingDefinition(v) => &mut v.header_title,
        }
    }
    /// `isTopLevel` of any variant.
    #[inline]
    pub fn is_top_level(&self) -> &rt::Field<bool> {
        match self {
            Self::DeviceManagementSettingDefinition(v) => &v.is_top_level,
            Self::DeviceManagementAbstractComplexSettingDefinition(v) => &v.is_top_level,
            Self::DeviceManagementCollectionSettingDefinition(v) => &v.is_top_level,
            Self::DeviceManagementComplexSettingDefinition(v) => &v.is_top_level,
        }
    }
    /// `isTopLevel` of any variant.
    #[inline]
    pub fn is_top_level_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::DeviceManagementSettingDefinition(v) => &mut v.is_top_level,
            Self::DeviceManagementAbstractComplexSettingDefinition(v) => {
                &mut v.is_top_level
            }
            Self::DeviceManagementCollectionSettingDefinition(v) => &mut v.is_top_level,
            Self::DeviceManagementComplexSettingDefinition(v) => &mut v.is_top_level,
        }
    }
    /// `keywords` of any variant.
    #[inline]
    pub fn keywords(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::DeviceManagementSettingDefinition(v) => &v.keywords,
            Self::DeviceManagementAbstractComplexSettingDefinition(v) => &v.keywords,
            Self::DeviceManagementCollectionSettingDefinition(v) => &v.keywords,
            Self::DeviceManagementComplexSettingDefinition(v) => &v.keywords,
        }
    }
    /// `keywords` of any variant.
    #[inline]
    pub fn keywords_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::DeviceManagementSettingDefinition(v) => &mut v.keywords,
            Self::DeviceManagementAbstractComplexSettingDefinition(v) => &mut v.keywords,
            Self::DeviceManagementCollectionSettingDefinition(v) => &mut v.keywords,
            Self::DeviceManagementComplexSettingDefinition(v) => &mut v.keywords,
        }
    }
    /// `placeholderText` of any variant.
    #[inline]
    pub fn placeholder_text(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementSettingDefinition(v) => &v.placeholder_text,
            Self::DeviceManagementAbstractComplexSettingDefinition(v) => {
                &v.placeholder_text
            }
            Self::DeviceManagementCollectionSettingDefinition(v) => &v.placeholder_text,
            Self::DeviceManagementComplexSettingDefinition(v) => &v.placeholder_text,
        }
    }
    /// `placeholderText` of any variant.
    #[inline]
    pub fn placeholder_text_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementSettingDefinition(v) => &mut v.placeholder_text,
            Self::DeviceManagementAbstractComplexSettingDefinition(v) => {
                &mut v.placeholder_text
            }
            Self::DeviceManagementCollectionSettingDefinition(v) => {
                &mut v.placeholder_text
            }
            Self::DeviceManagementComplexSettingDefinition(v) => &mut v.placeholder_text,
        }
    }
    /// `valueType` of any variant.
    #[inline]
    pub fn value_type(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManangementIntentValueType> {
        match self {
            Self::DeviceManagementSettingDefinition(v) => &v.value_type,
            Self::DeviceManagementAbstractComplexSettingDefinition(v) => &v.value_type,
            Self::DeviceManagementCollectionSettingDefinition(v) => &v.value_type,
            Self::DeviceManagementComplexSettingDefinition(v) => &v.value_type,
        }
    }
    /// `valueType` of any variant.
    #[inline]
    pub fn value_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManangementIntentValueType> {
        match self {
            Self::DeviceManagementSettingDefinition(v) => &mut v.value_type,
            Self::DeviceManagementAbstractComplexSettingDefinition(v) => {
                &mut v.value_type
            }
            Self::DeviceManagementCollectionSettingDefinition(v) => &mut v.value_type,
            Self::DeviceManagementComplexSettingDefinition(v) => &mut v.value_type,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyDeviceManagementSettingDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceManagementSettingDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
/// Dependency information for a setting
///
/// CSDL: `microsoft.graph.deviceManagementSettingDependency`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementSettingDependency {
    /// Collection of constraints for the dependency setting value
    ///
    /// CSDL: property `constraints`: `Collection(microsoft.graph.deviceManagementConstraint)`, nullable.
    pub constraints: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceManagementConstraint>,
    >,
    /// The setting definition ID of the setting depended on
    ///
    /// CSDL: property `definitionId`: `Edm.String`, not nullable.
    pub definition_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementSettingDependency {
    #[inline]
    fn default() -> Self {
        Self {
            constraints: rt::Field::Absent,
            definition_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementSettingDependency {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementSettingDependency";
    const KEYS: &'static [&'static str] = &["constraints", "definitionId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"constraints\":                  ",
        ",\"definitionId\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementSettingDependency\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "constraints", &self.constraints);
        v.field(1usize, "definition_id", &self.definition_id);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementSettingDependency {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.constraints.read_from(r),
            1usize => self.definition_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.constraints);
        w.field(1usize, &self.definition_id);
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
rt::impl_object!(DeviceManagementSettingDependency);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementSettingDependency { with_constraints constraints : ::std::vec::Vec <
    crate ::beta::AnyDeviceManagementConstraint >; with_definition_id definition_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementSettingDependency);
#[cfg(msgraph_beta_device_management_or_search)]
/// Constraint that enforces the enrollment types applied to a setting
///
/// CSDL: `microsoft.graph.deviceManagementSettingEnrollmentTypeConstraint`, complex type, derived from `microsoft.graph.deviceManagementConstraint`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementSettingEnrollmentTypeConstraint {
    /// List of enrollment types
    ///
    /// CSDL: property `enrollmentTypes`: `Collection(Edm.String)`, nullable.
    pub enrollment_types: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementSettingEnrollmentTypeConstraint {
    #[inline]
    fn default() -> Self {
        Self {
            enrollment_types: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementSettingEnrollmentTypeConstraint {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementSettingEnrollmentTypeConstraint";
    const KEYS: &'static [&'static str] = &["enrollmentTypes"];
    const KEYS_JSON: &'static [&'static str] = &[",\"enrollmentTypes\":              "];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementSettingEnrollmentTypeConstraint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "enrollment_types", &self.enrollment_types);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementSettingEnrollmentTypeConstraint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.enrollment_types.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.enrollment_types);
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
rt::impl_object!(DeviceManagementSettingEnrollmentTypeConstraint);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementSettingEnrollmentTypeConstraint { with_enrollment_types
    enrollment_types : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementSettingEnrollmentTypeConstraint);
#[cfg(msgraph_beta_device_management_or_search)]
/// Constraint enforcing the file extension is acceptable for a given setting
///
/// CSDL: `microsoft.graph.deviceManagementSettingFileConstraint`, complex type, derived from `microsoft.graph.deviceManagementConstraint`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementSettingFileConstraint {
    /// Acceptable file extensions to upload for this setting
    ///
    /// CSDL: property `supportedExtensions`: `Collection(Edm.String)`, nullable.
    pub supported_extensions: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementSettingFileConstraint {
    #[inline]
    fn default() -> Self {
        Self {
            supported_extensions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementSettingFileConstraint {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementSettingFileConstraint";
    const KEYS: &'static [&'static str] = &["supportedExtensions"];
    const KEYS_JSON: &'static [&'static str] = &[",\"supportedExtensions\":          "];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementSettingFileConstraint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "supported_extensions", &self.supported_extensions);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementSettingFileConstraint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.supported_extensions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.supported_extensions);
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
rt::impl_object!(DeviceManagementSettingFileConstraint);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementSettingFileConstraint { with_supported_extensions
    supported_extensions : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementSettingFileConstraint);
#[cfg(msgraph_beta_device_management_or_search)]
/// Base type for a setting instance
///
/// CSDL: `microsoft.graph.deviceManagementSettingInstance`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementSettingInstance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The ID of the setting definition for this instance
    ///
    /// CSDL: property `definitionId`: `Edm.String`, not nullable.
    pub definition_id: rt::Field<::std::string::String>,
    /// JSON representation of the value
    ///
    /// CSDL: property `valueJson`: `Edm.String`, nullable.
    pub value_json: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementSettingInstance {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            definition_id: rt::Field::Absent,
            value_json: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementSettingInstance {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementSettingInstance";
    const KEYS: &'static [&'static str] = &["id", "definitionId", "valueJson"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"definitionId\":                 ",
        ",\"valueJson\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementSettingInstance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "definition_id", &self.definition_id);
        v.field(2usize, "value_json", &self.value_json);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementSettingInstance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.definition_id.read_from(r),
            2usize => self.value_json.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.definition_id);
        w.field(2usize, &self.value_json);
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
rt::impl_object!(DeviceManagementSettingInstance);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementSettingInstance { with_id id : ::std::string::String;
    with_definition_id definition_id : ::std::string::String; with_value_json value_json
    : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementSettingInstance);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.deviceManagementSettingInstance` or any type derived from it, selected by `@odata.type` (7 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceManagementSettingInstance {
    DeviceManagementSettingInstance(
        ::std::boxed::Box<crate::beta::DeviceManagementSettingInstance>,
    ),
    DeviceManagementAbstractComplexSettingInstance(
        ::std::boxed::Box<crate::beta::DeviceManagementAbstractComplexSettingInstance>,
    ),
    DeviceManagementBooleanSettingInstance(
        ::std::boxed::Box<crate::beta::DeviceManagementBooleanSettingInstance>,
    ),
    DeviceManagementCollectionSettingInstance(
        ::std::boxed::Box<crate::beta::DeviceManagementCollectionSettingInstance>,
    ),
    DeviceManagementComplexSettingInstance(
        ::std::boxed::Box<crate::beta::DeviceManagementComplexSettingInstance>,
    ),
    DeviceManagementIntegerSettingInstance(
        ::std::boxed::Box<crate::beta::DeviceManagementIntegerSettingInstance>,
    ),
    DeviceManagementStringSettingInstance(
        ::std::boxed::Box<crate::beta::DeviceManagementStringSettingInstance>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyDeviceManagementSettingInstance {
    #[inline]
    fn default() -> Self {
        Self::DeviceManagementSettingInstance(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementSettingInstance>
for AnyDeviceManagementSettingInstance {
    #[inline]
    fn from(v: crate::beta::DeviceManagementSettingInstance) -> Self {
        Self::DeviceManagementSettingInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementAbstractComplexSettingInstance>
for AnyDeviceManagementSettingInstance {
    #[inline]
    fn from(v: crate::beta::DeviceManagementAbstractComplexSettingInstance) -> Self {
        Self::DeviceManagementAbstractComplexSettingInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementBooleanSettingInstance>
for AnyDeviceManagementSettingInstance {
    #[inline]
    fn from(v: crate::beta::DeviceManagementBooleanSettingInstance) -> Self {
        Self::DeviceManagementBooleanSettingInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementCollectionSettingInstance>
for AnyDeviceManagementSettingInstance {
    #[inline]
    fn from(v: crate::beta::DeviceManagementCollectionSettingInstance) -> Self {
        Self::DeviceManagementCollectionSettingInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementComplexSettingInstance>
for AnyDeviceManagementSettingInstance {
    #[inline]
    fn from(v: crate::beta::DeviceManagementComplexSettingInstance) -> Self {
        Self::DeviceManagementComplexSettingInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementIntegerSettingInstance>
for AnyDeviceManagementSettingInstance {
    #[inline]
    fn from(v: crate::beta::DeviceManagementIntegerSettingInstance) -> Self {
        Self::DeviceManagementIntegerSettingInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementStringSettingInstance>
for AnyDeviceManagementSettingInstance {
    #[inline]
    fn from(v: crate::beta::DeviceManagementStringSettingInstance) -> Self {
        Self::DeviceManagementStringSettingInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyDeviceManagementSettingInstance {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyDeviceManagementSettingInstance {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyDeviceManagementSettingInstance {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyDeviceManagementSettingInstance {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyDeviceManagementSettingInstance {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::DeviceManagementSettingInstance>();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementAbstractComplexSettingInstance,
    >();
    rt::object::auto_traits::<crate::beta::DeviceManagementBooleanSettingInstance>();
    rt::object::auto_traits::<crate::beta::DeviceManagementCollectionSettingInstance>();
    rt::object::auto_traits::<crate::beta::DeviceManagementComplexSettingInstance>();
    rt::object::auto_traits::<crate::beta::DeviceManagementIntegerSettingInstance>();
    rt::object::auto_traits::<crate::beta::DeviceManagementStringSettingInstance>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyDeviceManagementSettingInstance {
    const BASE_NAME: &'static str = "microsoft.graph.deviceManagementSettingInstance";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementAbstractComplexSettingInstance",
            ) => {
                Self::DeviceManagementAbstractComplexSettingInstance(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementBooleanSettingInstance",
            ) => Self::DeviceManagementBooleanSettingInstance(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementCollectionSettingInstance",
            ) => Self::DeviceManagementCollectionSettingInstance(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementComplexSettingInstance",
            ) => Self::DeviceManagementComplexSettingInstance(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementIntegerSettingInstance",
            ) => Self::DeviceManagementIntegerSettingInstance(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementStringSettingInstance",
            ) => Self::DeviceManagementStringSettingInstance(rt::object::new_boxed()),
            _ => Self::DeviceManagementSettingInstance(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeviceManagementSettingInstance(v) => &**v,
            Self::DeviceManagementAbstractComplexSettingInstance(v) => &**v,
            Self::DeviceManagementBooleanSettingInstance(v) => &**v,
            Self::DeviceManagementCollectionSettingInstance(v) => &**v,
            Self::DeviceManagementComplexSettingInstance(v) => &**v,
            Self::DeviceManagementIntegerSettingInstance(v) => &**v,
            Self::DeviceManagementStringSettingInstance(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceManagementSettingInstance(v) => &mut **v,
            Self::DeviceManagementAbstractComplexSettingInstance(v) => &mut **v,
            Self::DeviceManagementBooleanSettingInstance(v) => &mut **v,
            Self::DeviceManagementCollectionSettingInstance(v) => &mut **v,
            Self::DeviceManagementComplexSettingInstance(v) => &mut **v,
            Self::DeviceManagementIntegerSettingInstance(v) => &mut **v,
            Self::DeviceManagementStringSettingInstance(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyDeviceManagementSettingInstance {
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
            Self::DeviceManagementSettingInstance(v) => &v.id,
            Self::DeviceManagementAbstractComplexSettingInstance(v) => &v.id,
            Self::DeviceManagementBooleanSettingInstance(v) => &v.id,
            Self::DeviceManagementCollectionSettingInstance(v) => &v.id,
            Self::DeviceManagementComplexSettingInstance(v) => &v.id,
            Self::DeviceManagementIntegerSettingInstance(v) => &v.id,
            Self::DeviceManagementStringSettingInstance(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementSettingInstance(v) => &mut v.id,
            Self::DeviceManagementAbstractComplexSettingInstance(v) => &mut v.id,
            Self::DeviceManagementBooleanSettingInstance(v) => &mut v.id,
            Self::DeviceManagementCollectionSettingInstance(v) => &mut v.id,
            Self::DeviceManagementComplexSettingInstance(v) => &mut v.id,
            Self::DeviceManagementIntegerSettingInstance(v) => &mut v.id,
            Self::DeviceManagementStringSettingInstance(v) => &mut v.id,
        }
    }
    /// `definitionId` of any variant.
    #[inline]
    pub fn definition_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementSettingInstance(v) => &v.definition_id,
            Self::DeviceManagementAbstractComplexSettingInstance(v) => &v.definition_id,
            Self::DeviceManagementBooleanSettingInstance(v) => &v.definition_id,
            Self::DeviceManagementCollectionSettingInstance(v) => &v.definition_id,
            Self::DeviceManagementComplexSettingInstance(v) => &v.definition_id,
            Self::DeviceManagementIntegerSettingInstance(v) => &v.definition_id,
            Self::DeviceManagementStringSettingInstance(v) => &v.definition_id,
        }
    }
    /// `definitionId` of any variant.
    #[inline]
    pub fn definition_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementSettingInstance(v) => &mut v.definition_id,
            Self::DeviceManagementAbstractComplexSettingInstance(v) => {
                &mut v.definition_id
            }
            Self::DeviceManagementBooleanSettingInstance(v) => &mut v.definition_id,
            Self::DeviceManagementCollectionSettingInstance(v) => &mut v.definition_id,
            Self::DeviceManagementComplexSettingInstance(v) => &mut v.definition_id,
            Self::DeviceManagementIntegerSettingInstance(v) => &mut v.definition_id,
            Self::DeviceManagementStringSettingInstance(v) => &mut v.definition_id,
        }
    }
    /// `valueJson` of any variant.
    #[inline]
    pub fn value_json(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementSettingInstance(v) => &v.value_json,
            Self::DeviceManagementAbstractComplexSettingInstance(v) => &v.value_json,
            Self::DeviceManagementBooleanSettingInstance(v) => &v.value_json,
            Self::DeviceManagementCollectionSettingInstance(v) => &v.value_json,
            Self::DeviceManagementComplexSettingInstance(v) => &v.value_json,
            Self::DeviceManagementIntegerSettingInstance(v) => &v.value_json,
            Self::DeviceManagementStringSettingInstance(v) => &v.value_json,
        }
    }
    /// `valueJson` of any variant.
    #[inline]
    pub fn value_json_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementSettingInstance(v) => &mut v.value_json,
            Self::DeviceManagementAbstractComplexSettingInstance(v) => &mut v.value_json,
            Self::DeviceManagementBooleanSettingInstance(v) => &mut v.value_json,
            Self::DeviceManagementCollectionSettingInstance(v) => &mut v.value_json,
            Self::DeviceManagementComplexSettingInstance(v) => &mut v.value_json,
            Self::DeviceManagementIntegerSettingInstance(v) => &mut v.value_json,
            Self::DeviceManagementStringSettingInstance(v) => &mut v.value_json,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyDeviceManagementSettingInstance);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceManagementSettingInstance);
#[cfg(msgraph_beta_device_management_or_search)]
/// Constraint enforcing the permitted value range for an integer setting
///
/// CSDL: `microsoft.graph.deviceManagementSettingIntegerConstraint`, complex type, derived from `microsoft.graph.deviceManagementConstraint`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementSettingIntegerConstraint {
    /// The maximum permitted value
    ///
    /// CSDL: property `maximumValue`: `Edm.Int32`, nullable.
    pub maximum_value: rt::Field<i32>,
    /// The minimum permitted value
    ///
    /// CSDL: property `minimumValue`: `Edm.Int32`, nullable.
    pub minimum_value: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementSettingIntegerConstraint {
    #[inline]
    fn default() -> Self {
        Self {
            maximum_value: rt::Field::Absent,
            minimum_value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementSettingIntegerConstraint {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementSettingIntegerConstraint";
    const KEYS: &'static [&'static str] = &["maximumValue", "minimumValue"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"maximumValue\":                 ",
        ",\"minimumValue\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementSettingIntegerConstraint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "maximum_value", &self.maximum_value);
        v.field(1usize, "minimum_value", &self.minimum_value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementSettingIntegerConstraint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.maximum_value.read_from(r),
            1usize => self.minimum_value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.maximum_value);
        w.field(1usize, &self.minimum_value);
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
rt::impl_object!(DeviceManagementSettingIntegerConstraint);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementSettingIntegerConstraint { with_maximum_value maximum_value : i32;
    with_minimum_value minimum_value : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementSettingIntegerConstraint);
#[cfg(msgraph_beta_device_management_or_search)]
/// Constraint enforcing a given profile metadata
///
/// CSDL: `microsoft.graph.deviceManagementSettingProfileConstraint`, complex type, derived from `microsoft.graph.deviceManagementConstraint`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementSettingProfileConstraint {
    /// The source of the entity
    ///
    /// CSDL: property `source`: `Edm.String`, nullable.
    pub source: rt::Field<::std::string::String>,
    /// A collection of types this entity carries
    ///
    /// CSDL: property `types`: `Collection(Edm.String)`, nullable.
    pub types: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementSettingProfileConstraint {
    #[inline]
    fn default() -> Self {
        Self {
            source: rt::Field::Absent,
            types: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementSettingProfileConstraint {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementSettingProfileConstraint";
    const KEYS: &'static [&'static str] = &["source", "types"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"source\":                       ",
        ",\"types\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementSettingProfileConstraint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "source", &self.source);
        v.field(1usize, "types", &self.types);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementSettingProfileConstraint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.source.read_from(r),
            1usize => self.types.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.source);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementSettingProfileConstraint);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementSettingProfileConstraint { with_source source :
    ::std::string::String; with_types types : ::std::vec::Vec < ::std::string::String >;
    }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementSettingProfileConstraint);
#[cfg(msgraph_beta_device_management_or_search)]
/// Constraint enforcing the setting matches against a given RegEx pattern
///
/// CSDL: `microsoft.graph.deviceManagementSettingRegexConstraint`, complex type, derived from `microsoft.graph.deviceManagementConstraint`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementSettingRegexConstraint {
    /// The RegEx pattern to match against
    ///
    /// CSDL: property `regex`: `Edm.String`, not nullable.
    pub regex: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementSettingRegexConstraint {
    #[inline]
    fn default() -> Self {
        Self {
            regex: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementSettingRegexConstraint {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementSettingRegexConstraint";
    const KEYS: &'static [&'static str] = &["regex"];
    const KEYS_JSON: &'static [&'static str] = &[",\"regex\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementSettingRegexConstraint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "regex", &self.regex);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementSettingRegexConstraint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.regex.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.regex);
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
rt::impl_object!(DeviceManagementSettingRegexConstraint);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementSettingRegexConstraint { with_regex regex : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementSettingRegexConstraint);
#[cfg(msgraph_beta_device_management_or_search)]
/// Constraint that enforces a particular required setting that is not null/undefined/empty string/not configured
///
/// CSDL: `microsoft.graph.deviceManagementSettingRequiredConstraint`, complex type, derived from `microsoft.graph.deviceManagementConstraint`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementSettingRequiredConstraint {
    /// List of value which means not configured for the setting
    ///
    /// CSDL: property `notConfiguredValue`: `Edm.String`, nullable.
    pub not_configured_value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementSettingRequiredConstraint {
    #[inline]
    fn default() -> Self {
        Self {
            not_configured_value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementSettingRequiredConstraint {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementSettingRequiredConstraint";
    const KEYS: &'static [&'static str] = &["notConfiguredValue"];
    const KEYS_JSON: &'static [&'static str] = &[",\"notConfiguredValue\":           "];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementSettingRequiredConstraint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "not_configured_value", &self.not_configured_value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementSettingRequiredConstraint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.not_configured_value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.not_configured_value);
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
rt::impl_object!(DeviceManagementSettingRequiredConstraint);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementSettingRequiredConstraint { with_not_configured_value
    not_configured_value : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementSettingRequiredConstraint);
#[cfg(msgraph_beta_device_management_or_search)]
/// Constraint enforcing the setting is well formed SDDL
///
/// CSDL: `microsoft.graph.deviceManagementSettingSddlConstraint`, complex type, derived from `microsoft.graph.deviceManagementConstraint`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementSettingSddlConstraint {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementSettingSddlConstraint {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementSettingSddlConstraint {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementSettingSddlConstraint";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementSettingSddlConstraint\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementSettingSddlConstraint {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementSettingSddlConstraint);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementSettingSddlConstraint);
#[cfg(msgraph_beta_device_management_or_search)]
/// Constraint enforcing a given string length range
///
/// CSDL: `microsoft.graph.deviceManagementSettingStringLengthConstraint`, complex type, derived from `microsoft.graph.deviceManagementConstraint`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementSettingStringLengthConstraint {
    /// The maximum permitted string length
    ///
    /// CSDL: property `maximumLength`: `Edm.Int32`, nullable.
    pub maximum_length: rt::Field<i32>,
    /// The minimum permitted string length
    ///
    /// CSDL: property `minimumLength`: `Edm.Int32`, nullable.
    pub minimum_length: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementSettingStringLengthConstraint {
    #[inline]
    fn default() -> Self {
        Self {
            maximum_length: rt::Field::Absent,
            minimum_length: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementSettingStringLengthConstraint {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementSettingStringLengthConstraint";
    const KEYS: &'static [&'static str] = &["maximumLength", "minimumLength"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"maximumLength\":                ",
        ",\"minimumLength\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementSettingStringLengthConstraint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "maximum_length", &self.maximum_length);
        v.field(1usize, "minimum_length", &self.minimum_length);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementSettingStringLengthConstraint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.maximum_length.read_from(r),
            1usize => self.minimum_length.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.maximum_length);
        w.field(1usize, &self.minimum_length);
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
rt::impl_object!(DeviceManagementSettingStringLengthConstraint);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementSettingStringLengthConstraint { with_maximum_length maximum_length :
    i32; with_minimum_length minimum_length : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementSettingStringLengthConstraint);
#[cfg(msgraph_beta_device_management_or_search)]
/// Constraint enforcing the setting is well formed XML
///
/// CSDL: `microsoft.graph.deviceManagementSettingXmlConstraint`, complex type, derived from `microsoft.graph.deviceManagementConstraint`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementSettingXmlConstraint {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementSettingXmlConstraint {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementSettingXmlConstraint {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementSettingXmlConstraint";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementSettingXmlConstraint\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementSettingXmlConstraint {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementSettingXmlConstraint);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementSettingXmlConstraint);
#[cfg(msgraph_beta_device_management_or_search)]
/// A setting instance representing a string value
///
/// CSDL: `microsoft.graph.deviceManagementStringSettingInstance`, entity type, derived from `microsoft.graph.deviceManagementSettingInstance`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementStringSettingInstance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The ID of the setting definition for this instance
    ///
    /// CSDL: property `definitionId`: `Edm.String`, not nullable.
    pub definition_id: rt::Field<::std::string::String>,
    /// JSON representation of the value
    ///
    /// CSDL: property `valueJson`: `Edm.String`, nullable.
    pub value_json: rt::Field<::std::string::String>,
    /// The string value
    ///
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementStringSettingInstance {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            definition_id: rt::Field::Absent,
            value_json: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementStringSettingInstance {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementStringSettingInstance";
    const KEYS: &'static [&'static str] = &["id", "definitionId", "valueJson", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"definitionId\":                 ",
        ",\"valueJson\":                    ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementStringSettingInstance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "definition_id", &self.definition_id);
        v.field(2usize, "value_json", &self.value_json);
        v.field(3usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementStringSettingInstance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.definition_id.read_from(r),
            2usize => self.value_json.read_from(r),
            3usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.definition_id);
        w.field(2usize, &self.value_json);
        w.field(3usize, &self.value);
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
rt::impl_object!(DeviceManagementStringSettingInstance);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementStringSettingInstance { with_id id : ::std::string::String;
    with_definition_id definition_id : ::std::string::String; with_value_json value_json
    : ::std::string::String; with_value value : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementStringSettingInstance);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementSubscriptions`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementSubscriptions {
    /// `none` (value 0).
    None,
    /// `intune` (value 1).
    Intune,
    /// `office365` (value 2).
    Office365,
    /// `intunePremium` (value 4).
    IntunePremium,
    /// `intune_EDU` (value 8).
    IntuneEdu,
    /// `intune_SMB` (value 16).
    IntuneSmb,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementSubscriptions {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementSubscriptions";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "intune",
        "office365",
        "intunePremium",
        "intune_EDU",
        "intune_SMB",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "intune" => Self::Intune,
                "office365" => Self::Office365,
                "intunePremium" => Self::IntunePremium,
                "intune_EDU" => Self::IntuneEdu,
                "intune_SMB" => Self::IntuneSmb,
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
            Self::Intune => "intune",
            Self::Office365 => "office365",
            Self::IntunePremium => "intunePremium",
            Self::IntuneEdu => "intune_EDU",
            Self::IntuneSmb => "intune_SMB",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementSubscriptions);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementSubscriptions);
#[cfg(msgraph_beta_device_management_or_search)]
/// Entity that represents a defined collection of device settings
///
/// CSDL: `microsoft.graph.deviceManagementTemplate`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceManagementTemplatePath`](requests/trait.DeviceManagementTemplatePath.html), what a path to one (`EntityPath<AnyDeviceManagementTemplate, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementTemplate {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The template's description
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The template's display name
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Number of Intents created from this template.
    ///
    /// CSDL: property `intentCount`: `Edm.Int32`, not nullable.
    pub intent_count: rt::Field<i32>,
    /// The template is deprecated or not. Intents cannot be created from a deprecated template.
    ///
    /// CSDL: property `isDeprecated`: `Edm.Boolean`, not nullable.
    pub is_deprecated: rt::Field<bool>,
    /// The template's platform.
    ///
    /// CSDL: property `platformType`: `microsoft.graph.policyPlatformType`, not nullable.
    pub platform_type: rt::Field<crate::beta::PolicyPlatformType>,
    /// When the template was published
    ///
    /// CSDL: property `publishedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub published_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The template's subtype.
    ///
    /// CSDL: property `templateSubtype`: `microsoft.graph.deviceManagementTemplateSubtype`, not nullable.
    pub template_subtype: rt::Field<crate::beta::DeviceManagementTemplateSubtype>,
    /// The template's type.
    ///
    /// CSDL: property `templateType`: `microsoft.graph.deviceManagementTemplateType`, not nullable.
    pub template_type: rt::Field<crate::beta::DeviceManagementTemplateType>,
    /// The template's version information
    ///
    /// CSDL: property `versionInfo`: `Edm.String`, nullable.
    pub version_info: rt::Field<::std::string::String>,
    /// Collection of setting categories within the template
    ///
    /// CSDL: containment navigation property `categories`: `Collection(microsoft.graph.deviceManagementTemplateSettingCategory)`, not nullable.
    pub categories: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementTemplateSettingCategory>,
    >,
    /// Collection of templates this template can migrate to
    ///
    /// CSDL: containment navigation property `migratableTo`: `Collection(microsoft.graph.deviceManagementTemplate)`, not nullable.
    pub migratable_to: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceManagementTemplate>,
    >,
    /// Collection of all settings this template has
    ///
    /// CSDL: containment navigation property `settings`: `Collection(microsoft.graph.deviceManagementSettingInstance)`, not nullable.
    pub settings: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceManagementSettingInstance>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            intent_count: rt::Field::Absent,
            is_deprecated: rt::Field::Absent,
            platform_type: rt::Field::Absent,
            published_date_time: rt::Field::Absent,
            template_subtype: rt::Field::Absent,
            template_type: rt::Field::Absent,
            version_info: rt::Field::Absent,
            categories: rt::Field::Absent,
            migratable_to: rt::Field::Absent,
            settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementTemplate";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "intentCount",
        "isDeprecated",
        "platformType",
        "publishedDateTime",
        "templateSubtype",
        "templateType",
        "versionInfo",
        "categories",
        "migratableTo",
        "settings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"intentCount\":                  ",
        ",\"isDeprecated\":                 ",
        ",\"platformType\":                 ",
        ",\"publishedDateTime\":            ",
        ",\"templateSubtype\":              ",
        ",\"templateType\":                 ",
        ",\"versionInfo\":                  ",
        ",\"categories\":                   ",
        ",\"migratableTo\":                 ",
        ",\"settings\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "intent_count", &self.intent_count);
        v.field(4usize, "is_deprecated", &self.is_deprecated);
        v.field(5usize, "platform_type", &self.platform_type);
        v.field(6usize, "published_date_time", &self.published_date_time);
        v.field(7usize, "template_subtype", &self.template_subtype);
        v.field(8usize, "template_type", &self.template_type);
        v.field(9usize, "version_info", &self.version_info);
        v.field(10usize, "categories", &self.categories);
        v.field(11usize, "migratable_to", &self.migratable_to);
        v.field(12usize, "settings", &self.settings);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.intent_count.read_from(r),
            4usize => self.is_deprecated.read_from(r),
            5usize => self.platform_type.read_from(r),
            6usize => self.published_date_time.read_from(r),
            7usize => self.template_subtype.read_from(r),
            8usize => self.template_type.read_from(r),
            9usize => self.version_info.read_from(r),
            10usize => self.categories.read_from(r),
            11usize => self.migratable_to.read_from(r),
            12usize => self.settings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.intent_count);
        w.field(4usize, &self.is_deprecated);
        w.field(5usize, &self.platform_type);
        w.field(6usize, &self.published_date_time);
        w.field(7usize, &self.template_subtype);
        w.field(8usize, &self.template_type);
        w.field(9usize, &self.version_info);
        w.field(10usize, &self.categories);
        w.field(11usize, &self.migratable_to);
        w.field(12usize, &self.settings);
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
rt::impl_object!(DeviceManagementTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementTemplate { with_id id : ::std::string::String; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_intent_count intent_count : i32; with_is_deprecated
    is_deprecated : bool; with_platform_type platform_type : crate
    ::beta::PolicyPlatformType; with_published_date_time published_date_time :
    rt::edm::DateTimeOffset; with_template_subtype template_subtype : crate
    ::beta::DeviceManagementTemplateSubtype; with_template_type template_type : crate
    ::beta::DeviceManagementTemplateType; with_version_info version_info :
    ::std::string::String; with_categories categories : ::std::vec::Vec < crate
    ::beta::DeviceManagementTemplateSettingCategory >; with_migratable_to migratable_to :
    ::std::vec::Vec < crate ::beta::AnyDeviceManagementTemplate >; with_settings settings
    : ::std::vec::Vec < crate ::beta::AnyDeviceManagementSettingInstance >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.deviceManagementTemplate` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceManagementTemplate {
    DeviceManagementTemplate(::std::boxed::Box<crate::beta::DeviceManagementTemplate>),
    SecurityBaselineTemplate(::std::boxed::Box<crate::beta::SecurityBaselineTemplate>),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyDeviceManagementTemplate {
    #[inline]
    fn default() -> Self {
        Self::DeviceManagementTemplate(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementTemplate>
for AnyDeviceManagementTemplate {
    #[inline]
    fn from(v: crate::beta::DeviceManagementTemplate) -> Self {
        Self::DeviceManagementTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SecurityBaselineTemplate>
for AnyDeviceManagementTemplate {
    #[inline]
    fn from(v: crate::beta::SecurityBaselineTemplate) -> Self {
        Self::SecurityBaselineTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyDeviceManagementTemplate {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyDeviceManagementTemplate {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyDeviceManagementTemplate {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyDeviceManagementTemplate {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyDeviceManagementTemplate {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::DeviceManagementTemplate>();
    rt::object::auto_traits::<crate::beta::SecurityBaselineTemplate>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyDeviceManagementTemplate {
    const BASE_NAME: &'static str = "microsoft.graph.deviceManagementTemplate";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.securityBaselineTemplate") => {
                Self::SecurityBaselineTemplate(rt::object::new_boxed())
            }
            _ => Self::DeviceManagementTemplate(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeviceManagementTemplate(v) => &**v,
            Self::SecurityBaselineTemplate(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceManagementTemplate(v) => &mut **v,
            Self::SecurityBaselineTemplate(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyDeviceManagementTemplate {
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
            Self::DeviceManagementTemplate(v) => &v.id,
            Self::SecurityBaselineTemplate(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementTemplate(v) => &mut v.id,
            Self::SecurityBaselineTemplate(v) => &mut v.id,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementTemplate(v) => &v.description,
            Self::SecurityBaselineTemplate(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementTemplate(v) => &mut v.description,
            Self::SecurityBaselineTemplate(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementTemplate(v) => &v.display_name,
            Self::SecurityBaselineTemplate(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementTemplate(v) => &mut v.display_name,
            Self::SecurityBaselineTemplate(v) => &mut v.display_name,
        }
    }
    /// `intentCount` of any variant.
    #[inline]
    pub fn intent_count(&self) -> &rt::Field<i32> {
        match self {
            Self::DeviceManagementTemplate(v) => &v.intent_count,
            Self::SecurityBaselineTemplate(v) => &v.intent_count,
        }
    }
    /// `intentCount` of any variant.
    #[inline]
    pub fn intent_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::DeviceManagementTemplate(v) => &mut v.intent_count,
            Self::SecurityBaselineTemplate(v) => &mut v.intent_count,
        }
    }
    /// `isDeprecated` of any variant.
    #[inline]
    pub fn is_deprecated(&self) -> &rt::Field<bool> {
        match self {
            Self::DeviceManagementTemplate(v) => &v.is_deprecated,
            Self::SecurityBaselineTemplate(v) => &v.is_deprecated,
        }
    }
    /// `isDeprecated` of any variant.
    #[inline]
    pub fn is_deprecated_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::DeviceManagementTemplate(v) => &mut v.is_deprecated,
            Self::SecurityBaselineTemplate(v) => &mut v.is_deprecated,
        }
    }
    /// `platformType` of any variant.
    #[inline]
    pub fn platform_type(&self) -> &rt::Field<crate::beta::PolicyPlatformType> {
        match self {
            Self::DeviceManagementTemplate(v) => &v.platform_type,
            Self::SecurityBaselineTemplate(v) => &v.platform_type,
        }
    }
    /// `platformType` of any variant.
    #[inline]
    pub fn platform_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::PolicyPlatformType> {
        match self {
            Self::DeviceManagementTemplate(v) => &mut v.platform_type,
            Self::SecurityBaselineTemplate(v) => &mut v.platform_type,
        }
    }
    /// `publishedDateTime` of any variant.
    #[inline]
    pub fn published_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceManagementTemplate(v) => &v.published_date_time,
            Self::SecurityBaselineTemplate(v) => &v.published_date_time,
        }
    }
    /// `publishedDateTime` of any variant.
    #[inline]
    pub fn published_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceManagementTemplate(v) => &mut v.published_date_time,
            Self::SecurityBaselineTemplate(v) => &mut v.published_date_time,
        }
    }
    /// `templateSubtype` of any variant.
    #[inline]
    pub fn template_subtype(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementTemplateSubtype> {
        match self {
            Self::DeviceManagementTemplate(v) => &v.template_subtype,
            Self::SecurityBaselineTemplate(v) => &v.template_subtype,
        }
    }
    /// `templateSubtype` of any variant.
    #[inline]
    pub fn template_subtype_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementTemplateSubtype> {
        match self {
            Self::DeviceManagementTemplate(v) => &mut v.template_subtype,
            Self::SecurityBaselineTemplate(v) => &mut v.template_subtype,
        }
    }
    /// `templateType` of any variant.
    #[inline]
    pub fn template_type(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementTemplateType> {
        match self {
            Self::DeviceManagementTemplate(v) => &v.template_type,
            Self::SecurityBaselineTemplate(v) => &v.template_type,
        }
    }
    /// `templateType` of any variant.
    #[inline]
    pub fn template_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementTemplateType> {
        match self {
            Self::DeviceManagementTemplate(v) => &mut v.template_type,
            Self::SecurityBaselineTemplate(v) => &mut v.template_type,
        }
    }
    /// `versionInfo` of any variant.
    #[inline]
    pub fn version_info(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementTemplate(v) => &v.version_info,
            Self::SecurityBaselineTemplate(v) => &v.version_info,
        }
    }
    /// `versionInfo` of any variant.
    #[inline]
    pub fn version_info_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementTemplate(v) => &mut v.version_info,
            Self::SecurityBaselineTemplate(v) => &mut v.version_info,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementTemplateSettingCategory>,
    > {
        match self {
            Self::DeviceManagementTemplate(v) => &v.categories,
            Self::SecurityBaselineTemplate(v) => &v.categories,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementTemplateSettingCategory>,
    > {
        match self {
            Self::DeviceManagementTemplate(v) => &mut v.categories,
            Self::SecurityBaselineTemplate(v) => &mut v.categories,
        }
    }
    /// `migratableTo` of any variant.
    #[inline]
    pub fn migratable_to(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::AnyDeviceManagementTemplate>> {
        match self {
            Self::DeviceManagementTemplate(v) => &v.migratable_to,
            Self::SecurityBaselineTemplate(v) => &v.migratable_to,
        }
    }
    /// `migratableTo` of any variant.
    #[inline]
    pub fn migratable_to_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::AnyDeviceManagementTemplate>> {
        match self {
            Self::DeviceManagementTemplate(v) => &mut v.migratable_to,
            Self::SecurityBaselineTemplate(v) => &mut v.migratable_to,
        }
    }
    /// `settings` of any variant.
    #[inline]
    pub fn settings(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::AnyDeviceManagementSettingInstance>> {
        match self {
            Self::DeviceManagementTemplate(v) => &v.settings,
            Self::SecurityBaselineTemplate(v) => &v.settings,
        }
    }
    /// `settings` of any variant.
    #[inline]
    pub fn settings_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceManagementSettingInstance>,
    > {
        match self {
            Self::DeviceManagementTemplate(v) => &mut v.settings,
            Self::SecurityBaselineTemplate(v) => &mut v.settings,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyDeviceManagementTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceManagementTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
/// Entity representing a template setting category
///
/// CSDL: `microsoft.graph.deviceManagementTemplateSettingCategory`, entity type, derived from `microsoft.graph.deviceManagementSettingCategory`, key `id`.
///
/// Request builders: [`DeviceManagementTemplateSettingCategoryPath`](requests/trait.DeviceManagementTemplateSettingCategoryPath.html), what a path to one (`EntityPath<DeviceManagementTemplateSettingCategory, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementTemplateSettingCategory {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The category name
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The category contains top level required setting
    ///
    /// CSDL: property `hasRequiredSetting`: `Edm.Boolean`, nullable.
    pub has_required_setting: rt::Field<bool>,
    /// The setting definitions this category contains
    ///
    /// CSDL: containment navigation property `settingDefinitions`: `Collection(microsoft.graph.deviceManagementSettingDefinition)`, not nullable.
    pub setting_definitions: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceManagementSettingDefinition>,
    >,
    /// The settings this category contains
    ///
    /// CSDL: containment navigation property `recommendedSettings`: `Collection(microsoft.graph.deviceManagementSettingInstance)`, not nullable.
    pub recommended_settings: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceManagementSettingInstance>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementTemplateSettingCategory {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            has_required_setting: rt::Field::Absent,
            setting_definitions: rt::Field::Absent,
            recommended_settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementTemplateSettingCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementTemplateSettingCategory";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "hasRequiredSetting",
        "settingDefinitions",
        "recommendedSettings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"hasRequiredSetting\":           ",
        ",\"settingDefinitions\":           ",
        ",\"recommendedSettings\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementTemplateSettingCategory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "has_required_setting", &self.has_required_setting);
        v.field(3usize, "setting_definitions", &self.setting_definitions);
        v.field(4usize, "recommended_settings", &self.recommended_settings);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementTemplateSettingCategory {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.has_required_setting.read_from(r),
            3usize => self.setting_definitions.read_from(r),
            4usize => self.recommended_settings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.has_required_setting);
        w.field(3usize, &self.setting_definitions);
        w.field(4usize, &self.recommended_settings);
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
rt::impl_object!(DeviceManagementTemplateSettingCategory);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementTemplateSettingCategory { with_id id : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_has_required_setting
    has_required_setting : bool; with_setting_definitions setting_definitions :
    ::std::vec::Vec < crate ::beta::AnyDeviceManagementSettingDefinition >;
    with_recommended_settings recommended_settings : ::std::vec::Vec < crate
    ::beta::AnyDeviceManagementSettingInstance >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementTemplateSettingCategory);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementTemplateSubtype`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementTemplateSubtype {
    /// `none` (value 0).
    None,
    /// `firewall` (value 1).
    Firewall,
    /// `diskEncryption` (value 2).
    DiskEncryption,
    /// `attackSurfaceReduction` (value 3).
    AttackSurfaceReduction,
    /// `endpointDetectionReponse` (value 4).
    EndpointDetectionReponse,
    /// `accountProtection` (value 5).
    AccountProtection,
    /// `antivirus` (value 6).
    Antivirus,
    /// `firewallSharedAppList` (value 7).
    FirewallSharedAppList,
    /// `firewallSharedIpList` (value 8).
    FirewallSharedIpList,
    /// `firewallSharedPortlist` (value 9).
    FirewallSharedPortlist,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementTemplateSubtype {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementTemplateSubtype";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "firewall",
        "diskEncryption",
        "attackSurfaceReduction",
        "endpointDetectionReponse",
        "accountProtection",
        "antivirus",
        "firewallSharedAppList",
        "firewallSharedIpList",
        "firewallSharedPortlist",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "firewall" => Self::Firewall,
                "diskEncryption" => Self::DiskEncryption,
                "attackSurfaceReduction" => Self::AttackSurfaceReduction,
                "endpointDetectionReponse" => Self::EndpointDetectionReponse,
                "accountProtection" => Self::AccountProtection,
                "antivirus" => Self::Antivirus,
                "firewallSharedAppList" => Self::FirewallSharedAppList,
                "firewallSharedIpList" => Self::FirewallSharedIpList,
                "firewallSharedPortlist" => Self::FirewallSharedPortlist,
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
            Self::Firewall => "firewall",
            Self::DiskEncryption => "diskEncryption",
            Self::AttackSurfaceReduction => "attackSurfaceReduction",
            Self::EndpointDetectionReponse => "endpointDetectionReponse",
            Self::AccountProtection => "accountProtection",
            Self::Antivirus => "antivirus",
            Self::FirewallSharedAppList => "firewallSharedAppList",
            Self::FirewallSharedIpList => "firewallSharedIpList",
            Self::FirewallSharedPortlist => "firewallSharedPortlist",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementTemplateSubtype);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementTemplateSubtype);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementTemplateType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementTemplateType {
    /// `securityBaseline` (value 0).
    SecurityBaseline,
    /// `specializedDevices` (value 1).
    SpecializedDevices,
    /// `advancedThreatProtectionSecurityBaseline` (value 2).
    AdvancedThreatProtectionSecurityBaseline,
    /// `deviceConfiguration` (value 3).
    DeviceConfiguration,
    /// `custom` (value 4).
    Custom,
    /// `securityTemplate` (value 5).
    SecurityTemplate,
    /// `microsoftEdgeSecurityBaseline` (value 6).
    MicrosoftEdgeSecurityBaseline,
    /// `microsoftOffice365ProPlusSecurityBaseline` (value 7).
    MicrosoftOffice365ProPlusSecurityBaseline,
    /// `deviceCompliance` (value 8).
    DeviceCompliance,
    /// `deviceConfigurationForOffice365` (value 9).
    DeviceConfigurationForOffice365,
    /// `cloudPC` (value 10).
    CloudPc,
    /// `firewallSharedSettings` (value 11).
    FirewallSharedSettings,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementTemplateType {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementTemplateType";
    const MEMBERS: &'static [&'static str] = &[
        "securityBaseline",
        "specializedDevices",
        "advancedThreatProtectionSecurityBaseline",
        "deviceConfiguration",
        "custom",
        "securityTemplate",
        "microsoftEdgeSecurityBaseline",
        "microsoftOffice365ProPlusSecurityBaseline",
        "deviceCompliance",
        "deviceConfigurationForOffice365",
        "cloudPC",
        "firewallSharedSettings",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "securityBaseline" => Self::SecurityBaseline,
                "specializedDevices" => Self::SpecializedDevices,
                "advancedThreatProtectionSecurityBaseline" => {
                    Self::AdvancedThreatProtectionSecurityBaseline
                }
                "deviceConfiguration" => Self::DeviceConfiguration,
                "custom" => Self::Custom,
                "securityTemplate" => Self::SecurityTemplate,
                "microsoftEdgeSecurityBaseline" => Self::MicrosoftEdgeSecurityBaseline,
                "microsoftOffice365ProPlusSecurityBaseline" => {
                    Self::MicrosoftOffice365ProPlusSecurityBaseline
                }
                "deviceCompliance" => Self::DeviceCompliance,
                "deviceConfigurationForOffice365" => {
                    Self::DeviceConfigurationForOffice365
                }
                "cloudPC" => Self::CloudPc,
                "firewallSharedSettings" => Self::FirewallSharedSettings,
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
            Self::SecurityBaseline => "securityBaseline",
            Self::SpecializedDevices => "specializedDevices",
            Self::AdvancedThreatProtectionSecurityBaseline => {
                "advancedThreatProtectionSecurityBaseline"
            }
            Self::DeviceConfiguration => "deviceConfiguration",
            Self::Custom => "custom",
            Self::SecurityTemplate => "securityTemplate",
            Self::MicrosoftEdgeSecurityBaseline => "microsoftEdgeSecurityBaseline",
            Self::MicrosoftOffice365ProPlusSecurityBaseline => {
                "microsoftOffice365ProPlusSecurityBaseline"
            }
            Self::DeviceCompliance => "deviceCompliance",
            Self::DeviceConfigurationForOffice365 => "deviceConfigurationForOffice365",
            Self::CloudPc => "cloudPC",
            Self::FirewallSharedSettings => "firewallSharedSettings",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementTemplateType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementTemplateType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManangementIntentValueType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManangementIntentValueType {
    /// `integer` (value 0).
    Integer,
    /// `boolean` (value 1).
    Boolean,
    /// `string` (value 2).
    String,
    /// `complex` (value 3).
    Complex,
    /// `collection` (value 4).
    Collection,
    /// `abstractComplex` (value 5).
    AbstractComplex,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManangementIntentValueType {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManangementIntentValueType";
    const MEMBERS: &'static [&'static str] = &[
        "integer",
        "boolean",
        "string",
        "complex",
        "collection",
        "abstractComplex",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "integer" => Self::Integer,
                "boolean" => Self::Boolean,
                "string" => Self::String,
                "complex" => Self::Complex,
                "collection" => Self::Collection,
                "abstractComplex" => Self::AbstractComplex,
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
            Self::Integer => "integer",
            Self::Boolean => "boolean",
            Self::String => "string",
            Self::Complex => "complex",
            Self::Collection => "collection",
            Self::AbstractComplex => "abstractComplex",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManangementIntentValueType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManangementIntentValueType);
#[cfg(msgraph_beta_search)]
/// Device operating system summary.
///
/// CSDL: `microsoft.graph.deviceOperatingSystemSummary`, complex type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct DeviceOperatingSystemSummary {
    /// The count of Corporate work profile Android devices. Also known as Corporate Owned Personally Enabled (COPE). Valid values -1 to 2147483647
    ///
    /// CSDL: property `androidCorporateWorkProfileCount`: `Edm.Int32`, not nullable.
    pub android_corporate_work_profile_count: rt::Field<i32>,
    /// Number of android device count.
    ///
    /// CSDL: property `androidCount`: `Edm.Int32`, not nullable.
    pub android_count: rt::Field<i32>,
    /// Number of dedicated Android devices.
    ///
    /// CSDL: property `androidDedicatedCount`: `Edm.Int32`, not nullable.
    pub android_dedicated_count: rt::Field<i32>,
    /// Number of device admin Android devices.
    ///
    /// CSDL: property `androidDeviceAdminCount`: `Edm.Int32`, not nullable.
    pub android_device_admin_count: rt::Field<i32>,
    /// Number of fully managed Android devices.
    ///
    /// CSDL: property `androidFullyManagedCount`: `Edm.Int32`, not nullable.
    pub android_fully_managed_count: rt::Field<i32>,
    /// Number of work profile Android devices.
    ///
    /// CSDL: property `androidWorkProfileCount`: `Edm.Int32`, not nullable.
    pub android_work_profile_count: rt::Field<i32>,
    /// Number of AOSP user-associated Android devices. Valid values 0 to 2147483647
    ///
    /// CSDL: property `aospUserAssociatedCount`: `Edm.Int32`, not nullable.
    pub aosp_user_associated_count: rt::Field<i32>,
    /// Number of AOSP userless Android devices. Valid values 0 to 2147483647
    ///
    /// CSDL: property `aospUserlessCount`: `Edm.Int32`, not nullable.
    pub aosp_userless_count: rt::Field<i32>,
    /// Number of Chrome OS devices. Valid values 0 to 2147483647
    ///
    /// CSDL: property `chromeOSCount`: `Edm.Int32`, not nullable.
    pub chrome_os_count: rt::Field<i32>,
    /// Number of ConfigMgr managed devices.
    ///
    /// CSDL: property `configMgrDeviceCount`: `Edm.Int32`, not nullable.
    pub config_mgr_device_count: rt::Field<i32>,
    /// Number of iOS device count.
    ///
    /// CSDL: property `iosCount`: `Edm.Int32`, not nullable.
    pub ios_count: rt::Field<i32>,
    /// Number of Linux OS devices. Valid values 0 to 2147483647
    ///
    /// CSDL: property `linuxCount`: `Edm.Int32`, not nullable.
    pub linux_count: rt::Field<i32>,
    /// Number of Mac OS X device count.
    ///
    /// CSDL: property `macOSCount`: `Edm.Int32`, not nullable.
    pub mac_os_count: rt::Field<i32>,
    /// Number of unknown device count.
    ///
    /// CSDL: property `unknownCount`: `Edm.Int32`, not nullable.
    pub unknown_count: rt::Field<i32>,
    /// Number of Windows device count.
    ///
    /// CSDL: property `windowsCount`: `Edm.Int32`, not nullable.
    pub windows_count: rt::Field<i32>,
    /// Number of Windows mobile device count.
    ///
    /// CSDL: property `windowsMobileCount`: `Edm.Int32`, not nullable.
    pub windows_mobile_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for DeviceOperatingSystemSummary {
    #[inline]
    fn default() -> Self {
        Self {
            android_corporate_work_profile_count: rt::Field::Absent,
            android_count: rt::Field::Absent,
            android_dedicated_count: rt::Field::Absent,
            android_device_admin_count: rt::Field::Absent,
            android_fully_managed_count: rt::Field::Absent,
            android_work_profile_count: rt::Field::Absent,
            aosp_user_associated_count: rt::Field::Absent,
            aosp_userless_count: rt::Field::Absent,
            chrome_os_count: rt::Field::Absent,
            config_mgr_device_count: rt::Field::Absent,
            ios_count: rt::Field::Absent,
            linux_count: rt::Field::Absent,
            mac_os_count: rt::Field::Absent,
            unknown_count: rt::Field::Absent,
            windows_count: rt::Field::Absent,
            windows_mobile_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for DeviceOperatingSystemSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceOperatingSystemSummary";
    const KEYS: &'static [&'static str] = &[
        "androidCorporateWorkProfileCount",
        "androidCount",
        "androidDedicatedCount",
        "androidDeviceAdminCount",
        "androidFullyManagedCount",
        "androidWorkProfileCount",
        "aospUserAssociatedCount",
        "aospUserlessCount",
        "chromeOSCount",
        "configMgrDeviceCount",
        "iosCount",
        "linuxCount",
        "macOSCount",
        "unknownCount",
        "windowsCount",
        "windowsMobileCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"androidCorporateWorkProfileCount\":",
        ",\"androidCount\":                 ",
        ",\"androidDedicatedCount\":        ",
        ",\"androidDeviceAdminCount\":      ",
        ",\"androidFullyManagedCount\":     ",
        ",\"androidWorkProfileCount\":      ",
        ",\"aospUserAssociatedCount\":      ",
        ",\"aospUserlessCount\":            ",
        ",\"chromeOSCount\":                ",
        ",\"configMgrDeviceCount\":         ",
        ",\"iosCount\":                     ",
        ",\"linuxCount\":                   ",
        ",\"macOSCount\":                   ",
        ",\"unknownCount\":                 ",
        ",\"windowsCount\":                 ",
        ",\"windowsMobileCount\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceOperatingSystemSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "android_corporate_work_profile_count",
            &self.android_corporate_work_profile_count,
        );
        v.field(1usize, "android_count", &self.android_count);
        v.field(2usize, "android_dedicated_count", &self.android_dedicated_count);
        v.field(3usize, "android_device_admin_count", &self.android_device_admin_count);
        v.field(
            4usize,
            "android_fully_managed_count",
            &self.android_fully_managed_count,
        );
        v.field(5usize, "android_work_profile_count", &self.android_work_profile_count);
        v.field(6usize, "aosp_user_associated_count", &self.aosp_user_associated_count);
        v.field(7usize, "aosp_userless_count", &self.aosp_userless_count);
        v.field(8usize, "chrome_os_count", &self.chrome_os_count);
        v.field(9usize, "config_mgr_device_count", &self.config_mgr_device_count);
        v.field(10usize, "ios_count", &self.ios_count);
        v.field(11usize, "linux_count", &self.linux_count);
        v.field(12usize, "mac_os_count", &self.mac_os_count);
        v.field(13usize, "unknown_count", &self.unknown_count);
        v.field(14usize, "windows_count", &self.windows_count);
        v.field(15usize, "windows_mobile_count", &self.windows_mobile_count);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for DeviceOperatingSystemSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.android_corporate_work_profile_count.read_from(r),
            1usize => self.android_count.read_from(r),
            2usize => self.android_dedicated_count.read_from(r),
            3usize => self.android_device_admin_count.read_from(r),
            4usize => self.android_fully_managed_count.read_from(r),
            5usize => self.android_work_profile_count.read_from(r),
            6usize => self.aosp_user_associated_count.read_from(r),
            7usize => self.aosp_userless_count.read_from(r),
            8usize => self.chrome_os_count.read_from(r),
            9usize => self.config_mgr_device_count.read_from(r),
            10usize => self.ios_count.read_from(r),
            11usize => self.linux_count.read_from(r),
            12usize => self.mac_os_count.read_from(r),
            13usize => self.unknown_count.read_from(r),
            14usize => self.windows_count.read_from(r),
            15usize => self.windows_mobile_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.android_corporate_work_profile_count);
        w.field(1usize, &self.android_count);
        w.field(2usize, &self.android_dedicated_count);
        w.field(3usize, &self.android_device_admin_count);
        w.field(4usize, &self.android_fully_managed_count);
        w.field(5usize, &self.android_work_profile_count);
        w.field(6usize, &self.aosp_user_associated_count);
        w.field(7usize, &self.aosp_userless_count);
        w.field(8usize, &self.chrome_os_count);
        w.field(9usize, &self.config_mgr_device_count);
        w.field(10usize, &self.ios_count);
        w.field(11usize, &self.linux_count);
        w.field(12usize, &self.mac_os_count);
        w.field(13usize, &self.unknown_count);
        w.field(14usize, &self.windows_count);
        w.field(15usize, &self.windows_mobile_count);
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
rt::impl_object!(DeviceOperatingSystemSummary);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    DeviceOperatingSystemSummary { with_android_corporate_work_profile_count
    android_corporate_work_profile_count : i32; with_android_count android_count : i32;
    with_android_dedicated_count android_dedicated_count : i32;
    with_android_device_admin_count android_device_admin_count : i32;
    with_android_fully_managed_count android_fully_managed_count : i32;
    with_android_work_profile_count android_work_profile_count : i32;
    with_aosp_user_associated_count aosp_user_associated_count : i32;
    with_aosp_userless_count aosp_userless_count : i32; with_chrome_os_count
    chrome_os_count : i32; with_config_mgr_device_count config_mgr_device_count : i32;
    with_ios_count ios_count : i32; with_linux_count linux_count : i32; with_mac_os_count
    mac_os_count : i32; with_unknown_count unknown_count : i32; with_windows_count
    windows_count : i32; with_windows_mobile_count windows_mobile_count : i32; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceOperatingSystemSummary);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.deviceRegistrationState`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceRegistrationState {
    /// `notRegistered` (value 0).
    NotRegistered,
    /// `registered` (value 2).
    Registered,
    /// `revoked` (value 3).
    Revoked,
    /// `keyConflict` (value 4).
    KeyConflict,
    /// `approvalPending` (value 5).
    ApprovalPending,
    /// `certificateReset` (value 6).
    CertificateReset,
    /// `notRegisteredPendingEnrollment` (value 7).
    NotRegisteredPendingEnrollment,
    /// `unknown` (value 8).
    Unknown,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for DeviceRegistrationState {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceRegistrationState";
    const MEMBERS: &'static [&'static str] = &[
        "notRegistered",
        "registered",
        "revoked",
        "keyConflict",
        "approvalPending",
        "certificateReset",
        "notRegisteredPendingEnrollment",
        "unknown",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notRegistered" => Self::NotRegistered,
                "registered" => Self::Registered,
                "revoked" => Self::Revoked,
                "keyConflict" => Self::KeyConflict,
                "approvalPending" => Self::ApprovalPending,
                "certificateReset" => Self::CertificateReset,
                "notRegisteredPendingEnrollment" => Self::NotRegisteredPendingEnrollment,
                "unknown" => Self::Unknown,
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
            Self::NotRegistered => "notRegistered",
            Self::Registered => "registered",
            Self::Revoked => "revoked",
            Self::KeyConflict => "keyConflict",
            Self::ApprovalPending => "approvalPending",
            Self::CertificateReset => "certificateReset",
            Self::NotRegisteredPendingEnrollment => "notRegisteredPendingEnrollment",
            Self::Unknown => "unknown",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(DeviceRegistrationState);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceRegistrationState);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.deviceRestrictionAction`, complex type, derived from `microsoft.graph.dlpActionInfo`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceRestrictionAction {
    /// CSDL: property `action`: `microsoft.graph.dlpAction`, nullable.
    pub action: rt::Field<crate::beta::DlpAction>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// CSDL: property `restrictionAction`: `microsoft.graph.restrictionAction`, nullable.
    pub restriction_action: rt::Field<crate::beta::RestrictionAction>,
    /// CSDL: property `triggers`: `Collection(microsoft.graph.restrictionTrigger)`, nullable.
    pub triggers: rt::Field<::std::vec::Vec<crate::beta::RestrictionTrigger>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for DeviceRestrictionAction {
    #[inline]
    fn default() -> Self {
        Self {
            action: rt::Field::Absent,
            message: rt::Field::Absent,
            restriction_action: rt::Field::Absent,
            triggers: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Object for DeviceRestrictionAction {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceRestrictionAction";
    const KEYS: &'static [&'static str] = &[
        "action",
        "message",
        "restrictionAction",
        "triggers",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"action\":                       ",
        ",\"message\":                      ",
        ",\"restrictionAction\":            ",
        ",\"triggers\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceRestrictionAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action", &self.action);
        v.field(1usize, "message", &self.message);
        v.field(2usize, "restriction_action", &self.restriction_action);
        v.field(3usize, "triggers", &self.triggers);
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::object::Members for DeviceRestrictionAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action.read_from(r),
            1usize => self.message.read_from(r),
            2usize => self.restriction_action.read_from(r),
            3usize => self.triggers.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action);
        w.field(1usize, &self.message);
        w.field(2usize, &self.restriction_action);
        w.field(3usize, &self.triggers);
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
rt::impl_object!(DeviceRestrictionAction);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_setters!(
    DeviceRestrictionAction { with_action action : crate ::beta::DlpAction; with_message
    message : ::std::string::String; with_restriction_action restriction_action : crate
    ::beta::RestrictionAction; with_triggers triggers : ::std::vec::Vec < crate
    ::beta::RestrictionTrigger >; }
);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceRestrictionAction);
#[cfg(msgraph_beta_search)]
/// This is the base class for Setup Configuration. Setup configurations are platform specific and individual per-platform setup configurations inherit from here.
///
/// CSDL: `microsoft.graph.deviceSetupConfiguration`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct DeviceSetupConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// DateTime the object was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Admin provided description of the Device Configuration.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Admin provided name of the device configuration.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// DateTime the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for DeviceSetupConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for DeviceSetupConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceSetupConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "version",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceSetupConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "version", &self.version);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for DeviceSetupConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.version);
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
rt::impl_object!(DeviceSetupConfiguration);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    DeviceSetupConfiguration { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_version version : i32; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceSetupConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceThreatProtectionLevel`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceThreatProtectionLevel {
    /// `unavailable` (value 0).
    Unavailable,
    /// `secured` (value 1).
    Secured,
    /// `low` (value 2).
    Low,
    /// `medium` (value 3).
    Medium,
    /// `high` (value 4).
    High,
    /// `notSet` (value 10).
    NotSet,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceThreatProtectionLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceThreatProtectionLevel";
    const MEMBERS: &'static [&'static str] = &[
        "unavailable",
        "secured",
        "low",
        "medium",
        "high",
        "notSet",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unavailable" => Self::Unavailable,
                "secured" => Self::Secured,
                "low" => Self::Low,
                "medium" => Self::Medium,
                "high" => Self::High,
                "notSet" => Self::NotSet,
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
            Self::Unavailable => "unavailable",
            Self::Secured => "secured",
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::NotSet => "notSet",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceThreatProtectionLevel);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceThreatProtectionLevel);
