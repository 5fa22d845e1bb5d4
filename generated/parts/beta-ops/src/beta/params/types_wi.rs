//! Items of `params` by the first letters of their types' names (`wi`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `deviceIds`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsAutopilotDeploymentProfileAssignParams {
    /// CSDL: property `deviceIds`: `Collection(Edm.String)`, nullable.
    pub device_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsAutopilotDeploymentProfileAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            device_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsAutopilotDeploymentProfileAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.windowsAutopilotDeploymentProfile)";
    const KEYS: &'static [&'static str] = &["deviceIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"deviceIds\":                    "];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.windowsAutopilotDeploymentProfile)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "device_ids", &self.device_ids);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsAutopilotDeploymentProfileAssignParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_ids);
    }
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
rt::impl_object!(WindowsAutopilotDeploymentProfileAssignParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsAutopilotDeploymentProfileAssignParams { with_device_ids device_ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsAutopilotDeploymentProfileAssignParams);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `wdacPolicyAssignments`: `Collection(microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyAssignment)`
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsDefenderApplicationControlSupplementalPolicyAssignParams {
    /// CSDL: property `wdacPolicyAssignments`: `Collection(microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyAssignment)`, nullable.
    pub wdac_policy_assignments: rt::Field<
        ::std::vec::Vec<
            crate::beta::WindowsDefenderApplicationControlSupplementalPolicyAssignment,
        >,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default
for WindowsDefenderApplicationControlSupplementalPolicyAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            wdac_policy_assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for WindowsDefenderApplicationControlSupplementalPolicyAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.windowsDefenderApplicationControlSupplementalPolicy)";
    const KEYS: &'static [&'static str] = &["wdacPolicyAssignments"];
    const KEYS_JSON: &'static [&'static str] = &[",\"wdacPolicyAssignments\":        "];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.windowsDefenderApplicationControlSupplementalPolicy)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "wdac_policy_assignments", &self.wdac_policy_assignments);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members
for WindowsDefenderApplicationControlSupplementalPolicyAssignParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.wdac_policy_assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.wdac_policy_assignments);
    }
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
rt::impl_object!(WindowsDefenderApplicationControlSupplementalPolicyAssignParams);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    WindowsDefenderApplicationControlSupplementalPolicyAssignParams {
    with_wdac_policy_assignments wdac_policy_assignments : ::std::vec::Vec < crate
    ::beta::WindowsDefenderApplicationControlSupplementalPolicyAssignment >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsDefenderApplicationControlSupplementalPolicyAssignParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `assignments`: `Collection(microsoft.graph.windowsFeatureUpdateProfileAssignment)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsFeatureUpdateProfileAssignParams {
    /// CSDL: property `assignments`: `Collection(microsoft.graph.windowsFeatureUpdateProfileAssignment)`, nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsFeatureUpdateProfileAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsFeatureUpdateProfileAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsFeatureUpdateProfileAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.windowsFeatureUpdateProfile)";
    const KEYS: &'static [&'static str] = &["assignments"];
    const KEYS_JSON: &'static [&'static str] = &[",\"assignments\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.windowsFeatureUpdateProfile)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsFeatureUpdateProfileAssignParams {
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
rt::impl_object!(WindowsFeatureUpdateProfileAssignParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsFeatureUpdateProfileAssignParams { with_assignments assignments :
    ::std::vec::Vec < crate ::beta::WindowsFeatureUpdateProfileAssignment >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsFeatureUpdateProfileAssignParams);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `assignments`: `Collection(microsoft.graph.targetedManagedAppPolicyAssignment)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsInformationProtectionAssignParams {
    /// CSDL: property `assignments`: `Collection(microsoft.graph.targetedManagedAppPolicyAssignment)`, nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::TargetedManagedAppPolicyAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for WindowsInformationProtectionAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for WindowsInformationProtectionAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.windowsInformationProtection)";
    const KEYS: &'static [&'static str] = &["assignments"];
    const KEYS_JSON: &'static [&'static str] = &[",\"assignments\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.windowsInformationProtection)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for WindowsInformationProtectionAssignParams {
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
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(WindowsInformationProtectionAssignParams);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    WindowsInformationProtectionAssignParams { with_assignments assignments :
    ::std::vec::Vec < crate ::beta::TargetedManagedAppPolicyAssignment >; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsInformationProtectionAssignParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `assignments`: `Collection(microsoft.graph.windowsQualityUpdateProfileAssignment)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsQualityUpdateProfileAssignParams {
    /// CSDL: property `assignments`: `Collection(microsoft.graph.windowsQualityUpdateProfileAssignment)`, nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsQualityUpdateProfileAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsQualityUpdateProfileAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsQualityUpdateProfileAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.windowsQualityUpdateProfile)";
    const KEYS: &'static [&'static str] = &["assignments"];
    const KEYS_JSON: &'static [&'static str] = &[",\"assignments\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.windowsQualityUpdateProfile)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsQualityUpdateProfileAssignParams {
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
rt::impl_object!(WindowsQualityUpdateProfileAssignParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsQualityUpdateProfileAssignParams { with_assignments assignments :
    ::std::vec::Vec < crate ::beta::WindowsQualityUpdateProfileAssignment >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsQualityUpdateProfileAssignParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Assigns resource account to Autopilot devices.
///
/// Parameters of the action `microsoft.graph.assignResourceAccountToDevice`.
/// - `userPrincipalName`: `Edm.String`
/// - `addressableUserName`: `Edm.String`
/// - `resourceAccountName`: `Edm.String`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsAutopilotDeviceIdentityAssignResourceAccountToDeviceParams {
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `addressableUserName`: `Edm.String`, nullable.
    pub addressable_user_name: rt::Field<::std::string::String>,
    /// CSDL: property `resourceAccountName`: `Edm.String`, nullable.
    pub resource_account_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for WindowsAutopilotDeviceIdentityAssignResourceAccountToDeviceParams {
    #[inline]
    fn default() -> Self {
        Self {
            user_principal_name: rt::Field::Absent,
            addressable_user_name: rt::Field::Absent,
            resource_account_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsAutopilotDeviceIdentityAssignResourceAccountToDeviceParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assignResourceAccountToDevice(microsoft.graph.windowsAutopilotDeviceIdentity)";
    const KEYS: &'static [&'static str] = &[
        "userPrincipalName",
        "addressableUserName",
        "resourceAccountName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"userPrincipalName\":            ",
        ",\"addressableUserName\":          ",
        ",\"resourceAccountName\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.assignResourceAccountToDevice(microsoft.graph.windowsAutopilotDeviceIdentity)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "user_principal_name", &self.user_principal_name);
        v.field(1usize, "addressable_user_name", &self.addressable_user_name);
        v.field(2usize, "resource_account_name", &self.resource_account_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for WindowsAutopilotDeviceIdentityAssignResourceAccountToDeviceParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.user_principal_name.read_from(r),
            1usize => self.addressable_user_name.read_from(r),
            2usize => self.resource_account_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.user_principal_name);
        w.field(1usize, &self.addressable_user_name);
        w.field(2usize, &self.resource_account_name);
    }
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
rt::impl_object!(WindowsAutopilotDeviceIdentityAssignResourceAccountToDeviceParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsAutopilotDeviceIdentityAssignResourceAccountToDeviceParams {
    with_user_principal_name user_principal_name : ::std::string::String;
    with_addressable_user_name addressable_user_name : ::std::string::String;
    with_resource_account_name resource_account_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsAutopilotDeviceIdentityAssignResourceAccountToDeviceParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Assigns user to Autopilot devices.
///
/// Parameters of the action `microsoft.graph.assignUserToDevice`.
/// - `userPrincipalName`: `Edm.String`
/// - `addressableUserName`: `Edm.String`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsAutopilotDeviceIdentityAssignUserToDeviceParams {
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `addressableUserName`: `Edm.String`, nullable.
    pub addressable_user_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsAutopilotDeviceIdentityAssignUserToDeviceParams {
    #[inline]
    fn default() -> Self {
        Self {
            user_principal_name: rt::Field::Absent,
            addressable_user_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsAutopilotDeviceIdentityAssignUserToDeviceParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assignUserToDevice(microsoft.graph.windowsAutopilotDeviceIdentity)";
    const KEYS: &'static [&'static str] = &["userPrincipalName", "addressableUserName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"userPrincipalName\":            ",
        ",\"addressableUserName\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.assignUserToDevice(microsoft.graph.windowsAutopilotDeviceIdentity)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "user_principal_name", &self.user_principal_name);
        v.field(1usize, "addressable_user_name", &self.addressable_user_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsAutopilotDeviceIdentityAssignUserToDeviceParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.user_principal_name.read_from(r),
            1usize => self.addressable_user_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.user_principal_name);
        w.field(1usize, &self.addressable_user_name);
    }
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
rt::impl_object!(WindowsAutopilotDeviceIdentityAssignUserToDeviceParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsAutopilotDeviceIdentityAssignUserToDeviceParams { with_user_principal_name
    user_principal_name : ::std::string::String; with_addressable_user_name
    addressable_user_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsAutopilotDeviceIdentityAssignUserToDeviceParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.hasPayloadLinks`.
/// - `payloadIds`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsAutopilotDeploymentProfileCollectionHasPayloadLinksParams {
    /// CSDL: property `payloadIds`: `Collection(Edm.String)`, nullable.
    pub payload_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for WindowsAutopilotDeploymentProfileCollectionHasPayloadLinksParams {
    #[inline]
    fn default() -> Self {
        Self {
            payload_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsAutopilotDeploymentProfileCollectionHasPayloadLinksParams {
    const TYPE_NAME: &'static str = "microsoft.graph.hasPayloadLinks(Collection(microsoft.graph.windowsAutopilotDeploymentProfile))";
    const KEYS: &'static [&'static str] = &["payloadIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"payloadIds\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.hasPayloadLinks(Collection(microsoft.graph.windowsAutopilotDeploymentProfile))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "payload_ids", &self.payload_ids);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for WindowsAutopilotDeploymentProfileCollectionHasPayloadLinksParams {
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
rt::impl_object!(WindowsAutopilotDeploymentProfileCollectionHasPayloadLinksParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsAutopilotDeploymentProfileCollectionHasPayloadLinksParams { with_payload_ids
    payload_ids : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsAutopilotDeploymentProfileCollectionHasPayloadLinksParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Updates properties on Autopilot devices.
///
/// Parameters of the action `microsoft.graph.updateDeviceProperties`.
/// - `userPrincipalName`: `Edm.String`
/// - `addressableUserName`: `Edm.String`
/// - `groupTag`: `Edm.String`
/// - `displayName`: `Edm.String`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsAutopilotDeviceIdentityUpdateDevicePropertiesParams {
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `addressableUserName`: `Edm.String`, nullable.
    pub addressable_user_name: rt::Field<::std::string::String>,
    /// CSDL: property `groupTag`: `Edm.String`, nullable.
    pub group_tag: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for WindowsAutopilotDeviceIdentityUpdateDevicePropertiesParams {
    #[inline]
    fn default() -> Self {
        Self {
            user_principal_name: rt::Field::Absent,
            addressable_user_name: rt::Field::Absent,
            group_tag: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsAutopilotDeviceIdentityUpdateDevicePropertiesParams {
    const TYPE_NAME: &'static str = "microsoft.graph.updateDeviceProperties(microsoft.graph.windowsAutopilotDeviceIdentity)";
    const KEYS: &'static [&'static str] = &[
        "userPrincipalName",
        "addressableUserName",
        "groupTag",
        "displayName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"userPrincipalName\":            ",
        ",\"addressableUserName\":          ",
        ",\"groupTag\":                     ",
        ",\"displayName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.updateDeviceProperties(microsoft.graph.windowsAutopilotDeviceIdentity)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "user_principal_name", &self.user_principal_name);
        v.field(1usize, "addressable_user_name", &self.addressable_user_name);
        v.field(2usize, "group_tag", &self.group_tag);
        v.field(3usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsAutopilotDeviceIdentityUpdateDevicePropertiesParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.user_principal_name.read_from(r),
            1usize => self.addressable_user_name.read_from(r),
            2usize => self.group_tag.read_from(r),
            3usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.user_principal_name);
        w.field(1usize, &self.addressable_user_name);
        w.field(2usize, &self.group_tag);
        w.field(3usize, &self.display_name);
    }
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
rt::impl_object!(WindowsAutopilotDeviceIdentityUpdateDevicePropertiesParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsAutopilotDeviceIdentityUpdateDevicePropertiesParams { with_user_principal_name
    user_principal_name : ::std::string::String; with_addressable_user_name
    addressable_user_name : ::std::string::String; with_group_tag group_tag :
    ::std::string::String; with_display_name display_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsAutopilotDeviceIdentityUpdateDevicePropertiesParams);
