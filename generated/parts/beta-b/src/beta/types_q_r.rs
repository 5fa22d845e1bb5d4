//! Types of `microsoft.graph` by the first letters of their names (`q_r`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.quarantineReason`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum QuarantineReason {
    /// `EncounteredBaseEscrowThreshold` (value 0).
    EncounteredBaseEscrowThreshold,
    /// `EncounteredTotalEscrowThreshold` (value 1).
    EncounteredTotalEscrowThreshold,
    /// `EncounteredEscrowProportionThreshold` (value 2).
    EncounteredEscrowProportionThreshold,
    /// `EncounteredQuarantineException` (value 4).
    EncounteredQuarantineException,
    /// `Unknown` (value 8).
    Unknown,
    /// `QuarantinedOnDemand` (value 16).
    QuarantinedOnDemand,
    /// `TooManyDeletes` (value 32).
    TooManyDeletes,
    /// `IngestionInterrupted` (value 64).
    IngestionInterrupted,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for QuarantineReason {
    const TYPE_NAME: &'static str = "microsoft.graph.quarantineReason";
    const MEMBERS: &'static [&'static str] = &[
        "EncounteredBaseEscrowThreshold",
        "EncounteredTotalEscrowThreshold",
        "EncounteredEscrowProportionThreshold",
        "EncounteredQuarantineException",
        "Unknown",
        "QuarantinedOnDemand",
        "TooManyDeletes",
        "IngestionInterrupted",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "EncounteredBaseEscrowThreshold" => Self::EncounteredBaseEscrowThreshold,
                "EncounteredTotalEscrowThreshold" => {
                    Self::EncounteredTotalEscrowThreshold
                }
                "EncounteredEscrowProportionThreshold" => {
                    Self::EncounteredEscrowProportionThreshold
                }
                "EncounteredQuarantineException" => Self::EncounteredQuarantineException,
                "Unknown" => Self::Unknown,
                "QuarantinedOnDemand" => Self::QuarantinedOnDemand,
                "TooManyDeletes" => Self::TooManyDeletes,
                "IngestionInterrupted" => Self::IngestionInterrupted,
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
            Self::EncounteredBaseEscrowThreshold => "EncounteredBaseEscrowThreshold",
            Self::EncounteredTotalEscrowThreshold => "EncounteredTotalEscrowThreshold",
            Self::EncounteredEscrowProportionThreshold => {
                "EncounteredEscrowProportionThreshold"
            }
            Self::EncounteredQuarantineException => "EncounteredQuarantineException",
            Self::Unknown => "Unknown",
            Self::QuarantinedOnDemand => "QuarantinedOnDemand",
            Self::TooManyDeletes => "TooManyDeletes",
            Self::IngestionInterrupted => "IngestionInterrupted",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(QuarantineReason);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(QuarantineReason);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.quota`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Quota {
    /// CSDL: property `deleted`: `Edm.Int64`, nullable.
    pub deleted: rt::Field<i64>,
    /// CSDL: property `remaining`: `Edm.Int64`, nullable.
    pub remaining: rt::Field<i64>,
    /// CSDL: property `state`: `Edm.String`, nullable.
    pub state: rt::Field<::std::string::String>,
    /// CSDL: property `storagePlanInformation`: `microsoft.graph.storagePlanInformation`, nullable.
    pub storage_plan_information: rt::Field<crate::beta::StoragePlanInformation>,
    /// CSDL: property `total`: `Edm.Int64`, nullable.
    pub total: rt::Field<i64>,
    /// CSDL: property `used`: `Edm.Int64`, nullable.
    pub used: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl ::std::default::Default for Quota {
    #[inline]
    fn default() -> Self {
        Self {
            deleted: rt::Field::Absent,
            remaining: rt::Field::Absent,
            state: rt::Field::Absent,
            storage_plan_information: rt::Field::Absent,
            total: rt::Field::Absent,
            used: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::Object for Quota {
    const TYPE_NAME: &'static str = "microsoft.graph.quota";
    const KEYS: &'static [&'static str] = &[
        "deleted",
        "remaining",
        "state",
        "storagePlanInformation",
        "total",
        "used",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deleted\":                      ",
        ",\"remaining\":                    ",
        ",\"state\":                        ",
        ",\"storagePlanInformation\":       ",
        ",\"total\":                        ",
        ",\"used\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.quota\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "deleted", &self.deleted);
        v.field(1usize, "remaining", &self.remaining);
        v.field(2usize, "state", &self.state);
        v.field(3usize, "storage_plan_information", &self.storage_plan_information);
        v.field(4usize, "total", &self.total);
        v.field(5usize, "used", &self.used);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::object::Members for Quota {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.deleted.read_from(r),
            1usize => self.remaining.read_from(r),
            2usize => self.state.read_from(r),
            3usize => self.storage_plan_information.read_from(r),
            4usize => self.total.read_from(r),
            5usize => self.used.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.deleted);
        w.field(1usize, &self.remaining);
        w.field(2usize, &self.state);
        w.field(3usize, &self.storage_plan_information);
        w.field(4usize, &self.total);
        w.field(5usize, &self.used);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_object!(Quota);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    Quota { with_deleted deleted : i64; with_remaining remaining : i64; with_state state
    : ::std::string::String; with_storage_plan_information storage_plan_information :
    crate ::beta::StoragePlanInformation; with_total total : i64; with_used used : i64; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(Quota);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.ratingAustraliaMoviesType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingAustraliaMoviesType {
    /// `allAllowed` (value 0).
    AllAllowed,
    /// `allBlocked` (value 1).
    AllBlocked,
    /// `general` (value 2).
    General,
    /// `parentalGuidance` (value 3).
    ParentalGuidance,
    /// `mature` (value 4).
    Mature,
    /// `agesAbove15` (value 5).
    AgesAbove15,
    /// `agesAbove18` (value 6).
    AgesAbove18,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for RatingAustraliaMoviesType {
    const TYPE_NAME: &'static str = "microsoft.graph.ratingAustraliaMoviesType";
    const MEMBERS: &'static [&'static str] = &[
        "allAllowed",
        "allBlocked",
        "general",
        "parentalGuidance",
        "mature",
        "agesAbove15",
        "agesAbove18",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "allAllowed" => Self::AllAllowed,
                "allBlocked" => Self::AllBlocked,
                "general" => Self::General,
                "parentalGuidance" => Self::ParentalGuidance,
                "mature" => Self::Mature,
                "agesAbove15" => Self::AgesAbove15,
                "agesAbove18" => Self::AgesAbove18,
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
            Self::AllAllowed => "allAllowed",
            Self::AllBlocked => "allBlocked",
            Self::General => "general",
            Self::ParentalGuidance => "parentalGuidance",
            Self::Mature => "mature",
            Self::AgesAbove15 => "agesAbove15",
            Self::AgesAbove18 => "agesAbove18",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(RatingAustraliaMoviesType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingAustraliaMoviesType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.ratingAustraliaTelevisionType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingAustraliaTelevisionType {
    /// `allAllowed` (value 0).
    AllAllowed,
    /// `allBlocked` (value 1).
    AllBlocked,
    /// `preschoolers` (value 2).
    Preschoolers,
    /// `children` (value 3).
    Children,
    /// `general` (value 4).
    General,
    /// `parentalGuidance` (value 5).
    ParentalGuidance,
    /// `mature` (value 6).
    Mature,
    /// `agesAbove15` (value 7).
    AgesAbove15,
    /// `agesAbove15AdultViolence` (value 8).
    AgesAbove15AdultViolence,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for RatingAustraliaTelevisionType {
    const TYPE_NAME: &'static str = "microsoft.graph.ratingAustraliaTelevisionType";
    const MEMBERS: &'static [&'static str] = &[
        "allAllowed",
        "allBlocked",
        "preschoolers",
        "children",
        "general",
        "parentalGuidance",
        "mature",
        "agesAbove15",
        "agesAbove15AdultViolence",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "allAllowed" => Self::AllAllowed,
                "allBlocked" => Self::AllBlocked,
                "preschoolers" => Self::Preschoolers,
                "children" => Self::Children,
                "general" => Self::General,
                "parentalGuidance" => Self::ParentalGuidance,
                "mature" => Self::Mature,
                "agesAbove15" => Self::AgesAbove15,
                "agesAbove15AdultViolence" => Self::AgesAbove15AdultViolence,
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
            Self::AllAllowed => "allAllowed",
            Self::AllBlocked => "allBlocked",
            Self::Preschoolers => "preschoolers",
            Self::Children => "children",
            Self::General => "general",
            Self::ParentalGuidance => "parentalGuidance",
            Self::Mature => "mature",
            Self::AgesAbove15 => "agesAbove15",
            Self::AgesAbove15AdultViolence => "agesAbove15AdultViolence",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(RatingAustraliaTelevisionType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingAustraliaTelevisionType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.ratingFranceMoviesType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingFranceMoviesType {
    /// `allAllowed` (value 0).
    AllAllowed,
    /// `allBlocked` (value 1).
    AllBlocked,
    /// `agesAbove10` (value 2).
    AgesAbove10,
    /// `agesAbove12` (value 3).
    AgesAbove12,
    /// `agesAbove16` (value 4).
    AgesAbove16,
    /// `agesAbove18` (value 5).
    AgesAbove18,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for RatingFranceMoviesType {
    const TYPE_NAME: &'static str = "microsoft.graph.ratingFranceMoviesType";
    const MEMBERS: &'static [&'static str] = &[
        "allAllowed",
        "allBlocked",
        "agesAbove10",
        "agesAbove12",
        "agesAbove16",
        "agesAbove18",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "allAllowed" => Self::AllAllowed,
                "allBlocked" => Self::AllBlocked,
                "agesAbove10" => Self::AgesAbove10,
                "agesAbove12" => Self::AgesAbove12,
                "agesAbove16" => Self::AgesAbove16,
                "agesAbove18" => Self::AgesAbove18,
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
            Self::AllAllowed => "allAllowed",
            Self::AllBlocked => "allBlocked",
            Self::AgesAbove10 => "agesAbove10",
            Self::AgesAbove12 => "agesAbove12",
            Self::AgesAbove16 => "agesAbove16",
            Self::AgesAbove18 => "agesAbove18",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(RatingFranceMoviesType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingFranceMoviesType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.ratingFranceTelevisionType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingFranceTelevisionType {
    /// `allAllowed` (value 0).
    AllAllowed,
    /// `allBlocked` (value 1).
    AllBlocked,
    /// `agesAbove10` (value 2).
    AgesAbove10,
    /// `agesAbove12` (value 3).
    AgesAbove12,
    /// `agesAbove16` (value 4).
    AgesAbove16,
    /// `agesAbove18` (value 5).
    AgesAbove18,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for RatingFranceTelevisionType {
    const TYPE_NAME: &'static str = "microsoft.graph.ratingFranceTelevisionType";
    const MEMBERS: &'static [&'static str] = &[
        "allAllowed",
        "allBlocked",
        "agesAbove10",
        "agesAbove12",
        "agesAbove16",
        "agesAbove18",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "allAllowed" => Self::AllAllowed,
                "allBlocked" => Self::AllBlocked,
                "agesAbove10" => Self::AgesAbove10,
                "agesAbove12" => Self::AgesAbove12,
                "agesAbove16" => Self::AgesAbove16,
                "agesAbove18" => Self::AgesAbove18,
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
            Self::AllAllowed => "allAllowed",
            Self::AllBlocked => "allBlocked",
            Self::AgesAbove10 => "agesAbove10",
            Self::AgesAbove12 => "agesAbove12",
            Self::AgesAbove16 => "agesAbove16",
            Self::AgesAbove18 => "agesAbove18",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(RatingFranceTelevisionType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingFranceTelevisionType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.ratingIrelandMoviesType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingIrelandMoviesType {
    /// `allAllowed` (value 0).
    AllAllowed,
    /// `allBlocked` (value 1).
    AllBlocked,
    /// `general` (value 2).
    General,
    /// `parentalGuidance` (value 3).
    ParentalGuidance,
    /// `agesAbove12` (value 4).
    AgesAbove12,
    /// `agesAbove15` (value 5).
    AgesAbove15,
    /// `agesAbove16` (value 6).
    AgesAbove16,
    /// `adults` (value 7).
    Adults,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for RatingIrelandMoviesType {
    const TYPE_NAME: &'static str = "microsoft.graph.ratingIrelandMoviesType";
    const MEMBERS: &'static [&'static str] = &[
        "allAllowed",
        "allBlocked",
        "general",
        "parentalGuidance",
        "agesAbove12",
        "agesAbove15",
        "agesAbove16",
        "adults",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "allAllowed" => Self::AllAllowed,
                "allBlocked" => Self::AllBlocked,
                "general" => Self::General,
                "parentalGuidance" => Self::ParentalGuidance,
                "agesAbove12" => Self::AgesAbove12,
                "agesAbove15" => Self::AgesAbove15,
                "agesAbove16" => Self::AgesAbove16,
                "adults" => Self::Adults,
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
            Self::AllAllowed => "allAllowed",
            Self::AllBlocked => "allBlocked",
            Self::General => "general",
            Self::ParentalGuidance => "parentalGuidance",
            Self::AgesAbove12 => "agesAbove12",
            Self::AgesAbove15 => "agesAbove15",
            Self::AgesAbove16 => "agesAbove16",
            Self::Adults => "adults",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(RatingIrelandMoviesType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingIrelandMoviesType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.ratingIrelandTelevisionType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingIrelandTelevisionType {
    /// `allAllowed` (value 0).
    AllAllowed,
    /// `allBlocked` (value 1).
    AllBlocked,
    /// `general` (value 2).
    General,
    /// `children` (value 3).
    Children,
    /// `youngAdults` (value 4).
    YoungAdults,
    /// `parentalSupervision` (value 5).
    ParentalSupervision,
    /// `mature` (value 6).
    Mature,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for RatingIrelandTelevisionType {
    const TYPE_NAME: &'static str = "microsoft.graph.ratingIrelandTelevisionType";
    const MEMBERS: &'static [&'static str] = &[
        "allAllowed",
        "allBlocked",
        "general",
        "children",
        "youngAdults",
        "parentalSupervision",
        "mature",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "allAllowed" => Self::AllAllowed,
                "allBlocked" => Self::AllBlocked,
                "general" => Self::General,
                "children" => Self::Children,
                "youngAdults" => Self::YoungAdults,
                "parentalSupervision" => Self::ParentalSupervision,
                "mature" => Self::Mature,
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
            Self::AllAllowed => "allAllowed",
            Self::AllBlocked => "allBlocked",
            Self::General => "general",
            Self::Children => "children",
            Self::YoungAdults => "youngAdults",
            Self::ParentalSupervision => "parentalSupervision",
            Self::Mature => "mature",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(RatingIrelandTelevisionType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingIrelandTelevisionType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.ratingJapanMoviesType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingJapanMoviesType {
    /// `allAllowed` (value 0).
    AllAllowed,
    /// `allBlocked` (value 1).
    AllBlocked,
    /// `general` (value 2).
    General,
    /// `parentalGuidance` (value 3).
    ParentalGuidance,
    /// `agesAbove15` (value 4).
    AgesAbove15,
    /// `agesAbove18` (value 5).
    AgesAbove18,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for RatingJapanMoviesType {
    const TYPE_NAME: &'static str = "microsoft.graph.ratingJapanMoviesType";
    const MEMBERS: &'static [&'static str] = &[
        "allAllowed",
        "allBlocked",
        "general",
        "parentalGuidance",
        "agesAbove15",
        "agesAbove18",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "allAllowed" => Self::AllAllowed,
                "allBlocked" => Self::AllBlocked,
                "general" => Self::General,
                "parentalGuidance" => Self::ParentalGuidance,
                "agesAbove15" => Self::AgesAbove15,
                "agesAbove18" => Self::AgesAbove18,
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
            Self::AllAllowed => "allAllowed",
            Self::AllBlocked => "allBlocked",
            Self::General => "general",
            Self::ParentalGuidance => "parentalGuidance",
            Self::AgesAbove15 => "agesAbove15",
            Self::AgesAbove18 => "agesAbove18",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(RatingJapanMoviesType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingJapanMoviesType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.ratingJapanTelevisionType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingJapanTelevisionType {
    /// `allAllowed` (value 0).
    AllAllowed,
    /// `allBlocked` (value 1).
    AllBlocked,
    /// `explicitAllowed` (value 2).
    ExplicitAllowed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for RatingJapanTelevisionType {
    const TYPE_NAME: &'static str = "microsoft.graph.ratingJapanTelevisionType";
    const MEMBERS: &'static [&'static str] = &[
        "allAllowed",
        "allBlocked",
        "explicitAllowed",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "allAllowed" => Self::AllAllowed,
                "allBlocked" => Self::AllBlocked,
                "explicitAllowed" => Self::ExplicitAllowed,
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
            Self::AllAllowed => "allAllowed",
            Self::AllBlocked => "allBlocked",
            Self::ExplicitAllowed => "explicitAllowed",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(RatingJapanTelevisionType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingJapanTelevisionType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.ratingUnitedStatesMoviesType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingUnitedStatesMoviesType {
    /// `allAllowed` (value 0).
    AllAllowed,
    /// `allBlocked` (value 1).
    AllBlocked,
    /// `general` (value 2).
    General,
    /// `parentalGuidance` (value 3).
    ParentalGuidance,
    /// `parentalGuidance13` (value 4).
    ParentalGuidance13,
    /// `restricted` (value 5).
    Restricted,
    /// `adults` (value 6).
    Adults,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for RatingUnitedStatesMoviesType {
    const TYPE_NAME: &'static str = "microsoft.graph.ratingUnitedStatesMoviesType";
    const MEMBERS: &'static [&'static str] = &[
        "allAllowed",
        "allBlocked",
        "general",
        "parentalGuidance",
        "parentalGuidance13",
        "restricted",
        "adults",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "allAllowed" => Self::AllAllowed,
                "allBlocked" => Self::AllBlocked,
                "general" => Self::General,
                "parentalGuidance" => Self::ParentalGuidance,
                "parentalGuidance13" => Self::ParentalGuidance13,
                "restricted" => Self::Restricted,
                "adults" => Self::Adults,
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
            Self::AllAllowed => "allAllowed",
            Self::AllBlocked => "allBlocked",
            Self::General => "general",
            Self::ParentalGuidance => "parentalGuidance",
            Self::ParentalGuidance13 => "parentalGuidance13",
            Self::Restricted => "restricted",
            Self::Adults => "adults",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(RatingUnitedStatesMoviesType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingUnitedStatesMoviesType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.ratingUnitedStatesTelevisionType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingUnitedStatesTelevisionType {
    /// `allAllowed` (value 0).
    AllAllowed,
    /// `allBlocked` (value 1).
    AllBlocked,
    /// `childrenAll` (value 2).
    ChildrenAll,
    /// `childrenAbove7` (value 3).
    ChildrenAbove7,
    /// `general` (value 4).
    General,
    /// `parentalGuidance` (value 5).
    ParentalGuidance,
    /// `childrenAbove14` (value 6).
    ChildrenAbove14,
    /// `adults` (value 7).
    Adults,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for RatingUnitedStatesTelevisionType {
    const TYPE_NAME: &'static str = "microsoft.graph.ratingUnitedStatesTelevisionType";
    const MEMBERS: &'static [&'static str] = &[
        "allAllowed",
        "allBlocked",
        "childrenAll",
        "childrenAbove7",
        "general",
        "parentalGuidance",
        "childrenAbove14",
        "adults",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "allAllowed" => Self::AllAllowed,
                "allBlocked" => Self::AllBlocked,
                "childrenAll" => Self::ChildrenAll,
                "childrenAbove7" => Self::ChildrenAbove7,
                "general" => Self::General,
                "parentalGuidance" => Self::ParentalGuidance,
                "childrenAbove14" => Self::ChildrenAbove14,
                "adults" => Self::Adults,
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
            Self::AllAllowed => "allAllowed",
            Self::AllBlocked => "allBlocked",
            Self::ChildrenAll => "childrenAll",
            Self::ChildrenAbove7 => "childrenAbove7",
            Self::General => "general",
            Self::ParentalGuidance => "parentalGuidance",
            Self::ChildrenAbove14 => "childrenAbove14",
            Self::Adults => "adults",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(RatingUnitedStatesTelevisionType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingUnitedStatesTelevisionType);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.recordCompletionReason`, enum type.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RecordCompletionReason {
    /// `operationCanceled` (value 0).
    OperationCanceled,
    /// `stopToneDetected` (value 1).
    StopToneDetected,
    /// `maxRecordDurationReached` (value 2).
    MaxRecordDurationReached,
    /// `initialSilenceTimeout` (value 3).
    InitialSilenceTimeout,
    /// `maxSilenceTimeout` (value 4).
    MaxSilenceTimeout,
    /// `playPromptFailed` (value 5).
    PlayPromptFailed,
    /// `playBeepFailed` (value 6).
    PlayBeepFailed,
    /// `mediaReceiveTimeout` (value 7).
    MediaReceiveTimeout,
    /// `unspecifiedError` (value 8).
    UnspecifiedError,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::StrEnum for RecordCompletionReason {
    const TYPE_NAME: &'static str = "microsoft.graph.recordCompletionReason";
    const MEMBERS: &'static [&'static str] = &[
        "operationCanceled",
        "stopToneDetected",
        "maxRecordDurationReached",
        "initialSilenceTimeout",
        "maxSilenceTimeout",
        "playPromptFailed",
        "playBeepFailed",
        "mediaReceiveTimeout",
        "unspecifiedError",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "operationCanceled" => Self::OperationCanceled,
                "stopToneDetected" => Self::StopToneDetected,
                "maxRecordDurationReached" => Self::MaxRecordDurationReached,
                "initialSilenceTimeout" => Self::InitialSilenceTimeout,
                "maxSilenceTimeout" => Self::MaxSilenceTimeout,
                "playPromptFailed" => Self::PlayPromptFailed,
                "playBeepFailed" => Self::PlayBeepFailed,
                "mediaReceiveTimeout" => Self::MediaReceiveTimeout,
                "unspecifiedError" => Self::UnspecifiedError,
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
            Self::OperationCanceled => "operationCanceled",
            Self::StopToneDetected => "stopToneDetected",
            Self::MaxRecordDurationReached => "maxRecordDurationReached",
            Self::InitialSilenceTimeout => "initialSilenceTimeout",
            Self::MaxSilenceTimeout => "maxSilenceTimeout",
            Self::PlayPromptFailed => "playPromptFailed",
            Self::PlayBeepFailed => "playBeepFailed",
            Self::MediaReceiveTimeout => "mediaReceiveTimeout",
            Self::UnspecifiedError => "unspecifiedError",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_enum!(RecordCompletionReason);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RecordCompletionReason);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.recordOperation`, entity type, derived from `microsoft.graph.commsOperation`, open, key `id`.
///
/// Request builders: [`CommsOperationPath`](requests/trait.CommsOperationPath.html), what a path to one (`EntityPath<RecordOperation, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct RecordOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// CSDL: property `resultInfo`: `microsoft.graph.resultInfo`, nullable.
    pub result_info: rt::Field<crate::beta::ResultInfo>,
    /// CSDL: property `status`: `microsoft.graph.operationStatus`, not nullable.
    pub status: rt::Field<crate::beta::OperationStatus>,
    /// CSDL: property `completionReason`: `microsoft.graph.recordCompletionReason`, nullable.
    pub completion_reason: rt::Field<crate::beta::RecordCompletionReason>,
    /// CSDL: property `recordingAccessToken`: `Edm.String`, nullable.
    pub recording_access_token: rt::Field<::std::string::String>,
    /// CSDL: property `recordingLocation`: `Edm.String`, nullable.
    pub recording_location: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for RecordOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            client_context: rt::Field::Absent,
            result_info: rt::Field::Absent,
            status: rt::Field::Absent,
            completion_reason: rt::Field::Absent,
            recording_access_token: rt::Field::Absent,
            recording_location: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for RecordOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.recordOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "clientContext",
        "resultInfo",
        "status",
        "completionReason",
        "recordingAccessToken",
        "recordingLocation",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"clientContext\":                ",
        ",\"resultInfo\":                   ",
        ",\"status\":                       ",
        ",\"completionReason\":             ",
        ",\"recordingAccessToken\":         ",
        ",\"recordingLocation\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.recordOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "client_context", &self.client_context);
        v.field(2usize, "result_info", &self.result_info);
        v.field(3usize, "status", &self.status);
        v.field(4usize, "completion_reason", &self.completion_reason);
        v.field(5usize, "recording_access_token", &self.recording_access_token);
        v.field(6usize, "recording_location", &self.recording_location);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for RecordOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.client_context.read_from(r),
            2usize => self.result_info.read_from(r),
            3usize => self.status.read_from(r),
            4usize => self.completion_reason.read_from(r),
            5usize => self.recording_access_token.read_from(r),
            6usize => self.recording_location.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.client_context);
        w.field(2usize, &self.result_info);
        w.field(3usize, &self.status);
        w.field(4usize, &self.completion_reason);
        w.field(5usize, &self.recording_access_token);
        w.field(6usize, &self.recording_location);
    }
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
rt::impl_object!(RecordOperation);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    RecordOperation { with_id id : ::std::string::String; with_client_context
    client_context : ::std::string::String; with_result_info result_info : crate
    ::beta::ResultInfo; with_status status : crate ::beta::OperationStatus;
    with_completion_reason completion_reason : crate ::beta::RecordCompletionReason;
    with_recording_access_token recording_access_token : ::std::string::String;
    with_recording_location recording_location : ::std::string::String; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RecordOperation);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.recordingInfo`, complex type.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct RecordingInfo {
    /// CSDL: property `initiatedBy`: `microsoft.graph.participantInfo`, nullable.
    pub initiated_by: rt::Field<crate::beta::ParticipantInfo>,
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `recordingStatus`: `microsoft.graph.recordingStatus`, not nullable.
    pub recording_status: rt::Field<crate::beta::RecordingStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for RecordingInfo {
    #[inline]
    fn default() -> Self {
        Self {
            initiated_by: rt::Field::Absent,
            initiator: rt::Field::Absent,
            recording_status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for RecordingInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.recordingInfo";
    const KEYS: &'static [&'static str] = &[
        "initiatedBy",
        "initiator",
        "recordingStatus",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"initiatedBy\":                  ",
        ",\"initiator\":                    ",
        ",\"recordingStatus\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.recordingInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "initiated_by", &self.initiated_by);
        v.field(1usize, "initiator", &self.initiator);
        v.field(2usize, "recording_status", &self.recording_status);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for RecordingInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.initiated_by.read_from(r),
            1usize => self.initiator.read_from(r),
            2usize => self.recording_status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.initiated_by);
        w.field(1usize, &self.initiator);
        w.field(2usize, &self.recording_status);
    }
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
rt::impl_object!(RecordingInfo);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    RecordingInfo { with_initiated_by initiated_by : crate ::beta::ParticipantInfo;
    with_initiator initiator : crate ::beta::IdentitySet; with_recording_status
    recording_status : crate ::beta::RecordingStatus; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RecordingInfo);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.recordingStatus`, enum type.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RecordingStatus {
    /// `unknown` (value 0).
    Unknown,
    /// `notRecording` (value 1).
    NotRecording,
    /// `recording` (value 2).
    Recording,
    /// `failed` (value 3).
    Failed,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::StrEnum for RecordingStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.recordingStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "notRecording",
        "recording",
        "failed",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "notRecording" => Self::NotRecording,
                "recording" => Self::Recording,
                "failed" => Self::Failed,
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
            Self::NotRecording => "notRecording",
            Self::Recording => "recording",
            Self::Failed => "failed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_enum!(RecordingStatus);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RecordingStatus);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents an Apple Single Sign-On Extension.
///
/// CSDL: `microsoft.graph.redirectSingleSignOnExtension`, complex type, derived from `microsoft.graph.singleSignOnExtension`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct RedirectSingleSignOnExtension {
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
impl ::std::default::Default for RedirectSingleSignOnExtension {
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
impl rt::Object for RedirectSingleSignOnExtension {
    const TYPE_NAME: &'static str = "microsoft.graph.redirectSingleSignOnExtension";
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
    const TAG: &'static str = "\"#microsoft.graph.redirectSingleSignOnExtension\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "configurations", &self.configurations);
        v.field(1usize, "extension_identifier", &self.extension_identifier);
        v.field(2usize, "team_identifier", &self.team_identifier);
        v.field(3usize, "url_prefixes", &self.url_prefixes);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for RedirectSingleSignOnExtension {
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
rt::impl_object!(RedirectSingleSignOnExtension);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    RedirectSingleSignOnExtension { with_configurations configurations : ::std::vec::Vec
    < crate ::beta::AnyKeyTypedValuePair >; with_extension_identifier
    extension_identifier : ::std::string::String; with_team_identifier team_identifier :
    ::std::string::String; with_url_prefixes url_prefixes : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RedirectSingleSignOnExtension);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.referenceAttachment`, entity type, derived from `microsoft.graph.attachment`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ReferenceAttachment {
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
    /// CSDL: property `isFolder`: `Edm.Boolean`, nullable.
    pub is_folder: rt::Field<bool>,
    /// CSDL: property `permission`: `microsoft.graph.referenceAttachmentPermission`, nullable.
    pub permission: rt::Field<crate::beta::ReferenceAttachmentPermission>,
    /// CSDL: property `previewUrl`: `Edm.String`, nullable.
    pub preview_url: rt::Field<::std::string::String>,
    /// CSDL: property `providerType`: `microsoft.graph.referenceAttachmentProvider`, nullable.
    pub provider_type: rt::Field<crate::beta::ReferenceAttachmentProvider>,
    /// CSDL: property `sourceUrl`: `Edm.String`, nullable.
    pub source_url: rt::Field<::std::string::String>,
    /// CSDL: property `thumbnailUrl`: `Edm.String`, nullable.
    pub thumbnail_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ReferenceAttachment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            content_type: rt::Field::Absent,
            is_inline: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            size: rt::Field::Absent,
            is_folder: rt::Field::Absent,
            permission: rt::Field::Absent,
            preview_url: rt::Field::Absent,
            provider_type: rt::Field::Absent,
            source_url: rt::Field::Absent,
            thumbnail_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ReferenceAttachment {
    const TYPE_NAME: &'static str = "microsoft.graph.referenceAttachment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "contentType",
        "isInline",
        "lastModifiedDateTime",
        "name",
        "size",
        "isFolder",
        "permission",
        "previewUrl",
        "providerType",
        "sourceUrl",
        "thumbnailUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"contentType\":                  ",
        ",\"isInline\":                     ",
        ",\"lastModifiedDateTime\":         ",
        ",\"name\":                         ",
        ",\"size\":                         ",
        ",\"isFolder\":                     ",
        ",\"permission\":                   ",
        ",\"previewUrl\":                   ",
        ",\"providerType\":                 ",
        ",\"sourceUrl\":                    ",
        ",\"thumbnailUrl\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.referenceAttachment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "content_type", &self.content_type);
        v.field(2usize, "is_inline", &self.is_inline);
        v.field(3usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(4usize, "name", &self.name);
        v.field(5usize, "size", &self.size);
        v.field(6usize, "is_folder", &self.is_folder);
        v.field(7usize, "permission", &self.permission);
        v.field(8usize, "preview_url", &self.preview_url);
        v.field(9usize, "provider_type", &self.provider_type);
        v.field(10usize, "source_url", &self.source_url);
        v.field(11usize, "thumbnail_url", &self.thumbnail_url);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ReferenceAttachment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.content_type.read_from(r),
            2usize => self.is_inline.read_from(r),
            3usize => self.last_modified_date_time.read_from(r),
            4usize => self.name.read_from(r),
            5usize => self.size.read_from(r),
            6usize => self.is_folder.read_from(r),
            7usize => self.permission.read_from(r),
            8usize => self.preview_url.read_from(r),
            9usize => self.provider_type.read_from(r),
            10usize => self.source_url.read_from(r),
            11usize => self.thumbnail_url.read_from(r),
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
        w.field(6usize, &self.is_folder);
        w.field(7usize, &self.permission);
        w.field(8usize, &self.preview_url);
        w.field(9usize, &self.provider_type);
        w.field(10usize, &self.source_url);
        w.field(11usize, &self.thumbnail_url);
    }
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
rt::impl_object!(ReferenceAttachment);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ReferenceAttachment { with_id id : ::std::string::String; with_content_type
    content_type : ::std::string::String; with_is_inline is_inline : bool;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_name name : ::std::string::String; with_size size : i32; with_is_folder
    is_folder : bool; with_permission permission : crate
    ::beta::ReferenceAttachmentPermission; with_preview_url preview_url :
    ::std::string::String; with_provider_type provider_type : crate
    ::beta::ReferenceAttachmentProvider; with_source_url source_url :
    ::std::string::String; with_thumbnail_url thumbnail_url : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ReferenceAttachment);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.referenceAttachmentPermission`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ReferenceAttachmentPermission {
    /// `other` (value 0).
    Other,
    /// `view` (value 1).
    View,
    /// `edit` (value 2).
    Edit,
    /// `anonymousView` (value 3).
    AnonymousView,
    /// `anonymousEdit` (value 4).
    AnonymousEdit,
    /// `organizationView` (value 5).
    OrganizationView,
    /// `organizationEdit` (value 6).
    OrganizationEdit,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for ReferenceAttachmentPermission {
    const TYPE_NAME: &'static str = "microsoft.graph.referenceAttachmentPermission";
    const MEMBERS: &'static [&'static str] = &[
        "other",
        "view",
        "edit",
        "anonymousView",
        "anonymousEdit",
        "organizationView",
        "organizationEdit",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "other" => Self::Other,
                "view" => Self::View,
                "edit" => Self::Edit,
                "anonymousView" => Self::AnonymousView,
                "anonymousEdit" => Self::AnonymousEdit,
                "organizationView" => Self::OrganizationView,
                "organizationEdit" => Self::OrganizationEdit,
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
            Self::Other => "other",
            Self::View => "view",
            Self::Edit => "edit",
            Self::AnonymousView => "anonymousView",
            Self::AnonymousEdit => "anonymousEdit",
            Self::OrganizationView => "organizationView",
            Self::OrganizationEdit => "organizationEdit",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(ReferenceAttachmentPermission);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ReferenceAttachmentPermission);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.referenceAttachmentProvider`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ReferenceAttachmentProvider {
    /// `other` (value 0).
    Other,
    /// `oneDriveBusiness` (value 1).
    OneDriveBusiness,
    /// `oneDriveConsumer` (value 2).
    OneDriveConsumer,
    /// `dropbox` (value 3).
    Dropbox,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for ReferenceAttachmentProvider {
    const TYPE_NAME: &'static str = "microsoft.graph.referenceAttachmentProvider";
    const MEMBERS: &'static [&'static str] = &[
        "other",
        "oneDriveBusiness",
        "oneDriveConsumer",
        "dropbox",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "other" => Self::Other,
                "oneDriveBusiness" => Self::OneDriveBusiness,
                "oneDriveConsumer" => Self::OneDriveConsumer,
                "dropbox" => Self::Dropbox,
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
            Self::Other => "other",
            Self::OneDriveBusiness => "oneDriveBusiness",
            Self::OneDriveConsumer => "oneDriveConsumer",
            Self::Dropbox => "dropbox",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(ReferenceAttachmentProvider);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ReferenceAttachmentProvider);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.referencedObject`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ReferencedObject {
    /// CSDL: property `referencedObjectName`: `Edm.String`, nullable.
    pub referenced_object_name: rt::Field<::std::string::String>,
    /// CSDL: property `referencedProperty`: `Edm.String`, nullable.
    pub referenced_property: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ReferencedObject {
    #[inline]
    fn default() -> Self {
        Self {
            referenced_object_name: rt::Field::Absent,
            referenced_property: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ReferencedObject {
    const TYPE_NAME: &'static str = "microsoft.graph.referencedObject";
    const KEYS: &'static [&'static str] = &[
        "referencedObjectName",
        "referencedProperty",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"referencedObjectName\":         ",
        ",\"referencedProperty\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.referencedObject\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "referenced_object_name", &self.referenced_object_name);
        v.field(1usize, "referenced_property", &self.referenced_property);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ReferencedObject {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.referenced_object_name.read_from(r),
            1usize => self.referenced_property.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.referenced_object_name);
        w.field(1usize, &self.referenced_property);
    }
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
rt::impl_object!(ReferencedObject);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ReferencedObject { with_referenced_object_name referenced_object_name :
    ::std::string::String; with_referenced_property referenced_property :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ReferencedObject);
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
/// CSDL: `microsoft.graph.registrationEnforcement`, complex type.
///
/// Features: `beta`, or one of `beta-authentication-methods-policy`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct RegistrationEnforcement {
    /// CSDL: property `authenticationMethodsRegistrationCampaign`: `microsoft.graph.authenticationMethodsRegistrationCampaign`, nullable.
    pub authentication_methods_registration_campaign: rt::Field<
        crate::beta::AuthenticationMethodsRegistrationCampaign,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
impl ::std::default::Default for RegistrationEnforcement {
    #[inline]
    fn default() -> Self {
        Self {
            authentication_methods_registration_campaign: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
impl rt::Object for RegistrationEnforcement {
    const TYPE_NAME: &'static str = "microsoft.graph.registrationEnforcement";
    const KEYS: &'static [&'static str] = &["authenticationMethodsRegistrationCampaign"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"authenticationMethodsRegistrationCampaign\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.registrationEnforcement\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "authentication_methods_registration_campaign",
            &self.authentication_methods_registration_campaign,
        );
    }
}
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
impl rt::object::Members for RegistrationEnforcement {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.authentication_methods_registration_campaign.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.authentication_methods_registration_campaign);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
rt::impl_object!(RegistrationEnforcement);
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
rt::impl_setters!(
    RegistrationEnforcement { with_authentication_methods_registration_campaign
    authentication_methods_registration_campaign : crate
    ::beta::AuthenticationMethodsRegistrationCampaign; }
);
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RegistrationEnforcement);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.registryHive`, enum type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RegistryHive {
    /// `unknown` (value 0).
    Unknown,
    /// `currentConfig` (value 1).
    CurrentConfig,
    /// `currentUser` (value 2).
    CurrentUser,
    /// `localMachineSam` (value 3).
    LocalMachineSam,
    /// `localMachineSecurity` (value 4).
    LocalMachineSecurity,
    /// `localMachineSoftware` (value 5).
    LocalMachineSoftware,
    /// `localMachineSystem` (value 6).
    LocalMachineSystem,
    /// `usersDefault` (value 7).
    UsersDefault,
    /// `unknownFutureValue` (value 127).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::StrEnum for RegistryHive {
    const TYPE_NAME: &'static str = "microsoft.graph.registryHive";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "currentConfig",
        "currentUser",
        "localMachineSam",
        "localMachineSecurity",
        "localMachineSoftware",
        "localMachineSystem",
        "usersDefault",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "currentConfig" => Self::CurrentConfig,
                "currentUser" => Self::CurrentUser,
                "localMachineSam" => Self::LocalMachineSam,
                "localMachineSecurity" => Self::LocalMachineSecurity,
                "localMachineSoftware" => Self::LocalMachineSoftware,
                "localMachineSystem" => Self::LocalMachineSystem,
                "usersDefault" => Self::UsersDefault,
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
            Self::CurrentConfig => "currentConfig",
            Self::CurrentUser => "currentUser",
            Self::LocalMachineSam => "localMachineSam",
            Self::LocalMachineSecurity => "localMachineSecurity",
            Self::LocalMachineSoftware => "localMachineSoftware",
            Self::LocalMachineSystem => "localMachineSystem",
            Self::UsersDefault => "usersDefault",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
rt::impl_enum!(RegistryHive);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(RegistryHive);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.registryKeyState`, complex type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct RegistryKeyState {
    /// CSDL: property `hive`: `microsoft.graph.registryHive`, nullable.
    pub hive: rt::Field<crate::beta::RegistryHive>,
    /// CSDL: property `key`: `Edm.String`, nullable.
    pub key: rt::Field<::std::string::String>,
    /// CSDL: property `oldKey`: `Edm.String`, nullable.
    pub old_key: rt::Field<::std::string::String>,
    /// CSDL: property `oldValueData`: `Edm.String`, nullable.
    pub old_value_data: rt::Field<::std::string::String>,
    /// CSDL: property `oldValueName`: `Edm.String`, nullable.
    pub old_value_name: rt::Field<::std::string::String>,
    /// CSDL: property `operation`: `microsoft.graph.registryOperation`, nullable.
    pub operation: rt::Field<crate::beta::RegistryOperation>,
    /// CSDL: property `processId`: `Edm.Int32`, nullable.
    pub process_id: rt::Field<i32>,
    /// CSDL: property `valueData`: `Edm.String`, nullable.
    pub value_data: rt::Field<::std::string::String>,
    /// CSDL: property `valueName`: `Edm.String`, nullable.
    pub value_name: rt::Field<::std::string::String>,
    /// CSDL: property `valueType`: `microsoft.graph.registryValueType`, nullable.
    pub value_type: rt::Field<crate::beta::RegistryValueType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for RegistryKeyState {
    #[inline]
    fn default() -> Self {
        Self {
            hive: rt::Field::Absent,
            key: rt::Field::Absent,
            old_key: rt::Field::Absent,
            old_value_data: rt::Field::Absent,
            old_value_name: rt::Field::Absent,
            operation: rt::Field::Absent,
            process_id: rt::Field::Absent,
            value_data: rt::Field::Absent,
            value_name: rt::Field::Absent,
            value_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for RegistryKeyState {
    const TYPE_NAME: &'static str = "microsoft.graph.registryKeyState";
    const KEYS: &'static [&'static str] = &[
        "hive",
        "key",
        "oldKey",
        "oldValueData",
        "oldValueName",
        "operation",
        "processId",
        "valueData",
        "valueName",
        "valueType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"hive\":                         ",
        ",\"key\":                          ",
        ",\"oldKey\":                       ",
        ",\"oldValueData\":                 ",
        ",\"oldValueName\":                 ",
        ",\"operation\":                    ",
        ",\"processId\":                    ",
        ",\"valueData\":                    ",
        ",\"valueName\":                    ",
        ",\"valueType\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.registryKeyState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "hive", &self.hive);
        v.field(1usize, "key", &self.key);
        v.field(2usize, "old_key", &self.old_key);
        v.field(3usize, "old_value_data", &self.old_value_data);
        v.field(4usize, "old_value_name", &self.old_value_name);
        v.field(5usize, "operation", &self.operation);
        v.field(6usize, "process_id", &self.process_id);
        v.field(7usize, "value_data", &self.value_data);
        v.field(8usize, "value_name", &self.value_name);
        v.field(9usize, "value_type", &self.value_type);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for RegistryKeyState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.hive.read_from(r),
            1usize => self.key.read_from(r),
            2usize => self.old_key.read_from(r),
            3usize => self.old_value_data.read_from(r),
            4usize => self.old_value_name.read_from(r),
            5usize => self.operation.read_from(r),
            6usize => self.process_id.read_from(r),
            7usize => self.value_data.read_from(r),
            8usize => self.value_name.read_from(r),
            9usize => self.value_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.hive);
        w.field(1usize, &self.key);
        w.field(2usize, &self.old_key);
        w.field(3usize, &self.old_value_data);
        w.field(4usize, &self.old_value_name);
        w.field(5usize, &self.operation);
        w.field(6usize, &self.process_id);
        w.field(7usize, &self.value_data);
        w.field(8usize, &self.value_name);
        w.field(9usize, &self.value_type);
    }
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
rt::impl_object!(RegistryKeyState);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    RegistryKeyState { with_hive hive : crate ::beta::RegistryHive; with_key key :
    ::std::string::String; with_old_key old_key : ::std::string::String;
    with_old_value_data old_value_data : ::std::string::String; with_old_value_name
    old_value_name : ::std::string::String; with_operation operation : crate
    ::beta::RegistryOperation; with_process_id process_id : i32; with_value_data
    value_data : ::std::string::String; with_value_name value_name :
    ::std::string::String; with_value_type value_type : crate ::beta::RegistryValueType;
    }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(RegistryKeyState);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.registryOperation`, enum type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RegistryOperation {
    /// `unknown` (value 0).
    Unknown,
    /// `create` (value 1).
    Create,
    /// `modify` (value 2).
    Modify,
    /// `delete` (value 3).
    Delete,
    /// `unknownFutureValue` (value 127).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::StrEnum for RegistryOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.registryOperation";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "create",
        "modify",
        "delete",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "create" => Self::Create,
                "modify" => Self::Modify,
                "delete" => Self::Delete,
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
            Self::Create => "create",
            Self::Modify => "modify",
            Self::Delete => "delete",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
rt::impl_enum!(RegistryOperation);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(RegistryOperation);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.registryValueType`, enum type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RegistryValueType {
    /// `unknown` (value 0).
    Unknown,
    /// `binary` (value 1).
    Binary,
    /// `dword` (value 2).
    Dword,
    /// `dwordLittleEndian` (value 3).
    DwordLittleEndian,
    /// `dwordBigEndian` (value 4).
    DwordBigEndian,
    /// `expandSz` (value 5).
    ExpandSz,
    /// `link` (value 6).
    Link,
    /// `multiSz` (value 7).
    MultiSz,
    /// `none` (value 8).
    None,
    /// `qword` (value 9).
    Qword,
    /// `qwordlittleEndian` (value 10).
    QwordlittleEndian,
    /// `sz` (value 11).
    Sz,
    /// `unknownFutureValue` (value 127).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::StrEnum for RegistryValueType {
    const TYPE_NAME: &'static str = "microsoft.graph.registryValueType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "binary",
        "dword",
        "dwordLittleEndian",
        "dwordBigEndian",
        "expandSz",
        "link",
        "multiSz",
        "none",
        "qword",
        "qwordlittleEndian",
        "sz",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "binary" => Self::Binary,
                "dword" => Self::Dword,
                "dwordLittleEndian" => Self::DwordLittleEndian,
                "dwordBigEndian" => Self::DwordBigEndian,
                "expandSz" => Self::ExpandSz,
                "link" => Self::Link,
                "multiSz" => Self::MultiSz,
                "none" => Self::None,
                "qword" => Self::Qword,
                "qwordlittleEndian" => Self::QwordlittleEndian,
                "sz" => Self::Sz,
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
            Self::Binary => "binary",
            Self::Dword => "dword",
            Self::DwordLittleEndian => "dwordLittleEndian",
            Self::DwordBigEndian => "dwordBigEndian",
            Self::ExpandSz => "expandSz",
            Self::Link => "link",
            Self::MultiSz => "multiSz",
            Self::None => "none",
            Self::Qword => "qword",
            Self::QwordlittleEndian => "qwordlittleEndian",
            Self::Sz => "sz",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
rt::impl_enum!(RegistryValueType);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(RegistryValueType);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.relatedContact`, complex type.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct RelatedContact {
    /// CSDL: property `accessConsent`: `Edm.Boolean`, nullable.
    pub access_consent: rt::Field<bool>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `emailAddress`: `Edm.String`, nullable.
    pub email_address: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `mobilePhone`: `Edm.String`, nullable.
    pub mobile_phone: rt::Field<::std::string::String>,
    /// CSDL: property `relationship`: `microsoft.graph.contactRelationship`, not nullable.
    pub relationship: rt::Field<crate::beta::ContactRelationship>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for RelatedContact {
    #[inline]
    fn default() -> Self {
        Self {
            access_consent: rt::Field::Absent,
            display_name: rt::Field::Absent,
            email_address: rt::Field::Absent,
            id: rt::Field::Absent,
            mobile_phone: rt::Field::Absent,
            relationship: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for RelatedContact {
    const TYPE_NAME: &'static str = "microsoft.graph.relatedContact";
    const KEYS: &'static [&'static str] = &[
        "accessConsent",
        "displayName",
        "emailAddress",
        "id",
        "mobilePhone",
        "relationship",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"accessConsent\":                ",
        ",\"displayName\":                  ",
        ",\"emailAddress\":                 ",
        ",\"id\":                           ",
        ",\"mobilePhone\":                  ",
        ",\"relationship\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.relatedContact\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "access_consent", &self.access_consent);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "email_address", &self.email_address);
        v.field(3usize, "id", &self.id);
        v.field(4usize, "mobile_phone", &self.mobile_phone);
        v.field(5usize, "relationship", &self.relationship);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for RelatedContact {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.access_consent.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.email_address.read_from(r),
            3usize => self.id.read_from(r),
            4usize => self.mobile_phone.read_from(r),
            5usize => self.relationship.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.access_consent);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.email_address);
        w.field(3usize, &self.id);
        w.field(4usize, &self.mobile_phone);
        w.field(5usize, &self.relationship);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_education_or_search)]
rt::impl_object!(RelatedContact);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    RelatedContact { with_access_consent access_consent : bool; with_display_name
    display_name : ::std::string::String; with_email_address email_address :
    ::std::string::String; with_id id : ::std::string::String; with_mobile_phone
    mobile_phone : ::std::string::String; with_relationship relationship : crate
    ::beta::ContactRelationship; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RelatedContact);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.relatedPerson`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct RelatedPerson {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `relationship`: `microsoft.graph.personRelationship`, nullable.
    pub relationship: rt::Field<crate::beta::PersonRelationship>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for RelatedPerson {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            relationship: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for RelatedPerson {
    const TYPE_NAME: &'static str = "microsoft.graph.relatedPerson";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "relationship",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"relationship\":                 ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.relatedPerson\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "relationship", &self.relationship);
        v.field(2usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for RelatedPerson {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.relationship.read_from(r),
            2usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.relationship);
        w.field(2usize, &self.user_principal_name);
    }
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
rt::impl_object!(RelatedPerson);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    RelatedPerson { with_display_name display_name : ::std::string::String;
    with_relationship relationship : crate ::beta::PersonRelationship;
    with_user_principal_name user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(RelatedPerson);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.remediationState`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RemediationState {
    /// `unknown` (value 0).
    Unknown,
    /// `skipped` (value 1).
    Skipped,
    /// `success` (value 2).
    Success,
    /// `remediationFailed` (value 3).
    RemediationFailed,
    /// `scriptError` (value 4).
    ScriptError,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for RemediationState {
    const TYPE_NAME: &'static str = "microsoft.graph.remediationState";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "skipped",
        "success",
        "remediationFailed",
        "scriptError",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "skipped" => Self::Skipped,
                "success" => Self::Success,
                "remediationFailed" => Self::RemediationFailed,
                "scriptError" => Self::ScriptError,
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
            Self::Skipped => "skipped",
            Self::Success => "success",
            Self::RemediationFailed => "remediationFailed",
            Self::ScriptError => "scriptError",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(RemediationState);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RemediationState);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.remoteAction`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RemoteAction {
    /// `unknown` (value 0).
    Unknown,
    /// `factoryReset` (value 1).
    FactoryReset,
    /// `removeCompanyData` (value 2).
    RemoveCompanyData,
    /// `resetPasscode` (value 3).
    ResetPasscode,
    /// `remoteLock` (value 4).
    RemoteLock,
    /// `enableLostMode` (value 5).
    EnableLostMode,
    /// `disableLostMode` (value 6).
    DisableLostMode,
    /// `locateDevice` (value 7).
    LocateDevice,
    /// `rebootNow` (value 8).
    RebootNow,
    /// `recoverPasscode` (value 9).
    RecoverPasscode,
    /// `cleanWindowsDevice` (value 10).
    CleanWindowsDevice,
    /// `logoutSharedAppleDeviceActiveUser` (value 11).
    LogoutSharedAppleDeviceActiveUser,
    /// `quickScan` (value 12).
    QuickScan,
    /// `fullScan` (value 13).
    FullScan,
    /// `windowsDefenderUpdateSignatures` (value 14).
    WindowsDefenderUpdateSignatures,
    /// `factoryResetKeepEnrollmentData` (value 15).
    FactoryResetKeepEnrollmentData,
    /// `updateDeviceAccount` (value 16).
    UpdateDeviceAccount,
    /// `automaticRedeployment` (value 17).
    AutomaticRedeployment,
    /// `shutDown` (value 18).
    ShutDown,
    /// `rotateBitLockerKeys` (value 19).
    RotateBitLockerKeys,
    /// `rotateFileVaultKey` (value 20).
    RotateFileVaultKey,
    /// `getFileVaultKey` (value 21).
    GetFileVaultKey,
    /// `setDeviceName` (value 22).
    SetDeviceName,
    /// `activateDeviceEsim` (value 23).
    ActivateDeviceEsim,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for RemoteAction {
    const TYPE_NAME: &'static str = "microsoft.graph.remoteAction";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "factoryReset",
        "removeCompanyData",
        "resetPasscode",
        "remoteLock",
        "enableLostMode",
        "disableLostMode",
        "locateDevice",
        "rebootNow",
        "recoverPasscode",
        "cleanWindowsDevice",
        "logoutSharedAppleDeviceActiveUser",
        "quickScan",
        "fullScan",
        "windowsDefenderUpdateSignatures",
        "factoryResetKeepEnrollmentData",
        "updateDeviceAccount",
        "automaticRedeployment",
        "shutDown",
        "rotateBitLockerKeys",
        "rotateFileVaultKey",
        "getFileVaultKey",
        "setDeviceName",
        "activateDeviceEsim",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "factoryReset" => Self::FactoryReset,
                "removeCompanyData" => Self::RemoveCompanyData,
                "resetPasscode" => Self::ResetPasscode,
                "remoteLock" => Self::RemoteLock,
                "enableLostMode" => Self::EnableLostMode,
                "disableLostMode" => Self::DisableLostMode,
                "locateDevice" => Self::LocateDevice,
                "rebootNow" => Self::RebootNow,
                "recoverPasscode" => Self::RecoverPasscode,
                "cleanWindowsDevice" => Self::CleanWindowsDevice,
                "logoutSharedAppleDeviceActiveUser" => {
                    Self::LogoutSharedAppleDeviceActiveUser
                }
                "quickScan" => Self::QuickScan,
                "fullScan" => Self::FullScan,
                "windowsDefenderUpdateSignatures" => {
                    Self::WindowsDefenderUpdateSignatures
                }
                "factoryResetKeepEnrollmentData" => Self::FactoryResetKeepEnrollmentData,
                "updateDeviceAccount" => Self::UpdateDeviceAccount,
                "automaticRedeployment" => Self::AutomaticRedeployment,
                "shutDown" => Self::ShutDown,
                "rotateBitLockerKeys" => Self::RotateBitLockerKeys,
                "rotateFileVaultKey" => Self::RotateFileVaultKey,
                "getFileVaultKey" => Self::GetFileVaultKey,
                "setDeviceName" => Self::SetDeviceName,
                "activateDeviceEsim" => Self::ActivateDeviceEsim,
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
            Self::FactoryReset => "factoryReset",
            Self::RemoveCompanyData => "removeCompanyData",
            Self::ResetPasscode => "resetPasscode",
            Self::RemoteLock => "remoteLock",
            Self::EnableLostMode => "enableLostMode",
            Self::DisableLostMode => "disableLostMode",
            Self::LocateDevice => "locateDevice",
            Self::RebootNow => "rebootNow",
            Self::RecoverPasscode => "recoverPasscode",
            Self::CleanWindowsDevice => "cleanWindowsDevice",
            Self::LogoutSharedAppleDeviceActiveUser => {
                "logoutSharedAppleDeviceActiveUser"
            }
            Self::QuickScan => "quickScan",
            Self::FullScan => "fullScan",
            Self::WindowsDefenderUpdateSignatures => "windowsDefenderUpdateSignatures",
            Self::FactoryResetKeepEnrollmentData => "factoryResetKeepEnrollmentData",
            Self::UpdateDeviceAccount => "updateDeviceAccount",
            Self::AutomaticRedeployment => "automaticRedeployment",
            Self::ShutDown => "shutDown",
            Self::RotateBitLockerKeys => "rotateBitLockerKeys",
            Self::RotateFileVaultKey => "rotateFileVaultKey",
            Self::GetFileVaultKey => "getFileVaultKey",
            Self::SetDeviceName => "setDeviceName",
            Self::ActivateDeviceEsim => "activateDeviceEsim",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(RemoteAction);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RemoteAction);
#[cfg(msgraph_beta_device_management_or_search)]
/// Report of remote actions initiated on the devices belonging to a certain tenant.
///
/// CSDL: `microsoft.graph.remoteActionAudit`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct RemoteActionAudit {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The action name.
    ///
    /// CSDL: property `action`: `microsoft.graph.remoteAction`, not nullable.
    pub action: rt::Field<crate::beta::RemoteAction>,
    /// Action state.
    ///
    /// CSDL: property `actionState`: `microsoft.graph.actionState`, not nullable.
    pub action_state: rt::Field<crate::beta::ActionState>,
    /// Intune device name.
    ///
    /// CSDL: property `deviceDisplayName`: `Edm.String`, nullable.
    pub device_display_name: rt::Field<::std::string::String>,
    /// IMEI of the device.
    ///
    /// CSDL: property `deviceIMEI`: `Edm.String`, nullable.
    pub device_imei: rt::Field<::std::string::String>,
    /// Upn of the device owner.
    ///
    /// CSDL: property `deviceOwnerUserPrincipalName`: `Edm.String`, nullable.
    pub device_owner_user_principal_name: rt::Field<::std::string::String>,
    /// User who initiated the device action, format is UPN.
    ///
    /// CSDL: property `initiatedByUserPrincipalName`: `Edm.String`, nullable.
    pub initiated_by_user_principal_name: rt::Field<::std::string::String>,
    /// Action target.
    ///
    /// CSDL: property `managedDeviceId`: `Edm.String`, nullable.
    pub managed_device_id: rt::Field<::std::string::String>,
    /// Time when the action was issued, given in UTC.
    ///
    /// CSDL: property `requestDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub request_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// [deprecated] Please use InitiatedByUserPrincipalName instead.
    ///
    /// CSDL: property `userName`: `Edm.String`, nullable.
    pub user_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for RemoteActionAudit {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            action: rt::Field::Absent,
            action_state: rt::Field::Absent,
            device_display_name: rt::Field::Absent,
            device_imei: rt::Field::Absent,
            device_owner_user_principal_name: rt::Field::Absent,
            initiated_by_user_principal_name: rt::Field::Absent,
            managed_device_id: rt::Field::Absent,
            request_date_time: rt::Field::Absent,
            user_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for RemoteActionAudit {
    const TYPE_NAME: &'static str = "microsoft.graph.remoteActionAudit";
    const KEYS: &'static [&'static str] = &[
        "id",
        "action",
        "actionState",
        "deviceDisplayName",
        "deviceIMEI",
        "deviceOwnerUserPrincipalName",
        "initiatedByUserPrincipalName",
        "managedDeviceId",
        "requestDateTime",
        "userName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"action\":                       ",
        ",\"actionState\":                  ",
        ",\"deviceDisplayName\":            ",
        ",\"deviceIMEI\":                   ",
        ",\"deviceOwnerUserPrincipalName\": ",
        ",\"initiatedByUserPrincipalName\": ",
        ",\"managedDeviceId\":              ",
        ",\"requestDateTime\":              ",
        ",\"userName\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.remoteActionAudit\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "action", &self.action);
        v.field(2usize, "action_state", &self.action_state);
        v.field(3usize, "device_display_name", &self.device_display_name);
        v.field(4usize, "device_imei", &self.device_imei);
        v.field(
            5usize,
            "device_owner_user_principal_name",
            &self.device_owner_user_principal_name,
        );
        v.field(
            6usize,
            "initiated_by_user_principal_name",
            &self.initiated_by_user_principal_name,
        );
        v.field(7usize, "managed_device_id", &self.managed_device_id);
        v.field(8usize, "request_date_time", &self.request_date_time);
        v.field(9usize, "user_name", &self.user_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for RemoteActionAudit {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.action.read_from(r),
            2usize => self.action_state.read_from(r),
            3usize => self.device_display_name.read_from(r),
            4usize => self.device_imei.read_from(r),
            5usize => self.device_owner_user_principal_name.read_from(r),
            6usize => self.initiated_by_user_principal_name.read_from(r),
            7usize => self.managed_device_id.read_from(r),
            8usize => self.request_date_time.read_from(r),
            9usize => self.user_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.action);
        w.field(2usize, &self.action_state);
        w.field(3usize, &self.device_display_name);
        w.field(4usize, &self.device_imei);
        w.field(5usize, &self.device_owner_user_principal_name);
        w.field(6usize, &self.initiated_by_user_principal_name);
        w.field(7usize, &self.managed_device_id);
        w.field(8usize, &self.request_date_time);
        w.field(9usize, &self.user_name);
    }
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
rt::impl_object!(RemoteActionAudit);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    RemoteActionAudit { with_id id : ::std::string::String; with_action action : crate
    ::beta::RemoteAction; with_action_state action_state : crate ::beta::ActionState;
    with_device_display_name device_display_name : ::std::string::String;
    with_device_imei device_imei : ::std::string::String;
    with_device_owner_user_principal_name device_owner_user_principal_name :
    ::std::string::String; with_initiated_by_user_principal_name
    initiated_by_user_principal_name : ::std::string::String; with_managed_device_id
    managed_device_id : ::std::string::String; with_request_date_time request_date_time :
    rt::edm::DateTimeOffset; with_user_name user_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RemoteActionAudit);
#[cfg(msgraph_beta_core)]
/// Lock action result with a pin to unlock
///
/// CSDL: `microsoft.graph.remoteLockActionResult`, complex type, derived from `microsoft.graph.deviceActionResult`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct RemoteLockActionResult {
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
    /// Pin to unlock the client
    ///
    /// CSDL: property `unlockPin`: `Edm.String`, nullable.
    pub unlock_pin: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for RemoteLockActionResult {
    #[inline]
    fn default() -> Self {
        Self {
            action_name: rt::Field::Absent,
            action_state: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            unlock_pin: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for RemoteLockActionResult {
    const TYPE_NAME: &'static str = "microsoft.graph.remoteLockActionResult";
    const KEYS: &'static [&'static str] = &[
        "actionName",
        "actionState",
        "lastUpdatedDateTime",
        "startDateTime",
        "unlockPin",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"actionName\":                   ",
        ",\"actionState\":                  ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"startDateTime\":                ",
        ",\"unlockPin\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.remoteLockActionResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action_name", &self.action_name);
        v.field(1usize, "action_state", &self.action_state);
        v.field(2usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(3usize, "start_date_time", &self.start_date_time);
        v.field(4usize, "unlock_pin", &self.unlock_pin);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for RemoteLockActionResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action_name.read_from(r),
            1usize => self.action_state.read_from(r),
            2usize => self.last_updated_date_time.read_from(r),
            3usize => self.start_date_time.read_from(r),
            4usize => self.unlock_pin.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action_name);
        w.field(1usize, &self.action_state);
        w.field(2usize, &self.last_updated_date_time);
        w.field(3usize, &self.start_date_time);
        w.field(4usize, &self.unlock_pin);
    }
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
rt::impl_object!(RemoteLockActionResult);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    RemoteLockActionResult { with_action_name action_name : ::std::string::String;
    with_action_state action_state : crate ::beta::ActionState;
    with_last_updated_date_time last_updated_date_time : rt::edm::DateTimeOffset;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset; with_unlock_pin
    unlock_pin : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(RemoteLockActionResult);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
/// CSDL: `microsoft.graph.removeAccessApplyAction`, complex type, derived from `microsoft.graph.accessReviewApplyAction`.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct RemoveAccessApplyAction {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl ::std::default::Default for RemoveAccessApplyAction {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl rt::Object for RemoveAccessApplyAction {
    const TYPE_NAME: &'static str = "microsoft.graph.removeAccessApplyAction";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.removeAccessApplyAction\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl rt::object::Members for RemoveAccessApplyAction {
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
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
rt::impl_object!(RemoveAccessApplyAction);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RemoveAccessApplyAction);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.replyRestriction`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ReplyRestriction {
    /// `everyone` (value 0).
    Everyone,
    /// `authorAndModerators` (value 1).
    AuthorAndModerators,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for ReplyRestriction {
    const TYPE_NAME: &'static str = "microsoft.graph.replyRestriction";
    const MEMBERS: &'static [&'static str] = &[
        "everyone",
        "authorAndModerators",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "everyone" => Self::Everyone,
                "authorAndModerators" => Self::AuthorAndModerators,
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
            Self::Everyone => "everyone",
            Self::AuthorAndModerators => "authorAndModerators",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(ReplyRestriction);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ReplyRestriction);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.reputationCategory`, complex type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct ReputationCategory {
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
impl ::std::default::Default for ReputationCategory {
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
impl rt::Object for ReputationCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.reputationCategory";
    const KEYS: &'static [&'static str] = &["description", "name", "vendor"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"name\":                         ",
        ",\"vendor\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.reputationCategory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "name", &self.name);
        v.field(2usize, "vendor", &self.vendor);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for ReputationCategory {
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
rt::impl_object!(ReputationCategory);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    ReputationCategory { with_description description : ::std::string::String; with_name
    name : ::std::string::String; with_vendor vendor : ::std::string::String; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ReputationCategory);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.requiredPasswordType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RequiredPasswordType {
    /// `deviceDefault` (value 0).
    DeviceDefault,
    /// `alphanumeric` (value 1).
    Alphanumeric,
    /// `numeric` (value 2).
    Numeric,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for RequiredPasswordType {
    const TYPE_NAME: &'static str = "microsoft.graph.requiredPasswordType";
    const MEMBERS: &'static [&'static str] = &[
        "deviceDefault",
        "alphanumeric",
        "numeric",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "deviceDefault" => Self::DeviceDefault,
                "alphanumeric" => Self::Alphanumeric,
                "numeric" => Self::Numeric,
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
            Self::Alphanumeric => "alphanumeric",
            Self::Numeric => "numeric",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(RequiredPasswordType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RequiredPasswordType);
#[cfg(msgraph_beta_audit_logs_or_search)]
/// CSDL: `microsoft.graph.requirementProvider`, enum type.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RequirementProvider {
    /// `user` (value 0).
    User,
    /// `request` (value 1).
    Request,
    /// `servicePrincipal` (value 2).
    ServicePrincipal,
    /// `v1ConditionalAccess` (value 3).
    V1ConditionalAccess,
    /// `multiConditionalAccess` (value 4).
    MultiConditionalAccess,
    /// `tenantSessionRiskPolicy` (value 5).
    TenantSessionRiskPolicy,
    /// `accountCompromisePolicies` (value 6).
    AccountCompromisePolicies,
    /// `v1ConditionalAccessDependency` (value 7).
    V1ConditionalAccessDependency,
    /// `v1ConditionalAccessPolicyIdRequested` (value 8).
    V1ConditionalAccessPolicyIdRequested,
    /// `mfaRegistrationRequiredByIdentityProtectionPolicy` (value 9).
    MfaRegistrationRequiredByIdentityProtectionPolicy,
    /// `baselineProtection` (value 10).
    BaselineProtection,
    /// `mfaRegistrationRequiredByBaselineProtection` (value 11).
    MfaRegistrationRequiredByBaselineProtection,
    /// `mfaRegistrationRequiredByMultiConditionalAccess` (value 12).
    MfaRegistrationRequiredByMultiConditionalAccess,
    /// `enforcedForCspAdmins` (value 13).
    EnforcedForCspAdmins,
    /// `securityDefaults` (value 14).
    SecurityDefaults,
    /// `mfaRegistrationRequiredBySecurityDefaults` (value 15).
    MfaRegistrationRequiredBySecurityDefaults,
    /// `proofUpCodeRequest` (value 16).
    ProofUpCodeRequest,
    /// `crossTenantOutboundRule` (value 17).
    CrossTenantOutboundRule,
    /// `gpsLocationCondition` (value 18).
    GpsLocationCondition,
    /// `riskBasedPolicy` (value 19).
    RiskBasedPolicy,
    /// `unknownFutureValue` (value 20).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::StrEnum for RequirementProvider {
    const TYPE_NAME: &'static str = "microsoft.graph.requirementProvider";
    const MEMBERS: &'static [&'static str] = &[
        "user",
        "request",
        "servicePrincipal",
        "v1ConditionalAccess",
        "multiConditionalAccess",
        "tenantSessionRiskPolicy",
        "accountCompromisePolicies",
        "v1ConditionalAccessDependency",
        "v1ConditionalAccessPolicyIdRequested",
        "mfaRegistrationRequiredByIdentityProtectionPolicy",
        "baselineProtection",
        "mfaRegistrationRequiredByBaselineProtection",
        "mfaRegistrationRequiredByMultiConditionalAccess",
        "enforcedForCspAdmins",
        "securityDefaults",
        "mfaRegistrationRequiredBySecurityDefaults",
        "proofUpCodeRequest",
        "crossTenantOutboundRule",
        "gpsLocationCondition",
        "riskBasedPolicy",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "user" => Self::User,
                "request" => Self::Request,
                "servicePrincipal" => Self::ServicePrincipal,
                "v1ConditionalAccess" => Self::V1ConditionalAccess,
                "multiConditionalAccess" => Self::MultiConditionalAccess,
                "tenantSessionRiskPolicy" => Self::TenantSessionRiskPolicy,
                "accountCompromisePolicies" => Self::AccountCompromisePolicies,
                "v1ConditionalAccessDependency" => Self::V1ConditionalAccessDependency,
                "v1ConditionalAccessPolicyIdRequested" => {
                    Self::V1ConditionalAccessPolicyIdRequested
                }
                "mfaRegistrationRequiredByIdentityProtectionPolicy" => {
                    Self::MfaRegistrationRequiredByIdentityProtectionPolicy
                }
                "baselineProtection" => Self::BaselineProtection,
                "mfaRegistrationRequiredByBaselineProtection" => {
                    Self::MfaRegistrationRequiredByBaselineProtection
                }
                "mfaRegistrationRequiredByMultiConditionalAccess" => {
                    Self::MfaRegistrationRequiredByMultiConditionalAccess
                }
                "enforcedForCspAdmins" => Self::EnforcedForCspAdmins,
                "securityDefaults" => Self::SecurityDefaults,
                "mfaRegistrationRequiredBySecurityDefaults" => {
                    Self::MfaRegistrationRequiredBySecurityDefaults
                }
                "proofUpCodeRequest" => Self::ProofUpCodeRequest,
                "crossTenantOutboundRule" => Self::CrossTenantOutboundRule,
                "gpsLocationCondition" => Self::GpsLocationCondition,
                "riskBasedPolicy" => Self::RiskBasedPolicy,
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
            Self::User => "user",
            Self::Request => "request",
            Self::ServicePrincipal => "servicePrincipal",
            Self::V1ConditionalAccess => "v1ConditionalAccess",
            Self::MultiConditionalAccess => "multiConditionalAccess",
            Self::TenantSessionRiskPolicy => "tenantSessionRiskPolicy",
            Self::AccountCompromisePolicies => "accountCompromisePolicies",
            Self::V1ConditionalAccessDependency => "v1ConditionalAccessDependency",
            Self::V1ConditionalAccessPolicyIdRequested => {
                "v1ConditionalAccessPolicyIdRequested"
            }
            Self::MfaRegistrationRequiredByIdentityProtectionPolicy => {
                "mfaRegistrationRequiredByIdentityProtectionPolicy"
            }
            Self::BaselineProtection => "baselineProtection",
            Self::MfaRegistrationRequiredByBaselineProtection => {
                "mfaRegistrationRequiredByBaselineProtection"
            }
            Self::MfaRegistrationRequiredByMultiConditionalAccess => {
                "mfaRegistrationRequiredByMultiConditionalAccess"
            }
            Self::EnforcedForCspAdmins => "enforcedForCspAdmins",
            Self::SecurityDefaults => "securityDefaults",
            Self::MfaRegistrationRequiredBySecurityDefaults => {
                "mfaRegistrationRequiredBySecurityDefaults"
            }
            Self::ProofUpCodeRequest => "proofUpCodeRequest",
            Self::CrossTenantOutboundRule => "crossTenantOutboundRule",
            Self::GpsLocationCondition => "gpsLocationCondition",
            Self::RiskBasedPolicy => "riskBasedPolicy",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_enum!(RequirementProvider);
#[cfg(msgraph_beta_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RequirementProvider);
#[cfg(msgraph_beta_core)]
/// Reset passcode action result
///
/// CSDL: `microsoft.graph.resetPasscodeActionResult`, complex type, derived from `microsoft.graph.deviceActionResult`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ResetPasscodeActionResult {
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
    /// RotateBitLockerKeys action error code. Valid values 0 to 2147483647
    ///
    /// CSDL: property `errorCode`: `Edm.Int32`, not nullable.
    pub error_code: rt::Field<i32>,
    /// Newly generated passcode for the device
    ///
    /// CSDL: property `passcode`: `Edm.String`, nullable.
    pub passcode: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ResetPasscodeActionResult {
    #[inline]
    fn default() -> Self {
        Self {
            action_name: rt::Field::Absent,
            action_state: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            error_code: rt::Field::Absent,
            passcode: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ResetPasscodeActionResult {
    const TYPE_NAME: &'static str = "microsoft.graph.resetPasscodeActionResult";
    const KEYS: &'static [&'static str] = &[
        "actionName",
        "actionState",
        "lastUpdatedDateTime",
        "startDateTime",
        "errorCode",
        "passcode",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"actionName\":                   ",
        ",\"actionState\":                  ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"startDateTime\":                ",
        ",\"errorCode\":                    ",
        ",\"passcode\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.resetPasscodeActionResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action_name", &self.action_name);
        v.field(1usize, "action_state", &self.action_state);
        v.field(2usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(3usize, "start_date_time", &self.start_date_time);
        v.field(4usize, "error_code", &self.error_code);
        v.field(5usize, "passcode", &self.passcode);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ResetPasscodeActionResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action_name.read_from(r),
            1usize => self.action_state.read_from(r),
            2usize => self.last_updated_date_time.read_from(r),
            3usize => self.start_date_time.read_from(r),
            4usize => self.error_code.read_from(r),
            5usize => self.passcode.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action_name);
        w.field(1usize, &self.action_state);
        w.field(2usize, &self.last_updated_date_time);
        w.field(3usize, &self.start_date_time);
        w.field(4usize, &self.error_code);
        w.field(5usize, &self.passcode);
    }
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
rt::impl_object!(ResetPasscodeActionResult);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ResetPasscodeActionResult { with_action_name action_name : ::std::string::String;
    with_action_state action_state : crate ::beta::ActionState;
    with_last_updated_date_time last_updated_date_time : rt::edm::DateTimeOffset;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset; with_error_code
    error_code : i32; with_passcode passcode : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResetPasscodeActionResult);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.resourceData`, complex type, open.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct ResourceData {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for ResourceData {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for ResourceData {
    const TYPE_NAME: &'static str = "microsoft.graph.resourceData";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.resourceData\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for ResourceData {
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
#[cfg(msgraph_beta_any_area)]
rt::impl_object!(ResourceData);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResourceData);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.resourceSpecificPermissionGrant`, entity type, derived from `microsoft.graph.directoryObject`, key `id`.
///
/// Request builders: [`DirectoryObjectPath`](requests/trait.DirectoryObjectPath.html), what a path to one (`EntityPath<ResourceSpecificPermissionGrant, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ResourceSpecificPermissionGrant {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `clientAppId`: `Edm.String`, nullable.
    pub client_app_id: rt::Field<::std::string::String>,
    /// CSDL: property `clientId`: `Edm.String`, nullable.
    pub client_id: rt::Field<::std::string::String>,
    /// CSDL: property `permission`: `Edm.String`, nullable.
    pub permission: rt::Field<::std::string::String>,
    /// CSDL: property `permissionType`: `Edm.String`, nullable.
    pub permission_type: rt::Field<::std::string::String>,
    /// CSDL: property `resourceAppId`: `Edm.String`, nullable.
    pub resource_app_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ResourceSpecificPermissionGrant {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            client_app_id: rt::Field::Absent,
            client_id: rt::Field::Absent,
            permission: rt::Field::Absent,
            permission_type: rt::Field::Absent,
            resource_app_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ResourceSpecificPermissionGrant {
    const TYPE_NAME: &'static str = "microsoft.graph.resourceSpecificPermissionGrant";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "clientAppId",
        "clientId",
        "permission",
        "permissionType",
        "resourceAppId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"clientAppId\":                  ",
        ",\"clientId\":                     ",
        ",\"permission\":                   ",
        ",\"permissionType\":               ",
        ",\"resourceAppId\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.resourceSpecificPermissionGrant\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "client_app_id", &self.client_app_id);
        v.field(3usize, "client_id", &self.client_id);
        v.field(4usize, "permission", &self.permission);
        v.field(5usize, "permission_type", &self.permission_type);
        v.field(6usize, "resource_app_id", &self.resource_app_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ResourceSpecificPermissionGrant {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.client_app_id.read_from(r),
            3usize => self.client_id.read_from(r),
            4usize => self.permission.read_from(r),
            5usize => self.permission_type.read_from(r),
            6usize => self.resource_app_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.client_app_id);
        w.field(3usize, &self.client_id);
        w.field(4usize, &self.permission);
        w.field(5usize, &self.permission_type);
        w.field(6usize, &self.resource_app_id);
    }
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
rt::impl_object!(ResourceSpecificPermissionGrant);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ResourceSpecificPermissionGrant { with_id id : ::std::string::String;
    with_deleted_date_time deleted_date_time : rt::edm::DateTimeOffset;
    with_client_app_id client_app_id : ::std::string::String; with_client_id client_id :
    ::std::string::String; with_permission permission : ::std::string::String;
    with_permission_type permission_type : ::std::string::String; with_resource_app_id
    resource_app_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResourceSpecificPermissionGrant);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.resourceVisualization`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ResourceVisualization {
    /// CSDL: property `containerDisplayName`: `Edm.String`, nullable.
    pub container_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `containerType`: `Edm.String`, nullable.
    pub container_type: rt::Field<::std::string::String>,
    /// CSDL: property `containerWebUrl`: `Edm.String`, nullable.
    pub container_web_url: rt::Field<::std::string::String>,
    /// CSDL: property `mediaType`: `Edm.String`, nullable.
    pub media_type: rt::Field<::std::string::String>,
    /// CSDL: property `previewImageUrl`: `Edm.String`, nullable.
    pub preview_image_url: rt::Field<::std::string::String>,
    /// CSDL: property `previewText`: `Edm.String`, nullable.
    pub preview_text: rt::Field<::std::string::String>,
    /// CSDL: property `title`: `Edm.String`, nullable.
    pub title: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ResourceVisualization {
    #[inline]
    fn default() -> Self {
        Self {
            container_display_name: rt::Field::Absent,
            container_type: rt::Field::Absent,
            container_web_url: rt::Field::Absent,
            media_type: rt::Field::Absent,
            preview_image_url: rt::Field::Absent,
            preview_text: rt::Field::Absent,
            title: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ResourceVisualization {
    const TYPE_NAME: &'static str = "microsoft.graph.resourceVisualization";
    const KEYS: &'static [&'static str] = &[
        "containerDisplayName",
        "containerType",
        "containerWebUrl",
        "mediaType",
        "previewImageUrl",
        "previewText",
        "title",
        "type",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"containerDisplayName\":         ",
        ",\"containerType\":                ",
        ",\"containerWebUrl\":              ",
        ",\"mediaType\":                    ",
        ",\"previewImageUrl\":              ",
        ",\"previewText\":                  ",
        ",\"title\":                        ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.resourceVisualization\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "container_display_name", &self.container_display_name);
        v.field(1usize, "container_type", &self.container_type);
        v.field(2usize, "container_web_url", &self.container_web_url);
        v.field(3usize, "media_type", &self.media_type);
        v.field(4usize, "preview_image_url", &self.preview_image_url);
        v.field(5usize, "preview_text", &self.preview_text);
        v.field(6usize, "title", &self.title);
        v.field(7usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ResourceVisualization {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.container_display_name.read_from(r),
            1usize => self.container_type.read_from(r),
            2usize => self.container_web_url.read_from(r),
            3usize => self.media_type.read_from(r),
            4usize => self.preview_image_url.read_from(r),
            5usize => self.preview_text.read_from(r),
            6usize => self.title.read_from(r),
            7usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.container_display_name);
        w.field(1usize, &self.container_type);
        w.field(2usize, &self.container_web_url);
        w.field(3usize, &self.media_type);
        w.field(4usize, &self.preview_image_url);
        w.field(5usize, &self.preview_text);
        w.field(6usize, &self.title);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ResourceVisualization);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ResourceVisualization { with_container_display_name container_display_name :
    ::std::string::String; with_container_type container_type : ::std::string::String;
    with_container_web_url container_web_url : ::std::string::String; with_media_type
    media_type : ::std::string::String; with_preview_image_url preview_image_url :
    ::std::string::String; with_preview_text preview_text : ::std::string::String;
    with_title title : ::std::string::String; with_type type_ : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResourceVisualization);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.responsiblePolicy`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ResponsiblePolicy {
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for ResponsiblePolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Object for ResponsiblePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.responsiblePolicy";
    const KEYS: &'static [&'static str] = &["id", "name"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"name\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.responsiblePolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "name", &self.name);
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::object::Members for ResponsiblePolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.name);
    }
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
rt::impl_object!(ResponsiblePolicy);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_setters!(
    ResponsiblePolicy { with_id id : ::std::string::String; with_name name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResponsiblePolicy);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.responsibleSensitiveType`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ResponsibleSensitiveType {
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `publisherName`: `Edm.String`, nullable.
    pub publisher_name: rt::Field<::std::string::String>,
    /// CSDL: property `rulePackageId`: `Edm.String`, nullable.
    pub rule_package_id: rt::Field<::std::string::String>,
    /// CSDL: property `rulePackageType`: `Edm.String`, nullable.
    pub rule_package_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for ResponsibleSensitiveType {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            id: rt::Field::Absent,
            name: rt::Field::Absent,
            publisher_name: rt::Field::Absent,
            rule_package_id: rt::Field::Absent,
            rule_package_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Object for ResponsibleSensitiveType {
    const TYPE_NAME: &'static str = "microsoft.graph.responsibleSensitiveType";
    const KEYS: &'static [&'static str] = &[
        "description",
        "id",
        "name",
        "publisherName",
        "rulePackageId",
        "rulePackageType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"id\":                           ",
        ",\"name\":                         ",
        ",\"publisherName\":                ",
        ",\"rulePackageId\":                ",
        ",\"rulePackageType\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.responsibleSensitiveType\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "id", &self.id);
        v.field(2usize, "name", &self.name);
        v.field(3usize, "publisher_name", &self.publisher_name);
        v.field(4usize, "rule_package_id", &self.rule_package_id);
        v.field(5usize, "rule_package_type", &self.rule_package_type);
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::object::Members for ResponsibleSensitiveType {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.id.read_from(r),
            2usize => self.name.read_from(r),
            3usize => self.publisher_name.read_from(r),
            4usize => self.rule_package_id.read_from(r),
            5usize => self.rule_package_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.id);
        w.field(2usize, &self.name);
        w.field(3usize, &self.publisher_name);
        w.field(4usize, &self.rule_package_id);
        w.field(5usize, &self.rule_package_type);
    }
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
rt::impl_object!(ResponsibleSensitiveType);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_setters!(
    ResponsibleSensitiveType { with_description description : ::std::string::String;
    with_id id : ::std::string::String; with_name name : ::std::string::String;
    with_publisher_name publisher_name : ::std::string::String; with_rule_package_id
    rule_package_id : ::std::string::String; with_rule_package_type rule_package_type :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResponsibleSensitiveType);
#[cfg(msgraph_beta_audit_logs_or_search)]
/// CSDL: `microsoft.graph.restrictedSignIn`, entity type, derived from `microsoft.graph.signIn`, key `id`.
///
/// Request builders: [`SignInPath`](requests/trait.SignInPath.html), what a path to one (`EntityPath<RestrictedSignIn, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
#[derive(Clone)]
pub struct RestrictedSignIn {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `alternateSignInName`: `Edm.String`, nullable.
    pub alternate_sign_in_name: rt::Field<::std::string::String>,
    /// CSDL: property `appDisplayName`: `Edm.String`, nullable.
    pub app_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// CSDL: property `appliedConditionalAccessPolicies`: `Collection(microsoft.graph.appliedConditionalAccessPolicy)`, nullable.
    pub applied_conditional_access_policies: rt::Field<
        ::std::vec::Vec<crate::beta::AppliedConditionalAccessPolicy>,
    >,
    /// CSDL: property `authenticationDetails`: `Collection(microsoft.graph.authenticationDetail)`, nullable.
    pub authentication_details: rt::Field<
        ::std::vec::Vec<crate::beta::AuthenticationDetail>,
    >,
    /// CSDL: property `authenticationMethodsUsed`: `Collection(Edm.String)`, nullable.
    pub authentication_methods_used: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `authenticationProcessingDetails`: `Collection(microsoft.graph.keyValue)`, nullable.
    pub authentication_processing_details: rt::Field<
        ::std::vec::Vec<crate::beta::KeyValue>,
    >,
    /// CSDL: property `authenticationRequirement`: `Edm.String`, nullable.
    pub authentication_requirement: rt::Field<::std::string::String>,
    /// CSDL: property `authenticationRequirementPolicies`: `Collection(microsoft.graph.authenticationRequirementPolicy)`, nullable.
    pub authentication_requirement_policies: rt::Field<
        ::std::vec::Vec<crate::beta::AuthenticationRequirementPolicy>,
    >,
    /// CSDL: property `clientAppUsed`: `Edm.String`, nullable.
    pub client_app_used: rt::Field<::std::string::String>,
    /// CSDL: property `conditionalAccessStatus`: `microsoft.graph.conditionalAccessStatus`, nullable.
    pub conditional_access_status: rt::Field<crate::beta::ConditionalAccessStatus>,
    /// CSDL: property `correlationId`: `Edm.String`, nullable.
    pub correlation_id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `deviceDetail`: `microsoft.graph.deviceDetail`, nullable.
    pub device_detail: rt::Field<crate::beta::DeviceDetail>,
    /// CSDL: property `flaggedForReview`: `Edm.Boolean`, nullable.
    pub flagged_for_review: rt::Field<bool>,
    /// CSDL: property `homeTenantId`: `Edm.String`, nullable.
    pub home_tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `ipAddress`: `Edm.String`, nullable.
    pub ip_address: rt::Field<::std::string::String>,
    /// CSDL: property `ipAddressFromResourceProvider`: `Edm.String`, nullable.
    pub ip_address_from_resource_provider: rt::Field<::std::string::String>,
    /// CSDL: property `isInteractive`: `Edm.Boolean`, nullable.
    pub is_interactive: rt::Field<bool>,
    /// CSDL: property `location`: `microsoft.graph.signInLocation`, nullable.
    pub location: rt::Field<crate::beta::SignInLocation>,
    /// CSDL: property `mfaDetail`: `microsoft.graph.mfaDetail`, nullable.
    pub mfa_detail: rt::Field<crate::beta::MfaDetail>,
    /// CSDL: property `networkLocationDetails`: `Collection(microsoft.graph.networkLocationDetail)`, nullable.
    pub network_location_details: rt::Field<
        ::std::vec::Vec<crate::beta::NetworkLocationDetail>,
    >,
    /// CSDL: property `originalRequestId`: `Edm.String`, nullable.
    pub original_request_id: rt::Field<::std::string::String>,
    /// CSDL: property `processingTimeInMilliseconds`: `Edm.Int32`, nullable.
    pub processing_time_in_milliseconds: rt::Field<i32>,
    /// CSDL: property `resourceDisplayName`: `Edm.String`, nullable.
    pub resource_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `resourceId`: `Edm.String`, nullable.
    pub resource_id: rt::Field<::std::string::String>,
    /// CSDL: property `resourceTenantId`: `Edm.String`, nullable.
    pub resource_tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `riskDetail`: `microsoft.graph.riskDetail`, nullable.
    pub risk_detail: rt::Field<crate::beta::RiskDetail>,
    /// CSDL: property `riskEventTypes`: `Collection(microsoft.graph.riskEventType)`, nullable.
    pub risk_event_types: rt::Field<::std::vec::Vec<crate::beta::RiskEventType>>,
    /// CSDL: property `riskEventTypes_v2`: `Collection(Edm.String)`, nullable.
    pub risk_event_types_v2: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `riskLevelAggregated`: `microsoft.graph.riskLevel`, nullable.
    pub risk_level_aggregated: rt::Field<crate::beta::RiskLevel>,
    /// CSDL: property `riskLevelDuringSignIn`: `microsoft.graph.riskLevel`, nullable.
    pub risk_level_during_sign_in: rt::Field<crate::beta::RiskLevel>,
    /// CSDL: property `riskState`: `microsoft.graph.riskState`, nullable.
    pub risk_state: rt::Field<crate::beta::RiskState>,
    /// CSDL: property `servicePrincipalId`: `Edm.String`, not nullable.
    pub service_principal_id: rt::Field<::std::string::String>,
    /// CSDL: property `servicePrincipalName`: `Edm.String`, nullable.
    pub service_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `signInEventTypes`: `Collection(Edm.String)`, nullable.
    pub sign_in_event_types: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `signInIdentifier`: `Edm.String`, nullable.
    pub sign_in_identifier: rt::Field<::std::string::String>,
    /// CSDL: property `signInIdentifierType`: `microsoft.graph.signInIdentifierType`, nullable.
    pub sign_in_identifier_type: rt::Field<crate::beta::SignInIdentifierType>,
    /// CSDL: property `status`: `microsoft.graph.signInStatus`, nullable.
    pub status: rt::Field<crate::beta::SignInStatus>,
    /// CSDL: property `tokenIssuerName`: `Edm.String`, nullable.
    pub token_issuer_name: rt::Field<::std::string::String>,
    /// CSDL: property `tokenIssuerType`: `microsoft.graph.tokenIssuerType`, nullable.
    pub token_issuer_type: rt::Field<crate::beta::TokenIssuerType>,
    /// CSDL: property `userAgent`: `Edm.String`, nullable.
    pub user_agent: rt::Field<::std::string::String>,
    /// CSDL: property `userDisplayName`: `Edm.String`, nullable.
    pub user_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `userId`: `Edm.String`, not nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `userType`: `microsoft.graph.signInUserType`, nullable.
    pub user_type: rt::Field<crate::beta::SignInUserType>,
    /// CSDL: property `targetTenantId`: `Edm.Guid`, nullable.
    pub target_tenant_id: rt::Field<rt::edm::Guid>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl ::std::default::Default for RestrictedSignIn {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            alternate_sign_in_name: rt::Field::Absent,
            app_display_name: rt::Field::Absent,
            app_id: rt::Field::Absent,
            applied_conditional_access_policies: rt::Field::Absent,
            authentication_details: rt::Field::Absent,
            authentication_methods_used: rt::Field::Absent,
            authentication_processing_details: rt::Field::Absent,
            authentication_requirement: rt::Field::Absent,
            authentication_requirement_policies: rt::Field::Absent,
            client_app_used: rt::Field::Absent,
            conditional_access_status: rt::Field::Absent,
            correlation_id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            device_detail: rt::Field::Absent,
            flagged_for_review: rt::Field::Absent,
            home_tenant_id: rt::Field::Absent,
            ip_address: rt::Field::Absent,
            ip_address_from_resource_provider: rt::Field::Absent,
            is_interactive: rt::Field::Absent,
            location: rt::Field::Absent,
            mfa_detail: rt::Field::Absent,
            network_location_details: rt::Field::Absent,
            original_request_id: rt::Field::Absent,
            processing_time_in_milliseconds: rt::Field::Absent,
            resource_display_name: rt::Field::Absent,
            resource_id: rt::Field::Absent,
            resource_tenant_id: rt::Field::Absent,
            risk_detail: rt::Field::Absent,
            risk_event_types: rt::Field::Absent,
            risk_event_types_v2: rt::Field::Absent,
            risk_level_aggregated: rt::Field::Absent,
            risk_level_during_sign_in: rt::Field::Absent,
            risk_state: rt::Field::Absent,
            service_principal_id: rt::Field::Absent,
            service_principal_name: rt::Field::Absent,
            sign_in_event_types: rt::Field::Absent,
            sign_in_identifier: rt::Field::Absent,
            sign_in_identifier_type: rt::Field::Absent,
            status: rt::Field::Absent,
            token_issuer_name: rt::Field::Absent,
            token_issuer_type: rt::Field::Absent,
            user_agent: rt::Field::Absent,
            user_display_name: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            user_type: rt::Field::Absent,
            target_tenant_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::Object for RestrictedSignIn {
    const TYPE_NAME: &'static str = "microsoft.graph.restrictedSignIn";
    const KEYS: &'static [&'static str] = &[
        "id",
        "alternateSignInName",
        "appDisplayName",
        "appId",
        "appliedConditionalAccessPolicies",
        "authenticationDetails",
        "authenticationMethodsUsed",
        "authenticationProcessingDetails",
        "authenticationRequirement",
        "authenticationRequirementPolicies",
        "clientAppUsed",
        "conditionalAccessStatus",
        "correlationId",
        "createdDateTime",
        "deviceDetail",
        "flaggedForReview",
        "homeTenantId",
        "ipAddress",
        "ipAddressFromResourceProvider",
        "isInteractive",
        "location",
        "mfaDetail",
        "networkLocationDetails",
        "originalRequestId",
        "processingTimeInMilliseconds",
        "resourceDisplayName",
        "resourceId",
        "resourceTenantId",
        "riskDetail",
        "riskEventTypes",
        "riskEventTypes_v2",
        "riskLevelAggregated",
        "riskLevelDuringSignIn",
        "riskState",
        "servicePrincipalId",
        "servicePrincipalName",
        "signInEventTypes",
        "signInIdentifier",
        "signInIdentifierType",
        "status",
        "tokenIssuerName",
        "tokenIssuerType",
        "userAgent",
        "userDisplayName",
        "userId",
        "userPrincipalName",
        "userType",
        "targetTenantId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"alternateSignInName\":          ",
        ",\"appDisplayName\":               ",
        ",\"appId\":                        ",
        ",\"appliedConditionalAccessPolicies\":",
        ",\"authenticationDetails\":        ",
        ",\"authenticationMethodsUsed\":    ",
        ",\"authenticationProcessingDetails\":",
        ",\"authenticationRequirement\":    ",
        ",\"authenticationRequirementPolicies\":",
        ",\"clientAppUsed\":                ",
        ",\"conditionalAccessStatus\":      ",
        ",\"correlationId\":                ",
        ",\"createdDateTime\":              ",
        ",\"deviceDetail\":                 ",
        ",\"flaggedForReview\":             ",
        ",\"homeTenantId\":                 ",
        ",\"ipAddress\":                    ",
        ",\"ipAddressFromResourceProvider\":",
        ",\"isInteractive\":                ",
        ",\"location\":                     ",
        ",\"mfaDetail\":                    ",
        ",\"networkLocationDetails\":       ",
        ",\"originalRequestId\":            ",
        ",\"processingTimeInMilliseconds\": ",
        ",\"resourceDisplayName\":          ",
        ",\"resourceId\":                   ",
        ",\"resourceTenantId\":             ",
        ",\"riskDetail\":                   ",
        ",\"riskEventTypes\":               ",
        ",\"riskEventTypes_v2\":            ",
        ",\"riskLevelAggregated\":          ",
        ",\"riskLevelDuringSignIn\":        ",
        ",\"riskState\":                    ",
        ",\"servicePrincipalId\":           ",
        ",\"servicePrincipalName\":         ",
        ",\"signInEventTypes\":             ",
        ",\"signInIdentifier\":             ",
        ",\"signInIdentifierType\":         ",
        ",\"status\":                       ",
        ",\"tokenIssuerName\":              ",
        ",\"tokenIssuerType\":              ",
        ",\"userAgent\":                    ",
        ",\"userDisplayName\":              ",
        ",\"userId\":                       ",
        ",\"userPrincipalName\":            ",
        ",\"userType\":                     ",
        ",\"targetTenantId\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.restrictedSignIn\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "alternate_sign_in_name", &self.alternate_sign_in_name);
        v.field(2usize, "app_display_name", &self.app_display_name);
        v.field(3usize, "app_id", &self.app_id);
        v.field(
            4usize,
            "applied_conditional_access_policies",
            &self.applied_conditional_access_policies,
        );
        v.field(5usize, "authentication_details", &self.authentication_details);
        v.field(
            6usize,
            "authentication_methods_used",
            &self.authentication_methods_used,
        );
        v.field(
            7usize,
            "authentication_processing_details",
            &self.authentication_processing_details,
        );
        v.field(8usize, "authentication_requirement", &self.authentication_requirement);
        v.field(
            9usize,
            "authentication_requirement_policies",
            &self.authentication_requirement_policies,
        );
        v.field(10usize, "client_app_used", &self.client_app_used);
        v.field(11usize, "conditional_access_status", &self.conditional_access_status);
        v.field(12usize, "correlation_id", &self.correlation_id);
        v.field(13usize, "created_date_time", &self.created_date_time);
        v.field(14usize, "device_detail", &self.device_detail);
        v.field(15usize, "flagged_for_review", &self.flagged_for_review);
        v.field(16usize, "home_tenant_id", &self.home_tenant_id);
        v.field(17usize, "ip_address", &self.ip_address);
        v.field(
            18usize,
            "ip_address_from_resource_provider",
            &self.ip_address_from_resource_provider,
        );
        v.field(19usize, "is_interactive", &self.is_interactive);
        v.field(20usize, "location", &self.location);
        v.field(21usize, "mfa_detail", &self.mfa_detail);
        v.field(22usize, "network_location_details", &self.network_location_details);
        v.field(23usize, "original_request_id", &self.original_request_id);
        v.field(
            24usize,
            "processing_time_in_milliseconds",
            &self.processing_time_in_milliseconds,
        );
        v.field(25usize, "resource_display_name", &self.resource_display_name);
        v.field(26usize, "resource_id", &self.resource_id);
        v.field(27usize, "resource_tenant_id", &self.resource_tenant_id);
        v.field(28usize, "risk_detail", &self.risk_detail);
        v.field(29usize, "risk_event_types", &self.risk_event_types);
        v.field(30usize, "risk_event_types_v2", &self.risk_event_types_v2);
        v.field(31usize, "risk_level_aggregated", &self.risk_level_aggregated);
        v.field(32usize, "risk_level_during_sign_in", &self.risk_level_during_sign_in);
        v.field(33usize, "risk_state", &self.risk_state);
        v.field(34usize, "service_principal_id", &self.service_principal_id);
        v.field(35usize, "service_principal_name", &self.service_principal_name);
        v.field(36usize, "sign_in_event_types", &self.sign_in_event_types);
        v.field(37usize, "sign_in_identifier", &self.sign_in_identifier);
        v.field(38usize, "sign_in_identifier_type", &self.sign_in_identifier_type);
        v.field(39usize, "status", &self.status);
        v.field(40usize, "token_issuer_name", &self.token_issuer_name);
        v.field(41usize, "token_issuer_type", &self.token_issuer_type);
        v.field(42usize, "user_agent", &self.user_agent);
        v.field(43usize, "user_display_name", &self.user_display_name);
        v.field(44usize, "user_id", &self.user_id);
        v.field(45usize, "user_principal_name", &self.user_principal_name);
        v.field(46usize, "user_type", &self.user_type);
        v.field(47usize, "target_tenant_id", &self.target_tenant_id);
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::object::Members for RestrictedSignIn {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.alternate_sign_in_name.read_from(r),
            2usize => self.app_display_name.read_from(r),
            3usize => self.app_id.read_from(r),
            4usize => self.applied_conditional_access_policies.read_from(r),
            5usize => self.authentication_details.read_from(r),
            6usize => self.authentication_methods_used.read_from(r),
            7usize => self.authentication_processing_details.read_from(r),
            8usize => self.authentication_requirement.read_from(r),
            9usize => self.authentication_requirement_policies.read_from(r),
            10usize => self.client_app_used.read_from(r),
            11usize => self.conditional_access_status.read_from(r),
            12usize => self.correlation_id.read_from(r),
            13usize => self.created_date_time.read_from(r),
            14usize => self.device_detail.read_from(r),
            15usize => self.flagged_for_review.read_from(r),
            16usize => self.home_tenant_id.read_from(r),
            17usize => self.ip_address.read_from(r),
            18usize => self.ip_address_from_resource_provider.read_from(r),
            19usize => self.is_interactive.read_from(r),
            20usize => self.location.read_from(r),
            21usize => self.mfa_detail.read_from(r),
            22usize => self.network_location_details.read_from(r),
            23usize => self.original_request_id.read_from(r),
            24usize => self.processing_time_in_milliseconds.read_from(r),
            25usize => self.resource_display_name.read_from(r),
            26usize => self.resource_id.read_from(r),
            27usize => self.resource_tenant_id.read_from(r),
            28usize => self.risk_detail.read_from(r),
            29usize => self.risk_event_types.read_from(r),
            30usize => self.risk_event_types_v2.read_from(r),
            31usize => self.risk_level_aggregated.read_from(r),
            32usize => self.risk_level_during_sign_in.read_from(r),
            33usize => self.risk_state.read_from(r),
            34usize => self.service_principal_id.read_from(r),
            35usize => self.service_principal_name.read_from(r),
            36usize => self.sign_in_event_types.read_from(r),
            37usize => self.sign_in_identifier.read_from(r),
            38usize => self.sign_in_identifier_type.read_from(r),
            39usize => self.status.read_from(r),
            40usize => self.token_issuer_name.read_from(r),
            41usize => self.token_issuer_type.read_from(r),
            42usize => self.user_agent.read_from(r),
            43usize => self.user_display_name.read_from(r),
            44usize => self.user_id.read_from(r),
            45usize => self.user_principal_name.read_from(r),
            46usize => self.user_type.read_from(r),
            47usize => self.target_tenant_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.alternate_sign_in_name);
        w.field(2usize, &self.app_display_name);
        w.field(3usize, &self.app_id);
        w.field(4usize, &self.applied_conditional_access_policies);
        w.field(5usize, &self.authentication_details);
        w.field(6usize, &self.authentication_methods_used);
        w.field(7usize, &self.authentication_processing_details);
        w.field(8usize, &self.authentication_requirement);
        w.field(9usize, &self.authentication_requirement_policies);
        w.field(10usize, &self.client_app_used);
        w.field(11usize, &self.conditional_access_status);
        w.field(12usize, &self.correlation_id);
        w.field(13usize, &self.created_date_time);
        w.field(14usize, &self.device_detail);
        w.field(15usize, &self.flagged_for_review);
        w.field(16usize, &self.home_tenant_id);
        w.field(17usize, &self.ip_address);
        w.field(18usize, &self.ip_address_from_resource_provider);
        w.field(19usize, &self.is_interactive);
        w.field(20usize, &self.location);
        w.field(21usize, &self.mfa_detail);
        w.field(22usize, &self.network_location_details);
        w.field(23usize, &self.original_request_id);
        w.field(24usize, &self.processing_time_in_milliseconds);
        w.field(25usize, &self.resource_display_name);
        w.field(26usize, &self.resource_id);
        w.field(27usize, &self.resource_tenant_id);
        w.field(28usize, &self.risk_detail);
        w.field(29usize, &self.risk_event_types);
        w.field(30usize, &self.risk_event_types_v2);
        w.field(31usize, &self.risk_level_aggregated);
        w.field(32usize, &self.risk_level_during_sign_in);
        w.field(33usize, &self.risk_state);
        w.field(34usize, &self.service_principal_id);
        w.field(35usize, &self.service_principal_name);
        w.field(36usize, &self.sign_in_event_types);
        w.field(37usize, &self.sign_in_identifier);
        w.field(38usize, &self.sign_in_identifier_type);
        w.field(39usize, &self.status);
        w.field(40usize, &self.token_issuer_name);
        w.field(41usize, &self.token_issuer_type);
        w.field(42usize, &self.user_agent);
        w.field(43usize, &self.user_display_name);
        w.field(44usize, &self.user_id);
        w.field(45usize, &self.user_principal_name);
        w.field(46usize, &self.user_type);
        w.field(47usize, &self.target_tenant_id);
    }
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
rt::impl_object!(RestrictedSignIn);
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_setters!(
    RestrictedSignIn { with_id id : ::std::string::String; with_alternate_sign_in_name
    alternate_sign_in_name : ::std::string::String; with_app_display_name
    app_display_name : ::std::string::String; with_app_id app_id : ::std::string::String;
    with_applied_conditional_access_policies applied_conditional_access_policies :
    ::std::vec::Vec < crate ::beta::AppliedConditionalAccessPolicy >;
    with_authentication_details authentication_details : ::std::vec::Vec < crate
    ::beta::AuthenticationDetail >; with_authentication_methods_used
    authentication_methods_used : ::std::vec::Vec < ::std::string::String >;
    with_authentication_processing_details authentication_processing_details :
    ::std::vec::Vec < crate ::beta::KeyValue >; with_authentication_requirement
    authentication_requirement : ::std::string::String;
    with_authentication_requirement_policies authentication_requirement_policies :
    ::std::vec::Vec < crate ::beta::AuthenticationRequirementPolicy >;
    with_client_app_used client_app_used : ::std::string::String;
    with_conditional_access_status conditional_access_status : crate
    ::beta::ConditionalAccessStatus; with_correlation_id correlation_id :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_device_detail device_detail : crate
    ::beta::DeviceDetail; with_flagged_for_review flagged_for_review : bool;
    with_home_tenant_id home_tenant_id : ::std::string::String; with_ip_address
    ip_address : ::std::string::String; with_ip_address_from_resource_provider
    ip_address_from_resource_provider : ::std::string::String; with_is_interactive
    is_interactive : bool; with_location location : crate ::beta::SignInLocation;
    with_mfa_detail mfa_detail : crate ::beta::MfaDetail; with_network_location_details
    network_location_details : ::std::vec::Vec < crate ::beta::NetworkLocationDetail >;
    with_original_request_id original_request_id : ::std::string::String;
    with_processing_time_in_milliseconds processing_time_in_milliseconds : i32;
    with_resource_display_name resource_display_name : ::std::string::String;
    with_resource_id resource_id : ::std::string::String; with_resource_tenant_id
    resource_tenant_id : ::std::string::String; with_risk_detail risk_detail : crate
    ::beta::RiskDetail; with_risk_event_types risk_event_types : ::std::vec::Vec < crate
    ::beta::RiskEventType >; with_risk_event_types_v2 risk_event_types_v2 :
    ::std::vec::Vec < ::std::string::String >; with_risk_level_aggregated
    risk_level_aggregated : crate ::beta::RiskLevel; with_risk_level_during_sign_in
    risk_level_during_sign_in : crate ::beta::RiskLevel; with_risk_state risk_state :
    crate ::beta::RiskState; with_service_principal_id service_principal_id :
    ::std::string::String; with_service_principal_name service_principal_name :
    ::std::string::String; with_sign_in_event_types sign_in_event_types : ::std::vec::Vec
    < ::std::string::String >; with_sign_in_identifier sign_in_identifier :
    ::std::string::String; with_sign_in_identifier_type sign_in_identifier_type : crate
    ::beta::SignInIdentifierType; with_status status : crate ::beta::SignInStatus;
    with_token_issuer_name token_issuer_name : ::std::string::String;
    with_token_issuer_type token_issuer_type : crate ::beta::TokenIssuerType;
    with_user_agent user_agent : ::std::string::String; with_user_display_name
    user_display_name : ::std::string::String; with_user_id user_id :
    ::std::string::String; with_user_principal_name user_principal_name :
    ::std::string::String; with_user_type user_type : crate ::beta::SignInUserType;
    with_target_tenant_id target_tenant_id : rt::edm::Guid; }
);
#[cfg(msgraph_beta_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RestrictedSignIn);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.restrictionAction`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RestrictionAction {
    /// `warn` (value 0).
    Warn,
    /// `audit` (value 1).
    Audit,
    /// `block` (value 2).
    Block,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::StrEnum for RestrictionAction {
    const TYPE_NAME: &'static str = "microsoft.graph.restrictionAction";
    const MEMBERS: &'static [&'static str] = &["warn", "audit", "block"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "warn" => Self::Warn,
                "audit" => Self::Audit,
                "block" => Self::Block,
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
            Self::Warn => "warn",
            Self::Audit => "audit",
            Self::Block => "block",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_enum!(RestrictionAction);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(RestrictionAction);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.restrictionTrigger`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RestrictionTrigger {
    /// `copyPaste` (value 0).
    CopyPaste,
    /// `copyToNetworkShare` (value 1).
    CopyToNetworkShare,
    /// `copyToRemovableMedia` (value 2).
    CopyToRemovableMedia,
    /// `screenCapture` (value 3).
    ScreenCapture,
    /// `print` (value 4).
    Print,
    /// `cloudEgress` (value 5).
    CloudEgress,
    /// `unallowedApps` (value 6).
    UnallowedApps,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::StrEnum for RestrictionTrigger {
    const TYPE_NAME: &'static str = "microsoft.graph.restrictionTrigger";
    const MEMBERS: &'static [&'static str] = &[
        "copyPaste",
        "copyToNetworkShare",
        "copyToRemovableMedia",
        "screenCapture",
        "print",
        "cloudEgress",
        "unallowedApps",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "copyPaste" => Self::CopyPaste,
                "copyToNetworkShare" => Self::CopyToNetworkShare,
                "copyToRemovableMedia" => Self::CopyToRemovableMedia,
                "screenCapture" => Self::ScreenCapture,
                "print" => Self::Print,
                "cloudEgress" => Self::CloudEgress,
                "unallowedApps" => Self::UnallowedApps,
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
            Self::CopyPaste => "copyPaste",
            Self::CopyToNetworkShare => "copyToNetworkShare",
            Self::CopyToRemovableMedia => "copyToRemovableMedia",
            Self::ScreenCapture => "screenCapture",
            Self::Print => "print",
            Self::CloudEgress => "cloudEgress",
            Self::UnallowedApps => "unallowedApps",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_enum!(RestrictionTrigger);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(RestrictionTrigger);
#[cfg(msgraph_beta_app_or_communications_or_compliance_and_2_more)]
/// CSDL: `microsoft.graph.resultInfo`, complex type.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-compliance`, `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct ResultInfo {
    /// CSDL: property `code`: `Edm.Int32`, not nullable.
    pub code: rt::Field<i32>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// CSDL: property `subcode`: `Edm.Int32`, not nullable.
    pub subcode: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_compliance_and_2_more)]
impl ::std::default::Default for ResultInfo {
    #[inline]
    fn default() -> Self {
        Self {
            code: rt::Field::Absent,
            message: rt::Field::Absent,
            subcode: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_compliance_and_2_more)]
impl rt::Object for ResultInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.resultInfo";
    const KEYS: &'static [&'static str] = &["code", "message", "subcode"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"code\":                         ",
        ",\"message\":                      ",
        ",\"subcode\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.resultInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "code", &self.code);
        v.field(1usize, "message", &self.message);
        v.field(2usize, "subcode", &self.subcode);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_compliance_and_2_more)]
impl rt::object::Members for ResultInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.code.read_from(r),
            1usize => self.message.read_from(r),
            2usize => self.subcode.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.code);
        w.field(1usize, &self.message);
        w.field(2usize, &self.subcode);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_app_or_communications_or_compliance_and_2_more)]
rt::impl_object!(ResultInfo);
#[cfg(msgraph_beta_app_or_communications_or_compliance_and_2_more)]
rt::impl_setters!(
    ResultInfo { with_code code : i32; with_message message : ::std::string::String;
    with_subcode subcode : i32; }
);
#[cfg(msgraph_beta_app_or_communications_or_compliance_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResultInfo);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.resultTemplate`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct ResultTemplate {
    /// CSDL: property `body`: `microsoft.graph.Json`, nullable.
    pub body: rt::Field<crate::beta::Json>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for ResultTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            body: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for ResultTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.resultTemplate";
    const KEYS: &'static [&'static str] = &["body", "displayName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"body\":                         ",
        ",\"displayName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.resultTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "body", &self.body);
        v.field(1usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for ResultTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.body.read_from(r),
            1usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.body);
        w.field(1usize, &self.display_name);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_any_area)]
rt::impl_object!(ResultTemplate);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    ResultTemplate { with_body body : crate ::beta::Json; with_display_name display_name
    : ::std::string::String; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResultTemplate);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.resultTemplateOption`, complex type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct ResultTemplateOption {
    /// CSDL: property `enableResultTemplate`: `Edm.Boolean`, nullable.
    pub enable_result_template: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for ResultTemplateOption {
    #[inline]
    fn default() -> Self {
        Self {
            enable_result_template: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for ResultTemplateOption {
    const TYPE_NAME: &'static str = "microsoft.graph.resultTemplateOption";
    const KEYS: &'static [&'static str] = &["enableResultTemplate"];
    const KEYS_JSON: &'static [&'static str] = &[",\"enableResultTemplate\":         "];
    const TAG: &'static str = "\"#microsoft.graph.resultTemplateOption\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "enable_result_template", &self.enable_result_template);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for ResultTemplateOption {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.enable_result_template.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.enable_result_template);
    }
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
rt::impl_object!(ResultTemplateOption);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    ResultTemplateOption { with_enable_result_template enable_result_template : bool; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResultTemplateOption);
#[cfg(msgraph_beta_device_management_or_search)]
/// ManagedDevices that are scheduled for retire
///
/// CSDL: `microsoft.graph.retireScheduledManagedDevice`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct RetireScheduledManagedDevice {
    /// Managed Device ComplianceStatus
    ///
    /// CSDL: property `complianceState`: `microsoft.graph.complianceStatus`, not nullable.
    pub compliance_state: rt::Field<crate::beta::ComplianceStatus>,
    /// Device Compliance PolicyId
    ///
    /// CSDL: property `deviceCompliancePolicyId`: `Edm.String`, nullable.
    pub device_compliance_policy_id: rt::Field<::std::string::String>,
    /// Device Compliance Policy Name
    ///
    /// CSDL: property `deviceCompliancePolicyName`: `Edm.String`, nullable.
    pub device_compliance_policy_name: rt::Field<::std::string::String>,
    /// Managed Device Device Type
    ///
    /// CSDL: property `deviceType`: `microsoft.graph.deviceType`, not nullable.
    pub device_type: rt::Field<crate::beta::DeviceType>,
    /// Key of the entity.
    ///
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// Managed DeviceId
    ///
    /// CSDL: property `managedDeviceId`: `Edm.String`, nullable.
    pub managed_device_id: rt::Field<::std::string::String>,
    /// Managed Device Name
    ///
    /// CSDL: property `managedDeviceName`: `Edm.String`, nullable.
    pub managed_device_name: rt::Field<::std::string::String>,
    /// Managed Device ManagementAgentType
    ///
    /// CSDL: property `managementAgent`: `microsoft.graph.managementAgentType`, not nullable.
    pub management_agent: rt::Field<crate::beta::ManagementAgentType>,
    /// Managed Device ManagedDeviceOwnerType
    ///
    /// CSDL: property `ownerType`: `microsoft.graph.managedDeviceOwnerType`, not nullable.
    pub owner_type: rt::Field<crate::beta::ManagedDeviceOwnerType>,
    /// Managed Device Retire After DateTime
    ///
    /// CSDL: property `retireAfterDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub retire_after_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for RetireScheduledManagedDevice {
    #[inline]
    fn default() -> Self {
        Self {
            compliance_state: rt::Field::Absent,
            device_compliance_policy_id: rt::Field::Absent,
            device_compliance_policy_name: rt::Field::Absent,
            device_type: rt::Field::Absent,
            id: rt::Field::Absent,
            managed_device_id: rt::Field::Absent,
            managed_device_name: rt::Field::Absent,
            management_agent: rt::Field::Absent,
            owner_type: rt::Field::Absent,
            retire_after_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for RetireScheduledManagedDevice {
    const TYPE_NAME: &'static str = "microsoft.graph.retireScheduledManagedDevice";
    const KEYS: &'static [&'static str] = &[
        "complianceState",
        "deviceCompliancePolicyId",
        "deviceCompliancePolicyName",
        "deviceType",
        "id",
        "managedDeviceId",
        "managedDeviceName",
        "managementAgent",
        "ownerType",
        "retireAfterDateTime",
        "roleScopeTagIds",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"complianceState\":              ",
        ",\"deviceCompliancePolicyId\":     ",
        ",\"deviceCompliancePolicyName\":   ",
        ",\"deviceType\":                   ",
        ",\"id\":                           ",
        ",\"managedDeviceId\":              ",
        ",\"managedDeviceName\":            ",
        ",\"managementAgent\":              ",
        ",\"ownerType\":                    ",
        ",\"retireAfterDateTime\":          ",
        ",\"roleScopeTagIds\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.retireScheduledManagedDevice\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "compliance_state", &self.compliance_state);
        v.field(
            1usize,
            "device_compliance_policy_id",
            &self.device_compliance_policy_id,
        );
        v.field(
            2usize,
            "device_compliance_policy_name",
            &self.device_compliance_policy_name,
        );
        v.field(3usize, "device_type", &self.device_type);
        v.field(4usize, "id", &self.id);
        v.field(5usize, "managed_device_id", &self.managed_device_id);
        v.field(6usize, "managed_device_name", &self.managed_device_name);
        v.field(7usize, "management_agent", &self.management_agent);
        v.field(8usize, "owner_type", &self.owner_type);
        v.field(9usize, "retire_after_date_time", &self.retire_after_date_time);
        v.field(10usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for RetireScheduledManagedDevice {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.compliance_state.read_from(r),
            1usize => self.device_compliance_policy_id.read_from(r),
            2usize => self.device_compliance_policy_name.read_from(r),
            3usize => self.device_type.read_from(r),
            4usize => self.id.read_from(r),
            5usize => self.managed_device_id.read_from(r),
            6usize => self.managed_device_name.read_from(r),
            7usize => self.management_agent.read_from(r),
            8usize => self.owner_type.read_from(r),
            9usize => self.retire_after_date_time.read_from(r),
            10usize => self.role_scope_tag_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.compliance_state);
        w.field(1usize, &self.device_compliance_policy_id);
        w.field(2usize, &self.device_compliance_policy_name);
        w.field(3usize, &self.device_type);
        w.field(4usize, &self.id);
        w.field(5usize, &self.managed_device_id);
        w.field(6usize, &self.managed_device_name);
        w.field(7usize, &self.management_agent);
        w.field(8usize, &self.owner_type);
        w.field(9usize, &self.retire_after_date_time);
        w.field(10usize, &self.role_scope_tag_ids);
    }
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
rt::impl_object!(RetireScheduledManagedDevice);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    RetireScheduledManagedDevice { with_compliance_state compliance_state : crate
    ::beta::ComplianceStatus; with_device_compliance_policy_id
    device_compliance_policy_id : ::std::string::String;
    with_device_compliance_policy_name device_compliance_policy_name :
    ::std::string::String; with_device_type device_type : crate ::beta::DeviceType;
    with_id id : ::std::string::String; with_managed_device_id managed_device_id :
    ::std::string::String; with_managed_device_name managed_device_name :
    ::std::string::String; with_management_agent management_agent : crate
    ::beta::ManagementAgentType; with_owner_type owner_type : crate
    ::beta::ManagedDeviceOwnerType; with_retire_after_date_time retire_after_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RetireScheduledManagedDevice);
#[cfg(msgraph_beta_core)]
/// Revoke Apple Vpp licenses action result
///
/// CSDL: `microsoft.graph.revokeAppleVppLicensesActionResult`, complex type, derived from `microsoft.graph.deviceActionResult`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct RevokeAppleVppLicensesActionResult {
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
    /// Total number of Apple Vpp licenses that failed to revoke
    ///
    /// CSDL: property `failedLicensesCount`: `Edm.Int32`, not nullable.
    pub failed_licenses_count: rt::Field<i32>,
    /// Total number of Apple Vpp licenses associated
    ///
    /// CSDL: property `totalLicensesCount`: `Edm.Int32`, not nullable.
    pub total_licenses_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for RevokeAppleVppLicensesActionResult {
    #[inline]
    fn default() -> Self {
        Self {
            action_name: rt::Field::Absent,
            action_state: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            failed_licenses_count: rt::Field::Absent,
            total_licenses_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for RevokeAppleVppLicensesActionResult {
    const TYPE_NAME: &'static str = "microsoft.graph.revokeAppleVppLicensesActionResult";
    const KEYS: &'static [&'static str] = &[
        "actionName",
        "actionState",
        "lastUpdatedDateTime",
        "startDateTime",
        "failedLicensesCount",
        "totalLicensesCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"actionName\":                   ",
        ",\"actionState\":                  ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"startDateTime\":                ",
        ",\"failedLicensesCount\":          ",
        ",\"totalLicensesCount\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.revokeAppleVppLicensesActionResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action_name", &self.action_name);
        v.field(1usize, "action_state", &self.action_state);
        v.field(2usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(3usize, "start_date_time", &self.start_date_time);
        v.field(4usize, "failed_licenses_count", &self.failed_licenses_count);
        v.field(5usize, "total_licenses_count", &self.total_licenses_count);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for RevokeAppleVppLicensesActionResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action_name.read_from(r),
            1usize => self.action_state.read_from(r),
            2usize => self.last_updated_date_time.read_from(r),
            3usize => self.start_date_time.read_from(r),
            4usize => self.failed_licenses_count.read_from(r),
            5usize => self.total_licenses_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action_name);
        w.field(1usize, &self.action_state);
        w.field(2usize, &self.last_updated_date_time);
        w.field(3usize, &self.start_date_time);
        w.field(4usize, &self.failed_licenses_count);
        w.field(5usize, &self.total_licenses_count);
    }
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
rt::impl_object!(RevokeAppleVppLicensesActionResult);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    RevokeAppleVppLicensesActionResult { with_action_name action_name :
    ::std::string::String; with_action_state action_state : crate ::beta::ActionState;
    with_last_updated_date_time last_updated_date_time : rt::edm::DateTimeOffset;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset;
    with_failed_licenses_count failed_licenses_count : i32; with_total_licenses_count
    total_licenses_count : i32; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(RevokeAppleVppLicensesActionResult);
#[cfg(msgraph_beta_audit_logs_or_identity_protection_or_risk_detections_and_2_more)]
/// CSDL: `microsoft.graph.riskDetail`, enum type.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-identity-protection`, `beta-risk-detections`, `beta-risky-users`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RiskDetail {
    /// `none` (value 0).
    None,
    /// `adminGeneratedTemporaryPassword` (value 1).
    AdminGeneratedTemporaryPassword,
    /// `userPerformedSecuredPasswordChange` (value 2).
    UserPerformedSecuredPasswordChange,
    /// `userPerformedSecuredPasswordReset` (value 3).
    UserPerformedSecuredPasswordReset,
    /// `adminConfirmedSigninSafe` (value 4).
    AdminConfirmedSigninSafe,
    /// `aiConfirmedSigninSafe` (value 5).
    AiConfirmedSigninSafe,
    /// `userPassedMFADrivenByRiskBasedPolicy` (value 6).
    UserPassedMfaDrivenByRiskBasedPolicy,
    /// `adminDismissedAllRiskForUser` (value 7).
    AdminDismissedAllRiskForUser,
    /// `adminConfirmedSigninCompromised` (value 8).
    AdminConfirmedSigninCompromised,
    /// `hidden` (value 9).
    Hidden,
    /// `adminConfirmedUserCompromised` (value 10).
    AdminConfirmedUserCompromised,
    /// `unknownFutureValue` (value 11).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_audit_logs_or_identity_protection_or_risk_detections_and_2_more)]
impl rt::StrEnum for RiskDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.riskDetail";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "adminGeneratedTemporaryPassword",
        "userPerformedSecuredPasswordChange",
        "userPerformedSecuredPasswordReset",
        "adminConfirmedSigninSafe",
        "aiConfirmedSigninSafe",
        "userPassedMFADrivenByRiskBasedPolicy",
        "adminDismissedAllRiskForUser",
        "adminConfirmedSigninCompromised",
        "hidden",
        "adminConfirmedUserCompromised",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "adminGeneratedTemporaryPassword" => {
                    Self::AdminGeneratedTemporaryPassword
                }
                "userPerformedSecuredPasswordChange" => {
                    Self::UserPerformedSecuredPasswordChange
                }
                "userPerformedSecuredPasswordReset" => {
                    Self::UserPerformedSecuredPasswordReset
                }
                "adminConfirmedSigninSafe" => Self::AdminConfirmedSigninSafe,
                "aiConfirmedSigninSafe" => Self::AiConfirmedSigninSafe,
                "userPassedMFADrivenByRiskBasedPolicy" => {
                    Self::UserPassedMfaDrivenByRiskBasedPolicy
                }
                "adminDismissedAllRiskForUser" => Self::AdminDismissedAllRiskForUser,
                "adminConfirmedSigninCompromised" => {
                    Self::AdminConfirmedSigninCompromised
                }
                "hidden" => Self::Hidden,
                "adminConfirmedUserCompromised" => Self::AdminConfirmedUserCompromised,
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
            Self::AdminGeneratedTemporaryPassword => "adminGeneratedTemporaryPassword",
            Self::UserPerformedSecuredPasswordChange => {
                "userPerformedSecuredPasswordChange"
            }
            Self::UserPerformedSecuredPasswordReset => {
                "userPerformedSecuredPasswordReset"
            }
            Self::AdminConfirmedSigninSafe => "adminConfirmedSigninSafe",
            Self::AiConfirmedSigninSafe => "aiConfirmedSigninSafe",
            Self::UserPassedMfaDrivenByRiskBasedPolicy => {
                "userPassedMFADrivenByRiskBasedPolicy"
            }
            Self::AdminDismissedAllRiskForUser => "adminDismissedAllRiskForUser",
            Self::AdminConfirmedSigninCompromised => "adminConfirmedSigninCompromised",
            Self::Hidden => "hidden",
            Self::AdminConfirmedUserCompromised => "adminConfirmedUserCompromised",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_identity_protection_or_risk_detections_and_2_more)]
rt::impl_enum!(RiskDetail);
#[cfg(msgraph_beta_audit_logs_or_identity_protection_or_risk_detections_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(RiskDetail);
#[cfg(msgraph_beta_identity_protection_or_risk_detections_or_search)]
/// CSDL: `microsoft.graph.riskDetection`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`RiskDetectionPath`](requests/trait.RiskDetectionPath.html), what a path to one (`EntityPath<RiskDetection, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-identity-protection`, `beta-risk-detections`, `beta-search`.
#[derive(Clone)]
pub struct RiskDetection {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `activity`: `microsoft.graph.activityType`, nullable.
    pub activity: rt::Field<crate::beta::ActivityType>,
    /// CSDL: property `activityDateTime`: `Edm.DateTimeOffset`, nullable.
    pub activity_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `additionalInfo`: `Edm.String`, nullable.
    pub additional_info: rt::Field<::std::string::String>,
    /// CSDL: property `correlationId`: `Edm.String`, nullable.
    pub correlation_id: rt::Field<::std::string::String>,
    /// CSDL: property `detectedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub detected_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `detectionTimingType`: `microsoft.graph.riskDetectionTimingType`, nullable.
    pub detection_timing_type: rt::Field<crate::beta::RiskDetectionTimingType>,
    /// CSDL: property `ipAddress`: `Edm.String`, nullable.
    pub ip_address: rt::Field<::std::string::String>,
    /// CSDL: property `lastUpdatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `location`: `microsoft.graph.signInLocation`, nullable.
    pub location: rt::Field<crate::beta::SignInLocation>,
    /// CSDL: property `requestId`: `Edm.String`, nullable.
    pub request_id: rt::Field<::std::string::String>,
    /// CSDL: property `riskDetail`: `microsoft.graph.riskDetail`, nullable.
    pub risk_detail: rt::Field<crate::beta::RiskDetail>,
    /// CSDL: property `riskEventType`: `Edm.String`, nullable.
    pub risk_event_type: rt::Field<::std::string::String>,
    /// CSDL: property `riskLevel`: `microsoft.graph.riskLevel`, nullable.
    pub risk_level: rt::Field<crate::beta::RiskLevel>,
    /// CSDL: property `riskState`: `microsoft.graph.riskState`, nullable.
    pub risk_state: rt::Field<crate::beta::RiskState>,
    /// CSDL: property `riskType`: `microsoft.graph.riskEventType`, nullable.
    pub risk_type: rt::Field<crate::beta::RiskEventType>,
    /// CSDL: property `source`: `Edm.String`, nullable.
    pub source: rt::Field<::std::string::String>,
    /// CSDL: property `tokenIssuerType`: `microsoft.graph.tokenIssuerType`, nullable.
    pub token_issuer_type: rt::Field<crate::beta::TokenIssuerType>,
    /// CSDL: property `userDisplayName`: `Edm.String`, nullable.
    pub user_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_protection_or_risk_detections_or_search)]
impl ::std::default::Default for RiskDetection {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            activity: rt::Field::Absent,
            activity_date_time: rt::Field::Absent,
            additional_info: rt::Field::Absent,
            correlation_id: rt::Field::Absent,
            detected_date_time: rt::Field::Absent,
            detection_timing_type: rt::Field::Absent,
            ip_address: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            location: rt::Field::Absent,
            request_id: rt::Field::Absent,
            risk_detail: rt::Field::Absent,
            risk_event_type: rt::Field::Absent,
            risk_level: rt::Field::Absent,
            risk_state: rt::Field::Absent,
            risk_type: rt::Field::Absent,
            source: rt::Field::Absent,
            token_issuer_type: rt::Field::Absent,
            user_display_name: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_protection_or_risk_detections_or_search)]
impl rt::Object for RiskDetection {
    const TYPE_NAME: &'static str = "microsoft.graph.riskDetection";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activity",
        "activityDateTime",
        "additionalInfo",
        "correlationId",
        "detectedDateTime",
        "detectionTimingType",
        "ipAddress",
        "lastUpdatedDateTime",
        "location",
        "requestId",
        "riskDetail",
        "riskEventType",
        "riskLevel",
        "riskState",
        "riskType",
        "source",
        "tokenIssuerType",
        "userDisplayName",
        "userId",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activity\":                     ",
        ",\"activityDateTime\":             ",
        ",\"additionalInfo\":               ",
        ",\"correlationId\":                ",
        ",\"detectedDateTime\":             ",
        ",\"detectionTimingType\":          ",
        ",\"ipAddress\":                    ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"location\":                     ",
        ",\"requestId\":                    ",
        ",\"riskDetail\":                   ",
        ",\"riskEventType\":                ",
        ",\"riskLevel\":                    ",
        ",\"riskState\":                    ",
        ",\"riskType\":                     ",
        ",\"source\":                       ",
        ",\"tokenIssuerType\":              ",
        ",\"userDisplayName\":              ",
        ",\"userId\":                       ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.riskDetection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "activity", &self.activity);
        v.field(2usize, "activity_date_time", &self.activity_date_time);
        v.field(3usize, "additional_info", &self.additional_info);
        v.field(4usize, "correlation_id", &self.correlation_id);
        v.field(5usize, "detected_date_time", &self.detected_date_time);
        v.field(6usize, "detection_timing_type", &self.detection_timing_type);
        v.field(7usize, "ip_address", &self.ip_address);
        v.field(8usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(9usize, "location", &self.location);
        v.field(10usize, "request_id", &self.request_id);
        v.field(11usize, "risk_detail", &self.risk_detail);
        v.field(12usize, "risk_event_type", &self.risk_event_type);
        v.field(13usize, "risk_level", &self.risk_level);
        v.field(14usize, "risk_state", &self.risk_state);
        v.field(15usize, "risk_type", &self.risk_type);
        v.field(16usize, "source", &self.source);
        v.field(17usize, "token_issuer_type", &self.token_issuer_type);
        v.field(18usize, "user_display_name", &self.user_display_name);
        v.field(19usize, "user_id", &self.user_id);
        v.field(20usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_identity_protection_or_risk_detections_or_search)]
impl rt::object::Members for RiskDetection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.activity.read_from(r),
            2usize => self.activity_date_time.read_from(r),
            3usize => self.additional_info.read_from(r),
            4usize => self.correlation_id.read_from(r),
            5usize => self.detected_date_time.read_from(r),
            6usize => self.detection_timing_type.read_from(r),
            7usize => self.ip_address.read_from(r),
            8usize => self.last_updated_date_time.read_from(r),
            9usize => self.location.read_from(r),
            10usize => self.request_id.read_from(r),
            11usize => self.risk_detail.read_from(r),
            12usize => self.risk_event_type.read_from(r),
            13usize => self.risk_level.read_from(r),
            14usize => self.risk_state.read_from(r),
            15usize => self.risk_type.read_from(r),
            16usize => self.source.read_from(r),
            17usize => self.token_issuer_type.read_from(r),
            18usize => self.user_display_name.read_from(r),
            19usize => self.user_id.read_from(r),
            20usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.activity);
        w.field(2usize, &self.activity_date_time);
        w.field(3usize, &self.additional_info);
        w.field(4usize, &self.correlation_id);
        w.field(5usize, &self.detected_date_time);
        w.field(6usize, &self.detection_timing_type);
        w.field(7usize, &self.ip_address);
        w.field(8usize, &self.last_updated_date_time);
        w.field(9usize, &self.location);
        w.field(10usize, &self.request_id);
        w.field(11usize, &self.risk_detail);
        w.field(12usize, &self.risk_event_type);
        w.field(13usize, &self.risk_level);
        w.field(14usize, &self.risk_state);
        w.field(15usize, &self.risk_type);
        w.field(16usize, &self.source);
        w.field(17usize, &self.token_issuer_type);
        w.field(18usize, &self.user_display_name);
        w.field(19usize, &self.user_id);
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
#[cfg(msgraph_beta_identity_protection_or_risk_detections_or_search)]
rt::impl_object!(RiskDetection);
#[cfg(msgraph_beta_identity_protection_or_risk_detections_or_search)]
rt::impl_setters!(
    RiskDetection { with_id id : ::std::string::String; with_activity activity : crate
    ::beta::ActivityType; with_activity_date_time activity_date_time :
    rt::edm::DateTimeOffset; with_additional_info additional_info :
    ::std::string::String; with_correlation_id correlation_id : ::std::string::String;
    with_detected_date_time detected_date_time : rt::edm::DateTimeOffset;
    with_detection_timing_type detection_timing_type : crate
    ::beta::RiskDetectionTimingType; with_ip_address ip_address : ::std::string::String;
    with_last_updated_date_time last_updated_date_time : rt::edm::DateTimeOffset;
    with_location location : crate ::beta::SignInLocation; with_request_id request_id :
    ::std::string::String; with_risk_detail risk_detail : crate ::beta::RiskDetail;
    with_risk_event_type risk_event_type : ::std::string::String; with_risk_level
    risk_level : crate ::beta::RiskLevel; with_risk_state risk_state : crate
    ::beta::RiskState; with_risk_type risk_type : crate ::beta::RiskEventType;
    with_source source : ::std::string::String; with_token_issuer_type token_issuer_type
    : crate ::beta::TokenIssuerType; with_user_display_name user_display_name :
    ::std::string::String; with_user_id user_id : ::std::string::String;
    with_user_principal_name user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_beta_identity_protection_or_risk_detections_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RiskDetection);
#[cfg(msgraph_beta_identity_protection_or_risk_detections_or_search)]
/// CSDL: `microsoft.graph.riskDetectionTimingType`, enum type.
///
/// Features: `beta`, or one of `beta-identity-protection`, `beta-risk-detections`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RiskDetectionTimingType {
    /// `notDefined` (value 0).
    NotDefined,
    /// `realtime` (value 1).
    Realtime,
    /// `nearRealtime` (value 2).
    NearRealtime,
    /// `offline` (value 3).
    Offline,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_identity_protection_or_risk_detections_or_search)]
impl rt::StrEnum for RiskDetectionTimingType {
    const TYPE_NAME: &'static str = "microsoft.graph.riskDetectionTimingType";
    const MEMBERS: &'static [&'static str] = &[
        "notDefined",
        "realtime",
        "nearRealtime",
        "offline",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notDefined" => Self::NotDefined,
                "realtime" => Self::Realtime,
                "nearRealtime" => Self::NearRealtime,
                "offline" => Self::Offline,
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
            Self::NotDefined => "notDefined",
            Self::Realtime => "realtime",
            Self::NearRealtime => "nearRealtime",
            Self::Offline => "offline",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_identity_protection_or_risk_detections_or_search)]
rt::impl_enum!(RiskDetectionTimingType);
#[cfg(msgraph_beta_identity_protection_or_risk_detections_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RiskDetectionTimingType);
#[cfg(msgraph_beta_audit_logs_or_identity_protection_or_risk_detections_and_2_more)]
/// CSDL: `microsoft.graph.riskEventType`, enum type.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-identity-protection`, `beta-risk-detections`, `beta-risky-users`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RiskEventType {
    /// `unlikelyTravel` (value 0).
    UnlikelyTravel,
    /// `anonymizedIPAddress` (value 1).
    AnonymizedIpAddress,
    /// `maliciousIPAddress` (value 2).
    MaliciousIpAddress,
    /// `unfamiliarFeatures` (value 3).
    UnfamiliarFeatures,
    /// `malwareInfectedIPAddress` (value 4).
    MalwareInfectedIpAddress,
    /// `suspiciousIPAddress` (value 5).
    SuspiciousIpAddress,
    /// `leakedCredentials` (value 6).
    LeakedCredentials,
    /// `investigationsThreatIntelligence` (value 7).
    InvestigationsThreatIntelligence,
    /// `generic` (value 8).
    Generic,
    /// `adminConfirmedUserCompromised` (value 9).
    AdminConfirmedUserCompromised,
    /// `mcasImpossibleTravel` (value 10).
    McasImpossibleTravel,
    /// `mcasSuspiciousInboxManipulationRules` (value 11).
    McasSuspiciousInboxManipulationRules,
    /// `investigationsThreatIntelligenceSigninLinked` (value 12).
    InvestigationsThreatIntelligenceSigninLinked,
    /// `maliciousIPAddressValidCredentialsBlockedIP` (value 13).
    MaliciousIpAddressValidCredentialsBlockedIp,
    /// `unknownFutureValue` (value 14).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_audit_logs_or_identity_protection_or_risk_detections_and_2_more)]
impl rt::StrEnum for RiskEventType {
    const TYPE_NAME: &'static str = "microsoft.graph.riskEventType";
    const MEMBERS: &'static [&'static str] = &[
        "unlikelyTravel",
        "anonymizedIPAddress",
        "maliciousIPAddress",
        "unfamiliarFeatures",
        "malwareInfectedIPAddress",
        "suspiciousIPAddress",
        "leakedCredentials",
        "investigationsThreatIntelligence",
        "generic",
        "adminConfirmedUserCompromised",
        "mcasImpossibleTravel",
        "mcasSuspiciousInboxManipulationRules",
        "investigationsThreatIntelligenceSigninLinked",
        "maliciousIPAddressValidCredentialsBlockedIP",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unlikelyTravel" => Self::UnlikelyTravel,
                "anonymizedIPAddress" => Self::AnonymizedIpAddress,
                "maliciousIPAddress" => Self::MaliciousIpAddress,
                "unfamiliarFeatures" => Self::UnfamiliarFeatures,
                "malwareInfectedIPAddress" => Self::MalwareInfectedIpAddress,
                "suspiciousIPAddress" => Self::SuspiciousIpAddress,
                "leakedCredentials" => Self::LeakedCredentials,
                "investigationsThreatIntelligence" => {
                    Self::InvestigationsThreatIntelligence
                }
                "generic" => Self::Generic,
                "adminConfirmedUserCompromised" => Self::AdminConfirmedUserCompromised,
                "mcasImpossibleTravel" => Self::McasImpossibleTravel,
                "mcasSuspiciousInboxManipulationRules" => {
                    Self::McasSuspiciousInboxManipulationRules
                }
                "investigationsThreatIntelligenceSigninLinked" => {
                    Self::InvestigationsThreatIntelligenceSigninLinked
                }
                "maliciousIPAddressValidCredentialsBlockedIP" => {
                    Self::MaliciousIpAddressValidCredentialsBlockedIp
                }
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
            Self::UnlikelyTravel => "unlikelyTravel",
            Self::AnonymizedIpAddress => "anonymizedIPAddress",
            Self::MaliciousIpAddress => "maliciousIPAddress",
            Self::UnfamiliarFeatures => "unfamiliarFeatures",
            Self::MalwareInfectedIpAddress => "malwareInfectedIPAddress",
            Self::SuspiciousIpAddress => "suspiciousIPAddress",
            Self::LeakedCredentials => "leakedCredentials",
            Self::InvestigationsThreatIntelligence => "investigationsThreatIntelligence",
            Self::Generic => "generic",
            Self::AdminConfirmedUserCompromised => "adminConfirmedUserCompromised",
            Self::McasImpossibleTravel => "mcasImpossibleTravel",
            Self::McasSuspiciousInboxManipulationRules => {
                "mcasSuspiciousInboxManipulationRules"
            }
            Self::InvestigationsThreatIntelligenceSigninLinked => {
                "investigationsThreatIntelligenceSigninLinked"
            }
            Self::MaliciousIpAddressValidCredentialsBlockedIp => {
                "maliciousIPAddressValidCredentialsBlockedIP"
            }
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_identity_protection_or_risk_detections_and_2_more)]
rt::impl_enum!(RiskEventType);
#[cfg(msgraph_beta_audit_logs_or_identity_protection_or_risk_detections_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(RiskEventType);
#[cfg(msgraph_beta_audit_logs_or_identity_protection_or_risk_detections_and_2_more)]
/// CSDL: `microsoft.graph.riskState`, enum type.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-identity-protection`, `beta-risk-detections`, `beta-risky-users`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RiskState {
    /// `none` (value 0).
    None,
    /// `confirmedSafe` (value 1).
    ConfirmedSafe,
    /// `remediated` (value 2).
    Remediated,
    /// `dismissed` (value 3).
    Dismissed,
    /// `atRisk` (value 4).
    AtRisk,
    /// `confirmedCompromised` (value 5).
    ConfirmedCompromised,
    /// `unknownFutureValue` (value 6).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_audit_logs_or_identity_protection_or_risk_detections_and_2_more)]
impl rt::StrEnum for RiskState {
    const TYPE_NAME: &'static str = "microsoft.graph.riskState";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "confirmedSafe",
        "remediated",
        "dismissed",
        "atRisk",
        "confirmedCompromised",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "confirmedSafe" => Self::ConfirmedSafe,
                "remediated" => Self::Remediated,
                "dismissed" => Self::Dismissed,
                "atRisk" => Self::AtRisk,
                "confirmedCompromised" => Self::ConfirmedCompromised,
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
            Self::ConfirmedSafe => "confirmedSafe",
            Self::Remediated => "remediated",
            Self::Dismissed => "dismissed",
            Self::AtRisk => "atRisk",
            Self::ConfirmedCompromised => "confirmedCompromised",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_identity_protection_or_risk_detections_and_2_more)]
rt::impl_enum!(RiskState);
#[cfg(msgraph_beta_audit_logs_or_identity_protection_or_risk_detections_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(RiskState);
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
/// CSDL: `microsoft.graph.riskUserActivity`, complex type.
///
/// Features: `beta`, or one of `beta-identity-protection`, `beta-risky-users`, `beta-search`.
#[derive(Clone)]
pub struct RiskUserActivity {
    /// CSDL: property `detail`: `microsoft.graph.riskDetail`, nullable.
    pub detail: rt::Field<crate::beta::RiskDetail>,
    /// CSDL: property `eventTypes`: `Collection(microsoft.graph.riskEventType)`, nullable.
    pub event_types: rt::Field<::std::vec::Vec<crate::beta::RiskEventType>>,
    /// CSDL: property `riskEventTypes`: `Collection(Edm.String)`, nullable.
    pub risk_event_types: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
impl ::std::default::Default for RiskUserActivity {
    #[inline]
    fn default() -> Self {
        Self {
            detail: rt::Field::Absent,
            event_types: rt::Field::Absent,
            risk_event_types: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
impl rt::Object for RiskUserActivity {
    const TYPE_NAME: &'static str = "microsoft.graph.riskUserActivity";
    const KEYS: &'static [&'static str] = &["detail", "eventTypes", "riskEventTypes"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"detail\":                       ",
        ",\"eventTypes\":                   ",
        ",\"riskEventTypes\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.riskUserActivity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "detail", &self.detail);
        v.field(1usize, "event_types", &self.event_types);
        v.field(2usize, "risk_event_types", &self.risk_event_types);
    }
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
impl rt::object::Members for RiskUserActivity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.detail.read_from(r),
            1usize => self.event_types.read_from(r),
            2usize => self.risk_event_types.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.detail);
        w.field(1usize, &self.event_types);
        w.field(2usize, &self.risk_event_types);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
rt::impl_object!(RiskUserActivity);
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
rt::impl_setters!(
    RiskUserActivity { with_detail detail : crate ::beta::RiskDetail; with_event_types
    event_types : ::std::vec::Vec < crate ::beta::RiskEventType >; with_risk_event_types
    risk_event_types : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RiskUserActivity);
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
/// CSDL: `microsoft.graph.riskyUser`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`RiskyUserPath`](requests/trait.RiskyUserPath.html), what a path to one (`EntityPath<AnyRiskyUser, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-identity-protection`, `beta-risky-users`, `beta-search`.
#[derive(Clone)]
pub struct RiskyUser {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isDeleted`: `Edm.Boolean`, nullable.
    pub is_deleted: rt::Field<bool>,
    /// CSDL: property `isProcessing`: `Edm.Boolean`, nullable.
    pub is_processing: rt::Field<bool>,
    /// CSDL: property `riskDetail`: `microsoft.graph.riskDetail`, nullable.
    pub risk_detail: rt::Field<crate::beta::RiskDetail>,
    /// CSDL: property `riskLastUpdatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub risk_last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `riskLevel`: `microsoft.graph.riskLevel`, nullable.
    pub risk_level: rt::Field<crate::beta::RiskLevel>,
    /// CSDL: property `riskState`: `microsoft.graph.riskState`, nullable.
    pub risk_state: rt::Field<crate::beta::RiskState>,
    /// CSDL: property `userDisplayName`: `Edm.String`, nullable.
    pub user_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `history`: `Collection(microsoft.graph.riskyUserHistoryItem)`, not nullable.
    pub history: rt::Field<::std::vec::Vec<crate::beta::RiskyUserHistoryItem>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
impl ::std::default::Default for RiskyUser {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_deleted: rt::Field::Absent,
            is_processing: rt::Field::Absent,
            risk_detail: rt::Field::Absent,
            risk_last_updated_date_time: rt::Field::Absent,
            risk_level: rt::Field::Absent,
            risk_state: rt::Field::Absent,
            user_display_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            history: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
impl rt::Object for RiskyUser {
    const TYPE_NAME: &'static str = "microsoft.graph.riskyUser";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isDeleted",
        "isProcessing",
        "riskDetail",
        "riskLastUpdatedDateTime",
        "riskLevel",
        "riskState",
        "userDisplayName",
        "userPrincipalName",
        "history",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isDeleted\":                    ",
        ",\"isProcessing\":                 ",
        ",\"riskDetail\":                   ",
        ",\"riskLastUpdatedDateTime\":      ",
        ",\"riskLevel\":                    ",
        ",\"riskState\":                    ",
        ",\"userDisplayName\":              ",
        ",\"userPrincipalName\":            ",
        ",\"history\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.riskyUser\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_deleted", &self.is_deleted);
        v.field(2usize, "is_processing", &self.is_processing);
        v.field(3usize, "risk_detail", &self.risk_detail);
        v.field(
            4usize,
            "risk_last_updated_date_time",
            &self.risk_last_updated_date_time,
        );
        v.field(5usize, "risk_level", &self.risk_level);
        v.field(6usize, "risk_state", &self.risk_state);
        v.field(7usize, "user_display_name", &self.user_display_name);
        v.field(8usize, "user_principal_name", &self.user_principal_name);
        v.field(9usize, "history", &self.history);
    }
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
impl rt::object::Members for RiskyUser {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_deleted.read_from(r),
            2usize => self.is_processing.read_from(r),
            3usize => self.risk_detail.read_from(r),
            4usize => self.risk_last_updated_date_time.read_from(r),
            5usize => self.risk_level.read_from(r),
            6usize => self.risk_state.read_from(r),
            7usize => self.user_display_name.read_from(r),
            8usize => self.user_principal_name.read_from(r),
            9usize => self.history.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_deleted);
        w.field(2usize, &self.is_processing);
        w.field(3usize, &self.risk_detail);
        w.field(4usize, &self.risk_last_updated_date_time);
        w.field(5usize, &self.risk_level);
        w.field(6usize, &self.risk_state);
        w.field(7usize, &self.user_display_name);
        w.field(8usize, &self.user_principal_name);
        w.field(9usize, &self.history);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
rt::impl_object!(RiskyUser);
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
rt::impl_setters!(
    RiskyUser { with_id id : ::std::string::String; with_is_deleted is_deleted : bool;
    with_is_processing is_processing : bool; with_risk_detail risk_detail : crate
    ::beta::RiskDetail; with_risk_last_updated_date_time risk_last_updated_date_time :
    rt::edm::DateTimeOffset; with_risk_level risk_level : crate ::beta::RiskLevel;
    with_risk_state risk_state : crate ::beta::RiskState; with_user_display_name
    user_display_name : ::std::string::String; with_user_principal_name
    user_principal_name : ::std::string::String; with_history history : ::std::vec::Vec <
    crate ::beta::RiskyUserHistoryItem >; }
);
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RiskyUser);
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
/// `microsoft.graph.riskyUser` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-identity-protection`, `beta-risky-users`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyRiskyUser {
    RiskyUser(::std::boxed::Box<crate::beta::RiskyUser>),
    RiskyUserHistoryItem(::std::boxed::Box<crate::beta::RiskyUserHistoryItem>),
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
impl ::std::default::Default for AnyRiskyUser {
    #[inline]
    fn default() -> Self {
        Self::RiskyUser(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RiskyUser> for AnyRiskyUser {
    #[inline]
    fn from(v: crate::beta::RiskyUser) -> Self {
        Self::RiskyUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RiskyUserHistoryItem> for AnyRiskyUser {
    #[inline]
    fn from(v: crate::beta::RiskyUserHistoryItem) -> Self {
        Self::RiskyUserHistoryItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
unsafe impl ::std::marker::Send for AnyRiskyUser {}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
unsafe impl ::std::marker::Sync for AnyRiskyUser {}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
impl ::std::marker::Unpin for AnyRiskyUser {}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
impl ::std::panic::UnwindSafe for AnyRiskyUser {}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
impl ::std::panic::RefUnwindSafe for AnyRiskyUser {}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::RiskyUser>();
    rt::object::auto_traits::<crate::beta::RiskyUserHistoryItem>();
};
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
impl rt::Poly for AnyRiskyUser {
    const BASE_NAME: &'static str = "microsoft.graph.riskyUser";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.riskyUserHistoryItem") => {
                Self::RiskyUserHistoryItem(rt::object::new_boxed())
            }
            _ => Self::RiskyUser(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::RiskyUser(v) => &**v,
            Self::RiskyUserHistoryItem(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::RiskyUser(v) => &mut **v,
            Self::RiskyUserHistoryItem(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
impl AnyRiskyUser {
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
            Self::RiskyUser(v) => &v.id,
            Self::RiskyUserHistoryItem(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::RiskyUser(v) => &mut v.id,
            Self::RiskyUserHistoryItem(v) => &mut v.id,
        }
    }
    /// `isDeleted` of any variant.
    #[inline]
    pub fn is_deleted(&self) -> &rt::Field<bool> {
        match self {
            Self::RiskyUser(v) => &v.is_deleted,
            Self::RiskyUserHistoryItem(v) => &v.is_deleted,
        }
    }
    /// `isDeleted` of any variant.
    #[inline]
    pub fn is_deleted_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::RiskyUser(v) => &mut v.is_deleted,
            Self::RiskyUserHistoryItem(v) => &mut v.is_deleted,
        }
    }
    /// `isProcessing` of any variant.
    #[inline]
    pub fn is_processing(&self) -> &rt::Field<bool> {
        match self {
            Self::RiskyUser(v) => &v.is_processing,
            Self::RiskyUserHistoryItem(v) => &v.is_processing,
        }
    }
    /// `isProcessing` of any variant.
    #[inline]
    pub fn is_processing_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::RiskyUser(v) => &mut v.is_processing,
            Self::RiskyUserHistoryItem(v) => &mut v.is_processing,
        }
    }
    /// `riskDetail` of any variant.
    #[inline]
    pub fn risk_detail(&self) -> &rt::Field<crate::beta::RiskDetail> {
        match self {
            Self::RiskyUser(v) => &v.risk_detail,
            Self::RiskyUserHistoryItem(v) => &v.risk_detail,
        }
    }
    /// `riskDetail` of any variant.
    #[inline]
    pub fn risk_detail_mut(&mut self) -> &mut rt::Field<crate::beta::RiskDetail> {
        match self {
            Self::RiskyUser(v) => &mut v.risk_detail,
            Self::RiskyUserHistoryItem(v) => &mut v.risk_detail,
        }
    }
    /// `riskLastUpdatedDateTime` of any variant.
    #[inline]
    pub fn risk_last_updated_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::RiskyUser(v) => &v.risk_last_updated_date_time,
            Self::RiskyUserHistoryItem(v) => &v.risk_last_updated_date_time,
        }
    }
    /// `riskLastUpdatedDateTime` of any variant.
    #[inline]
    pub fn risk_last_updated_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::RiskyUser(v) => &mut v.risk_last_updated_date_time,
            Self::RiskyUserHistoryItem(v) => &mut v.risk_last_updated_date_time,
        }
    }
    /// `riskLevel` of any variant.
    #[inline]
    pub fn risk_level(&self) -> &rt::Field<crate::beta::RiskLevel> {
        match self {
            Self::RiskyUser(v) => &v.risk_level,
            Self::RiskyUserHistoryItem(v) => &v.risk_level,
        }
    }
    /// `riskLevel` of any variant.
    #[inline]
    pub fn risk_level_mut(&mut self) -> &mut rt::Field<crate::beta::RiskLevel> {
        match self {
            Self::RiskyUser(v) => &mut v.risk_level,
            Self::RiskyUserHistoryItem(v) => &mut v.risk_level,
        }
    }
    /// `riskState` of any variant.
    #[inline]
    pub fn risk_state(&self) -> &rt::Field<crate::beta::RiskState> {
        match self {
            Self::RiskyUser(v) => &v.risk_state,
            Self::RiskyUserHistoryItem(v) => &v.risk_state,
        }
    }
    /// `riskState` of any variant.
    #[inline]
    pub fn risk_state_mut(&mut self) -> &mut rt::Field<crate::beta::RiskState> {
        match self {
            Self::RiskyUser(v) => &mut v.risk_state,
            Self::RiskyUserHistoryItem(v) => &mut v.risk_state,
        }
    }
    /// `userDisplayName` of any variant.
    #[inline]
    pub fn user_display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::RiskyUser(v) => &v.user_display_name,
            Self::RiskyUserHistoryItem(v) => &v.user_display_name,
        }
    }
    /// `userDisplayName` of any variant.
    #[inline]
    pub fn user_display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::RiskyUser(v) => &mut v.user_display_name,
            Self::RiskyUserHistoryItem(v) => &mut v.user_display_name,
        }
    }
    /// `userPrincipalName` of any variant.
    #[inline]
    pub fn user_principal_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::RiskyUser(v) => &v.user_principal_name,
            Self::RiskyUserHistoryItem(v) => &v.user_principal_name,
        }
    }
    /// `userPrincipalName` of any variant.
    #[inline]
    pub fn user_principal_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::RiskyUser(v) => &mut v.user_principal_name,
            Self::RiskyUserHistoryItem(v) => &mut v.user_principal_name,
        }
    }
    /// `history` of any variant.
    #[inline]
    pub fn history(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::RiskyUserHistoryItem>> {
        match self {
            Self::RiskyUser(v) => &v.history,
            Self::RiskyUserHistoryItem(v) => &v.history,
        }
    }
    /// `history` of any variant.
    #[inline]
    pub fn history_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::RiskyUserHistoryItem>> {
        match self {
            Self::RiskyUser(v) => &mut v.history,
            Self::RiskyUserHistoryItem(v) => &mut v.history,
        }
    }
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
rt::impl_poly!(AnyRiskyUser);
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyRiskyUser);
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
/// CSDL: `microsoft.graph.riskyUserHistoryItem`, entity type, derived from `microsoft.graph.riskyUser`, key `id`.
///
/// Request builders: [`RiskyUserHistoryItemPath`](requests/trait.RiskyUserHistoryItemPath.html), what a path to one (`EntityPath<RiskyUserHistoryItem, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-identity-protection`, `beta-risky-users`, `beta-search`.
#[derive(Clone)]
pub struct RiskyUserHistoryItem {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isDeleted`: `Edm.Boolean`, nullable.
    pub is_deleted: rt::Field<bool>,
    /// CSDL: property `isProcessing`: `Edm.Boolean`, nullable.
    pub is_processing: rt::Field<bool>,
    /// CSDL: property `riskDetail`: `microsoft.graph.riskDetail`, nullable.
    pub risk_detail: rt::Field<crate::beta::RiskDetail>,
    /// CSDL: property `riskLastUpdatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub risk_last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `riskLevel`: `microsoft.graph.riskLevel`, nullable.
    pub risk_level: rt::Field<crate::beta::RiskLevel>,
    /// CSDL: property `riskState`: `microsoft.graph.riskState`, nullable.
    pub risk_state: rt::Field<crate::beta::RiskState>,
    /// CSDL: property `userDisplayName`: `Edm.String`, nullable.
    pub user_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `history`: `Collection(microsoft.graph.riskyUserHistoryItem)`, not nullable.
    pub history: rt::Field<::std::vec::Vec<crate::beta::RiskyUserHistoryItem>>,
    /// CSDL: property `activity`: `microsoft.graph.riskUserActivity`, nullable.
    pub activity: rt::Field<crate::beta::RiskUserActivity>,
    /// CSDL: property `initiatedBy`: `Edm.String`, nullable.
    pub initiated_by: rt::Field<::std::string::String>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
impl ::std::default::Default for RiskyUserHistoryItem {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_deleted: rt::Field::Absent,
            is_processing: rt::Field::Absent,
            risk_detail: rt::Field::Absent,
            risk_last_updated_date_time: rt::Field::Absent,
            risk_level: rt::Field::Absent,
            risk_state: rt::Field::Absent,
            user_display_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            history: rt::Field::Absent,
            activity: rt::Field::Absent,
            initiated_by: rt::Field::Absent,
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
impl rt::Object for RiskyUserHistoryItem {
    const TYPE_NAME: &'static str = "microsoft.graph.riskyUserHistoryItem";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isDeleted",
        "isProcessing",
        "riskDetail",
        "riskLastUpdatedDateTime",
        "riskLevel",
        "riskState",
        "userDisplayName",
        "userPrincipalName",
        "history",
        "activity",
        "initiatedBy",
        "userId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isDeleted\":                    ",
        ",\"isProcessing\":                 ",
        ",\"riskDetail\":                   ",
        ",\"riskLastUpdatedDateTime\":      ",
        ",\"riskLevel\":                    ",
        ",\"riskState\":                    ",
        ",\"userDisplayName\":              ",
        ",\"userPrincipalName\":            ",
        ",\"history\":                      ",
        ",\"activity\":                     ",
        ",\"initiatedBy\":                  ",
        ",\"userId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.riskyUserHistoryItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_deleted", &self.is_deleted);
        v.field(2usize, "is_processing", &self.is_processing);
        v.field(3usize, "risk_detail", &self.risk_detail);
        v.field(
            4usize,
            "risk_last_updated_date_time",
            &self.risk_last_updated_date_time,
        );
        v.field(5usize, "risk_level", &self.risk_level);
        v.field(6usize, "risk_state", &self.risk_state);
        v.field(7usize, "user_display_name", &self.user_display_name);
        v.field(8usize, "user_principal_name", &self.user_principal_name);
        v.field(9usize, "history", &self.history);
        v.field(10usize, "activity", &self.activity);
        v.field(11usize, "initiated_by", &self.initiated_by);
        v.field(12usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
impl rt::object::Members for RiskyUserHistoryItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_deleted.read_from(r),
            2usize => self.is_processing.read_from(r),
            3usize => self.risk_detail.read_from(r),
            4usize => self.risk_last_updated_date_time.read_from(r),
            5usize => self.risk_level.read_from(r),
            6usize => self.risk_state.read_from(r),
            7usize => self.user_display_name.read_from(r),
            8usize => self.user_principal_name.read_from(r),
            9usize => self.history.read_from(r),
            10usize => self.activity.read_from(r),
            11usize => self.initiated_by.read_from(r),
            12usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_deleted);
        w.field(2usize, &self.is_processing);
        w.field(3usize, &self.risk_detail);
        w.field(4usize, &self.risk_last_updated_date_time);
        w.field(5usize, &self.risk_level);
        w.field(6usize, &self.risk_state);
        w.field(7usize, &self.user_display_name);
        w.field(8usize, &self.user_principal_name);
        w.field(9usize, &self.history);
        w.field(10usize, &self.activity);
        w.field(11usize, &self.initiated_by);
        w.field(12usize, &self.user_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
rt::impl_object!(RiskyUserHistoryItem);
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
rt::impl_setters!(
    RiskyUserHistoryItem { with_id id : ::std::string::String; with_is_deleted is_deleted
    : bool; with_is_processing is_processing : bool; with_risk_detail risk_detail : crate
    ::beta::RiskDetail; with_risk_last_updated_date_time risk_last_updated_date_time :
    rt::edm::DateTimeOffset; with_risk_level risk_level : crate ::beta::RiskLevel;
    with_risk_state risk_state : crate ::beta::RiskState; with_user_display_name
    user_display_name : ::std::string::String; with_user_principal_name
    user_principal_name : ::std::string::String; with_history history : ::std::vec::Vec <
    crate ::beta::RiskyUserHistoryItem >; with_activity activity : crate
    ::beta::RiskUserActivity; with_initiated_by initiated_by : ::std::string::String;
    with_user_id user_id : ::std::string::String; }
);
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RiskyUserHistoryItem);
#[cfg(msgraph_beta_role_management_or_search)]
/// CSDL: `microsoft.graph.roleAssignmentScheduleFilterByCurrentUserOptions`, enum type.
///
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RoleAssignmentScheduleFilterByCurrentUserOptions {
    /// `principal` (value 1).
    Principal,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::StrEnum for RoleAssignmentScheduleFilterByCurrentUserOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.roleAssignmentScheduleFilterByCurrentUserOptions";
    const MEMBERS: &'static [&'static str] = &["principal", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "principal" => Self::Principal,
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
            Self::Principal => "principal",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_enum!(RoleAssignmentScheduleFilterByCurrentUserOptions);
#[cfg(msgraph_beta_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoleAssignmentScheduleFilterByCurrentUserOptions);
#[cfg(msgraph_beta_role_management_or_search)]
/// CSDL: `microsoft.graph.roleAssignmentScheduleRequestFilterByCurrentUserOptions`, enum type.
///
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RoleAssignmentScheduleRequestFilterByCurrentUserOptions {
    /// `principal` (value 1).
    Principal,
    /// `createdBy` (value 2).
    CreatedBy,
    /// `approver` (value 3).
    Approver,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::StrEnum for RoleAssignmentScheduleRequestFilterByCurrentUserOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.roleAssignmentScheduleRequestFilterByCurrentUserOptions";
    const MEMBERS: &'static [&'static str] = &[
        "principal",
        "createdBy",
        "approver",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "principal" => Self::Principal,
                "createdBy" => Self::CreatedBy,
                "approver" => Self::Approver,
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
            Self::Principal => "principal",
            Self::CreatedBy => "createdBy",
            Self::Approver => "approver",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_enum!(RoleAssignmentScheduleRequestFilterByCurrentUserOptions);
#[cfg(msgraph_beta_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoleAssignmentScheduleRequestFilterByCurrentUserOptions);
#[cfg(msgraph_beta_role_management_or_search)]
/// CSDL: `microsoft.graph.roleEligibilityScheduleFilterByCurrentUserOptions`, enum type.
///
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RoleEligibilityScheduleFilterByCurrentUserOptions {
    /// `principal` (value 1).
    Principal,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::StrEnum for RoleEligibilityScheduleFilterByCurrentUserOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.roleEligibilityScheduleFilterByCurrentUserOptions";
    const MEMBERS: &'static [&'static str] = &["principal", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "principal" => Self::Principal,
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
            Self::Principal => "principal",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_enum!(RoleEligibilityScheduleFilterByCurrentUserOptions);
#[cfg(msgraph_beta_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoleEligibilityScheduleFilterByCurrentUserOptions);
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
/// CSDL: `microsoft.graph.roleSummaryStatus`, enum type.
///
/// Features: `beta`, or one of `beta-privileged-approval`, `beta-privileged-role-assignment-requests`, `beta-privileged-role-assignments`, `beta-privileged-roles`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RoleSummaryStatus {
    /// `ok` (value 0).
    Ok,
    /// `bad` (value 1).
    Bad,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
impl rt::StrEnum for RoleSummaryStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.roleSummaryStatus";
    const MEMBERS: &'static [&'static str] = &["ok", "bad"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "ok" => Self::Ok,
                "bad" => Self::Bad,
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
            Self::Ok => "ok",
            Self::Bad => "bad",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
rt::impl_enum!(RoleSummaryStatus);
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoleSummaryStatus);
#[cfg(msgraph_beta_core)]
/// RotateBitLockerKeys device action result
///
/// CSDL: `microsoft.graph.rotateBitLockerKeysDeviceActionResult`, complex type, derived from `microsoft.graph.deviceActionResult`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct RotateBitLockerKeysDeviceActionResult {
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
    /// RotateBitLockerKeys action error code
    ///
    /// CSDL: property `errorCode`: `Edm.Int32`, not nullable.
    pub error_code: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for RotateBitLockerKeysDeviceActionResult {
    #[inline]
    fn default() -> Self {
        Self {
            action_name: rt::Field::Absent,
            action_state: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            error_code: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for RotateBitLockerKeysDeviceActionResult {
    const TYPE_NAME: &'static str = "microsoft.graph.rotateBitLockerKeysDeviceActionResult";
    const KEYS: &'static [&'static str] = &[
        "actionName",
        "actionState",
        "lastUpdatedDateTime",
        "startDateTime",
        "errorCode",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"actionName\":                   ",
        ",\"actionState\":                  ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"startDateTime\":                ",
        ",\"errorCode\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.rotateBitLockerKeysDeviceActionResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action_name", &self.action_name);
        v.field(1usize, "action_state", &self.action_state);
        v.field(2usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(3usize, "start_date_time", &self.start_date_time);
        v.field(4usize, "error_code", &self.error_code);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for RotateBitLockerKeysDeviceActionResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action_name.read_from(r),
            1usize => self.action_state.read_from(r),
            2usize => self.last_updated_date_time.read_from(r),
            3usize => self.start_date_time.read_from(r),
            4usize => self.error_code.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action_name);
        w.field(1usize, &self.action_state);
        w.field(2usize, &self.last_updated_date_time);
        w.field(3usize, &self.start_date_time);
        w.field(4usize, &self.error_code);
    }
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
rt::impl_object!(RotateBitLockerKeysDeviceActionResult);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    RotateBitLockerKeysDeviceActionResult { with_action_name action_name :
    ::std::string::String; with_action_state action_state : crate ::beta::ActionState;
    with_last_updated_date_time last_updated_date_time : rt::edm::DateTimeOffset;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset; with_error_code
    error_code : i32; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(RotateBitLockerKeysDeviceActionResult);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.routingMode`, enum type.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RoutingMode {
    /// `oneToOne` (value 0).
    OneToOne,
    /// `multicast` (value 1).
    Multicast,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::StrEnum for RoutingMode {
    const TYPE_NAME: &'static str = "microsoft.graph.routingMode";
    const MEMBERS: &'static [&'static str] = &["oneToOne", "multicast"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "oneToOne" => Self::OneToOne,
                "multicast" => Self::Multicast,
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
            Self::OneToOne => "oneToOne",
            Self::Multicast => "multicast",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_enum!(RoutingMode);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoutingMode);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.routingPolicy`, enum type.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RoutingPolicy {
    /// `none` (value 0).
    None,
    /// `noMissedCall` (value 1).
    NoMissedCall,
    /// `disableForwardingExceptPhone` (value 2).
    DisableForwardingExceptPhone,
    /// `disableForwarding` (value 3).
    DisableForwarding,
    /// `preferSkypeForBusiness` (value 5).
    PreferSkypeForBusiness,
    /// `unknownFutureValue` (value 6).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::StrEnum for RoutingPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.routingPolicy";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "noMissedCall",
        "disableForwardingExceptPhone",
        "disableForwarding",
        "preferSkypeForBusiness",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "noMissedCall" => Self::NoMissedCall,
                "disableForwardingExceptPhone" => Self::DisableForwardingExceptPhone,
                "disableForwarding" => Self::DisableForwarding,
                "preferSkypeForBusiness" => Self::PreferSkypeForBusiness,
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
            Self::NoMissedCall => "noMissedCall",
            Self::DisableForwardingExceptPhone => "disableForwardingExceptPhone",
            Self::DisableForwarding => "disableForwarding",
            Self::PreferSkypeForBusiness => "preferSkypeForBusiness",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_enum!(RoutingPolicy);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoutingPolicy);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.routingType`, enum type.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RoutingType {
    /// `forwarded` (value 0).
    Forwarded,
    /// `lookup` (value 1).
    Lookup,
    /// `selfFork` (value 2).
    SelfFork,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::StrEnum for RoutingType {
    const TYPE_NAME: &'static str = "microsoft.graph.routingType";
    const MEMBERS: &'static [&'static str] = &[
        "forwarded",
        "lookup",
        "selfFork",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "forwarded" => Self::Forwarded,
                "lookup" => Self::Lookup,
                "selfFork" => Self::SelfFork,
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
            Self::Forwarded => "forwarded",
            Self::Lookup => "lookup",
            Self::SelfFork => "selfFork",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_enum!(RoutingType);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoutingType);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.ruleMode`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RuleMode {
    /// `audit` (value 1).
    Audit,
    /// `auditAndNotify` (value 2).
    AuditAndNotify,
    /// `enforce` (value 3).
    Enforce,
    /// `pendingDeletion` (value 4).
    PendingDeletion,
    /// `test` (value 5).
    Test,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::StrEnum for RuleMode {
    const TYPE_NAME: &'static str = "microsoft.graph.ruleMode";
    const MEMBERS: &'static [&'static str] = &[
        "audit",
        "auditAndNotify",
        "enforce",
        "pendingDeletion",
        "test",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "audit" => Self::Audit,
                "auditAndNotify" => Self::AuditAndNotify,
                "enforce" => Self::Enforce,
                "pendingDeletion" => Self::PendingDeletion,
                "test" => Self::Test,
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
            Self::Audit => "audit",
            Self::AuditAndNotify => "auditAndNotify",
            Self::Enforce => "enforce",
            Self::PendingDeletion => "pendingDeletion",
            Self::Test => "test",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_enum!(RuleMode);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(RuleMode);
