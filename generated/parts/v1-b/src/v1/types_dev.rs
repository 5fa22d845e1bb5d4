//! Types of `microsoft.graph` by the first letters of their names (`dev`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core_or_device_management)]
/// Device action result
///
/// CSDL: `microsoft.graph.deviceActionResult`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceActionResult {
    /// Action name
    ///
    /// CSDL: property `actionName`: `Edm.String`, nullable.
    pub action_name: rt::Field<::std::string::String>,
    /// State of the action
    ///
    /// CSDL: property `actionState`: `microsoft.graph.actionState`, not nullable.
    pub action_state: rt::Field<crate::v1::ActionState>,
    /// Time the action state was last updated
    ///
    /// CSDL: property `lastUpdatedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Time the action was initiated
    ///
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for DeviceActionResult {
    #[inline]
    fn default() -> Self {
        Self {
            action_name: rt::Field::Absent,
            action_state: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for DeviceActionResult {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceActionResult";
    const KEYS: &'static [&'static str] = &[
        "actionName",
        "actionState",
        "lastUpdatedDateTime",
        "startDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"actionName\":                   ",
        ",\"actionState\":                  ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"startDateTime\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceActionResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action_name", &self.action_name);
        v.field(1usize, "action_state", &self.action_state);
        v.field(2usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(3usize, "start_date_time", &self.start_date_time);
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for DeviceActionResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action_name.read_from(r),
            1usize => self.action_state.read_from(r),
            2usize => self.last_updated_date_time.read_from(r),
            3usize => self.start_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action_name);
        w.field(1usize, &self.action_state);
        w.field(2usize, &self.last_updated_date_time);
        w.field(3usize, &self.start_date_time);
    }
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
rt::impl_object!(DeviceActionResult);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    DeviceActionResult { with_action_name action_name : ::std::string::String;
    with_action_state action_state : crate ::v1::ActionState; with_last_updated_date_time
    last_updated_date_time : rt::edm::DateTimeOffset; with_start_date_time
    start_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceActionResult);
#[cfg(msgraph_v1_core_or_device_management)]
/// `microsoft.graph.deviceActionResult` or any type derived from it, selected by `@odata.type` (7 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceActionResult {
    DeviceActionResult(::std::boxed::Box<crate::v1::DeviceActionResult>),
    DeleteUserFromSharedAppleDeviceActionResult(
        ::std::boxed::Box<crate::v1::DeleteUserFromSharedAppleDeviceActionResult>,
    ),
    LocateDeviceActionResult(::std::boxed::Box<crate::v1::LocateDeviceActionResult>),
    RemoteLockActionResult(::std::boxed::Box<crate::v1::RemoteLockActionResult>),
    ResetPasscodeActionResult(::std::boxed::Box<crate::v1::ResetPasscodeActionResult>),
    RotateBitLockerKeysDeviceActionResult(
        ::std::boxed::Box<crate::v1::RotateBitLockerKeysDeviceActionResult>,
    ),
    WindowsDefenderScanActionResult(
        ::std::boxed::Box<crate::v1::WindowsDefenderScanActionResult>,
    ),
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for AnyDeviceActionResult {
    #[inline]
    fn default() -> Self {
        Self::DeviceActionResult(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceActionResult> for AnyDeviceActionResult {
    #[inline]
    fn from(v: crate::v1::DeviceActionResult) -> Self {
        Self::DeviceActionResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeleteUserFromSharedAppleDeviceActionResult>
for AnyDeviceActionResult {
    #[inline]
    fn from(v: crate::v1::DeleteUserFromSharedAppleDeviceActionResult) -> Self {
        Self::DeleteUserFromSharedAppleDeviceActionResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::LocateDeviceActionResult>
for AnyDeviceActionResult {
    #[inline]
    fn from(v: crate::v1::LocateDeviceActionResult) -> Self {
        Self::LocateDeviceActionResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RemoteLockActionResult> for AnyDeviceActionResult {
    #[inline]
    fn from(v: crate::v1::RemoteLockActionResult) -> Self {
        Self::RemoteLockActionResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ResetPasscodeActionResult>
for AnyDeviceActionResult {
    #[inline]
    fn from(v: crate::v1::ResetPasscodeActionResult) -> Self {
        Self::ResetPasscodeActionResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RotateBitLockerKeysDeviceActionResult>
for AnyDeviceActionResult {
    #[inline]
    fn from(v: crate::v1::RotateBitLockerKeysDeviceActionResult) -> Self {
        Self::RotateBitLockerKeysDeviceActionResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsDefenderScanActionResult>
for AnyDeviceActionResult {
    #[inline]
    fn from(v: crate::v1::WindowsDefenderScanActionResult) -> Self {
        Self::WindowsDefenderScanActionResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
unsafe impl ::std::marker::Send for AnyDeviceActionResult {}
#[cfg(msgraph_v1_core_or_device_management)]
unsafe impl ::std::marker::Sync for AnyDeviceActionResult {}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::marker::Unpin for AnyDeviceActionResult {}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::panic::UnwindSafe for AnyDeviceActionResult {}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::panic::RefUnwindSafe for AnyDeviceActionResult {}
#[cfg(msgraph_v1_core_or_device_management)]
const _: () = {
    rt::object::auto_traits::<crate::v1::DeviceActionResult>();
    rt::object::auto_traits::<crate::v1::DeleteUserFromSharedAppleDeviceActionResult>();
    rt::object::auto_traits::<crate::v1::LocateDeviceActionResult>();
    rt::object::auto_traits::<crate::v1::RemoteLockActionResult>();
    rt::object::auto_traits::<crate::v1::ResetPasscodeActionResult>();
    rt::object::auto_traits::<crate::v1::RotateBitLockerKeysDeviceActionResult>();
    rt::object::auto_traits::<crate::v1::WindowsDefenderScanActionResult>();
};
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Poly for AnyDeviceActionResult {
    const BASE_NAME: &'static str = "microsoft.graph.deviceActionResult";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.deleteUserFromSharedAppleDeviceActionResult",
            ) => {
                Self::DeleteUserFromSharedAppleDeviceActionResult(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some("microsoft.graph.locateDeviceActionResult") => {
                Self::LocateDeviceActionResult(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.remoteLockActionResult") => {
                Self::RemoteLockActionResult(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.resetPasscodeActionResult") => {
                Self::ResetPasscodeActionResult(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.rotateBitLockerKeysDeviceActionResult",
            ) => Self::RotateBitLockerKeysDeviceActionResult(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsDefenderScanActionResult",
            ) => Self::WindowsDefenderScanActionResult(rt::object::new_boxed()),
            _ => Self::DeviceActionResult(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeviceActionResult(v) => &**v,
            Self::DeleteUserFromSharedAppleDeviceActionResult(v) => &**v,
            Self::LocateDeviceActionResult(v) => &**v,
            Self::RemoteLockActionResult(v) => &**v,
            Self::ResetPasscodeActionResult(v) => &**v,
            Self::RotateBitLockerKeysDeviceActionResult(v) => &**v,
            Self::WindowsDefenderScanActionResult(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceActionResult(v) => &mut **v,
            Self::DeleteUserFromSharedAppleDeviceActionResult(v) => &mut **v,
            Self::LocateDeviceActionResult(v) => &mut **v,
            Self::RemoteLockActionResult(v) => &mut **v,
            Self::ResetPasscodeActionResult(v) => &mut **v,
            Self::RotateBitLockerKeysDeviceActionResult(v) => &mut **v,
            Self::WindowsDefenderScanActionResult(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl AnyDeviceActionResult {
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
    /// `actionName` of any variant.
    #[inline]
    pub fn action_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceActionResult(v) => &v.action_name,
            Self::DeleteUserFromSharedAppleDeviceActionResult(v) => &v.action_name,
            Self::LocateDeviceActionResult(v) => &v.action_name,
            Self::RemoteLockActionResult(v) => &v.action_name,
            Self::ResetPasscodeActionResult(v) => &v.action_name,
            Self::RotateBitLockerKeysDeviceActionResult(v) => &v.action_name,
            Self::WindowsDefenderScanActionResult(v) => &v.action_name,
        }
    }
    /// `actionName` of any variant.
    #[inline]
    pub fn action_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceActionResult(v) => &mut v.action_name,
            Self::DeleteUserFromSharedAppleDeviceActionResult(v) => &mut v.action_name,
            Self::LocateDeviceActionResult(v) => &mut v.action_name,
            Self::RemoteLockActionResult(v) => &mut v.action_name,
            Self::ResetPasscodeActionResult(v) => &mut v.action_name,
            Self::RotateBitLockerKeysDeviceActionResult(v) => &mut v.action_name,
            Self::WindowsDefenderScanActionResult(v) => &mut v.action_name,
        }
    }
    /// `actionState` of any variant.
    #[inline]
    pub fn action_state(&self) -> &rt::Field<crate::v1::ActionState> {
        match self {
            Self::DeviceActionResult(v) => &v.action_state,
            Self::DeleteUserFromSharedAppleDeviceActionResult(v) => &v.action_state,
            Self::LocateDeviceActionResult(v) => &v.action_state,
            Self::RemoteLockActionResult(v) => &v.action_state,
            Self::ResetPasscodeActionResult(v) => &v.action_state,
            Self::RotateBitLockerKeysDeviceActionResult(v) => &v.action_state,
            Self::WindowsDefenderScanActionResult(v) => &v.action_state,
        }
    }
    /// `actionState` of any variant.
    #[inline]
    pub fn action_state_mut(&mut self) -> &mut rt::Field<crate::v1::ActionState> {
        match self {
            Self::DeviceActionResult(v) => &mut v.action_state,
            Self::DeleteUserFromSharedAppleDeviceActionResult(v) => &mut v.action_state,
            Self::LocateDeviceActionResult(v) => &mut v.action_state,
            Self::RemoteLockActionResult(v) => &mut v.action_state,
            Self::ResetPasscodeActionResult(v) => &mut v.action_state,
            Self::RotateBitLockerKeysDeviceActionResult(v) => &mut v.action_state,
            Self::WindowsDefenderScanActionResult(v) => &mut v.action_state,
        }
    }
    /// `lastUpdatedDateTime` of any variant.
    #[inline]
    pub fn last_updated_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceActionResult(v) => &v.last_updated_date_time,
            Self::DeleteUserFromSharedAppleDeviceActionResult(v) => {
                &v.last_updated_date_time
            }
            Self::LocateDeviceActionResult(v) => &v.last_updated_date_time,
            Self::RemoteLockActionResult(v) => &v.last_updated_date_time,
            Self::ResetPasscodeActionResult(v) => &v.last_updated_date_time,
            Self::RotateBitLockerKeysDeviceActionResult(v) => &v.last_updated_date_time,
            Self::WindowsDefenderScanActionResult(v) => &v.last_updated_date_time,
        }
    }
    /// `lastUpdatedDateTime` of any variant.
    #[inline]
    pub fn last_updated_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceActionResult(v) => &mut v.last_updated_date_time,
            Self::DeleteUserFromSharedAppleDeviceActionResult(v) => {
                &mut v.last_updated_date_time
            }
            Self::LocateDeviceActionResult(v) => &mut v.last_updated_date_time,
            Self::RemoteLockActionResult(v) => &mut v.last_updated_date_time,
            Self::ResetPasscodeActionResult(v) => &mut v.last_updated_date_time,
            Self::RotateBitLockerKeysDeviceActionResult(v) => {
                &mut v.last_updated_date_time
            }
            Self::WindowsDefenderScanActionResult(v) => &mut v.last_updated_date_time,
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceActionResult(v) => &v.start_date_time,
            Self::DeleteUserFromSharedAppleDeviceActionResult(v) => &v.start_date_time,
            Self::LocateDeviceActionResult(v) => &v.start_date_time,
            Self::RemoteLockActionResult(v) => &v.start_date_time,
            Self::ResetPasscodeActionResult(v) => &v.start_date_time,
            Self::RotateBitLockerKeysDeviceActionResult(v) => &v.start_date_time,
            Self::WindowsDefenderScanActionResult(v) => &v.start_date_time,
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceActionResult(v) => &mut v.start_date_time,
            Self::DeleteUserFromSharedAppleDeviceActionResult(v) => {
                &mut v.start_date_time
            }
            Self::LocateDeviceActionResult(v) => &mut v.start_date_time,
            Self::RemoteLockActionResult(v) => &mut v.start_date_time,
            Self::ResetPasscodeActionResult(v) => &mut v.start_date_time,
            Self::RotateBitLockerKeysDeviceActionResult(v) => &mut v.start_date_time,
            Self::WindowsDefenderScanActionResult(v) => &mut v.start_date_time,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_poly!(AnyDeviceActionResult);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceActionResult);
#[cfg(msgraph_v1_core)]
/// Exported Data
///
/// CSDL: `microsoft.graph.deviceAndAppManagementData`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceAndAppManagementData {
    /// CSDL: property `content`: `Edm.Stream`, nullable.
    pub content: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for DeviceAndAppManagementData {
    #[inline]
    fn default() -> Self {
        Self {
            content: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for DeviceAndAppManagementData {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceAndAppManagementData";
    const KEYS: &'static [&'static str] = &["content"];
    const KEYS_JSON: &'static [&'static str] = &[",\"content\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.deviceAndAppManagementData\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content", &self.content);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for DeviceAndAppManagementData {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content);
    }
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
rt::impl_object!(DeviceAndAppManagementData);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(DeviceAndAppManagementData { with_content content : rt::RawJson; });
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceAndAppManagementData);
#[cfg(msgraph_v1_device_management_or_search)]
/// The Role Assignment resource. Role assignments tie together a role definition with members and scopes. There can be one or more role assignments per role. This applies to custom and built-in roles.
///
/// CSDL: `microsoft.graph.deviceAndAppManagementRoleAssignment`, entity type, derived from `microsoft.graph.roleAssignment`, key `id`.
///
/// Request builders: [`RoleAssignmentPath`](requests/trait.RoleAssignmentPath.html), what a path to one (`EntityPath<DeviceAndAppManagementRoleAssignment, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceAndAppManagementRoleAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Indicates the description of the role assignment. For example: 'All administrators, employees and scope tags associated with the Houston office.' Max length is 1024 characters.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Indicates the display name of the role assignment. For example: 'Houston administrators and users'. Max length is 128 characters.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Indicates the list of resource scope security group Entra IDs. For example: {dec942f4-6777-4998-96b4-522e383b08e2}.
    ///
    /// CSDL: property `resourceScopes`: `Collection(Edm.String)`, nullable.
    pub resource_scopes: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Indicates the role definition for this role assignment.
    ///
    /// CSDL: navigation property `roleDefinition`: `microsoft.graph.roleDefinition`, nullable.
    pub role_definition: rt::Field<crate::v1::AnyRoleDefinition>,
    /// Indicates the list of role member security group Entra IDs. For example: {dec942f4-6777-4998-96b4-522e383b08e2}.
    ///
    /// CSDL: property `members`: `Collection(Edm.String)`, nullable.
    pub members: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceAndAppManagementRoleAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            resource_scopes: rt::Field::Absent,
            role_definition: rt::Field::Absent,
            members: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceAndAppManagementRoleAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceAndAppManagementRoleAssignment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "resourceScopes",
        "roleDefinition",
        "members",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"resourceScopes\":               ",
        ",\"roleDefinition\":               ",
        ",\"members\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceAndAppManagementRoleAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "resource_scopes", &self.resource_scopes);
        v.field(4usize, "role_definition", &self.role_definition);
        v.field(5usize, "members", &self.members);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceAndAppManagementRoleAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.resource_scopes.read_from(r),
            4usize => self.role_definition.read_from(r),
            5usize => self.members.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.resource_scopes);
        w.field(4usize, &self.role_definition);
        w.field(5usize, &self.members);
    }
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
rt::impl_object!(DeviceAndAppManagementRoleAssignment);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceAndAppManagementRoleAssignment { with_id id : ::std::string::String;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_resource_scopes resource_scopes : ::std::vec::Vec <
    ::std::string::String >; with_role_definition role_definition : crate
    ::v1::AnyRoleDefinition; with_members members : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceAndAppManagementRoleAssignment);
#[cfg(msgraph_v1_device_management_or_search)]
/// The Role Definition resource. The role definition is the foundation of role based access in Intune. The role combines an Intune resource such as a Mobile App and associated role permissions such as Create or Read for the resource. There are two types of roles, built-in and custom. Built-in roles cannot be modified. Both built-in roles and custom roles must have assignments to be enforced. Create custom roles if you want to define a role that allows any of the available resources and role permissions to be combined into a single role.
///
/// CSDL: `microsoft.graph.deviceAndAppManagementRoleDefinition`, entity type, derived from `microsoft.graph.roleDefinition`, key `id`.
///
/// Request builders: [`RoleDefinitionPath`](requests/trait.RoleDefinitionPath.html), what a path to one (`EntityPath<DeviceAndAppManagementRoleDefinition, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceAndAppManagementRoleDefinition {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Description of the Role definition.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Display Name of the Role definition.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Type of Role. Set to True if it is built-in, or set to False if it is a custom role definition.
    ///
    /// CSDL: property `isBuiltIn`: `Edm.Boolean`, not nullable.
    pub is_built_in: rt::Field<bool>,
    /// List of Role Permissions this role is allowed to perform. These must match the actionName that is defined as part of the rolePermission.
    ///
    /// CSDL: property `rolePermissions`: `Collection(microsoft.graph.rolePermission)`, nullable.
    pub role_permissions: rt::Field<::std::vec::Vec<crate::v1::RolePermission>>,
    /// List of Role assignments for this role definition.
    ///
    /// CSDL: containment navigation property `roleAssignments`: `Collection(microsoft.graph.roleAssignment)`, not nullable.
    pub role_assignments: rt::Field<::std::vec::Vec<crate::v1::AnyRoleAssignment>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceAndAppManagementRoleDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_built_in: rt::Field::Absent,
            role_permissions: rt::Field::Absent,
            role_assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceAndAppManagementRoleDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceAndAppManagementRoleDefinition";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "isBuiltIn",
        "rolePermissions",
        "roleAssignments",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isBuiltIn\":                    ",
        ",\"rolePermissions\":              ",
        ",\"roleAssignments\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceAndAppManagementRoleDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "is_built_in", &self.is_built_in);
        v.field(4usize, "role_permissions", &self.role_permissions);
        v.field(5usize, "role_assignments", &self.role_assignments);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceAndAppManagementRoleDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.is_built_in.read_from(r),
            4usize => self.role_permissions.read_from(r),
            5usize => self.role_assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.is_built_in);
        w.field(4usize, &self.role_permissions);
        w.field(5usize, &self.role_assignments);
    }
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
rt::impl_object!(DeviceAndAppManagementRoleDefinition);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceAndAppManagementRoleDefinition { with_id id : ::std::string::String;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_is_built_in is_built_in : bool; with_role_permissions
    role_permissions : ::std::vec::Vec < crate ::v1::RolePermission >;
    with_role_assignments role_assignments : ::std::vec::Vec < crate
    ::v1::AnyRoleAssignment >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceAndAppManagementRoleDefinition);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Singleton entity that acts as a container for all device app management functionality.
///
/// CSDL: `microsoft.graph.deviceAppManagement`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceAppManagementPath`](requests/trait.DeviceAppManagementPath.html), what a path to one (`EntityPath<DeviceAppManagement, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceAppManagement {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Whether the account is enabled for syncing applications from the Microsoft Store for Business.
    ///
    /// CSDL: property `isEnabledForMicrosoftStoreForBusiness`: `Edm.Boolean`, not nullable.
    pub is_enabled_for_microsoft_store_for_business: rt::Field<bool>,
    /// The locale information used to sync applications from the Microsoft Store for Business. Cultures that are specific to a country/region. The names of these cultures follow RFC 4646 (Windows Vista and later). The format is <languagecode2>-<country/regioncode2>, where <languagecode2> is a lowercase two-letter code derived from ISO 639-1 and <country/regioncode2> is an uppercase two-letter code derived from ISO 3166. For example, en-US for English (United States) is a specific culture.
    ///
    /// CSDL: property `microsoftStoreForBusinessLanguage`: `Edm.String`, nullable.
    pub microsoft_store_for_business_language: rt::Field<::std::string::String>,
    /// The last time an application sync from the Microsoft Store for Business was completed.
    ///
    /// CSDL: property `microsoftStoreForBusinessLastCompletedApplicationSyncTime`: `Edm.DateTimeOffset`, not nullable.
    pub microsoft_store_for_business_last_completed_application_sync_time: rt::Field<
        rt::edm::DateTimeOffset,
    >,
    /// The last time the apps from the Microsoft Store for Business were synced successfully for the account.
    ///
    /// CSDL: property `microsoftStoreForBusinessLastSuccessfulSyncDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub microsoft_store_for_business_last_successful_sync_date_time: rt::Field<
        rt::edm::DateTimeOffset,
    >,
    /// Android managed app policies.
    ///
    /// CSDL: containment navigation property `androidManagedAppProtections`: `Collection(microsoft.graph.androidManagedAppProtection)`, not nullable.
    pub android_managed_app_protections: rt::Field<
        ::std::vec::Vec<crate::v1::AndroidManagedAppProtection>,
    >,
    /// Default managed app policies.
    ///
    /// CSDL: containment navigation property `defaultManagedAppProtections`: `Collection(microsoft.graph.defaultManagedAppProtection)`, not nullable.
    pub default_managed_app_protections: rt::Field<
        ::std::vec::Vec<crate::v1::DefaultManagedAppProtection>,
    >,
    /// iOS managed app policies.
    ///
    /// CSDL: containment navigation property `iosManagedAppProtections`: `Collection(microsoft.graph.iosManagedAppProtection)`, not nullable.
    pub ios_managed_app_protections: rt::Field<
        ::std::vec::Vec<crate::v1::IosManagedAppProtection>,
    >,
    /// Managed app policies.
    ///
    /// CSDL: containment navigation property `managedAppPolicies`: `Collection(microsoft.graph.managedAppPolicy)`, not nullable.
    pub managed_app_policies: rt::Field<::std::vec::Vec<crate::v1::AnyManagedAppPolicy>>,
    /// The managed app registrations.
    ///
    /// CSDL: containment navigation property `managedAppRegistrations`: `Collection(microsoft.graph.managedAppRegistration)`, not nullable.
    pub managed_app_registrations: rt::Field<
        ::std::vec::Vec<crate::v1::AnyManagedAppRegistration>,
    >,
    /// The managed app statuses.
    ///
    /// CSDL: containment navigation property `managedAppStatuses`: `Collection(microsoft.graph.managedAppStatus)`, not nullable.
    pub managed_app_statuses: rt::Field<::std::vec::Vec<crate::v1::AnyManagedAppStatus>>,
    /// The Managed eBook.
    ///
    /// CSDL: containment navigation property `managedEBooks`: `Collection(microsoft.graph.managedEBook)`, not nullable.
    pub managed_e_books: rt::Field<::std::vec::Vec<crate::v1::AnyManagedEBook>>,
    /// Windows information protection for apps running on devices which are MDM enrolled.
    ///
    /// CSDL: containment navigation property `mdmWindowsInformationProtectionPolicies`: `Collection(microsoft.graph.mdmWindowsInformationProtectionPolicy)`, not nullable.
    pub mdm_windows_information_protection_policies: rt::Field<
        ::std::vec::Vec<crate::v1::MdmWindowsInformationProtectionPolicy>,
    >,
    /// The mobile app categories.
    ///
    /// CSDL: containment navigation property `mobileAppCategories`: `Collection(microsoft.graph.mobileAppCategory)`, not nullable.
    pub mobile_app_categories: rt::Field<::std::vec::Vec<crate::v1::MobileAppCategory>>,
    /// The Managed Device Mobile Application Configurations.
    ///
    /// CSDL: containment navigation property `mobileAppConfigurations`: `Collection(microsoft.graph.managedDeviceMobileAppConfiguration)`, not nullable.
    pub mobile_app_configurations: rt::Field<
        ::std::vec::Vec<crate::v1::AnyManagedDeviceMobileAppConfiguration>,
    >,
    /// The mobile app relationship represents the dependency or supersedence relationship between two Intune mobile LOB applications.
    ///
    /// CSDL: containment navigation property `mobileAppRelationships`: `Collection(microsoft.graph.mobileAppRelationship)`, not nullable.
    pub mobile_app_relationships: rt::Field<
        ::std::vec::Vec<crate::v1::MobileAppRelationship>,
    >,
    /// The mobile apps.
    ///
    /// CSDL: containment navigation property `mobileApps`: `Collection(microsoft.graph.mobileApp)`, not nullable.
    pub mobile_apps: rt::Field<::std::vec::Vec<crate::v1::AnyMobileApp>>,
    /// Targeted managed app configurations.
    ///
    /// CSDL: containment navigation property `targetedManagedAppConfigurations`: `Collection(microsoft.graph.targetedManagedAppConfiguration)`, not nullable.
    pub targeted_managed_app_configurations: rt::Field<
        ::std::vec::Vec<crate::v1::TargetedManagedAppConfiguration>,
    >,
    /// List of Vpp tokens for this organization.
    ///
    /// CSDL: containment navigation property `vppTokens`: `Collection(microsoft.graph.vppToken)`, not nullable.
    pub vpp_tokens: rt::Field<::std::vec::Vec<crate::v1::VppToken>>,
    /// Windows information protection for apps running on devices which are not MDM enrolled.
    ///
    /// CSDL: containment navigation property `windowsInformationProtectionPolicies`: `Collection(microsoft.graph.windowsInformationProtectionPolicy)`, not nullable.
    pub windows_information_protection_policies: rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionPolicy>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for DeviceAppManagement {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_enabled_for_microsoft_store_for_business: rt::Field::Absent,
            microsoft_store_for_business_language: rt::Field::Absent,
            microsoft_store_for_business_last_completed_application_sync_time: rt::Field::Absent,
            microsoft_store_for_business_last_successful_sync_date_time: rt::Field::Absent,
            android_managed_app_protections: rt::Field::Absent,
            default_managed_app_protections: rt::Field::Absent,
            ios_managed_app_protections: rt::Field::Absent,
            managed_app_policies: rt::Field::Absent,
            managed_app_registrations: rt::Field::Absent,
            managed_app_statuses: rt::Field::Absent,
            managed_e_books: rt::Field::Absent,
            mdm_windows_information_protection_policies: rt::Field::Absent,
            mobile_app_categories: rt::Field::Absent,
            mobile_app_configurations: rt::Field::Absent,
            mobile_app_relationships: rt::Field::Absent,
            mobile_apps: rt::Field::Absent,
            targeted_managed_app_configurations: rt::Field::Absent,
            vpp_tokens: rt::Field::Absent,
            windows_information_protection_policies: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for DeviceAppManagement {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceAppManagement";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isEnabledForMicrosoftStoreForBusiness",
        "microsoftStoreForBusinessLanguage",
        "microsoftStoreForBusinessLastCompletedApplicationSyncTime",
        "microsoftStoreForBusinessLastSuccessfulSyncDateTime",
        "androidManagedAppProtections",
        "defaultManagedAppProtections",
        "iosManagedAppProtections",
        "managedAppPolicies",
        "managedAppRegistrations",
        "managedAppStatuses",
        "managedEBooks",
        "mdmWindowsInformationProtectionPolicies",
        "mobileAppCategories",
        "mobileAppConfigurations",
        "mobileAppRelationships",
        "mobileApps",
        "targetedManagedAppConfigurations",
        "vppTokens",
        "windowsInformationProtectionPolicies",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isEnabledForMicrosoftStoreForBusiness\":",
        ",\"microsoftStoreForBusinessLanguage\":",
        ",\"microsoftStoreForBusinessLastCompletedApplicationSyncTime\":",
        ",\"microsoftStoreForBusinessLastSuccessfulSyncDateTime\":",
        ",\"androidManagedAppProtections\": ",
        ",\"defaultManagedAppProtections\": ",
        ",\"iosManagedAppProtections\":     ",
        ",\"managedAppPolicies\":           ",
        ",\"managedAppRegistrations\":      ",
        ",\"managedAppStatuses\":           ",
        ",\"managedEBooks\":                ",
        ",\"mdmWindowsInformationProtectionPolicies\":",
        ",\"mobileAppCategories\":          ",
        ",\"mobileAppConfigurations\":      ",
        ",\"mobileAppRelationships\":       ",
        ",\"mobileApps\":                   ",
        ",\"targetedManagedAppConfigurations\":",
        ",\"vppTokens\":                    ",
        ",\"windowsInformationProtectionPolicies\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceAppManagement\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "is_enabled_for_microsoft_store_for_business",
            &self.is_enabled_for_microsoft_store_for_business,
        );
        v.field(
            2usize,
            "microsoft_store_for_business_language",
            &self.microsoft_store_for_business_language,
        );
        v.field(
            3usize,
            "microsoft_store_for_business_last_completed_application_sync_time",
            &self.microsoft_store_for_business_last_completed_application_sync_time,
        );
        v.field(
            4usize,
            "microsoft_store_for_business_last_successful_sync_date_time",
            &self.microsoft_store_for_business_last_successful_sync_date_time,
        );
        v.field(
            5usize,
            "android_managed_app_protections",
            &self.android_managed_app_protections,
        );
        v.field(
            6usize,
            "default_managed_app_protections",
            &self.default_managed_app_protections,
        );
        v.field(
            7usize,
            "ios_managed_app_protections",
            &self.ios_managed_app_protections,
        );
        v.field(8usize, "managed_app_policies", &self.managed_app_policies);
        v.field(9usize, "managed_app_registrations", &self.managed_app_registrations);
        v.field(10usize, "managed_app_statuses", &self.managed_app_statuses);
        v.field(11usize, "managed_e_books", &self.managed_e_books);
        v.field(
            12usize,
            "mdm_windows_information_protection_policies",
            &self.mdm_windows_information_protection_policies,
        );
        v.field(13usize, "mobile_app_categories", &self.mobile_app_categories);
        v.field(14usize, "mobile_app_configurations", &self.mobile_app_configurations);
        v.field(15usize, "mobile_app_relationships", &self.mobile_app_relationships);
        v.field(16usize, "mobile_apps", &self.mobile_apps);
        v.field(
            17usize,
            "targeted_managed_app_configurations",
            &self.targeted_managed_app_configurations,
        );
        v.field(18usize, "vpp_tokens", &self.vpp_tokens);
        v.field(
            19usize,
            "windows_information_protection_policies",
            &self.windows_information_protection_policies,
        );
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for DeviceAppManagement {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_enabled_for_microsoft_store_for_business.read_from(r),
            2usize => self.microsoft_store_for_business_language.read_from(r),
            3usize => {
                self.microsoft_store_for_business_last_completed_application_sync_time
                    .read_from(r)
            }
            4usize => {
                self.microsoft_store_for_business_last_successful_sync_date_time
                    .read_from(r)
            }
            5usize => self.android_managed_app_protections.read_from(r),
            6usize => self.default_managed_app_protections.read_from(r),
            7usize => self.ios_managed_app_protections.read_from(r),
            8usize => self.managed_app_policies.read_from(r),
            9usize => self.managed_app_registrations.read_from(r),
            10usize => self.managed_app_statuses.read_from(r),
            11usize => self.managed_e_books.read_from(r),
            12usize => self.mdm_windows_information_protection_policies.read_from(r),
            13usize => self.mobile_app_categories.read_from(r),
            14usize => self.mobile_app_configurations.read_from(r),
            15usize => self.mobile_app_relationships.read_from(r),
            16usize => self.mobile_apps.read_from(r),
            17usize => self.targeted_managed_app_configurations.read_from(r),
            18usize => self.vpp_tokens.read_from(r),
            19usize => self.windows_information_protection_policies.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_enabled_for_microsoft_store_for_business);
        w.field(2usize, &self.microsoft_store_for_business_language);
        w.field(
            3usize,
            &self.microsoft_store_for_business_last_completed_application_sync_time,
        );
        w.field(
            4usize,
            &self.microsoft_store_for_business_last_successful_sync_date_time,
        );
        w.field(5usize, &self.android_managed_app_protections);
        w.field(6usize, &self.default_managed_app_protections);
        w.field(7usize, &self.ios_managed_app_protections);
        w.field(8usize, &self.managed_app_policies);
        w.field(9usize, &self.managed_app_registrations);
        w.field(10usize, &self.managed_app_statuses);
        w.field(11usize, &self.managed_e_books);
        w.field(12usize, &self.mdm_windows_information_protection_policies);
        w.field(13usize, &self.mobile_app_categories);
        w.field(14usize, &self.mobile_app_configurations);
        w.field(15usize, &self.mobile_app_relationships);
        w.field(16usize, &self.mobile_apps);
        w.field(17usize, &self.targeted_managed_app_configurations);
        w.field(18usize, &self.vpp_tokens);
        w.field(19usize, &self.windows_information_protection_policies);
    }
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
rt::impl_object!(DeviceAppManagement);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    DeviceAppManagement { with_id id : ::std::string::String;
    with_is_enabled_for_microsoft_store_for_business
    is_enabled_for_microsoft_store_for_business : bool;
    with_microsoft_store_for_business_language microsoft_store_for_business_language :
    ::std::string::String;
    with_microsoft_store_for_business_last_completed_application_sync_time
    microsoft_store_for_business_last_completed_application_sync_time :
    rt::edm::DateTimeOffset;
    with_microsoft_store_for_business_last_successful_sync_date_time
    microsoft_store_for_business_last_successful_sync_date_time :
    rt::edm::DateTimeOffset; with_android_managed_app_protections
    android_managed_app_protections : ::std::vec::Vec < crate
    ::v1::AndroidManagedAppProtection >; with_default_managed_app_protections
    default_managed_app_protections : ::std::vec::Vec < crate
    ::v1::DefaultManagedAppProtection >; with_ios_managed_app_protections
    ios_managed_app_protections : ::std::vec::Vec < crate ::v1::IosManagedAppProtection
    >; with_managed_app_policies managed_app_policies : ::std::vec::Vec < crate
    ::v1::AnyManagedAppPolicy >; with_managed_app_registrations managed_app_registrations
    : ::std::vec::Vec < crate ::v1::AnyManagedAppRegistration >;
    with_managed_app_statuses managed_app_statuses : ::std::vec::Vec < crate
    ::v1::AnyManagedAppStatus >; with_managed_e_books managed_e_books : ::std::vec::Vec <
    crate ::v1::AnyManagedEBook >; with_mdm_windows_information_protection_policies
    mdm_windows_information_protection_policies : ::std::vec::Vec < crate
    ::v1::MdmWindowsInformationProtectionPolicy >; with_mobile_app_categories
    mobile_app_categories : ::std::vec::Vec < crate ::v1::MobileAppCategory >;
    with_mobile_app_configurations mobile_app_configurations : ::std::vec::Vec < crate
    ::v1::AnyManagedDeviceMobileAppConfiguration >; with_mobile_app_relationships
    mobile_app_relationships : ::std::vec::Vec < crate ::v1::MobileAppRelationship >;
    with_mobile_apps mobile_apps : ::std::vec::Vec < crate ::v1::AnyMobileApp >;
    with_targeted_managed_app_configurations targeted_managed_app_configurations :
    ::std::vec::Vec < crate ::v1::TargetedManagedAppConfiguration >; with_vpp_tokens
    vpp_tokens : ::std::vec::Vec < crate ::v1::VppToken >;
    with_windows_information_protection_policies windows_information_protection_policies
    : ::std::vec::Vec < crate ::v1::WindowsInformationProtectionPolicy >; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceAppManagement);
#[cfg(msgraph_v1_core_or_device_management)]
/// Device categories provides a way to organize your devices. Using device categories, company administrators can define their own categories that make sense to their company. These categories can then be applied to a device in the Intune Azure console or selected by a user during device enrollment. You can filter reports and create dynamic Azure Active Directory device groups based on device categories.
///
/// CSDL: `microsoft.graph.deviceCategory`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceCategory {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Optional description for the device category.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Display name for the device category.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for DeviceCategory {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for DeviceCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceCategory";
    const KEYS: &'static [&'static str] = &["id", "description", "displayName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceCategory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for DeviceCategory {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
    }
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
rt::impl_object!(DeviceCategory);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    DeviceCategory { with_id id : ::std::string::String; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceCategory);
#[cfg(msgraph_v1_device_management_or_search)]
/// Scheduled Action Configuration
///
/// CSDL: `microsoft.graph.deviceComplianceActionItem`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceComplianceActionItem {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// What action to take
    ///
    /// CSDL: property `actionType`: `microsoft.graph.deviceComplianceActionType`, not nullable.
    pub action_type: rt::Field<crate::v1::DeviceComplianceActionType>,
    /// Number of hours to wait till the action will be enforced. Valid values 0 to 8760
    ///
    /// CSDL: property `gracePeriodHours`: `Edm.Int32`, not nullable.
    pub grace_period_hours: rt::Field<i32>,
    /// A list of group IDs to speicify who to CC this notification message to.
    ///
    /// CSDL: property `notificationMessageCCList`: `Collection(Edm.String)`, nullable.
    pub notification_message_cc_list: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// What notification Message template to use
    ///
    /// CSDL: property `notificationTemplateId`: `Edm.String`, nullable.
    pub notification_template_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceComplianceActionItem {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            action_type: rt::Field::Absent,
            grace_period_hours: rt::Field::Absent,
            notification_message_cc_list: rt::Field::Absent,
            notification_template_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceComplianceActionItem {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceComplianceActionItem";
    const KEYS: &'static [&'static str] = &[
        "id",
        "actionType",
        "gracePeriodHours",
        "notificationMessageCCList",
        "notificationTemplateId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"actionType\":                   ",
        ",\"gracePeriodHours\":             ",
        ",\"notificationMessageCCList\":    ",
        ",\"notificationTemplateId\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceComplianceActionItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "action_type", &self.action_type);
        v.field(2usize, "grace_period_hours", &self.grace_period_hours);
        v.field(
            3usize,
            "notification_message_cc_list",
            &self.notification_message_cc_list,
        );
        v.field(4usize, "notification_template_id", &self.notification_template_id);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceComplianceActionItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.action_type.read_from(r),
            2usize => self.grace_period_hours.read_from(r),
            3usize => self.notification_message_cc_list.read_from(r),
            4usize => self.notification_template_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.action_type);
        w.field(2usize, &self.grace_period_hours);
        w.field(3usize, &self.notification_message_cc_list);
        w.field(4usize, &self.notification_template_id);
    }
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
rt::impl_object!(DeviceComplianceActionItem);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceComplianceActionItem { with_id id : ::std::string::String; with_action_type
    action_type : crate ::v1::DeviceComplianceActionType; with_grace_period_hours
    grace_period_hours : i32; with_notification_message_cc_list
    notification_message_cc_list : ::std::vec::Vec < ::std::string::String >;
    with_notification_template_id notification_template_id : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceComplianceActionItem);
#[cfg(msgraph_v1_device_management_or_search)]
/// Scheduled Action Type Enum
///
/// CSDL: `microsoft.graph.deviceComplianceActionType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceComplianceActionType {
    /// No Action
    ///
    /// `noAction` (value 0).
    NoAction,
    /// Send Notification
    ///
    /// `notification` (value 1).
    Notification,
    /// Block the device in AAD
    ///
    /// `block` (value 2).
    Block,
    /// Retire the device
    ///
    /// `retire` (value 3).
    Retire,
    /// Wipe the device
    ///
    /// `wipe` (value 4).
    Wipe,
    /// Remove Resource Access Profiles from the device
    ///
    /// `removeResourceAccessProfiles` (value 5).
    RemoveResourceAccessProfiles,
    /// Send push notification to device
    ///
    /// `pushNotification` (value 9).
    PushNotification,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for DeviceComplianceActionType {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceComplianceActionType";
    const MEMBERS: &'static [&'static str] = &[
        "noAction",
        "notification",
        "block",
        "retire",
        "wipe",
        "removeResourceAccessProfiles",
        "pushNotification",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "noAction" => Self::NoAction,
                "notification" => Self::Notification,
                "block" => Self::Block,
                "retire" => Self::Retire,
                "wipe" => Self::Wipe,
                "removeResourceAccessProfiles" => Self::RemoveResourceAccessProfiles,
                "pushNotification" => Self::PushNotification,
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
            Self::NoAction => "noAction",
            Self::Notification => "notification",
            Self::Block => "block",
            Self::Retire => "retire",
            Self::Wipe => "wipe",
            Self::RemoveResourceAccessProfiles => "removeResourceAccessProfiles",
            Self::PushNotification => "pushNotification",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(DeviceComplianceActionType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceComplianceActionType);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceComplianceDeviceOverview`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceComplianceDeviceOverview {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Version of the policy for that overview
    ///
    /// CSDL: property `configurationVersion`: `Edm.Int32`, not nullable.
    pub configuration_version: rt::Field<i32>,
    /// Number of error devices
    ///
    /// CSDL: property `errorCount`: `Edm.Int32`, not nullable.
    pub error_count: rt::Field<i32>,
    /// Number of failed devices
    ///
    /// CSDL: property `failedCount`: `Edm.Int32`, not nullable.
    pub failed_count: rt::Field<i32>,
    /// Last update time
    ///
    /// CSDL: property `lastUpdateDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_update_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Number of not applicable devices
    ///
    /// CSDL: property `notApplicableCount`: `Edm.Int32`, not nullable.
    pub not_applicable_count: rt::Field<i32>,
    /// Number of pending devices
    ///
    /// CSDL: property `pendingCount`: `Edm.Int32`, not nullable.
    pub pending_count: rt::Field<i32>,
    /// Number of succeeded devices
    ///
    /// CSDL: property `successCount`: `Edm.Int32`, not nullable.
    pub success_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceComplianceDeviceOverview {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            configuration_version: rt::Field::Absent,
            error_count: rt::Field::Absent,
            failed_count: rt::Field::Absent,
            last_update_date_time: rt::Field::Absent,
            not_applicable_count: rt::Field::Absent,
            pending_count: rt::Field::Absent,
            success_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceComplianceDeviceOverview {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceComplianceDeviceOverview";
    const KEYS: &'static [&'static str] = &[
        "id",
        "configurationVersion",
        "errorCount",
        "failedCount",
        "lastUpdateDateTime",
        "notApplicableCount",
        "pendingCount",
        "successCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"configurationVersion\":         ",
        ",\"errorCount\":                   ",
        ",\"failedCount\":                  ",
        ",\"lastUpdateDateTime\":           ",
        ",\"notApplicableCount\":           ",
        ",\"pendingCount\":                 ",
        ",\"successCount\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceComplianceDeviceOverview\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "configuration_version", &self.configuration_version);
        v.field(2usize, "error_count", &self.error_count);
        v.field(3usize, "failed_count", &self.failed_count);
        v.field(4usize, "last_update_date_time", &self.last_update_date_time);
        v.field(5usize, "not_applicable_count", &self.not_applicable_count);
        v.field(6usize, "pending_count", &self.pending_count);
        v.field(7usize, "success_count", &self.success_count);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceComplianceDeviceOverview {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.configuration_version.read_from(r),
            2usize => self.error_count.read_from(r),
            3usize => self.failed_count.read_from(r),
            4usize => self.last_update_date_time.read_from(r),
            5usize => self.not_applicable_count.read_from(r),
            6usize => self.pending_count.read_from(r),
            7usize => self.success_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.configuration_version);
        w.field(2usize, &self.error_count);
        w.field(3usize, &self.failed_count);
        w.field(4usize, &self.last_update_date_time);
        w.field(5usize, &self.not_applicable_count);
        w.field(6usize, &self.pending_count);
        w.field(7usize, &self.success_count);
    }
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
rt::impl_object!(DeviceComplianceDeviceOverview);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceComplianceDeviceOverview { with_id id : ::std::string::String;
    with_configuration_version configuration_version : i32; with_error_count error_count
    : i32; with_failed_count failed_count : i32; with_last_update_date_time
    last_update_date_time : rt::edm::DateTimeOffset; with_not_applicable_count
    not_applicable_count : i32; with_pending_count pending_count : i32;
    with_success_count success_count : i32; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceComplianceDeviceOverview);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceComplianceDeviceStatus`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceComplianceDeviceStatus {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The DateTime when device compliance grace period expires
    ///
    /// CSDL: property `complianceGracePeriodExpirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub compliance_grace_period_expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Device name of the DevicePolicyStatus.
    ///
    /// CSDL: property `deviceDisplayName`: `Edm.String`, nullable.
    pub device_display_name: rt::Field<::std::string::String>,
    /// The device model that is being reported
    ///
    /// CSDL: property `deviceModel`: `Edm.String`, nullable.
    pub device_model: rt::Field<::std::string::String>,
    /// Last modified date time of the policy report.
    ///
    /// CSDL: property `lastReportedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_reported_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Compliance status of the policy report.
    ///
    /// CSDL: property `status`: `microsoft.graph.complianceStatus`, not nullable.
    pub status: rt::Field<crate::v1::ComplianceStatus>,
    /// The User Name that is being reported
    ///
    /// CSDL: property `userName`: `Edm.String`, nullable.
    pub user_name: rt::Field<::std::string::String>,
    /// UserPrincipalName.
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceComplianceDeviceStatus {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            compliance_grace_period_expiration_date_time: rt::Field::Absent,
            device_display_name: rt::Field::Absent,
            device_model: rt::Field::Absent,
            last_reported_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            user_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceComplianceDeviceStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceComplianceDeviceStatus";
    const KEYS: &'static [&'static str] = &[
        "id",
        "complianceGracePeriodExpirationDateTime",
        "deviceDisplayName",
        "deviceModel",
        "lastReportedDateTime",
        "status",
        "userName",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"complianceGracePeriodExpirationDateTime\":",
        ",\"deviceDisplayName\":            ",
        ",\"deviceModel\":                  ",
        ",\"lastReportedDateTime\":         ",
        ",\"status\":                       ",
        ",\"userName\":                     ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceComplianceDeviceStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "compliance_grace_period_expiration_date_time",
            &self.compliance_grace_period_expiration_date_time,
        );
        v.field(2usize, "device_display_name", &self.device_display_name);
        v.field(3usize, "device_model", &self.device_model);
        v.field(4usize, "last_reported_date_time", &self.last_reported_date_time);
        v.field(5usize, "status", &self.status);
        v.field(6usize, "user_name", &self.user_name);
        v.field(7usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceComplianceDeviceStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.compliance_grace_period_expiration_date_time.read_from(r),
            2usize => self.device_display_name.read_from(r),
            3usize => self.device_model.read_from(r),
            4usize => self.last_reported_date_time.read_from(r),
            5usize => self.status.read_from(r),
            6usize => self.user_name.read_from(r),
            7usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.compliance_grace_period_expiration_date_time);
        w.field(2usize, &self.device_display_name);
        w.field(3usize, &self.device_model);
        w.field(4usize, &self.last_reported_date_time);
        w.field(5usize, &self.status);
        w.field(6usize, &self.user_name);
        w.field(7usize, &self.user_principal_name);
    }
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
rt::impl_object!(DeviceComplianceDeviceStatus);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceComplianceDeviceStatus { with_id id : ::std::string::String;
    with_compliance_grace_period_expiration_date_time
    compliance_grace_period_expiration_date_time : rt::edm::DateTimeOffset;
    with_device_display_name device_display_name : ::std::string::String;
    with_device_model device_model : ::std::string::String; with_last_reported_date_time
    last_reported_date_time : rt::edm::DateTimeOffset; with_status status : crate
    ::v1::ComplianceStatus; with_user_name user_name : ::std::string::String;
    with_user_principal_name user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceComplianceDeviceStatus);
#[cfg(msgraph_v1_device_management_or_search)]
/// This is the base class for Compliance policy. Compliance policies are platform specific and individual per-platform compliance policies inherit from here.
///
/// CSDL: `microsoft.graph.deviceCompliancePolicy`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`DeviceCompliancePolicyPath`](requests/trait.DeviceCompliancePolicyPath.html), what a path to one (`EntityPath<AnyDeviceCompliancePolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceCompliancePolicy {
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
    /// The collection of assignments for this compliance policy.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceCompliancePolicyAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceCompliancePolicyAssignment>,
    >,
    /// Compliance Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::v1::SettingStateDeviceSummary>,
    >,
    /// List of DeviceComplianceDeviceStatus.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceComplianceDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceComplianceDeviceStatus>,
    >,
    /// Device compliance devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceComplianceDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<crate::v1::DeviceComplianceDeviceOverview>,
    /// The list of scheduled action per rule for this compliance policy. This is a required property when creating any individual per-platform compliance policies.
    ///
    /// CSDL: containment navigation property `scheduledActionsForRule`: `Collection(microsoft.graph.deviceComplianceScheduledActionForRule)`, not nullable.
    pub scheduled_actions_for_rule: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceComplianceScheduledActionForRule>,
    >,
    /// List of DeviceComplianceUserStatus.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceComplianceUserStatus)`, not nullable.
    pub user_statuses: rt::Field<::std::vec::Vec<crate::v1::DeviceComplianceUserStatus>>,
    /// Device compliance users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceComplianceUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::v1::DeviceComplianceUserOverview>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceCompliancePolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            scheduled_actions_for_rule: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceCompliancePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceCompliancePolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "scheduledActionsForRule",
        "userStatuses",
        "userStatusOverview",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"scheduledActionsForRule\":      ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceCompliancePolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "version", &self.version);
        v.field(6usize, "assignments", &self.assignments);
        v.field(
            7usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(8usize, "device_statuses", &self.device_statuses);
        v.field(9usize, "device_status_overview", &self.device_status_overview);
        v.field(10usize, "scheduled_actions_for_rule", &self.scheduled_actions_for_rule);
        v.field(11usize, "user_statuses", &self.user_statuses);
        v.field(12usize, "user_status_overview", &self.user_status_overview);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceCompliancePolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.version.read_from(r),
            6usize => self.assignments.read_from(r),
            7usize => self.device_setting_state_summaries.read_from(r),
            8usize => self.device_statuses.read_from(r),
            9usize => self.device_status_overview.read_from(r),
            10usize => self.scheduled_actions_for_rule.read_from(r),
            11usize => self.user_statuses.read_from(r),
            12usize => self.user_status_overview.read_from(r),
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
        w.field(6usize, &self.assignments);
        w.field(7usize, &self.device_setting_state_summaries);
        w.field(8usize, &self.device_statuses);
        w.field(9usize, &self.device_status_overview);
        w.field(10usize, &self.scheduled_actions_for_rule);
        w.field(11usize, &self.user_statuses);
        w.field(12usize, &self.user_status_overview);
    }
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
rt::impl_object!(DeviceCompliancePolicy);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceCompliancePolicy { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_version version : i32; with_assignments assignments : ::std::vec::Vec < crate
    ::v1::DeviceCompliancePolicyAssignment >; with_device_setting_state_summaries
    device_setting_state_summaries : ::std::vec::Vec < crate
    ::v1::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::v1::DeviceComplianceDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::v1::DeviceComplianceDeviceOverview; with_scheduled_actions_for_rule
    scheduled_actions_for_rule : ::std::vec::Vec < crate
    ::v1::DeviceComplianceScheduledActionForRule >; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::v1::DeviceComplianceUserStatus >; with_user_status_overview
    user_status_overview : crate ::v1::DeviceComplianceUserOverview; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceCompliancePolicy);
#[cfg(msgraph_v1_device_management_or_search)]
/// `microsoft.graph.deviceCompliancePolicy` or any type derived from it, selected by `@odata.type` (9 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceCompliancePolicy {
    DeviceCompliancePolicy(::std::boxed::Box<crate::v1::DeviceCompliancePolicy>),
    AndroidCompliancePolicy(::std::boxed::Box<crate::v1::AndroidCompliancePolicy>),
    AndroidWorkProfileCompliancePolicy(
        ::std::boxed::Box<crate::v1::AndroidWorkProfileCompliancePolicy>,
    ),
    IosCompliancePolicy(::std::boxed::Box<crate::v1::IosCompliancePolicy>),
    MacOsCompliancePolicy(::std::boxed::Box<crate::v1::MacOsCompliancePolicy>),
    Windows10CompliancePolicy(::std::boxed::Box<crate::v1::Windows10CompliancePolicy>),
    Windows10MobileCompliancePolicy(
        ::std::boxed::Box<crate::v1::Windows10MobileCompliancePolicy>,
    ),
    Windows81CompliancePolicy(::std::boxed::Box<crate::v1::Windows81CompliancePolicy>),
    WindowsPhone81CompliancePolicy(
        ::std::boxed::Box<crate::v1::WindowsPhone81CompliancePolicy>,
    ),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for AnyDeviceCompliancePolicy {
    #[inline]
    fn default() -> Self {
        Self::DeviceCompliancePolicy(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceCompliancePolicy>
for AnyDeviceCompliancePolicy {
    #[inline]
    fn from(v: crate::v1::DeviceCompliancePolicy) -> Self {
        Self::DeviceCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AndroidCompliancePolicy>
for AnyDeviceCompliancePolicy {
    #[inline]
    fn from(v: crate::v1::AndroidCompliancePolicy) -> Self {
        Self::AndroidCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AndroidWorkProfileCompliancePolicy>
for AnyDeviceCompliancePolicy {
    #[inline]
    fn from(v: crate::v1::AndroidWorkProfileCompliancePolicy) -> Self {
        Self::AndroidWorkProfileCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosCompliancePolicy> for AnyDeviceCompliancePolicy {
    #[inline]
    fn from(v: crate::v1::IosCompliancePolicy) -> Self {
        Self::IosCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MacOsCompliancePolicy>
for AnyDeviceCompliancePolicy {
    #[inline]
    fn from(v: crate::v1::MacOsCompliancePolicy) -> Self {
        Self::MacOsCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Windows10CompliancePolicy>
for AnyDeviceCompliancePolicy {
    #[inline]
    fn from(v: crate::v1::Windows10CompliancePolicy) -> Self {
        Self::Windows10CompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Windows10MobileCompliancePolicy>
for AnyDeviceCompliancePolicy {
    #[inline]
    fn from(v: crate::v1::Windows10MobileCompliancePolicy) -> Self {
        Self::Windows10MobileCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Windows81CompliancePolicy>
for AnyDeviceCompliancePolicy {
    #[inline]
    fn from(v: crate::v1::Windows81CompliancePolicy) -> Self {
        Self::Windows81CompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsPhone81CompliancePolicy>
for AnyDeviceCompliancePolicy {
    #[inline]
    fn from(v: crate::v1::WindowsPhone81CompliancePolicy) -> Self {
        Self::WindowsPhone81CompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyDeviceCompliancePolicy {}
#[cfg(msgraph_v1_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyDeviceCompliancePolicy {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::marker::Unpin for AnyDeviceCompliancePolicy {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyDeviceCompliancePolicy {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyDeviceCompliancePolicy {}
#[cfg(msgraph_v1_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::DeviceCompliancePolicy>();
    rt::object::auto_traits::<crate::v1::AndroidCompliancePolicy>();
    rt::object::auto_traits::<crate::v1::AndroidWorkProfileCompliancePolicy>();
    rt::object::auto_traits::<crate::v1::IosCompliancePolicy>();
    rt::object::auto_traits::<crate::v1::MacOsCompliancePolicy>();
    rt::object::auto_traits::<crate::v1::Windows10CompliancePolicy>();
    rt::object::auto_traits::<crate::v1::Windows10MobileCompliancePolicy>();
    rt::object::auto_traits::<crate::v1::Windows81CompliancePolicy>();
    rt::object::auto_traits::<crate::v1::WindowsPhone81CompliancePolicy>();
};
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Poly for AnyDeviceCompliancePolicy {
    const BASE_NAME: &'static str = "microsoft.graph.deviceCompliancePolicy";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.androidCompliancePolicy") => {
                Self::AndroidCompliancePolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileCompliancePolicy",
            ) => Self::AndroidWorkProfileCompliancePolicy(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.iosCompliancePolicy") => {
                Self::IosCompliancePolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.macOSCompliancePolicy") => {
                Self::MacOsCompliancePolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windows10CompliancePolicy") => {
                Self::Windows10CompliancePolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.windows10MobileCompliancePolicy",
            ) => Self::Windows10MobileCompliancePolicy(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.windows81CompliancePolicy") => {
                Self::Windows81CompliancePolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81CompliancePolicy",
            ) => Self::WindowsPhone81CompliancePolicy(rt::object::new_boxed()),
            _ => Self::DeviceCompliancePolicy(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeviceCompliancePolicy(v) => &**v,
            Self::AndroidCompliancePolicy(v) => &**v,
            Self::AndroidWorkProfileCompliancePolicy(v) => &**v,
            Self::IosCompliancePolicy(v) => &**v,
            Self::MacOsCompliancePolicy(v) => &**v,
            Self::Windows10CompliancePolicy(v) => &**v,
            Self::Windows10MobileCompliancePolicy(v) => &**v,
            Self::Windows81CompliancePolicy(v) => &**v,
            Self::WindowsPhone81CompliancePolicy(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceCompliancePolicy(v) => &mut **v,
            Self::AndroidCompliancePolicy(v) => &mut **v,
            Self::AndroidWorkProfileCompliancePolicy(v) => &mut **v,
            Self::IosCompliancePolicy(v) => &mut **v,
            Self::MacOsCompliancePolicy(v) => &mut **v,
            Self::Windows10CompliancePolicy(v) => &mut **v,
            Self::Windows10MobileCompliancePolicy(v) => &mut **v,
            Self::Windows81CompliancePolicy(v) => &mut **v,
            Self::WindowsPhone81CompliancePolicy(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl AnyDeviceCompliancePolicy {
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
            Self::DeviceCompliancePolicy(v) => &v.id,
            Self::AndroidCompliancePolicy(v) => &v.id,
            Self::AndroidWorkProfileCompliancePolicy(v) => &v.id,
            Self::IosCompliancePolicy(v) => &v.id,
            Self::MacOsCompliancePolicy(v) => &v.id,
            Self::Windows10CompliancePolicy(v) => &v.id,
            Self::Windows10MobileCompliancePolicy(v) => &v.id,
            Self::Windows81CompliancePolicy(v) => &v.id,
            Self::WindowsPhone81CompliancePolicy(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceCompliancePolicy(v) => &mut v.id,
            Self::AndroidCompliancePolicy(v) => &mut v.id,
            Self::AndroidWorkProfileCompliancePolicy(v) => &mut v.id,
            Self::IosCompliancePolicy(v) => &mut v.id,
            Self::MacOsCompliancePolicy(v) => &mut v.id,
            Self::Windows10CompliancePolicy(v) => &mut v.id,
            Self::Windows10MobileCompliancePolicy(v) => &mut v.id,
            Self::Windows81CompliancePolicy(v) => &mut v.id,
            Self::WindowsPhone81CompliancePolicy(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceCompliancePolicy(v) => &v.created_date_time,
            Self::AndroidCompliancePolicy(v) => &v.created_date_time,
            Self::AndroidWorkProfileCompliancePolicy(v) => &v.created_date_time,
            Self::IosCompliancePolicy(v) => &v.created_date_time,
            Self::MacOsCompliancePolicy(v) => &v.created_date_time,
            Self::Windows10CompliancePolicy(v) => &v.created_date_time,
            Self::Windows10MobileCompliancePolicy(v) => &v.created_date_time,
            Self::Windows81CompliancePolicy(v) => &v.created_date_time,
            Self::WindowsPhone81CompliancePolicy(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceCompliancePolicy(v) => &mut v.created_date_time,
            Self::AndroidCompliancePolicy(v) => &mut v.created_date_time,
            Self::AndroidWorkProfileCompliancePolicy(v) => &mut v.created_date_time,
            Self::IosCompliancePolicy(v) => &mut v.created_date_time,
            Self::MacOsCompliancePolicy(v) => &mut v.created_date_time,
            Self::Windows10CompliancePolicy(v) => &mut v.created_date_time,
            Self::Windows10MobileCompliancePolicy(v) => &mut v.created_date_time,
            Self::Windows81CompliancePolicy(v) => &mut v.created_date_time,
            Self::WindowsPhone81CompliancePolicy(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceCompliancePolicy(v) => &v.description,
            Self::AndroidCompliancePolicy(v) => &v.description,
            Self::AndroidWorkProfileCompliancePolicy(v) => &v.description,
            Self::IosCompliancePolicy(v) => &v.description,
            Self::MacOsCompliancePolicy(v) => &v.description,
            Self::Windows10CompliancePolicy(v) => &v.description,
            Self::Windows10MobileCompliancePolicy(v) => &v.description,
            Self::Windows81CompliancePolicy(v) => &v.description,
            Self::WindowsPhone81CompliancePolicy(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceCompliancePolicy(v) => &mut v.description,
            Self::AndroidCompliancePolicy(v) => &mut v.description,
            Self::AndroidWorkProfileCompliancePolicy(v) => &mut v.description,
            Self::IosCompliancePolicy(v) => &mut v.description,
            Self::MacOsCompliancePolicy(v) => &mut v.description,
            Self::Windows10CompliancePolicy(v) => &mut v.description,
            Self::Windows10MobileCompliancePolicy(v) => &mut v.description,
            Self::Windows81CompliancePolicy(v) => &mut v.description,
            Self::WindowsPhone81CompliancePolicy(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceCompliancePolicy(v) => &v.display_name,
            Self::AndroidCompliancePolicy(v) => &v.display_name,
            Self::AndroidWorkProfileCompliancePolicy(v) => &v.display_name,
            Self::IosCompliancePolicy(v) => &v.display_name,
            Self::MacOsCompliancePolicy(v) => &v.display_name,
            Self::Windows10CompliancePolicy(v) => &v.display_name,
            Self::Windows10MobileCompliancePolicy(v) => &v.display_name,
            Self::Windows81CompliancePolicy(v) => &v.display_name,
            Self::WindowsPhone81CompliancePolicy(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceCompliancePolicy(v) => &mut v.display_name,
            Self::AndroidCompliancePolicy(v) => &mut v.display_name,
            Self::AndroidWorkProfileCompliancePolicy(v) => &mut v.display_name,
            Self::IosCompliancePolicy(v) => &mut v.display_name,
            Self::MacOsCompliancePolicy(v) => &mut v.display_name,
            Self::Windows10CompliancePolicy(v) => &mut v.display_name,
            Self::Windows10MobileCompliancePolicy(v) => &mut v.display_name,
            Self::Windows81CompliancePolicy(v) => &mut v.display_name,
            Self::WindowsPhone81CompliancePolicy(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceCompliancePolicy(v) => &v.last_modified_date_time,
            Self::AndroidCompliancePolicy(v) => &v.last_modified_date_time,
            Self::AndroidWorkProfileCompliancePolicy(v) => &v.last_modified_date_time,
            Self::IosCompliancePolicy(v) => &v.last_modified_date_time,
            Self::MacOsCompliancePolicy(v) => &v.last_modified_date_time,
            Self::Windows10CompliancePolicy(v) => &v.last_modified_date_time,
            Self::Windows10MobileCompliancePolicy(v) => &v.last_modified_date_time,
            Self::Windows81CompliancePolicy(v) => &v.last_modified_date_time,
            Self::WindowsPhone81CompliancePolicy(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceCompliancePolicy(v) => &mut v.last_modified_date_time,
            Self::AndroidCompliancePolicy(v) => &mut v.last_modified_date_time,
            Self::AndroidWorkProfileCompliancePolicy(v) => &mut v.last_modified_date_time,
            Self::IosCompliancePolicy(v) => &mut v.last_modified_date_time,
            Self::MacOsCompliancePolicy(v) => &mut v.last_modified_date_time,
            Self::Windows10CompliancePolicy(v) => &mut v.last_modified_date_time,
            Self::Windows10MobileCompliancePolicy(v) => &mut v.last_modified_date_time,
            Self::Windows81CompliancePolicy(v) => &mut v.last_modified_date_time,
            Self::WindowsPhone81CompliancePolicy(v) => &mut v.last_modified_date_time,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::DeviceCompliancePolicy(v) => &v.version,
            Self::AndroidCompliancePolicy(v) => &v.version,
            Self::AndroidWorkProfileCompliancePolicy(v) => &v.version,
            Self::IosCompliancePolicy(v) => &v.version,
            Self::MacOsCompliancePolicy(v) => &v.version,
            Self::Windows10CompliancePolicy(v) => &v.version,
            Self::Windows10MobileCompliancePolicy(v) => &v.version,
            Self::Windows81CompliancePolicy(v) => &v.version,
            Self::WindowsPhone81CompliancePolicy(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::DeviceCompliancePolicy(v) => &mut v.version,
            Self::AndroidCompliancePolicy(v) => &mut v.version,
            Self::AndroidWorkProfileCompliancePolicy(v) => &mut v.version,
            Self::IosCompliancePolicy(v) => &mut v.version,
            Self::MacOsCompliancePolicy(v) => &mut v.version,
            Self::Windows10CompliancePolicy(v) => &mut v.version,
            Self::Windows10MobileCompliancePolicy(v) => &mut v.version,
            Self::Windows81CompliancePolicy(v) => &mut v.version,
            Self::WindowsPhone81CompliancePolicy(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::DeviceCompliancePolicyAssignment>> {
        match self {
            Self::DeviceCompliancePolicy(v) => &v.assignments,
            Self::AndroidCompliancePolicy(v) => &v.assignments,
            Self::AndroidWorkProfileCompliancePolicy(v) => &v.assignments,
            Self::IosCompliancePolicy(v) => &v.assignments,
            Self::MacOsCompliancePolicy(v) => &v.assignments,
            Self::Windows10CompliancePolicy(v) => &v.assignments,
            Self::Windows10MobileCompliancePolicy(v) => &v.assignments,
            Self::Windows81CompliancePolicy(v) => &v.assignments,
            Self::WindowsPhone81CompliancePolicy(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::DeviceCompliancePolicyAssignment>> {
        match self {
            Self::DeviceCompliancePolicy(v) => &mut v.assignments,
            Self::AndroidCompliancePolicy(v) => &mut v.assignments,
            Self::AndroidWorkProfileCompliancePolicy(v) => &mut v.assignments,
            Self::IosCompliancePolicy(v) => &mut v.assignments,
            Self::MacOsCompliancePolicy(v) => &mut v.assignments,
            Self::Windows10CompliancePolicy(v) => &mut v.assignments,
            Self::Windows10MobileCompliancePolicy(v) => &mut v.assignments,
            Self::Windows81CompliancePolicy(v) => &mut v.assignments,
            Self::WindowsPhone81CompliancePolicy(v) => &mut v.assignments,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::SettingStateDeviceSummary>> {
        match self {
            Self::DeviceCompliancePolicy(v) => &v.device_setting_state_summaries,
            Self::AndroidCompliancePolicy(v) => &v.device_setting_state_summaries,
            Self::AndroidWorkProfileCompliancePolicy(v) => {
                &v.device_setting_state_summaries
            }
            Self::IosCompliancePolicy(v) => &v.device_setting_state_summaries,
            Self::MacOsCompliancePolicy(v) => &v.device_setting_state_summaries,
            Self::Windows10CompliancePolicy(v) => &v.device_setting_state_summaries,
            Self::Windows10MobileCompliancePolicy(v) => &v.device_setting_state_summaries,
            Self::Windows81CompliancePolicy(v) => &v.device_setting_state_summaries,
            Self::WindowsPhone81CompliancePolicy(v) => &v.device_setting_state_summaries,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::SettingStateDeviceSummary>> {
        match self {
            Self::DeviceCompliancePolicy(v) => &mut v.device_setting_state_summaries,
            Self::AndroidCompliancePolicy(v) => &mut v.device_setting_state_summaries,
            Self::AndroidWorkProfileCompliancePolicy(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::IosCompliancePolicy(v) => &mut v.device_setting_state_summaries,
            Self::MacOsCompliancePolicy(v) => &mut v.device_setting_state_summaries,
            Self::Windows10CompliancePolicy(v) => &mut v.device_setting_state_summaries,
            Self::Windows10MobileCompliancePolicy(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::Windows81CompliancePolicy(v) => &mut v.device_setting_state_summaries,
            Self::WindowsPhone81CompliancePolicy(v) => {
                &mut v.device_setting_state_summaries
            }
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::DeviceComplianceDeviceStatus>> {
        match self {
            Self::DeviceCompliancePolicy(v) => &v.device_statuses,
            Self::AndroidCompliancePolicy(v) => &v.device_statuses,
            Self::AndroidWorkProfileCompliancePolicy(v) => &v.device_statuses,
            Self::IosCompliancePolicy(v) => &v.device_statuses,
            Self::MacOsCompliancePolicy(v) => &v.device_statuses,
            Self::Windows10CompliancePolicy(v) => &v.device_statuses,
            Self::Windows10MobileCompliancePolicy(v) => &v.device_statuses,
            Self::Windows81CompliancePolicy(v) => &v.device_statuses,
            Self::WindowsPhone81CompliancePolicy(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::DeviceComplianceDeviceStatus>> {
        match self {
            Self::DeviceCompliancePolicy(v) => &mut v.device_statuses,
            Self::AndroidCompliancePolicy(v) => &mut v.device_statuses,
            Self::AndroidWorkProfileCompliancePolicy(v) => &mut v.device_statuses,
            Self::IosCompliancePolicy(v) => &mut v.device_statuses,
            Self::MacOsCompliancePolicy(v) => &mut v.device_statuses,
            Self::Windows10CompliancePolicy(v) => &mut v.device_statuses,
            Self::Windows10MobileCompliancePolicy(v) => &mut v.device_statuses,
            Self::Windows81CompliancePolicy(v) => &mut v.device_statuses,
            Self::WindowsPhone81CompliancePolicy(v) => &mut v.device_statuses,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> &rt::Field<crate::v1::DeviceComplianceDeviceOverview> {
        match self {
            Self::DeviceCompliancePolicy(v) => &v.device_status_overview,
            Self::AndroidCompliancePolicy(v) => &v.device_status_overview,
            Self::AndroidWorkProfileCompliancePolicy(v) => &v.device_status_overview,
            Self::IosCompliancePolicy(v) => &v.device_status_overview,
            Self::MacOsCompliancePolicy(v) => &v.device_status_overview,
            Self::Windows10CompliancePolicy(v) => &v.device_status_overview,
            Self::Windows10MobileCompliancePolicy(v) => &v.device_status_overview,
            Self::Windows81CompliancePolicy(v) => &v.device_status_overview,
            Self::WindowsPhone81CompliancePolicy(v) => &v.device_status_overview,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::DeviceComplianceDeviceOverview> {
        match self {
            Self::DeviceCompliancePolicy(v) => &mut v.device_status_overview,
            Self::AndroidCompliancePolicy(v) => &mut v.device_status_overview,
            Self::AndroidWorkProfileCompliancePolicy(v) => &mut v.device_status_overview,
            Self::IosCompliancePolicy(v) => &mut v.device_status_overview,
            Self::MacOsCompliancePolicy(v) => &mut v.device_status_overview,
            Self::Windows10CompliancePolicy(v) => &mut v.device_status_overview,
            Self::Windows10MobileCompliancePolicy(v) => &mut v.device_status_overview,
            Self::Windows81CompliancePolicy(v) => &mut v.device_status_overview,
            Self::WindowsPhone81CompliancePolicy(v) => &mut v.device_status_overview,
        }
    }
    /// `scheduledActionsForRule` of any variant.
    #[inline]
    pub fn scheduled_actions_for_rule(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::DeviceComplianceScheduledActionForRule>> {
        match self {
            Self::DeviceCompliancePolicy(v) => &v.scheduled_actions_for_rule,
            Self::AndroidCompliancePolicy(v) => &v.scheduled_actions_for_rule,
            Self::AndroidWorkProfileCompliancePolicy(v) => &v.scheduled_actions_for_rule,
            Self::IosCompliancePolicy(v) => &v.scheduled_actions_for_rule,
            Self::MacOsCompliancePolicy(v) => &v.scheduled_actions_for_rule,
            Self::Windows10CompliancePolicy(v) => &v.scheduled_actions_for_rule,
            Self::Windows10MobileCompliancePolicy(v) => &v.scheduled_actions_for_rule,
            Self::Windows81CompliancePolicy(v) => &v.scheduled_actions_for_rule,
            Self::WindowsPhone81CompliancePolicy(v) => &v.scheduled_actions_for_rule,
        }
    }
    /// `scheduledActionsForRule` of any variant.
    #[inline]
    pub fn scheduled_actions_for_rule_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::v1::DeviceComplianceScheduledActionForRule>,
    > {
        match self {
            Self::DeviceCompliancePolicy(v) => &mut v.scheduled_actions_for_rule,
            Self::AndroidCompliancePolicy(v) => &mut v.scheduled_actions_for_rule,
            Self::AndroidWorkProfileCompliancePolicy(v) => {
                &mut v.scheduled_actions_for_rule
            }
            Self::IosCompliancePolicy(v) => &mut v.scheduled_actions_for_rule,
            Self::MacOsCompliancePolicy(v) => &mut v.scheduled_actions_for_rule,
            Self::Windows10CompliancePolicy(v) => &mut v.scheduled_actions_for_rule,
            Self::Windows10MobileCompliancePolicy(v) => &mut v.scheduled_actions_for_rule,
            Self::Windows81CompliancePolicy(v) => &mut v.scheduled_actions_for_rule,
            Self::WindowsPhone81CompliancePolicy(v) => &mut v.scheduled_actions_for_rule,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::DeviceComplianceUserStatus>> {
        match self {
            Self::DeviceCompliancePolicy(v) => &v.user_statuses,
            Self::AndroidCompliancePolicy(v) => &v.user_statuses,
            Self::AndroidWorkProfileCompliancePolicy(v) => &v.user_statuses,
            Self::IosCompliancePolicy(v) => &v.user_statuses,
            Self::MacOsCompliancePolicy(v) => &v.user_statuses,
            Self::Windows10CompliancePolicy(v) => &v.user_statuses,
            Self::Windows10MobileCompliancePolicy(v) => &v.user_statuses,
            Self::Windows81CompliancePolicy(v) => &v.user_statuses,
            Self::WindowsPhone81CompliancePolicy(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::DeviceComplianceUserStatus>> {
        match self {
            Self::DeviceCompliancePolicy(v) => &mut v.user_statuses,
            Self::AndroidCompliancePolicy(v) => &mut v.user_statuses,
            Self::AndroidWorkProfileCompliancePolicy(v) => &mut v.user_statuses,
            Self::IosCompliancePolicy(v) => &mut v.user_statuses,
            Self::MacOsCompliancePolicy(v) => &mut v.user_statuses,
            Self::Windows10CompliancePolicy(v) => &mut v.user_statuses,
            Self::Windows10MobileCompliancePolicy(v) => &mut v.user_statuses,
            Self::Windows81CompliancePolicy(v) => &mut v.user_statuses,
            Self::WindowsPhone81CompliancePolicy(v) => &mut v.user_statuses,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> &rt::Field<crate::v1::DeviceComplianceUserOverview> {
        match self {
            Self::DeviceCompliancePolicy(v) => &v.user_status_overview,
            Self::AndroidCompliancePolicy(v) => &v.user_status_overview,
            Self::AndroidWorkProfileCompliancePolicy(v) => &v.user_status_overview,
            Self::IosCompliancePolicy(v) => &v.user_status_overview,
            Self::MacOsCompliancePolicy(v) => &v.user_status_overview,
            Self::Windows10CompliancePolicy(v) => &v.user_status_overview,
            Self::Windows10MobileCompliancePolicy(v) => &v.user_status_overview,
            Self::Windows81CompliancePolicy(v) => &v.user_status_overview,
            Self::WindowsPhone81CompliancePolicy(v) => &v.user_status_overview,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::DeviceComplianceUserOverview> {
        match self {
            Self::DeviceCompliancePolicy(v) => &mut v.user_status_overview,
            Self::AndroidCompliancePolicy(v) => &mut v.user_status_overview,
            Self::AndroidWorkProfileCompliancePolicy(v) => &mut v.user_status_overview,
            Self::IosCompliancePolicy(v) => &mut v.user_status_overview,
            Self::MacOsCompliancePolicy(v) => &mut v.user_status_overview,
            Self::Windows10CompliancePolicy(v) => &mut v.user_status_overview,
            Self::Windows10MobileCompliancePolicy(v) => &mut v.user_status_overview,
            Self::Windows81CompliancePolicy(v) => &mut v.user_status_overview,
            Self::WindowsPhone81CompliancePolicy(v) => &mut v.user_status_overview,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_poly!(AnyDeviceCompliancePolicy);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceCompliancePolicy);
#[cfg(msgraph_v1_device_management_or_search)]
/// Device compliance policy assignment.
///
/// CSDL: `microsoft.graph.deviceCompliancePolicyAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceCompliancePolicyAssignmentPath`](requests/trait.DeviceCompliancePolicyAssignmentPath.html), what a path to one (`EntityPath<DeviceCompliancePolicyAssignment, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceCompliancePolicyAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Target for the compliance policy assignment.
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::v1::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceCompliancePolicyAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceCompliancePolicyAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceCompliancePolicyAssignment";
    const KEYS: &'static [&'static str] = &["id", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceCompliancePolicyAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target", &self.target);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceCompliancePolicyAssignment {
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceCompliancePolicyAssignment);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceCompliancePolicyAssignment { with_id id : ::std::string::String; with_target
    target : crate ::v1::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceCompliancePolicyAssignment);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceCompliancePolicyDeviceStateSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceCompliancePolicyDeviceStateSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Number of compliant devices
    ///
    /// CSDL: property `compliantDeviceCount`: `Edm.Int32`, not nullable.
    pub compliant_device_count: rt::Field<i32>,
    /// Number of devices that have compliance managed by System Center Configuration Manager
    ///
    /// CSDL: property `configManagerCount`: `Edm.Int32`, not nullable.
    pub config_manager_count: rt::Field<i32>,
    /// Number of conflict devices
    ///
    /// CSDL: property `conflictDeviceCount`: `Edm.Int32`, not nullable.
    pub conflict_device_count: rt::Field<i32>,
    /// Number of error devices
    ///
    /// CSDL: property `errorDeviceCount`: `Edm.Int32`, not nullable.
    pub error_device_count: rt::Field<i32>,
    /// Number of devices that are in grace period
    ///
    /// CSDL: property `inGracePeriodCount`: `Edm.Int32`, not nullable.
    pub in_grace_period_count: rt::Field<i32>,
    /// Number of NonCompliant devices
    ///
    /// CSDL: property `nonCompliantDeviceCount`: `Edm.Int32`, not nullable.
    pub non_compliant_device_count: rt::Field<i32>,
    /// Number of not applicable devices
    ///
    /// CSDL: property `notApplicableDeviceCount`: `Edm.Int32`, not nullable.
    pub not_applicable_device_count: rt::Field<i32>,
    /// Number of remediated devices
    ///
    /// CSDL: property `remediatedDeviceCount`: `Edm.Int32`, not nullable.
    pub remediated_device_count: rt::Field<i32>,
    /// Number of unknown devices
    ///
    /// CSDL: property `unknownDeviceCount`: `Edm.Int32`, not nullable.
    pub unknown_device_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceCompliancePolicyDeviceStateSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            compliant_device_count: rt::Field::Absent,
            config_manager_count: rt::Field::Absent,
            conflict_device_count: rt::Field::Absent,
            error_device_count: rt::Field::Absent,
            in_grace_period_count: rt::Field::Absent,
            non_compliant_device_count: rt::Field::Absent,
            not_applicable_device_count: rt::Field::Absent,
            remediated_device_count: rt::Field::Absent,
            unknown_device_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceCompliancePolicyDeviceStateSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceCompliancePolicyDeviceStateSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "compliantDeviceCount",
        "configManagerCount",
        "conflictDeviceCount",
        "errorDeviceCount",
        "inGracePeriodCount",
        "nonCompliantDeviceCount",
        "notApplicableDeviceCount",
        "remediatedDeviceCount",
        "unknownDeviceCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"compliantDeviceCount\":         ",
        ",\"configManagerCount\":           ",
        ",\"conflictDeviceCount\":          ",
        ",\"errorDeviceCount\":             ",
        ",\"inGracePeriodCount\":           ",
        ",\"nonCompliantDeviceCount\":      ",
        ",\"notApplicableDeviceCount\":     ",
        ",\"remediatedDeviceCount\":        ",
        ",\"unknownDeviceCount\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceCompliancePolicyDeviceStateSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "compliant_device_count", &self.compliant_device_count);
        v.field(2usize, "config_manager_count", &self.config_manager_count);
        v.field(3usize, "conflict_device_count", &self.conflict_device_count);
        v.field(4usize, "error_device_count", &self.error_device_count);
        v.field(5usize, "in_grace_period_count", &self.in_grace_period_count);
        v.field(6usize, "non_compliant_device_count", &self.non_compliant_device_count);
        v.field(
            7usize,
            "not_applicable_device_count",
            &self.not_applicable_device_count,
        );
        v.field(8usize, "remediated_device_count", &self.remediated_device_count);
        v.field(9usize, "unknown_device_count", &self.unknown_device_count);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceCompliancePolicyDeviceStateSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.compliant_device_count.read_from(r),
            2usize => self.config_manager_count.read_from(r),
            3usize => self.conflict_device_count.read_from(r),
            4usize => self.error_device_count.read_from(r),
            5usize => self.in_grace_period_count.read_from(r),
            6usize => self.non_compliant_device_count.read_from(r),
            7usize => self.not_applicable_device_count.read_from(r),
            8usize => self.remediated_device_count.read_from(r),
            9usize => self.unknown_device_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.compliant_device_count);
        w.field(2usize, &self.config_manager_count);
        w.field(3usize, &self.conflict_device_count);
        w.field(4usize, &self.error_device_count);
        w.field(5usize, &self.in_grace_period_count);
        w.field(6usize, &self.non_compliant_device_count);
        w.field(7usize, &self.not_applicable_device_count);
        w.field(8usize, &self.remediated_device_count);
        w.field(9usize, &self.unknown_device_count);
    }
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
rt::impl_object!(DeviceCompliancePolicyDeviceStateSummary);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceCompliancePolicyDeviceStateSummary { with_id id : ::std::string::String;
    with_compliant_device_count compliant_device_count : i32; with_config_manager_count
    config_manager_count : i32; with_conflict_device_count conflict_device_count : i32;
    with_error_device_count error_device_count : i32; with_in_grace_period_count
    in_grace_period_count : i32; with_non_compliant_device_count
    non_compliant_device_count : i32; with_not_applicable_device_count
    not_applicable_device_count : i32; with_remediated_device_count
    remediated_device_count : i32; with_unknown_device_count unknown_device_count : i32;
    }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceCompliancePolicyDeviceStateSummary);
#[cfg(msgraph_v1_device_management_or_search)]
/// Scheduled Action for Rule
///
/// CSDL: `microsoft.graph.deviceComplianceScheduledActionForRule`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceComplianceScheduledActionForRulePath`](requests/trait.DeviceComplianceScheduledActionForRulePath.html), what a path to one (`EntityPath<DeviceComplianceScheduledActionForRule, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceComplianceScheduledActionForRule {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Name of the rule which this scheduled action applies to. Currently scheduled actions are created per policy instead of per rule, thus RuleName is always set to default value PasswordRequired.
    ///
    /// CSDL: property `ruleName`: `Edm.String`, nullable.
    pub rule_name: rt::Field<::std::string::String>,
    /// The list of scheduled action configurations for this compliance policy. Compliance policy must have one and only one block scheduled action.
    ///
    /// CSDL: containment navigation property `scheduledActionConfigurations`: `Collection(microsoft.graph.deviceComplianceActionItem)`, not nullable.
    pub scheduled_action_configurations: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceComplianceActionItem>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceComplianceScheduledActionForRule {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            rule_name: rt::Field::Absent,
            scheduled_action_configurations: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceComplianceScheduledActionForRule {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceComplianceScheduledActionForRule";
    const KEYS: &'static [&'static str] = &[
        "id",
        "ruleName",
        "scheduledActionConfigurations",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"ruleName\":                     ",
        ",\"scheduledActionConfigurations\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceComplianceScheduledActionForRule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "rule_name", &self.rule_name);
        v.field(
            2usize,
            "scheduled_action_configurations",
            &self.scheduled_action_configurations,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceComplianceScheduledActionForRule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.rule_name.read_from(r),
            2usize => self.scheduled_action_configurations.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.rule_name);
        w.field(2usize, &self.scheduled_action_configurations);
    }
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
rt::impl_object!(DeviceComplianceScheduledActionForRule);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceComplianceScheduledActionForRule { with_id id : ::std::string::String;
    with_rule_name rule_name : ::std::string::String;
    with_scheduled_action_configurations scheduled_action_configurations :
    ::std::vec::Vec < crate ::v1::DeviceComplianceActionItem >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceComplianceScheduledActionForRule);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceComplianceUserOverview`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceComplianceUserOverview {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Version of the policy for that overview
    ///
    /// CSDL: property `configurationVersion`: `Edm.Int32`, not nullable.
    pub configuration_version: rt::Field<i32>,
    /// Number of error Users
    ///
    /// CSDL: property `errorCount`: `Edm.Int32`, not nullable.
    pub error_count: rt::Field<i32>,
    /// Number of failed Users
    ///
    /// CSDL: property `failedCount`: `Edm.Int32`, not nullable.
    pub failed_count: rt::Field<i32>,
    /// Last update time
    ///
    /// CSDL: property `lastUpdateDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_update_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Number of not applicable users
    ///
    /// CSDL: property `notApplicableCount`: `Edm.Int32`, not nullable.
    pub not_applicable_count: rt::Field<i32>,
    /// Number of pending Users
    ///
    /// CSDL: property `pendingCount`: `Edm.Int32`, not nullable.
    pub pending_count: rt::Field<i32>,
    /// Number of succeeded Users
    ///
    /// CSDL: property `successCount`: `Edm.Int32`, not nullable.
    pub success_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceComplianceUserOverview {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            configuration_version: rt::Field::Absent,
            error_count: rt::Field::Absent,
            failed_count: rt::Field::Absent,
            last_update_date_time: rt::Field::Absent,
            not_applicable_count: rt::Field::Absent,
            pending_count: rt::Field::Absent,
            success_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceComplianceUserOverview {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceComplianceUserOverview";
    const KEYS: &'static [&'static str] = &[
        "id",
        "configurationVersion",
        "errorCount",
        "failedCount",
        "lastUpdateDateTime",
        "notApplicableCount",
        "pendingCount",
        "successCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"configurationVersion\":         ",
        ",\"errorCount\":                   ",
        ",\"failedCount\":                  ",
        ",\"lastUpdateDateTime\":           ",
        ",\"notApplicableCount\":           ",
        ",\"pendingCount\":                 ",
        ",\"successCount\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceComplianceUserOverview\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "configuration_version", &self.configuration_version);
        v.field(2usize, "error_count", &self.error_count);
        v.field(3usize, "failed_count", &self.failed_count);
        v.field(4usize, "last_update_date_time", &self.last_update_date_time);
        v.field(5usize, "not_applicable_count", &self.not_applicable_count);
        v.field(6usize, "pending_count", &self.pending_count);
        v.field(7usize, "success_count", &self.success_count);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceComplianceUserOverview {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.configuration_version.read_from(r),
            2usize => self.error_count.read_from(r),
            3usize => self.failed_count.read_from(r),
            4usize => self.last_update_date_time.read_from(r),
            5usize => self.not_applicable_count.read_from(r),
            6usize => self.pending_count.read_from(r),
            7usize => self.success_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.configuration_version);
        w.field(2usize, &self.error_count);
        w.field(3usize, &self.failed_count);
        w.field(4usize, &self.last_update_date_time);
        w.field(5usize, &self.not_applicable_count);
        w.field(6usize, &self.pending_count);
        w.field(7usize, &self.success_count);
    }
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
rt::impl_object!(DeviceComplianceUserOverview);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceComplianceUserOverview { with_id id : ::std::string::String;
    with_configuration_version configuration_version : i32; with_error_count error_count
    : i32; with_failed_count failed_count : i32; with_last_update_date_time
    last_update_date_time : rt::edm::DateTimeOffset; with_not_applicable_count
    not_applicable_count : i32; with_pending_count pending_count : i32;
    with_success_count success_count : i32; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceComplianceUserOverview);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceComplianceUserStatus`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceComplianceUserStatus {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Devices count for that user.
    ///
    /// CSDL: property `devicesCount`: `Edm.Int32`, not nullable.
    pub devices_count: rt::Field<i32>,
    /// Last modified date time of the policy report.
    ///
    /// CSDL: property `lastReportedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_reported_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Compliance status of the policy report.
    ///
    /// CSDL: property `status`: `microsoft.graph.complianceStatus`, not nullable.
    pub status: rt::Field<crate::v1::ComplianceStatus>,
    /// User name of the DevicePolicyStatus.
    ///
    /// CSDL: property `userDisplayName`: `Edm.String`, nullable.
    pub user_display_name: rt::Field<::std::string::String>,
    /// UserPrincipalName.
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceComplianceUserStatus {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            devices_count: rt::Field::Absent,
            last_reported_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            user_display_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceComplianceUserStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceComplianceUserStatus";
    const KEYS: &'static [&'static str] = &[
        "id",
        "devicesCount",
        "lastReportedDateTime",
        "status",
        "userDisplayName",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"devicesCount\":                 ",
        ",\"lastReportedDateTime\":         ",
        ",\"status\":                       ",
        ",\"userDisplayName\":              ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceComplianceUserStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "devices_count", &self.devices_count);
        v.field(2usize, "last_reported_date_time", &self.last_reported_date_time);
        v.field(3usize, "status", &self.status);
        v.field(4usize, "user_display_name", &self.user_display_name);
        v.field(5usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceComplianceUserStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.devices_count.read_from(r),
            2usize => self.last_reported_date_time.read_from(r),
            3usize => self.status.read_from(r),
            4usize => self.user_display_name.read_from(r),
            5usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.devices_count);
        w.field(2usize, &self.last_reported_date_time);
        w.field(3usize, &self.status);
        w.field(4usize, &self.user_display_name);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceComplianceUserStatus);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceComplianceUserStatus { with_id id : ::std::string::String; with_devices_count
    devices_count : i32; with_last_reported_date_time last_reported_date_time :
    rt::edm::DateTimeOffset; with_status status : crate ::v1::ComplianceStatus;
    with_user_display_name user_display_name : ::std::string::String;
    with_user_principal_name user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceComplianceUserStatus);
#[cfg(msgraph_v1_device_management_or_search)]
/// Device Configuration.
///
/// CSDL: `microsoft.graph.deviceConfiguration`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AnyDeviceConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceConfiguration {
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
    /// The list of assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationAssignment>,
    >,
    /// Device Configuration Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::v1::SettingStateDeviceSummary>,
    >,
    /// Device configuration installation status by device.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationDeviceStatus>,
    >,
    /// Device Configuration devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceConfigurationDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<crate::v1::DeviceConfigurationDeviceOverview>,
    /// Device configuration installation status by user.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationUserStatus>,
    >,
    /// Device Configuration users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceConfigurationUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::v1::DeviceConfigurationUserOverview>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "userStatuses",
        "userStatusOverview",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "version", &self.version);
        v.field(6usize, "assignments", &self.assignments);
        v.field(
            7usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(8usize, "device_statuses", &self.device_statuses);
        v.field(9usize, "device_status_overview", &self.device_status_overview);
        v.field(10usize, "user_statuses", &self.user_statuses);
        v.field(11usize, "user_status_overview", &self.user_status_overview);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.version.read_from(r),
            6usize => self.assignments.read_from(r),
            7usize => self.device_setting_state_summaries.read_from(r),
            8usize => self.device_statuses.read_from(r),
            9usize => self.device_status_overview.read_from(r),
            10usize => self.user_statuses.read_from(r),
            11usize => self.user_status_overview.read_from(r),
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
        w.field(6usize, &self.assignments);
        w.field(7usize, &self.device_setting_state_summaries);
        w.field(8usize, &self.device_statuses);
        w.field(9usize, &self.device_status_overview);
        w.field(10usize, &self.user_statuses);
        w.field(11usize, &self.user_status_overview);
    }
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
rt::impl_object!(DeviceConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceConfiguration { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_version version : i32; with_assignments assignments : ::std::vec::Vec < crate
    ::v1::DeviceConfigurationAssignment >; with_device_setting_state_summaries
    device_setting_state_summaries : ::std::vec::Vec < crate
    ::v1::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::v1::DeviceConfigurationDeviceOverview; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationUserStatus >;
    with_user_status_overview user_status_overview : crate
    ::v1::DeviceConfigurationUserOverview; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
/// `microsoft.graph.deviceConfiguration` or any type derived from it, selected by `@odata.type` (27 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceConfiguration {
    DeviceConfiguration(::std::boxed::Box<crate::v1::DeviceConfiguration>),
    AndroidCustomConfiguration(::std::boxed::Box<crate::v1::AndroidCustomConfiguration>),
    AndroidGeneralDeviceConfiguration(
        ::std::boxed::Box<crate::v1::AndroidGeneralDeviceConfiguration>,
    ),
    AndroidWorkProfileCustomConfiguration(
        ::std::boxed::Box<crate::v1::AndroidWorkProfileCustomConfiguration>,
    ),
    AndroidWorkProfileGeneralDeviceConfiguration(
        ::std::boxed::Box<crate::v1::AndroidWorkProfileGeneralDeviceConfiguration>,
    ),
    AppleDeviceFeaturesConfigurationBase(
        ::std::boxed::Box<crate::v1::AppleDeviceFeaturesConfigurationBase>,
    ),
    EditionUpgradeConfiguration(
        ::std::boxed::Box<crate::v1::EditionUpgradeConfiguration>,
    ),
    IosCertificateProfile(::std::boxed::Box<crate::v1::IosCertificateProfile>),
    IosCustomConfiguration(::std::boxed::Box<crate::v1::IosCustomConfiguration>),
    IosDeviceFeaturesConfiguration(
        ::std::boxed::Box<crate::v1::IosDeviceFeaturesConfiguration>,
    ),
    IosGeneralDeviceConfiguration(
        ::std::boxed::Box<crate::v1::IosGeneralDeviceConfiguration>,
    ),
    IosUpdateConfiguration(::std::boxed::Box<crate::v1::IosUpdateConfiguration>),
    MacOsCustomConfiguration(::std::boxed::Box<crate::v1::MacOsCustomConfiguration>),
    MacOsDeviceFeaturesConfiguration(
        ::std::boxed::Box<crate::v1::MacOsDeviceFeaturesConfiguration>,
    ),
    MacOsGeneralDeviceConfiguration(
        ::std::boxed::Box<crate::v1::MacOsGeneralDeviceConfiguration>,
    ),
    SharedPcConfiguration(::std::boxed::Box<crate::v1::SharedPcConfiguration>),
    Windows10CustomConfiguration(
        ::std::boxed::Box<crate::v1::Windows10CustomConfiguration>,
    ),
    Windows10EndpointProtectionConfiguration(
        ::std::boxed::Box<crate::v1::Windows10EndpointProtectionConfiguration>,
    ),
    Windows10EnterpriseModernAppManagementConfiguration(
        ::std::boxed::Box<crate::v1::Windows10EnterpriseModernAppManagementConfiguration>,
    ),
    Windows10GeneralConfiguration(
        ::std::boxed::Box<crate::v1::Windows10GeneralConfiguration>,
    ),
    Windows10SecureAssessmentConfiguration(
        ::std::boxed::Box<crate::v1::Windows10SecureAssessmentConfiguration>,
    ),
    Windows10TeamGeneralConfiguration(
        ::std::boxed::Box<crate::v1::Windows10TeamGeneralConfiguration>,
    ),
    Windows81GeneralConfiguration(
        ::std::boxed::Box<crate::v1::Windows81GeneralConfiguration>,
    ),
    WindowsDefenderAdvancedThreatProtectionConfiguration(
        ::std::boxed::Box<
            crate::v1::WindowsDefenderAdvancedThreatProtectionConfiguration,
        >,
    ),
    WindowsPhone81CustomConfiguration(
        ::std::boxed::Box<crate::v1::WindowsPhone81CustomConfiguration>,
    ),
    WindowsPhone81GeneralConfiguration(
        ::std::boxed::Box<crate::v1::WindowsPhone81GeneralConfiguration>,
    ),
    WindowsUpdateForBusinessConfiguration(
        ::std::boxed::Box<crate::v1::WindowsUpdateForBusinessConfiguration>,
    ),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for AnyDeviceConfiguration {
    #[inline]
    fn default() -> Self {
        Self::DeviceConfiguration(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceConfiguration> for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::v1::DeviceConfiguration) -> Self {
        Self::DeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AndroidCustomConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::v1::AndroidCustomConfiguration) -> Self {
        Self::AndroidCustomConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AndroidGeneralDeviceConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::v1::AndroidGeneralDeviceConfiguration) -> Self {
        Self::AndroidGeneralDeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AndroidWorkProfileCustomConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::v1::AndroidWorkProfileCustomConfiguration) -> Self {
        Self::AndroidWorkProfileCustomConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AndroidWorkProfileGeneralDeviceConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::v1::AndroidWorkProfileGeneralDeviceConfiguration) -> Self {
        Self::AndroidWorkProfileGeneralDeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AppleDeviceFeaturesConfigurationBase>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::v1::AppleDeviceFeaturesConfigurationBase) -> Self {
        Self::AppleDeviceFeaturesConfigurationBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EditionUpgradeConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::v1::EditionUpgradeConfiguration) -> Self {
        Self::EditionUpgradeConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosCertificateProfile> for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::v1::IosCertificateProfile) -> Self {
        Self::IosCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosCustomConfiguration> for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::v1::IosCustomConfiguration) -> Self {
        Self::IosCustomConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosDeviceFeaturesConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::v1::IosDeviceFeaturesConfiguration) -> Self {
        Self::IosDeviceFeaturesConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosGeneralDeviceConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::v1::IosGeneralDeviceConfiguration) -> Self {
        Self::IosGeneralDeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosUpdateConfiguration> for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::v1::IosUpdateConfiguration) -> Self {
        Self::IosUpdateConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MacOsCustomConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::v1::MacOsCustomConfiguration) -> Self {
        Self::MacOsCustomConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MacOsDeviceFeaturesConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::v1::MacOsDeviceFeaturesConfiguration) -> Self {
        Self::MacOsDeviceFeaturesConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MacOsGeneralDeviceConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::v1::MacOsGeneralDeviceConfiguration) -> Self {
        Self::MacOsGeneralDeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharedPcConfiguration> for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::v1::SharedPcConfiguration) -> Self {
        Self::SharedPcConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Windows10CustomConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::v1::Windows10CustomConfiguration) -> Self {
        Self::Windows10CustomConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Windows10EndpointProtectionConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::v1::Windows10EndpointProtectionConfiguration) -> Self {
        Self::Windows10EndpointProtectionConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Windows10EnterpriseModernAppManagementConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::v1::Windows10EnterpriseModernAppManagementConfiguration) -> Self {
        Self::Windows10EnterpriseModernAppManagementConfiguration(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Windows10GeneralConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::v1::Windows10GeneralConfiguration) -> Self {
        Self::Windows10GeneralConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Windows10SecureAssessmentConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::v1::Windows10SecureAssessmentConfiguration) -> Self {
        Self::Windows10SecureAssessmentConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Windows10TeamGeneralConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::v1::Windows10TeamGeneralConfiguration) -> Self {
        Self::Windows10TeamGeneralConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Windows81GeneralConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::v1::Windows81GeneralConfiguration) -> Self {
        Self::Windows81GeneralConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::WindowsDefenderAdvancedThreatProtectionConfiguration,
> for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::v1::WindowsDefenderAdvancedThreatProtectionConfiguration) -> Self {
        Self::WindowsDefenderAdvancedThreatProtectionConfiguration(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsPhone81CustomConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::v1::WindowsPhone81CustomConfiguration) -> Self {
        Self::WindowsPhone81CustomConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsPhone81GeneralConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::v1::WindowsPhone81GeneralConfiguration) -> Self {
        Self::WindowsPhone81GeneralConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsUpdateForBusinessConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::v1::WindowsUpdateForBusinessConfiguration) -> Self {
        Self::WindowsUpdateForBusinessConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyDeviceConfiguration {}
#[cfg(msgraph_v1_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyDeviceConfiguration {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::marker::Unpin for AnyDeviceConfiguration {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyDeviceConfiguration {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyDeviceConfiguration {}
#[cfg(msgraph_v1_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::DeviceConfiguration>();
    rt::object::auto_traits::<crate::v1::AndroidCustomConfiguration>();
    rt::object::auto_traits::<crate::v1::AndroidGeneralDeviceConfiguration>();
    rt::object::auto_traits::<crate::v1::AndroidWorkProfileCustomConfiguration>();
    rt::object::auto_traits::<crate::v1::AndroidWorkProfileGeneralDeviceConfiguration>();
    rt::object::auto_traits::<crate::v1::AppleDeviceFeaturesConfigurationBase>();
    rt::object::auto_traits::<crate::v1::EditionUpgradeConfiguration>();
    rt::object::auto_traits::<crate::v1::IosCertificateProfile>();
    rt::object::auto_traits::<crate::v1::IosCustomConfiguration>();
    rt::object::auto_traits::<crate::v1::IosDeviceFeaturesConfiguration>();
    rt::object::auto_traits::<crate::v1::IosGeneralDeviceConfiguration>();
    rt::object::auto_traits::<crate::v1::IosUpdateConfiguration>();
    rt::object::auto_traits::<crate::v1::MacOsCustomConfiguration>();
    rt::object::auto_traits::<crate::v1::MacOsDeviceFeaturesConfiguration>();
    rt::object::auto_traits::<crate::v1::MacOsGeneralDeviceConfiguration>();
    rt::object::auto_traits::<crate::v1::SharedPcConfiguration>();
    rt::object::auto_traits::<crate::v1::Windows10CustomConfiguration>();
    rt::object::auto_traits::<crate::v1::Windows10EndpointProtectionConfiguration>();
    rt::object::auto_traits::<
        crate::v1::Windows10EnterpriseModernAppManagementConfiguration,
    >();
    rt::object::auto_traits::<crate::v1::Windows10GeneralConfiguration>();
    rt::object::auto_traits::<crate::v1::Windows10SecureAssessmentConfiguration>();
    rt::object::auto_traits::<crate::v1::Windows10TeamGeneralConfiguration>();
    rt::object::auto_traits::<crate::v1::Windows81GeneralConfiguration>();
    rt::object::auto_traits::<
        crate::v1::WindowsDefenderAdvancedThreatProtectionConfiguration,
    >();
    rt::object::auto_traits::<crate::v1::WindowsPhone81CustomConfiguration>();
    rt::object::auto_traits::<crate::v1::WindowsPhone81GeneralConfiguration>();
    rt::object::auto_traits::<crate::v1::WindowsUpdateForBusinessConfiguration>();
};
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Poly for AnyDeviceConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.deviceConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.androidCustomConfiguration") => {
                Self::AndroidCustomConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.androidGeneralDeviceConfiguration",
            ) => Self::AndroidGeneralDeviceConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileCustomConfiguration",
            ) => Self::AndroidWorkProfileCustomConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileGeneralDeviceConfiguration",
            ) => {
                Self::AndroidWorkProfileGeneralDeviceConfiguration(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.appleDeviceFeaturesConfigurationBase",
            ) => Self::AppleDeviceFeaturesConfigurationBase(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.editionUpgradeConfiguration",
            ) => Self::EditionUpgradeConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.iosCertificateProfile") => {
                Self::IosCertificateProfile(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.iosCustomConfiguration") => {
                Self::IosCustomConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.iosDeviceFeaturesConfiguration",
            ) => Self::IosDeviceFeaturesConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.iosGeneralDeviceConfiguration",
            ) => Self::IosGeneralDeviceConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.iosUpdateConfiguration") => {
                Self::IosUpdateConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.macOSCustomConfiguration") => {
                Self::MacOsCustomConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.macOSDeviceFeaturesConfiguration",
            ) => Self::MacOsDeviceFeaturesConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.macOSGeneralDeviceConfiguration",
            ) => Self::MacOsGeneralDeviceConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.sharedPCConfiguration") => {
                Self::SharedPcConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.windows10CustomConfiguration",
            ) => Self::Windows10CustomConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windows10EndpointProtectionConfiguration",
            ) => Self::Windows10EndpointProtectionConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windows10EnterpriseModernAppManagementConfiguration",
            ) => {
                Self::Windows10EnterpriseModernAppManagementConfiguration(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.windows10GeneralConfiguration",
            ) => Self::Windows10GeneralConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windows10SecureAssessmentConfiguration",
            ) => Self::Windows10SecureAssessmentConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windows10TeamGeneralConfiguration",
            ) => Self::Windows10TeamGeneralConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windows81GeneralConfiguration",
            ) => Self::Windows81GeneralConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsDefenderAdvancedThreatProtectionConfiguration",
            ) => {
                Self::WindowsDefenderAdvancedThreatProtectionConfiguration(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81CustomConfiguration",
            ) => Self::WindowsPhone81CustomConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81GeneralConfiguration",
            ) => Self::WindowsPhone81GeneralConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsUpdateForBusinessConfiguration",
            ) => Self::WindowsUpdateForBusinessConfiguration(rt::object::new_boxed()),
            _ => Self::DeviceConfiguration(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeviceConfiguration(v) => &**v,
            Self::AndroidCustomConfiguration(v) => &**v,
            Self::AndroidGeneralDeviceConfiguration(v) => &**v,
            Self::AndroidWorkProfileCustomConfiguration(v) => &**v,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &**v,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &**v,
            Self::EditionUpgradeConfiguration(v) => &**v,
            Self::IosCertificateProfile(v) => &**v,
            Self::IosCustomConfiguration(v) => &**v,
            Self::IosDeviceFeaturesConfiguration(v) => &**v,
            Self::IosGeneralDeviceConfiguration(v) => &**v,
            Self::IosUpdateConfiguration(v) => &**v,
            Self::MacOsCustomConfiguration(v) => &**v,
            Self::MacOsDeviceFeaturesConfiguration(v) => &**v,
            Self::MacOsGeneralDeviceConfiguration(v) => &**v,
            Self::SharedPcConfiguration(v) => &**v,
            Self::Windows10CustomConfiguration(v) => &**v,
            Self::Windows10EndpointProtectionConfiguration(v) => &**v,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => &**v,
            Self::Windows10GeneralConfiguration(v) => &**v,
            Self::Windows10SecureAssessmentConfiguration(v) => &**v,
            Self::Windows10TeamGeneralConfiguration(v) => &**v,
            Self::Windows81GeneralConfiguration(v) => &**v,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => &**v,
            Self::WindowsPhone81CustomConfiguration(v) => &**v,
            Self::WindowsPhone81GeneralConfiguration(v) => &**v,
            Self::WindowsUpdateForBusinessConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceConfiguration(v) => &mut **v,
            Self::AndroidCustomConfiguration(v) => &mut **v,
            Self::AndroidGeneralDeviceConfiguration(v) => &mut **v,
            Self::AndroidWorkProfileCustomConfiguration(v) => &mut **v,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &mut **v,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut **v,
            Self::EditionUpgradeConfiguration(v) => &mut **v,
            Self::IosCertificateProfile(v) => &mut **v,
            Self::IosCustomConfiguration(v) => &mut **v,
            Self::IosDeviceFeaturesConfiguration(v) => &mut **v,
            Self::IosGeneralDeviceConfiguration(v) => &mut **v,
            Self::IosUpdateConfiguration(v) => &mut **v,
            Self::MacOsCustomConfiguration(v) => &mut **v,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut **v,
            Self::MacOsGeneralDeviceConfiguration(v) => &mut **v,
            Self::SharedPcConfiguration(v) => &mut **v,
            Self::Windows10CustomConfiguration(v) => &mut **v,
            Self::Windows10EndpointProtectionConfiguration(v) => &mut **v,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => &mut **v,
            Self::Windows10GeneralConfiguration(v) => &mut **v,
            Self::Windows10SecureAssessmentConfiguration(v) => &mut **v,
            Self::Windows10TeamGeneralConfiguration(v) => &mut **v,
            Self::Windows81GeneralConfiguration(v) => &mut **v,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => &mut **v,
            Self::WindowsPhone81CustomConfiguration(v) => &mut **v,
            Self::WindowsPhone81GeneralConfiguration(v) => &mut **v,
            Self::WindowsUpdateForBusinessConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl AnyDeviceConfiguration {
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
            Self::DeviceConfiguration(v) => &v.id,
            Self::AndroidCustomConfiguration(v) => &v.id,
            Self::AndroidGeneralDeviceConfiguration(v) => &v.id,
            Self::AndroidWorkProfileCustomConfiguration(v) => &v.id,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &v.id,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.id,
            Self::EditionUpgradeConfiguration(v) => &v.id,
            Self::IosCertificateProfile(v) => &v.id,
            Self::IosCustomConfiguration(v) => &v.id,
            Self::IosDeviceFeaturesConfiguration(v) => &v.id,
            Self::IosGeneralDeviceConfiguration(v) => &v.id,
            Self::IosUpdateConfiguration(v) => &v.id,
            Self::MacOsCustomConfiguration(v) => &v.id,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.id,
            Self::MacOsGeneralDeviceConfiguration(v) => &v.id,
            Self::SharedPcConfiguration(v) => &v.id,
            Self::Windows10CustomConfiguration(v) => &v.id,
            Self::Windows10EndpointProtectionConfiguration(v) => &v.id,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => &v.id,
            Self::Windows10GeneralConfiguration(v) => &v.id,
            Self::Windows10SecureAssessmentConfiguration(v) => &v.id,
            Self::Windows10TeamGeneralConfiguration(v) => &v.id,
            Self::Windows81GeneralConfiguration(v) => &v.id,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => &v.id,
            Self::WindowsPhone81CustomConfiguration(v) => &v.id,
            Self::WindowsPhone81GeneralConfiguration(v) => &v.id,
            Self::WindowsUpdateForBusinessConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceConfiguration(v) => &mut v.id,
            Self::AndroidCustomConfiguration(v) => &mut v.id,
            Self::AndroidGeneralDeviceConfiguration(v) => &mut v.id,
            Self::AndroidWorkProfileCustomConfiguration(v) => &mut v.id,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &mut v.id,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.id,
            Self::EditionUpgradeConfiguration(v) => &mut v.id,
            Self::IosCertificateProfile(v) => &mut v.id,
            Self::IosCustomConfiguration(v) => &mut v.id,
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.id,
            Self::IosGeneralDeviceConfiguration(v) => &mut v.id,
            Self::IosUpdateConfiguration(v) => &mut v.id,
            Self::MacOsCustomConfiguration(v) => &mut v.id,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.id,
            Self::MacOsGeneralDeviceConfiguration(v) => &mut v.id,
            Self::SharedPcConfiguration(v) => &mut v.id,
            Self::Windows10CustomConfiguration(v) => &mut v.id,
            Self::Windows10EndpointProtectionConfiguration(v) => &mut v.id,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => &mut v.id,
            Self::Windows10GeneralConfiguration(v) => &mut v.id,
            Self::Windows10SecureAssessmentConfiguration(v) => &mut v.id,
            Self::Windows10TeamGeneralConfiguration(v) => &mut v.id,
            Self::Windows81GeneralConfiguration(v) => &mut v.id,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => &mut v.id,
            Self::WindowsPhone81CustomConfiguration(v) => &mut v.id,
            Self::WindowsPhone81GeneralConfiguration(v) => &mut v.id,
            Self::WindowsUpdateForBusinessConfiguration(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceConfiguration(v) => &v.created_date_time,
            Self::AndroidCustomConfiguration(v) => &v.created_date_time,
            Self::AndroidGeneralDeviceConfiguration(v) => &v.created_date_time,
            Self::AndroidWorkProfileCustomConfiguration(v) => &v.created_date_time,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &v.created_date_time,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.created_date_time,
            Self::EditionUpgradeConfiguration(v) => &v.created_date_time,
            Self::IosCertificateProfile(v) => &v.created_date_time,
            Self::IosCustomConfiguration(v) => &v.created_date_time,
            Self::IosDeviceFeaturesConfiguration(v) => &v.created_date_time,
            Self::IosGeneralDeviceConfiguration(v) => &v.created_date_time,
            Self::IosUpdateConfiguration(v) => &v.created_date_time,
            Self::MacOsCustomConfiguration(v) => &v.created_date_time,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.created_date_time,
            Self::MacOsGeneralDeviceConfiguration(v) => &v.created_date_time,
            Self::SharedPcConfiguration(v) => &v.created_date_time,
            Self::Windows10CustomConfiguration(v) => &v.created_date_time,
            Self::Windows10EndpointProtectionConfiguration(v) => &v.created_date_time,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &v.created_date_time
            }
            Self::Windows10GeneralConfiguration(v) => &v.created_date_time,
            Self::Windows10SecureAssessmentConfiguration(v) => &v.created_date_time,
            Self::Windows10TeamGeneralConfiguration(v) => &v.created_date_time,
            Self::Windows81GeneralConfiguration(v) => &v.created_date_time,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &v.created_date_time
            }
            Self::WindowsPhone81CustomConfiguration(v) => &v.created_date_time,
            Self::WindowsPhone81GeneralConfiguration(v) => &v.created_date_time,
            Self::WindowsUpdateForBusinessConfiguration(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceConfiguration(v) => &mut v.created_date_time,
            Self::AndroidCustomConfiguration(v) => &mut v.created_date_time,
            Self::AndroidGeneralDeviceConfiguration(v) => &mut v.created_date_time,
            Self::AndroidWorkProfileCustomConfiguration(v) => &mut v.created_date_time,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => {
                &mut v.created_date_time
            }
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.created_date_time,
            Self::EditionUpgradeConfiguration(v) => &mut v.created_date_time,
            Self::IosCertificateProfile(v) => &mut v.created_date_time,
            Self::IosCustomConfiguration(v) => &mut v.created_date_time,
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.created_date_time,
            Self::IosGeneralDeviceConfiguration(v) => &mut v.created_date_time,
            Self::IosUpdateConfiguration(v) => &mut v.created_date_time,
            Self::MacOsCustomConfiguration(v) => &mut v.created_date_time,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.created_date_time,
            Self::MacOsGeneralDeviceConfiguration(v) => &mut v.created_date_time,
            Self::SharedPcConfiguration(v) => &mut v.created_date_time,
            Self::Windows10CustomConfiguration(v) => &mut v.created_date_time,
            Self::Windows10EndpointProtectionConfiguration(v) => &mut v.created_date_time,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &mut v.created_date_time
            }
            Self::Windows10GeneralConfiguration(v) => &mut v.created_date_time,
            Self::Windows10SecureAssessmentConfiguration(v) => &mut v.created_date_time,
            Self::Windows10TeamGeneralConfiguration(v) => &mut v.created_date_time,
            Self::Windows81GeneralConfiguration(v) => &mut v.created_date_time,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &mut v.created_date_time
            }
            Self::WindowsPhone81CustomConfiguration(v) => &mut v.created_date_time,
            Self::WindowsPhone81GeneralConfiguration(v) => &mut v.created_date_time,
            Self::WindowsUpdateForBusinessConfiguration(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceConfiguration(v) => &v.description,
            Self::AndroidCustomConfiguration(v) => &v.description,
            Self::AndroidGeneralDeviceConfiguration(v) => &v.description,
            Self::AndroidWorkProfileCustomConfiguration(v) => &v.description,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &v.description,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.description,
            Self::EditionUpgradeConfiguration(v) => &v.description,
            Self::IosCertificateProfile(v) => &v.description,
            Self::IosCustomConfiguration(v) => &v.description,
            Self::IosDeviceFeaturesConfiguration(v) => &v.description,
            Self::IosGeneralDeviceConfiguration(v) => &v.description,
            Self::IosUpdateConfiguration(v) => &v.description,
            Self::MacOsCustomConfiguration(v) => &v.description,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.description,
            Self::MacOsGeneralDeviceConfiguration(v) => &v.description,
            Self::SharedPcConfiguration(v) => &v.description,
            Self::Windows10CustomConfiguration(v) => &v.description,
            Self::Windows10EndpointProtectionConfiguration(v) => &v.description,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &v.description
            }
            Self::Windows10GeneralConfiguration(v) => &v.description,
            Self::Windows10SecureAssessmentConfiguration(v) => &v.description,
            Self::Windows10TeamGeneralConfiguration(v) => &v.description,
            Self::Windows81GeneralConfiguration(v) => &v.description,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &v.description
            }
            Self::WindowsPhone81CustomConfiguration(v) => &v.description,
            Self::WindowsPhone81GeneralConfiguration(v) => &v.description,
            Self::WindowsUpdateForBusinessConfiguration(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceConfiguration(v) => &mut v.description,
            Self::AndroidCustomConfiguration(v) => &mut v.description,
            Self::AndroidGeneralDeviceConfiguration(v) => &mut v.description,
            Self::AndroidWorkProfileCustomConfiguration(v) => &mut v.description,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &mut v.description,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.description,
            Self::EditionUpgradeConfiguration(v) => &mut v.description,
            Self::IosCertificateProfile(v) => &mut v.description,
            Self::IosCustomConfiguration(v) => &mut v.description,
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.description,
            Self::IosGeneralDeviceConfiguration(v) => &mut v.description,
            Self::IosUpdateConfiguration(v) => &mut v.description,
            Self::MacOsCustomConfiguration(v) => &mut v.description,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.description,
            Self::MacOsGeneralDeviceConfiguration(v) => &mut v.description,
            Self::SharedPcConfiguration(v) => &mut v.description,
            Self::Windows10CustomConfiguration(v) => &mut v.description,
            Self::Windows10EndpointProtectionConfiguration(v) => &mut v.description,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &mut v.description
            }
            Self::Windows10GeneralConfiguration(v) => &mut v.description,
            Self::Windows10SecureAssessmentConfiguration(v) => &mut v.description,
            Self::Windows10TeamGeneralConfiguration(v) => &mut v.description,
            Self::Windows81GeneralConfiguration(v) => &mut v.description,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &mut v.description
            }
            Self::WindowsPhone81CustomConfiguration(v) => &mut v.description,
            Self::WindowsPhone81GeneralConfiguration(v) => &mut v.description,
            Self::WindowsUpdateForBusinessConfiguration(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceConfiguration(v) => &v.display_name,
            Self::AndroidCustomConfiguration(v) => &v.display_name,
            Self::AndroidGeneralDeviceConfiguration(v) => &v.display_name,
            Self::AndroidWorkProfileCustomConfiguration(v) => &v.display_name,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &v.display_name,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.display_name,
            Self::EditionUpgradeConfiguration(v) => &v.display_name,
            Self::IosCertificateProfile(v) => &v.display_name,
            Self::IosCustomConfiguration(v) => &v.display_name,
            Self::IosDeviceFeaturesConfiguration(v) => &v.display_name,
            Self::IosGeneralDeviceConfiguration(v) => &v.display_name,
            Self::IosUpdateConfiguration(v) => &v.display_name,
            Self::MacOsCustomConfiguration(v) => &v.display_name,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.display_name,
            Self::MacOsGeneralDeviceConfiguration(v) => &v.display_name,
            Self::SharedPcConfiguration(v) => &v.display_name,
            Self::Windows10CustomConfiguration(v) => &v.display_name,
            Self::Windows10EndpointProtectionConfiguration(v) => &v.display_name,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &v.display_name
            }
            Self::Windows10GeneralConfiguration(v) => &v.display_name,
            Self::Windows10SecureAssessmentConfiguration(v) => &v.display_name,
            Self::Windows10TeamGeneralConfiguration(v) => &v.display_name,
            Self::Windows81GeneralConfiguration(v) => &v.display_name,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &v.display_name
            }
            Self::WindowsPhone81CustomConfiguration(v) => &v.display_name,
            Self::WindowsPhone81GeneralConfiguration(v) => &v.display_name,
            Self::WindowsUpdateForBusinessConfiguration(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceConfiguration(v) => &mut v.display_name,
            Self::AndroidCustomConfiguration(v) => &mut v.display_name,
            Self::AndroidGeneralDeviceConfiguration(v) => &mut v.display_name,
            Self::AndroidWorkProfileCustomConfiguration(v) => &mut v.display_name,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &mut v.display_name,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.display_name,
            Self::EditionUpgradeConfiguration(v) => &mut v.display_name,
            Self::IosCertificateProfile(v) => &mut v.display_name,
            Self::IosCustomConfiguration(v) => &mut v.display_name,
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.display_name,
            Self::IosGeneralDeviceConfiguration(v) => &mut v.display_name,
            Self::IosUpdateConfiguration(v) => &mut v.display_name,
            Self::MacOsCustomConfiguration(v) => &mut v.display_name,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.display_name,
            Self::MacOsGeneralDeviceConfiguration(v) => &mut v.display_name,
            Self::SharedPcConfiguration(v) => &mut v.display_name,
            Self::Windows10CustomConfiguration(v) => &mut v.display_name,
            Self::Windows10EndpointProtectionConfiguration(v) => &mut v.display_name,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &mut v.display_name
            }
            Self::Windows10GeneralConfiguration(v) => &mut v.display_name,
            Self::Windows10SecureAssessmentConfiguration(v) => &mut v.display_name,
            Self::Windows10TeamGeneralConfiguration(v) => &mut v.display_name,
            Self::Windows81GeneralConfiguration(v) => &mut v.display_name,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &mut v.display_name
            }
            Self::WindowsPhone81CustomConfiguration(v) => &mut v.display_name,
            Self::WindowsPhone81GeneralConfiguration(v) => &mut v.display_name,
            Self::WindowsUpdateForBusinessConfiguration(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceConfiguration(v) => &v.last_modified_date_time,
            Self::AndroidCustomConfiguration(v) => &v.last_modified_date_time,
            Self::AndroidGeneralDeviceConfiguration(v) => &v.last_modified_date_time,
            Self::AndroidWorkProfileCustomConfiguration(v) => &v.last_modified_date_time,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => {
                &v.last_modified_date_time
            }
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.last_modified_date_time,
            Self::EditionUpgradeConfiguration(v) => &v.last_modified_date_time,
            Self::IosCertificateProfile(v) => &v.last_modified_date_time,
            Self::IosCustomConfiguration(v) => &v.last_modified_date_time,
            Self::IosDeviceFeaturesConfiguration(v) => &v.last_modified_date_time,
            Self::IosGeneralDeviceConfiguration(v) => &v.last_modified_date_time,
            Self::IosUpdateConfiguration(v) => &v.last_modified_date_time,
            Self::MacOsCustomConfiguration(v) => &v.last_modified_date_time,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.last_modified_date_time,
            Self::MacOsGeneralDeviceConfiguration(v) => &v.last_modified_date_time,
            Self::SharedPcConfiguration(v) => &v.last_modified_date_time,
            Self::Windows10CustomConfiguration(v) => &v.last_modified_date_time,
            Self::Windows10EndpointProtectionConfiguration(v) => {
                &v.last_modified_date_time
            }
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &v.last_modified_date_time
            }
            Self::Windows10GeneralConfiguration(v) => &v.last_modified_date_time,
            Self::Windows10SecureAssessmentConfiguration(v) => &v.last_modified_date_time,
            Self::Windows10TeamGeneralConfiguration(v) => &v.last_modified_date_time,
            Self::Windows81GeneralConfiguration(v) => &v.last_modified_date_time,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &v.last_modified_date_time
            }
            Self::WindowsPhone81CustomConfiguration(v) => &v.last_modified_date_time,
            Self::WindowsPhone81GeneralConfiguration(v) => &v.last_modified_date_time,
            Self::WindowsUpdateForBusinessConfiguration(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceConfiguration(v) => &mut v.last_modified_date_time,
            Self::AndroidCustomConfiguration(v) => &mut v.last_modified_date_time,
            Self::AndroidGeneralDeviceConfiguration(v) => &mut v.last_modified_date_time,
            Self::AndroidWorkProfileCustomConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::AppleDeviceFeaturesConfigurationBase(v) => {
                &mut v.last_modified_date_time
            }
            Self::EditionUpgradeConfiguration(v) => &mut v.last_modified_date_time,
            Self::IosCertificateProfile(v) => &mut v.last_modified_date_time,
            Self::IosCustomConfiguration(v) => &mut v.last_modified_date_time,
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.last_modified_date_time,
            Self::IosGeneralDeviceConfiguration(v) => &mut v.last_modified_date_time,
            Self::IosUpdateConfiguration(v) => &mut v.last_modified_date_time,
            Self::MacOsCustomConfiguration(v) => &mut v.last_modified_date_time,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.last_modified_date_time,
            Self::MacOsGeneralDeviceConfiguration(v) => &mut v.last_modified_date_time,
            Self::SharedPcConfiguration(v) => &mut v.last_modified_date_time,
            Self::Windows10CustomConfiguration(v) => &mut v.last_modified_date_time,
            Self::Windows10EndpointProtectionConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::Windows10GeneralConfiguration(v) => &mut v.last_modified_date_time,
            Self::Windows10SecureAssessmentConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::Windows10TeamGeneralConfiguration(v) => &mut v.last_modified_date_time,
            Self::Windows81GeneralConfiguration(v) => &mut v.last_modified_date_time,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::WindowsPhone81CustomConfiguration(v) => &mut v.last_modified_date_time,
            Self::WindowsPhone81GeneralConfiguration(v) => &mut v.last_modified_date_time,
            Self::WindowsUpdateForBusinessConfiguration(v) => {
                &mut v.last_modified_date_time
            }
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::DeviceConfiguration(v) => &v.version,
            Self::AndroidCustomConfiguration(v) => &v.version,
            Self::AndroidGeneralDeviceConfiguration(v) => &v.version,
            Self::AndroidWorkProfileCustomConfiguration(v) => &v.version,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &v.version,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.version,
            Self::EditionUpgradeConfiguration(v) => &v.version,
            Self::IosCertificateProfile(v) => &v.version,
            Self::IosCustomConfiguration(v) => &v.version,
            Self::IosDeviceFeaturesConfiguration(v) => &v.version,
            Self::IosGeneralDeviceConfiguration(v) => &v.version,
            Self::IosUpdateConfiguration(v) => &v.version,
            Self::MacOsCustomConfiguration(v) => &v.version,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.version,
            Self::MacOsGeneralDeviceConfiguration(v) => &v.version,
            Self::SharedPcConfiguration(v) => &v.version,
            Self::Windows10CustomConfiguration(v) => &v.version,
            Self::Windows10EndpointProtectionConfiguration(v) => &v.version,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => &v.version,
            Self::Windows10GeneralConfiguration(v) => &v.version,
            Self::Windows10SecureAssessmentConfiguration(v) => &v.version,
            Self::Windows10TeamGeneralConfiguration(v) => &v.version,
            Self::Windows81GeneralConfiguration(v) => &v.version,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => &v.version,
            Self::WindowsPhone81CustomConfiguration(v) => &v.version,
            Self::WindowsPhone81GeneralConfiguration(v) => &v.version,
            Self::WindowsUpdateForBusinessConfiguration(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::DeviceConfiguration(v) => &mut v.version,
            Self::AndroidCustomConfiguration(v) => &mut v.version,
            Self::AndroidGeneralDeviceConfiguration(v) => &mut v.version,
            Self::AndroidWorkProfileCustomConfiguration(v) => &mut v.version,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &mut v.version,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.version,
            Self::EditionUpgradeConfiguration(v) => &mut v.version,
            Self::IosCertificateProfile(v) => &mut v.version,
            Self::IosCustomConfiguration(v) => &mut v.version,
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.version,
            Self::IosGeneralDeviceConfiguration(v) => &mut v.version,
            Self::IosUpdateConfiguration(v) => &mut v.version,
            Self::MacOsCustomConfiguration(v) => &mut v.version,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.version,
            Self::MacOsGeneralDeviceConfiguration(v) => &mut v.version,
            Self::SharedPcConfiguration(v) => &mut v.version,
            Self::Windows10CustomConfiguration(v) => &mut v.version,
            Self::Windows10EndpointProtectionConfiguration(v) => &mut v.version,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &mut v.version
            }
            Self::Windows10GeneralConfiguration(v) => &mut v.version,
            Self::Windows10SecureAssessmentConfiguration(v) => &mut v.version,
            Self::Windows10TeamGeneralConfiguration(v) => &mut v.version,
            Self::Windows81GeneralConfiguration(v) => &mut v.version,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &mut v.version
            }
            Self::WindowsPhone81CustomConfiguration(v) => &mut v.version,
            Self::WindowsPhone81GeneralConfiguration(v) => &mut v.version,
            Self::WindowsUpdateForBusinessConfiguration(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::DeviceConfigurationAssignment>> {
        match self {
            Self::DeviceConfiguration(v) => &v.assignments,
            Self::AndroidCustomConfiguration(v) => &v.assignments,
            Self::AndroidGeneralDeviceConfiguration(v) => &v.assignments,
            Self::AndroidWorkProfileCustomConfiguration(v) => &v.assignments,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &v.assignments,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.assignments,
            Self::EditionUpgradeConfiguration(v) => &v.assignments,
            Self::IosCertificateProfile(v) => &v.assignments,
            Self::IosCustomConfiguration(v) => &v.assignments,
            Self::IosDeviceFeaturesConfiguration(v) => &v.assignments,
            Self::IosGeneralDeviceConfiguration(v) => &v.assignments,
            Self::IosUpdateConfiguration(v) => &v.assignments,
            Self::MacOsCustomConfiguration(v) => &v.assignments,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.assignments,
            Self::MacOsGeneralDeviceConfiguration(v) => &v.assignments,
            Self::SharedPcConfiguration(v) => &v.assignments,
            Self::Windows10CustomConfiguration(v) => &v.assignments,
            Self::Windows10EndpointProtectionConfiguration(v) => &v.assignments,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &v.assignments
            }
            Self::Windows10GeneralConfiguration(v) => &v.assignments,
            Self::Windows10SecureAssessmentConfiguration(v) => &v.assignments,
            Self::Windows10TeamGeneralConfiguration(v) => &v.assignments,
            Self::Windows81GeneralConfiguration(v) => &v.assignments,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &v.assignments
            }
            Self::WindowsPhone81CustomConfiguration(v) => &v.assignments,
            Self::WindowsPhone81GeneralConfiguration(v) => &v.assignments,
            Self::WindowsUpdateForBusinessConfiguration(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::DeviceConfigurationAssignment>> {
        match self {
            Self::DeviceConfiguration(v) => &mut v.assignments,
            Self::AndroidCustomConfiguration(v) => &mut v.assignments,
            Self::AndroidGeneralDeviceConfiguration(v) => &mut v.assignments,
            Self::AndroidWorkProfileCustomConfiguration(v) => &mut v.assignments,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &mut v.assignments,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.assignments,
            Self::EditionUpgradeConfiguration(v) => &mut v.assignments,
            Self::IosCertificateProfile(v) => &mut v.assignments,
            Self::IosCustomConfiguration(v) => &mut v.assignments,
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.assignments,
            Self::IosGeneralDeviceConfiguration(v) => &mut v.assignments,
            Self::IosUpdateConfiguration(v) => &mut v.assignments,
            Self::MacOsCustomConfiguration(v) => &mut v.assignments,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.assignments,
            Self::MacOsGeneralDeviceConfiguration(v) => &mut v.assignments,
            Self::SharedPcConfiguration(v) => &mut v.assignments,
            Self::Windows10CustomConfiguration(v) => &mut v.assignments,
            Self::Windows10EndpointProtectionConfiguration(v) => &mut v.assignments,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &mut v.assignments
            }
            Self::Windows10GeneralConfiguration(v) => &mut v.assignments,
            Self::Windows10SecureAssessmentConfiguration(v) => &mut v.assignments,
            Self::Windows10TeamGeneralConfiguration(v) => &mut v.assignments,
            Self::Windows81GeneralConfiguration(v) => &mut v.assignments,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &mut v.assignments
            }
            Self::WindowsPhone81CustomConfiguration(v) => &mut v.assignments,
            Self::WindowsPhone81GeneralConfiguration(v) => &mut v.assignments,
            Self::WindowsUpdateForBusinessConfiguration(v) => &mut v.assignments,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::SettingStateDeviceSummary>> {
        match self {
            Self::DeviceConfiguration(v) => &v.device_setting_state_summaries,
            Self::AndroidCustomConfiguration(v) => &v.device_setting_state_summaries,
            Self::AndroidGeneralDeviceConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidWorkProfileCustomConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::AppleDeviceFeaturesConfigurationBase(v) => {
                &v.device_setting_state_summaries
            }
            Self::EditionUpgradeConfiguration(v) => &v.device_setting_state_summaries,
            Self::IosCertificateProfile(v) => &v.device_setting_state_summaries,
            Self::IosCustomConfiguration(v) => &v.device_setting_state_summaries,
            Self::IosDeviceFeaturesConfiguration(v) => &v.device_setting_state_summaries,
            Self::IosGeneralDeviceConfiguration(v) => &v.device_setting_state_summaries,
            Self::IosUpdateConfiguration(v) => &v.device_setting_state_summaries,
            Self::MacOsCustomConfiguration(v) => &v.device_setting_state_summaries,
            Self::MacOsDeviceFeaturesConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::MacOsGeneralDeviceConfiguration(v) => &v.device_setting_state_summaries,
            Self::SharedPcConfiguration(v) => &v.device_setting_state_summaries,
            Self::Windows10CustomConfiguration(v) => &v.device_setting_state_summaries,
            Self::Windows10EndpointProtectionConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::Windows10GeneralConfiguration(v) => &v.device_setting_state_summaries,
            Self::Windows10SecureAssessmentConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::Windows10TeamGeneralConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::Windows81GeneralConfiguration(v) => &v.device_setting_state_summaries,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::WindowsPhone81CustomConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::WindowsPhone81GeneralConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::WindowsUpdateForBusinessConfiguration(v) => {
                &v.device_setting_state_summaries
            }
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::SettingStateDeviceSummary>> {
        match self {
            Self::DeviceConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::AndroidCustomConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::AndroidGeneralDeviceConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidWorkProfileCustomConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AppleDeviceFeaturesConfigurationBase(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::EditionUpgradeConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::IosCertificateProfile(v) => &mut v.device_setting_state_summaries,
            Self::IosCustomConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::IosDeviceFeaturesConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::IosGeneralDeviceConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::IosUpdateConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::MacOsCustomConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::MacOsDeviceFeaturesConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::MacOsGeneralDeviceConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::SharedPcConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::Windows10CustomConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::Windows10EndpointProtectionConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::Windows10GeneralConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::Windows10SecureAssessmentConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::Windows10TeamGeneralConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::Windows81GeneralConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::WindowsPhone81CustomConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::WindowsPhone81GeneralConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::WindowsUpdateForBusinessConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::DeviceConfiguration(v) => &v.device_statuses,
            Self::AndroidCustomConfiguration(v) => &v.device_statuses,
            Self::AndroidGeneralDeviceConfiguration(v) => &v.device_statuses,
            Self::AndroidWorkProfileCustomConfiguration(v) => &v.device_statuses,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &v.device_statuses,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.device_statuses,
            Self::EditionUpgradeConfiguration(v) => &v.device_statuses,
            Self::IosCertificateProfile(v) => &v.device_statuses,
            Self::IosCustomConfiguration(v) => &v.device_statuses,
            Self::IosDeviceFeaturesConfiguration(v) => &v.device_statuses,
            Self::IosGeneralDeviceConfiguration(v) => &v.device_statuses,
            Self::IosUpdateConfiguration(v) => &v.device_statuses,
            Self::MacOsCustomConfiguration(v) => &v.device_statuses,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.device_statuses,
            Self::MacOsGeneralDeviceConfiguration(v) => &v.device_statuses,
            Self::SharedPcConfiguration(v) => &v.device_statuses,
            Self::Windows10CustomConfiguration(v) => &v.device_statuses,
            Self::Windows10EndpointProtectionConfiguration(v) => &v.device_statuses,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &v.device_statuses
            }
            Self::Windows10GeneralConfiguration(v) => &v.device_statuses,
            Self::Windows10SecureAssessmentConfiguration(v) => &v.device_statuses,
            Self::Windows10TeamGeneralConfiguration(v) => &v.device_statuses,
            Self::Windows81GeneralConfiguration(v) => &v.device_statuses,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &v.device_statuses
            }
            Self::WindowsPhone81CustomConfiguration(v) => &v.device_statuses,
            Self::WindowsPhone81GeneralConfiguration(v) => &v.device_statuses,
            Self::WindowsUpdateForBusinessConfiguration(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::DeviceConfiguration(v) => &mut v.device_statuses,
            Self::AndroidCustomConfiguration(v) => &mut v.device_statuses,
            Self::AndroidGeneralDeviceConfiguration(v) => &mut v.device_statuses,
            Self::AndroidWorkProfileCustomConfiguration(v) => &mut v.device_statuses,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => {
                &mut v.device_statuses
            }
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.device_statuses,
            Self::EditionUpgradeConfiguration(v) => &mut v.device_statuses,
            Self::IosCertificateProfile(v) => &mut v.device_statuses,
            Self::IosCustomConfiguration(v) => &mut v.device_statuses,
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.device_statuses,
            Self::IosGeneralDeviceConfiguration(v) => &mut v.device_statuses,
            Self::IosUpdateConfiguration(v) => &mut v.device_statuses,
            Self::MacOsCustomConfiguration(v) => &mut v.device_statuses,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.device_statuses,
            Self::MacOsGeneralDeviceConfiguration(v) => &mut v.device_statuses,
            Self::SharedPcConfiguration(v) => &mut v.device_statuses,
            Self::Windows10CustomConfiguration(v) => &mut v.device_statuses,
            Self::Windows10EndpointProtectionConfiguration(v) => &mut v.device_statuses,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &mut v.device_statuses
            }
            Self::Windows10GeneralConfiguration(v) => &mut v.device_statuses,
            Self::Windows10SecureAssessmentConfiguration(v) => &mut v.device_statuses,
            Self::Windows10TeamGeneralConfiguration(v) => &mut v.device_statuses,
            Self::Windows81GeneralConfiguration(v) => &mut v.device_statuses,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &mut v.device_statuses
            }
            Self::WindowsPhone81CustomConfiguration(v) => &mut v.device_statuses,
            Self::WindowsPhone81GeneralConfiguration(v) => &mut v.device_statuses,
            Self::WindowsUpdateForBusinessConfiguration(v) => &mut v.device_statuses,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> &rt::Field<crate::v1::DeviceConfigurationDeviceOverview> {
        match self {
            Self::DeviceConfiguration(v) => &v.device_status_overview,
            Self::AndroidCustomConfiguration(v) => &v.device_status_overview,
            Self::AndroidGeneralDeviceConfiguration(v) => &v.device_status_overview,
            Self::AndroidWorkProfileCustomConfiguration(v) => &v.device_status_overview,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => {
                &v.device_status_overview
            }
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.device_status_overview,
            Self::EditionUpgradeConfiguration(v) => &v.device_status_overview,
            Self::IosCertificateProfile(v) => &v.device_status_overview,
            Self::IosCustomConfiguration(v) => &v.device_status_overview,
            Self::IosDeviceFeaturesConfiguration(v) => &v.device_status_overview,
            Self::IosGeneralDeviceConfiguration(v) => &v.device_status_overview,
            Self::IosUpdateConfiguration(v) => &v.device_status_overview,
            Self::MacOsCustomConfiguration(v) => &v.device_status_overview,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.device_status_overview,
            Self::MacOsGeneralDeviceConfiguration(v) => &v.device_status_overview,
            Self::SharedPcConfiguration(v) => &v.device_status_overview,
            Self::Windows10CustomConfiguration(v) => &v.device_status_overview,
            Self::Windows10EndpointProtectionConfiguration(v) => {
                &v.device_status_overview
            }
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &v.device_status_overview
            }
            Self::Windows10GeneralConfiguration(v) => &v.device_status_overview,
            Self::Windows10SecureAssessmentConfiguration(v) => &v.device_status_overview,
            Self::Windows10TeamGeneralConfiguration(v) => &v.device_status_overview,
            Self::Windows81GeneralConfiguration(v) => &v.device_status_overview,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &v.device_status_overview
            }
            Self::WindowsPhone81CustomConfiguration(v) => &v.device_status_overview,
            Self::WindowsPhone81GeneralConfiguration(v) => &v.device_status_overview,
            Self::WindowsUpdateForBusinessConfiguration(v) => &v.device_status_overview,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::DeviceConfigurationDeviceOverview> {
        match self {
            Self::DeviceConfiguration(v) => &mut v.device_status_overview,
            Self::AndroidCustomConfiguration(v) => &mut v.device_status_overview,
            Self::AndroidGeneralDeviceConfiguration(v) => &mut v.device_status_overview,
            Self::AndroidWorkProfileCustomConfiguration(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => {
                &mut v.device_status_overview
            }
            Self::AppleDeviceFeaturesConfigurationBase(v) => {
                &mut v.device_status_overview
            }
            Self::EditionUpgradeConfiguration(v) => &mut v.device_status_overview,
            Self::IosCertificateProfile(v) => &mut v.device_status_overview,
            Self::IosCustomConfiguration(v) => &mut v.device_status_overview,
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.device_status_overview,
            Self::IosGeneralDeviceConfiguration(v) => &mut v.device_status_overview,
            Self::IosUpdateConfiguration(v) => &mut v.device_status_overview,
            Self::MacOsCustomConfiguration(v) => &mut v.device_status_overview,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.device_status_overview,
            Self::MacOsGeneralDeviceConfiguration(v) => &mut v.device_status_overview,
            Self::SharedPcConfiguration(v) => &mut v.device_status_overview,
            Self::Windows10CustomConfiguration(v) => &mut v.device_status_overview,
            Self::Windows10EndpointProtectionConfiguration(v) => {
                &mut v.device_status_overview
            }
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &mut v.device_status_overview
            }
            Self::Windows10GeneralConfiguration(v) => &mut v.device_status_overview,
            Self::Windows10SecureAssessmentConfiguration(v) => {
                &mut v.device_status_overview
            }
            Self::Windows10TeamGeneralConfiguration(v) => &mut v.device_status_overview,
            Self::Windows81GeneralConfiguration(v) => &mut v.device_status_overview,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &mut v.device_status_overview
            }
            Self::WindowsPhone81CustomConfiguration(v) => &mut v.device_status_overview,
            Self::WindowsPhone81GeneralConfiguration(v) => &mut v.device_status_overview,
            Self::WindowsUpdateForBusinessConfiguration(v) => {
                &mut v.device_status_overview
            }
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::DeviceConfigurationUserStatus>> {
        match self {
            Self::DeviceConfiguration(v) => &v.user_statuses,
            Self::AndroidCustomConfiguration(v) => &v.user_statuses,
            Self::AndroidGeneralDeviceConfiguration(v) => &v.user_statuses,
            Self::AndroidWorkProfileCustomConfiguration(v) => &v.user_statuses,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &v.user_statuses,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.user_statuses,
            Self::EditionUpgradeConfiguration(v) => &v.user_statuses,
            Self::IosCertificateProfile(v) => &v.user_statuses,
            Self::IosCustomConfiguration(v) => &v.user_statuses,
            Self::IosDeviceFeaturesConfiguration(v) => &v.user_statuses,
            Self::IosGeneralDeviceConfiguration(v) => &v.user_statuses,
            Self::IosUpdateConfiguration(v) => &v.user_statuses,
            Self::MacOsCustomConfiguration(v) => &v.user_statuses,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.user_statuses,
            Self::MacOsGeneralDeviceConfiguration(v) => &v.user_statuses,
            Self::SharedPcConfiguration(v) => &v.user_statuses,
            Self::Windows10CustomConfiguration(v) => &v.user_statuses,
            Self::Windows10EndpointProtectionConfiguration(v) => &v.user_statuses,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &v.user_statuses
            }
            Self::Windows10GeneralConfiguration(v) => &v.user_statuses,
            Self::Windows10SecureAssessmentConfiguration(v) => &v.user_statuses,
            Self::Windows10TeamGeneralConfiguration(v) => &v.user_statuses,
            Self::Windows81GeneralConfiguration(v) => &v.user_statuses,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &v.user_statuses
            }
            Self::WindowsPhone81CustomConfiguration(v) => &v.user_statuses,
            Self::WindowsPhone81GeneralConfiguration(v) => &v.user_statuses,
            Self::WindowsUpdateForBusinessConfiguration(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::DeviceConfigurationUserStatus>> {
        match self {
            Self::DeviceConfiguration(v) => &mut v.user_statuses,
            Self::AndroidCustomConfiguration(v) => &mut v.user_statuses,
            Self::AndroidGeneralDeviceConfiguration(v) => &mut v.user_statuses,
            Self::AndroidWorkProfileCustomConfiguration(v) => &mut v.user_statuses,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &mut v.user_statuses,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.user_statuses,
            Self::EditionUpgradeConfiguration(v) => &mut v.user_statuses,
            Self::IosCertificateProfile(v) => &mut v.user_statuses,
            Self::IosCustomConfiguration(v) => &mut v.user_statuses,
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.user_statuses,
            Self::IosGeneralDeviceConfiguration(v) => &mut v.user_statuses,
            Self::IosUpdateConfiguration(v) => &mut v.user_statuses,
            Self::MacOsCustomConfiguration(v) => &mut v.user_statuses,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.user_statuses,
            Self::MacOsGeneralDeviceConfiguration(v) => &mut v.user_statuses,
            Self::SharedPcConfiguration(v) => &mut v.user_statuses,
            Self::Windows10CustomConfiguration(v) => &mut v.user_statuses,
            Self::Windows10EndpointProtectionConfiguration(v) => &mut v.user_statuses,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &mut v.user_statuses
            }
            Self::Windows10GeneralConfiguration(v) => &mut v.user_statuses,
            Self::Windows10SecureAssessmentConfiguration(v) => &mut v.user_statuses,
            Self::Windows10TeamGeneralConfiguration(v) => &mut v.user_statuses,
            Self::Windows81GeneralConfiguration(v) => &mut v.user_statuses,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &mut v.user_statuses
            }
            Self::WindowsPhone81CustomConfiguration(v) => &mut v.user_statuses,
            Self::WindowsPhone81GeneralConfiguration(v) => &mut v.user_statuses,
            Self::WindowsUpdateForBusinessConfiguration(v) => &mut v.user_statuses,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> &rt::Field<crate::v1::DeviceConfigurationUserOverview> {
        match self {
            Self::DeviceConfiguration(v) => &v.user_status_overview,
            Self::AndroidCustomConfiguration(v) => &v.user_status_overview,
            Self::AndroidGeneralDeviceConfiguration(v) => &v.user_status_overview,
            Self::AndroidWorkProfileCustomConfiguration(v) => &v.user_status_overview,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => {
                &v.user_status_overview
            }
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.user_status_overview,
            Self::EditionUpgradeConfiguration(v) => &v.user_status_overview,
            Self::IosCertificateProfile(v) => &v.user_status_overview,
            Self::IosCustomConfiguration(v) => &v.user_status_overview,
            Self::IosDeviceFeaturesConfiguration(v) => &v.user_status_overview,
            Self::IosGeneralDeviceConfiguration(v) => &v.user_status_overview,
            Self::IosUpdateConfiguration(v) => &v.user_status_overview,
            Self::MacOsCustomConfiguration(v) => &v.user_status_overview,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.user_status_overview,
            Self::MacOsGeneralDeviceConfiguration(v) => &v.user_status_overview,
            Self::SharedPcConfiguration(v) => &v.user_status_overview,
            Self::Windows10CustomConfiguration(v) => &v.user_status_overview,
            Self::Windows10EndpointProtectionConfiguration(v) => &v.user_status_overview,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &v.user_status_overview
            }
            Self::Windows10GeneralConfiguration(v) => &v.user_status_overview,
            Self::Windows10SecureAssessmentConfiguration(v) => &v.user_status_overview,
            Self::Windows10TeamGeneralConfiguration(v) => &v.user_status_overview,
            Self::Windows81GeneralConfiguration(v) => &v.user_status_overview,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &v.user_status_overview
            }
            Self::WindowsPhone81CustomConfiguration(v) => &v.user_status_overview,
            Self::WindowsPhone81GeneralConfiguration(v) => &v.user_status_overview,
            Self::WindowsUpdateForBusinessConfiguration(v) => &v.user_status_overview,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::DeviceConfigurationUserOverview> {
        match self {
            Self::DeviceConfiguration(v) => &mut v.user_status_overview,
            Self::AndroidCustomConfiguration(v) => &mut v.user_status_overview,
            Self::AndroidGeneralDeviceConfiguration(v) => &mut v.user_status_overview,
            Self::AndroidWorkProfileCustomConfiguration(v) => &mut v.user_status_overview,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => {
                &mut v.user_status_overview
            }
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.user_status_overview,
            Self::EditionUpgradeConfiguration(v) => &mut v.user_status_overview,
            Self::IosCertificateProfile(v) => &mut v.user_status_overview,
            Self::IosCustomConfiguration(v) => &mut v.user_status_overview,
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.user_status_overview,
            Self::IosGeneralDeviceConfiguration(v) => &mut v.user_status_overview,
            Self::IosUpdateConfiguration(v) => &mut v.user_status_overview,
            Self::MacOsCustomConfiguration(v) => &mut v.user_status_overview,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.user_status_overview,
            Self::MacOsGeneralDeviceConfiguration(v) => &mut v.user_status_overview,
            Self::SharedPcConfiguration(v) => &mut v.user_status_overview,
            Self::Windows10CustomConfiguration(v) => &mut v.user_status_overview,
            Self::Windows10EndpointProtectionConfiguration(v) => {
                &mut v.user_status_overview
            }
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &mut v.user_status_overview
            }
            Self::Windows10GeneralConfiguration(v) => &mut v.user_status_overview,
            Self::Windows10SecureAssessmentConfiguration(v) => {
                &mut v.user_status_overview
            }
            Self::Windows10TeamGeneralConfiguration(v) => &mut v.user_status_overview,
            Self::Windows81GeneralConfiguration(v) => &mut v.user_status_overview,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &mut v.user_status_overview
            }
            Self::WindowsPhone81CustomConfiguration(v) => &mut v.user_status_overview,
            Self::WindowsPhone81GeneralConfiguration(v) => &mut v.user_status_overview,
            Self::WindowsUpdateForBusinessConfiguration(v) => &mut v.user_status_overview,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_poly!(AnyDeviceConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
/// The device configuration assignment entity assigns an AAD group to a specific device configuration.
///
/// CSDL: `microsoft.graph.deviceConfigurationAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceConfigurationAssignmentPath`](requests/trait.DeviceConfigurationAssignmentPath.html), what a path to one (`EntityPath<DeviceConfigurationAssignment, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceConfigurationAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The assignment target for the device configuration.
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::v1::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceConfigurationAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceConfigurationAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceConfigurationAssignment";
    const KEYS: &'static [&'static str] = &["id", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceConfigurationAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target", &self.target);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceConfigurationAssignment {
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceConfigurationAssignment);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceConfigurationAssignment { with_id id : ::std::string::String; with_target
    target : crate ::v1::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceConfigurationAssignment);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceConfigurationDeviceOverview`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceConfigurationDeviceOverview {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Version of the policy for that overview
    ///
    /// CSDL: property `configurationVersion`: `Edm.Int32`, not nullable.
    pub configuration_version: rt::Field<i32>,
    /// Number of error devices
    ///
    /// CSDL: property `errorCount`: `Edm.Int32`, not nullable.
    pub error_count: rt::Field<i32>,
    /// Number of failed devices
    ///
    /// CSDL: property `failedCount`: `Edm.Int32`, not nullable.
    pub failed_count: rt::Field<i32>,
    /// Last update time
    ///
    /// CSDL: property `lastUpdateDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_update_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Number of not applicable devices
    ///
    /// CSDL: property `notApplicableCount`: `Edm.Int32`, not nullable.
    pub not_applicable_count: rt::Field<i32>,
    /// Number of pending devices
    ///
    /// CSDL: property `pendingCount`: `Edm.Int32`, not nullable.
    pub pending_count: rt::Field<i32>,
    /// Number of succeeded devices
    ///
    /// CSDL: property `successCount`: `Edm.Int32`, not nullable.
    pub success_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceConfigurationDeviceOverview {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            configuration_version: rt::Field::Absent,
            error_count: rt::Field::Absent,
            failed_count: rt::Field::Absent,
            last_update_date_time: rt::Field::Absent,
            not_applicable_count: rt::Field::Absent,
            pending_count: rt::Field::Absent,
            success_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceConfigurationDeviceOverview {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceConfigurationDeviceOverview";
    const KEYS: &'static [&'static str] = &[
        "id",
        "configurationVersion",
        "errorCount",
        "failedCount",
        "lastUpdateDateTime",
        "notApplicableCount",
        "pendingCount",
        "successCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"configurationVersion\":         ",
        ",\"errorCount\":                   ",
        ",\"failedCount\":                  ",
        ",\"lastUpdateDateTime\":           ",
        ",\"notApplicableCount\":           ",
        ",\"pendingCount\":                 ",
        ",\"successCount\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceConfigurationDeviceOverview\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "configuration_version", &self.configuration_version);
        v.field(2usize, "error_count", &self.error_count);
        v.field(3usize, "failed_count", &self.failed_count);
        v.field(4usize, "last_update_date_time", &self.last_update_date_time);
        v.field(5usize, "not_applicable_count", &self.not_applicable_count);
        v.field(6usize, "pending_count", &self.pending_count);
        v.field(7usize, "success_count", &self.success_count);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceConfigurationDeviceOverview {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.configuration_version.read_from(r),
            2usize => self.error_count.read_from(r),
            3usize => self.failed_count.read_from(r),
            4usize => self.last_update_date_time.read_from(r),
            5usize => self.not_applicable_count.read_from(r),
            6usize => self.pending_count.read_from(r),
            7usize => self.success_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.configuration_version);
        w.field(2usize, &self.error_count);
        w.field(3usize, &self.failed_count);
        w.field(4usize, &self.last_update_date_time);
        w.field(5usize, &self.not_applicable_count);
        w.field(6usize, &self.pending_count);
        w.field(7usize, &self.success_count);
    }
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
rt::impl_object!(DeviceConfigurationDeviceOverview);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceConfigurationDeviceOverview { with_id id : ::std::string::String;
    with_configuration_version configuration_version : i32; with_error_count error_count
    : i32; with_failed_count failed_count : i32; with_last_update_date_time
    last_update_date_time : rt::edm::DateTimeOffset; with_not_applicable_count
    not_applicable_count : i32; with_pending_count pending_count : i32;
    with_success_count success_count : i32; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceConfigurationDeviceOverview);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceConfigurationDeviceStateSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceConfigurationDeviceStateSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Number of compliant devices
    ///
    /// CSDL: property `compliantDeviceCount`: `Edm.Int32`, not nullable.
    pub compliant_device_count: rt::Field<i32>,
    /// Number of conflict devices
    ///
    /// CSDL: property `conflictDeviceCount`: `Edm.Int32`, not nullable.
    pub conflict_device_count: rt::Field<i32>,
    /// Number of error devices
    ///
    /// CSDL: property `errorDeviceCount`: `Edm.Int32`, not nullable.
    pub error_device_count: rt::Field<i32>,
    /// Number of NonCompliant devices
    ///
    /// CSDL: property `nonCompliantDeviceCount`: `Edm.Int32`, not nullable.
    pub non_compliant_device_count: rt::Field<i32>,
    /// Number of not applicable devices
    ///
    /// CSDL: property `notApplicableDeviceCount`: `Edm.Int32`, not nullable.
    pub not_applicable_device_count: rt::Field<i32>,
    /// Number of remediated devices
    ///
    /// CSDL: property `remediatedDeviceCount`: `Edm.Int32`, not nullable.
    pub remediated_device_count: rt::Field<i32>,
    /// Number of unknown devices
    ///
    /// CSDL: property `unknownDeviceCount`: `Edm.Int32`, not nullable.
    pub unknown_device_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceConfigurationDeviceStateSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            compliant_device_count: rt::Field::Absent,
            conflict_device_count: rt::Field::Absent,
            error_device_count: rt::Field::Absent,
            non_compliant_device_count: rt::Field::Absent,
            not_applicable_device_count: rt::Field::Absent,
            remediated_device_count: rt::Field::Absent,
            unknown_device_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceConfigurationDeviceStateSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceConfigurationDeviceStateSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "compliantDeviceCount",
        "conflictDeviceCount",
        "errorDeviceCount",
        "nonCompliantDeviceCount",
        "notApplicableDeviceCount",
        "remediatedDeviceCount",
        "unknownDeviceCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"compliantDeviceCount\":         ",
        ",\"conflictDeviceCount\":          ",
        ",\"errorDeviceCount\":             ",
        ",\"nonCompliantDeviceCount\":      ",
        ",\"notApplicableDeviceCount\":     ",
        ",\"remediatedDeviceCount\":        ",
        ",\"unknownDeviceCount\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceConfigurationDeviceStateSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "compliant_device_count", &self.compliant_device_count);
        v.field(2usize, "conflict_device_count", &self.conflict_device_count);
        v.field(3usize, "error_device_count", &self.error_device_count);
        v.field(4usize, "non_compliant_device_count", &self.non_compliant_device_count);
        v.field(
            5usize,
            "not_applicable_device_count",
            &self.not_applicable_device_count,
        );
        v.field(6usize, "remediated_device_count", &self.remediated_device_count);
        v.field(7usize, "unknown_device_count", &self.unknown_device_count);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceConfigurationDeviceStateSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.compliant_device_count.read_from(r),
            2usize => self.conflict_device_count.read_from(r),
            3usize => self.error_device_count.read_from(r),
            4usize => self.non_compliant_device_count.read_from(r),
            5usize => self.not_applicable_device_count.read_from(r),
            6usize => self.remediated_device_count.read_from(r),
            7usize => self.unknown_device_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.compliant_device_count);
        w.field(2usize, &self.conflict_device_count);
        w.field(3usize, &self.error_device_count);
        w.field(4usize, &self.non_compliant_device_count);
        w.field(5usize, &self.not_applicable_device_count);
        w.field(6usize, &self.remediated_device_count);
        w.field(7usize, &self.unknown_device_count);
    }
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
rt::impl_object!(DeviceConfigurationDeviceStateSummary);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceConfigurationDeviceStateSummary { with_id id : ::std::string::String;
    with_compliant_device_count compliant_device_count : i32; with_conflict_device_count
    conflict_device_count : i32; with_error_device_count error_device_count : i32;
    with_non_compliant_device_count non_compliant_device_count : i32;
    with_not_applicable_device_count not_applicable_device_count : i32;
    with_remediated_device_count remediated_device_count : i32; with_unknown_device_count
    unknown_device_count : i32; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceConfigurationDeviceStateSummary);
#[cfg(msgraph_v1_device_management_or_search)]
/// Support for this Entity is being deprecated starting May 2026 & will no longer be supported.
///
/// CSDL: `microsoft.graph.deviceConfigurationDeviceStatus`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceConfigurationDeviceStatus {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The DateTime when device compliance grace period expires
    ///
    /// CSDL: property `complianceGracePeriodExpirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub compliance_grace_period_expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Device name of the DevicePolicyStatus.
    ///
    /// CSDL: property `deviceDisplayName`: `Edm.String`, nullable.
    pub device_display_name: rt::Field<::std::string::String>,
    /// The device model that is being reported
    ///
    /// CSDL: property `deviceModel`: `Edm.String`, nullable.
    pub device_model: rt::Field<::std::string::String>,
    /// Last modified date time of the policy report.
    ///
    /// CSDL: property `lastReportedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_reported_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Compliance status of the policy report.
    ///
    /// CSDL: property `status`: `microsoft.graph.complianceStatus`, not nullable.
    pub status: rt::Field<crate::v1::ComplianceStatus>,
    /// The User Name that is being reported
    ///
    /// CSDL: property `userName`: `Edm.String`, nullable.
    pub user_name: rt::Field<::std::string::String>,
    /// UserPrincipalName.
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceConfigurationDeviceStatus {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            compliance_grace_period_expiration_date_time: rt::Field::Absent,
            device_display_name: rt::Field::Absent,
            device_model: rt::Field::Absent,
            last_reported_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            user_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceConfigurationDeviceStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceConfigurationDeviceStatus";
    const KEYS: &'static [&'static str] = &[
        "id",
        "complianceGracePeriodExpirationDateTime",
        "deviceDisplayName",
        "deviceModel",
        "lastReportedDateTime",
        "status",
        "userName",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"complianceGracePeriodExpirationDateTime\":",
        ",\"deviceDisplayName\":            ",
        ",\"deviceModel\":                  ",
        ",\"lastReportedDateTime\":         ",
        ",\"status\":                       ",
        ",\"userName\":                     ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceConfigurationDeviceStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "compliance_grace_period_expiration_date_time",
            &self.compliance_grace_period_expiration_date_time,
        );
        v.field(2usize, "device_display_name", &self.device_display_name);
        v.field(3usize, "device_model", &self.device_model);
        v.field(4usize, "last_reported_date_time", &self.last_reported_date_time);
        v.field(5usize, "status", &self.status);
        v.field(6usize, "user_name", &self.user_name);
        v.field(7usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceConfigurationDeviceStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.compliance_grace_period_expiration_date_time.read_from(r),
            2usize => self.device_display_name.read_from(r),
            3usize => self.device_model.read_from(r),
            4usize => self.last_reported_date_time.read_from(r),
            5usize => self.status.read_from(r),
            6usize => self.user_name.read_from(r),
            7usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.compliance_grace_period_expiration_date_time);
        w.field(2usize, &self.device_display_name);
        w.field(3usize, &self.device_model);
        w.field(4usize, &self.last_reported_date_time);
        w.field(5usize, &self.status);
        w.field(6usize, &self.user_name);
        w.field(7usize, &self.user_principal_name);
    }
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
rt::impl_object!(DeviceConfigurationDeviceStatus);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceConfigurationDeviceStatus { with_id id : ::std::string::String;
    with_compliance_grace_period_expiration_date_time
    compliance_grace_period_expiration_date_time : rt::edm::DateTimeOffset;
    with_device_display_name device_display_name : ::std::string::String;
    with_device_model device_model : ::std::string::String; with_last_reported_date_time
    last_reported_date_time : rt::edm::DateTimeOffset; with_status status : crate
    ::v1::ComplianceStatus; with_user_name user_name : ::std::string::String;
    with_user_principal_name user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceConfigurationDeviceStatus);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceConfigurationUserOverview`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceConfigurationUserOverview {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Version of the policy for that overview
    ///
    /// CSDL: property `configurationVersion`: `Edm.Int32`, not nullable.
    pub configuration_version: rt::Field<i32>,
    /// Number of error Users
    ///
    /// CSDL: property `errorCount`: `Edm.Int32`, not nullable.
    pub error_count: rt::Field<i32>,
    /// Number of failed Users
    ///
    /// CSDL: property `failedCount`: `Edm.Int32`, not nullable.
    pub failed_count: rt::Field<i32>,
    /// Last update time
    ///
    /// CSDL: property `lastUpdateDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_update_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Number of not applicable users
    ///
    /// CSDL: property `notApplicableCount`: `Edm.Int32`, not nullable.
    pub not_applicable_count: rt::Field<i32>,
    /// Number of pending Users
    ///
    /// CSDL: property `pendingCount`: `Edm.Int32`, not nullable.
    pub pending_count: rt::Field<i32>,
    /// Number of succeeded Users
    ///
    /// CSDL: property `successCount`: `Edm.Int32`, not nullable.
    pub success_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceConfigurationUserOverview {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            configuration_version: rt::Field::Absent,
            error_count: rt::Field::Absent,
            failed_count: rt::Field::Absent,
            last_update_date_time: rt::Field::Absent,
            not_applicable_count: rt::Field::Absent,
            pending_count: rt::Field::Absent,
            success_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceConfigurationUserOverview {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceConfigurationUserOverview";
    const KEYS: &'static [&'static str] = &[
        "id",
        "configurationVersion",
        "errorCount",
        "failedCount",
        "lastUpdateDateTime",
        "notApplicableCount",
        "pendingCount",
        "successCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"configurationVersion\":         ",
        ",\"errorCount\":                   ",
        ",\"failedCount\":                  ",
        ",\"lastUpdateDateTime\":           ",
        ",\"notApplicableCount\":           ",
        ",\"pendingCount\":                 ",
        ",\"successCount\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceConfigurationUserOverview\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "configuration_version", &self.configuration_version);
        v.field(2usize, "error_count", &self.error_count);
        v.field(3usize, "failed_count", &self.failed_count);
        v.field(4usize, "last_update_date_time", &self.last_update_date_time);
        v.field(5usize, "not_applicable_count", &self.not_applicable_count);
        v.field(6usize, "pending_count", &self.pending_count);
        v.field(7usize, "success_count", &self.success_count);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceConfigurationUserOverview {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.configuration_version.read_from(r),
            2usize => self.error_count.read_from(r),
            3usize => self.failed_count.read_from(r),
            4usize => self.last_update_date_time.read_from(r),
            5usize => self.not_applicable_count.read_from(r),
            6usize => self.pending_count.read_from(r),
            7usize => self.success_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.configuration_version);
        w.field(2usize, &self.error_count);
        w.field(3usize, &self.failed_count);
        w.field(4usize, &self.last_update_date_time);
        w.field(5usize, &self.not_applicable_count);
        w.field(6usize, &self.pending_count);
        w.field(7usize, &self.success_count);
    }
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
rt::impl_object!(DeviceConfigurationUserOverview);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceConfigurationUserOverview { with_id id : ::std::string::String;
    with_configuration_version configuration_version : i32; with_error_count error_count
    : i32; with_failed_count failed_count : i32; with_last_update_date_time
    last_update_date_time : rt::edm::DateTimeOffset; with_not_applicable_count
    not_applicable_count : i32; with_pending_count pending_count : i32;
    with_success_count success_count : i32; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceConfigurationUserOverview);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceConfigurationUserStatus`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceConfigurationUserStatus {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Devices count for that user.
    ///
    /// CSDL: property `devicesCount`: `Edm.Int32`, not nullable.
    pub devices_count: rt::Field<i32>,
    /// Last modified date time of the policy report.
    ///
    /// CSDL: property `lastReportedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_reported_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Compliance status of the policy report.
    ///
    /// CSDL: property `status`: `microsoft.graph.complianceStatus`, not nullable.
    pub status: rt::Field<crate::v1::ComplianceStatus>,
    /// User name of the DevicePolicyStatus.
    ///
    /// CSDL: property `userDisplayName`: `Edm.String`, nullable.
    pub user_display_name: rt::Field<::std::string::String>,
    /// UserPrincipalName.
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceConfigurationUserStatus {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            devices_count: rt::Field::Absent,
            last_reported_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            user_display_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceConfigurationUserStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceConfigurationUserStatus";
    const KEYS: &'static [&'static str] = &[
        "id",
        "devicesCount",
        "lastReportedDateTime",
        "status",
        "userDisplayName",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"devicesCount\":                 ",
        ",\"lastReportedDateTime\":         ",
        ",\"status\":                       ",
        ",\"userDisplayName\":              ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceConfigurationUserStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "devices_count", &self.devices_count);
        v.field(2usize, "last_reported_date_time", &self.last_reported_date_time);
        v.field(3usize, "status", &self.status);
        v.field(4usize, "user_display_name", &self.user_display_name);
        v.field(5usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceConfigurationUserStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.devices_count.read_from(r),
            2usize => self.last_reported_date_time.read_from(r),
            3usize => self.status.read_from(r),
            4usize => self.user_display_name.read_from(r),
            5usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.devices_count);
        w.field(2usize, &self.last_reported_date_time);
        w.field(3usize, &self.status);
        w.field(4usize, &self.user_display_name);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceConfigurationUserStatus);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceConfigurationUserStatus { with_id id : ::std::string::String;
    with_devices_count devices_count : i32; with_last_reported_date_time
    last_reported_date_time : rt::edm::DateTimeOffset; with_status status : crate
    ::v1::ComplianceStatus; with_user_display_name user_display_name :
    ::std::string::String; with_user_principal_name user_principal_name :
    ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceConfigurationUserStatus);
#[cfg(msgraph_v1_audit_logs_or_search)]
/// CSDL: `microsoft.graph.deviceDetail`, complex type.
///
/// Features: `v1`, or one of `v1-audit-logs`, `v1-search`.
#[derive(Clone)]
pub struct DeviceDetail {
    /// CSDL: property `browser`: `Edm.String`, nullable.
    pub browser: rt::Field<::std::string::String>,
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isCompliant`: `Edm.Boolean`, nullable.
    pub is_compliant: rt::Field<bool>,
    /// CSDL: property `isManaged`: `Edm.Boolean`, nullable.
    pub is_managed: rt::Field<bool>,
    /// CSDL: property `operatingSystem`: `Edm.String`, nullable.
    pub operating_system: rt::Field<::std::string::String>,
    /// CSDL: property `trustType`: `Edm.String`, nullable.
    pub trust_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl ::std::default::Default for DeviceDetail {
    #[inline]
    fn default() -> Self {
        Self {
            browser: rt::Field::Absent,
            device_id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_compliant: rt::Field::Absent,
            is_managed: rt::Field::Absent,
            operating_system: rt::Field::Absent,
            trust_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::Object for DeviceDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceDetail";
    const KEYS: &'static [&'static str] = &[
        "browser",
        "deviceId",
        "displayName",
        "isCompliant",
        "isManaged",
        "operatingSystem",
        "trustType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"browser\":                      ",
        ",\"deviceId\":                     ",
        ",\"displayName\":                  ",
        ",\"isCompliant\":                  ",
        ",\"isManaged\":                    ",
        ",\"operatingSystem\":              ",
        ",\"trustType\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "browser", &self.browser);
        v.field(1usize, "device_id", &self.device_id);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "is_compliant", &self.is_compliant);
        v.field(4usize, "is_managed", &self.is_managed);
        v.field(5usize, "operating_system", &self.operating_system);
        v.field(6usize, "trust_type", &self.trust_type);
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::object::Members for DeviceDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.browser.read_from(r),
            1usize => self.device_id.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.is_compliant.read_from(r),
            4usize => self.is_managed.read_from(r),
            5usize => self.operating_system.read_from(r),
            6usize => self.trust_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.browser);
        w.field(1usize, &self.device_id);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.is_compliant);
        w.field(4usize, &self.is_managed);
        w.field(5usize, &self.operating_system);
        w.field(6usize, &self.trust_type);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_object!(DeviceDetail);
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_setters!(
    DeviceDetail { with_browser browser : ::std::string::String; with_device_id device_id
    : ::std::string::String; with_display_name display_name : ::std::string::String;
    with_is_compliant is_compliant : bool; with_is_managed is_managed : bool;
    with_operating_system operating_system : ::std::string::String; with_trust_type
    trust_type : ::std::string::String; }
);
#[cfg(msgraph_v1_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceDetail);
#[cfg(msgraph_v1_core_or_device_management)]
/// Device location
///
/// CSDL: `microsoft.graph.deviceGeoLocation`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceGeoLocation {
    /// Altitude, given in meters above sea level
    ///
    /// CSDL: property `altitude`: `Edm.Double`, not nullable.
    pub altitude: rt::Field<f64>,
    /// Heading in degrees from true north
    ///
    /// CSDL: property `heading`: `Edm.Double`, not nullable.
    pub heading: rt::Field<f64>,
    /// Accuracy of longitude and latitude in meters
    ///
    /// CSDL: property `horizontalAccuracy`: `Edm.Double`, not nullable.
    pub horizontal_accuracy: rt::Field<f64>,
    /// Time at which location was recorded, relative to UTC
    ///
    /// CSDL: property `lastCollectedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_collected_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Latitude coordinate of the device's location
    ///
    /// CSDL: property `latitude`: `Edm.Double`, not nullable.
    pub latitude: rt::Field<f64>,
    /// Longitude coordinate of the device's location
    ///
    /// CSDL: property `longitude`: `Edm.Double`, not nullable.
    pub longitude: rt::Field<f64>,
    /// Speed the device is traveling in meters per second
    ///
    /// CSDL: property `speed`: `Edm.Double`, not nullable.
    pub speed: rt::Field<f64>,
    /// Accuracy of altitude in meters
    ///
    /// CSDL: property `verticalAccuracy`: `Edm.Double`, not nullable.
    pub vertical_accuracy: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for DeviceGeoLocation {
    #[inline]
    fn default() -> Self {
        Self {
            altitude: rt::Field::Absent,
            heading: rt::Field::Absent,
            horizontal_accuracy: rt::Field::Absent,
            last_collected_date_time: rt::Field::Absent,
            latitude: rt::Field::Absent,
            longitude: rt::Field::Absent,
            speed: rt::Field::Absent,
            vertical_accuracy: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for DeviceGeoLocation {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceGeoLocation";
    const KEYS: &'static [&'static str] = &[
        "altitude",
        "heading",
        "horizontalAccuracy",
        "lastCollectedDateTime",
        "latitude",
        "longitude",
        "speed",
        "verticalAccuracy",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"altitude\":                     ",
        ",\"heading\":                      ",
        ",\"horizontalAccuracy\":           ",
        ",\"lastCollectedDateTime\":        ",
        ",\"latitude\":                     ",
        ",\"longitude\":                    ",
        ",\"speed\":                        ",
        ",\"verticalAccuracy\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceGeoLocation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "altitude", &self.altitude);
        v.field(1usize, "heading", &self.heading);
        v.field(2usize, "horizontal_accuracy", &self.horizontal_accuracy);
        v.field(3usize, "last_collected_date_time", &self.last_collected_date_time);
        v.field(4usize, "latitude", &self.latitude);
        v.field(5usize, "longitude", &self.longitude);
        v.field(6usize, "speed", &self.speed);
        v.field(7usize, "vertical_accuracy", &self.vertical_accuracy);
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for DeviceGeoLocation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.altitude.read_from(r),
            1usize => self.heading.read_from(r),
            2usize => self.horizontal_accuracy.read_from(r),
            3usize => self.last_collected_date_time.read_from(r),
            4usize => self.latitude.read_from(r),
            5usize => self.longitude.read_from(r),
            6usize => self.speed.read_from(r),
            7usize => self.vertical_accuracy.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.altitude);
        w.field(1usize, &self.heading);
        w.field(2usize, &self.horizontal_accuracy);
        w.field(3usize, &self.last_collected_date_time);
        w.field(4usize, &self.latitude);
        w.field(5usize, &self.longitude);
        w.field(6usize, &self.speed);
        w.field(7usize, &self.vertical_accuracy);
    }
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
rt::impl_object!(DeviceGeoLocation);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    DeviceGeoLocation { with_altitude altitude : f64; with_heading heading : f64;
    with_horizontal_accuracy horizontal_accuracy : f64; with_last_collected_date_time
    last_collected_date_time : rt::edm::DateTimeOffset; with_latitude latitude : f64;
    with_longitude longitude : f64; with_speed speed : f64; with_vertical_accuracy
    vertical_accuracy : f64; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceGeoLocation);
#[cfg(msgraph_v1_core_or_device_management)]
/// CSDL: `microsoft.graph.deviceHealthAttestationState`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceHealthAttestationState {
    /// TWhen an Attestation Identity Key (AIK) is present on a device, it indicates that the device has an endorsement key (EK) certificate.
    ///
    /// CSDL: property `attestationIdentityKey`: `Edm.String`, nullable.
    pub attestation_identity_key: rt::Field<::std::string::String>,
    /// On or Off of BitLocker Drive Encryption
    ///
    /// CSDL: property `bitLockerStatus`: `Edm.String`, nullable.
    pub bit_locker_status: rt::Field<::std::string::String>,
    /// The security version number of the Boot Application
    ///
    /// CSDL: property `bootAppSecurityVersion`: `Edm.String`, nullable.
    pub boot_app_security_version: rt::Field<::std::string::String>,
    /// When bootDebugging is enabled, the device is used in development and testing
    ///
    /// CSDL: property `bootDebugging`: `Edm.String`, nullable.
    pub boot_debugging: rt::Field<::std::string::String>,
    /// The security version number of the Boot Application
    ///
    /// CSDL: property `bootManagerSecurityVersion`: `Edm.String`, nullable.
    pub boot_manager_security_version: rt::Field<::std::string::String>,
    /// The version of the Boot Manager
    ///
    /// CSDL: property `bootManagerVersion`: `Edm.String`, nullable.
    pub boot_manager_version: rt::Field<::std::string::String>,
    /// The Boot Revision List that was loaded during initial boot on the attested device
    ///
    /// CSDL: property `bootRevisionListInfo`: `Edm.String`, nullable.
    pub boot_revision_list_info: rt::Field<::std::string::String>,
    /// When code integrity is enabled, code execution is restricted to integrity verified code
    ///
    /// CSDL: property `codeIntegrity`: `Edm.String`, nullable.
    pub code_integrity: rt::Field<::std::string::String>,
    /// The version of the Boot Manager
    ///
    /// CSDL: property `codeIntegrityCheckVersion`: `Edm.String`, nullable.
    pub code_integrity_check_version: rt::Field<::std::string::String>,
    /// The Code Integrity policy that is controlling the security of the boot environment
    ///
    /// CSDL: property `codeIntegrityPolicy`: `Edm.String`, nullable.
    pub code_integrity_policy: rt::Field<::std::string::String>,
    /// The DHA report version. (Namespace version)
    ///
    /// CSDL: property `contentNamespaceUrl`: `Edm.String`, nullable.
    pub content_namespace_url: rt::Field<::std::string::String>,
    /// The HealthAttestation state schema version
    ///
    /// CSDL: property `contentVersion`: `Edm.String`, nullable.
    pub content_version: rt::Field<::std::string::String>,
    /// DEP Policy defines a set of hardware and software technologies that perform additional checks on memory
    ///
    /// CSDL: property `dataExcutionPolicy`: `Edm.String`, nullable.
    pub data_excution_policy: rt::Field<::std::string::String>,
    /// The DHA report version. (Namespace version)
    ///
    /// CSDL: property `deviceHealthAttestationStatus`: `Edm.String`, nullable.
    pub device_health_attestation_status: rt::Field<::std::string::String>,
    /// ELAM provides protection for the computers in your network when they start up
    ///
    /// CSDL: property `earlyLaunchAntiMalwareDriverProtection`: `Edm.String`, nullable.
    pub early_launch_anti_malware_driver_protection: rt::Field<::std::string::String>,
    /// This attribute indicates if DHA is supported for the device
    ///
    /// CSDL: property `healthAttestationSupportedStatus`: `Edm.String`, nullable.
    pub health_attestation_supported_status: rt::Field<::std::string::String>,
    /// This attribute appears if DHA-Service detects an integrity issue
    ///
    /// CSDL: property `healthStatusMismatchInfo`: `Edm.String`, nullable.
    pub health_status_mismatch_info: rt::Field<::std::string::String>,
    /// The DateTime when device was evaluated or issued to MDM
    ///
    /// CSDL: property `issuedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub issued_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The Timestamp of the last update.
    ///
    /// CSDL: property `lastUpdateDateTime`: `Edm.String`, nullable.
    pub last_update_date_time: rt::Field<::std::string::String>,
    /// When operatingSystemKernelDebugging is enabled, the device is used in development and testing
    ///
    /// CSDL: property `operatingSystemKernelDebugging`: `Edm.String`, nullable.
    pub operating_system_kernel_debugging: rt::Field<::std::string::String>,
    /// The Operating System Revision List that was loaded during initial boot on the attested device
    ///
    /// CSDL: property `operatingSystemRevListInfo`: `Edm.String`, nullable.
    pub operating_system_rev_list_info: rt::Field<::std::string::String>,
    /// The measurement that is captured in PCR[0]
    ///
    /// CSDL: property `pcr0`: `Edm.String`, nullable.
    pub pcr0: rt::Field<::std::string::String>,
    /// Informational attribute that identifies the HASH algorithm that was used by TPM
    ///
    /// CSDL: property `pcrHashAlgorithm`: `Edm.String`, nullable.
    pub pcr_hash_algorithm: rt::Field<::std::string::String>,
    /// The number of times a PC device has hibernated or resumed
    ///
    /// CSDL: property `resetCount`: `Edm.Int64`, not nullable.
    pub reset_count: rt::Field<i64>,
    /// The number of times a PC device has rebooted
    ///
    /// CSDL: property `restartCount`: `Edm.Int64`, not nullable.
    pub restart_count: rt::Field<i64>,
    /// Safe mode is a troubleshooting option for Windows that starts your computer in a limited state
    ///
    /// CSDL: property `safeMode`: `Edm.String`, nullable.
    pub safe_mode: rt::Field<::std::string::String>,
    /// When Secure Boot is enabled, the core components must have the correct cryptographic signatures
    ///
    /// CSDL: property `secureBoot`: `Edm.String`, nullable.
    pub secure_boot: rt::Field<::std::string::String>,
    /// Fingerprint of the Custom Secure Boot Configuration Policy
    ///
    /// CSDL: property `secureBootConfigurationPolicyFingerPrint`: `Edm.String`, nullable.
    pub secure_boot_configuration_policy_finger_print: rt::Field<::std::string::String>,
    /// When test signing is allowed, the device does not enforce signature validation during boot
    ///
    /// CSDL: property `testSigning`: `Edm.String`, nullable.
    pub test_signing: rt::Field<::std::string::String>,
    /// The security version number of the Boot Application
    ///
    /// CSDL: property `tpmVersion`: `Edm.String`, nullable.
    pub tpm_version: rt::Field<::std::string::String>,
    /// Indicates whether the device has Virtual Secure Mode (VSM) enabled. Virtual Secure Mode (VSM) is a container that protects high value assets from a compromised kernel. This property will be deprecated in beta from August 2023. Support for this property will end in August 2025 for v1.0 API. A new property virtualizationBasedSecurity is added and used instead. The value used for virtualSecureMode will be passed by virtualizationBasedSecurity during the deprecation process. Possible values are "enabled", "disabled" and "notApplicable". "enabled" indicates Virtual Secure Mode (VSM) is enabled. "disabled" indicates Virtual Secure Mode (VSM) is disabled. "notApplicable" indicates the device is not a Windows 11 device. Default value is "notApplicable".
    ///
    /// CSDL: property `virtualSecureMode`: `Edm.String`, nullable.
    pub virtual_secure_mode: rt::Field<::std::string::String>,
    /// Operating system running with limited services that is used to prepare a computer for Windows
    ///
    /// CSDL: property `windowsPE`: `Edm.String`, nullable.
    pub windows_pe: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for DeviceHealthAttestationState {
    #[inline]
    fn default() -> Self {
        Self {
            attestation_identity_key: rt::Field::Absent,
            bit_locker_status: rt::Field::Absent,
            boot_app_security_version: rt::Field::Absent,
            boot_debugging: rt::Field::Absent,
            boot_manager_security_version: rt::Field::Absent,
            boot_manager_version: rt::Field::Absent,
            boot_revision_list_info: rt::Field::Absent,
            code_integrity: rt::Field::Absent,
            code_integrity_check_version: rt::Field::Absent,
            code_integrity_policy: rt::Field::Absent,
            content_namespace_url: rt::Field::Absent,
            content_version: rt::Field::Absent,
            data_excution_policy: rt::Field::Absent,
            device_health_attestation_status: rt::Field::Absent,
            early_launch_anti_malware_driver_protection: rt::Field::Absent,
            health_attestation_supported_status: rt::Field::Absent,
            health_status_mismatch_info: rt::Field::Absent,
            issued_date_time: rt::Field::Absent,
            last_update_date_time: rt::Field::Absent,
            operating_system_kernel_debugging: rt::Field::Absent,
            operating_system_rev_list_info: rt::Field::Absent,
            pcr0: rt::Field::Absent,
            pcr_hash_algorithm: rt::Field::Absent,
            reset_count: rt::Field::Absent,
            restart_count: rt::Field::Absent,
            safe_mode: rt::Field::Absent,
            secure_boot: rt::Field::Absent,
            secure_boot_configuration_policy_finger_print: rt::Field::Absent,
            test_signing: rt::Field::Absent,
            tpm_version: rt::Field::Absent,
            virtual_secure_mode: rt::Field::Absent,
            windows_pe: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for DeviceHealthAttestationState {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceHealthAttestationState";
    const KEYS: &'static [&'static str] = &[
        "attestationIdentityKey",
        "bitLockerStatus",
        "bootAppSecurityVersion",
        "bootDebugging",
        "bootManagerSecurityVersion",
        "bootManagerVersion",
        "bootRevisionListInfo",
        "codeIntegrity",
        "codeIntegrityCheckVersion",
        "codeIntegrityPolicy",
        "contentNamespaceUrl",
        "contentVersion",
        "dataExcutionPolicy",
        "deviceHealthAttestationStatus",
        "earlyLaunchAntiMalwareDriverProtection",
        "healthAttestationSupportedStatus",
        "healthStatusMismatchInfo",
        "issuedDateTime",
        "lastUpdateDateTime",
        "operatingSystemKernelDebugging",
        "operatingSystemRevListInfo",
        "pcr0",
        "pcrHashAlgorithm",
        "resetCount",
        "restartCount",
        "safeMode",
        "secureBoot",
        "secureBootConfigurationPolicyFingerPrint",
        "testSigning",
        "tpmVersion",
        "virtualSecureMode",
        "windowsPE",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"attestationIdentityKey\":       ",
        ",\"bitLockerStatus\":              ",
        ",\"bootAppSecurityVersion\":       ",
        ",\"bootDebugging\":                ",
        ",\"bootManagerSecurityVersion\":   ",
        ",\"bootManagerVersion\":           ",
        ",\"bootRevisionListInfo\":         ",
        ",\"codeIntegrity\":                ",
        ",\"codeIntegrityCheckVersion\":    ",
        ",\"codeIntegrityPolicy\":          ",
        ",\"contentNamespaceUrl\":          ",
        ",\"contentVersion\":               ",
        ",\"dataExcutionPolicy\":           ",
        ",\"deviceHealthAttestationStatus\":",
        ",\"earlyLaunchAntiMalwareDriverProtection\":",
        ",\"healthAttestationSupportedStatus\":",
        ",\"healthStatusMismatchInfo\":     ",
        ",\"issuedDateTime\":               ",
        ",\"lastUpdateDateTime\":           ",
        ",\"operatingSystemKernelDebugging\":",
        ",\"operatingSystemRevListInfo\":   ",
        ",\"pcr0\":                         ",
        ",\"pcrHashAlgorithm\":             ",
        ",\"resetCount\":                   ",
        ",\"restartCount\":                 ",
        ",\"safeMode\":                     ",
        ",\"secureBoot\":                   ",
        ",\"secureBootConfigurationPolicyFingerPrint\":",
        ",\"testSigning\":                  ",
        ",\"tpmVersion\":                   ",
        ",\"virtualSecureMode\":            ",
        ",\"windowsPE\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceHealthAttestationState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "attestation_identity_key", &self.attestation_identity_key);
        v.field(1usize, "bit_locker_status", &self.bit_locker_status);
        v.field(2usize, "boot_app_security_version", &self.boot_app_security_version);
        v.field(3usize, "boot_debugging", &self.boot_debugging);
        v.field(
            4usize,
            "boot_manager_security_version",
            &self.boot_manager_security_version,
        );
        v.field(5usize, "boot_manager_version", &self.boot_manager_version);
        v.field(6usize, "boot_revision_list_info", &self.boot_revision_list_info);
        v.field(7usize, "code_integrity", &self.code_integrity);
        v.field(
            8usize,
            "code_integrity_check_version",
            &self.code_integrity_check_version,
        );
        v.field(9usize, "code_integrity_policy", &self.code_integrity_policy);
        v.field(10usize, "content_namespace_url", &self.content_namespace_url);
        v.field(11usize, "content_version", &self.content_version);
        v.field(12usize, "data_excution_policy", &self.data_excution_policy);
        v.field(
            13usize,
            "device_health_attestation_status",
            &self.device_health_attestation_status,
        );
        v.field(
            14usize,
            "early_launch_anti_malware_driver_protection",
            &self.early_launch_anti_malware_driver_protection,
        );
        v.field(
            15usize,
            "health_attestation_supported_status",
            &self.health_attestation_supported_status,
        );
        v.field(
            16usize,
            "health_status_mismatch_info",
            &self.health_status_mismatch_info,
        );
        v.field(17usize, "issued_date_time", &self.issued_date_time);
        v.field(18usize, "last_update_date_time", &self.last_update_date_time);
        v.field(
            19usize,
            "operating_system_kernel_debugging",
            &self.operating_system_kernel_debugging,
        );
        v.field(
            20usize,
            "operating_system_rev_list_info",
            &self.operating_system_rev_list_info,
        );
        v.field(21usize, "pcr0", &self.pcr0);
        v.field(22usize, "pcr_hash_algorithm", &self.pcr_hash_algorithm);
        v.field(23usize, "reset_count", &self.reset_count);
        v.field(24usize, "restart_count", &self.restart_count);
        v.field(25usize, "safe_mode", &self.safe_mode);
        v.field(26usize, "secure_boot", &self.secure_boot);
        v.field(
            27usize,
            "secure_boot_configuration_policy_finger_print",
            &self.secure_boot_configuration_policy_finger_print,
        );
        v.field(28usize, "test_signing", &self.test_signing);
        v.field(29usize, "tpm_version", &self.tpm_version);
        v.field(30usize, "virtual_secure_mode", &self.virtual_secure_mode);
        v.field(31usize, "windows_pe", &self.windows_pe);
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for DeviceHealthAttestationState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.attestation_identity_key.read_from(r),
            1usize => self.bit_locker_status.read_from(r),
            2usize => self.boot_app_security_version.read_from(r),
            3usize => self.boot_debugging.read_from(r),
            4usize => self.boot_manager_security_version.read_from(r),
            5usize => self.boot_manager_version.read_from(r),
            6usize => self.boot_revision_list_info.read_from(r),
            7usize => self.code_integrity.read_from(r),
            8usize => self.code_integrity_check_version.read_from(r),
            9usize => self.code_integrity_policy.read_from(r),
            10usize => self.content_namespace_url.read_from(r),
            11usize => self.content_version.read_from(r),
            12usize => self.data_excution_policy.read_from(r),
            13usize => self.device_health_attestation_status.read_from(r),
            14usize => self.early_launch_anti_malware_driver_protection.read_from(r),
            15usize => self.health_attestation_supported_status.read_from(r),
            16usize => self.health_status_mismatch_info.read_from(r),
            17usize => self.issued_date_time.read_from(r),
            18usize => self.last_update_date_time.read_from(r),
            19usize => self.operating_system_kernel_debugging.read_from(r),
            20usize => self.operating_system_rev_list_info.read_from(r),
            21usize => self.pcr0.read_from(r),
            22usize => self.pcr_hash_algorithm.read_from(r),
            23usize => self.reset_count.read_from(r),
            24usize => self.restart_count.read_from(r),
            25usize => self.safe_mode.read_from(r),
            26usize => self.secure_boot.read_from(r),
            27usize => self.secure_boot_configuration_policy_finger_print.read_from(r),
            28usize => self.test_signing.read_from(r),
            29usize => self.tpm_version.read_from(r),
            30usize => self.virtual_secure_mode.read_from(r),
            31usize => self.windows_pe.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.attestation_identity_key);
        w.field(1usize, &self.bit_locker_status);
        w.field(2usize, &self.boot_app_security_version);
        w.field(3usize, &self.boot_debugging);
        w.field(4usize, &self.boot_manager_security_version);
        w.field(5usize, &self.boot_manager_version);
        w.field(6usize, &self.boot_revision_list_info);
        w.field(7usize, &self.code_integrity);
        w.field(8usize, &self.code_integrity_check_version);
        w.field(9usize, &self.code_integrity_policy);
        w.field(10usize, &self.content_namespace_url);
        w.field(11usize, &self.content_version);
        w.field(12usize, &self.data_excution_policy);
        w.field(13usize, &self.device_health_attestation_status);
        w.field(14usize, &self.early_launch_anti_malware_driver_protection);
        w.field(15usize, &self.health_attestation_supported_status);
        w.field(16usize, &self.health_status_mismatch_info);
        w.field(17usize, &self.issued_date_time);
        w.field(18usize, &self.last_update_date_time);
        w.field(19usize, &self.operating_system_kernel_debugging);
        w.field(20usize, &self.operating_system_rev_list_info);
        w.field(21usize, &self.pcr0);
        w.field(22usize, &self.pcr_hash_algorithm);
        w.field(23usize, &self.reset_count);
        w.field(24usize, &self.restart_count);
        w.field(25usize, &self.safe_mode);
        w.field(26usize, &self.secure_boot);
        w.field(27usize, &self.secure_boot_configuration_policy_finger_print);
        w.field(28usize, &self.test_signing);
        w.field(29usize, &self.tpm_version);
        w.field(30usize, &self.virtual_secure_mode);
        w.field(31usize, &self.windows_pe);
    }
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
rt::impl_object!(DeviceHealthAttestationState);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    DeviceHealthAttestationState { with_attestation_identity_key attestation_identity_key
    : ::std::string::String; with_bit_locker_status bit_locker_status :
    ::std::string::String; with_boot_app_security_version boot_app_security_version :
    ::std::string::String; with_boot_debugging boot_debugging : ::std::string::String;
    with_boot_manager_security_version boot_manager_security_version :
    ::std::string::String; with_boot_manager_version boot_manager_version :
    ::std::string::String; with_boot_revision_list_info boot_revision_list_info :
    ::std::string::String; with_code_integrity code_integrity : ::std::string::String;
    with_code_integrity_check_version code_integrity_check_version :
    ::std::string::String; with_code_integrity_policy code_integrity_policy :
    ::std::string::String; with_content_namespace_url content_namespace_url :
    ::std::string::String; with_content_version content_version : ::std::string::String;
    with_data_excution_policy data_excution_policy : ::std::string::String;
    with_device_health_attestation_status device_health_attestation_status :
    ::std::string::String; with_early_launch_anti_malware_driver_protection
    early_launch_anti_malware_driver_protection : ::std::string::String;
    with_health_attestation_supported_status health_attestation_supported_status :
    ::std::string::String; with_health_status_mismatch_info health_status_mismatch_info :
    ::std::string::String; with_issued_date_time issued_date_time :
    rt::edm::DateTimeOffset; with_last_update_date_time last_update_date_time :
    ::std::string::String; with_operating_system_kernel_debugging
    operating_system_kernel_debugging : ::std::string::String;
    with_operating_system_rev_list_info operating_system_rev_list_info :
    ::std::string::String; with_pcr0 pcr0 : ::std::string::String;
    with_pcr_hash_algorithm pcr_hash_algorithm : ::std::string::String; with_reset_count
    reset_count : i64; with_restart_count restart_count : i64; with_safe_mode safe_mode :
    ::std::string::String; with_secure_boot secure_boot : ::std::string::String;
    with_secure_boot_configuration_policy_finger_print
    secure_boot_configuration_policy_finger_print : ::std::string::String;
    with_test_signing test_signing : ::std::string::String; with_tpm_version tpm_version
    : ::std::string::String; with_virtual_secure_mode virtual_secure_mode :
    ::std::string::String; with_windows_pe windows_pe : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceHealthAttestationState);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.deviceInfo`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct DeviceInfo {
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `enrollmentProfileName`: `Edm.String`, nullable.
    pub enrollment_profile_name: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute1`: `Edm.String`, nullable.
    pub extension_attribute1: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute10`: `Edm.String`, nullable.
    pub extension_attribute10: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute11`: `Edm.String`, nullable.
    pub extension_attribute11: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute12`: `Edm.String`, nullable.
    pub extension_attribute12: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute13`: `Edm.String`, nullable.
    pub extension_attribute13: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute14`: `Edm.String`, nullable.
    pub extension_attribute14: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute15`: `Edm.String`, nullable.
    pub extension_attribute15: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute2`: `Edm.String`, nullable.
    pub extension_attribute2: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute3`: `Edm.String`, nullable.
    pub extension_attribute3: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute4`: `Edm.String`, nullable.
    pub extension_attribute4: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute5`: `Edm.String`, nullable.
    pub extension_attribute5: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute6`: `Edm.String`, nullable.
    pub extension_attribute6: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute7`: `Edm.String`, nullable.
    pub extension_attribute7: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute8`: `Edm.String`, nullable.
    pub extension_attribute8: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute9`: `Edm.String`, nullable.
    pub extension_attribute9: rt::Field<::std::string::String>,
    /// CSDL: property `isCompliant`: `Edm.Boolean`, nullable.
    pub is_compliant: rt::Field<bool>,
    /// CSDL: property `manufacturer`: `Edm.String`, nullable.
    pub manufacturer: rt::Field<::std::string::String>,
    /// CSDL: property `mdmAppId`: `Edm.String`, nullable.
    pub mdm_app_id: rt::Field<::std::string::String>,
    /// CSDL: property `model`: `Edm.String`, nullable.
    pub model: rt::Field<::std::string::String>,
    /// CSDL: property `operatingSystem`: `Edm.String`, nullable.
    pub operating_system: rt::Field<::std::string::String>,
    /// CSDL: property `operatingSystemVersion`: `Edm.String`, nullable.
    pub operating_system_version: rt::Field<::std::string::String>,
    /// CSDL: property `ownership`: `Edm.String`, nullable.
    pub ownership: rt::Field<::std::string::String>,
    /// CSDL: property `physicalIds`: `Collection(Edm.String)`, nullable.
    pub physical_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `profileType`: `Edm.String`, nullable.
    pub profile_type: rt::Field<::std::string::String>,
    /// CSDL: property `systemLabels`: `Collection(Edm.String)`, nullable.
    pub system_labels: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `trustType`: `Edm.String`, nullable.
    pub trust_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for DeviceInfo {
    #[inline]
    fn default() -> Self {
        Self {
            device_id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            enrollment_profile_name: rt::Field::Absent,
            extension_attribute1: rt::Field::Absent,
            extension_attribute10: rt::Field::Absent,
            extension_attribute11: rt::Field::Absent,
            extension_attribute12: rt::Field::Absent,
            extension_attribute13: rt::Field::Absent,
            extension_attribute14: rt::Field::Absent,
            extension_attribute15: rt::Field::Absent,
            extension_attribute2: rt::Field::Absent,
            extension_attribute3: rt::Field::Absent,
            extension_attribute4: rt::Field::Absent,
            extension_attribute5: rt::Field::Absent,
            extension_attribute6: rt::Field::Absent,
            extension_attribute7: rt::Field::Absent,
            extension_attribute8: rt::Field::Absent,
            extension_attribute9: rt::Field::Absent,
            is_compliant: rt::Field::Absent,
            manufacturer: rt::Field::Absent,
            mdm_app_id: rt::Field::Absent,
            model: rt::Field::Absent,
            operating_system: rt::Field::Absent,
            operating_system_version: rt::Field::Absent,
            ownership: rt::Field::Absent,
            physical_ids: rt::Field::Absent,
            profile_type: rt::Field::Absent,
            system_labels: rt::Field::Absent,
            trust_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for DeviceInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceInfo";
    const KEYS: &'static [&'static str] = &[
        "deviceId",
        "displayName",
        "enrollmentProfileName",
        "extensionAttribute1",
        "extensionAttribute10",
        "extensionAttribute11",
        "extensionAttribute12",
        "extensionAttribute13",
        "extensionAttribute14",
        "extensionAttribute15",
        "extensionAttribute2",
        "extensionAttribute3",
        "extensionAttribute4",
        "extensionAttribute5",
        "extensionAttribute6",
        "extensionAttribute7",
        "extensionAttribute8",
        "extensionAttribute9",
        "isCompliant",
        "manufacturer",
        "mdmAppId",
        "model",
        "operatingSystem",
        "operatingSystemVersion",
        "ownership",
        "physicalIds",
        "profileType",
        "systemLabels",
        "trustType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceId\":                     ",
        ",\"displayName\":                  ",
        ",\"enrollmentProfileName\":        ",
        ",\"extensionAttribute1\":          ",
        ",\"extensionAttribute10\":         ",
        ",\"extensionAttribute11\":         ",
        ",\"extensionAttribute12\":         ",
        ",\"extensionAttribute13\":         ",
        ",\"extensionAttribute14\":         ",
        ",\"extensionAttribute15\":         ",
        ",\"extensionAttribute2\":          ",
        ",\"extensionAttribute3\":          ",
        ",\"extensionAttribute4\":          ",
        ",\"extensionAttribute5\":          ",
        ",\"extensionAttribute6\":          ",
        ",\"extensionAttribute7\":          ",
        ",\"extensionAttribute8\":          ",
        ",\"extensionAttribute9\":          ",
        ",\"isCompliant\":                  ",
        ",\"manufacturer\":                 ",
        ",\"mdmAppId\":                     ",
        ",\"model\":                        ",
        ",\"operatingSystem\":              ",
        ",\"operatingSystemVersion\":       ",
        ",\"ownership\":                    ",
        ",\"physicalIds\":                  ",
        ",\"profileType\":                  ",
        ",\"systemLabels\":                 ",
        ",\"trustType\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "device_id", &self.device_id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "enrollment_profile_name", &self.enrollment_profile_name);
        v.field(3usize, "extension_attribute1", &self.extension_attribute1);
        v.field(4usize, "extension_attribute10", &self.extension_attribute10);
        v.field(5usize, "extension_attribute11", &self.extension_attribute11);
        v.field(6usize, "extension_attribute12", &self.extension_attribute12);
        v.field(7usize, "extension_attribute13", &self.extension_attribute13);
        v.field(8usize, "extension_attribute14", &self.extension_attribute14);
        v.field(9usize, "extension_attribute15", &self.extension_attribute15);
        v.field(10usize, "extension_attribute2", &self.extension_attribute2);
        v.field(11usize, "extension_attribute3", &self.extension_attribute3);
        v.field(12usize, "extension_attribute4", &self.extension_attribute4);
        v.field(13usize, "extension_attribute5", &self.extension_attribute5);
        v.field(14usize, "extension_attribute6", &self.extension_attribute6);
        v.field(15usize, "extension_attribute7", &self.extension_attribute7);
        v.field(16usize, "extension_attribute8", &self.extension_attribute8);
        v.field(17usize, "extension_attribute9", &self.extension_attribute9);
        v.field(18usize, "is_compliant", &self.is_compliant);
        v.field(19usize, "manufacturer", &self.manufacturer);
        v.field(20usize, "mdm_app_id", &self.mdm_app_id);
        v.field(21usize, "model", &self.model);
        v.field(22usize, "operating_system", &self.operating_system);
        v.field(23usize, "operating_system_version", &self.operating_system_version);
        v.field(24usize, "ownership", &self.ownership);
        v.field(25usize, "physical_ids", &self.physical_ids);
        v.field(26usize, "profile_type", &self.profile_type);
        v.field(27usize, "system_labels", &self.system_labels);
        v.field(28usize, "trust_type", &self.trust_type);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for DeviceInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.enrollment_profile_name.read_from(r),
            3usize => self.extension_attribute1.read_from(r),
            4usize => self.extension_attribute10.read_from(r),
            5usize => self.extension_attribute11.read_from(r),
            6usize => self.extension_attribute12.read_from(r),
            7usize => self.extension_attribute13.read_from(r),
            8usize => self.extension_attribute14.read_from(r),
            9usize => self.extension_attribute15.read_from(r),
            10usize => self.extension_attribute2.read_from(r),
            11usize => self.extension_attribute3.read_from(r),
            12usize => self.extension_attribute4.read_from(r),
            13usize => self.extension_attribute5.read_from(r),
            14usize => self.extension_attribute6.read_from(r),
            15usize => self.extension_attribute7.read_from(r),
            16usize => self.extension_attribute8.read_from(r),
            17usize => self.extension_attribute9.read_from(r),
            18usize => self.is_compliant.read_from(r),
            19usize => self.manufacturer.read_from(r),
            20usize => self.mdm_app_id.read_from(r),
            21usize => self.model.read_from(r),
            22usize => self.operating_system.read_from(r),
            23usize => self.operating_system_version.read_from(r),
            24usize => self.ownership.read_from(r),
            25usize => self.physical_ids.read_from(r),
            26usize => self.profile_type.read_from(r),
            27usize => self.system_labels.read_from(r),
            28usize => self.trust_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.enrollment_profile_name);
        w.field(3usize, &self.extension_attribute1);
        w.field(4usize, &self.extension_attribute10);
        w.field(5usize, &self.extension_attribute11);
        w.field(6usize, &self.extension_attribute12);
        w.field(7usize, &self.extension_attribute13);
        w.field(8usize, &self.extension_attribute14);
        w.field(9usize, &self.extension_attribute15);
        w.field(10usize, &self.extension_attribute2);
        w.field(11usize, &self.extension_attribute3);
        w.field(12usize, &self.extension_attribute4);
        w.field(13usize, &self.extension_attribute5);
        w.field(14usize, &self.extension_attribute6);
        w.field(15usize, &self.extension_attribute7);
        w.field(16usize, &self.extension_attribute8);
        w.field(17usize, &self.extension_attribute9);
        w.field(18usize, &self.is_compliant);
        w.field(19usize, &self.manufacturer);
        w.field(20usize, &self.mdm_app_id);
        w.field(21usize, &self.model);
        w.field(22usize, &self.operating_system);
        w.field(23usize, &self.operating_system_version);
        w.field(24usize, &self.ownership);
        w.field(25usize, &self.physical_ids);
        w.field(26usize, &self.profile_type);
        w.field(27usize, &self.system_labels);
        w.field(28usize, &self.trust_type);
    }
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
rt::impl_object!(DeviceInfo);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    DeviceInfo { with_device_id device_id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_enrollment_profile_name
    enrollment_profile_name : ::std::string::String; with_extension_attribute1
    extension_attribute1 : ::std::string::String; with_extension_attribute10
    extension_attribute10 : ::std::string::String; with_extension_attribute11
    extension_attribute11 : ::std::string::String; with_extension_attribute12
    extension_attribute12 : ::std::string::String; with_extension_attribute13
    extension_attribute13 : ::std::string::String; with_extension_attribute14
    extension_attribute14 : ::std::string::String; with_extension_attribute15
    extension_attribute15 : ::std::string::String; with_extension_attribute2
    extension_attribute2 : ::std::string::String; with_extension_attribute3
    extension_attribute3 : ::std::string::String; with_extension_attribute4
    extension_attribute4 : ::std::string::String; with_extension_attribute5
    extension_attribute5 : ::std::string::String; with_extension_attribute6
    extension_attribute6 : ::std::string::String; with_extension_attribute7
    extension_attribute7 : ::std::string::String; with_extension_attribute8
    extension_attribute8 : ::std::string::String; with_extension_attribute9
    extension_attribute9 : ::std::string::String; with_is_compliant is_compliant : bool;
    with_manufacturer manufacturer : ::std::string::String; with_mdm_app_id mdm_app_id :
    ::std::string::String; with_model model : ::std::string::String;
    with_operating_system operating_system : ::std::string::String;
    with_operating_system_version operating_system_version : ::std::string::String;
    with_ownership ownership : ::std::string::String; with_physical_ids physical_ids :
    ::std::vec::Vec < ::std::string::String >; with_profile_type profile_type :
    ::std::string::String; with_system_labels system_labels : ::std::vec::Vec <
    ::std::string::String >; with_trust_type trust_type : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceInfo);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties for the installation state for a device.
///
/// CSDL: `microsoft.graph.deviceInstallState`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceInstallState {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Device Id.
    ///
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// Device name.
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// The error code for install failures.
    ///
    /// CSDL: property `errorCode`: `Edm.String`, nullable.
    pub error_code: rt::Field<::std::string::String>,
    /// The install state of the eBook.
    ///
    /// CSDL: property `installState`: `microsoft.graph.installState`, not nullable.
    pub install_state: rt::Field<crate::v1::InstallState>,
    /// Last sync date and time.
    ///
    /// CSDL: property `lastSyncDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// OS Description.
    ///
    /// CSDL: property `osDescription`: `Edm.String`, nullable.
    pub os_description: rt::Field<::std::string::String>,
    /// OS Version.
    ///
    /// CSDL: property `osVersion`: `Edm.String`, nullable.
    pub os_version: rt::Field<::std::string::String>,
    /// Device User Name.
    ///
    /// CSDL: property `userName`: `Edm.String`, nullable.
    pub user_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for DeviceInstallState {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            device_id: rt::Field::Absent,
            device_name: rt::Field::Absent,
            error_code: rt::Field::Absent,
            install_state: rt::Field::Absent,
            last_sync_date_time: rt::Field::Absent,
            os_description: rt::Field::Absent,
            os_version: rt::Field::Absent,
            user_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for DeviceInstallState {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceInstallState";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deviceId",
        "deviceName",
        "errorCode",
        "installState",
        "lastSyncDateTime",
        "osDescription",
        "osVersion",
        "userName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deviceId\":                     ",
        ",\"deviceName\":                   ",
        ",\"errorCode\":                    ",
        ",\"installState\":                 ",
        ",\"lastSyncDateTime\":             ",
        ",\"osDescription\":                ",
        ",\"osVersion\":                    ",
        ",\"userName\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceInstallState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "device_id", &self.device_id);
        v.field(2usize, "device_name", &self.device_name);
        v.field(3usize, "error_code", &self.error_code);
        v.field(4usize, "install_state", &self.install_state);
        v.field(5usize, "last_sync_date_time", &self.last_sync_date_time);
        v.field(6usize, "os_description", &self.os_description);
        v.field(7usize, "os_version", &self.os_version);
        v.field(8usize, "user_name", &self.user_name);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for DeviceInstallState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.device_id.read_from(r),
            2usize => self.device_name.read_from(r),
            3usize => self.error_code.read_from(r),
            4usize => self.install_state.read_from(r),
            5usize => self.last_sync_date_time.read_from(r),
            6usize => self.os_description.read_from(r),
            7usize => self.os_version.read_from(r),
            8usize => self.user_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.device_id);
        w.field(2usize, &self.device_name);
        w.field(3usize, &self.error_code);
        w.field(4usize, &self.install_state);
        w.field(5usize, &self.last_sync_date_time);
        w.field(6usize, &self.os_description);
        w.field(7usize, &self.os_version);
        w.field(8usize, &self.user_name);
    }
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
rt::impl_object!(DeviceInstallState);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    DeviceInstallState { with_id id : ::std::string::String; with_device_id device_id :
    ::std::string::String; with_device_name device_name : ::std::string::String;
    with_error_code error_code : ::std::string::String; with_install_state install_state
    : crate ::v1::InstallState; with_last_sync_date_time last_sync_date_time :
    rt::edm::DateTimeOffset; with_os_description os_description : ::std::string::String;
    with_os_version os_version : ::std::string::String; with_user_name user_name :
    ::std::string::String; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceInstallState);
#[cfg(msgraph_v1_directory_or_search)]
/// CSDL: `microsoft.graph.deviceLocalCredential`, complex type.
///
/// Features: `v1`, or one of `v1-directory`, `v1-search`.
#[derive(Clone)]
pub struct DeviceLocalCredential {
    /// CSDL: property `accountName`: `Edm.String`, not nullable.
    pub account_name: rt::Field<::std::string::String>,
    /// CSDL: property `accountSid`: `Edm.String`, not nullable.
    pub account_sid: rt::Field<::std::string::String>,
    /// CSDL: property `backupDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub backup_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `passwordBase64`: `Edm.String`, not nullable.
    pub password_base64: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_directory_or_search)]
impl ::std::default::Default for DeviceLocalCredential {
    #[inline]
    fn default() -> Self {
        Self {
            account_name: rt::Field::Absent,
            account_sid: rt::Field::Absent,
            backup_date_time: rt::Field::Absent,
            password_base64: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_directory_or_search)]
impl rt::Object for DeviceLocalCredential {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceLocalCredential";
    const KEYS: &'static [&'static str] = &[
        "accountName",
        "accountSid",
        "backupDateTime",
        "passwordBase64",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"accountName\":                  ",
        ",\"accountSid\":                   ",
        ",\"backupDateTime\":               ",
        ",\"passwordBase64\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceLocalCredential\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "account_name", &self.account_name);
        v.field(1usize, "account_sid", &self.account_sid);
        v.field(2usize, "backup_date_time", &self.backup_date_time);
        v.field(3usize, "password_base64", &self.password_base64);
    }
}
#[cfg(msgraph_v1_directory_or_search)]
impl rt::object::Members for DeviceLocalCredential {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.account_name.read_from(r),
            1usize => self.account_sid.read_from(r),
            2usize => self.backup_date_time.read_from(r),
            3usize => self.password_base64.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.account_name);
        w.field(1usize, &self.account_sid);
        w.field(2usize, &self.backup_date_time);
        w.field(3usize, &self.password_base64);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_directory_or_search)]
rt::impl_object!(DeviceLocalCredential);
#[cfg(msgraph_v1_directory_or_search)]
rt::impl_setters!(
    DeviceLocalCredential { with_account_name account_name : ::std::string::String;
    with_account_sid account_sid : ::std::string::String; with_backup_date_time
    backup_date_time : rt::edm::DateTimeOffset; with_password_base64 password_base64 :
    ::std::string::String; }
);
#[cfg(msgraph_v1_directory_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceLocalCredential);
#[cfg(msgraph_v1_directory_or_search)]
/// CSDL: `microsoft.graph.deviceLocalCredentialInfo`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-directory`, `v1-search`.
#[derive(Clone)]
pub struct DeviceLocalCredentialInfo {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `credentials`: `Collection(microsoft.graph.deviceLocalCredential)`, not nullable.
    pub credentials: rt::Field<::std::vec::Vec<crate::v1::DeviceLocalCredential>>,
    /// CSDL: property `deviceName`: `Edm.String`, not nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastBackupDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_backup_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `refreshDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub refresh_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_directory_or_search)]
impl ::std::default::Default for DeviceLocalCredentialInfo {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            credentials: rt::Field::Absent,
            device_name: rt::Field::Absent,
            last_backup_date_time: rt::Field::Absent,
            refresh_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_directory_or_search)]
impl rt::Object for DeviceLocalCredentialInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceLocalCredentialInfo";
    const KEYS: &'static [&'static str] = &[
        "id",
        "credentials",
        "deviceName",
        "lastBackupDateTime",
        "refreshDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"credentials\":                  ",
        ",\"deviceName\":                   ",
        ",\"lastBackupDateTime\":           ",
        ",\"refreshDateTime\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceLocalCredentialInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "credentials", &self.credentials);
        v.field(2usize, "device_name", &self.device_name);
        v.field(3usize, "last_backup_date_time", &self.last_backup_date_time);
        v.field(4usize, "refresh_date_time", &self.refresh_date_time);
    }
}
#[cfg(msgraph_v1_directory_or_search)]
impl rt::object::Members for DeviceLocalCredentialInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.credentials.read_from(r),
            2usize => self.device_name.read_from(r),
            3usize => self.last_backup_date_time.read_from(r),
            4usize => self.refresh_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.credentials);
        w.field(2usize, &self.device_name);
        w.field(3usize, &self.last_backup_date_time);
        w.field(4usize, &self.refresh_date_time);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_directory_or_search)]
rt::impl_object!(DeviceLocalCredentialInfo);
#[cfg(msgraph_v1_directory_or_search)]
rt::impl_setters!(
    DeviceLocalCredentialInfo { with_id id : ::std::string::String; with_credentials
    credentials : ::std::vec::Vec < crate ::v1::DeviceLocalCredential >; with_device_name
    device_name : ::std::string::String; with_last_backup_date_time last_backup_date_time
    : rt::edm::DateTimeOffset; with_refresh_date_time refresh_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_directory_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceLocalCredentialInfo);
#[cfg(msgraph_v1_core_or_device_management)]
/// Windows Log Collection request entity.
///
/// CSDL: `microsoft.graph.deviceLogCollectionResponse`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceLogCollectionResponsePath`](requests/trait.DeviceLogCollectionResponsePath.html), what a path to one (`EntityPath<DeviceLogCollectionResponse, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceLogCollectionResponse {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The User Principal Name (UPN) of the user that enrolled the device.
    ///
    /// CSDL: property `enrolledByUser`: `Edm.String`, nullable.
    pub enrolled_by_user: rt::Field<::std::string::String>,
    /// The DateTime of the expiration of the logs.
    ///
    /// CSDL: property `expirationDateTimeUTC`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time_utc: rt::Field<rt::edm::DateTimeOffset>,
    /// The UPN for who initiated the request.
    ///
    /// CSDL: property `initiatedByUserPrincipalName`: `Edm.String`, nullable.
    pub initiated_by_user_principal_name: rt::Field<::std::string::String>,
    /// Indicates Intune device unique identifier.
    ///
    /// CSDL: property `managedDeviceId`: `Edm.Guid`, not nullable.
    pub managed_device_id: rt::Field<rt::edm::Guid>,
    /// The DateTime the request was received.
    ///
    /// CSDL: property `receivedDateTimeUTC`: `Edm.DateTimeOffset`, nullable.
    pub received_date_time_utc: rt::Field<rt::edm::DateTimeOffset>,
    /// The DateTime of the request.
    ///
    /// CSDL: property `requestedDateTimeUTC`: `Edm.DateTimeOffset`, nullable.
    pub requested_date_time_utc: rt::Field<rt::edm::DateTimeOffset>,
    /// The size of the logs in KB. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `sizeInKB`: `Edm.Double`, not nullable.
    pub size_in_kb: rt::Field<f64>,
    /// Indicates the status for the app log collection request if it is pending, completed or failed, Default is pending.
    ///
    /// CSDL: property `status`: `microsoft.graph.appLogUploadState`, not nullable.
    pub status: rt::Field<crate::v1::AppLogUploadState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for DeviceLogCollectionResponse {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            enrolled_by_user: rt::Field::Absent,
            expiration_date_time_utc: rt::Field::Absent,
            initiated_by_user_principal_name: rt::Field::Absent,
            managed_device_id: rt::Field::Absent,
            received_date_time_utc: rt::Field::Absent,
            requested_date_time_utc: rt::Field::Absent,
            size_in_kb: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for DeviceLogCollectionResponse {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceLogCollectionResponse";
    const KEYS: &'static [&'static str] = &[
        "id",
        "enrolledByUser",
        "expirationDateTimeUTC",
        "initiatedByUserPrincipalName",
        "managedDeviceId",
        "receivedDateTimeUTC",
        "requestedDateTimeUTC",
        "sizeInKB",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"enrolledByUser\":               ",
        ",\"expirationDateTimeUTC\":        ",
        ",\"initiatedByUserPrincipalName\": ",
        ",\"managedDeviceId\":              ",
        ",\"receivedDateTimeUTC\":          ",
        ",\"requestedDateTimeUTC\":         ",
        ",\"sizeInKB\":                     ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceLogCollectionResponse\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "enrolled_by_user", &self.enrolled_by_user);
        v.field(2usize, "expiration_date_time_utc", &self.expiration_date_time_utc);
        v.field(
            3usize,
            "initiated_by_user_principal_name",
            &self.initiated_by_user_principal_name,
        );
        v.field(4usize, "managed_device_id", &self.managed_device_id);
        v.field(5usize, "received_date_time_utc", &self.received_date_time_utc);
        v.field(6usize, "requested_date_time_utc", &self.requested_date_time_utc);
        v.field(7usize, "size_in_kb", &self.size_in_kb);
        v.field(8usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for DeviceLogCollectionResponse {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.enrolled_by_user.read_from(r),
            2usize => self.expiration_date_time_utc.read_from(r),
            3usize => self.initiated_by_user_principal_name.read_from(r),
            4usize => self.managed_device_id.read_from(r),
            5usize => self.received_date_time_utc.read_from(r),
            6usize => self.requested_date_time_utc.read_from(r),
            7usize => self.size_in_kb.read_from(r),
            8usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.enrolled_by_user);
        w.field(2usize, &self.expiration_date_time_utc);
        w.field(3usize, &self.initiated_by_user_principal_name);
        w.field(4usize, &self.managed_device_id);
        w.field(5usize, &self.received_date_time_utc);
        w.field(6usize, &self.requested_date_time_utc);
        w.field(7usize, &self.size_in_kb);
        w.field(8usize, &self.status);
    }
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
rt::impl_object!(DeviceLogCollectionResponse);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    DeviceLogCollectionResponse { with_id id : ::std::string::String;
    with_enrolled_by_user enrolled_by_user : ::std::string::String;
    with_expiration_date_time_utc expiration_date_time_utc : rt::edm::DateTimeOffset;
    with_initiated_by_user_principal_name initiated_by_user_principal_name :
    ::std::string::String; with_managed_device_id managed_device_id : rt::edm::Guid;
    with_received_date_time_utc received_date_time_utc : rt::edm::DateTimeOffset;
    with_requested_date_time_utc requested_date_time_utc : rt::edm::DateTimeOffset;
    with_size_in_kb size_in_kb : f64; with_status status : crate ::v1::AppLogUploadState;
    }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceLogCollectionResponse);
#[cfg(msgraph_v1_core_or_device_management)]
/// Device Exchange Access State.
///
/// CSDL: `microsoft.graph.deviceManagementExchangeAccessState`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementExchangeAccessState {
    /// No access state discovered from Exchange
    ///
    /// `none` (value 0).
    None,
    /// Device access state to Exchange is unknown
    ///
    /// `unknown` (value 1).
    Unknown,
    /// Device has access to Exchange
    ///
    /// `allowed` (value 2).
    Allowed,
    /// Device is Blocked in Exchange
    ///
    /// `blocked` (value 3).
    Blocked,
    /// Device is Quarantined in Exchange
    ///
    /// `quarantined` (value 4).
    Quarantined,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::StrEnum for DeviceManagementExchangeAccessState {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementExchangeAccessState";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "unknown",
        "allowed",
        "blocked",
        "quarantined",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "unknown" => Self::Unknown,
                "allowed" => Self::Allowed,
                "blocked" => Self::Blocked,
                "quarantined" => Self::Quarantined,
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
            Self::Unknown => "unknown",
            Self::Allowed => "allowed",
            Self::Blocked => "blocked",
            Self::Quarantined => "quarantined",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_enum!(DeviceManagementExchangeAccessState);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementExchangeAccessState);
#[cfg(msgraph_v1_core_or_device_management)]
/// Device Exchange Access State Reason.
///
/// CSDL: `microsoft.graph.deviceManagementExchangeAccessStateReason`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementExchangeAccessStateReason {
    /// No access state reason discovered from Exchange
    ///
    /// `none` (value 0).
    None,
    /// Unknown access state reason
    ///
    /// `unknown` (value 1).
    Unknown,
    /// Access state determined by Exchange Global rule
    ///
    /// `exchangeGlobalRule` (value 2).
    ExchangeGlobalRule,
    /// Access state determined by Exchange Individual rule
    ///
    /// `exchangeIndividualRule` (value 3).
    ExchangeIndividualRule,
    /// Access state determined by Exchange Device rule
    ///
    /// `exchangeDeviceRule` (value 4).
    ExchangeDeviceRule,
    /// Access state due to Exchange upgrade
    ///
    /// `exchangeUpgrade` (value 5).
    ExchangeUpgrade,
    /// Access state determined by Exchange Mailbox Policy
    ///
    /// `exchangeMailboxPolicy` (value 6).
    ExchangeMailboxPolicy,
    /// Access state determined by Exchange
    ///
    /// `other` (value 7).
    Other,
    /// Access state granted by compliance challenge
    ///
    /// `compliant` (value 8).
    Compliant,
    /// Access state revoked by compliance challenge
    ///
    /// `notCompliant` (value 9).
    NotCompliant,
    /// Access state revoked by management challenge
    ///
    /// `notEnrolled` (value 10).
    NotEnrolled,
    /// Access state due to unknown location
    ///
    /// `unknownLocation` (value 12).
    UnknownLocation,
    /// Access state due to MFA challenge
    ///
    /// `mfaRequired` (value 13).
    MfaRequired,
    /// Access State revoked by AAD Access Policy
    ///
    /// `azureADBlockDueToAccessPolicy` (value 14).
    AzureAdBlockDueToAccessPolicy,
    /// Access State revoked by compromised password
    ///
    /// `compromisedPassword` (value 15).
    CompromisedPassword,
    /// Access state revoked by managed application challenge
    ///
    /// `deviceNotKnownWithManagedApp` (value 16).
    DeviceNotKnownWithManagedApp,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::StrEnum for DeviceManagementExchangeAccessStateReason {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementExchangeAccessStateReason";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "unknown",
        "exchangeGlobalRule",
        "exchangeIndividualRule",
        "exchangeDeviceRule",
        "exchangeUpgrade",
        "exchangeMailboxPolicy",
        "other",
        "compliant",
        "notCompliant",
        "notEnrolled",
        "unknownLocation",
        "mfaRequired",
        "azureADBlockDueToAccessPolicy",
        "compromisedPassword",
        "deviceNotKnownWithManagedApp",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "unknown" => Self::Unknown,
                "exchangeGlobalRule" => Self::ExchangeGlobalRule,
                "exchangeIndividualRule" => Self::ExchangeIndividualRule,
                "exchangeDeviceRule" => Self::ExchangeDeviceRule,
                "exchangeUpgrade" => Self::ExchangeUpgrade,
                "exchangeMailboxPolicy" => Self::ExchangeMailboxPolicy,
                "other" => Self::Other,
                "compliant" => Self::Compliant,
                "notCompliant" => Self::NotCompliant,
                "notEnrolled" => Self::NotEnrolled,
                "unknownLocation" => Self::UnknownLocation,
                "mfaRequired" => Self::MfaRequired,
                "azureADBlockDueToAccessPolicy" => Self::AzureAdBlockDueToAccessPolicy,
                "compromisedPassword" => Self::CompromisedPassword,
                "deviceNotKnownWithManagedApp" => Self::DeviceNotKnownWithManagedApp,
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
            Self::Unknown => "unknown",
            Self::ExchangeGlobalRule => "exchangeGlobalRule",
            Self::ExchangeIndividualRule => "exchangeIndividualRule",
            Self::ExchangeDeviceRule => "exchangeDeviceRule",
            Self::ExchangeUpgrade => "exchangeUpgrade",
            Self::ExchangeMailboxPolicy => "exchangeMailboxPolicy",
            Self::Other => "other",
            Self::Compliant => "compliant",
            Self::NotCompliant => "notCompliant",
            Self::NotEnrolled => "notEnrolled",
            Self::UnknownLocation => "unknownLocation",
            Self::MfaRequired => "mfaRequired",
            Self::AzureAdBlockDueToAccessPolicy => "azureADBlockDueToAccessPolicy",
            Self::CompromisedPassword => "compromisedPassword",
            Self::DeviceNotKnownWithManagedApp => "deviceNotKnownWithManagedApp",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_enum!(DeviceManagementExchangeAccessStateReason);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementExchangeAccessStateReason);
#[cfg(msgraph_v1_device_management_or_search)]
/// Entity which represents a connection to an Exchange environment.
///
/// CSDL: `microsoft.graph.deviceManagementExchangeConnector`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceManagementExchangeConnectorPath`](requests/trait.DeviceManagementExchangeConnectorPath.html), what a path to one (`EntityPath<DeviceManagementExchangeConnector, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
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
        crate::v1::DeviceManagementExchangeConnectorType,
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
    pub status: rt::Field<crate::v1::DeviceManagementExchangeConnectorStatus>,
    /// The version of the ExchangeConnectorAgent
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceManagementExchangeConnector);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementExchangeConnector { with_id id : ::std::string::String;
    with_connector_server_name connector_server_name : ::std::string::String;
    with_exchange_alias exchange_alias : ::std::string::String;
    with_exchange_connector_type exchange_connector_type : crate
    ::v1::DeviceManagementExchangeConnectorType; with_exchange_organization
    exchange_organization : ::std::string::String; with_last_sync_date_time
    last_sync_date_time : rt::edm::DateTimeOffset; with_primary_smtp_address
    primary_smtp_address : ::std::string::String; with_server_name server_name :
    ::std::string::String; with_status status : crate
    ::v1::DeviceManagementExchangeConnectorStatus; with_version version :
    ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementExchangeConnector);
#[cfg(msgraph_v1_device_management_or_search)]
/// The current status of the Exchange Connector.
///
/// CSDL: `microsoft.graph.deviceManagementExchangeConnectorStatus`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementExchangeConnectorStatus {
    /// No Connector exists.
    ///
    /// `none` (value 0).
    None,
    /// Pending Connection to the Exchange Environment.
    ///
    /// `connectionPending` (value 1).
    ConnectionPending,
    /// Connected to the Exchange Environment
    ///
    /// `connected` (value 2).
    Connected,
    /// Disconnected from the Exchange Environment
    ///
    /// `disconnected` (value 3).
    Disconnected,
    /// Evolvable enumeration sentinel value. Do not use.
    ///
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for DeviceManagementExchangeConnectorStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementExchangeConnectorStatus";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "connectionPending",
        "connected",
        "disconnected",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "connectionPending" => Self::ConnectionPending,
                "connected" => Self::Connected,
                "disconnected" => Self::Disconnected,
                "unknownFutureValue" => Self::UnknownFutureValue,
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
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(DeviceManagementExchangeConnectorStatus);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementExchangeConnectorStatus);
#[cfg(msgraph_v1_device_management_or_search)]
/// The type of Exchange Connector sync requested.
///
/// CSDL: `microsoft.graph.deviceManagementExchangeConnectorSyncType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementExchangeConnectorSyncType {
    /// Discover all the device in Exchange.
    ///
    /// `fullSync` (value 0).
    FullSync,
    /// Discover only the device in Exchange which have updated during the delta sync window.
    ///
    /// `deltaSync` (value 1).
    DeltaSync,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for DeviceManagementExchangeConnectorSyncType {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementExchangeConnectorSyncType";
    const MEMBERS: &'static [&'static str] = &["fullSync", "deltaSync"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "fullSync" => Self::FullSync,
                "deltaSync" => Self::DeltaSync,
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
            Self::FullSync => "fullSync",
            Self::DeltaSync => "deltaSync",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(DeviceManagementExchangeConnectorSyncType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementExchangeConnectorSyncType);
#[cfg(msgraph_v1_device_management_or_search)]
/// The type of Exchange Connector.
///
/// CSDL: `microsoft.graph.deviceManagementExchangeConnectorType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementExchangeConnectorType {
    /// Connects to on-premises Exchange Environment.
    ///
    /// `onPremises` (value 0).
    OnPremises,
    /// Connects to O365 multi-tenant Exchange environment
    ///
    /// `hosted` (value 1).
    Hosted,
    /// Intune Service connects directly to O365 multi-tenant Exchange environment
    ///
    /// `serviceToService` (value 2).
    ServiceToService,
    /// Connects to O365 Dedicated Exchange environment.
    ///
    /// `dedicated` (value 3).
    Dedicated,
    /// Evolvable enumeration sentinel value. Do not use.
    ///
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for DeviceManagementExchangeConnectorType {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementExchangeConnectorType";
    const MEMBERS: &'static [&'static str] = &[
        "onPremises",
        "hosted",
        "serviceToService",
        "dedicated",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "onPremises" => Self::OnPremises,
                "hosted" => Self::Hosted,
                "serviceToService" => Self::ServiceToService,
                "dedicated" => Self::Dedicated,
                "unknownFutureValue" => Self::UnknownFutureValue,
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
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(DeviceManagementExchangeConnectorType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementExchangeConnectorType);
#[cfg(msgraph_v1_device_management_or_search)]
/// Entity representing a job to export a report.
///
/// CSDL: `microsoft.graph.deviceManagementExportJob`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceManagementExportJob {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Time that the exported report expires.
    ///
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Filters applied on the report. The maximum length allowed for this property is 2000 characters.
    ///
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Format of the exported report. Possible values are `csv` and `json`.
    ///
    /// CSDL: property `format`: `microsoft.graph.deviceManagementReportFileFormat`, not nullable.
    pub format: rt::Field<crate::v1::DeviceManagementReportFileFormat>,
    /// Configures how the requested export job is localized. Possible values are `replaceLocalizableValues` and `localizedValuesAsAdditionalColumn`.
    ///
    /// CSDL: property `localizationType`: `microsoft.graph.deviceManagementExportJobLocalizationType`, not nullable.
    pub localization_type: rt::Field<
        crate::v1::DeviceManagementExportJobLocalizationType,
    >,
    /// Name of the report. The maximum length allowed for this property is 2000 characters.
    ///
    /// CSDL: property `reportName`: `Edm.String`, not nullable.
    pub report_name: rt::Field<::std::string::String>,
    /// Time that the exported report was requested.
    ///
    /// CSDL: property `requestDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub request_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Columns selected from the report. The maximum number of allowed columns names is 256. The maximum length allowed for each column name in this property is 1000 characters.
    ///
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// A snapshot is an identifiable subset of the dataset represented by the ReportName. A sessionId or CachedReportConfiguration id can be used here. If a sessionId is specified, Filter, Select, and OrderBy are applied to the data represented by the sessionId. Filter, Select, and OrderBy cannot be specified together with a CachedReportConfiguration id. The maximum length allowed for this property is 128 characters.
    ///
    /// CSDL: property `snapshotId`: `Edm.String`, nullable.
    pub snapshot_id: rt::Field<::std::string::String>,
    /// Status of the export job. Possible values are `unknown`, `notStarted`, `inProgress`, `completed` and `failed`.
    ///
    /// CSDL: property `status`: `microsoft.graph.deviceManagementReportStatus`, not nullable.
    pub status: rt::Field<crate::v1::DeviceManagementReportStatus>,
    /// Temporary location of the exported report.
    ///
    /// CSDL: property `url`: `Edm.String`, nullable.
    pub url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceManagementExportJob {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            filter: rt::Field::Absent,
            format: rt::Field::Absent,
            localization_type: rt::Field::Absent,
            report_name: rt::Field::Absent,
            request_date_time: rt::Field::Absent,
            select: rt::Field::Absent,
            snapshot_id: rt::Field::Absent,
            status: rt::Field::Absent,
            url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceManagementExportJob {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementExportJob";
    const KEYS: &'static [&'static str] = &[
        "id",
        "expirationDateTime",
        "filter",
        "format",
        "localizationType",
        "reportName",
        "requestDateTime",
        "select",
        "snapshotId",
        "status",
        "url",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"expirationDateTime\":           ",
        ",\"filter\":                       ",
        ",\"format\":                       ",
        ",\"localizationType\":             ",
        ",\"reportName\":                   ",
        ",\"requestDateTime\":              ",
        ",\"select\":                       ",
        ",\"snapshotId\":                   ",
        ",\"status\":                       ",
        ",\"url\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementExportJob\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "expiration_date_time", &self.expiration_date_time);
        v.field(2usize, "filter", &self.filter);
        v.field(3usize, "format", &self.format);
        v.field(4usize, "localization_type", &self.localization_type);
        v.field(5usize, "report_name", &self.report_name);
        v.field(6usize, "request_date_time", &self.request_date_time);
        v.field(7usize, "select", &self.select);
        v.field(8usize, "snapshot_id", &self.snapshot_id);
        v.field(9usize, "status", &self.status);
        v.field(10usize, "url", &self.url);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceManagementExportJob {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.expiration_date_time.read_from(r),
            2usize => self.filter.read_from(r),
            3usize => self.format.read_from(r),
            4usize => self.localization_type.read_from(r),
            5usize => self.report_name.read_from(r),
            6usize => self.request_date_time.read_from(r),
            7usize => self.select.read_from(r),
            8usize => self.snapshot_id.read_from(r),
            9usize => self.status.read_from(r),
            10usize => self.url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.expiration_date_time);
        w.field(2usize, &self.filter);
        w.field(3usize, &self.format);
        w.field(4usize, &self.localization_type);
        w.field(5usize, &self.report_name);
        w.field(6usize, &self.request_date_time);
        w.field(7usize, &self.select);
        w.field(8usize, &self.snapshot_id);
        w.field(9usize, &self.status);
        w.field(10usize, &self.url);
    }
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
rt::impl_object!(DeviceManagementExportJob);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementExportJob { with_id id : ::std::string::String;
    with_expiration_date_time expiration_date_time : rt::edm::DateTimeOffset; with_filter
    filter : ::std::string::String; with_format format : crate
    ::v1::DeviceManagementReportFileFormat; with_localization_type localization_type :
    crate ::v1::DeviceManagementExportJobLocalizationType; with_report_name report_name :
    ::std::string::String; with_request_date_time request_date_time :
    rt::edm::DateTimeOffset; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_snapshot_id snapshot_id : ::std::string::String; with_status status : crate
    ::v1::DeviceManagementReportStatus; with_url url : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementExportJob);
#[cfg(msgraph_v1_device_management_or_search)]
/// Configures how the requested export job is localized.
///
/// CSDL: `microsoft.graph.deviceManagementExportJobLocalizationType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementExportJobLocalizationType {
    /// Configures the export job to expose localized values as an additional column.
    ///
    /// `localizedValuesAsAdditionalColumn` (value 0).
    LocalizedValuesAsAdditionalColumn,
    /// Configures the export job to replace enumerable values with their localized values.
    ///
    /// `replaceLocalizableValues` (value 1).
    ReplaceLocalizableValues,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for DeviceManagementExportJobLocalizationType {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementExportJobLocalizationType";
    const MEMBERS: &'static [&'static str] = &[
        "localizedValuesAsAdditionalColumn",
        "replaceLocalizableValues",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "localizedValuesAsAdditionalColumn" => {
                    Self::LocalizedValuesAsAdditionalColumn
                }
                "replaceLocalizableValues" => Self::ReplaceLocalizableValues,
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
            Self::LocalizedValuesAsAdditionalColumn => {
                "localizedValuesAsAdditionalColumn"
            }
            Self::ReplaceLocalizableValues => "replaceLocalizableValues",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(DeviceManagementExportJobLocalizationType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementExportJobLocalizationType);
#[cfg(msgraph_v1_device_management_or_search)]
/// Possible values for the file format of a report to be exported.
///
/// CSDL: `microsoft.graph.deviceManagementReportFileFormat`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementReportFileFormat {
    /// CSV Format.
    ///
    /// `csv` (value 0).
    Csv,
    /// PDF Format (Deprecate later).
    ///
    /// `pdf` (value 1).
    Pdf,
    /// JSON Format.
    ///
    /// `json` (value 2).
    Json,
    /// Evolvable enumeration sentinel value. Do not use.
    ///
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for DeviceManagementReportFileFormat {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementReportFileFormat";
    const MEMBERS: &'static [&'static str] = &[
        "csv",
        "pdf",
        "json",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "csv" => Self::Csv,
                "pdf" => Self::Pdf,
                "json" => Self::Json,
                "unknownFutureValue" => Self::UnknownFutureValue,
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
            Self::Csv => "csv",
            Self::Pdf => "pdf",
            Self::Json => "json",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(DeviceManagementReportFileFormat);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportFileFormat);
#[cfg(msgraph_v1_device_management_or_search)]
/// Possible statuses associated with a generated report.
///
/// CSDL: `microsoft.graph.deviceManagementReportStatus`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementReportStatus {
    /// Report generation status is unknown.
    ///
    /// `unknown` (value 0).
    Unknown,
    /// Report generation has not started.
    ///
    /// `notStarted` (value 1).
    NotStarted,
    /// Report generation is in progress.
    ///
    /// `inProgress` (value 2).
    InProgress,
    /// Report generation is completed.
    ///
    /// `completed` (value 3).
    Completed,
    /// Report generation has failed.
    ///
    /// `failed` (value 4).
    Failed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for DeviceManagementReportStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementReportStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "notStarted",
        "inProgress",
        "completed",
        "failed",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "notStarted" => Self::NotStarted,
                "inProgress" => Self::InProgress,
                "completed" => Self::Completed,
                "failed" => Self::Failed,
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
            Self::NotStarted => "notStarted",
            Self::InProgress => "inProgress",
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(DeviceManagementReportStatus);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportStatus);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementReports`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceManagementReportsPath`](requests/trait.DeviceManagementReportsPath.html), what a path to one (`EntityPath<DeviceManagementReports, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceManagementReports {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Entity representing a job to export a report.
    ///
    /// CSDL: containment navigation property `exportJobs`: `Collection(microsoft.graph.deviceManagementExportJob)`, not nullable.
    pub export_jobs: rt::Field<::std::vec::Vec<crate::v1::DeviceManagementExportJob>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceManagementReports {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            export_jobs: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceManagementReports {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementReports";
    const KEYS: &'static [&'static str] = &["id", "exportJobs"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"exportJobs\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementReports\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "export_jobs", &self.export_jobs);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceManagementReports {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.export_jobs.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.export_jobs);
    }
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
rt::impl_object!(DeviceManagementReports);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReports { with_id id : ::std::string::String; with_export_jobs
    export_jobs : ::std::vec::Vec < crate ::v1::DeviceManagementExportJob >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReports);
#[cfg(msgraph_v1_policies_or_search)]
/// CSDL: `microsoft.graph.deviceRegistrationMembership`, complex type.
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct DeviceRegistrationMembership {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_policies_or_search)]
impl ::std::default::Default for DeviceRegistrationMembership {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::Object for DeviceRegistrationMembership {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceRegistrationMembership";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.deviceRegistrationMembership\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::object::Members for DeviceRegistrationMembership {
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
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_object!(DeviceRegistrationMembership);
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceRegistrationMembership);
#[cfg(msgraph_v1_policies_or_search)]
/// `microsoft.graph.deviceRegistrationMembership` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceRegistrationMembership {
    DeviceRegistrationMembership(
        ::std::boxed::Box<crate::v1::DeviceRegistrationMembership>,
    ),
    AllDeviceRegistrationMembership(
        ::std::boxed::Box<crate::v1::AllDeviceRegistrationMembership>,
    ),
    EnumeratedDeviceRegistrationMembership(
        ::std::boxed::Box<crate::v1::EnumeratedDeviceRegistrationMembership>,
    ),
    NoDeviceRegistrationMembership(
        ::std::boxed::Box<crate::v1::NoDeviceRegistrationMembership>,
    ),
}
#[cfg(msgraph_v1_policies_or_search)]
impl ::std::default::Default for AnyDeviceRegistrationMembership {
    #[inline]
    fn default() -> Self {
        Self::DeviceRegistrationMembership(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceRegistrationMembership>
for AnyDeviceRegistrationMembership {
    #[inline]
    fn from(v: crate::v1::DeviceRegistrationMembership) -> Self {
        Self::DeviceRegistrationMembership(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AllDeviceRegistrationMembership>
for AnyDeviceRegistrationMembership {
    #[inline]
    fn from(v: crate::v1::AllDeviceRegistrationMembership) -> Self {
        Self::AllDeviceRegistrationMembership(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EnumeratedDeviceRegistrationMembership>
for AnyDeviceRegistrationMembership {
    #[inline]
    fn from(v: crate::v1::EnumeratedDeviceRegistrationMembership) -> Self {
        Self::EnumeratedDeviceRegistrationMembership(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::NoDeviceRegistrationMembership>
for AnyDeviceRegistrationMembership {
    #[inline]
    fn from(v: crate::v1::NoDeviceRegistrationMembership) -> Self {
        Self::NoDeviceRegistrationMembership(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_policies_or_search)]
unsafe impl ::std::marker::Send for AnyDeviceRegistrationMembership {}
#[cfg(msgraph_v1_policies_or_search)]
unsafe impl ::std::marker::Sync for AnyDeviceRegistrationMembership {}
#[cfg(msgraph_v1_policies_or_search)]
impl ::std::marker::Unpin for AnyDeviceRegistrationMembership {}
#[cfg(msgraph_v1_policies_or_search)]
impl ::std::panic::UnwindSafe for AnyDeviceRegistrationMembership {}
#[cfg(msgraph_v1_policies_or_search)]
impl ::std::panic::RefUnwindSafe for AnyDeviceRegistrationMembership {}
#[cfg(msgraph_v1_policies_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::DeviceRegistrationMembership>();
    rt::object::auto_traits::<crate::v1::AllDeviceRegistrationMembership>();
    rt::object::auto_traits::<crate::v1::EnumeratedDeviceRegistrationMembership>();
    rt::object::auto_traits::<crate::v1::NoDeviceRegistrationMembership>();
};
#[cfg(msgraph_v1_policies_or_search)]
impl rt::Poly for AnyDeviceRegistrationMembership {
    const BASE_NAME: &'static str = "microsoft.graph.deviceRegistrationMembership";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.allDeviceRegistrationMembership",
            ) => Self::AllDeviceRegistrationMembership(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.enumeratedDeviceRegistrationMembership",
            ) => Self::EnumeratedDeviceRegistrationMembership(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.noDeviceRegistrationMembership",
            ) => Self::NoDeviceRegistrationMembership(rt::object::new_boxed()),
            _ => Self::DeviceRegistrationMembership(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeviceRegistrationMembership(v) => &**v,
            Self::AllDeviceRegistrationMembership(v) => &**v,
            Self::EnumeratedDeviceRegistrationMembership(v) => &**v,
            Self::NoDeviceRegistrationMembership(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceRegistrationMembership(v) => &mut **v,
            Self::AllDeviceRegistrationMembership(v) => &mut **v,
            Self::EnumeratedDeviceRegistrationMembership(v) => &mut **v,
            Self::NoDeviceRegistrationMembership(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl AnyDeviceRegistrationMembership {
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
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_poly!(AnyDeviceRegistrationMembership);
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceRegistrationMembership);
#[cfg(msgraph_v1_policies_or_search)]
/// CSDL: `microsoft.graph.deviceRegistrationPolicy`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceRegistrationPolicyPath`](requests/trait.DeviceRegistrationPolicyPath.html), what a path to one (`EntityPath<DeviceRegistrationPolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct DeviceRegistrationPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `azureADJoin`: `microsoft.graph.azureADJoinPolicy`, nullable.
    pub azure_ad_join: rt::Field<crate::v1::AzureAdJoinPolicy>,
    /// CSDL: property `azureADRegistration`: `microsoft.graph.azureADRegistrationPolicy`, nullable.
    pub azure_ad_registration: rt::Field<crate::v1::AzureAdRegistrationPolicy>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `localAdminPassword`: `microsoft.graph.localAdminPasswordSettings`, nullable.
    pub local_admin_password: rt::Field<crate::v1::LocalAdminPasswordSettings>,
    /// CSDL: property `multiFactorAuthConfiguration`: `microsoft.graph.multiFactorAuthConfiguration`, not nullable.
    pub multi_factor_auth_configuration: rt::Field<
        crate::v1::MultiFactorAuthConfiguration,
    >,
    /// CSDL: property `userDeviceQuota`: `Edm.Int32`, not nullable.
    pub user_device_quota: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_policies_or_search)]
impl ::std::default::Default for DeviceRegistrationPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            azure_ad_join: rt::Field::Absent,
            azure_ad_registration: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            local_admin_password: rt::Field::Absent,
            multi_factor_auth_configuration: rt::Field::Absent,
            user_device_quota: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::Object for DeviceRegistrationPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceRegistrationPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "azureADJoin",
        "azureADRegistration",
        "description",
        "displayName",
        "localAdminPassword",
        "multiFactorAuthConfiguration",
        "userDeviceQuota",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"azureADJoin\":                  ",
        ",\"azureADRegistration\":          ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"localAdminPassword\":           ",
        ",\"multiFactorAuthConfiguration\": ",
        ",\"userDeviceQuota\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceRegistrationPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "azure_ad_join", &self.azure_ad_join);
        v.field(2usize, "azure_ad_registration", &self.azure_ad_registration);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "local_admin_password", &self.local_admin_password);
        v.field(
            6usize,
            "multi_factor_auth_configuration",
            &self.multi_factor_auth_configuration,
        );
        v.field(7usize, "user_device_quota", &self.user_device_quota);
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::object::Members for DeviceRegistrationPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.azure_ad_join.read_from(r),
            2usize => self.azure_ad_registration.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.local_admin_password.read_from(r),
            6usize => self.multi_factor_auth_configuration.read_from(r),
            7usize => self.user_device_quota.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.azure_ad_join);
        w.field(2usize, &self.azure_ad_registration);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.local_admin_password);
        w.field(6usize, &self.multi_factor_auth_configuration);
        w.field(7usize, &self.user_device_quota);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_object!(DeviceRegistrationPolicy);
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_setters!(
    DeviceRegistrationPolicy { with_id id : ::std::string::String; with_azure_ad_join
    azure_ad_join : crate ::v1::AzureAdJoinPolicy; with_azure_ad_registration
    azure_ad_registration : crate ::v1::AzureAdRegistrationPolicy; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_local_admin_password local_admin_password : crate
    ::v1::LocalAdminPasswordSettings; with_multi_factor_auth_configuration
    multi_factor_auth_configuration : crate ::v1::MultiFactorAuthConfiguration;
    with_user_device_quota user_device_quota : i32; }
);
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceRegistrationPolicy);
#[cfg(msgraph_v1_core_or_device_management)]
/// Device registration status.
///
/// CSDL: `microsoft.graph.deviceRegistrationState`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceRegistrationState {
    /// The device is not registered.
    ///
    /// `notRegistered` (value 0).
    NotRegistered,
    /// The device is registered.
    ///
    /// `registered` (value 2).
    Registered,
    /// The device has been blocked, wiped or retired.
    ///
    /// `revoked` (value 3).
    Revoked,
    /// The device has a key conflict.
    ///
    /// `keyConflict` (value 4).
    KeyConflict,
    /// The device is pending approval.
    ///
    /// `approvalPending` (value 5).
    ApprovalPending,
    /// The device certificate has been reset.
    ///
    /// `certificateReset` (value 6).
    CertificateReset,
    /// The device is not registered and pending enrollment.
    ///
    /// `notRegisteredPendingEnrollment` (value 7).
    NotRegisteredPendingEnrollment,
    /// The device registration status is unknown.
    ///
    /// `unknown` (value 8).
    Unknown,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_management)]
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
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_enum!(DeviceRegistrationState);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceRegistrationState);
#[cfg(msgraph_v1_device_management_or_search)]
/// Device threat protection levels for the Device Threat Protection API.
///
/// CSDL: `microsoft.graph.deviceThreatProtectionLevel`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceThreatProtectionLevel {
    /// Default Value. Do not use.
    ///
    /// `unavailable` (value 0).
    Unavailable,
    /// Device Threat Level requirement: Secured. This is the most secure level, and represents that no threats were found on the device.
    ///
    /// `secured` (value 1).
    Secured,
    /// Device Threat Protection level requirement: Low. Low represents a severity of threat that poses minimal risk to the device or device data.
    ///
    /// `low` (value 2).
    Low,
    /// Device Threat Protection level requirement: Medium. Medium represents a severity of threat that poses moderate risk to the device or device data.
    ///
    /// `medium` (value 3).
    Medium,
    /// Device Threat Protection level requirement: High. High represents a severity of threat that poses severe risk to the device or device data.
    ///
    /// `high` (value 4).
    High,
    /// Device Threat Protection level requirement: Not Set. Not set represents that there is no requirement for the device to meet a Threat Protection level.
    ///
    /// `notSet` (value 10).
    NotSet,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(DeviceThreatProtectionLevel);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceThreatProtectionLevel);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.devicesFilter`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DevicesFilter {
    /// CSDL: property `mode`: `microsoft.graph.crossTenantAccessPolicyTargetConfigurationAccessType`, nullable.
    pub mode: rt::Field<crate::v1::CrossTenantAccessPolicyTargetConfigurationAccessType>,
    /// CSDL: property `rule`: `Edm.String`, nullable.
    pub rule: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for DevicesFilter {
    #[inline]
    fn default() -> Self {
        Self {
            mode: rt::Field::Absent,
            rule: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for DevicesFilter {
    const TYPE_NAME: &'static str = "microsoft.graph.devicesFilter";
    const KEYS: &'static [&'static str] = &["mode", "rule"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"mode\":                         ",
        ",\"rule\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.devicesFilter\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "mode", &self.mode);
        v.field(1usize, "rule", &self.rule);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for DevicesFilter {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.mode.read_from(r),
            1usize => self.rule.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.mode);
        w.field(1usize, &self.rule);
    }
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
rt::impl_object!(DevicesFilter);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    DevicesFilter { with_mode mode : crate
    ::v1::CrossTenantAccessPolicyTargetConfigurationAccessType; with_rule rule :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DevicesFilter);
