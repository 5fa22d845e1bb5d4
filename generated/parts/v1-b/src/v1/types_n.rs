//! Types of `microsoft.graph` by the first letters of their names (`n`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.namedLocation`, entity type, derived from `microsoft.graph.policyDeletableItem`, key `id`.
///
/// Request builders: [`NamedLocationPath`](requests/trait.NamedLocationPath.html), what a path to one (`EntityPath<AnyNamedLocation, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct NamedLocation {
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for NamedLocation {
    #[inline]
    fn default() -> Self {
        Self {
            deleted_date_time: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for NamedLocation {
    const TYPE_NAME: &'static str = "microsoft.graph.namedLocation";
    const KEYS: &'static [&'static str] = &[
        "deletedDateTime",
        "createdDateTime",
        "displayName",
        "id",
        "modifiedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deletedDateTime\":              ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"modifiedDateTime\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.namedLocation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "deleted_date_time", &self.deleted_date_time);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "id", &self.id);
        v.field(4usize, "modified_date_time", &self.modified_date_time);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for NamedLocation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.deleted_date_time.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.id.read_from(r),
            4usize => self.modified_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.deleted_date_time);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.id);
        w.field(4usize, &self.modified_date_time);
    }
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
rt::impl_object!(NamedLocation);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    NamedLocation { with_deleted_date_time deleted_date_time : rt::edm::DateTimeOffset;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_id id : ::std::string::String;
    with_modified_date_time modified_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(NamedLocation);
#[cfg(msgraph_v1_identity_or_search)]
/// `microsoft.graph.namedLocation` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyNamedLocation {
    NamedLocation(::std::boxed::Box<crate::v1::NamedLocation>),
    CountryNamedLocation(::std::boxed::Box<crate::v1::CountryNamedLocation>),
    IpNamedLocation(::std::boxed::Box<crate::v1::IpNamedLocation>),
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AnyNamedLocation {
    #[inline]
    fn default() -> Self {
        Self::NamedLocation(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::NamedLocation> for AnyNamedLocation {
    #[inline]
    fn from(v: crate::v1::NamedLocation) -> Self {
        Self::NamedLocation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CountryNamedLocation> for AnyNamedLocation {
    #[inline]
    fn from(v: crate::v1::CountryNamedLocation) -> Self {
        Self::CountryNamedLocation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IpNamedLocation> for AnyNamedLocation {
    #[inline]
    fn from(v: crate::v1::IpNamedLocation) -> Self {
        Self::IpNamedLocation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Send for AnyNamedLocation {}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Sync for AnyNamedLocation {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::marker::Unpin for AnyNamedLocation {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::UnwindSafe for AnyNamedLocation {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::RefUnwindSafe for AnyNamedLocation {}
#[cfg(msgraph_v1_identity_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::NamedLocation>();
    rt::object::auto_traits::<crate::v1::CountryNamedLocation>();
    rt::object::auto_traits::<crate::v1::IpNamedLocation>();
};
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Poly for AnyNamedLocation {
    const BASE_NAME: &'static str = "microsoft.graph.namedLocation";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.countryNamedLocation") => {
                Self::CountryNamedLocation(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.ipNamedLocation") => {
                Self::IpNamedLocation(rt::object::new_boxed())
            }
            _ => Self::NamedLocation(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::NamedLocation(v) => &**v,
            Self::CountryNamedLocation(v) => &**v,
            Self::IpNamedLocation(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::NamedLocation(v) => &mut **v,
            Self::CountryNamedLocation(v) => &mut **v,
            Self::IpNamedLocation(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl AnyNamedLocation {
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
    /// `deletedDateTime` of any variant.
    #[inline]
    pub fn deleted_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::NamedLocation(v) => &v.deleted_date_time,
            Self::CountryNamedLocation(v) => &v.deleted_date_time,
            Self::IpNamedLocation(v) => &v.deleted_date_time,
        }
    }
    /// `deletedDateTime` of any variant.
    #[inline]
    pub fn deleted_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::NamedLocation(v) => &mut v.deleted_date_time,
            Self::CountryNamedLocation(v) => &mut v.deleted_date_time,
            Self::IpNamedLocation(v) => &mut v.deleted_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::NamedLocation(v) => &v.created_date_time,
            Self::CountryNamedLocation(v) => &v.created_date_time,
            Self::IpNamedLocation(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::NamedLocation(v) => &mut v.created_date_time,
            Self::CountryNamedLocation(v) => &mut v.created_date_time,
            Self::IpNamedLocation(v) => &mut v.created_date_time,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::NamedLocation(v) => &v.display_name,
            Self::CountryNamedLocation(v) => &v.display_name,
            Self::IpNamedLocation(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::NamedLocation(v) => &mut v.display_name,
            Self::CountryNamedLocation(v) => &mut v.display_name,
            Self::IpNamedLocation(v) => &mut v.display_name,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::NamedLocation(v) => &v.id,
            Self::CountryNamedLocation(v) => &v.id,
            Self::IpNamedLocation(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::NamedLocation(v) => &mut v.id,
            Self::CountryNamedLocation(v) => &mut v.id,
            Self::IpNamedLocation(v) => &mut v.id,
        }
    }
    /// `modifiedDateTime` of any variant.
    #[inline]
    pub fn modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::NamedLocation(v) => &v.modified_date_time,
            Self::CountryNamedLocation(v) => &v.modified_date_time,
            Self::IpNamedLocation(v) => &v.modified_date_time,
        }
    }
    /// `modifiedDateTime` of any variant.
    #[inline]
    pub fn modified_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::NamedLocation(v) => &mut v.modified_date_time,
            Self::CountryNamedLocation(v) => &mut v.modified_date_time,
            Self::IpNamedLocation(v) => &mut v.modified_date_time,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_poly!(AnyNamedLocation);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyNamedLocation);
#[cfg(msgraph_v1_policies_or_search)]
/// CSDL: `microsoft.graph.noDeviceRegistrationMembership`, complex type, derived from `microsoft.graph.deviceRegistrationMembership`.
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct NoDeviceRegistrationMembership {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_policies_or_search)]
impl ::std::default::Default for NoDeviceRegistrationMembership {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::Object for NoDeviceRegistrationMembership {
    const TYPE_NAME: &'static str = "microsoft.graph.noDeviceRegistrationMembership";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.noDeviceRegistrationMembership\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::object::Members for NoDeviceRegistrationMembership {
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
rt::impl_object!(NoDeviceRegistrationMembership);
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(NoDeviceRegistrationMembership);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.noScopes`, complex type, derived from `microsoft.graph.inheritableScopes`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct NoScopes {
    /// CSDL: property `kind`: `microsoft.graph.scopeCollectionKind`, not nullable.
    pub kind: rt::Field<crate::v1::ScopeCollectionKind>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for NoScopes {
    #[inline]
    fn default() -> Self {
        Self {
            kind: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for NoScopes {
    const TYPE_NAME: &'static str = "microsoft.graph.noScopes";
    const KEYS: &'static [&'static str] = &["kind"];
    const KEYS_JSON: &'static [&'static str] = &[",\"kind\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.noScopes\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "kind", &self.kind);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for NoScopes {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.kind.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.kind);
    }
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
rt::impl_object!(NoScopes);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(NoScopes { with_kind kind : crate ::v1::ScopeCollectionKind; });
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(NoScopes);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.noTrainingNotificationSetting`, complex type, derived from `microsoft.graph.endUserNotificationSetting`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct NoTrainingNotificationSetting {
    /// CSDL: property `notificationPreference`: `microsoft.graph.endUserNotificationPreference`, nullable.
    pub notification_preference: rt::Field<crate::v1::EndUserNotificationPreference>,
    /// CSDL: property `positiveReinforcement`: `microsoft.graph.positiveReinforcementNotification`, nullable.
    pub positive_reinforcement: rt::Field<crate::v1::PositiveReinforcementNotification>,
    /// CSDL: property `settingType`: `microsoft.graph.endUserNotificationSettingType`, nullable.
    pub setting_type: rt::Field<crate::v1::EndUserNotificationSettingType>,
    /// CSDL: property `simulationNotification`: `microsoft.graph.simulationNotification`, nullable.
    pub simulation_notification: rt::Field<crate::v1::SimulationNotification>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for NoTrainingNotificationSetting {
    #[inline]
    fn default() -> Self {
        Self {
            notification_preference: rt::Field::Absent,
            positive_reinforcement: rt::Field::Absent,
            setting_type: rt::Field::Absent,
            simulation_notification: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for NoTrainingNotificationSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.noTrainingNotificationSetting";
    const KEYS: &'static [&'static str] = &[
        "notificationPreference",
        "positiveReinforcement",
        "settingType",
        "simulationNotification",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"notificationPreference\":       ",
        ",\"positiveReinforcement\":        ",
        ",\"settingType\":                  ",
        ",\"simulationNotification\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.noTrainingNotificationSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "notification_preference", &self.notification_preference);
        v.field(1usize, "positive_reinforcement", &self.positive_reinforcement);
        v.field(2usize, "setting_type", &self.setting_type);
        v.field(3usize, "simulation_notification", &self.simulation_notification);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for NoTrainingNotificationSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.notification_preference.read_from(r),
            1usize => self.positive_reinforcement.read_from(r),
            2usize => self.setting_type.read_from(r),
            3usize => self.simulation_notification.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.notification_preference);
        w.field(1usize, &self.positive_reinforcement);
        w.field(2usize, &self.setting_type);
        w.field(3usize, &self.simulation_notification);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(NoTrainingNotificationSetting);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    NoTrainingNotificationSetting { with_notification_preference notification_preference
    : crate ::v1::EndUserNotificationPreference; with_positive_reinforcement
    positive_reinforcement : crate ::v1::PositiveReinforcementNotification;
    with_setting_type setting_type : crate ::v1::EndUserNotificationSettingType;
    with_simulation_notification simulation_notification : crate
    ::v1::SimulationNotification; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(NoTrainingNotificationSetting);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.noTrainingSetting`, complex type, derived from `microsoft.graph.trainingSetting`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct NoTrainingSetting {
    /// CSDL: property `settingType`: `microsoft.graph.trainingSettingType`, nullable.
    pub setting_type: rt::Field<crate::v1::TrainingSettingType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for NoTrainingSetting {
    #[inline]
    fn default() -> Self {
        Self {
            setting_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for NoTrainingSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.noTrainingSetting";
    const KEYS: &'static [&'static str] = &["settingType"];
    const KEYS_JSON: &'static [&'static str] = &[",\"settingType\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.noTrainingSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "setting_type", &self.setting_type);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for NoTrainingSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.setting_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.setting_type);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(NoTrainingSetting);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    NoTrainingSetting { with_setting_type setting_type : crate ::v1::TrainingSettingType;
    }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(NoTrainingSetting);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.notebook`, entity type, derived from `microsoft.graph.onenoteEntityHierarchyModel`, key `id`.
///
/// Request builders: [`NotebookPath`](requests/trait.NotebookPath.html), what a path to one (`EntityPath<Notebook, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Notebook {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `self`: `Edm.String`, nullable.
    pub self_: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `isDefault`: `Edm.Boolean`, nullable.
    pub is_default: rt::Field<bool>,
    /// CSDL: property `isShared`: `Edm.Boolean`, nullable.
    pub is_shared: rt::Field<bool>,
    /// CSDL: property `links`: `microsoft.graph.notebookLinks`, nullable.
    pub links: rt::Field<crate::v1::NotebookLinks>,
    /// CSDL: property `sectionGroupsUrl`: `Edm.String`, nullable.
    pub section_groups_url: rt::Field<::std::string::String>,
    /// CSDL: property `sectionsUrl`: `Edm.String`, nullable.
    pub sections_url: rt::Field<::std::string::String>,
    /// CSDL: property `userRole`: `microsoft.graph.onenoteUserRole`, nullable.
    pub user_role: rt::Field<crate::v1::OnenoteUserRole>,
    /// CSDL: containment navigation property `sectionGroups`: `Collection(microsoft.graph.sectionGroup)`, not nullable.
    pub section_groups: rt::Field<::std::vec::Vec<crate::v1::SectionGroup>>,
    /// CSDL: containment navigation property `sections`: `Collection(microsoft.graph.onenoteSection)`, not nullable.
    pub sections: rt::Field<::std::vec::Vec<crate::v1::OnenoteSection>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for Notebook {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            self_: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            created_by: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            is_default: rt::Field::Absent,
            is_shared: rt::Field::Absent,
            links: rt::Field::Absent,
            section_groups_url: rt::Field::Absent,
            sections_url: rt::Field::Absent,
            user_role: rt::Field::Absent,
            section_groups: rt::Field::Absent,
            sections: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for Notebook {
    const TYPE_NAME: &'static str = "microsoft.graph.notebook";
    const KEYS: &'static [&'static str] = &[
        "id",
        "self",
        "createdDateTime",
        "createdBy",
        "displayName",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "isDefault",
        "isShared",
        "links",
        "sectionGroupsUrl",
        "sectionsUrl",
        "userRole",
        "sectionGroups",
        "sections",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"self\":                         ",
        ",\"createdDateTime\":              ",
        ",\"createdBy\":                    ",
        ",\"displayName\":                  ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"isDefault\":                    ",
        ",\"isShared\":                     ",
        ",\"links\":                        ",
        ",\"sectionGroupsUrl\":             ",
        ",\"sectionsUrl\":                  ",
        ",\"userRole\":                     ",
        ",\"sectionGroups\":                ",
        ",\"sections\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.notebook\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "self_", &self.self_);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "created_by", &self.created_by);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "is_default", &self.is_default);
        v.field(8usize, "is_shared", &self.is_shared);
        v.field(9usize, "links", &self.links);
        v.field(10usize, "section_groups_url", &self.section_groups_url);
        v.field(11usize, "sections_url", &self.sections_url);
        v.field(12usize, "user_role", &self.user_role);
        v.field(13usize, "section_groups", &self.section_groups);
        v.field(14usize, "sections", &self.sections);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for Notebook {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.self_.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.created_by.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.is_default.read_from(r),
            8usize => self.is_shared.read_from(r),
            9usize => self.links.read_from(r),
            10usize => self.section_groups_url.read_from(r),
            11usize => self.sections_url.read_from(r),
            12usize => self.user_role.read_from(r),
            13usize => self.section_groups.read_from(r),
            14usize => self.sections.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.self_);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.created_by);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.is_default);
        w.field(8usize, &self.is_shared);
        w.field(9usize, &self.links);
        w.field(10usize, &self.section_groups_url);
        w.field(11usize, &self.sections_url);
        w.field(12usize, &self.user_role);
        w.field(13usize, &self.section_groups);
        w.field(14usize, &self.sections);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_object!(Notebook);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    Notebook { with_id id : ::std::string::String; with_self self_ :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_created_by created_by : crate ::v1::AnyIdentitySet;
    with_display_name display_name : ::std::string::String; with_last_modified_by
    last_modified_by : crate ::v1::AnyIdentitySet; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_is_default is_default : bool;
    with_is_shared is_shared : bool; with_links links : crate ::v1::NotebookLinks;
    with_section_groups_url section_groups_url : ::std::string::String; with_sections_url
    sections_url : ::std::string::String; with_user_role user_role : crate
    ::v1::OnenoteUserRole; with_section_groups section_groups : ::std::vec::Vec < crate
    ::v1::SectionGroup >; with_sections sections : ::std::vec::Vec < crate
    ::v1::OnenoteSection >; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(Notebook);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.notebookLinks`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct NotebookLinks {
    /// CSDL: property `oneNoteClientUrl`: `microsoft.graph.externalLink`, nullable.
    pub one_note_client_url: rt::Field<crate::v1::ExternalLink>,
    /// CSDL: property `oneNoteWebUrl`: `microsoft.graph.externalLink`, nullable.
    pub one_note_web_url: rt::Field<crate::v1::ExternalLink>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for NotebookLinks {
    #[inline]
    fn default() -> Self {
        Self {
            one_note_client_url: rt::Field::Absent,
            one_note_web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for NotebookLinks {
    const TYPE_NAME: &'static str = "microsoft.graph.notebookLinks";
    const KEYS: &'static [&'static str] = &["oneNoteClientUrl", "oneNoteWebUrl"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"oneNoteClientUrl\":             ",
        ",\"oneNoteWebUrl\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.notebookLinks\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "one_note_client_url", &self.one_note_client_url);
        v.field(1usize, "one_note_web_url", &self.one_note_web_url);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for NotebookLinks {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.one_note_client_url.read_from(r),
            1usize => self.one_note_web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.one_note_client_url);
        w.field(1usize, &self.one_note_web_url);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_object!(NotebookLinks);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    NotebookLinks { with_one_note_client_url one_note_client_url : crate
    ::v1::ExternalLink; with_one_note_web_url one_note_web_url : crate
    ::v1::ExternalLink; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(NotebookLinks);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.notificationDeliveryFrequency`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum NotificationDeliveryFrequency {
    /// `unknown` (value 0).
    Unknown,
    /// `weekly` (value 1).
    Weekly,
    /// `biWeekly` (value 2).
    BiWeekly,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for NotificationDeliveryFrequency {
    const TYPE_NAME: &'static str = "microsoft.graph.notificationDeliveryFrequency";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "weekly",
        "biWeekly",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "weekly" => Self::Weekly,
                "biWeekly" => Self::BiWeekly,
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
            Self::Unknown => "unknown",
            Self::Weekly => "weekly",
            Self::BiWeekly => "biWeekly",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(NotificationDeliveryFrequency);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(NotificationDeliveryFrequency);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.notificationDeliveryPreference`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum NotificationDeliveryPreference {
    /// `unknown` (value 0).
    Unknown,
    /// `deliverImmedietly` (value 1).
    DeliverImmedietly,
    /// `deliverAfterCampaignEnd` (value 2).
    DeliverAfterCampaignEnd,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for NotificationDeliveryPreference {
    const TYPE_NAME: &'static str = "microsoft.graph.notificationDeliveryPreference";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "deliverImmedietly",
        "deliverAfterCampaignEnd",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "deliverImmedietly" => Self::DeliverImmedietly,
                "deliverAfterCampaignEnd" => Self::DeliverAfterCampaignEnd,
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
            Self::Unknown => "unknown",
            Self::DeliverImmedietly => "deliverImmedietly",
            Self::DeliverAfterCampaignEnd => "deliverAfterCampaignEnd",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(NotificationDeliveryPreference);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(NotificationDeliveryPreference);
#[cfg(msgraph_v1_device_management_or_search)]
/// Notification messages are messages that are sent to end users who are determined to be not-compliant with the compliance policies defined by the administrator. Administrators choose notifications and configure them in the Intune Admin Console using the compliance policy creation page under the “Actions for non-compliance” section. Use the notificationMessageTemplate object to create your own custom notifications for administrators to choose while configuring actions for non-compliance.
///
/// CSDL: `microsoft.graph.notificationMessageTemplate`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`NotificationMessageTemplatePath`](requests/trait.NotificationMessageTemplatePath.html), what a path to one (`EntityPath<NotificationMessageTemplate, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct NotificationMessageTemplate {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The Message Template Branding Options. Branding is defined in the Intune Admin Console.
    ///
    /// CSDL: property `brandingOptions`: `microsoft.graph.notificationTemplateBrandingOptions`, not nullable.
    pub branding_options: rt::Field<
        rt::Flags<crate::v1::NotificationTemplateBrandingOptions>,
    >,
    /// The default locale to fallback onto when the requested locale is not available.
    ///
    /// CSDL: property `defaultLocale`: `Edm.String`, nullable.
    pub default_locale: rt::Field<::std::string::String>,
    /// Display name for the Notification Message Template.
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
    /// The list of localized messages for this Notification Message Template.
    ///
    /// CSDL: containment navigation property `localizedNotificationMessages`: `Collection(microsoft.graph.localizedNotificationMessage)`, not nullable.
    pub localized_notification_messages: rt::Field<
        ::std::vec::Vec<crate::v1::LocalizedNotificationMessage>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for NotificationMessageTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            branding_options: rt::Field::Absent,
            default_locale: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            localized_notification_messages: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for NotificationMessageTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.notificationMessageTemplate";
    const KEYS: &'static [&'static str] = &[
        "id",
        "brandingOptions",
        "defaultLocale",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "localizedNotificationMessages",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"brandingOptions\":              ",
        ",\"defaultLocale\":                ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"localizedNotificationMessages\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.notificationMessageTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "branding_options", &self.branding_options);
        v.field(2usize, "default_locale", &self.default_locale);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(
            6usize,
            "localized_notification_messages",
            &self.localized_notification_messages,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for NotificationMessageTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.branding_options.read_from(r),
            2usize => self.default_locale.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.role_scope_tag_ids.read_from(r),
            6usize => self.localized_notification_messages.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.branding_options);
        w.field(2usize, &self.default_locale);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.role_scope_tag_ids);
        w.field(6usize, &self.localized_notification_messages);
    }
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
rt::impl_object!(NotificationMessageTemplate);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    NotificationMessageTemplate { with_id id : ::std::string::String;
    with_branding_options branding_options : rt::Flags < crate
    ::v1::NotificationTemplateBrandingOptions >; with_default_locale default_locale :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec < ::std::string::String
    >; with_localized_notification_messages localized_notification_messages :
    ::std::vec::Vec < crate ::v1::LocalizedNotificationMessage >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(NotificationMessageTemplate);
#[cfg(msgraph_v1_device_management_or_search)]
/// Branding Options for the Message Template. Branding is defined in the Intune Admin Console.
///
/// CSDL: `microsoft.graph.notificationTemplateBrandingOptions`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum NotificationTemplateBrandingOptions {
    /// Indicates that no branding options are set in the message template.
    ///
    /// `none` (value 0).
    None,
    /// Indicates to include company logo in the message template.
    ///
    /// `includeCompanyLogo` (value 1).
    IncludeCompanyLogo,
    /// Indicates to include company name in the message template.
    ///
    /// `includeCompanyName` (value 2).
    IncludeCompanyName,
    /// Indicates to include contact information in the message template.
    ///
    /// `includeContactInformation` (value 4).
    IncludeContactInformation,
    /// Indicates to include company portal website link in the message template.
    ///
    /// `includeCompanyPortalLink` (value 8).
    IncludeCompanyPortalLink,
    /// Indicates to include device details in the message template.
    ///
    /// `includeDeviceDetails` (value 16).
    IncludeDeviceDetails,
    /// Evolvable enumeration sentinel value. Do not use.
    ///
    /// `unknownFutureValue` (value 32).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for NotificationTemplateBrandingOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.notificationTemplateBrandingOptions";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "includeCompanyLogo",
        "includeCompanyName",
        "includeContactInformation",
        "includeCompanyPortalLink",
        "includeDeviceDetails",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "includeCompanyLogo" => Self::IncludeCompanyLogo,
                "includeCompanyName" => Self::IncludeCompanyName,
                "includeContactInformation" => Self::IncludeContactInformation,
                "includeCompanyPortalLink" => Self::IncludeCompanyPortalLink,
                "includeDeviceDetails" => Self::IncludeDeviceDetails,
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
            Self::IncludeCompanyLogo => "includeCompanyLogo",
            Self::IncludeCompanyName => "includeCompanyName",
            Self::IncludeContactInformation => "includeContactInformation",
            Self::IncludeCompanyPortalLink => "includeCompanyPortalLink",
            Self::IncludeDeviceDetails => "includeDeviceDetails",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(NotificationTemplateBrandingOptions);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(NotificationTemplateBrandingOptions);
