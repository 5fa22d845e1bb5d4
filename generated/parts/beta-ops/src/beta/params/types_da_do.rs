//! Items of `params` by the first letters of their types' names (`da_do`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_data_classification_or_search)]
/// Parameters of the action `microsoft.graph.classifyExactMatches`.
/// - `text`: `Edm.String`
/// - `timeoutInMs`: `Edm.String`
/// - `sensitiveTypeIds`: `Collection(Edm.String)`
/// - `contentClassifications`: `Collection(microsoft.graph.contentClassification)`
///
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
#[derive(Clone)]
pub struct DataClassificationServiceClassifyExactMatchesParams {
    /// CSDL: property `text`: `Edm.String`, nullable.
    pub text: rt::Field<::std::string::String>,
    /// CSDL: property `timeoutInMs`: `Edm.String`, nullable.
    pub timeout_in_ms: rt::Field<::std::string::String>,
    /// CSDL: property `sensitiveTypeIds`: `Collection(Edm.String)`, nullable.
    pub sensitive_type_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `contentClassifications`: `Collection(microsoft.graph.contentClassification)`, not nullable.
    pub content_classifications: rt::Field<
        ::std::vec::Vec<crate::beta::ContentClassification>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::default::Default for DataClassificationServiceClassifyExactMatchesParams {
    #[inline]
    fn default() -> Self {
        Self {
            text: rt::Field::Absent,
            timeout_in_ms: rt::Field::Absent,
            sensitive_type_ids: rt::Field::Absent,
            content_classifications: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::Object for DataClassificationServiceClassifyExactMatchesParams {
    const TYPE_NAME: &'static str = "microsoft.graph.classifyExactMatches(microsoft.graph.dataClassificationService)";
    const KEYS: &'static [&'static str] = &[
        "text",
        "timeoutInMs",
        "sensitiveTypeIds",
        "contentClassifications",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"text\":                         ",
        ",\"timeoutInMs\":                  ",
        ",\"sensitiveTypeIds\":             ",
        ",\"contentClassifications\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.classifyExactMatches(microsoft.graph.dataClassificationService)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "text", &self.text);
        v.field(1usize, "timeout_in_ms", &self.timeout_in_ms);
        v.field(2usize, "sensitive_type_ids", &self.sensitive_type_ids);
        v.field(3usize, "content_classifications", &self.content_classifications);
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::object::Members for DataClassificationServiceClassifyExactMatchesParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.text.read_from(r),
            1usize => self.timeout_in_ms.read_from(r),
            2usize => self.sensitive_type_ids.read_from(r),
            3usize => self.content_classifications.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.text);
        w.field(1usize, &self.timeout_in_ms);
        w.field(2usize, &self.sensitive_type_ids);
        w.field(3usize, &self.content_classifications);
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
rt::impl_object!(DataClassificationServiceClassifyExactMatchesParams);
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_setters!(
    DataClassificationServiceClassifyExactMatchesParams { with_text text :
    ::std::string::String; with_timeout_in_ms timeout_in_ms : ::std::string::String;
    with_sensitive_type_ids sensitive_type_ids : ::std::vec::Vec < ::std::string::String
    >; with_content_classifications content_classifications : ::std::vec::Vec < crate
    ::beta::ContentClassification >; }
);
#[cfg(msgraph_beta_data_classification_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DataClassificationServiceClassifyExactMatchesParams);
#[cfg(msgraph_beta_core_or_information_protection)]
/// Parameters of the action `microsoft.graph.evaluate`.
/// - `target`: `Edm.String`
/// - `evaluationInput`: `microsoft.graph.dlpEvaluationInput`
/// - `notificationInfo`: `microsoft.graph.dlpNotification`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DataLossPreventionPolicyCollectionEvaluateParams {
    /// CSDL: property `target`: `Edm.String`, nullable.
    pub target: rt::Field<::std::string::String>,
    /// CSDL: property `evaluationInput`: `microsoft.graph.dlpEvaluationInput`, nullable.
    pub evaluation_input: rt::Field<crate::beta::AnyDlpEvaluationInput>,
    /// CSDL: property `notificationInfo`: `microsoft.graph.dlpNotification`, nullable.
    pub notification_info: rt::Field<crate::beta::AnyDlpNotification>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for DataLossPreventionPolicyCollectionEvaluateParams {
    #[inline]
    fn default() -> Self {
        Self {
            target: rt::Field::Absent,
            evaluation_input: rt::Field::Absent,
            notification_info: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for DataLossPreventionPolicyCollectionEvaluateParams {
    const TYPE_NAME: &'static str = "microsoft.graph.evaluate(Collection(microsoft.graph.dataLossPreventionPolicy))";
    const KEYS: &'static [&'static str] = &[
        "target",
        "evaluationInput",
        "notificationInfo",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"target\":                       ",
        ",\"evaluationInput\":              ",
        ",\"notificationInfo\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.evaluate(Collection(microsoft.graph.dataLossPreventionPolicy))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "target", &self.target);
        v.field(1usize, "evaluation_input", &self.evaluation_input);
        v.field(2usize, "notification_info", &self.notification_info);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for DataLossPreventionPolicyCollectionEvaluateParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.target.read_from(r),
            1usize => self.evaluation_input.read_from(r),
            2usize => self.notification_info.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.target);
        w.field(1usize, &self.evaluation_input);
        w.field(2usize, &self.notification_info);
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
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_object!(DataLossPreventionPolicyCollectionEvaluateParams);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    DataLossPreventionPolicyCollectionEvaluateParams { with_target target :
    ::std::string::String; with_evaluation_input evaluation_input : crate
    ::beta::AnyDlpEvaluationInput; with_notification_info notification_info : crate
    ::beta::AnyDlpNotification; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(DataLossPreventionPolicyCollectionEvaluateParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `deviceManagementScriptGroupAssignments`: `Collection(microsoft.graph.deviceManagementScriptGroupAssignment)`
/// - `deviceManagementScriptAssignments`: `Collection(microsoft.graph.deviceManagementScriptAssignment)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementScriptAssignParams {
    /// CSDL: property `deviceManagementScriptGroupAssignments`: `Collection(microsoft.graph.deviceManagementScriptGroupAssignment)`, nullable.
    pub device_management_script_group_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementScriptGroupAssignment>,
    >,
    /// CSDL: property `deviceManagementScriptAssignments`: `Collection(microsoft.graph.deviceManagementScriptAssignment)`, nullable.
    pub device_management_script_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementScriptAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementScriptAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            device_management_script_group_assignments: rt::Field::Absent,
            device_management_script_assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementScriptAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.deviceManagementScript)";
    const KEYS: &'static [&'static str] = &[
        "deviceManagementScriptGroupAssignments",
        "deviceManagementScriptAssignments",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceManagementScriptGroupAssignments\":",
        ",\"deviceManagementScriptAssignments\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.deviceManagementScript)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "device_management_script_group_assignments",
            &self.device_management_script_group_assignments,
        );
        v.field(
            1usize,
            "device_management_script_assignments",
            &self.device_management_script_assignments,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementScriptAssignParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_management_script_group_assignments.read_from(r),
            1usize => self.device_management_script_assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_management_script_group_assignments);
        w.field(1usize, &self.device_management_script_assignments);
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
rt::impl_object!(DeviceManagementScriptAssignParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementScriptAssignParams { with_device_management_script_group_assignments
    device_management_script_group_assignments : ::std::vec::Vec < crate
    ::beta::DeviceManagementScriptGroupAssignment >;
    with_device_management_script_assignments device_management_script_assignments :
    ::std::vec::Vec < crate ::beta::DeviceManagementScriptAssignment >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementScriptAssignParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `deviceManagementScriptGroupAssignments`: `Collection(microsoft.graph.deviceManagementScriptGroupAssignment)`
/// - `deviceManagementScriptAssignments`: `Collection(microsoft.graph.deviceManagementScriptAssignment)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceShellScriptAssignParams {
    /// CSDL: property `deviceManagementScriptGroupAssignments`: `Collection(microsoft.graph.deviceManagementScriptGroupAssignment)`, nullable.
    pub device_management_script_group_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementScriptGroupAssignment>,
    >,
    /// CSDL: property `deviceManagementScriptAssignments`: `Collection(microsoft.graph.deviceManagementScriptAssignment)`, nullable.
    pub device_management_script_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementScriptAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceShellScriptAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            device_management_script_group_assignments: rt::Field::Absent,
            device_management_script_assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceShellScriptAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.deviceShellScript)";
    const KEYS: &'static [&'static str] = &[
        "deviceManagementScriptGroupAssignments",
        "deviceManagementScriptAssignments",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceManagementScriptGroupAssignments\":",
        ",\"deviceManagementScriptAssignments\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.deviceShellScript)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "device_management_script_group_assignments",
            &self.device_management_script_group_assignments,
        );
        v.field(
            1usize,
            "device_management_script_assignments",
            &self.device_management_script_assignments,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceShellScriptAssignParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_management_script_group_assignments.read_from(r),
            1usize => self.device_management_script_assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_management_script_group_assignments);
        w.field(1usize, &self.device_management_script_assignments);
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
rt::impl_object!(DeviceShellScriptAssignParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceShellScriptAssignParams { with_device_management_script_group_assignments
    device_management_script_group_assignments : ::std::vec::Vec < crate
    ::beta::DeviceManagementScriptGroupAssignment >;
    with_device_management_script_assignments device_management_script_assignments :
    ::std::vec::Vec < crate ::beta::DeviceManagementScriptAssignment >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceShellScriptAssignParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `assignments`: `Collection(microsoft.graph.deviceCompliancePolicyAssignment)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceCompliancePolicyAssignParams {
    /// CSDL: property `assignments`: `Collection(microsoft.graph.deviceCompliancePolicyAssignment)`, nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceCompliancePolicyAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceCompliancePolicyAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceCompliancePolicyAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.deviceCompliancePolicy)";
    const KEYS: &'static [&'static str] = &["assignments"];
    const KEYS_JSON: &'static [&'static str] = &[",\"assignments\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.deviceCompliancePolicy)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceCompliancePolicyAssignParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceCompliancePolicyAssignParams { with_assignments assignments : ::std::vec::Vec <
    crate ::beta::DeviceCompliancePolicyAssignment >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceCompliancePolicyAssignParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `deviceHealthScriptAssignments`: `Collection(microsoft.graph.deviceHealthScriptAssignment)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceComplianceScriptAssignParams {
    /// CSDL: property `deviceHealthScriptAssignments`: `Collection(microsoft.graph.deviceHealthScriptAssignment)`, nullable.
    pub device_health_script_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceHealthScriptAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceComplianceScriptAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            device_health_script_assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceComplianceScriptAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.deviceComplianceScript)";
    const KEYS: &'static [&'static str] = &["deviceHealthScriptAssignments"];
    const KEYS_JSON: &'static [&'static str] = &[",\"deviceHealthScriptAssignments\":"];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.deviceComplianceScript)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "device_health_script_assignments",
            &self.device_health_script_assignments,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceComplianceScriptAssignParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_health_script_assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_health_script_assignments);
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
rt::impl_object!(DeviceComplianceScriptAssignParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceComplianceScriptAssignParams { with_device_health_script_assignments
    device_health_script_assignments : ::std::vec::Vec < crate
    ::beta::DeviceHealthScriptAssignment >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceComplianceScriptAssignParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `deviceManagementScriptGroupAssignments`: `Collection(microsoft.graph.deviceManagementScriptGroupAssignment)`
/// - `deviceManagementScriptAssignments`: `Collection(microsoft.graph.deviceManagementScriptAssignment)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceCustomAttributeShellScriptAssignParams {
    /// CSDL: property `deviceManagementScriptGroupAssignments`: `Collection(microsoft.graph.deviceManagementScriptGroupAssignment)`, nullable.
    pub device_management_script_group_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementScriptGroupAssignment>,
    >,
    /// CSDL: property `deviceManagementScriptAssignments`: `Collection(microsoft.graph.deviceManagementScriptAssignment)`, nullable.
    pub device_management_script_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementScriptAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceCustomAttributeShellScriptAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            device_management_script_group_assignments: rt::Field::Absent,
            device_management_script_assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceCustomAttributeShellScriptAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.deviceCustomAttributeShellScript)";
    const KEYS: &'static [&'static str] = &[
        "deviceManagementScriptGroupAssignments",
        "deviceManagementScriptAssignments",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceManagementScriptGroupAssignments\":",
        ",\"deviceManagementScriptAssignments\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.deviceCustomAttributeShellScript)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "device_management_script_group_assignments",
            &self.device_management_script_group_assignments,
        );
        v.field(
            1usize,
            "device_management_script_assignments",
            &self.device_management_script_assignments,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceCustomAttributeShellScriptAssignParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_management_script_group_assignments.read_from(r),
            1usize => self.device_management_script_assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_management_script_group_assignments);
        w.field(1usize, &self.device_management_script_assignments);
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
rt::impl_object!(DeviceCustomAttributeShellScriptAssignParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceCustomAttributeShellScriptAssignParams {
    with_device_management_script_group_assignments
    device_management_script_group_assignments : ::std::vec::Vec < crate
    ::beta::DeviceManagementScriptGroupAssignment >;
    with_device_management_script_assignments device_management_script_assignments :
    ::std::vec::Vec < crate ::beta::DeviceManagementScriptAssignment >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceCustomAttributeShellScriptAssignParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `enrollmentConfigurationAssignments`: `Collection(microsoft.graph.enrollmentConfigurationAssignment)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceEnrollmentConfigurationAssignParams {
    /// CSDL: property `enrollmentConfigurationAssignments`: `Collection(microsoft.graph.enrollmentConfigurationAssignment)`, nullable.
    pub enrollment_configuration_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::EnrollmentConfigurationAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DeviceEnrollmentConfigurationAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            enrollment_configuration_assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DeviceEnrollmentConfigurationAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.deviceEnrollmentConfiguration)";
    const KEYS: &'static [&'static str] = &["enrollmentConfigurationAssignments"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"enrollmentConfigurationAssignments\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.deviceEnrollmentConfiguration)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "enrollment_configuration_assignments",
            &self.enrollment_configuration_assignments,
        );
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(DeviceEnrollmentConfigurationAssignParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DeviceEnrollmentConfigurationAssignParams { with_enrollment_configuration_assignments
    enrollment_configuration_assignments : ::std::vec::Vec < crate
    ::beta::EnrollmentConfigurationAssignment >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceEnrollmentConfigurationAssignParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `deviceHealthScriptAssignments`: `Collection(microsoft.graph.deviceHealthScriptAssignment)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceHealthScriptAssignParams {
    /// CSDL: property `deviceHealthScriptAssignments`: `Collection(microsoft.graph.deviceHealthScriptAssignment)`, nullable.
    pub device_health_script_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceHealthScriptAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceHealthScriptAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            device_health_script_assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceHealthScriptAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.deviceHealthScript)";
    const KEYS: &'static [&'static str] = &["deviceHealthScriptAssignments"];
    const KEYS_JSON: &'static [&'static str] = &[",\"deviceHealthScriptAssignments\":"];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.deviceHealthScript)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "device_health_script_assignments",
            &self.device_health_script_assignments,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceHealthScriptAssignParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_health_script_assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_health_script_assignments);
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
rt::impl_object!(DeviceHealthScriptAssignParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceHealthScriptAssignParams { with_device_health_script_assignments
    device_health_script_assignments : ::std::vec::Vec < crate
    ::beta::DeviceHealthScriptAssignment >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceHealthScriptAssignParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `assignments`: `Collection(microsoft.graph.deviceManagementConfigurationPolicyAssignment)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationPolicyAssignParams {
    /// CSDL: property `assignments`: `Collection(microsoft.graph.deviceManagementConfigurationPolicyAssignment)`, nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementConfigurationPolicyAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementConfigurationPolicyAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationPolicyAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.deviceManagementConfigurationPolicy)";
    const KEYS: &'static [&'static str] = &["assignments"];
    const KEYS_JSON: &'static [&'static str] = &[",\"assignments\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.deviceManagementConfigurationPolicy)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationPolicyAssignParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementConfigurationPolicyAssignParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationPolicyAssignParams { with_assignments assignments :
    ::std::vec::Vec < crate ::beta::DeviceManagementConfigurationPolicyAssignment >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationPolicyAssignParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `assignments`: `Collection(microsoft.graph.deviceManagementIntentAssignment)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementIntentAssignParams {
    /// CSDL: property `assignments`: `Collection(microsoft.graph.deviceManagementIntentAssignment)`, nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementIntentAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementIntentAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementIntentAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.deviceManagementIntent)";
    const KEYS: &'static [&'static str] = &["assignments"];
    const KEYS_JSON: &'static [&'static str] = &[",\"assignments\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.deviceManagementIntent)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementIntentAssignParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementIntentAssignParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementIntentAssignParams { with_assignments assignments : ::std::vec::Vec <
    crate ::beta::DeviceManagementIntentAssignment >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementIntentAssignParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `assignments`: `Collection(microsoft.graph.deviceManagementResourceAccessProfileAssignment)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementResourceAccessProfileBaseAssignParams {
    /// CSDL: property `assignments`: `Collection(microsoft.graph.deviceManagementResourceAccessProfileAssignment)`, nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementResourceAccessProfileAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementResourceAccessProfileBaseAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementResourceAccessProfileBaseAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.deviceManagementResourceAccessProfileBase)";
    const KEYS: &'static [&'static str] = &["assignments"];
    const KEYS_JSON: &'static [&'static str] = &[",\"assignments\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.deviceManagementResourceAccessProfileBase)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementResourceAccessProfileBaseAssignParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementResourceAccessProfileBaseAssignParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementResourceAccessProfileBaseAssignParams { with_assignments assignments
    : ::std::vec::Vec < crate ::beta::DeviceManagementResourceAccessProfileAssignment >;
    }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementResourceAccessProfileBaseAssignParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.assignedAccessMultiModeProfiles`.
/// - `assignedAccessMultiModeProfiles`: `Collection(microsoft.graph.windowsAssignedAccessProfile)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceConfigurationAssignedAccessMultiModeProfilesParams {
    /// CSDL: property `assignedAccessMultiModeProfiles`: `Collection(microsoft.graph.windowsAssignedAccessProfile)`, nullable.
    pub assigned_access_multi_mode_profiles: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsAssignedAccessProfile>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceConfigurationAssignedAccessMultiModeProfilesParams {
    #[inline]
    fn default() -> Self {
        Self {
            assigned_access_multi_mode_profiles: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceConfigurationAssignedAccessMultiModeProfilesParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assignedAccessMultiModeProfiles(microsoft.graph.deviceConfiguration)";
    const KEYS: &'static [&'static str] = &["assignedAccessMultiModeProfiles"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"assignedAccessMultiModeProfiles\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.assignedAccessMultiModeProfiles(microsoft.graph.deviceConfiguration)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "assigned_access_multi_mode_profiles",
            &self.assigned_access_multi_mode_profiles,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceConfigurationAssignedAccessMultiModeProfilesParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.assigned_access_multi_mode_profiles.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.assigned_access_multi_mode_profiles);
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
rt::impl_object!(DeviceConfigurationAssignedAccessMultiModeProfilesParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceConfigurationAssignedAccessMultiModeProfilesParams {
    with_assigned_access_multi_mode_profiles assigned_access_multi_mode_profiles :
    ::std::vec::Vec < crate ::beta::WindowsAssignedAccessProfile >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceConfigurationAssignedAccessMultiModeProfilesParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.createCopy`.
/// - `displayName`: `Edm.String`
/// - `description`: `Edm.String`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationPolicyCreateCopyParams {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementConfigurationPolicyCreateCopyParams {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            description: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationPolicyCreateCopyParams {
    const TYPE_NAME: &'static str = "microsoft.graph.createCopy(microsoft.graph.deviceManagementConfigurationPolicy)";
    const KEYS: &'static [&'static str] = &["displayName", "description"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"description\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.createCopy(microsoft.graph.deviceManagementConfigurationPolicy)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "description", &self.description);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationPolicyCreateCopyParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.description.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.description);
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
rt::impl_object!(DeviceManagementConfigurationPolicyCreateCopyParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationPolicyCreateCopyParams { with_display_name display_name
    : ::std::string::String; with_description description : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationPolicyCreateCopyParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.createCopy`.
/// - `displayName`: `Edm.String`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementIntentCreateCopyParams {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementIntentCreateCopyParams {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementIntentCreateCopyParams {
    const TYPE_NAME: &'static str = "microsoft.graph.createCopy(microsoft.graph.deviceManagementIntent)";
    const KEYS: &'static [&'static str] = &["displayName"];
    const KEYS_JSON: &'static [&'static str] = &[",\"displayName\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.createCopy(microsoft.graph.deviceManagementIntent)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementIntentCreateCopyParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
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
rt::impl_object!(DeviceManagementIntentCreateCopyParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementIntentCreateCopyParams { with_display_name display_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementIntentCreateCopyParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.createInstance`.
/// - `displayName`: `Edm.String`
/// - `description`: `Edm.String`
/// - `settingsDelta`: `Collection(microsoft.graph.deviceManagementSettingInstance)`
/// - `roleScopeTagIds`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementTemplateCreateInstanceParams {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `settingsDelta`: `Collection(microsoft.graph.deviceManagementSettingInstance)`, nullable.
    pub settings_delta: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceManagementSettingInstance>,
    >,
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementTemplateCreateInstanceParams {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            description: rt::Field::Absent,
            settings_delta: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementTemplateCreateInstanceParams {
    const TYPE_NAME: &'static str = "microsoft.graph.createInstance(microsoft.graph.deviceManagementTemplate)";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "description",
        "settingsDelta",
        "roleScopeTagIds",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"description\":                  ",
        ",\"settingsDelta\":                ",
        ",\"roleScopeTagIds\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.createInstance(microsoft.graph.deviceManagementTemplate)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "settings_delta", &self.settings_delta);
        v.field(3usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementTemplateCreateInstanceParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.settings_delta.read_from(r),
            3usize => self.role_scope_tag_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.description);
        w.field(2usize, &self.settings_delta);
        w.field(3usize, &self.role_scope_tag_ids);
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
rt::impl_object!(DeviceManagementTemplateCreateInstanceParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementTemplateCreateInstanceParams { with_display_name display_name :
    ::std::string::String; with_description description : ::std::string::String;
    with_settings_delta settings_delta : ::std::vec::Vec < crate
    ::beta::AnyDeviceManagementSettingInstance >; with_role_scope_tag_ids
    role_scope_tag_ids : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementTemplateCreateInstanceParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.enable`.
/// - `enable`: `Edm.Boolean`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceAndAppManagementAssignmentFilterCollectionEnableParams {
    /// CSDL: property `enable`: `Edm.Boolean`, not nullable.
    pub enable: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceAndAppManagementAssignmentFilterCollectionEnableParams {
    #[inline]
    fn default() -> Self {
        Self {
            enable: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceAndAppManagementAssignmentFilterCollectionEnableParams {
    const TYPE_NAME: &'static str = "microsoft.graph.enable(Collection(microsoft.graph.deviceAndAppManagementAssignmentFilter))";
    const KEYS: &'static [&'static str] = &["enable"];
    const KEYS_JSON: &'static [&'static str] = &[",\"enable\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.enable(Collection(microsoft.graph.deviceAndAppManagementAssignmentFilter))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "enable", &self.enable);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceAndAppManagementAssignmentFilterCollectionEnableParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.enable.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.enable);
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
rt::impl_object!(DeviceAndAppManagementAssignmentFilterCollectionEnableParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceAndAppManagementAssignmentFilterCollectionEnableParams { with_enable enable :
    bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceAndAppManagementAssignmentFilterCollectionEnableParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getActiveMalwareReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetActiveMalwareReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementReportsGetActiveMalwareReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetActiveMalwareReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getActiveMalwareReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getActiveMalwareReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementReportsGetActiveMalwareReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetActiveMalwareReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetActiveMalwareReportParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_search search : ::std::string::String; with_group_by group_by :
    ::std::vec::Vec < ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetActiveMalwareReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getActiveMalwareSummaryReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetActiveMalwareSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetActiveMalwareSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetActiveMalwareSummaryReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getActiveMalwareSummaryReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getActiveMalwareSummaryReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementReportsGetActiveMalwareSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetActiveMalwareSummaryReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetActiveMalwareSummaryReportParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_search search : ::std::string::String; with_group_by group_by :
    ::std::vec::Vec < ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetActiveMalwareSummaryReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getAllCertificatesReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetAllCertificatesReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementReportsGetAllCertificatesReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetAllCertificatesReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getAllCertificatesReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getAllCertificatesReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementReportsGetAllCertificatesReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetAllCertificatesReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetAllCertificatesReportParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_search search : ::std::string::String; with_group_by group_by :
    ::std::vec::Vec < ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetAllCertificatesReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getAppStatusOverviewReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetAppStatusOverviewReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetAppStatusOverviewReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetAppStatusOverviewReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getAppStatusOverviewReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getAppStatusOverviewReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementReportsGetAppStatusOverviewReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetAppStatusOverviewReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetAppStatusOverviewReportParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_search search : ::std::string::String; with_group_by group_by :
    ::std::vec::Vec < ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetAppStatusOverviewReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getAppsInstallSummaryReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetAppsInstallSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetAppsInstallSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetAppsInstallSummaryReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getAppsInstallSummaryReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getAppsInstallSummaryReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementReportsGetAppsInstallSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetAppsInstallSummaryReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetAppsInstallSummaryReportParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_search search : ::std::string::String; with_group_by group_by :
    ::std::vec::Vec < ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetAppsInstallSummaryReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getAssignmentFiltersStatusDetails`.
/// - `managedDeviceId`: `Edm.String`
/// - `payloadId`: `Edm.String`
/// - `userId`: `Edm.String`
/// - `assignmentFilterIds`: `Collection(Edm.String)`
/// - `top`: `Edm.Int32`
/// - `skip`: `Edm.Int32`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementGetAssignmentFiltersStatusDetailsParams {
    /// CSDL: property `managedDeviceId`: `Edm.String`, nullable.
    pub managed_device_id: rt::Field<::std::string::String>,
    /// CSDL: property `payloadId`: `Edm.String`, nullable.
    pub payload_id: rt::Field<::std::string::String>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// CSDL: property `assignmentFilterIds`: `Collection(Edm.String)`, nullable.
    pub assignment_filter_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementGetAssignmentFiltersStatusDetailsParams {
    #[inline]
    fn default() -> Self {
        Self {
            managed_device_id: rt::Field::Absent,
            payload_id: rt::Field::Absent,
            user_id: rt::Field::Absent,
            assignment_filter_ids: rt::Field::Absent,
            top: rt::Field::Absent,
            skip: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementGetAssignmentFiltersStatusDetailsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getAssignmentFiltersStatusDetails(microsoft.graph.deviceManagement)";
    const KEYS: &'static [&'static str] = &[
        "managedDeviceId",
        "payloadId",
        "userId",
        "assignmentFilterIds",
        "top",
        "skip",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"managedDeviceId\":              ",
        ",\"payloadId\":                    ",
        ",\"userId\":                       ",
        ",\"assignmentFilterIds\":          ",
        ",\"top\":                          ",
        ",\"skip\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getAssignmentFiltersStatusDetails(microsoft.graph.deviceManagement)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "managed_device_id", &self.managed_device_id);
        v.field(1usize, "payload_id", &self.payload_id);
        v.field(2usize, "user_id", &self.user_id);
        v.field(3usize, "assignment_filter_ids", &self.assignment_filter_ids);
        v.field(4usize, "top", &self.top);
        v.field(5usize, "skip", &self.skip);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementGetAssignmentFiltersStatusDetailsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.managed_device_id.read_from(r),
            1usize => self.payload_id.read_from(r),
            2usize => self.user_id.read_from(r),
            3usize => self.assignment_filter_ids.read_from(r),
            4usize => self.top.read_from(r),
            5usize => self.skip.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.managed_device_id);
        w.field(1usize, &self.payload_id);
        w.field(2usize, &self.user_id);
        w.field(3usize, &self.assignment_filter_ids);
        w.field(4usize, &self.top);
        w.field(5usize, &self.skip);
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
rt::impl_object!(DeviceManagementGetAssignmentFiltersStatusDetailsParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementGetAssignmentFiltersStatusDetailsParams { with_managed_device_id
    managed_device_id : ::std::string::String; with_payload_id payload_id :
    ::std::string::String; with_user_id user_id : ::std::string::String;
    with_assignment_filter_ids assignment_filter_ids : ::std::vec::Vec <
    ::std::string::String >; with_top top : i32; with_skip skip : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementGetAssignmentFiltersStatusDetailsParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getCachedReport`.
/// - `id`: `Edm.String`
/// - `select`: `Collection(Edm.String)`
/// - `search`: `Edm.String`
/// - `groupBy`: `Collection(Edm.String)`
/// - `orderBy`: `Collection(Edm.String)`
/// - `skip`: `Edm.Int32`
/// - `top`: `Edm.Int32`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetCachedReportParams {
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
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
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementReportsGetCachedReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            select: rt::Field::Absent,
            search: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetCachedReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getCachedReport(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "id",
        "select",
        "search",
        "groupBy",
        "orderBy",
        "skip",
        "top",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getCachedReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementReportsGetCachedReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.search.read_from(r),
            3usize => self.group_by.read_from(r),
            4usize => self.order_by.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.select);
        w.field(2usize, &self.search);
        w.field(3usize, &self.group_by);
        w.field(4usize, &self.order_by);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetCachedReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetCachedReportParams { with_id id : ::std::string::String;
    with_select select : ::std::vec::Vec < ::std::string::String >; with_search search :
    ::std::string::String; with_group_by group_by : ::std::vec::Vec <
    ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_skip skip : i32; with_top top : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetCachedReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getCertificatesReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetCertificatesReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementReportsGetCertificatesReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetCertificatesReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getCertificatesReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getCertificatesReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementReportsGetCertificatesReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetCertificatesReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetCertificatesReportParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_search search : ::std::string::String; with_group_by group_by :
    ::std::vec::Vec < ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetCertificatesReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getCompliancePolicyNonComplianceReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetCompliancePolicyNonComplianceReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetCompliancePolicyNonComplianceReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetCompliancePolicyNonComplianceReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getCompliancePolicyNonComplianceReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getCompliancePolicyNonComplianceReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetCompliancePolicyNonComplianceReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetCompliancePolicyNonComplianceReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetCompliancePolicyNonComplianceReportParams { with_name name
    : ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_search search : ::std::string::String; with_group_by group_by :
    ::std::vec::Vec < ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetCompliancePolicyNonComplianceReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getCompliancePolicyNonComplianceSummaryReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetCompliancePolicyNonComplianceSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetCompliancePolicyNonComplianceSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object
for DeviceManagementReportsGetCompliancePolicyNonComplianceSummaryReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getCompliancePolicyNonComplianceSummaryReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getCompliancePolicyNonComplianceSummaryReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetCompliancePolicyNonComplianceSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(
    DeviceManagementReportsGetCompliancePolicyNonComplianceSummaryReportParams
);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetCompliancePolicyNonComplianceSummaryReportParams {
    with_name name : ::std::string::String; with_select select : ::std::vec::Vec <
    ::std::string::String >; with_search search : ::std::string::String; with_group_by
    group_by : ::std::vec::Vec < ::std::string::String >; with_order_by order_by :
    ::std::vec::Vec < ::std::string::String >; with_skip skip : i32; with_top top : i32;
    with_session_id session_id : ::std::string::String; with_filter filter :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(
    DeviceManagementReportsGetCompliancePolicyNonComplianceSummaryReportParams
);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getComplianceSettingNonComplianceReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetComplianceSettingNonComplianceReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetComplianceSettingNonComplianceReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object
for DeviceManagementReportsGetComplianceSettingNonComplianceReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getComplianceSettingNonComplianceReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getComplianceSettingNonComplianceReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetComplianceSettingNonComplianceReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetComplianceSettingNonComplianceReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetComplianceSettingNonComplianceReportParams { with_name name
    : ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_search search : ::std::string::String; with_group_by group_by :
    ::std::vec::Vec < ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetComplianceSettingNonComplianceReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getConfigManagerDevicePolicyStatusReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetConfigManagerDevicePolicyStatusReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetConfigManagerDevicePolicyStatusReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object
for DeviceManagementReportsGetConfigManagerDevicePolicyStatusReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getConfigManagerDevicePolicyStatusReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getConfigManagerDevicePolicyStatusReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetConfigManagerDevicePolicyStatusReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetConfigManagerDevicePolicyStatusReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetConfigManagerDevicePolicyStatusReportParams { with_name
    name : ::std::string::String; with_select select : ::std::vec::Vec <
    ::std::string::String >; with_search search : ::std::string::String; with_group_by
    group_by : ::std::vec::Vec < ::std::string::String >; with_order_by order_by :
    ::std::vec::Vec < ::std::string::String >; with_skip skip : i32; with_top top : i32;
    with_session_id session_id : ::std::string::String; with_filter filter :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetConfigManagerDevicePolicyStatusReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getConfigurationPoliciesReportForDevice`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetConfigurationPoliciesReportForDeviceParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetConfigurationPoliciesReportForDeviceParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object
for DeviceManagementReportsGetConfigurationPoliciesReportForDeviceParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getConfigurationPoliciesReportForDevice(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getConfigurationPoliciesReportForDevice(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetConfigurationPoliciesReportForDeviceParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetConfigurationPoliciesReportForDeviceParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetConfigurationPoliciesReportForDeviceParams { with_name name
    : ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_search search : ::std::string::String; with_group_by group_by :
    ::std::vec::Vec < ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetConfigurationPoliciesReportForDeviceParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getConfigurationPolicyDeviceSummaryReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetConfigurationPolicyDeviceSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetConfigurationPolicyDeviceSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object
for DeviceManagementReportsGetConfigurationPolicyDeviceSummaryReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getConfigurationPolicyDeviceSummaryReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getConfigurationPolicyDeviceSummaryReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetConfigurationPolicyDeviceSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetConfigurationPolicyDeviceSummaryReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetConfigurationPolicyDeviceSummaryReportParams { with_name
    name : ::std::string::String; with_select select : ::std::vec::Vec <
    ::std::string::String >; with_search search : ::std::string::String; with_group_by
    group_by : ::std::vec::Vec < ::std::string::String >; with_order_by order_by :
    ::std::vec::Vec < ::std::string::String >; with_skip skip : i32; with_top top : i32;
    with_session_id session_id : ::std::string::String; with_filter filter :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetConfigurationPolicyDeviceSummaryReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getConfigurationPolicyDevicesReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetConfigurationPolicyDevicesReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetConfigurationPolicyDevicesReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetConfigurationPolicyDevicesReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getConfigurationPolicyDevicesReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getConfigurationPolicyDevicesReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetConfigurationPolicyDevicesReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetConfigurationPolicyDevicesReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetConfigurationPolicyDevicesReportParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_search search : ::std::string::String; with_group_by group_by :
    ::std::vec::Vec < ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetConfigurationPolicyDevicesReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getConfigurationPolicyNonComplianceReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetConfigurationPolicyNonComplianceReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetConfigurationPolicyNonComplianceReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object
for DeviceManagementReportsGetConfigurationPolicyNonComplianceReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getConfigurationPolicyNonComplianceReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getConfigurationPolicyNonComplianceReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetConfigurationPolicyNonComplianceReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetConfigurationPolicyNonComplianceReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetConfigurationPolicyNonComplianceReportParams { with_name
    name : ::std::string::String; with_select select : ::std::vec::Vec <
    ::std::string::String >; with_search search : ::std::string::String; with_group_by
    group_by : ::std::vec::Vec < ::std::string::String >; with_order_by order_by :
    ::std::vec::Vec < ::std::string::String >; with_skip skip : i32; with_top top : i32;
    with_session_id session_id : ::std::string::String; with_filter filter :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetConfigurationPolicyNonComplianceReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getConfigurationPolicyNonComplianceSummaryReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetConfigurationPolicyNonComplianceSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetConfigurationPolicyNonComplianceSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object
for DeviceManagementReportsGetConfigurationPolicyNonComplianceSummaryReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getConfigurationPolicyNonComplianceSummaryReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getConfigurationPolicyNonComplianceSummaryReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetConfigurationPolicyNonComplianceSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(
    DeviceManagementReportsGetConfigurationPolicyNonComplianceSummaryReportParams
);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetConfigurationPolicyNonComplianceSummaryReportParams {
    with_name name : ::std::string::String; with_select select : ::std::vec::Vec <
    ::std::string::String >; with_search search : ::std::string::String; with_group_by
    group_by : ::std::vec::Vec < ::std::string::String >; with_order_by order_by :
    ::std::vec::Vec < ::std::string::String >; with_skip skip : i32; with_top top : i32;
    with_session_id session_id : ::std::string::String; with_filter filter :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(
    DeviceManagementReportsGetConfigurationPolicyNonComplianceSummaryReportParams
);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getConfigurationPolicySettingsDeviceSummaryReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetConfigurationPolicySettingsDeviceSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetConfigurationPolicySettingsDeviceSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object
for DeviceManagementReportsGetConfigurationPolicySettingsDeviceSummaryReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getConfigurationPolicySettingsDeviceSummaryReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getConfigurationPolicySettingsDeviceSummaryReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetConfigurationPolicySettingsDeviceSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(
    DeviceManagementReportsGetConfigurationPolicySettingsDeviceSummaryReportParams
);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetConfigurationPolicySettingsDeviceSummaryReportParams {
    with_name name : ::std::string::String; with_select select : ::std::vec::Vec <
    ::std::string::String >; with_search search : ::std::string::String; with_group_by
    group_by : ::std::vec::Vec < ::std::string::String >; with_order_by order_by :
    ::std::vec::Vec < ::std::string::String >; with_skip skip : i32; with_top top : i32;
    with_session_id session_id : ::std::string::String; with_filter filter :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(
    DeviceManagementReportsGetConfigurationPolicySettingsDeviceSummaryReportParams
);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getConfigurationSettingDetailsReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetConfigurationSettingDetailsReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetConfigurationSettingDetailsReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetConfigurationSettingDetailsReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getConfigurationSettingDetailsReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getConfigurationSettingDetailsReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetConfigurationSettingDetailsReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetConfigurationSettingDetailsReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetConfigurationSettingDetailsReportParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_search search : ::std::string::String; with_group_by group_by :
    ::std::vec::Vec < ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetConfigurationSettingDetailsReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getConfigurationSettingNonComplianceReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetConfigurationSettingNonComplianceReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetConfigurationSettingNonComplianceReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object
for DeviceManagementReportsGetConfigurationSettingNonComplianceReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getConfigurationSettingNonComplianceReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getConfigurationSettingNonComplianceReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetConfigurationSettingNonComplianceReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(
    DeviceManagementReportsGetConfigurationSettingNonComplianceReportParams
);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetConfigurationSettingNonComplianceReportParams { with_name
    name : ::std::string::String; with_select select : ::std::vec::Vec <
    ::std::string::String >; with_search search : ::std::string::String; with_group_by
    group_by : ::std::vec::Vec < ::std::string::String >; with_order_by order_by :
    ::std::vec::Vec < ::std::string::String >; with_skip skip : i32; with_top top : i32;
    with_session_id session_id : ::std::string::String; with_filter filter :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetConfigurationSettingNonComplianceReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getConfigurationSettingsReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetConfigurationSettingsReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetConfigurationSettingsReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetConfigurationSettingsReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getConfigurationSettingsReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getConfigurationSettingsReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetConfigurationSettingsReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetConfigurationSettingsReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetConfigurationSettingsReportParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_search search : ::std::string::String; with_group_by group_by :
    ::std::vec::Vec < ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetConfigurationSettingsReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getDeviceInstallStatusReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetDeviceInstallStatusReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetDeviceInstallStatusReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetDeviceInstallStatusReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getDeviceInstallStatusReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getDeviceInstallStatusReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementReportsGetDeviceInstallStatusReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetDeviceInstallStatusReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetDeviceInstallStatusReportParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_search search : ::std::string::String; with_group_by group_by :
    ::std::vec::Vec < ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetDeviceInstallStatusReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getDeviceManagementIntentSettingsReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetDeviceManagementIntentSettingsReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetDeviceManagementIntentSettingsReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object
for DeviceManagementReportsGetDeviceManagementIntentSettingsReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getDeviceManagementIntentSettingsReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getDeviceManagementIntentSettingsReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetDeviceManagementIntentSettingsReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetDeviceManagementIntentSettingsReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetDeviceManagementIntentSettingsReportParams { with_name name
    : ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_search search : ::std::string::String; with_group_by group_by :
    ::std::vec::Vec < ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetDeviceManagementIntentSettingsReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getDeviceNonComplianceReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetDeviceNonComplianceReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetDeviceNonComplianceReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetDeviceNonComplianceReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getDeviceNonComplianceReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getDeviceNonComplianceReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementReportsGetDeviceNonComplianceReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetDeviceNonComplianceReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetDeviceNonComplianceReportParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_search search : ::std::string::String; with_group_by group_by :
    ::std::vec::Vec < ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetDeviceNonComplianceReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getFailedMobileAppsReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetFailedMobileAppsReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementReportsGetFailedMobileAppsReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetFailedMobileAppsReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getFailedMobileAppsReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getFailedMobileAppsReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementReportsGetFailedMobileAppsReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetFailedMobileAppsReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetFailedMobileAppsReportParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_search search : ::std::string::String; with_group_by group_by :
    ::std::vec::Vec < ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetFailedMobileAppsReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getFailedMobileAppsSummaryReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetFailedMobileAppsSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetFailedMobileAppsSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetFailedMobileAppsSummaryReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getFailedMobileAppsSummaryReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getFailedMobileAppsSummaryReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetFailedMobileAppsSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetFailedMobileAppsSummaryReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetFailedMobileAppsSummaryReportParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_search search : ::std::string::String; with_group_by group_by :
    ::std::vec::Vec < ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetFailedMobileAppsSummaryReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getHistoricalReport`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`
/// - `search`: `Edm.String`
/// - `groupBy`: `Collection(Edm.String)`
/// - `orderBy`: `Collection(Edm.String)`
/// - `skip`: `Edm.Int32`
/// - `top`: `Edm.Int32`
/// - `filter`: `Edm.String`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetHistoricalReportParams {
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
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementReportsGetHistoricalReportParams {
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
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetHistoricalReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getHistoricalReport(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "search",
        "groupBy",
        "orderBy",
        "skip",
        "top",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getHistoricalReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementReportsGetHistoricalReportParams {
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
            7usize => self.filter.read_from(r),
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetHistoricalReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetHistoricalReportParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_search search : ::std::string::String; with_group_by group_by :
    ::std::vec::Vec < ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_skip skip : i32; with_top top : i32; with_filter filter
    : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetHistoricalReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getMalwareSummaryReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetMalwareSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementReportsGetMalwareSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetMalwareSummaryReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getMalwareSummaryReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getMalwareSummaryReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementReportsGetMalwareSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetMalwareSummaryReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetMalwareSummaryReportParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_search search : ::std::string::String; with_group_by group_by :
    ::std::vec::Vec < ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetMalwareSummaryReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getPolicyNonComplianceMetadata`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetPolicyNonComplianceMetadataParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetPolicyNonComplianceMetadataParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetPolicyNonComplianceMetadataParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getPolicyNonComplianceMetadata(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getPolicyNonComplianceMetadata(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetPolicyNonComplianceMetadataParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetPolicyNonComplianceMetadataParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetPolicyNonComplianceMetadataParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_search search : ::std::string::String; with_group_by group_by :
    ::std::vec::Vec < ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetPolicyNonComplianceMetadataParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getPolicyNonComplianceReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetPolicyNonComplianceReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetPolicyNonComplianceReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetPolicyNonComplianceReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getPolicyNonComplianceReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getPolicyNonComplianceReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementReportsGetPolicyNonComplianceReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetPolicyNonComplianceReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetPolicyNonComplianceReportParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_search search : ::std::string::String; with_group_by group_by :
    ::std::vec::Vec < ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetPolicyNonComplianceReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getPolicyNonComplianceSummaryReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetPolicyNonComplianceSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetPolicyNonComplianceSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetPolicyNonComplianceSummaryReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getPolicyNonComplianceSummaryReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getPolicyNonComplianceSummaryReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetPolicyNonComplianceSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetPolicyNonComplianceSummaryReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetPolicyNonComplianceSummaryReportParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_search search : ::std::string::String; with_group_by group_by :
    ::std::vec::Vec < ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetPolicyNonComplianceSummaryReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getRelatedAppsStatusReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetRelatedAppsStatusReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetRelatedAppsStatusReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetRelatedAppsStatusReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getRelatedAppsStatusReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getRelatedAppsStatusReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementReportsGetRelatedAppsStatusReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetRelatedAppsStatusReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetRelatedAppsStatusReportParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_search search : ::std::string::String; with_group_by group_by :
    ::std::vec::Vec < ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetRelatedAppsStatusReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getReportFilters`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetReportFiltersParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementReportsGetReportFiltersParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetReportFiltersParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getReportFilters(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getReportFilters(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementReportsGetReportFiltersParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetReportFiltersParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetReportFiltersParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_search search : ::std::string::String; with_group_by group_by :
    ::std::vec::Vec < ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetReportFiltersParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getSettingNonComplianceReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetSettingNonComplianceReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetSettingNonComplianceReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetSettingNonComplianceReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getSettingNonComplianceReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getSettingNonComplianceReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementReportsGetSettingNonComplianceReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetSettingNonComplianceReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetSettingNonComplianceReportParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_search search : ::std::string::String; with_group_by group_by :
    ::std::vec::Vec < ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetSettingNonComplianceReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getTargetedUsersAndDevices`.
/// - `deviceConfigurationIds`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams {
    /// CSDL: property `deviceConfigurationIds`: `Collection(Edm.String)`, nullable.
    pub device_configuration_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams {
    #[inline]
    fn default() -> Self {
        Self {
            device_configuration_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getTargetedUsersAndDevices(Collection(microsoft.graph.deviceConfiguration))";
    const KEYS: &'static [&'static str] = &["deviceConfigurationIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"deviceConfigurationIds\":       "];
    const TAG: &'static str = "\"#microsoft.graph.getTargetedUsersAndDevices(Collection(microsoft.graph.deviceConfiguration))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "device_configuration_ids", &self.device_configuration_ids);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_configuration_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_configuration_ids);
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
rt::impl_object!(DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams {
    with_device_configuration_ids device_configuration_ids : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getUnhealthyDefenderAgentsReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetUnhealthyDefenderAgentsReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetUnhealthyDefenderAgentsReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetUnhealthyDefenderAgentsReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getUnhealthyDefenderAgentsReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getUnhealthyDefenderAgentsReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetUnhealthyDefenderAgentsReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetUnhealthyDefenderAgentsReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetUnhealthyDefenderAgentsReportParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_search search : ::std::string::String; with_group_by group_by :
    ::std::vec::Vec < ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetUnhealthyDefenderAgentsReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getUnhealthyFirewallReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetUnhealthyFirewallReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetUnhealthyFirewallReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetUnhealthyFirewallReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getUnhealthyFirewallReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getUnhealthyFirewallReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementReportsGetUnhealthyFirewallReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetUnhealthyFirewallReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetUnhealthyFirewallReportParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_search search : ::std::string::String; with_group_by group_by :
    ::std::vec::Vec < ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetUnhealthyFirewallReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getUnhealthyFirewallSummaryReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetUnhealthyFirewallSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetUnhealthyFirewallSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetUnhealthyFirewallSummaryReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getUnhealthyFirewallSummaryReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getUnhealthyFirewallSummaryReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetUnhealthyFirewallSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetUnhealthyFirewallSummaryReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetUnhealthyFirewallSummaryReportParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_search search : ::std::string::String; with_group_by group_by :
    ::std::vec::Vec < ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetUnhealthyFirewallSummaryReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getUserInstallStatusReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetUserInstallStatusReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetUserInstallStatusReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetUserInstallStatusReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getUserInstallStatusReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getUserInstallStatusReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementReportsGetUserInstallStatusReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetUserInstallStatusReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetUserInstallStatusReportParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_search search : ::std::string::String; with_group_by group_by :
    ::std::vec::Vec < ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetUserInstallStatusReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getWindowsQualityUpdateAlertSummaryReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetWindowsQualityUpdateAlertSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetWindowsQualityUpdateAlertSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object
for DeviceManagementReportsGetWindowsQualityUpdateAlertSummaryReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getWindowsQualityUpdateAlertSummaryReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getWindowsQualityUpdateAlertSummaryReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetWindowsQualityUpdateAlertSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetWindowsQualityUpdateAlertSummaryReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetWindowsQualityUpdateAlertSummaryReportParams { with_name
    name : ::std::string::String; with_select select : ::std::vec::Vec <
    ::std::string::String >; with_search search : ::std::string::String; with_group_by
    group_by : ::std::vec::Vec < ::std::string::String >; with_order_by order_by :
    ::std::vec::Vec < ::std::string::String >; with_skip skip : i32; with_top top : i32;
    with_session_id session_id : ::std::string::String; with_filter filter :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetWindowsQualityUpdateAlertSummaryReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getWindowsQualityUpdateAlertsPerPolicyPerDeviceReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetWindowsQualityUpdateAlertsPerPolicyPerDeviceReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetWindowsQualityUpdateAlertsPerPolicyPerDeviceReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object
for DeviceManagementReportsGetWindowsQualityUpdateAlertsPerPolicyPerDeviceReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getWindowsQualityUpdateAlertsPerPolicyPerDeviceReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getWindowsQualityUpdateAlertsPerPolicyPerDeviceReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetWindowsQualityUpdateAlertsPerPolicyPerDeviceReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(
    DeviceManagementReportsGetWindowsQualityUpdateAlertsPerPolicyPerDeviceReportParams
);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetWindowsQualityUpdateAlertsPerPolicyPerDeviceReportParams {
    with_name name : ::std::string::String; with_select select : ::std::vec::Vec <
    ::std::string::String >; with_search search : ::std::string::String; with_group_by
    group_by : ::std::vec::Vec < ::std::string::String >; with_order_by order_by :
    ::std::vec::Vec < ::std::string::String >; with_skip skip : i32; with_top top : i32;
    with_session_id session_id : ::std::string::String; with_filter filter :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(
    DeviceManagementReportsGetWindowsQualityUpdateAlertsPerPolicyPerDeviceReportParams
);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getWindowsUpdateAlertSummaryReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetWindowsUpdateAlertSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetWindowsUpdateAlertSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetWindowsUpdateAlertSummaryReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getWindowsUpdateAlertSummaryReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getWindowsUpdateAlertSummaryReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetWindowsUpdateAlertSummaryReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetWindowsUpdateAlertSummaryReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetWindowsUpdateAlertSummaryReportParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_search search : ::std::string::String; with_group_by group_by :
    ::std::vec::Vec < ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetWindowsUpdateAlertSummaryReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getWindowsUpdateAlertsPerPolicyPerDeviceReport`.
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetWindowsUpdateAlertsPerPolicyPerDeviceReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetWindowsUpdateAlertsPerPolicyPerDeviceReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object
for DeviceManagementReportsGetWindowsUpdateAlertsPerPolicyPerDeviceReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getWindowsUpdateAlertsPerPolicyPerDeviceReport(microsoft.graph.deviceManagementReports)";
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
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getWindowsUpdateAlertsPerPolicyPerDeviceReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetWindowsUpdateAlertsPerPolicyPerDeviceReportParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(
    DeviceManagementReportsGetWindowsUpdateAlertsPerPolicyPerDeviceReportParams
);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetWindowsUpdateAlertsPerPolicyPerDeviceReportParams {
    with_name name : ::std::string::String; with_select select : ::std::vec::Vec <
    ::std::string::String >; with_search search : ::std::string::String; with_group_by
    group_by : ::std::vec::Vec < ::std::string::String >; with_order_by order_by :
    ::std::vec::Vec < ::std::string::String >; with_skip skip : i32; with_top top : i32;
    with_session_id session_id : ::std::string::String; with_filter filter :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(
    DeviceManagementReportsGetWindowsUpdateAlertsPerPolicyPerDeviceReportParams
);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.hasPayloadLinks`.
/// - `payloadIds`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementScriptCollectionHasPayloadLinksParams {
    /// CSDL: property `payloadIds`: `Collection(Edm.String)`, nullable.
    pub payload_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementScriptCollectionHasPayloadLinksParams {
    #[inline]
    fn default() -> Self {
        Self {
            payload_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementScriptCollectionHasPayloadLinksParams {
    const TYPE_NAME: &'static str = "microsoft.graph.hasPayloadLinks(Collection(microsoft.graph.deviceManagementScript))";
    const KEYS: &'static [&'static str] = &["payloadIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"payloadIds\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.hasPayloadLinks(Collection(microsoft.graph.deviceManagementScript))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "payload_ids", &self.payload_ids);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementScriptCollectionHasPayloadLinksParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.payload_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.payload_ids);
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
rt::impl_object!(DeviceManagementScriptCollectionHasPayloadLinksParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementScriptCollectionHasPayloadLinksParams { with_payload_ids payload_ids
    : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementScriptCollectionHasPayloadLinksParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.hasPayloadLinks`.
/// - `payloadIds`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceCompliancePolicyCollectionHasPayloadLinksParams {
    /// CSDL: property `payloadIds`: `Collection(Edm.String)`, nullable.
    pub payload_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceCompliancePolicyCollectionHasPayloadLinksParams {
    #[inline]
    fn default() -> Self {
        Self {
            payload_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceCompliancePolicyCollectionHasPayloadLinksParams {
    const TYPE_NAME: &'static str = "microsoft.graph.hasPayloadLinks(Collection(microsoft.graph.deviceCompliancePolicy))";
    const KEYS: &'static [&'static str] = &["payloadIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"payloadIds\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.hasPayloadLinks(Collection(microsoft.graph.deviceCompliancePolicy))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "payload_ids", &self.payload_ids);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceCompliancePolicyCollectionHasPayloadLinksParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.payload_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.payload_ids);
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
rt::impl_object!(DeviceCompliancePolicyCollectionHasPayloadLinksParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceCompliancePolicyCollectionHasPayloadLinksParams { with_payload_ids payload_ids
    : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceCompliancePolicyCollectionHasPayloadLinksParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.hasPayloadLinks`.
/// - `payloadIds`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceConfigurationCollectionHasPayloadLinksParams {
    /// CSDL: property `payloadIds`: `Collection(Edm.String)`, nullable.
    pub payload_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceConfigurationCollectionHasPayloadLinksParams {
    #[inline]
    fn default() -> Self {
        Self {
            payload_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceConfigurationCollectionHasPayloadLinksParams {
    const TYPE_NAME: &'static str = "microsoft.graph.hasPayloadLinks(Collection(microsoft.graph.deviceConfiguration))";
    const KEYS: &'static [&'static str] = &["payloadIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"payloadIds\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.hasPayloadLinks(Collection(microsoft.graph.deviceConfiguration))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "payload_ids", &self.payload_ids);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceConfigurationCollectionHasPayloadLinksParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.payload_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.payload_ids);
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
rt::impl_object!(DeviceConfigurationCollectionHasPayloadLinksParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceConfigurationCollectionHasPayloadLinksParams { with_payload_ids payload_ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceConfigurationCollectionHasPayloadLinksParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.hasPayloadLinks`.
/// - `payloadIds`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceEnrollmentConfigurationCollectionHasPayloadLinksParams {
    /// CSDL: property `payloadIds`: `Collection(Edm.String)`, nullable.
    pub payload_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default
for DeviceEnrollmentConfigurationCollectionHasPayloadLinksParams {
    #[inline]
    fn default() -> Self {
        Self {
            payload_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DeviceEnrollmentConfigurationCollectionHasPayloadLinksParams {
    const TYPE_NAME: &'static str = "microsoft.graph.hasPayloadLinks(Collection(microsoft.graph.deviceEnrollmentConfiguration))";
    const KEYS: &'static [&'static str] = &["payloadIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"payloadIds\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.hasPayloadLinks(Collection(microsoft.graph.deviceEnrollmentConfiguration))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "payload_ids", &self.payload_ids);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members
for DeviceEnrollmentConfigurationCollectionHasPayloadLinksParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.payload_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.payload_ids);
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
rt::impl_object!(DeviceEnrollmentConfigurationCollectionHasPayloadLinksParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DeviceEnrollmentConfigurationCollectionHasPayloadLinksParams { with_payload_ids
    payload_ids : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceEnrollmentConfigurationCollectionHasPayloadLinksParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.migrateToTemplate`.
/// - `newTemplateId`: `Edm.String`
/// - `preserveCustomValues`: `Edm.Boolean`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementIntentMigrateToTemplateParams {
    /// CSDL: property `newTemplateId`: `Edm.String`, nullable.
    pub new_template_id: rt::Field<::std::string::String>,
    /// CSDL: property `preserveCustomValues`: `Edm.Boolean`, not nullable.
    pub preserve_custom_values: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementIntentMigrateToTemplateParams {
    #[inline]
    fn default() -> Self {
        Self {
            new_template_id: rt::Field::Absent,
            preserve_custom_values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementIntentMigrateToTemplateParams {
    const TYPE_NAME: &'static str = "microsoft.graph.migrateToTemplate(microsoft.graph.deviceManagementIntent)";
    const KEYS: &'static [&'static str] = &["newTemplateId", "preserveCustomValues"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"newTemplateId\":                ",
        ",\"preserveCustomValues\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.migrateToTemplate(microsoft.graph.deviceManagementIntent)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "new_template_id", &self.new_template_id);
        v.field(1usize, "preserve_custom_values", &self.preserve_custom_values);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementIntentMigrateToTemplateParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.new_template_id.read_from(r),
            1usize => self.preserve_custom_values.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.new_template_id);
        w.field(1usize, &self.preserve_custom_values);
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
rt::impl_object!(DeviceManagementIntentMigrateToTemplateParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementIntentMigrateToTemplateParams { with_new_template_id new_template_id
    : ::std::string::String; with_preserve_custom_values preserve_custom_values : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementIntentMigrateToTemplateParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.scheduleActionsForRules`.
/// - `deviceComplianceScheduledActionForRules`: `Collection(microsoft.graph.deviceComplianceScheduledActionForRule)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceCompliancePolicyScheduleActionsForRulesParams {
    /// CSDL: property `deviceComplianceScheduledActionForRules`: `Collection(microsoft.graph.deviceComplianceScheduledActionForRule)`, nullable.
    pub device_compliance_scheduled_action_for_rules: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceComplianceScheduledActionForRule>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceCompliancePolicyScheduleActionsForRulesParams {
    #[inline]
    fn default() -> Self {
        Self {
            device_compliance_scheduled_action_for_rules: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceCompliancePolicyScheduleActionsForRulesParams {
    const TYPE_NAME: &'static str = "microsoft.graph.scheduleActionsForRules(microsoft.graph.deviceCompliancePolicy)";
    const KEYS: &'static [&'static str] = &["deviceComplianceScheduledActionForRules"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceComplianceScheduledActionForRules\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.scheduleActionsForRules(microsoft.graph.deviceCompliancePolicy)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "device_compliance_scheduled_action_for_rules",
            &self.device_compliance_scheduled_action_for_rules,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceCompliancePolicyScheduleActionsForRulesParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceCompliancePolicyScheduleActionsForRulesParams {
    with_device_compliance_scheduled_action_for_rules
    device_compliance_scheduled_action_for_rules : ::std::vec::Vec < crate
    ::beta::DeviceComplianceScheduledActionForRule >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceCompliancePolicyScheduleActionsForRulesParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.sendCustomNotificationToCompanyPortal`.
/// - `notificationTitle`: `Edm.String`
/// - `notificationBody`: `Edm.String`
/// - `groupsToNotify`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementSendCustomNotificationToCompanyPortalParams {
    /// CSDL: property `notificationTitle`: `Edm.String`, nullable.
    pub notification_title: rt::Field<::std::string::String>,
    /// CSDL: property `notificationBody`: `Edm.String`, nullable.
    pub notification_body: rt::Field<::std::string::String>,
    /// CSDL: property `groupsToNotify`: `Collection(Edm.String)`, nullable.
    pub groups_to_notify: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementSendCustomNotificationToCompanyPortalParams {
    #[inline]
    fn default() -> Self {
        Self {
            notification_title: rt::Field::Absent,
            notification_body: rt::Field::Absent,
            groups_to_notify: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementSendCustomNotificationToCompanyPortalParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sendCustomNotificationToCompanyPortal(microsoft.graph.deviceManagement)";
    const KEYS: &'static [&'static str] = &[
        "notificationTitle",
        "notificationBody",
        "groupsToNotify",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"notificationTitle\":            ",
        ",\"notificationBody\":             ",
        ",\"groupsToNotify\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sendCustomNotificationToCompanyPortal(microsoft.graph.deviceManagement)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "notification_title", &self.notification_title);
        v.field(1usize, "notification_body", &self.notification_body);
        v.field(2usize, "groups_to_notify", &self.groups_to_notify);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementSendCustomNotificationToCompanyPortalParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.notification_title.read_from(r),
            1usize => self.notification_body.read_from(r),
            2usize => self.groups_to_notify.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.notification_title);
        w.field(1usize, &self.notification_body);
        w.field(2usize, &self.groups_to_notify);
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
rt::impl_object!(DeviceManagementSendCustomNotificationToCompanyPortalParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementSendCustomNotificationToCompanyPortalParams { with_notification_title
    notification_title : ::std::string::String; with_notification_body notification_body
    : ::std::string::String; with_groups_to_notify groups_to_notify : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementSendCustomNotificationToCompanyPortalParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.setPriority`.
/// - `priority`: `Edm.Int32`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceEnrollmentConfigurationSetPriorityParams {
    /// CSDL: property `priority`: `Edm.Int32`, not nullable.
    pub priority: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DeviceEnrollmentConfigurationSetPriorityParams {
    #[inline]
    fn default() -> Self {
        Self {
            priority: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DeviceEnrollmentConfigurationSetPriorityParams {
    const TYPE_NAME: &'static str = "microsoft.graph.setPriority(microsoft.graph.deviceEnrollmentConfiguration)";
    const KEYS: &'static [&'static str] = &["priority"];
    const KEYS_JSON: &'static [&'static str] = &[",\"priority\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.setPriority(microsoft.graph.deviceEnrollmentConfiguration)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "priority", &self.priority);
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(DeviceEnrollmentConfigurationSetPriorityParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DeviceEnrollmentConfigurationSetPriorityParams { with_priority priority : i32; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceEnrollmentConfigurationSetPriorityParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.setScheduledRetireState`.
/// - `state`: `microsoft.graph.scheduledRetireState`
/// - `managedDeviceIds`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceCompliancePolicyCollectionSetScheduledRetireStateParams {
    /// CSDL: property `state`: `microsoft.graph.scheduledRetireState`, not nullable.
    pub state: rt::Field<crate::beta::ScheduledRetireState>,
    /// CSDL: property `managedDeviceIds`: `Collection(Edm.String)`, nullable.
    pub managed_device_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceCompliancePolicyCollectionSetScheduledRetireStateParams {
    #[inline]
    fn default() -> Self {
        Self {
            state: rt::Field::Absent,
            managed_device_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceCompliancePolicyCollectionSetScheduledRetireStateParams {
    const TYPE_NAME: &'static str = "microsoft.graph.setScheduledRetireState(Collection(microsoft.graph.deviceCompliancePolicy))";
    const KEYS: &'static [&'static str] = &["state", "managedDeviceIds"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"state\":                        ",
        ",\"managedDeviceIds\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.setScheduledRetireState(Collection(microsoft.graph.deviceCompliancePolicy))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "state", &self.state);
        v.field(1usize, "managed_device_ids", &self.managed_device_ids);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceCompliancePolicyCollectionSetScheduledRetireStateParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.state.read_from(r),
            1usize => self.managed_device_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.state);
        w.field(1usize, &self.managed_device_ids);
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
rt::impl_object!(DeviceCompliancePolicyCollectionSetScheduledRetireStateParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceCompliancePolicyCollectionSetScheduledRetireStateParams { with_state state :
    crate ::beta::ScheduledRetireState; with_managed_device_ids managed_device_ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceCompliancePolicyCollectionSetScheduledRetireStateParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.sync`.
/// - `syncType`: `microsoft.graph.deviceManagementExchangeConnectorSyncType`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementExchangeConnectorSyncParams {
    /// CSDL: property `syncType`: `microsoft.graph.deviceManagementExchangeConnectorSyncType`, not nullable.
    pub sync_type: rt::Field<crate::beta::DeviceManagementExchangeConnectorSyncType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementExchangeConnectorSyncParams {
    #[inline]
    fn default() -> Self {
        Self {
            sync_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementExchangeConnectorSyncParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sync(microsoft.graph.deviceManagementExchangeConnector)";
    const KEYS: &'static [&'static str] = &["syncType"];
    const KEYS_JSON: &'static [&'static str] = &[",\"syncType\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.sync(microsoft.graph.deviceManagementExchangeConnector)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "sync_type", &self.sync_type);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementExchangeConnectorSyncParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementExchangeConnectorSyncParams { with_sync_type sync_type : crate
    ::beta::DeviceManagementExchangeConnectorSyncType; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementExchangeConnectorSyncParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Update the Proprietary Device Health Script
///
/// Parameters of the action `microsoft.graph.updateGlobalScript`.
/// - `version`: `Edm.String`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceHealthScriptUpdateGlobalScriptParams {
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceHealthScriptUpdateGlobalScriptParams {
    #[inline]
    fn default() -> Self {
        Self {
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceHealthScriptUpdateGlobalScriptParams {
    const TYPE_NAME: &'static str = "microsoft.graph.updateGlobalScript(microsoft.graph.deviceHealthScript)";
    const KEYS: &'static [&'static str] = &["version"];
    const KEYS_JSON: &'static [&'static str] = &[",\"version\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.updateGlobalScript(microsoft.graph.deviceHealthScript)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "version", &self.version);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceHealthScriptUpdateGlobalScriptParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.version);
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
rt::impl_object!(DeviceHealthScriptUpdateGlobalScriptParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceHealthScriptUpdateGlobalScriptParams { with_version version :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceHealthScriptUpdateGlobalScriptParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.updateSettings`.
/// - `settings`: `Collection(microsoft.graph.deviceManagementSettingInstance)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementIntentUpdateSettingsParams {
    /// CSDL: property `settings`: `Collection(microsoft.graph.deviceManagementSettingInstance)`, nullable.
    pub settings: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceManagementSettingInstance>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementIntentUpdateSettingsParams {
    #[inline]
    fn default() -> Self {
        Self {
            settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementIntentUpdateSettingsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.updateSettings(microsoft.graph.deviceManagementIntent)";
    const KEYS: &'static [&'static str] = &["settings"];
    const KEYS_JSON: &'static [&'static str] = &[",\"settings\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.updateSettings(microsoft.graph.deviceManagementIntent)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "settings", &self.settings);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementIntentUpdateSettingsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.settings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.settings);
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
rt::impl_object!(DeviceManagementIntentUpdateSettingsParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementIntentUpdateSettingsParams { with_settings settings : ::std::vec::Vec
    < crate ::beta::AnyDeviceManagementSettingInstance >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementIntentUpdateSettingsParams);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Set the task's status and attach a note.
///
/// Parameters of the action `microsoft.graph.updateStatus`.
/// - `status`: `microsoft.graph.deviceAppManagementTaskStatus`
/// - `note`: `Edm.String`
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceAppManagementTaskUpdateStatusParams {
    /// CSDL: property `status`: `microsoft.graph.deviceAppManagementTaskStatus`, not nullable.
    pub status: rt::Field<crate::beta::DeviceAppManagementTaskStatus>,
    /// CSDL: property `note`: `Edm.String`, nullable.
    pub note: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for DeviceAppManagementTaskUpdateStatusParams {
    #[inline]
    fn default() -> Self {
        Self {
            status: rt::Field::Absent,
            note: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for DeviceAppManagementTaskUpdateStatusParams {
    const TYPE_NAME: &'static str = "microsoft.graph.updateStatus(microsoft.graph.deviceAppManagementTask)";
    const KEYS: &'static [&'static str] = &["status", "note"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"status\":                       ",
        ",\"note\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.updateStatus(microsoft.graph.deviceAppManagementTask)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "status", &self.status);
        v.field(1usize, "note", &self.note);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for DeviceAppManagementTaskUpdateStatusParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.status.read_from(r),
            1usize => self.note.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.status);
        w.field(1usize, &self.note);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(DeviceAppManagementTaskUpdateStatusParams);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    DeviceAppManagementTaskUpdateStatusParams { with_status status : crate
    ::beta::DeviceAppManagementTaskStatus; with_note note : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceAppManagementTaskUpdateStatusParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Uploads a new Device Enrollment Program token
///
/// Parameters of the action `microsoft.graph.uploadDepToken`.
/// - `appleId`: `Edm.String`
/// - `depToken`: `Edm.String`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DepOnboardingSettingUploadDepTokenParams {
    /// CSDL: property `appleId`: `Edm.String`, nullable.
    pub apple_id: rt::Field<::std::string::String>,
    /// CSDL: property `depToken`: `Edm.String`, nullable.
    pub dep_token: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DepOnboardingSettingUploadDepTokenParams {
    #[inline]
    fn default() -> Self {
        Self {
            apple_id: rt::Field::Absent,
            dep_token: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DepOnboardingSettingUploadDepTokenParams {
    const TYPE_NAME: &'static str = "microsoft.graph.uploadDepToken(microsoft.graph.depOnboardingSetting)";
    const KEYS: &'static [&'static str] = &["appleId", "depToken"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"appleId\":                      ",
        ",\"depToken\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.uploadDepToken(microsoft.graph.depOnboardingSetting)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "apple_id", &self.apple_id);
        v.field(1usize, "dep_token", &self.dep_token);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DepOnboardingSettingUploadDepTokenParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.apple_id.read_from(r),
            1usize => self.dep_token.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.apple_id);
        w.field(1usize, &self.dep_token);
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
rt::impl_object!(DepOnboardingSettingUploadDepTokenParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DepOnboardingSettingUploadDepTokenParams { with_apple_id apple_id :
    ::std::string::String; with_dep_token dep_token : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DepOnboardingSettingUploadDepTokenParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.validateComplianceScript`.
/// - `deviceCompliancePolicyScript`: `microsoft.graph.deviceCompliancePolicyScript`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceCompliancePolicyCollectionValidateComplianceScriptParams {
    /// CSDL: property `deviceCompliancePolicyScript`: `microsoft.graph.deviceCompliancePolicyScript`, nullable.
    pub device_compliance_policy_script: rt::Field<
        crate::beta::DeviceCompliancePolicyScript,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceCompliancePolicyCollectionValidateComplianceScriptParams {
    #[inline]
    fn default() -> Self {
        Self {
            device_compliance_policy_script: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceCompliancePolicyCollectionValidateComplianceScriptParams {
    const TYPE_NAME: &'static str = "microsoft.graph.validateComplianceScript(Collection(microsoft.graph.deviceCompliancePolicy))";
    const KEYS: &'static [&'static str] = &["deviceCompliancePolicyScript"];
    const KEYS_JSON: &'static [&'static str] = &[",\"deviceCompliancePolicyScript\": "];
    const TAG: &'static str = "\"#microsoft.graph.validateComplianceScript(Collection(microsoft.graph.deviceCompliancePolicy))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "device_compliance_policy_script",
            &self.device_compliance_policy_script,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceCompliancePolicyCollectionValidateComplianceScriptParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_compliance_policy_script.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_compliance_policy_script);
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
rt::impl_object!(DeviceCompliancePolicyCollectionValidateComplianceScriptParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceCompliancePolicyCollectionValidateComplianceScriptParams {
    with_device_compliance_policy_script device_compliance_policy_script : crate
    ::beta::DeviceCompliancePolicyScript; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceCompliancePolicyCollectionValidateComplianceScriptParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.validateFilter`.
/// - `deviceAndAppManagementAssignmentFilter`: `microsoft.graph.deviceAndAppManagementAssignmentFilter`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceAndAppManagementAssignmentFilterCollectionValidateFilterParams {
    /// CSDL: property `deviceAndAppManagementAssignmentFilter`: `microsoft.graph.deviceAndAppManagementAssignmentFilter`, nullable.
    pub device_and_app_management_assignment_filter: rt::Field<
        crate::beta::DeviceAndAppManagementAssignmentFilter,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceAndAppManagementAssignmentFilterCollectionValidateFilterParams {
    #[inline]
    fn default() -> Self {
        Self {
            device_and_app_management_assignment_filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object
for DeviceAndAppManagementAssignmentFilterCollectionValidateFilterParams {
    const TYPE_NAME: &'static str = "microsoft.graph.validateFilter(Collection(microsoft.graph.deviceAndAppManagementAssignmentFilter))";
    const KEYS: &'static [&'static str] = &["deviceAndAppManagementAssignmentFilter"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceAndAppManagementAssignmentFilter\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.validateFilter(Collection(microsoft.graph.deviceAndAppManagementAssignmentFilter))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "device_and_app_management_assignment_filter",
            &self.device_and_app_management_assignment_filter,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceAndAppManagementAssignmentFilterCollectionValidateFilterParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_and_app_management_assignment_filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_and_app_management_assignment_filter);
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
rt::impl_object!(DeviceAndAppManagementAssignmentFilterCollectionValidateFilterParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceAndAppManagementAssignmentFilterCollectionValidateFilterParams {
    with_device_and_app_management_assignment_filter
    device_and_app_management_assignment_filter : crate
    ::beta::DeviceAndAppManagementAssignmentFilter; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceAndAppManagementAssignmentFilterCollectionValidateFilterParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.windowsPrivacyAccessControls`.
/// - `windowsPrivacyAccessControls`: `Collection(microsoft.graph.windowsPrivacyDataAccessControlItem)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceConfigurationWindowsPrivacyAccessControlsParams {
    /// CSDL: property `windowsPrivacyAccessControls`: `Collection(microsoft.graph.windowsPrivacyDataAccessControlItem)`, nullable.
    pub windows_privacy_access_controls: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsPrivacyDataAccessControlItem>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceConfigurationWindowsPrivacyAccessControlsParams {
    #[inline]
    fn default() -> Self {
        Self {
            windows_privacy_access_controls: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceConfigurationWindowsPrivacyAccessControlsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsPrivacyAccessControls(microsoft.graph.deviceConfiguration)";
    const KEYS: &'static [&'static str] = &["windowsPrivacyAccessControls"];
    const KEYS_JSON: &'static [&'static str] = &[",\"windowsPrivacyAccessControls\": "];
    const TAG: &'static str = "\"#microsoft.graph.windowsPrivacyAccessControls(microsoft.graph.deviceConfiguration)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "windows_privacy_access_controls",
            &self.windows_privacy_access_controls,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceConfigurationWindowsPrivacyAccessControlsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.windows_privacy_access_controls.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.windows_privacy_access_controls);
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
rt::impl_object!(DeviceConfigurationWindowsPrivacyAccessControlsParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceConfigurationWindowsPrivacyAccessControlsParams {
    with_windows_privacy_access_controls windows_privacy_access_controls :
    ::std::vec::Vec < crate ::beta::WindowsPrivacyDataAccessControlItem >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceConfigurationWindowsPrivacyAccessControlsParams);
#[cfg(msgraph_beta_admin_or_search)]
/// Parameters of the action `microsoft.graph.windowsUpdates.updateAudience`.
/// - `addMembers`: `Collection(microsoft.graph.windowsUpdates.updatableAsset)`
/// - `removeMembers`: `Collection(microsoft.graph.windowsUpdates.updatableAsset)`
/// - `addExclusions`: `Collection(microsoft.graph.windowsUpdates.updatableAsset)`
/// - `removeExclusions`: `Collection(microsoft.graph.windowsUpdates.updatableAsset)`
///
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
#[derive(Clone)]
pub struct DeploymentAudienceUpdateAudienceParams {
    /// CSDL: property `addMembers`: `Collection(microsoft.graph.windowsUpdates.updatableAsset)`, nullable.
    pub add_members: rt::Field<
        ::std::vec::Vec<crate::beta::windows_updates::AnyUpdatableAsset>,
    >,
    /// CSDL: property `removeMembers`: `Collection(microsoft.graph.windowsUpdates.updatableAsset)`, nullable.
    pub remove_members: rt::Field<
        ::std::vec::Vec<crate::beta::windows_updates::AnyUpdatableAsset>,
    >,
    /// CSDL: property `addExclusions`: `Collection(microsoft.graph.windowsUpdates.updatableAsset)`, nullable.
    pub add_exclusions: rt::Field<
        ::std::vec::Vec<crate::beta::windows_updates::AnyUpdatableAsset>,
    >,
    /// CSDL: property `removeExclusions`: `Collection(microsoft.graph.windowsUpdates.updatableAsset)`, nullable.
    pub remove_exclusions: rt::Field<
        ::std::vec::Vec<crate::beta::windows_updates::AnyUpdatableAsset>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_admin_or_search)]
impl ::std::default::Default for DeploymentAudienceUpdateAudienceParams {
    #[inline]
    fn default() -> Self {
        Self {
            add_members: rt::Field::Absent,
            remove_members: rt::Field::Absent,
            add_exclusions: rt::Field::Absent,
            remove_exclusions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::Object for DeploymentAudienceUpdateAudienceParams {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUpdates.updateAudience(microsoft.graph.windowsUpdates.deploymentAudience)";
    const KEYS: &'static [&'static str] = &[
        "addMembers",
        "removeMembers",
        "addExclusions",
        "removeExclusions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"addMembers\":                   ",
        ",\"removeMembers\":                ",
        ",\"addExclusions\":                ",
        ",\"removeExclusions\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsUpdates.updateAudience(microsoft.graph.windowsUpdates.deploymentAudience)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "add_members", &self.add_members);
        v.field(1usize, "remove_members", &self.remove_members);
        v.field(2usize, "add_exclusions", &self.add_exclusions);
        v.field(3usize, "remove_exclusions", &self.remove_exclusions);
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::object::Members for DeploymentAudienceUpdateAudienceParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.add_members.read_from(r),
            1usize => self.remove_members.read_from(r),
            2usize => self.add_exclusions.read_from(r),
            3usize => self.remove_exclusions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.add_members);
        w.field(1usize, &self.remove_members);
        w.field(2usize, &self.add_exclusions);
        w.field(3usize, &self.remove_exclusions);
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
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_object!(DeploymentAudienceUpdateAudienceParams);
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_setters!(
    DeploymentAudienceUpdateAudienceParams { with_add_members add_members :
    ::std::vec::Vec < crate ::beta::windows_updates::AnyUpdatableAsset >;
    with_remove_members remove_members : ::std::vec::Vec < crate
    ::beta::windows_updates::AnyUpdatableAsset >; with_add_exclusions add_exclusions :
    ::std::vec::Vec < crate ::beta::windows_updates::AnyUpdatableAsset >;
    with_remove_exclusions remove_exclusions : ::std::vec::Vec < crate
    ::beta::windows_updates::AnyUpdatableAsset >; }
);
#[cfg(msgraph_beta_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeploymentAudienceUpdateAudienceParams);
#[cfg(msgraph_beta_admin_or_search)]
/// Parameters of the action `microsoft.graph.windowsUpdates.updateAudienceById`.
/// - `memberEntityType`: `Edm.String`
/// - `addMembers`: `Collection(Edm.String)`
/// - `removeMembers`: `Collection(Edm.String)`
/// - `addExclusions`: `Collection(Edm.String)`
/// - `removeExclusions`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
#[derive(Clone)]
pub struct DeploymentAudienceUpdateAudienceByIdParams {
    /// CSDL: property `memberEntityType`: `Edm.String`, nullable.
    pub member_entity_type: rt::Field<::std::string::String>,
    /// CSDL: property `addMembers`: `Collection(Edm.String)`, nullable.
    pub add_members: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `removeMembers`: `Collection(Edm.String)`, nullable.
    pub remove_members: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `addExclusions`: `Collection(Edm.String)`, nullable.
    pub add_exclusions: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `removeExclusions`: `Collection(Edm.String)`, nullable.
    pub remove_exclusions: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_admin_or_search)]
impl ::std::default::Default for DeploymentAudienceUpdateAudienceByIdParams {
    #[inline]
    fn default() -> Self {
        Self {
            member_entity_type: rt::Field::Absent,
            add_members: rt::Field::Absent,
            remove_members: rt::Field::Absent,
            add_exclusions: rt::Field::Absent,
            remove_exclusions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::Object for DeploymentAudienceUpdateAudienceByIdParams {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUpdates.updateAudienceById(microsoft.graph.windowsUpdates.deploymentAudience)";
    const KEYS: &'static [&'static str] = &[
        "memberEntityType",
        "addMembers",
        "removeMembers",
        "addExclusions",
        "removeExclusions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"memberEntityType\":             ",
        ",\"addMembers\":                   ",
        ",\"removeMembers\":                ",
        ",\"addExclusions\":                ",
        ",\"removeExclusions\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsUpdates.updateAudienceById(microsoft.graph.windowsUpdates.deploymentAudience)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "member_entity_type", &self.member_entity_type);
        v.field(1usize, "add_members", &self.add_members);
        v.field(2usize, "remove_members", &self.remove_members);
        v.field(3usize, "add_exclusions", &self.add_exclusions);
        v.field(4usize, "remove_exclusions", &self.remove_exclusions);
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::object::Members for DeploymentAudienceUpdateAudienceByIdParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.member_entity_type.read_from(r),
            1usize => self.add_members.read_from(r),
            2usize => self.remove_members.read_from(r),
            3usize => self.add_exclusions.read_from(r),
            4usize => self.remove_exclusions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.member_entity_type);
        w.field(1usize, &self.add_members);
        w.field(2usize, &self.remove_members);
        w.field(3usize, &self.add_exclusions);
        w.field(4usize, &self.remove_exclusions);
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
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_object!(DeploymentAudienceUpdateAudienceByIdParams);
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_setters!(
    DeploymentAudienceUpdateAudienceByIdParams { with_member_entity_type
    member_entity_type : ::std::string::String; with_add_members add_members :
    ::std::vec::Vec < ::std::string::String >; with_remove_members remove_members :
    ::std::vec::Vec < ::std::string::String >; with_add_exclusions add_exclusions :
    ::std::vec::Vec < ::std::string::String >; with_remove_exclusions remove_exclusions :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeploymentAudienceUpdateAudienceByIdParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.checkMemberGroups`.
/// - `groupIds`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DirectoryObjectCheckMemberGroupsParams {
    /// CSDL: property `groupIds`: `Collection(Edm.String)`, not nullable.
    pub group_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DirectoryObjectCheckMemberGroupsParams {
    #[inline]
    fn default() -> Self {
        Self {
            group_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DirectoryObjectCheckMemberGroupsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.checkMemberGroups(microsoft.graph.directoryObject)";
    const KEYS: &'static [&'static str] = &["groupIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"groupIds\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.checkMemberGroups(microsoft.graph.directoryObject)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "group_ids", &self.group_ids);
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(DirectoryObjectCheckMemberGroupsParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DirectoryObjectCheckMemberGroupsParams { with_group_ids group_ids : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryObjectCheckMemberGroupsParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.checkMemberObjects`.
/// - `ids`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DirectoryObjectCheckMemberObjectsParams {
    /// CSDL: property `ids`: `Collection(Edm.String)`, not nullable.
    pub ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DirectoryObjectCheckMemberObjectsParams {
    #[inline]
    fn default() -> Self {
        Self {
            ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DirectoryObjectCheckMemberObjectsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.checkMemberObjects(microsoft.graph.directoryObject)";
    const KEYS: &'static [&'static str] = &["ids"];
    const KEYS_JSON: &'static [&'static str] = &[",\"ids\":                          "];
    const TAG: &'static str = "\"#microsoft.graph.checkMemberObjects(microsoft.graph.directoryObject)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "ids", &self.ids);
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(DirectoryObjectCheckMemberObjectsParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DirectoryObjectCheckMemberObjectsParams { with_ids ids : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryObjectCheckMemberObjectsParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.getByIds`.
/// - `ids`: `Collection(Edm.String)`
/// - `types`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DirectoryObjectCollectionGetByIdsParams {
    /// CSDL: property `ids`: `Collection(Edm.String)`, not nullable.
    pub ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `types`: `Collection(Edm.String)`, nullable.
    pub types: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
impl rt::Object for DirectoryObjectCollectionGetByIdsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getByIds(Collection(microsoft.graph.directoryObject))";
    const KEYS: &'static [&'static str] = &["ids", "types"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"ids\":                          ",
        ",\"types\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getByIds(Collection(microsoft.graph.directoryObject))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "ids", &self.ids);
        v.field(1usize, "types", &self.types);
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(DirectoryObjectCollectionGetByIdsParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DirectoryObjectCollectionGetByIdsParams { with_ids ids : ::std::vec::Vec <
    ::std::string::String >; with_types types : ::std::vec::Vec < ::std::string::String
    >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryObjectCollectionGetByIdsParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.getMemberGroups`.
/// - `securityEnabledOnly`: `Edm.Boolean`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DirectoryObjectGetMemberGroupsParams {
    /// CSDL: property `securityEnabledOnly`: `Edm.Boolean`, nullable.
    pub security_enabled_only: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DirectoryObjectGetMemberGroupsParams {
    #[inline]
    fn default() -> Self {
        Self {
            security_enabled_only: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DirectoryObjectGetMemberGroupsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getMemberGroups(microsoft.graph.directoryObject)";
    const KEYS: &'static [&'static str] = &["securityEnabledOnly"];
    const KEYS_JSON: &'static [&'static str] = &[",\"securityEnabledOnly\":          "];
    const TAG: &'static str = "\"#microsoft.graph.getMemberGroups(microsoft.graph.directoryObject)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "security_enabled_only", &self.security_enabled_only);
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(DirectoryObjectGetMemberGroupsParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DirectoryObjectGetMemberGroupsParams { with_security_enabled_only
    security_enabled_only : bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryObjectGetMemberGroupsParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.getMemberObjects`.
/// - `securityEnabledOnly`: `Edm.Boolean`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DirectoryObjectGetMemberObjectsParams {
    /// CSDL: property `securityEnabledOnly`: `Edm.Boolean`, nullable.
    pub security_enabled_only: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DirectoryObjectGetMemberObjectsParams {
    #[inline]
    fn default() -> Self {
        Self {
            security_enabled_only: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DirectoryObjectGetMemberObjectsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getMemberObjects(microsoft.graph.directoryObject)";
    const KEYS: &'static [&'static str] = &["securityEnabledOnly"];
    const KEYS_JSON: &'static [&'static str] = &[",\"securityEnabledOnly\":          "];
    const TAG: &'static str = "\"#microsoft.graph.getMemberObjects(microsoft.graph.directoryObject)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "security_enabled_only", &self.security_enabled_only);
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(DirectoryObjectGetMemberObjectsParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DirectoryObjectGetMemberObjectsParams { with_security_enabled_only
    security_enabled_only : bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryObjectGetMemberObjectsParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.getUserOwnedObjects`.
/// - `userId`: `Edm.String`
/// - `type`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DirectoryObjectCollectionGetUserOwnedObjectsParams {
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DirectoryObjectCollectionGetUserOwnedObjectsParams {
    #[inline]
    fn default() -> Self {
        Self {
            user_id: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DirectoryObjectCollectionGetUserOwnedObjectsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getUserOwnedObjects(Collection(microsoft.graph.directoryObject))";
    const KEYS: &'static [&'static str] = &["userId", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"userId\":                       ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getUserOwnedObjects(Collection(microsoft.graph.directoryObject))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "user_id", &self.user_id);
        v.field(1usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for DirectoryObjectCollectionGetUserOwnedObjectsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.user_id.read_from(r),
            1usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.user_id);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(DirectoryObjectCollectionGetUserOwnedObjectsParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DirectoryObjectCollectionGetUserOwnedObjectsParams { with_user_id user_id :
    ::std::string::String; with_type type_ : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryObjectCollectionGetUserOwnedObjectsParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.validateProperties`.
/// - `entityType`: `Edm.String`
/// - `displayName`: `Edm.String`
/// - `mailNickname`: `Edm.String`
/// - `onBehalfOfUserId`: `Edm.Guid`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
impl rt::Object for DirectoryObjectCollectionValidatePropertiesParams {
    const TYPE_NAME: &'static str = "microsoft.graph.validateProperties(Collection(microsoft.graph.directoryObject))";
    const KEYS: &'static [&'static str] = &[
        "entityType",
        "displayName",
        "mailNickname",
        "onBehalfOfUserId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"entityType\":                   ",
        ",\"displayName\":                  ",
        ",\"mailNickname\":                 ",
        ",\"onBehalfOfUserId\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.validateProperties(Collection(microsoft.graph.directoryObject))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "entity_type", &self.entity_type);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "mail_nickname", &self.mail_nickname);
        v.field(3usize, "on_behalf_of_user_id", &self.on_behalf_of_user_id);
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(DirectoryObjectCollectionValidatePropertiesParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DirectoryObjectCollectionValidatePropertiesParams { with_entity_type entity_type :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_mail_nickname mail_nickname : ::std::string::String; with_on_behalf_of_user_id
    on_behalf_of_user_id : rt::edm::Guid; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryObjectCollectionValidatePropertiesParams);
#[cfg(msgraph_beta_domains_or_search)]
/// Parameters of the action `microsoft.graph.forceDelete`.
/// - `disableUserAccounts`: `Edm.Boolean`
///
/// Features: `beta`, or one of `beta-domains`, `beta-search`.
#[derive(Clone)]
pub struct DomainForceDeleteParams {
    /// CSDL: property `disableUserAccounts`: `Edm.Boolean`, nullable.
    pub disable_user_accounts: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_domains_or_search)]
impl ::std::default::Default for DomainForceDeleteParams {
    #[inline]
    fn default() -> Self {
        Self {
            disable_user_accounts: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_domains_or_search)]
impl rt::Object for DomainForceDeleteParams {
    const TYPE_NAME: &'static str = "microsoft.graph.forceDelete(microsoft.graph.domain)";
    const KEYS: &'static [&'static str] = &["disableUserAccounts"];
    const KEYS_JSON: &'static [&'static str] = &[",\"disableUserAccounts\":          "];
    const TAG: &'static str = "\"#microsoft.graph.forceDelete(microsoft.graph.domain)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "disable_user_accounts", &self.disable_user_accounts);
    }
}
#[cfg(msgraph_beta_domains_or_search)]
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
#[cfg(msgraph_beta_domains_or_search)]
rt::impl_object!(DomainForceDeleteParams);
#[cfg(msgraph_beta_domains_or_search)]
rt::impl_setters!(
    DomainForceDeleteParams { with_disable_user_accounts disable_user_accounts : bool; }
);
#[cfg(msgraph_beta_domains_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DomainForceDeleteParams);
