//! Types of `microsoft.graph` by the first letters of their names (`i_k`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_identity_protection)]
/// CSDL: `microsoft.graph.identityProtectionRoot`, entity type.
///
/// Request builders: [`IdentityProtectionRootPath`](requests/trait.IdentityProtectionRootPath.html), what a path to one (`EntityPath<IdentityProtectionRoot, C>`) dereferences to.
///
/// Features: `beta` or `beta-identity-protection`.
#[derive(Clone)]
pub struct IdentityProtectionRoot {
    /// CSDL: containment navigation property `riskDetections`: `Collection(microsoft.graph.riskDetection)`, not nullable.
    pub risk_detections: rt::Field<::std::vec::Vec<crate::beta::RiskDetection>>,
    /// CSDL: containment navigation property `riskyUsers`: `Collection(microsoft.graph.riskyUser)`, not nullable.
    pub risky_users: rt::Field<::std::vec::Vec<crate::beta::AnyRiskyUser>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_protection)]
impl ::std::default::Default for IdentityProtectionRoot {
    #[inline]
    fn default() -> Self {
        Self {
            risk_detections: rt::Field::Absent,
            risky_users: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_protection)]
impl rt::Object for IdentityProtectionRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.identityProtectionRoot";
    const KEYS: &'static [&'static str] = &["riskDetections", "riskyUsers"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"riskDetections\":               ",
        ",\"riskyUsers\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.identityProtectionRoot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "risk_detections", &self.risk_detections);
        v.field(1usize, "risky_users", &self.risky_users);
    }
}
#[cfg(msgraph_beta_identity_protection)]
impl rt::object::Members for IdentityProtectionRoot {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.risk_detections.read_from(r),
            1usize => self.risky_users.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.risk_detections);
        w.field(1usize, &self.risky_users);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_identity_protection)]
rt::impl_object!(IdentityProtectionRoot);
#[cfg(msgraph_beta_identity_protection)]
rt::impl_setters!(
    IdentityProtectionRoot { with_risk_detections risk_detections : ::std::vec::Vec <
    crate ::beta::RiskDetection >; with_risky_users risky_users : ::std::vec::Vec < crate
    ::beta::AnyRiskyUser >; }
);
#[cfg(msgraph_beta_identity_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityProtectionRoot);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.identitySecurityDefaultsEnforcementPolicy`, entity type, derived from `microsoft.graph.policyBase`, key `id`.
///
/// Request builders: [`DirectoryObjectPath`](requests/trait.DirectoryObjectPath.html), what a path to one (`EntityPath<IdentitySecurityDefaultsEnforcementPolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct IdentitySecurityDefaultsEnforcementPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, not nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, not nullable.
    pub is_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for IdentitySecurityDefaultsEnforcementPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for IdentitySecurityDefaultsEnforcementPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.identitySecurityDefaultsEnforcementPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "description",
        "displayName",
        "isEnabled",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isEnabled\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.identitySecurityDefaultsEnforcementPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "is_enabled", &self.is_enabled);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for IdentitySecurityDefaultsEnforcementPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.is_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.is_enabled);
    }
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
rt::impl_object!(IdentitySecurityDefaultsEnforcementPolicy);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    IdentitySecurityDefaultsEnforcementPolicy { with_id id : ::std::string::String;
    with_deleted_date_time deleted_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_is_enabled is_enabled : bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentitySecurityDefaultsEnforcementPolicy);
#[cfg(msgraph_beta_device_management_or_search)]
/// The importedDeviceIdentity resource represents a unique hardware identity of a device that has been pre-staged for pre-enrollment configuration.
///
/// CSDL: `microsoft.graph.importedDeviceIdentity`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ImportedDeviceIdentity {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Created Date Time of the device
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The description of the device
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The state of the device in Intune
    ///
    /// CSDL: property `enrollmentState`: `microsoft.graph.enrollmentState`, not nullable.
    pub enrollment_state: rt::Field<crate::beta::EnrollmentState>,
    /// Imported Device Identifier
    ///
    /// CSDL: property `importedDeviceIdentifier`: `Edm.String`, nullable.
    pub imported_device_identifier: rt::Field<::std::string::String>,
    /// Type of Imported Device Identity
    ///
    /// CSDL: property `importedDeviceIdentityType`: `microsoft.graph.importedDeviceIdentityType`, not nullable.
    pub imported_device_identity_type: rt::Field<
        crate::beta::ImportedDeviceIdentityType,
    >,
    /// Last Contacted Date Time of the device
    ///
    /// CSDL: property `lastContactedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_contacted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Last Modified DateTime of the description
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The platform of the Device.
    ///
    /// CSDL: property `platform`: `microsoft.graph.platform`, not nullable.
    pub platform: rt::Field<crate::beta::Platform>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for ImportedDeviceIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            enrollment_state: rt::Field::Absent,
            imported_device_identifier: rt::Field::Absent,
            imported_device_identity_type: rt::Field::Absent,
            last_contacted_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            platform: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for ImportedDeviceIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.importedDeviceIdentity";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "enrollmentState",
        "importedDeviceIdentifier",
        "importedDeviceIdentityType",
        "lastContactedDateTime",
        "lastModifiedDateTime",
        "platform",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"enrollmentState\":              ",
        ",\"importedDeviceIdentifier\":     ",
        ",\"importedDeviceIdentityType\":   ",
        ",\"lastContactedDateTime\":        ",
        ",\"lastModifiedDateTime\":         ",
        ",\"platform\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.importedDeviceIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "enrollment_state", &self.enrollment_state);
        v.field(4usize, "imported_device_identifier", &self.imported_device_identifier);
        v.field(
            5usize,
            "imported_device_identity_type",
            &self.imported_device_identity_type,
        );
        v.field(6usize, "last_contacted_date_time", &self.last_contacted_date_time);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "platform", &self.platform);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for ImportedDeviceIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.enrollment_state.read_from(r),
            4usize => self.imported_device_identifier.read_from(r),
            5usize => self.imported_device_identity_type.read_from(r),
            6usize => self.last_contacted_date_time.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.platform.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.enrollment_state);
        w.field(4usize, &self.imported_device_identifier);
        w.field(5usize, &self.imported_device_identity_type);
        w.field(6usize, &self.last_contacted_date_time);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.platform);
    }
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
rt::impl_object!(ImportedDeviceIdentity);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    ImportedDeviceIdentity { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_enrollment_state enrollment_state : crate
    ::beta::EnrollmentState; with_imported_device_identifier imported_device_identifier :
    ::std::string::String; with_imported_device_identity_type
    imported_device_identity_type : crate ::beta::ImportedDeviceIdentityType;
    with_last_contacted_date_time last_contacted_date_time : rt::edm::DateTimeOffset;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_platform platform : crate ::beta::Platform; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ImportedDeviceIdentity);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.importedDeviceIdentity` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyImportedDeviceIdentity {
    ImportedDeviceIdentity(::std::boxed::Box<crate::beta::ImportedDeviceIdentity>),
    ImportedDeviceIdentityResult(
        ::std::boxed::Box<crate::beta::ImportedDeviceIdentityResult>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyImportedDeviceIdentity {
    #[inline]
    fn default() -> Self {
        Self::ImportedDeviceIdentity(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ImportedDeviceIdentity>
for AnyImportedDeviceIdentity {
    #[inline]
    fn from(v: crate::beta::ImportedDeviceIdentity) -> Self {
        Self::ImportedDeviceIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ImportedDeviceIdentityResult>
for AnyImportedDeviceIdentity {
    #[inline]
    fn from(v: crate::beta::ImportedDeviceIdentityResult) -> Self {
        Self::ImportedDeviceIdentityResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyImportedDeviceIdentity {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyImportedDeviceIdentity {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyImportedDeviceIdentity {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyImportedDeviceIdentity {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyImportedDeviceIdentity {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::ImportedDeviceIdentity>();
    rt::object::auto_traits::<crate::beta::ImportedDeviceIdentityResult>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyImportedDeviceIdentity {
    const BASE_NAME: &'static str = "microsoft.graph.importedDeviceIdentity";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.importedDeviceIdentityResult",
            ) => Self::ImportedDeviceIdentityResult(rt::object::new_boxed()),
            _ => Self::ImportedDeviceIdentity(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ImportedDeviceIdentity(v) => &**v,
            Self::ImportedDeviceIdentityResult(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ImportedDeviceIdentity(v) => &mut **v,
            Self::ImportedDeviceIdentityResult(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyImportedDeviceIdentity {
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
            Self::ImportedDeviceIdentity(v) => &v.id,
            Self::ImportedDeviceIdentityResult(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ImportedDeviceIdentity(v) => &mut v.id,
            Self::ImportedDeviceIdentityResult(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ImportedDeviceIdentity(v) => &v.created_date_time,
            Self::ImportedDeviceIdentityResult(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ImportedDeviceIdentity(v) => &mut v.created_date_time,
            Self::ImportedDeviceIdentityResult(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ImportedDeviceIdentity(v) => &v.description,
            Self::ImportedDeviceIdentityResult(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ImportedDeviceIdentity(v) => &mut v.description,
            Self::ImportedDeviceIdentityResult(v) => &mut v.description,
        }
    }
    /// `enrollmentState` of any variant.
    #[inline]
    pub fn enrollment_state(&self) -> &rt::Field<crate::beta::EnrollmentState> {
        match self {
            Self::ImportedDeviceIdentity(v) => &v.enrollment_state,
            Self::ImportedDeviceIdentityResult(v) => &v.enrollment_state,
        }
    }
    /// `enrollmentState` of any variant.
    #[inline]
    pub fn enrollment_state_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::EnrollmentState> {
        match self {
            Self::ImportedDeviceIdentity(v) => &mut v.enrollment_state,
            Self::ImportedDeviceIdentityResult(v) => &mut v.enrollment_state,
        }
    }
    /// `importedDeviceIdentifier` of any variant.
    #[inline]
    pub fn imported_device_identifier(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ImportedDeviceIdentity(v) => &v.imported_device_identifier,
            Self::ImportedDeviceIdentityResult(v) => &v.imported_device_identifier,
        }
    }
    /// `importedDeviceIdentifier` of any variant.
    #[inline]
    pub fn imported_device_identifier_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ImportedDeviceIdentity(v) => &mut v.imported_device_identifier,
            Self::ImportedDeviceIdentityResult(v) => &mut v.imported_device_identifier,
        }
    }
    /// `importedDeviceIdentityType` of any variant.
    #[inline]
    pub fn imported_device_identity_type(
        &self,
    ) -> &rt::Field<crate::beta::ImportedDeviceIdentityType> {
        match self {
            Self::ImportedDeviceIdentity(v) => &v.imported_device_identity_type,
            Self::ImportedDeviceIdentityResult(v) => &v.imported_device_identity_type,
        }
    }
    /// `importedDeviceIdentityType` of any variant.
    #[inline]
    pub fn imported_device_identity_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ImportedDeviceIdentityType> {
        match self {
            Self::ImportedDeviceIdentity(v) => &mut v.imported_device_identity_type,
            Self::ImportedDeviceIdentityResult(v) => &mut v.imported_device_identity_type,
        }
    }
    /// `lastContactedDateTime` of any variant.
    #[inline]
    pub fn last_contacted_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ImportedDeviceIdentity(v) => &v.last_contacted_date_time,
            Self::ImportedDeviceIdentityResult(v) => &v.last_contacted_date_time,
        }
    }
    /// `lastContactedDateTime` of any variant.
    #[inline]
    pub fn last_contacted_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ImportedDeviceIdentity(v) => &mut v.last_contacted_date_time,
            Self::ImportedDeviceIdentityResult(v) => &mut v.last_contacted_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ImportedDeviceIdentity(v) => &v.last_modified_date_time,
            Self::ImportedDeviceIdentityResult(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ImportedDeviceIdentity(v) => &mut v.last_modified_date_time,
            Self::ImportedDeviceIdentityResult(v) => &mut v.last_modified_date_time,
        }
    }
    /// `platform` of any variant.
    #[inline]
    pub fn platform(&self) -> &rt::Field<crate::beta::Platform> {
        match self {
            Self::ImportedDeviceIdentity(v) => &v.platform,
            Self::ImportedDeviceIdentityResult(v) => &v.platform,
        }
    }
    /// `platform` of any variant.
    #[inline]
    pub fn platform_mut(&mut self) -> &mut rt::Field<crate::beta::Platform> {
        match self {
            Self::ImportedDeviceIdentity(v) => &mut v.platform,
            Self::ImportedDeviceIdentityResult(v) => &mut v.platform,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyImportedDeviceIdentity);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyImportedDeviceIdentity);
#[cfg(msgraph_beta_device_management_or_search)]
/// The importedDeviceIdentityResult resource represents the result of attempting to import a device identity.
///
/// CSDL: `microsoft.graph.importedDeviceIdentityResult`, entity type, derived from `microsoft.graph.importedDeviceIdentity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ImportedDeviceIdentityResult {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Created Date Time of the device
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The description of the device
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The state of the device in Intune
    ///
    /// CSDL: property `enrollmentState`: `microsoft.graph.enrollmentState`, not nullable.
    pub enrollment_state: rt::Field<crate::beta::EnrollmentState>,
    /// Imported Device Identifier
    ///
    /// CSDL: property `importedDeviceIdentifier`: `Edm.String`, nullable.
    pub imported_device_identifier: rt::Field<::std::string::String>,
    /// Type of Imported Device Identity
    ///
    /// CSDL: property `importedDeviceIdentityType`: `microsoft.graph.importedDeviceIdentityType`, not nullable.
    pub imported_device_identity_type: rt::Field<
        crate::beta::ImportedDeviceIdentityType,
    >,
    /// Last Contacted Date Time of the device
    ///
    /// CSDL: property `lastContactedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_contacted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Last Modified DateTime of the description
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The platform of the Device.
    ///
    /// CSDL: property `platform`: `microsoft.graph.platform`, not nullable.
    pub platform: rt::Field<crate::beta::Platform>,
    /// Status of imported device identity
    ///
    /// CSDL: property `status`: `Edm.Boolean`, not nullable.
    pub status: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for ImportedDeviceIdentityResult {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            enrollment_state: rt::Field::Absent,
            imported_device_identifier: rt::Field::Absent,
            imported_device_identity_type: rt::Field::Absent,
            last_contacted_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            platform: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for ImportedDeviceIdentityResult {
    const TYPE_NAME: &'static str = "microsoft.graph.importedDeviceIdentityResult";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "enrollmentState",
        "importedDeviceIdentifier",
        "importedDeviceIdentityType",
        "lastContactedDateTime",
        "lastModifiedDateTime",
        "platform",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"enrollmentState\":              ",
        ",\"importedDeviceIdentifier\":     ",
        ",\"importedDeviceIdentityType\":   ",
        ",\"lastContactedDateTime\":        ",
        ",\"lastModifiedDateTime\":         ",
        ",\"platform\":                     ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.importedDeviceIdentityResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "enrollment_state", &self.enrollment_state);
        v.field(4usize, "imported_device_identifier", &self.imported_device_identifier);
        v.field(
            5usize,
            "imported_device_identity_type",
            &self.imported_device_identity_type,
        );
        v.field(6usize, "last_contacted_date_time", &self.last_contacted_date_time);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "platform", &self.platform);
        v.field(9usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for ImportedDeviceIdentityResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.enrollment_state.read_from(r),
            4usize => self.imported_device_identifier.read_from(r),
            5usize => self.imported_device_identity_type.read_from(r),
            6usize => self.last_contacted_date_time.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.platform.read_from(r),
            9usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.enrollment_state);
        w.field(4usize, &self.imported_device_identifier);
        w.field(5usize, &self.imported_device_identity_type);
        w.field(6usize, &self.last_contacted_date_time);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.platform);
        w.field(9usize, &self.status);
    }
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
rt::impl_object!(ImportedDeviceIdentityResult);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    ImportedDeviceIdentityResult { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_enrollment_state enrollment_state : crate
    ::beta::EnrollmentState; with_imported_device_identifier imported_device_identifier :
    ::std::string::String; with_imported_device_identity_type
    imported_device_identity_type : crate ::beta::ImportedDeviceIdentityType;
    with_last_contacted_date_time last_contacted_date_time : rt::edm::DateTimeOffset;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_platform platform : crate ::beta::Platform; with_status status : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ImportedDeviceIdentityResult);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.importedDeviceIdentityType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ImportedDeviceIdentityType {
    /// `unknown` (value 0).
    Unknown,
    /// `imei` (value 1).
    Imei,
    /// `serialNumber` (value 2).
    SerialNumber,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for ImportedDeviceIdentityType {
    const TYPE_NAME: &'static str = "microsoft.graph.importedDeviceIdentityType";
    const MEMBERS: &'static [&'static str] = &["unknown", "imei", "serialNumber"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "imei" => Self::Imei,
                "serialNumber" => Self::SerialNumber,
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
            Self::Imei => "imei",
            Self::SerialNumber => "serialNumber",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(ImportedDeviceIdentityType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ImportedDeviceIdentityType);
#[cfg(msgraph_beta_device_management_or_search)]
/// Imported windows autopilot devices.
///
/// CSDL: `microsoft.graph.importedWindowsAutopilotDeviceIdentity`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ImportedWindowsAutopilotDeviceIdentityPath`](requests/trait.ImportedWindowsAutopilotDeviceIdentityPath.html), what a path to one (`EntityPath<ImportedWindowsAutopilotDeviceIdentity, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ImportedWindowsAutopilotDeviceIdentity {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// UPN of the user the device will be assigned
    ///
    /// CSDL: property `assignedUserPrincipalName`: `Edm.String`, nullable.
    pub assigned_user_principal_name: rt::Field<::std::string::String>,
    /// Group Tag of the Windows autopilot device.
    ///
    /// CSDL: property `groupTag`: `Edm.String`, nullable.
    pub group_tag: rt::Field<::std::string::String>,
    /// Hardware Blob of the Windows autopilot device.
    ///
    /// CSDL: property `hardwareIdentifier`: `Edm.Binary`, nullable.
    pub hardware_identifier: rt::Field<rt::edm::Binary>,
    /// The Import Id of the Windows autopilot device.
    ///
    /// CSDL: property `importId`: `Edm.String`, nullable.
    pub import_id: rt::Field<::std::string::String>,
    /// Product Key of the Windows autopilot device.
    ///
    /// CSDL: property `productKey`: `Edm.String`, nullable.
    pub product_key: rt::Field<::std::string::String>,
    /// Serial number of the Windows autopilot device.
    ///
    /// CSDL: property `serialNumber`: `Edm.String`, nullable.
    pub serial_number: rt::Field<::std::string::String>,
    /// Current state of the imported device.
    ///
    /// CSDL: property `state`: `microsoft.graph.importedWindowsAutopilotDeviceIdentityState`, nullable.
    pub state: rt::Field<crate::beta::ImportedWindowsAutopilotDeviceIdentityState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for ImportedWindowsAutopilotDeviceIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            assigned_user_principal_name: rt::Field::Absent,
            group_tag: rt::Field::Absent,
            hardware_identifier: rt::Field::Absent,
            import_id: rt::Field::Absent,
            product_key: rt::Field::Absent,
            serial_number: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for ImportedWindowsAutopilotDeviceIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.importedWindowsAutopilotDeviceIdentity";
    const KEYS: &'static [&'static str] = &[
        "id",
        "assignedUserPrincipalName",
        "groupTag",
        "hardwareIdentifier",
        "importId",
        "productKey",
        "serialNumber",
        "state",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"assignedUserPrincipalName\":    ",
        ",\"groupTag\":                     ",
        ",\"hardwareIdentifier\":           ",
        ",\"importId\":                     ",
        ",\"productKey\":                   ",
        ",\"serialNumber\":                 ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.importedWindowsAutopilotDeviceIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "assigned_user_principal_name",
            &self.assigned_user_principal_name,
        );
        v.field(2usize, "group_tag", &self.group_tag);
        v.field(3usize, "hardware_identifier", &self.hardware_identifier);
        v.field(4usize, "import_id", &self.import_id);
        v.field(5usize, "product_key", &self.product_key);
        v.field(6usize, "serial_number", &self.serial_number);
        v.field(7usize, "state", &self.state);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for ImportedWindowsAutopilotDeviceIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.assigned_user_principal_name.read_from(r),
            2usize => self.group_tag.read_from(r),
            3usize => self.hardware_identifier.read_from(r),
            4usize => self.import_id.read_from(r),
            5usize => self.product_key.read_from(r),
            6usize => self.serial_number.read_from(r),
            7usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.assigned_user_principal_name);
        w.field(2usize, &self.group_tag);
        w.field(3usize, &self.hardware_identifier);
        w.field(4usize, &self.import_id);
        w.field(5usize, &self.product_key);
        w.field(6usize, &self.serial_number);
        w.field(7usize, &self.state);
    }
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
rt::impl_object!(ImportedWindowsAutopilotDeviceIdentity);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    ImportedWindowsAutopilotDeviceIdentity { with_id id : ::std::string::String;
    with_assigned_user_principal_name assigned_user_principal_name :
    ::std::string::String; with_group_tag group_tag : ::std::string::String;
    with_hardware_identifier hardware_identifier : rt::edm::Binary; with_import_id
    import_id : ::std::string::String; with_product_key product_key :
    ::std::string::String; with_serial_number serial_number : ::std::string::String;
    with_state state : crate ::beta::ImportedWindowsAutopilotDeviceIdentityState; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ImportedWindowsAutopilotDeviceIdentity);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.importedWindowsAutopilotDeviceIdentityImportStatus`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ImportedWindowsAutopilotDeviceIdentityImportStatus {
    /// `unknown` (value 0).
    Unknown,
    /// `pending` (value 1).
    Pending,
    /// `partial` (value 2).
    Partial,
    /// `complete` (value 3).
    Complete,
    /// `error` (value 4).
    Error,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for ImportedWindowsAutopilotDeviceIdentityImportStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.importedWindowsAutopilotDeviceIdentityImportStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "pending",
        "partial",
        "complete",
        "error",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "pending" => Self::Pending,
                "partial" => Self::Partial,
                "complete" => Self::Complete,
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
            Self::Pending => "pending",
            Self::Partial => "partial",
            Self::Complete => "complete",
            Self::Error => "error",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(ImportedWindowsAutopilotDeviceIdentityImportStatus);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ImportedWindowsAutopilotDeviceIdentityImportStatus);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.importedWindowsAutopilotDeviceIdentityState`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ImportedWindowsAutopilotDeviceIdentityState {
    /// Device error code reported by Device Directory Service(DDS).
    ///
    /// CSDL: property `deviceErrorCode`: `Edm.Int32`, not nullable.
    pub device_error_code: rt::Field<i32>,
    /// Device error name reported by Device Directory Service(DDS).
    ///
    /// CSDL: property `deviceErrorName`: `Edm.String`, nullable.
    pub device_error_name: rt::Field<::std::string::String>,
    /// Device status reported by Device Directory Service(DDS).
    ///
    /// CSDL: property `deviceImportStatus`: `microsoft.graph.importedWindowsAutopilotDeviceIdentityImportStatus`, not nullable.
    pub device_import_status: rt::Field<
        crate::beta::ImportedWindowsAutopilotDeviceIdentityImportStatus,
    >,
    /// Device Registration ID for successfully added device reported by Device Directory Service(DDS).
    ///
    /// CSDL: property `deviceRegistrationId`: `Edm.String`, nullable.
    pub device_registration_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for ImportedWindowsAutopilotDeviceIdentityState {
    #[inline]
    fn default() -> Self {
        Self {
            device_error_code: rt::Field::Absent,
            device_error_name: rt::Field::Absent,
            device_import_status: rt::Field::Absent,
            device_registration_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for ImportedWindowsAutopilotDeviceIdentityState {
    const TYPE_NAME: &'static str = "microsoft.graph.importedWindowsAutopilotDeviceIdentityState";
    const KEYS: &'static [&'static str] = &[
        "deviceErrorCode",
        "deviceErrorName",
        "deviceImportStatus",
        "deviceRegistrationId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceErrorCode\":              ",
        ",\"deviceErrorName\":              ",
        ",\"deviceImportStatus\":           ",
        ",\"deviceRegistrationId\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.importedWindowsAutopilotDeviceIdentityState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "device_error_code", &self.device_error_code);
        v.field(1usize, "device_error_name", &self.device_error_name);
        v.field(2usize, "device_import_status", &self.device_import_status);
        v.field(3usize, "device_registration_id", &self.device_registration_id);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for ImportedWindowsAutopilotDeviceIdentityState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_error_code.read_from(r),
            1usize => self.device_error_name.read_from(r),
            2usize => self.device_import_status.read_from(r),
            3usize => self.device_registration_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_error_code);
        w.field(1usize, &self.device_error_name);
        w.field(2usize, &self.device_import_status);
        w.field(3usize, &self.device_registration_id);
    }
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
rt::impl_object!(ImportedWindowsAutopilotDeviceIdentityState);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    ImportedWindowsAutopilotDeviceIdentityState { with_device_error_code
    device_error_code : i32; with_device_error_name device_error_name :
    ::std::string::String; with_device_import_status device_import_status : crate
    ::beta::ImportedWindowsAutopilotDeviceIdentityImportStatus;
    with_device_registration_id device_registration_id : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ImportedWindowsAutopilotDeviceIdentityState);
#[cfg(msgraph_beta_search)]
/// Import windows autopilot devices using upload.
///
/// CSDL: `microsoft.graph.importedWindowsAutopilotDeviceIdentityUpload`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ImportedWindowsAutopilotDeviceIdentityUploadPath`](requests/trait.ImportedWindowsAutopilotDeviceIdentityUploadPath.html), what a path to one (`EntityPath<ImportedWindowsAutopilotDeviceIdentityUpload, C>`) dereferences to.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct ImportedWindowsAutopilotDeviceIdentityUpload {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// DateTime when the entity is created.
    ///
    /// CSDL: property `createdDateTimeUtc`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time_utc: rt::Field<rt::edm::DateTimeOffset>,
    /// Upload status.
    ///
    /// CSDL: property `status`: `microsoft.graph.importedWindowsAutopilotDeviceIdentityUploadStatus`, not nullable.
    pub status: rt::Field<
        crate::beta::ImportedWindowsAutopilotDeviceIdentityUploadStatus,
    >,
    /// Collection of all Autopilot devices as a part of this upload.
    ///
    /// CSDL: containment navigation property `deviceIdentities`: `Collection(microsoft.graph.importedWindowsAutopilotDeviceIdentity)`, not nullable.
    pub device_identities: rt::Field<
        ::std::vec::Vec<crate::beta::ImportedWindowsAutopilotDeviceIdentity>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for ImportedWindowsAutopilotDeviceIdentityUpload {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time_utc: rt::Field::Absent,
            status: rt::Field::Absent,
            device_identities: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for ImportedWindowsAutopilotDeviceIdentityUpload {
    const TYPE_NAME: &'static str = "microsoft.graph.importedWindowsAutopilotDeviceIdentityUpload";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTimeUtc",
        "status",
        "deviceIdentities",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTimeUtc\":           ",
        ",\"status\":                       ",
        ",\"deviceIdentities\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.importedWindowsAutopilotDeviceIdentityUpload\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time_utc", &self.created_date_time_utc);
        v.field(2usize, "status", &self.status);
        v.field(3usize, "device_identities", &self.device_identities);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for ImportedWindowsAutopilotDeviceIdentityUpload {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time_utc.read_from(r),
            2usize => self.status.read_from(r),
            3usize => self.device_identities.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time_utc);
        w.field(2usize, &self.status);
        w.field(3usize, &self.device_identities);
    }
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
rt::impl_object!(ImportedWindowsAutopilotDeviceIdentityUpload);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    ImportedWindowsAutopilotDeviceIdentityUpload { with_id id : ::std::string::String;
    with_created_date_time_utc created_date_time_utc : rt::edm::DateTimeOffset;
    with_status status : crate
    ::beta::ImportedWindowsAutopilotDeviceIdentityUploadStatus; with_device_identities
    device_identities : ::std::vec::Vec < crate
    ::beta::ImportedWindowsAutopilotDeviceIdentity >; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ImportedWindowsAutopilotDeviceIdentityUpload);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.importedWindowsAutopilotDeviceIdentityUploadStatus`, enum type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ImportedWindowsAutopilotDeviceIdentityUploadStatus {
    /// `noUpload` (value 0).
    NoUpload,
    /// `pending` (value 1).
    Pending,
    /// `complete` (value 2).
    Complete,
    /// `error` (value 3).
    Error,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search)]
impl rt::StrEnum for ImportedWindowsAutopilotDeviceIdentityUploadStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.importedWindowsAutopilotDeviceIdentityUploadStatus";
    const MEMBERS: &'static [&'static str] = &[
        "noUpload",
        "pending",
        "complete",
        "error",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "noUpload" => Self::NoUpload,
                "pending" => Self::Pending,
                "complete" => Self::Complete,
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
            Self::NoUpload => "noUpload",
            Self::Pending => "pending",
            Self::Complete => "complete",
            Self::Error => "error",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search)]
rt::impl_enum!(ImportedWindowsAutopilotDeviceIdentityUploadStatus);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ImportedWindowsAutopilotDeviceIdentityUploadStatus);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.includedUserRoles`, enum type.
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum IncludedUserRoles {
    /// `all` (value 0).
    All,
    /// `privilegedAdmin` (value 1).
    PrivilegedAdmin,
    /// `admin` (value 2).
    Admin,
    /// `user` (value 3).
    User,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::StrEnum for IncludedUserRoles {
    const TYPE_NAME: &'static str = "microsoft.graph.includedUserRoles";
    const MEMBERS: &'static [&'static str] = &[
        "all",
        "privilegedAdmin",
        "admin",
        "user",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "all" => Self::All,
                "privilegedAdmin" => Self::PrivilegedAdmin,
                "admin" => Self::Admin,
                "user" => Self::User,
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
            Self::All => "all",
            Self::PrivilegedAdmin => "privilegedAdmin",
            Self::Admin => "admin",
            Self::User => "user",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_enum!(IncludedUserRoles);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IncludedUserRoles);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.includedUserTypes`, enum type.
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum IncludedUserTypes {
    /// `all` (value 0).
    All,
    /// `member` (value 1).
    Member,
    /// `guest` (value 2).
    Guest,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::StrEnum for IncludedUserTypes {
    const TYPE_NAME: &'static str = "microsoft.graph.includedUserTypes";
    const MEMBERS: &'static [&'static str] = &[
        "all",
        "member",
        "guest",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "all" => Self::All,
                "member" => Self::Member,
                "guest" => Self::Guest,
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
            Self::All => "all",
            Self::Member => "member",
            Self::Guest => "guest",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_enum!(IncludedUserTypes);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IncludedUserTypes);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.incomingContext`, complex type.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct IncomingContext {
    /// CSDL: property `observedParticipantId`: `Edm.String`, nullable.
    pub observed_participant_id: rt::Field<::std::string::String>,
    /// CSDL: property `onBehalfOf`: `microsoft.graph.identitySet`, nullable.
    pub on_behalf_of: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `sourceParticipantId`: `Edm.String`, nullable.
    pub source_participant_id: rt::Field<::std::string::String>,
    /// CSDL: property `transferor`: `microsoft.graph.identitySet`, nullable.
    pub transferor: rt::Field<crate::beta::IdentitySet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for IncomingContext {
    #[inline]
    fn default() -> Self {
        Self {
            observed_participant_id: rt::Field::Absent,
            on_behalf_of: rt::Field::Absent,
            source_participant_id: rt::Field::Absent,
            transferor: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for IncomingContext {
    const TYPE_NAME: &'static str = "microsoft.graph.incomingContext";
    const KEYS: &'static [&'static str] = &[
        "observedParticipantId",
        "onBehalfOf",
        "sourceParticipantId",
        "transferor",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"observedParticipantId\":        ",
        ",\"onBehalfOf\":                   ",
        ",\"sourceParticipantId\":          ",
        ",\"transferor\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.incomingContext\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "observed_participant_id", &self.observed_participant_id);
        v.field(1usize, "on_behalf_of", &self.on_behalf_of);
        v.field(2usize, "source_participant_id", &self.source_participant_id);
        v.field(3usize, "transferor", &self.transferor);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for IncomingContext {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.observed_participant_id.read_from(r),
            1usize => self.on_behalf_of.read_from(r),
            2usize => self.source_participant_id.read_from(r),
            3usize => self.transferor.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.observed_participant_id);
        w.field(1usize, &self.on_behalf_of);
        w.field(2usize, &self.source_participant_id);
        w.field(3usize, &self.transferor);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_object!(IncomingContext);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    IncomingContext { with_observed_participant_id observed_participant_id :
    ::std::string::String; with_on_behalf_of on_behalf_of : crate ::beta::IdentitySet;
    with_source_participant_id source_participant_id : ::std::string::String;
    with_transferor transferor : crate ::beta::IdentitySet; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IncomingContext);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.inferenceData`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct InferenceData {
    /// CSDL: property `confidenceScore`: `Edm.Double`, nullable.
    pub confidence_score: rt::Field<f64>,
    /// CSDL: property `userHasVerifiedAccuracy`: `Edm.Boolean`, nullable.
    pub user_has_verified_accuracy: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for InferenceData {
    #[inline]
    fn default() -> Self {
        Self {
            confidence_score: rt::Field::Absent,
            user_has_verified_accuracy: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for InferenceData {
    const TYPE_NAME: &'static str = "microsoft.graph.inferenceData";
    const KEYS: &'static [&'static str] = &[
        "confidenceScore",
        "userHasVerifiedAccuracy",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"confidenceScore\":              ",
        ",\"userHasVerifiedAccuracy\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.inferenceData\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "confidence_score", &self.confidence_score);
        v.field(1usize, "user_has_verified_accuracy", &self.user_has_verified_accuracy);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for InferenceData {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.confidence_score.read_from(r),
            1usize => self.user_has_verified_accuracy.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.confidence_score);
        w.field(1usize, &self.user_has_verified_accuracy);
    }
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
rt::impl_object!(InferenceData);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    InferenceData { with_confidence_score confidence_score : f64;
    with_user_has_verified_accuracy user_has_verified_accuracy : bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(InferenceData);
#[cfg(msgraph_beta_device_management_or_search)]
/// The value in an user experience analytics insight.
///
/// CSDL: `microsoft.graph.insightValueDouble`, complex type, derived from `microsoft.graph.userExperienceAnalyticsInsightValue`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct InsightValueDouble {
    /// CSDL: property `value`: `Edm.Double`, not nullable.
    pub value: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for InsightValueDouble {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for InsightValueDouble {
    const TYPE_NAME: &'static str = "microsoft.graph.insightValueDouble";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.insightValueDouble\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for InsightValueDouble {
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
rt::impl_object!(InsightValueDouble);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(InsightValueDouble { with_value value : f64; });
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(InsightValueDouble);
#[cfg(msgraph_beta_device_management_or_search)]
/// The value in an user experience analytics insight.
///
/// CSDL: `microsoft.graph.insightValueInt`, complex type, derived from `microsoft.graph.userExperienceAnalyticsInsightValue`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct InsightValueInt {
    /// CSDL: property `value`: `Edm.Int32`, not nullable.
    pub value: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for InsightValueInt {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for InsightValueInt {
    const TYPE_NAME: &'static str = "microsoft.graph.insightValueInt";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.insightValueInt\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for InsightValueInt {
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
rt::impl_object!(InsightValueInt);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(InsightValueInt { with_value value : i32; });
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(InsightValueInt);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.institutionData`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct InstitutionData {
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `location`: `microsoft.graph.physicalAddress`, nullable.
    pub location: rt::Field<crate::beta::PhysicalAddress>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for InstitutionData {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            location: rt::Field::Absent,
            web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for InstitutionData {
    const TYPE_NAME: &'static str = "microsoft.graph.institutionData";
    const KEYS: &'static [&'static str] = &[
        "description",
        "displayName",
        "location",
        "webUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"location\":                     ",
        ",\"webUrl\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.institutionData\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "location", &self.location);
        v.field(3usize, "web_url", &self.web_url);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for InstitutionData {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.location.read_from(r),
            3usize => self.web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.location);
        w.field(3usize, &self.web_url);
    }
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
rt::impl_object!(InstitutionData);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    InstitutionData { with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_location location :
    crate ::beta::PhysicalAddress; with_web_url web_url : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(InstitutionData);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.integerRange`, complex type.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone)]
pub struct IntegerRange {
    /// CSDL: property `end`: `Edm.Int64`, nullable.
    pub end: rt::Field<i64>,
    /// CSDL: property `maximum`: `Edm.Int64`, nullable.
    pub maximum: rt::Field<i64>,
    /// CSDL: property `minimum`: `Edm.Int64`, nullable.
    pub minimum: rt::Field<i64>,
    /// CSDL: property `start`: `Edm.Int64`, nullable.
    pub start: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_search)]
impl ::std::default::Default for IntegerRange {
    #[inline]
    fn default() -> Self {
        Self {
            end: rt::Field::Absent,
            maximum: rt::Field::Absent,
            minimum: rt::Field::Absent,
            start: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::Object for IntegerRange {
    const TYPE_NAME: &'static str = "microsoft.graph.integerRange";
    const KEYS: &'static [&'static str] = &["end", "maximum", "minimum", "start"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"end\":                          ",
        ",\"maximum\":                      ",
        ",\"minimum\":                      ",
        ",\"start\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.integerRange\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "end", &self.end);
        v.field(1usize, "maximum", &self.maximum);
        v.field(2usize, "minimum", &self.minimum);
        v.field(3usize, "start", &self.start);
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::object::Members for IntegerRange {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.end.read_from(r),
            1usize => self.maximum.read_from(r),
            2usize => self.minimum.read_from(r),
            3usize => self.start.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.end);
        w.field(1usize, &self.maximum);
        w.field(2usize, &self.minimum);
        w.field(3usize, &self.start);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_object!(IntegerRange);
#[cfg(msgraph_beta_print_or_search)]
rt::impl_setters!(
    IntegerRange { with_end end : i64; with_maximum maximum : i64; with_minimum minimum :
    i64; with_start start : i64; }
);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IntegerRange);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.internetExplorerMessageSetting`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum InternetExplorerMessageSetting {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `disabled` (value 1).
    Disabled,
    /// `enabled` (value 2).
    Enabled,
    /// `keepGoing` (value 3).
    KeepGoing,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for InternetExplorerMessageSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.internetExplorerMessageSetting";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "disabled",
        "enabled",
        "keepGoing",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "disabled" => Self::Disabled,
                "enabled" => Self::Enabled,
                "keepGoing" => Self::KeepGoing,
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
            Self::Disabled => "disabled",
            Self::Enabled => "enabled",
            Self::KeepGoing => "keepGoing",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(InternetExplorerMessageSetting);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(InternetExplorerMessageSetting);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.internetMessageHeader`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct InternetMessageHeader {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for InternetMessageHeader {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for InternetMessageHeader {
    const TYPE_NAME: &'static str = "microsoft.graph.internetMessageHeader";
    const KEYS: &'static [&'static str] = &["name", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.internetMessageHeader\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for InternetMessageHeader {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(InternetMessageHeader);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    InternetMessageHeader { with_name name : ::std::string::String; with_value value :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(InternetMessageHeader);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.investigationSecurityState`, complex type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct InvestigationSecurityState {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for InvestigationSecurityState {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for InvestigationSecurityState {
    const TYPE_NAME: &'static str = "microsoft.graph.investigationSecurityState";
    const KEYS: &'static [&'static str] = &["name", "status"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.investigationSecurityState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for InvestigationSecurityState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.status);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_search_or_security)]
rt::impl_object!(InvestigationSecurityState);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    InvestigationSecurityState { with_name name : ::std::string::String; with_status
    status : ::std::string::String; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(InvestigationSecurityState);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.invitationParticipantInfo`, complex type, open.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct InvitationParticipantInfo {
    /// CSDL: property `endpointType`: `microsoft.graph.endpointType`, nullable.
    pub endpoint_type: rt::Field<crate::beta::EndpointType>,
    /// CSDL: property `identity`: `microsoft.graph.identitySet`, not nullable.
    pub identity: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `replacesCallId`: `Edm.String`, nullable.
    pub replaces_call_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for InvitationParticipantInfo {
    #[inline]
    fn default() -> Self {
        Self {
            endpoint_type: rt::Field::Absent,
            identity: rt::Field::Absent,
            replaces_call_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for InvitationParticipantInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.invitationParticipantInfo";
    const KEYS: &'static [&'static str] = &[
        "endpointType",
        "identity",
        "replacesCallId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"endpointType\":                 ",
        ",\"identity\":                     ",
        ",\"replacesCallId\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.invitationParticipantInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "endpoint_type", &self.endpoint_type);
        v.field(1usize, "identity", &self.identity);
        v.field(2usize, "replaces_call_id", &self.replaces_call_id);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for InvitationParticipantInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.endpoint_type.read_from(r),
            1usize => self.identity.read_from(r),
            2usize => self.replaces_call_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.endpoint_type);
        w.field(1usize, &self.identity);
        w.field(2usize, &self.replaces_call_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_object!(InvitationParticipantInfo);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    InvitationParticipantInfo { with_endpoint_type endpoint_type : crate
    ::beta::EndpointType; with_identity identity : crate ::beta::IdentitySet;
    with_replaces_call_id replaces_call_id : ::std::string::String; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(InvitationParticipantInfo);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.inviteParticipantsOperation`, entity type, derived from `microsoft.graph.commsOperation`, open, key `id`.
///
/// Request builders: [`CommsOperationPath`](requests/trait.CommsOperationPath.html), what a path to one (`EntityPath<InviteParticipantsOperation, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct InviteParticipantsOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// CSDL: property `resultInfo`: `microsoft.graph.resultInfo`, nullable.
    pub result_info: rt::Field<crate::beta::ResultInfo>,
    /// CSDL: property `status`: `microsoft.graph.operationStatus`, not nullable.
    pub status: rt::Field<crate::beta::OperationStatus>,
    /// CSDL: property `participants`: `Collection(microsoft.graph.invitationParticipantInfo)`, not nullable.
    pub participants: rt::Field<::std::vec::Vec<crate::beta::InvitationParticipantInfo>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for InviteParticipantsOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            client_context: rt::Field::Absent,
            result_info: rt::Field::Absent,
            status: rt::Field::Absent,
            participants: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for InviteParticipantsOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.inviteParticipantsOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "clientContext",
        "resultInfo",
        "status",
        "participants",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"clientContext\":                ",
        ",\"resultInfo\":                   ",
        ",\"status\":                       ",
        ",\"participants\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.inviteParticipantsOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "client_context", &self.client_context);
        v.field(2usize, "result_info", &self.result_info);
        v.field(3usize, "status", &self.status);
        v.field(4usize, "participants", &self.participants);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for InviteParticipantsOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.client_context.read_from(r),
            2usize => self.result_info.read_from(r),
            3usize => self.status.read_from(r),
            4usize => self.participants.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.client_context);
        w.field(2usize, &self.result_info);
        w.field(3usize, &self.status);
        w.field(4usize, &self.participants);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_object!(InviteParticipantsOperation);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    InviteParticipantsOperation { with_id id : ::std::string::String; with_client_context
    client_context : ::std::string::String; with_result_info result_info : crate
    ::beta::ResultInfo; with_status status : crate ::beta::OperationStatus;
    with_participants participants : ::std::vec::Vec < crate
    ::beta::InvitationParticipantInfo >; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(InviteParticipantsOperation);
#[cfg(msgraph_beta_invitations_or_search)]
/// CSDL: `microsoft.graph.invitedUserMessageInfo`, complex type.
///
/// Features: `beta`, or one of `beta-invitations`, `beta-search`.
#[derive(Clone)]
pub struct InvitedUserMessageInfo {
    /// CSDL: property `ccRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub cc_recipients: rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>>,
    /// CSDL: property `customizedMessageBody`: `Edm.String`, nullable.
    pub customized_message_body: rt::Field<::std::string::String>,
    /// CSDL: property `messageLanguage`: `Edm.String`, nullable.
    pub message_language: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_invitations_or_search)]
impl ::std::default::Default for InvitedUserMessageInfo {
    #[inline]
    fn default() -> Self {
        Self {
            cc_recipients: rt::Field::Absent,
            customized_message_body: rt::Field::Absent,
            message_language: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_invitations_or_search)]
impl rt::Object for InvitedUserMessageInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.invitedUserMessageInfo";
    const KEYS: &'static [&'static str] = &[
        "ccRecipients",
        "customizedMessageBody",
        "messageLanguage",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"ccRecipients\":                 ",
        ",\"customizedMessageBody\":        ",
        ",\"messageLanguage\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.invitedUserMessageInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "cc_recipients", &self.cc_recipients);
        v.field(1usize, "customized_message_body", &self.customized_message_body);
        v.field(2usize, "message_language", &self.message_language);
    }
}
#[cfg(msgraph_beta_invitations_or_search)]
impl rt::object::Members for InvitedUserMessageInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.cc_recipients.read_from(r),
            1usize => self.customized_message_body.read_from(r),
            2usize => self.message_language.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.cc_recipients);
        w.field(1usize, &self.customized_message_body);
        w.field(2usize, &self.message_language);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_invitations_or_search)]
rt::impl_object!(InvitedUserMessageInfo);
#[cfg(msgraph_beta_invitations_or_search)]
rt::impl_setters!(
    InvitedUserMessageInfo { with_cc_recipients cc_recipients : ::std::vec::Vec < crate
    ::beta::AnyRecipient >; with_customized_message_body customized_message_body :
    ::std::string::String; with_message_language message_language :
    ::std::string::String; }
);
#[cfg(msgraph_beta_invitations_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(InvitedUserMessageInfo);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents an Azure AD-type Single Sign-On extension profile for iOS devices.
///
/// CSDL: `microsoft.graph.iosAzureAdSingleSignOnExtension`, complex type, derived from `microsoft.graph.iosSingleSignOnExtension`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosAzureAdSingleSignOnExtension {
    /// An optional list of additional bundle IDs allowed to use the AAD extension for single sign-on.
    ///
    /// CSDL: property `bundleIdAccessControlList`: `Collection(Edm.String)`, nullable.
    pub bundle_id_access_control_list: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Gets or sets a list of typed key-value pairs used to configure Credential-type profiles. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `configurations`: `Collection(microsoft.graph.keyTypedValuePair)`, nullable.
    pub configurations: rt::Field<::std::vec::Vec<crate::beta::AnyKeyTypedValuePair>>,
    /// Enables or disables shared device mode.
    ///
    /// CSDL: property `enableSharedDeviceMode`: `Edm.Boolean`, not nullable.
    pub enable_shared_device_mode: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IosAzureAdSingleSignOnExtension {
    #[inline]
    fn default() -> Self {
        Self {
            bundle_id_access_control_list: rt::Field::Absent,
            configurations: rt::Field::Absent,
            enable_shared_device_mode: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IosAzureAdSingleSignOnExtension {
    const TYPE_NAME: &'static str = "microsoft.graph.iosAzureAdSingleSignOnExtension";
    const KEYS: &'static [&'static str] = &[
        "bundleIdAccessControlList",
        "configurations",
        "enableSharedDeviceMode",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"bundleIdAccessControlList\":    ",
        ",\"configurations\":               ",
        ",\"enableSharedDeviceMode\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosAzureAdSingleSignOnExtension\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "bundle_id_access_control_list",
            &self.bundle_id_access_control_list,
        );
        v.field(1usize, "configurations", &self.configurations);
        v.field(2usize, "enable_shared_device_mode", &self.enable_shared_device_mode);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IosAzureAdSingleSignOnExtension {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.bundle_id_access_control_list.read_from(r),
            1usize => self.configurations.read_from(r),
            2usize => self.enable_shared_device_mode.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.bundle_id_access_control_list);
        w.field(1usize, &self.configurations);
        w.field(2usize, &self.enable_shared_device_mode);
    }
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
rt::impl_object!(IosAzureAdSingleSignOnExtension);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosAzureAdSingleSignOnExtension { with_bundle_id_access_control_list
    bundle_id_access_control_list : ::std::vec::Vec < ::std::string::String >;
    with_configurations configurations : ::std::vec::Vec < crate
    ::beta::AnyKeyTypedValuePair >; with_enable_shared_device_mode
    enable_shared_device_mode : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosAzureAdSingleSignOnExtension);
#[cfg(msgraph_beta_device_management_or_search)]
/// iOS URL bookmark
///
/// CSDL: `microsoft.graph.iosBookmark`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosBookmark {
    /// The folder into which the bookmark should be added in Safari
    ///
    /// CSDL: property `bookmarkFolder`: `Edm.String`, nullable.
    pub bookmark_folder: rt::Field<::std::string::String>,
    /// The display name of the bookmark
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// URL allowed to access
    ///
    /// CSDL: property `url`: `Edm.String`, not nullable.
    pub url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IosBookmark {
    #[inline]
    fn default() -> Self {
        Self {
            bookmark_folder: rt::Field::Absent,
            display_name: rt::Field::Absent,
            url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IosBookmark {
    const TYPE_NAME: &'static str = "microsoft.graph.iosBookmark";
    const KEYS: &'static [&'static str] = &["bookmarkFolder", "displayName", "url"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"bookmarkFolder\":               ",
        ",\"displayName\":                  ",
        ",\"url\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosBookmark\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "bookmark_folder", &self.bookmark_folder);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "url", &self.url);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IosBookmark {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.bookmark_folder.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.bookmark_folder);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.url);
    }
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
rt::impl_object!(IosBookmark);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosBookmark { with_bookmark_folder bookmark_folder : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_url url :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosBookmark);
#[cfg(msgraph_beta_device_management_or_search)]
/// This class contains compliance settings for IOS.
///
/// CSDL: `microsoft.graph.iosCompliancePolicy`, entity type, derived from `microsoft.graph.deviceCompliancePolicy`, key `id`.
///
/// Request builders: [`DeviceCompliancePolicyPath`](requests/trait.DeviceCompliancePolicyPath.html), what a path to one (`EntityPath<IosCompliancePolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosCompliancePolicy {
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
    /// MDATP Require Mobile Threat Protection minimum risk level to report noncompliance.
    ///
    /// CSDL: property `advancedThreatProtectionRequiredSecurityLevel`: `microsoft.graph.deviceThreatProtectionLevel`, not nullable.
    pub advanced_threat_protection_required_security_level: rt::Field<
        crate::beta::DeviceThreatProtectionLevel,
    >,
    /// Require that devices have enabled device threat protection .
    ///
    /// CSDL: property `deviceThreatProtectionEnabled`: `Edm.Boolean`, not nullable.
    pub device_threat_protection_enabled: rt::Field<bool>,
    /// Require Mobile Threat Protection minimum risk level to report noncompliance.
    ///
    /// CSDL: property `deviceThreatProtectionRequiredSecurityLevel`: `microsoft.graph.deviceThreatProtectionLevel`, not nullable.
    pub device_threat_protection_required_security_level: rt::Field<
        crate::beta::DeviceThreatProtectionLevel,
    >,
    /// Indicates whether or not to require a managed email profile.
    ///
    /// CSDL: property `managedEmailProfileRequired`: `Edm.Boolean`, not nullable.
    pub managed_email_profile_required: rt::Field<bool>,
    /// Maximum IOS build version.
    ///
    /// CSDL: property `osMaximumBuildVersion`: `Edm.String`, nullable.
    pub os_maximum_build_version: rt::Field<::std::string::String>,
    /// Maximum IOS version.
    ///
    /// CSDL: property `osMaximumVersion`: `Edm.String`, nullable.
    pub os_maximum_version: rt::Field<::std::string::String>,
    /// Minimum IOS build version.
    ///
    /// CSDL: property `osMinimumBuildVersion`: `Edm.String`, nullable.
    pub os_minimum_build_version: rt::Field<::std::string::String>,
    /// Minimum IOS version.
    ///
    /// CSDL: property `osMinimumVersion`: `Edm.String`, nullable.
    pub os_minimum_version: rt::Field<::std::string::String>,
    /// Indicates whether or not to block simple passcodes.
    ///
    /// CSDL: property `passcodeBlockSimple`: `Edm.Boolean`, not nullable.
    pub passcode_block_simple: rt::Field<bool>,
    /// Number of days before the passcode expires. Valid values 1 to 65535
    ///
    /// CSDL: property `passcodeExpirationDays`: `Edm.Int32`, nullable.
    pub passcode_expiration_days: rt::Field<i32>,
    /// The number of character sets required in the password.
    ///
    /// CSDL: property `passcodeMinimumCharacterSetCount`: `Edm.Int32`, nullable.
    pub passcode_minimum_character_set_count: rt::Field<i32>,
    /// Minimum length of passcode. Valid values 4 to 14
    ///
    /// CSDL: property `passcodeMinimumLength`: `Edm.Int32`, nullable.
    pub passcode_minimum_length: rt::Field<i32>,
    /// Minutes of inactivity before a passcode is required.
    ///
    /// CSDL: property `passcodeMinutesOfInactivityBeforeLock`: `Edm.Int32`, nullable.
    pub passcode_minutes_of_inactivity_before_lock: rt::Field<i32>,
    /// Minutes of inactivity before the screen times out.
    ///
    /// CSDL: property `passcodeMinutesOfInactivityBeforeScreenTimeout`: `Edm.Int32`, nullable.
    pub passcode_minutes_of_inactivity_before_screen_timeout: rt::Field<i32>,
    /// Number of previous passcodes to block. Valid values 1 to 24
    ///
    /// CSDL: property `passcodePreviousPasscodeBlockCount`: `Edm.Int32`, nullable.
    pub passcode_previous_passcode_block_count: rt::Field<i32>,
    /// Indicates whether or not to require a passcode.
    ///
    /// CSDL: property `passcodeRequired`: `Edm.Boolean`, not nullable.
    pub passcode_required: rt::Field<bool>,
    /// The required passcode type.
    ///
    /// CSDL: property `passcodeRequiredType`: `microsoft.graph.requiredPasswordType`, not nullable.
    pub passcode_required_type: rt::Field<crate::beta::RequiredPasswordType>,
    /// Require the device to not have the specified apps installed. This collection can contain a maximum of 100 elements.
    ///
    /// CSDL: property `restrictedApps`: `Collection(microsoft.graph.appListItem)`, nullable.
    pub restricted_apps: rt::Field<::std::vec::Vec<crate::beta::AnyAppListItem>>,
    /// Devices must not be jailbroken or rooted.
    ///
    /// CSDL: property `securityBlockJailbrokenDevices`: `Edm.Boolean`, not nullable.
    pub security_block_jailbroken_devices: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IosCompliancePolicy {
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
            advanced_threat_protection_required_security_level: rt::Field::Absent,
            device_threat_protection_enabled: rt::Field::Absent,
            device_threat_protection_required_security_level: rt::Field::Absent,
            managed_email_profile_required: rt::Field::Absent,
            os_maximum_build_version: rt::Field::Absent,
            os_maximum_version: rt::Field::Absent,
            os_minimum_build_version: rt::Field::Absent,
            os_minimum_version: rt::Field::Absent,
            passcode_block_simple: rt::Field::Absent,
            passcode_expiration_days: rt::Field::Absent,
            passcode_minimum_character_set_count: rt::Field::Absent,
            passcode_minimum_length: rt::Field::Absent,
            passcode_minutes_of_inactivity_before_lock: rt::Field::Absent,
            passcode_minutes_of_inactivity_before_screen_timeout: rt::Field::Absent,
            passcode_previous_passcode_block_count: rt::Field::Absent,
            passcode_required: rt::Field::Absent,
            passcode_required_type: rt::Field::Absent,
            restricted_apps: rt::Field::Absent,
            security_block_jailbroken_devices: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IosCompliancePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.iosCompliancePolicy";
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
        "advancedThreatProtectionRequiredSecurityLevel",
        "deviceThreatProtectionEnabled",
        "deviceThreatProtectionRequiredSecurityLevel",
        "managedEmailProfileRequired",
        "osMaximumBuildVersion",
        "osMaximumVersion",
        "osMinimumBuildVersion",
        "osMinimumVersion",
        "passcodeBlockSimple",
        "passcodeExpirationDays",
        "passcodeMinimumCharacterSetCount",
        "passcodeMinimumLength",
        "passcodeMinutesOfInactivityBeforeLock",
        "passcodeMinutesOfInactivityBeforeScreenTimeout",
        "passcodePreviousPasscodeBlockCount",
        "passcodeRequired",
        "passcodeRequiredType",
        "restrictedApps",
        "securityBlockJailbrokenDevices",
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
        ",\"advancedThreatProtectionRequiredSecurityLevel\":",
        ",\"deviceThreatProtectionEnabled\":",
        ",\"deviceThreatProtectionRequiredSecurityLevel\":",
        ",\"managedEmailProfileRequired\":  ",
        ",\"osMaximumBuildVersion\":        ",
        ",\"osMaximumVersion\":             ",
        ",\"osMinimumBuildVersion\":        ",
        ",\"osMinimumVersion\":             ",
        ",\"passcodeBlockSimple\":          ",
        ",\"passcodeExpirationDays\":       ",
        ",\"passcodeMinimumCharacterSetCount\":",
        ",\"passcodeMinimumLength\":        ",
        ",\"passcodeMinutesOfInactivityBeforeLock\":",
        ",\"passcodeMinutesOfInactivityBeforeScreenTimeout\":",
        ",\"passcodePreviousPasscodeBlockCount\":",
        ",\"passcodeRequired\":             ",
        ",\"passcodeRequiredType\":         ",
        ",\"restrictedApps\":               ",
        ",\"securityBlockJailbrokenDevices\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosCompliancePolicy\"";
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
        v.field(
            14usize,
            "advanced_threat_protection_required_security_level",
            &self.advanced_threat_protection_required_security_level,
        );
        v.field(
            15usize,
            "device_threat_protection_enabled",
            &self.device_threat_protection_enabled,
        );
        v.field(
            16usize,
            "device_threat_protection_required_security_level",
            &self.device_threat_protection_required_security_level,
        );
        v.field(
            17usize,
            "managed_email_profile_required",
            &self.managed_email_profile_required,
        );
        v.field(18usize, "os_maximum_build_version", &self.os_maximum_build_version);
        v.field(19usize, "os_maximum_version", &self.os_maximum_version);
        v.field(20usize, "os_minimum_build_version", &self.os_minimum_build_version);
        v.field(21usize, "os_minimum_version", &self.os_minimum_version);
        v.field(22usize, "passcode_block_simple", &self.passcode_block_simple);
        v.field(23usize, "passcode_expiration_days", &self.passcode_expiration_days);
        v.field(
            24usize,
            "passcode_minimum_character_set_count",
            &self.passcode_minimum_character_set_count,
        );
        v.field(25usize, "passcode_minimum_length", &self.passcode_minimum_length);
        v.field(
            26usize,
            "passcode_minutes_of_inactivity_before_lock",
            &self.passcode_minutes_of_inactivity_before_lock,
        );
        v.field(
            27usize,
            "passcode_minutes_of_inactivity_before_screen_timeout",
            &self.passcode_minutes_of_inactivity_before_screen_timeout,
        );
        v.field(
            28usize,
            "passcode_previous_passcode_block_count",
            &self.passcode_previous_passcode_block_count,
        );
        v.field(29usize, "passcode_required", &self.passcode_required);
        v.field(30usize, "passcode_required_type", &self.passcode_required_type);
        v.field(31usize, "restricted_apps", &self.restricted_apps);
        v.field(
            32usize,
            "security_block_jailbroken_devices",
            &self.security_block_jailbroken_devices,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IosCompliancePolicy {
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
            14usize => {
                self.advanced_threat_protection_required_security_level.read_from(r)
            }
            15usize => self.device_threat_protection_enabled.read_from(r),
            16usize => self.device_threat_protection_required_security_level.read_from(r),
            17usize => self.managed_email_profile_required.read_from(r),
            18usize => self.os_maximum_build_version.read_from(r),
            19usize => self.os_maximum_version.read_from(r),
            20usize => self.os_minimum_build_version.read_from(r),
            21usize => self.os_minimum_version.read_from(r),
            22usize => self.passcode_block_simple.read_from(r),
            23usize => self.passcode_expiration_days.read_from(r),
            24usize => self.passcode_minimum_character_set_count.read_from(r),
            25usize => self.passcode_minimum_length.read_from(r),
            26usize => self.passcode_minutes_of_inactivity_before_lock.read_from(r),
            27usize => {
                self.passcode_minutes_of_inactivity_before_screen_timeout.read_from(r)
            }
            28usize => self.passcode_previous_passcode_block_count.read_from(r),
            29usize => self.passcode_required.read_from(r),
            30usize => self.passcode_required_type.read_from(r),
            31usize => self.restricted_apps.read_from(r),
            32usize => self.security_block_jailbroken_devices.read_from(r),
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
        w.field(14usize, &self.advanced_threat_protection_required_security_level);
        w.field(15usize, &self.device_threat_protection_enabled);
        w.field(16usize, &self.device_threat_protection_required_security_level);
        w.field(17usize, &self.managed_email_profile_required);
        w.field(18usize, &self.os_maximum_build_version);
        w.field(19usize, &self.os_maximum_version);
        w.field(20usize, &self.os_minimum_build_version);
        w.field(21usize, &self.os_minimum_version);
        w.field(22usize, &self.passcode_block_simple);
        w.field(23usize, &self.passcode_expiration_days);
        w.field(24usize, &self.passcode_minimum_character_set_count);
        w.field(25usize, &self.passcode_minimum_length);
        w.field(26usize, &self.passcode_minutes_of_inactivity_before_lock);
        w.field(27usize, &self.passcode_minutes_of_inactivity_before_screen_timeout);
        w.field(28usize, &self.passcode_previous_passcode_block_count);
        w.field(29usize, &self.passcode_required);
        w.field(30usize, &self.passcode_required_type);
        w.field(31usize, &self.restricted_apps);
        w.field(32usize, &self.security_block_jailbroken_devices);
    }
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
rt::impl_object!(IosCompliancePolicy);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosCompliancePolicy { with_id id : ::std::string::String; with_created_date_time
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
    ::beta::DeviceComplianceUserOverview;
    with_advanced_threat_protection_required_security_level
    advanced_threat_protection_required_security_level : crate
    ::beta::DeviceThreatProtectionLevel; with_device_threat_protection_enabled
    device_threat_protection_enabled : bool;
    with_device_threat_protection_required_security_level
    device_threat_protection_required_security_level : crate
    ::beta::DeviceThreatProtectionLevel; with_managed_email_profile_required
    managed_email_profile_required : bool; with_os_maximum_build_version
    os_maximum_build_version : ::std::string::String; with_os_maximum_version
    os_maximum_version : ::std::string::String; with_os_minimum_build_version
    os_minimum_build_version : ::std::string::String; with_os_minimum_version
    os_minimum_version : ::std::string::String; with_passcode_block_simple
    passcode_block_simple : bool; with_passcode_expiration_days passcode_expiration_days
    : i32; with_passcode_minimum_character_set_count passcode_minimum_character_set_count
    : i32; with_passcode_minimum_length passcode_minimum_length : i32;
    with_passcode_minutes_of_inactivity_before_lock
    passcode_minutes_of_inactivity_before_lock : i32;
    with_passcode_minutes_of_inactivity_before_screen_timeout
    passcode_minutes_of_inactivity_before_screen_timeout : i32;
    with_passcode_previous_passcode_block_count passcode_previous_passcode_block_count :
    i32; with_passcode_required passcode_required : bool; with_passcode_required_type
    passcode_required_type : crate ::beta::RequiredPasswordType; with_restricted_apps
    restricted_apps : ::std::vec::Vec < crate ::beta::AnyAppListItem >;
    with_security_block_jailbroken_devices security_block_jailbroken_devices : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosCompliancePolicy);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents a Credential-type Single Sign-On extension profile for iOS devices.
///
/// CSDL: `microsoft.graph.iosCredentialSingleSignOnExtension`, complex type, derived from `microsoft.graph.iosSingleSignOnExtension`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosCredentialSingleSignOnExtension {
    /// Gets or sets a list of typed key-value pairs used to configure Credential-type profiles. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `configurations`: `Collection(microsoft.graph.keyTypedValuePair)`, nullable.
    pub configurations: rt::Field<::std::vec::Vec<crate::beta::AnyKeyTypedValuePair>>,
    /// Gets or sets a list of hosts or domain names for which the app extension performs SSO.
    ///
    /// CSDL: property `domains`: `Collection(Edm.String)`, nullable.
    pub domains: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Gets or sets the bundle ID of the app extension that performs SSO for the specified URLs.
    ///
    /// CSDL: property `extensionIdentifier`: `Edm.String`, not nullable.
    pub extension_identifier: rt::Field<::std::string::String>,
    /// Gets or sets the case-sensitive realm name for this profile.
    ///
    /// CSDL: property `realm`: `Edm.String`, not nullable.
    pub realm: rt::Field<::std::string::String>,
    /// Gets or sets the team ID of the app extension that performs SSO for the specified URLs.
    ///
    /// CSDL: property `teamIdentifier`: `Edm.String`, nullable.
    pub team_identifier: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IosCredentialSingleSignOnExtension {
    #[inline]
    fn default() -> Self {
        Self {
            configurations: rt::Field::Absent,
            domains: rt::Field::Absent,
            extension_identifier: rt::Field::Absent,
            realm: rt::Field::Absent,
            team_identifier: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IosCredentialSingleSignOnExtension {
    const TYPE_NAME: &'static str = "microsoft.graph.iosCredentialSingleSignOnExtension";
    const KEYS: &'static [&'static str] = &[
        "configurations",
        "domains",
        "extensionIdentifier",
        "realm",
        "teamIdentifier",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"configurations\":               ",
        ",\"domains\":                      ",
        ",\"extensionIdentifier\":          ",
        ",\"realm\":                        ",
        ",\"teamIdentifier\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosCredentialSingleSignOnExtension\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "configurations", &self.configurations);
        v.field(1usize, "domains", &self.domains);
        v.field(2usize, "extension_identifier", &self.extension_identifier);
        v.field(3usize, "realm", &self.realm);
        v.field(4usize, "team_identifier", &self.team_identifier);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IosCredentialSingleSignOnExtension {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.configurations.read_from(r),
            1usize => self.domains.read_from(r),
            2usize => self.extension_identifier.read_from(r),
            3usize => self.realm.read_from(r),
            4usize => self.team_identifier.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.configurations);
        w.field(1usize, &self.domains);
        w.field(2usize, &self.extension_identifier);
        w.field(3usize, &self.realm);
        w.field(4usize, &self.team_identifier);
    }
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
rt::impl_object!(IosCredentialSingleSignOnExtension);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosCredentialSingleSignOnExtension { with_configurations configurations :
    ::std::vec::Vec < crate ::beta::AnyKeyTypedValuePair >; with_domains domains :
    ::std::vec::Vec < ::std::string::String >; with_extension_identifier
    extension_identifier : ::std::string::String; with_realm realm :
    ::std::string::String; with_team_identifier team_identifier : ::std::string::String;
    }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosCredentialSingleSignOnExtension);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents a Kerberos-type Single Sign-On extension profile for iOS devices.
///
/// CSDL: `microsoft.graph.iosKerberosSingleSignOnExtension`, complex type, derived from `microsoft.graph.iosSingleSignOnExtension`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosKerberosSingleSignOnExtension {
    /// Gets or sets the Active Directory site.
    ///
    /// CSDL: property `activeDirectorySiteCode`: `Edm.String`, nullable.
    pub active_directory_site_code: rt::Field<::std::string::String>,
    /// Enables or disables whether the Kerberos extension can automatically determine its site name.
    ///
    /// CSDL: property `blockActiveDirectorySiteAutoDiscovery`: `Edm.Boolean`, not nullable.
    pub block_active_directory_site_auto_discovery: rt::Field<bool>,
    /// Enables or disables Keychain usage.
    ///
    /// CSDL: property `blockAutomaticLogin`: `Edm.Boolean`, not nullable.
    pub block_automatic_login: rt::Field<bool>,
    /// Gets or sets the Generic Security Services name of the Kerberos cache to use for this profile.
    ///
    /// CSDL: property `cacheName`: `Edm.String`, nullable.
    pub cache_name: rt::Field<::std::string::String>,
    /// Gets or sets a list of app Bundle IDs allowed to access the Kerberos Ticket Granting Ticket.
    ///
    /// CSDL: property `credentialBundleIdAccessControlList`: `Collection(Edm.String)`, nullable.
    pub credential_bundle_id_access_control_list: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Gets or sets a list of realms for custom domain-realm mapping. Realms are case sensitive.
    ///
    /// CSDL: property `domainRealms`: `Collection(Edm.String)`, nullable.
    pub domain_realms: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Gets or sets a list of hosts or domain names for which the app extension performs SSO.
    ///
    /// CSDL: property `domains`: `Collection(Edm.String)`, nullable.
    pub domains: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// When true, this profile's realm will be selected as the default. Necessary if multiple Kerberos-type profiles are configured.
    ///
    /// CSDL: property `isDefaultRealm`: `Edm.Boolean`, not nullable.
    pub is_default_realm: rt::Field<bool>,
    /// Enables or disables password changes.
    ///
    /// CSDL: property `passwordBlockModification`: `Edm.Boolean`, not nullable.
    pub password_block_modification: rt::Field<bool>,
    /// Gets or sets the URL that the user will be sent to when they initiate a password change.
    ///
    /// CSDL: property `passwordChangeUrl`: `Edm.String`, nullable.
    pub password_change_url: rt::Field<::std::string::String>,
    /// Enables or disables password syncing. This won't affect users logged in with a mobile account on macOS.
    ///
    /// CSDL: property `passwordEnableLocalSync`: `Edm.Boolean`, not nullable.
    pub password_enable_local_sync: rt::Field<bool>,
    /// Overrides the default password expiration in days. For most domains, this value is calculated automatically.
    ///
    /// CSDL: property `passwordExpirationDays`: `Edm.Int32`, nullable.
    pub password_expiration_days: rt::Field<i32>,
    /// Gets or sets the number of days until the user is notified that their password will expire (default is 15).
    ///
    /// CSDL: property `passwordExpirationNotificationDays`: `Edm.Int32`, nullable.
    pub password_expiration_notification_days: rt::Field<i32>,
    /// Gets or sets the minimum number of days until a user can change their password again.
    ///
    /// CSDL: property `passwordMinimumAgeDays`: `Edm.Int32`, nullable.
    pub password_minimum_age_days: rt::Field<i32>,
    /// Gets or sets the minimum length of a password.
    ///
    /// CSDL: property `passwordMinimumLength`: `Edm.Int32`, nullable.
    pub password_minimum_length: rt::Field<i32>,
    /// Gets or sets the number of previous passwords to block.
    ///
    /// CSDL: property `passwordPreviousPasswordBlockCount`: `Edm.Int32`, nullable.
    pub password_previous_password_block_count: rt::Field<i32>,
    /// Enables or disables whether passwords must meet Active Directory's complexity requirements.
    ///
    /// CSDL: property `passwordRequireActiveDirectoryComplexity`: `Edm.Boolean`, not nullable.
    pub password_require_active_directory_complexity: rt::Field<bool>,
    /// Gets or sets a description of the password complexity requirements.
    ///
    /// CSDL: property `passwordRequirementsDescription`: `Edm.String`, nullable.
    pub password_requirements_description: rt::Field<::std::string::String>,
    /// Gets or sets the case-sensitive realm name for this profile.
    ///
    /// CSDL: property `realm`: `Edm.String`, not nullable.
    pub realm: rt::Field<::std::string::String>,
    /// Gets or sets whether to require authentication via Touch ID, Face ID, or a passcode to access the keychain entry.
    ///
    /// CSDL: property `requireUserPresence`: `Edm.Boolean`, not nullable.
    pub require_user_presence: rt::Field<bool>,
    /// Gets or sets the principle user name to use for this profile. The realm name does not need to be included.
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IosKerberosSingleSignOnExtension {
    #[inline]
    fn default() -> Self {
        Self {
            active_directory_site_code: rt::Field::Absent,
            block_active_directory_site_auto_discovery: rt::Field::Absent,
            block_automatic_login: rt::Field::Absent,
            cache_name: rt::Field::Absent,
            credential_bundle_id_access_control_list: rt::Field::Absent,
            domain_realms: rt::Field::Absent,
            domains: rt::Field::Absent,
            is_default_realm: rt::Field::Absent,
            password_block_modification: rt::Field::Absent,
            password_change_url: rt::Field::Absent,
            password_enable_local_sync: rt::Field::Absent,
            password_expiration_days: rt::Field::Absent,
            password_expiration_notification_days: rt::Field::Absent,
            password_minimum_age_days: rt::Field::Absent,
            password_minimum_length: rt::Field::Absent,
            password_previous_password_block_count: rt::Field::Absent,
            password_require_active_directory_complexity: rt::Field::Absent,
            password_requirements_description: rt::Field::Absent,
            realm: rt::Field::Absent,
            require_user_presence: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IosKerberosSingleSignOnExtension {
    const TYPE_NAME: &'static str = "microsoft.graph.iosKerberosSingleSignOnExtension";
    const KEYS: &'static [&'static str] = &[
        "activeDirectorySiteCode",
        "blockActiveDirectorySiteAutoDiscovery",
        "blockAutomaticLogin",
        "cacheName",
        "credentialBundleIdAccessControlList",
        "domainRealms",
        "domains",
        "isDefaultRealm",
        "passwordBlockModification",
        "passwordChangeUrl",
        "passwordEnableLocalSync",
        "passwordExpirationDays",
        "passwordExpirationNotificationDays",
        "passwordMinimumAgeDays",
        "passwordMinimumLength",
        "passwordPreviousPasswordBlockCount",
        "passwordRequireActiveDirectoryComplexity",
        "passwordRequirementsDescription",
        "realm",
        "requireUserPresence",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"activeDirectorySiteCode\":      ",
        ",\"blockActiveDirectorySiteAutoDiscovery\":",
        ",\"blockAutomaticLogin\":          ",
        ",\"cacheName\":                    ",
        ",\"credentialBundleIdAccessControlList\":",
        ",\"domainRealms\":                 ",
        ",\"domains\":                      ",
        ",\"isDefaultRealm\":               ",
        ",\"passwordBlockModification\":    ",
        ",\"passwordChangeUrl\":            ",
        ",\"passwordEnableLocalSync\":      ",
        ",\"passwordExpirationDays\":       ",
        ",\"passwordExpirationNotificationDays\":",
        ",\"passwordMinimumAgeDays\":       ",
        ",\"passwordMinimumLength\":        ",
        ",\"passwordPreviousPasswordBlockCount\":",
        ",\"passwordRequireActiveDirectoryComplexity\":",
        ",\"passwordRequirementsDescription\":",
        ",\"realm\":                        ",
        ",\"requireUserPresence\":          ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosKerberosSingleSignOnExtension\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "active_directory_site_code", &self.active_directory_site_code);
        v.field(
            1usize,
            "block_active_directory_site_auto_discovery",
            &self.block_active_directory_site_auto_discovery,
        );
        v.field(2usize, "block_automatic_login", &self.block_automatic_login);
        v.field(3usize, "cache_name", &self.cache_name);
        v.field(
            4usize,
            "credential_bundle_id_access_control_list",
            &self.credential_bundle_id_access_control_list,
        );
        v.field(5usize, "domain_realms", &self.domain_realms);
        v.field(6usize, "domains", &self.domains);
        v.field(7usize, "is_default_realm", &self.is_default_realm);
        v.field(
            8usize,
            "password_block_modification",
            &self.password_block_modification,
        );
        v.field(9usize, "password_change_url", &self.password_change_url);
        v.field(10usize, "password_enable_local_sync", &self.password_enable_local_sync);
        v.field(11usize, "password_expiration_days", &self.password_expiration_days);
        v.field(
            12usize,
            "password_expiration_notification_days",
            &self.password_expiration_notification_days,
        );
        v.field(13usize, "password_minimum_age_days", &self.password_minimum_age_days);
        v.field(14usize, "password_minimum_length", &self.password_minimum_length);
        v.field(
            15usize,
            "password_previous_password_block_count",
            &self.password_previous_password_block_count,
        );
        v.field(
            16usize,
            "password_require_active_directory_complexity",
            &self.password_require_active_directory_complexity,
        );
        v.field(
            17usize,
            "password_requirements_description",
            &self.password_requirements_description,
        );
        v.field(18usize, "realm", &self.realm);
        v.field(19usize, "require_user_presence", &self.require_user_presence);
        v.field(20usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IosKerberosSingleSignOnExtension {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.active_directory_site_code.read_from(r),
            1usize => self.block_active_directory_site_auto_discovery.read_from(r),
            2usize => self.block_automatic_login.read_from(r),
            3usize => self.cache_name.read_from(r),
            4usize => self.credential_bundle_id_access_control_list.read_from(r),
            5usize => self.domain_realms.read_from(r),
            6usize => self.domains.read_from(r),
            7usize => self.is_default_realm.read_from(r),
            8usize => self.password_block_modification.read_from(r),
            9usize => self.password_change_url.read_from(r),
            10usize => self.password_enable_local_sync.read_from(r),
            11usize => self.password_expiration_days.read_from(r),
            12usize => self.password_expiration_notification_days.read_from(r),
            13usize => self.password_minimum_age_days.read_from(r),
            14usize => self.password_minimum_length.read_from(r),
            15usize => self.password_previous_password_block_count.read_from(r),
            16usize => self.password_require_active_directory_complexity.read_from(r),
            17usize => self.password_requirements_description.read_from(r),
            18usize => self.realm.read_from(r),
            19usize => self.require_user_presence.read_from(r),
            20usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.active_directory_site_code);
        w.field(1usize, &self.block_active_directory_site_auto_discovery);
        w.field(2usize, &self.block_automatic_login);
        w.field(3usize, &self.cache_name);
        w.field(4usize, &self.credential_bundle_id_access_control_list);
        w.field(5usize, &self.domain_realms);
        w.field(6usize, &self.domains);
        w.field(7usize, &self.is_default_realm);
        w.field(8usize, &self.password_block_modification);
        w.field(9usize, &self.password_change_url);
        w.field(10usize, &self.password_enable_local_sync);
        w.field(11usize, &self.password_expiration_days);
        w.field(12usize, &self.password_expiration_notification_days);
        w.field(13usize, &self.password_minimum_age_days);
        w.field(14usize, &self.password_minimum_length);
        w.field(15usize, &self.password_previous_password_block_count);
        w.field(16usize, &self.password_require_active_directory_complexity);
        w.field(17usize, &self.password_requirements_description);
        w.field(18usize, &self.realm);
        w.field(19usize, &self.require_user_presence);
        w.field(20usize, &self.user_principal_name);
    }
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
rt::impl_object!(IosKerberosSingleSignOnExtension);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosKerberosSingleSignOnExtension { with_active_directory_site_code
    active_directory_site_code : ::std::string::String;
    with_block_active_directory_site_auto_discovery
    block_active_directory_site_auto_discovery : bool; with_block_automatic_login
    block_automatic_login : bool; with_cache_name cache_name : ::std::string::String;
    with_credential_bundle_id_access_control_list
    credential_bundle_id_access_control_list : ::std::vec::Vec < ::std::string::String >;
    with_domain_realms domain_realms : ::std::vec::Vec < ::std::string::String >;
    with_domains domains : ::std::vec::Vec < ::std::string::String >;
    with_is_default_realm is_default_realm : bool; with_password_block_modification
    password_block_modification : bool; with_password_change_url password_change_url :
    ::std::string::String; with_password_enable_local_sync password_enable_local_sync :
    bool; with_password_expiration_days password_expiration_days : i32;
    with_password_expiration_notification_days password_expiration_notification_days :
    i32; with_password_minimum_age_days password_minimum_age_days : i32;
    with_password_minimum_length password_minimum_length : i32;
    with_password_previous_password_block_count password_previous_password_block_count :
    i32; with_password_require_active_directory_complexity
    password_require_active_directory_complexity : bool;
    with_password_requirements_description password_requirements_description :
    ::std::string::String; with_realm realm : ::std::string::String;
    with_require_user_presence require_user_presence : bool; with_user_principal_name
    user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosKerberosSingleSignOnExtension);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents a Redirect-type Single Sign-On extension profile for iOS devices.
///
/// CSDL: `microsoft.graph.iosRedirectSingleSignOnExtension`, complex type, derived from `microsoft.graph.iosSingleSignOnExtension`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosRedirectSingleSignOnExtension {
    /// Gets or sets a list of typed key-value pairs used to configure Credential-type profiles. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `configurations`: `Collection(microsoft.graph.keyTypedValuePair)`, nullable.
    pub configurations: rt::Field<::std::vec::Vec<crate::beta::AnyKeyTypedValuePair>>,
    /// Gets or sets the bundle ID of the app extension that performs SSO for the specified URLs.
    ///
    /// CSDL: property `extensionIdentifier`: `Edm.String`, not nullable.
    pub extension_identifier: rt::Field<::std::string::String>,
    /// Gets or sets the team ID of the app extension that performs SSO for the specified URLs.
    ///
    /// CSDL: property `teamIdentifier`: `Edm.String`, nullable.
    pub team_identifier: rt::Field<::std::string::String>,
    /// One or more URL prefixes of identity providers on whose behalf the app extension performs single sign-on. URLs must begin with http:// or https://. All URL prefixes must be unique for all profiles.
    ///
    /// CSDL: property `urlPrefixes`: `Collection(Edm.String)`, nullable.
    pub url_prefixes: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IosRedirectSingleSignOnExtension {
    #[inline]
    fn default() -> Self {
        Self {
            configurations: rt::Field::Absent,
            extension_identifier: rt::Field::Absent,
            team_identifier: rt::Field::Absent,
            url_prefixes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IosRedirectSingleSignOnExtension {
    const TYPE_NAME: &'static str = "microsoft.graph.iosRedirectSingleSignOnExtension";
    const KEYS: &'static [&'static str] = &[
        "configurations",
        "extensionIdentifier",
        "teamIdentifier",
        "urlPrefixes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"configurations\":               ",
        ",\"extensionIdentifier\":          ",
        ",\"teamIdentifier\":               ",
        ",\"urlPrefixes\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosRedirectSingleSignOnExtension\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "configurations", &self.configurations);
        v.field(1usize, "extension_identifier", &self.extension_identifier);
        v.field(2usize, "team_identifier", &self.team_identifier);
        v.field(3usize, "url_prefixes", &self.url_prefixes);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IosRedirectSingleSignOnExtension {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.configurations.read_from(r),
            1usize => self.extension_identifier.read_from(r),
            2usize => self.team_identifier.read_from(r),
            3usize => self.url_prefixes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.configurations);
        w.field(1usize, &self.extension_identifier);
        w.field(2usize, &self.team_identifier);
        w.field(3usize, &self.url_prefixes);
    }
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
rt::impl_object!(IosRedirectSingleSignOnExtension);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosRedirectSingleSignOnExtension { with_configurations configurations :
    ::std::vec::Vec < crate ::beta::AnyKeyTypedValuePair >; with_extension_identifier
    extension_identifier : ::std::string::String; with_team_identifier team_identifier :
    ::std::string::String; with_url_prefixes url_prefixes : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosRedirectSingleSignOnExtension);
#[cfg(msgraph_beta_device_management_or_search)]
/// An abstract base class for all iOS-specific single sign-on extension types.
///
/// CSDL: `microsoft.graph.iosSingleSignOnExtension`, complex type, derived from `microsoft.graph.singleSignOnExtension`, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosSingleSignOnExtension {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IosSingleSignOnExtension {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IosSingleSignOnExtension {
    const TYPE_NAME: &'static str = "microsoft.graph.iosSingleSignOnExtension";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.iosSingleSignOnExtension\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IosSingleSignOnExtension {
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
rt::impl_object!(IosSingleSignOnExtension);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosSingleSignOnExtension);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.iosSingleSignOnExtension` or any type derived from it, selected by `@odata.type` (5 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyIosSingleSignOnExtension {
    IosSingleSignOnExtension(::std::boxed::Box<crate::beta::IosSingleSignOnExtension>),
    IosAzureAdSingleSignOnExtension(
        ::std::boxed::Box<crate::beta::IosAzureAdSingleSignOnExtension>,
    ),
    IosCredentialSingleSignOnExtension(
        ::std::boxed::Box<crate::beta::IosCredentialSingleSignOnExtension>,
    ),
    IosKerberosSingleSignOnExtension(
        ::std::boxed::Box<crate::beta::IosKerberosSingleSignOnExtension>,
    ),
    IosRedirectSingleSignOnExtension(
        ::std::boxed::Box<crate::beta::IosRedirectSingleSignOnExtension>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyIosSingleSignOnExtension {
    #[inline]
    fn default() -> Self {
        Self::IosSingleSignOnExtension(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosSingleSignOnExtension>
for AnyIosSingleSignOnExtension {
    #[inline]
    fn from(v: crate::beta::IosSingleSignOnExtension) -> Self {
        Self::IosSingleSignOnExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosAzureAdSingleSignOnExtension>
for AnyIosSingleSignOnExtension {
    #[inline]
    fn from(v: crate::beta::IosAzureAdSingleSignOnExtension) -> Self {
        Self::IosAzureAdSingleSignOnExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosCredentialSingleSignOnExtension>
for AnyIosSingleSignOnExtension {
    #[inline]
    fn from(v: crate::beta::IosCredentialSingleSignOnExtension) -> Self {
        Self::IosCredentialSingleSignOnExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosKerberosSingleSignOnExtension>
for AnyIosSingleSignOnExtension {
    #[inline]
    fn from(v: crate::beta::IosKerberosSingleSignOnExtension) -> Self {
        Self::IosKerberosSingleSignOnExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosRedirectSingleSignOnExtension>
for AnyIosSingleSignOnExtension {
    #[inline]
    fn from(v: crate::beta::IosRedirectSingleSignOnExtension) -> Self {
        Self::IosRedirectSingleSignOnExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyIosSingleSignOnExtension {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyIosSingleSignOnExtension {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyIosSingleSignOnExtension {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyIosSingleSignOnExtension {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyIosSingleSignOnExtension {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::IosSingleSignOnExtension>();
    rt::object::auto_traits::<crate::beta::IosAzureAdSingleSignOnExtension>();
    rt::object::auto_traits::<crate::beta::IosCredentialSingleSignOnExtension>();
    rt::object::auto_traits::<crate::beta::IosKerberosSingleSignOnExtension>();
    rt::object::auto_traits::<crate::beta::IosRedirectSingleSignOnExtension>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyIosSingleSignOnExtension {
    const BASE_NAME: &'static str = "microsoft.graph.iosSingleSignOnExtension";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.iosAzureAdSingleSignOnExtension",
            ) => Self::IosAzureAdSingleSignOnExtension(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.iosCredentialSingleSignOnExtension",
            ) => Self::IosCredentialSingleSignOnExtension(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.iosKerberosSingleSignOnExtension",
            ) => Self::IosKerberosSingleSignOnExtension(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.iosRedirectSingleSignOnExtension",
            ) => Self::IosRedirectSingleSignOnExtension(rt::object::new_boxed()),
            _ => Self::IosSingleSignOnExtension(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::IosSingleSignOnExtension(v) => &**v,
            Self::IosAzureAdSingleSignOnExtension(v) => &**v,
            Self::IosCredentialSingleSignOnExtension(v) => &**v,
            Self::IosKerberosSingleSignOnExtension(v) => &**v,
            Self::IosRedirectSingleSignOnExtension(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::IosSingleSignOnExtension(v) => &mut **v,
            Self::IosAzureAdSingleSignOnExtension(v) => &mut **v,
            Self::IosCredentialSingleSignOnExtension(v) => &mut **v,
            Self::IosKerberosSingleSignOnExtension(v) => &mut **v,
            Self::IosRedirectSingleSignOnExtension(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyIosSingleSignOnExtension {
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
rt::impl_poly!(AnyIosSingleSignOnExtension);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyIosSingleSignOnExtension);
#[cfg(msgraph_beta_device_management_or_search)]
/// iOS Kerberos authentication settings for single sign-on
///
/// CSDL: `microsoft.graph.iosSingleSignOnSettings`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosSingleSignOnSettings {
    /// List of app identifiers that are allowed to use this login. If this field is omitted, the login applies to all applications on the device. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `allowedAppsList`: `Collection(microsoft.graph.appListItem)`, nullable.
    pub allowed_apps_list: rt::Field<::std::vec::Vec<crate::beta::AnyAppListItem>>,
    /// List of HTTP URLs that must be matched in order to use this login. With iOS 9.0 or later, a wildcard characters may be used.
    ///
    /// CSDL: property `allowedUrls`: `Collection(Edm.String)`, nullable.
    pub allowed_urls: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The display name of login settings shown on the receiving device.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// A Kerberos principal name. If not provided, the user is prompted for one during profile installation.
    ///
    /// CSDL: property `kerberosPrincipalName`: `Edm.String`, nullable.
    pub kerberos_principal_name: rt::Field<::std::string::String>,
    /// A Kerberos realm name. Case sensitive.
    ///
    /// CSDL: property `kerberosRealm`: `Edm.String`, nullable.
    pub kerberos_realm: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IosSingleSignOnSettings {
    #[inline]
    fn default() -> Self {
        Self {
            allowed_apps_list: rt::Field::Absent,
            allowed_urls: rt::Field::Absent,
            display_name: rt::Field::Absent,
            kerberos_principal_name: rt::Field::Absent,
            kerberos_realm: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IosSingleSignOnSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.iosSingleSignOnSettings";
    const KEYS: &'static [&'static str] = &[
        "allowedAppsList",
        "allowedUrls",
        "displayName",
        "kerberosPrincipalName",
        "kerberosRealm",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowedAppsList\":              ",
        ",\"allowedUrls\":                  ",
        ",\"displayName\":                  ",
        ",\"kerberosPrincipalName\":        ",
        ",\"kerberosRealm\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosSingleSignOnSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allowed_apps_list", &self.allowed_apps_list);
        v.field(1usize, "allowed_urls", &self.allowed_urls);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "kerberos_principal_name", &self.kerberos_principal_name);
        v.field(4usize, "kerberos_realm", &self.kerberos_realm);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IosSingleSignOnSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allowed_apps_list.read_from(r),
            1usize => self.allowed_urls.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.kerberos_principal_name.read_from(r),
            4usize => self.kerberos_realm.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allowed_apps_list);
        w.field(1usize, &self.allowed_urls);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.kerberos_principal_name);
        w.field(4usize, &self.kerberos_realm);
    }
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
rt::impl_object!(IosSingleSignOnSettings);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosSingleSignOnSettings { with_allowed_apps_list allowed_apps_list : ::std::vec::Vec
    < crate ::beta::AnyAppListItem >; with_allowed_urls allowed_urls : ::std::vec::Vec <
    ::std::string::String >; with_display_name display_name : ::std::string::String;
    with_kerberos_principal_name kerberos_principal_name : ::std::string::String;
    with_kerberos_realm kerberos_realm : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosSingleSignOnSettings);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.iosSoftwareUpdateScheduleType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum IosSoftwareUpdateScheduleType {
    /// `updateOutsideOfActiveHours` (value 0).
    UpdateOutsideOfActiveHours,
    /// `alwaysUpdate` (value 1).
    AlwaysUpdate,
    /// `updateDuringTimeWindows` (value 2).
    UpdateDuringTimeWindows,
    /// `updateOutsideOfTimeWindows` (value 3).
    UpdateOutsideOfTimeWindows,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for IosSoftwareUpdateScheduleType {
    const TYPE_NAME: &'static str = "microsoft.graph.iosSoftwareUpdateScheduleType";
    const MEMBERS: &'static [&'static str] = &[
        "updateOutsideOfActiveHours",
        "alwaysUpdate",
        "updateDuringTimeWindows",
        "updateOutsideOfTimeWindows",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "updateOutsideOfActiveHours" => Self::UpdateOutsideOfActiveHours,
                "alwaysUpdate" => Self::AlwaysUpdate,
                "updateDuringTimeWindows" => Self::UpdateDuringTimeWindows,
                "updateOutsideOfTimeWindows" => Self::UpdateOutsideOfTimeWindows,
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
            Self::UpdateOutsideOfActiveHours => "updateOutsideOfActiveHours",
            Self::AlwaysUpdate => "alwaysUpdate",
            Self::UpdateDuringTimeWindows => "updateDuringTimeWindows",
            Self::UpdateOutsideOfTimeWindows => "updateOutsideOfTimeWindows",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(IosSoftwareUpdateScheduleType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosSoftwareUpdateScheduleType);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents an iOS Web Content Filter setting type, which enables iOS automatic filter feature and allows for additional URL access control. When constructed with no property values, the iOS device will enable the automatic filter regardless.
///
/// CSDL: `microsoft.graph.iosWebContentFilterAutoFilter`, complex type, derived from `microsoft.graph.iosWebContentFilterBase`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosWebContentFilterAutoFilter {
    /// Additional URLs allowed for access
    ///
    /// CSDL: property `allowedUrls`: `Collection(Edm.String)`, nullable.
    pub allowed_urls: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Additional URLs blocked for access
    ///
    /// CSDL: property `blockedUrls`: `Collection(Edm.String)`, nullable.
    pub blocked_urls: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IosWebContentFilterAutoFilter {
    #[inline]
    fn default() -> Self {
        Self {
            allowed_urls: rt::Field::Absent,
            blocked_urls: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IosWebContentFilterAutoFilter {
    const TYPE_NAME: &'static str = "microsoft.graph.iosWebContentFilterAutoFilter";
    const KEYS: &'static [&'static str] = &["allowedUrls", "blockedUrls"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowedUrls\":                  ",
        ",\"blockedUrls\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosWebContentFilterAutoFilter\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allowed_urls", &self.allowed_urls);
        v.field(1usize, "blocked_urls", &self.blocked_urls);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IosWebContentFilterAutoFilter {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allowed_urls.read_from(r),
            1usize => self.blocked_urls.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allowed_urls);
        w.field(1usize, &self.blocked_urls);
    }
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
rt::impl_object!(IosWebContentFilterAutoFilter);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosWebContentFilterAutoFilter { with_allowed_urls allowed_urls : ::std::vec::Vec <
    ::std::string::String >; with_blocked_urls blocked_urls : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosWebContentFilterAutoFilter);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents an iOS Web Content Filter setting base type. An empty and abstract base. Caller should use one of derived types for configurations.
///
/// CSDL: `microsoft.graph.iosWebContentFilterBase`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosWebContentFilterBase {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IosWebContentFilterBase {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IosWebContentFilterBase {
    const TYPE_NAME: &'static str = "microsoft.graph.iosWebContentFilterBase";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.iosWebContentFilterBase\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IosWebContentFilterBase {
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
rt::impl_object!(IosWebContentFilterBase);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosWebContentFilterBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.iosWebContentFilterBase` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyIosWebContentFilterBase {
    IosWebContentFilterBase(::std::boxed::Box<crate::beta::IosWebContentFilterBase>),
    IosWebContentFilterAutoFilter(
        ::std::boxed::Box<crate::beta::IosWebContentFilterAutoFilter>,
    ),
    IosWebContentFilterSpecificWebsitesAccess(
        ::std::boxed::Box<crate::beta::IosWebContentFilterSpecificWebsitesAccess>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyIosWebContentFilterBase {
    #[inline]
    fn default() -> Self {
        Self::IosWebContentFilterBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosWebContentFilterBase>
for AnyIosWebContentFilterBase {
    #[inline]
    fn from(v: crate::beta::IosWebContentFilterBase) -> Self {
        Self::IosWebContentFilterBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosWebContentFilterAutoFilter>
for AnyIosWebContentFilterBase {
    #[inline]
    fn from(v: crate::beta::IosWebContentFilterAutoFilter) -> Self {
        Self::IosWebContentFilterAutoFilter(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosWebContentFilterSpecificWebsitesAccess>
for AnyIosWebContentFilterBase {
    #[inline]
    fn from(v: crate::beta::IosWebContentFilterSpecificWebsitesAccess) -> Self {
        Self::IosWebContentFilterSpecificWebsitesAccess(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyIosWebContentFilterBase {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyIosWebContentFilterBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyIosWebContentFilterBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyIosWebContentFilterBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyIosWebContentFilterBase {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::IosWebContentFilterBase>();
    rt::object::auto_traits::<crate::beta::IosWebContentFilterAutoFilter>();
    rt::object::auto_traits::<crate::beta::IosWebContentFilterSpecificWebsitesAccess>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyIosWebContentFilterBase {
    const BASE_NAME: &'static str = "microsoft.graph.iosWebContentFilterBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.iosWebContentFilterAutoFilter",
            ) => Self::IosWebContentFilterAutoFilter(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.iosWebContentFilterSpecificWebsitesAccess",
            ) => Self::IosWebContentFilterSpecificWebsitesAccess(rt::object::new_boxed()),
            _ => Self::IosWebContentFilterBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::IosWebContentFilterBase(v) => &**v,
            Self::IosWebContentFilterAutoFilter(v) => &**v,
            Self::IosWebContentFilterSpecificWebsitesAccess(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::IosWebContentFilterBase(v) => &mut **v,
            Self::IosWebContentFilterAutoFilter(v) => &mut **v,
            Self::IosWebContentFilterSpecificWebsitesAccess(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyIosWebContentFilterBase {
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
rt::impl_poly!(AnyIosWebContentFilterBase);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyIosWebContentFilterBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents an iOS Web Content Filter setting type, which installs URL bookmarks into iOS built-in browser. An example scenario is in the classroom where teachers would like the students to navigate websites through browser bookmarks configured on their iOS devices, and no access to other sites.
///
/// CSDL: `microsoft.graph.iosWebContentFilterSpecificWebsitesAccess`, complex type, derived from `microsoft.graph.iosWebContentFilterBase`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosWebContentFilterSpecificWebsitesAccess {
    /// URL bookmarks which will be installed into built-in browser and user is only allowed to access websites through bookmarks. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `specificWebsitesOnly`: `Collection(microsoft.graph.iosBookmark)`, nullable.
    pub specific_websites_only: rt::Field<::std::vec::Vec<crate::beta::IosBookmark>>,
    /// URL bookmarks which will be installed into built-in browser and user is only allowed to access websites through bookmarks. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `websiteList`: `Collection(microsoft.graph.iosBookmark)`, nullable.
    pub website_list: rt::Field<::std::vec::Vec<crate::beta::IosBookmark>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IosWebContentFilterSpecificWebsitesAccess {
    #[inline]
    fn default() -> Self {
        Self {
            specific_websites_only: rt::Field::Absent,
            website_list: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IosWebContentFilterSpecificWebsitesAccess {
    const TYPE_NAME: &'static str = "microsoft.graph.iosWebContentFilterSpecificWebsitesAccess";
    const KEYS: &'static [&'static str] = &["specificWebsitesOnly", "websiteList"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"specificWebsitesOnly\":         ",
        ",\"websiteList\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosWebContentFilterSpecificWebsitesAccess\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "specific_websites_only", &self.specific_websites_only);
        v.field(1usize, "website_list", &self.website_list);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IosWebContentFilterSpecificWebsitesAccess {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.specific_websites_only.read_from(r),
            1usize => self.website_list.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.specific_websites_only);
        w.field(1usize, &self.website_list);
    }
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
rt::impl_object!(IosWebContentFilterSpecificWebsitesAccess);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosWebContentFilterSpecificWebsitesAccess { with_specific_websites_only
    specific_websites_only : ::std::vec::Vec < crate ::beta::IosBookmark >;
    with_website_list website_list : ::std::vec::Vec < crate ::beta::IosBookmark >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosWebContentFilterSpecificWebsitesAccess);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.ipCategory`, complex type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct IpCategory {
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `vendor`: `Edm.String`, nullable.
    pub vendor: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for IpCategory {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            name: rt::Field::Absent,
            vendor: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for IpCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.ipCategory";
    const KEYS: &'static [&'static str] = &["description", "name", "vendor"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"name\":                         ",
        ",\"vendor\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.ipCategory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "name", &self.name);
        v.field(2usize, "vendor", &self.vendor);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for IpCategory {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.name.read_from(r),
            2usize => self.vendor.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.name);
        w.field(2usize, &self.vendor);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_search_or_security)]
rt::impl_object!(IpCategory);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    IpCategory { with_description description : ::std::string::String; with_name name :
    ::std::string::String; with_vendor vendor : ::std::string::String; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(IpCategory);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.ipReferenceData`, complex type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct IpReferenceData {
    /// CSDL: property `asn`: `Edm.Int64`, nullable.
    pub asn: rt::Field<i64>,
    /// CSDL: property `city`: `Edm.String`, nullable.
    pub city: rt::Field<::std::string::String>,
    /// CSDL: property `countryOrRegionCode`: `Edm.String`, nullable.
    pub country_or_region_code: rt::Field<::std::string::String>,
    /// CSDL: property `organization`: `Edm.String`, nullable.
    pub organization: rt::Field<::std::string::String>,
    /// CSDL: property `state`: `Edm.String`, nullable.
    pub state: rt::Field<::std::string::String>,
    /// CSDL: property `vendor`: `Edm.String`, nullable.
    pub vendor: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for IpReferenceData {
    #[inline]
    fn default() -> Self {
        Self {
            asn: rt::Field::Absent,
            city: rt::Field::Absent,
            country_or_region_code: rt::Field::Absent,
            organization: rt::Field::Absent,
            state: rt::Field::Absent,
            vendor: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for IpReferenceData {
    const TYPE_NAME: &'static str = "microsoft.graph.ipReferenceData";
    const KEYS: &'static [&'static str] = &[
        "asn",
        "city",
        "countryOrRegionCode",
        "organization",
        "state",
        "vendor",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"asn\":                          ",
        ",\"city\":                         ",
        ",\"countryOrRegionCode\":          ",
        ",\"organization\":                 ",
        ",\"state\":                        ",
        ",\"vendor\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.ipReferenceData\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "asn", &self.asn);
        v.field(1usize, "city", &self.city);
        v.field(2usize, "country_or_region_code", &self.country_or_region_code);
        v.field(3usize, "organization", &self.organization);
        v.field(4usize, "state", &self.state);
        v.field(5usize, "vendor", &self.vendor);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for IpReferenceData {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.asn.read_from(r),
            1usize => self.city.read_from(r),
            2usize => self.country_or_region_code.read_from(r),
            3usize => self.organization.read_from(r),
            4usize => self.state.read_from(r),
            5usize => self.vendor.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.asn);
        w.field(1usize, &self.city);
        w.field(2usize, &self.country_or_region_code);
        w.field(3usize, &self.organization);
        w.field(4usize, &self.state);
        w.field(5usize, &self.vendor);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_search_or_security)]
rt::impl_object!(IpReferenceData);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    IpReferenceData { with_asn asn : i64; with_city city : ::std::string::String;
    with_country_or_region_code country_or_region_code : ::std::string::String;
    with_organization organization : ::std::string::String; with_state state :
    ::std::string::String; with_vendor vendor : ::std::string::String; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(IpReferenceData);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.ipSecurityProfile`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`IpSecurityProfilePath`](requests/trait.IpSecurityProfilePath.html), what a path to one (`EntityPath<IpSecurityProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct IpSecurityProfile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `activityGroupNames`: `Collection(Edm.String)`, nullable.
    pub activity_group_names: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `address`: `Edm.String`, nullable.
    pub address: rt::Field<::std::string::String>,
    /// CSDL: property `azureSubscriptionId`: `Edm.String`, nullable.
    pub azure_subscription_id: rt::Field<::std::string::String>,
    /// CSDL: property `azureTenantId`: `Edm.String`, not nullable.
    pub azure_tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `countHits`: `Edm.Int32`, nullable.
    pub count_hits: rt::Field<i32>,
    /// CSDL: property `countHosts`: `Edm.Int32`, nullable.
    pub count_hosts: rt::Field<i32>,
    /// CSDL: property `firstSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub first_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `ipCategories`: `Collection(microsoft.graph.ipCategory)`, nullable.
    pub ip_categories: rt::Field<::std::vec::Vec<crate::beta::IpCategory>>,
    /// CSDL: property `ipReferenceData`: `Collection(microsoft.graph.ipReferenceData)`, nullable.
    pub ip_reference_data: rt::Field<::std::vec::Vec<crate::beta::IpReferenceData>>,
    /// CSDL: property `lastSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `riskScore`: `Edm.String`, nullable.
    pub risk_score: rt::Field<::std::string::String>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `vendorInformation`: `microsoft.graph.securityVendorInformation`, nullable.
    pub vendor_information: rt::Field<crate::beta::SecurityVendorInformation>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for IpSecurityProfile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            activity_group_names: rt::Field::Absent,
            address: rt::Field::Absent,
            azure_subscription_id: rt::Field::Absent,
            azure_tenant_id: rt::Field::Absent,
            count_hits: rt::Field::Absent,
            count_hosts: rt::Field::Absent,
            first_seen_date_time: rt::Field::Absent,
            ip_categories: rt::Field::Absent,
            ip_reference_data: rt::Field::Absent,
            last_seen_date_time: rt::Field::Absent,
            risk_score: rt::Field::Absent,
            tags: rt::Field::Absent,
            vendor_information: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for IpSecurityProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.ipSecurityProfile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activityGroupNames",
        "address",
        "azureSubscriptionId",
        "azureTenantId",
        "countHits",
        "countHosts",
        "firstSeenDateTime",
        "ipCategories",
        "ipReferenceData",
        "lastSeenDateTime",
        "riskScore",
        "tags",
        "vendorInformation",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activityGroupNames\":           ",
        ",\"address\":                      ",
        ",\"azureSubscriptionId\":          ",
        ",\"azureTenantId\":                ",
        ",\"countHits\":                    ",
        ",\"countHosts\":                   ",
        ",\"firstSeenDateTime\":            ",
        ",\"ipCategories\":                 ",
        ",\"ipReferenceData\":              ",
        ",\"lastSeenDateTime\":             ",
        ",\"riskScore\":                    ",
        ",\"tags\":                         ",
        ",\"vendorInformation\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.ipSecurityProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "activity_group_names", &self.activity_group_names);
        v.field(2usize, "address", &self.address);
        v.field(3usize, "azure_subscription_id", &self.azure_subscription_id);
        v.field(4usize, "azure_tenant_id", &self.azure_tenant_id);
        v.field(5usize, "count_hits", &self.count_hits);
        v.field(6usize, "count_hosts", &self.count_hosts);
        v.field(7usize, "first_seen_date_time", &self.first_seen_date_time);
        v.field(8usize, "ip_categories", &self.ip_categories);
        v.field(9usize, "ip_reference_data", &self.ip_reference_data);
        v.field(10usize, "last_seen_date_time", &self.last_seen_date_time);
        v.field(11usize, "risk_score", &self.risk_score);
        v.field(12usize, "tags", &self.tags);
        v.field(13usize, "vendor_information", &self.vendor_information);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for IpSecurityProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.activity_group_names.read_from(r),
            2usize => self.address.read_from(r),
            3usize => self.azure_subscription_id.read_from(r),
            4usize => self.azure_tenant_id.read_from(r),
            5usize => self.count_hits.read_from(r),
            6usize => self.count_hosts.read_from(r),
            7usize => self.first_seen_date_time.read_from(r),
            8usize => self.ip_categories.read_from(r),
            9usize => self.ip_reference_data.read_from(r),
            10usize => self.last_seen_date_time.read_from(r),
            11usize => self.risk_score.read_from(r),
            12usize => self.tags.read_from(r),
            13usize => self.vendor_information.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.activity_group_names);
        w.field(2usize, &self.address);
        w.field(3usize, &self.azure_subscription_id);
        w.field(4usize, &self.azure_tenant_id);
        w.field(5usize, &self.count_hits);
        w.field(6usize, &self.count_hosts);
        w.field(7usize, &self.first_seen_date_time);
        w.field(8usize, &self.ip_categories);
        w.field(9usize, &self.ip_reference_data);
        w.field(10usize, &self.last_seen_date_time);
        w.field(11usize, &self.risk_score);
        w.field(12usize, &self.tags);
        w.field(13usize, &self.vendor_information);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_search_or_security)]
rt::impl_object!(IpSecurityProfile);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    IpSecurityProfile { with_id id : ::std::string::String; with_activity_group_names
    activity_group_names : ::std::vec::Vec < ::std::string::String >; with_address
    address : ::std::string::String; with_azure_subscription_id azure_subscription_id :
    ::std::string::String; with_azure_tenant_id azure_tenant_id : ::std::string::String;
    with_count_hits count_hits : i32; with_count_hosts count_hosts : i32;
    with_first_seen_date_time first_seen_date_time : rt::edm::DateTimeOffset;
    with_ip_categories ip_categories : ::std::vec::Vec < crate ::beta::IpCategory >;
    with_ip_reference_data ip_reference_data : ::std::vec::Vec < crate
    ::beta::IpReferenceData >; with_last_seen_date_time last_seen_date_time :
    rt::edm::DateTimeOffset; with_risk_score risk_score : ::std::string::String;
    with_tags tags : ::std::vec::Vec < ::std::string::String >; with_vendor_information
    vendor_information : crate ::beta::SecurityVendorInformation; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(IpSecurityProfile);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.item`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ItemPath`](requests/trait.ItemPath.html), what a path to one (`EntityPath<Item, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct Item {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `baseUnitOfMeasureId`: `Edm.Guid`, nullable.
    pub base_unit_of_measure_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `blocked`: `Edm.Boolean`, nullable.
    pub blocked: rt::Field<bool>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `gtin`: `Edm.String`, nullable.
    pub gtin: rt::Field<::std::string::String>,
    /// CSDL: property `inventory`: `Edm.Decimal`, nullable.
    pub inventory: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `itemCategoryCode`: `Edm.String`, nullable.
    pub item_category_code: rt::Field<::std::string::String>,
    /// CSDL: property `itemCategoryId`: `Edm.Guid`, nullable.
    pub item_category_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `number`: `Edm.String`, nullable.
    pub number: rt::Field<::std::string::String>,
    /// CSDL: property `priceIncludesTax`: `Edm.Boolean`, nullable.
    pub price_includes_tax: rt::Field<bool>,
    /// CSDL: property `taxGroupCode`: `Edm.String`, nullable.
    pub tax_group_code: rt::Field<::std::string::String>,
    /// CSDL: property `taxGroupId`: `Edm.Guid`, nullable.
    pub tax_group_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `unitCost`: `Edm.Decimal`, nullable.
    pub unit_cost: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `unitPrice`: `Edm.Decimal`, nullable.
    pub unit_price: rt::Field<rt::edm::Decimal>,
    /// CSDL: containment navigation property `itemCategory`: `microsoft.graph.itemCategory`, nullable.
    pub item_category: rt::Field<crate::beta::ItemCategory>,
    /// CSDL: containment navigation property `picture`: `Collection(microsoft.graph.picture)`, not nullable.
    pub picture: rt::Field<::std::vec::Vec<crate::beta::Picture>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for Item {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            base_unit_of_measure_id: rt::Field::Absent,
            blocked: rt::Field::Absent,
            display_name: rt::Field::Absent,
            gtin: rt::Field::Absent,
            inventory: rt::Field::Absent,
            item_category_code: rt::Field::Absent,
            item_category_id: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            number: rt::Field::Absent,
            price_includes_tax: rt::Field::Absent,
            tax_group_code: rt::Field::Absent,
            tax_group_id: rt::Field::Absent,
            type_: rt::Field::Absent,
            unit_cost: rt::Field::Absent,
            unit_price: rt::Field::Absent,
            item_category: rt::Field::Absent,
            picture: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for Item {
    const TYPE_NAME: &'static str = "microsoft.graph.item";
    const KEYS: &'static [&'static str] = &[
        "id",
        "baseUnitOfMeasureId",
        "blocked",
        "displayName",
        "gtin",
        "inventory",
        "itemCategoryCode",
        "itemCategoryId",
        "lastModifiedDateTime",
        "number",
        "priceIncludesTax",
        "taxGroupCode",
        "taxGroupId",
        "type",
        "unitCost",
        "unitPrice",
        "itemCategory",
        "picture",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"baseUnitOfMeasureId\":          ",
        ",\"blocked\":                      ",
        ",\"displayName\":                  ",
        ",\"gtin\":                         ",
        ",\"inventory\":                    ",
        ",\"itemCategoryCode\":             ",
        ",\"itemCategoryId\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"number\":                       ",
        ",\"priceIncludesTax\":             ",
        ",\"taxGroupCode\":                 ",
        ",\"taxGroupId\":                   ",
        ",\"type\":                         ",
        ",\"unitCost\":                     ",
        ",\"unitPrice\":                    ",
        ",\"itemCategory\":                 ",
        ",\"picture\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.item\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "base_unit_of_measure_id", &self.base_unit_of_measure_id);
        v.field(2usize, "blocked", &self.blocked);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "gtin", &self.gtin);
        v.field(5usize, "inventory", &self.inventory);
        v.field(6usize, "item_category_code", &self.item_category_code);
        v.field(7usize, "item_category_id", &self.item_category_id);
        v.field(8usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(9usize, "number", &self.number);
        v.field(10usize, "price_includes_tax", &self.price_includes_tax);
        v.field(11usize, "tax_group_code", &self.tax_group_code);
        v.field(12usize, "tax_group_id", &self.tax_group_id);
        v.field(13usize, "type_", &self.type_);
        v.field(14usize, "unit_cost", &self.unit_cost);
        v.field(15usize, "unit_price", &self.unit_price);
        v.field(16usize, "item_category", &self.item_category);
        v.field(17usize, "picture", &self.picture);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for Item {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.base_unit_of_measure_id.read_from(r),
            2usize => self.blocked.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.gtin.read_from(r),
            5usize => self.inventory.read_from(r),
            6usize => self.item_category_code.read_from(r),
            7usize => self.item_category_id.read_from(r),
            8usize => self.last_modified_date_time.read_from(r),
            9usize => self.number.read_from(r),
            10usize => self.price_includes_tax.read_from(r),
            11usize => self.tax_group_code.read_from(r),
            12usize => self.tax_group_id.read_from(r),
            13usize => self.type_.read_from(r),
            14usize => self.unit_cost.read_from(r),
            15usize => self.unit_price.read_from(r),
            16usize => self.item_category.read_from(r),
            17usize => self.picture.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.base_unit_of_measure_id);
        w.field(2usize, &self.blocked);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.gtin);
        w.field(5usize, &self.inventory);
        w.field(6usize, &self.item_category_code);
        w.field(7usize, &self.item_category_id);
        w.field(8usize, &self.last_modified_date_time);
        w.field(9usize, &self.number);
        w.field(10usize, &self.price_includes_tax);
        w.field(11usize, &self.tax_group_code);
        w.field(12usize, &self.tax_group_id);
        w.field(13usize, &self.type_);
        w.field(14usize, &self.unit_cost);
        w.field(15usize, &self.unit_price);
        w.field(16usize, &self.item_category);
        w.field(17usize, &self.picture);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_object!(Item);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    Item { with_id id : ::std::string::String; with_base_unit_of_measure_id
    base_unit_of_measure_id : rt::edm::Guid; with_blocked blocked : bool;
    with_display_name display_name : ::std::string::String; with_gtin gtin :
    ::std::string::String; with_inventory inventory : rt::edm::Decimal;
    with_item_category_code item_category_code : ::std::string::String;
    with_item_category_id item_category_id : rt::edm::Guid; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_number number :
    ::std::string::String; with_price_includes_tax price_includes_tax : bool;
    with_tax_group_code tax_group_code : ::std::string::String; with_tax_group_id
    tax_group_id : rt::edm::Guid; with_type type_ : ::std::string::String; with_unit_cost
    unit_cost : rt::edm::Decimal; with_unit_price unit_price : rt::edm::Decimal;
    with_item_category item_category : crate ::beta::ItemCategory; with_picture picture :
    ::std::vec::Vec < crate ::beta::Picture >; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Item);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.itemActionStat`, complex type, open.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ItemActionStat {
    /// CSDL: property `actionCount`: `Edm.Int32`, nullable.
    pub action_count: rt::Field<i32>,
    /// CSDL: property `actorCount`: `Edm.Int32`, nullable.
    pub actor_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for ItemActionStat {
    #[inline]
    fn default() -> Self {
        Self {
            action_count: rt::Field::Absent,
            actor_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for ItemActionStat {
    const TYPE_NAME: &'static str = "microsoft.graph.itemActionStat";
    const KEYS: &'static [&'static str] = &["actionCount", "actorCount"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"actionCount\":                  ",
        ",\"actorCount\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.itemActionStat\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action_count", &self.action_count);
        v.field(1usize, "actor_count", &self.actor_count);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for ItemActionStat {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action_count.read_from(r),
            1usize => self.actor_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action_count);
        w.field(1usize, &self.actor_count);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(ItemActionStat);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    ItemActionStat { with_action_count action_count : i32; with_actor_count actor_count :
    i32; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(ItemActionStat);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.itemActivityTimeSet`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ItemActivityTimeSet {
    /// CSDL: property `lastRecordedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_recorded_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `observedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub observed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `recordedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub recorded_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for ItemActivityTimeSet {
    #[inline]
    fn default() -> Self {
        Self {
            last_recorded_date_time: rt::Field::Absent,
            observed_date_time: rt::Field::Absent,
            recorded_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for ItemActivityTimeSet {
    const TYPE_NAME: &'static str = "microsoft.graph.itemActivityTimeSet";
    const KEYS: &'static [&'static str] = &[
        "lastRecordedDateTime",
        "observedDateTime",
        "recordedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"lastRecordedDateTime\":         ",
        ",\"observedDateTime\":             ",
        ",\"recordedDateTime\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.itemActivityTimeSet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "last_recorded_date_time", &self.last_recorded_date_time);
        v.field(1usize, "observed_date_time", &self.observed_date_time);
        v.field(2usize, "recorded_date_time", &self.recorded_date_time);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for ItemActivityTimeSet {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.last_recorded_date_time.read_from(r),
            1usize => self.observed_date_time.read_from(r),
            2usize => self.recorded_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.last_recorded_date_time);
        w.field(1usize, &self.observed_date_time);
        w.field(2usize, &self.recorded_date_time);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(ItemActivityTimeSet);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    ItemActivityTimeSet { with_last_recorded_date_time last_recorded_date_time :
    rt::edm::DateTimeOffset; with_observed_date_time observed_date_time :
    rt::edm::DateTimeOffset; with_recorded_date_time recorded_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(ItemActivityTimeSet);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.itemAddress`, entity type, derived from `microsoft.graph.itemFacet`, key `id`.
///
/// Request builders: [`ItemAddressPath`](requests/trait.ItemAddressPath.html), what a path to one (`EntityPath<ItemAddress, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ItemAddress {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `allowedAudiences`: `microsoft.graph.allowedAudiences`, nullable.
    pub allowed_audiences: rt::Field<rt::Flags<crate::beta::AllowedAudiences>>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, not nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `inference`: `microsoft.graph.inferenceData`, nullable.
    pub inference: rt::Field<crate::beta::InferenceData>,
    /// CSDL: property `isSearchable`: `Edm.Boolean`, nullable.
    pub is_searchable: rt::Field<bool>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, not nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `source`: `microsoft.graph.personDataSources`, nullable.
    pub source: rt::Field<crate::beta::PersonDataSources>,
    /// CSDL: property `detail`: `microsoft.graph.physicalAddress`, not nullable.
    pub detail: rt::Field<crate::beta::PhysicalAddress>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `geoCoordinates`: `microsoft.graph.geoCoordinates`, nullable.
    pub geo_coordinates: rt::Field<crate::beta::GeoCoordinates>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ItemAddress {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            allowed_audiences: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            inference: rt::Field::Absent,
            is_searchable: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            source: rt::Field::Absent,
            detail: rt::Field::Absent,
            display_name: rt::Field::Absent,
            geo_coordinates: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ItemAddress {
    const TYPE_NAME: &'static str = "microsoft.graph.itemAddress";
    const KEYS: &'static [&'static str] = &[
        "id",
        "allowedAudiences",
        "createdBy",
        "createdDateTime",
        "inference",
        "isSearchable",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "source",
        "detail",
        "displayName",
        "geoCoordinates",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"allowedAudiences\":             ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"inference\":                    ",
        ",\"isSearchable\":                 ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"source\":                       ",
        ",\"detail\":                       ",
        ",\"displayName\":                  ",
        ",\"geoCoordinates\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.itemAddress\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "allowed_audiences", &self.allowed_audiences);
        v.field(2usize, "created_by", &self.created_by);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "inference", &self.inference);
        v.field(5usize, "is_searchable", &self.is_searchable);
        v.field(6usize, "last_modified_by", &self.last_modified_by);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "source", &self.source);
        v.field(9usize, "detail", &self.detail);
        v.field(10usize, "display_name", &self.display_name);
        v.field(11usize, "geo_coordinates", &self.geo_coordinates);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ItemAddress {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.allowed_audiences.read_from(r),
            2usize => self.created_by.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.inference.read_from(r),
            5usize => self.is_searchable.read_from(r),
            6usize => self.last_modified_by.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.source.read_from(r),
            9usize => self.detail.read_from(r),
            10usize => self.display_name.read_from(r),
            11usize => self.geo_coordinates.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.allowed_audiences);
        w.field(2usize, &self.created_by);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.inference);
        w.field(5usize, &self.is_searchable);
        w.field(6usize, &self.last_modified_by);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.source);
        w.field(9usize, &self.detail);
        w.field(10usize, &self.display_name);
        w.field(11usize, &self.geo_coordinates);
    }
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
rt::impl_object!(ItemAddress);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ItemAddress { with_id id : ::std::string::String; with_allowed_audiences
    allowed_audiences : rt::Flags < crate ::beta::AllowedAudiences >; with_created_by
    created_by : crate ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_inference inference : crate ::beta::InferenceData;
    with_is_searchable is_searchable : bool; with_last_modified_by last_modified_by :
    crate ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_source source : crate ::beta::PersonDataSources;
    with_detail detail : crate ::beta::PhysicalAddress; with_display_name display_name :
    ::std::string::String; with_geo_coordinates geo_coordinates : crate
    ::beta::GeoCoordinates; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ItemAddress);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.itemAttachment`, entity type, derived from `microsoft.graph.attachment`, key `id`.
///
/// Request builders: [`ItemAttachmentPath`](requests/trait.ItemAttachmentPath.html), what a path to one (`EntityPath<ItemAttachment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ItemAttachment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `contentType`: `Edm.String`, nullable.
    pub content_type: rt::Field<::std::string::String>,
    /// CSDL: property `isInline`: `Edm.Boolean`, not nullable.
    pub is_inline: rt::Field<bool>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `size`: `Edm.Int32`, not nullable.
    pub size: rt::Field<i32>,
    /// CSDL: containment navigation property `item`: `microsoft.graph.outlookItem`, nullable.
    pub item: rt::Field<crate::beta::AnyOutlookItem>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ItemAttachment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            content_type: rt::Field::Absent,
            is_inline: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            size: rt::Field::Absent,
            item: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ItemAttachment {
    const TYPE_NAME: &'static str = "microsoft.graph.itemAttachment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "contentType",
        "isInline",
        "lastModifiedDateTime",
        "name",
        "size",
        "item",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"contentType\":                  ",
        ",\"isInline\":                     ",
        ",\"lastModifiedDateTime\":         ",
        ",\"name\":                         ",
        ",\"size\":                         ",
        ",\"item\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.itemAttachment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "content_type", &self.content_type);
        v.field(2usize, "is_inline", &self.is_inline);
        v.field(3usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(4usize, "name", &self.name);
        v.field(5usize, "size", &self.size);
        v.field(6usize, "item", &self.item);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ItemAttachment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.content_type.read_from(r),
            2usize => self.is_inline.read_from(r),
            3usize => self.last_modified_date_time.read_from(r),
            4usize => self.name.read_from(r),
            5usize => self.size.read_from(r),
            6usize => self.item.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.content_type);
        w.field(2usize, &self.is_inline);
        w.field(3usize, &self.last_modified_date_time);
        w.field(4usize, &self.name);
        w.field(5usize, &self.size);
        w.field(6usize, &self.item);
    }
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
rt::impl_object!(ItemAttachment);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ItemAttachment { with_id id : ::std::string::String; with_content_type content_type :
    ::std::string::String; with_is_inline is_inline : bool; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_name name :
    ::std::string::String; with_size size : i32; with_item item : crate
    ::beta::AnyOutlookItem; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ItemAttachment);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.itemCategory`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct ItemCategory {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for ItemCategory {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            code: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for ItemCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.itemCategory";
    const KEYS: &'static [&'static str] = &[
        "id",
        "code",
        "displayName",
        "lastModifiedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"code\":                         ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.itemCategory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "code", &self.code);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "last_modified_date_time", &self.last_modified_date_time);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for ItemCategory {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.code.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.last_modified_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.code);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.last_modified_date_time);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_object!(ItemCategory);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    ItemCategory { with_id id : ::std::string::String; with_code code :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ItemCategory);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.itemEmail`, entity type, derived from `microsoft.graph.itemFacet`, key `id`.
///
/// Request builders: [`ItemFacetPath`](requests/trait.ItemFacetPath.html), what a path to one (`EntityPath<ItemEmail, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ItemEmail {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `allowedAudiences`: `microsoft.graph.allowedAudiences`, nullable.
    pub allowed_audiences: rt::Field<rt::Flags<crate::beta::AllowedAudiences>>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, not nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `inference`: `microsoft.graph.inferenceData`, nullable.
    pub inference: rt::Field<crate::beta::InferenceData>,
    /// CSDL: property `isSearchable`: `Edm.Boolean`, nullable.
    pub is_searchable: rt::Field<bool>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, not nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `source`: `microsoft.graph.personDataSources`, nullable.
    pub source: rt::Field<crate::beta::PersonDataSources>,
    /// CSDL: property `address`: `Edm.String`, not nullable.
    pub address: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `microsoft.graph.emailType`, not nullable.
    pub type_: rt::Field<crate::beta::EmailType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ItemEmail {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            allowed_audiences: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            inference: rt::Field::Absent,
            is_searchable: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            source: rt::Field::Absent,
            address: rt::Field::Absent,
            display_name: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ItemEmail {
    const TYPE_NAME: &'static str = "microsoft.graph.itemEmail";
    const KEYS: &'static [&'static str] = &[
        "id",
        "allowedAudiences",
        "createdBy",
        "createdDateTime",
        "inference",
        "isSearchable",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "source",
        "address",
        "displayName",
        "type",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"allowedAudiences\":             ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"inference\":                    ",
        ",\"isSearchable\":                 ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"source\":                       ",
        ",\"address\":                      ",
        ",\"displayName\":                  ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.itemEmail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "allowed_audiences", &self.allowed_audiences);
        v.field(2usize, "created_by", &self.created_by);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "inference", &self.inference);
        v.field(5usize, "is_searchable", &self.is_searchable);
        v.field(6usize, "last_modified_by", &self.last_modified_by);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "source", &self.source);
        v.field(9usize, "address", &self.address);
        v.field(10usize, "display_name", &self.display_name);
        v.field(11usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ItemEmail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.allowed_audiences.read_from(r),
            2usize => self.created_by.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.inference.read_from(r),
            5usize => self.is_searchable.read_from(r),
            6usize => self.last_modified_by.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.source.read_from(r),
            9usize => self.address.read_from(r),
            10usize => self.display_name.read_from(r),
            11usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.allowed_audiences);
        w.field(2usize, &self.created_by);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.inference);
        w.field(5usize, &self.is_searchable);
        w.field(6usize, &self.last_modified_by);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.source);
        w.field(9usize, &self.address);
        w.field(10usize, &self.display_name);
        w.field(11usize, &self.type_);
    }
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
rt::impl_object!(ItemEmail);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ItemEmail { with_id id : ::std::string::String; with_allowed_audiences
    allowed_audiences : rt::Flags < crate ::beta::AllowedAudiences >; with_created_by
    created_by : crate ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_inference inference : crate ::beta::InferenceData;
    with_is_searchable is_searchable : bool; with_last_modified_by last_modified_by :
    crate ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_source source : crate ::beta::PersonDataSources;
    with_address address : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_type type_ : crate ::beta::EmailType; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ItemEmail);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.itemFacet`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`ItemFacetPath`](requests/trait.ItemFacetPath.html), what a path to one (`EntityPath<AnyItemFacet, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ItemFacet {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `allowedAudiences`: `microsoft.graph.allowedAudiences`, nullable.
    pub allowed_audiences: rt::Field<rt::Flags<crate::beta::AllowedAudiences>>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, not nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `inference`: `microsoft.graph.inferenceData`, nullable.
    pub inference: rt::Field<crate::beta::InferenceData>,
    /// CSDL: property `isSearchable`: `Edm.Boolean`, nullable.
    pub is_searchable: rt::Field<bool>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, not nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `source`: `microsoft.graph.personDataSources`, nullable.
    pub source: rt::Field<crate::beta::PersonDataSources>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ItemFacet {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            allowed_audiences: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            inference: rt::Field::Absent,
            is_searchable: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            source: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ItemFacet {
    const TYPE_NAME: &'static str = "microsoft.graph.itemFacet";
    const KEYS: &'static [&'static str] = &[
        "id",
        "allowedAudiences",
        "createdBy",
        "createdDateTime",
        "inference",
        "isSearchable",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "source",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"allowedAudiences\":             ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"inference\":                    ",
        ",\"isSearchable\":                 ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"source\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.itemFacet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "allowed_audiences", &self.allowed_audiences);
        v.field(2usize, "created_by", &self.created_by);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "inference", &self.inference);
        v.field(5usize, "is_searchable", &self.is_searchable);
        v.field(6usize, "last_modified_by", &self.last_modified_by);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "source", &self.source);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ItemFacet {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.allowed_audiences.read_from(r),
            2usize => self.created_by.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.inference.read_from(r),
            5usize => self.is_searchable.read_from(r),
            6usize => self.last_modified_by.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.source.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.allowed_audiences);
        w.field(2usize, &self.created_by);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.inference);
        w.field(5usize, &self.is_searchable);
        w.field(6usize, &self.last_modified_by);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.source);
    }
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
rt::impl_object!(ItemFacet);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ItemFacet { with_id id : ::std::string::String; with_allowed_audiences
    allowed_audiences : rt::Flags < crate ::beta::AllowedAudiences >; with_created_by
    created_by : crate ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_inference inference : crate ::beta::InferenceData;
    with_is_searchable is_searchable : bool; with_last_modified_by last_modified_by :
    crate ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_source source : crate ::beta::PersonDataSources; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ItemFacet);
#[cfg(msgraph_beta_core)]
/// `microsoft.graph.itemFacet` or any type derived from it, selected by `@odata.type` (21 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyItemFacet {
    ItemFacet(::std::boxed::Box<crate::beta::ItemFacet>),
    EducationalActivity(::std::boxed::Box<crate::beta::EducationalActivity>),
    ItemAddress(::std::boxed::Box<crate::beta::ItemAddress>),
    ItemEmail(::std::boxed::Box<crate::beta::ItemEmail>),
    ItemPatent(::std::boxed::Box<crate::beta::ItemPatent>),
    ItemPhone(::std::boxed::Box<crate::beta::ItemPhone>),
    ItemPublication(::std::boxed::Box<crate::beta::ItemPublication>),
    LanguageProficiency(::std::boxed::Box<crate::beta::LanguageProficiency>),
    PersonAnnotation(::std::boxed::Box<crate::beta::PersonAnnotation>),
    PersonAnnualEvent(::std::boxed::Box<crate::beta::PersonAnnualEvent>),
    PersonAward(::std::boxed::Box<crate::beta::PersonAward>),
    PersonCertification(::std::boxed::Box<crate::beta::PersonCertification>),
    PersonInterest(::std::boxed::Box<crate::beta::PersonInterest>),
    PersonName(::std::boxed::Box<crate::beta::PersonName>),
    #[cfg(msgraph_beta_search)]
    PersonResponsibility(::std::boxed::Box<crate::beta::PersonResponsibility>),
    PersonWebsite(::std::boxed::Box<crate::beta::PersonWebsite>),
    ProjectParticipation(::std::boxed::Box<crate::beta::ProjectParticipation>),
    SkillProficiency(::std::boxed::Box<crate::beta::SkillProficiency>),
    UserAccountInformation(::std::boxed::Box<crate::beta::UserAccountInformation>),
    WebAccount(::std::boxed::Box<crate::beta::WebAccount>),
    WorkPosition(::std::boxed::Box<crate::beta::WorkPosition>),
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AnyItemFacet {
    #[inline]
    fn default() -> Self {
        Self::ItemFacet(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ItemFacet> for AnyItemFacet {
    #[inline]
    fn from(v: crate::beta::ItemFacet) -> Self {
        Self::ItemFacet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationalActivity> for AnyItemFacet {
    #[inline]
    fn from(v: crate::beta::EducationalActivity) -> Self {
        Self::EducationalActivity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ItemAddress> for AnyItemFacet {
    #[inline]
    fn from(v: crate::beta::ItemAddress) -> Self {
        Self::ItemAddress(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ItemEmail> for AnyItemFacet {
    #[inline]
    fn from(v: crate::beta::ItemEmail) -> Self {
        Self::ItemEmail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ItemPatent> for AnyItemFacet {
    #[inline]
    fn from(v: crate::beta::ItemPatent) -> Self {
        Self::ItemPatent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ItemPhone> for AnyItemFacet {
    #[inline]
    fn from(v: crate::beta::ItemPhone) -> Self {
        Self::ItemPhone(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ItemPublication> for AnyItemFacet {
    #[inline]
    fn from(v: crate::beta::ItemPublication) -> Self {
        Self::ItemPublication(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::LanguageProficiency> for AnyItemFacet {
    #[inline]
    fn from(v: crate::beta::LanguageProficiency) -> Self {
        Self::LanguageProficiency(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PersonAnnotation> for AnyItemFacet {
    #[inline]
    fn from(v: crate::beta::PersonAnnotation) -> Self {
        Self::PersonAnnotation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PersonAnnualEvent> for AnyItemFacet {
    #[inline]
    fn from(v: crate::beta::PersonAnnualEvent) -> Self {
        Self::PersonAnnualEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PersonAward> for AnyItemFacet {
    #[inline]
    fn from(v: crate::beta::PersonAward) -> Self {
        Self::PersonAward(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PersonCertification> for AnyItemFacet {
    #[inline]
    fn from(v: crate::beta::PersonCertification) -> Self {
        Self::PersonCertification(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PersonInterest> for AnyItemFacet {
    #[inline]
    fn from(v: crate::beta::PersonInterest) -> Self {
        Self::PersonInterest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PersonName> for AnyItemFacet {
    #[inline]
    fn from(v: crate::beta::PersonName) -> Self {
        Self::PersonName(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PersonResponsibility> for AnyItemFacet {
    #[inline]
    fn from(v: crate::beta::PersonResponsibility) -> Self {
        Self::PersonResponsibility(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PersonWebsite> for AnyItemFacet {
    #[inline]
    fn from(v: crate::beta::PersonWebsite) -> Self {
        Self::PersonWebsite(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ProjectParticipation> for AnyItemFacet {
    #[inline]
    fn from(v: crate::beta::ProjectParticipation) -> Self {
        Self::ProjectParticipation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SkillProficiency> for AnyItemFacet {
    #[inline]
    fn from(v: crate::beta::SkillProficiency) -> Self {
        Self::SkillProficiency(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserAccountInformation> for AnyItemFacet {
    #[inline]
    fn from(v: crate::beta::UserAccountInformation) -> Self {
        Self::UserAccountInformation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WebAccount> for AnyItemFacet {
    #[inline]
    fn from(v: crate::beta::WebAccount) -> Self {
        Self::WebAccount(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkPosition> for AnyItemFacet {
    #[inline]
    fn from(v: crate::beta::WorkPosition) -> Self {
        Self::WorkPosition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Send for AnyItemFacet {}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Sync for AnyItemFacet {}
#[cfg(msgraph_beta_core)]
impl ::std::marker::Unpin for AnyItemFacet {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::UnwindSafe for AnyItemFacet {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::RefUnwindSafe for AnyItemFacet {}
#[cfg(msgraph_beta_core)]
const _: () = {
    rt::object::auto_traits::<crate::beta::ItemFacet>();
    rt::object::auto_traits::<crate::beta::EducationalActivity>();
    rt::object::auto_traits::<crate::beta::ItemAddress>();
    rt::object::auto_traits::<crate::beta::ItemEmail>();
    rt::object::auto_traits::<crate::beta::ItemPatent>();
    rt::object::auto_traits::<crate::beta::ItemPhone>();
    rt::object::auto_traits::<crate::beta::ItemPublication>();
    rt::object::auto_traits::<crate::beta::LanguageProficiency>();
    rt::object::auto_traits::<crate::beta::PersonAnnotation>();
    rt::object::auto_traits::<crate::beta::PersonAnnualEvent>();
    rt::object::auto_traits::<crate::beta::PersonAward>();
    rt::object::auto_traits::<crate::beta::PersonCertification>();
    rt::object::auto_traits::<crate::beta::PersonInterest>();
    rt::object::auto_traits::<crate::beta::PersonName>();
    #[cfg(msgraph_beta_search)]
    rt::object::auto_traits::<crate::beta::PersonResponsibility>();
    rt::object::auto_traits::<crate::beta::PersonWebsite>();
    rt::object::auto_traits::<crate::beta::ProjectParticipation>();
    rt::object::auto_traits::<crate::beta::SkillProficiency>();
    rt::object::auto_traits::<crate::beta::UserAccountInformation>();
    rt::object::auto_traits::<crate::beta::WebAccount>();
    rt::object::auto_traits::<crate::beta::WorkPosition>();
};
#[cfg(msgraph_beta_core)]
impl rt::Poly for AnyItemFacet {
    const BASE_NAME: &'static str = "microsoft.graph.itemFacet";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.educationalActivity") => {
                Self::EducationalActivity(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.itemAddress") => {
                Self::ItemAddress(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.itemEmail") => {
                Self::ItemEmail(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.itemPatent") => {
                Self::ItemPatent(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.itemPhone") => {
                Self::ItemPhone(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.itemPublication") => {
                Self::ItemPublication(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.languageProficiency") => {
                Self::LanguageProficiency(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.personAnnotation") => {
                Self::PersonAnnotation(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.personAnnualEvent") => {
                Self::PersonAnnualEvent(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.personAward") => {
                Self::PersonAward(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.personCertification") => {
                Self::PersonCertification(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.personInterest") => {
                Self::PersonInterest(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.personName") => {
                Self::PersonName(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.personResponsibility") => {
                Self::PersonResponsibility(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.personWebsite") => {
                Self::PersonWebsite(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.projectParticipation") => {
                Self::ProjectParticipation(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.skillProficiency") => {
                Self::SkillProficiency(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.userAccountInformation") => {
                Self::UserAccountInformation(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.webAccount") => {
                Self::WebAccount(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.workPosition") => {
                Self::WorkPosition(rt::object::new_boxed())
            }
            _ => Self::ItemFacet(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ItemFacet(v) => &**v,
            Self::EducationalActivity(v) => &**v,
            Self::ItemAddress(v) => &**v,
            Self::ItemEmail(v) => &**v,
            Self::ItemPatent(v) => &**v,
            Self::ItemPhone(v) => &**v,
            Self::ItemPublication(v) => &**v,
            Self::LanguageProficiency(v) => &**v,
            Self::PersonAnnotation(v) => &**v,
            Self::PersonAnnualEvent(v) => &**v,
            Self::PersonAward(v) => &**v,
            Self::PersonCertification(v) => &**v,
            Self::PersonInterest(v) => &**v,
            Self::PersonName(v) => &**v,
            #[cfg(msgraph_beta_search)]
            Self::PersonResponsibility(v) => &**v,
            Self::PersonWebsite(v) => &**v,
            Self::ProjectParticipation(v) => &**v,
            Self::SkillProficiency(v) => &**v,
            Self::UserAccountInformation(v) => &**v,
            Self::WebAccount(v) => &**v,
            Self::WorkPosition(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ItemFacet(v) => &mut **v,
            Self::EducationalActivity(v) => &mut **v,
            Self::ItemAddress(v) => &mut **v,
            Self::ItemEmail(v) => &mut **v,
            Self::ItemPatent(v) => &mut **v,
            Self::ItemPhone(v) => &mut **v,
            Self::ItemPublication(v) => &mut **v,
            Self::LanguageProficiency(v) => &mut **v,
            Self::PersonAnnotation(v) => &mut **v,
            Self::PersonAnnualEvent(v) => &mut **v,
            Self::PersonAward(v) => &mut **v,
            Self::PersonCertification(v) => &mut **v,
            Self::PersonInterest(v) => &mut **v,
            Self::PersonName(v) => &mut **v,
            #[cfg(msgraph_beta_search)]
            Self::PersonResponsibility(v) => &mut **v,
            Self::PersonWebsite(v) => &mut **v,
            Self::ProjectParticipation(v) => &mut **v,
            Self::SkillProficiency(v) => &mut **v,
            Self::UserAccountInformation(v) => &mut **v,
            Self::WebAccount(v) => &mut **v,
            Self::WorkPosition(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core)]
impl AnyItemFacet {
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
            Self::ItemFacet(v) => &v.id,
            Self::EducationalActivity(v) => &v.id,
            Self::ItemAddress(v) => &v.id,
            Self::ItemEmail(v) => &v.id,
            Self::ItemPatent(v) => &v.id,
            Self::ItemPhone(v) => &v.id,
            Self::ItemPublication(v) => &v.id,
            Self::LanguageProficiency(v) => &v.id,
            Self::PersonAnnotation(v) => &v.id,
            Self::PersonAnnualEvent(v) => &v.id,
            Self::PersonAward(v) => &v.id,
            Self::PersonCertification(v) => &v.id,
            Self::PersonInterest(v) => &v.id,
            Self::PersonName(v) => &v.id,
            #[cfg(msgraph_beta_search)]
            Self::PersonResponsibility(v) => &v.id,
            Self::PersonWebsite(v) => &v.id,
            Self::ProjectParticipation(v) => &v.id,
            Self::SkillProficiency(v) => &v.id,
            Self::UserAccountInformation(v) => &v.id,
            Self::WebAccount(v) => &v.id,
            Self::WorkPosition(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ItemFacet(v) => &mut v.id,
            Self::EducationalActivity(v) => &mut v.id,
            Self::ItemAddress(v) => &mut v.id,
            Self::ItemEmail(v) => &mut v.id,
            Self::ItemPatent(v) => &mut v.id,
            Self::ItemPhone(v) => &mut v.id,
            Self::ItemPublication(v) => &mut v.id,
            Self::LanguageProficiency(v) => &mut v.id,
            Self::PersonAnnotation(v) => &mut v.id,
            Self::PersonAnnualEvent(v) => &mut v.id,
            Self::PersonAward(v) => &mut v.id,
            Self::PersonCertification(v) => &mut v.id,
            Self::PersonInterest(v) => &mut v.id,
            Self::PersonName(v) => &mut v.id,
            #[cfg(msgraph_beta_search)]
            Self::PersonResponsibility(v) => &mut v.id,
            Self::PersonWebsite(v) => &mut v.id,
            Self::ProjectParticipation(v) => &mut v.id,
            Self::SkillProficiency(v) => &mut v.id,
            Self::UserAccountInformation(v) => &mut v.id,
            Self::WebAccount(v) => &mut v.id,
            Self::WorkPosition(v) => &mut v.id,
        }
    }
    /// `allowedAudiences` of any variant.
    #[inline]
    pub fn allowed_audiences(
        &self,
    ) -> &rt::Field<rt::Flags<crate::beta::AllowedAudiences>> {
        match self {
            Self::ItemFacet(v) => &v.allowed_audiences,
            Self::EducationalActivity(v) => &v.allowed_audiences,
            Self::ItemAddress(v) => &v.allowed_audiences,
            Self::ItemEmail(v) => &v.allowed_audiences,
            Self::ItemPatent(v) => &v.allowed_audiences,
            Self::ItemPhone(v) => &v.allowed_audiences,
            Self::ItemPublication(v) => &v.allowed_audiences,
            Self::LanguageProficiency(v) => &v.allowed_audiences,
            Self::PersonAnnotation(v) => &v.allowed_audiences,
            Self::PersonAnnualEvent(v) => &v.allowed_audiences,
            Self::PersonAward(v) => &v.allowed_audiences,
            Self::PersonCertification(v) => &v.allowed_audiences,
            Self::PersonInterest(v) => &v.allowed_audiences,
            Self::PersonName(v) => &v.allowed_audiences,
            #[cfg(msgraph_beta_search)]
            Self::PersonResponsibility(v) => &v.allowed_audiences,
            Self::PersonWebsite(v) => &v.allowed_audiences,
            Self::ProjectParticipation(v) => &v.allowed_audiences,
            Self::SkillProficiency(v) => &v.allowed_audiences,
            Self::UserAccountInformation(v) => &v.allowed_audiences,
            Self::WebAccount(v) => &v.allowed_audiences,
            Self::WorkPosition(v) => &v.allowed_audiences,
        }
    }
    /// `allowedAudiences` of any variant.
    #[inline]
    pub fn allowed_audiences_mut(
        &mut self,
    ) -> &mut rt::Field<rt::Flags<crate::beta::AllowedAudiences>> {
        match self {
            Self::ItemFacet(v) => &mut v.allowed_audiences,
            Self::EducationalActivity(v) => &mut v.allowed_audiences,
            Self::ItemAddress(v) => &mut v.allowed_audiences,
            Self::ItemEmail(v) => &mut v.allowed_audiences,
            Self::ItemPatent(v) => &mut v.allowed_audiences,
            Self::ItemPhone(v) => &mut v.allowed_audiences,
            Self::ItemPublication(v) => &mut v.allowed_audiences,
            Self::LanguageProficiency(v) => &mut v.allowed_audiences,
            Self::PersonAnnotation(v) => &mut v.allowed_audiences,
            Self::PersonAnnualEvent(v) => &mut v.allowed_audiences,
            Self::PersonAward(v) => &mut v.allowed_audiences,
            Self::PersonCertification(v) => &mut v.allowed_audiences,
            Self::PersonInterest(v) => &mut v.allowed_audiences,
            Self::PersonName(v) => &mut v.allowed_audiences,
            #[cfg(msgraph_beta_search)]
            Self::PersonResponsibility(v) => &mut v.allowed_audiences,
            Self::PersonWebsite(v) => &mut v.allowed_audiences,
            Self::ProjectParticipation(v) => &mut v.allowed_audiences,
            Self::SkillProficiency(v) => &mut v.allowed_audiences,
            Self::UserAccountInformation(v) => &mut v.allowed_audiences,
            Self::WebAccount(v) => &mut v.allowed_audiences,
            Self::WorkPosition(v) => &mut v.allowed_audiences,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by(&self) -> &rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::ItemFacet(v) => &v.created_by,
            Self::EducationalActivity(v) => &v.created_by,
            Self::ItemAddress(v) => &v.created_by,
            Self::ItemEmail(v) => &v.created_by,
            Self::ItemPatent(v) => &v.created_by,
            Self::ItemPhone(v) => &v.created_by,
            Self::ItemPublication(v) => &v.created_by,
            Self::LanguageProficiency(v) => &v.created_by,
            Self::PersonAnnotation(v) => &v.created_by,
            Self::PersonAnnualEvent(v) => &v.created_by,
            Self::PersonAward(v) => &v.created_by,
            Self::PersonCertification(v) => &v.created_by,
            Self::PersonInterest(v) => &v.created_by,
            Self::PersonName(v) => &v.created_by,
            #[cfg(msgraph_beta_search)]
            Self::PersonResponsibility(v) => &v.created_by,
            Self::PersonWebsite(v) => &v.created_by,
            Self::ProjectParticipation(v) => &v.created_by,
            Self::SkillProficiency(v) => &v.created_by,
            Self::UserAccountInformation(v) => &v.created_by,
            Self::WebAccount(v) => &v.created_by,
            Self::WorkPosition(v) => &v.created_by,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by_mut(&mut self) -> &mut rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::ItemFacet(v) => &mut v.created_by,
            Self::EducationalActivity(v) => &mut v.created_by,
            Self::ItemAddress(v) => &mut v.created_by,
            Self::ItemEmail(v) => &mut v.created_by,
            Self::ItemPatent(v) => &mut v.created_by,
            Self::ItemPhone(v) => &mut v.created_by,
            Self::ItemPublication(v) => &mut v.created_by,
            Self::LanguageProficiency(v) => &mut v.created_by,
            Self::PersonAnnotation(v) => &mut v.created_by,
            Self::PersonAnnualEvent(v) => &mut v.created_by,
            Self::PersonAward(v) => &mut v.created_by,
            Self::PersonCertification(v) => &mut v.created_by,
            Self::PersonInterest(v) => &mut v.created_by,
            Self::PersonName(v) => &mut v.created_by,
            #[cfg(msgraph_beta_search)]
            Self::PersonResponsibility(v) => &mut v.created_by,
            Self::PersonWebsite(v) => &mut v.created_by,
            Self::ProjectParticipation(v) => &mut v.created_by,
            Self::SkillProficiency(v) => &mut v.created_by,
            Self::UserAccountInformation(v) => &mut v.created_by,
            Self::WebAccount(v) => &mut v.created_by,
            Self::WorkPosition(v) => &mut v.created_by,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ItemFacet(v) => &v.created_date_time,
            Self::EducationalActivity(v) => &v.created_date_time,
            Self::ItemAddress(v) => &v.created_date_time,
            Self::ItemEmail(v) => &v.created_date_time,
            Self::ItemPatent(v) => &v.created_date_time,
            Self::ItemPhone(v) => &v.created_date_time,
            Self::ItemPublication(v) => &v.created_date_time,
            Self::LanguageProficiency(v) => &v.created_date_time,
            Self::PersonAnnotation(v) => &v.created_date_time,
            Self::PersonAnnualEvent(v) => &v.created_date_time,
            Self::PersonAward(v) => &v.created_date_time,
            Self::PersonCertification(v) => &v.created_date_time,
            Self::PersonInterest(v) => &v.created_date_time,
            Self::PersonName(v) => &v.created_date_time,
            #[cfg(msgraph_beta_search)]
            Self::PersonResponsibility(v) => &v.created_date_time,
            Self::PersonWebsite(v) => &v.created_date_time,
            Self::ProjectParticipation(v) => &v.created_date_time,
            Self::SkillProficiency(v) => &v.created_date_time,
            Self::UserAccountInformation(v) => &v.created_date_time,
            Self::WebAccount(v) => &v.created_date_time,
            Self::WorkPosition(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ItemFacet(v) => &mut v.created_date_time,
            Self::EducationalActivity(v) => &mut v.created_date_time,
            Self::ItemAddress(v) => &mut v.created_date_time,
            Self::ItemEmail(v) => &mut v.created_date_time,
            Self::ItemPatent(v) => &mut v.created_date_time,
            Self::ItemPhone(v) => &mut v.created_date_time,
            Self::ItemPublication(v) => &mut v.created_date_time,
            Self::LanguageProficiency(v) => &mut v.created_date_time,
            Self::PersonAnnotation(v) => &mut v.created_date_time,
            Self::PersonAnnualEvent(v) => &mut v.created_date_time,
            Self::PersonAward(v) => &mut v.created_date_time,
            Self::PersonCertification(v) => &mut v.created_date_time,
            Self::PersonInterest(v) => &mut v.created_date_time,
            Self::PersonName(v) => &mut v.created_date_time,
            #[cfg(msgraph_beta_search)]
            Self::PersonResponsibility(v) => &mut v.created_date_time,
            Self::PersonWebsite(v) => &mut v.created_date_time,
            Self::ProjectParticipation(v) => &mut v.created_date_time,
            Self::SkillProficiency(v) => &mut v.created_date_time,
            Self::UserAccountInformation(v) => &mut v.created_date_time,
            Self::WebAccount(v) => &mut v.created_date_time,
            Self::WorkPosition(v) => &mut v.created_date_time,
        }
    }
    /// `inference` of any variant.
    #[inline]
    pub fn inference(&self) -> &rt::Field<crate::beta::InferenceData> {
        match self {
            Self::ItemFacet(v) => &v.inference,
            Self::EducationalActivity(v) => &v.inference,
            Self::ItemAddress(v) => &v.inference,
            Self::ItemEmail(v) => &v.inference,
            Self::ItemPatent(v) => &v.inference,
            Self::ItemPhone(v) => &v.inference,
            Self::ItemPublication(v) => &v.inference,
            Self::LanguageProficiency(v) => &v.inference,
            Self::PersonAnnotation(v) => &v.inference,
            Self::PersonAnnualEvent(v) => &v.inference,
            Self::PersonAward(v) => &v.inference,
            Self::PersonCertification(v) => &v.inference,
            Self::PersonInterest(v) => &v.inference,
            Self::PersonName(v) => &v.inference,
            #[cfg(msgraph_beta_search)]
            Self::PersonResponsibility(v) => &v.inference,
            Self::PersonWebsite(v) => &v.inference,
            Self::ProjectParticipation(v) => &v.inference,
            Self::SkillProficiency(v) => &v.inference,
            Self::UserAccountInformation(v) => &v.inference,
            Self::WebAccount(v) => &v.inference,
            Self::WorkPosition(v) => &v.inference,
        }
    }
    /// `inference` of any variant.
    #[inline]
    pub fn inference_mut(&mut self) -> &mut rt::Field<crate::beta::InferenceData> {
        match self {
            Self::ItemFacet(v) => &mut v.inference,
            Self::EducationalActivity(v) => &mut v.inference,
            Self::ItemAddress(v) => &mut v.inference,
            Self::ItemEmail(v) => &mut v.inference,
            Self::ItemPatent(v) => &mut v.inference,
            Self::ItemPhone(v) => &mut v.inference,
            Self::ItemPublication(v) => &mut v.inference,
            Self::LanguageProficiency(v) => &mut v.inference,
            Self::PersonAnnotation(v) => &mut v.inference,
            Self::PersonAnnualEvent(v) => &mut v.inference,
            Self::PersonAward(v) => &mut v.inference,
            Self::PersonCertification(v) => &mut v.inference,
            Self::PersonInterest(v) => &mut v.inference,
            Self::PersonName(v) => &mut v.inference,
            #[cfg(msgraph_beta_search)]
            Self::PersonResponsibility(v) => &mut v.inference,
            Self::PersonWebsite(v) => &mut v.inference,
            Self::ProjectParticipation(v) => &mut v.inference,
            Self::SkillProficiency(v) => &mut v.inference,
            Self::UserAccountInformation(v) => &mut v.inference,
            Self::WebAccount(v) => &mut v.inference,
            Self::WorkPosition(v) => &mut v.inference,
        }
    }
    /// `isSearchable` of any variant.
    #[inline]
    pub fn is_searchable(&self) -> &rt::Field<bool> {
        match self {
            Self::ItemFacet(v) => &v.is_searchable,
            Self::EducationalActivity(v) => &v.is_searchable,
            Self::ItemAddress(v) => &v.is_searchable,
            Self::ItemEmail(v) => &v.is_searchable,
            Self::ItemPatent(v) => &v.is_searchable,
            Self::ItemPhone(v) => &v.is_searchable,
            Self::ItemPublication(v) => &v.is_searchable,
            Self::LanguageProficiency(v) => &v.is_searchable,
            Self::PersonAnnotation(v) => &v.is_searchable,
            Self::PersonAnnualEvent(v) => &v.is_searchable,
            Self::PersonAward(v) => &v.is_searchable,
            Self::PersonCertification(v) => &v.is_searchable,
            Self::PersonInterest(v) => &v.is_searchable,
            Self::PersonName(v) => &v.is_searchable,
            #[cfg(msgraph_beta_search)]
            Self::PersonResponsibility(v) => &v.is_searchable,
            Self::PersonWebsite(v) => &v.is_searchable,
            Self::ProjectParticipation(v) => &v.is_searchable,
            Self::SkillProficiency(v) => &v.is_searchable,
            Self::UserAccountInformation(v) => &v.is_searchable,
            Self::WebAccount(v) => &v.is_searchable,
            Self::WorkPosition(v) => &v.is_searchable,
        }
    }
    /// `isSearchable` of any variant.
    #[inline]
    pub fn is_searchable_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ItemFacet(v) => &mut v.is_searchable,
            Self::EducationalActivity(v) => &mut v.is_searchable,
            Self::ItemAddress(v) => &mut v.is_searchable,
            Self::ItemEmail(v) => &mut v.is_searchable,
            Self::ItemPatent(v) => &mut v.is_searchable,
            Self::ItemPhone(v) => &mut v.is_searchable,
            Self::ItemPublication(v) => &mut v.is_searchable,
            Self::LanguageProficiency(v) => &mut v.is_searchable,
            Self::PersonAnnotation(v) => &mut v.is_searchable,
            Self::PersonAnnualEvent(v) => &mut v.is_searchable,
            Self::PersonAward(v) => &mut v.is_searchable,
            Self::PersonCertification(v) => &mut v.is_searchable,
            Self::PersonInterest(v) => &mut v.is_searchable,
            Self::PersonName(v) => &mut v.is_searchable,
            #[cfg(msgraph_beta_search)]
            Self::PersonResponsibility(v) => &mut v.is_searchable,
            Self::PersonWebsite(v) => &mut v.is_searchable,
            Self::ProjectParticipation(v) => &mut v.is_searchable,
            Self::SkillProficiency(v) => &mut v.is_searchable,
            Self::UserAccountInformation(v) => &mut v.is_searchable,
            Self::WebAccount(v) => &mut v.is_searchable,
            Self::WorkPosition(v) => &mut v.is_searchable,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by(&self) -> &rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::ItemFacet(v) => &v.last_modified_by,
            Self::EducationalActivity(v) => &v.last_modified_by,
            Self::ItemAddress(v) => &v.last_modified_by,
            Self::ItemEmail(v) => &v.last_modified_by,
            Self::ItemPatent(v) => &v.last_modified_by,
            Self::ItemPhone(v) => &v.last_modified_by,
            Self::ItemPublication(v) => &v.last_modified_by,
            Self::LanguageProficiency(v) => &v.last_modified_by,
            Self::PersonAnnotation(v) => &v.last_modified_by,
            Self::PersonAnnualEvent(v) => &v.last_modified_by,
            Self::PersonAward(v) => &v.last_modified_by,
            Self::PersonCertification(v) => &v.last_modified_by,
            Self::PersonInterest(v) => &v.last_modified_by,
            Self::PersonName(v) => &v.last_modified_by,
            #[cfg(msgraph_beta_search)]
            Self::PersonResponsibility(v) => &v.last_modified_by,
            Self::PersonWebsite(v) => &v.last_modified_by,
            Self::ProjectParticipation(v) => &v.last_modified_by,
            Self::SkillProficiency(v) => &v.last_modified_by,
            Self::UserAccountInformation(v) => &v.last_modified_by,
            Self::WebAccount(v) => &v.last_modified_by,
            Self::WorkPosition(v) => &v.last_modified_by,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by_mut(&mut self) -> &mut rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::ItemFacet(v) => &mut v.last_modified_by,
            Self::EducationalActivity(v) => &mut v.last_modified_by,
            Self::ItemAddress(v) => &mut v.last_modified_by,
            Self::ItemEmail(v) => &mut v.last_modified_by,
            Self::ItemPatent(v) => &mut v.last_modified_by,
            Self::ItemPhone(v) => &mut v.last_modified_by,
            Self::ItemPublication(v) => &mut v.last_modified_by,
            Self::LanguageProficiency(v) => &mut v.last_modified_by,
            Self::PersonAnnotation(v) => &mut v.last_modified_by,
            Self::PersonAnnualEvent(v) => &mut v.last_modified_by,
            Self::PersonAward(v) => &mut v.last_modified_by,
            Self::PersonCertification(v) => &mut v.last_modified_by,
            Self::PersonInterest(v) => &mut v.last_modified_by,
            Self::PersonName(v) => &mut v.last_modified_by,
            #[cfg(msgraph_beta_search)]
            Self::PersonResponsibility(v) => &mut v.last_modified_by,
            Self::PersonWebsite(v) => &mut v.last_modified_by,
            Self::ProjectParticipation(v) => &mut v.last_modified_by,
            Self::SkillProficiency(v) => &mut v.last_modified_by,
            Self::UserAccountInformation(v) => &mut v.last_modified_by,
            Self::WebAccount(v) => &mut v.last_modified_by,
            Self::WorkPosition(v) => &mut v.last_modified_by,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ItemFacet(v) => &v.last_modified_date_time,
            Self::EducationalActivity(v) => &v.last_modified_date_time,
            Self::ItemAddress(v) => &v.last_modified_date_time,
            Self::ItemEmail(v) => &v.last_modified_date_time,
            Self::ItemPatent(v) => &v.last_modified_date_time,
            Self::ItemPhone(v) => &v.last_modified_date_time,
            Self::ItemPublication(v) => &v.last_modified_date_time,
            Self::LanguageProficiency(v) => &v.last_modified_date_time,
            Self::PersonAnnotation(v) => &v.last_modified_date_time,
            Self::PersonAnnualEvent(v) => &v.last_modified_date_time,
            Self::PersonAward(v) => &v.last_modified_date_time,
            Self::PersonCertification(v) => &v.last_modified_date_time,
            Self::PersonInterest(v) => &v.last_modified_date_time,
            Self::PersonName(v) => &v.last_modified_date_time,
            #[cfg(msgraph_beta_search)]
            Self::PersonResponsibility(v) => &v.last_modified_date_time,
            Self::PersonWebsite(v) => &v.last_modified_date_time,
            Self::ProjectParticipation(v) => &v.last_modified_date_time,
            Self::SkillProficiency(v) => &v.last_modified_date_time,
            Self::UserAccountInformation(v) => &v.last_modified_date_time,
            Self::WebAccount(v) => &v.last_modified_date_time,
            Self::WorkPosition(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ItemFacet(v) => &mut v.last_modified_date_time,
            Self::EducationalActivity(v) => &mut v.last_modified_date_time,
            Self::ItemAddress(v) => &mut v.last_modified_date_time,
            Self::ItemEmail(v) => &mut v.last_modified_date_time,
            Self::ItemPatent(v) => &mut v.last_modified_date_time,
            Self::ItemPhone(v) => &mut v.last_modified_date_time,
            Self::ItemPublication(v) => &mut v.last_modified_date_time,
            Self::LanguageProficiency(v) => &mut v.last_modified_date_time,
            Self::PersonAnnotation(v) => &mut v.last_modified_date_time,
            Self::PersonAnnualEvent(v) => &mut v.last_modified_date_time,
            Self::PersonAward(v) => &mut v.last_modified_date_time,
            Self::PersonCertification(v) => &mut v.last_modified_date_time,
            Self::PersonInterest(v) => &mut v.last_modified_date_time,
            Self::PersonName(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_beta_search)]
            Self::PersonResponsibility(v) => &mut v.last_modified_date_time,
            Self::PersonWebsite(v) => &mut v.last_modified_date_time,
            Self::ProjectParticipation(v) => &mut v.last_modified_date_time,
            Self::SkillProficiency(v) => &mut v.last_modified_date_time,
            Self::UserAccountInformation(v) => &mut v.last_modified_date_time,
            Self::WebAccount(v) => &mut v.last_modified_date_time,
            Self::WorkPosition(v) => &mut v.last_modified_date_time,
        }
    }
    /// `source` of any variant.
    #[inline]
    pub fn source(&self) -> &rt::Field<crate::beta::PersonDataSources> {
        match self {
            Self::ItemFacet(v) => &v.source,
            Self::EducationalActivity(v) => &v.source,
            Self::ItemAddress(v) => &v.source,
            Self::ItemEmail(v) => &v.source,
            Self::ItemPatent(v) => &v.source,
            Self::ItemPhone(v) => &v.source,
            Self::ItemPublication(v) => &v.source,
            Self::LanguageProficiency(v) => &v.source,
            Self::PersonAnnotation(v) => &v.source,
            Self::PersonAnnualEvent(v) => &v.source,
            Self::PersonAward(v) => &v.source,
            Self::PersonCertification(v) => &v.source,
            Self::PersonInterest(v) => &v.source,
            Self::PersonName(v) => &v.source,
            #[cfg(msgraph_beta_search)]
            Self::PersonResponsibility(v) => &v.source,
            Self::PersonWebsite(v) => &v.source,
            Self::ProjectParticipation(v) => &v.source,
            Self::SkillProficiency(v) => &v.source,
            Self::UserAccountInformation(v) => &v.source,
            Self::WebAccount(v) => &v.source,
            Self::WorkPosition(v) => &v.source,
        }
    }
    /// `source` of any variant.
    #[inline]
    pub fn source_mut(&mut self) -> &mut rt::Field<crate::beta::PersonDataSources> {
        match self {
            Self::ItemFacet(v) => &mut v.source,
            Self::EducationalActivity(v) => &mut v.source,
            Self::ItemAddress(v) => &mut v.source,
            Self::ItemEmail(v) => &mut v.source,
            Self::ItemPatent(v) => &mut v.source,
            Self::ItemPhone(v) => &mut v.source,
            Self::ItemPublication(v) => &mut v.source,
            Self::LanguageProficiency(v) => &mut v.source,
            Self::PersonAnnotation(v) => &mut v.source,
            Self::PersonAnnualEvent(v) => &mut v.source,
            Self::PersonAward(v) => &mut v.source,
            Self::PersonCertification(v) => &mut v.source,
            Self::PersonInterest(v) => &mut v.source,
            Self::PersonName(v) => &mut v.source,
            #[cfg(msgraph_beta_search)]
            Self::PersonResponsibility(v) => &mut v.source,
            Self::PersonWebsite(v) => &mut v.source,
            Self::ProjectParticipation(v) => &mut v.source,
            Self::SkillProficiency(v) => &mut v.source,
            Self::UserAccountInformation(v) => &mut v.source,
            Self::WebAccount(v) => &mut v.source,
            Self::WorkPosition(v) => &mut v.source,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_poly!(AnyItemFacet);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyItemFacet);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.itemPatent`, entity type, derived from `microsoft.graph.itemFacet`, key `id`.
///
/// Request builders: [`ItemFacetPath`](requests/trait.ItemFacetPath.html), what a path to one (`EntityPath<ItemPatent, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ItemPatent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `allowedAudiences`: `microsoft.graph.allowedAudiences`, nullable.
    pub allowed_audiences: rt::Field<rt::Flags<crate::beta::AllowedAudiences>>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, not nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `inference`: `microsoft.graph.inferenceData`, nullable.
    pub inference: rt::Field<crate::beta::InferenceData>,
    /// CSDL: property `isSearchable`: `Edm.Boolean`, nullable.
    pub is_searchable: rt::Field<bool>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, not nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `source`: `microsoft.graph.personDataSources`, nullable.
    pub source: rt::Field<crate::beta::PersonDataSources>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isPending`: `Edm.Boolean`, nullable.
    pub is_pending: rt::Field<bool>,
    /// CSDL: property `issuedDate`: `Edm.Date`, nullable.
    pub issued_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `issuingAuthority`: `Edm.String`, nullable.
    pub issuing_authority: rt::Field<::std::string::String>,
    /// CSDL: property `number`: `Edm.String`, nullable.
    pub number: rt::Field<::std::string::String>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ItemPatent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            allowed_audiences: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            inference: rt::Field::Absent,
            is_searchable: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            source: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_pending: rt::Field::Absent,
            issued_date: rt::Field::Absent,
            issuing_authority: rt::Field::Absent,
            number: rt::Field::Absent,
            web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ItemPatent {
    const TYPE_NAME: &'static str = "microsoft.graph.itemPatent";
    const KEYS: &'static [&'static str] = &[
        "id",
        "allowedAudiences",
        "createdBy",
        "createdDateTime",
        "inference",
        "isSearchable",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "source",
        "description",
        "displayName",
        "isPending",
        "issuedDate",
        "issuingAuthority",
        "number",
        "webUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"allowedAudiences\":             ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"inference\":                    ",
        ",\"isSearchable\":                 ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"source\":                       ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isPending\":                    ",
        ",\"issuedDate\":                   ",
        ",\"issuingAuthority\":             ",
        ",\"number\":                       ",
        ",\"webUrl\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.itemPatent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "allowed_audiences", &self.allowed_audiences);
        v.field(2usize, "created_by", &self.created_by);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "inference", &self.inference);
        v.field(5usize, "is_searchable", &self.is_searchable);
        v.field(6usize, "last_modified_by", &self.last_modified_by);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "source", &self.source);
        v.field(9usize, "description", &self.description);
        v.field(10usize, "display_name", &self.display_name);
        v.field(11usize, "is_pending", &self.is_pending);
        v.field(12usize, "issued_date", &self.issued_date);
        v.field(13usize, "issuing_authority", &self.issuing_authority);
        v.field(14usize, "number", &self.number);
        v.field(15usize, "web_url", &self.web_url);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ItemPatent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.allowed_audiences.read_from(r),
            2usize => self.created_by.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.inference.read_from(r),
            5usize => self.is_searchable.read_from(r),
            6usize => self.last_modified_by.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.source.read_from(r),
            9usize => self.description.read_from(r),
            10usize => self.display_name.read_from(r),
            11usize => self.is_pending.read_from(r),
            12usize => self.issued_date.read_from(r),
            13usize => self.issuing_authority.read_from(r),
            14usize => self.number.read_from(r),
            15usize => self.web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.allowed_audiences);
        w.field(2usize, &self.created_by);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.inference);
        w.field(5usize, &self.is_searchable);
        w.field(6usize, &self.last_modified_by);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.source);
        w.field(9usize, &self.description);
        w.field(10usize, &self.display_name);
        w.field(11usize, &self.is_pending);
        w.field(12usize, &self.issued_date);
        w.field(13usize, &self.issuing_authority);
        w.field(14usize, &self.number);
        w.field(15usize, &self.web_url);
    }
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
rt::impl_object!(ItemPatent);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ItemPatent { with_id id : ::std::string::String; with_allowed_audiences
    allowed_audiences : rt::Flags < crate ::beta::AllowedAudiences >; with_created_by
    created_by : crate ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_inference inference : crate ::beta::InferenceData;
    with_is_searchable is_searchable : bool; with_last_modified_by last_modified_by :
    crate ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_source source : crate ::beta::PersonDataSources;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_is_pending is_pending : bool; with_issued_date
    issued_date : rt::edm::Date; with_issuing_authority issuing_authority :
    ::std::string::String; with_number number : ::std::string::String; with_web_url
    web_url : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ItemPatent);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.itemPhone`, entity type, derived from `microsoft.graph.itemFacet`, key `id`.
///
/// Request builders: [`ItemFacetPath`](requests/trait.ItemFacetPath.html), what a path to one (`EntityPath<ItemPhone, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ItemPhone {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `allowedAudiences`: `microsoft.graph.allowedAudiences`, nullable.
    pub allowed_audiences: rt::Field<rt::Flags<crate::beta::AllowedAudiences>>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, not nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `inference`: `microsoft.graph.inferenceData`, nullable.
    pub inference: rt::Field<crate::beta::InferenceData>,
    /// CSDL: property `isSearchable`: `Edm.Boolean`, nullable.
    pub is_searchable: rt::Field<bool>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, not nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `source`: `microsoft.graph.personDataSources`, nullable.
    pub source: rt::Field<crate::beta::PersonDataSources>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `number`: `Edm.String`, not nullable.
    pub number: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `microsoft.graph.phoneType`, not nullable.
    pub type_: rt::Field<crate::beta::PhoneType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ItemPhone {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            allowed_audiences: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            inference: rt::Field::Absent,
            is_searchable: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            source: rt::Field::Absent,
            display_name: rt::Field::Absent,
            number: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ItemPhone {
    const TYPE_NAME: &'static str = "microsoft.graph.itemPhone";
    const KEYS: &'static [&'static str] = &[
        "id",
        "allowedAudiences",
        "createdBy",
        "createdDateTime",
        "inference",
        "isSearchable",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "source",
        "displayName",
        "number",
        "type",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"allowedAudiences\":             ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"inference\":                    ",
        ",\"isSearchable\":                 ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"source\":                       ",
        ",\"displayName\":                  ",
        ",\"number\":                       ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.itemPhone\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "allowed_audiences", &self.allowed_audiences);
        v.field(2usize, "created_by", &self.created_by);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "inference", &self.inference);
        v.field(5usize, "is_searchable", &self.is_searchable);
        v.field(6usize, "last_modified_by", &self.last_modified_by);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "source", &self.source);
        v.field(9usize, "display_name", &self.display_name);
        v.field(10usize, "number", &self.number);
        v.field(11usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ItemPhone {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.allowed_audiences.read_from(r),
            2usize => self.created_by.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.inference.read_from(r),
            5usize => self.is_searchable.read_from(r),
            6usize => self.last_modified_by.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.source.read_from(r),
            9usize => self.display_name.read_from(r),
            10usize => self.number.read_from(r),
            11usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.allowed_audiences);
        w.field(2usize, &self.created_by);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.inference);
        w.field(5usize, &self.is_searchable);
        w.field(6usize, &self.last_modified_by);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.source);
        w.field(9usize, &self.display_name);
        w.field(10usize, &self.number);
        w.field(11usize, &self.type_);
    }
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
rt::impl_object!(ItemPhone);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ItemPhone { with_id id : ::std::string::String; with_allowed_audiences
    allowed_audiences : rt::Flags < crate ::beta::AllowedAudiences >; with_created_by
    created_by : crate ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_inference inference : crate ::beta::InferenceData;
    with_is_searchable is_searchable : bool; with_last_modified_by last_modified_by :
    crate ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_source source : crate ::beta::PersonDataSources;
    with_display_name display_name : ::std::string::String; with_number number :
    ::std::string::String; with_type type_ : crate ::beta::PhoneType; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ItemPhone);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.itemPreviewInfo`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ItemPreviewInfo {
    /// CSDL: property `getUrl`: `Edm.String`, nullable.
    pub get_url: rt::Field<::std::string::String>,
    /// CSDL: property `postParameters`: `Edm.String`, nullable.
    pub post_parameters: rt::Field<::std::string::String>,
    /// CSDL: property `postUrl`: `Edm.String`, nullable.
    pub post_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for ItemPreviewInfo {
    #[inline]
    fn default() -> Self {
        Self {
            get_url: rt::Field::Absent,
            post_parameters: rt::Field::Absent,
            post_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for ItemPreviewInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.itemPreviewInfo";
    const KEYS: &'static [&'static str] = &["getUrl", "postParameters", "postUrl"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"getUrl\":                       ",
        ",\"postParameters\":               ",
        ",\"postUrl\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.itemPreviewInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "get_url", &self.get_url);
        v.field(1usize, "post_parameters", &self.post_parameters);
        v.field(2usize, "post_url", &self.post_url);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for ItemPreviewInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.get_url.read_from(r),
            1usize => self.post_parameters.read_from(r),
            2usize => self.post_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.get_url);
        w.field(1usize, &self.post_parameters);
        w.field(2usize, &self.post_url);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(ItemPreviewInfo);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    ItemPreviewInfo { with_get_url get_url : ::std::string::String; with_post_parameters
    post_parameters : ::std::string::String; with_post_url post_url :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(ItemPreviewInfo);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.itemPublication`, entity type, derived from `microsoft.graph.itemFacet`, key `id`.
///
/// Request builders: [`ItemFacetPath`](requests/trait.ItemFacetPath.html), what a path to one (`EntityPath<ItemPublication, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ItemPublication {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `allowedAudiences`: `microsoft.graph.allowedAudiences`, nullable.
    pub allowed_audiences: rt::Field<rt::Flags<crate::beta::AllowedAudiences>>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, not nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `inference`: `microsoft.graph.inferenceData`, nullable.
    pub inference: rt::Field<crate::beta::InferenceData>,
    /// CSDL: property `isSearchable`: `Edm.Boolean`, nullable.
    pub is_searchable: rt::Field<bool>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, not nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `source`: `microsoft.graph.personDataSources`, nullable.
    pub source: rt::Field<crate::beta::PersonDataSources>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `publishedDate`: `Edm.Date`, nullable.
    pub published_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// CSDL: property `thumbnailUrl`: `Edm.String`, nullable.
    pub thumbnail_url: rt::Field<::std::string::String>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ItemPublication {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            allowed_audiences: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            inference: rt::Field::Absent,
            is_searchable: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            source: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            published_date: rt::Field::Absent,
            publisher: rt::Field::Absent,
            thumbnail_url: rt::Field::Absent,
            web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ItemPublication {
    const TYPE_NAME: &'static str = "microsoft.graph.itemPublication";
    const KEYS: &'static [&'static str] = &[
        "id",
        "allowedAudiences",
        "createdBy",
        "createdDateTime",
        "inference",
        "isSearchable",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "source",
        "description",
        "displayName",
        "publishedDate",
        "publisher",
        "thumbnailUrl",
        "webUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"allowedAudiences\":             ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"inference\":                    ",
        ",\"isSearchable\":                 ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"source\":                       ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"publishedDate\":                ",
        ",\"publisher\":                    ",
        ",\"thumbnailUrl\":                 ",
        ",\"webUrl\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.itemPublication\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "allowed_audiences", &self.allowed_audiences);
        v.field(2usize, "created_by", &self.created_by);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "inference", &self.inference);
        v.field(5usize, "is_searchable", &self.is_searchable);
        v.field(6usize, "last_modified_by", &self.last_modified_by);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "source", &self.source);
        v.field(9usize, "description", &self.description);
        v.field(10usize, "display_name", &self.display_name);
        v.field(11usize, "published_date", &self.published_date);
        v.field(12usize, "publisher", &self.publisher);
        v.field(13usize, "thumbnail_url", &self.thumbnail_url);
        v.field(14usize, "web_url", &self.web_url);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ItemPublication {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.allowed_audiences.read_from(r),
            2usize => self.created_by.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.inference.read_from(r),
            5usize => self.is_searchable.read_from(r),
            6usize => self.last_modified_by.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.source.read_from(r),
            9usize => self.description.read_from(r),
            10usize => self.display_name.read_from(r),
            11usize => self.published_date.read_from(r),
            12usize => self.publisher.read_from(r),
            13usize => self.thumbnail_url.read_from(r),
            14usize => self.web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.allowed_audiences);
        w.field(2usize, &self.created_by);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.inference);
        w.field(5usize, &self.is_searchable);
        w.field(6usize, &self.last_modified_by);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.source);
        w.field(9usize, &self.description);
        w.field(10usize, &self.display_name);
        w.field(11usize, &self.published_date);
        w.field(12usize, &self.publisher);
        w.field(13usize, &self.thumbnail_url);
        w.field(14usize, &self.web_url);
    }
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
rt::impl_object!(ItemPublication);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ItemPublication { with_id id : ::std::string::String; with_allowed_audiences
    allowed_audiences : rt::Flags < crate ::beta::AllowedAudiences >; with_created_by
    created_by : crate ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_inference inference : crate ::beta::InferenceData;
    with_is_searchable is_searchable : bool; with_last_modified_by last_modified_by :
    crate ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_source source : crate ::beta::PersonDataSources;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_published_date published_date : rt::edm::Date;
    with_publisher publisher : ::std::string::String; with_thumbnail_url thumbnail_url :
    ::std::string::String; with_web_url web_url : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ItemPublication);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.jobResponseBase`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`JobResponseBasePath`](requests/trait.JobResponseBasePath.html), what a path to one (`EntityPath<AnyJobResponseBase, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct JobResponseBase {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `creationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub creation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `error`: `microsoft.graph.classificationError`, nullable.
    pub error: rt::Field<crate::beta::ClassificationError>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: property `tenantId`: `Edm.String`, nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for JobResponseBase {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            creation_date_time: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            error: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Object for JobResponseBase {
    const TYPE_NAME: &'static str = "microsoft.graph.jobResponseBase";
    const KEYS: &'static [&'static str] = &[
        "id",
        "creationDateTime",
        "endDateTime",
        "error",
        "startDateTime",
        "status",
        "tenantId",
        "type",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"creationDateTime\":             ",
        ",\"endDateTime\":                  ",
        ",\"error\":                        ",
        ",\"startDateTime\":                ",
        ",\"status\":                       ",
        ",\"tenantId\":                     ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.jobResponseBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "creation_date_time", &self.creation_date_time);
        v.field(2usize, "end_date_time", &self.end_date_time);
        v.field(3usize, "error", &self.error);
        v.field(4usize, "start_date_time", &self.start_date_time);
        v.field(5usize, "status", &self.status);
        v.field(6usize, "tenant_id", &self.tenant_id);
        v.field(7usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::object::Members for JobResponseBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.creation_date_time.read_from(r),
            2usize => self.end_date_time.read_from(r),
            3usize => self.error.read_from(r),
            4usize => self.start_date_time.read_from(r),
            5usize => self.status.read_from(r),
            6usize => self.tenant_id.read_from(r),
            7usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.creation_date_time);
        w.field(2usize, &self.end_date_time);
        w.field(3usize, &self.error);
        w.field(4usize, &self.start_date_time);
        w.field(5usize, &self.status);
        w.field(6usize, &self.tenant_id);
        w.field(7usize, &self.type_);
    }
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
rt::impl_object!(JobResponseBase);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_setters!(
    JobResponseBase { with_id id : ::std::string::String; with_creation_date_time
    creation_date_time : rt::edm::DateTimeOffset; with_end_date_time end_date_time :
    rt::edm::DateTimeOffset; with_error error : crate ::beta::ClassificationError;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset; with_status status :
    ::std::string::String; with_tenant_id tenant_id : ::std::string::String; with_type
    type_ : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(JobResponseBase);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// `microsoft.graph.jobResponseBase` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyJobResponseBase {
    JobResponseBase(::std::boxed::Box<crate::beta::JobResponseBase>),
    #[cfg(msgraph_beta_data_classification_or_search)]
    ClassificationJobResponse(::std::boxed::Box<crate::beta::ClassificationJobResponse>),
    DlpEvaluatePoliciesJobResponse(
        ::std::boxed::Box<crate::beta::DlpEvaluatePoliciesJobResponse>,
    ),
    EvaluateLabelJobResponse(::std::boxed::Box<crate::beta::EvaluateLabelJobResponse>),
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for AnyJobResponseBase {
    #[inline]
    fn default() -> Self {
        Self::JobResponseBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::JobResponseBase> for AnyJobResponseBase {
    #[inline]
    fn from(v: crate::beta::JobResponseBase) -> Self {
        Self::JobResponseBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ClassificationJobResponse>
for AnyJobResponseBase {
    #[inline]
    fn from(v: crate::beta::ClassificationJobResponse) -> Self {
        Self::ClassificationJobResponse(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DlpEvaluatePoliciesJobResponse>
for AnyJobResponseBase {
    #[inline]
    fn from(v: crate::beta::DlpEvaluatePoliciesJobResponse) -> Self {
        Self::DlpEvaluatePoliciesJobResponse(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EvaluateLabelJobResponse> for AnyJobResponseBase {
    #[inline]
    fn from(v: crate::beta::EvaluateLabelJobResponse) -> Self {
        Self::EvaluateLabelJobResponse(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
unsafe impl ::std::marker::Send for AnyJobResponseBase {}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
unsafe impl ::std::marker::Sync for AnyJobResponseBase {}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::marker::Unpin for AnyJobResponseBase {}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::panic::UnwindSafe for AnyJobResponseBase {}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::panic::RefUnwindSafe for AnyJobResponseBase {}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
const _: () = {
    rt::object::auto_traits::<crate::beta::JobResponseBase>();
    #[cfg(msgraph_beta_data_classification_or_search)]
    rt::object::auto_traits::<crate::beta::ClassificationJobResponse>();
    rt::object::auto_traits::<crate::beta::DlpEvaluatePoliciesJobResponse>();
    rt::object::auto_traits::<crate::beta::EvaluateLabelJobResponse>();
};
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Poly for AnyJobResponseBase {
    const BASE_NAME: &'static str = "microsoft.graph.jobResponseBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            #[cfg(msgraph_beta_data_classification_or_search)]
            ::std::option::Option::Some("microsoft.graph.classificationJobResponse") => {
                Self::ClassificationJobResponse(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.dlpEvaluatePoliciesJobResponse",
            ) => Self::DlpEvaluatePoliciesJobResponse(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.evaluateLabelJobResponse") => {
                Self::EvaluateLabelJobResponse(rt::object::new_boxed())
            }
            _ => Self::JobResponseBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::JobResponseBase(v) => &**v,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ClassificationJobResponse(v) => &**v,
            Self::DlpEvaluatePoliciesJobResponse(v) => &**v,
            Self::EvaluateLabelJobResponse(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::JobResponseBase(v) => &mut **v,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ClassificationJobResponse(v) => &mut **v,
            Self::DlpEvaluatePoliciesJobResponse(v) => &mut **v,
            Self::EvaluateLabelJobResponse(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl AnyJobResponseBase {
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
            Self::JobResponseBase(v) => &v.id,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ClassificationJobResponse(v) => &v.id,
            Self::DlpEvaluatePoliciesJobResponse(v) => &v.id,
            Self::EvaluateLabelJobResponse(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::JobResponseBase(v) => &mut v.id,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ClassificationJobResponse(v) => &mut v.id,
            Self::DlpEvaluatePoliciesJobResponse(v) => &mut v.id,
            Self::EvaluateLabelJobResponse(v) => &mut v.id,
        }
    }
    /// `creationDateTime` of any variant.
    #[inline]
    pub fn creation_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::JobResponseBase(v) => &v.creation_date_time,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ClassificationJobResponse(v) => &v.creation_date_time,
            Self::DlpEvaluatePoliciesJobResponse(v) => &v.creation_date_time,
            Self::EvaluateLabelJobResponse(v) => &v.creation_date_time,
        }
    }
    /// `creationDateTime` of any variant.
    #[inline]
    pub fn creation_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::JobResponseBase(v) => &mut v.creation_date_time,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ClassificationJobResponse(v) => &mut v.creation_date_time,
            Self::DlpEvaluatePoliciesJobResponse(v) => &mut v.creation_date_time,
            Self::EvaluateLabelJobResponse(v) => &mut v.creation_date_time,
        }
    }
    /// `endDateTime` of any variant.
    #[inline]
    pub fn end_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::JobResponseBase(v) => &v.end_date_time,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ClassificationJobResponse(v) => &v.end_date_time,
            Self::DlpEvaluatePoliciesJobResponse(v) => &v.end_date_time,
            Self::EvaluateLabelJobResponse(v) => &v.end_date_time,
        }
    }
    /// `endDateTime` of any variant.
    #[inline]
    pub fn end_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::JobResponseBase(v) => &mut v.end_date_time,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ClassificationJobResponse(v) => &mut v.end_date_time,
            Self::DlpEvaluatePoliciesJobResponse(v) => &mut v.end_date_time,
            Self::EvaluateLabelJobResponse(v) => &mut v.end_date_time,
        }
    }
    /// `error` of any variant.
    #[inline]
    pub fn error(&self) -> &rt::Field<crate::beta::ClassificationError> {
        match self {
            Self::JobResponseBase(v) => &v.error,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ClassificationJobResponse(v) => &v.error,
            Self::DlpEvaluatePoliciesJobResponse(v) => &v.error,
            Self::EvaluateLabelJobResponse(v) => &v.error,
        }
    }
    /// `error` of any variant.
    #[inline]
    pub fn error_mut(&mut self) -> &mut rt::Field<crate::beta::ClassificationError> {
        match self {
            Self::JobResponseBase(v) => &mut v.error,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ClassificationJobResponse(v) => &mut v.error,
            Self::DlpEvaluatePoliciesJobResponse(v) => &mut v.error,
            Self::EvaluateLabelJobResponse(v) => &mut v.error,
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::JobResponseBase(v) => &v.start_date_time,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ClassificationJobResponse(v) => &v.start_date_time,
            Self::DlpEvaluatePoliciesJobResponse(v) => &v.start_date_time,
            Self::EvaluateLabelJobResponse(v) => &v.start_date_time,
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::JobResponseBase(v) => &mut v.start_date_time,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ClassificationJobResponse(v) => &mut v.start_date_time,
            Self::DlpEvaluatePoliciesJobResponse(v) => &mut v.start_date_time,
            Self::EvaluateLabelJobResponse(v) => &mut v.start_date_time,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::JobResponseBase(v) => &v.status,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ClassificationJobResponse(v) => &v.status,
            Self::DlpEvaluatePoliciesJobResponse(v) => &v.status,
            Self::EvaluateLabelJobResponse(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::JobResponseBase(v) => &mut v.status,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ClassificationJobResponse(v) => &mut v.status,
            Self::DlpEvaluatePoliciesJobResponse(v) => &mut v.status,
            Self::EvaluateLabelJobResponse(v) => &mut v.status,
        }
    }
    /// `tenantId` of any variant.
    #[inline]
    pub fn tenant_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::JobResponseBase(v) => &v.tenant_id,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ClassificationJobResponse(v) => &v.tenant_id,
            Self::DlpEvaluatePoliciesJobResponse(v) => &v.tenant_id,
            Self::EvaluateLabelJobResponse(v) => &v.tenant_id,
        }
    }
    /// `tenantId` of any variant.
    #[inline]
    pub fn tenant_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::JobResponseBase(v) => &mut v.tenant_id,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ClassificationJobResponse(v) => &mut v.tenant_id,
            Self::DlpEvaluatePoliciesJobResponse(v) => &mut v.tenant_id,
            Self::EvaluateLabelJobResponse(v) => &mut v.tenant_id,
        }
    }
    /// `type` of any variant.
    #[inline]
    pub fn type_(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::JobResponseBase(v) => &v.type_,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ClassificationJobResponse(v) => &v.type_,
            Self::DlpEvaluatePoliciesJobResponse(v) => &v.type_,
            Self::EvaluateLabelJobResponse(v) => &v.type_,
        }
    }
    /// `type` of any variant.
    #[inline]
    pub fn type_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::JobResponseBase(v) => &mut v.type_,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ClassificationJobResponse(v) => &mut v.type_,
            Self::DlpEvaluatePoliciesJobResponse(v) => &mut v.type_,
            Self::EvaluateLabelJobResponse(v) => &mut v.type_,
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_poly!(AnyJobResponseBase);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyJobResponseBase);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.joinType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum JoinType {
    /// `unknown` (value 0).
    Unknown,
    /// `azureADJoined` (value 1).
    AzureAdJoined,
    /// `azureADRegistered` (value 2).
    AzureAdRegistered,
    /// `hybridAzureADJoined` (value 3).
    HybridAzureAdJoined,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for JoinType {
    const TYPE_NAME: &'static str = "microsoft.graph.joinType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "azureADJoined",
        "azureADRegistered",
        "hybridAzureADJoined",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "azureADJoined" => Self::AzureAdJoined,
                "azureADRegistered" => Self::AzureAdRegistered,
                "hybridAzureADJoined" => Self::HybridAzureAdJoined,
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
            Self::AzureAdJoined => "azureADJoined",
            Self::AzureAdRegistered => "azureADRegistered",
            Self::HybridAzureAdJoined => "hybridAzureADJoined",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(JoinType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(JoinType);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.journal`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`JournalPath`](requests/trait.JournalPath.html), what a path to one (`EntityPath<Journal, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct Journal {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `balancingAccountId`: `Edm.Guid`, nullable.
    pub balancing_account_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `balancingAccountNumber`: `Edm.String`, nullable.
    pub balancing_account_number: rt::Field<::std::string::String>,
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: containment navigation property `account`: `microsoft.graph.account`, nullable.
    pub account: rt::Field<crate::beta::Account>,
    /// CSDL: containment navigation property `journalLines`: `Collection(microsoft.graph.journalLine)`, not nullable.
    pub journal_lines: rt::Field<::std::vec::Vec<crate::beta::JournalLine>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for Journal {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            balancing_account_id: rt::Field::Absent,
            balancing_account_number: rt::Field::Absent,
            code: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            account: rt::Field::Absent,
            journal_lines: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for Journal {
    const TYPE_NAME: &'static str = "microsoft.graph.journal";
    const KEYS: &'static [&'static str] = &[
        "id",
        "balancingAccountId",
        "balancingAccountNumber",
        "code",
        "displayName",
        "lastModifiedDateTime",
        "account",
        "journalLines",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"balancingAccountId\":           ",
        ",\"balancingAccountNumber\":       ",
        ",\"code\":                         ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"account\":                      ",
        ",\"journalLines\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.journal\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "balancing_account_id", &self.balancing_account_id);
        v.field(2usize, "balancing_account_number", &self.balancing_account_number);
        v.field(3usize, "code", &self.code);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(6usize, "account", &self.account);
        v.field(7usize, "journal_lines", &self.journal_lines);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for Journal {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.balancing_account_id.read_from(r),
            2usize => self.balancing_account_number.read_from(r),
            3usize => self.code.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.last_modified_date_time.read_from(r),
            6usize => self.account.read_from(r),
            7usize => self.journal_lines.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.balancing_account_id);
        w.field(2usize, &self.balancing_account_number);
        w.field(3usize, &self.code);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.last_modified_date_time);
        w.field(6usize, &self.account);
        w.field(7usize, &self.journal_lines);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_object!(Journal);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    Journal { with_id id : ::std::string::String; with_balancing_account_id
    balancing_account_id : rt::edm::Guid; with_balancing_account_number
    balancing_account_number : ::std::string::String; with_code code :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_account account : crate ::beta::Account; with_journal_lines journal_lines :
    ::std::vec::Vec < crate ::beta::JournalLine >; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Journal);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.journalLine`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`JournalLinePath`](requests/trait.JournalLinePath.html), what a path to one (`EntityPath<JournalLine, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct JournalLine {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `accountId`: `Edm.Guid`, nullable.
    pub account_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `accountNumber`: `Edm.String`, nullable.
    pub account_number: rt::Field<::std::string::String>,
    /// CSDL: property `amount`: `Edm.Decimal`, nullable.
    pub amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `documentNumber`: `Edm.String`, nullable.
    pub document_number: rt::Field<::std::string::String>,
    /// CSDL: property `externalDocumentNumber`: `Edm.String`, nullable.
    pub external_document_number: rt::Field<::std::string::String>,
    /// CSDL: property `journalDisplayName`: `Edm.String`, nullable.
    pub journal_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lineNumber`: `Edm.Int32`, nullable.
    pub line_number: rt::Field<i32>,
    /// CSDL: property `postingDate`: `Edm.Date`, nullable.
    pub posting_date: rt::Field<rt::edm::Date>,
    /// CSDL: containment navigation property `account`: `microsoft.graph.account`, nullable.
    pub account: rt::Field<crate::beta::Account>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for JournalLine {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            account_id: rt::Field::Absent,
            account_number: rt::Field::Absent,
            amount: rt::Field::Absent,
            comment: rt::Field::Absent,
            description: rt::Field::Absent,
            document_number: rt::Field::Absent,
            external_document_number: rt::Field::Absent,
            journal_display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            line_number: rt::Field::Absent,
            posting_date: rt::Field::Absent,
            account: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for JournalLine {
    const TYPE_NAME: &'static str = "microsoft.graph.journalLine";
    const KEYS: &'static [&'static str] = &[
        "id",
        "accountId",
        "accountNumber",
        "amount",
        "comment",
        "description",
        "documentNumber",
        "externalDocumentNumber",
        "journalDisplayName",
        "lastModifiedDateTime",
        "lineNumber",
        "postingDate",
        "account",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"accountId\":                    ",
        ",\"accountNumber\":                ",
        ",\"amount\":                       ",
        ",\"comment\":                      ",
        ",\"description\":                  ",
        ",\"documentNumber\":               ",
        ",\"externalDocumentNumber\":       ",
        ",\"journalDisplayName\":           ",
        ",\"lastModifiedDateTime\":         ",
        ",\"lineNumber\":                   ",
        ",\"postingDate\":                  ",
        ",\"account\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.journalLine\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "account_id", &self.account_id);
        v.field(2usize, "account_number", &self.account_number);
        v.field(3usize, "amount", &self.amount);
        v.field(4usize, "comment", &self.comment);
        v.field(5usize, "description", &self.description);
        v.field(6usize, "document_number", &self.document_number);
        v.field(7usize, "external_document_number", &self.external_document_number);
        v.field(8usize, "journal_display_name", &self.journal_display_name);
        v.field(9usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(10usize, "line_number", &self.line_number);
        v.field(11usize, "posting_date", &self.posting_date);
        v.field(12usize, "account", &self.account);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for JournalLine {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.account_id.read_from(r),
            2usize => self.account_number.read_from(r),
            3usize => self.amount.read_from(r),
            4usize => self.comment.read_from(r),
            5usize => self.description.read_from(r),
            6usize => self.document_number.read_from(r),
            7usize => self.external_document_number.read_from(r),
            8usize => self.journal_display_name.read_from(r),
            9usize => self.last_modified_date_time.read_from(r),
            10usize => self.line_number.read_from(r),
            11usize => self.posting_date.read_from(r),
            12usize => self.account.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.account_id);
        w.field(2usize, &self.account_number);
        w.field(3usize, &self.amount);
        w.field(4usize, &self.comment);
        w.field(5usize, &self.description);
        w.field(6usize, &self.document_number);
        w.field(7usize, &self.external_document_number);
        w.field(8usize, &self.journal_display_name);
        w.field(9usize, &self.last_modified_date_time);
        w.field(10usize, &self.line_number);
        w.field(11usize, &self.posting_date);
        w.field(12usize, &self.account);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_object!(JournalLine);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    JournalLine { with_id id : ::std::string::String; with_account_id account_id :
    rt::edm::Guid; with_account_number account_number : ::std::string::String;
    with_amount amount : rt::edm::Decimal; with_comment comment : ::std::string::String;
    with_description description : ::std::string::String; with_document_number
    document_number : ::std::string::String; with_external_document_number
    external_document_number : ::std::string::String; with_journal_display_name
    journal_display_name : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_line_number line_number :
    i32; with_posting_date posting_date : rt::edm::Date; with_account account : crate
    ::beta::Account; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(JournalLine);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents a Kerberos-type Single Sign-On extension profile.
///
/// CSDL: `microsoft.graph.kerberosSingleSignOnExtension`, complex type, derived from `microsoft.graph.singleSignOnExtension`, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct KerberosSingleSignOnExtension {
    /// Gets or sets the Active Directory site.
    ///
    /// CSDL: property `activeDirectorySiteCode`: `Edm.String`, nullable.
    pub active_directory_site_code: rt::Field<::std::string::String>,
    /// Enables or disables whether the Kerberos extension can automatically determine its site name.
    ///
    /// CSDL: property `blockActiveDirectorySiteAutoDiscovery`: `Edm.Boolean`, not nullable.
    pub block_active_directory_site_auto_discovery: rt::Field<bool>,
    /// Enables or disables Keychain usage.
    ///
    /// CSDL: property `blockAutomaticLogin`: `Edm.Boolean`, not nullable.
    pub block_automatic_login: rt::Field<bool>,
    /// Gets or sets the Generic Security Services name of the Kerberos cache to use for this profile.
    ///
    /// CSDL: property `cacheName`: `Edm.String`, nullable.
    pub cache_name: rt::Field<::std::string::String>,
    /// Gets or sets a list of app Bundle IDs allowed to access the Kerberos Ticket Granting Ticket.
    ///
    /// CSDL: property `credentialBundleIdAccessControlList`: `Collection(Edm.String)`, nullable.
    pub credential_bundle_id_access_control_list: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Gets or sets a list of realms for custom domain-realm mapping. Realms are case sensitive.
    ///
    /// CSDL: property `domainRealms`: `Collection(Edm.String)`, nullable.
    pub domain_realms: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Gets or sets a list of hosts or domain names for which the app extension performs SSO.
    ///
    /// CSDL: property `domains`: `Collection(Edm.String)`, nullable.
    pub domains: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// When true, this profile's realm will be selected as the default. Necessary if multiple Kerberos-type profiles are configured.
    ///
    /// CSDL: property `isDefaultRealm`: `Edm.Boolean`, not nullable.
    pub is_default_realm: rt::Field<bool>,
    /// Enables or disables password changes.
    ///
    /// CSDL: property `passwordBlockModification`: `Edm.Boolean`, not nullable.
    pub password_block_modification: rt::Field<bool>,
    /// Gets or sets the URL that the user will be sent to when they initiate a password change.
    ///
    /// CSDL: property `passwordChangeUrl`: `Edm.String`, nullable.
    pub password_change_url: rt::Field<::std::string::String>,
    /// Enables or disables password syncing. This won't affect users logged in with a mobile account on macOS.
    ///
    /// CSDL: property `passwordEnableLocalSync`: `Edm.Boolean`, not nullable.
    pub password_enable_local_sync: rt::Field<bool>,
    /// Overrides the default password expiration in days. For most domains, this value is calculated automatically.
    ///
    /// CSDL: property `passwordExpirationDays`: `Edm.Int32`, nullable.
    pub password_expiration_days: rt::Field<i32>,
    /// Gets or sets the number of days until the user is notified that their password will expire (default is 15).
    ///
    /// CSDL: property `passwordExpirationNotificationDays`: `Edm.Int32`, nullable.
    pub password_expiration_notification_days: rt::Field<i32>,
    /// Gets or sets the minimum number of days until a user can change their password again.
    ///
    /// CSDL: property `passwordMinimumAgeDays`: `Edm.Int32`, nullable.
    pub password_minimum_age_days: rt::Field<i32>,
    /// Gets or sets the minimum length of a password.
    ///
    /// CSDL: property `passwordMinimumLength`: `Edm.Int32`, nullable.
    pub password_minimum_length: rt::Field<i32>,
    /// Gets or sets the number of previous passwords to block.
    ///
    /// CSDL: property `passwordPreviousPasswordBlockCount`: `Edm.Int32`, nullable.
    pub password_previous_password_block_count: rt::Field<i32>,
    /// Enables or disables whether passwords must meet Active Directory's complexity requirements.
    ///
    /// CSDL: property `passwordRequireActiveDirectoryComplexity`: `Edm.Boolean`, not nullable.
    pub password_require_active_directory_complexity: rt::Field<bool>,
    /// Gets or sets a description of the password complexity requirements.
    ///
    /// CSDL: property `passwordRequirementsDescription`: `Edm.String`, nullable.
    pub password_requirements_description: rt::Field<::std::string::String>,
    /// Gets or sets the case-sensitive realm name for this profile.
    ///
    /// CSDL: property `realm`: `Edm.String`, not nullable.
    pub realm: rt::Field<::std::string::String>,
    /// Gets or sets whether to require authentication via Touch ID, Face ID, or a passcode to access the keychain entry.
    ///
    /// CSDL: property `requireUserPresence`: `Edm.Boolean`, not nullable.
    pub require_user_presence: rt::Field<bool>,
    /// Gets or sets the principle user name to use for this profile. The realm name does not need to be included.
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for KerberosSingleSignOnExtension {
    #[inline]
    fn default() -> Self {
        Self {
            active_directory_site_code: rt::Field::Absent,
            block_active_directory_site_auto_discovery: rt::Field::Absent,
            block_automatic_login: rt::Field::Absent,
            cache_name: rt::Field::Absent,
            credential_bundle_id_access_control_list: rt::Field::Absent,
            domain_realms: rt::Field::Absent,
            domains: rt::Field::Absent,
            is_default_realm: rt::Field::Absent,
            password_block_modification: rt::Field::Absent,
            password_change_url: rt::Field::Absent,
            password_enable_local_sync: rt::Field::Absent,
            password_expiration_days: rt::Field::Absent,
            password_expiration_notification_days: rt::Field::Absent,
            password_minimum_age_days: rt::Field::Absent,
            password_minimum_length: rt::Field::Absent,
            password_previous_password_block_count: rt::Field::Absent,
            password_require_active_directory_complexity: rt::Field::Absent,
            password_requirements_description: rt::Field::Absent,
            realm: rt::Field::Absent,
            require_user_presence: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for KerberosSingleSignOnExtension {
    const TYPE_NAME: &'static str = "microsoft.graph.kerberosSingleSignOnExtension";
    const KEYS: &'static [&'static str] = &[
        "activeDirectorySiteCode",
        "blockActiveDirectorySiteAutoDiscovery",
        "blockAutomaticLogin",
        "cacheName",
        "credentialBundleIdAccessControlList",
        "domainRealms",
        "domains",
        "isDefaultRealm",
        "passwordBlockModification",
        "passwordChangeUrl",
        "passwordEnableLocalSync",
        "passwordExpirationDays",
        "passwordExpirationNotificationDays",
        "passwordMinimumAgeDays",
        "passwordMinimumLength",
        "passwordPreviousPasswordBlockCount",
        "passwordRequireActiveDirectoryComplexity",
        "passwordRequirementsDescription",
        "realm",
        "requireUserPresence",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"activeDirectorySiteCode\":      ",
        ",\"blockActiveDirectorySiteAutoDiscovery\":",
        ",\"blockAutomaticLogin\":          ",
        ",\"cacheName\":                    ",
        ",\"credentialBundleIdAccessControlList\":",
        ",\"domainRealms\":                 ",
        ",\"domains\":                      ",
        ",\"isDefaultRealm\":               ",
        ",\"passwordBlockModification\":    ",
        ",\"passwordChangeUrl\":            ",
        ",\"passwordEnableLocalSync\":      ",
        ",\"passwordExpirationDays\":       ",
        ",\"passwordExpirationNotificationDays\":",
        ",\"passwordMinimumAgeDays\":       ",
        ",\"passwordMinimumLength\":        ",
        ",\"passwordPreviousPasswordBlockCount\":",
        ",\"passwordRequireActiveDirectoryComplexity\":",
        ",\"passwordRequirementsDescription\":",
        ",\"realm\":                        ",
        ",\"requireUserPresence\":          ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.kerberosSingleSignOnExtension\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "active_directory_site_code", &self.active_directory_site_code);
        v.field(
            1usize,
            "block_active_directory_site_auto_discovery",
            &self.block_active_directory_site_auto_discovery,
        );
        v.field(2usize, "block_automatic_login", &self.block_automatic_login);
        v.field(3usize, "cache_name", &self.cache_name);
        v.field(
            4usize,
            "credential_bundle_id_access_control_list",
            &self.credential_bundle_id_access_control_list,
        );
        v.field(5usize, "domain_realms", &self.domain_realms);
        v.field(6usize, "domains", &self.domains);
        v.field(7usize, "is_default_realm", &self.is_default_realm);
        v.field(
            8usize,
            "password_block_modification",
            &self.password_block_modification,
        );
        v.field(9usize, "password_change_url", &self.password_change_url);
        v.field(10usize, "password_enable_local_sync", &self.password_enable_local_sync);
        v.field(11usize, "password_expiration_days", &self.password_expiration_days);
        v.field(
            12usize,
            "password_expiration_notification_days",
            &self.password_expiration_notification_days,
        );
        v.field(13usize, "password_minimum_age_days", &self.password_minimum_age_days);
        v.field(14usize, "password_minimum_length", &self.password_minimum_length);
        v.field(
            15usize,
            "password_previous_password_block_count",
            &self.password_previous_password_block_count,
        );
        v.field(
            16usize,
            "password_require_active_directory_complexity",
            &self.password_require_active_directory_complexity,
        );
        v.field(
            17usize,
            "password_requirements_description",
            &self.password_requirements_description,
        );
        v.field(18usize, "realm", &self.realm);
        v.field(19usize, "require_user_presence", &self.require_user_presence);
        v.field(20usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for KerberosSingleSignOnExtension {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.active_directory_site_code.read_from(r),
            1usize => self.block_active_directory_site_auto_discovery.read_from(r),
            2usize => self.block_automatic_login.read_from(r),
            3usize => self.cache_name.read_from(r),
            4usize => self.credential_bundle_id_access_control_list.read_from(r),
            5usize => self.domain_realms.read_from(r),
            6usize => self.domains.read_from(r),
            7usize => self.is_default_realm.read_from(r),
            8usize => self.password_block_modification.read_from(r),
            9usize => self.password_change_url.read_from(r),
            10usize => self.password_enable_local_sync.read_from(r),
            11usize => self.password_expiration_days.read_from(r),
            12usize => self.password_expiration_notification_days.read_from(r),
            13usize => self.password_minimum_age_days.read_from(r),
            14usize => self.password_minimum_length.read_from(r),
            15usize => self.password_previous_password_block_count.read_from(r),
            16usize => self.password_require_active_directory_complexity.read_from(r),
            17usize => self.password_requirements_description.read_from(r),
            18usize => self.realm.read_from(r),
            19usize => self.require_user_presence.read_from(r),
            20usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.active_directory_site_code);
        w.field(1usize, &self.block_active_directory_site_auto_discovery);
        w.field(2usize, &self.block_automatic_login);
        w.field(3usize, &self.cache_name);
        w.field(4usize, &self.credential_bundle_id_access_control_list);
        w.field(5usize, &self.domain_realms);
        w.field(6usize, &self.domains);
        w.field(7usize, &self.is_default_realm);
        w.field(8usize, &self.password_block_modification);
        w.field(9usize, &self.password_change_url);
        w.field(10usize, &self.password_enable_local_sync);
        w.field(11usize, &self.password_expiration_days);
        w.field(12usize, &self.password_expiration_notification_days);
        w.field(13usize, &self.password_minimum_age_days);
        w.field(14usize, &self.password_minimum_length);
        w.field(15usize, &self.password_previous_password_block_count);
        w.field(16usize, &self.password_require_active_directory_complexity);
        w.field(17usize, &self.password_requirements_description);
        w.field(18usize, &self.realm);
        w.field(19usize, &self.require_user_presence);
        w.field(20usize, &self.user_principal_name);
    }
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
rt::impl_object!(KerberosSingleSignOnExtension);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    KerberosSingleSignOnExtension { with_active_directory_site_code
    active_directory_site_code : ::std::string::String;
    with_block_active_directory_site_auto_discovery
    block_active_directory_site_auto_discovery : bool; with_block_automatic_login
    block_automatic_login : bool; with_cache_name cache_name : ::std::string::String;
    with_credential_bundle_id_access_control_list
    credential_bundle_id_access_control_list : ::std::vec::Vec < ::std::string::String >;
    with_domain_realms domain_realms : ::std::vec::Vec < ::std::string::String >;
    with_domains domains : ::std::vec::Vec < ::std::string::String >;
    with_is_default_realm is_default_realm : bool; with_password_block_modification
    password_block_modification : bool; with_password_change_url password_change_url :
    ::std::string::String; with_password_enable_local_sync password_enable_local_sync :
    bool; with_password_expiration_days password_expiration_days : i32;
    with_password_expiration_notification_days password_expiration_notification_days :
    i32; with_password_minimum_age_days password_minimum_age_days : i32;
    with_password_minimum_length password_minimum_length : i32;
    with_password_previous_password_block_count password_previous_password_block_count :
    i32; with_password_require_active_directory_complexity
    password_require_active_directory_complexity : bool;
    with_password_requirements_description password_requirements_description :
    ::std::string::String; with_realm realm : ::std::string::String;
    with_require_user_presence require_user_presence : bool; with_user_principal_name
    user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(KerberosSingleSignOnExtension);
#[cfg(msgraph_beta_device_management_or_search)]
/// A key-value pair with a string key and a Boolean value.
///
/// CSDL: `microsoft.graph.keyBooleanValuePair`, complex type, derived from `microsoft.graph.keyTypedValuePair`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct KeyBooleanValuePair {
    /// The string key of the key-value pair.
    ///
    /// CSDL: property `key`: `Edm.String`, not nullable.
    pub key: rt::Field<::std::string::String>,
    /// The Boolean value of the key-value pair.
    ///
    /// CSDL: property `value`: `Edm.Boolean`, not nullable.
    pub value: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for KeyBooleanValuePair {
    #[inline]
    fn default() -> Self {
        Self {
            key: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for KeyBooleanValuePair {
    const TYPE_NAME: &'static str = "microsoft.graph.keyBooleanValuePair";
    const KEYS: &'static [&'static str] = &["key", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"key\":                          ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.keyBooleanValuePair\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key", &self.key);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for KeyBooleanValuePair {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.key.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.key);
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
rt::impl_object!(KeyBooleanValuePair);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    KeyBooleanValuePair { with_key key : ::std::string::String; with_value value : bool;
    }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(KeyBooleanValuePair);
#[cfg(msgraph_beta_device_management_or_search)]
/// A key-value pair with a string key and an integer value.
///
/// CSDL: `microsoft.graph.keyIntegerValuePair`, complex type, derived from `microsoft.graph.keyTypedValuePair`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct KeyIntegerValuePair {
    /// The string key of the key-value pair.
    ///
    /// CSDL: property `key`: `Edm.String`, not nullable.
    pub key: rt::Field<::std::string::String>,
    /// The integer value of the key-value pair.
    ///
    /// CSDL: property `value`: `Edm.Int32`, not nullable.
    pub value: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for KeyIntegerValuePair {
    #[inline]
    fn default() -> Self {
        Self {
            key: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for KeyIntegerValuePair {
    const TYPE_NAME: &'static str = "microsoft.graph.keyIntegerValuePair";
    const KEYS: &'static [&'static str] = &["key", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"key\":                          ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.keyIntegerValuePair\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key", &self.key);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for KeyIntegerValuePair {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.key.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.key);
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
rt::impl_object!(KeyIntegerValuePair);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    KeyIntegerValuePair { with_key key : ::std::string::String; with_value value : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(KeyIntegerValuePair);
#[cfg(msgraph_beta_device_management_or_search)]
/// Key long value pair
///
/// CSDL: `microsoft.graph.keyLongValuePair`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct KeyLongValuePair {
    /// Name for this key long value pair
    ///
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// Value for this key long value pair
    ///
    /// CSDL: property `value`: `Edm.Int64`, not nullable.
    pub value: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for KeyLongValuePair {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for KeyLongValuePair {
    const TYPE_NAME: &'static str = "microsoft.graph.keyLongValuePair";
    const KEYS: &'static [&'static str] = &["name", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.keyLongValuePair\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for KeyLongValuePair {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
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
rt::impl_object!(KeyLongValuePair);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    KeyLongValuePair { with_name name : ::std::string::String; with_value value : i64; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(KeyLongValuePair);
#[cfg(msgraph_beta_device_management_or_search)]
/// A key-value pair with a string key and a real (floating-point) value.
///
/// CSDL: `microsoft.graph.keyRealValuePair`, complex type, derived from `microsoft.graph.keyTypedValuePair`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct KeyRealValuePair {
    /// The string key of the key-value pair.
    ///
    /// CSDL: property `key`: `Edm.String`, not nullable.
    pub key: rt::Field<::std::string::String>,
    /// The real (floating-point) value of the key-value pair.
    ///
    /// CSDL: property `value`: `Edm.Double`, not nullable.
    pub value: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for KeyRealValuePair {
    #[inline]
    fn default() -> Self {
        Self {
            key: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for KeyRealValuePair {
    const TYPE_NAME: &'static str = "microsoft.graph.keyRealValuePair";
    const KEYS: &'static [&'static str] = &["key", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"key\":                          ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.keyRealValuePair\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key", &self.key);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for KeyRealValuePair {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.key.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.key);
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
rt::impl_object!(KeyRealValuePair);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    KeyRealValuePair { with_key key : ::std::string::String; with_value value : f64; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(KeyRealValuePair);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.keySize`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum KeySize {
    /// `size1024` (value 0).
    Size1024,
    /// `size2048` (value 1).
    Size2048,
    /// `size4096` (value 2).
    Size4096,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for KeySize {
    const TYPE_NAME: &'static str = "microsoft.graph.keySize";
    const MEMBERS: &'static [&'static str] = &["size1024", "size2048", "size4096"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "size1024" => Self::Size1024,
                "size2048" => Self::Size2048,
                "size4096" => Self::Size4096,
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
            Self::Size1024 => "size1024",
            Self::Size2048 => "size2048",
            Self::Size4096 => "size4096",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(KeySize);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(KeySize);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.keyStorageProviderOption`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum KeyStorageProviderOption {
    /// `useTpmKspOtherwiseUseSoftwareKsp` (value 0).
    UseTpmKspOtherwiseUseSoftwareKsp,
    /// `useTpmKspOtherwiseFail` (value 1).
    UseTpmKspOtherwiseFail,
    /// `usePassportForWorkKspOtherwiseFail` (value 2).
    UsePassportForWorkKspOtherwiseFail,
    /// `useSoftwareKsp` (value 3).
    UseSoftwareKsp,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for KeyStorageProviderOption {
    const TYPE_NAME: &'static str = "microsoft.graph.keyStorageProviderOption";
    const MEMBERS: &'static [&'static str] = &[
        "useTpmKspOtherwiseUseSoftwareKsp",
        "useTpmKspOtherwiseFail",
        "usePassportForWorkKspOtherwiseFail",
        "useSoftwareKsp",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "useTpmKspOtherwiseUseSoftwareKsp" => {
                    Self::UseTpmKspOtherwiseUseSoftwareKsp
                }
                "useTpmKspOtherwiseFail" => Self::UseTpmKspOtherwiseFail,
                "usePassportForWorkKspOtherwiseFail" => {
                    Self::UsePassportForWorkKspOtherwiseFail
                }
                "useSoftwareKsp" => Self::UseSoftwareKsp,
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
            Self::UseTpmKspOtherwiseUseSoftwareKsp => "useTpmKspOtherwiseUseSoftwareKsp",
            Self::UseTpmKspOtherwiseFail => "useTpmKspOtherwiseFail",
            Self::UsePassportForWorkKspOtherwiseFail => {
                "usePassportForWorkKspOtherwiseFail"
            }
            Self::UseSoftwareKsp => "useSoftwareKsp",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(KeyStorageProviderOption);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(KeyStorageProviderOption);
#[cfg(msgraph_beta_device_management_or_search)]
/// A key-value pair with a string key and a string value.
///
/// CSDL: `microsoft.graph.keyStringValuePair`, complex type, derived from `microsoft.graph.keyTypedValuePair`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct KeyStringValuePair {
    /// The string key of the key-value pair.
    ///
    /// CSDL: property `key`: `Edm.String`, not nullable.
    pub key: rt::Field<::std::string::String>,
    /// The string value of the key-value pair.
    ///
    /// CSDL: property `value`: `Edm.String`, not nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for KeyStringValuePair {
    #[inline]
    fn default() -> Self {
        Self {
            key: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for KeyStringValuePair {
    const TYPE_NAME: &'static str = "microsoft.graph.keyStringValuePair";
    const KEYS: &'static [&'static str] = &["key", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"key\":                          ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.keyStringValuePair\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key", &self.key);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for KeyStringValuePair {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.key.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.key);
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
rt::impl_object!(KeyStringValuePair);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    KeyStringValuePair { with_key key : ::std::string::String; with_value value :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(KeyStringValuePair);
#[cfg(msgraph_beta_device_management_or_search)]
/// A key-value pair with a string key and a typed value.
///
/// CSDL: `microsoft.graph.keyTypedValuePair`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct KeyTypedValuePair {
    /// The string key of the key-value pair.
    ///
    /// CSDL: property `key`: `Edm.String`, not nullable.
    pub key: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for KeyTypedValuePair {
    #[inline]
    fn default() -> Self {
        Self {
            key: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for KeyTypedValuePair {
    const TYPE_NAME: &'static str = "microsoft.graph.keyTypedValuePair";
    const KEYS: &'static [&'static str] = &["key"];
    const KEYS_JSON: &'static [&'static str] = &[",\"key\":                          "];
    const TAG: &'static str = "\"#microsoft.graph.keyTypedValuePair\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key", &self.key);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for KeyTypedValuePair {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.key.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.key);
    }
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
rt::impl_object!(KeyTypedValuePair);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(KeyTypedValuePair { with_key key : ::std::string::String; });
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(KeyTypedValuePair);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.keyTypedValuePair` or any type derived from it, selected by `@odata.type` (5 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyKeyTypedValuePair {
    KeyTypedValuePair(::std::boxed::Box<crate::beta::KeyTypedValuePair>),
    KeyBooleanValuePair(::std::boxed::Box<crate::beta::KeyBooleanValuePair>),
    KeyIntegerValuePair(::std::boxed::Box<crate::beta::KeyIntegerValuePair>),
    KeyRealValuePair(::std::boxed::Box<crate::beta::KeyRealValuePair>),
    KeyStringValuePair(::std::boxed::Box<crate::beta::KeyStringValuePair>),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyKeyTypedValuePair {
    #[inline]
    fn default() -> Self {
        Self::KeyTypedValuePair(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::KeyTypedValuePair> for AnyKeyTypedValuePair {
    #[inline]
    fn from(v: crate::beta::KeyTypedValuePair) -> Self {
        Self::KeyTypedValuePair(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::KeyBooleanValuePair> for AnyKeyTypedValuePair {
    #[inline]
    fn from(v: crate::beta::KeyBooleanValuePair) -> Self {
        Self::KeyBooleanValuePair(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::KeyIntegerValuePair> for AnyKeyTypedValuePair {
    #[inline]
    fn from(v: crate::beta::KeyIntegerValuePair) -> Self {
        Self::KeyIntegerValuePair(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::KeyRealValuePair> for AnyKeyTypedValuePair {
    #[inline]
    fn from(v: crate::beta::KeyRealValuePair) -> Self {
        Self::KeyRealValuePair(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::KeyStringValuePair> for AnyKeyTypedValuePair {
    #[inline]
    fn from(v: crate::beta::KeyStringValuePair) -> Self {
        Self::KeyStringValuePair(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyKeyTypedValuePair {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyKeyTypedValuePair {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyKeyTypedValuePair {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyKeyTypedValuePair {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyKeyTypedValuePair {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::KeyTypedValuePair>();
    rt::object::auto_traits::<crate::beta::KeyBooleanValuePair>();
    rt::object::auto_traits::<crate::beta::KeyIntegerValuePair>();
    rt::object::auto_traits::<crate::beta::KeyRealValuePair>();
    rt::object::auto_traits::<crate::beta::KeyStringValuePair>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyKeyTypedValuePair {
    const BASE_NAME: &'static str = "microsoft.graph.keyTypedValuePair";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.keyBooleanValuePair") => {
                Self::KeyBooleanValuePair(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.keyIntegerValuePair") => {
                Self::KeyIntegerValuePair(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.keyRealValuePair") => {
                Self::KeyRealValuePair(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.keyStringValuePair") => {
                Self::KeyStringValuePair(rt::object::new_boxed())
            }
            _ => Self::KeyTypedValuePair(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::KeyTypedValuePair(v) => &**v,
            Self::KeyBooleanValuePair(v) => &**v,
            Self::KeyIntegerValuePair(v) => &**v,
            Self::KeyRealValuePair(v) => &**v,
            Self::KeyStringValuePair(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::KeyTypedValuePair(v) => &mut **v,
            Self::KeyBooleanValuePair(v) => &mut **v,
            Self::KeyIntegerValuePair(v) => &mut **v,
            Self::KeyRealValuePair(v) => &mut **v,
            Self::KeyStringValuePair(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyKeyTypedValuePair {
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
    /// `key` of any variant.
    #[inline]
    pub fn key(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::KeyTypedValuePair(v) => &v.key,
            Self::KeyBooleanValuePair(v) => &v.key,
            Self::KeyIntegerValuePair(v) => &v.key,
            Self::KeyRealValuePair(v) => &v.key,
            Self::KeyStringValuePair(v) => &v.key,
        }
    }
    /// `key` of any variant.
    #[inline]
    pub fn key_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::KeyTypedValuePair(v) => &mut v.key,
            Self::KeyBooleanValuePair(v) => &mut v.key,
            Self::KeyIntegerValuePair(v) => &mut v.key,
            Self::KeyRealValuePair(v) => &mut v.key,
            Self::KeyStringValuePair(v) => &mut v.key,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyKeyTypedValuePair);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyKeyTypedValuePair);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.keyUsages`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum KeyUsages {
    /// `keyEncipherment` (value 1).
    KeyEncipherment,
    /// `digitalSignature` (value 2).
    DigitalSignature,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for KeyUsages {
    const TYPE_NAME: &'static str = "microsoft.graph.keyUsages";
    const MEMBERS: &'static [&'static str] = &["keyEncipherment", "digitalSignature"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "keyEncipherment" => Self::KeyEncipherment,
                "digitalSignature" => Self::DigitalSignature,
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
            Self::KeyEncipherment => "keyEncipherment",
            Self::DigitalSignature => "digitalSignature",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(KeyUsages);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(KeyUsages);
