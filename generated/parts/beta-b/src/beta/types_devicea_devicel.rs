//! Types of `microsoft.graph` by the first letters of their names (`devicea_devicel`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core)]
/// Device action result
///
/// CSDL: `microsoft.graph.deviceActionResult`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceActionResult {
    /// Action name
    ///
    /// CSDL: property `actionName`: `Edm.String`, nullable.
    pub action_name: rt::Field<::std::string::String>,
    /// State of the action
    ///
    /// CSDL: property `actionState`: `microsoft.graph.actionState`, not nullable.
    pub action_state: rt::Field<crate::beta::ActionState>,
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(DeviceActionResult);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DeviceActionResult { with_action_name action_name : ::std::string::String;
    with_action_state action_state : crate ::beta::ActionState;
    with_last_updated_date_time last_updated_date_time : rt::edm::DateTimeOffset;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceActionResult);
#[cfg(msgraph_beta_core)]
/// `microsoft.graph.deviceActionResult` or any type derived from it, selected by `@odata.type` (10 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceActionResult {
    DeviceActionResult(::std::boxed::Box<crate::beta::DeviceActionResult>),
    ActivateDeviceEsimActionResult(
        ::std::boxed::Box<crate::beta::ActivateDeviceEsimActionResult>,
    ),
    ConfigurationManagerActionResult(
        ::std::boxed::Box<crate::beta::ConfigurationManagerActionResult>,
    ),
    DeleteUserFromSharedAppleDeviceActionResult(
        ::std::boxed::Box<crate::beta::DeleteUserFromSharedAppleDeviceActionResult>,
    ),
    LocateDeviceActionResult(::std::boxed::Box<crate::beta::LocateDeviceActionResult>),
    RemoteLockActionResult(::std::boxed::Box<crate::beta::RemoteLockActionResult>),
    ResetPasscodeActionResult(::std::boxed::Box<crate::beta::ResetPasscodeActionResult>),
    RevokeAppleVppLicensesActionResult(
        ::std::boxed::Box<crate::beta::RevokeAppleVppLicensesActionResult>,
    ),
    RotateBitLockerKeysDeviceActionResult(
        ::std::boxed::Box<crate::beta::RotateBitLockerKeysDeviceActionResult>,
    ),
    WindowsDefenderScanActionResult(
        ::std::boxed::Box<crate::beta::WindowsDefenderScanActionResult>,
    ),
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AnyDeviceActionResult {
    #[inline]
    fn default() -> Self {
        Self::DeviceActionResult(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceActionResult> for AnyDeviceActionResult {
    #[inline]
    fn from(v: crate::beta::DeviceActionResult) -> Self {
        Self::DeviceActionResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ActivateDeviceEsimActionResult>
for AnyDeviceActionResult {
    #[inline]
    fn from(v: crate::beta::ActivateDeviceEsimActionResult) -> Self {
        Self::ActivateDeviceEsimActionResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ConfigurationManagerActionResult>
for AnyDeviceActionResult {
    #[inline]
    fn from(v: crate::beta::ConfigurationManagerActionResult) -> Self {
        Self::ConfigurationManagerActionResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeleteUserFromSharedAppleDeviceActionResult>
for AnyDeviceActionResult {
    #[inline]
    fn from(v: crate::beta::DeleteUserFromSharedAppleDeviceActionResult) -> Self {
        Self::DeleteUserFromSharedAppleDeviceActionResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::LocateDeviceActionResult>
for AnyDeviceActionResult {
    #[inline]
    fn from(v: crate::beta::LocateDeviceActionResult) -> Self {
        Self::LocateDeviceActionResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RemoteLockActionResult>
for AnyDeviceActionResult {
    #[inline]
    fn from(v: crate::beta::RemoteLockActionResult) -> Self {
        Self::RemoteLockActionResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ResetPasscodeActionResult>
for AnyDeviceActionResult {
    #[inline]
    fn from(v: crate::beta::ResetPasscodeActionResult) -> Self {
        Self::ResetPasscodeActionResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RevokeAppleVppLicensesActionResult>
for AnyDeviceActionResult {
    #[inline]
    fn from(v: crate::beta::RevokeAppleVppLicensesActionResult) -> Self {
        Self::RevokeAppleVppLicensesActionResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RotateBitLockerKeysDeviceActionResult>
for AnyDeviceActionResult {
    #[inline]
    fn from(v: crate::beta::RotateBitLockerKeysDeviceActionResult) -> Self {
        Self::RotateBitLockerKeysDeviceActionResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsDefenderScanActionResult>
for AnyDeviceActionResult {
    #[inline]
    fn from(v: crate::beta::WindowsDefenderScanActionResult) -> Self {
        Self::WindowsDefenderScanActionResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Send for AnyDeviceActionResult {}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Sync for AnyDeviceActionResult {}
#[cfg(msgraph_beta_core)]
impl ::std::marker::Unpin for AnyDeviceActionResult {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::UnwindSafe for AnyDeviceActionResult {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::RefUnwindSafe for AnyDeviceActionResult {}
#[cfg(msgraph_beta_core)]
const _: () = {
    rt::object::auto_traits::<crate::beta::DeviceActionResult>();
    rt::object::auto_traits::<crate::beta::ActivateDeviceEsimActionResult>();
    rt::object::auto_traits::<crate::beta::ConfigurationManagerActionResult>();
    rt::object::auto_traits::<
        crate::beta::DeleteUserFromSharedAppleDeviceActionResult,
    >();
    rt::object::auto_traits::<crate::beta::LocateDeviceActionResult>();
    rt::object::auto_traits::<crate::beta::RemoteLockActionResult>();
    rt::object::auto_traits::<crate::beta::ResetPasscodeActionResult>();
    rt::object::auto_traits::<crate::beta::RevokeAppleVppLicensesActionResult>();
    rt::object::auto_traits::<crate::beta::RotateBitLockerKeysDeviceActionResult>();
    rt::object::auto_traits::<crate::beta::WindowsDefenderScanActionResult>();
};
#[cfg(msgraph_beta_core)]
impl rt::Poly for AnyDeviceActionResult {
    const BASE_NAME: &'static str = "microsoft.graph.deviceActionResult";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.activateDeviceEsimActionResult",
            ) => Self::ActivateDeviceEsimActionResult(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.configurationManagerActionResult",
            ) => Self::ConfigurationManagerActionResult(rt::object::new_boxed()),
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
                "microsoft.graph.revokeAppleVppLicensesActionResult",
            ) => Self::RevokeAppleVppLicensesActionResult(rt::object::new_boxed()),
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
            Self::ActivateDeviceEsimActionResult(v) => &**v,
            Self::ConfigurationManagerActionResult(v) => &**v,
            Self::DeleteUserFromSharedAppleDeviceActionResult(v) => &**v,
            Self::LocateDeviceActionResult(v) => &**v,
            Self::RemoteLockActionResult(v) => &**v,
            Self::ResetPasscodeActionResult(v) => &**v,
            Self::RevokeAppleVppLicensesActionResult(v) => &**v,
            Self::RotateBitLockerKeysDeviceActionResult(v) => &**v,
            Self::WindowsDefenderScanActionResult(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceActionResult(v) => &mut **v,
            Self::ActivateDeviceEsimActionResult(v) => &mut **v,
            Self::ConfigurationManagerActionResult(v) => &mut **v,
            Self::DeleteUserFromSharedAppleDeviceActionResult(v) => &mut **v,
            Self::LocateDeviceActionResult(v) => &mut **v,
            Self::RemoteLockActionResult(v) => &mut **v,
            Self::ResetPasscodeActionResult(v) => &mut **v,
            Self::RevokeAppleVppLicensesActionResult(v) => &mut **v,
            Self::RotateBitLockerKeysDeviceActionResult(v) => &mut **v,
            Self::WindowsDefenderScanActionResult(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core)]
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
            Self::ActivateDeviceEsimActionResult(v) => &v.action_name,
            Self::ConfigurationManagerActionResult(v) => &v.action_name,
            Self::DeleteUserFromSharedAppleDeviceActionResult(v) => &v.action_name,
            Self::LocateDeviceActionResult(v) => &v.action_name,
            Self::RemoteLockActionResult(v) => &v.action_name,
            Self::ResetPasscodeActionResult(v) => &v.action_name,
            Self::RevokeAppleVppLicensesActionResult(v) => &v.action_name,
            Self::RotateBitLockerKeysDeviceActionResult(v) => &v.action_name,
            Self::WindowsDefenderScanActionResult(v) => &v.action_name,
        }
    }
    /// `actionName` of any variant.
    #[inline]
    pub fn action_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceActionResult(v) => &mut v.action_name,
            Self::ActivateDeviceEsimActionResult(v) => &mut v.action_name,
            Self::ConfigurationManagerActionResult(v) => &mut v.action_name,
            Self::DeleteUserFromSharedAppleDeviceActionResult(v) => &mut v.action_name,
            Self::LocateDeviceActionResult(v) => &mut v.action_name,
            Self::RemoteLockActionResult(v) => &mut v.action_name,
            Self::ResetPasscodeActionResult(v) => &mut v.action_name,
            Self::RevokeAppleVppLicensesActionResult(v) => &mut v.action_name,
            Self::RotateBitLockerKeysDeviceActionResult(v) => &mut v.action_name,
            Self::WindowsDefenderScanActionResult(v) => &mut v.action_name,
        }
    }
    /// `actionState` of any variant.
    #[inline]
    pub fn action_state(&self) -> &rt::Field<crate::beta::ActionState> {
        match self {
            Self::DeviceActionResult(v) => &v.action_state,
            Self::ActivateDeviceEsimActionResult(v) => &v.action_state,
            Self::ConfigurationManagerActionResult(v) => &v.action_state,
            Self::DeleteUserFromSharedAppleDeviceActionResult(v) => &v.action_state,
            Self::LocateDeviceActionResult(v) => &v.action_state,
            Self::RemoteLockActionResult(v) => &v.action_state,
            Self::ResetPasscodeActionResult(v) => &v.action_state,
            Self::RevokeAppleVppLicensesActionResult(v) => &v.action_state,
            Self::RotateBitLockerKeysDeviceActionResult(v) => &v.action_state,
            Self::WindowsDefenderScanActionResult(v) => &v.action_state,
        }
    }
    /// `actionState` of any variant.
    #[inline]
    pub fn action_state_mut(&mut self) -> &mut rt::Field<crate::beta::ActionState> {
        match self {
            Self::DeviceActionResult(v) => &mut v.action_state,
            Self::ActivateDeviceEsimActionResult(v) => &mut v.action_state,
            Self::ConfigurationManagerActionResult(v) => &mut v.action_state,
            Self::DeleteUserFromSharedAppleDeviceActionResult(v) => &mut v.action_state,
            Self::LocateDeviceActionResult(v) => &mut v.action_state,
            Self::RemoteLockActionResult(v) => &mut v.action_state,
            Self::ResetPasscodeActionResult(v) => &mut v.action_state,
            Self::RevokeAppleVppLicensesActionResult(v) => &mut v.action_state,
            Self::RotateBitLockerKeysDeviceActionResult(v) => &mut v.action_state,
            Self::WindowsDefenderScanActionResult(v) => &mut v.action_state,
        }
    }
    /// `lastUpdatedDateTime` of any variant.
    #[inline]
    pub fn last_updated_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceActionResult(v) => &v.last_updated_date_time,
            Self::ActivateDeviceEsimActionResult(v) => &v.last_updated_date_time,
            Self::ConfigurationManagerActionResult(v) => &v.last_updated_date_time,
            Self::DeleteUserFromSharedAppleDeviceActionResult(v) => {
                &v.last_updated_date_time
            }
            Self::LocateDeviceActionResult(v) => &v.last_updated_date_time,
            Self::RemoteLockActionResult(v) => &v.last_updated_date_time,
            Self::ResetPasscodeActionResult(v) => &v.last_updated_date_time,
            Self::RevokeAppleVppLicensesActionResult(v) => &v.last_updated_date_time,
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
            Self::ActivateDeviceEsimActionResult(v) => &mut v.last_updated_date_time,
            Self::ConfigurationManagerActionResult(v) => &mut v.last_updated_date_time,
            Self::DeleteUserFromSharedAppleDeviceActionResult(v) => {
                &mut v.last_updated_date_time
            }
            Self::LocateDeviceActionResult(v) => &mut v.last_updated_date_time,
            Self::RemoteLockActionResult(v) => &mut v.last_updated_date_time,
            Self::ResetPasscodeActionResult(v) => &mut v.last_updated_date_time,
            Self::RevokeAppleVppLicensesActionResult(v) => &mut v.last_updated_date_time,
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
            Self::ActivateDeviceEsimActionResult(v) => &v.start_date_time,
            Self::ConfigurationManagerActionResult(v) => &v.start_date_time,
            Self::DeleteUserFromSharedAppleDeviceActionResult(v) => &v.start_date_time,
            Self::LocateDeviceActionResult(v) => &v.start_date_time,
            Self::RemoteLockActionResult(v) => &v.start_date_time,
            Self::ResetPasscodeActionResult(v) => &v.start_date_time,
            Self::RevokeAppleVppLicensesActionResult(v) => &v.start_date_time,
            Self::RotateBitLockerKeysDeviceActionResult(v) => &v.start_date_time,
            Self::WindowsDefenderScanActionResult(v) => &v.start_date_time,
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceActionResult(v) => &mut v.start_date_time,
            Self::ActivateDeviceEsimActionResult(v) => &mut v.start_date_time,
            Self::ConfigurationManagerActionResult(v) => &mut v.start_date_time,
            Self::DeleteUserFromSharedAppleDeviceActionResult(v) => {
                &mut v.start_date_time
            }
            Self::LocateDeviceActionResult(v) => &mut v.start_date_time,
            Self::RemoteLockActionResult(v) => &mut v.start_date_time,
            Self::ResetPasscodeActionResult(v) => &mut v.start_date_time,
            Self::RevokeAppleVppLicensesActionResult(v) => &mut v.start_date_time,
            Self::RotateBitLockerKeysDeviceActionResult(v) => &mut v.start_date_time,
            Self::WindowsDefenderScanActionResult(v) => &mut v.start_date_time,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_poly!(AnyDeviceActionResult);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceActionResult);
#[cfg(msgraph_beta_device_management_or_search)]
/// Scheduled Action Configuration
///
/// CSDL: `microsoft.graph.deviceComplianceActionItem`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceComplianceActionItem {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// What action to take
    ///
    /// CSDL: property `actionType`: `microsoft.graph.deviceComplianceActionType`, not nullable.
    pub action_type: rt::Field<crate::beta::DeviceComplianceActionType>,
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
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceComplianceActionItem);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceComplianceActionItem { with_id id : ::std::string::String; with_action_type
    action_type : crate ::beta::DeviceComplianceActionType; with_grace_period_hours
    grace_period_hours : i32; with_notification_message_cc_list
    notification_message_cc_list : ::std::vec::Vec < ::std::string::String >;
    with_notification_template_id notification_template_id : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceComplianceActionItem);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceComplianceActionType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceComplianceActionType {
    /// `noAction` (value 0).
    NoAction,
    /// `notification` (value 1).
    Notification,
    /// `block` (value 2).
    Block,
    /// `retire` (value 3).
    Retire,
    /// `wipe` (value 4).
    Wipe,
    /// `removeResourceAccessProfiles` (value 5).
    RemoveResourceAccessProfiles,
    /// `pushNotification` (value 9).
    PushNotification,
    /// `remoteLock` (value 10).
    RemoteLock,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
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
        "remoteLock",
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
                "remoteLock" => Self::RemoteLock,
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
            Self::RemoteLock => "remoteLock",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceComplianceActionType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceComplianceActionType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceComplianceDeviceOverview`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceComplianceDeviceOverview {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Version of the policy for that overview
    ///
    /// CSDL: property `configurationVersion`: `Edm.Int32`, not nullable.
    pub configuration_version: rt::Field<i32>,
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
    /// Last update time
    ///
    /// CSDL: property `lastUpdateDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_update_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Number of not applicable devices
    ///
    /// CSDL: property `notApplicableCount`: `Edm.Int32`, not nullable.
    pub not_applicable_count: rt::Field<i32>,
    /// Number of not applicable devices due to mismatch platform and policy
    ///
    /// CSDL: property `notApplicablePlatformCount`: `Edm.Int32`, not nullable.
    pub not_applicable_platform_count: rt::Field<i32>,
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceComplianceDeviceOverview {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            configuration_version: rt::Field::Absent,
            conflict_count: rt::Field::Absent,
            error_count: rt::Field::Absent,
            failed_count: rt::Field::Absent,
            last_update_date_time: rt::Field::Absent,
            not_applicable_count: rt::Field::Absent,
            not_applicable_platform_count: rt::Field::Absent,
            pending_count: rt::Field::Absent,
            success_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceComplianceDeviceOverview {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceComplianceDeviceOverview";
    const KEYS: &'static [&'static str] = &[
        "id",
        "configurationVersion",
        "conflictCount",
        "errorCount",
        "failedCount",
        "lastUpdateDateTime",
        "notApplicableCount",
        "notApplicablePlatformCount",
        "pendingCount",
        "successCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"configurationVersion\":         ",
        ",\"conflictCount\":                ",
        ",\"errorCount\":                   ",
        ",\"failedCount\":                  ",
        ",\"lastUpdateDateTime\":           ",
        ",\"notApplicableCount\":           ",
        ",\"notApplicablePlatformCount\":   ",
        ",\"pendingCount\":                 ",
        ",\"successCount\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceComplianceDeviceOverview\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "configuration_version", &self.configuration_version);
        v.field(2usize, "conflict_count", &self.conflict_count);
        v.field(3usize, "error_count", &self.error_count);
        v.field(4usize, "failed_count", &self.failed_count);
        v.field(5usize, "last_update_date_time", &self.last_update_date_time);
        v.field(6usize, "not_applicable_count", &self.not_applicable_count);
        v.field(
            7usize,
            "not_applicable_platform_count",
            &self.not_applicable_platform_count,
        );
        v.field(8usize, "pending_count", &self.pending_count);
        v.field(9usize, "success_count", &self.success_count);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceComplianceDeviceOverview {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.configuration_version.read_from(r),
            2usize => self.conflict_count.read_from(r),
            3usize => self.error_count.read_from(r),
            4usize => self.failed_count.read_from(r),
            5usize => self.last_update_date_time.read_from(r),
            6usize => self.not_applicable_count.read_from(r),
            7usize => self.not_applicable_platform_count.read_from(r),
            8usize => self.pending_count.read_from(r),
            9usize => self.success_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.configuration_version);
        w.field(2usize, &self.conflict_count);
        w.field(3usize, &self.error_count);
        w.field(4usize, &self.failed_count);
        w.field(5usize, &self.last_update_date_time);
        w.field(6usize, &self.not_applicable_count);
        w.field(7usize, &self.not_applicable_platform_count);
        w.field(8usize, &self.pending_count);
        w.field(9usize, &self.success_count);
    }
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
rt::impl_object!(DeviceComplianceDeviceOverview);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceComplianceDeviceOverview { with_id id : ::std::string::String;
    with_configuration_version configuration_version : i32; with_conflict_count
    conflict_count : i32; with_error_count error_count : i32; with_failed_count
    failed_count : i32; with_last_update_date_time last_update_date_time :
    rt::edm::DateTimeOffset; with_not_applicable_count not_applicable_count : i32;
    with_not_applicable_platform_count not_applicable_platform_count : i32;
    with_pending_count pending_count : i32; with_success_count success_count : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceComplianceDeviceOverview);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceComplianceDeviceStatus`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
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
    /// Platform of the device that is being reported
    ///
    /// CSDL: property `platform`: `Edm.Int32`, not nullable.
    pub platform: rt::Field<i32>,
    /// Compliance status of the policy report.
    ///
    /// CSDL: property `status`: `microsoft.graph.complianceStatus`, not nullable.
    pub status: rt::Field<crate::beta::ComplianceStatus>,
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceComplianceDeviceStatus {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            compliance_grace_period_expiration_date_time: rt::Field::Absent,
            device_display_name: rt::Field::Absent,
            device_model: rt::Field::Absent,
            last_reported_date_time: rt::Field::Absent,
            platform: rt::Field::Absent,
            status: rt::Field::Absent,
            user_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceComplianceDeviceStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceComplianceDeviceStatus";
    const KEYS: &'static [&'static str] = &[
        "id",
        "complianceGracePeriodExpirationDateTime",
        "deviceDisplayName",
        "deviceModel",
        "lastReportedDateTime",
        "platform",
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
        ",\"platform\":                     ",
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
        v.field(5usize, "platform", &self.platform);
        v.field(6usize, "status", &self.status);
        v.field(7usize, "user_name", &self.user_name);
        v.field(8usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceComplianceDeviceStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.compliance_grace_period_expiration_date_time.read_from(r),
            2usize => self.device_display_name.read_from(r),
            3usize => self.device_model.read_from(r),
            4usize => self.last_reported_date_time.read_from(r),
            5usize => self.platform.read_from(r),
            6usize => self.status.read_from(r),
            7usize => self.user_name.read_from(r),
            8usize => self.user_principal_name.read_from(r),
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
        w.field(5usize, &self.platform);
        w.field(6usize, &self.status);
        w.field(7usize, &self.user_name);
        w.field(8usize, &self.user_principal_name);
    }
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
rt::impl_object!(DeviceComplianceDeviceStatus);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceComplianceDeviceStatus { with_id id : ::std::string::String;
    with_compliance_grace_period_expiration_date_time
    compliance_grace_period_expiration_date_time : rt::edm::DateTimeOffset;
    with_device_display_name device_display_name : ::std::string::String;
    with_device_model device_model : ::std::string::String; with_last_reported_date_time
    last_reported_date_time : rt::edm::DateTimeOffset; with_platform platform : i32;
    with_status status : crate ::beta::ComplianceStatus; with_user_name user_name :
    ::std::string::String; with_user_principal_name user_principal_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceComplianceDeviceStatus);
#[cfg(msgraph_beta_device_management_or_search)]
/// This is the base class for Compliance policy. Compliance policies are platform specific and individual per-platform compliance policies inherit from here.
///
/// CSDL: `microsoft.graph.deviceCompliancePolicy`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`DeviceCompliancePolicyPath`](requests/trait.DeviceCompliancePolicyPath.html), what a path to one (`EntityPath<AnyDeviceCompliancePolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
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
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The collection of assignments for this compliance policy.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceCompliancePolicyAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceCompliancePolicyAssignment>,
    >,
    /// Compliance Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::beta::SettingStateDeviceSummary>,
    >,
    /// List of DeviceComplianceDeviceStatus.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceComplianceDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceComplianceDeviceStatus>,
    >,
    /// Device compliance devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceComplianceDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<crate::beta::DeviceComplianceDeviceOverview>,
    /// The list of scheduled action for this rule
    ///
    /// CSDL: containment navigation property `scheduledActionsForRule`: `Collection(microsoft.graph.deviceComplianceScheduledActionForRule)`, not nullable.
    pub scheduled_actions_for_rule: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceComplianceScheduledActionForRule>,
    >,
    /// List of DeviceComplianceUserStatus.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceComplianceUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceComplianceUserStatus>,
    >,
    /// Device compliance users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceComplianceUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::beta::DeviceComplianceUserOverview>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceCompliancePolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceCompliancePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceCompliancePolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
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
        ",\"roleScopeTagIds\":              ",
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
        v.field(5usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(6usize, "version", &self.version);
        v.field(7usize, "assignments", &self.assignments);
        v.field(
            8usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(9usize, "device_statuses", &self.device_statuses);
        v.field(10usize, "device_status_overview", &self.device_status_overview);
        v.field(11usize, "scheduled_actions_for_rule", &self.scheduled_actions_for_rule);
        v.field(12usize, "user_statuses", &self.user_statuses);
        v.field(13usize, "user_status_overview", &self.user_status_overview);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceCompliancePolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.role_scope_tag_ids.read_from(r),
            6usize => self.version.read_from(r),
            7usize => self.assignments.read_from(r),
            8usize => self.device_setting_state_summaries.read_from(r),
            9usize => self.device_statuses.read_from(r),
            10usize => self.device_status_overview.read_from(r),
            11usize => self.scheduled_actions_for_rule.read_from(r),
            12usize => self.user_statuses.read_from(r),
            13usize => self.user_status_overview.read_from(r),
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
        w.field(5usize, &self.role_scope_tag_ids);
        w.field(6usize, &self.version);
        w.field(7usize, &self.assignments);
        w.field(8usize, &self.device_setting_state_summaries);
        w.field(9usize, &self.device_statuses);
        w.field(10usize, &self.device_status_overview);
        w.field(11usize, &self.scheduled_actions_for_rule);
        w.field(12usize, &self.user_statuses);
        w.field(13usize, &self.user_status_overview);
    }
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
rt::impl_object!(DeviceCompliancePolicy);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceCompliancePolicy { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec < ::std::string::String
    >; with_version version : i32; with_assignments assignments : ::std::vec::Vec < crate
    ::beta::DeviceCompliancePolicyAssignment >; with_device_setting_state_summaries
    device_setting_state_summaries : ::std::vec::Vec < crate
    ::beta::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::beta::DeviceComplianceDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::beta::DeviceComplianceDeviceOverview; with_scheduled_actions_for_rule
    scheduled_actions_for_rule : ::std::vec::Vec < crate
    ::beta::DeviceComplianceScheduledActionForRule >; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::beta::DeviceComplianceUserStatus >;
    with_user_status_overview user_status_overview : crate
    ::beta::DeviceComplianceUserOverview; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceCompliancePolicy);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.deviceCompliancePolicy` or any type derived from it, selected by `@odata.type` (13 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceCompliancePolicy {
    DeviceCompliancePolicy(::std::boxed::Box<crate::beta::DeviceCompliancePolicy>),
    AndroidCompliancePolicy(::std::boxed::Box<crate::beta::AndroidCompliancePolicy>),
    AndroidDeviceOwnerCompliancePolicy(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerCompliancePolicy>,
    ),
    AndroidForWorkCompliancePolicy(
        ::std::boxed::Box<crate::beta::AndroidForWorkCompliancePolicy>,
    ),
    AndroidWorkProfileCompliancePolicy(
        ::std::boxed::Box<crate::beta::AndroidWorkProfileCompliancePolicy>,
    ),
    AospDeviceOwnerCompliancePolicy(
        ::std::boxed::Box<crate::beta::AospDeviceOwnerCompliancePolicy>,
    ),
    DefaultDeviceCompliancePolicy(
        ::std::boxed::Box<crate::beta::DefaultDeviceCompliancePolicy>,
    ),
    IosCompliancePolicy(::std::boxed::Box<crate::beta::IosCompliancePolicy>),
    MacOsCompliancePolicy(::std::boxed::Box<crate::beta::MacOsCompliancePolicy>),
    Windows10CompliancePolicy(::std::boxed::Box<crate::beta::Windows10CompliancePolicy>),
    Windows10MobileCompliancePolicy(
        ::std::boxed::Box<crate::beta::Windows10MobileCompliancePolicy>,
    ),
    Windows81CompliancePolicy(::std::boxed::Box<crate::beta::Windows81CompliancePolicy>),
    WindowsPhone81CompliancePolicy(
        ::std::boxed::Box<crate::beta::WindowsPhone81CompliancePolicy>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyDeviceCompliancePolicy {
    #[inline]
    fn default() -> Self {
        Self::DeviceCompliancePolicy(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceCompliancePolicy>
for AnyDeviceCompliancePolicy {
    #[inline]
    fn from(v: crate::beta::DeviceCompliancePolicy) -> Self {
        Self::DeviceCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidCompliancePolicy>
for AnyDeviceCompliancePolicy {
    #[inline]
    fn from(v: crate::beta::AndroidCompliancePolicy) -> Self {
        Self::AndroidCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerCompliancePolicy>
for AnyDeviceCompliancePolicy {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerCompliancePolicy) -> Self {
        Self::AndroidDeviceOwnerCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkCompliancePolicy>
for AnyDeviceCompliancePolicy {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkCompliancePolicy) -> Self {
        Self::AndroidForWorkCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWorkProfileCompliancePolicy>
for AnyDeviceCompliancePolicy {
    #[inline]
    fn from(v: crate::beta::AndroidWorkProfileCompliancePolicy) -> Self {
        Self::AndroidWorkProfileCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AospDeviceOwnerCompliancePolicy>
for AnyDeviceCompliancePolicy {
    #[inline]
    fn from(v: crate::beta::AospDeviceOwnerCompliancePolicy) -> Self {
        Self::AospDeviceOwnerCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DefaultDeviceCompliancePolicy>
for AnyDeviceCompliancePolicy {
    #[inline]
    fn from(v: crate::beta::DefaultDeviceCompliancePolicy) -> Self {
        Self::DefaultDeviceCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosCompliancePolicy>
for AnyDeviceCompliancePolicy {
    #[inline]
    fn from(v: crate::beta::IosCompliancePolicy) -> Self {
        Self::IosCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsCompliancePolicy>
for AnyDeviceCompliancePolicy {
    #[inline]
    fn from(v: crate::beta::MacOsCompliancePolicy) -> Self {
        Self::MacOsCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10CompliancePolicy>
for AnyDeviceCompliancePolicy {
    #[inline]
    fn from(v: crate::beta::Windows10CompliancePolicy) -> Self {
        Self::Windows10CompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10MobileCompliancePolicy>
for AnyDeviceCompliancePolicy {
    #[inline]
    fn from(v: crate::beta::Windows10MobileCompliancePolicy) -> Self {
        Self::Windows10MobileCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows81CompliancePolicy>
for AnyDeviceCompliancePolicy {
    #[inline]
    fn from(v: crate::beta::Windows81CompliancePolicy) -> Self {
        Self::Windows81CompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhone81CompliancePolicy>
for AnyDeviceCompliancePolicy {
    #[inline]
    fn from(v: crate::beta::WindowsPhone81CompliancePolicy) -> Self {
        Self::WindowsPhone81CompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyDeviceCompliancePolicy {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyDeviceCompliancePolicy {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyDeviceCompliancePolicy {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyDeviceCompliancePolicy {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyDeviceCompliancePolicy {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::DeviceCompliancePolicy>();
    rt::object::auto_traits::<crate::beta::AndroidCompliancePolicy>();
    rt::object::auto_traits::<crate::beta::AndroidDeviceOwnerCompliancePolicy>();
    rt::object::auto_traits::<crate::beta::AndroidForWorkCompliancePolicy>();
    rt::object::auto_traits::<crate::beta::AndroidWorkProfileCompliancePolicy>();
    rt::object::auto_traits::<crate::beta::AospDeviceOwnerCompliancePolicy>();
    rt::object::auto_traits::<crate::beta::DefaultDeviceCompliancePolicy>();
    rt::object::auto_traits::<crate::beta::IosCompliancePolicy>();
    rt::object::auto_traits::<crate::beta::MacOsCompliancePolicy>();
    rt::object::auto_traits::<crate::beta::Windows10CompliancePolicy>();
    rt::object::auto_traits::<crate::beta::Windows10MobileCompliancePolicy>();
    rt::object::auto_traits::<crate::beta::Windows81CompliancePolicy>();
    rt::object::auto_traits::<crate::beta::WindowsPhone81CompliancePolicy>();
};
#[cfg(msgraph_beta_device_management_or_search)]
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
                "microsoft.graph.androidDeviceOwnerCompliancePolicy",
            ) => Self::AndroidDeviceOwnerCompliancePolicy(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkCompliancePolicy",
            ) => Self::AndroidForWorkCompliancePolicy(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileCompliancePolicy",
            ) => Self::AndroidWorkProfileCompliancePolicy(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.aospDeviceOwnerCompliancePolicy",
            ) => Self::AospDeviceOwnerCompliancePolicy(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.defaultDeviceCompliancePolicy",
            ) => Self::DefaultDeviceCompliancePolicy(rt::object::new_boxed()),
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
            Self::AndroidDeviceOwnerCompliancePolicy(v) => &**v,
            Self::AndroidForWorkCompliancePolicy(v) => &**v,
            Self::AndroidWorkProfileCompliancePolicy(v) => &**v,
            Self::AospDeviceOwnerCompliancePolicy(v) => &**v,
            Self::DefaultDeviceCompliancePolicy(v) => &**v,
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
            Self::AndroidDeviceOwnerCompliancePolicy(v) => &mut **v,
            Self::AndroidForWorkCompliancePolicy(v) => &mut **v,
            Self::AndroidWorkProfileCompliancePolicy(v) => &mut **v,
            Self::AospDeviceOwnerCompliancePolicy(v) => &mut **v,
            Self::DefaultDeviceCompliancePolicy(v) => &mut **v,
            Self::IosCompliancePolicy(v) => &mut **v,
            Self::MacOsCompliancePolicy(v) => &mut **v,
            Self::Windows10CompliancePolicy(v) => &mut **v,
            Self::Windows10MobileCompliancePolicy(v) => &mut **v,
            Self::Windows81CompliancePolicy(v) => &mut **v,
            Self::WindowsPhone81CompliancePolicy(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
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
            Self::AndroidDeviceOwnerCompliancePolicy(v) => &v.id,
            Self::AndroidForWorkCompliancePolicy(v) => &v.id,
            Self::AndroidWorkProfileCompliancePolicy(v) => &v.id,
            Self::AospDeviceOwnerCompliancePolicy(v) => &v.id,
            Self::DefaultDeviceCompliancePolicy(v) => &v.id,
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
            Self::AndroidDeviceOwnerCompliancePolicy(v) => &mut v.id,
            Self::AndroidForWorkCompliancePolicy(v) => &mut v.id,
            Self::AndroidWorkProfileCompliancePolicy(v) => &mut v.id,
            Self::AospDeviceOwnerCompliancePolicy(v) => &mut v.id,
            Self::DefaultDeviceCompliancePolicy(v) => &mut v.id,
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
            Self::AndroidDeviceOwnerCompliancePolicy(v) => &v.created_date_time,
            Self::AndroidForWorkCompliancePolicy(v) => &v.created_date_time,
            Self::AndroidWorkProfileCompliancePolicy(v) => &v.created_date_time,
            Self::AospDeviceOwnerCompliancePolicy(v) => &v.created_date_time,
            Self::DefaultDeviceCompliancePolicy(v) => &v.created_date_time,
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
            Self::AndroidDeviceOwnerCompliancePolicy(v) => &mut v.created_date_time,
            Self::AndroidForWorkCompliancePolicy(v) => &mut v.created_date_time,
            Self::AndroidWorkProfileCompliancePolicy(v) => &mut v.created_date_time,
            Self::AospDeviceOwnerCompliancePolicy(v) => &mut v.created_date_time,
            Self::DefaultDeviceCompliancePolicy(v) => &mut v.created_date_time,
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
            Self::AndroidDeviceOwnerCompliancePolicy(v) => &v.description,
            Self::AndroidForWorkCompliancePolicy(v) => &v.description,
            Self::AndroidWorkProfileCompliancePolicy(v) => &v.description,
            Self::AospDeviceOwnerCompliancePolicy(v) => &v.description,
            Self::DefaultDeviceCompliancePolicy(v) => &v.description,
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
            Self::AndroidDeviceOwnerCompliancePolicy(v) => &mut v.description,
            Self::AndroidForWorkCompliancePolicy(v) => &mut v.description,
            Self::AndroidWorkProfileCompliancePolicy(v) => &mut v.description,
            Self::AospDeviceOwnerCompliancePolicy(v) => &mut v.description,
            Self::DefaultDeviceCompliancePolicy(v) => &mut v.description,
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
            Self::AndroidDeviceOwnerCompliancePolicy(v) => &v.display_name,
            Self::AndroidForWorkCompliancePolicy(v) => &v.display_name,
            Self::AndroidWorkProfileCompliancePolicy(v) => &v.display_name,
            Self::AospDeviceOwnerCompliancePolicy(v) => &v.display_name,
            Self::DefaultDeviceCompliancePolicy(v) => &v.display_name,
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
            Self::AndroidDeviceOwnerCompliancePolicy(v) => &mut v.display_name,
            Self::AndroidForWorkCompliancePolicy(v) => &mut v.display_name,
            Self::AndroidWorkProfileCompliancePolicy(v) => &mut v.display_name,
            Self::AospDeviceOwnerCompliancePolicy(v) => &mut v.display_name,
            Self::DefaultDeviceCompliancePolicy(v) => &mut v.display_name,
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
            Self::AndroidDeviceOwnerCompliancePolicy(v) => &v.last_modified_date_time,
            Self::AndroidForWorkCompliancePolicy(v) => &v.last_modified_date_time,
            Self::AndroidWorkProfileCompliancePolicy(v) => &v.last_modified_date_time,
            Self::AospDeviceOwnerCompliancePolicy(v) => &v.last_modified_date_time,
            Self::DefaultDeviceCompliancePolicy(v) => &v.last_modified_date_time,
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
            Self::AndroidDeviceOwnerCompliancePolicy(v) => &mut v.last_modified_date_time,
            Self::AndroidForWorkCompliancePolicy(v) => &mut v.last_modified_date_time,
            Self::AndroidWorkProfileCompliancePolicy(v) => &mut v.last_modified_date_time,
            Self::AospDeviceOwnerCompliancePolicy(v) => &mut v.last_modified_date_time,
            Self::DefaultDeviceCompliancePolicy(v) => &mut v.last_modified_date_time,
            Self::IosCompliancePolicy(v) => &mut v.last_modified_date_time,
            Self::MacOsCompliancePolicy(v) => &mut v.last_modified_date_time,
            Self::Windows10CompliancePolicy(v) => &mut v.last_modified_date_time,
            Self::Windows10MobileCompliancePolicy(v) => &mut v.last_modified_date_time,
            Self::Windows81CompliancePolicy(v) => &mut v.last_modified_date_time,
            Self::WindowsPhone81CompliancePolicy(v) => &mut v.last_modified_date_time,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::DeviceCompliancePolicy(v) => &v.role_scope_tag_ids,
            Self::AndroidCompliancePolicy(v) => &v.role_scope_tag_ids,
            Self::AndroidDeviceOwnerCompliancePolicy(v) => &v.role_scope_tag_ids,
            Self::AndroidForWorkCompliancePolicy(v) => &v.role_scope_tag_ids,
            Self::AndroidWorkProfileCompliancePolicy(v) => &v.role_scope_tag_ids,
            Self::AospDeviceOwnerCompliancePolicy(v) => &v.role_scope_tag_ids,
            Self::DefaultDeviceCompliancePolicy(v) => &v.role_scope_tag_ids,
            Self::IosCompliancePolicy(v) => &v.role_scope_tag_ids,
            Self::MacOsCompliancePolicy(v) => &v.role_scope_tag_ids,
            Self::Windows10CompliancePolicy(v) => &v.role_scope_tag_ids,
            Self::Windows10MobileCompliancePolicy(v) => &v.role_scope_tag_ids,
            Self::Windows81CompliancePolicy(v) => &v.role_scope_tag_ids,
            Self::WindowsPhone81CompliancePolicy(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::DeviceCompliancePolicy(v) => &mut v.role_scope_tag_ids,
            Self::AndroidCompliancePolicy(v) => &mut v.role_scope_tag_ids,
            Self::AndroidDeviceOwnerCompliancePolicy(v) => &mut v.role_scope_tag_ids,
            Self::AndroidForWorkCompliancePolicy(v) => &mut v.role_scope_tag_ids,
            Self::AndroidWorkProfileCompliancePolicy(v) => &mut v.role_scope_tag_ids,
            Self::AospDeviceOwnerCompliancePolicy(v) => &mut v.role_scope_tag_ids,
            Self::DefaultDeviceCompliancePolicy(v) => &mut v.role_scope_tag_ids,
            Self::IosCompliancePolicy(v) => &mut v.role_scope_tag_ids,
            Self::MacOsCompliancePolicy(v) => &mut v.role_scope_tag_ids,
            Self::Windows10CompliancePolicy(v) => &mut v.role_scope_tag_ids,
            Self::Windows10MobileCompliancePolicy(v) => &mut v.role_scope_tag_ids,
            Self::Windows81CompliancePolicy(v) => &mut v.role_scope_tag_ids,
            Self::WindowsPhone81CompliancePolicy(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::DeviceCompliancePolicy(v) => &v.version,
            Self::AndroidCompliancePolicy(v) => &v.version,
            Self::AndroidDeviceOwnerCompliancePolicy(v) => &v.version,
            Self::AndroidForWorkCompliancePolicy(v) => &v.version,
            Self::AndroidWorkProfileCompliancePolicy(v) => &v.version,
            Self::AospDeviceOwnerCompliancePolicy(v) => &v.version,
            Self::DefaultDeviceCompliancePolicy(v) => &v.version,
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
            Self::AndroidDeviceOwnerCompliancePolicy(v) => &mut v.version,
            Self::AndroidForWorkCompliancePolicy(v) => &mut v.version,
            Self::AndroidWorkProfileCompliancePolicy(v) => &mut v.version,
            Self::AospDeviceOwnerCompliancePolicy(v) => &mut v.version,
            Self::DefaultDeviceCompliancePolicy(v) => &mut v.version,
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
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceCompliancePolicyAssignment>> {
        match self {
            Self::DeviceCompliancePolicy(v) => &v.assignments,
            Self::AndroidCompliancePolicy(v) => &v.assignments,
            Self::AndroidDeviceOwnerCompliancePolicy(v) => &v.assignments,
            Self::AndroidForWorkCompliancePolicy(v) => &v.assignments,
            Self::AndroidWorkProfileCompliancePolicy(v) => &v.assignments,
            Self::AospDeviceOwnerCompliancePolicy(v) => &v.assignments,
            Self::DefaultDeviceCompliancePolicy(v) => &v.assignments,
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
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceCompliancePolicyAssignment>> {
        match self {
            Self::DeviceCompliancePolicy(v) => &mut v.assignments,
            Self::AndroidCompliancePolicy(v) => &mut v.assignments,
            Self::AndroidDeviceOwnerCompliancePolicy(v) => &mut v.assignments,
            Self::AndroidForWorkCompliancePolicy(v) => &mut v.assignments,
            Self::AndroidWorkProfileCompliancePolicy(v) => &mut v.assignments,
            Self::AospDeviceOwnerCompliancePolicy(v) => &mut v.assignments,
            Self::DefaultDeviceCompliancePolicy(v) => &mut v.assignments,
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
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::DeviceCompliancePolicy(v) => &v.device_setting_state_summaries,
            Self::AndroidCompliancePolicy(v) => &v.device_setting_state_summaries,
            Self::AndroidDeviceOwnerCompliancePolicy(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidForWorkCompliancePolicy(v) => &v.device_setting_state_summaries,
            Self::AndroidWorkProfileCompliancePolicy(v) => {
                &v.device_setting_state_summaries
            }
            Self::AospDeviceOwnerCompliancePolicy(v) => &v.device_setting_state_summaries,
            Self::DefaultDeviceCompliancePolicy(v) => &v.device_setting_state_summaries,
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
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::DeviceCompliancePolicy(v) => &mut v.device_setting_state_summaries,
            Self::AndroidCompliancePolicy(v) => &mut v.device_setting_state_summaries,
            Self::AndroidDeviceOwnerCompliancePolicy(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidForWorkCompliancePolicy(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidWorkProfileCompliancePolicy(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AospDeviceOwnerCompliancePolicy(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::DefaultDeviceCompliancePolicy(v) => {
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
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceComplianceDeviceStatus>> {
        match self {
            Self::DeviceCompliancePolicy(v) => &v.device_statuses,
            Self::AndroidCompliancePolicy(v) => &v.device_statuses,
            Self::AndroidDeviceOwnerCompliancePolicy(v) => &v.device_statuses,
            Self::AndroidForWorkCompliancePolicy(v) => &v.device_statuses,
            Self::AndroidWorkProfileCompliancePolicy(v) => &v.device_statuses,
            Self::AospDeviceOwnerCompliancePolicy(v) => &v.device_statuses,
            Self::DefaultDeviceCompliancePolicy(v) => &v.device_statuses,
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
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceComplianceDeviceStatus>> {
        match self {
            Self::DeviceCompliancePolicy(v) => &mut v.device_statuses,
            Self::AndroidCompliancePolicy(v) => &mut v.device_statuses,
            Self::AndroidDeviceOwnerCompliancePolicy(v) => &mut v.device_statuses,
            Self::AndroidForWorkCompliancePolicy(v) => &mut v.device_statuses,
            Self::AndroidWorkProfileCompliancePolicy(v) => &mut v.device_statuses,
            Self::AospDeviceOwnerCompliancePolicy(v) => &mut v.device_statuses,
            Self::DefaultDeviceCompliancePolicy(v) => &mut v.device_statuses,
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
    ) -> &rt::Field<crate::beta::DeviceComplianceDeviceOverview> {
        match self {
            Self::DeviceCompliancePolicy(v) => &v.device_status_overview,
            Self::AndroidCompliancePolicy(v) => &v.device_status_overview,
            Self::AndroidDeviceOwnerCompliancePolicy(v) => &v.device_status_overview,
            Self::AndroidForWorkCompliancePolicy(v) => &v.device_status_overview,
            Self::AndroidWorkProfileCompliancePolicy(v) => &v.device_status_overview,
            Self::AospDeviceOwnerCompliancePolicy(v) => &v.device_status_overview,
            Self::DefaultDeviceCompliancePolicy(v) => &v.device_status_overview,
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
    ) -> &mut rt::Field<crate::beta::DeviceComplianceDeviceOverview> {
        match self {
            Self::DeviceCompliancePolicy(v) => &mut v.device_status_overview,
            Self::AndroidCompliancePolicy(v) => &mut v.device_status_overview,
            Self::AndroidDeviceOwnerCompliancePolicy(v) => &mut v.device_status_overview,
            Self::AndroidForWorkCompliancePolicy(v) => &mut v.device_status_overview,
            Self::AndroidWorkProfileCompliancePolicy(v) => &mut v.device_status_overview,
            Self::AospDeviceOwnerCompliancePolicy(v) => &mut v.device_status_overview,
            Self::DefaultDeviceCompliancePolicy(v) => &mut v.device_status_overview,
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
    ) -> &rt::Field<
        ::std::vec::Vec<crate::beta::DeviceComplianceScheduledActionForRule>,
    > {
        match self {
            Self::DeviceCompliancePolicy(v) => &v.scheduled_actions_for_rule,
            Self::AndroidCompliancePolicy(v) => &v.scheduled_actions_for_rule,
            Self::AndroidDeviceOwnerCompliancePolicy(v) => &v.scheduled_actions_for_rule,
            Self::AndroidForWorkCompliancePolicy(v) => &v.scheduled_actions_for_rule,
            Self::AndroidWorkProfileCompliancePolicy(v) => &v.scheduled_actions_for_rule,
            Self::AospDeviceOwnerCompliancePolicy(v) => &v.scheduled_actions_for_rule,
            Self::DefaultDeviceCompliancePolicy(v) => &v.scheduled_actions_for_rule,
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
        ::std::vec::Vec<crate::beta::DeviceComplianceScheduledActionForRule>,
    > {
        match self {
            Self::DeviceCompliancePolicy(v) => &mut v.scheduled_actions_for_rule,
            Self::AndroidCompliancePolicy(v) => &mut v.scheduled_actions_for_rule,
            Self::AndroidDeviceOwnerCompliancePolicy(v) => {
                &mut v.scheduled_actions_for_rule
            }
            Self::AndroidForWorkCompliancePolicy(v) => &mut v.scheduled_actions_for_rule,
            Self::AndroidWorkProfileCompliancePolicy(v) => {
                &mut v.scheduled_actions_for_rule
            }
            Self::AospDeviceOwnerCompliancePolicy(v) => &mut v.scheduled_actions_for_rule,
            Self::DefaultDeviceCompliancePolicy(v) => &mut v.scheduled_actions_for_rule,
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
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceComplianceUserStatus>> {
        match self {
            Self::DeviceCompliancePolicy(v) => &v.user_statuses,
            Self::AndroidCompliancePolicy(v) => &v.user_statuses,
            Self::AndroidDeviceOwnerCompliancePolicy(v) => &v.user_statuses,
            Self::AndroidForWorkCompliancePolicy(v) => &v.user_statuses,
            Self::AndroidWorkProfileCompliancePolicy(v) => &v.user_statuses,
            Self::AospDeviceOwnerCompliancePolicy(v) => &v.user_statuses,
            Self::DefaultDeviceCompliancePolicy(v) => &v.user_statuses,
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
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceComplianceUserStatus>> {
        match self {
            Self::DeviceCompliancePolicy(v) => &mut v.user_statuses,
            Self::AndroidCompliancePolicy(v) => &mut v.user_statuses,
            Self::AndroidDeviceOwnerCompliancePolicy(v) => &mut v.user_statuses,
            Self::AndroidForWorkCompliancePolicy(v) => &mut v.user_statuses,
            Self::AndroidWorkProfileCompliancePolicy(v) => &mut v.user_statuses,
            Self::AospDeviceOwnerCompliancePolicy(v) => &mut v.user_statuses,
            Self::DefaultDeviceCompliancePolicy(v) => &mut v.user_statuses,
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
    ) -> &rt::Field<crate::beta::DeviceComplianceUserOverview> {
        match self {
            Self::DeviceCompliancePolicy(v) => &v.user_status_overview,
            Self::AndroidCompliancePolicy(v) => &v.user_status_overview,
            Self::AndroidDeviceOwnerCompliancePolicy(v) => &v.user_status_overview,
            Self::AndroidForWorkCompliancePolicy(v) => &v.user_status_overview,
            Self::AndroidWorkProfileCompliancePolicy(v) => &v.user_status_overview,
            Self::AospDeviceOwnerCompliancePolicy(v) => &v.user_status_overview,
            Self::DefaultDeviceCompliancePolicy(v) => &v.user_status_overview,
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
    ) -> &mut rt::Field<crate::beta::DeviceComplianceUserOverview> {
        match self {
            Self::DeviceCompliancePolicy(v) => &mut v.user_status_overview,
            Self::AndroidCompliancePolicy(v) => &mut v.user_status_overview,
            Self::AndroidDeviceOwnerCompliancePolicy(v) => &mut v.user_status_overview,
            Self::AndroidForWorkCompliancePolicy(v) => &mut v.user_status_overview,
            Self::AndroidWorkProfileCompliancePolicy(v) => &mut v.user_status_overview,
            Self::AospDeviceOwnerCompliancePolicy(v) => &mut v.user_status_overview,
            Self::DefaultDeviceCompliancePolicy(v) => &mut v.user_status_overview,
            Self::IosCompliancePolicy(v) => &mut v.user_status_overview,
            Self::MacOsCompliancePolicy(v) => &mut v.user_status_overview,
            Self::Windows10CompliancePolicy(v) => &mut v.user_status_overview,
            Self::Windows10MobileCompliancePolicy(v) => &mut v.user_status_overview,
            Self::Windows81CompliancePolicy(v) => &mut v.user_status_overview,
            Self::WindowsPhone81CompliancePolicy(v) => &mut v.user_status_overview,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyDeviceCompliancePolicy);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceCompliancePolicy);
#[cfg(msgraph_beta_device_management_or_search)]
/// Device compliance policy assignment.
///
/// CSDL: `microsoft.graph.deviceCompliancePolicyAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceCompliancePolicyAssignmentPath`](requests/trait.DeviceCompliancePolicyAssignmentPath.html), what a path to one (`EntityPath<DeviceCompliancePolicyAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceCompliancePolicyAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The assignment source for the device compliance policy, direct or parcel/policySet.
    ///
    /// CSDL: property `source`: `microsoft.graph.deviceAndAppManagementAssignmentSource`, not nullable.
    pub source: rt::Field<crate::beta::DeviceAndAppManagementAssignmentSource>,
    /// The identifier of the source of the assignment.
    ///
    /// CSDL: property `sourceId`: `Edm.String`, nullable.
    pub source_id: rt::Field<::std::string::String>,
    /// Target for the compliance policy assignment.
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::beta::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceCompliancePolicyAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            source: rt::Field::Absent,
            source_id: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceCompliancePolicyAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceCompliancePolicyAssignment";
    const KEYS: &'static [&'static str] = &["id", "source", "sourceId", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"source\":                       ",
        ",\"sourceId\":                     ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceCompliancePolicyAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "source", &self.source);
        v.field(2usize, "source_id", &self.source_id);
        v.field(3usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceCompliancePolicyAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.source.read_from(r),
            2usize => self.source_id.read_from(r),
            3usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.source);
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
rt::impl_object!(DeviceCompliancePolicyAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceCompliancePolicyAssignment { with_id id : ::std::string::String; with_source
    source : crate ::beta::DeviceAndAppManagementAssignmentSource; with_source_id
    source_id : ::std::string::String; with_target target : crate
    ::beta::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceCompliancePolicyAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceCompliancePolicyDeviceStateSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
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
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceCompliancePolicyDeviceStateSummary);
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceCompliancePolicyDeviceStateSummary);
#[cfg(msgraph_beta_search)]
/// Device compliance policy group assignment.
///
/// CSDL: `microsoft.graph.deviceCompliancePolicyGroupAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceCompliancePolicyGroupAssignmentPath`](requests/trait.DeviceCompliancePolicyGroupAssignmentPath.html), what a path to one (`EntityPath<DeviceCompliancePolicyGroupAssignment, C>`) dereferences to.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct DeviceCompliancePolicyGroupAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Indicates if this group is should be excluded. Defaults that the group should be included
    ///
    /// CSDL: property `excludeGroup`: `Edm.Boolean`, not nullable.
    pub exclude_group: rt::Field<bool>,
    /// The Id of the AAD group we are targeting the device compliance policy to.
    ///
    /// CSDL: property `targetGroupId`: `Edm.String`, nullable.
    pub target_group_id: rt::Field<::std::string::String>,
    /// The navigation link to the  device compliance polic targeted.
    ///
    /// CSDL: navigation property `deviceCompliancePolicy`: `microsoft.graph.deviceCompliancePolicy`, nullable.
    pub device_compliance_policy: rt::Field<crate::beta::AnyDeviceCompliancePolicy>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for DeviceCompliancePolicyGroupAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            exclude_group: rt::Field::Absent,
            target_group_id: rt::Field::Absent,
            device_compliance_policy: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for DeviceCompliancePolicyGroupAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceCompliancePolicyGroupAssignment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "excludeGroup",
        "targetGroupId",
        "deviceCompliancePolicy",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"excludeGroup\":                 ",
        ",\"targetGroupId\":                ",
        ",\"deviceCompliancePolicy\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceCompliancePolicyGroupAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "exclude_group", &self.exclude_group);
        v.field(2usize, "target_group_id", &self.target_group_id);
        v.field(3usize, "device_compliance_policy", &self.device_compliance_policy);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for DeviceCompliancePolicyGroupAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.exclude_group.read_from(r),
            2usize => self.target_group_id.read_from(r),
            3usize => self.device_compliance_policy.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.exclude_group);
        w.field(2usize, &self.target_group_id);
        w.field(3usize, &self.device_compliance_policy);
    }
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
rt::impl_object!(DeviceCompliancePolicyGroupAssignment);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    DeviceCompliancePolicyGroupAssignment { with_id id : ::std::string::String;
    with_exclude_group exclude_group : bool; with_target_group_id target_group_id :
    ::std::string::String; with_device_compliance_policy device_compliance_policy : crate
    ::beta::AnyDeviceCompliancePolicy; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceCompliancePolicyGroupAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceCompliancePolicyScript`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceCompliancePolicyScript {
    /// Device compliance script Id.
    ///
    /// CSDL: property `deviceComplianceScriptId`: `Edm.String`, nullable.
    pub device_compliance_script_id: rt::Field<::std::string::String>,
    /// Json of the rules.
    ///
    /// CSDL: property `rulesContent`: `Edm.Binary`, nullable.
    pub rules_content: rt::Field<rt::edm::Binary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceCompliancePolicyScript {
    #[inline]
    fn default() -> Self {
        Self {
            device_compliance_script_id: rt::Field::Absent,
            rules_content: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceCompliancePolicyScript {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceCompliancePolicyScript";
    const KEYS: &'static [&'static str] = &["deviceComplianceScriptId", "rulesContent"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceComplianceScriptId\":     ",
        ",\"rulesContent\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceCompliancePolicyScript\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "device_compliance_script_id",
            &self.device_compliance_script_id,
        );
        v.field(1usize, "rules_content", &self.rules_content);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceCompliancePolicyScript {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_compliance_script_id.read_from(r),
            1usize => self.rules_content.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_compliance_script_id);
        w.field(1usize, &self.rules_content);
    }
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
rt::impl_object!(DeviceCompliancePolicyScript);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceCompliancePolicyScript { with_device_compliance_script_id
    device_compliance_script_id : ::std::string::String; with_rules_content rules_content
    : rt::edm::Binary; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceCompliancePolicyScript);
#[cfg(msgraph_beta_device_management_or_search)]
/// Scheduled Action for Rule
///
/// CSDL: `microsoft.graph.deviceComplianceScheduledActionForRule`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceComplianceScheduledActionForRulePath`](requests/trait.DeviceComplianceScheduledActionForRulePath.html), what a path to one (`EntityPath<DeviceComplianceScheduledActionForRule, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceComplianceScheduledActionForRule {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Name of the rule which this scheduled action applies to.
    ///
    /// CSDL: property `ruleName`: `Edm.String`, nullable.
    pub rule_name: rt::Field<::std::string::String>,
    /// The list of scheduled action configurations for this compliance policy.
    ///
    /// CSDL: containment navigation property `scheduledActionConfigurations`: `Collection(microsoft.graph.deviceComplianceActionItem)`, not nullable.
    pub scheduled_action_configurations: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceComplianceActionItem>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceComplianceScheduledActionForRule);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceComplianceScheduledActionForRule { with_id id : ::std::string::String;
    with_rule_name rule_name : ::std::string::String;
    with_scheduled_action_configurations scheduled_action_configurations :
    ::std::vec::Vec < crate ::beta::DeviceComplianceActionItem >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceComplianceScheduledActionForRule);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceComplianceScriptError`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceComplianceScriptError {
    /// Error code.
    ///
    /// CSDL: property `code`: `microsoft.graph.code`, not nullable.
    pub code: rt::Field<crate::beta::Code>,
    /// Error code.
    ///
    /// CSDL: property `deviceComplianceScriptRulesValidationError`: `microsoft.graph.deviceComplianceScriptRulesValidationError`, not nullable.
    pub device_compliance_script_rules_validation_error: rt::Field<
        crate::beta::DeviceComplianceScriptRulesValidationError,
    >,
    /// Error message.
    ///
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceComplianceScriptError {
    #[inline]
    fn default() -> Self {
        Self {
            code: rt::Field::Absent,
            device_compliance_script_rules_validation_error: rt::Field::Absent,
            message: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceComplianceScriptError {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceComplianceScriptError";
    const KEYS: &'static [&'static str] = &[
        "code",
        "deviceComplianceScriptRulesValidationError",
        "message",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"code\":                         ",
        ",\"deviceComplianceScriptRulesValidationError\":",
        ",\"message\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceComplianceScriptError\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "code", &self.code);
        v.field(
            1usize,
            "device_compliance_script_rules_validation_error",
            &self.device_compliance_script_rules_validation_error,
        );
        v.field(2usize, "message", &self.message);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceComplianceScriptError {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.code.read_from(r),
            1usize => self.device_compliance_script_rules_validation_error.read_from(r),
            2usize => self.message.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.code);
        w.field(1usize, &self.device_compliance_script_rules_validation_error);
        w.field(2usize, &self.message);
    }
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
rt::impl_object!(DeviceComplianceScriptError);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceComplianceScriptError { with_code code : crate ::beta::Code;
    with_device_compliance_script_rules_validation_error
    device_compliance_script_rules_validation_error : crate
    ::beta::DeviceComplianceScriptRulesValidationError; with_message message :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceComplianceScriptError);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.deviceComplianceScriptError` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceComplianceScriptError {
    DeviceComplianceScriptError(
        ::std::boxed::Box<crate::beta::DeviceComplianceScriptError>,
    ),
    DeviceComplianceScriptRuleError(
        ::std::boxed::Box<crate::beta::DeviceComplianceScriptRuleError>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyDeviceComplianceScriptError {
    #[inline]
    fn default() -> Self {
        Self::DeviceComplianceScriptError(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceComplianceScriptError>
for AnyDeviceComplianceScriptError {
    #[inline]
    fn from(v: crate::beta::DeviceComplianceScriptError) -> Self {
        Self::DeviceComplianceScriptError(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceComplianceScriptRuleError>
for AnyDeviceComplianceScriptError {
    #[inline]
    fn from(v: crate::beta::DeviceComplianceScriptRuleError) -> Self {
        Self::DeviceComplianceScriptRuleError(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyDeviceComplianceScriptError {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyDeviceComplianceScriptError {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyDeviceComplianceScriptError {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyDeviceComplianceScriptError {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyDeviceComplianceScriptError {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::DeviceComplianceScriptError>();
    rt::object::auto_traits::<crate::beta::DeviceComplianceScriptRuleError>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyDeviceComplianceScriptError {
    const BASE_NAME: &'static str = "microsoft.graph.deviceComplianceScriptError";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.deviceComplianceScriptRuleError",
            ) => Self::DeviceComplianceScriptRuleError(rt::object::new_boxed()),
            _ => Self::DeviceComplianceScriptError(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeviceComplianceScriptError(v) => &**v,
            Self::DeviceComplianceScriptRuleError(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceComplianceScriptError(v) => &mut **v,
            Self::DeviceComplianceScriptRuleError(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyDeviceComplianceScriptError {
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
    /// `code` of any variant.
    #[inline]
    pub fn code(&self) -> &rt::Field<crate::beta::Code> {
        match self {
            Self::DeviceComplianceScriptError(v) => &v.code,
            Self::DeviceComplianceScriptRuleError(v) => &v.code,
        }
    }
    /// `code` of any variant.
    #[inline]
    pub fn code_mut(&mut self) -> &mut rt::Field<crate::beta::Code> {
        match self {
            Self::DeviceComplianceScriptError(v) => &mut v.code,
            Self::DeviceComplianceScriptRuleError(v) => &mut v.code,
        }
    }
    /// `deviceComplianceScriptRulesValidationError` of any variant.
    #[inline]
    pub fn device_compliance_script_rules_validation_error(
        &self,
    ) -> &rt::Field<crate::beta::DeviceComplianceScriptRulesValidationError> {
        match self {
            Self::DeviceComplianceScriptError(v) => {
                &v.device_compliance_script_rules_validation_error
            }
            Self::DeviceComplianceScriptRuleError(v) => {
                &v.device_compliance_script_rules_validation_error
            }
        }
    }
    /// `deviceComplianceScriptRulesValidationError` of any variant.
    #[inline]
    pub fn device_compliance_script_rules_validation_error_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceComplianceScriptRulesValidationError> {
        match self {
            Self::DeviceComplianceScriptError(v) => {
                &mut v.device_compliance_script_rules_validation_error
            }
            Self::DeviceComplianceScriptRuleError(v) => {
                &mut v.device_compliance_script_rules_validation_error
            }
        }
    }
    /// `message` of any variant.
    #[inline]
    pub fn message(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceComplianceScriptError(v) => &v.message,
            Self::DeviceComplianceScriptRuleError(v) => &v.message,
        }
    }
    /// `message` of any variant.
    #[inline]
    pub fn message_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceComplianceScriptError(v) => &mut v.message,
            Self::DeviceComplianceScriptRuleError(v) => &mut v.message,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyDeviceComplianceScriptError);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceComplianceScriptError);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceComplianceScriptRulOperator`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceComplianceScriptRulOperator {
    /// `none` (value 0).
    None,
    /// `and` (value 1).
    And,
    /// `or` (value 2).
    Or,
    /// `isEquals` (value 3).
    IsEquals,
    /// `notEquals` (value 4).
    NotEquals,
    /// `greaterThan` (value 5).
    GreaterThan,
    /// `lessThan` (value 6).
    LessThan,
    /// `between` (value 7).
    Between,
    /// `notBetween` (value 8).
    NotBetween,
    /// `greaterEquals` (value 9).
    GreaterEquals,
    /// `lessEquals` (value 10).
    LessEquals,
    /// `dayTimeBetween` (value 11).
    DayTimeBetween,
    /// `beginsWith` (value 12).
    BeginsWith,
    /// `notBeginsWith` (value 13).
    NotBeginsWith,
    /// `endsWith` (value 14).
    EndsWith,
    /// `notEndsWith` (value 15).
    NotEndsWith,
    /// `contains` (value 16).
    Contains,
    /// `notContains` (value 17).
    NotContains,
    /// `allOf` (value 18).
    AllOf,
    /// `oneOf` (value 19).
    OneOf,
    /// `noneOf` (value 20).
    NoneOf,
    /// `setEquals` (value 21).
    SetEquals,
    /// `orderedSetEquals` (value 22).
    OrderedSetEquals,
    /// `subsetOf` (value 23).
    SubsetOf,
    /// `excludesAll` (value 24).
    ExcludesAll,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceComplianceScriptRulOperator {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceComplianceScriptRulOperator";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "and",
        "or",
        "isEquals",
        "notEquals",
        "greaterThan",
        "lessThan",
        "between",
        "notBetween",
        "greaterEquals",
        "lessEquals",
        "dayTimeBetween",
        "beginsWith",
        "notBeginsWith",
        "endsWith",
        "notEndsWith",
        "contains",
        "notContains",
        "allOf",
        "oneOf",
        "noneOf",
        "setEquals",
        "orderedSetEquals",
        "subsetOf",
        "excludesAll",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "and" => Self::And,
                "or" => Self::Or,
                "isEquals" => Self::IsEquals,
                "notEquals" => Self::NotEquals,
                "greaterThan" => Self::GreaterThan,
                "lessThan" => Self::LessThan,
                "between" => Self::Between,
                "notBetween" => Self::NotBetween,
                "greaterEquals" => Self::GreaterEquals,
                "lessEquals" => Self::LessEquals,
                "dayTimeBetween" => Self::DayTimeBetween,
                "beginsWith" => Self::BeginsWith,
                "notBeginsWith" => Self::NotBeginsWith,
                "endsWith" => Self::EndsWith,
                "notEndsWith" => Self::NotEndsWith,
                "contains" => Self::Contains,
                "notContains" => Self::NotContains,
                "allOf" => Self::AllOf,
                "oneOf" => Self::OneOf,
                "noneOf" => Self::NoneOf,
                "setEquals" => Self::SetEquals,
                "orderedSetEquals" => Self::OrderedSetEquals,
                "subsetOf" => Self::SubsetOf,
                "excludesAll" => Self::ExcludesAll,
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
            Self::And => "and",
            Self::Or => "or",
            Self::IsEquals => "isEquals",
            Self::NotEquals => "notEquals",
            Self::GreaterThan => "greaterThan",
            Self::LessThan => "lessThan",
            Self::Between => "between",
            Self::NotBetween => "notBetween",
            Self::GreaterEquals => "greaterEquals",
            Self::LessEquals => "lessEquals",
            Self::DayTimeBetween => "dayTimeBetween",
            Self::BeginsWith => "beginsWith",
            Self::NotBeginsWith => "notBeginsWith",
            Self::EndsWith => "endsWith",
            Self::NotEndsWith => "notEndsWith",
            Self::Contains => "contains",
            Self::NotContains => "notContains",
            Self::AllOf => "allOf",
            Self::OneOf => "oneOf",
            Self::NoneOf => "noneOf",
            Self::SetEquals => "setEquals",
            Self::OrderedSetEquals => "orderedSetEquals",
            Self::SubsetOf => "subsetOf",
            Self::ExcludesAll => "excludesAll",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceComplianceScriptRulOperator);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceComplianceScriptRulOperator);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceComplianceScriptRule`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceComplianceScriptRule {
    /// Data type specified in the rule.
    ///
    /// CSDL: property `dataType`: `microsoft.graph.dataType`, not nullable.
    pub data_type: rt::Field<crate::beta::DataType>,
    /// Data type specified in the rule.
    ///
    /// CSDL: property `deviceComplianceScriptRuleDataType`: `microsoft.graph.deviceComplianceScriptRuleDataType`, not nullable.
    pub device_compliance_script_rule_data_type: rt::Field<
        crate::beta::DeviceComplianceScriptRuleDataType,
    >,
    /// Operator specified in the rule.
    ///
    /// CSDL: property `deviceComplianceScriptRulOperator`: `microsoft.graph.deviceComplianceScriptRulOperator`, not nullable.
    pub device_compliance_script_rul_operator: rt::Field<
        crate::beta::DeviceComplianceScriptRulOperator,
    >,
    /// Operand specified in the rule.
    ///
    /// CSDL: property `operand`: `Edm.String`, nullable.
    pub operand: rt::Field<::std::string::String>,
    /// Operator specified in the rule.
    ///
    /// CSDL: property `operator`: `microsoft.graph.operator`, not nullable.
    pub operator: rt::Field<crate::beta::Operator>,
    /// Setting name specified in the rule.
    ///
    /// CSDL: property `settingName`: `Edm.String`, nullable.
    pub setting_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceComplianceScriptRule {
    #[inline]
    fn default() -> Self {
        Self {
            data_type: rt::Field::Absent,
            device_compliance_script_rule_data_type: rt::Field::Absent,
            device_compliance_script_rul_operator: rt::Field::Absent,
            operand: rt::Field::Absent,
            operator: rt::Field::Absent,
            setting_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceComplianceScriptRule {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceComplianceScriptRule";
    const KEYS: &'static [&'static str] = &[
        "dataType",
        "deviceComplianceScriptRuleDataType",
        "deviceComplianceScriptRulOperator",
        "operand",
        "operator",
        "settingName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"dataType\":                     ",
        ",\"deviceComplianceScriptRuleDataType\":",
        ",\"deviceComplianceScriptRulOperator\":",
        ",\"operand\":                      ",
        ",\"operator\":                     ",
        ",\"settingName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceComplianceScriptRule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "data_type", &self.data_type);
        v.field(
            1usize,
            "device_compliance_script_rule_data_type",
            &self.device_compliance_script_rule_data_type,
        );
        v.field(
            2usize,
            "device_compliance_script_rul_operator",
            &self.device_compliance_script_rul_operator,
        );
        v.field(3usize, "operand", &self.operand);
        v.field(4usize, "operator", &self.operator);
        v.field(5usize, "setting_name", &self.setting_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceComplianceScriptRule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.data_type.read_from(r),
            1usize => self.device_compliance_script_rule_data_type.read_from(r),
            2usize => self.device_compliance_script_rul_operator.read_from(r),
            3usize => self.operand.read_from(r),
            4usize => self.operator.read_from(r),
            5usize => self.setting_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.data_type);
        w.field(1usize, &self.device_compliance_script_rule_data_type);
        w.field(2usize, &self.device_compliance_script_rul_operator);
        w.field(3usize, &self.operand);
        w.field(4usize, &self.operator);
        w.field(5usize, &self.setting_name);
    }
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
rt::impl_object!(DeviceComplianceScriptRule);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceComplianceScriptRule { with_data_type data_type : crate ::beta::DataType;
    with_device_compliance_script_rule_data_type device_compliance_script_rule_data_type
    : crate ::beta::DeviceComplianceScriptRuleDataType;
    with_device_compliance_script_rul_operator device_compliance_script_rul_operator :
    crate ::beta::DeviceComplianceScriptRulOperator; with_operand operand :
    ::std::string::String; with_operator operator : crate ::beta::Operator;
    with_setting_name setting_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceComplianceScriptRule);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceComplianceScriptRuleDataType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceComplianceScriptRuleDataType {
    /// `none` (value 0).
    None,
    /// `boolean` (value 1).
    Boolean,
    /// `int64` (value 2).
    Int64,
    /// `double` (value 3).
    Double,
    /// `string` (value 4).
    String,
    /// `dateTime` (value 5).
    DateTime,
    /// `version` (value 6).
    Version,
    /// `base64` (value 7).
    Base64,
    /// `xml` (value 8).
    Xml,
    /// `booleanArray` (value 9).
    BooleanArray,
    /// `int64Array` (value 10).
    Int64Array,
    /// `doubleArray` (value 11).
    DoubleArray,
    /// `stringArray` (value 12).
    StringArray,
    /// `dateTimeArray` (value 13).
    DateTimeArray,
    /// `versionArray` (value 14).
    VersionArray,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceComplianceScriptRuleDataType {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceComplianceScriptRuleDataType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "boolean",
        "int64",
        "double",
        "string",
        "dateTime",
        "version",
        "base64",
        "xml",
        "booleanArray",
        "int64Array",
        "doubleArray",
        "stringArray",
        "dateTimeArray",
        "versionArray",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "boolean" => Self::Boolean,
                "int64" => Self::Int64,
                "double" => Self::Double,
                "string" => Self::String,
                "dateTime" => Self::DateTime,
                "version" => Self::Version,
                "base64" => Self::Base64,
                "xml" => Self::Xml,
                "booleanArray" => Self::BooleanArray,
                "int64Array" => Self::Int64Array,
                "doubleArray" => Self::DoubleArray,
                "stringArray" => Self::StringArray,
                "dateTimeArray" => Self::DateTimeArray,
                "versionArray" => Self::VersionArray,
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
            Self::Boolean => "boolean",
            Self::Int64 => "int64",
            Self::Double => "double",
            Self::String => "string",
            Self::DateTime => "dateTime",
            Self::Version => "version",
            Self::Base64 => "base64",
            Self::Xml => "xml",
            Self::BooleanArray => "booleanArray",
            Self::Int64Array => "int64Array",
            Self::DoubleArray => "doubleArray",
            Self::StringArray => "stringArray",
            Self::DateTimeArray => "dateTimeArray",
            Self::VersionArray => "versionArray",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceComplianceScriptRuleDataType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceComplianceScriptRuleDataType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceComplianceScriptRuleError`, complex type, derived from `microsoft.graph.deviceComplianceScriptError`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceComplianceScriptRuleError {
    /// Error code.
    ///
    /// CSDL: property `code`: `microsoft.graph.code`, not nullable.
    pub code: rt::Field<crate::beta::Code>,
    /// Error code.
    ///
    /// CSDL: property `deviceComplianceScriptRulesValidationError`: `microsoft.graph.deviceComplianceScriptRulesValidationError`, not nullable.
    pub device_compliance_script_rules_validation_error: rt::Field<
        crate::beta::DeviceComplianceScriptRulesValidationError,
    >,
    /// Error message.
    ///
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// Setting name for the rule with error.
    ///
    /// CSDL: property `settingName`: `Edm.String`, nullable.
    pub setting_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceComplianceScriptRuleError {
    #[inline]
    fn default() -> Self {
        Self {
            code: rt::Field::Absent,
            device_compliance_script_rules_validation_error: rt::Field::Absent,
            message: rt::Field::Absent,
            setting_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceComplianceScriptRuleError {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceComplianceScriptRuleError";
    const KEYS: &'static [&'static str] = &[
        "code",
        "deviceComplianceScriptRulesValidationError",
        "message",
        "settingName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"code\":                         ",
        ",\"deviceComplianceScriptRulesValidationError\":",
        ",\"message\":                      ",
        ",\"settingName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceComplianceScriptRuleError\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "code", &self.code);
        v.field(
            1usize,
            "device_compliance_script_rules_validation_error",
            &self.device_compliance_script_rules_validation_error,
        );
        v.field(2usize, "message", &self.message);
        v.field(3usize, "setting_name", &self.setting_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceComplianceScriptRuleError {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.code.read_from(r),
            1usize => self.device_compliance_script_rules_validation_error.read_from(r),
            2usize => self.message.read_from(r),
            3usize => self.setting_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.code);
        w.field(1usize, &self.device_compliance_script_rules_validation_error);
        w.field(2usize, &self.message);
        w.field(3usize, &self.setting_name);
    }
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
rt::impl_object!(DeviceComplianceScriptRuleError);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceComplianceScriptRuleError { with_code code : crate ::beta::Code;
    with_device_compliance_script_rules_validation_error
    device_compliance_script_rules_validation_error : crate
    ::beta::DeviceComplianceScriptRulesValidationError; with_message message :
    ::std::string::String; with_setting_name setting_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceComplianceScriptRuleError);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceComplianceScriptRulesValidationError`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceComplianceScriptRulesValidationError {
    /// `none` (value 0).
    None,
    /// `jsonFileInvalid` (value 1).
    JsonFileInvalid,
    /// `jsonFileMissing` (value 2).
    JsonFileMissing,
    /// `jsonFileTooLarge` (value 3).
    JsonFileTooLarge,
    /// `rulesMissing` (value 4).
    RulesMissing,
    /// `duplicateRules` (value 5).
    DuplicateRules,
    /// `tooManyRulesSpecified` (value 6).
    TooManyRulesSpecified,
    /// `operatorMissing` (value 7).
    OperatorMissing,
    /// `operatorNotSupported` (value 8).
    OperatorNotSupported,
    /// `datatypeMissing` (value 9).
    DatatypeMissing,
    /// `datatypeNotSupported` (value 10).
    DatatypeNotSupported,
    /// `operatorDataTypeCombinationNotSupported` (value 11).
    OperatorDataTypeCombinationNotSupported,
    /// `moreInfoUriMissing` (value 12).
    MoreInfoUriMissing,
    /// `moreInfoUriInvalid` (value 13).
    MoreInfoUriInvalid,
    /// `moreInfoUriTooLarge` (value 14).
    MoreInfoUriTooLarge,
    /// `descriptionMissing` (value 15).
    DescriptionMissing,
    /// `descriptionInvalid` (value 16).
    DescriptionInvalid,
    /// `descriptionTooLarge` (value 17).
    DescriptionTooLarge,
    /// `titleMissing` (value 18).
    TitleMissing,
    /// `titleInvalid` (value 19).
    TitleInvalid,
    /// `titleTooLarge` (value 20).
    TitleTooLarge,
    /// `operandMissing` (value 21).
    OperandMissing,
    /// `operandInvalid` (value 22).
    OperandInvalid,
    /// `operandTooLarge` (value 23).
    OperandTooLarge,
    /// `settingNameMissing` (value 24).
    SettingNameMissing,
    /// `settingNameInvalid` (value 25).
    SettingNameInvalid,
    /// `settingNameTooLarge` (value 26).
    SettingNameTooLarge,
    /// `englishLocaleMissing` (value 27).
    EnglishLocaleMissing,
    /// `duplicateLocales` (value 28).
    DuplicateLocales,
    /// `unrecognizedLocale` (value 29).
    UnrecognizedLocale,
    /// `unknown` (value 30).
    Unknown,
    /// `remediationStringsMissing` (value 31).
    RemediationStringsMissing,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceComplianceScriptRulesValidationError {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceComplianceScriptRulesValidationError";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "jsonFileInvalid",
        "jsonFileMissing",
        "jsonFileTooLarge",
        "rulesMissing",
        "duplicateRules",
        "tooManyRulesSpecified",
        "operatorMissing",
        "operatorNotSupported",
        "datatypeMissing",
        "datatypeNotSupported",
        "operatorDataTypeCombinationNotSupported",
        "moreInfoUriMissing",
        "moreInfoUriInvalid",
        "moreInfoUriTooLarge",
        "descriptionMissing",
        "descriptionInvalid",
        "descriptionTooLarge",
        "titleMissing",
        "titleInvalid",
        "titleTooLarge",
        "operandMissing",
        "operandInvalid",
        "operandTooLarge",
        "settingNameMissing",
        "settingNameInvalid",
        "settingNameTooLarge",
        "englishLocaleMissing",
        "duplicateLocales",
        "unrecognizedLocale",
        "unknown",
        "remediationStringsMissing",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "jsonFileInvalid" => Self::JsonFileInvalid,
                "jsonFileMissing" => Self::JsonFileMissing,
                "jsonFileTooLarge" => Self::JsonFileTooLarge,
                "rulesMissing" => Self::RulesMissing,
                "duplicateRules" => Self::DuplicateRules,
                "tooManyRulesSpecified" => Self::TooManyRulesSpecified,
                "operatorMissing" => Self::OperatorMissing,
                "operatorNotSupported" => Self::OperatorNotSupported,
                "datatypeMissing" => Self::DatatypeMissing,
                "datatypeNotSupported" => Self::DatatypeNotSupported,
                "operatorDataTypeCombinationNotSupported" => {
                    Self::OperatorDataTypeCombinationNotSupported
                }
                "moreInfoUriMissing" => Self::MoreInfoUriMissing,
                "moreInfoUriInvalid" => Self::MoreInfoUriInvalid,
                "moreInfoUriTooLarge" => Self::MoreInfoUriTooLarge,
                "descriptionMissing" => Self::DescriptionMissing,
                "descriptionInvalid" => Self::DescriptionInvalid,
                "descriptionTooLarge" => Self::DescriptionTooLarge,
                "titleMissing" => Self::TitleMissing,
                "titleInvalid" => Self::TitleInvalid,
                "titleTooLarge" => Self::TitleTooLarge,
                "operandMissing" => Self::OperandMissing,
                "operandInvalid" => Self::OperandInvalid,
                "operandTooLarge" => Self::OperandTooLarge,
                "settingNameMissing" => Self::SettingNameMissing,
                "settingNameInvalid" => Self::SettingNameInvalid,
                "settingNameTooLarge" => Self::SettingNameTooLarge,
                "englishLocaleMissing" => Self::EnglishLocaleMissing,
                "duplicateLocales" => Self::DuplicateLocales,
                "unrecognizedLocale" => Self::UnrecognizedLocale,
                "unknown" => Self::Unknown,
                "remediationStringsMissing" => Self::RemediationStringsMissing,
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
            Self::JsonFileInvalid => "jsonFileInvalid",
            Self::JsonFileMissing => "jsonFileMissing",
            Self::JsonFileTooLarge => "jsonFileTooLarge",
            Self::RulesMissing => "rulesMissing",
            Self::DuplicateRules => "duplicateRules",
            Self::TooManyRulesSpecified => "tooManyRulesSpecified",
            Self::OperatorMissing => "operatorMissing",
            Self::OperatorNotSupported => "operatorNotSupported",
            Self::DatatypeMissing => "datatypeMissing",
            Self::DatatypeNotSupported => "datatypeNotSupported",
            Self::OperatorDataTypeCombinationNotSupported => {
                "operatorDataTypeCombinationNotSupported"
            }
            Self::MoreInfoUriMissing => "moreInfoUriMissing",
            Self::MoreInfoUriInvalid => "moreInfoUriInvalid",
            Self::MoreInfoUriTooLarge => "moreInfoUriTooLarge",
            Self::DescriptionMissing => "descriptionMissing",
            Self::DescriptionInvalid => "descriptionInvalid",
            Self::DescriptionTooLarge => "descriptionTooLarge",
            Self::TitleMissing => "titleMissing",
            Self::TitleInvalid => "titleInvalid",
            Self::TitleTooLarge => "titleTooLarge",
            Self::OperandMissing => "operandMissing",
            Self::OperandInvalid => "operandInvalid",
            Self::OperandTooLarge => "operandTooLarge",
            Self::SettingNameMissing => "settingNameMissing",
            Self::SettingNameInvalid => "settingNameInvalid",
            Self::SettingNameTooLarge => "settingNameTooLarge",
            Self::EnglishLocaleMissing => "englishLocaleMissing",
            Self::DuplicateLocales => "duplicateLocales",
            Self::UnrecognizedLocale => "unrecognizedLocale",
            Self::Unknown => "unknown",
            Self::RemediationStringsMissing => "remediationStringsMissing",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceComplianceScriptRulesValidationError);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceComplianceScriptRulesValidationError);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceComplianceScriptValidationResult`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceComplianceScriptValidationResult {
    /// Errors in json for the script for rules.
    ///
    /// CSDL: property `ruleErrors`: `Collection(microsoft.graph.deviceComplianceScriptRuleError)`, nullable.
    pub rule_errors: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceComplianceScriptRuleError>,
    >,
    /// Parsed rules from json.
    ///
    /// CSDL: property `rules`: `Collection(microsoft.graph.deviceComplianceScriptRule)`, nullable.
    pub rules: rt::Field<::std::vec::Vec<crate::beta::DeviceComplianceScriptRule>>,
    /// Errors in json for the script.
    ///
    /// CSDL: property `scriptErrors`: `Collection(microsoft.graph.deviceComplianceScriptError)`, nullable.
    pub script_errors: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceComplianceScriptError>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceComplianceScriptValidationResult {
    #[inline]
    fn default() -> Self {
        Self {
            rule_errors: rt::Field::Absent,
            rules: rt::Field::Absent,
            script_errors: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceComplianceScriptValidationResult {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceComplianceScriptValidationResult";
    const KEYS: &'static [&'static str] = &["ruleErrors", "rules", "scriptErrors"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"ruleErrors\":                   ",
        ",\"rules\":                        ",
        ",\"scriptErrors\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceComplianceScriptValidationResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "rule_errors", &self.rule_errors);
        v.field(1usize, "rules", &self.rules);
        v.field(2usize, "script_errors", &self.script_errors);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceComplianceScriptValidationResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.rule_errors.read_from(r),
            1usize => self.rules.read_from(r),
            2usize => self.script_errors.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.rule_errors);
        w.field(1usize, &self.rules);
        w.field(2usize, &self.script_errors);
    }
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
rt::impl_object!(DeviceComplianceScriptValidationResult);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceComplianceScriptValidationResult { with_rule_errors rule_errors :
    ::std::vec::Vec < crate ::beta::DeviceComplianceScriptRuleError >; with_rules rules :
    ::std::vec::Vec < crate ::beta::DeviceComplianceScriptRule >; with_script_errors
    script_errors : ::std::vec::Vec < crate ::beta::AnyDeviceComplianceScriptError >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceComplianceScriptValidationResult);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceComplianceUserOverview`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceComplianceUserOverview {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Version of the policy for that overview
    ///
    /// CSDL: property `configurationVersion`: `Edm.Int32`, not nullable.
    pub configuration_version: rt::Field<i32>,
    /// Number of users in conflict
    ///
    /// CSDL: property `conflictCount`: `Edm.Int32`, not nullable.
    pub conflict_count: rt::Field<i32>,
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceComplianceUserOverview {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            configuration_version: rt::Field::Absent,
            conflict_count: rt::Field::Absent,
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceComplianceUserOverview {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceComplianceUserOverview";
    const KEYS: &'static [&'static str] = &[
        "id",
        "configurationVersion",
        "conflictCount",
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
        ",\"conflictCount\":                ",
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
        v.field(2usize, "conflict_count", &self.conflict_count);
        v.field(3usize, "error_count", &self.error_count);
        v.field(4usize, "failed_count", &self.failed_count);
        v.field(5usize, "last_update_date_time", &self.last_update_date_time);
        v.field(6usize, "not_applicable_count", &self.not_applicable_count);
        v.field(7usize, "pending_count", &self.pending_count);
        v.field(8usize, "success_count", &self.success_count);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceComplianceUserOverview {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.configuration_version.read_from(r),
            2usize => self.conflict_count.read_from(r),
            3usize => self.error_count.read_from(r),
            4usize => self.failed_count.read_from(r),
            5usize => self.last_update_date_time.read_from(r),
            6usize => self.not_applicable_count.read_from(r),
            7usize => self.pending_count.read_from(r),
            8usize => self.success_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.configuration_version);
        w.field(2usize, &self.conflict_count);
        w.field(3usize, &self.error_count);
        w.field(4usize, &self.failed_count);
        w.field(5usize, &self.last_update_date_time);
        w.field(6usize, &self.not_applicable_count);
        w.field(7usize, &self.pending_count);
        w.field(8usize, &self.success_count);
    }
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
rt::impl_object!(DeviceComplianceUserOverview);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceComplianceUserOverview { with_id id : ::std::string::String;
    with_configuration_version configuration_version : i32; with_conflict_count
    conflict_count : i32; with_error_count error_count : i32; with_failed_count
    failed_count : i32; with_last_update_date_time last_update_date_time :
    rt::edm::DateTimeOffset; with_not_applicable_count not_applicable_count : i32;
    with_pending_count pending_count : i32; with_success_count success_count : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceComplianceUserOverview);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceComplianceUserStatus`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
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
    pub status: rt::Field<crate::beta::ComplianceStatus>,
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
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceComplianceUserStatus);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceComplianceUserStatus { with_id id : ::std::string::String; with_devices_count
    devices_count : i32; with_last_reported_date_time last_reported_date_time :
    rt::edm::DateTimeOffset; with_status status : crate ::beta::ComplianceStatus;
    with_user_display_name user_display_name : ::std::string::String;
    with_user_principal_name user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceComplianceUserStatus);
#[cfg(msgraph_beta_device_management_or_search)]
/// The device configuration assignment entity assigns an AAD group to a specific device configuration.
///
/// CSDL: `microsoft.graph.deviceConfigurationAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceConfigurationAssignmentPath`](requests/trait.DeviceConfigurationAssignmentPath.html), what a path to one (`EntityPath<DeviceConfigurationAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceConfigurationAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The assignment source for the device configuration, direct or parcel/policySet. This property is read-only.
    ///
    /// CSDL: property `source`: `microsoft.graph.deviceAndAppManagementAssignmentSource`, not nullable.
    pub source: rt::Field<crate::beta::DeviceAndAppManagementAssignmentSource>,
    /// The identifier of the source of the assignment. This property is read-only.
    ///
    /// CSDL: property `sourceId`: `Edm.String`, nullable.
    pub source_id: rt::Field<::std::string::String>,
    /// The assignment target for the device configuration.
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::beta::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceConfigurationAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            source: rt::Field::Absent,
            source_id: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceConfigurationAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceConfigurationAssignment";
    const KEYS: &'static [&'static str] = &["id", "source", "sourceId", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"source\":                       ",
        ",\"sourceId\":                     ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceConfigurationAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "source", &self.source);
        v.field(2usize, "source_id", &self.source_id);
        v.field(3usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceConfigurationAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.source.read_from(r),
            2usize => self.source_id.read_from(r),
            3usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.source);
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
rt::impl_object!(DeviceConfigurationAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceConfigurationAssignment { with_id id : ::std::string::String; with_source
    source : crate ::beta::DeviceAndAppManagementAssignmentSource; with_source_id
    source_id : ::std::string::String; with_target target : crate
    ::beta::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceConfigurationAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
/// Conflict summary for a set of device configuration policies.
///
/// CSDL: `microsoft.graph.deviceConfigurationConflictSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceConfigurationConflictSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The set of policies in conflict with the given setting
    ///
    /// CSDL: property `conflictingDeviceConfigurations`: `Collection(microsoft.graph.settingSource)`, nullable.
    pub conflicting_device_configurations: rt::Field<
        ::std::vec::Vec<crate::beta::SettingSource>,
    >,
    /// The set of settings in conflict with the given policies
    ///
    /// CSDL: property `contributingSettings`: `Collection(Edm.String)`, nullable.
    pub contributing_settings: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The count of checkins impacted by the conflicting policies and settings
    ///
    /// CSDL: property `deviceCheckinsImpacted`: `Edm.Int32`, not nullable.
    pub device_checkins_impacted: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceConfigurationConflictSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            conflicting_device_configurations: rt::Field::Absent,
            contributing_settings: rt::Field::Absent,
            device_checkins_impacted: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceConfigurationConflictSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceConfigurationConflictSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "conflictingDeviceConfigurations",
        "contributingSettings",
        "deviceCheckinsImpacted",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"conflictingDeviceConfigurations\":",
        ",\"contributingSettings\":         ",
        ",\"deviceCheckinsImpacted\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceConfigurationConflictSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "conflicting_device_configurations",
            &self.conflicting_device_configurations,
        );
        v.field(2usize, "contributing_settings", &self.contributing_settings);
        v.field(3usize, "device_checkins_impacted", &self.device_checkins_impacted);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceConfigurationConflictSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.conflicting_device_configurations.read_from(r),
            2usize => self.contributing_settings.read_from(r),
            3usize => self.device_checkins_impacted.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.conflicting_device_configurations);
        w.field(2usize, &self.contributing_settings);
        w.field(3usize, &self.device_checkins_impacted);
    }
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
rt::impl_object!(DeviceConfigurationConflictSummary);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceConfigurationConflictSummary { with_id id : ::std::string::String;
    with_conflicting_device_configurations conflicting_device_configurations :
    ::std::vec::Vec < crate ::beta::SettingSource >; with_contributing_settings
    contributing_settings : ::std::vec::Vec < ::std::string::String >;
    with_device_checkins_impacted device_checkins_impacted : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceConfigurationConflictSummary);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceConfigurationDeviceOverview`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceConfigurationDeviceOverview {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Version of the policy for that overview
    ///
    /// CSDL: property `configurationVersion`: `Edm.Int32`, not nullable.
    pub configuration_version: rt::Field<i32>,
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
    /// Last update time
    ///
    /// CSDL: property `lastUpdateDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_update_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Number of not applicable devices
    ///
    /// CSDL: property `notApplicableCount`: `Edm.Int32`, not nullable.
    pub not_applicable_count: rt::Field<i32>,
    /// Number of not applicable devices due to mismatch platform and policy
    ///
    /// CSDL: property `notApplicablePlatformCount`: `Edm.Int32`, not nullable.
    pub not_applicable_platform_count: rt::Field<i32>,
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceConfigurationDeviceOverview {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            configuration_version: rt::Field::Absent,
            conflict_count: rt::Field::Absent,
            error_count: rt::Field::Absent,
            failed_count: rt::Field::Absent,
            last_update_date_time: rt::Field::Absent,
            not_applicable_count: rt::Field::Absent,
            not_applicable_platform_count: rt::Field::Absent,
            pending_count: rt::Field::Absent,
            success_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceConfigurationDeviceOverview {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceConfigurationDeviceOverview";
    const KEYS: &'static [&'static str] = &[
        "id",
        "configurationVersion",
        "conflictCount",
        "errorCount",
        "failedCount",
        "lastUpdateDateTime",
        "notApplicableCount",
        "notApplicablePlatformCount",
        "pendingCount",
        "successCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"configurationVersion\":         ",
        ",\"conflictCount\":                ",
        ",\"errorCount\":                   ",
        ",\"failedCount\":                  ",
        ",\"lastUpdateDateTime\":           ",
        ",\"notApplicableCount\":           ",
        ",\"notApplicablePlatformCount\":   ",
        ",\"pendingCount\":                 ",
        ",\"successCount\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceConfigurationDeviceOverview\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "configuration_version", &self.configuration_version);
        v.field(2usize, "conflict_count", &self.conflict_count);
        v.field(3usize, "error_count", &self.error_count);
        v.field(4usize, "failed_count", &self.failed_count);
        v.field(5usize, "last_update_date_time", &self.last_update_date_time);
        v.field(6usize, "not_applicable_count", &self.not_applicable_count);
        v.field(
            7usize,
            "not_applicable_platform_count",
            &self.not_applicable_platform_count,
        );
        v.field(8usize, "pending_count", &self.pending_count);
        v.field(9usize, "success_count", &self.success_count);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceConfigurationDeviceOverview {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.configuration_version.read_from(r),
            2usize => self.conflict_count.read_from(r),
            3usize => self.error_count.read_from(r),
            4usize => self.failed_count.read_from(r),
            5usize => self.last_update_date_time.read_from(r),
            6usize => self.not_applicable_count.read_from(r),
            7usize => self.not_applicable_platform_count.read_from(r),
            8usize => self.pending_count.read_from(r),
            9usize => self.success_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.configuration_version);
        w.field(2usize, &self.conflict_count);
        w.field(3usize, &self.error_count);
        w.field(4usize, &self.failed_count);
        w.field(5usize, &self.last_update_date_time);
        w.field(6usize, &self.not_applicable_count);
        w.field(7usize, &self.not_applicable_platform_count);
        w.field(8usize, &self.pending_count);
        w.field(9usize, &self.success_count);
    }
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
rt::impl_object!(DeviceConfigurationDeviceOverview);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceConfigurationDeviceOverview { with_id id : ::std::string::String;
    with_configuration_version configuration_version : i32; with_conflict_count
    conflict_count : i32; with_error_count error_count : i32; with_failed_count
    failed_count : i32; with_last_update_date_time last_update_date_time :
    rt::edm::DateTimeOffset; with_not_applicable_count not_applicable_count : i32;
    with_not_applicable_platform_count not_applicable_platform_count : i32;
    with_pending_count pending_count : i32; with_success_count success_count : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceConfigurationDeviceOverview);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceConfigurationDeviceStateSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
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
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceConfigurationDeviceStateSummary);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceConfigurationDeviceStateSummary { with_id id : ::std::string::String;
    with_compliant_device_count compliant_device_count : i32; with_conflict_device_count
    conflict_device_count : i32; with_error_device_count error_device_count : i32;
    with_non_compliant_device_count non_compliant_device_count : i32;
    with_not_applicable_device_count not_applicable_device_count : i32;
    with_remediated_device_count remediated_device_count : i32; with_unknown_device_count
    unknown_device_count : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceConfigurationDeviceStateSummary);
#[cfg(msgraph_beta_core)]
/// Device Configuration Setting State for a given device.
///
/// CSDL: `microsoft.graph.deviceConfigurationSettingState`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceConfigurationSettingState {
    /// Current value of setting on device
    ///
    /// CSDL: property `currentValue`: `Edm.String`, nullable.
    pub current_value: rt::Field<::std::string::String>,
    /// Error code for the setting
    ///
    /// CSDL: property `errorCode`: `Edm.Int64`, not nullable.
    pub error_code: rt::Field<i64>,
    /// Error description
    ///
    /// CSDL: property `errorDescription`: `Edm.String`, nullable.
    pub error_description: rt::Field<::std::string::String>,
    /// Name of setting instance that is being reported.
    ///
    /// CSDL: property `instanceDisplayName`: `Edm.String`, nullable.
    pub instance_display_name: rt::Field<::std::string::String>,
    /// The setting that is being reported
    ///
    /// CSDL: property `setting`: `Edm.String`, nullable.
    pub setting: rt::Field<::std::string::String>,
    /// SettingInstanceId
    ///
    /// CSDL: property `settingInstanceId`: `Edm.String`, nullable.
    pub setting_instance_id: rt::Field<::std::string::String>,
    /// Localized/user friendly setting name that is being reported
    ///
    /// CSDL: property `settingName`: `Edm.String`, nullable.
    pub setting_name: rt::Field<::std::string::String>,
    /// Contributing policies
    ///
    /// CSDL: property `sources`: `Collection(microsoft.graph.settingSource)`, nullable.
    pub sources: rt::Field<::std::vec::Vec<crate::beta::SettingSource>>,
    /// The compliance state of the setting
    ///
    /// CSDL: property `state`: `microsoft.graph.complianceStatus`, not nullable.
    pub state: rt::Field<crate::beta::ComplianceStatus>,
    /// UserEmail
    ///
    /// CSDL: property `userEmail`: `Edm.String`, nullable.
    pub user_email: rt::Field<::std::string::String>,
    /// UserId
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// UserName
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
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DeviceConfigurationSettingState {
    #[inline]
    fn default() -> Self {
        Self {
            current_value: rt::Field::Absent,
            error_code: rt::Field::Absent,
            error_description: rt::Field::Absent,
            instance_display_name: rt::Field::Absent,
            setting: rt::Field::Absent,
            setting_instance_id: rt::Field::Absent,
            setting_name: rt::Field::Absent,
            sources: rt::Field::Absent,
            state: rt::Field::Absent,
            user_email: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DeviceConfigurationSettingState {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceConfigurationSettingState";
    const KEYS: &'static [&'static str] = &[
        "currentValue",
        "errorCode",
        "errorDescription",
        "instanceDisplayName",
        "setting",
        "settingInstanceId",
        "settingName",
        "sources",
        "state",
        "userEmail",
        "userId",
        "userName",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"currentValue\":                 ",
        ",\"errorCode\":                    ",
        ",\"errorDescription\":             ",
        ",\"instanceDisplayName\":          ",
        ",\"setting\":                      ",
        ",\"settingInstanceId\":            ",
        ",\"settingName\":                  ",
        ",\"sources\":                      ",
        ",\"state\":                        ",
        ",\"userEmail\":                    ",
        ",\"userId\":                       ",
        ",\"userName\":                     ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceConfigurationSettingState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "current_value", &self.current_value);
        v.field(1usize, "error_code", &self.error_code);
        v.field(2usize, "error_description", &self.error_description);
        v.field(3usize, "instance_display_name", &self.instance_display_name);
        v.field(4usize, "setting", &self.setting);
        v.field(5usize, "setting_instance_id", &self.setting_instance_id);
        v.field(6usize, "setting_name", &self.setting_name);
        v.field(7usize, "sources", &self.sources);
        v.field(8usize, "state", &self.state);
        v.field(9usize, "user_email", &self.user_email);
        v.field(10usize, "user_id", &self.user_id);
        v.field(11usize, "user_name", &self.user_name);
        v.field(12usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for DeviceConfigurationSettingState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.current_value.read_from(r),
            1usize => self.error_code.read_from(r),
            2usize => self.error_description.read_from(r),
            3usize => self.instance_display_name.read_from(r),
            4usize => self.setting.read_from(r),
            5usize => self.setting_instance_id.read_from(r),
            6usize => self.setting_name.read_from(r),
            7usize => self.sources.read_from(r),
            8usize => self.state.read_from(r),
            9usize => self.user_email.read_from(r),
            10usize => self.user_id.read_from(r),
            11usize => self.user_name.read_from(r),
            12usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.current_value);
        w.field(1usize, &self.error_code);
        w.field(2usize, &self.error_description);
        w.field(3usize, &self.instance_display_name);
        w.field(4usize, &self.setting);
        w.field(5usize, &self.setting_instance_id);
        w.field(6usize, &self.setting_name);
        w.field(7usize, &self.sources);
        w.field(8usize, &self.state);
        w.field(9usize, &self.user_email);
        w.field(10usize, &self.user_id);
        w.field(11usize, &self.user_name);
        w.field(12usize, &self.user_principal_name);
    }
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
rt::impl_object!(DeviceConfigurationSettingState);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DeviceConfigurationSettingState { with_current_value current_value :
    ::std::string::String; with_error_code error_code : i64; with_error_description
    error_description : ::std::string::String; with_instance_display_name
    instance_display_name : ::std::string::String; with_setting setting :
    ::std::string::String; with_setting_instance_id setting_instance_id :
    ::std::string::String; with_setting_name setting_name : ::std::string::String;
    with_sources sources : ::std::vec::Vec < crate ::beta::SettingSource >; with_state
    state : crate ::beta::ComplianceStatus; with_user_email user_email :
    ::std::string::String; with_user_id user_id : ::std::string::String; with_user_name
    user_name : ::std::string::String; with_user_principal_name user_principal_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceConfigurationSettingState);
#[cfg(msgraph_beta_core)]
/// Device Configuration State for a given device.
///
/// CSDL: `microsoft.graph.deviceConfigurationState`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceConfigurationState {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The name of the policy for this policyBase
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Platform type that the policy applies to
    ///
    /// CSDL: property `platformType`: `microsoft.graph.policyPlatformType`, not nullable.
    pub platform_type: rt::Field<crate::beta::PolicyPlatformType>,
    /// Count of how many setting a policy holds
    ///
    /// CSDL: property `settingCount`: `Edm.Int32`, not nullable.
    pub setting_count: rt::Field<i32>,
    /// CSDL: property `settingStates`: `Collection(microsoft.graph.deviceConfigurationSettingState)`, nullable.
    pub setting_states: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationSettingState>,
    >,
    /// The compliance state of the policy
    ///
    /// CSDL: property `state`: `microsoft.graph.complianceStatus`, not nullable.
    pub state: rt::Field<crate::beta::ComplianceStatus>,
    /// User unique identifier, must be Guid
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// User Principal Name
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// The version of the policy
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DeviceConfigurationState {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            platform_type: rt::Field::Absent,
            setting_count: rt::Field::Absent,
            setting_states: rt::Field::Absent,
            state: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DeviceConfigurationState {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceConfigurationState";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "platformType",
        "settingCount",
        "settingStates",
        "state",
        "userId",
        "userPrincipalName",
        "version",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"platformType\":                 ",
        ",\"settingCount\":                 ",
        ",\"settingStates\":                ",
        ",\"state\":                        ",
        ",\"userId\":                       ",
        ",\"userPrincipalName\":            ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceConfigurationState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "platform_type", &self.platform_type);
        v.field(3usize, "setting_count", &self.setting_count);
        v.field(4usize, "setting_states", &self.setting_states);
        v.field(5usize, "state", &self.state);
        v.field(6usize, "user_id", &self.user_id);
        v.field(7usize, "user_principal_name", &self.user_principal_name);
        v.field(8usize, "version", &self.version);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for DeviceConfigurationState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.platform_type.read_from(r),
            3usize => self.setting_count.read_from(r),
            4usize => self.setting_states.read_from(r),
            5usize => self.state.read_from(r),
            6usize => self.user_id.read_from(r),
            7usize => self.user_principal_name.read_from(r),
            8usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.platform_type);
        w.field(3usize, &self.setting_count);
        w.field(4usize, &self.setting_states);
        w.field(5usize, &self.state);
        w.field(6usize, &self.user_id);
        w.field(7usize, &self.user_principal_name);
        w.field(8usize, &self.version);
    }
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
rt::impl_object!(DeviceConfigurationState);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DeviceConfigurationState { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_platform_type platform_type : crate
    ::beta::PolicyPlatformType; with_setting_count setting_count : i32;
    with_setting_states setting_states : ::std::vec::Vec < crate
    ::beta::DeviceConfigurationSettingState >; with_state state : crate
    ::beta::ComplianceStatus; with_user_id user_id : ::std::string::String;
    with_user_principal_name user_principal_name : ::std::string::String; with_version
    version : i32; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceConfigurationState);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceConfigurationUserOverview`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceConfigurationUserOverview {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Version of the policy for that overview
    ///
    /// CSDL: property `configurationVersion`: `Edm.Int32`, not nullable.
    pub configuration_version: rt::Field<i32>,
    /// Number of users in conflict
    ///
    /// CSDL: property `conflictCount`: `Edm.Int32`, not nullable.
    pub conflict_count: rt::Field<i32>,
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceConfigurationUserOverview {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            configuration_version: rt::Field::Absent,
            conflict_count: rt::Field::Absent,
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
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceConfigurationUserOverview {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceConfigurationUserOverview";
    const KEYS: &'static [&'static str] = &[
        "id",
        "configurationVersion",
        "conflictCount",
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
        ",\"conflictCount\":                ",
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
        v.field(2usize, "conflict_count", &self.conflict_count);
        v.field(3usize, "error_count", &self.error_count);
        v.field(4usize, "failed_count", &self.failed_count);
        v.field(5usize, "last_update_date_time", &self.last_update_date_time);
        v.field(6usize, "not_applicable_count", &self.not_applicable_count);
        v.field(7usize, "pending_count", &self.pending_count);
        v.field(8usize, "success_count", &self.success_count);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceConfigurationUserOverview {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.configuration_version.read_from(r),
            2usize => self.conflict_count.read_from(r),
            3usize => self.error_count.read_from(r),
            4usize => self.failed_count.read_from(r),
            5usize => self.last_update_date_time.read_from(r),
            6usize => self.not_applicable_count.read_from(r),
            7usize => self.pending_count.read_from(r),
            8usize => self.success_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.configuration_version);
        w.field(2usize, &self.conflict_count);
        w.field(3usize, &self.error_count);
        w.field(4usize, &self.failed_count);
        w.field(5usize, &self.last_update_date_time);
        w.field(6usize, &self.not_applicable_count);
        w.field(7usize, &self.pending_count);
        w.field(8usize, &self.success_count);
    }
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
rt::impl_object!(DeviceConfigurationUserOverview);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceConfigurationUserOverview { with_id id : ::std::string::String;
    with_configuration_version configuration_version : i32; with_conflict_count
    conflict_count : i32; with_error_count error_count : i32; with_failed_count
    failed_count : i32; with_last_update_date_time last_update_date_time :
    rt::edm::DateTimeOffset; with_not_applicable_count not_applicable_count : i32;
    with_pending_count pending_count : i32; with_success_count success_count : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceConfigurationUserOverview);
#[cfg(msgraph_beta_audit_logs_or_search)]
/// CSDL: `microsoft.graph.deviceDetail`, complex type.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
#[derive(Clone)]
pub struct DeviceDetail {
    /// CSDL: property `browser`: `Edm.String`, nullable.
    pub browser: rt::Field<::std::string::String>,
    /// CSDL: property `browserId`: `Edm.String`, nullable.
    pub browser_id: rt::Field<::std::string::String>,
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
#[cfg(msgraph_beta_audit_logs_or_search)]
impl ::std::default::Default for DeviceDetail {
    #[inline]
    fn default() -> Self {
        Self {
            browser: rt::Field::Absent,
            browser_id: rt::Field::Absent,
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
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::Object for DeviceDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceDetail";
    const KEYS: &'static [&'static str] = &[
        "browser",
        "browserId",
        "deviceId",
        "displayName",
        "isCompliant",
        "isManaged",
        "operatingSystem",
        "trustType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"browser\":                      ",
        ",\"browserId\":                    ",
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
        v.field(1usize, "browser_id", &self.browser_id);
        v.field(2usize, "device_id", &self.device_id);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "is_compliant", &self.is_compliant);
        v.field(5usize, "is_managed", &self.is_managed);
        v.field(6usize, "operating_system", &self.operating_system);
        v.field(7usize, "trust_type", &self.trust_type);
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::object::Members for DeviceDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.browser.read_from(r),
            1usize => self.browser_id.read_from(r),
            2usize => self.device_id.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.is_compliant.read_from(r),
            5usize => self.is_managed.read_from(r),
            6usize => self.operating_system.read_from(r),
            7usize => self.trust_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.browser);
        w.field(1usize, &self.browser_id);
        w.field(2usize, &self.device_id);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.is_compliant);
        w.field(5usize, &self.is_managed);
        w.field(6usize, &self.operating_system);
        w.field(7usize, &self.trust_type);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_object!(DeviceDetail);
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_setters!(
    DeviceDetail { with_browser browser : ::std::string::String; with_browser_id
    browser_id : ::std::string::String; with_device_id device_id : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_is_compliant
    is_compliant : bool; with_is_managed is_managed : bool; with_operating_system
    operating_system : ::std::string::String; with_trust_type trust_type :
    ::std::string::String; }
);
#[cfg(msgraph_beta_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceDetail);
#[cfg(msgraph_beta_search)]
/// Device Exchange Access State summary
///
/// CSDL: `microsoft.graph.deviceExchangeAccessStateSummary`, complex type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct DeviceExchangeAccessStateSummary {
    /// Total count of devices with Exchange Access State: Allowed.
    ///
    /// CSDL: property `allowedDeviceCount`: `Edm.Int32`, not nullable.
    pub allowed_device_count: rt::Field<i32>,
    /// Total count of devices with Exchange Access State: Blocked.
    ///
    /// CSDL: property `blockedDeviceCount`: `Edm.Int32`, not nullable.
    pub blocked_device_count: rt::Field<i32>,
    /// Total count of devices with Exchange Access State: Quarantined.
    ///
    /// CSDL: property `quarantinedDeviceCount`: `Edm.Int32`, not nullable.
    pub quarantined_device_count: rt::Field<i32>,
    /// Total count of devices for which no Exchange Access State could be found.
    ///
    /// CSDL: property `unavailableDeviceCount`: `Edm.Int32`, not nullable.
    pub unavailable_device_count: rt::Field<i32>,
    /// Total count of devices with Exchange Access State: Unknown.
    ///
    /// CSDL: property `unknownDeviceCount`: `Edm.Int32`, not nullable.
    pub unknown_device_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for DeviceExchangeAccessStateSummary {
    #[inline]
    fn default() -> Self {
        Self {
            allowed_device_count: rt::Field::Absent,
            blocked_device_count: rt::Field::Absent,
            quarantined_device_count: rt::Field::Absent,
            unavailable_device_count: rt::Field::Absent,
            unknown_device_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for DeviceExchangeAccessStateSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceExchangeAccessStateSummary";
    const KEYS: &'static [&'static str] = &[
        "allowedDeviceCount",
        "blockedDeviceCount",
        "quarantinedDeviceCount",
        "unavailableDeviceCount",
        "unknownDeviceCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowedDeviceCount\":           ",
        ",\"blockedDeviceCount\":           ",
        ",\"quarantinedDeviceCount\":       ",
        ",\"unavailableDeviceCount\":       ",
        ",\"unknownDeviceCount\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceExchangeAccessStateSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allowed_device_count", &self.allowed_device_count);
        v.field(1usize, "blocked_device_count", &self.blocked_device_count);
        v.field(2usize, "quarantined_device_count", &self.quarantined_device_count);
        v.field(3usize, "unavailable_device_count", &self.unavailable_device_count);
        v.field(4usize, "unknown_device_count", &self.unknown_device_count);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for DeviceExchangeAccessStateSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allowed_device_count.read_from(r),
            1usize => self.blocked_device_count.read_from(r),
            2usize => self.quarantined_device_count.read_from(r),
            3usize => self.unavailable_device_count.read_from(r),
            4usize => self.unknown_device_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allowed_device_count);
        w.field(1usize, &self.blocked_device_count);
        w.field(2usize, &self.quarantined_device_count);
        w.field(3usize, &self.unavailable_device_count);
        w.field(4usize, &self.unknown_device_count);
    }
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
rt::impl_object!(DeviceExchangeAccessStateSummary);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    DeviceExchangeAccessStateSummary { with_allowed_device_count allowed_device_count :
    i32; with_blocked_device_count blocked_device_count : i32;
    with_quarantined_device_count quarantined_device_count : i32;
    with_unavailable_device_count unavailable_device_count : i32;
    with_unknown_device_count unknown_device_count : i32; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceExchangeAccessStateSummary);
#[cfg(msgraph_beta_core)]
/// Device location
///
/// CSDL: `microsoft.graph.deviceGeoLocation`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
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
    /// Time at which location was recorded, relative to UTC
    ///
    /// CSDL: property `lastCollectedDateTimeUtc`: `Edm.DateTimeOffset`, not nullable.
    pub last_collected_date_time_utc: rt::Field<rt::edm::DateTimeOffset>,
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
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DeviceGeoLocation {
    #[inline]
    fn default() -> Self {
        Self {
            altitude: rt::Field::Absent,
            heading: rt::Field::Absent,
            horizontal_accuracy: rt::Field::Absent,
            last_collected_date_time: rt::Field::Absent,
            last_collected_date_time_utc: rt::Field::Absent,
            latitude: rt::Field::Absent,
            longitude: rt::Field::Absent,
            speed: rt::Field::Absent,
            vertical_accuracy: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DeviceGeoLocation {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceGeoLocation";
    const KEYS: &'static [&'static str] = &[
        "altitude",
        "heading",
        "horizontalAccuracy",
        "lastCollectedDateTime",
        "lastCollectedDateTimeUtc",
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
        ",\"lastCollectedDateTimeUtc\":     ",
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
        v.field(
            4usize,
            "last_collected_date_time_utc",
            &self.last_collected_date_time_utc,
        );
        v.field(5usize, "latitude", &self.latitude);
        v.field(6usize, "longitude", &self.longitude);
        v.field(7usize, "speed", &self.speed);
        v.field(8usize, "vertical_accuracy", &self.vertical_accuracy);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for DeviceGeoLocation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.altitude.read_from(r),
            1usize => self.heading.read_from(r),
            2usize => self.horizontal_accuracy.read_from(r),
            3usize => self.last_collected_date_time.read_from(r),
            4usize => self.last_collected_date_time_utc.read_from(r),
            5usize => self.latitude.read_from(r),
            6usize => self.longitude.read_from(r),
            7usize => self.speed.read_from(r),
            8usize => self.vertical_accuracy.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.altitude);
        w.field(1usize, &self.heading);
        w.field(2usize, &self.horizontal_accuracy);
        w.field(3usize, &self.last_collected_date_time);
        w.field(4usize, &self.last_collected_date_time_utc);
        w.field(5usize, &self.latitude);
        w.field(6usize, &self.longitude);
        w.field(7usize, &self.speed);
        w.field(8usize, &self.vertical_accuracy);
    }
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
rt::impl_object!(DeviceGeoLocation);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DeviceGeoLocation { with_altitude altitude : f64; with_heading heading : f64;
    with_horizontal_accuracy horizontal_accuracy : f64; with_last_collected_date_time
    last_collected_date_time : rt::edm::DateTimeOffset; with_last_collected_date_time_utc
    last_collected_date_time_utc : rt::edm::DateTimeOffset; with_latitude latitude : f64;
    with_longitude longitude : f64; with_speed speed : f64; with_vertical_accuracy
    vertical_accuracy : f64; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceGeoLocation);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceGuardLocalSystemAuthorityCredentialGuardType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceGuardLocalSystemAuthorityCredentialGuardType {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `enableWithUEFILock` (value 1).
    EnableWithUefiLock,
    /// `enableWithoutUEFILock` (value 2).
    EnableWithoutUefiLock,
    /// `disable` (value 3).
    Disable,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceGuardLocalSystemAuthorityCredentialGuardType {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceGuardLocalSystemAuthorityCredentialGuardType";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "enableWithUEFILock",
        "enableWithoutUEFILock",
        "disable",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "enableWithUEFILock" => Self::EnableWithUefiLock,
                "enableWithoutUEFILock" => Self::EnableWithoutUefiLock,
                "disable" => Self::Disable,
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
            Self::NotConfigured => "notConfigured",
            Self::EnableWithUefiLock => "enableWithUEFILock",
            Self::EnableWithoutUefiLock => "enableWithoutUEFILock",
            Self::Disable => "disable",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceGuardLocalSystemAuthorityCredentialGuardType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceGuardLocalSystemAuthorityCredentialGuardType);
#[cfg(msgraph_beta_device_management_or_search)]
/// Contains properties used to assign a device management script to a group.
///
/// CSDL: `microsoft.graph.deviceHealthScriptAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceHealthScriptAssignmentPath`](requests/trait.DeviceHealthScriptAssignmentPath.html), what a path to one (`EntityPath<DeviceHealthScriptAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceHealthScriptAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Determine whether we want to run detection script only or run both detection script and remediation script
    ///
    /// CSDL: property `runRemediationScript`: `Edm.Boolean`, not nullable.
    pub run_remediation_script: rt::Field<bool>,
    /// Script run schedule for the target group
    ///
    /// CSDL: property `runSchedule`: `microsoft.graph.deviceHealthScriptRunSchedule`, nullable.
    pub run_schedule: rt::Field<crate::beta::AnyDeviceHealthScriptRunSchedule>,
    /// The Azure Active Directory group we are targeting the script to
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::beta::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceHealthScriptAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            run_remediation_script: rt::Field::Absent,
            run_schedule: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceHealthScriptAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceHealthScriptAssignment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "runRemediationScript",
        "runSchedule",
        "target",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"runRemediationScript\":         ",
        ",\"runSchedule\":                  ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceHealthScriptAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "run_remediation_script", &self.run_remediation_script);
        v.field(2usize, "run_schedule", &self.run_schedule);
        v.field(3usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceHealthScriptAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.run_remediation_script.read_from(r),
            2usize => self.run_schedule.read_from(r),
            3usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.run_remediation_script);
        w.field(2usize, &self.run_schedule);
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
rt::impl_object!(DeviceHealthScriptAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceHealthScriptAssignment { with_id id : ::std::string::String;
    with_run_remediation_script run_remediation_script : bool; with_run_schedule
    run_schedule : crate ::beta::AnyDeviceHealthScriptRunSchedule; with_target target :
    crate ::beta::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceHealthScriptAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
/// Device health script daily schedule.
///
/// CSDL: `microsoft.graph.deviceHealthScriptDailySchedule`, complex type, derived from `microsoft.graph.deviceHealthScriptTimeSchedule`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceHealthScriptDailySchedule {
    /// The x value of every x hours for hourly schedule, every x days for Daily Schedule, every x weeks for weekly schedule, every x months for Monthly Schedule. Valid values 1 to 23
    ///
    /// CSDL: property `interval`: `Edm.Int32`, not nullable.
    pub interval: rt::Field<i32>,
    /// At what time the script is scheduled to run. This collection can contain a maximum of 20 elements.
    ///
    /// CSDL: property `time`: `Edm.TimeOfDay`, nullable.
    pub time: rt::Field<rt::edm::TimeOfDay>,
    /// Indicate if the time is Utc or client local time.
    ///
    /// CSDL: property `useUtc`: `Edm.Boolean`, not nullable.
    pub use_utc: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceHealthScriptDailySchedule {
    #[inline]
    fn default() -> Self {
        Self {
            interval: rt::Field::Absent,
            time: rt::Field::Absent,
            use_utc: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceHealthScriptDailySchedule {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceHealthScriptDailySchedule";
    const KEYS: &'static [&'static str] = &["interval", "time", "useUtc"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"interval\":                     ",
        ",\"time\":                         ",
        ",\"useUtc\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceHealthScriptDailySchedule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "interval", &self.interval);
        v.field(1usize, "time", &self.time);
        v.field(2usize, "use_utc", &self.use_utc);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceHealthScriptDailySchedule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.interval.read_from(r),
            1usize => self.time.read_from(r),
            2usize => self.use_utc.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.interval);
        w.field(1usize, &self.time);
        w.field(2usize, &self.use_utc);
    }
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
rt::impl_object!(DeviceHealthScriptDailySchedule);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceHealthScriptDailySchedule { with_interval interval : i32; with_time time :
    rt::edm::TimeOfDay; with_use_utc use_utc : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceHealthScriptDailySchedule);
#[cfg(msgraph_beta_device_management_or_search)]
/// Type of Device health script hourly schedule.
///
/// CSDL: `microsoft.graph.deviceHealthScriptHourlySchedule`, complex type, derived from `microsoft.graph.deviceHealthScriptRunSchedule`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceHealthScriptHourlySchedule {
    /// The x value of every x hours for hourly schedule, every x days for Daily Schedule, every x weeks for weekly schedule, every x months for Monthly Schedule. Valid values 1 to 23
    ///
    /// CSDL: property `interval`: `Edm.Int32`, not nullable.
    pub interval: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceHealthScriptHourlySchedule {
    #[inline]
    fn default() -> Self {
        Self {
            interval: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceHealthScriptHourlySchedule {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceHealthScriptHourlySchedule";
    const KEYS: &'static [&'static str] = &["interval"];
    const KEYS_JSON: &'static [&'static str] = &[",\"interval\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.deviceHealthScriptHourlySchedule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "interval", &self.interval);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceHealthScriptHourlySchedule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.interval.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.interval);
    }
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
rt::impl_object!(DeviceHealthScriptHourlySchedule);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(DeviceHealthScriptHourlySchedule { with_interval interval : i32; });
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceHealthScriptHourlySchedule);
#[cfg(msgraph_beta_device_management_or_search)]
/// The number of device health scripts deployed and the number of devices the scripts remediated.
///
/// CSDL: `microsoft.graph.deviceHealthScriptRemediationSummary`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceHealthScriptRemediationSummary {
    /// The number of devices remediated by device health scripts.
    ///
    /// CSDL: property `remediatedDeviceCount`: `Edm.Int32`, nullable.
    pub remediated_device_count: rt::Field<i32>,
    /// The number of device health scripts deployed.
    ///
    /// CSDL: property `scriptCount`: `Edm.Int32`, nullable.
    pub script_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceHealthScriptRemediationSummary {
    #[inline]
    fn default() -> Self {
        Self {
            remediated_device_count: rt::Field::Absent,
            script_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceHealthScriptRemediationSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceHealthScriptRemediationSummary";
    const KEYS: &'static [&'static str] = &["remediatedDeviceCount", "scriptCount"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"remediatedDeviceCount\":        ",
        ",\"scriptCount\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceHealthScriptRemediationSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "remediated_device_count", &self.remediated_device_count);
        v.field(1usize, "script_count", &self.script_count);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceHealthScriptRemediationSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.remediated_device_count.read_from(r),
            1usize => self.script_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.remediated_device_count);
        w.field(1usize, &self.script_count);
    }
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
rt::impl_object!(DeviceHealthScriptRemediationSummary);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceHealthScriptRemediationSummary { with_remediated_device_count
    remediated_device_count : i32; with_script_count script_count : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceHealthScriptRemediationSummary);
#[cfg(msgraph_beta_device_management_or_search)]
/// Device health script run once schedule.
///
/// CSDL: `microsoft.graph.deviceHealthScriptRunOnceSchedule`, complex type, derived from `microsoft.graph.deviceHealthScriptTimeSchedule`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceHealthScriptRunOnceSchedule {
    /// The x value of every x hours for hourly schedule, every x days for Daily Schedule, every x weeks for weekly schedule, every x months for Monthly Schedule. Valid values 1 to 23
    ///
    /// CSDL: property `interval`: `Edm.Int32`, not nullable.
    pub interval: rt::Field<i32>,
    /// At what time the script is scheduled to run. This collection can contain a maximum of 20 elements.
    ///
    /// CSDL: property `time`: `Edm.TimeOfDay`, nullable.
    pub time: rt::Field<rt::edm::TimeOfDay>,
    /// Indicate if the time is Utc or client local time.
    ///
    /// CSDL: property `useUtc`: `Edm.Boolean`, not nullable.
    pub use_utc: rt::Field<bool>,
    /// The date the script is scheduled to run. This collection can contain a maximum of 20 elements.
    ///
    /// CSDL: property `date`: `Edm.Date`, nullable.
    pub date: rt::Field<rt::edm::Date>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceHealthScriptRunOnceSchedule {
    #[inline]
    fn default() -> Self {
        Self {
            interval: rt::Field::Absent,
            time: rt::Field::Absent,
            use_utc: rt::Field::Absent,
            date: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceHealthScriptRunOnceSchedule {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceHealthScriptRunOnceSchedule";
    const KEYS: &'static [&'static str] = &["interval", "time", "useUtc", "date"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"interval\":                     ",
        ",\"time\":                         ",
        ",\"useUtc\":                       ",
        ",\"date\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceHealthScriptRunOnceSchedule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "interval", &self.interval);
        v.field(1usize, "time", &self.time);
        v.field(2usize, "use_utc", &self.use_utc);
        v.field(3usize, "date", &self.date);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceHealthScriptRunOnceSchedule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.interval.read_from(r),
            1usize => self.time.read_from(r),
            2usize => self.use_utc.read_from(r),
            3usize => self.date.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.interval);
        w.field(1usize, &self.time);
        w.field(2usize, &self.use_utc);
        w.field(3usize, &self.date);
    }
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
rt::impl_object!(DeviceHealthScriptRunOnceSchedule);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceHealthScriptRunOnceSchedule { with_interval interval : i32; with_time time :
    rt::edm::TimeOfDay; with_use_utc use_utc : bool; with_date date : rt::edm::Date; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceHealthScriptRunOnceSchedule);
#[cfg(msgraph_beta_device_management_or_search)]
/// Base type of Device health script run schedule.
///
/// CSDL: `microsoft.graph.deviceHealthScriptRunSchedule`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceHealthScriptRunSchedule {
    /// The x value of every x hours for hourly schedule, every x days for Daily Schedule, every x weeks for weekly schedule, every x months for Monthly Schedule. Valid values 1 to 23
    ///
    /// CSDL: property `interval`: `Edm.Int32`, not nullable.
    pub interval: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceHealthScriptRunSchedule {
    #[inline]
    fn default() -> Self {
        Self {
            interval: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceHealthScriptRunSchedule {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceHealthScriptRunSchedule";
    const KEYS: &'static [&'static str] = &["interval"];
    const KEYS_JSON: &'static [&'static str] = &[",\"interval\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.deviceHealthScriptRunSchedule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "interval", &self.interval);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceHealthScriptRunSchedule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.interval.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.interval);
    }
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
rt::impl_object!(DeviceHealthScriptRunSchedule);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(DeviceHealthScriptRunSchedule { with_interval interval : i32; });
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceHealthScriptRunSchedule);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.deviceHealthScriptRunSchedule` or any type derived from it, selected by `@odata.type` (5 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceHealthScriptRunSchedule {
    DeviceHealthScriptRunSchedule(
        ::std::boxed::Box<crate::beta::DeviceHealthScriptRunSchedule>,
    ),
    DeviceHealthScriptDailySchedule(
        ::std::boxed::Box<crate::beta::DeviceHealthScriptDailySchedule>,
    ),
    DeviceHealthScriptHourlySchedule(
        ::std::boxed::Box<crate::beta::DeviceHealthScriptHourlySchedule>,
    ),
    DeviceHealthScriptRunOnceSchedule(
        ::std::boxed::Box<crate::beta::DeviceHealthScriptRunOnceSchedule>,
    ),
    DeviceHealthScriptTimeSchedule(
        ::std::boxed::Box<crate::beta::DeviceHealthScriptTimeSchedule>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyDeviceHealthScriptRunSchedule {
    #[inline]
    fn default() -> Self {
        Self::DeviceHealthScriptRunSchedule(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceHealthScriptRunSchedule>
for AnyDeviceHealthScriptRunSchedule {
    #[inline]
    fn from(v: crate::beta::DeviceHealthScriptRunSchedule) -> Self {
        Self::DeviceHealthScriptRunSchedule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceHealthScriptDailySchedule>
for AnyDeviceHealthScriptRunSchedule {
    #[inline]
    fn from(v: crate::beta::DeviceHealthScriptDailySchedule) -> Self {
        Self::DeviceHealthScriptDailySchedule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceHealthScriptHourlySchedule>
for AnyDeviceHealthScriptRunSchedule {
    #[inline]
    fn from(v: crate::beta::DeviceHealthScriptHourlySchedule) -> Self {
        Self::DeviceHealthScriptHourlySchedule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceHealthScriptRunOnceSchedule>
for AnyDeviceHealthScriptRunSchedule {
    #[inline]
    fn from(v: crate::beta::DeviceHealthScriptRunOnceSchedule) -> Self {
        Self::DeviceHealthScriptRunOnceSchedule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceHealthScriptTimeSchedule>
for AnyDeviceHealthScriptRunSchedule {
    #[inline]
    fn from(v: crate::beta::DeviceHealthScriptTimeSchedule) -> Self {
        Self::DeviceHealthScriptTimeSchedule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyDeviceHealthScriptRunSchedule {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyDeviceHealthScriptRunSchedule {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyDeviceHealthScriptRunSchedule {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyDeviceHealthScriptRunSchedule {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyDeviceHealthScriptRunSchedule {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::DeviceHealthScriptRunSchedule>();
    rt::object::auto_traits::<crate::beta::DeviceHealthScriptDailySchedule>();
    rt::object::auto_traits::<crate::beta::DeviceHealthScriptHourlySchedule>();
    rt::object::auto_traits::<crate::beta::DeviceHealthScriptRunOnceSchedule>();
    rt::object::auto_traits::<crate::beta::DeviceHealthScriptTimeSchedule>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyDeviceHealthScriptRunSchedule {
    const BASE_NAME: &'static str = "microsoft.graph.deviceHealthScriptRunSchedule";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.deviceHealthScriptDailySchedule",
            ) => Self::DeviceHealthScriptDailySchedule(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.deviceHealthScriptHourlySchedule",
            ) => Self::DeviceHealthScriptHourlySchedule(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.deviceHealthScriptRunOnceSchedule",
            ) => Self::DeviceHealthScriptRunOnceSchedule(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.deviceHealthScriptTimeSchedule",
            ) => Self::DeviceHealthScriptTimeSchedule(rt::object::new_boxed()),
            _ => Self::DeviceHealthScriptRunSchedule(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeviceHealthScriptRunSchedule(v) => &**v,
            Self::DeviceHealthScriptDailySchedule(v) => &**v,
            Self::DeviceHealthScriptHourlySchedule(v) => &**v,
            Self::DeviceHealthScriptRunOnceSchedule(v) => &**v,
            Self::DeviceHealthScriptTimeSchedule(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceHealthScriptRunSchedule(v) => &mut **v,
            Self::DeviceHealthScriptDailySchedule(v) => &mut **v,
            Self::DeviceHealthScriptHourlySchedule(v) => &mut **v,
            Self::DeviceHealthScriptRunOnceSchedule(v) => &mut **v,
            Self::DeviceHealthScriptTimeSchedule(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyDeviceHealthScriptRunSchedule {
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
    /// `interval` of any variant.
    #[inline]
    pub fn interval(&self) -> &rt::Field<i32> {
        match self {
            Self::DeviceHealthScriptRunSchedule(v) => &v.interval,
            Self::DeviceHealthScriptDailySchedule(v) => &v.interval,
            Self::DeviceHealthScriptHourlySchedule(v) => &v.interval,
            Self::DeviceHealthScriptRunOnceSchedule(v) => &v.interval,
            Self::DeviceHealthScriptTimeSchedule(v) => &v.interval,
        }
    }
    /// `interval` of any variant.
    #[inline]
    pub fn interval_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::DeviceHealthScriptRunSchedule(v) => &mut v.interval,
            Self::DeviceHealthScriptDailySchedule(v) => &mut v.interval,
            Self::DeviceHealthScriptHourlySchedule(v) => &mut v.interval,
            Self::DeviceHealthScriptRunOnceSchedule(v) => &mut v.interval,
            Self::DeviceHealthScriptTimeSchedule(v) => &mut v.interval,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyDeviceHealthScriptRunSchedule);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceHealthScriptRunSchedule);
#[cfg(msgraph_beta_device_management_or_search)]
/// Contains properties for the run summary of a device management script.
///
/// CSDL: `microsoft.graph.deviceHealthScriptRunSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceHealthScriptRunSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Number of devices on which the detection script execution encountered an error and did not complete
    ///
    /// CSDL: property `detectionScriptErrorDeviceCount`: `Edm.Int32`, not nullable.
    pub detection_script_error_device_count: rt::Field<i32>,
    /// Number of devices for which the detection script was not applicable
    ///
    /// CSDL: property `detectionScriptNotApplicableDeviceCount`: `Edm.Int32`, not nullable.
    pub detection_script_not_applicable_device_count: rt::Field<i32>,
    /// Number of devices which have not yet run the latest version of the device health script
    ///
    /// CSDL: property `detectionScriptPendingDeviceCount`: `Edm.Int32`, not nullable.
    pub detection_script_pending_device_count: rt::Field<i32>,
    /// Number of devices for which the detection script found an issue
    ///
    /// CSDL: property `issueDetectedDeviceCount`: `Edm.Int32`, not nullable.
    pub issue_detected_device_count: rt::Field<i32>,
    /// Number of devices that were remediated over the last 30 days
    ///
    /// CSDL: property `issueRemediatedCumulativeDeviceCount`: `Edm.Int32`, not nullable.
    pub issue_remediated_cumulative_device_count: rt::Field<i32>,
    /// Number of devices for which the remediation script was able to resolve the detected issue
    ///
    /// CSDL: property `issueRemediatedDeviceCount`: `Edm.Int32`, not nullable.
    pub issue_remediated_device_count: rt::Field<i32>,
    /// Number of devices for which the remediation script executed successfully but failed to resolve the detected issue
    ///
    /// CSDL: property `issueReoccurredDeviceCount`: `Edm.Int32`, not nullable.
    pub issue_reoccurred_device_count: rt::Field<i32>,
    /// Last run time for the script across all devices
    ///
    /// CSDL: property `lastScriptRunDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_script_run_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Number of devices for which the detection script did not find an issue and the device is healthy
    ///
    /// CSDL: property `noIssueDetectedDeviceCount`: `Edm.Int32`, not nullable.
    pub no_issue_detected_device_count: rt::Field<i32>,
    /// Number of devices for which the remediation script execution encountered an error and did not complete
    ///
    /// CSDL: property `remediationScriptErrorDeviceCount`: `Edm.Int32`, not nullable.
    pub remediation_script_error_device_count: rt::Field<i32>,
    /// Number of devices for which remediation was skipped
    ///
    /// CSDL: property `remediationSkippedDeviceCount`: `Edm.Int32`, not nullable.
    pub remediation_skipped_device_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceHealthScriptRunSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            detection_script_error_device_count: rt::Field::Absent,
            detection_script_not_applicable_device_count: rt::Field::Absent,
            detection_script_pending_device_count: rt::Field::Absent,
            issue_detected_device_count: rt::Field::Absent,
            issue_remediated_cumulative_device_count: rt::Field::Absent,
            issue_remediated_device_count: rt::Field::Absent,
            issue_reoccurred_device_count: rt::Field::Absent,
            last_script_run_date_time: rt::Field::Absent,
            no_issue_detected_device_count: rt::Field::Absent,
            remediation_script_error_device_count: rt::Field::Absent,
            remediation_skipped_device_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceHealthScriptRunSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceHealthScriptRunSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "detectionScriptErrorDeviceCount",
        "detectionScriptNotApplicableDeviceCount",
        "detectionScriptPendingDeviceCount",
        "issueDetectedDeviceCount",
        "issueRemediatedCumulativeDeviceCount",
        "issueRemediatedDeviceCount",
        "issueReoccurredDeviceCount",
        "lastScriptRunDateTime",
        "noIssueDetectedDeviceCount",
        "remediationScriptErrorDeviceCount",
        "remediationSkippedDeviceCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"detectionScriptErrorDeviceCount\":",
        ",\"detectionScriptNotApplicableDeviceCount\":",
        ",\"detectionScriptPendingDeviceCount\":",
        ",\"issueDetectedDeviceCount\":     ",
        ",\"issueRemediatedCumulativeDeviceCount\":",
        ",\"issueRemediatedDeviceCount\":   ",
        ",\"issueReoccurredDeviceCount\":   ",
        ",\"lastScriptRunDateTime\":        ",
        ",\"noIssueDetectedDeviceCount\":   ",
        ",\"remediationScriptErrorDeviceCount\":",
        ",\"remediationSkippedDeviceCount\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceHealthScriptRunSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "detection_script_error_device_count",
            &self.detection_script_error_device_count,
        );
        v.field(
            2usize,
            "detection_script_not_applicable_device_count",
            &self.detection_script_not_applicable_device_count,
        );
        v.field(
            3usize,
            "detection_script_pending_device_count",
            &self.detection_script_pending_device_count,
        );
        v.field(
            4usize,
            "issue_detected_device_count",
            &self.issue_detected_device_count,
        );
        v.field(
            5usize,
            "issue_remediated_cumulative_device_count",
            &self.issue_remediated_cumulative_device_count,
        );
        v.field(
            6usize,
            "issue_remediated_device_count",
            &self.issue_remediated_device_count,
        );
        v.field(
            7usize,
            "issue_reoccurred_device_count",
            &self.issue_reoccurred_device_count,
        );
        v.field(8usize, "last_script_run_date_time", &self.last_script_run_date_time);
        v.field(
            9usize,
            "no_issue_detected_device_count",
            &self.no_issue_detected_device_count,
        );
        v.field(
            10usize,
            "remediation_script_error_device_count",
            &self.remediation_script_error_device_count,
        );
        v.field(
            11usize,
            "remediation_skipped_device_count",
            &self.remediation_skipped_device_count,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceHealthScriptRunSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.detection_script_error_device_count.read_from(r),
            2usize => self.detection_script_not_applicable_device_count.read_from(r),
            3usize => self.detection_script_pending_device_count.read_from(r),
            4usize => self.issue_detected_device_count.read_from(r),
            5usize => self.issue_remediated_cumulative_device_count.read_from(r),
            6usize => self.issue_remediated_device_count.read_from(r),
            7usize => self.issue_reoccurred_device_count.read_from(r),
            8usize => self.last_script_run_date_time.read_from(r),
            9usize => self.no_issue_detected_device_count.read_from(r),
            10usize => self.remediation_script_error_device_count.read_from(r),
            11usize => self.remediation_skipped_device_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.detection_script_error_device_count);
        w.field(2usize, &self.detection_script_not_applicable_device_count);
        w.field(3usize, &self.detection_script_pending_device_count);
        w.field(4usize, &self.issue_detected_device_count);
        w.field(5usize, &self.issue_remediated_cumulative_device_count);
        w.field(6usize, &self.issue_remediated_device_count);
        w.field(7usize, &self.issue_reoccurred_device_count);
        w.field(8usize, &self.last_script_run_date_time);
        w.field(9usize, &self.no_issue_detected_device_count);
        w.field(10usize, &self.remediation_script_error_device_count);
        w.field(11usize, &self.remediation_skipped_device_count);
    }
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
rt::impl_object!(DeviceHealthScriptRunSummary);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceHealthScriptRunSummary { with_id id : ::std::string::String;
    with_detection_script_error_device_count detection_script_error_device_count : i32;
    with_detection_script_not_applicable_device_count
    detection_script_not_applicable_device_count : i32;
    with_detection_script_pending_device_count detection_script_pending_device_count :
    i32; with_issue_detected_device_count issue_detected_device_count : i32;
    with_issue_remediated_cumulative_device_count
    issue_remediated_cumulative_device_count : i32; with_issue_remediated_device_count
    issue_remediated_device_count : i32; with_issue_reoccurred_device_count
    issue_reoccurred_device_count : i32; with_last_script_run_date_time
    last_script_run_date_time : rt::edm::DateTimeOffset;
    with_no_issue_detected_device_count no_issue_detected_device_count : i32;
    with_remediation_script_error_device_count remediation_script_error_device_count :
    i32; with_remediation_skipped_device_count remediation_skipped_device_count : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceHealthScriptRunSummary);
#[cfg(msgraph_beta_device_management_or_search)]
/// Base type of Device health script time schedule.
///
/// CSDL: `microsoft.graph.deviceHealthScriptTimeSchedule`, complex type, derived from `microsoft.graph.deviceHealthScriptRunSchedule`, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceHealthScriptTimeSchedule {
    /// The x value of every x hours for hourly schedule, every x days for Daily Schedule, every x weeks for weekly schedule, every x months for Monthly Schedule. Valid values 1 to 23
    ///
    /// CSDL: property `interval`: `Edm.Int32`, not nullable.
    pub interval: rt::Field<i32>,
    /// At what time the script is scheduled to run. This collection can contain a maximum of 20 elements.
    ///
    /// CSDL: property `time`: `Edm.TimeOfDay`, nullable.
    pub time: rt::Field<rt::edm::TimeOfDay>,
    /// Indicate if the time is Utc or client local time.
    ///
    /// CSDL: property `useUtc`: `Edm.Boolean`, not nullable.
    pub use_utc: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceHealthScriptTimeSchedule {
    #[inline]
    fn default() -> Self {
        Self {
            interval: rt::Field::Absent,
            time: rt::Field::Absent,
            use_utc: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceHealthScriptTimeSchedule {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceHealthScriptTimeSchedule";
    const KEYS: &'static [&'static str] = &["interval", "time", "useUtc"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"interval\":                     ",
        ",\"time\":                         ",
        ",\"useUtc\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceHealthScriptTimeSchedule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "interval", &self.interval);
        v.field(1usize, "time", &self.time);
        v.field(2usize, "use_utc", &self.use_utc);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceHealthScriptTimeSchedule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.interval.read_from(r),
            1usize => self.time.read_from(r),
            2usize => self.use_utc.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.interval);
        w.field(1usize, &self.time);
        w.field(2usize, &self.use_utc);
    }
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
rt::impl_object!(DeviceHealthScriptTimeSchedule);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceHealthScriptTimeSchedule { with_interval interval : i32; with_time time :
    rt::edm::TimeOfDay; with_use_utc use_utc : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceHealthScriptTimeSchedule);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.deviceHealthScriptTimeSchedule` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceHealthScriptTimeSchedule {
    DeviceHealthScriptTimeSchedule(
        ::std::boxed::Box<crate::beta::DeviceHealthScriptTimeSchedule>,
    ),
    DeviceHealthScriptDailySchedule(
        ::std::boxed::Box<crate::beta::DeviceHealthScriptDailySchedule>,
    ),
    DeviceHealthScriptRunOnceSchedule(
        ::std::boxed::Box<crate::beta::DeviceHealthScriptRunOnceSchedule>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyDeviceHealthScriptTimeSchedule {
    #[inline]
    fn default() -> Self {
        Self::DeviceHealthScriptTimeSchedule(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceHealthScriptTimeSchedule>
for AnyDeviceHealthScriptTimeSchedule {
    #[inline]
    fn from(v: crate::beta::DeviceHealthScriptTimeSchedule) -> Self {
        Self::DeviceHealthScriptTimeSchedule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceHealthScriptDailySchedule>
for AnyDeviceHealthScriptTimeSchedule {
    #[inline]
    fn from(v: crate::beta::DeviceHealthScriptDailySchedule) -> Self {
        Self::DeviceHealthScriptDailySchedule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceHealthScriptRunOnceSchedule>
for AnyDeviceHealthScriptTimeSchedule {
    #[inline]
    fn from(v: crate::beta::DeviceHealthScriptRunOnceSchedule) -> Self {
        Self::DeviceHealthScriptRunOnceSchedule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyDeviceHealthScriptTimeSchedule {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyDeviceHealthScriptTimeSchedule {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyDeviceHealthScriptTimeSchedule {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyDeviceHealthScriptTimeSchedule {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyDeviceHealthScriptTimeSchedule {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::DeviceHealthScriptTimeSchedule>();
    rt::object::auto_traits::<crate::beta::DeviceHealthScriptDailySchedule>();
    rt::object::auto_traits::<crate::beta::DeviceHealthScriptRunOnceSchedule>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyDeviceHealthScriptTimeSchedule {
    const BASE_NAME: &'static str = "microsoft.graph.deviceHealthScriptTimeSchedule";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.deviceHealthScriptDailySchedule",
            ) => Self::DeviceHealthScriptDailySchedule(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.deviceHealthScriptRunOnceSchedule",
            ) => Self::DeviceHealthScriptRunOnceSchedule(rt::object::new_boxed()),
            _ => Self::DeviceHealthScriptTimeSchedule(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeviceHealthScriptTimeSchedule(v) => &**v,
            Self::DeviceHealthScriptDailySchedule(v) => &**v,
            Self::DeviceHealthScriptRunOnceSchedule(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceHealthScriptTimeSchedule(v) => &mut **v,
            Self::DeviceHealthScriptDailySchedule(v) => &mut **v,
            Self::DeviceHealthScriptRunOnceSchedule(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyDeviceHealthScriptTimeSchedule {
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
    /// `interval` of any variant.
    #[inline]
    pub fn interval(&self) -> &rt::Field<i32> {
        match self {
            Self::DeviceHealthScriptTimeSchedule(v) => &v.interval,
            Self::DeviceHealthScriptDailySchedule(v) => &v.interval,
            Self::DeviceHealthScriptRunOnceSchedule(v) => &v.interval,
        }
    }
    /// `interval` of any variant.
    #[inline]
    pub fn interval_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::DeviceHealthScriptTimeSchedule(v) => &mut v.interval,
            Self::DeviceHealthScriptDailySchedule(v) => &mut v.interval,
            Self::DeviceHealthScriptRunOnceSchedule(v) => &mut v.interval,
        }
    }
    /// `time` of any variant.
    #[inline]
    pub fn time(&self) -> &rt::Field<rt::edm::TimeOfDay> {
        match self {
            Self::DeviceHealthScriptTimeSchedule(v) => &v.time,
            Self::DeviceHealthScriptDailySchedule(v) => &v.time,
            Self::DeviceHealthScriptRunOnceSchedule(v) => &v.time,
        }
    }
    /// `time` of any variant.
    #[inline]
    pub fn time_mut(&mut self) -> &mut rt::Field<rt::edm::TimeOfDay> {
        match self {
            Self::DeviceHealthScriptTimeSchedule(v) => &mut v.time,
            Self::DeviceHealthScriptDailySchedule(v) => &mut v.time,
            Self::DeviceHealthScriptRunOnceSchedule(v) => &mut v.time,
        }
    }
    /// `useUtc` of any variant.
    #[inline]
    pub fn use_utc(&self) -> &rt::Field<bool> {
        match self {
            Self::DeviceHealthScriptTimeSchedule(v) => &v.use_utc,
            Self::DeviceHealthScriptDailySchedule(v) => &v.use_utc,
            Self::DeviceHealthScriptRunOnceSchedule(v) => &v.use_utc,
        }
    }
    /// `useUtc` of any variant.
    #[inline]
    pub fn use_utc_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::DeviceHealthScriptTimeSchedule(v) => &mut v.use_utc,
            Self::DeviceHealthScriptDailySchedule(v) => &mut v.use_utc,
            Self::DeviceHealthScriptRunOnceSchedule(v) => &mut v.use_utc,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyDeviceHealthScriptTimeSchedule);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceHealthScriptTimeSchedule);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.deviceKey`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceKey {
    /// CSDL: property `deviceId`: `Edm.Guid`, nullable.
    pub device_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `keyMaterial`: `Edm.Binary`, nullable.
    pub key_material: rt::Field<rt::edm::Binary>,
    /// CSDL: property `keyType`: `Edm.String`, nullable.
    pub key_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DeviceKey {
    #[inline]
    fn default() -> Self {
        Self {
            device_id: rt::Field::Absent,
            key_material: rt::Field::Absent,
            key_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DeviceKey {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceKey";
    const KEYS: &'static [&'static str] = &["deviceId", "keyMaterial", "keyType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceId\":                     ",
        ",\"keyMaterial\":                  ",
        ",\"keyType\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceKey\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "device_id", &self.device_id);
        v.field(1usize, "key_material", &self.key_material);
        v.field(2usize, "key_type", &self.key_type);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for DeviceKey {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_id.read_from(r),
            1usize => self.key_material.read_from(r),
            2usize => self.key_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_id);
        w.field(1usize, &self.key_material);
        w.field(2usize, &self.key_type);
    }
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
rt::impl_object!(DeviceKey);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DeviceKey { with_device_id device_id : rt::edm::Guid; with_key_material key_material
    : rt::edm::Binary; with_key_type key_type : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceKey);
#[cfg(msgraph_beta_core)]
/// Windows Log Collection request entity.
///
/// CSDL: `microsoft.graph.deviceLogCollectionResponse`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceLogCollectionResponsePath`](requests/trait.DeviceLogCollectionResponsePath.html), what a path to one (`EntityPath<DeviceLogCollectionResponse, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceLogCollectionResponse {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The error code, if any. Valid values -9.22337203685478E+18 to 9.22337203685478E+18
    ///
    /// CSDL: property `errorCode`: `Edm.Int64`, not nullable.
    pub error_code: rt::Field<i64>,
    /// The DateTime of the expiration of the logs
    ///
    /// CSDL: property `expirationDateTimeUTC`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time_utc: rt::Field<rt::edm::DateTimeOffset>,
    /// The UPN for who initiated the request
    ///
    /// CSDL: property `initiatedByUserPrincipalName`: `Edm.String`, nullable.
    pub initiated_by_user_principal_name: rt::Field<::std::string::String>,
    /// The device Id
    ///
    /// CSDL: property `managedDeviceId`: `Edm.Guid`, not nullable.
    pub managed_device_id: rt::Field<rt::edm::Guid>,
    /// The DateTime the request was received
    ///
    /// CSDL: property `receivedDateTimeUTC`: `Edm.DateTimeOffset`, nullable.
    pub received_date_time_utc: rt::Field<rt::edm::DateTimeOffset>,
    /// The DateTime of the request
    ///
    /// CSDL: property `requestedDateTimeUTC`: `Edm.DateTimeOffset`, nullable.
    pub requested_date_time_utc: rt::Field<rt::edm::DateTimeOffset>,
    /// The size of the logs. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `size`: `Edm.Double`, not nullable.
    pub size: rt::Field<f64>,
    /// The status of the log collection request
    ///
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DeviceLogCollectionResponse {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            error_code: rt::Field::Absent,
            expiration_date_time_utc: rt::Field::Absent,
            initiated_by_user_principal_name: rt::Field::Absent,
            managed_device_id: rt::Field::Absent,
            received_date_time_utc: rt::Field::Absent,
            requested_date_time_utc: rt::Field::Absent,
            size: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DeviceLogCollectionResponse {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceLogCollectionResponse";
    const KEYS: &'static [&'static str] = &[
        "id",
        "errorCode",
        "expirationDateTimeUTC",
        "initiatedByUserPrincipalName",
        "managedDeviceId",
        "receivedDateTimeUTC",
        "requestedDateTimeUTC",
        "size",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"errorCode\":                    ",
        ",\"expirationDateTimeUTC\":        ",
        ",\"initiatedByUserPrincipalName\": ",
        ",\"managedDeviceId\":              ",
        ",\"receivedDateTimeUTC\":          ",
        ",\"requestedDateTimeUTC\":         ",
        ",\"size\":                         ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceLogCollectionResponse\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "error_code", &self.error_code);
        v.field(2usize, "expiration_date_time_utc", &self.expiration_date_time_utc);
        v.field(
            3usize,
            "initiated_by_user_principal_name",
            &self.initiated_by_user_principal_name,
        );
        v.field(4usize, "managed_device_id", &self.managed_device_id);
        v.field(5usize, "received_date_time_utc", &self.received_date_time_utc);
        v.field(6usize, "requested_date_time_utc", &self.requested_date_time_utc);
        v.field(7usize, "size", &self.size);
        v.field(8usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for DeviceLogCollectionResponse {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.error_code.read_from(r),
            2usize => self.expiration_date_time_utc.read_from(r),
            3usize => self.initiated_by_user_principal_name.read_from(r),
            4usize => self.managed_device_id.read_from(r),
            5usize => self.received_date_time_utc.read_from(r),
            6usize => self.requested_date_time_utc.read_from(r),
            7usize => self.size.read_from(r),
            8usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.error_code);
        w.field(2usize, &self.expiration_date_time_utc);
        w.field(3usize, &self.initiated_by_user_principal_name);
        w.field(4usize, &self.managed_device_id);
        w.field(5usize, &self.received_date_time_utc);
        w.field(6usize, &self.requested_date_time_utc);
        w.field(7usize, &self.size);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(DeviceLogCollectionResponse);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DeviceLogCollectionResponse { with_id id : ::std::string::String; with_error_code
    error_code : i64; with_expiration_date_time_utc expiration_date_time_utc :
    rt::edm::DateTimeOffset; with_initiated_by_user_principal_name
    initiated_by_user_principal_name : ::std::string::String; with_managed_device_id
    managed_device_id : rt::edm::Guid; with_received_date_time_utc received_date_time_utc
    : rt::edm::DateTimeOffset; with_requested_date_time_utc requested_date_time_utc :
    rt::edm::DateTimeOffset; with_size size : f64; with_status status :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceLogCollectionResponse);
