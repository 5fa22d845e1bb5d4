//! Types of `microsoft.graph` by the first letters of their names (`an`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_search)]
/// Local Action Configuration
///
/// CSDL: `microsoft.graph.androidDeviceComplianceLocalActionBase`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct AndroidDeviceComplianceLocalActionBase {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Number of minutes to wait till a local action is enforced. Valid values 0 to 2147483647
    ///
    /// CSDL: property `gracePeriodInMinutes`: `Edm.Int32`, not nullable.
    pub grace_period_in_minutes: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for AndroidDeviceComplianceLocalActionBase {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            grace_period_in_minutes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for AndroidDeviceComplianceLocalActionBase {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceComplianceLocalActionBase";
    const KEYS: &'static [&'static str] = &["id", "gracePeriodInMinutes"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"gracePeriodInMinutes\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidDeviceComplianceLocalActionBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "grace_period_in_minutes", &self.grace_period_in_minutes);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for AndroidDeviceComplianceLocalActionBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.grace_period_in_minutes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.grace_period_in_minutes);
    }
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
rt::impl_object!(AndroidDeviceComplianceLocalActionBase);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    AndroidDeviceComplianceLocalActionBase { with_id id : ::std::string::String;
    with_grace_period_in_minutes grace_period_in_minutes : i32; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceComplianceLocalActionBase);
#[cfg(msgraph_beta_search)]
/// `microsoft.graph.androidDeviceComplianceLocalActionBase` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta` or `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAndroidDeviceComplianceLocalActionBase {
    AndroidDeviceComplianceLocalActionBase(
        ::std::boxed::Box<crate::beta::AndroidDeviceComplianceLocalActionBase>,
    ),
    AndroidDeviceComplianceLocalActionLockDevice(
        ::std::boxed::Box<crate::beta::AndroidDeviceComplianceLocalActionLockDevice>,
    ),
    AndroidDeviceComplianceLocalActionLockDeviceWithPasscode(
        ::std::boxed::Box<
            crate::beta::AndroidDeviceComplianceLocalActionLockDeviceWithPasscode,
        >,
    ),
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for AnyAndroidDeviceComplianceLocalActionBase {
    #[inline]
    fn default() -> Self {
        Self::AndroidDeviceComplianceLocalActionBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceComplianceLocalActionBase>
for AnyAndroidDeviceComplianceLocalActionBase {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceComplianceLocalActionBase) -> Self {
        Self::AndroidDeviceComplianceLocalActionBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceComplianceLocalActionLockDevice>
for AnyAndroidDeviceComplianceLocalActionBase {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceComplianceLocalActionLockDevice) -> Self {
        Self::AndroidDeviceComplianceLocalActionLockDevice(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::AndroidDeviceComplianceLocalActionLockDeviceWithPasscode,
> for AnyAndroidDeviceComplianceLocalActionBase {
    #[inline]
    fn from(
        v: crate::beta::AndroidDeviceComplianceLocalActionLockDeviceWithPasscode,
    ) -> Self {
        Self::AndroidDeviceComplianceLocalActionLockDeviceWithPasscode(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_search)]
unsafe impl ::std::marker::Send for AnyAndroidDeviceComplianceLocalActionBase {}
#[cfg(msgraph_beta_search)]
unsafe impl ::std::marker::Sync for AnyAndroidDeviceComplianceLocalActionBase {}
#[cfg(msgraph_beta_search)]
impl ::std::marker::Unpin for AnyAndroidDeviceComplianceLocalActionBase {}
#[cfg(msgraph_beta_search)]
impl ::std::panic::UnwindSafe for AnyAndroidDeviceComplianceLocalActionBase {}
#[cfg(msgraph_beta_search)]
impl ::std::panic::RefUnwindSafe for AnyAndroidDeviceComplianceLocalActionBase {}
#[cfg(msgraph_beta_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::AndroidDeviceComplianceLocalActionBase>();
    rt::object::auto_traits::<
        crate::beta::AndroidDeviceComplianceLocalActionLockDevice,
    >();
    rt::object::auto_traits::<
        crate::beta::AndroidDeviceComplianceLocalActionLockDeviceWithPasscode,
    >();
};
#[cfg(msgraph_beta_search)]
impl rt::Poly for AnyAndroidDeviceComplianceLocalActionBase {
    const BASE_NAME: &'static str = "microsoft.graph.androidDeviceComplianceLocalActionBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceComplianceLocalActionLockDevice",
            ) => {
                Self::AndroidDeviceComplianceLocalActionLockDevice(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceComplianceLocalActionLockDeviceWithPasscode",
            ) => {
                Self::AndroidDeviceComplianceLocalActionLockDeviceWithPasscode(
                    rt::object::new_boxed(),
                )
            }
            _ => Self::AndroidDeviceComplianceLocalActionBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AndroidDeviceComplianceLocalActionBase(v) => &**v,
            Self::AndroidDeviceComplianceLocalActionLockDevice(v) => &**v,
            Self::AndroidDeviceComplianceLocalActionLockDeviceWithPasscode(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AndroidDeviceComplianceLocalActionBase(v) => &mut **v,
            Self::AndroidDeviceComplianceLocalActionLockDevice(v) => &mut **v,
            Self::AndroidDeviceComplianceLocalActionLockDeviceWithPasscode(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_search)]
impl AnyAndroidDeviceComplianceLocalActionBase {
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
            Self::AndroidDeviceComplianceLocalActionBase(v) => &v.id,
            Self::AndroidDeviceComplianceLocalActionLockDevice(v) => &v.id,
            Self::AndroidDeviceComplianceLocalActionLockDeviceWithPasscode(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidDeviceComplianceLocalActionBase(v) => &mut v.id,
            Self::AndroidDeviceComplianceLocalActionLockDevice(v) => &mut v.id,
            Self::AndroidDeviceComplianceLocalActionLockDeviceWithPasscode(v) => {
                &mut v.id
            }
        }
    }
    /// `gracePeriodInMinutes` of any variant.
    #[inline]
    pub fn grace_period_in_minutes(&self) -> &rt::Field<i32> {
        match self {
            Self::AndroidDeviceComplianceLocalActionBase(v) => &v.grace_period_in_minutes,
            Self::AndroidDeviceComplianceLocalActionLockDevice(v) => {
                &v.grace_period_in_minutes
            }
            Self::AndroidDeviceComplianceLocalActionLockDeviceWithPasscode(v) => {
                &v.grace_period_in_minutes
            }
        }
    }
    /// `gracePeriodInMinutes` of any variant.
    #[inline]
    pub fn grace_period_in_minutes_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::AndroidDeviceComplianceLocalActionBase(v) => {
                &mut v.grace_period_in_minutes
            }
            Self::AndroidDeviceComplianceLocalActionLockDevice(v) => {
                &mut v.grace_period_in_minutes
            }
            Self::AndroidDeviceComplianceLocalActionLockDeviceWithPasscode(v) => {
                &mut v.grace_period_in_minutes
            }
        }
    }
}
#[cfg(msgraph_beta_search)]
rt::impl_poly!(AnyAndroidDeviceComplianceLocalActionBase);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAndroidDeviceComplianceLocalActionBase);
#[cfg(msgraph_beta_search)]
/// Local Action Lock Device Only Configuration
///
/// CSDL: `microsoft.graph.androidDeviceComplianceLocalActionLockDevice`, entity type, derived from `microsoft.graph.androidDeviceComplianceLocalActionBase`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct AndroidDeviceComplianceLocalActionLockDevice {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Number of minutes to wait till a local action is enforced. Valid values 0 to 2147483647
    ///
    /// CSDL: property `gracePeriodInMinutes`: `Edm.Int32`, not nullable.
    pub grace_period_in_minutes: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for AndroidDeviceComplianceLocalActionLockDevice {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            grace_period_in_minutes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for AndroidDeviceComplianceLocalActionLockDevice {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceComplianceLocalActionLockDevice";
    const KEYS: &'static [&'static str] = &["id", "gracePeriodInMinutes"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"gracePeriodInMinutes\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidDeviceComplianceLocalActionLockDevice\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "grace_period_in_minutes", &self.grace_period_in_minutes);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for AndroidDeviceComplianceLocalActionLockDevice {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.grace_period_in_minutes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.grace_period_in_minutes);
    }
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
rt::impl_object!(AndroidDeviceComplianceLocalActionLockDevice);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    AndroidDeviceComplianceLocalActionLockDevice { with_id id : ::std::string::String;
    with_grace_period_in_minutes grace_period_in_minutes : i32; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceComplianceLocalActionLockDevice);
#[cfg(msgraph_beta_search)]
/// Local Action Lock Device with Passcode Configuration
///
/// CSDL: `microsoft.graph.androidDeviceComplianceLocalActionLockDeviceWithPasscode`, entity type, derived from `microsoft.graph.androidDeviceComplianceLocalActionBase`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct AndroidDeviceComplianceLocalActionLockDeviceWithPasscode {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Number of minutes to wait till a local action is enforced. Valid values 0 to 2147483647
    ///
    /// CSDL: property `gracePeriodInMinutes`: `Edm.Int32`, not nullable.
    pub grace_period_in_minutes: rt::Field<i32>,
    /// Passcode to reset to Android device. This property is read-only.
    ///
    /// CSDL: property `passcode`: `Edm.String`, nullable.
    pub passcode: rt::Field<::std::string::String>,
    /// Number of sign in failures before wiping device, the value can be 4-11. Valid values 4 to 11
    ///
    /// CSDL: property `passcodeSignInFailureCountBeforeWipe`: `Edm.Int32`, nullable.
    pub passcode_sign_in_failure_count_before_wipe: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default
for AndroidDeviceComplianceLocalActionLockDeviceWithPasscode {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            grace_period_in_minutes: rt::Field::Absent,
            passcode: rt::Field::Absent,
            passcode_sign_in_failure_count_before_wipe: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for AndroidDeviceComplianceLocalActionLockDeviceWithPasscode {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceComplianceLocalActionLockDeviceWithPasscode";
    const KEYS: &'static [&'static str] = &[
        "id",
        "gracePeriodInMinutes",
        "passcode",
        "passcodeSignInFailureCountBeforeWipe",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"gracePeriodInMinutes\":         ",
        ",\"passcode\":                     ",
        ",\"passcodeSignInFailureCountBeforeWipe\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidDeviceComplianceLocalActionLockDeviceWithPasscode\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "grace_period_in_minutes", &self.grace_period_in_minutes);
        v.field(2usize, "passcode", &self.passcode);
        v.field(
            3usize,
            "passcode_sign_in_failure_count_before_wipe",
            &self.passcode_sign_in_failure_count_before_wipe,
        );
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for AndroidDeviceComplianceLocalActionLockDeviceWithPasscode {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.grace_period_in_minutes.read_from(r),
            2usize => self.passcode.read_from(r),
            3usize => self.passcode_sign_in_failure_count_before_wipe.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.grace_period_in_minutes);
        w.field(2usize, &self.passcode);
        w.field(3usize, &self.passcode_sign_in_failure_count_before_wipe);
    }
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
rt::impl_object!(AndroidDeviceComplianceLocalActionLockDeviceWithPasscode);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    AndroidDeviceComplianceLocalActionLockDeviceWithPasscode { with_id id :
    ::std::string::String; with_grace_period_in_minutes grace_period_in_minutes : i32;
    with_passcode passcode : ::std::string::String;
    with_passcode_sign_in_failure_count_before_wipe
    passcode_sign_in_failure_count_before_wipe : i32; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceComplianceLocalActionLockDeviceWithPasscode);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidDeviceOwnerBatteryPluggedMode`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidDeviceOwnerBatteryPluggedMode {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `ac` (value 1).
    Ac,
    /// `usb` (value 2).
    Usb,
    /// `wireless` (value 3).
    Wireless,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidDeviceOwnerBatteryPluggedMode {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerBatteryPluggedMode";
    const MEMBERS: &'static [&'static str] = &["notConfigured", "ac", "usb", "wireless"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "ac" => Self::Ac,
                "usb" => Self::Usb,
                "wireless" => Self::Wireless,
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
            Self::Ac => "ac",
            Self::Usb => "usb",
            Self::Wireless => "wireless",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidDeviceOwnerBatteryPluggedMode);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerBatteryPluggedMode);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidDeviceOwnerEnrollmentMode`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidDeviceOwnerEnrollmentMode {
    /// `corporateOwnedDedicatedDevice` (value 0).
    CorporateOwnedDedicatedDevice,
    /// `corporateOwnedFullyManaged` (value 1).
    CorporateOwnedFullyManaged,
    /// `corporateOwnedWorkProfile` (value 2).
    CorporateOwnedWorkProfile,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidDeviceOwnerEnrollmentMode {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerEnrollmentMode";
    const MEMBERS: &'static [&'static str] = &[
        "corporateOwnedDedicatedDevice",
        "corporateOwnedFullyManaged",
        "corporateOwnedWorkProfile",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "corporateOwnedDedicatedDevice" => Self::CorporateOwnedDedicatedDevice,
                "corporateOwnedFullyManaged" => Self::CorporateOwnedFullyManaged,
                "corporateOwnedWorkProfile" => Self::CorporateOwnedWorkProfile,
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
            Self::CorporateOwnedDedicatedDevice => "corporateOwnedDedicatedDevice",
            Self::CorporateOwnedFullyManaged => "corporateOwnedFullyManaged",
            Self::CorporateOwnedWorkProfile => "corporateOwnedWorkProfile",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidDeviceOwnerEnrollmentMode);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerEnrollmentMode);
#[cfg(msgraph_beta_device_management_or_search)]
/// Enrollment Profile used to enroll Android Enterprise devices using Google's Cloud Management.
///
/// CSDL: `microsoft.graph.androidDeviceOwnerEnrollmentProfile`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AndroidDeviceOwnerEnrollmentProfilePath`](requests/trait.AndroidDeviceOwnerEnrollmentProfilePath.html), what a path to one (`EntityPath<AndroidDeviceOwnerEnrollmentProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidDeviceOwnerEnrollmentProfile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Tenant GUID the enrollment profile belongs to.
    ///
    /// CSDL: property `accountId`: `Edm.String`, nullable.
    pub account_id: rt::Field<::std::string::String>,
    /// Date time the enrollment profile was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Description for the enrollment profile.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Display name for the enrollment profile.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Total number of Android devices that have enrolled using this enrollment profile.
    ///
    /// CSDL: property `enrolledDeviceCount`: `Edm.Int32`, not nullable.
    pub enrolled_device_count: rt::Field<i32>,
    /// The enrollment mode of devices that use this enrollment profile.
    ///
    /// CSDL: property `enrollmentMode`: `microsoft.graph.androidDeviceOwnerEnrollmentMode`, not nullable.
    pub enrollment_mode: rt::Field<crate::beta::AndroidDeviceOwnerEnrollmentMode>,
    /// The enrollment token type for an enrollment profile.
    ///
    /// CSDL: property `enrollmentTokenType`: `microsoft.graph.androidDeviceOwnerEnrollmentTokenType`, not nullable.
    pub enrollment_token_type: rt::Field<
        crate::beta::AndroidDeviceOwnerEnrollmentTokenType,
    >,
    /// Date time the enrollment profile was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// String used to generate a QR code for the token.
    ///
    /// CSDL: property `qrCodeContent`: `Edm.String`, nullable.
    pub qr_code_content: rt::Field<::std::string::String>,
    /// String used to generate a QR code for the token.
    ///
    /// CSDL: property `qrCodeImage`: `microsoft.graph.mimeContent`, nullable.
    pub qr_code_image: rt::Field<crate::beta::MimeContent>,
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Date time the most recently created token was created.
    ///
    /// CSDL: property `tokenCreationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub token_creation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Date time the most recently created token will expire.
    ///
    /// CSDL: property `tokenExpirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub token_expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Value of the most recently created token for this enrollment profile.
    ///
    /// CSDL: property `tokenValue`: `Edm.String`, nullable.
    pub token_value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidDeviceOwnerEnrollmentProfile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            account_id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            enrolled_device_count: rt::Field::Absent,
            enrollment_mode: rt::Field::Absent,
            enrollment_token_type: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            qr_code_content: rt::Field::Absent,
            qr_code_image: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            token_creation_date_time: rt::Field::Absent,
            token_expiration_date_time: rt::Field::Absent,
            token_value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidDeviceOwnerEnrollmentProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerEnrollmentProfile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "accountId",
        "createdDateTime",
        "description",
        "displayName",
        "enrolledDeviceCount",
        "enrollmentMode",
        "enrollmentTokenType",
        "lastModifiedDateTime",
        "qrCodeContent",
        "qrCodeImage",
        "roleScopeTagIds",
        "tokenCreationDateTime",
        "tokenExpirationDateTime",
        "tokenValue",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"accountId\":                    ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"enrolledDeviceCount\":          ",
        ",\"enrollmentMode\":               ",
        ",\"enrollmentTokenType\":          ",
        ",\"lastModifiedDateTime\":         ",
        ",\"qrCodeContent\":                ",
        ",\"qrCodeImage\":                  ",
        ",\"roleScopeTagIds\":              ",
        ",\"tokenCreationDateTime\":        ",
        ",\"tokenExpirationDateTime\":      ",
        ",\"tokenValue\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidDeviceOwnerEnrollmentProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "account_id", &self.account_id);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "enrolled_device_count", &self.enrolled_device_count);
        v.field(6usize, "enrollment_mode", &self.enrollment_mode);
        v.field(7usize, "enrollment_token_type", &self.enrollment_token_type);
        v.field(8usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(9usize, "qr_code_content", &self.qr_code_content);
        v.field(10usize, "qr_code_image", &self.qr_code_image);
        v.field(11usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(12usize, "token_creation_date_time", &self.token_creation_date_time);
        v.field(13usize, "token_expiration_date_time", &self.token_expiration_date_time);
        v.field(14usize, "token_value", &self.token_value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidDeviceOwnerEnrollmentProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.account_id.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.enrolled_device_count.read_from(r),
            6usize => self.enrollment_mode.read_from(r),
            7usize => self.enrollment_token_type.read_from(r),
            8usize => self.last_modified_date_time.read_from(r),
            9usize => self.qr_code_content.read_from(r),
            10usize => self.qr_code_image.read_from(r),
            11usize => self.role_scope_tag_ids.read_from(r),
            12usize => self.token_creation_date_time.read_from(r),
            13usize => self.token_expiration_date_time.read_from(r),
            14usize => self.token_value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.account_id);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.enrolled_device_count);
        w.field(6usize, &self.enrollment_mode);
        w.field(7usize, &self.enrollment_token_type);
        w.field(8usize, &self.last_modified_date_time);
        w.field(9usize, &self.qr_code_content);
        w.field(10usize, &self.qr_code_image);
        w.field(11usize, &self.role_scope_tag_ids);
        w.field(12usize, &self.token_creation_date_time);
        w.field(13usize, &self.token_expiration_date_time);
        w.field(14usize, &self.token_value);
    }
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
rt::impl_object!(AndroidDeviceOwnerEnrollmentProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidDeviceOwnerEnrollmentProfile { with_id id : ::std::string::String;
    with_account_id account_id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_enrolled_device_count enrolled_device_count : i32; with_enrollment_mode
    enrollment_mode : crate ::beta::AndroidDeviceOwnerEnrollmentMode;
    with_enrollment_token_type enrollment_token_type : crate
    ::beta::AndroidDeviceOwnerEnrollmentTokenType; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_qr_code_content
    qr_code_content : ::std::string::String; with_qr_code_image qr_code_image : crate
    ::beta::MimeContent; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec <
    ::std::string::String >; with_token_creation_date_time token_creation_date_time :
    rt::edm::DateTimeOffset; with_token_expiration_date_time token_expiration_date_time :
    rt::edm::DateTimeOffset; with_token_value token_value : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerEnrollmentProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidDeviceOwnerEnrollmentProfileType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidDeviceOwnerEnrollmentProfileType {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `dedicatedDevice` (value 1).
    DedicatedDevice,
    /// `fullyManaged` (value 2).
    FullyManaged,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidDeviceOwnerEnrollmentProfileType {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerEnrollmentProfileType";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "dedicatedDevice",
        "fullyManaged",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "dedicatedDevice" => Self::DedicatedDevice,
                "fullyManaged" => Self::FullyManaged,
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
            Self::DedicatedDevice => "dedicatedDevice",
            Self::FullyManaged => "fullyManaged",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidDeviceOwnerEnrollmentProfileType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerEnrollmentProfileType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidDeviceOwnerEnrollmentTokenType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidDeviceOwnerEnrollmentTokenType {
    /// `default` (value 0).
    Default,
    /// `corporateOwnedDedicatedDeviceWithAzureADSharedMode` (value 1).
    CorporateOwnedDedicatedDeviceWithAzureAdSharedMode,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidDeviceOwnerEnrollmentTokenType {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerEnrollmentTokenType";
    const MEMBERS: &'static [&'static str] = &[
        "default",
        "corporateOwnedDedicatedDeviceWithAzureADSharedMode",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "default" => Self::Default,
                "corporateOwnedDedicatedDeviceWithAzureADSharedMode" => {
                    Self::CorporateOwnedDedicatedDeviceWithAzureAdSharedMode
                }
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
            Self::Default => "default",
            Self::CorporateOwnedDedicatedDeviceWithAzureAdSharedMode => {
                "corporateOwnedDedicatedDeviceWithAzureADSharedMode"
            }
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidDeviceOwnerEnrollmentTokenType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerEnrollmentTokenType);
#[cfg(msgraph_beta_device_management_or_search)]
/// Android Device Owner Global Proxy.
///
/// CSDL: `microsoft.graph.androidDeviceOwnerGlobalProxy`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidDeviceOwnerGlobalProxy {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidDeviceOwnerGlobalProxy {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidDeviceOwnerGlobalProxy {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerGlobalProxy";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.androidDeviceOwnerGlobalProxy\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidDeviceOwnerGlobalProxy {
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
rt::impl_object!(AndroidDeviceOwnerGlobalProxy);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerGlobalProxy);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.androidDeviceOwnerGlobalProxy` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAndroidDeviceOwnerGlobalProxy {
    AndroidDeviceOwnerGlobalProxy(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerGlobalProxy>,
    ),
    AndroidDeviceOwnerGlobalProxyAutoConfig(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerGlobalProxyAutoConfig>,
    ),
    AndroidDeviceOwnerGlobalProxyDirect(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerGlobalProxyDirect>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyAndroidDeviceOwnerGlobalProxy {
    #[inline]
    fn default() -> Self {
        Self::AndroidDeviceOwnerGlobalProxy(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerGlobalProxy>
for AnyAndroidDeviceOwnerGlobalProxy {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerGlobalProxy) -> Self {
        Self::AndroidDeviceOwnerGlobalProxy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerGlobalProxyAutoConfig>
for AnyAndroidDeviceOwnerGlobalProxy {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerGlobalProxyAutoConfig) -> Self {
        Self::AndroidDeviceOwnerGlobalProxyAutoConfig(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerGlobalProxyDirect>
for AnyAndroidDeviceOwnerGlobalProxy {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerGlobalProxyDirect) -> Self {
        Self::AndroidDeviceOwnerGlobalProxyDirect(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyAndroidDeviceOwnerGlobalProxy {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyAndroidDeviceOwnerGlobalProxy {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyAndroidDeviceOwnerGlobalProxy {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyAndroidDeviceOwnerGlobalProxy {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAndroidDeviceOwnerGlobalProxy {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::AndroidDeviceOwnerGlobalProxy>();
    rt::object::auto_traits::<crate::beta::AndroidDeviceOwnerGlobalProxyAutoConfig>();
    rt::object::auto_traits::<crate::beta::AndroidDeviceOwnerGlobalProxyDirect>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyAndroidDeviceOwnerGlobalProxy {
    const BASE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerGlobalProxy";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerGlobalProxyAutoConfig",
            ) => Self::AndroidDeviceOwnerGlobalProxyAutoConfig(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerGlobalProxyDirect",
            ) => Self::AndroidDeviceOwnerGlobalProxyDirect(rt::object::new_boxed()),
            _ => Self::AndroidDeviceOwnerGlobalProxy(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AndroidDeviceOwnerGlobalProxy(v) => &**v,
            Self::AndroidDeviceOwnerGlobalProxyAutoConfig(v) => &**v,
            Self::AndroidDeviceOwnerGlobalProxyDirect(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AndroidDeviceOwnerGlobalProxy(v) => &mut **v,
            Self::AndroidDeviceOwnerGlobalProxyAutoConfig(v) => &mut **v,
            Self::AndroidDeviceOwnerGlobalProxyDirect(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyAndroidDeviceOwnerGlobalProxy {
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
rt::impl_poly!(AnyAndroidDeviceOwnerGlobalProxy);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAndroidDeviceOwnerGlobalProxy);
#[cfg(msgraph_beta_device_management_or_search)]
/// Android Device Owner Global Proxy Auto Config.
///
/// CSDL: `microsoft.graph.androidDeviceOwnerGlobalProxyAutoConfig`, complex type, derived from `microsoft.graph.androidDeviceOwnerGlobalProxy`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidDeviceOwnerGlobalProxyAutoConfig {
    /// The proxy auto-config URL
    ///
    /// CSDL: property `proxyAutoConfigURL`: `Edm.String`, not nullable.
    pub proxy_auto_config_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidDeviceOwnerGlobalProxyAutoConfig {
    #[inline]
    fn default() -> Self {
        Self {
            proxy_auto_config_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidDeviceOwnerGlobalProxyAutoConfig {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerGlobalProxyAutoConfig";
    const KEYS: &'static [&'static str] = &["proxyAutoConfigURL"];
    const KEYS_JSON: &'static [&'static str] = &[",\"proxyAutoConfigURL\":           "];
    const TAG: &'static str = "\"#microsoft.graph.androidDeviceOwnerGlobalProxyAutoConfig\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "proxy_auto_config_url", &self.proxy_auto_config_url);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidDeviceOwnerGlobalProxyAutoConfig {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.proxy_auto_config_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.proxy_auto_config_url);
    }
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
rt::impl_object!(AndroidDeviceOwnerGlobalProxyAutoConfig);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidDeviceOwnerGlobalProxyAutoConfig { with_proxy_auto_config_url
    proxy_auto_config_url : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerGlobalProxyAutoConfig);
#[cfg(msgraph_beta_device_management_or_search)]
/// Android Device Owner Global Proxy Direct.
///
/// CSDL: `microsoft.graph.androidDeviceOwnerGlobalProxyDirect`, complex type, derived from `microsoft.graph.androidDeviceOwnerGlobalProxy`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidDeviceOwnerGlobalProxyDirect {
    /// The excluded hosts
    ///
    /// CSDL: property `excludedHosts`: `Collection(Edm.String)`, nullable.
    pub excluded_hosts: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The host name
    ///
    /// CSDL: property `host`: `Edm.String`, not nullable.
    pub host: rt::Field<::std::string::String>,
    /// The port
    ///
    /// CSDL: property `port`: `Edm.Int32`, not nullable.
    pub port: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidDeviceOwnerGlobalProxyDirect {
    #[inline]
    fn default() -> Self {
        Self {
            excluded_hosts: rt::Field::Absent,
            host: rt::Field::Absent,
            port: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidDeviceOwnerGlobalProxyDirect {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerGlobalProxyDirect";
    const KEYS: &'static [&'static str] = &["excludedHosts", "host", "port"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"excludedHosts\":                ",
        ",\"host\":                         ",
        ",\"port\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidDeviceOwnerGlobalProxyDirect\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "excluded_hosts", &self.excluded_hosts);
        v.field(1usize, "host", &self.host);
        v.field(2usize, "port", &self.port);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidDeviceOwnerGlobalProxyDirect {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.excluded_hosts.read_from(r),
            1usize => self.host.read_from(r),
            2usize => self.port.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.excluded_hosts);
        w.field(1usize, &self.host);
        w.field(2usize, &self.port);
    }
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
rt::impl_object!(AndroidDeviceOwnerGlobalProxyDirect);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidDeviceOwnerGlobalProxyDirect { with_excluded_hosts excluded_hosts :
    ::std::vec::Vec < ::std::string::String >; with_host host : ::std::string::String;
    with_port port : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerGlobalProxyDirect);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidDeviceOwnerKioskCustomizationSystemNavigation`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidDeviceOwnerKioskCustomizationSystemNavigation {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `navigationEnabled` (value 1).
    NavigationEnabled,
    /// `homeButtonOnly` (value 2).
    HomeButtonOnly,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidDeviceOwnerKioskCustomizationSystemNavigation {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerKioskCustomizationSystemNavigation";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "navigationEnabled",
        "homeButtonOnly",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "navigationEnabled" => Self::NavigationEnabled,
                "homeButtonOnly" => Self::HomeButtonOnly,
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
            Self::NavigationEnabled => "navigationEnabled",
            Self::HomeButtonOnly => "homeButtonOnly",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidDeviceOwnerKioskCustomizationSystemNavigation);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerKioskCustomizationSystemNavigation);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidDeviceOwnerKioskModeFolderIcon`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidDeviceOwnerKioskModeFolderIcon {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `darkSquare` (value 1).
    DarkSquare,
    /// `darkCircle` (value 2).
    DarkCircle,
    /// `lightSquare` (value 3).
    LightSquare,
    /// `lightCircle` (value 4).
    LightCircle,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidDeviceOwnerKioskModeFolderIcon {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerKioskModeFolderIcon";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "darkSquare",
        "darkCircle",
        "lightSquare",
        "lightCircle",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "darkSquare" => Self::DarkSquare,
                "darkCircle" => Self::DarkCircle,
                "lightSquare" => Self::LightSquare,
                "lightCircle" => Self::LightCircle,
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
            Self::DarkSquare => "darkSquare",
            Self::DarkCircle => "darkCircle",
            Self::LightSquare => "lightSquare",
            Self::LightCircle => "lightCircle",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidDeviceOwnerKioskModeFolderIcon);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerKioskModeFolderIcon);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidDeviceOwnerSystemUpdateInstallType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidDeviceOwnerSystemUpdateInstallType {
    /// `deviceDefault` (value 0).
    DeviceDefault,
    /// `postpone` (value 1).
    Postpone,
    /// `windowed` (value 2).
    Windowed,
    /// `automatic` (value 3).
    Automatic,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidDeviceOwnerSystemUpdateInstallType {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerSystemUpdateInstallType";
    const MEMBERS: &'static [&'static str] = &[
        "deviceDefault",
        "postpone",
        "windowed",
        "automatic",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "deviceDefault" => Self::DeviceDefault,
                "postpone" => Self::Postpone,
                "windowed" => Self::Windowed,
                "automatic" => Self::Automatic,
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
            Self::DeviceDefault => "deviceDefault",
            Self::Postpone => "postpone",
            Self::Windowed => "windowed",
            Self::Automatic => "automatic",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidDeviceOwnerSystemUpdateInstallType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerSystemUpdateInstallType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidDeviceOwnerVirtualHomeButtonType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidDeviceOwnerVirtualHomeButtonType {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `swipeUp` (value 1).
    SwipeUp,
    /// `floating` (value 2).
    Floating,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidDeviceOwnerVirtualHomeButtonType {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerVirtualHomeButtonType";
    const MEMBERS: &'static [&'static str] = &["notConfigured", "swipeUp", "floating"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "swipeUp" => Self::SwipeUp,
                "floating" => Self::Floating,
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
            Self::SwipeUp => "swipeUp",
            Self::Floating => "floating",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidDeviceOwnerVirtualHomeButtonType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerVirtualHomeButtonType);
#[cfg(msgraph_beta_device_management_or_search)]
/// A class to hold specialty enrollment data used for enrolling via Google's Android Management API, such as Token, Url, and QR code content
///
/// CSDL: `microsoft.graph.androidEnrollmentCompanyCode`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidEnrollmentCompanyCode {
    /// Enrollment Token used by the User to enroll their device.
    ///
    /// CSDL: property `enrollmentToken`: `Edm.String`, nullable.
    pub enrollment_token: rt::Field<::std::string::String>,
    /// String used to generate a QR code for the token.
    ///
    /// CSDL: property `qrCodeContent`: `Edm.String`, nullable.
    pub qr_code_content: rt::Field<::std::string::String>,
    /// Generated QR code for the token.
    ///
    /// CSDL: property `qrCodeImage`: `microsoft.graph.mimeContent`, nullable.
    pub qr_code_image: rt::Field<crate::beta::MimeContent>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidEnrollmentCompanyCode {
    #[inline]
    fn default() -> Self {
        Self {
            enrollment_token: rt::Field::Absent,
            qr_code_content: rt::Field::Absent,
            qr_code_image: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidEnrollmentCompanyCode {
    const TYPE_NAME: &'static str = "microsoft.graph.androidEnrollmentCompanyCode";
    const KEYS: &'static [&'static str] = &[
        "enrollmentToken",
        "qrCodeContent",
        "qrCodeImage",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"enrollmentToken\":              ",
        ",\"qrCodeContent\":                ",
        ",\"qrCodeImage\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidEnrollmentCompanyCode\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "enrollment_token", &self.enrollment_token);
        v.field(1usize, "qr_code_content", &self.qr_code_content);
        v.field(2usize, "qr_code_image", &self.qr_code_image);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidEnrollmentCompanyCode {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.enrollment_token.read_from(r),
            1usize => self.qr_code_content.read_from(r),
            2usize => self.qr_code_image.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.enrollment_token);
        w.field(1usize, &self.qr_code_content);
        w.field(2usize, &self.qr_code_image);
    }
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
rt::impl_object!(AndroidEnrollmentCompanyCode);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidEnrollmentCompanyCode { with_enrollment_token enrollment_token :
    ::std::string::String; with_qr_code_content qr_code_content : ::std::string::String;
    with_qr_code_image qr_code_image : crate ::beta::MimeContent; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidEnrollmentCompanyCode);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties and inherited properties for Android for Work (AFW) Apps.
///
/// CSDL: `microsoft.graph.androidForWorkApp`, entity type, derived from `microsoft.graph.mobileApp`, key `id`.
///
/// Request builders: [`MobileAppPath`](requests/trait.MobileAppPath.html), what a path to one (`EntityPath<AndroidForWorkApp, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidForWorkApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the app was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The total number of dependencies the child app has.
    ///
    /// CSDL: property `dependentAppCount`: `Edm.Int32`, not nullable.
    pub dependent_app_count: rt::Field<i32>,
    /// The description of the app.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The developer of the app.
    ///
    /// CSDL: property `developer`: `Edm.String`, nullable.
    pub developer: rt::Field<::std::string::String>,
    /// The admin provided or imported title of the app.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The more information Url.
    ///
    /// CSDL: property `informationUrl`: `Edm.String`, nullable.
    pub information_url: rt::Field<::std::string::String>,
    /// The value indicating whether the app is assigned to at least one group.
    ///
    /// CSDL: property `isAssigned`: `Edm.Boolean`, not nullable.
    pub is_assigned: rt::Field<bool>,
    /// The value indicating whether the app is marked as featured by the admin.
    ///
    /// CSDL: property `isFeatured`: `Edm.Boolean`, not nullable.
    pub is_featured: rt::Field<bool>,
    /// The large icon, to be displayed in the app details and used for upload of the icon.
    ///
    /// CSDL: property `largeIcon`: `microsoft.graph.mimeContent`, nullable.
    pub large_icon: rt::Field<crate::beta::MimeContent>,
    /// The date and time the app was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Notes for the app.
    ///
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// The owner of the app.
    ///
    /// CSDL: property `owner`: `Edm.String`, nullable.
    pub owner: rt::Field<::std::string::String>,
    /// The privacy statement Url.
    ///
    /// CSDL: property `privacyInformationUrl`: `Edm.String`, nullable.
    pub privacy_information_url: rt::Field<::std::string::String>,
    /// The publisher of the app.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// The publishing state for the app. The app cannot be assigned unless the app is published.
    ///
    /// CSDL: property `publishingState`: `microsoft.graph.mobileAppPublishingState`, not nullable.
    pub publishing_state: rt::Field<crate::beta::MobileAppPublishingState>,
    /// List of scope tag ids for this mobile app.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The total number of apps this app is directly or indirectly superseded by.
    ///
    /// CSDL: property `supersededAppCount`: `Edm.Int32`, not nullable.
    pub superseded_app_count: rt::Field<i32>,
    /// The total number of apps this app directly or indirectly supersedes.
    ///
    /// CSDL: property `supersedingAppCount`: `Edm.Int32`, not nullable.
    pub superseding_app_count: rt::Field<i32>,
    /// The upload state. Possible values are: 0 - `Not Ready`, 1 - `Ready`, 2 - `Processing`.
    ///
    /// CSDL: property `uploadState`: `Edm.Int32`, not nullable.
    pub upload_state: rt::Field<i32>,
    /// The list of group assignments for this mobile app.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.mobileAppAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::beta::MobileAppAssignment>>,
    /// The list of categories for this app.
    ///
    /// CSDL: navigation property `categories`: `Collection(microsoft.graph.mobileAppCategory)`, not nullable.
    pub categories: rt::Field<::std::vec::Vec<crate::beta::MobileAppCategory>>,
    /// The list of installation states for this mobile app.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.mobileAppInstallStatus)`, not nullable.
    pub device_statuses: rt::Field<::std::vec::Vec<crate::beta::MobileAppInstallStatus>>,
    /// Mobile App Install Summary.
    ///
    /// CSDL: containment navigation property `installSummary`: `microsoft.graph.mobileAppInstallSummary`, nullable.
    pub install_summary: rt::Field<crate::beta::MobileAppInstallSummary>,
    /// The set of direct relationships for this app.
    ///
    /// CSDL: containment navigation property `relationships`: `Collection(microsoft.graph.mobileAppRelationship)`, not nullable.
    pub relationships: rt::Field<::std::vec::Vec<crate::beta::AnyMobileAppRelationship>>,
    /// The list of installation states for this mobile app.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.userAppInstallStatus)`, not nullable.
    pub user_statuses: rt::Field<::std::vec::Vec<crate::beta::UserAppInstallStatus>>,
    /// The Identity Name.
    ///
    /// CSDL: property `appIdentifier`: `Edm.String`, nullable.
    pub app_identifier: rt::Field<::std::string::String>,
    /// The Play for Work Store app URL.
    ///
    /// CSDL: property `appStoreUrl`: `Edm.String`, nullable.
    pub app_store_url: rt::Field<::std::string::String>,
    /// The package identifier.
    ///
    /// CSDL: property `packageId`: `Edm.String`, nullable.
    pub package_id: rt::Field<::std::string::String>,
    /// The total number of VPP licenses.
    ///
    /// CSDL: property `totalLicenseCount`: `Edm.Int32`, not nullable.
    pub total_license_count: rt::Field<i32>,
    /// The number of VPP licenses in use.
    ///
    /// CSDL: property `usedLicenseCount`: `Edm.Int32`, not nullable.
    pub used_license_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AndroidForWorkApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            dependent_app_count: rt::Field::Absent,
            description: rt::Field::Absent,
            developer: rt::Field::Absent,
            display_name: rt::Field::Absent,
            information_url: rt::Field::Absent,
            is_assigned: rt::Field::Absent,
            is_featured: rt::Field::Absent,
            large_icon: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            notes: rt::Field::Absent,
            owner: rt::Field::Absent,
            privacy_information_url: rt::Field::Absent,
            publisher: rt::Field::Absent,
            publishing_state: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            superseded_app_count: rt::Field::Absent,
            superseding_app_count: rt::Field::Absent,
            upload_state: rt::Field::Absent,
            assignments: rt::Field::Absent,
            categories: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            install_summary: rt::Field::Absent,
            relationships: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            app_identifier: rt::Field::Absent,
            app_store_url: rt::Field::Absent,
            package_id: rt::Field::Absent,
            total_license_count: rt::Field::Absent,
            used_license_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for AndroidForWorkApp {
    const TYPE_NAME: &'static str = "microsoft.graph.androidForWorkApp";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "dependentAppCount",
        "description",
        "developer",
        "displayName",
        "informationUrl",
        "isAssigned",
        "isFeatured",
        "largeIcon",
        "lastModifiedDateTime",
        "notes",
        "owner",
        "privacyInformationUrl",
        "publisher",
        "publishingState",
        "roleScopeTagIds",
        "supersededAppCount",
        "supersedingAppCount",
        "uploadState",
        "assignments",
        "categories",
        "deviceStatuses",
        "installSummary",
        "relationships",
        "userStatuses",
        "appIdentifier",
        "appStoreUrl",
        "packageId",
        "totalLicenseCount",
        "usedLicenseCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"dependentAppCount\":            ",
        ",\"description\":                  ",
        ",\"developer\":                    ",
        ",\"displayName\":                  ",
        ",\"informationUrl\":               ",
        ",\"isAssigned\":                   ",
        ",\"isFeatured\":                   ",
        ",\"largeIcon\":                    ",
        ",\"lastModifiedDateTime\":         ",
        ",\"notes\":                        ",
        ",\"owner\":                        ",
        ",\"privacyInformationUrl\":        ",
        ",\"publisher\":                    ",
        ",\"publishingState\":              ",
        ",\"roleScopeTagIds\":              ",
        ",\"supersededAppCount\":           ",
        ",\"supersedingAppCount\":          ",
        ",\"uploadState\":                  ",
        ",\"assignments\":                  ",
        ",\"categories\":                   ",
        ",\"deviceStatuses\":               ",
        ",\"installSummary\":               ",
        ",\"relationships\":                ",
        ",\"userStatuses\":                 ",
        ",\"appIdentifier\":                ",
        ",\"appStoreUrl\":                  ",
        ",\"packageId\":                    ",
        ",\"totalLicenseCount\":            ",
        ",\"usedLicenseCount\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidForWorkApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "dependent_app_count", &self.dependent_app_count);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "developer", &self.developer);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "information_url", &self.information_url);
        v.field(7usize, "is_assigned", &self.is_assigned);
        v.field(8usize, "is_featured", &self.is_featured);
        v.field(9usize, "large_icon", &self.large_icon);
        v.field(10usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(11usize, "notes", &self.notes);
        v.field(12usize, "owner", &self.owner);
        v.field(13usize, "privacy_information_url", &self.privacy_information_url);
        v.field(14usize, "publisher", &self.publisher);
        v.field(15usize, "publishing_state", &self.publishing_state);
        v.field(16usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(17usize, "superseded_app_count", &self.superseded_app_count);
        v.field(18usize, "superseding_app_count", &self.superseding_app_count);
        v.field(19usize, "upload_state", &self.upload_state);
        v.field(20usize, "assignments", &self.assignments);
        v.field(21usize, "categories", &self.categories);
        v.field(22usize, "device_statuses", &self.device_statuses);
        v.field(23usize, "install_summary", &self.install_summary);
        v.field(24usize, "relationships", &self.relationships);
        v.field(25usize, "user_statuses", &self.user_statuses);
        v.field(26usize, "app_identifier", &self.app_identifier);
        v.field(27usize, "app_store_url", &self.app_store_url);
        v.field(28usize, "package_id", &self.package_id);
        v.field(29usize, "total_license_count", &self.total_license_count);
        v.field(30usize, "used_license_count", &self.used_license_count);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for AndroidForWorkApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.dependent_app_count.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.developer.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.information_url.read_from(r),
            7usize => self.is_assigned.read_from(r),
            8usize => self.is_featured.read_from(r),
            9usize => self.large_icon.read_from(r),
            10usize => self.last_modified_date_time.read_from(r),
            11usize => self.notes.read_from(r),
            12usize => self.owner.read_from(r),
            13usize => self.privacy_information_url.read_from(r),
            14usize => self.publisher.read_from(r),
            15usize => self.publishing_state.read_from(r),
            16usize => self.role_scope_tag_ids.read_from(r),
            17usize => self.superseded_app_count.read_from(r),
            18usize => self.superseding_app_count.read_from(r),
            19usize => self.upload_state.read_from(r),
            20usize => self.assignments.read_from(r),
            21usize => self.categories.read_from(r),
            22usize => self.device_statuses.read_from(r),
            23usize => self.install_summary.read_from(r),
            24usize => self.relationships.read_from(r),
            25usize => self.user_statuses.read_from(r),
            26usize => self.app_identifier.read_from(r),
            27usize => self.app_store_url.read_from(r),
            28usize => self.package_id.read_from(r),
            29usize => self.total_license_count.read_from(r),
            30usize => self.used_license_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.dependent_app_count);
        w.field(3usize, &self.description);
        w.field(4usize, &self.developer);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.information_url);
        w.field(7usize, &self.is_assigned);
        w.field(8usize, &self.is_featured);
        w.field(9usize, &self.large_icon);
        w.field(10usize, &self.last_modified_date_time);
        w.field(11usize, &self.notes);
        w.field(12usize, &self.owner);
        w.field(13usize, &self.privacy_information_url);
        w.field(14usize, &self.publisher);
        w.field(15usize, &self.publishing_state);
        w.field(16usize, &self.role_scope_tag_ids);
        w.field(17usize, &self.superseded_app_count);
        w.field(18usize, &self.superseding_app_count);
        w.field(19usize, &self.upload_state);
        w.field(20usize, &self.assignments);
        w.field(21usize, &self.categories);
        w.field(22usize, &self.device_statuses);
        w.field(23usize, &self.install_summary);
        w.field(24usize, &self.relationships);
        w.field(25usize, &self.user_statuses);
        w.field(26usize, &self.app_identifier);
        w.field(27usize, &self.app_store_url);
        w.field(28usize, &self.package_id);
        w.field(29usize, &self.total_license_count);
        w.field(30usize, &self.used_license_count);
    }
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
rt::impl_object!(AndroidForWorkApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    AndroidForWorkApp { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_dependent_app_count
    dependent_app_count : i32; with_description description : ::std::string::String;
    with_developer developer : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_information_url information_url : ::std::string::String;
    with_is_assigned is_assigned : bool; with_is_featured is_featured : bool;
    with_large_icon large_icon : crate ::beta::MimeContent; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_notes notes :
    ::std::string::String; with_owner owner : ::std::string::String;
    with_privacy_information_url privacy_information_url : ::std::string::String;
    with_publisher publisher : ::std::string::String; with_publishing_state
    publishing_state : crate ::beta::MobileAppPublishingState; with_role_scope_tag_ids
    role_scope_tag_ids : ::std::vec::Vec < ::std::string::String >;
    with_superseded_app_count superseded_app_count : i32; with_superseding_app_count
    superseding_app_count : i32; with_upload_state upload_state : i32; with_assignments
    assignments : ::std::vec::Vec < crate ::beta::MobileAppAssignment >; with_categories
    categories : ::std::vec::Vec < crate ::beta::MobileAppCategory >;
    with_device_statuses device_statuses : ::std::vec::Vec < crate
    ::beta::MobileAppInstallStatus >; with_install_summary install_summary : crate
    ::beta::MobileAppInstallSummary; with_relationships relationships : ::std::vec::Vec <
    crate ::beta::AnyMobileAppRelationship >; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::beta::UserAppInstallStatus >; with_app_identifier
    app_identifier : ::std::string::String; with_app_store_url app_store_url :
    ::std::string::String; with_package_id package_id : ::std::string::String;
    with_total_license_count total_license_count : i32; with_used_license_count
    used_license_count : i32; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidForWorkApp);
#[cfg(msgraph_beta_device_management_or_search)]
/// Schema describing an Android for Work application's custom configurations.
///
/// CSDL: `microsoft.graph.androidForWorkAppConfigurationSchema`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidForWorkAppConfigurationSchema {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// UTF8 encoded byte array containing example JSON string conforming to this schema that demonstrates how to set the configuration for this app
    ///
    /// CSDL: property `exampleJson`: `Edm.Binary`, nullable.
    pub example_json: rt::Field<rt::edm::Binary>,
    /// Collection of items each representing a named configuration option in the schema
    ///
    /// CSDL: property `schemaItems`: `Collection(microsoft.graph.androidForWorkAppConfigurationSchemaItem)`, nullable.
    pub schema_items: rt::Field<
        ::std::vec::Vec<crate::beta::AndroidForWorkAppConfigurationSchemaItem>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidForWorkAppConfigurationSchema {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            example_json: rt::Field::Absent,
            schema_items: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidForWorkAppConfigurationSchema {
    const TYPE_NAME: &'static str = "microsoft.graph.androidForWorkAppConfigurationSchema";
    const KEYS: &'static [&'static str] = &["id", "exampleJson", "schemaItems"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"exampleJson\":                  ",
        ",\"schemaItems\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidForWorkAppConfigurationSchema\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "example_json", &self.example_json);
        v.field(2usize, "schema_items", &self.schema_items);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidForWorkAppConfigurationSchema {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.example_json.read_from(r),
            2usize => self.schema_items.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.example_json);
        w.field(2usize, &self.schema_items);
    }
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
rt::impl_object!(AndroidForWorkAppConfigurationSchema);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidForWorkAppConfigurationSchema { with_id id : ::std::string::String;
    with_example_json example_json : rt::edm::Binary; with_schema_items schema_items :
    ::std::vec::Vec < crate ::beta::AndroidForWorkAppConfigurationSchemaItem >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidForWorkAppConfigurationSchema);
#[cfg(msgraph_beta_device_management_or_search)]
/// Single configuration item inside an Android for Work application's custom configuration schema.
///
/// CSDL: `microsoft.graph.androidForWorkAppConfigurationSchemaItem`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidForWorkAppConfigurationSchemaItem {
    /// The type of value this item describes
    ///
    /// CSDL: property `dataType`: `microsoft.graph.androidForWorkAppConfigurationSchemaItemDataType`, not nullable.
    pub data_type: rt::Field<
        crate::beta::AndroidForWorkAppConfigurationSchemaItemDataType,
    >,
    /// Default value for boolean type items, if specified by the app developer
    ///
    /// CSDL: property `defaultBoolValue`: `Edm.Boolean`, nullable.
    pub default_bool_value: rt::Field<bool>,
    /// Default value for integer type items, if specified by the app developer
    ///
    /// CSDL: property `defaultIntValue`: `Edm.Int32`, nullable.
    pub default_int_value: rt::Field<i32>,
    /// Default value for string array type items, if specified by the app developer
    ///
    /// CSDL: property `defaultStringArrayValue`: `Collection(Edm.String)`, nullable.
    pub default_string_array_value: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Default value for string type items, if specified by the app developer
    ///
    /// CSDL: property `defaultStringValue`: `Edm.String`, nullable.
    pub default_string_value: rt::Field<::std::string::String>,
    /// Description of what the item controls within the application
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Human readable name
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Unique key the application uses to identify the item
    ///
    /// CSDL: property `schemaItemKey`: `Edm.String`, nullable.
    pub schema_item_key: rt::Field<::std::string::String>,
    /// List of human readable name/value pairs for the valid values that can be set for this item (Choice and Multiselect items only)
    ///
    /// CSDL: property `selections`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub selections: rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidForWorkAppConfigurationSchemaItem {
    #[inline]
    fn default() -> Self {
        Self {
            data_type: rt::Field::Absent,
            default_bool_value: rt::Field::Absent,
            default_int_value: rt::Field::Absent,
            default_string_array_value: rt::Field::Absent,
            default_string_value: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            schema_item_key: rt::Field::Absent,
            selections: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidForWorkAppConfigurationSchemaItem {
    const TYPE_NAME: &'static str = "microsoft.graph.androidForWorkAppConfigurationSchemaItem";
    const KEYS: &'static [&'static str] = &[
        "dataType",
        "defaultBoolValue",
        "defaultIntValue",
        "defaultStringArrayValue",
        "defaultStringValue",
        "description",
        "displayName",
        "schemaItemKey",
        "selections",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"dataType\":                     ",
        ",\"defaultBoolValue\":             ",
        ",\"defaultIntValue\":              ",
        ",\"defaultStringArrayValue\":      ",
        ",\"defaultStringValue\":           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"schemaItemKey\":                ",
        ",\"selections\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidForWorkAppConfigurationSchemaItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "data_type", &self.data_type);
        v.field(1usize, "default_bool_value", &self.default_bool_value);
        v.field(2usize, "default_int_value", &self.default_int_value);
        v.field(3usize, "default_string_array_value", &self.default_string_array_value);
        v.field(4usize, "default_string_value", &self.default_string_value);
        v.field(5usize, "description", &self.description);
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "schema_item_key", &self.schema_item_key);
        v.field(8usize, "selections", &self.selections);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidForWorkAppConfigurationSchemaItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.data_type.read_from(r),
            1usize => self.default_bool_value.read_from(r),
            2usize => self.default_int_value.read_from(r),
            3usize => self.default_string_array_value.read_from(r),
            4usize => self.default_string_value.read_from(r),
            5usize => self.description.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.schema_item_key.read_from(r),
            8usize => self.selections.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.data_type);
        w.field(1usize, &self.default_bool_value);
        w.field(2usize, &self.default_int_value);
        w.field(3usize, &self.default_string_array_value);
        w.field(4usize, &self.default_string_value);
        w.field(5usize, &self.description);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.schema_item_key);
        w.field(8usize, &self.selections);
    }
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
rt::impl_object!(AndroidForWorkAppConfigurationSchemaItem);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidForWorkAppConfigurationSchemaItem { with_data_type data_type : crate
    ::beta::AndroidForWorkAppConfigurationSchemaItemDataType; with_default_bool_value
    default_bool_value : bool; with_default_int_value default_int_value : i32;
    with_default_string_array_value default_string_array_value : ::std::vec::Vec <
    ::std::string::String >; with_default_string_value default_string_value :
    ::std::string::String; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_schema_item_key
    schema_item_key : ::std::string::String; with_selections selections : ::std::vec::Vec
    < crate ::beta::KeyValuePair >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidForWorkAppConfigurationSchemaItem);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidForWorkAppConfigurationSchemaItemDataType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidForWorkAppConfigurationSchemaItemDataType {
    /// `bool` (value 0).
    Bool,
    /// `integer` (value 1).
    Integer,
    /// `string` (value 2).
    String,
    /// `choice` (value 3).
    Choice,
    /// `multiselect` (value 4).
    Multiselect,
    /// `bundle` (value 5).
    Bundle,
    /// `bundleArray` (value 6).
    BundleArray,
    /// `hidden` (value 7).
    Hidden,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidForWorkAppConfigurationSchemaItemDataType {
    const TYPE_NAME: &'static str = "microsoft.graph.androidForWorkAppConfigurationSchemaItemDataType";
    const MEMBERS: &'static [&'static str] = &[
        "bool",
        "integer",
        "string",
        "choice",
        "multiselect",
        "bundle",
        "bundleArray",
        "hidden",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "bool" => Self::Bool,
                "integer" => Self::Integer,
                "string" => Self::String,
                "choice" => Self::Choice,
                "multiselect" => Self::Multiselect,
                "bundle" => Self::Bundle,
                "bundleArray" => Self::BundleArray,
                "hidden" => Self::Hidden,
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
            Self::Bool => "bool",
            Self::Integer => "integer",
            Self::String => "string",
            Self::Choice => "choice",
            Self::Multiselect => "multiselect",
            Self::Bundle => "bundle",
            Self::BundleArray => "bundleArray",
            Self::Hidden => "hidden",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidForWorkAppConfigurationSchemaItemDataType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidForWorkAppConfigurationSchemaItemDataType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidForWorkBindStatus`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidForWorkBindStatus {
    /// `notBound` (value 0).
    NotBound,
    /// `bound` (value 1).
    Bound,
    /// `boundAndValidated` (value 2).
    BoundAndValidated,
    /// `unbinding` (value 3).
    Unbinding,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidForWorkBindStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.androidForWorkBindStatus";
    const MEMBERS: &'static [&'static str] = &[
        "notBound",
        "bound",
        "boundAndValidated",
        "unbinding",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notBound" => Self::NotBound,
                "bound" => Self::Bound,
                "boundAndValidated" => Self::BoundAndValidated,
                "unbinding" => Self::Unbinding,
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
            Self::NotBound => "notBound",
            Self::Bound => "bound",
            Self::BoundAndValidated => "boundAndValidated",
            Self::Unbinding => "unbinding",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidForWorkBindStatus);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidForWorkBindStatus);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidForWorkDefaultAppPermissionPolicyType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidForWorkDefaultAppPermissionPolicyType {
    /// `deviceDefault` (value 0).
    DeviceDefault,
    /// `prompt` (value 1).
    Prompt,
    /// `autoGrant` (value 2).
    AutoGrant,
    /// `autoDeny` (value 3).
    AutoDeny,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidForWorkDefaultAppPermissionPolicyType {
    const TYPE_NAME: &'static str = "microsoft.graph.androidForWorkDefaultAppPermissionPolicyType";
    const MEMBERS: &'static [&'static str] = &[
        "deviceDefault",
        "prompt",
        "autoGrant",
        "autoDeny",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "deviceDefault" => Self::DeviceDefault,
                "prompt" => Self::Prompt,
                "autoGrant" => Self::AutoGrant,
                "autoDeny" => Self::AutoDeny,
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
            Self::DeviceDefault => "deviceDefault",
            Self::Prompt => "prompt",
            Self::AutoGrant => "autoGrant",
            Self::AutoDeny => "autoDeny",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidForWorkDefaultAppPermissionPolicyType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidForWorkDefaultAppPermissionPolicyType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidForWorkEnrollmentTarget`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidForWorkEnrollmentTarget {
    /// `none` (value 0).
    None,
    /// `all` (value 1).
    All,
    /// `targeted` (value 2).
    Targeted,
    /// `targetedAsEnrollmentRestrictions` (value 3).
    TargetedAsEnrollmentRestrictions,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidForWorkEnrollmentTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.androidForWorkEnrollmentTarget";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "all",
        "targeted",
        "targetedAsEnrollmentRestrictions",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "all" => Self::All,
                "targeted" => Self::Targeted,
                "targetedAsEnrollmentRestrictions" => {
                    Self::TargetedAsEnrollmentRestrictions
                }
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
            Self::All => "all",
            Self::Targeted => "targeted",
            Self::TargetedAsEnrollmentRestrictions => "targetedAsEnrollmentRestrictions",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidForWorkEnrollmentTarget);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidForWorkEnrollmentTarget);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties, inherited properties and actions for AFW mobile app configurations.
///
/// CSDL: `microsoft.graph.androidForWorkMobileAppConfiguration`, entity type, derived from `microsoft.graph.managedDeviceMobileAppConfiguration`, key `id`.
///
/// Request builders: [`ManagedDeviceMobileAppConfigurationPath`](requests/trait.ManagedDeviceMobileAppConfigurationPath.html), what a path to one (`EntityPath<AndroidForWorkMobileAppConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidForWorkMobileAppConfiguration {
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
    /// List of Scope Tags for this App configuration entity.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// the associated app.
    ///
    /// CSDL: property `targetedMobileApps`: `Collection(Edm.String)`, nullable.
    pub targeted_mobile_apps: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of group assignemenets for app configration.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.managedDeviceMobileAppConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedDeviceMobileAppConfigurationAssignment>,
    >,
    /// List of ManagedDeviceMobileAppConfigurationDeviceStatus.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedDeviceMobileAppConfigurationDeviceStatus>,
    >,
    /// App configuration device status summary.
    ///
    /// CSDL: containment navigation property `deviceStatusSummary`: `microsoft.graph.managedDeviceMobileAppConfigurationDeviceSummary`, nullable.
    pub device_status_summary: rt::Field<
        crate::beta::ManagedDeviceMobileAppConfigurationDeviceSummary,
    >,
    /// List of ManagedDeviceMobileAppConfigurationUserStatus.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.managedDeviceMobileAppConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedDeviceMobileAppConfigurationUserStatus>,
    >,
    /// App configuration user status summary.
    ///
    /// CSDL: containment navigation property `userStatusSummary`: `microsoft.graph.managedDeviceMobileAppConfigurationUserSummary`, nullable.
    pub user_status_summary: rt::Field<
        crate::beta::ManagedDeviceMobileAppConfigurationUserSummary,
    >,
    /// Android For Work app configuration package id.
    ///
    /// CSDL: property `packageId`: `Edm.String`, nullable.
    pub package_id: rt::Field<::std::string::String>,
    /// Android For Work app configuration JSON payload.
    ///
    /// CSDL: property `payloadJson`: `Edm.String`, nullable.
    pub payload_json: rt::Field<::std::string::String>,
    /// List of Android app permissions and corresponding permission actions.
    ///
    /// CSDL: property `permissionActions`: `Collection(microsoft.graph.androidPermissionAction)`, nullable.
    pub permission_actions: rt::Field<
        ::std::vec::Vec<crate::beta::AndroidPermissionAction>,
    >,
    /// Android Enterprise profile applicability (AndroidWorkProfile, DeviceOwner, or default (applies to both)).
    ///
    /// CSDL: property `profileApplicability`: `microsoft.graph.androidProfileApplicability`, not nullable.
    pub profile_applicability: rt::Field<crate::beta::AndroidProfileApplicability>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AndroidForWorkMobileAppConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            targeted_mobile_apps: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_summary: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_summary: rt::Field::Absent,
            package_id: rt::Field::Absent,
            payload_json: rt::Field::Absent,
            permission_actions: rt::Field::Absent,
            profile_applicability: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for AndroidForWorkMobileAppConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidForWorkMobileAppConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "targetedMobileApps",
        "version",
        "assignments",
        "deviceStatuses",
        "deviceStatusSummary",
        "userStatuses",
        "userStatusSummary",
        "packageId",
        "payloadJson",
        "permissionActions",
        "profileApplicability",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"targetedMobileApps\":           ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusSummary\":          ",
        ",\"userStatuses\":                 ",
        ",\"userStatusSummary\":            ",
        ",\"packageId\":                    ",
        ",\"payloadJson\":                  ",
        ",\"permissionActions\":            ",
        ",\"profileApplicability\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidForWorkMobileAppConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(6usize, "targeted_mobile_apps", &self.targeted_mobile_apps);
        v.field(7usize, "version", &self.version);
        v.field(8usize, "assignments", &self.assignments);
        v.field(9usize, "device_statuses", &self.device_statuses);
        v.field(10usize, "device_status_summary", &self.device_status_summary);
        v.field(11usize, "user_statuses", &self.user_statuses);
        v.field(12usize, "user_status_summary", &self.user_status_summary);
        v.field(13usize, "package_id", &self.package_id);
        v.field(14usize, "payload_json", &self.payload_json);
        v.field(15usize, "permission_actions", &self.permission_actions);
        v.field(16usize, "profile_applicability", &self.profile_applicability);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for AndroidForWorkMobileAppConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.role_scope_tag_ids.read_from(r),
            6usize => self.targeted_mobile_apps.read_from(r),
            7usize => self.version.read_from(r),
            8usize => self.assignments.read_from(r),
            9usize => self.device_statuses.read_from(r),
            10usize => self.device_status_summary.read_from(r),
            11usize => self.user_statuses.read_from(r),
            12usize => self.user_status_summary.read_from(r),
            13usize => self.package_id.read_from(r),
            14usize => self.payload_json.read_from(r),
            15usize => self.permission_actions.read_from(r),
            16usize => self.profile_applicability.read_from(r),
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
        w.field(6usize, &self.targeted_mobile_apps);
        w.field(7usize, &self.version);
        w.field(8usize, &self.assignments);
        w.field(9usize, &self.device_statuses);
        w.field(10usize, &self.device_status_summary);
        w.field(11usize, &self.user_statuses);
        w.field(12usize, &self.user_status_summary);
        w.field(13usize, &self.package_id);
        w.field(14usize, &self.payload_json);
        w.field(15usize, &self.permission_actions);
        w.field(16usize, &self.profile_applicability);
    }
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
rt::impl_object!(AndroidForWorkMobileAppConfiguration);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    AndroidForWorkMobileAppConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_targeted_mobile_apps targeted_mobile_apps :
    ::std::vec::Vec < ::std::string::String >; with_version version : i32;
    with_assignments assignments : ::std::vec::Vec < crate
    ::beta::ManagedDeviceMobileAppConfigurationAssignment >; with_device_statuses
    device_statuses : ::std::vec::Vec < crate
    ::beta::ManagedDeviceMobileAppConfigurationDeviceStatus >; with_device_status_summary
    device_status_summary : crate
    ::beta::ManagedDeviceMobileAppConfigurationDeviceSummary; with_user_statuses
    user_statuses : ::std::vec::Vec < crate
    ::beta::ManagedDeviceMobileAppConfigurationUserStatus >; with_user_status_summary
    user_status_summary : crate ::beta::ManagedDeviceMobileAppConfigurationUserSummary;
    with_package_id package_id : ::std::string::String; with_payload_json payload_json :
    ::std::string::String; with_permission_actions permission_actions : ::std::vec::Vec <
    crate ::beta::AndroidPermissionAction >; with_profile_applicability
    profile_applicability : crate ::beta::AndroidProfileApplicability; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidForWorkMobileAppConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidForWorkRequiredPasswordType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidForWorkRequiredPasswordType {
    /// `deviceDefault` (value 0).
    DeviceDefault,
    /// `lowSecurityBiometric` (value 1).
    LowSecurityBiometric,
    /// `required` (value 2).
    Required,
    /// `atLeastNumeric` (value 3).
    AtLeastNumeric,
    /// `numericComplex` (value 4).
    NumericComplex,
    /// `atLeastAlphabetic` (value 5).
    AtLeastAlphabetic,
    /// `atLeastAlphanumeric` (value 6).
    AtLeastAlphanumeric,
    /// `alphanumericWithSymbols` (value 7).
    AlphanumericWithSymbols,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidForWorkRequiredPasswordType {
    const TYPE_NAME: &'static str = "microsoft.graph.androidForWorkRequiredPasswordType";
    const MEMBERS: &'static [&'static str] = &[
        "deviceDefault",
        "lowSecurityBiometric",
        "required",
        "atLeastNumeric",
        "numericComplex",
        "atLeastAlphabetic",
        "atLeastAlphanumeric",
        "alphanumericWithSymbols",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "deviceDefault" => Self::DeviceDefault,
                "lowSecurityBiometric" => Self::LowSecurityBiometric,
                "required" => Self::Required,
                "atLeastNumeric" => Self::AtLeastNumeric,
                "numericComplex" => Self::NumericComplex,
                "atLeastAlphabetic" => Self::AtLeastAlphabetic,
                "atLeastAlphanumeric" => Self::AtLeastAlphanumeric,
                "alphanumericWithSymbols" => Self::AlphanumericWithSymbols,
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
            Self::DeviceDefault => "deviceDefault",
            Self::LowSecurityBiometric => "lowSecurityBiometric",
            Self::Required => "required",
            Self::AtLeastNumeric => "atLeastNumeric",
            Self::NumericComplex => "numericComplex",
            Self::AtLeastAlphabetic => "atLeastAlphabetic",
            Self::AtLeastAlphanumeric => "atLeastAlphanumeric",
            Self::AlphanumericWithSymbols => "alphanumericWithSymbols",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidForWorkRequiredPasswordType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidForWorkRequiredPasswordType);
#[cfg(msgraph_beta_device_management_or_search)]
/// Settings for Android For Work.
///
/// CSDL: `microsoft.graph.androidForWorkSettings`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AndroidForWorkSettingsPath`](requests/trait.AndroidForWorkSettingsPath.html), what a path to one (`EntityPath<AndroidForWorkSettings, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidForWorkSettings {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Bind status of the tenant with the Google EMM API
    ///
    /// CSDL: property `bindStatus`: `microsoft.graph.androidForWorkBindStatus`, not nullable.
    pub bind_status: rt::Field<crate::beta::AndroidForWorkBindStatus>,
    /// Indicates if this account is flighting for Android Device Owner Management with CloudDPC.
    ///
    /// CSDL: property `deviceOwnerManagementEnabled`: `Edm.Boolean`, not nullable.
    pub device_owner_management_enabled: rt::Field<bool>,
    /// Indicates which users can enroll devices in Android for Work device management
    ///
    /// CSDL: property `enrollmentTarget`: `microsoft.graph.androidForWorkEnrollmentTarget`, not nullable.
    pub enrollment_target: rt::Field<crate::beta::AndroidForWorkEnrollmentTarget>,
    /// Last completion time for app sync
    ///
    /// CSDL: property `lastAppSyncDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_app_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Last application sync result
    ///
    /// CSDL: property `lastAppSyncStatus`: `microsoft.graph.androidForWorkSyncStatus`, not nullable.
    pub last_app_sync_status: rt::Field<crate::beta::AndroidForWorkSyncStatus>,
    /// Last modification time for Android for Work settings
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Organization name used when onboarding Android for Work
    ///
    /// CSDL: property `ownerOrganizationName`: `Edm.String`, nullable.
    pub owner_organization_name: rt::Field<::std::string::String>,
    /// Owner UPN that created the enterprise
    ///
    /// CSDL: property `ownerUserPrincipalName`: `Edm.String`, nullable.
    pub owner_user_principal_name: rt::Field<::std::string::String>,
    /// Specifies which AAD groups can enroll devices in Android for Work device management if enrollmentTarget is set to 'Targeted'
    ///
    /// CSDL: property `targetGroupIds`: `Collection(Edm.String)`, nullable.
    pub target_group_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidForWorkSettings {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            bind_status: rt::Field::Absent,
            device_owner_management_enabled: rt::Field::Absent,
            enrollment_target: rt::Field::Absent,
            last_app_sync_date_time: rt::Field::Absent,
            last_app_sync_status: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            owner_organization_name: rt::Field::Absent,
            owner_user_principal_name: rt::Field::Absent,
            target_group_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidForWorkSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.androidForWorkSettings";
    const KEYS: &'static [&'static str] = &[
        "id",
        "bindStatus",
        "deviceOwnerManagementEnabled",
        "enrollmentTarget",
        "lastAppSyncDateTime",
        "lastAppSyncStatus",
        "lastModifiedDateTime",
        "ownerOrganizationName",
        "ownerUserPrincipalName",
        "targetGroupIds",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"bindStatus\":                   ",
        ",\"deviceOwnerManagementEnabled\": ",
        ",\"enrollmentTarget\":             ",
        ",\"lastAppSyncDateTime\":          ",
        ",\"lastAppSyncStatus\":            ",
        ",\"lastModifiedDateTime\":         ",
        ",\"ownerOrganizationName\":        ",
        ",\"ownerUserPrincipalName\":       ",
        ",\"targetGroupIds\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidForWorkSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "bind_status", &self.bind_status);
        v.field(
            2usize,
            "device_owner_management_enabled",
            &self.device_owner_management_enabled,
        );
        v.field(3usize, "enrollment_target", &self.enrollment_target);
        v.field(4usize, "last_app_sync_date_time", &self.last_app_sync_date_time);
        v.field(5usize, "last_app_sync_status", &self.last_app_sync_status);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "owner_organization_name", &self.owner_organization_name);
        v.field(8usize, "owner_user_principal_name", &self.owner_user_principal_name);
        v.field(9usize, "target_group_ids", &self.target_group_ids);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidForWorkSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.bind_status.read_from(r),
            2usize => self.device_owner_management_enabled.read_from(r),
            3usize => self.enrollment_target.read_from(r),
            4usize => self.last_app_sync_date_time.read_from(r),
            5usize => self.last_app_sync_status.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.owner_organization_name.read_from(r),
            8usize => self.owner_user_principal_name.read_from(r),
            9usize => self.target_group_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.bind_status);
        w.field(2usize, &self.device_owner_management_enabled);
        w.field(3usize, &self.enrollment_target);
        w.field(4usize, &self.last_app_sync_date_time);
        w.field(5usize, &self.last_app_sync_status);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.owner_organization_name);
        w.field(8usize, &self.owner_user_principal_name);
        w.field(9usize, &self.target_group_ids);
    }
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
rt::impl_object!(AndroidForWorkSettings);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidForWorkSettings { with_id id : ::std::string::String; with_bind_status
    bind_status : crate ::beta::AndroidForWorkBindStatus;
    with_device_owner_management_enabled device_owner_management_enabled : bool;
    with_enrollment_target enrollment_target : crate
    ::beta::AndroidForWorkEnrollmentTarget; with_last_app_sync_date_time
    last_app_sync_date_time : rt::edm::DateTimeOffset; with_last_app_sync_status
    last_app_sync_status : crate ::beta::AndroidForWorkSyncStatus;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_owner_organization_name owner_organization_name : ::std::string::String;
    with_owner_user_principal_name owner_user_principal_name : ::std::string::String;
    with_target_group_ids target_group_ids : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidForWorkSettings);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidForWorkSyncStatus`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidForWorkSyncStatus {
    /// `success` (value 0).
    Success,
    /// `credentialsNotValid` (value 1).
    CredentialsNotValid,
    /// `androidForWorkApiError` (value 2).
    AndroidForWorkApiError,
    /// `managementServiceError` (value 3).
    ManagementServiceError,
    /// `unknownError` (value 4).
    UnknownError,
    /// `none` (value 5).
    None,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidForWorkSyncStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.androidForWorkSyncStatus";
    const MEMBERS: &'static [&'static str] = &[
        "success",
        "credentialsNotValid",
        "androidForWorkApiError",
        "managementServiceError",
        "unknownError",
        "none",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "success" => Self::Success,
                "credentialsNotValid" => Self::CredentialsNotValid,
                "androidForWorkApiError" => Self::AndroidForWorkApiError,
                "managementServiceError" => Self::ManagementServiceError,
                "unknownError" => Self::UnknownError,
                "none" => Self::None,
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
            Self::Success => "success",
            Self::CredentialsNotValid => "credentialsNotValid",
            Self::AndroidForWorkApiError => "androidForWorkApiError",
            Self::ManagementServiceError => "managementServiceError",
            Self::UnknownError => "unknownError",
            Self::None => "none",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidForWorkSyncStatus);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidForWorkSyncStatus);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidForWorkVpnConnectionType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidForWorkVpnConnectionType {
    /// `ciscoAnyConnect` (value 0).
    CiscoAnyConnect,
    /// `pulseSecure` (value 1).
    PulseSecure,
    /// `f5EdgeClient` (value 2).
    F5EdgeClient,
    /// `dellSonicWallMobileConnect` (value 3).
    DellSonicWallMobileConnect,
    /// `checkPointCapsuleVpn` (value 4).
    CheckPointCapsuleVpn,
    /// `citrix` (value 5).
    Citrix,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidForWorkVpnConnectionType {
    const TYPE_NAME: &'static str = "microsoft.graph.androidForWorkVpnConnectionType";
    const MEMBERS: &'static [&'static str] = &[
        "ciscoAnyConnect",
        "pulseSecure",
        "f5EdgeClient",
        "dellSonicWallMobileConnect",
        "checkPointCapsuleVpn",
        "citrix",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "ciscoAnyConnect" => Self::CiscoAnyConnect,
                "pulseSecure" => Self::PulseSecure,
                "f5EdgeClient" => Self::F5EdgeClient,
                "dellSonicWallMobileConnect" => Self::DellSonicWallMobileConnect,
                "checkPointCapsuleVpn" => Self::CheckPointCapsuleVpn,
                "citrix" => Self::Citrix,
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
            Self::CiscoAnyConnect => "ciscoAnyConnect",
            Self::PulseSecure => "pulseSecure",
            Self::F5EdgeClient => "f5EdgeClient",
            Self::DellSonicWallMobileConnect => "dellSonicWallMobileConnect",
            Self::CheckPointCapsuleVpn => "checkPointCapsuleVpn",
            Self::Citrix => "citrix",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidForWorkVpnConnectionType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidForWorkVpnConnectionType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidKeyguardFeature`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidKeyguardFeature {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `camera` (value 1).
    Camera,
    /// `notifications` (value 2).
    Notifications,
    /// `unredactedNotifications` (value 3).
    UnredactedNotifications,
    /// `trustAgents` (value 4).
    TrustAgents,
    /// `fingerprint` (value 5).
    Fingerprint,
    /// `remoteInput` (value 6).
    RemoteInput,
    /// `allFeatures` (value 7).
    AllFeatures,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidKeyguardFeature {
    const TYPE_NAME: &'static str = "microsoft.graph.androidKeyguardFeature";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "camera",
        "notifications",
        "unredactedNotifications",
        "trustAgents",
        "fingerprint",
        "remoteInput",
        "allFeatures",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "camera" => Self::Camera,
                "notifications" => Self::Notifications,
                "unredactedNotifications" => Self::UnredactedNotifications,
                "trustAgents" => Self::TrustAgents,
                "fingerprint" => Self::Fingerprint,
                "remoteInput" => Self::RemoteInput,
                "allFeatures" => Self::AllFeatures,
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
            Self::Camera => "camera",
            Self::Notifications => "notifications",
            Self::UnredactedNotifications => "unredactedNotifications",
            Self::TrustAgents => "trustAgents",
            Self::Fingerprint => "fingerprint",
            Self::RemoteInput => "remoteInput",
            Self::AllFeatures => "allFeatures",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidKeyguardFeature);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidKeyguardFeature);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties and inherited properties for Android Line Of Business apps.
///
/// CSDL: `microsoft.graph.androidLobApp`, entity type, derived from `microsoft.graph.mobileLobApp`, key `id`.
///
/// Request builders: [`AndroidLobAppPath`](requests/trait.AndroidLobAppPath.html), what a path to one (`EntityPath<AndroidLobApp, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidLobApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the app was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The total number of dependencies the child app has.
    ///
    /// CSDL: property `dependentAppCount`: `Edm.Int32`, not nullable.
    pub dependent_app_count: rt::Field<i32>,
    /// The description of the app.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The developer of the app.
    ///
    /// CSDL: property `developer`: `Edm.String`, nullable.
    pub developer: rt::Field<::std::string::String>,
    /// The admin provided or imported title of the app.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The more information Url.
    ///
    /// CSDL: property `informationUrl`: `Edm.String`, nullable.
    pub information_url: rt::Field<::std::string::String>,
    /// The value indicating whether the app is assigned to at least one group.
    ///
    /// CSDL: property `isAssigned`: `Edm.Boolean`, not nullable.
    pub is_assigned: rt::Field<bool>,
    /// The value indicating whether the app is marked as featured by the admin.
    ///
    /// CSDL: property `isFeatured`: `Edm.Boolean`, not nullable.
    pub is_featured: rt::Field<bool>,
    /// The large icon, to be displayed in the app details and used for upload of the icon.
    ///
    /// CSDL: property `largeIcon`: `microsoft.graph.mimeContent`, nullable.
    pub large_icon: rt::Field<crate::beta::MimeContent>,
    /// The date and time the app was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Notes for the app.
    ///
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// The owner of the app.
    ///
    /// CSDL: property `owner`: `Edm.String`, nullable.
    pub owner: rt::Field<::std::string::String>,
    /// The privacy statement Url.
    ///
    /// CSDL: property `privacyInformationUrl`: `Edm.String`, nullable.
    pub privacy_information_url: rt::Field<::std::string::String>,
    /// The publisher of the app.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// The publishing state for the app. The app cannot be assigned unless the app is published.
    ///
    /// CSDL: property `publishingState`: `microsoft.graph.mobileAppPublishingState`, not nullable.
    pub publishing_state: rt::Field<crate::beta::MobileAppPublishingState>,
    /// List of scope tag ids for this mobile app.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The total number of apps this app is directly or indirectly superseded by.
    ///
    /// CSDL: property `supersededAppCount`: `Edm.Int32`, not nullable.
    pub superseded_app_count: rt::Field<i32>,
    /// The total number of apps this app directly or indirectly supersedes.
    ///
    /// CSDL: property `supersedingAppCount`: `Edm.Int32`, not nullable.
    pub superseding_app_count: rt::Field<i32>,
    /// The upload state. Possible values are: 0 - `Not Ready`, 1 - `Ready`, 2 - `Processing`.
    ///
    /// CSDL: property `uploadState`: `Edm.Int32`, not nullable.
    pub upload_state: rt::Field<i32>,
    /// The list of group assignments for this mobile app.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.mobileAppAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::beta::MobileAppAssignment>>,
    /// The list of categories for this app.
    ///
    /// CSDL: navigation property `categories`: `Collection(microsoft.graph.mobileAppCategory)`, not nullable.
    pub categories: rt::Field<::std::vec::Vec<crate::beta::MobileAppCategory>>,
    /// The list of installation states for this mobile app.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.mobileAppInstallStatus)`, not nullable.
    pub device_statuses: rt::Field<::std::vec::Vec<crate::beta::MobileAppInstallStatus>>,
    /// Mobile App Install Summary.
    ///
    /// CSDL: containment navigation property `installSummary`: `microsoft.graph.mobileAppInstallSummary`, nullable.
    pub install_summary: rt::Field<crate::beta::MobileAppInstallSummary>,
    /// The set of direct relationships for this app.
    ///
    /// CSDL: containment navigation property `relationships`: `Collection(microsoft.graph.mobileAppRelationship)`, not nullable.
    pub relationships: rt::Field<::std::vec::Vec<crate::beta::AnyMobileAppRelationship>>,
    /// The list of installation states for this mobile app.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.userAppInstallStatus)`, not nullable.
    pub user_statuses: rt::Field<::std::vec::Vec<crate::beta::UserAppInstallStatus>>,
    /// The internal committed content version.
    ///
    /// CSDL: property `committedContentVersion`: `Edm.String`, nullable.
    pub committed_content_version: rt::Field<::std::string::String>,
    /// The name of the main Lob application file.
    ///
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// The total size, including all uploaded files.
    ///
    /// CSDL: property `size`: `Edm.Int64`, not nullable.
    pub size: rt::Field<i64>,
    /// The list of content versions for this app.
    ///
    /// CSDL: containment navigation property `contentVersions`: `Collection(microsoft.graph.mobileAppContent)`, not nullable.
    pub content_versions: rt::Field<::std::vec::Vec<crate::beta::MobileAppContent>>,
    /// The Identity Name.
    ///
    /// CSDL: property `identityName`: `Edm.String`, nullable.
    pub identity_name: rt::Field<::std::string::String>,
    /// The identity version.
    ///
    /// CSDL: property `identityVersion`: `Edm.String`, nullable.
    pub identity_version: rt::Field<::std::string::String>,
    /// The value for the minimum applicable operating system.
    ///
    /// CSDL: property `minimumSupportedOperatingSystem`: `microsoft.graph.androidMinimumOperatingSystem`, nullable.
    pub minimum_supported_operating_system: rt::Field<
        crate::beta::AndroidMinimumOperatingSystem,
    >,
    /// The package identifier.
    ///
    /// CSDL: property `packageId`: `Edm.String`, nullable.
    pub package_id: rt::Field<::std::string::String>,
    /// The version code of Android Line of Business (LoB) app.
    ///
    /// CSDL: property `versionCode`: `Edm.String`, nullable.
    pub version_code: rt::Field<::std::string::String>,
    /// The version name of Android Line of Business (LoB) app.
    ///
    /// CSDL: property `versionName`: `Edm.String`, nullable.
    pub version_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AndroidLobApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            dependent_app_count: rt::Field::Absent,
            description: rt::Field::Absent,
            developer: rt::Field::Absent,
            display_name: rt::Field::Absent,
            information_url: rt::Field::Absent,
            is_assigned: rt::Field::Absent,
            is_featured: rt::Field::Absent,
            large_icon: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            notes: rt::Field::Absent,
            owner: rt::Field::Absent,
            privacy_information_url: rt::Field::Absent,
            publisher: rt::Field::Absent,
            publishing_state: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            superseded_app_count: rt::Field::Absent,
            superseding_app_count: rt::Field::Absent,
            upload_state: rt::Field::Absent,
            assignments: rt::Field::Absent,
            categories: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            install_summary: rt::Field::Absent,
            relationships: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            committed_content_version: rt::Field::Absent,
            file_name: rt::Field::Absent,
            size: rt::Field::Absent,
            content_versions: rt::Field::Absent,
            identity_name: rt::Field::Absent,
            identity_version: rt::Field::Absent,
            minimum_supported_operating_system: rt::Field::Absent,
            package_id: rt::Field::Absent,
            version_code: rt::Field::Absent,
            version_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for AndroidLobApp {
    const TYPE_NAME: &'static str = "microsoft.graph.androidLobApp";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "dependentAppCount",
        "description",
        "developer",
        "displayName",
        "informationUrl",
        "isAssigned",
        "isFeatured",
        "largeIcon",
        "lastModifiedDateTime",
        "notes",
        "owner",
        "privacyInformationUrl",
        "publisher",
        "publishingState",
        "roleScopeTagIds",
        "supersededAppCount",
        "supersedingAppCount",
        "uploadState",
        "assignments",
        "categories",
        "deviceStatuses",
        "installSummary",
        "relationships",
        "userStatuses",
        "committedContentVersion",
        "fileName",
        "size",
        "contentVersions",
        "identityName",
        "identityVersion",
        "minimumSupportedOperatingSystem",
        "packageId",
        "versionCode",
        "versionName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"dependentAppCount\":            ",
        ",\"description\":                  ",
        ",\"developer\":                    ",
        ",\"displayName\":                  ",
        ",\"informationUrl\":               ",
        ",\"isAssigned\":                   ",
        ",\"isFeatured\":                   ",
        ",\"largeIcon\":                    ",
        ",\"lastModifiedDateTime\":         ",
        ",\"notes\":                        ",
        ",\"owner\":                        ",
        ",\"privacyInformationUrl\":        ",
        ",\"publisher\":                    ",
        ",\"publishingState\":              ",
        ",\"roleScopeTagIds\":              ",
        ",\"supersededAppCount\":           ",
        ",\"supersedingAppCount\":          ",
        ",\"uploadState\":                  ",
        ",\"assignments\":                  ",
        ",\"categories\":                   ",
        ",\"deviceStatuses\":               ",
        ",\"installSummary\":               ",
        ",\"relationships\":                ",
        ",\"userStatuses\":                 ",
        ",\"committedContentVersion\":      ",
        ",\"fileName\":                     ",
        ",\"size\":                         ",
        ",\"contentVersions\":              ",
        ",\"identityName\":                 ",
        ",\"identityVersion\":              ",
        ",\"minimumSupportedOperatingSystem\":",
        ",\"packageId\":                    ",
        ",\"versionCode\":                  ",
        ",\"versionName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidLobApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "dependent_app_count", &self.dependent_app_count);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "developer", &self.developer);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "information_url", &self.information_url);
        v.field(7usize, "is_assigned", &self.is_assigned);
        v.field(8usize, "is_featured", &self.is_featured);
        v.field(9usize, "large_icon", &self.large_icon);
        v.field(10usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(11usize, "notes", &self.notes);
        v.field(12usize, "owner", &self.owner);
        v.field(13usize, "privacy_information_url", &self.privacy_information_url);
        v.field(14usize, "publisher", &self.publisher);
        v.field(15usize, "publishing_state", &self.publishing_state);
        v.field(16usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(17usize, "superseded_app_count", &self.superseded_app_count);
        v.field(18usize, "superseding_app_count", &self.superseding_app_count);
        v.field(19usize, "upload_state", &self.upload_state);
        v.field(20usize, "assignments", &self.assignments);
        v.field(21usize, "categories", &self.categories);
        v.field(22usize, "device_statuses", &self.device_statuses);
        v.field(23usize, "install_summary", &self.install_summary);
        v.field(24usize, "relationships", &self.relationships);
        v.field(25usize, "user_statuses", &self.user_statuses);
        v.field(26usize, "committed_content_version", &self.committed_content_version);
        v.field(27usize, "file_name", &self.file_name);
        v.field(28usize, "size", &self.size);
        v.field(29usize, "content_versions", &self.content_versions);
        v.field(30usize, "identity_name", &self.identity_name);
        v.field(31usize, "identity_version", &self.identity_version);
        v.field(
            32usize,
            "minimum_supported_operating_system",
            &self.minimum_supported_operating_system,
        );
        v.field(33usize, "package_id", &self.package_id);
        v.field(34usize, "version_code", &self.version_code);
        v.field(35usize, "version_name", &self.version_name);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for AndroidLobApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.dependent_app_count.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.developer.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.information_url.read_from(r),
            7usize => self.is_assigned.read_from(r),
            8usize => self.is_featured.read_from(r),
            9usize => self.large_icon.read_from(r),
            10usize => self.last_modified_date_time.read_from(r),
            11usize => self.notes.read_from(r),
            12usize => self.owner.read_from(r),
            13usize => self.privacy_information_url.read_from(r),
            14usize => self.publisher.read_from(r),
            15usize => self.publishing_state.read_from(r),
            16usize => self.role_scope_tag_ids.read_from(r),
            17usize => self.superseded_app_count.read_from(r),
            18usize => self.superseding_app_count.read_from(r),
            19usize => self.upload_state.read_from(r),
            20usize => self.assignments.read_from(r),
            21usize => self.categories.read_from(r),
            22usize => self.device_statuses.read_from(r),
            23usize => self.install_summary.read_from(r),
            24usize => self.relationships.read_from(r),
            25usize => self.user_statuses.read_from(r),
            26usize => self.committed_content_version.read_from(r),
            27usize => self.file_name.read_from(r),
            28usize => self.size.read_from(r),
            29usize => self.content_versions.read_from(r),
            30usize => self.identity_name.read_from(r),
            31usize => self.identity_version.read_from(r),
            32usize => self.minimum_supported_operating_system.read_from(r),
            33usize => self.package_id.read_from(r),
            34usize => self.version_code.read_from(r),
            35usize => self.version_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.dependent_app_count);
        w.field(3usize, &self.description);
        w.field(4usize, &self.developer);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.information_url);
        w.field(7usize, &self.is_assigned);
        w.field(8usize, &self.is_featured);
        w.field(9usize, &self.large_icon);
        w.field(10usize, &self.last_modified_date_time);
        w.field(11usize, &self.notes);
        w.field(12usize, &self.owner);
        w.field(13usize, &self.privacy_information_url);
        w.field(14usize, &self.publisher);
        w.field(15usize, &self.publishing_state);
        w.field(16usize, &self.role_scope_tag_ids);
        w.field(17usize, &self.superseded_app_count);
        w.field(18usize, &self.superseding_app_count);
        w.field(19usize, &self.upload_state);
        w.field(20usize, &self.assignments);
        w.field(21usize, &self.categories);
        w.field(22usize, &self.device_statuses);
        w.field(23usize, &self.install_summary);
        w.field(24usize, &self.relationships);
        w.field(25usize, &self.user_statuses);
        w.field(26usize, &self.committed_content_version);
        w.field(27usize, &self.file_name);
        w.field(28usize, &self.size);
        w.field(29usize, &self.content_versions);
        w.field(30usize, &self.identity_name);
        w.field(31usize, &self.identity_version);
        w.field(32usize, &self.minimum_supported_operating_system);
        w.field(33usize, &self.package_id);
        w.field(34usize, &self.version_code);
        w.field(35usize, &self.version_name);
    }
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
rt::impl_object!(AndroidLobApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    AndroidLobApp { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_dependent_app_count
    dependent_app_count : i32; with_description description : ::std::string::String;
    with_developer developer : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_information_url information_url : ::std::string::String;
    with_is_assigned is_assigned : bool; with_is_featured is_featured : bool;
    with_large_icon large_icon : crate ::beta::MimeContent; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_notes notes :
    ::std::string::String; with_owner owner : ::std::string::String;
    with_privacy_information_url privacy_information_url : ::std::string::String;
    with_publisher publisher : ::std::string::String; with_publishing_state
    publishing_state : crate ::beta::MobileAppPublishingState; with_role_scope_tag_ids
    role_scope_tag_ids : ::std::vec::Vec < ::std::string::String >;
    with_superseded_app_count superseded_app_count : i32; with_superseding_app_count
    superseding_app_count : i32; with_upload_state upload_state : i32; with_assignments
    assignments : ::std::vec::Vec < crate ::beta::MobileAppAssignment >; with_categories
    categories : ::std::vec::Vec < crate ::beta::MobileAppCategory >;
    with_device_statuses device_statuses : ::std::vec::Vec < crate
    ::beta::MobileAppInstallStatus >; with_install_summary install_summary : crate
    ::beta::MobileAppInstallSummary; with_relationships relationships : ::std::vec::Vec <
    crate ::beta::AnyMobileAppRelationship >; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::beta::UserAppInstallStatus >;
    with_committed_content_version committed_content_version : ::std::string::String;
    with_file_name file_name : ::std::string::String; with_size size : i64;
    with_content_versions content_versions : ::std::vec::Vec < crate
    ::beta::MobileAppContent >; with_identity_name identity_name : ::std::string::String;
    with_identity_version identity_version : ::std::string::String;
    with_minimum_supported_operating_system minimum_supported_operating_system : crate
    ::beta::AndroidMinimumOperatingSystem; with_package_id package_id :
    ::std::string::String; with_version_code version_code : ::std::string::String;
    with_version_name version_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidLobApp);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Policy used to configure detailed management settings targeted to specific security groups and for a specified set of apps on an Android device
///
/// CSDL: `microsoft.graph.androidManagedAppProtection`, entity type, derived from `microsoft.graph.targetedManagedAppProtection`, key `id`.
///
/// Request builders: [`AndroidManagedAppProtectionPath`](requests/trait.AndroidManagedAppProtectionPath.html), what a path to one (`EntityPath<AndroidManagedAppProtection, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AndroidManagedAppProtection {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the policy was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The policy's description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Policy display name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Last time the policy was modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Version of the entity.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Data storage locations where a user may store managed data.
    ///
    /// CSDL: property `allowedDataIngestionLocations`: `Collection(microsoft.graph.managedAppDataIngestionLocation)`, not nullable.
    pub allowed_data_ingestion_locations: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedAppDataIngestionLocation>,
    >,
    /// Data storage locations where a user may store managed data.
    ///
    /// CSDL: property `allowedDataStorageLocations`: `Collection(microsoft.graph.managedAppDataStorageLocation)`, not nullable.
    pub allowed_data_storage_locations: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedAppDataStorageLocation>,
    >,
    /// Sources from which data is allowed to be transferred.
    ///
    /// CSDL: property `allowedInboundDataTransferSources`: `microsoft.graph.managedAppDataTransferLevel`, not nullable.
    pub allowed_inbound_data_transfer_sources: rt::Field<
        crate::beta::ManagedAppDataTransferLevel,
    >,
    /// Specify the number of characters that may be cut or copied from Org data and accounts to any application. This setting overrides the AllowedOutboundClipboardSharingLevel restriction. Default value of '0' means no exception is allowed.
    ///
    /// CSDL: property `allowedOutboundClipboardSharingExceptionLength`: `Edm.Int32`, not nullable.
    pub allowed_outbound_clipboard_sharing_exception_length: rt::Field<i32>,
    /// The level to which the clipboard may be shared between apps on the managed device.
    ///
    /// CSDL: property `allowedOutboundClipboardSharingLevel`: `microsoft.graph.managedAppClipboardSharingLevel`, not nullable.
    pub allowed_outbound_clipboard_sharing_level: rt::Field<
        crate::beta::ManagedAppClipboardSharingLevel,
    >,
    /// Destinations to which data is allowed to be transferred.
    ///
    /// CSDL: property `allowedOutboundDataTransferDestinations`: `microsoft.graph.managedAppDataTransferLevel`, not nullable.
    pub allowed_outbound_data_transfer_destinations: rt::Field<
        crate::beta::ManagedAppDataTransferLevel,
    >,
    /// Defines a managed app behavior, either block or wipe, when the device is either rooted or jailbroken, if DeviceComplianceRequired is set to true.
    ///
    /// CSDL: property `appActionIfDeviceComplianceRequired`: `microsoft.graph.managedAppRemediationAction`, not nullable.
    pub app_action_if_device_compliance_required: rt::Field<
        crate::beta::ManagedAppRemediationAction,
    >,
    /// Defines a managed app behavior, either block or wipe, based on maximum number of incorrect pin retry attempts.
    ///
    /// CSDL: property `appActionIfMaximumPinRetriesExceeded`: `microsoft.graph.managedAppRemediationAction`, not nullable.
    pub app_action_if_maximum_pin_retries_exceeded: rt::Field<
        crate::beta::ManagedAppRemediationAction,
    >,
    /// If set, it will specify what action to take in the case where the user is unable to checkin because their authentication token is invalid. This happens when the user is deleted or disabled in AAD.
    ///
    /// CSDL: property `appActionIfUnableToAuthenticateUser`: `microsoft.graph.managedAppRemediationAction`, nullable.
    pub app_action_if_unable_to_authenticate_user: rt::Field<
        crate::beta::ManagedAppRemediationAction,
    >,
    /// Indicates whether a user can bring data into org documents.
    ///
    /// CSDL: property `blockDataIngestionIntoOrganizationDocuments`: `Edm.Boolean`, not nullable.
    pub block_data_ingestion_into_organization_documents: rt::Field<bool>,
    /// Indicates whether contacts can be synced to the user's device.
    ///
    /// CSDL: property `contactSyncBlocked`: `Edm.Boolean`, not nullable.
    pub contact_sync_blocked: rt::Field<bool>,
    /// Indicates whether the backup of a managed app's data is blocked.
    ///
    /// CSDL: property `dataBackupBlocked`: `Edm.Boolean`, not nullable.
    pub data_backup_blocked: rt::Field<bool>,
    /// Indicates whether device compliance is required.
    ///
    /// CSDL: property `deviceComplianceRequired`: `Edm.Boolean`, not nullable.
    pub device_compliance_required: rt::Field<bool>,
    /// The classes of dialer apps that are allowed to click-to-open a phone number.
    ///
    /// CSDL: property `dialerRestrictionLevel`: `microsoft.graph.managedAppPhoneNumberRedirectLevel`, not nullable.
    pub dialer_restriction_level: rt::Field<
        crate::beta::ManagedAppPhoneNumberRedirectLevel,
    >,
    /// Indicates whether use of the app pin is required if the device pin is set.
    ///
    /// CSDL: property `disableAppPinIfDevicePinIsSet`: `Edm.Boolean`, not nullable.
    pub disable_app_pin_if_device_pin_is_set: rt::Field<bool>,
    /// Indicates whether use of the fingerprint reader is allowed in place of a pin if PinRequired is set to True.
    ///
    /// CSDL: property `fingerprintBlocked`: `Edm.Boolean`, not nullable.
    pub fingerprint_blocked: rt::Field<bool>,
    /// Indicates in which managed browser(s) that internet links should be opened. When this property is configured, ManagedBrowserToOpenLinksRequired should be true.
    ///
    /// CSDL: property `managedBrowser`: `microsoft.graph.managedBrowserType`, not nullable.
    pub managed_browser: rt::Field<rt::Flags<crate::beta::ManagedBrowserType>>,
    /// Indicates whether internet links should be opened in the managed browser app, or any custom browser specified by CustomBrowserProtocol (for iOS) or CustomBrowserPackageId/CustomBrowserDisplayName (for Android)
    ///
    /// CSDL: property `managedBrowserToOpenLinksRequired`: `Edm.Boolean`, not nullable.
    pub managed_browser_to_open_links_required: rt::Field<bool>,
    /// Maximum allowed device threat level, as reported by the MTD app
    ///
    /// CSDL: property `maximumAllowedDeviceThreatLevel`: `microsoft.graph.managedAppDeviceThreatLevel`, not nullable.
    pub maximum_allowed_device_threat_level: rt::Field<
        crate::beta::ManagedAppDeviceThreatLevel,
    >,
    /// Maximum number of incorrect pin retry attempts before the managed app is either blocked or wiped.
    ///
    /// CSDL: property `maximumPinRetries`: `Edm.Int32`, not nullable.
    pub maximum_pin_retries: rt::Field<i32>,
    /// Versions bigger than the specified version will block the managed app from accessing company data.
    ///
    /// CSDL: property `maximumRequiredOsVersion`: `Edm.String`, nullable.
    pub maximum_required_os_version: rt::Field<::std::string::String>,
    /// Versions bigger than the specified version will block the managed app from accessing company data.
    ///
    /// CSDL: property `maximumWarningOsVersion`: `Edm.String`, nullable.
    pub maximum_warning_os_version: rt::Field<::std::string::String>,
    /// Versions bigger than the specified version will block the managed app from accessing company data.
    ///
    /// CSDL: property `maximumWipeOsVersion`: `Edm.String`, nullable.
    pub maximum_wipe_os_version: rt::Field<::std::string::String>,
    /// Minimum pin length required for an app-level pin if PinRequired is set to True
    ///
    /// CSDL: property `minimumPinLength`: `Edm.Int32`, not nullable.
    pub minimum_pin_length: rt::Field<i32>,
    /// Versions less than the specified version will block the managed app from accessing company data.
    ///
    /// CSDL: property `minimumRequiredAppVersion`: `Edm.String`, nullable.
    pub minimum_required_app_version: rt::Field<::std::string::String>,
    /// Versions less than the specified version will block the managed app from accessing company data.
    ///
    /// CSDL: property `minimumRequiredOsVersion`: `Edm.String`, nullable.
    pub minimum_required_os_version: rt::Field<::std::string::String>,
    /// Versions less than the specified version will result in warning message on the managed app.
    ///
    /// CSDL: property `minimumWarningAppVersion`: `Edm.String`, nullable.
    pub minimum_warning_app_version: rt::Field<::std::string::String>,
    /// Versions less than the specified version will result in warning message on the managed app from accessing company data.
    ///
    /// CSDL: property `minimumWarningOsVersion`: `Edm.String`, nullable.
    pub minimum_warning_os_version: rt::Field<::std::string::String>,
    /// Versions less than or equal to the specified version will wipe the managed app and the associated company data.
    ///
    /// CSDL: property `minimumWipeAppVersion`: `Edm.String`, nullable.
    pub minimum_wipe_app_version: rt::Field<::std::string::String>,
    /// Versions less than or equal to the specified version will wipe the managed app and the associated company data.
    ///
    /// CSDL: property `minimumWipeOsVersion`: `Edm.String`, nullable.
    pub minimum_wipe_os_version: rt::Field<::std::string::String>,
    /// Determines what action to take if the mobile threat defense threat threshold isn't met. Warn isn't a supported value for this property
    ///
    /// CSDL: property `mobileThreatDefenseRemediationAction`: `microsoft.graph.managedAppRemediationAction`, not nullable.
    pub mobile_threat_defense_remediation_action: rt::Field<
        crate::beta::ManagedAppRemediationAction,
    >,
    /// Specify app notification restriction
    ///
    /// CSDL: property `notificationRestriction`: `microsoft.graph.managedAppNotificationRestriction`, not nullable.
    pub notification_restriction: rt::Field<
        crate::beta::ManagedAppNotificationRestriction,
    >,
    /// Indicates whether organizational credentials are required for app use.
    ///
    /// CSDL: property `organizationalCredentialsRequired`: `Edm.Boolean`, not nullable.
    pub organizational_credentials_required: rt::Field<bool>,
    /// TimePeriod before the all-level pin must be reset if PinRequired is set to True.
    ///
    /// CSDL: property `periodBeforePinReset`: `Edm.Duration`, not nullable.
    pub period_before_pin_reset: rt::Field<rt::edm::Duration>,
    /// The period after which access is checked when the device is not connected to the internet.
    ///
    /// CSDL: property `periodOfflineBeforeAccessCheck`: `Edm.Duration`, not nullable.
    pub period_offline_before_access_check: rt::Field<rt::edm::Duration>,
    /// The amount of time an app is allowed to remain disconnected from the internet before all managed data it is wiped.
    ///
    /// CSDL: property `periodOfflineBeforeWipeIsEnforced`: `Edm.Duration`, not nullable.
    pub period_offline_before_wipe_is_enforced: rt::Field<rt::edm::Duration>,
    /// The period after which access is checked when the device is connected to the internet.
    ///
    /// CSDL: property `periodOnlineBeforeAccessCheck`: `Edm.Duration`, not nullable.
    pub period_online_before_access_check: rt::Field<rt::edm::Duration>,
    /// Character set which may be used for an app-level pin if PinRequired is set to True.
    ///
    /// CSDL: property `pinCharacterSet`: `microsoft.graph.managedAppPinCharacterSet`, not nullable.
    pub pin_character_set: rt::Field<crate::beta::ManagedAppPinCharacterSet>,
    /// Indicates whether an app-level pin is required.
    ///
    /// CSDL: property `pinRequired`: `Edm.Boolean`, not nullable.
    pub pin_required: rt::Field<bool>,
    /// Timeout in minutes for an app pin instead of non biometrics passcode
    ///
    /// CSDL: property `pinRequiredInsteadOfBiometricTimeout`: `Edm.Duration`, nullable.
    pub pin_required_instead_of_biometric_timeout: rt::Field<rt::edm::Duration>,
    /// Requires a pin to be unique from the number specified in this property.
    ///
    /// CSDL: property `previousPinBlockCount`: `Edm.Int32`, not nullable.
    pub previous_pin_block_count: rt::Field<i32>,
    /// Indicates whether printing is allowed from managed apps.
    ///
    /// CSDL: property `printBlocked`: `Edm.Boolean`, not nullable.
    pub print_blocked: rt::Field<bool>,
    /// Indicates whether users may use the "Save As" menu item to save a copy of protected files.
    ///
    /// CSDL: property `saveAsBlocked`: `Edm.Boolean`, not nullable.
    pub save_as_blocked: rt::Field<bool>,
    /// Indicates whether simplePin is blocked.
    ///
    /// CSDL: property `simplePinBlocked`: `Edm.Boolean`, not nullable.
    pub simple_pin_blocked: rt::Field<bool>,
    /// Indicates if the policy is deployed to any inclusion groups or not.
    ///
    /// CSDL: property `isAssigned`: `Edm.Boolean`, not nullable.
    pub is_assigned: rt::Field<bool>,
    /// The intended app management levels for this policy
    ///
    /// CSDL: property `targetedAppManagementLevels`: `microsoft.graph.appManagementLevel`, not nullable.
    pub targeted_app_management_levels: rt::Field<
        rt::Flags<crate::beta::AppManagementLevel>,
    >,
    /// Navigation property to list of inclusion and exclusion groups to which the policy is deployed.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.targetedManagedAppPolicyAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::TargetedManagedAppPolicyAssignment>,
    >,
    /// Semicolon seperated list of device manufacturers allowed, as a string, for the managed app to work.
    ///
    /// CSDL: property `allowedAndroidDeviceManufacturers`: `Edm.String`, nullable.
    pub allowed_android_device_manufacturers: rt::Field<::std::string::String>,
    /// List of device models allowed, as a string, for the managed app to work.
    ///
    /// CSDL: property `allowedAndroidDeviceModels`: `Collection(Edm.String)`, nullable.
    pub allowed_android_device_models: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Defines a managed app behavior, either block or wipe, if the specified device manufacturer is not allowed.
    ///
    /// CSDL: property `appActionIfAndroidDeviceManufacturerNotAllowed`: `microsoft.graph.managedAppRemediationAction`, not nullable.
    pub app_action_if_android_device_manufacturer_not_allowed: rt::Field<
        crate::beta::ManagedAppRemediationAction,
    >,
    /// Defines a managed app behavior, either block or wipe, if the specified device model is not allowed.
    ///
    /// CSDL: property `appActionIfAndroidDeviceModelNotAllowed`: `microsoft.graph.managedAppRemediationAction`, not nullable.
    pub app_action_if_android_device_model_not_allowed: rt::Field<
        crate::beta::ManagedAppRemediationAction,
    >,
    /// Defines a managed app behavior, either warn or block, if the specified Android App Verification requirement fails.
    ///
    /// CSDL: property `appActionIfAndroidSafetyNetAppsVerificationFailed`: `microsoft.graph.managedAppRemediationAction`, not nullable.
    pub app_action_if_android_safety_net_apps_verification_failed: rt::Field<
        crate::beta::ManagedAppRemediationAction,
    >,
    /// Defines a managed app behavior, either warn or block, if the specified Android SafetyNet Attestation requirement fails.
    ///
    /// CSDL: property `appActionIfAndroidSafetyNetDeviceAttestationFailed`: `microsoft.graph.managedAppRemediationAction`, not nullable.
    pub app_action_if_android_safety_net_device_attestation_failed: rt::Field<
        crate::beta::ManagedAppRemediationAction,
    >,
    /// Defines a managed app behavior, either warn, block or wipe, if the screen lock is required on android device but is not set.
    ///
    /// CSDL: property `appActionIfDeviceLockNotSet`: `microsoft.graph.managedAppRemediationAction`, not nullable.
    pub app_action_if_device_lock_not_set: rt::Field<
        crate::beta::ManagedAppRemediationAction,
    >,
    /// If Keyboard Restriction is enabled, only keyboards in this approved list will be allowed. A key should be Android package id for a keyboard and value should be a friendly name
    ///
    /// CSDL: property `approvedKeyboards`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub approved_keyboards: rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>>,
    /// Indicates whether use of the biometric authentication is allowed in place of a pin if PinRequired is set to True.
    ///
    /// CSDL: property `biometricAuthenticationBlocked`: `Edm.Boolean`, not nullable.
    pub biometric_authentication_blocked: rt::Field<bool>,
    /// Maximum number of days Company Portal update can be deferred on the device or app access will be blocked.
    ///
    /// CSDL: property `blockAfterCompanyPortalUpdateDeferralInDays`: `Edm.Int32`, not nullable.
    pub block_after_company_portal_update_deferral_in_days: rt::Field<i32>,
    /// Friendly name of the preferred custom browser to open weblink on Android. When this property is configured, ManagedBrowserToOpenLinksRequired should be true.
    ///
    /// CSDL: property `customBrowserDisplayName`: `Edm.String`, nullable.
    pub custom_browser_display_name: rt::Field<::std::string::String>,
    /// Unique identifier of the preferred custom browser to open weblink on Android. When this property is configured, ManagedBrowserToOpenLinksRequired should be true.
    ///
    /// CSDL: property `customBrowserPackageId`: `Edm.String`, nullable.
    pub custom_browser_package_id: rt::Field<::std::string::String>,
    /// Friendly name of a custom dialer app to click-to-open a phone number on Android.
    ///
    /// CSDL: property `customDialerAppDisplayName`: `Edm.String`, nullable.
    pub custom_dialer_app_display_name: rt::Field<::std::string::String>,
    /// PackageId of a custom dialer app to click-to-open a phone number on Android.
    ///
    /// CSDL: property `customDialerAppPackageId`: `Edm.String`, nullable.
    pub custom_dialer_app_package_id: rt::Field<::std::string::String>,
    /// Count of apps to which the current policy is deployed.
    ///
    /// CSDL: property `deployedAppCount`: `Edm.Int32`, not nullable.
    pub deployed_app_count: rt::Field<i32>,
    /// Defines if any kind of lock must be required on android device
    ///
    /// CSDL: property `deviceLockRequired`: `Edm.Boolean`, not nullable.
    pub device_lock_required: rt::Field<bool>,
    /// When this setting is enabled, app level encryption is disabled if device level encryption is enabled
    ///
    /// CSDL: property `disableAppEncryptionIfDeviceEncryptionIsEnabled`: `Edm.Boolean`, not nullable.
    pub disable_app_encryption_if_device_encryption_is_enabled: rt::Field<bool>,
    /// Indicates whether application data for managed apps should be encrypted
    ///
    /// CSDL: property `encryptAppData`: `Edm.Boolean`, not nullable.
    pub encrypt_app_data: rt::Field<bool>,
    /// App packages in this list will be exempt from the policy and will be able to receive data from managed apps.
    ///
    /// CSDL: property `exemptedAppPackages`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub exempted_app_packages: rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>>,
    /// Indicates if keyboard restriction is enabled. If enabled list of approved keyboards must be provided as well.
    ///
    /// CSDL: property `keyboardsRestricted`: `Edm.Boolean`, not nullable.
    pub keyboards_restricted: rt::Field<bool>,
    /// Minimum version of the Company portal that must be installed on the device or app access will be blocked
    ///
    /// CSDL: property `minimumRequiredCompanyPortalVersion`: `Edm.String`, nullable.
    pub minimum_required_company_portal_version: rt::Field<::std::string::String>,
    /// Define the oldest required Android security patch level a user can have to gain secure access to the app.
    ///
    /// CSDL: property `minimumRequiredPatchVersion`: `Edm.String`, nullable.
    pub minimum_required_patch_version: rt::Field<::std::string::String>,
    /// Minimum version of the Company portal that must be installed on the device or the user will receive a warning
    ///
    /// CSDL: property `minimumWarningCompanyPortalVersion`: `Edm.String`, nullable.
    pub minimum_warning_company_portal_version: rt::Field<::std::string::String>,
    /// Define the oldest recommended Android security patch level a user can have for secure access to the app.
    ///
    /// CSDL: property `minimumWarningPatchVersion`: `Edm.String`, nullable.
    pub minimum_warning_patch_version: rt::Field<::std::string::String>,
    /// Minimum version of the Company portal that must be installed on the device or the company data on the app will be wiped
    ///
    /// CSDL: property `minimumWipeCompanyPortalVersion`: `Edm.String`, nullable.
    pub minimum_wipe_company_portal_version: rt::Field<::std::string::String>,
    /// Android security patch level  less than or equal to the specified value will wipe the managed app and the associated company data.
    ///
    /// CSDL: property `minimumWipePatchVersion`: `Edm.String`, nullable.
    pub minimum_wipe_patch_version: rt::Field<::std::string::String>,
    /// Defines the Android SafetyNet Apps Verification requirement for a managed app to work.
    ///
    /// CSDL: property `requiredAndroidSafetyNetAppsVerificationType`: `microsoft.graph.androidManagedAppSafetyNetAppsVerificationType`, not nullable.
    pub required_android_safety_net_apps_verification_type: rt::Field<
        crate::beta::AndroidManagedAppSafetyNetAppsVerificationType,
    >,
    /// Defines the Android SafetyNet Device Attestation requirement for a managed app to work.
    ///
    /// CSDL: property `requiredAndroidSafetyNetDeviceAttestationType`: `microsoft.graph.androidManagedAppSafetyNetDeviceAttestationType`, not nullable.
    pub required_android_safety_net_device_attestation_type: rt::Field<
        crate::beta::AndroidManagedAppSafetyNetDeviceAttestationType,
    >,
    /// Defines the Android SafetyNet evaluation type requirement for a managed app to work.
    ///
    /// CSDL: property `requiredAndroidSafetyNetEvaluationType`: `microsoft.graph.androidManagedAppSafetyNetEvaluationType`, not nullable.
    pub required_android_safety_net_evaluation_type: rt::Field<
        crate::beta::AndroidManagedAppSafetyNetEvaluationType,
    >,
    /// Indicates whether a managed user can take screen captures of managed apps
    ///
    /// CSDL: property `screenCaptureBlocked`: `Edm.Boolean`, not nullable.
    pub screen_capture_blocked: rt::Field<bool>,
    /// Maximum number of days Company Portal update can be deferred on the device or the user will receive the warning
    ///
    /// CSDL: property `warnAfterCompanyPortalUpdateDeferralInDays`: `Edm.Int32`, not nullable.
    pub warn_after_company_portal_update_deferral_in_days: rt::Field<i32>,
    /// Maximum number of days Company Portal update can be deferred on the device or the company data on the app will be wiped
    ///
    /// CSDL: property `wipeAfterCompanyPortalUpdateDeferralInDays`: `Edm.Int32`, not nullable.
    pub wipe_after_company_portal_update_deferral_in_days: rt::Field<i32>,
    /// List of apps to which the policy is deployed.
    ///
    /// CSDL: containment navigation property `apps`: `Collection(microsoft.graph.managedMobileApp)`, not nullable.
    pub apps: rt::Field<::std::vec::Vec<crate::beta::ManagedMobileApp>>,
    /// Navigation property to deployment summary of the configuration.
    ///
    /// CSDL: containment navigation property `deploymentSummary`: `microsoft.graph.managedAppPolicyDeploymentSummary`, nullable.
    pub deployment_summary: rt::Field<crate::beta::ManagedAppPolicyDeploymentSummary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for AndroidManagedAppProtection {
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
            allowed_data_ingestion_locations: rt::Field::Absent,
            allowed_data_storage_locations: rt::Field::Absent,
            allowed_inbound_data_transfer_sources: rt::Field::Absent,
            allowed_outbound_clipboard_sharing_exception_length: rt::Field::Absent,
            allowed_outbound_clipboard_sharing_level: rt::Field::Absent,
            allowed_outbound_data_transfer_destinations: rt::Field::Absent,
            app_action_if_device_compliance_required: rt::Field::Absent,
            app_action_if_maximum_pin_retries_exceeded: rt::Field::Absent,
            app_action_if_unable_to_authenticate_user: rt::Field::Absent,
            block_data_ingestion_into_organization_documents: rt::Field::Absent,
            contact_sync_blocked: rt::Field::Absent,
            data_backup_blocked: rt::Field::Absent,
            device_compliance_required: rt::Field::Absent,
            dialer_restriction_level: rt::Field::Absent,
            disable_app_pin_if_device_pin_is_set: rt::Field::Absent,
            fingerprint_blocked: rt::Field::Absent,
            managed_browser: rt::Field::Absent,
            managed_browser_to_open_links_required: rt::Field::Absent,
            maximum_allowed_device_threat_level: rt::Field::Absent,
            maximum_pin_retries: rt::Field::Absent,
            maximum_required_os_version: rt::Field::Absent,
            maximum_warning_os_version: rt::Field::Absent,
            maximum_wipe_os_version: rt::Field::Absent,
            minimum_pin_length: rt::Field::Absent,
            minimum_required_app_version: rt::Field::Absent,
            minimum_required_os_version: rt::Field::Absent,
            minimum_warning_app_version: rt::Field::Absent,
            minimum_warning_os_version: rt::Field::Absent,
            minimum_wipe_app_version: rt::Field::Absent,
            minimum_wipe_os_version: rt::Field::Absent,
            mobile_threat_defense_remediation_action: rt::Field::Absent,
            notification_restriction: rt::Field::Absent,
            organizational_credentials_required: rt::Field::Absent,
            period_before_pin_reset: rt::Field::Absent,
            period_offline_before_access_check: rt::Field::Absent,
            period_offline_before_wipe_is_enforced: rt::Field::Absent,
            period_online_before_access_check: rt::Field::Absent,
            pin_character_set: rt::Field::Absent,
            pin_required: rt::Field::Absent,
            pin_required_instead_of_biometric_timeout: rt::Field::Absent,
            previous_pin_block_count: rt::Field::Absent,
            print_blocked: rt::Field::Absent,
            save_as_blocked: rt::Field::Absent,
            simple_pin_blocked: rt::Field::Absent,
            is_assigned: rt::Field::Absent,
            targeted_app_management_levels: rt::Field::Absent,
            assignments: rt::Field::Absent,
            allowed_android_device_manufacturers: rt::Field::Absent,
            allowed_android_device_models: rt::Field::Absent,
            app_action_if_android_device_manufacturer_not_allowed: rt::Field::Absent,
            app_action_if_android_device_model_not_allowed: rt::Field::Absent,
            app_action_if_android_safety_net_apps_verification_failed: rt::Field::Absent,
            app_action_if_android_safety_net_device_attestation_failed: rt::Field::Absent,
            app_action_if_device_lock_not_set: rt::Field::Absent,
            approved_keyboards: rt::Field::Absent,
            biometric_authentication_blocked: rt::Field::Absent,
            block_after_company_portal_update_deferral_in_days: rt::Field::Absent,
            custom_browser_display_name: rt::Field::Absent,
            custom_browser_package_id: rt::Field::Absent,
            custom_dialer_app_display_name: rt::Field::Absent,
            custom_dialer_app_package_id: rt::Field::Absent,
            deployed_app_count: rt::Field::Absent,
            device_lock_required: rt::Field::Absent,
            disable_app_encryption_if_device_encryption_is_enabled: rt::Field::Absent,
            encrypt_app_data: rt::Field::Absent,
            exempted_app_packages: rt::Field::Absent,
            keyboards_restricted: rt::Field::Absent,
            minimum_required_company_portal_version: rt::Field::Absent,
            minimum_required_patch_version: rt::Field::Absent,
            minimum_warning_company_portal_version: rt::Field::Absent,
            minimum_warning_patch_version: rt::Field::Absent,
            minimum_wipe_company_portal_version: rt::Field::Absent,
            minimum_wipe_patch_version: rt::Field::Absent,
            required_android_safety_net_apps_verification_type: rt::Field::Absent,
            required_android_safety_net_device_attestation_type: rt::Field::Absent,
            required_android_safety_net_evaluation_type: rt::Field::Absent,
            screen_capture_blocked: rt::Field::Absent,
            warn_after_company_portal_update_deferral_in_days: rt::Field::Absent,
            wipe_after_company_portal_update_deferral_in_days: rt::Field::Absent,
            apps: rt::Field::Absent,
            deployment_summary: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for AndroidManagedAppProtection {
    const TYPE_NAME: &'static str = "microsoft.graph.androidManagedAppProtection";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "version",
        "allowedDataIngestionLocations",
        "allowedDataStorageLocations",
        "allowedInboundDataTransferSources",
        "allowedOutboundClipboardSharingExceptionLength",
        "allowedOutboundClipboardSharingLevel",
        "allowedOutboundDataTransferDestinations",
        "appActionIfDeviceComplianceRequired",
        "appActionIfMaximumPinRetriesExceeded",
        "appActionIfUnableToAuthenticateUser",
        "blockDataIngestionIntoOrganizationDocuments",
        "contactSyncBlocked",
        "dataBackupBlocked",
        "deviceComplianceRequired",
        "dialerRestrictionLevel",
        "disableAppPinIfDevicePinIsSet",
        "fingerprintBlocked",
        "managedBrowser",
        "managedBrowserToOpenLinksRequired",
        "maximumAllowedDeviceThreatLevel",
        "maximumPinRetries",
        "maximumRequiredOsVersion",
        "maximumWarningOsVersion",
        "maximumWipeOsVersion",
        "minimumPinLength",
        "minimumRequiredAppVersion",
        "minimumRequiredOsVersion",
        "minimumWarningAppVersion",
        "minimumWarningOsVersion",
        "minimumWipeAppVersion",
        "minimumWipeOsVersion",
        "mobileThreatDefenseRemediationAction",
        "notificationRestriction",
        "organizationalCredentialsRequired",
        "periodBeforePinReset",
        "periodOfflineBeforeAccessCheck",
        "periodOfflineBeforeWipeIsEnforced",
        "periodOnlineBeforeAccessCheck",
        "pinCharacterSet",
        "pinRequired",
        "pinRequiredInsteadOfBiometricTimeout",
        "previousPinBlockCount",
        "printBlocked",
        "saveAsBlocked",
        "simplePinBlocked",
        "isAssigned",
        "targetedAppManagementLevels",
        "assignments",
        "allowedAndroidDeviceManufacturers",
        "allowedAndroidDeviceModels",
        "appActionIfAndroidDeviceManufacturerNotAllowed",
        "appActionIfAndroidDeviceModelNotAllowed",
        "appActionIfAndroidSafetyNetAppsVerificationFailed",
        "appActionIfAndroidSafetyNetDeviceAttestationFailed",
        "appActionIfDeviceLockNotSet",
        "approvedKeyboards",
        "biometricAuthenticationBlocked",
        "blockAfterCompanyPortalUpdateDeferralInDays",
        "customBrowserDisplayName",
        "customBrowserPackageId",
        "customDialerAppDisplayName",
        "customDialerAppPackageId",
        "deployedAppCount",
        "deviceLockRequired",
        "disableAppEncryptionIfDeviceEncryptionIsEnabled",
        "encryptAppData",
        "exemptedAppPackages",
        "keyboardsRestricted",
        "minimumRequiredCompanyPortalVersion",
        "minimumRequiredPatchVersion",
        "minimumWarningCompanyPortalVersion",
        "minimumWarningPatchVersion",
        "minimumWipeCompanyPortalVersion",
        "minimumWipePatchVersion",
        "requiredAndroidSafetyNetAppsVerificationType",
        "requiredAndroidSafetyNetDeviceAttestationType",
        "requiredAndroidSafetyNetEvaluationType",
        "screenCaptureBlocked",
        "warnAfterCompanyPortalUpdateDeferralInDays",
        "wipeAfterCompanyPortalUpdateDeferralInDays",
        "apps",
        "deploymentSummary",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"version\":                      ",
        ",\"allowedDataIngestionLocations\":",
        ",\"allowedDataStorageLocations\":  ",
        ",\"allowedInboundDataTransferSources\":",
        ",\"allowedOutboundClipboardSharingExceptionLength\":",
        ",\"allowedOutboundClipboardSharingLevel\":",
        ",\"allowedOutboundDataTransferDestinations\":",
        ",\"appActionIfDeviceComplianceRequired\":",
        ",\"appActionIfMaximumPinRetriesExceeded\":",
        ",\"appActionIfUnableToAuthenticateUser\":",
        ",\"blockDataIngestionIntoOrganizationDocuments\":",
        ",\"contactSyncBlocked\":           ",
        ",\"dataBackupBlocked\":            ",
        ",\"deviceComplianceRequired\":     ",
        ",\"dialerRestrictionLevel\":       ",
        ",\"disableAppPinIfDevicePinIsSet\":",
        ",\"fingerprintBlocked\":           ",
        ",\"managedBrowser\":               ",
        ",\"managedBrowserToOpenLinksRequired\":",
        ",\"maximumAllowedDeviceThreatLevel\":",
        ",\"maximumPinRetries\":            ",
        ",\"maximumRequiredOsVersion\":     ",
        ",\"maximumWarningOsVersion\":      ",
        ",\"maximumWipeOsVersion\":         ",
        ",\"minimumPinLength\":             ",
        ",\"minimumRequiredAppVersion\":    ",
        ",\"minimumRequiredOsVersion\":     ",
        ",\"minimumWarningAppVersion\":     ",
        ",\"minimumWarningOsVersion\":      ",
        ",\"minimumWipeAppVersion\":        ",
        ",\"minimumWipeOsVersion\":         ",
        ",\"mobileThreatDefenseRemediationAction\":",
        ",\"notificationRestriction\":      ",
        ",\"organizationalCredentialsRequired\":",
        ",\"periodBeforePinReset\":         ",
        ",\"periodOfflineBeforeAccessCheck\":",
        ",\"periodOfflineBeforeWipeIsEnforced\":",
        ",\"periodOnlineBeforeAccessCheck\":",
        ",\"pinCharacterSet\":              ",
        ",\"pinRequired\":                  ",
        ",\"pinRequiredInsteadOfBiometricTimeout\":",
        ",\"previousPinBlockCount\":        ",
        ",\"printBlocked\":                 ",
        ",\"saveAsBlocked\":                ",
        ",\"simplePinBlocked\":             ",
        ",\"isAssigned\":                   ",
        ",\"targetedAppManagementLevels\":  ",
        ",\"assignments\":                  ",
        ",\"allowedAndroidDeviceManufacturers\":",
        ",\"allowedAndroidDeviceModels\":   ",
        ",\"appActionIfAndroidDeviceManufacturerNotAllowed\":",
        ",\"appActionIfAndroidDeviceModelNotAllowed\":",
        ",\"appActionIfAndroidSafetyNetAppsVerificationFailed\":",
        ",\"appActionIfAndroidSafetyNetDeviceAttestationFailed\":",
        ",\"appActionIfDeviceLockNotSet\":  ",
        ",\"approvedKeyboards\":            ",
        ",\"biometricAuthenticationBlocked\":",
        ",\"blockAfterCompanyPortalUpdateDeferralInDays\":",
        ",\"customBrowserDisplayName\":     ",
        ",\"customBrowserPackageId\":       ",
        ",\"customDialerAppDisplayName\":   ",
        ",\"customDialerAppPackageId\":     ",
        ",\"deployedAppCount\":             ",
        ",\"deviceLockRequired\":           ",
        ",\"disableAppEncryptionIfDeviceEncryptionIsEnabled\":",
        ",\"encryptAppData\":               ",
        ",\"exemptedAppPackages\":          ",
        ",\"keyboardsRestricted\":          ",
        ",\"minimumRequiredCompanyPortalVersion\":",
        ",\"minimumRequiredPatchVersion\":  ",
        ",\"minimumWarningCompanyPortalVersion\":",
        ",\"minimumWarningPatchVersion\":   ",
        ",\"minimumWipeCompanyPortalVersion\":",
        ",\"minimumWipePatchVersion\":      ",
        ",\"requiredAndroidSafetyNetAppsVerificationType\":",
        ",\"requiredAndroidSafetyNetDeviceAttestationType\":",
        ",\"requiredAndroidSafetyNetEvaluationType\":",
        ",\"screenCaptureBlocked\":         ",
        ",\"warnAfterCompanyPortalUpdateDeferralInDays\":",
        ",\"wipeAfterCompanyPortalUpdateDeferralInDays\":",
        ",\"apps\":                         ",
        ",\"deploymentSummary\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidManagedAppProtection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(6usize, "version", &self.version);
        v.field(
            7usize,
            "allowed_data_ingestion_locations",
            &self.allowed_data_ingestion_locations,
        );
        v.field(
            8usize,
            "allowed_data_storage_locations",
            &self.allowed_data_storage_locations,
        );
        v.field(
            9usize,
            "allowed_inbound_data_transfer_sources",
            &self.allowed_inbound_data_transfer_sources,
        );
        v.field(
            10usize,
            "allowed_outbound_clipboard_sharing_exception_length",
            &self.allowed_outbound_clipboard_sharing_exception_length,
        );
        v.field(
            11usize,
            "allowed_outbound_clipboard_sharing_level",
            &self.allowed_outbound_clipboard_sharing_level,
        );
        v.field(
            12usize,
            "allowed_outbound_data_transfer_destinations",
            &self.allowed_outbound_data_transfer_destinations,
        );
        v.field(
            13usize,
            "app_action_if_device_compliance_required",
            &self.app_action_if_device_compliance_required,
        );
        v.field(
            14usize,
            "app_action_if_maximum_pin_retries_exceeded",
            &self.app_action_if_maximum_pin_retries_exceeded,
        );
        v.field(
            15usize,
            "app_action_if_unable_to_authenticate_user",
            &self.app_action_if_unable_to_authenticate_user,
        );
        v.field(
            16usize,
            "block_data_ingestion_into_organization_documents",
            &self.block_data_ingestion_into_organization_documents,
        );
        v.field(17usize, "contact_sync_blocked", &self.contact_sync_blocked);
        v.field(18usize, "data_backup_blocked", &self.data_backup_blocked);
        v.field(19usize, "device_compliance_required", &self.device_compliance_required);
        v.field(20usize, "dialer_restriction_level", &self.dialer_restriction_level);
        v.field(
            21usize,
            "disable_app_pin_if_device_pin_is_set",
            &self.disable_app_pin_if_device_pin_is_set,
        );
        v.field(22usize, "fingerprint_blocked", &self.fingerprint_blocked);
        v.field(23usize, "managed_browser", &self.managed_browser);
        v.field(
            24usize,
            "managed_browser_to_open_links_required",
            &self.managed_browser_to_open_links_required,
        );
        v.field(
            25usize,
            "maximum_allowed_device_threat_level",
            &self.maximum_allowed_device_threat_level,
        );
        v.field(26usize, "maximum_pin_retries", &self.maximum_pin_retries);
        v.field(
            27usize,
            "maximum_required_os_version",
            &self.maximum_required_os_version,
        );
        v.field(28usize, "maximum_warning_os_version", &self.maximum_warning_os_version);
        v.field(29usize, "maximum_wipe_os_version", &self.maximum_wipe_os_version);
        v.field(30usize, "minimum_pin_length", &self.minimum_pin_length);
        v.field(
            31usize,
            "minimum_required_app_version",
            &self.minimum_required_app_version,
        );
        v.field(
            32usize,
            "minimum_required_os_version",
            &self.minimum_required_os_version,
        );
        v.field(
            33usize,
            "minimum_warning_app_version",
            &self.minimum_warning_app_version,
        );
        v.field(34usize, "minimum_warning_os_version", &self.minimum_warning_os_version);
        v.field(35usize, "minimum_wipe_app_version", &self.minimum_wipe_app_version);
        v.field(36usize, "minimum_wipe_os_version", &self.minimum_wipe_os_version);
        v.field(
            37usize,
            "mobile_threat_defense_remediation_action",
            &self.mobile_threat_defense_remediation_action,
        );
        v.field(38usize, "notification_restriction", &self.notification_restriction);
        v.field(
            39usize,
            "organizational_credentials_required",
            &self.organizational_credentials_required,
        );
        v.field(40usize, "period_before_pin_reset", &self.period_before_pin_reset);
        v.field(
            41usize,
            "period_offline_before_access_check",
            &self.period_offline_before_access_check,
        );
        v.field(
            42usize,
            "period_offline_before_wipe_is_enforced",
            &self.period_offline_before_wipe_is_enforced,
        );
        v.field(
            43usize,
            "period_online_before_access_check",
            &self.period_online_before_access_check,
        );
        v.field(44usize, "pin_character_set", &self.pin_character_set);
        v.field(45usize, "pin_required", &self.pin_required);
        v.field(
            46usize,
            "pin_required_instead_of_biometric_timeout",
            &self.pin_required_instead_of_biometric_timeout,
        );
        v.field(47usize, "previous_pin_block_count", &self.previous_pin_block_count);
        v.field(48usize, "print_blocked", &self.print_blocked);
        v.field(49usize, "save_as_blocked", &self.save_as_blocked);
        v.field(50usize, "simple_pin_blocked", &self.simple_pin_blocked);
        v.field(51usize, "is_assigned", &self.is_assigned);
        v.field(
            52usize,
            "targeted_app_management_levels",
            &self.targeted_app_management_levels,
        );
        v.field(53usize, "assignments", &self.assignments);
        v.field(
            54usize,
            "allowed_android_device_manufacturers",
            &self.allowed_android_device_manufacturers,
        );
        v.field(
            55usize,
            "allowed_android_device_models",
            &self.allowed_android_device_models,
        );
        v.field(
            56usize,
            "app_action_if_android_device_manufacturer_not_allowed",
            &self.app_action_if_android_device_manufacturer_not_allowed,
        );
        v.field(
            57usize,
            "app_action_if_android_device_model_not_allowed",
            &self.app_action_if_android_device_model_not_allowed,
        );
        v.field(
            58usize,
            "app_action_if_android_safety_net_apps_verification_failed",
            &self.app_action_if_android_safety_net_apps_verification_failed,
        );
        v.field(
            59usize,
            "app_action_if_android_safety_net_device_attestation_failed",
            &self.app_action_if_android_safety_net_device_attestation_failed,
        );
        v.field(
            60usize,
            "app_action_if_device_lock_not_set",
            &self.app_action_if_device_lock_not_set,
        );
        v.field(61usize, "approved_keyboards", &self.approved_keyboards);
        v.field(
            62usize,
            "biometric_authentication_blocked",
            &self.biometric_authentication_blocked,
        );
        v.field(
            63usize,
            "block_after_company_portal_update_deferral_in_days",
            &self.block_after_company_portal_update_deferral_in_days,
        );
        v.field(
            64usize,
            "custom_browser_display_name",
            &self.custom_browser_display_name,
        );
        v.field(65usize, "custom_browser_package_id", &self.custom_browser_package_id);
        v.field(
            66usize,
            "custom_dialer_app_display_name",
            &self.custom_dialer_app_display_name,
        );
        v.field(
            67usize,
            "custom_dialer_app_package_id",
            &self.custom_dialer_app_package_id,
        );
        v.field(68usize, "deployed_app_count", &self.deployed_app_count);
        v.field(69usize, "device_lock_required", &self.device_lock_required);
        v.field(
            70usize,
            "disable_app_encryption_if_device_encryption_is_enabled",
            &self.disable_app_encryption_if_device_encryption_is_enabled,
        );
        v.field(71usize, "encrypt_app_data", &self.encrypt_app_data);
        v.field(72usize, "exempted_app_packages", &self.exempted_app_packages);
        v.field(73usize, "keyboards_restricted", &self.keyboards_restricted);
        v.field(
            74usize,
            "minimum_required_company_portal_version",
            &self.minimum_required_company_portal_version,
        );
        v.field(
            75usize,
            "minimum_required_patch_version",
            &self.minimum_required_patch_version,
        );
        v.field(
            76usize,
            "minimum_warning_company_portal_version",
            &self.minimum_warning_company_portal_version,
        );
        v.field(
            77usize,
            "minimum_warning_patch_version",
            &self.minimum_warning_patch_version,
        );
        v.field(
            78usize,
            "minimum_wipe_company_portal_version",
            &self.minimum_wipe_company_portal_version,
        );
        v.field(79usize, "minimum_wipe_patch_version", &self.minimum_wipe_patch_version);
        v.field(
            80usize,
            "required_android_safety_net_apps_verification_type",
            &self.required_android_safety_net_apps_verification_type,
        );
        v.field(
            81usize,
            "required_android_safety_net_device_attestation_type",
            &self.required_android_safety_net_device_attestation_type,
        );
        v.field(
            82usize,
            "required_android_safety_net_evaluation_type",
            &self.required_android_safety_net_evaluation_type,
        );
        v.field(83usize, "screen_capture_blocked", &self.screen_capture_blocked);
        v.field(
            84usize,
            "warn_after_company_portal_update_deferral_in_days",
            &self.warn_after_company_portal_update_deferral_in_days,
        );
        v.field(
            85usize,
            "wipe_after_company_portal_update_deferral_in_days",
            &self.wipe_after_company_portal_update_deferral_in_days,
        );
        v.field(86usize, "apps", &self.apps);
        v.field(87usize, "deployment_summary", &self.deployment_summary);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for AndroidManagedAppProtection {
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
            7usize => self.allowed_data_ingestion_locations.read_from(r),
            8usize => self.allowed_data_storage_locations.read_from(r),
            9usize => self.allowed_inbound_data_transfer_sources.read_from(r),
            10usize => {
                self.allowed_outbound_clipboard_sharing_exception_length.read_from(r)
            }
            11usize => self.allowed_outbound_clipboard_sharing_level.read_from(r),
            12usize => self.allowed_outbound_data_transfer_destinations.read_from(r),
            13usize => self.app_action_if_device_compliance_required.read_from(r),
            14usize => self.app_action_if_maximum_pin_retries_exceeded.read_from(r),
            15usize => self.app_action_if_unable_to_authenticate_user.read_from(r),
            16usize => self.block_data_ingestion_into_organization_documents.read_from(r),
            17usize => self.contact_sync_blocked.read_from(r),
            18usize => self.data_backup_blocked.read_from(r),
            19usize => self.device_compliance_required.read_from(r),
            20usize => self.dialer_restriction_level.read_from(r),
            21usize => self.disable_app_pin_if_device_pin_is_set.read_from(r),
            22usize => self.fingerprint_blocked.read_from(r),
            23usize => self.managed_browser.read_from(r),
            24usize => self.managed_browser_to_open_links_required.read_from(r),
            25usize => self.maximum_allowed_device_threat_level.read_from(r),
            26usize => self.maximum_pin_retries.read_from(r),
            27usize => self.maximum_required_os_version.read_from(r),
            28usize => self.maximum_warning_os_version.read_from(r),
            29usize => self.maximum_wipe_os_version.read_from(r),
            30usize => self.minimum_pin_length.read_from(r),
            31usize => self.minimum_required_app_version.read_from(r),
            32usize => self.minimum_required_os_version.read_from(r),
            33usize => self.minimum_warning_app_version.read_from(r),
            34usize => self.minimum_warning_os_version.read_from(r),
            35usize => self.minimum_wipe_app_version.read_from(r),
            36usize => self.minimum_wipe_os_version.read_from(r),
            37usize => self.mobile_threat_defense_remediation_action.read_from(r),
            38usize => self.notification_restriction.read_from(r),
            39usize => self.organizational_credentials_required.read_from(r),
            40usize => self.period_before_pin_reset.read_from(r),
            41usize => self.period_offline_before_access_check.read_from(r),
            42usize => self.period_offline_before_wipe_is_enforced.read_from(r),
            43usize => self.period_online_before_access_check.read_from(r),
            44usize => self.pin_character_set.read_from(r),
            45usize => self.pin_required.read_from(r),
            46usize => self.pin_required_instead_of_biometric_timeout.read_from(r),
            47usize => self.previous_pin_block_count.read_from(r),
            48usize => self.print_blocked.read_from(r),
            49usize => self.save_as_blocked.read_from(r),
            50usize => self.simple_pin_blocked.read_from(r),
            51usize => self.is_assigned.read_from(r),
            52usize => self.targeted_app_management_levels.read_from(r),
            53usize => self.assignments.read_from(r),
            54usize => self.allowed_android_device_manufacturers.read_from(r),
            55usize => self.allowed_android_device_models.read_from(r),
            56usize => {
                self.app_action_if_android_device_manufacturer_not_allowed.read_from(r)
            }
            57usize => self.app_action_if_android_device_model_not_allowed.read_from(r),
            58usize => {
                self.app_action_if_android_safety_net_apps_verification_failed
                    .read_from(r)
            }
            59usize => {
                self.app_action_if_android_safety_net_device_attestation_failed
                    .read_from(r)
            }
            60usize => self.app_action_if_device_lock_not_set.read_from(r),
            61usize => self.approved_keyboards.read_from(r),
            62usize => self.biometric_authentication_blocked.read_from(r),
            63usize => {
                self.block_after_company_portal_update_deferral_in_days.read_from(r)
            }
            64usize => self.custom_browser_display_name.read_from(r),
            65usize => self.custom_browser_package_id.read_from(r),
            66usize => self.custom_dialer_app_display_name.read_from(r),
            67usize => self.custom_dialer_app_package_id.read_from(r),
            68usize => self.deployed_app_count.read_from(r),
            69usize => self.device_lock_required.read_from(r),
            70usize => {
                self.disable_app_encryption_if_device_encryption_is_enabled.read_from(r)
            }
            71usize => self.encrypt_app_data.read_from(r),
            72usize => self.exempted_app_packages.read_from(r),
            73usize => self.keyboards_restricted.read_from(r),
            74usize => self.minimum_required_company_portal_version.read_from(r),
            75usize => self.minimum_required_patch_version.read_from(r),
            76usize => self.minimum_warning_company_portal_version.read_from(r),
            77usize => self.minimum_warning_patch_version.read_from(r),
            78usize => self.minimum_wipe_company_portal_version.read_from(r),
            79usize => self.minimum_wipe_patch_version.read_from(r),
            80usize => {
                self.required_android_safety_net_apps_verification_type.read_from(r)
            }
            81usize => {
                self.required_android_safety_net_device_attestation_type.read_from(r)
            }
            82usize => self.required_android_safety_net_evaluation_type.read_from(r),
            83usize => self.screen_capture_blocked.read_from(r),
            84usize => {
                self.warn_after_company_portal_update_deferral_in_days.read_from(r)
            }
            85usize => {
                self.wipe_after_company_portal_update_deferral_in_days.read_from(r)
            }
            86usize => self.apps.read_from(r),
            87usize => self.deployment_summary.read_from(r),
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
        w.field(7usize, &self.allowed_data_ingestion_locations);
        w.field(8usize, &self.allowed_data_storage_locations);
        w.field(9usize, &self.allowed_inbound_data_transfer_sources);
        w.field(10usize, &self.allowed_outbound_clipboard_sharing_exception_length);
        w.field(11usize, &self.allowed_outbound_clipboard_sharing_level);
        w.field(12usize, &self.allowed_outbound_data_transfer_destinations);
        w.field(13usize, &self.app_action_if_device_compliance_required);
        w.field(14usize, &self.app_action_if_maximum_pin_retries_exceeded);
        w.field(15usize, &self.app_action_if_unable_to_authenticate_user);
        w.field(16usize, &self.block_data_ingestion_into_organization_documents);
        w.field(17usize, &self.contact_sync_blocked);
        w.field(18usize, &self.data_backup_blocked);
        w.field(19usize, &self.device_compliance_required);
        w.field(20usize, &self.dialer_restriction_level);
        w.field(21usize, &self.disable_app_pin_if_device_pin_is_set);
        w.field(22usize, &self.fingerprint_blocked);
        w.field(23usize, &self.managed_browser);
        w.field(24usize, &self.managed_browser_to_open_links_required);
        w.field(25usize, &self.maximum_allowed_device_threat_level);
        w.field(26usize, &self.maximum_pin_retries);
        w.field(27usize, &self.maximum_required_os_version);
        w.field(28usize, &self.maximum_warning_os_version);
        w.field(29usize, &self.maximum_wipe_os_version);
        w.field(30usize, &self.minimum_pin_length);
        w.field(31usize, &self.minimum_required_app_version);
        w.field(32usize, &self.minimum_required_os_version);
        w.field(33usize, &self.minimum_warning_app_version);
        w.field(34usize, &self.minimum_warning_os_version);
        w.field(35usize, &self.minimum_wipe_app_version);
        w.field(36usize, &self.minimum_wipe_os_version);
        w.field(37usize, &self.mobile_threat_defense_remediation_action);
        w.field(38usize, &self.notification_restriction);
        w.field(39usize, &self.organizational_credentials_required);
        w.field(40usize, &self.period_before_pin_reset);
        w.field(41usize, &self.period_offline_before_access_check);
        w.field(42usize, &self.period_offline_before_wipe_is_enforced);
        w.field(43usize, &self.period_online_before_access_check);
        w.field(44usize, &self.pin_character_set);
        w.field(45usize, &self.pin_required);
        w.field(46usize, &self.pin_required_instead_of_biometric_timeout);
        w.field(47usize, &self.previous_pin_block_count);
        w.field(48usize, &self.print_blocked);
        w.field(49usize, &self.save_as_blocked);
        w.field(50usize, &self.simple_pin_blocked);
        w.field(51usize, &self.is_assigned);
        w.field(52usize, &self.targeted_app_management_levels);
        w.field(53usize, &self.assignments);
        w.field(54usize, &self.allowed_android_device_manufacturers);
        w.field(55usize, &self.allowed_android_device_models);
        w.field(56usize, &self.app_action_if_android_device_manufacturer_not_allowed);
        w.field(57usize, &self.app_action_if_android_device_model_not_allowed);
        w.field(
            58usize,
            &self.app_action_if_android_safety_net_apps_verification_failed,
        );
        w.field(
            59usize,
            &self.app_action_if_android_safety_net_device_attestation_failed,
        );
        w.field(60usize, &self.app_action_if_device_lock_not_set);
        w.field(61usize, &self.approved_keyboards);
        w.field(62usize, &self.biometric_authentication_blocked);
        w.field(63usize, &self.block_after_company_portal_update_deferral_in_days);
        w.field(64usize, &self.custom_browser_display_name);
        w.field(65usize, &self.custom_browser_package_id);
        w.field(66usize, &self.custom_dialer_app_display_name);
        w.field(67usize, &self.custom_dialer_app_package_id);
        w.field(68usize, &self.deployed_app_count);
        w.field(69usize, &self.device_lock_required);
        w.field(70usize, &self.disable_app_encryption_if_device_encryption_is_enabled);
        w.field(71usize, &self.encrypt_app_data);
        w.field(72usize, &self.exempted_app_packages);
        w.field(73usize, &self.keyboards_restricted);
        w.field(74usize, &self.minimum_required_company_portal_version);
        w.field(75usize, &self.minimum_required_patch_version);
        w.field(76usize, &self.minimum_warning_company_portal_version);
        w.field(77usize, &self.minimum_warning_patch_version);
        w.field(78usize, &self.minimum_wipe_company_portal_version);
        w.field(79usize, &self.minimum_wipe_patch_version);
        w.field(80usize, &self.required_android_safety_net_apps_verification_type);
        w.field(81usize, &self.required_android_safety_net_device_attestation_type);
        w.field(82usize, &self.required_android_safety_net_evaluation_type);
        w.field(83usize, &self.screen_capture_blocked);
        w.field(84usize, &self.warn_after_company_portal_update_deferral_in_days);
        w.field(85usize, &self.wipe_after_company_portal_update_deferral_in_days);
        w.field(86usize, &self.apps);
        w.field(87usize, &self.deployment_summary);
    }
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
rt::impl_object!(AndroidManagedAppProtection);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    AndroidManagedAppProtection { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_version version : ::std::string::String;
    with_allowed_data_ingestion_locations allowed_data_ingestion_locations :
    ::std::vec::Vec < crate ::beta::ManagedAppDataIngestionLocation >;
    with_allowed_data_storage_locations allowed_data_storage_locations : ::std::vec::Vec
    < crate ::beta::ManagedAppDataStorageLocation >;
    with_allowed_inbound_data_transfer_sources allowed_inbound_data_transfer_sources :
    crate ::beta::ManagedAppDataTransferLevel;
    with_allowed_outbound_clipboard_sharing_exception_length
    allowed_outbound_clipboard_sharing_exception_length : i32;
    with_allowed_outbound_clipboard_sharing_level
    allowed_outbound_clipboard_sharing_level : crate
    ::beta::ManagedAppClipboardSharingLevel;
    with_allowed_outbound_data_transfer_destinations
    allowed_outbound_data_transfer_destinations : crate
    ::beta::ManagedAppDataTransferLevel; with_app_action_if_device_compliance_required
    app_action_if_device_compliance_required : crate ::beta::ManagedAppRemediationAction;
    with_app_action_if_maximum_pin_retries_exceeded
    app_action_if_maximum_pin_retries_exceeded : crate
    ::beta::ManagedAppRemediationAction; with_app_action_if_unable_to_authenticate_user
    app_action_if_unable_to_authenticate_user : crate
    ::beta::ManagedAppRemediationAction;
    with_block_data_ingestion_into_organization_documents
    block_data_ingestion_into_organization_documents : bool; with_contact_sync_blocked
    contact_sync_blocked : bool; with_data_backup_blocked data_backup_blocked : bool;
    with_device_compliance_required device_compliance_required : bool;
    with_dialer_restriction_level dialer_restriction_level : crate
    ::beta::ManagedAppPhoneNumberRedirectLevel; with_disable_app_pin_if_device_pin_is_set
    disable_app_pin_if_device_pin_is_set : bool; with_fingerprint_blocked
    fingerprint_blocked : bool; with_managed_browser managed_browser : rt::Flags < crate
    ::beta::ManagedBrowserType >; with_managed_browser_to_open_links_required
    managed_browser_to_open_links_required : bool;
    with_maximum_allowed_device_threat_level maximum_allowed_device_threat_level : crate
    ::beta::ManagedAppDeviceThreatLevel; with_maximum_pin_retries maximum_pin_retries :
    i32; with_maximum_required_os_version maximum_required_os_version :
    ::std::string::String; with_maximum_warning_os_version maximum_warning_os_version :
    ::std::string::String; with_maximum_wipe_os_version maximum_wipe_os_version :
    ::std::string::String; with_minimum_pin_length minimum_pin_length : i32;
    with_minimum_required_app_version minimum_required_app_version :
    ::std::string::String; with_minimum_required_os_version minimum_required_os_version :
    ::std::string::String; with_minimum_warning_app_version minimum_warning_app_version :
    ::std::string::String; with_minimum_warning_os_version minimum_warning_os_version :
    ::std::string::String; with_minimum_wipe_app_version minimum_wipe_app_version :
    ::std::string::String; with_minimum_wipe_os_version minimum_wipe_os_version :
    ::std::string::String; with_mobile_threat_defense_remediation_action
    mobile_threat_defense_remediation_action : crate ::beta::ManagedAppRemediationAction;
    with_notification_restriction notification_restriction : crate
    ::beta::ManagedAppNotificationRestriction; with_organizational_credentials_required
    organizational_credentials_required : bool; with_period_before_pin_reset
    period_before_pin_reset : rt::edm::Duration; with_period_offline_before_access_check
    period_offline_before_access_check : rt::edm::Duration;
    with_period_offline_before_wipe_is_enforced period_offline_before_wipe_is_enforced :
    rt::edm::Duration; with_period_online_before_access_check
    period_online_before_access_check : rt::edm::Duration; with_pin_character_set
    pin_character_set : crate ::beta::ManagedAppPinCharacterSet; with_pin_required
    pin_required : bool; with_pin_required_instead_of_biometric_timeout
    pin_required_instead_of_biometric_timeout : rt::edm::Duration;
    with_previous_pin_block_count previous_pin_block_count : i32; with_print_blocked
    print_blocked : bool; with_save_as_blocked save_as_blocked : bool;
    with_simple_pin_blocked simple_pin_blocked : bool; with_is_assigned is_assigned :
    bool; with_targeted_app_management_levels targeted_app_management_levels : rt::Flags
    < crate ::beta::AppManagementLevel >; with_assignments assignments : ::std::vec::Vec
    < crate ::beta::TargetedManagedAppPolicyAssignment >;
    with_allowed_android_device_manufacturers allowed_android_device_manufacturers :
    ::std::string::String; with_allowed_android_device_models
    allowed_android_device_models : ::std::vec::Vec < ::std::string::String >;
    with_app_action_if_android_device_manufacturer_not_allowed
    app_action_if_android_device_manufacturer_not_allowed : crate
    ::beta::ManagedAppRemediationAction;
    with_app_action_if_android_device_model_not_allowed
    app_action_if_android_device_model_not_allowed : crate
    ::beta::ManagedAppRemediationAction;
    with_app_action_if_android_safety_net_apps_verification_failed
    app_action_if_android_safety_net_apps_verification_failed : crate
    ::beta::ManagedAppRemediationAction;
    with_app_action_if_android_safety_net_device_attestation_failed
    app_action_if_android_safety_net_device_attestation_failed : crate
    ::beta::ManagedAppRemediationAction; with_app_action_if_device_lock_not_set
    app_action_if_device_lock_not_set : crate ::beta::ManagedAppRemediationAction;
    with_approved_keyboards approved_keyboards : ::std::vec::Vec < crate
    ::beta::KeyValuePair >; with_biometric_authentication_blocked
    biometric_authentication_blocked : bool;
    with_block_after_company_portal_update_deferral_in_days
    block_after_company_portal_update_deferral_in_days : i32;
    with_custom_browser_display_name custom_browser_display_name : ::std::string::String;
    with_custom_browser_package_id custom_browser_package_id : ::std::string::String;
    with_custom_dialer_app_display_name custom_dialer_app_display_name :
    ::std::string::String; with_custom_dialer_app_package_id custom_dialer_app_package_id
    : ::std::string::String; with_deployed_app_count deployed_app_count : i32;
    with_device_lock_required device_lock_required : bool;
    with_disable_app_encryption_if_device_encryption_is_enabled
    disable_app_encryption_if_device_encryption_is_enabled : bool; with_encrypt_app_data
    encrypt_app_data : bool; with_exempted_app_packages exempted_app_packages :
    ::std::vec::Vec < crate ::beta::KeyValuePair >; with_keyboards_restricted
    keyboards_restricted : bool; with_minimum_required_company_portal_version
    minimum_required_company_portal_version : ::std::string::String;
    with_minimum_required_patch_version minimum_required_patch_version :
    ::std::string::String; with_minimum_warning_company_portal_version
    minimum_warning_company_portal_version : ::std::string::String;
    with_minimum_warning_patch_version minimum_warning_patch_version :
    ::std::string::String; with_minimum_wipe_company_portal_version
    minimum_wipe_company_portal_version : ::std::string::String;
    with_minimum_wipe_patch_version minimum_wipe_patch_version : ::std::string::String;
    with_required_android_safety_net_apps_verification_type
    required_android_safety_net_apps_verification_type : crate
    ::beta::AndroidManagedAppSafetyNetAppsVerificationType;
    with_required_android_safety_net_device_attestation_type
    required_android_safety_net_device_attestation_type : crate
    ::beta::AndroidManagedAppSafetyNetDeviceAttestationType;
    with_required_android_safety_net_evaluation_type
    required_android_safety_net_evaluation_type : crate
    ::beta::AndroidManagedAppSafetyNetEvaluationType; with_screen_capture_blocked
    screen_capture_blocked : bool; with_warn_after_company_portal_update_deferral_in_days
    warn_after_company_portal_update_deferral_in_days : i32;
    with_wipe_after_company_portal_update_deferral_in_days
    wipe_after_company_portal_update_deferral_in_days : i32; with_apps apps :
    ::std::vec::Vec < crate ::beta::ManagedMobileApp >; with_deployment_summary
    deployment_summary : crate ::beta::ManagedAppPolicyDeploymentSummary; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidManagedAppProtection);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Represents the synchronization details of an android app, with management capabilities, for a specific user.
///
/// The ManagedAppRegistration resource represents the details of an app, with management capability, used by a member of the organization.
///
/// CSDL: `microsoft.graph.androidManagedAppRegistration`, entity type, derived from `microsoft.graph.managedAppRegistration`, key `id`.
///
/// Request builders: [`ManagedAppRegistrationPath`](requests/trait.ManagedAppRegistrationPath.html), what a path to one (`EntityPath<AndroidManagedAppRegistration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidManagedAppRegistration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The app package Identifier
    ///
    /// CSDL: property `appIdentifier`: `microsoft.graph.mobileAppIdentifier`, nullable.
    pub app_identifier: rt::Field<crate::beta::AnyMobileAppIdentifier>,
    /// App version
    ///
    /// CSDL: property `applicationVersion`: `Edm.String`, nullable.
    pub application_version: rt::Field<::std::string::String>,
    /// The Azure Active Directory Device identifier of the host device. Value could be empty even when the host device is Azure Active Directory registered.
    ///
    /// CSDL: property `azureADDeviceId`: `Edm.String`, nullable.
    pub azure_ad_device_id: rt::Field<::std::string::String>,
    /// Date and time of creation
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The device manufacturer for the current app registration
    ///
    /// CSDL: property `deviceManufacturer`: `Edm.String`, nullable.
    pub device_manufacturer: rt::Field<::std::string::String>,
    /// The device model for the current app registration
    ///
    /// CSDL: property `deviceModel`: `Edm.String`, nullable.
    pub device_model: rt::Field<::std::string::String>,
    /// Host device name
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// App management SDK generated tag, which helps relate apps hosted on the same device. Not guaranteed to relate apps in all conditions.
    ///
    /// CSDL: property `deviceTag`: `Edm.String`, nullable.
    pub device_tag: rt::Field<::std::string::String>,
    /// Host device type
    ///
    /// CSDL: property `deviceType`: `Edm.String`, nullable.
    pub device_type: rt::Field<::std::string::String>,
    /// Zero or more reasons an app registration is flagged. E.g. app running on rooted device
    ///
    /// CSDL: property `flaggedReasons`: `Collection(microsoft.graph.managedAppFlaggedReason)`, not nullable.
    pub flagged_reasons: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedAppFlaggedReason>,
    >,
    /// Date and time of last the app synced with management service.
    ///
    /// CSDL: property `lastSyncDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The Managed Device identifier of the host device. Value could be empty even when the host device is managed.
    ///
    /// CSDL: property `managedDeviceId`: `Edm.String`, nullable.
    pub managed_device_id: rt::Field<::std::string::String>,
    /// App management SDK version
    ///
    /// CSDL: property `managementSdkVersion`: `Edm.String`, nullable.
    pub management_sdk_version: rt::Field<::std::string::String>,
    /// Operating System version
    ///
    /// CSDL: property `platformVersion`: `Edm.String`, nullable.
    pub platform_version: rt::Field<::std::string::String>,
    /// The user Id to who this app registration belongs.
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Version of the entity.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Zero or more policys already applied on the registered app when it last synchronized with managment service.
    ///
    /// CSDL: containment navigation property `appliedPolicies`: `Collection(microsoft.graph.managedAppPolicy)`, not nullable.
    pub applied_policies: rt::Field<::std::vec::Vec<crate::beta::AnyManagedAppPolicy>>,
    /// Zero or more policies admin intended for the app as of now.
    ///
    /// CSDL: containment navigation property `intendedPolicies`: `Collection(microsoft.graph.managedAppPolicy)`, not nullable.
    pub intended_policies: rt::Field<::std::vec::Vec<crate::beta::AnyManagedAppPolicy>>,
    /// Zero or more long running operations triggered on the app registration.
    ///
    /// CSDL: containment navigation property `operations`: `Collection(microsoft.graph.managedAppOperation)`, not nullable.
    pub operations: rt::Field<::std::vec::Vec<crate::beta::ManagedAppOperation>>,
    /// The patch version for the current android app registration
    ///
    /// CSDL: property `patchVersion`: `Edm.String`, nullable.
    pub patch_version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AndroidManagedAppRegistration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_identifier: rt::Field::Absent,
            application_version: rt::Field::Absent,
            azure_ad_device_id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            device_manufacturer: rt::Field::Absent,
            device_model: rt::Field::Absent,
            device_name: rt::Field::Absent,
            device_tag: rt::Field::Absent,
            device_type: rt::Field::Absent,
            flagged_reasons: rt::Field::Absent,
            last_sync_date_time: rt::Field::Absent,
            managed_device_id: rt::Field::Absent,
            management_sdk_version: rt::Field::Absent,
            platform_version: rt::Field::Absent,
            user_id: rt::Field::Absent,
            version: rt::Field::Absent,
            applied_policies: rt::Field::Absent,
            intended_policies: rt::Field::Absent,
            operations: rt::Field::Absent,
            patch_version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for AndroidManagedAppRegistration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidManagedAppRegistration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appIdentifier",
        "applicationVersion",
        "azureADDeviceId",
        "createdDateTime",
        "deviceManufacturer",
        "deviceModel",
        "deviceName",
        "deviceTag",
        "deviceType",
        "flaggedReasons",
        "lastSyncDateTime",
        "managedDeviceId",
        "managementSdkVersion",
        "platformVersion",
        "userId",
        "version",
        "appliedPolicies",
        "intendedPolicies",
        "operations",
        "patchVersion",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appIdentifier\":                ",
        ",\"applicationVersion\":           ",
        ",\"azureADDeviceId\":              ",
        ",\"createdDateTime\":              ",
        ",\"deviceManufacturer\":           ",
        ",\"deviceModel\":                  ",
        ",\"deviceName\":                   ",
        ",\"deviceTag\":                    ",
        ",\"deviceType\":                   ",
        ",\"flaggedReasons\":               ",
        ",\"lastSyncDateTime\":             ",
        ",\"managedDeviceId\":              ",
        ",\"managementSdkVersion\":         ",
        ",\"platformVersion\":              ",
        ",\"userId\":                       ",
        ",\"version\":                      ",
        ",\"appliedPolicies\":              ",
        ",\"intendedPolicies\":             ",
        ",\"operations\":                   ",
        ",\"patchVersion\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidManagedAppRegistration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_identifier", &self.app_identifier);
        v.field(2usize, "application_version", &self.application_version);
        v.field(3usize, "azure_ad_device_id", &self.azure_ad_device_id);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "device_manufacturer", &self.device_manufacturer);
        v.field(6usize, "device_model", &self.device_model);
        v.field(7usize, "device_name", &self.device_name);
        v.field(8usize, "device_tag", &self.device_tag);
        v.field(9usize, "device_type", &self.device_type);
        v.field(10usize, "flagged_reasons", &self.flagged_reasons);
        v.field(11usize, "last_sync_date_time", &self.last_sync_date_time);
        v.field(12usize, "managed_device_id", &self.managed_device_id);
        v.field(13usize, "management_sdk_version", &self.management_sdk_version);
        v.field(14usize, "platform_version", &self.platform_version);
        v.field(15usize, "user_id", &self.user_id);
        v.field(16usize, "version", &self.version);
        v.field(17usize, "applied_policies", &self.applied_policies);
        v.field(18usize, "intended_policies", &self.intended_policies);
        v.field(19usize, "operations", &self.operations);
        v.field(20usize, "patch_version", &self.patch_version);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for AndroidManagedAppRegistration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_identifier.read_from(r),
            2usize => self.application_version.read_from(r),
            3usize => self.azure_ad_device_id.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.device_manufacturer.read_from(r),
            6usize => self.device_model.read_from(r),
            7usize => self.device_name.read_from(r),
            8usize => self.device_tag.read_from(r),
            9usize => self.device_type.read_from(r),
            10usize => self.flagged_reasons.read_from(r),
            11usize => self.last_sync_date_time.read_from(r),
            12usize => self.managed_device_id.read_from(r),
            13usize => self.management_sdk_version.read_from(r),
            14usize => self.platform_version.read_from(r),
            15usize => self.user_id.read_from(r),
            16usize => self.version.read_from(r),
            17usize => self.applied_policies.read_from(r),
            18usize => self.intended_policies.read_from(r),
            19usize => self.operations.read_from(r),
            20usize => self.patch_version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_identifier);
        w.field(2usize, &self.application_version);
        w.field(3usize, &self.azure_ad_device_id);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.device_manufacturer);
        w.field(6usize, &self.device_model);
        w.field(7usize, &self.device_name);
        w.field(8usize, &self.device_tag);
        w.field(9usize, &self.device_type);
        w.field(10usize, &self.flagged_reasons);
        w.field(11usize, &self.last_sync_date_time);
        w.field(12usize, &self.managed_device_id);
        w.field(13usize, &self.management_sdk_version);
        w.field(14usize, &self.platform_version);
        w.field(15usize, &self.user_id);
        w.field(16usize, &self.version);
        w.field(17usize, &self.applied_policies);
        w.field(18usize, &self.intended_policies);
        w.field(19usize, &self.operations);
        w.field(20usize, &self.patch_version);
    }
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
rt::impl_object!(AndroidManagedAppRegistration);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    AndroidManagedAppRegistration { with_id id : ::std::string::String;
    with_app_identifier app_identifier : crate ::beta::AnyMobileAppIdentifier;
    with_application_version application_version : ::std::string::String;
    with_azure_ad_device_id azure_ad_device_id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_device_manufacturer device_manufacturer : ::std::string::String;
    with_device_model device_model : ::std::string::String; with_device_name device_name
    : ::std::string::String; with_device_tag device_tag : ::std::string::String;
    with_device_type device_type : ::std::string::String; with_flagged_reasons
    flagged_reasons : ::std::vec::Vec < crate ::beta::ManagedAppFlaggedReason >;
    with_last_sync_date_time last_sync_date_time : rt::edm::DateTimeOffset;
    with_managed_device_id managed_device_id : ::std::string::String;
    with_management_sdk_version management_sdk_version : ::std::string::String;
    with_platform_version platform_version : ::std::string::String; with_user_id user_id
    : ::std::string::String; with_version version : ::std::string::String;
    with_applied_policies applied_policies : ::std::vec::Vec < crate
    ::beta::AnyManagedAppPolicy >; with_intended_policies intended_policies :
    ::std::vec::Vec < crate ::beta::AnyManagedAppPolicy >; with_operations operations :
    ::std::vec::Vec < crate ::beta::ManagedAppOperation >; with_patch_version
    patch_version : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidManagedAppRegistration);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// CSDL: `microsoft.graph.androidManagedAppSafetyNetAppsVerificationType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidManagedAppSafetyNetAppsVerificationType {
    /// `none` (value 0).
    None,
    /// `enabled` (value 1).
    Enabled,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::StrEnum for AndroidManagedAppSafetyNetAppsVerificationType {
    const TYPE_NAME: &'static str = "microsoft.graph.androidManagedAppSafetyNetAppsVerificationType";
    const MEMBERS: &'static [&'static str] = &["none", "enabled"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "enabled" => Self::Enabled,
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
            Self::Enabled => "enabled",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_enum!(AndroidManagedAppSafetyNetAppsVerificationType);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidManagedAppSafetyNetAppsVerificationType);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// CSDL: `microsoft.graph.androidManagedAppSafetyNetDeviceAttestationType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidManagedAppSafetyNetDeviceAttestationType {
    /// `none` (value 0).
    None,
    /// `basicIntegrity` (value 1).
    BasicIntegrity,
    /// `basicIntegrityAndDeviceCertification` (value 2).
    BasicIntegrityAndDeviceCertification,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::StrEnum for AndroidManagedAppSafetyNetDeviceAttestationType {
    const TYPE_NAME: &'static str = "microsoft.graph.androidManagedAppSafetyNetDeviceAttestationType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "basicIntegrity",
        "basicIntegrityAndDeviceCertification",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "basicIntegrity" => Self::BasicIntegrity,
                "basicIntegrityAndDeviceCertification" => {
                    Self::BasicIntegrityAndDeviceCertification
                }
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
            Self::BasicIntegrity => "basicIntegrity",
            Self::BasicIntegrityAndDeviceCertification => {
                "basicIntegrityAndDeviceCertification"
            }
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_enum!(AndroidManagedAppSafetyNetDeviceAttestationType);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidManagedAppSafetyNetDeviceAttestationType);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// CSDL: `microsoft.graph.androidManagedAppSafetyNetEvaluationType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidManagedAppSafetyNetEvaluationType {
    /// `basic` (value 0).
    Basic,
    /// `hardwareBacked` (value 1).
    HardwareBacked,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::StrEnum for AndroidManagedAppSafetyNetEvaluationType {
    const TYPE_NAME: &'static str = "microsoft.graph.androidManagedAppSafetyNetEvaluationType";
    const MEMBERS: &'static [&'static str] = &["basic", "hardwareBacked"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "basic" => Self::Basic,
                "hardwareBacked" => Self::HardwareBacked,
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
            Self::Basic => "basic",
            Self::HardwareBacked => "hardwareBacked",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_enum!(AndroidManagedAppSafetyNetEvaluationType);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidManagedAppSafetyNetEvaluationType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidManagedStoreAccountAppSyncStatus`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidManagedStoreAccountAppSyncStatus {
    /// `success` (value 0).
    Success,
    /// `credentialsNotValid` (value 1).
    CredentialsNotValid,
    /// `androidForWorkApiError` (value 2).
    AndroidForWorkApiError,
    /// `managementServiceError` (value 3).
    ManagementServiceError,
    /// `unknownError` (value 4).
    UnknownError,
    /// `none` (value 5).
    None,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidManagedStoreAccountAppSyncStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.androidManagedStoreAccountAppSyncStatus";
    const MEMBERS: &'static [&'static str] = &[
        "success",
        "credentialsNotValid",
        "androidForWorkApiError",
        "managementServiceError",
        "unknownError",
        "none",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "success" => Self::Success,
                "credentialsNotValid" => Self::CredentialsNotValid,
                "androidForWorkApiError" => Self::AndroidForWorkApiError,
                "managementServiceError" => Self::ManagementServiceError,
                "unknownError" => Self::UnknownError,
                "none" => Self::None,
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
            Self::Success => "success",
            Self::CredentialsNotValid => "credentialsNotValid",
            Self::AndroidForWorkApiError => "androidForWorkApiError",
            Self::ManagementServiceError => "managementServiceError",
            Self::UnknownError => "unknownError",
            Self::None => "none",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidManagedStoreAccountAppSyncStatus);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidManagedStoreAccountAppSyncStatus);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidManagedStoreAccountBindStatus`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidManagedStoreAccountBindStatus {
    /// `notBound` (value 0).
    NotBound,
    /// `bound` (value 1).
    Bound,
    /// `boundAndValidated` (value 2).
    BoundAndValidated,
    /// `unbinding` (value 3).
    Unbinding,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidManagedStoreAccountBindStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.androidManagedStoreAccountBindStatus";
    const MEMBERS: &'static [&'static str] = &[
        "notBound",
        "bound",
        "boundAndValidated",
        "unbinding",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notBound" => Self::NotBound,
                "bound" => Self::Bound,
                "boundAndValidated" => Self::BoundAndValidated,
                "unbinding" => Self::Unbinding,
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
            Self::NotBound => "notBound",
            Self::Bound => "bound",
            Self::BoundAndValidated => "boundAndValidated",
            Self::Unbinding => "unbinding",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidManagedStoreAccountBindStatus);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidManagedStoreAccountBindStatus);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidManagedStoreAccountEnrollmentTarget`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidManagedStoreAccountEnrollmentTarget {
    /// `none` (value 0).
    None,
    /// `all` (value 1).
    All,
    /// `targeted` (value 2).
    Targeted,
    /// `targetedAsEnrollmentRestrictions` (value 3).
    TargetedAsEnrollmentRestrictions,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidManagedStoreAccountEnrollmentTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.androidManagedStoreAccountEnrollmentTarget";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "all",
        "targeted",
        "targetedAsEnrollmentRestrictions",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "all" => Self::All,
                "targeted" => Self::Targeted,
                "targetedAsEnrollmentRestrictions" => {
                    Self::TargetedAsEnrollmentRestrictions
                }
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
            Self::All => "all",
            Self::Targeted => "targeted",
            Self::TargetedAsEnrollmentRestrictions => "targetedAsEnrollmentRestrictions",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidManagedStoreAccountEnrollmentTarget);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidManagedStoreAccountEnrollmentTarget);
#[cfg(msgraph_beta_device_management_or_search)]
/// Enterprise settings for an Android managed store account.
///
/// CSDL: `microsoft.graph.androidManagedStoreAccountEnterpriseSettings`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AndroidManagedStoreAccountEnterpriseSettingsPath`](requests/trait.AndroidManagedStoreAccountEnterpriseSettingsPath.html), what a path to one (`EntityPath<AndroidManagedStoreAccountEnterpriseSettings, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidManagedStoreAccountEnterpriseSettings {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Company codes for AndroidManagedStoreAccountEnterpriseSettings
    ///
    /// CSDL: property `androidDeviceOwnerFullyManagedEnrollmentEnabled`: `Edm.Boolean`, not nullable.
    pub android_device_owner_fully_managed_enrollment_enabled: rt::Field<bool>,
    /// Bind status of the tenant with the Google EMM API
    ///
    /// CSDL: property `bindStatus`: `microsoft.graph.androidManagedStoreAccountBindStatus`, not nullable.
    pub bind_status: rt::Field<crate::beta::AndroidManagedStoreAccountBindStatus>,
    /// Company codes for AndroidManagedStoreAccountEnterpriseSettings
    ///
    /// CSDL: property `companyCodes`: `Collection(microsoft.graph.androidEnrollmentCompanyCode)`, nullable.
    pub company_codes: rt::Field<
        ::std::vec::Vec<crate::beta::AndroidEnrollmentCompanyCode>,
    >,
    /// Indicates if this account is flighting for Android Device Owner Management with CloudDPC.
    ///
    /// CSDL: property `deviceOwnerManagementEnabled`: `Edm.Boolean`, not nullable.
    pub device_owner_management_enabled: rt::Field<bool>,
    /// Indicates which users can enroll devices in Android Enterprise device management
    ///
    /// CSDL: property `enrollmentTarget`: `microsoft.graph.androidManagedStoreAccountEnrollmentTarget`, not nullable.
    pub enrollment_target: rt::Field<
        crate::beta::AndroidManagedStoreAccountEnrollmentTarget,
    >,
    /// Last completion time for app sync
    ///
    /// CSDL: property `lastAppSyncDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_app_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Last application sync result
    ///
    /// CSDL: property `lastAppSyncStatus`: `microsoft.graph.androidManagedStoreAccountAppSyncStatus`, not nullable.
    pub last_app_sync_status: rt::Field<
        crate::beta::AndroidManagedStoreAccountAppSyncStatus,
    >,
    /// Last modification time for Android enterprise settings
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Organization name used when onboarding Android Enterprise
    ///
    /// CSDL: property `ownerOrganizationName`: `Edm.String`, nullable.
    pub owner_organization_name: rt::Field<::std::string::String>,
    /// Owner UPN that created the enterprise
    ///
    /// CSDL: property `ownerUserPrincipalName`: `Edm.String`, nullable.
    pub owner_user_principal_name: rt::Field<::std::string::String>,
    /// Specifies which AAD groups can enroll devices in Android for Work device management if enrollmentTarget is set to 'Targeted'
    ///
    /// CSDL: property `targetGroupIds`: `Collection(Edm.String)`, nullable.
    pub target_group_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidManagedStoreAccountEnterpriseSettings {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            android_device_owner_fully_managed_enrollment_enabled: rt::Field::Absent,
            bind_status: rt::Field::Absent,
            company_codes: rt::Field::Absent,
            device_owner_management_enabled: rt::Field::Absent,
            enrollment_target: rt::Field::Absent,
            last_app_sync_date_time: rt::Field::Absent,
            last_app_sync_status: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            owner_organization_name: rt::Field::Absent,
            owner_user_principal_name: rt::Field::Absent,
            target_group_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidManagedStoreAccountEnterpriseSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.androidManagedStoreAccountEnterpriseSettings";
    const KEYS: &'static [&'static str] = &[
        "id",
        "androidDeviceOwnerFullyManagedEnrollmentEnabled",
        "bindStatus",
        "companyCodes",
        "deviceOwnerManagementEnabled",
        "enrollmentTarget",
        "lastAppSyncDateTime",
        "lastAppSyncStatus",
        "lastModifiedDateTime",
        "ownerOrganizationName",
        "ownerUserPrincipalName",
        "targetGroupIds",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"androidDeviceOwnerFullyManagedEnrollmentEnabled\":",
        ",\"bindStatus\":                   ",
        ",\"companyCodes\":                 ",
        ",\"deviceOwnerManagementEnabled\": ",
        ",\"enrollmentTarget\":             ",
        ",\"lastAppSyncDateTime\":          ",
        ",\"lastAppSyncStatus\":            ",
        ",\"lastModifiedDateTime\":         ",
        ",\"ownerOrganizationName\":        ",
        ",\"ownerUserPrincipalName\":       ",
        ",\"targetGroupIds\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidManagedStoreAccountEnterpriseSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "android_device_owner_fully_managed_enrollment_enabled",
            &self.android_device_owner_fully_managed_enrollment_enabled,
        );
        v.field(2usize, "bind_status", &self.bind_status);
        v.field(3usize, "company_codes", &self.company_codes);
        v.field(
            4usize,
            "device_owner_management_enabled",
            &self.device_owner_management_enabled,
        );
        v.field(5usize, "enrollment_target", &self.enrollment_target);
        v.field(6usize, "last_app_sync_date_time", &self.last_app_sync_date_time);
        v.field(7usize, "last_app_sync_status", &self.last_app_sync_status);
        v.field(8usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(9usize, "owner_organization_name", &self.owner_organization_name);
        v.field(10usize, "owner_user_principal_name", &self.owner_user_principal_name);
        v.field(11usize, "target_group_ids", &self.target_group_ids);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidManagedStoreAccountEnterpriseSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => {
                self.android_device_owner_fully_managed_enrollment_enabled.read_from(r)
            }
            2usize => self.bind_status.read_from(r),
            3usize => self.company_codes.read_from(r),
            4usize => self.device_owner_management_enabled.read_from(r),
            5usize => self.enrollment_target.read_from(r),
            6usize => self.last_app_sync_date_time.read_from(r),
            7usize => self.last_app_sync_status.read_from(r),
            8usize => self.last_modified_date_time.read_from(r),
            9usize => self.owner_organization_name.read_from(r),
            10usize => self.owner_user_principal_name.read_from(r),
            11usize => self.target_group_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.android_device_owner_fully_managed_enrollment_enabled);
        w.field(2usize, &self.bind_status);
        w.field(3usize, &self.company_codes);
        w.field(4usize, &self.device_owner_management_enabled);
        w.field(5usize, &self.enrollment_target);
        w.field(6usize, &self.last_app_sync_date_time);
        w.field(7usize, &self.last_app_sync_status);
        w.field(8usize, &self.last_modified_date_time);
        w.field(9usize, &self.owner_organization_name);
        w.field(10usize, &self.owner_user_principal_name);
        w.field(11usize, &self.target_group_ids);
    }
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
rt::impl_object!(AndroidManagedStoreAccountEnterpriseSettings);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidManagedStoreAccountEnterpriseSettings { with_id id : ::std::string::String;
    with_android_device_owner_fully_managed_enrollment_enabled
    android_device_owner_fully_managed_enrollment_enabled : bool; with_bind_status
    bind_status : crate ::beta::AndroidManagedStoreAccountBindStatus; with_company_codes
    company_codes : ::std::vec::Vec < crate ::beta::AndroidEnrollmentCompanyCode >;
    with_device_owner_management_enabled device_owner_management_enabled : bool;
    with_enrollment_target enrollment_target : crate
    ::beta::AndroidManagedStoreAccountEnrollmentTarget; with_last_app_sync_date_time
    last_app_sync_date_time : rt::edm::DateTimeOffset; with_last_app_sync_status
    last_app_sync_status : crate ::beta::AndroidManagedStoreAccountAppSyncStatus;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_owner_organization_name owner_organization_name : ::std::string::String;
    with_owner_user_principal_name owner_user_principal_name : ::std::string::String;
    with_target_group_ids target_group_ids : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidManagedStoreAccountEnterpriseSettings);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties and inherited properties for Android Managed Store Apps.
///
/// CSDL: `microsoft.graph.androidManagedStoreApp`, entity type, derived from `microsoft.graph.mobileApp`, key `id`.
///
/// Request builders: [`MobileAppPath`](requests/trait.MobileAppPath.html), what a path to one (`EntityPath<AnyAndroidManagedStoreApp, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidManagedStoreApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the app was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The total number of dependencies the child app has.
    ///
    /// CSDL: property `dependentAppCount`: `Edm.Int32`, not nullable.
    pub dependent_app_count: rt::Field<i32>,
    /// The description of the app.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The developer of the app.
    ///
    /// CSDL: property `developer`: `Edm.String`, nullable.
    pub developer: rt::Field<::std::string::String>,
    /// The admin provided or imported title of the app.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The more information Url.
    ///
    /// CSDL: property `informationUrl`: `Edm.String`, nullable.
    pub information_url: rt::Field<::std::string::String>,
    /// The value indicating whether the app is assigned to at least one group.
    ///
    /// CSDL: property `isAssigned`: `Edm.Boolean`, not nullable.
    pub is_assigned: rt::Field<bool>,
    /// The value indicating whether the app is marked as featured by the admin.
    ///
    /// CSDL: property `isFeatured`: `Edm.Boolean`, not nullable.
    pub is_featured: rt::Field<bool>,
    /// The large icon, to be displayed in the app details and used for upload of the icon.
    ///
    /// CSDL: property `largeIcon`: `microsoft.graph.mimeContent`, nullable.
    pub large_icon: rt::Field<crate::beta::MimeContent>,
    /// The date and time the app was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Notes for the app.
    ///
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// The owner of the app.
    ///
    /// CSDL: property `owner`: `Edm.String`, nullable.
    pub owner: rt::Field<::std::string::String>,
    /// The privacy statement Url.
    ///
    /// CSDL: property `privacyInformationUrl`: `Edm.String`, nullable.
    pub privacy_information_url: rt::Field<::std::string::String>,
    /// The publisher of the app.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// The publishing state for the app. The app cannot be assigned unless the app is published.
    ///
    /// CSDL: property `publishingState`: `microsoft.graph.mobileAppPublishingState`, not nullable.
    pub publishing_state: rt::Field<crate::beta::MobileAppPublishingState>,
    /// List of scope tag ids for this mobile app.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The total number of apps this app is directly or indirectly superseded by.
    ///
    /// CSDL: property `supersededAppCount`: `Edm.Int32`, not nullable.
    pub superseded_app_count: rt::Field<i32>,
    /// The total number of apps this app directly or indirectly supersedes.
    ///
    /// CSDL: property `supersedingAppCount`: `Edm.Int32`, not nullable.
    pub superseding_app_count: rt::Field<i32>,
    /// The upload state. Possible values are: 0 - `Not Ready`, 1 - `Ready`, 2 - `Processing`.
    ///
    /// CSDL: property `uploadState`: `Edm.Int32`, not nullable.
    pub upload_state: rt::Field<i32>,
    /// The list of group assignments for this mobile app.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.mobileAppAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::beta::MobileAppAssignment>>,
    /// The list of categories for this app.
    ///
    /// CSDL: navigation property `categories`: `Collection(microsoft.graph.mobileAppCategory)`, not nullable.
    pub categories: rt::Field<::std::vec::Vec<crate::beta::MobileAppCategory>>,
    /// The list of installation states for this mobile app.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.mobileAppInstallStatus)`, not nullable.
    pub device_statuses: rt::Field<::std::vec::Vec<crate::beta::MobileAppInstallStatus>>,
    /// Mobile App Install Summary.
    ///
    /// CSDL: containment navigation property `installSummary`: `microsoft.graph.mobileAppInstallSummary`, nullable.
    pub install_summary: rt::Field<crate::beta::MobileAppInstallSummary>,
    /// The set of direct relationships for this app.
    ///
    /// CSDL: containment navigation property `relationships`: `Collection(microsoft.graph.mobileAppRelationship)`, not nullable.
    pub relationships: rt::Field<::std::vec::Vec<crate::beta::AnyMobileAppRelationship>>,
    /// The list of installation states for this mobile app.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.userAppInstallStatus)`, not nullable.
    pub user_statuses: rt::Field<::std::vec::Vec<crate::beta::UserAppInstallStatus>>,
    /// The Identity Name.
    ///
    /// CSDL: property `appIdentifier`: `Edm.String`, nullable.
    pub app_identifier: rt::Field<::std::string::String>,
    /// The Play for Work Store app URL.
    ///
    /// CSDL: property `appStoreUrl`: `Edm.String`, nullable.
    pub app_store_url: rt::Field<::std::string::String>,
    /// The tracks that are visible to this enterprise.
    ///
    /// CSDL: property `appTracks`: `Collection(microsoft.graph.androidManagedStoreAppTrack)`, nullable.
    pub app_tracks: rt::Field<::std::vec::Vec<crate::beta::AndroidManagedStoreAppTrack>>,
    /// Indicates whether the app is only available to a given enterprise's users.
    ///
    /// CSDL: property `isPrivate`: `Edm.Boolean`, not nullable.
    pub is_private: rt::Field<bool>,
    /// Indicates whether the app is a preinstalled system app.
    ///
    /// CSDL: property `isSystemApp`: `Edm.Boolean`, not nullable.
    pub is_system_app: rt::Field<bool>,
    /// The package identifier.
    ///
    /// CSDL: property `packageId`: `Edm.String`, nullable.
    pub package_id: rt::Field<::std::string::String>,
    /// Whether this app supports OEMConfig policy.
    ///
    /// CSDL: property `supportsOemConfig`: `Edm.Boolean`, not nullable.
    pub supports_oem_config: rt::Field<bool>,
    /// The total number of VPP licenses.
    ///
    /// CSDL: property `totalLicenseCount`: `Edm.Int32`, not nullable.
    pub total_license_count: rt::Field<i32>,
    /// The number of VPP licenses in use.
    ///
    /// CSDL: property `usedLicenseCount`: `Edm.Int32`, not nullable.
    pub used_license_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AndroidManagedStoreApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            dependent_app_count: rt::Field::Absent,
            description: rt::Field::Absent,
            developer: rt::Field::Absent,
            display_name: rt::Field::Absent,
            information_url: rt::Field::Absent,
            is_assigned: rt::Field::Absent,
            is_featured: rt::Field::Absent,
            large_icon: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            notes: rt::Field::Absent,
            owner: rt::Field::Absent,
            privacy_information_url: rt::Field::Absent,
            publisher: rt::Field::Absent,
            publishing_state: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            superseded_app_count: rt::Field::Absent,
            superseding_app_count: rt::Field::Absent,
            upload_state: rt::Field::Absent,
            assignments: rt::Field::Absent,
            categories: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            install_summary: rt::Field::Absent,
            relationships: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            app_identifier: rt::Field::Absent,
            app_store_url: rt::Field::Absent,
            app_tracks: rt::Field::Absent,
            is_private: rt::Field::Absent,
            is_system_app: rt::Field::Absent,
            package_id: rt::Field::Absent,
            supports_oem_config: rt::Field::Absent,
            total_license_count: rt::Field::Absent,
            used_license_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for AndroidManagedStoreApp {
    const TYPE_NAME: &'static str = "microsoft.graph.androidManagedStoreApp";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "dependentAppCount",
        "description",
        "developer",
        "displayName",
        "informationUrl",
        "isAssigned",
        "isFeatured",
        "largeIcon",
        "lastModifiedDateTime",
        "notes",
        "owner",
        "privacyInformationUrl",
        "publisher",
        "publishingState",
        "roleScopeTagIds",
        "supersededAppCount",
        "supersedingAppCount",
        "uploadState",
        "assignments",
        "categories",
        "deviceStatuses",
        "installSummary",
        "relationships",
        "userStatuses",
        "appIdentifier",
        "appStoreUrl",
        "appTracks",
        "isPrivate",
        "isSystemApp",
        "packageId",
        "supportsOemConfig",
        "totalLicenseCount",
        "usedLicenseCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"dependentAppCount\":            ",
        ",\"description\":                  ",
        ",\"developer\":                    ",
        ",\"displayName\":                  ",
        ",\"informationUrl\":               ",
        ",\"isAssigned\":                   ",
        ",\"isFeatured\":                   ",
        ",\"largeIcon\":                    ",
        ",\"lastModifiedDateTime\":         ",
        ",\"notes\":                        ",
        ",\"owner\":                        ",
        ",\"privacyInformationUrl\":        ",
        ",\"publisher\":                    ",
        ",\"publishingState\":              ",
        ",\"roleScopeTagIds\":              ",
        ",\"supersededAppCount\":           ",
        ",\"supersedingAppCount\":          ",
        ",\"uploadState\":                  ",
        ",\"assignments\":                  ",
        ",\"categories\":                   ",
        ",\"deviceStatuses\":               ",
        ",\"installSummary\":               ",
        ",\"relationships\":                ",
        ",\"userStatuses\":                 ",
        ",\"appIdentifier\":                ",
        ",\"appStoreUrl\":                  ",
        ",\"appTracks\":                    ",
        ",\"isPrivate\":                    ",
        ",\"isSystemApp\":                  ",
        ",\"packageId\":                    ",
        ",\"supportsOemConfig\":            ",
        ",\"totalLicenseCount\":            ",
        ",\"usedLicenseCount\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidManagedStoreApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "dependent_app_count", &self.dependent_app_count);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "developer", &self.developer);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "information_url", &self.information_url);
        v.field(7usize, "is_assigned", &self.is_assigned);
        v.field(8usize, "is_featured", &self.is_featured);
        v.field(9usize, "large_icon", &self.large_icon);
        v.field(10usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(11usize, "notes", &self.notes);
        v.field(12usize, "owner", &self.owner);
        v.field(13usize, "privacy_information_url", &self.privacy_information_url);
        v.field(14usize, "publisher", &self.publisher);
        v.field(15usize, "publishing_state", &self.publishing_state);
        v.field(16usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(17usize, "superseded_app_count", &self.superseded_app_count);
        v.field(18usize, "superseding_app_count", &self.superseding_app_count);
        v.field(19usize, "upload_state", &self.upload_state);
        v.field(20usize, "assignments", &self.assignments);
        v.field(21usize, "categories", &self.categories);
        v.field(22usize, "device_statuses", &self.device_statuses);
        v.field(23usize, "install_summary", &self.install_summary);
        v.field(24usize, "relationships", &self.relationships);
        v.field(25usize, "user_statuses", &self.user_statuses);
        v.field(26usize, "app_identifier", &self.app_identifier);
        v.field(27usize, "app_store_url", &self.app_store_url);
        v.field(28usize, "app_tracks", &self.app_tracks);
        v.field(29usize, "is_private", &self.is_private);
        v.field(30usize, "is_system_app", &self.is_system_app);
        v.field(31usize, "package_id", &self.package_id);
        v.field(32usize, "supports_oem_config", &self.supports_oem_config);
        v.field(33usize, "total_license_count", &self.total_license_count);
        v.field(34usize, "used_license_count", &self.used_license_count);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for AndroidManagedStoreApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.dependent_app_count.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.developer.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.information_url.read_from(r),
            7usize => self.is_assigned.read_from(r),
            8usize => self.is_featured.read_from(r),
            9usize => self.large_icon.read_from(r),
            10usize => self.last_modified_date_time.read_from(r),
            11usize => self.notes.read_from(r),
            12usize => self.owner.read_from(r),
            13usize => self.privacy_information_url.read_from(r),
            14usize => self.publisher.read_from(r),
            15usize => self.publishing_state.read_from(r),
            16usize => self.role_scope_tag_ids.read_from(r),
            17usize => self.superseded_app_count.read_from(r),
            18usize => self.superseding_app_count.read_from(r),
            19usize => self.upload_state.read_from(r),
            20usize => self.assignments.read_from(r),
            21usize => self.categories.read_from(r),
            22usize => self.device_statuses.read_from(r),
            23usize => self.install_summary.read_from(r),
            24usize => self.relationships.read_from(r),
            25usize => self.user_statuses.read_from(r),
            26usize => self.app_identifier.read_from(r),
            27usize => self.app_store_url.read_from(r),
            28usize => self.app_tracks.read_from(r),
            29usize => self.is_private.read_from(r),
            30usize => self.is_system_app.read_from(r),
            31usize => self.package_id.read_from(r),
            32usize => self.supports_oem_config.read_from(r),
            33usize => self.total_license_count.read_from(r),
            34usize => self.used_license_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.dependent_app_count);
        w.field(3usize, &self.description);
        w.field(4usize, &self.developer);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.information_url);
        w.field(7usize, &self.is_assigned);
        w.field(8usize, &self.is_featured);
        w.field(9usize, &self.large_icon);
        w.field(10usize, &self.last_modified_date_time);
        w.field(11usize, &self.notes);
        w.field(12usize, &self.owner);
        w.field(13usize, &self.privacy_information_url);
        w.field(14usize, &self.publisher);
        w.field(15usize, &self.publishing_state);
        w.field(16usize, &self.role_scope_tag_ids);
        w.field(17usize, &self.superseded_app_count);
        w.field(18usize, &self.superseding_app_count);
        w.field(19usize, &self.upload_state);
        w.field(20usize, &self.assignments);
        w.field(21usize, &self.categories);
        w.field(22usize, &self.device_statuses);
        w.field(23usize, &self.install_summary);
        w.field(24usize, &self.relationships);
        w.field(25usize, &self.user_statuses);
        w.field(26usize, &self.app_identifier);
        w.field(27usize, &self.app_store_url);
        w.field(28usize, &self.app_tracks);
        w.field(29usize, &self.is_private);
        w.field(30usize, &self.is_system_app);
        w.field(31usize, &self.package_id);
        w.field(32usize, &self.supports_oem_config);
        w.field(33usize, &self.total_license_count);
        w.field(34usize, &self.used_license_count);
    }
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
rt::impl_object!(AndroidManagedStoreApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    AndroidManagedStoreApp { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_dependent_app_count
    dependent_app_count : i32; with_description description : ::std::string::String;
    with_developer developer : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_information_url information_url : ::std::string::String;
    with_is_assigned is_assigned : bool; with_is_featured is_featured : bool;
    with_large_icon large_icon : crate ::beta::MimeContent; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_notes notes :
    ::std::string::String; with_owner owner : ::std::string::String;
    with_privacy_information_url privacy_information_url : ::std::string::String;
    with_publisher publisher : ::std::string::String; with_publishing_state
    publishing_state : crate ::beta::MobileAppPublishingState; with_role_scope_tag_ids
    role_scope_tag_ids : ::std::vec::Vec < ::std::string::String >;
    with_superseded_app_count superseded_app_count : i32; with_superseding_app_count
    superseding_app_count : i32; with_upload_state upload_state : i32; with_assignments
    assignments : ::std::vec::Vec < crate ::beta::MobileAppAssignment >; with_categories
    categories : ::std::vec::Vec < crate ::beta::MobileAppCategory >;
    with_device_statuses device_statuses : ::std::vec::Vec < crate
    ::beta::MobileAppInstallStatus >; with_install_summary install_summary : crate
    ::beta::MobileAppInstallSummary; with_relationships relationships : ::std::vec::Vec <
    crate ::beta::AnyMobileAppRelationship >; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::beta::UserAppInstallStatus >; with_app_identifier
    app_identifier : ::std::string::String; with_app_store_url app_store_url :
    ::std::string::String; with_app_tracks app_tracks : ::std::vec::Vec < crate
    ::beta::AndroidManagedStoreAppTrack >; with_is_private is_private : bool;
    with_is_system_app is_system_app : bool; with_package_id package_id :
    ::std::string::String; with_supports_oem_config supports_oem_config : bool;
    with_total_license_count total_license_count : i32; with_used_license_count
    used_license_count : i32; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidManagedStoreApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// `microsoft.graph.androidManagedStoreApp` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAndroidManagedStoreApp {
    AndroidManagedStoreApp(::std::boxed::Box<crate::beta::AndroidManagedStoreApp>),
    AndroidManagedStoreWebApp(::std::boxed::Box<crate::beta::AndroidManagedStoreWebApp>),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AnyAndroidManagedStoreApp {
    #[inline]
    fn default() -> Self {
        Self::AndroidManagedStoreApp(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidManagedStoreApp>
for AnyAndroidManagedStoreApp {
    #[inline]
    fn from(v: crate::beta::AndroidManagedStoreApp) -> Self {
        Self::AndroidManagedStoreApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidManagedStoreWebApp>
for AnyAndroidManagedStoreApp {
    #[inline]
    fn from(v: crate::beta::AndroidManagedStoreWebApp) -> Self {
        Self::AndroidManagedStoreWebApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Send for AnyAndroidManagedStoreApp {}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Sync for AnyAndroidManagedStoreApp {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::marker::Unpin for AnyAndroidManagedStoreApp {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::UnwindSafe for AnyAndroidManagedStoreApp {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAndroidManagedStoreApp {}
#[cfg(msgraph_beta_device_app_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::AndroidManagedStoreApp>();
    rt::object::auto_traits::<crate::beta::AndroidManagedStoreWebApp>();
};
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Poly for AnyAndroidManagedStoreApp {
    const BASE_NAME: &'static str = "microsoft.graph.androidManagedStoreApp";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.androidManagedStoreWebApp") => {
                Self::AndroidManagedStoreWebApp(rt::object::new_boxed())
            }
            _ => Self::AndroidManagedStoreApp(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AndroidManagedStoreApp(v) => &**v,
            Self::AndroidManagedStoreWebApp(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut **v,
            Self::AndroidManagedStoreWebApp(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl AnyAndroidManagedStoreApp {
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
            Self::AndroidManagedStoreApp(v) => &v.id,
            Self::AndroidManagedStoreWebApp(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut v.id,
            Self::AndroidManagedStoreWebApp(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidManagedStoreApp(v) => &v.created_date_time,
            Self::AndroidManagedStoreWebApp(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut v.created_date_time,
            Self::AndroidManagedStoreWebApp(v) => &mut v.created_date_time,
        }
    }
    /// `dependentAppCount` of any variant.
    #[inline]
    pub fn dependent_app_count(&self) -> &rt::Field<i32> {
        match self {
            Self::AndroidManagedStoreApp(v) => &v.dependent_app_count,
            Self::AndroidManagedStoreWebApp(v) => &v.dependent_app_count,
        }
    }
    /// `dependentAppCount` of any variant.
    #[inline]
    pub fn dependent_app_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut v.dependent_app_count,
            Self::AndroidManagedStoreWebApp(v) => &mut v.dependent_app_count,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidManagedStoreApp(v) => &v.description,
            Self::AndroidManagedStoreWebApp(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut v.description,
            Self::AndroidManagedStoreWebApp(v) => &mut v.description,
        }
    }
    /// `developer` of any variant.
    #[inline]
    pub fn developer(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidManagedStoreApp(v) => &v.developer,
            Self::AndroidManagedStoreWebApp(v) => &v.developer,
        }
    }
    /// `developer` of any variant.
    #[inline]
    pub fn developer_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut v.developer,
            Self::AndroidManagedStoreWebApp(v) => &mut v.developer,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidManagedStoreApp(v) => &v.display_name,
            Self::AndroidManagedStoreWebApp(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut v.display_name,
            Self::AndroidManagedStoreWebApp(v) => &mut v.display_name,
        }
    }
    /// `informationUrl` of any variant.
    #[inline]
    pub fn information_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidManagedStoreApp(v) => &v.information_url,
            Self::AndroidManagedStoreWebApp(v) => &v.information_url,
        }
    }
    /// `informationUrl` of any variant.
    #[inline]
    pub fn information_url_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut v.information_url,
            Self::AndroidManagedStoreWebApp(v) => &mut v.information_url,
        }
    }
    /// `isAssigned` of any variant.
    #[inline]
    pub fn is_assigned(&self) -> &rt::Field<bool> {
        match self {
            Self::AndroidManagedStoreApp(v) => &v.is_assigned,
            Self::AndroidManagedStoreWebApp(v) => &v.is_assigned,
        }
    }
    /// `isAssigned` of any variant.
    #[inline]
    pub fn is_assigned_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut v.is_assigned,
            Self::AndroidManagedStoreWebApp(v) => &mut v.is_assigned,
        }
    }
    /// `isFeatured` of any variant.
    #[inline]
    pub fn is_featured(&self) -> &rt::Field<bool> {
        match self {
            Self::AndroidManagedStoreApp(v) => &v.is_featured,
            Self::AndroidManagedStoreWebApp(v) => &v.is_featured,
        }
    }
    /// `isFeatured` of any variant.
    #[inline]
    pub fn is_featured_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut v.is_featured,
            Self::AndroidManagedStoreWebApp(v) => &mut v.is_featured,
        }
    }
    /// `largeIcon` of any variant.
    #[inline]
    pub fn large_icon(&self) -> &rt::Field<crate::beta::MimeContent> {
        match self {
            Self::AndroidManagedStoreApp(v) => &v.large_icon,
            Self::AndroidManagedStoreWebApp(v) => &v.large_icon,
        }
    }
    /// `largeIcon` of any variant.
    #[inline]
    pub fn large_icon_mut(&mut self) -> &mut rt::Field<crate::beta::MimeContent> {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut v.large_icon,
            Self::AndroidManagedStoreWebApp(v) => &mut v.large_icon,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidManagedStoreApp(v) => &v.last_modified_date_time,
            Self::AndroidManagedStoreWebApp(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut v.last_modified_date_time,
            Self::AndroidManagedStoreWebApp(v) => &mut v.last_modified_date_time,
        }
    }
    /// `notes` of any variant.
    #[inline]
    pub fn notes(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidManagedStoreApp(v) => &v.notes,
            Self::AndroidManagedStoreWebApp(v) => &v.notes,
        }
    }
    /// `notes` of any variant.
    #[inline]
    pub fn notes_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut v.notes,
            Self::AndroidManagedStoreWebApp(v) => &mut v.notes,
        }
    }
    /// `owner` of any variant.
    #[inline]
    pub fn owner(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidManagedStoreApp(v) => &v.owner,
            Self::AndroidManagedStoreWebApp(v) => &v.owner,
        }
    }
    /// `owner` of any variant.
    #[inline]
    pub fn owner_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut v.owner,
            Self::AndroidManagedStoreWebApp(v) => &mut v.owner,
        }
    }
    /// `privacyInformationUrl` of any variant.
    #[inline]
    pub fn privacy_information_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidManagedStoreApp(v) => &v.privacy_information_url,
            Self::AndroidManagedStoreWebApp(v) => &v.privacy_information_url,
        }
    }
    /// `privacyInformationUrl` of any variant.
    #[inline]
    pub fn privacy_information_url_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut v.privacy_information_url,
            Self::AndroidManagedStoreWebApp(v) => &mut v.privacy_information_url,
        }
    }
    /// `publisher` of any variant.
    #[inline]
    pub fn publisher(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidManagedStoreApp(v) => &v.publisher,
            Self::AndroidManagedStoreWebApp(v) => &v.publisher,
        }
    }
    /// `publisher` of any variant.
    #[inline]
    pub fn publisher_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut v.publisher,
            Self::AndroidManagedStoreWebApp(v) => &mut v.publisher,
        }
    }
    /// `publishingState` of any variant.
    #[inline]
    pub fn publishing_state(&self) -> &rt::Field<crate::beta::MobileAppPublishingState> {
        match self {
            Self::AndroidManagedStoreApp(v) => &v.publishing_state,
            Self::AndroidManagedStoreWebApp(v) => &v.publishing_state,
        }
    }
    /// `publishingState` of any variant.
    #[inline]
    pub fn publishing_state_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::MobileAppPublishingState> {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut v.publishing_state,
            Self::AndroidManagedStoreWebApp(v) => &mut v.publishing_state,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::AndroidManagedStoreApp(v) => &v.role_scope_tag_ids,
            Self::AndroidManagedStoreWebApp(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut v.role_scope_tag_ids,
            Self::AndroidManagedStoreWebApp(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `supersededAppCount` of any variant.
    #[inline]
    pub fn superseded_app_count(&self) -> &rt::Field<i32> {
        match self {
            Self::AndroidManagedStoreApp(v) => &v.superseded_app_count,
            Self::AndroidManagedStoreWebApp(v) => &v.superseded_app_count,
        }
    }
    /// `supersededAppCount` of any variant.
    #[inline]
    pub fn superseded_app_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut v.superseded_app_count,
            Self::AndroidManagedStoreWebApp(v) => &mut v.superseded_app_count,
        }
    }
    /// `supersedingAppCount` of any variant.
    #[inline]
    pub fn superseding_app_count(&self) -> &rt::Field<i32> {
        match self {
            Self::AndroidManagedStoreApp(v) => &v.superseding_app_count,
            Self::AndroidManagedStoreWebApp(v) => &v.superseding_app_count,
        }
    }
    /// `supersedingAppCount` of any variant.
    #[inline]
    pub fn superseding_app_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut v.superseding_app_count,
            Self::AndroidManagedStoreWebApp(v) => &mut v.superseding_app_count,
        }
    }
    /// `uploadState` of any variant.
    #[inline]
    pub fn upload_state(&self) -> &rt::Field<i32> {
        match self {
            Self::AndroidManagedStoreApp(v) => &v.upload_state,
            Self::AndroidManagedStoreWebApp(v) => &v.upload_state,
        }
    }
    /// `uploadState` of any variant.
    #[inline]
    pub fn upload_state_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut v.upload_state,
            Self::AndroidManagedStoreWebApp(v) => &mut v.upload_state,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::MobileAppAssignment>> {
        match self {
            Self::AndroidManagedStoreApp(v) => &v.assignments,
            Self::AndroidManagedStoreWebApp(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::MobileAppAssignment>> {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut v.assignments,
            Self::AndroidManagedStoreWebApp(v) => &mut v.assignments,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::MobileAppCategory>> {
        match self {
            Self::AndroidManagedStoreApp(v) => &v.categories,
            Self::AndroidManagedStoreWebApp(v) => &v.categories,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::MobileAppCategory>> {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut v.categories,
            Self::AndroidManagedStoreWebApp(v) => &mut v.categories,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::MobileAppInstallStatus>> {
        match self {
            Self::AndroidManagedStoreApp(v) => &v.device_statuses,
            Self::AndroidManagedStoreWebApp(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::MobileAppInstallStatus>> {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut v.device_statuses,
            Self::AndroidManagedStoreWebApp(v) => &mut v.device_statuses,
        }
    }
    /// `installSummary` of any variant.
    #[inline]
    pub fn install_summary(&self) -> &rt::Field<crate::beta::MobileAppInstallSummary> {
        match self {
            Self::AndroidManagedStoreApp(v) => &v.install_summary,
            Self::AndroidManagedStoreWebApp(v) => &v.install_summary,
        }
    }
    /// `installSummary` of any variant.
    #[inline]
    pub fn install_summary_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::MobileAppInstallSummary> {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut v.install_summary,
            Self::AndroidManagedStoreWebApp(v) => &mut v.install_summary,
        }
    }
    /// `relationships` of any variant.
    #[inline]
    pub fn relationships(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::AnyMobileAppRelationship>> {
        match self {
            Self::AndroidManagedStoreApp(v) => &v.relationships,
            Self::AndroidManagedStoreWebApp(v) => &v.relationships,
        }
    }
    /// `relationships` of any variant.
    #[inline]
    pub fn relationships_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::AnyMobileAppRelationship>> {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut v.relationships,
            Self::AndroidManagedStoreWebApp(v) => &mut v.relationships,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::UserAppInstallStatus>> {
        match self {
            Self::AndroidManagedStoreApp(v) => &v.user_statuses,
            Self::AndroidManagedStoreWebApp(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::UserAppInstallStatus>> {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut v.user_statuses,
            Self::AndroidManagedStoreWebApp(v) => &mut v.user_statuses,
        }
    }
    /// `appIdentifier` of any variant.
    #[inline]
    pub fn app_identifier(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidManagedStoreApp(v) => &v.app_identifier,
            Self::AndroidManagedStoreWebApp(v) => &v.app_identifier,
        }
    }
    /// `appIdentifier` of any variant.
    #[inline]
    pub fn app_identifier_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut v.app_identifier,
            Self::AndroidManagedStoreWebApp(v) => &mut v.app_identifier,
        }
    }
    /// `appStoreUrl` of any variant.
    #[inline]
    pub fn app_store_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidManagedStoreApp(v) => &v.app_store_url,
            Self::AndroidManagedStoreWebApp(v) => &v.app_store_url,
        }
    }
    /// `appStoreUrl` of any variant.
    #[inline]
    pub fn app_store_url_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut v.app_store_url,
            Self::AndroidManagedStoreWebApp(v) => &mut v.app_store_url,
        }
    }
    /// `appTracks` of any variant.
    #[inline]
    pub fn app_tracks(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::AndroidManagedStoreAppTrack>> {
        match self {
            Self::AndroidManagedStoreApp(v) => &v.app_tracks,
            Self::AndroidManagedStoreWebApp(v) => &v.app_tracks,
        }
    }
    /// `appTracks` of any variant.
    #[inline]
    pub fn app_tracks_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::AndroidManagedStoreAppTrack>> {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut v.app_tracks,
            Self::AndroidManagedStoreWebApp(v) => &mut v.app_tracks,
        }
    }
    /// `isPrivate` of any variant.
    #[inline]
    pub fn is_private(&self) -> &rt::Field<bool> {
        match self {
            Self::AndroidManagedStoreApp(v) => &v.is_private,
            Self::AndroidManagedStoreWebApp(v) => &v.is_private,
        }
    }
    /// `isPrivate` of any variant.
    #[inline]
    pub fn is_private_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut v.is_private,
            Self::AndroidManagedStoreWebApp(v) => &mut v.is_private,
        }
    }
    /// `isSystemApp` of any variant.
    #[inline]
    pub fn is_system_app(&self) -> &rt::Field<bool> {
        match self {
            Self::AndroidManagedStoreApp(v) => &v.is_system_app,
            Self::AndroidManagedStoreWebApp(v) => &v.is_system_app,
        }
    }
    /// `isSystemApp` of any variant.
    #[inline]
    pub fn is_system_app_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut v.is_system_app,
            Self::AndroidManagedStoreWebApp(v) => &mut v.is_system_app,
        }
    }
    /// `packageId` of any variant.
    #[inline]
    pub fn package_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidManagedStoreApp(v) => &v.package_id,
            Self::AndroidManagedStoreWebApp(v) => &v.package_id,
        }
    }
    /// `packageId` of any variant.
    #[inline]
    pub fn package_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut v.package_id,
            Self::AndroidManagedStoreWebApp(v) => &mut v.package_id,
        }
    }
    /// `supportsOemConfig` of any variant.
    #[inline]
    pub fn supports_oem_config(&self) -> &rt::Field<bool> {
        match self {
            Self::AndroidManagedStoreApp(v) => &v.supports_oem_config,
            Self::AndroidManagedStoreWebApp(v) => &v.supports_oem_config,
        }
    }
    /// `supportsOemConfig` of any variant.
    #[inline]
    pub fn supports_oem_config_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut v.supports_oem_config,
            Self::AndroidManagedStoreWebApp(v) => &mut v.supports_oem_config,
        }
    }
    /// `totalLicenseCount` of any variant.
    #[inline]
    pub fn total_license_count(&self) -> &rt::Field<i32> {
        match self {
            Self::AndroidManagedStoreApp(v) => &v.total_license_count,
            Self::AndroidManagedStoreWebApp(v) => &v.total_license_count,
        }
    }
    /// `totalLicenseCount` of any variant.
    #[inline]
    pub fn total_license_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut v.total_license_count,
            Self::AndroidManagedStoreWebApp(v) => &mut v.total_license_count,
        }
    }
    /// `usedLicenseCount` of any variant.
    #[inline]
    pub fn used_license_count(&self) -> &rt::Field<i32> {
        match self {
            Self::AndroidManagedStoreApp(v) => &v.used_license_count,
            Self::AndroidManagedStoreWebApp(v) => &v.used_license_count,
        }
    }
    /// `usedLicenseCount` of any variant.
    #[inline]
    pub fn used_license_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::AndroidManagedStoreApp(v) => &mut v.used_license_count,
            Self::AndroidManagedStoreWebApp(v) => &mut v.used_license_count,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_poly!(AnyAndroidManagedStoreApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAndroidManagedStoreApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties used to assign an Android Managed Store mobile app to a group.
///
/// CSDL: `microsoft.graph.androidManagedStoreAppAssignmentSettings`, complex type, derived from `microsoft.graph.mobileAppAssignmentSettings`.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidManagedStoreAppAssignmentSettings {
    /// The track IDs to enable for this app assignment.
    ///
    /// CSDL: property `androidManagedStoreAppTrackIds`: `Collection(Edm.String)`, nullable.
    pub android_managed_store_app_track_ids: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AndroidManagedStoreAppAssignmentSettings {
    #[inline]
    fn default() -> Self {
        Self {
            android_managed_store_app_track_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for AndroidManagedStoreAppAssignmentSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.androidManagedStoreAppAssignmentSettings";
    const KEYS: &'static [&'static str] = &["androidManagedStoreAppTrackIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"androidManagedStoreAppTrackIds\":"];
    const TAG: &'static str = "\"#microsoft.graph.androidManagedStoreAppAssignmentSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "android_managed_store_app_track_ids",
            &self.android_managed_store_app_track_ids,
        );
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for AndroidManagedStoreAppAssignmentSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.android_managed_store_app_track_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.android_managed_store_app_track_ids);
    }
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
rt::impl_object!(AndroidManagedStoreAppAssignmentSettings);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    AndroidManagedStoreAppAssignmentSettings { with_android_managed_store_app_track_ids
    android_managed_store_app_track_ids : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidManagedStoreAppAssignmentSettings);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties, inherited properties and actions for Android Enterprise mobile app configurations.
///
/// CSDL: `microsoft.graph.androidManagedStoreAppConfiguration`, entity type, derived from `microsoft.graph.managedDeviceMobileAppConfiguration`, key `id`.
///
/// Request builders: [`ManagedDeviceMobileAppConfigurationPath`](requests/trait.ManagedDeviceMobileAppConfigurationPath.html), what a path to one (`EntityPath<AndroidManagedStoreAppConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidManagedStoreAppConfiguration {
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
    /// List of Scope Tags for this App configuration entity.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// the associated app.
    ///
    /// CSDL: property `targetedMobileApps`: `Collection(Edm.String)`, nullable.
    pub targeted_mobile_apps: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of group assignemenets for app configration.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.managedDeviceMobileAppConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedDeviceMobileAppConfigurationAssignment>,
    >,
    /// List of ManagedDeviceMobileAppConfigurationDeviceStatus.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedDeviceMobileAppConfigurationDeviceStatus>,
    >,
    /// App configuration device status summary.
    ///
    /// CSDL: containment navigation property `deviceStatusSummary`: `microsoft.graph.managedDeviceMobileAppConfigurationDeviceSummary`, nullable.
    pub device_status_summary: rt::Field<
        crate::beta::ManagedDeviceMobileAppConfigurationDeviceSummary,
    >,
    /// List of ManagedDeviceMobileAppConfigurationUserStatus.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.managedDeviceMobileAppConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedDeviceMobileAppConfigurationUserStatus>,
    >,
    /// App configuration user status summary.
    ///
    /// CSDL: containment navigation property `userStatusSummary`: `microsoft.graph.managedDeviceMobileAppConfigurationUserSummary`, nullable.
    pub user_status_summary: rt::Field<
        crate::beta::ManagedDeviceMobileAppConfigurationUserSummary,
    >,
    /// Whether or not this AppConfig is an OEMConfig policy.
    ///
    /// CSDL: property `appSupportsOemConfig`: `Edm.Boolean`, not nullable.
    pub app_supports_oem_config: rt::Field<bool>,
    /// Android Enterprise app configuration package id.
    ///
    /// CSDL: property `packageId`: `Edm.String`, nullable.
    pub package_id: rt::Field<::std::string::String>,
    /// Android Enterprise app configuration JSON payload.
    ///
    /// CSDL: property `payloadJson`: `Edm.String`, nullable.
    pub payload_json: rt::Field<::std::string::String>,
    /// List of Android app permissions and corresponding permission actions.
    ///
    /// CSDL: property `permissionActions`: `Collection(microsoft.graph.androidPermissionAction)`, nullable.
    pub permission_actions: rt::Field<
        ::std::vec::Vec<crate::beta::AndroidPermissionAction>,
    >,
    /// Android Enterprise profile applicability (AndroidWorkProfile, DeviceOwner, or default (applies to both)).
    ///
    /// CSDL: property `profileApplicability`: `microsoft.graph.androidProfileApplicability`, not nullable.
    pub profile_applicability: rt::Field<crate::beta::AndroidProfileApplicability>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AndroidManagedStoreAppConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            targeted_mobile_apps: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_summary: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_summary: rt::Field::Absent,
            app_supports_oem_config: rt::Field::Absent,
            package_id: rt::Field::Absent,
            payload_json: rt::Field::Absent,
            permission_actions: rt::Field::Absent,
            profile_applicability: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for AndroidManagedStoreAppConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidManagedStoreAppConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "targetedMobileApps",
        "version",
        "assignments",
        "deviceStatuses",
        "deviceStatusSummary",
        "userStatuses",
        "userStatusSummary",
        "appSupportsOemConfig",
        "packageId",
        "payloadJson",
        "permissionActions",
        "profileApplicability",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"targetedMobileApps\":           ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusSummary\":          ",
        ",\"userStatuses\":                 ",
        ",\"userStatusSummary\":            ",
        ",\"appSupportsOemConfig\":         ",
        ",\"packageId\":                    ",
        ",\"payloadJson\":                  ",
        ",\"permissionActions\":            ",
        ",\"profileApplicability\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidManagedStoreAppConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(6usize, "targeted_mobile_apps", &self.targeted_mobile_apps);
        v.field(7usize, "version", &self.version);
        v.field(8usize, "assignments", &self.assignments);
        v.field(9usize, "device_statuses", &self.device_statuses);
        v.field(10usize, "device_status_summary", &self.device_status_summary);
        v.field(11usize, "user_statuses", &self.user_statuses);
        v.field(12usize, "user_status_summary", &self.user_status_summary);
        v.field(13usize, "app_supports_oem_config", &self.app_supports_oem_config);
        v.field(14usize, "package_id", &self.package_id);
        v.field(15usize, "payload_json", &self.payload_json);
        v.field(16usize, "permission_actions", &self.permission_actions);
        v.field(17usize, "profile_applicability", &self.profile_applicability);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for AndroidManagedStoreAppConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.role_scope_tag_ids.read_from(r),
            6usize => self.targeted_mobile_apps.read_from(r),
            7usize => self.version.read_from(r),
            8usize => self.assignments.read_from(r),
            9usize => self.device_statuses.read_from(r),
            10usize => self.device_status_summary.read_from(r),
            11usize => self.user_statuses.read_from(r),
            12usize => self.user_status_summary.read_from(r),
            13usize => self.app_supports_oem_config.read_from(r),
            14usize => self.package_id.read_from(r),
            15usize => self.payload_json.read_from(r),
            16usize => self.permission_actions.read_from(r),
            17usize => self.profile_applicability.read_from(r),
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
        w.field(6usize, &self.targeted_mobile_apps);
        w.field(7usize, &self.version);
        w.field(8usize, &self.assignments);
        w.field(9usize, &self.device_statuses);
        w.field(10usize, &self.device_status_summary);
        w.field(11usize, &self.user_statuses);
        w.field(12usize, &self.user_status_summary);
        w.field(13usize, &self.app_supports_oem_config);
        w.field(14usize, &self.package_id);
        w.field(15usize, &self.payload_json);
        w.field(16usize, &self.permission_actions);
        w.field(17usize, &self.profile_applicability);
    }
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
rt::impl_object!(AndroidManagedStoreAppConfiguration);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    AndroidManagedStoreAppConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_targeted_mobile_apps targeted_mobile_apps :
    ::std::vec::Vec < ::std::string::String >; with_version version : i32;
    with_assignments assignments : ::std::vec::Vec < crate
    ::beta::ManagedDeviceMobileAppConfigurationAssignment >; with_device_statuses
    device_statuses : ::std::vec::Vec < crate
    ::beta::ManagedDeviceMobileAppConfigurationDeviceStatus >; with_device_status_summary
    device_status_summary : crate
    ::beta::ManagedDeviceMobileAppConfigurationDeviceSummary; with_user_statuses
    user_statuses : ::std::vec::Vec < crate
    ::beta::ManagedDeviceMobileAppConfigurationUserStatus >; with_user_status_summary
    user_status_summary : crate ::beta::ManagedDeviceMobileAppConfigurationUserSummary;
    with_app_supports_oem_config app_supports_oem_config : bool; with_package_id
    package_id : ::std::string::String; with_payload_json payload_json :
    ::std::string::String; with_permission_actions permission_actions : ::std::vec::Vec <
    crate ::beta::AndroidPermissionAction >; with_profile_applicability
    profile_applicability : crate ::beta::AndroidProfileApplicability; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidManagedStoreAppConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// Schema describing an Android application's custom configurations.
///
/// CSDL: `microsoft.graph.androidManagedStoreAppConfigurationSchema`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidManagedStoreAppConfigurationSchema {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// UTF8 encoded byte array containing example JSON string conforming to this schema that demonstrates how to set the configuration for this app
    ///
    /// CSDL: property `exampleJson`: `Edm.Binary`, nullable.
    pub example_json: rt::Field<rt::edm::Binary>,
    /// Collection of items each representing a named configuration option in the schema. It contains a flat list of all configuration.
    ///
    /// CSDL: property `nestedSchemaItems`: `Collection(microsoft.graph.androidManagedStoreAppConfigurationSchemaItem)`, nullable.
    pub nested_schema_items: rt::Field<
        ::std::vec::Vec<crate::beta::AndroidManagedStoreAppConfigurationSchemaItem>,
    >,
    /// Collection of items each representing a named configuration option in the schema. It only contains the root-level configuration.
    ///
    /// CSDL: property `schemaItems`: `Collection(microsoft.graph.androidManagedStoreAppConfigurationSchemaItem)`, nullable.
    pub schema_items: rt::Field<
        ::std::vec::Vec<crate::beta::AndroidManagedStoreAppConfigurationSchemaItem>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidManagedStoreAppConfigurationSchema {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            example_json: rt::Field::Absent,
            nested_schema_items: rt::Field::Absent,
            schema_items: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidManagedStoreAppConfigurationSchema {
    const TYPE_NAME: &'static str = "microsoft.graph.androidManagedStoreAppConfigurationSchema";
    const KEYS: &'static [&'static str] = &[
        "id",
        "exampleJson",
        "nestedSchemaItems",
        "schemaItems",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"exampleJson\":                  ",
        ",\"nestedSchemaItems\":            ",
        ",\"schemaItems\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidManagedStoreAppConfigurationSchema\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "example_json", &self.example_json);
        v.field(2usize, "nested_schema_items", &self.nested_schema_items);
        v.field(3usize, "schema_items", &self.schema_items);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidManagedStoreAppConfigurationSchema {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.example_json.read_from(r),
            2usize => self.nested_schema_items.read_from(r),
            3usize => self.schema_items.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.example_json);
        w.field(2usize, &self.nested_schema_items);
        w.field(3usize, &self.schema_items);
    }
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
rt::impl_object!(AndroidManagedStoreAppConfigurationSchema);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidManagedStoreAppConfigurationSchema { with_id id : ::std::string::String;
    with_example_json example_json : rt::edm::Binary; with_nested_schema_items
    nested_schema_items : ::std::vec::Vec < crate
    ::beta::AndroidManagedStoreAppConfigurationSchemaItem >; with_schema_items
    schema_items : ::std::vec::Vec < crate
    ::beta::AndroidManagedStoreAppConfigurationSchemaItem >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidManagedStoreAppConfigurationSchema);
#[cfg(msgraph_beta_device_management_or_search)]
/// Single configuration item inside an Android application's custom configuration schema.
///
/// CSDL: `microsoft.graph.androidManagedStoreAppConfigurationSchemaItem`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidManagedStoreAppConfigurationSchemaItem {
    /// The type of value this item describes
    ///
    /// CSDL: property `dataType`: `microsoft.graph.androidManagedStoreAppConfigurationSchemaItemDataType`, not nullable.
    pub data_type: rt::Field<
        crate::beta::AndroidManagedStoreAppConfigurationSchemaItemDataType,
    >,
    /// Default value for boolean type items, if specified by the app developer
    ///
    /// CSDL: property `defaultBoolValue`: `Edm.Boolean`, nullable.
    pub default_bool_value: rt::Field<bool>,
    /// Default value for integer type items, if specified by the app developer
    ///
    /// CSDL: property `defaultIntValue`: `Edm.Int32`, nullable.
    pub default_int_value: rt::Field<i32>,
    /// Default value for string array type items, if specified by the app developer
    ///
    /// CSDL: property `defaultStringArrayValue`: `Collection(Edm.String)`, nullable.
    pub default_string_array_value: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Default value for string type items, if specified by the app developer
    ///
    /// CSDL: property `defaultStringValue`: `Edm.String`, nullable.
    pub default_string_value: rt::Field<::std::string::String>,
    /// Description of what the item controls within the application
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Human readable name
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Unique index the application uses to maintain nested schema items
    ///
    /// CSDL: property `index`: `Edm.Int32`, not nullable.
    pub index: rt::Field<i32>,
    /// Index of parent schema item to track nested schema items
    ///
    /// CSDL: property `parentIndex`: `Edm.Int32`, nullable.
    pub parent_index: rt::Field<i32>,
    /// Unique key the application uses to identify the item
    ///
    /// CSDL: property `schemaItemKey`: `Edm.String`, nullable.
    pub schema_item_key: rt::Field<::std::string::String>,
    /// List of human readable name/value pairs for the valid values that can be set for this item (Choice and Multiselect items only)
    ///
    /// CSDL: property `selections`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub selections: rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidManagedStoreAppConfigurationSchemaItem {
    #[inline]
    fn default() -> Self {
        Self {
            data_type: rt::Field::Absent,
            default_bool_value: rt::Field::Absent,
            default_int_value: rt::Field::Absent,
            default_string_array_value: rt::Field::Absent,
            default_string_value: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            index: rt::Field::Absent,
            parent_index: rt::Field::Absent,
            schema_item_key: rt::Field::Absent,
            selections: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidManagedStoreAppConfigurationSchemaItem {
    const TYPE_NAME: &'static str = "microsoft.graph.androidManagedStoreAppConfigurationSchemaItem";
    const KEYS: &'static [&'static str] = &[
        "dataType",
        "defaultBoolValue",
        "defaultIntValue",
        "defaultStringArrayValue",
        "defaultStringValue",
        "description",
        "displayName",
        "index",
        "parentIndex",
        "schemaItemKey",
        "selections",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"dataType\":                     ",
        ",\"defaultBoolValue\":             ",
        ",\"defaultIntValue\":              ",
        ",\"defaultStringArrayValue\":      ",
        ",\"defaultStringValue\":           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"index\":                        ",
        ",\"parentIndex\":                  ",
        ",\"schemaItemKey\":                ",
        ",\"selections\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidManagedStoreAppConfigurationSchemaItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "data_type", &self.data_type);
        v.field(1usize, "default_bool_value", &self.default_bool_value);
        v.field(2usize, "default_int_value", &self.default_int_value);
        v.field(3usize, "default_string_array_value", &self.default_string_array_value);
        v.field(4usize, "default_string_value", &self.default_string_value);
        v.field(5usize, "description", &self.description);
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "index", &self.index);
        v.field(8usize, "parent_index", &self.parent_index);
        v.field(9usize, "schema_item_key", &self.schema_item_key);
        v.field(10usize, "selections", &self.selections);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidManagedStoreAppConfigurationSchemaItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.data_type.read_from(r),
            1usize => self.default_bool_value.read_from(r),
            2usize => self.default_int_value.read_from(r),
            3usize => self.default_string_array_value.read_from(r),
            4usize => self.default_string_value.read_from(r),
            5usize => self.description.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.index.read_from(r),
            8usize => self.parent_index.read_from(r),
            9usize => self.schema_item_key.read_from(r),
            10usize => self.selections.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.data_type);
        w.field(1usize, &self.default_bool_value);
        w.field(2usize, &self.default_int_value);
        w.field(3usize, &self.default_string_array_value);
        w.field(4usize, &self.default_string_value);
        w.field(5usize, &self.description);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.index);
        w.field(8usize, &self.parent_index);
        w.field(9usize, &self.schema_item_key);
        w.field(10usize, &self.selections);
    }
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
rt::impl_object!(AndroidManagedStoreAppConfigurationSchemaItem);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidManagedStoreAppConfigurationSchemaItem { with_data_type data_type : crate
    ::beta::AndroidManagedStoreAppConfigurationSchemaItemDataType;
    with_default_bool_value default_bool_value : bool; with_default_int_value
    default_int_value : i32; with_default_string_array_value default_string_array_value :
    ::std::vec::Vec < ::std::string::String >; with_default_string_value
    default_string_value : ::std::string::String; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_index index : i32; with_parent_index parent_index : i32; with_schema_item_key
    schema_item_key : ::std::string::String; with_selections selections : ::std::vec::Vec
    < crate ::beta::KeyValuePair >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidManagedStoreAppConfigurationSchemaItem);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidManagedStoreAppConfigurationSchemaItemDataType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidManagedStoreAppConfigurationSchemaItemDataType {
    /// `bool` (value 0).
    Bool,
    /// `integer` (value 1).
    Integer,
    /// `string` (value 2).
    String,
    /// `choice` (value 3).
    Choice,
    /// `multiselect` (value 4).
    Multiselect,
    /// `bundle` (value 5).
    Bundle,
    /// `bundleArray` (value 6).
    BundleArray,
    /// `hidden` (value 7).
    Hidden,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidManagedStoreAppConfigurationSchemaItemDataType {
    const TYPE_NAME: &'static str = "microsoft.graph.androidManagedStoreAppConfigurationSchemaItemDataType";
    const MEMBERS: &'static [&'static str] = &[
        "bool",
        "integer",
        "string",
        "choice",
        "multiselect",
        "bundle",
        "bundleArray",
        "hidden",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "bool" => Self::Bool,
                "integer" => Self::Integer,
                "string" => Self::String,
                "choice" => Self::Choice,
                "multiselect" => Self::Multiselect,
                "bundle" => Self::Bundle,
                "bundleArray" => Self::BundleArray,
                "hidden" => Self::Hidden,
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
            Self::Bool => "bool",
            Self::Integer => "integer",
            Self::String => "string",
            Self::Choice => "choice",
            Self::Multiselect => "multiselect",
            Self::Bundle => "bundle",
            Self::BundleArray => "bundleArray",
            Self::Hidden => "hidden",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidManagedStoreAppConfigurationSchemaItemDataType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidManagedStoreAppConfigurationSchemaItemDataType);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains track information for Android Managed Store apps.
///
/// CSDL: `microsoft.graph.androidManagedStoreAppTrack`, complex type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidManagedStoreAppTrack {
    /// Friendly name for track.
    ///
    /// CSDL: property `trackAlias`: `Edm.String`, nullable.
    pub track_alias: rt::Field<::std::string::String>,
    /// Unique track identifier.
    ///
    /// CSDL: property `trackId`: `Edm.String`, nullable.
    pub track_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AndroidManagedStoreAppTrack {
    #[inline]
    fn default() -> Self {
        Self {
            track_alias: rt::Field::Absent,
            track_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for AndroidManagedStoreAppTrack {
    const TYPE_NAME: &'static str = "microsoft.graph.androidManagedStoreAppTrack";
    const KEYS: &'static [&'static str] = &["trackAlias", "trackId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"trackAlias\":                   ",
        ",\"trackId\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidManagedStoreAppTrack\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "track_alias", &self.track_alias);
        v.field(1usize, "track_id", &self.track_id);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for AndroidManagedStoreAppTrack {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.track_alias.read_from(r),
            1usize => self.track_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.track_alias);
        w.field(1usize, &self.track_id);
    }
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
rt::impl_object!(AndroidManagedStoreAppTrack);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    AndroidManagedStoreAppTrack { with_track_alias track_alias : ::std::string::String;
    with_track_id track_id : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidManagedStoreAppTrack);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties and inherited properties for web apps configured to be distributed via the managed Android app store.
///
/// CSDL: `microsoft.graph.androidManagedStoreWebApp`, entity type, derived from `microsoft.graph.androidManagedStoreApp`, key `id`.
///
/// Request builders: [`MobileAppPath`](requests/trait.MobileAppPath.html), what a path to one (`EntityPath<AndroidManagedStoreWebApp, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidManagedStoreWebApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the app was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The total number of dependencies the child app has.
    ///
    /// CSDL: property `dependentAppCount`: `Edm.Int32`, not nullable.
    pub dependent_app_count: rt::Field<i32>,
    /// The description of the app.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The developer of the app.
    ///
    /// CSDL: property `developer`: `Edm.String`, nullable.
    pub developer: rt::Field<::std::string::String>,
    /// The admin provided or imported title of the app.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The more information Url.
    ///
    /// CSDL: property `informationUrl`: `Edm.String`, nullable.
    pub information_url: rt::Field<::std::string::String>,
    /// The value indicating whether the app is assigned to at least one group.
    ///
    /// CSDL: property `isAssigned`: `Edm.Boolean`, not nullable.
    pub is_assigned: rt::Field<bool>,
    /// The value indicating whether the app is marked as featured by the admin.
    ///
    /// CSDL: property `isFeatured`: `Edm.Boolean`, not nullable.
    pub is_featured: rt::Field<bool>,
    /// The large icon, to be displayed in the app details and used for upload of the icon.
    ///
    /// CSDL: property `largeIcon`: `microsoft.graph.mimeContent`, nullable.
    pub large_icon: rt::Field<crate::beta::MimeContent>,
    /// The date and time the app was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Notes for the app.
    ///
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// The owner of the app.
    ///
    /// CSDL: property `owner`: `Edm.String`, nullable.
    pub owner: rt::Field<::std::string::String>,
    /// The privacy statement Url.
    ///
    /// CSDL: property `privacyInformationUrl`: `Edm.String`, nullable.
    pub privacy_information_url: rt::Field<::std::string::String>,
    /// The publisher of the app.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// The publishing state for the app. The app cannot be assigned unless the app is published.
    ///
    /// CSDL: property `publishingState`: `microsoft.graph.mobileAppPublishingState`, not nullable.
    pub publishing_state: rt::Field<crate::beta::MobileAppPublishingState>,
    /// List of scope tag ids for this mobile app.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The total number of apps this app is directly or indirectly superseded by.
    ///
    /// CSDL: property `supersededAppCount`: `Edm.Int32`, not nullable.
    pub superseded_app_count: rt::Field<i32>,
    /// The total number of apps this app directly or indirectly supersedes.
    ///
    /// CSDL: property `supersedingAppCount`: `Edm.Int32`, not nullable.
    pub superseding_app_count: rt::Field<i32>,
    /// The upload state. Possible values are: 0 - `Not Ready`, 1 - `Ready`, 2 - `Processing`.
    ///
    /// CSDL: property `uploadState`: `Edm.Int32`, not nullable.
    pub upload_state: rt::Field<i32>,
    /// The list of group assignments for this mobile app.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.mobileAppAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::beta::MobileAppAssignment>>,
    /// The list of categories for this app.
    ///
    /// CSDL: navigation property `categories`: `Collection(microsoft.graph.mobileAppCategory)`, not nullable.
    pub categories: rt::Field<::std::vec::Vec<crate::beta::MobileAppCategory>>,
    /// The list of installation states for this mobile app.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.mobileAppInstallStatus)`, not nullable.
    pub device_statuses: rt::Field<::std::vec::Vec<crate::beta::MobileAppInstallStatus>>,
    /// Mobile App Install Summary.
    ///
    /// CSDL: containment navigation property `installSummary`: `microsoft.graph.mobileAppInstallSummary`, nullable.
    pub install_summary: rt::Field<crate::beta::MobileAppInstallSummary>,
    /// The set of direct relationships for this app.
    ///
    /// CSDL: containment navigation property `relationships`: `Collection(microsoft.graph.mobileAppRelationship)`, not nullable.
    pub relationships: rt::Field<::std::vec::Vec<crate::beta::AnyMobileAppRelationship>>,
    /// The list of installation states for this mobile app.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.userAppInstallStatus)`, not nullable.
    pub user_statuses: rt::Field<::std::vec::Vec<crate::beta::UserAppInstallStatus>>,
    /// The Identity Name.
    ///
    /// CSDL: property `appIdentifier`: `Edm.String`, nullable.
    pub app_identifier: rt::Field<::std::string::String>,
    /// The Play for Work Store app URL.
    ///
    /// CSDL: property `appStoreUrl`: `Edm.String`, nullable.
    pub app_store_url: rt::Field<::std::string::String>,
    /// The tracks that are visible to this enterprise.
    ///
    /// CSDL: property `appTracks`: `Collection(microsoft.graph.androidManagedStoreAppTrack)`, nullable.
    pub app_tracks: rt::Field<::std::vec::Vec<crate::beta::AndroidManagedStoreAppTrack>>,
    /// Indicates whether the app is only available to a given enterprise's users.
    ///
    /// CSDL: property `isPrivate`: `Edm.Boolean`, not nullable.
    pub is_private: rt::Field<bool>,
    /// Indicates whether the app is a preinstalled system app.
    ///
    /// CSDL: property `isSystemApp`: `Edm.Boolean`, not nullable.
    pub is_system_app: rt::Field<bool>,
    /// The package identifier.
    ///
    /// CSDL: property `packageId`: `Edm.String`, nullable.
    pub package_id: rt::Field<::std::string::String>,
    /// Whether this app supports OEMConfig policy.
    ///
    /// CSDL: property `supportsOemConfig`: `Edm.Boolean`, not nullable.
    pub supports_oem_config: rt::Field<bool>,
    /// The total number of VPP licenses.
    ///
    /// CSDL: property `totalLicenseCount`: `Edm.Int32`, not nullable.
    pub total_license_count: rt::Field<i32>,
    /// The number of VPP licenses in use.
    ///
    /// CSDL: property `usedLicenseCount`: `Edm.Int32`, not nullable.
    pub used_license_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AndroidManagedStoreWebApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            dependent_app_count: rt::Field::Absent,
            description: rt::Field::Absent,
            developer: rt::Field::Absent,
            display_name: rt::Field::Absent,
            information_url: rt::Field::Absent,
            is_assigned: rt::Field::Absent,
            is_featured: rt::Field::Absent,
            large_icon: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            notes: rt::Field::Absent,
            owner: rt::Field::Absent,
            privacy_information_url: rt::Field::Absent,
            publisher: rt::Field::Absent,
            publishing_state: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            superseded_app_count: rt::Field::Absent,
            superseding_app_count: rt::Field::Absent,
            upload_state: rt::Field::Absent,
            assignments: rt::Field::Absent,
            categories: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            install_summary: rt::Field::Absent,
            relationships: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            app_identifier: rt::Field::Absent,
            app_store_url: rt::Field::Absent,
            app_tracks: rt::Field::Absent,
            is_private: rt::Field::Absent,
            is_system_app: rt::Field::Absent,
            package_id: rt::Field::Absent,
            supports_oem_config: rt::Field::Absent,
            total_license_count: rt::Field::Absent,
            used_license_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for AndroidManagedStoreWebApp {
    const TYPE_NAME: &'static str = "microsoft.graph.androidManagedStoreWebApp";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "dependentAppCount",
        "description",
        "developer",
        "displayName",
        "informationUrl",
        "isAssigned",
        "isFeatured",
        "largeIcon",
        "lastModifiedDateTime",
        "notes",
        "owner",
        "privacyInformationUrl",
        "publisher",
        "publishingState",
        "roleScopeTagIds",
        "supersededAppCount",
        "supersedingAppCount",
        "uploadState",
        "assignments",
        "categories",
        "deviceStatuses",
        "installSummary",
        "relationships",
        "userStatuses",
        "appIdentifier",
        "appStoreUrl",
        "appTracks",
        "isPrivate",
        "isSystemApp",
        "packageId",
        "supportsOemConfig",
        "totalLicenseCount",
        "usedLicenseCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"dependentAppCount\":            ",
        ",\"description\":                  ",
        ",\"developer\":                    ",
        ",\"displayName\":                  ",
        ",\"informationUrl\":               ",
        ",\"isAssigned\":                   ",
        ",\"isFeatured\":                   ",
        ",\"largeIcon\":                    ",
        ",\"lastModifiedDateTime\":         ",
        ",\"notes\":                        ",
        ",\"owner\":                        ",
        ",\"privacyInformationUrl\":        ",
        ",\"publisher\":                    ",
        ",\"publishingState\":              ",
        ",\"roleScopeTagIds\":              ",
        ",\"supersededAppCount\":           ",
        ",\"supersedingAppCount\":          ",
        ",\"uploadState\":                  ",
        ",\"assignments\":                  ",
        ",\"categories\":                   ",
        ",\"deviceStatuses\":               ",
        ",\"installSummary\":               ",
        ",\"relationships\":                ",
        ",\"userStatuses\":                 ",
        ",\"appIdentifier\":                ",
        ",\"appStoreUrl\":                  ",
        ",\"appTracks\":                    ",
        ",\"isPrivate\":                    ",
        ",\"isSystemApp\":                  ",
        ",\"packageId\":                    ",
        ",\"supportsOemConfig\":            ",
        ",\"totalLicenseCount\":            ",
        ",\"usedLicenseCount\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidManagedStoreWebApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "dependent_app_count", &self.dependent_app_count);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "developer", &self.developer);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "information_url", &self.information_url);
        v.field(7usize, "is_assigned", &self.is_assigned);
        v.field(8usize, "is_featured", &self.is_featured);
        v.field(9usize, "large_icon", &self.large_icon);
        v.field(10usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(11usize, "notes", &self.notes);
        v.field(12usize, "owner", &self.owner);
        v.field(13usize, "privacy_information_url", &self.privacy_information_url);
        v.field(14usize, "publisher", &self.publisher);
        v.field(15usize, "publishing_state", &self.publishing_state);
        v.field(16usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(17usize, "superseded_app_count", &self.superseded_app_count);
        v.field(18usize, "superseding_app_count", &self.superseding_app_count);
        v.field(19usize, "upload_state", &self.upload_state);
        v.field(20usize, "assignments", &self.assignments);
        v.field(21usize, "categories", &self.categories);
        v.field(22usize, "device_statuses", &self.device_statuses);
        v.field(23usize, "install_summary", &self.install_summary);
        v.field(24usize, "relationships", &self.relationships);
        v.field(25usize, "user_statuses", &self.user_statuses);
        v.field(26usize, "app_identifier", &self.app_identifier);
        v.field(27usize, "app_store_url", &self.app_store_url);
        v.field(28usize, "app_tracks", &self.app_tracks);
        v.field(29usize, "is_private", &self.is_private);
        v.field(30usize, "is_system_app", &self.is_system_app);
        v.field(31usize, "package_id", &self.package_id);
        v.field(32usize, "supports_oem_config", &self.supports_oem_config);
        v.field(33usize, "total_license_count", &self.total_license_count);
        v.field(34usize, "used_license_count", &self.used_license_count);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for AndroidManagedStoreWebApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.dependent_app_count.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.developer.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.information_url.read_from(r),
            7usize => self.is_assigned.read_from(r),
            8usize => self.is_featured.read_from(r),
            9usize => self.large_icon.read_from(r),
            10usize => self.last_modified_date_time.read_from(r),
            11usize => self.notes.read_from(r),
            12usize => self.owner.read_from(r),
            13usize => self.privacy_information_url.read_from(r),
            14usize => self.publisher.read_from(r),
            15usize => self.publishing_state.read_from(r),
            16usize => self.role_scope_tag_ids.read_from(r),
            17usize => self.superseded_app_count.read_from(r),
            18usize => self.superseding_app_count.read_from(r),
            19usize => self.upload_state.read_from(r),
            20usize => self.assignments.read_from(r),
            21usize => self.categories.read_from(r),
            22usize => self.device_statuses.read_from(r),
            23usize => self.install_summary.read_from(r),
            24usize => self.relationships.read_from(r),
            25usize => self.user_statuses.read_from(r),
            26usize => self.app_identifier.read_from(r),
            27usize => self.app_store_url.read_from(r),
            28usize => self.app_tracks.read_from(r),
            29usize => self.is_private.read_from(r),
            30usize => self.is_system_app.read_from(r),
            31usize => self.package_id.read_from(r),
            32usize => self.supports_oem_config.read_from(r),
            33usize => self.total_license_count.read_from(r),
            34usize => self.used_license_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.dependent_app_count);
        w.field(3usize, &self.description);
        w.field(4usize, &self.developer);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.information_url);
        w.field(7usize, &self.is_assigned);
        w.field(8usize, &self.is_featured);
        w.field(9usize, &self.large_icon);
        w.field(10usize, &self.last_modified_date_time);
        w.field(11usize, &self.notes);
        w.field(12usize, &self.owner);
        w.field(13usize, &self.privacy_information_url);
        w.field(14usize, &self.publisher);
        w.field(15usize, &self.publishing_state);
        w.field(16usize, &self.role_scope_tag_ids);
        w.field(17usize, &self.superseded_app_count);
        w.field(18usize, &self.superseding_app_count);
        w.field(19usize, &self.upload_state);
        w.field(20usize, &self.assignments);
        w.field(21usize, &self.categories);
        w.field(22usize, &self.device_statuses);
        w.field(23usize, &self.install_summary);
        w.field(24usize, &self.relationships);
        w.field(25usize, &self.user_statuses);
        w.field(26usize, &self.app_identifier);
        w.field(27usize, &self.app_store_url);
        w.field(28usize, &self.app_tracks);
        w.field(29usize, &self.is_private);
        w.field(30usize, &self.is_system_app);
        w.field(31usize, &self.package_id);
        w.field(32usize, &self.supports_oem_config);
        w.field(33usize, &self.total_license_count);
        w.field(34usize, &self.used_license_count);
    }
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
rt::impl_object!(AndroidManagedStoreWebApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    AndroidManagedStoreWebApp { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_dependent_app_count dependent_app_count : i32; with_description description :
    ::std::string::String; with_developer developer : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_information_url
    information_url : ::std::string::String; with_is_assigned is_assigned : bool;
    with_is_featured is_featured : bool; with_large_icon large_icon : crate
    ::beta::MimeContent; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_notes notes : ::std::string::String; with_owner owner :
    ::std::string::String; with_privacy_information_url privacy_information_url :
    ::std::string::String; with_publisher publisher : ::std::string::String;
    with_publishing_state publishing_state : crate ::beta::MobileAppPublishingState;
    with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec < ::std::string::String
    >; with_superseded_app_count superseded_app_count : i32; with_superseding_app_count
    superseding_app_count : i32; with_upload_state upload_state : i32; with_assignments
    assignments : ::std::vec::Vec < crate ::beta::MobileAppAssignment >; with_categories
    categories : ::std::vec::Vec < crate ::beta::MobileAppCategory >;
    with_device_statuses device_statuses : ::std::vec::Vec < crate
    ::beta::MobileAppInstallStatus >; with_install_summary install_summary : crate
    ::beta::MobileAppInstallSummary; with_relationships relationships : ::std::vec::Vec <
    crate ::beta::AnyMobileAppRelationship >; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::beta::UserAppInstallStatus >; with_app_identifier
    app_identifier : ::std::string::String; with_app_store_url app_store_url :
    ::std::string::String; with_app_tracks app_tracks : ::std::vec::Vec < crate
    ::beta::AndroidManagedStoreAppTrack >; with_is_private is_private : bool;
    with_is_system_app is_system_app : bool; with_package_id package_id :
    ::std::string::String; with_supports_oem_config supports_oem_config : bool;
    with_total_license_count total_license_count : i32; with_used_license_count
    used_license_count : i32; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidManagedStoreWebApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties for the minimum operating system required for an Android mobile app.
///
/// CSDL: `microsoft.graph.androidMinimumOperatingSystem`, complex type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidMinimumOperatingSystem {
    /// Version 10.0 or later.
    ///
    /// CSDL: property `v10_0`: `Edm.Boolean`, not nullable.
    pub v10_0: rt::Field<bool>,
    /// Version 11.0 or later.
    ///
    /// CSDL: property `v11_0`: `Edm.Boolean`, not nullable.
    pub v11_0: rt::Field<bool>,
    /// Version 4.0 or later.
    ///
    /// CSDL: property `v4_0`: `Edm.Boolean`, not nullable.
    pub v4_0: rt::Field<bool>,
    /// Version 4.0.3 or later.
    ///
    /// CSDL: property `v4_0_3`: `Edm.Boolean`, not nullable.
    pub v4_0_3: rt::Field<bool>,
    /// Version 4.1 or later.
    ///
    /// CSDL: property `v4_1`: `Edm.Boolean`, not nullable.
    pub v4_1: rt::Field<bool>,
    /// Version 4.2 or later.
    ///
    /// CSDL: property `v4_2`: `Edm.Boolean`, not nullable.
    pub v4_2: rt::Field<bool>,
    /// Version 4.3 or later.
    ///
    /// CSDL: property `v4_3`: `Edm.Boolean`, not nullable.
    pub v4_3: rt::Field<bool>,
    /// Version 4.4 or later.
    ///
    /// CSDL: property `v4_4`: `Edm.Boolean`, not nullable.
    pub v4_4: rt::Field<bool>,
    /// Version 5.0 or later.
    ///
    /// CSDL: property `v5_0`: `Edm.Boolean`, not nullable.
    pub v5_0: rt::Field<bool>,
    /// Version 5.1 or later.
    ///
    /// CSDL: property `v5_1`: `Edm.Boolean`, not nullable.
    pub v5_1: rt::Field<bool>,
    /// Version 6.0 or later.
    ///
    /// CSDL: property `v6_0`: `Edm.Boolean`, not nullable.
    pub v6_0: rt::Field<bool>,
    /// Version 7.0 or later.
    ///
    /// CSDL: property `v7_0`: `Edm.Boolean`, not nullable.
    pub v7_0: rt::Field<bool>,
    /// Version 7.1 or later.
    ///
    /// CSDL: property `v7_1`: `Edm.Boolean`, not nullable.
    pub v7_1: rt::Field<bool>,
    /// Version 8.0 or later.
    ///
    /// CSDL: property `v8_0`: `Edm.Boolean`, not nullable.
    pub v8_0: rt::Field<bool>,
    /// Version 8.1 or later.
    ///
    /// CSDL: property `v8_1`: `Edm.Boolean`, not nullable.
    pub v8_1: rt::Field<bool>,
    /// Version 9.0 or later.
    ///
    /// CSDL: property `v9_0`: `Edm.Boolean`, not nullable.
    pub v9_0: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AndroidMinimumOperatingSystem {
    #[inline]
    fn default() -> Self {
        Self {
            v10_0: rt::Field::Absent,
            v11_0: rt::Field::Absent,
            v4_0: rt::Field::Absent,
            v4_0_3: rt::Field::Absent,
            v4_1: rt::Field::Absent,
            v4_2: rt::Field::Absent,
            v4_3: rt::Field::Absent,
            v4_4: rt::Field::Absent,
            v5_0: rt::Field::Absent,
            v5_1: rt::Field::Absent,
            v6_0: rt::Field::Absent,
            v7_0: rt::Field::Absent,
            v7_1: rt::Field::Absent,
            v8_0: rt::Field::Absent,
            v8_1: rt::Field::Absent,
            v9_0: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for AndroidMinimumOperatingSystem {
    const TYPE_NAME: &'static str = "microsoft.graph.androidMinimumOperatingSystem";
    const KEYS: &'static [&'static str] = &[
        "v10_0",
        "v11_0",
        "v4_0",
        "v4_0_3",
        "v4_1",
        "v4_2",
        "v4_3",
        "v4_4",
        "v5_0",
        "v5_1",
        "v6_0",
        "v7_0",
        "v7_1",
        "v8_0",
        "v8_1",
        "v9_0",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"v10_0\":                        ",
        ",\"v11_0\":                        ",
        ",\"v4_0\":                         ",
        ",\"v4_0_3\":                       ",
        ",\"v4_1\":                         ",
        ",\"v4_2\":                         ",
        ",\"v4_3\":                         ",
        ",\"v4_4\":                         ",
        ",\"v5_0\":                         ",
        ",\"v5_1\":                         ",
        ",\"v6_0\":                         ",
        ",\"v7_0\":                         ",
        ",\"v7_1\":                         ",
        ",\"v8_0\":                         ",
        ",\"v8_1\":                         ",
        ",\"v9_0\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidMinimumOperatingSystem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "v10_0", &self.v10_0);
        v.field(1usize, "v11_0", &self.v11_0);
        v.field(2usize, "v4_0", &self.v4_0);
        v.field(3usize, "v4_0_3", &self.v4_0_3);
        v.field(4usize, "v4_1", &self.v4_1);
        v.field(5usize, "v4_2", &self.v4_2);
        v.field(6usize, "v4_3", &self.v4_3);
        v.field(7usize, "v4_4", &self.v4_4);
        v.field(8usize, "v5_0", &self.v5_0);
        v.field(9usize, "v5_1", &self.v5_1);
        v.field(10usize, "v6_0", &self.v6_0);
        v.field(11usize, "v7_0", &self.v7_0);
        v.field(12usize, "v7_1", &self.v7_1);
        v.field(13usize, "v8_0", &self.v8_0);
        v.field(14usize, "v8_1", &self.v8_1);
        v.field(15usize, "v9_0", &self.v9_0);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for AndroidMinimumOperatingSystem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.v10_0.read_from(r),
            1usize => self.v11_0.read_from(r),
            2usize => self.v4_0.read_from(r),
            3usize => self.v4_0_3.read_from(r),
            4usize => self.v4_1.read_from(r),
            5usize => self.v4_2.read_from(r),
            6usize => self.v4_3.read_from(r),
            7usize => self.v4_4.read_from(r),
            8usize => self.v5_0.read_from(r),
            9usize => self.v5_1.read_from(r),
            10usize => self.v6_0.read_from(r),
            11usize => self.v7_0.read_from(r),
            12usize => self.v7_1.read_from(r),
            13usize => self.v8_0.read_from(r),
            14usize => self.v8_1.read_from(r),
            15usize => self.v9_0.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.v10_0);
        w.field(1usize, &self.v11_0);
        w.field(2usize, &self.v4_0);
        w.field(3usize, &self.v4_0_3);
        w.field(4usize, &self.v4_1);
        w.field(5usize, &self.v4_2);
        w.field(6usize, &self.v4_3);
        w.field(7usize, &self.v4_4);
        w.field(8usize, &self.v5_0);
        w.field(9usize, &self.v5_1);
        w.field(10usize, &self.v6_0);
        w.field(11usize, &self.v7_0);
        w.field(12usize, &self.v7_1);
        w.field(13usize, &self.v8_0);
        w.field(14usize, &self.v8_1);
        w.field(15usize, &self.v9_0);
    }
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
rt::impl_object!(AndroidMinimumOperatingSystem);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    AndroidMinimumOperatingSystem { with_v10_0 v10_0 : bool; with_v11_0 v11_0 : bool;
    with_v4_0 v4_0 : bool; with_v4_0_3 v4_0_3 : bool; with_v4_1 v4_1 : bool; with_v4_2
    v4_2 : bool; with_v4_3 v4_3 : bool; with_v4_4 v4_4 : bool; with_v5_0 v5_0 : bool;
    with_v5_1 v5_1 : bool; with_v6_0 v6_0 : bool; with_v7_0 v7_0 : bool; with_v7_1 v7_1 :
    bool; with_v8_0 v8_0 : bool; with_v8_1 v8_1 : bool; with_v9_0 v9_0 : bool; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidMinimumOperatingSystem);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// The identifier for an Android app.
///
/// CSDL: `microsoft.graph.androidMobileAppIdentifier`, complex type, derived from `microsoft.graph.mobileAppIdentifier`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AndroidMobileAppIdentifier {
    /// The identifier for an app, as specified in the play store.
    ///
    /// CSDL: property `packageId`: `Edm.String`, not nullable.
    pub package_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for AndroidMobileAppIdentifier {
    #[inline]
    fn default() -> Self {
        Self {
            package_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for AndroidMobileAppIdentifier {
    const TYPE_NAME: &'static str = "microsoft.graph.androidMobileAppIdentifier";
    const KEYS: &'static [&'static str] = &["packageId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"packageId\":                    "];
    const TAG: &'static str = "\"#microsoft.graph.androidMobileAppIdentifier\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "package_id", &self.package_id);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for AndroidMobileAppIdentifier {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.package_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.package_id);
    }
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
rt::impl_object!(AndroidMobileAppIdentifier);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    AndroidMobileAppIdentifier { with_package_id package_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidMobileAppIdentifier);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Mapping between an Android app permission and the action Android should take when that permission is requested.
///
/// CSDL: `microsoft.graph.androidPermissionAction`, complex type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidPermissionAction {
    /// Type of Android permission action.
    ///
    /// CSDL: property `action`: `microsoft.graph.androidPermissionActionType`, not nullable.
    pub action: rt::Field<crate::beta::AndroidPermissionActionType>,
    /// Android permission string, defined in the official Android documentation.  Example 'android.permission.READ_CONTACTS'.
    ///
    /// CSDL: property `permission`: `Edm.String`, nullable.
    pub permission: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AndroidPermissionAction {
    #[inline]
    fn default() -> Self {
        Self {
            action: rt::Field::Absent,
            permission: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for AndroidPermissionAction {
    const TYPE_NAME: &'static str = "microsoft.graph.androidPermissionAction";
    const KEYS: &'static [&'static str] = &["action", "permission"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"action\":                       ",
        ",\"permission\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidPermissionAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action", &self.action);
        v.field(1usize, "permission", &self.permission);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for AndroidPermissionAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action.read_from(r),
            1usize => self.permission.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action);
        w.field(1usize, &self.permission);
    }
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
rt::impl_object!(AndroidPermissionAction);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    AndroidPermissionAction { with_action action : crate
    ::beta::AndroidPermissionActionType; with_permission permission :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidPermissionAction);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.androidPermissionActionType`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidPermissionActionType {
    /// `prompt` (value 0).
    Prompt,
    /// `autoGrant` (value 1).
    AutoGrant,
    /// `autoDeny` (value 2).
    AutoDeny,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for AndroidPermissionActionType {
    const TYPE_NAME: &'static str = "microsoft.graph.androidPermissionActionType";
    const MEMBERS: &'static [&'static str] = &["prompt", "autoGrant", "autoDeny"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "prompt" => Self::Prompt,
                "autoGrant" => Self::AutoGrant,
                "autoDeny" => Self::AutoDeny,
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
            Self::Prompt => "prompt",
            Self::AutoGrant => "autoGrant",
            Self::AutoDeny => "autoDeny",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(AndroidPermissionActionType);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidPermissionActionType);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.androidProfileApplicability`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidProfileApplicability {
    /// `default` (value 0).
    Default,
    /// `androidWorkProfile` (value 1).
    AndroidWorkProfile,
    /// `androidDeviceOwner` (value 2).
    AndroidDeviceOwner,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for AndroidProfileApplicability {
    const TYPE_NAME: &'static str = "microsoft.graph.androidProfileApplicability";
    const MEMBERS: &'static [&'static str] = &[
        "default",
        "androidWorkProfile",
        "androidDeviceOwner",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "default" => Self::Default,
                "androidWorkProfile" => Self::AndroidWorkProfile,
                "androidDeviceOwner" => Self::AndroidDeviceOwner,
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
            Self::Default => "default",
            Self::AndroidWorkProfile => "androidWorkProfile",
            Self::AndroidDeviceOwner => "androidDeviceOwner",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(AndroidProfileApplicability);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidProfileApplicability);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties and inherited properties for Android store apps.
///
/// CSDL: `microsoft.graph.androidStoreApp`, entity type, derived from `microsoft.graph.mobileApp`, key `id`.
///
/// Request builders: [`AndroidStoreAppPath`](requests/trait.AndroidStoreAppPath.html), what a path to one (`EntityPath<AndroidStoreApp, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidStoreApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the app was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The total number of dependencies the child app has.
    ///
    /// CSDL: property `dependentAppCount`: `Edm.Int32`, not nullable.
    pub dependent_app_count: rt::Field<i32>,
    /// The description of the app.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The developer of the app.
    ///
    /// CSDL: property `developer`: `Edm.String`, nullable.
    pub developer: rt::Field<::std::string::String>,
    /// The admin provided or imported title of the app.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The more information Url.
    ///
    /// CSDL: property `informationUrl`: `Edm.String`, nullable.
    pub information_url: rt::Field<::std::string::String>,
    /// The value indicating whether the app is assigned to at least one group.
    ///
    /// CSDL: property `isAssigned`: `Edm.Boolean`, not nullable.
    pub is_assigned: rt::Field<bool>,
    /// The value indicating whether the app is marked as featured by the admin.
    ///
    /// CSDL: property `isFeatured`: `Edm.Boolean`, not nullable.
    pub is_featured: rt::Field<bool>,
    /// The large icon, to be displayed in the app details and used for upload of the icon.
    ///
    /// CSDL: property `largeIcon`: `microsoft.graph.mimeContent`, nullable.
    pub large_icon: rt::Field<crate::beta::MimeContent>,
    /// The date and time the app was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Notes for the app.
    ///
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// The owner of the app.
    ///
    /// CSDL: property `owner`: `Edm.String`, nullable.
    pub owner: rt::Field<::std::string::String>,
    /// The privacy statement Url.
    ///
    /// CSDL: property `privacyInformationUrl`: `Edm.String`, nullable.
    pub privacy_information_url: rt::Field<::std::string::String>,
    /// The publisher of the app.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// The publishing state for the app. The app cannot be assigned unless the app is published.
    ///
    /// CSDL: property `publishingState`: `microsoft.graph.mobileAppPublishingState`, not nullable.
    pub publishing_state: rt::Field<crate::beta::MobileAppPublishingState>,
    /// List of scope tag ids for this mobile app.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The total number of apps this app is directly or indirectly superseded by.
    ///
    /// CSDL: property `supersededAppCount`: `Edm.Int32`, not nullable.
    pub superseded_app_count: rt::Field<i32>,
    /// The total number of apps this app directly or indirectly supersedes.
    ///
    /// CSDL: property `supersedingAppCount`: `Edm.Int32`, not nullable.
    pub superseding_app_count: rt::Field<i32>,
    /// The upload state. Possible values are: 0 - `Not Ready`, 1 - `Ready`, 2 - `Processing`.
    ///
    /// CSDL: property `uploadState`: `Edm.Int32`, not nullable.
    pub upload_state: rt::Field<i32>,
    /// The list of group assignments for this mobile app.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.mobileAppAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::beta::MobileAppAssignment>>,
    /// The list of categories for this app.
    ///
    /// CSDL: navigation property `categories`: `Collection(microsoft.graph.mobileAppCategory)`, not nullable.
    pub categories: rt::Field<::std::vec::Vec<crate::beta::MobileAppCategory>>,
    /// The list of installation states for this mobile app.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.mobileAppInstallStatus)`, not nullable.
    pub device_statuses: rt::Field<::std::vec::Vec<crate::beta::MobileAppInstallStatus>>,
    /// Mobile App Install Summary.
    ///
    /// CSDL: containment navigation property `installSummary`: `microsoft.graph.mobileAppInstallSummary`, nullable.
    pub install_summary: rt::Field<crate::beta::MobileAppInstallSummary>,
    /// The set of direct relationships for this app.
    ///
    /// CSDL: containment navigation property `relationships`: `Collection(microsoft.graph.mobileAppRelationship)`, not nullable.
    pub relationships: rt::Field<::std::vec::Vec<crate::beta::AnyMobileAppRelationship>>,
    /// The list of installation states for this mobile app.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.userAppInstallStatus)`, not nullable.
    pub user_statuses: rt::Field<::std::vec::Vec<crate::beta::UserAppInstallStatus>>,
    /// The Identity Name.
    ///
    /// CSDL: property `appIdentifier`: `Edm.String`, nullable.
    pub app_identifier: rt::Field<::std::string::String>,
    /// The Android app store URL.
    ///
    /// CSDL: property `appStoreUrl`: `Edm.String`, nullable.
    pub app_store_url: rt::Field<::std::string::String>,
    /// The value for the minimum applicable operating system.
    ///
    /// CSDL: property `minimumSupportedOperatingSystem`: `microsoft.graph.androidMinimumOperatingSystem`, nullable.
    pub minimum_supported_operating_system: rt::Field<
        crate::beta::AndroidMinimumOperatingSystem,
    >,
    /// The package identifier.
    ///
    /// CSDL: property `packageId`: `Edm.String`, nullable.
    pub package_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AndroidStoreApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            dependent_app_count: rt::Field::Absent,
            description: rt::Field::Absent,
            developer: rt::Field::Absent,
            display_name: rt::Field::Absent,
            information_url: rt::Field::Absent,
            is_assigned: rt::Field::Absent,
            is_featured: rt::Field::Absent,
            large_icon: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            notes: rt::Field::Absent,
            owner: rt::Field::Absent,
            privacy_information_url: rt::Field::Absent,
            publisher: rt::Field::Absent,
            publishing_state: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            superseded_app_count: rt::Field::Absent,
            superseding_app_count: rt::Field::Absent,
            upload_state: rt::Field::Absent,
            assignments: rt::Field::Absent,
            categories: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            install_summary: rt::Field::Absent,
            relationships: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            app_identifier: rt::Field::Absent,
            app_store_url: rt::Field::Absent,
            minimum_supported_operating_system: rt::Field::Absent,
            package_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for AndroidStoreApp {
    const TYPE_NAME: &'static str = "microsoft.graph.androidStoreApp";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "dependentAppCount",
        "description",
        "developer",
        "displayName",
        "informationUrl",
        "isAssigned",
        "isFeatured",
        "largeIcon",
        "lastModifiedDateTime",
        "notes",
        "owner",
        "privacyInformationUrl",
        "publisher",
        "publishingState",
        "roleScopeTagIds",
        "supersededAppCount",
        "supersedingAppCount",
        "uploadState",
        "assignments",
        "categories",
        "deviceStatuses",
        "installSummary",
        "relationships",
        "userStatuses",
        "appIdentifier",
        "appStoreUrl",
        "minimumSupportedOperatingSystem",
        "packageId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"dependentAppCount\":            ",
        ",\"description\":                  ",
        ",\"developer\":                    ",
        ",\"displayName\":                  ",
        ",\"informationUrl\":               ",
        ",\"isAssigned\":                   ",
        ",\"isFeatured\":                   ",
        ",\"largeIcon\":                    ",
        ",\"lastModifiedDateTime\":         ",
        ",\"notes\":                        ",
        ",\"owner\":                        ",
        ",\"privacyInformationUrl\":        ",
        ",\"publisher\":                    ",
        ",\"publishingState\":              ",
        ",\"roleScopeTagIds\":              ",
        ",\"supersededAppCount\":           ",
        ",\"supersedingAppCount\":          ",
        ",\"uploadState\":                  ",
        ",\"assignments\":                  ",
        ",\"categories\":                   ",
        ",\"deviceStatuses\":               ",
        ",\"installSummary\":               ",
        ",\"relationships\":                ",
        ",\"userStatuses\":                 ",
        ",\"appIdentifier\":                ",
        ",\"appStoreUrl\":                  ",
        ",\"minimumSupportedOperatingSystem\":",
        ",\"packageId\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidStoreApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "dependent_app_count", &self.dependent_app_count);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "developer", &self.developer);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "information_url", &self.information_url);
        v.field(7usize, "is_assigned", &self.is_assigned);
        v.field(8usize, "is_featured", &self.is_featured);
        v.field(9usize, "large_icon", &self.large_icon);
        v.field(10usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(11usize, "notes", &self.notes);
        v.field(12usize, "owner", &self.owner);
        v.field(13usize, "privacy_information_url", &self.privacy_information_url);
        v.field(14usize, "publisher", &self.publisher);
        v.field(15usize, "publishing_state", &self.publishing_state);
        v.field(16usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(17usize, "superseded_app_count", &self.superseded_app_count);
        v.field(18usize, "superseding_app_count", &self.superseding_app_count);
        v.field(19usize, "upload_state", &self.upload_state);
        v.field(20usize, "assignments", &self.assignments);
        v.field(21usize, "categories", &self.categories);
        v.field(22usize, "device_statuses", &self.device_statuses);
        v.field(23usize, "install_summary", &self.install_summary);
        v.field(24usize, "relationships", &self.relationships);
        v.field(25usize, "user_statuses", &self.user_statuses);
        v.field(26usize, "app_identifier", &self.app_identifier);
        v.field(27usize, "app_store_url", &self.app_store_url);
        v.field(
            28usize,
            "minimum_supported_operating_system",
            &self.minimum_supported_operating_system,
        );
        v.field(29usize, "package_id", &self.package_id);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for AndroidStoreApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.dependent_app_count.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.developer.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.information_url.read_from(r),
            7usize => self.is_assigned.read_from(r),
            8usize => self.is_featured.read_from(r),
            9usize => self.large_icon.read_from(r),
            10usize => self.last_modified_date_time.read_from(r),
            11usize => self.notes.read_from(r),
            12usize => self.owner.read_from(r),
            13usize => self.privacy_information_url.read_from(r),
            14usize => self.publisher.read_from(r),
            15usize => self.publishing_state.read_from(r),
            16usize => self.role_scope_tag_ids.read_from(r),
            17usize => self.superseded_app_count.read_from(r),
            18usize => self.superseding_app_count.read_from(r),
            19usize => self.upload_state.read_from(r),
            20usize => self.assignments.read_from(r),
            21usize => self.categories.read_from(r),
            22usize => self.device_statuses.read_from(r),
            23usize => self.install_summary.read_from(r),
            24usize => self.relationships.read_from(r),
            25usize => self.user_statuses.read_from(r),
            26usize => self.app_identifier.read_from(r),
            27usize => self.app_store_url.read_from(r),
            28usize => self.minimum_supported_operating_system.read_from(r),
            29usize => self.package_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.dependent_app_count);
        w.field(3usize, &self.description);
        w.field(4usize, &self.developer);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.information_url);
        w.field(7usize, &self.is_assigned);
        w.field(8usize, &self.is_featured);
        w.field(9usize, &self.large_icon);
        w.field(10usize, &self.last_modified_date_time);
        w.field(11usize, &self.notes);
        w.field(12usize, &self.owner);
        w.field(13usize, &self.privacy_information_url);
        w.field(14usize, &self.publisher);
        w.field(15usize, &self.publishing_state);
        w.field(16usize, &self.role_scope_tag_ids);
        w.field(17usize, &self.superseded_app_count);
        w.field(18usize, &self.superseding_app_count);
        w.field(19usize, &self.upload_state);
        w.field(20usize, &self.assignments);
        w.field(21usize, &self.categories);
        w.field(22usize, &self.device_statuses);
        w.field(23usize, &self.install_summary);
        w.field(24usize, &self.relationships);
        w.field(25usize, &self.user_statuses);
        w.field(26usize, &self.app_identifier);
        w.field(27usize, &self.app_store_url);
        w.field(28usize, &self.minimum_supported_operating_system);
        w.field(29usize, &self.package_id);
    }
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
rt::impl_object!(AndroidStoreApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    AndroidStoreApp { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_dependent_app_count
    dependent_app_count : i32; with_description description : ::std::string::String;
    with_developer developer : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_information_url information_url : ::std::string::String;
    with_is_assigned is_assigned : bool; with_is_featured is_featured : bool;
    with_large_icon large_icon : crate ::beta::MimeContent; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_notes notes :
    ::std::string::String; with_owner owner : ::std::string::String;
    with_privacy_information_url privacy_information_url : ::std::string::String;
    with_publisher publisher : ::std::string::String; with_publishing_state
    publishing_state : crate ::beta::MobileAppPublishingState; with_role_scope_tag_ids
    role_scope_tag_ids : ::std::vec::Vec < ::std::string::String >;
    with_superseded_app_count superseded_app_count : i32; with_superseding_app_count
    superseding_app_count : i32; with_upload_state upload_state : i32; with_assignments
    assignments : ::std::vec::Vec < crate ::beta::MobileAppAssignment >; with_categories
    categories : ::std::vec::Vec < crate ::beta::MobileAppCategory >;
    with_device_statuses device_statuses : ::std::vec::Vec < crate
    ::beta::MobileAppInstallStatus >; with_install_summary install_summary : crate
    ::beta::MobileAppInstallSummary; with_relationships relationships : ::std::vec::Vec <
    crate ::beta::AnyMobileAppRelationship >; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::beta::UserAppInstallStatus >; with_app_identifier
    app_identifier : ::std::string::String; with_app_store_url app_store_url :
    ::std::string::String; with_minimum_supported_operating_system
    minimum_supported_operating_system : crate ::beta::AndroidMinimumOperatingSystem;
    with_package_id package_id : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidStoreApp);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidUsernameSource`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidUsernameSource {
    /// `username` (value 0).
    Username,
    /// `userPrincipalName` (value 1).
    UserPrincipalName,
    /// `samAccountName` (value 2).
    SamAccountName,
    /// `primarySmtpAddress` (value 3).
    PrimarySmtpAddress,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidUsernameSource {
    const TYPE_NAME: &'static str = "microsoft.graph.androidUsernameSource";
    const MEMBERS: &'static [&'static str] = &[
        "username",
        "userPrincipalName",
        "samAccountName",
        "primarySmtpAddress",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "username" => Self::Username,
                "userPrincipalName" => Self::UserPrincipalName,
                "samAccountName" => Self::SamAccountName,
                "primarySmtpAddress" => Self::PrimarySmtpAddress,
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
            Self::Username => "username",
            Self::UserPrincipalName => "userPrincipalName",
            Self::SamAccountName => "samAccountName",
            Self::PrimarySmtpAddress => "primarySmtpAddress",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidUsernameSource);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidUsernameSource);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidWiFiSecurityType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidWiFiSecurityType {
    /// `open` (value 0).
    Open,
    /// `wpaEnterprise` (value 1).
    WpaEnterprise,
    /// `wpa2Enterprise` (value 2).
    Wpa2Enterprise,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidWiFiSecurityType {
    const TYPE_NAME: &'static str = "microsoft.graph.androidWiFiSecurityType";
    const MEMBERS: &'static [&'static str] = &[
        "open",
        "wpaEnterprise",
        "wpa2Enterprise",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "open" => Self::Open,
                "wpaEnterprise" => Self::WpaEnterprise,
                "wpa2Enterprise" => Self::Wpa2Enterprise,
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
            Self::Open => "open",
            Self::WpaEnterprise => "wpaEnterprise",
            Self::Wpa2Enterprise => "wpa2Enterprise",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidWiFiSecurityType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidWiFiSecurityType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidWorkProfileCrossProfileDataSharingType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidWorkProfileCrossProfileDataSharingType {
    /// `deviceDefault` (value 0).
    DeviceDefault,
    /// `preventAny` (value 1).
    PreventAny,
    /// `allowPersonalToWork` (value 2).
    AllowPersonalToWork,
    /// `noRestrictions` (value 3).
    NoRestrictions,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidWorkProfileCrossProfileDataSharingType {
    const TYPE_NAME: &'static str = "microsoft.graph.androidWorkProfileCrossProfileDataSharingType";
    const MEMBERS: &'static [&'static str] = &[
        "deviceDefault",
        "preventAny",
        "allowPersonalToWork",
        "noRestrictions",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "deviceDefault" => Self::DeviceDefault,
                "preventAny" => Self::PreventAny,
                "allowPersonalToWork" => Self::AllowPersonalToWork,
                "noRestrictions" => Self::NoRestrictions,
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
            Self::DeviceDefault => "deviceDefault",
            Self::PreventAny => "preventAny",
            Self::AllowPersonalToWork => "allowPersonalToWork",
            Self::NoRestrictions => "noRestrictions",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidWorkProfileCrossProfileDataSharingType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidWorkProfileCrossProfileDataSharingType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidWorkProfileVpnConnectionType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidWorkProfileVpnConnectionType {
    /// `ciscoAnyConnect` (value 0).
    CiscoAnyConnect,
    /// `pulseSecure` (value 1).
    PulseSecure,
    /// `f5EdgeClient` (value 2).
    F5EdgeClient,
    /// `dellSonicWallMobileConnect` (value 3).
    DellSonicWallMobileConnect,
    /// `checkPointCapsuleVpn` (value 4).
    CheckPointCapsuleVpn,
    /// `citrix` (value 5).
    Citrix,
    /// `paloAltoGlobalProtect` (value 6).
    PaloAltoGlobalProtect,
    /// `microsoftTunnel` (value 7).
    MicrosoftTunnel,
    /// `netMotionMobility` (value 8).
    NetMotionMobility,
    /// `microsoftProtect` (value 9).
    MicrosoftProtect,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidWorkProfileVpnConnectionType {
    const TYPE_NAME: &'static str = "microsoft.graph.androidWorkProfileVpnConnectionType";
    const MEMBERS: &'static [&'static str] = &[
        "ciscoAnyConnect",
        "pulseSecure",
        "f5EdgeClient",
        "dellSonicWallMobileConnect",
        "checkPointCapsuleVpn",
        "citrix",
        "paloAltoGlobalProtect",
        "microsoftTunnel",
        "netMotionMobility",
        "microsoftProtect",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "ciscoAnyConnect" => Self::CiscoAnyConnect,
                "pulseSecure" => Self::PulseSecure,
                "f5EdgeClient" => Self::F5EdgeClient,
                "dellSonicWallMobileConnect" => Self::DellSonicWallMobileConnect,
                "checkPointCapsuleVpn" => Self::CheckPointCapsuleVpn,
                "citrix" => Self::Citrix,
                "paloAltoGlobalProtect" => Self::PaloAltoGlobalProtect,
                "microsoftTunnel" => Self::MicrosoftTunnel,
                "netMotionMobility" => Self::NetMotionMobility,
                "microsoftProtect" => Self::MicrosoftProtect,
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
            Self::CiscoAnyConnect => "ciscoAnyConnect",
            Self::PulseSecure => "pulseSecure",
            Self::F5EdgeClient => "f5EdgeClient",
            Self::DellSonicWallMobileConnect => "dellSonicWallMobileConnect",
            Self::CheckPointCapsuleVpn => "checkPointCapsuleVpn",
            Self::Citrix => "citrix",
            Self::PaloAltoGlobalProtect => "paloAltoGlobalProtect",
            Self::MicrosoftTunnel => "microsoftTunnel",
            Self::NetMotionMobility => "netMotionMobility",
            Self::MicrosoftProtect => "microsoftProtect",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidWorkProfileVpnConnectionType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidWorkProfileVpnConnectionType);
