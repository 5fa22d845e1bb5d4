//! Items of `params` by the first letters of their types' names (`we_wi`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_identity_or_search)]
/// Parameters of the action `microsoft.graph.verify`.
/// - `hostName`: `Edm.String`
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct WebApplicationFirewallProviderVerifyParams {
    /// CSDL: property `hostName`: `Edm.String`, nullable.
    pub host_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for WebApplicationFirewallProviderVerifyParams {
    #[inline]
    fn default() -> Self {
        Self {
            host_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for WebApplicationFirewallProviderVerifyParams {
    const TYPE_NAME: &'static str = "microsoft.graph.verify(microsoft.graph.webApplicationFirewallProvider)";
    const KEYS: &'static [&'static str] = &["hostName"];
    const KEYS_JSON: &'static [&'static str] = &[",\"hostName\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.verify(microsoft.graph.webApplicationFirewallProvider)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "host_name", &self.host_name);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for WebApplicationFirewallProviderVerifyParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.host_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.host_name);
    }
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
rt::impl_object!(WebApplicationFirewallProviderVerifyParams);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    WebApplicationFirewallProviderVerifyParams { with_host_name host_name :
    ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WebApplicationFirewallProviderVerifyParams);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `assignments`: `Collection(microsoft.graph.targetedManagedAppPolicyAssignment)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsInformationProtectionAssignParams {
    /// CSDL: property `assignments`: `Collection(microsoft.graph.targetedManagedAppPolicyAssignment)`, nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::TargetedManagedAppPolicyAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for WindowsInformationProtectionAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
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
#[cfg(msgraph_v1_core_or_device_app_management)]
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
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_object!(WindowsInformationProtectionAssignParams);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    WindowsInformationProtectionAssignParams { with_assignments assignments :
    ::std::vec::Vec < crate ::v1::TargetedManagedAppPolicyAssignment >; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsInformationProtectionAssignParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Assigns user to Autopilot devices.
///
/// Parameters of the action `microsoft.graph.assignUserToDevice`.
/// - `userPrincipalName`: `Edm.String`
/// - `addressableUserName`: `Edm.String`
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct WindowsAutopilotDeviceIdentityAssignUserToDeviceParams {
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `addressableUserName`: `Edm.String`, nullable.
    pub addressable_user_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(WindowsAutopilotDeviceIdentityAssignUserToDeviceParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    WindowsAutopilotDeviceIdentityAssignUserToDeviceParams { with_user_principal_name
    user_principal_name : ::std::string::String; with_addressable_user_name
    addressable_user_name : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsAutopilotDeviceIdentityAssignUserToDeviceParams);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Parameters of the action `microsoft.graph.enableApplicableArchitectures`.
/// - `applicableArchitectures`: `microsoft.graph.windowsArchitecture`
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct Win32LobAppEnableApplicableArchitecturesParams {
    /// CSDL: property `applicableArchitectures`: `microsoft.graph.windowsArchitecture`, not nullable.
    pub applicable_architectures: rt::Field<rt::Flags<crate::v1::WindowsArchitecture>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for Win32LobAppEnableApplicableArchitecturesParams {
    #[inline]
    fn default() -> Self {
        Self {
            applicable_architectures: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for Win32LobAppEnableApplicableArchitecturesParams {
    const TYPE_NAME: &'static str = "microsoft.graph.enableApplicableArchitectures(microsoft.graph.win32LobApp)";
    const KEYS: &'static [&'static str] = &["applicableArchitectures"];
    const KEYS_JSON: &'static [&'static str] = &[",\"applicableArchitectures\":      "];
    const TAG: &'static str = "\"#microsoft.graph.enableApplicableArchitectures(microsoft.graph.win32LobApp)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "applicable_architectures", &self.applicable_architectures);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for Win32LobAppEnableApplicableArchitecturesParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.applicable_architectures.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.applicable_architectures);
    }
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
rt::impl_object!(Win32LobAppEnableApplicableArchitecturesParams);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    Win32LobAppEnableApplicableArchitecturesParams { with_applicable_architectures
    applicable_architectures : rt::Flags < crate ::v1::WindowsArchitecture >; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppEnableApplicableArchitecturesParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Updates properties on Autopilot devices.
///
/// Parameters of the action `microsoft.graph.updateDeviceProperties`.
/// - `userPrincipalName`: `Edm.String`
/// - `addressableUserName`: `Edm.String`
/// - `groupTag`: `Edm.String`
/// - `displayName`: `Edm.String`
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
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
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(WindowsAutopilotDeviceIdentityUpdateDevicePropertiesParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    WindowsAutopilotDeviceIdentityUpdateDevicePropertiesParams { with_user_principal_name
    user_principal_name : ::std::string::String; with_addressable_user_name
    addressable_user_name : ::std::string::String; with_group_tag group_tag :
    ::std::string::String; with_display_name display_name : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsAutopilotDeviceIdentityUpdateDevicePropertiesParams);
