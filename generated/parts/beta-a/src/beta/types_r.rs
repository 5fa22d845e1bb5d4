//! Types of `microsoft.graph` by the first letters of their names (`r`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.rankedEmailAddress`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct RankedEmailAddress {
    /// CSDL: property `address`: `Edm.String`, nullable.
    pub address: rt::Field<::std::string::String>,
    /// CSDL: property `rank`: `Edm.Double`, nullable.
    pub rank: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for RankedEmailAddress {
    #[inline]
    fn default() -> Self {
        Self {
            address: rt::Field::Absent,
            rank: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for RankedEmailAddress {
    const TYPE_NAME: &'static str = "microsoft.graph.rankedEmailAddress";
    const KEYS: &'static [&'static str] = &["address", "rank"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"address\":                      ",
        ",\"rank\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.rankedEmailAddress\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "address", &self.address);
        v.field(1usize, "rank", &self.rank);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for RankedEmailAddress {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.address.read_from(r),
            1usize => self.rank.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.address);
        w.field(1usize, &self.rank);
    }
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
rt::impl_object!(RankedEmailAddress);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    RankedEmailAddress { with_address address : ::std::string::String; with_rank rank :
    f64; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(RankedEmailAddress);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.ratingAppsType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingAppsType {
    /// `allAllowed` (value 0).
    AllAllowed,
    /// `allBlocked` (value 1).
    AllBlocked,
    /// `agesAbove4` (value 2).
    AgesAbove4,
    /// `agesAbove9` (value 3).
    AgesAbove9,
    /// `agesAbove12` (value 4).
    AgesAbove12,
    /// `agesAbove17` (value 5).
    AgesAbove17,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for RatingAppsType {
    const TYPE_NAME: &'static str = "microsoft.graph.ratingAppsType";
    const MEMBERS: &'static [&'static str] = &[
        "allAllowed",
        "allBlocked",
        "agesAbove4",
        "agesAbove9",
        "agesAbove12",
        "agesAbove17",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "allAllowed" => Self::AllAllowed,
                "allBlocked" => Self::AllBlocked,
                "agesAbove4" => Self::AgesAbove4,
                "agesAbove9" => Self::AgesAbove9,
                "agesAbove12" => Self::AgesAbove12,
                "agesAbove17" => Self::AgesAbove17,
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
            Self::AgesAbove4 => "agesAbove4",
            Self::AgesAbove9 => "agesAbove9",
            Self::AgesAbove12 => "agesAbove12",
            Self::AgesAbove17 => "agesAbove17",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(RatingAppsType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingAppsType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.ratingCanadaMoviesType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingCanadaMoviesType {
    /// `allAllowed` (value 0).
    AllAllowed,
    /// `allBlocked` (value 1).
    AllBlocked,
    /// `general` (value 2).
    General,
    /// `parentalGuidance` (value 3).
    ParentalGuidance,
    /// `agesAbove14` (value 4).
    AgesAbove14,
    /// `agesAbove18` (value 5).
    AgesAbove18,
    /// `restricted` (value 6).
    Restricted,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for RatingCanadaMoviesType {
    const TYPE_NAME: &'static str = "microsoft.graph.ratingCanadaMoviesType";
    const MEMBERS: &'static [&'static str] = &[
        "allAllowed",
        "allBlocked",
        "general",
        "parentalGuidance",
        "agesAbove14",
        "agesAbove18",
        "restricted",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "allAllowed" => Self::AllAllowed,
                "allBlocked" => Self::AllBlocked,
                "general" => Self::General,
                "parentalGuidance" => Self::ParentalGuidance,
                "agesAbove14" => Self::AgesAbove14,
                "agesAbove18" => Self::AgesAbove18,
                "restricted" => Self::Restricted,
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
            Self::AgesAbove14 => "agesAbove14",
            Self::AgesAbove18 => "agesAbove18",
            Self::Restricted => "restricted",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(RatingCanadaMoviesType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingCanadaMoviesType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.ratingCanadaTelevisionType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingCanadaTelevisionType {
    /// `allAllowed` (value 0).
    AllAllowed,
    /// `allBlocked` (value 1).
    AllBlocked,
    /// `children` (value 2).
    Children,
    /// `childrenAbove8` (value 3).
    ChildrenAbove8,
    /// `general` (value 4).
    General,
    /// `parentalGuidance` (value 5).
    ParentalGuidance,
    /// `agesAbove14` (value 6).
    AgesAbove14,
    /// `agesAbove18` (value 7).
    AgesAbove18,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for RatingCanadaTelevisionType {
    const TYPE_NAME: &'static str = "microsoft.graph.ratingCanadaTelevisionType";
    const MEMBERS: &'static [&'static str] = &[
        "allAllowed",
        "allBlocked",
        "children",
        "childrenAbove8",
        "general",
        "parentalGuidance",
        "agesAbove14",
        "agesAbove18",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "allAllowed" => Self::AllAllowed,
                "allBlocked" => Self::AllBlocked,
                "children" => Self::Children,
                "childrenAbove8" => Self::ChildrenAbove8,
                "general" => Self::General,
                "parentalGuidance" => Self::ParentalGuidance,
                "agesAbove14" => Self::AgesAbove14,
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
            Self::Children => "children",
            Self::ChildrenAbove8 => "childrenAbove8",
            Self::General => "general",
            Self::ParentalGuidance => "parentalGuidance",
            Self::AgesAbove14 => "agesAbove14",
            Self::AgesAbove18 => "agesAbove18",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(RatingCanadaTelevisionType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingCanadaTelevisionType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.ratingGermanyMoviesType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingGermanyMoviesType {
    /// `allAllowed` (value 0).
    AllAllowed,
    /// `allBlocked` (value 1).
    AllBlocked,
    /// `general` (value 2).
    General,
    /// `agesAbove6` (value 3).
    AgesAbove6,
    /// `agesAbove12` (value 4).
    AgesAbove12,
    /// `agesAbove16` (value 5).
    AgesAbove16,
    /// `adults` (value 6).
    Adults,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for RatingGermanyMoviesType {
    const TYPE_NAME: &'static str = "microsoft.graph.ratingGermanyMoviesType";
    const MEMBERS: &'static [&'static str] = &[
        "allAllowed",
        "allBlocked",
        "general",
        "agesAbove6",
        "agesAbove12",
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
                "agesAbove6" => Self::AgesAbove6,
                "agesAbove12" => Self::AgesAbove12,
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
            Self::AgesAbove6 => "agesAbove6",
            Self::AgesAbove12 => "agesAbove12",
            Self::AgesAbove16 => "agesAbove16",
            Self::Adults => "adults",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(RatingGermanyMoviesType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingGermanyMoviesType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.ratingGermanyTelevisionType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingGermanyTelevisionType {
    /// `allAllowed` (value 0).
    AllAllowed,
    /// `allBlocked` (value 1).
    AllBlocked,
    /// `general` (value 2).
    General,
    /// `agesAbove6` (value 3).
    AgesAbove6,
    /// `agesAbove12` (value 4).
    AgesAbove12,
    /// `agesAbove16` (value 5).
    AgesAbove16,
    /// `adults` (value 6).
    Adults,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for RatingGermanyTelevisionType {
    const TYPE_NAME: &'static str = "microsoft.graph.ratingGermanyTelevisionType";
    const MEMBERS: &'static [&'static str] = &[
        "allAllowed",
        "allBlocked",
        "general",
        "agesAbove6",
        "agesAbove12",
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
                "agesAbove6" => Self::AgesAbove6,
                "agesAbove12" => Self::AgesAbove12,
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
            Self::AgesAbove6 => "agesAbove6",
            Self::AgesAbove12 => "agesAbove12",
            Self::AgesAbove16 => "agesAbove16",
            Self::Adults => "adults",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(RatingGermanyTelevisionType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingGermanyTelevisionType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.ratingNewZealandMoviesType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingNewZealandMoviesType {
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
    /// `agesAbove13` (value 5).
    AgesAbove13,
    /// `agesAbove15` (value 6).
    AgesAbove15,
    /// `agesAbove16` (value 7).
    AgesAbove16,
    /// `agesAbove18` (value 8).
    AgesAbove18,
    /// `restricted` (value 9).
    Restricted,
    /// `agesAbove16Restricted` (value 10).
    AgesAbove16Restricted,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for RatingNewZealandMoviesType {
    const TYPE_NAME: &'static str = "microsoft.graph.ratingNewZealandMoviesType";
    const MEMBERS: &'static [&'static str] = &[
        "allAllowed",
        "allBlocked",
        "general",
        "parentalGuidance",
        "mature",
        "agesAbove13",
        "agesAbove15",
        "agesAbove16",
        "agesAbove18",
        "restricted",
        "agesAbove16Restricted",
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
                "agesAbove13" => Self::AgesAbove13,
                "agesAbove15" => Self::AgesAbove15,
                "agesAbove16" => Self::AgesAbove16,
                "agesAbove18" => Self::AgesAbove18,
                "restricted" => Self::Restricted,
                "agesAbove16Restricted" => Self::AgesAbove16Restricted,
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
            Self::AgesAbove13 => "agesAbove13",
            Self::AgesAbove15 => "agesAbove15",
            Self::AgesAbove16 => "agesAbove16",
            Self::AgesAbove18 => "agesAbove18",
            Self::Restricted => "restricted",
            Self::AgesAbove16Restricted => "agesAbove16Restricted",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(RatingNewZealandMoviesType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingNewZealandMoviesType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.ratingNewZealandTelevisionType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingNewZealandTelevisionType {
    /// `allAllowed` (value 0).
    AllAllowed,
    /// `allBlocked` (value 1).
    AllBlocked,
    /// `general` (value 2).
    General,
    /// `parentalGuidance` (value 3).
    ParentalGuidance,
    /// `adults` (value 4).
    Adults,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for RatingNewZealandTelevisionType {
    const TYPE_NAME: &'static str = "microsoft.graph.ratingNewZealandTelevisionType";
    const MEMBERS: &'static [&'static str] = &[
        "allAllowed",
        "allBlocked",
        "general",
        "parentalGuidance",
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
            Self::Adults => "adults",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(RatingNewZealandTelevisionType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingNewZealandTelevisionType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.ratingUnitedKingdomMoviesType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingUnitedKingdomMoviesType {
    /// `allAllowed` (value 0).
    AllAllowed,
    /// `allBlocked` (value 1).
    AllBlocked,
    /// `general` (value 2).
    General,
    /// `universalChildren` (value 3).
    UniversalChildren,
    /// `parentalGuidance` (value 4).
    ParentalGuidance,
    /// `agesAbove12Video` (value 5).
    AgesAbove12Video,
    /// `agesAbove12Cinema` (value 6).
    AgesAbove12Cinema,
    /// `agesAbove15` (value 7).
    AgesAbove15,
    /// `adults` (value 8).
    Adults,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for RatingUnitedKingdomMoviesType {
    const TYPE_NAME: &'static str = "microsoft.graph.ratingUnitedKingdomMoviesType";
    const MEMBERS: &'static [&'static str] = &[
        "allAllowed",
        "allBlocked",
        "general",
        "universalChildren",
        "parentalGuidance",
        "agesAbove12Video",
        "agesAbove12Cinema",
        "agesAbove15",
        "adults",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "allAllowed" => Self::AllAllowed,
                "allBlocked" => Self::AllBlocked,
                "general" => Self::General,
                "universalChildren" => Self::UniversalChildren,
                "parentalGuidance" => Self::ParentalGuidance,
                "agesAbove12Video" => Self::AgesAbove12Video,
                "agesAbove12Cinema" => Self::AgesAbove12Cinema,
                "agesAbove15" => Self::AgesAbove15,
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
            Self::UniversalChildren => "universalChildren",
            Self::ParentalGuidance => "parentalGuidance",
            Self::AgesAbove12Video => "agesAbove12Video",
            Self::AgesAbove12Cinema => "agesAbove12Cinema",
            Self::AgesAbove15 => "agesAbove15",
            Self::Adults => "adults",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(RatingUnitedKingdomMoviesType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingUnitedKingdomMoviesType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.ratingUnitedKingdomTelevisionType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingUnitedKingdomTelevisionType {
    /// `allAllowed` (value 0).
    AllAllowed,
    /// `allBlocked` (value 1).
    AllBlocked,
    /// `caution` (value 2).
    Caution,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for RatingUnitedKingdomTelevisionType {
    const TYPE_NAME: &'static str = "microsoft.graph.ratingUnitedKingdomTelevisionType";
    const MEMBERS: &'static [&'static str] = &["allAllowed", "allBlocked", "caution"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "allAllowed" => Self::AllAllowed,
                "allBlocked" => Self::AllBlocked,
                "caution" => Self::Caution,
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
            Self::Caution => "caution",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(RatingUnitedKingdomTelevisionType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingUnitedKingdomTelevisionType);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// CSDL: `microsoft.graph.recentNotebook`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct RecentNotebook {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastAccessedTime`: `Edm.DateTimeOffset`, nullable.
    pub last_accessed_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `links`: `microsoft.graph.recentNotebookLinks`, nullable.
    pub links: rt::Field<crate::beta::RecentNotebookLinks>,
    /// CSDL: property `sourceService`: `microsoft.graph.onenoteSourceService`, nullable.
    pub source_service: rt::Field<crate::beta::OnenoteSourceService>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::default::Default for RecentNotebook {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            last_accessed_time: rt::Field::Absent,
            links: rt::Field::Absent,
            source_service: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::Object for RecentNotebook {
    const TYPE_NAME: &'static str = "microsoft.graph.recentNotebook";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "lastAccessedTime",
        "links",
        "sourceService",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"lastAccessedTime\":             ",
        ",\"links\":                        ",
        ",\"sourceService\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.recentNotebook\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "last_accessed_time", &self.last_accessed_time);
        v.field(2usize, "links", &self.links);
        v.field(3usize, "source_service", &self.source_service);
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::object::Members for RecentNotebook {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.last_accessed_time.read_from(r),
            2usize => self.links.read_from(r),
            3usize => self.source_service.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.last_accessed_time);
        w.field(2usize, &self.links);
        w.field(3usize, &self.source_service);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_object!(RecentNotebook);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_setters!(
    RecentNotebook { with_display_name display_name : ::std::string::String;
    with_last_accessed_time last_accessed_time : rt::edm::DateTimeOffset; with_links
    links : crate ::beta::RecentNotebookLinks; with_source_service source_service : crate
    ::beta::OnenoteSourceService; }
);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(RecentNotebook);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// CSDL: `microsoft.graph.recentNotebookLinks`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct RecentNotebookLinks {
    /// CSDL: property `oneNoteClientUrl`: `microsoft.graph.externalLink`, nullable.
    pub one_note_client_url: rt::Field<crate::beta::ExternalLink>,
    /// CSDL: property `oneNoteWebUrl`: `microsoft.graph.externalLink`, nullable.
    pub one_note_web_url: rt::Field<crate::beta::ExternalLink>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::default::Default for RecentNotebookLinks {
    #[inline]
    fn default() -> Self {
        Self {
            one_note_client_url: rt::Field::Absent,
            one_note_web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::Object for RecentNotebookLinks {
    const TYPE_NAME: &'static str = "microsoft.graph.recentNotebookLinks";
    const KEYS: &'static [&'static str] = &["oneNoteClientUrl", "oneNoteWebUrl"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"oneNoteClientUrl\":             ",
        ",\"oneNoteWebUrl\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.recentNotebookLinks\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "one_note_client_url", &self.one_note_client_url);
        v.field(1usize, "one_note_web_url", &self.one_note_web_url);
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::object::Members for RecentNotebookLinks {
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_object!(RecentNotebookLinks);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_setters!(
    RecentNotebookLinks { with_one_note_client_url one_note_client_url : crate
    ::beta::ExternalLink; with_one_note_web_url one_note_web_url : crate
    ::beta::ExternalLink; }
);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(RecentNotebookLinks);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.recipientScopeType`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RecipientScopeType {
    /// `none` (value 0).
    None,
    /// `internal` (value 1).
    Internal,
    /// `external` (value 2).
    External,
    /// `externalPartner` (value 4).
    ExternalPartner,
    /// `externalNonPartner` (value 8).
    ExternalNonPartner,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for RecipientScopeType {
    const TYPE_NAME: &'static str = "microsoft.graph.recipientScopeType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "internal",
        "external",
        "externalPartner",
        "externalNonPartner",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "internal" => Self::Internal,
                "external" => Self::External,
                "externalPartner" => Self::ExternalPartner,
                "externalNonPartner" => Self::ExternalNonPartner,
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
            Self::Internal => "internal",
            Self::External => "external",
            Self::ExternalPartner => "externalPartner",
            Self::ExternalNonPartner => "externalNonPartner",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(RecipientScopeType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(RecipientScopeType);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.recommendLabelAction`, complex type, derived from `microsoft.graph.informationProtectionAction`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct RecommendLabelAction {
    /// CSDL: property `actions`: `Collection(microsoft.graph.informationProtectionAction)`, nullable.
    pub actions: rt::Field<::std::vec::Vec<crate::beta::AnyInformationProtectionAction>>,
    /// CSDL: property `actionSource`: `microsoft.graph.actionSource`, not nullable.
    pub action_source: rt::Field<crate::beta::ActionSource>,
    /// CSDL: property `label`: `microsoft.graph.labelDetails`, nullable.
    pub label: rt::Field<crate::beta::LabelDetails>,
    /// CSDL: property `responsibleSensitiveTypeIds`: `Collection(Edm.Guid)`, not nullable.
    pub responsible_sensitive_type_ids: rt::Field<::std::vec::Vec<rt::edm::Guid>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for RecommendLabelAction {
    #[inline]
    fn default() -> Self {
        Self {
            actions: rt::Field::Absent,
            action_source: rt::Field::Absent,
            label: rt::Field::Absent,
            responsible_sensitive_type_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for RecommendLabelAction {
    const TYPE_NAME: &'static str = "microsoft.graph.recommendLabelAction";
    const KEYS: &'static [&'static str] = &[
        "actions",
        "actionSource",
        "label",
        "responsibleSensitiveTypeIds",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"actions\":                      ",
        ",\"actionSource\":                 ",
        ",\"label\":                        ",
        ",\"responsibleSensitiveTypeIds\":  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.recommendLabelAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "actions", &self.actions);
        v.field(1usize, "action_source", &self.action_source);
        v.field(2usize, "label", &self.label);
        v.field(
            3usize,
            "responsible_sensitive_type_ids",
            &self.responsible_sensitive_type_ids,
        );
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for RecommendLabelAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.actions.read_from(r),
            1usize => self.action_source.read_from(r),
            2usize => self.label.read_from(r),
            3usize => self.responsible_sensitive_type_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.actions);
        w.field(1usize, &self.action_source);
        w.field(2usize, &self.label);
        w.field(3usize, &self.responsible_sensitive_type_ids);
    }
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
rt::impl_object!(RecommendLabelAction);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    RecommendLabelAction { with_actions actions : ::std::vec::Vec < crate
    ::beta::AnyInformationProtectionAction >; with_action_source action_source : crate
    ::beta::ActionSource; with_label label : crate ::beta::LabelDetails;
    with_responsible_sensitive_type_ids responsible_sensitive_type_ids : ::std::vec::Vec
    < rt::edm::Guid >; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(RecommendLabelAction);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.regionalAndLanguageSettings`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`RegionalAndLanguageSettingsPath`](requests/trait.RegionalAndLanguageSettingsPath.html), what a path to one (`EntityPath<RegionalAndLanguageSettings, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct RegionalAndLanguageSettings {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `authoringLanguages`: `Collection(microsoft.graph.localeInfo)`, nullable.
    pub authoring_languages: rt::Field<::std::vec::Vec<crate::beta::LocaleInfo>>,
    /// CSDL: property `defaultDisplayLanguage`: `microsoft.graph.localeInfo`, nullable.
    pub default_display_language: rt::Field<crate::beta::LocaleInfo>,
    /// CSDL: property `defaultRegionalFormat`: `microsoft.graph.localeInfo`, nullable.
    pub default_regional_format: rt::Field<crate::beta::LocaleInfo>,
    /// CSDL: property `defaultSpeechInputLanguage`: `microsoft.graph.localeInfo`, nullable.
    pub default_speech_input_language: rt::Field<crate::beta::LocaleInfo>,
    /// CSDL: property `defaultTranslationLanguage`: `microsoft.graph.localeInfo`, nullable.
    pub default_translation_language: rt::Field<crate::beta::LocaleInfo>,
    /// CSDL: property `regionalFormatOverrides`: `microsoft.graph.regionalFormatOverrides`, nullable.
    pub regional_format_overrides: rt::Field<crate::beta::RegionalFormatOverrides>,
    /// CSDL: property `translationPreferences`: `microsoft.graph.translationPreferences`, nullable.
    pub translation_preferences: rt::Field<crate::beta::TranslationPreferences>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for RegionalAndLanguageSettings {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            authoring_languages: rt::Field::Absent,
            default_display_language: rt::Field::Absent,
            default_regional_format: rt::Field::Absent,
            default_speech_input_language: rt::Field::Absent,
            default_translation_language: rt::Field::Absent,
            regional_format_overrides: rt::Field::Absent,
            translation_preferences: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for RegionalAndLanguageSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.regionalAndLanguageSettings";
    const KEYS: &'static [&'static str] = &[
        "id",
        "authoringLanguages",
        "defaultDisplayLanguage",
        "defaultRegionalFormat",
        "defaultSpeechInputLanguage",
        "defaultTranslationLanguage",
        "regionalFormatOverrides",
        "translationPreferences",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"authoringLanguages\":           ",
        ",\"defaultDisplayLanguage\":       ",
        ",\"defaultRegionalFormat\":        ",
        ",\"defaultSpeechInputLanguage\":   ",
        ",\"defaultTranslationLanguage\":   ",
        ",\"regionalFormatOverrides\":      ",
        ",\"translationPreferences\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.regionalAndLanguageSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "authoring_languages", &self.authoring_languages);
        v.field(2usize, "default_display_language", &self.default_display_language);
        v.field(3usize, "default_regional_format", &self.default_regional_format);
        v.field(
            4usize,
            "default_speech_input_language",
            &self.default_speech_input_language,
        );
        v.field(
            5usize,
            "default_translation_language",
            &self.default_translation_language,
        );
        v.field(6usize, "regional_format_overrides", &self.regional_format_overrides);
        v.field(7usize, "translation_preferences", &self.translation_preferences);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for RegionalAndLanguageSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.authoring_languages.read_from(r),
            2usize => self.default_display_language.read_from(r),
            3usize => self.default_regional_format.read_from(r),
            4usize => self.default_speech_input_language.read_from(r),
            5usize => self.default_translation_language.read_from(r),
            6usize => self.regional_format_overrides.read_from(r),
            7usize => self.translation_preferences.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.authoring_languages);
        w.field(2usize, &self.default_display_language);
        w.field(3usize, &self.default_regional_format);
        w.field(4usize, &self.default_speech_input_language);
        w.field(5usize, &self.default_translation_language);
        w.field(6usize, &self.regional_format_overrides);
        w.field(7usize, &self.translation_preferences);
    }
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
rt::impl_object!(RegionalAndLanguageSettings);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    RegionalAndLanguageSettings { with_id id : ::std::string::String;
    with_authoring_languages authoring_languages : ::std::vec::Vec < crate
    ::beta::LocaleInfo >; with_default_display_language default_display_language : crate
    ::beta::LocaleInfo; with_default_regional_format default_regional_format : crate
    ::beta::LocaleInfo; with_default_speech_input_language default_speech_input_language
    : crate ::beta::LocaleInfo; with_default_translation_language
    default_translation_language : crate ::beta::LocaleInfo;
    with_regional_format_overrides regional_format_overrides : crate
    ::beta::RegionalFormatOverrides; with_translation_preferences translation_preferences
    : crate ::beta::TranslationPreferences; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(RegionalAndLanguageSettings);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.regionalFormatOverrides`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct RegionalFormatOverrides {
    /// CSDL: property `calendar`: `Edm.String`, nullable.
    pub calendar: rt::Field<::std::string::String>,
    /// CSDL: property `firstDayOfWeek`: `Edm.String`, nullable.
    pub first_day_of_week: rt::Field<::std::string::String>,
    /// CSDL: property `longDateFormat`: `Edm.String`, nullable.
    pub long_date_format: rt::Field<::std::string::String>,
    /// CSDL: property `longTimeFormat`: `Edm.String`, nullable.
    pub long_time_format: rt::Field<::std::string::String>,
    /// CSDL: property `shortDateFormat`: `Edm.String`, nullable.
    pub short_date_format: rt::Field<::std::string::String>,
    /// CSDL: property `shortTimeFormat`: `Edm.String`, nullable.
    pub short_time_format: rt::Field<::std::string::String>,
    /// CSDL: property `timeZone`: `Edm.String`, nullable.
    pub time_zone: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for RegionalFormatOverrides {
    #[inline]
    fn default() -> Self {
        Self {
            calendar: rt::Field::Absent,
            first_day_of_week: rt::Field::Absent,
            long_date_format: rt::Field::Absent,
            long_time_format: rt::Field::Absent,
            short_date_format: rt::Field::Absent,
            short_time_format: rt::Field::Absent,
            time_zone: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for RegionalFormatOverrides {
    const TYPE_NAME: &'static str = "microsoft.graph.regionalFormatOverrides";
    const KEYS: &'static [&'static str] = &[
        "calendar",
        "firstDayOfWeek",
        "longDateFormat",
        "longTimeFormat",
        "shortDateFormat",
        "shortTimeFormat",
        "timeZone",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"calendar\":                     ",
        ",\"firstDayOfWeek\":               ",
        ",\"longDateFormat\":               ",
        ",\"longTimeFormat\":               ",
        ",\"shortDateFormat\":              ",
        ",\"shortTimeFormat\":              ",
        ",\"timeZone\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.regionalFormatOverrides\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "calendar", &self.calendar);
        v.field(1usize, "first_day_of_week", &self.first_day_of_week);
        v.field(2usize, "long_date_format", &self.long_date_format);
        v.field(3usize, "long_time_format", &self.long_time_format);
        v.field(4usize, "short_date_format", &self.short_date_format);
        v.field(5usize, "short_time_format", &self.short_time_format);
        v.field(6usize, "time_zone", &self.time_zone);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for RegionalFormatOverrides {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.calendar.read_from(r),
            1usize => self.first_day_of_week.read_from(r),
            2usize => self.long_date_format.read_from(r),
            3usize => self.long_time_format.read_from(r),
            4usize => self.short_date_format.read_from(r),
            5usize => self.short_time_format.read_from(r),
            6usize => self.time_zone.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.calendar);
        w.field(1usize, &self.first_day_of_week);
        w.field(2usize, &self.long_date_format);
        w.field(3usize, &self.long_time_format);
        w.field(4usize, &self.short_date_format);
        w.field(5usize, &self.short_time_format);
        w.field(6usize, &self.time_zone);
    }
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
rt::impl_object!(RegionalFormatOverrides);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    RegionalFormatOverrides { with_calendar calendar : ::std::string::String;
    with_first_day_of_week first_day_of_week : ::std::string::String;
    with_long_date_format long_date_format : ::std::string::String; with_long_time_format
    long_time_format : ::std::string::String; with_short_date_format short_date_format :
    ::std::string::String; with_short_time_format short_time_format :
    ::std::string::String; with_time_zone time_zone : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(RegionalFormatOverrides);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.registrationAuthMethod`, enum type.
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RegistrationAuthMethod {
    /// `email` (value 0).
    Email,
    /// `mobilePhone` (value 1).
    MobilePhone,
    /// `officePhone` (value 2).
    OfficePhone,
    /// `securityQuestion` (value 3).
    SecurityQuestion,
    /// `appNotification` (value 4).
    AppNotification,
    /// `appCode` (value 5).
    AppCode,
    /// `alternateMobilePhone` (value 6).
    AlternateMobilePhone,
    /// `fido` (value 7).
    Fido,
    /// `appPassword` (value 8).
    AppPassword,
    /// `unknownFutureValue` (value 9).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::StrEnum for RegistrationAuthMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.registrationAuthMethod";
    const MEMBERS: &'static [&'static str] = &[
        "email",
        "mobilePhone",
        "officePhone",
        "securityQuestion",
        "appNotification",
        "appCode",
        "alternateMobilePhone",
        "fido",
        "appPassword",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "email" => Self::Email,
                "mobilePhone" => Self::MobilePhone,
                "officePhone" => Self::OfficePhone,
                "securityQuestion" => Self::SecurityQuestion,
                "appNotification" => Self::AppNotification,
                "appCode" => Self::AppCode,
                "alternateMobilePhone" => Self::AlternateMobilePhone,
                "fido" => Self::Fido,
                "appPassword" => Self::AppPassword,
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
            Self::Email => "email",
            Self::MobilePhone => "mobilePhone",
            Self::OfficePhone => "officePhone",
            Self::SecurityQuestion => "securityQuestion",
            Self::AppNotification => "appNotification",
            Self::AppCode => "appCode",
            Self::AlternateMobilePhone => "alternateMobilePhone",
            Self::Fido => "fido",
            Self::AppPassword => "appPassword",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_enum!(RegistrationAuthMethod);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RegistrationAuthMethod);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.registrationStatusType`, enum type.
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RegistrationStatusType {
    /// `registered` (value 0).
    Registered,
    /// `enabled` (value 1).
    Enabled,
    /// `capable` (value 2).
    Capable,
    /// `mfaRegistered` (value 3).
    MfaRegistered,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::StrEnum for RegistrationStatusType {
    const TYPE_NAME: &'static str = "microsoft.graph.registrationStatusType";
    const MEMBERS: &'static [&'static str] = &[
        "registered",
        "enabled",
        "capable",
        "mfaRegistered",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "registered" => Self::Registered,
                "enabled" => Self::Enabled,
                "capable" => Self::Capable,
                "mfaRegistered" => Self::MfaRegistered,
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
            Self::Registered => "registered",
            Self::Enabled => "enabled",
            Self::Capable => "capable",
            Self::MfaRegistered => "mfaRegistered",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_enum!(RegistrationStatusType);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RegistrationStatusType);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.rejectJoinResponse`, complex type, derived from `microsoft.graph.participantJoiningResponse`.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct RejectJoinResponse {
    /// CSDL: property `reason`: `microsoft.graph.rejectReason`, not nullable.
    pub reason: rt::Field<crate::beta::RejectReason>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for RejectJoinResponse {
    #[inline]
    fn default() -> Self {
        Self {
            reason: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for RejectJoinResponse {
    const TYPE_NAME: &'static str = "microsoft.graph.rejectJoinResponse";
    const KEYS: &'static [&'static str] = &["reason"];
    const KEYS_JSON: &'static [&'static str] = &[",\"reason\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.rejectJoinResponse\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "reason", &self.reason);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for RejectJoinResponse {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.reason.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.reason);
    }
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
rt::impl_object!(RejectJoinResponse);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    RejectJoinResponse { with_reason reason : crate ::beta::RejectReason; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(RejectJoinResponse);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.rejectReason`, enum type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RejectReason {
    /// `none` (value 0).
    None,
    /// `busy` (value 1).
    Busy,
    /// `forbidden` (value 2).
    Forbidden,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_any_area)]
impl rt::StrEnum for RejectReason {
    const TYPE_NAME: &'static str = "microsoft.graph.rejectReason";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "busy",
        "forbidden",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "busy" => Self::Busy,
                "forbidden" => Self::Forbidden,
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
            Self::Busy => "busy",
            Self::Forbidden => "forbidden",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_any_area)]
rt::impl_enum!(RejectReason);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(RejectReason);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.relyingPartyDetailedSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct RelyingPartyDetailedSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `failedSignInCount`: `Edm.Int64`, not nullable.
    pub failed_sign_in_count: rt::Field<i64>,
    /// CSDL: property `migrationStatus`: `microsoft.graph.migrationStatus`, not nullable.
    pub migration_status: rt::Field<crate::beta::MigrationStatus>,
    /// CSDL: property `migrationValidationDetails`: `Collection(microsoft.graph.keyValuePair)`, not nullable.
    pub migration_validation_details: rt::Field<
        ::std::vec::Vec<crate::beta::KeyValuePair>,
    >,
    /// CSDL: property `relyingPartyId`: `Edm.String`, not nullable.
    pub relying_party_id: rt::Field<::std::string::String>,
    /// CSDL: property `relyingPartyName`: `Edm.String`, not nullable.
    pub relying_party_name: rt::Field<::std::string::String>,
    /// CSDL: property `replyUrls`: `Collection(Edm.String)`, not nullable.
    pub reply_urls: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `serviceId`: `Edm.String`, not nullable.
    pub service_id: rt::Field<::std::string::String>,
    /// CSDL: property `signInSuccessRate`: `Edm.Double`, not nullable.
    pub sign_in_success_rate: rt::Field<f64>,
    /// CSDL: property `successfulSignInCount`: `Edm.Int64`, not nullable.
    pub successful_sign_in_count: rt::Field<i64>,
    /// CSDL: property `totalSignInCount`: `Edm.Int64`, not nullable.
    pub total_sign_in_count: rt::Field<i64>,
    /// CSDL: property `uniqueUserCount`: `Edm.Int64`, not nullable.
    pub unique_user_count: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for RelyingPartyDetailedSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            failed_sign_in_count: rt::Field::Absent,
            migration_status: rt::Field::Absent,
            migration_validation_details: rt::Field::Absent,
            relying_party_id: rt::Field::Absent,
            relying_party_name: rt::Field::Absent,
            reply_urls: rt::Field::Absent,
            service_id: rt::Field::Absent,
            sign_in_success_rate: rt::Field::Absent,
            successful_sign_in_count: rt::Field::Absent,
            total_sign_in_count: rt::Field::Absent,
            unique_user_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for RelyingPartyDetailedSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.relyingPartyDetailedSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "failedSignInCount",
        "migrationStatus",
        "migrationValidationDetails",
        "relyingPartyId",
        "relyingPartyName",
        "replyUrls",
        "serviceId",
        "signInSuccessRate",
        "successfulSignInCount",
        "totalSignInCount",
        "uniqueUserCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"failedSignInCount\":            ",
        ",\"migrationStatus\":              ",
        ",\"migrationValidationDetails\":   ",
        ",\"relyingPartyId\":               ",
        ",\"relyingPartyName\":             ",
        ",\"replyUrls\":                    ",
        ",\"serviceId\":                    ",
        ",\"signInSuccessRate\":            ",
        ",\"successfulSignInCount\":        ",
        ",\"totalSignInCount\":             ",
        ",\"uniqueUserCount\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.relyingPartyDetailedSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "failed_sign_in_count", &self.failed_sign_in_count);
        v.field(2usize, "migration_status", &self.migration_status);
        v.field(
            3usize,
            "migration_validation_details",
            &self.migration_validation_details,
        );
        v.field(4usize, "relying_party_id", &self.relying_party_id);
        v.field(5usize, "relying_party_name", &self.relying_party_name);
        v.field(6usize, "reply_urls", &self.reply_urls);
        v.field(7usize, "service_id", &self.service_id);
        v.field(8usize, "sign_in_success_rate", &self.sign_in_success_rate);
        v.field(9usize, "successful_sign_in_count", &self.successful_sign_in_count);
        v.field(10usize, "total_sign_in_count", &self.total_sign_in_count);
        v.field(11usize, "unique_user_count", &self.unique_user_count);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for RelyingPartyDetailedSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.failed_sign_in_count.read_from(r),
            2usize => self.migration_status.read_from(r),
            3usize => self.migration_validation_details.read_from(r),
            4usize => self.relying_party_id.read_from(r),
            5usize => self.relying_party_name.read_from(r),
            6usize => self.reply_urls.read_from(r),
            7usize => self.service_id.read_from(r),
            8usize => self.sign_in_success_rate.read_from(r),
            9usize => self.successful_sign_in_count.read_from(r),
            10usize => self.total_sign_in_count.read_from(r),
            11usize => self.unique_user_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.failed_sign_in_count);
        w.field(2usize, &self.migration_status);
        w.field(3usize, &self.migration_validation_details);
        w.field(4usize, &self.relying_party_id);
        w.field(5usize, &self.relying_party_name);
        w.field(6usize, &self.reply_urls);
        w.field(7usize, &self.service_id);
        w.field(8usize, &self.sign_in_success_rate);
        w.field(9usize, &self.successful_sign_in_count);
        w.field(10usize, &self.total_sign_in_count);
        w.field(11usize, &self.unique_user_count);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_object!(RelyingPartyDetailedSummary);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    RelyingPartyDetailedSummary { with_id id : ::std::string::String;
    with_failed_sign_in_count failed_sign_in_count : i64; with_migration_status
    migration_status : crate ::beta::MigrationStatus; with_migration_validation_details
    migration_validation_details : ::std::vec::Vec < crate ::beta::KeyValuePair >;
    with_relying_party_id relying_party_id : ::std::string::String;
    with_relying_party_name relying_party_name : ::std::string::String; with_reply_urls
    reply_urls : ::std::vec::Vec < ::std::string::String >; with_service_id service_id :
    ::std::string::String; with_sign_in_success_rate sign_in_success_rate : f64;
    with_successful_sign_in_count successful_sign_in_count : i64;
    with_total_sign_in_count total_sign_in_count : i64; with_unique_user_count
    unique_user_count : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RelyingPartyDetailedSummary);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.reminder`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Reminder {
    /// CSDL: property `changeKey`: `Edm.String`, nullable.
    pub change_key: rt::Field<::std::string::String>,
    /// CSDL: property `eventEndTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub event_end_time: rt::Field<crate::beta::DateTimeTimeZone>,
    /// CSDL: property `eventId`: `Edm.String`, nullable.
    pub event_id: rt::Field<::std::string::String>,
    /// CSDL: property `eventLocation`: `microsoft.graph.location`, nullable.
    pub event_location: rt::Field<crate::beta::AnyLocation>,
    /// CSDL: property `eventStartTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub event_start_time: rt::Field<crate::beta::DateTimeTimeZone>,
    /// CSDL: property `eventSubject`: `Edm.String`, nullable.
    pub event_subject: rt::Field<::std::string::String>,
    /// CSDL: property `eventWebLink`: `Edm.String`, nullable.
    pub event_web_link: rt::Field<::std::string::String>,
    /// CSDL: property `reminderFireTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub reminder_fire_time: rt::Field<crate::beta::DateTimeTimeZone>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Reminder {
    #[inline]
    fn default() -> Self {
        Self {
            change_key: rt::Field::Absent,
            event_end_time: rt::Field::Absent,
            event_id: rt::Field::Absent,
            event_location: rt::Field::Absent,
            event_start_time: rt::Field::Absent,
            event_subject: rt::Field::Absent,
            event_web_link: rt::Field::Absent,
            reminder_fire_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for Reminder {
    const TYPE_NAME: &'static str = "microsoft.graph.reminder";
    const KEYS: &'static [&'static str] = &[
        "changeKey",
        "eventEndTime",
        "eventId",
        "eventLocation",
        "eventStartTime",
        "eventSubject",
        "eventWebLink",
        "reminderFireTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"changeKey\":                    ",
        ",\"eventEndTime\":                 ",
        ",\"eventId\":                      ",
        ",\"eventLocation\":                ",
        ",\"eventStartTime\":               ",
        ",\"eventSubject\":                 ",
        ",\"eventWebLink\":                 ",
        ",\"reminderFireTime\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.reminder\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "change_key", &self.change_key);
        v.field(1usize, "event_end_time", &self.event_end_time);
        v.field(2usize, "event_id", &self.event_id);
        v.field(3usize, "event_location", &self.event_location);
        v.field(4usize, "event_start_time", &self.event_start_time);
        v.field(5usize, "event_subject", &self.event_subject);
        v.field(6usize, "event_web_link", &self.event_web_link);
        v.field(7usize, "reminder_fire_time", &self.reminder_fire_time);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Reminder {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.change_key.read_from(r),
            1usize => self.event_end_time.read_from(r),
            2usize => self.event_id.read_from(r),
            3usize => self.event_location.read_from(r),
            4usize => self.event_start_time.read_from(r),
            5usize => self.event_subject.read_from(r),
            6usize => self.event_web_link.read_from(r),
            7usize => self.reminder_fire_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.change_key);
        w.field(1usize, &self.event_end_time);
        w.field(2usize, &self.event_id);
        w.field(3usize, &self.event_location);
        w.field(4usize, &self.event_start_time);
        w.field(5usize, &self.event_subject);
        w.field(6usize, &self.event_web_link);
        w.field(7usize, &self.reminder_fire_time);
    }
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
rt::impl_object!(Reminder);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    Reminder { with_change_key change_key : ::std::string::String; with_event_end_time
    event_end_time : crate ::beta::DateTimeTimeZone; with_event_id event_id :
    ::std::string::String; with_event_location event_location : crate
    ::beta::AnyLocation; with_event_start_time event_start_time : crate
    ::beta::DateTimeTimeZone; with_event_subject event_subject : ::std::string::String;
    with_event_web_link event_web_link : ::std::string::String; with_reminder_fire_time
    reminder_fire_time : crate ::beta::DateTimeTimeZone; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Reminder);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.remoteAssistanceOnboardingStatus`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RemoteAssistanceOnboardingStatus {
    /// `notOnboarded` (value 0).
    NotOnboarded,
    /// `onboarding` (value 1).
    Onboarding,
    /// `onboarded` (value 2).
    Onboarded,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for RemoteAssistanceOnboardingStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.remoteAssistanceOnboardingStatus";
    const MEMBERS: &'static [&'static str] = &[
        "notOnboarded",
        "onboarding",
        "onboarded",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notOnboarded" => Self::NotOnboarded,
                "onboarding" => Self::Onboarding,
                "onboarded" => Self::Onboarded,
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
            Self::NotOnboarded => "notOnboarded",
            Self::Onboarding => "onboarding",
            Self::Onboarded => "onboarded",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(RemoteAssistanceOnboardingStatus);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RemoteAssistanceOnboardingStatus);
#[cfg(msgraph_beta_device_management_or_search)]
/// RemoteAssistPartner resources represent the metadata and status of a given Remote Assistance partner service.
///
/// CSDL: `microsoft.graph.remoteAssistancePartner`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`RemoteAssistancePartnerPath`](requests/trait.RemoteAssistancePartnerPath.html), what a path to one (`EntityPath<RemoteAssistancePartner, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct RemoteAssistancePartner {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Display name of the partner.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Timestamp of the last request sent to Intune by the TEM partner.
    ///
    /// CSDL: property `lastConnectionDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_connection_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// When the OnboardingStatus is Onboarding, This is the date time when the onboarding request expires.
    ///
    /// CSDL: property `onboardingRequestExpiryDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub onboarding_request_expiry_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// A friendly description of the current TeamViewer connector status
    ///
    /// CSDL: property `onboardingStatus`: `microsoft.graph.remoteAssistanceOnboardingStatus`, not nullable.
    pub onboarding_status: rt::Field<crate::beta::RemoteAssistanceOnboardingStatus>,
    /// URL of the partner's onboarding portal, where an administrator can configure their Remote Assistance service.
    ///
    /// CSDL: property `onboardingUrl`: `Edm.String`, nullable.
    pub onboarding_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for RemoteAssistancePartner {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_connection_date_time: rt::Field::Absent,
            onboarding_request_expiry_date_time: rt::Field::Absent,
            onboarding_status: rt::Field::Absent,
            onboarding_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for RemoteAssistancePartner {
    const TYPE_NAME: &'static str = "microsoft.graph.remoteAssistancePartner";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "lastConnectionDateTime",
        "onboardingRequestExpiryDateTime",
        "onboardingStatus",
        "onboardingUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"lastConnectionDateTime\":       ",
        ",\"onboardingRequestExpiryDateTime\":",
        ",\"onboardingStatus\":             ",
        ",\"onboardingUrl\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.remoteAssistancePartner\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "last_connection_date_time", &self.last_connection_date_time);
        v.field(
            3usize,
            "onboarding_request_expiry_date_time",
            &self.onboarding_request_expiry_date_time,
        );
        v.field(4usize, "onboarding_status", &self.onboarding_status);
        v.field(5usize, "onboarding_url", &self.onboarding_url);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for RemoteAssistancePartner {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.last_connection_date_time.read_from(r),
            3usize => self.onboarding_request_expiry_date_time.read_from(r),
            4usize => self.onboarding_status.read_from(r),
            5usize => self.onboarding_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.last_connection_date_time);
        w.field(3usize, &self.onboarding_request_expiry_date_time);
        w.field(4usize, &self.onboarding_status);
        w.field(5usize, &self.onboarding_url);
    }
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
rt::impl_object!(RemoteAssistancePartner);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    RemoteAssistancePartner { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_last_connection_date_time
    last_connection_date_time : rt::edm::DateTimeOffset;
    with_onboarding_request_expiry_date_time onboarding_request_expiry_date_time :
    rt::edm::DateTimeOffset; with_onboarding_status onboarding_status : crate
    ::beta::RemoteAssistanceOnboardingStatus; with_onboarding_url onboarding_url :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RemoteAssistancePartner);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.remoteItem`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct RemoteItem {
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `file`: `microsoft.graph.file`, nullable.
    pub file: rt::Field<crate::beta::File>,
    /// CSDL: property `fileSystemInfo`: `microsoft.graph.fileSystemInfo`, nullable.
    pub file_system_info: rt::Field<crate::beta::FileSystemInfo>,
    /// CSDL: property `folder`: `microsoft.graph.folder`, nullable.
    pub folder: rt::Field<crate::beta::Folder>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `image`: `microsoft.graph.image`, nullable.
    pub image: rt::Field<crate::beta::Image>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `package`: `microsoft.graph.package`, nullable.
    pub package: rt::Field<crate::beta::Package>,
    /// CSDL: property `parentReference`: `microsoft.graph.itemReference`, nullable.
    pub parent_reference: rt::Field<crate::beta::ItemReference>,
    /// CSDL: property `shared`: `microsoft.graph.shared`, nullable.
    pub shared: rt::Field<crate::beta::Shared>,
    /// CSDL: property `sharepointIds`: `microsoft.graph.sharepointIds`, nullable.
    pub sharepoint_ids: rt::Field<crate::beta::SharepointIds>,
    /// CSDL: property `size`: `Edm.Int64`, nullable.
    pub size: rt::Field<i64>,
    /// CSDL: property `specialFolder`: `microsoft.graph.specialFolder`, nullable.
    pub special_folder: rt::Field<crate::beta::SpecialFolder>,
    /// CSDL: property `video`: `microsoft.graph.video`, nullable.
    pub video: rt::Field<crate::beta::Video>,
    /// CSDL: property `webDavUrl`: `Edm.String`, nullable.
    pub web_dav_url: rt::Field<::std::string::String>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for RemoteItem {
    #[inline]
    fn default() -> Self {
        Self {
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            file: rt::Field::Absent,
            file_system_info: rt::Field::Absent,
            folder: rt::Field::Absent,
            id: rt::Field::Absent,
            image: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            package: rt::Field::Absent,
            parent_reference: rt::Field::Absent,
            shared: rt::Field::Absent,
            sharepoint_ids: rt::Field::Absent,
            size: rt::Field::Absent,
            special_folder: rt::Field::Absent,
            video: rt::Field::Absent,
            web_dav_url: rt::Field::Absent,
            web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for RemoteItem {
    const TYPE_NAME: &'static str = "microsoft.graph.remoteItem";
    const KEYS: &'static [&'static str] = &[
        "createdBy",
        "createdDateTime",
        "file",
        "fileSystemInfo",
        "folder",
        "id",
        "image",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "name",
        "package",
        "parentReference",
        "shared",
        "sharepointIds",
        "size",
        "specialFolder",
        "video",
        "webDavUrl",
        "webUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"file\":                         ",
        ",\"fileSystemInfo\":               ",
        ",\"folder\":                       ",
        ",\"id\":                           ",
        ",\"image\":                        ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"name\":                         ",
        ",\"package\":                      ",
        ",\"parentReference\":              ",
        ",\"shared\":                       ",
        ",\"sharepointIds\":                ",
        ",\"size\":                         ",
        ",\"specialFolder\":                ",
        ",\"video\":                        ",
        ",\"webDavUrl\":                    ",
        ",\"webUrl\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.remoteItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_by", &self.created_by);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "file", &self.file);
        v.field(3usize, "file_system_info", &self.file_system_info);
        v.field(4usize, "folder", &self.folder);
        v.field(5usize, "id", &self.id);
        v.field(6usize, "image", &self.image);
        v.field(7usize, "last_modified_by", &self.last_modified_by);
        v.field(8usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(9usize, "name", &self.name);
        v.field(10usize, "package", &self.package);
        v.field(11usize, "parent_reference", &self.parent_reference);
        v.field(12usize, "shared", &self.shared);
        v.field(13usize, "sharepoint_ids", &self.sharepoint_ids);
        v.field(14usize, "size", &self.size);
        v.field(15usize, "special_folder", &self.special_folder);
        v.field(16usize, "video", &self.video);
        v.field(17usize, "web_dav_url", &self.web_dav_url);
        v.field(18usize, "web_url", &self.web_url);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for RemoteItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_by.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.file.read_from(r),
            3usize => self.file_system_info.read_from(r),
            4usize => self.folder.read_from(r),
            5usize => self.id.read_from(r),
            6usize => self.image.read_from(r),
            7usize => self.last_modified_by.read_from(r),
            8usize => self.last_modified_date_time.read_from(r),
            9usize => self.name.read_from(r),
            10usize => self.package.read_from(r),
            11usize => self.parent_reference.read_from(r),
            12usize => self.shared.read_from(r),
            13usize => self.sharepoint_ids.read_from(r),
            14usize => self.size.read_from(r),
            15usize => self.special_folder.read_from(r),
            16usize => self.video.read_from(r),
            17usize => self.web_dav_url.read_from(r),
            18usize => self.web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_by);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.file);
        w.field(3usize, &self.file_system_info);
        w.field(4usize, &self.folder);
        w.field(5usize, &self.id);
        w.field(6usize, &self.image);
        w.field(7usize, &self.last_modified_by);
        w.field(8usize, &self.last_modified_date_time);
        w.field(9usize, &self.name);
        w.field(10usize, &self.package);
        w.field(11usize, &self.parent_reference);
        w.field(12usize, &self.shared);
        w.field(13usize, &self.sharepoint_ids);
        w.field(14usize, &self.size);
        w.field(15usize, &self.special_folder);
        w.field(16usize, &self.video);
        w.field(17usize, &self.web_dav_url);
        w.field(18usize, &self.web_url);
    }
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
rt::impl_object!(RemoteItem);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    RemoteItem { with_created_by created_by : crate ::beta::IdentitySet;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_file file :
    crate ::beta::File; with_file_system_info file_system_info : crate
    ::beta::FileSystemInfo; with_folder folder : crate ::beta::Folder; with_id id :
    ::std::string::String; with_image image : crate ::beta::Image; with_last_modified_by
    last_modified_by : crate ::beta::IdentitySet; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_name name :
    ::std::string::String; with_package package : crate ::beta::Package;
    with_parent_reference parent_reference : crate ::beta::ItemReference; with_shared
    shared : crate ::beta::Shared; with_sharepoint_ids sharepoint_ids : crate
    ::beta::SharepointIds; with_size size : i64; with_special_folder special_folder :
    crate ::beta::SpecialFolder; with_video video : crate ::beta::Video; with_web_dav_url
    web_dav_url : ::std::string::String; with_web_url web_url : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(RemoteItem);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.removeContentFooterAction`, complex type, derived from `microsoft.graph.informationProtectionAction`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct RemoveContentFooterAction {
    /// CSDL: property `uiElementNames`: `Collection(Edm.String)`, nullable.
    pub ui_element_names: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for RemoveContentFooterAction {
    #[inline]
    fn default() -> Self {
        Self {
            ui_element_names: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for RemoveContentFooterAction {
    const TYPE_NAME: &'static str = "microsoft.graph.removeContentFooterAction";
    const KEYS: &'static [&'static str] = &["uiElementNames"];
    const KEYS_JSON: &'static [&'static str] = &[",\"uiElementNames\":               "];
    const TAG: &'static str = "\"#microsoft.graph.removeContentFooterAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "ui_element_names", &self.ui_element_names);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for RemoveContentFooterAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.ui_element_names.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.ui_element_names);
    }
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
rt::impl_object!(RemoveContentFooterAction);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    RemoveContentFooterAction { with_ui_element_names ui_element_names : ::std::vec::Vec
    < ::std::string::String >; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(RemoveContentFooterAction);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.removeContentHeaderAction`, complex type, derived from `microsoft.graph.informationProtectionAction`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct RemoveContentHeaderAction {
    /// CSDL: property `uiElementNames`: `Collection(Edm.String)`, nullable.
    pub ui_element_names: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for RemoveContentHeaderAction {
    #[inline]
    fn default() -> Self {
        Self {
            ui_element_names: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for RemoveContentHeaderAction {
    const TYPE_NAME: &'static str = "microsoft.graph.removeContentHeaderAction";
    const KEYS: &'static [&'static str] = &["uiElementNames"];
    const KEYS_JSON: &'static [&'static str] = &[",\"uiElementNames\":               "];
    const TAG: &'static str = "\"#microsoft.graph.removeContentHeaderAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "ui_element_names", &self.ui_element_names);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for RemoveContentHeaderAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.ui_element_names.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.ui_element_names);
    }
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
rt::impl_object!(RemoveContentHeaderAction);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    RemoveContentHeaderAction { with_ui_element_names ui_element_names : ::std::vec::Vec
    < ::std::string::String >; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(RemoveContentHeaderAction);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.removeProtectionAction`, complex type, derived from `microsoft.graph.informationProtectionAction`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct RemoveProtectionAction {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for RemoveProtectionAction {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for RemoveProtectionAction {
    const TYPE_NAME: &'static str = "microsoft.graph.removeProtectionAction";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.removeProtectionAction\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for RemoveProtectionAction {
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
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_object!(RemoveProtectionAction);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(RemoveProtectionAction);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.removeWatermarkAction`, complex type, derived from `microsoft.graph.informationProtectionAction`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct RemoveWatermarkAction {
    /// CSDL: property `uiElementNames`: `Collection(Edm.String)`, nullable.
    pub ui_element_names: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for RemoveWatermarkAction {
    #[inline]
    fn default() -> Self {
        Self {
            ui_element_names: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for RemoveWatermarkAction {
    const TYPE_NAME: &'static str = "microsoft.graph.removeWatermarkAction";
    const KEYS: &'static [&'static str] = &["uiElementNames"];
    const KEYS_JSON: &'static [&'static str] = &[",\"uiElementNames\":               "];
    const TAG: &'static str = "\"#microsoft.graph.removeWatermarkAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "ui_element_names", &self.ui_element_names);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for RemoveWatermarkAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.ui_element_names.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.ui_element_names);
    }
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
rt::impl_object!(RemoveWatermarkAction);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    RemoveWatermarkAction { with_ui_element_names ui_element_names : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(RemoveWatermarkAction);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.renameAction`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct RenameAction {
    /// CSDL: property `newName`: `Edm.String`, nullable.
    pub new_name: rt::Field<::std::string::String>,
    /// CSDL: property `oldName`: `Edm.String`, nullable.
    pub old_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for RenameAction {
    #[inline]
    fn default() -> Self {
        Self {
            new_name: rt::Field::Absent,
            old_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for RenameAction {
    const TYPE_NAME: &'static str = "microsoft.graph.renameAction";
    const KEYS: &'static [&'static str] = &["newName", "oldName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"newName\":                      ",
        ",\"oldName\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.renameAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "new_name", &self.new_name);
        v.field(1usize, "old_name", &self.old_name);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for RenameAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.new_name.read_from(r),
            1usize => self.old_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.new_name);
        w.field(1usize, &self.old_name);
    }
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
rt::impl_object!(RenameAction);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    RenameAction { with_new_name new_name : ::std::string::String; with_old_name old_name
    : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(RenameAction);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// Device Configuration profile History reports.
///
/// CSDL: `microsoft.graph.report`, complex type.
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct Report {
    /// CSDL: property `content`: `Edm.Stream`, nullable.
    pub content: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for Report {
    #[inline]
    fn default() -> Self {
        Self {
            content: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for Report {
    const TYPE_NAME: &'static str = "microsoft.graph.report";
    const KEYS: &'static [&'static str] = &["content"];
    const KEYS_JSON: &'static [&'static str] = &[",\"content\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.report\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content", &self.content);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for Report {
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
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_object!(Report);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(Report { with_content content : rt::RawJson; });
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Report);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// The resource that represents an instance of History Reports.
///
/// CSDL: `microsoft.graph.reportRoot`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ReportRootPath`](requests/trait.ReportRootPath.html), what a path to one (`EntityPath<ReportRoot, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct ReportRoot {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `applicationSignInDetailedSummary`: `Collection(microsoft.graph.applicationSignInDetailedSummary)`, not nullable.
    pub application_sign_in_detailed_summary: rt::Field<
        ::std::vec::Vec<crate::beta::ApplicationSignInDetailedSummary>,
    >,
    /// CSDL: containment navigation property `authenticationMethods`: `microsoft.graph.authenticationMethodsRoot`, nullable.
    pub authentication_methods: rt::Field<crate::beta::AuthenticationMethodsRoot>,
    /// CSDL: containment navigation property `credentialUserRegistrationDetails`: `Collection(microsoft.graph.credentialUserRegistrationDetails)`, not nullable.
    pub credential_user_registration_details: rt::Field<
        ::std::vec::Vec<crate::beta::CredentialUserRegistrationDetails>,
    >,
    /// CSDL: containment navigation property `userCredentialUsageDetails`: `Collection(microsoft.graph.userCredentialUsageDetails)`, not nullable.
    pub user_credential_usage_details: rt::Field<
        ::std::vec::Vec<crate::beta::UserCredentialUsageDetails>,
    >,
    /// CSDL: containment navigation property `dailyPrintUsageByPrinter`: `Collection(microsoft.graph.printUsageByPrinter)`, not nullable.
    pub daily_print_usage_by_printer: rt::Field<
        ::std::vec::Vec<crate::beta::PrintUsageByPrinter>,
    >,
    /// CSDL: containment navigation property `dailyPrintUsageByUser`: `Collection(microsoft.graph.printUsageByUser)`, not nullable.
    pub daily_print_usage_by_user: rt::Field<
        ::std::vec::Vec<crate::beta::PrintUsageByUser>,
    >,
    /// CSDL: containment navigation property `dailyPrintUsageSummariesByPrinter`: `Collection(microsoft.graph.printUsageByPrinter)`, not nullable.
    pub daily_print_usage_summaries_by_printer: rt::Field<
        ::std::vec::Vec<crate::beta::PrintUsageByPrinter>,
    >,
    /// CSDL: containment navigation property `dailyPrintUsageSummariesByUser`: `Collection(microsoft.graph.printUsageByUser)`, not nullable.
    pub daily_print_usage_summaries_by_user: rt::Field<
        ::std::vec::Vec<crate::beta::PrintUsageByUser>,
    >,
    /// CSDL: containment navigation property `monthlyPrintUsageByPrinter`: `Collection(microsoft.graph.printUsageByPrinter)`, not nullable.
    pub monthly_print_usage_by_printer: rt::Field<
        ::std::vec::Vec<crate::beta::PrintUsageByPrinter>,
    >,
    /// CSDL: containment navigation property `monthlyPrintUsageByUser`: `Collection(microsoft.graph.printUsageByUser)`, not nullable.
    pub monthly_print_usage_by_user: rt::Field<
        ::std::vec::Vec<crate::beta::PrintUsageByUser>,
    >,
    /// CSDL: containment navigation property `monthlyPrintUsageSummariesByPrinter`: `Collection(microsoft.graph.printUsageByPrinter)`, not nullable.
    pub monthly_print_usage_summaries_by_printer: rt::Field<
        ::std::vec::Vec<crate::beta::PrintUsageByPrinter>,
    >,
    /// CSDL: containment navigation property `monthlyPrintUsageSummariesByUser`: `Collection(microsoft.graph.printUsageByUser)`, not nullable.
    pub monthly_print_usage_summaries_by_user: rt::Field<
        ::std::vec::Vec<crate::beta::PrintUsageByUser>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for ReportRoot {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            application_sign_in_detailed_summary: rt::Field::Absent,
            authentication_methods: rt::Field::Absent,
            credential_user_registration_details: rt::Field::Absent,
            user_credential_usage_details: rt::Field::Absent,
            daily_print_usage_by_printer: rt::Field::Absent,
            daily_print_usage_by_user: rt::Field::Absent,
            daily_print_usage_summaries_by_printer: rt::Field::Absent,
            daily_print_usage_summaries_by_user: rt::Field::Absent,
            monthly_print_usage_by_printer: rt::Field::Absent,
            monthly_print_usage_by_user: rt::Field::Absent,
            monthly_print_usage_summaries_by_printer: rt::Field::Absent,
            monthly_print_usage_summaries_by_user: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for ReportRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.reportRoot";
    const KEYS: &'static [&'static str] = &[
        "id",
        "applicationSignInDetailedSummary",
        "authenticationMethods",
        "credentialUserRegistrationDetails",
        "userCredentialUsageDetails",
        "dailyPrintUsageByPrinter",
        "dailyPrintUsageByUser",
        "dailyPrintUsageSummariesByPrinter",
        "dailyPrintUsageSummariesByUser",
        "monthlyPrintUsageByPrinter",
        "monthlyPrintUsageByUser",
        "monthlyPrintUsageSummariesByPrinter",
        "monthlyPrintUsageSummariesByUser",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"applicationSignInDetailedSummary\":",
        ",\"authenticationMethods\":        ",
        ",\"credentialUserRegistrationDetails\":",
        ",\"userCredentialUsageDetails\":   ",
        ",\"dailyPrintUsageByPrinter\":     ",
        ",\"dailyPrintUsageByUser\":        ",
        ",\"dailyPrintUsageSummariesByPrinter\":",
        ",\"dailyPrintUsageSummariesByUser\":",
        ",\"monthlyPrintUsageByPrinter\":   ",
        ",\"monthlyPrintUsageByUser\":      ",
        ",\"monthlyPrintUsageSummariesByPrinter\":",
        ",\"monthlyPrintUsageSummariesByUser\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.reportRoot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "application_sign_in_detailed_summary",
            &self.application_sign_in_detailed_summary,
        );
        v.field(2usize, "authentication_methods", &self.authentication_methods);
        v.field(
            3usize,
            "credential_user_registration_details",
            &self.credential_user_registration_details,
        );
        v.field(
            4usize,
            "user_credential_usage_details",
            &self.user_credential_usage_details,
        );
        v.field(
            5usize,
            "daily_print_usage_by_printer",
            &self.daily_print_usage_by_printer,
        );
        v.field(6usize, "daily_print_usage_by_user", &self.daily_print_usage_by_user);
        v.field(
            7usize,
            "daily_print_usage_summaries_by_printer",
            &self.daily_print_usage_summaries_by_printer,
        );
        v.field(
            8usize,
            "daily_print_usage_summaries_by_user",
            &self.daily_print_usage_summaries_by_user,
        );
        v.field(
            9usize,
            "monthly_print_usage_by_printer",
            &self.monthly_print_usage_by_printer,
        );
        v.field(
            10usize,
            "monthly_print_usage_by_user",
            &self.monthly_print_usage_by_user,
        );
        v.field(
            11usize,
            "monthly_print_usage_summaries_by_printer",
            &self.monthly_print_usage_summaries_by_printer,
        );
        v.field(
            12usize,
            "monthly_print_usage_summaries_by_user",
            &self.monthly_print_usage_summaries_by_user,
        );
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for ReportRoot {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.application_sign_in_detailed_summary.read_from(r),
            2usize => self.authentication_methods.read_from(r),
            3usize => self.credential_user_registration_details.read_from(r),
            4usize => self.user_credential_usage_details.read_from(r),
            5usize => self.daily_print_usage_by_printer.read_from(r),
            6usize => self.daily_print_usage_by_user.read_from(r),
            7usize => self.daily_print_usage_summaries_by_printer.read_from(r),
            8usize => self.daily_print_usage_summaries_by_user.read_from(r),
            9usize => self.monthly_print_usage_by_printer.read_from(r),
            10usize => self.monthly_print_usage_by_user.read_from(r),
            11usize => self.monthly_print_usage_summaries_by_printer.read_from(r),
            12usize => self.monthly_print_usage_summaries_by_user.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.application_sign_in_detailed_summary);
        w.field(2usize, &self.authentication_methods);
        w.field(3usize, &self.credential_user_registration_details);
        w.field(4usize, &self.user_credential_usage_details);
        w.field(5usize, &self.daily_print_usage_by_printer);
        w.field(6usize, &self.daily_print_usage_by_user);
        w.field(7usize, &self.daily_print_usage_summaries_by_printer);
        w.field(8usize, &self.daily_print_usage_summaries_by_user);
        w.field(9usize, &self.monthly_print_usage_by_printer);
        w.field(10usize, &self.monthly_print_usage_by_user);
        w.field(11usize, &self.monthly_print_usage_summaries_by_printer);
        w.field(12usize, &self.monthly_print_usage_summaries_by_user);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_object!(ReportRoot);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    ReportRoot { with_id id : ::std::string::String;
    with_application_sign_in_detailed_summary application_sign_in_detailed_summary :
    ::std::vec::Vec < crate ::beta::ApplicationSignInDetailedSummary >;
    with_authentication_methods authentication_methods : crate
    ::beta::AuthenticationMethodsRoot; with_credential_user_registration_details
    credential_user_registration_details : ::std::vec::Vec < crate
    ::beta::CredentialUserRegistrationDetails >; with_user_credential_usage_details
    user_credential_usage_details : ::std::vec::Vec < crate
    ::beta::UserCredentialUsageDetails >; with_daily_print_usage_by_printer
    daily_print_usage_by_printer : ::std::vec::Vec < crate ::beta::PrintUsageByPrinter >;
    with_daily_print_usage_by_user daily_print_usage_by_user : ::std::vec::Vec < crate
    ::beta::PrintUsageByUser >; with_daily_print_usage_summaries_by_printer
    daily_print_usage_summaries_by_printer : ::std::vec::Vec < crate
    ::beta::PrintUsageByPrinter >; with_daily_print_usage_summaries_by_user
    daily_print_usage_summaries_by_user : ::std::vec::Vec < crate
    ::beta::PrintUsageByUser >; with_monthly_print_usage_by_printer
    monthly_print_usage_by_printer : ::std::vec::Vec < crate ::beta::PrintUsageByPrinter
    >; with_monthly_print_usage_by_user monthly_print_usage_by_user : ::std::vec::Vec <
    crate ::beta::PrintUsageByUser >; with_monthly_print_usage_summaries_by_printer
    monthly_print_usage_summaries_by_printer : ::std::vec::Vec < crate
    ::beta::PrintUsageByPrinter >; with_monthly_print_usage_summaries_by_user
    monthly_print_usage_summaries_by_user : ::std::vec::Vec < crate
    ::beta::PrintUsageByUser >; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ReportRoot);
#[cfg(msgraph_beta_identity_governance_or_role_management_or_search)]
/// CSDL: `microsoft.graph.requestSchedule`, complex type.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-role-management`, `beta-search`.
#[derive(Clone)]
pub struct RequestSchedule {
    /// CSDL: property `expiration`: `microsoft.graph.expirationPattern`, nullable.
    pub expiration: rt::Field<crate::beta::ExpirationPattern>,
    /// CSDL: property `recurrence`: `microsoft.graph.patternedRecurrence`, nullable.
    pub recurrence: rt::Field<crate::beta::PatternedRecurrence>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_role_management_or_search)]
impl ::std::default::Default for RequestSchedule {
    #[inline]
    fn default() -> Self {
        Self {
            expiration: rt::Field::Absent,
            recurrence: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_role_management_or_search)]
impl rt::Object for RequestSchedule {
    const TYPE_NAME: &'static str = "microsoft.graph.requestSchedule";
    const KEYS: &'static [&'static str] = &["expiration", "recurrence", "startDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"expiration\":                   ",
        ",\"recurrence\":                   ",
        ",\"startDateTime\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.requestSchedule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "expiration", &self.expiration);
        v.field(1usize, "recurrence", &self.recurrence);
        v.field(2usize, "start_date_time", &self.start_date_time);
    }
}
#[cfg(msgraph_beta_identity_governance_or_role_management_or_search)]
impl rt::object::Members for RequestSchedule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.expiration.read_from(r),
            1usize => self.recurrence.read_from(r),
            2usize => self.start_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.expiration);
        w.field(1usize, &self.recurrence);
        w.field(2usize, &self.start_date_time);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_identity_governance_or_role_management_or_search)]
rt::impl_object!(RequestSchedule);
#[cfg(msgraph_beta_identity_governance_or_role_management_or_search)]
rt::impl_setters!(
    RequestSchedule { with_expiration expiration : crate ::beta::ExpirationPattern;
    with_recurrence recurrence : crate ::beta::PatternedRecurrence; with_start_date_time
    start_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_identity_governance_or_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RequestSchedule);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
/// CSDL: `microsoft.graph.requestorManager`, complex type, derived from `microsoft.graph.userSet`.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct RequestorManager {
    /// CSDL: property `isBackup`: `Edm.Boolean`, nullable.
    pub is_backup: rt::Field<bool>,
    /// CSDL: property `managerLevel`: `Edm.Int32`, nullable.
    pub manager_level: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl ::std::default::Default for RequestorManager {
    #[inline]
    fn default() -> Self {
        Self {
            is_backup: rt::Field::Absent,
            manager_level: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl rt::Object for RequestorManager {
    const TYPE_NAME: &'static str = "microsoft.graph.requestorManager";
    const KEYS: &'static [&'static str] = &["isBackup", "managerLevel"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isBackup\":                     ",
        ",\"managerLevel\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.requestorManager\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_backup", &self.is_backup);
        v.field(1usize, "manager_level", &self.manager_level);
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl rt::object::Members for RequestorManager {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_backup.read_from(r),
            1usize => self.manager_level.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_backup);
        w.field(1usize, &self.manager_level);
    }
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
rt::impl_object!(RequestorManager);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
rt::impl_setters!(
    RequestorManager { with_is_backup is_backup : bool; with_manager_level manager_level
    : i32; }
);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RequestorManager);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.requestorSettings`, complex type.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct RequestorSettings {
    /// CSDL: property `acceptRequests`: `Edm.Boolean`, nullable.
    pub accept_requests: rt::Field<bool>,
    /// CSDL: property `allowedRequestors`: `Collection(microsoft.graph.userSet)`, nullable.
    pub allowed_requestors: rt::Field<::std::vec::Vec<crate::beta::AnyUserSet>>,
    /// CSDL: property `scopeType`: `Edm.String`, nullable.
    pub scope_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for RequestorSettings {
    #[inline]
    fn default() -> Self {
        Self {
            accept_requests: rt::Field::Absent,
            allowed_requestors: rt::Field::Absent,
            scope_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for RequestorSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.requestorSettings";
    const KEYS: &'static [&'static str] = &[
        "acceptRequests",
        "allowedRequestors",
        "scopeType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"acceptRequests\":               ",
        ",\"allowedRequestors\":            ",
        ",\"scopeType\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.requestorSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "accept_requests", &self.accept_requests);
        v.field(1usize, "allowed_requestors", &self.allowed_requestors);
        v.field(2usize, "scope_type", &self.scope_type);
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for RequestorSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.accept_requests.read_from(r),
            1usize => self.allowed_requestors.read_from(r),
            2usize => self.scope_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.accept_requests);
        w.field(1usize, &self.allowed_requestors);
        w.field(2usize, &self.scope_type);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_object!(RequestorSettings);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    RequestorSettings { with_accept_requests accept_requests : bool;
    with_allowed_requestors allowed_requestors : ::std::vec::Vec < crate
    ::beta::AnyUserSet >; with_scope_type scope_type : ::std::string::String; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RequestorSettings);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.requiredResourceAccess`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct RequiredResourceAccess {
    /// CSDL: property `resourceAccess`: `Collection(microsoft.graph.resourceAccess)`, not nullable.
    pub resource_access: rt::Field<::std::vec::Vec<crate::beta::ResourceAccess>>,
    /// CSDL: property `resourceAppId`: `Edm.String`, not nullable.
    pub resource_app_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for RequiredResourceAccess {
    #[inline]
    fn default() -> Self {
        Self {
            resource_access: rt::Field::Absent,
            resource_app_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for RequiredResourceAccess {
    const TYPE_NAME: &'static str = "microsoft.graph.requiredResourceAccess";
    const KEYS: &'static [&'static str] = &["resourceAccess", "resourceAppId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"resourceAccess\":               ",
        ",\"resourceAppId\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.requiredResourceAccess\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "resource_access", &self.resource_access);
        v.field(1usize, "resource_app_id", &self.resource_app_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for RequiredResourceAccess {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.resource_access.read_from(r),
            1usize => self.resource_app_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.resource_access);
        w.field(1usize, &self.resource_app_id);
    }
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
rt::impl_object!(RequiredResourceAccess);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    RequiredResourceAccess { with_resource_access resource_access : ::std::vec::Vec <
    crate ::beta::ResourceAccess >; with_resource_app_id resource_app_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(RequiredResourceAccess);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.resourceAccess`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ResourceAccess {
    /// CSDL: property `id`: `Edm.Guid`, not nullable.
    pub id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ResourceAccess {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ResourceAccess {
    const TYPE_NAME: &'static str = "microsoft.graph.resourceAccess";
    const KEYS: &'static [&'static str] = &["id", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.resourceAccess\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ResourceAccess {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
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
rt::impl_object!(ResourceAccess);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ResourceAccess { with_id id : rt::edm::Guid; with_type type_ : ::std::string::String;
    }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResourceAccess);
#[cfg(msgraph_beta_device_management_or_search)]
/// Set of allowed and not allowed actions for a resource.
///
/// CSDL: `microsoft.graph.resourceAction`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ResourceAction {
    /// Allowed Actions
    ///
    /// CSDL: property `allowedResourceActions`: `Collection(Edm.String)`, nullable.
    pub allowed_resource_actions: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Not Allowed Actions.
    ///
    /// CSDL: property `notAllowedResourceActions`: `Collection(Edm.String)`, nullable.
    pub not_allowed_resource_actions: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for ResourceAction {
    #[inline]
    fn default() -> Self {
        Self {
            allowed_resource_actions: rt::Field::Absent,
            not_allowed_resource_actions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for ResourceAction {
    const TYPE_NAME: &'static str = "microsoft.graph.resourceAction";
    const KEYS: &'static [&'static str] = &[
        "allowedResourceActions",
        "notAllowedResourceActions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowedResourceActions\":       ",
        ",\"notAllowedResourceActions\":    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.resourceAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allowed_resource_actions", &self.allowed_resource_actions);
        v.field(
            1usize,
            "not_allowed_resource_actions",
            &self.not_allowed_resource_actions,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for ResourceAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allowed_resource_actions.read_from(r),
            1usize => self.not_allowed_resource_actions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allowed_resource_actions);
        w.field(1usize, &self.not_allowed_resource_actions);
    }
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
rt::impl_object!(ResourceAction);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    ResourceAction { with_allowed_resource_actions allowed_resource_actions :
    ::std::vec::Vec < ::std::string::String >; with_not_allowed_resource_actions
    not_allowed_resource_actions : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResourceAction);
#[cfg(msgraph_beta_device_management_or_search)]
/// Describes the resourceOperation resource (entity) of the Microsoft Graph API (REST), which supports Intune workflows related to role-based access control (RBAC).
///
/// CSDL: `microsoft.graph.resourceOperation`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ResourceOperationPath`](requests/trait.ResourceOperationPath.html), what a path to one (`EntityPath<ResourceOperation, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ResourceOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Type of action this operation is going to perform. The actionName should be concise and limited to as few words as possible.
    ///
    /// CSDL: property `actionName`: `Edm.String`, nullable.
    pub action_name: rt::Field<::std::string::String>,
    /// Description of the resource operation. The description is used in mouse-over text for the operation when shown in the Azure Portal.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Determines whether the Permission is validated for Scopes defined per Role Assignment.
    ///
    /// CSDL: property `enabledForScopeValidation`: `Edm.Boolean`, not nullable.
    pub enabled_for_scope_validation: rt::Field<bool>,
    /// Resource category to which this Operation belongs.
    ///
    /// CSDL: property `resource`: `Edm.String`, nullable.
    pub resource: rt::Field<::std::string::String>,
    /// Name of the Resource this operation is performed on.
    ///
    /// CSDL: property `resourceName`: `Edm.String`, nullable.
    pub resource_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for ResourceOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            action_name: rt::Field::Absent,
            description: rt::Field::Absent,
            enabled_for_scope_validation: rt::Field::Absent,
            resource: rt::Field::Absent,
            resource_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for ResourceOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.resourceOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "actionName",
        "description",
        "enabledForScopeValidation",
        "resource",
        "resourceName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"actionName\":                   ",
        ",\"description\":                  ",
        ",\"enabledForScopeValidation\":    ",
        ",\"resource\":                     ",
        ",\"resourceName\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.resourceOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "action_name", &self.action_name);
        v.field(2usize, "description", &self.description);
        v.field(
            3usize,
            "enabled_for_scope_validation",
            &self.enabled_for_scope_validation,
        );
        v.field(4usize, "resource", &self.resource);
        v.field(5usize, "resource_name", &self.resource_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for ResourceOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.action_name.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.enabled_for_scope_validation.read_from(r),
            4usize => self.resource.read_from(r),
            5usize => self.resource_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.action_name);
        w.field(2usize, &self.description);
        w.field(3usize, &self.enabled_for_scope_validation);
        w.field(4usize, &self.resource);
        w.field(5usize, &self.resource_name);
    }
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
rt::impl_object!(ResourceOperation);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    ResourceOperation { with_id id : ::std::string::String; with_action_name action_name
    : ::std::string::String; with_description description : ::std::string::String;
    with_enabled_for_scope_validation enabled_for_scope_validation : bool; with_resource
    resource : ::std::string::String; with_resource_name resource_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResourceOperation);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.resourcePermission`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct ResourcePermission {
    /// CSDL: property `type`: `Edm.String`, not nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, not nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for ResourcePermission {
    #[inline]
    fn default() -> Self {
        Self {
            type_: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for ResourcePermission {
    const TYPE_NAME: &'static str = "microsoft.graph.resourcePermission";
    const KEYS: &'static [&'static str] = &["type", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"type\":                         ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.resourcePermission\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "type_", &self.type_);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for ResourcePermission {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.type_.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.type_);
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
#[cfg(msgraph_beta_any_area)]
rt::impl_object!(ResourcePermission);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    ResourcePermission { with_type type_ : ::std::string::String; with_value value :
    ::std::string::String; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResourcePermission);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.resourceReference`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ResourceReference {
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ResourceReference {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            type_: rt::Field::Absent,
            web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ResourceReference {
    const TYPE_NAME: &'static str = "microsoft.graph.resourceReference";
    const KEYS: &'static [&'static str] = &["id", "type", "webUrl"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"type\":                         ",
        ",\"webUrl\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.resourceReference\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "type_", &self.type_);
        v.field(2usize, "web_url", &self.web_url);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ResourceReference {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.type_.read_from(r),
            2usize => self.web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.type_);
        w.field(2usize, &self.web_url);
    }
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
rt::impl_object!(ResourceReference);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ResourceReference { with_id id : ::std::string::String; with_type type_ :
    ::std::string::String; with_web_url web_url : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResourceReference);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.resourceSpecificPermission`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct ResourceSpecificPermission {
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.Guid`, not nullable.
    pub id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, not nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for ResourceSpecificPermission {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for ResourceSpecificPermission {
    const TYPE_NAME: &'static str = "microsoft.graph.resourceSpecificPermission";
    const KEYS: &'static [&'static str] = &[
        "description",
        "displayName",
        "id",
        "isEnabled",
        "value",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"isEnabled\":                    ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.resourceSpecificPermission\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "id", &self.id);
        v.field(3usize, "is_enabled", &self.is_enabled);
        v.field(4usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for ResourceSpecificPermission {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.id.read_from(r),
            3usize => self.is_enabled.read_from(r),
            4usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.id);
        w.field(3usize, &self.is_enabled);
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
#[cfg(msgraph_beta_any_area)]
rt::impl_object!(ResourceSpecificPermission);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    ResourceSpecificPermission { with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_id id : rt::edm::Guid;
    with_is_enabled is_enabled : bool; with_value value : ::std::string::String; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResourceSpecificPermission);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.restoreAction`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct RestoreAction {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for RestoreAction {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for RestoreAction {
    const TYPE_NAME: &'static str = "microsoft.graph.restoreAction";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.restoreAction\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for RestoreAction {
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(RestoreAction);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(RestoreAction);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.restrictedAppsState`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RestrictedAppsState {
    /// `prohibitedApps` (value 0).
    ProhibitedApps,
    /// `notApprovedApps` (value 1).
    NotApprovedApps,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for RestrictedAppsState {
    const TYPE_NAME: &'static str = "microsoft.graph.restrictedAppsState";
    const MEMBERS: &'static [&'static str] = &["prohibitedApps", "notApprovedApps"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "prohibitedApps" => Self::ProhibitedApps,
                "notApprovedApps" => Self::NotApprovedApps,
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
            Self::ProhibitedApps => "prohibitedApps",
            Self::NotApprovedApps => "notApprovedApps",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(RestrictedAppsState);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RestrictedAppsState);
#[cfg(msgraph_beta_device_management_or_search)]
/// Violation of restricted apps configuration profile per device per user
///
/// CSDL: `microsoft.graph.restrictedAppsViolation`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct RestrictedAppsViolation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Device configuration profile unique identifier, must be Guid
    ///
    /// CSDL: property `deviceConfigurationId`: `Edm.String`, not nullable.
    pub device_configuration_id: rt::Field<::std::string::String>,
    /// Device configuration profile name
    ///
    /// CSDL: property `deviceConfigurationName`: `Edm.String`, nullable.
    pub device_configuration_name: rt::Field<::std::string::String>,
    /// Device name
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// Managed device unique identifier, must be Guid
    ///
    /// CSDL: property `managedDeviceId`: `Edm.String`, not nullable.
    pub managed_device_id: rt::Field<::std::string::String>,
    /// Platform type
    ///
    /// CSDL: property `platformType`: `microsoft.graph.policyPlatformType`, not nullable.
    pub platform_type: rt::Field<crate::beta::PolicyPlatformType>,
    /// List of violated restricted apps
    ///
    /// CSDL: property `restrictedApps`: `Collection(microsoft.graph.managedDeviceReportedApp)`, not nullable.
    pub restricted_apps: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedDeviceReportedApp>,
    >,
    /// Restricted apps state
    ///
    /// CSDL: property `restrictedAppsState`: `microsoft.graph.restrictedAppsState`, not nullable.
    pub restricted_apps_state: rt::Field<crate::beta::RestrictedAppsState>,
    /// User unique identifier, must be Guid
    ///
    /// CSDL: property `userId`: `Edm.String`, not nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// User name
    ///
    /// CSDL: property `userName`: `Edm.String`, nullable.
    pub user_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for RestrictedAppsViolation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            device_configuration_id: rt::Field::Absent,
            device_configuration_name: rt::Field::Absent,
            device_name: rt::Field::Absent,
            managed_device_id: rt::Field::Absent,
            platform_type: rt::Field::Absent,
            restricted_apps: rt::Field::Absent,
            restricted_apps_state: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for RestrictedAppsViolation {
    const TYPE_NAME: &'static str = "microsoft.graph.restrictedAppsViolation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deviceConfigurationId",
        "deviceConfigurationName",
        "deviceName",
        "managedDeviceId",
        "platformType",
        "restrictedApps",
        "restrictedAppsState",
        "userId",
        "userName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deviceConfigurationId\":        ",
        ",\"deviceConfigurationName\":      ",
        ",\"deviceName\":                   ",
        ",\"managedDeviceId\":              ",
        ",\"platformType\":                 ",
        ",\"restrictedApps\":               ",
        ",\"restrictedAppsState\":          ",
        ",\"userId\":                       ",
        ",\"userName\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.restrictedAppsViolation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "device_configuration_id", &self.device_configuration_id);
        v.field(2usize, "device_configuration_name", &self.device_configuration_name);
        v.field(3usize, "device_name", &self.device_name);
        v.field(4usize, "managed_device_id", &self.managed_device_id);
        v.field(5usize, "platform_type", &self.platform_type);
        v.field(6usize, "restricted_apps", &self.restricted_apps);
        v.field(7usize, "restricted_apps_state", &self.restricted_apps_state);
        v.field(8usize, "user_id", &self.user_id);
        v.field(9usize, "user_name", &self.user_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for RestrictedAppsViolation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.device_configuration_id.read_from(r),
            2usize => self.device_configuration_name.read_from(r),
            3usize => self.device_name.read_from(r),
            4usize => self.managed_device_id.read_from(r),
            5usize => self.platform_type.read_from(r),
            6usize => self.restricted_apps.read_from(r),
            7usize => self.restricted_apps_state.read_from(r),
            8usize => self.user_id.read_from(r),
            9usize => self.user_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.device_configuration_id);
        w.field(2usize, &self.device_configuration_name);
        w.field(3usize, &self.device_name);
        w.field(4usize, &self.managed_device_id);
        w.field(5usize, &self.platform_type);
        w.field(6usize, &self.restricted_apps);
        w.field(7usize, &self.restricted_apps_state);
        w.field(8usize, &self.user_id);
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
rt::impl_object!(RestrictedAppsViolation);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    RestrictedAppsViolation { with_id id : ::std::string::String;
    with_device_configuration_id device_configuration_id : ::std::string::String;
    with_device_configuration_name device_configuration_name : ::std::string::String;
    with_device_name device_name : ::std::string::String; with_managed_device_id
    managed_device_id : ::std::string::String; with_platform_type platform_type : crate
    ::beta::PolicyPlatformType; with_restricted_apps restricted_apps : ::std::vec::Vec <
    crate ::beta::ManagedDeviceReportedApp >; with_restricted_apps_state
    restricted_apps_state : crate ::beta::RestrictedAppsState; with_user_id user_id :
    ::std::string::String; with_user_name user_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RestrictedAppsViolation);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.resultTemplateDictionary`, complex type, derived from `microsoft.graph.Dictionary`, open.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct ResultTemplateDictionary {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for ResultTemplateDictionary {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for ResultTemplateDictionary {
    const TYPE_NAME: &'static str = "microsoft.graph.resultTemplateDictionary";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.resultTemplateDictionary\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for ResultTemplateDictionary {
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
#[cfg(msgraph_beta_search)]
rt::impl_object!(ResultTemplateDictionary);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResultTemplateDictionary);
#[cfg(msgraph_beta_device_management_or_search)]
/// Color in RGB.
///
/// CSDL: `microsoft.graph.rgbColor`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct RgbColor {
    /// Blue value
    ///
    /// CSDL: property `b`: `Edm.Byte`, not nullable.
    pub b: rt::Field<u8>,
    /// Green value
    ///
    /// CSDL: property `g`: `Edm.Byte`, not nullable.
    pub g: rt::Field<u8>,
    /// Red value
    ///
    /// CSDL: property `r`: `Edm.Byte`, not nullable.
    pub r: rt::Field<u8>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for RgbColor {
    #[inline]
    fn default() -> Self {
        Self {
            b: rt::Field::Absent,
            g: rt::Field::Absent,
            r: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for RgbColor {
    const TYPE_NAME: &'static str = "microsoft.graph.rgbColor";
    const KEYS: &'static [&'static str] = &["b", "g", "r"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"b\":                            ",
        ",\"g\":                            ",
        ",\"r\":                            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.rgbColor\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "b", &self.b);
        v.field(1usize, "g", &self.g);
        v.field(2usize, "r", &self.r);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for RgbColor {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.b.read_from(r),
            1usize => self.g.read_from(r),
            2usize => self.r.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.b);
        w.field(1usize, &self.g);
        w.field(2usize, &self.r);
    }
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
rt::impl_object!(RgbColor);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(RgbColor { with_b b : u8; with_g g : u8; with_r r : u8; });
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RgbColor);
#[cfg(msgraph_beta_device_management_or_search)]
/// The Role Assignment resource. Role assignments tie together a role definition with members and scopes. There can be one or more role assignments per role. This applies to custom and built-in roles.
///
/// CSDL: `microsoft.graph.roleAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`RoleAssignmentPath`](requests/trait.RoleAssignmentPath.html), what a path to one (`EntityPath<AnyRoleAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct RoleAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Description of the Role Assignment.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The display or friendly name of the role Assignment.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// List of ids of role scope member security groups.  These are IDs from Azure Active Directory.
    ///
    /// CSDL: property `resourceScopes`: `Collection(Edm.String)`, nullable.
    pub resource_scopes: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// List of ids of role scope member security groups.  These are IDs from Azure Active Directory.
    ///
    /// CSDL: property `scopeMembers`: `Collection(Edm.String)`, nullable.
    pub scope_members: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Specifies the type of scope for a Role Assignment. Default type 'ResourceScope' allows assignment of ResourceScopes. For 'AllDevices', 'AllLicensedUsers', and 'AllDevicesAndLicensedUsers', the ResourceScopes property should be left empty.
    ///
    /// CSDL: property `scopeType`: `microsoft.graph.roleAssignmentScopeType`, not nullable.
    pub scope_type: rt::Field<crate::beta::RoleAssignmentScopeType>,
    /// Role definition this assignment is part of.
    ///
    /// CSDL: navigation property `roleDefinition`: `microsoft.graph.roleDefinition`, nullable.
    pub role_definition: rt::Field<crate::beta::AnyRoleDefinition>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for RoleAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            resource_scopes: rt::Field::Absent,
            scope_members: rt::Field::Absent,
            scope_type: rt::Field::Absent,
            role_definition: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for RoleAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.roleAssignment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "resourceScopes",
        "scopeMembers",
        "scopeType",
        "roleDefinition",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"resourceScopes\":               ",
        ",\"scopeMembers\":                 ",
        ",\"scopeType\":                    ",
        ",\"roleDefinition\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.roleAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "resource_scopes", &self.resource_scopes);
        v.field(4usize, "scope_members", &self.scope_members);
        v.field(5usize, "scope_type", &self.scope_type);
        v.field(6usize, "role_definition", &self.role_definition);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for RoleAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.resource_scopes.read_from(r),
            4usize => self.scope_members.read_from(r),
            5usize => self.scope_type.read_from(r),
            6usize => self.role_definition.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.resource_scopes);
        w.field(4usize, &self.scope_members);
        w.field(5usize, &self.scope_type);
        w.field(6usize, &self.role_definition);
    }
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
rt::impl_object!(RoleAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    RoleAssignment { with_id id : ::std::string::String; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_resource_scopes resource_scopes : ::std::vec::Vec < ::std::string::String >;
    with_scope_members scope_members : ::std::vec::Vec < ::std::string::String >;
    with_scope_type scope_type : crate ::beta::RoleAssignmentScopeType;
    with_role_definition role_definition : crate ::beta::AnyRoleDefinition; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoleAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.roleAssignment` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyRoleAssignment {
    RoleAssignment(::std::boxed::Box<crate::beta::RoleAssignment>),
    DeviceAndAppManagementRoleAssignment(
        ::std::boxed::Box<crate::beta::DeviceAndAppManagementRoleAssignment>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyRoleAssignment {
    #[inline]
    fn default() -> Self {
        Self::RoleAssignment(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RoleAssignment> for AnyRoleAssignment {
    #[inline]
    fn from(v: crate::beta::RoleAssignment) -> Self {
        Self::RoleAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceAndAppManagementRoleAssignment>
for AnyRoleAssignment {
    #[inline]
    fn from(v: crate::beta::DeviceAndAppManagementRoleAssignment) -> Self {
        Self::DeviceAndAppManagementRoleAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyRoleAssignment {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyRoleAssignment {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyRoleAssignment {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyRoleAssignment {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyRoleAssignment {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::RoleAssignment>();
    rt::object::auto_traits::<crate::beta::DeviceAndAppManagementRoleAssignment>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyRoleAssignment {
    const BASE_NAME: &'static str = "microsoft.graph.roleAssignment";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.deviceAndAppManagementRoleAssignment",
            ) => Self::DeviceAndAppManagementRoleAssignment(rt::object::new_boxed()),
            _ => Self::RoleAssignment(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::RoleAssignment(v) => &**v,
            Self::DeviceAndAppManagementRoleAssignment(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::RoleAssignment(v) => &mut **v,
            Self::DeviceAndAppManagementRoleAssignment(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyRoleAssignment {
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
            Self::RoleAssignment(v) => &v.id,
            Self::DeviceAndAppManagementRoleAssignment(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::RoleAssignment(v) => &mut v.id,
            Self::DeviceAndAppManagementRoleAssignment(v) => &mut v.id,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::RoleAssignment(v) => &v.description,
            Self::DeviceAndAppManagementRoleAssignment(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::RoleAssignment(v) => &mut v.description,
            Self::DeviceAndAppManagementRoleAssignment(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::RoleAssignment(v) => &v.display_name,
            Self::DeviceAndAppManagementRoleAssignment(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::RoleAssignment(v) => &mut v.display_name,
            Self::DeviceAndAppManagementRoleAssignment(v) => &mut v.display_name,
        }
    }
    /// `resourceScopes` of any variant.
    #[inline]
    pub fn resource_scopes(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::RoleAssignment(v) => &v.resource_scopes,
            Self::DeviceAndAppManagementRoleAssignment(v) => &v.resource_scopes,
        }
    }
    /// `resourceScopes` of any variant.
    #[inline]
    pub fn resource_scopes_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::RoleAssignment(v) => &mut v.resource_scopes,
            Self::DeviceAndAppManagementRoleAssignment(v) => &mut v.resource_scopes,
        }
    }
    /// `scopeMembers` of any variant.
    #[inline]
    pub fn scope_members(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::RoleAssignment(v) => &v.scope_members,
            Self::DeviceAndAppManagementRoleAssignment(v) => &v.scope_members,
        }
    }
    /// `scopeMembers` of any variant.
    #[inline]
    pub fn scope_members_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::RoleAssignment(v) => &mut v.scope_members,
            Self::DeviceAndAppManagementRoleAssignment(v) => &mut v.scope_members,
        }
    }
    /// `scopeType` of any variant.
    #[inline]
    pub fn scope_type(&self) -> &rt::Field<crate::beta::RoleAssignmentScopeType> {
        match self {
            Self::RoleAssignment(v) => &v.scope_type,
            Self::DeviceAndAppManagementRoleAssignment(v) => &v.scope_type,
        }
    }
    /// `scopeType` of any variant.
    #[inline]
    pub fn scope_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::RoleAssignmentScopeType> {
        match self {
            Self::RoleAssignment(v) => &mut v.scope_type,
            Self::DeviceAndAppManagementRoleAssignment(v) => &mut v.scope_type,
        }
    }
    /// `roleDefinition` of any variant.
    #[inline]
    pub fn role_definition(&self) -> &rt::Field<crate::beta::AnyRoleDefinition> {
        match self {
            Self::RoleAssignment(v) => &v.role_definition,
            Self::DeviceAndAppManagementRoleAssignment(v) => &v.role_definition,
        }
    }
    /// `roleDefinition` of any variant.
    #[inline]
    pub fn role_definition_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::AnyRoleDefinition> {
        match self {
            Self::RoleAssignment(v) => &mut v.role_definition,
            Self::DeviceAndAppManagementRoleAssignment(v) => &mut v.role_definition,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyRoleAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyRoleAssignment);
#[cfg(msgraph_beta_role_management_or_search)]
/// CSDL: `microsoft.graph.roleAssignmentScheduleInstanceFilterByCurrentUserOptions`, enum type.
///
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RoleAssignmentScheduleInstanceFilterByCurrentUserOptions {
    /// `principal` (value 1).
    Principal,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::StrEnum for RoleAssignmentScheduleInstanceFilterByCurrentUserOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.roleAssignmentScheduleInstanceFilterByCurrentUserOptions";
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
rt::impl_enum!(RoleAssignmentScheduleInstanceFilterByCurrentUserOptions);
#[cfg(msgraph_beta_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoleAssignmentScheduleInstanceFilterByCurrentUserOptions);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.roleAssignmentScopeType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RoleAssignmentScopeType {
    /// `resourceScope` (value 0).
    ResourceScope,
    /// `allDevices` (value 1).
    AllDevices,
    /// `allLicensedUsers` (value 2).
    AllLicensedUsers,
    /// `allDevicesAndLicensedUsers` (value 3).
    AllDevicesAndLicensedUsers,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for RoleAssignmentScopeType {
    const TYPE_NAME: &'static str = "microsoft.graph.roleAssignmentScopeType";
    const MEMBERS: &'static [&'static str] = &[
        "resourceScope",
        "allDevices",
        "allLicensedUsers",
        "allDevicesAndLicensedUsers",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "resourceScope" => Self::ResourceScope,
                "allDevices" => Self::AllDevices,
                "allLicensedUsers" => Self::AllLicensedUsers,
                "allDevicesAndLicensedUsers" => Self::AllDevicesAndLicensedUsers,
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
            Self::ResourceScope => "resourceScope",
            Self::AllDevices => "allDevices",
            Self::AllLicensedUsers => "allLicensedUsers",
            Self::AllDevicesAndLicensedUsers => "allDevicesAndLicensedUsers",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(RoleAssignmentScopeType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoleAssignmentScopeType);
#[cfg(msgraph_beta_device_management_or_search)]
/// The Role Definition resource. The role definition is the foundation of role based access in Intune. The role combines an Intune resource such as a Mobile App and associated role permissions such as Create or Read for the resource. There are two types of roles, built-in and custom. Built-in roles cannot be modified. Both built-in roles and custom roles must have assignments to be enforced. Create custom roles if you want to define a role that allows any of the available resources and role permissions to be combined into a single role.
///
/// CSDL: `microsoft.graph.roleDefinition`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`RoleDefinitionPath`](requests/trait.RoleDefinitionPath.html), what a path to one (`EntityPath<AnyRoleDefinition, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct RoleDefinition {
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
    /// Type of Role. Set to True if it is built-in, or set to False if it is a custom role definition.
    ///
    /// CSDL: property `isBuiltInRoleDefinition`: `Edm.Boolean`, not nullable.
    pub is_built_in_role_definition: rt::Field<bool>,
    /// List of Role Permissions this role is allowed to perform. These must match the actionName that is defined as part of the rolePermission.
    ///
    /// CSDL: property `permissions`: `Collection(microsoft.graph.rolePermission)`, nullable.
    pub permissions: rt::Field<::std::vec::Vec<crate::beta::RolePermission>>,
    /// List of Role Permissions this role is allowed to perform. These must match the actionName that is defined as part of the rolePermission.
    ///
    /// CSDL: property `rolePermissions`: `Collection(microsoft.graph.rolePermission)`, nullable.
    pub role_permissions: rt::Field<::std::vec::Vec<crate::beta::RolePermission>>,
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// List of Role assignments for this role definition.
    ///
    /// CSDL: containment navigation property `roleAssignments`: `Collection(microsoft.graph.roleAssignment)`, not nullable.
    pub role_assignments: rt::Field<::std::vec::Vec<crate::beta::AnyRoleAssignment>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for RoleDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_built_in: rt::Field::Absent,
            is_built_in_role_definition: rt::Field::Absent,
            permissions: rt::Field::Absent,
            role_permissions: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            role_assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for RoleDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.roleDefinition";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "isBuiltIn",
        "isBuiltInRoleDefinition",
        "permissions",
        "rolePermissions",
        "roleScopeTagIds",
        "roleAssignments",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isBuiltIn\":                    ",
        ",\"isBuiltInRoleDefinition\":      ",
        ",\"permissions\":                  ",
        ",\"rolePermissions\":              ",
        ",\"roleScopeTagIds\":              ",
        ",\"roleAssignments\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.roleDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "is_built_in", &self.is_built_in);
        v.field(
            4usize,
            "is_built_in_role_definition",
            &self.is_built_in_role_definition,
        );
        v.field(5usize, "permissions", &self.permissions);
        v.field(6usize, "role_permissions", &self.role_permissions);
        v.field(7usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(8usize, "role_assignments", &self.role_assignments);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for RoleDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.is_built_in.read_from(r),
            4usize => self.is_built_in_role_definition.read_from(r),
            5usize => self.permissions.read_from(r),
            6usize => self.role_permissions.read_from(r),
            7usize => self.role_scope_tag_ids.read_from(r),
            8usize => self.role_assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.is_built_in);
        w.field(4usize, &self.is_built_in_role_definition);
        w.field(5usize, &self.permissions);
        w.field(6usize, &self.role_permissions);
        w.field(7usize, &self.role_scope_tag_ids);
        w.field(8usize, &self.role_assignments);
    }
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
rt::impl_object!(RoleDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    RoleDefinition { with_id id : ::std::string::String; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_is_built_in is_built_in : bool; with_is_built_in_role_definition
    is_built_in_role_definition : bool; with_permissions permissions : ::std::vec::Vec <
    crate ::beta::RolePermission >; with_role_permissions role_permissions :
    ::std::vec::Vec < crate ::beta::RolePermission >; with_role_scope_tag_ids
    role_scope_tag_ids : ::std::vec::Vec < ::std::string::String >; with_role_assignments
    role_assignments : ::std::vec::Vec < crate ::beta::AnyRoleAssignment >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoleDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.roleDefinition` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyRoleDefinition {
    RoleDefinition(::std::boxed::Box<crate::beta::RoleDefinition>),
    DeviceAndAppManagementRoleDefinition(
        ::std::boxed::Box<crate::beta::DeviceAndAppManagementRoleDefinition>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyRoleDefinition {
    #[inline]
    fn default() -> Self {
        Self::RoleDefinition(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RoleDefinition> for AnyRoleDefinition {
    #[inline]
    fn from(v: crate::beta::RoleDefinition) -> Self {
        Self::RoleDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceAndAppManagementRoleDefinition>
for AnyRoleDefinition {
    #[inline]
    fn from(v: crate::beta::DeviceAndAppManagementRoleDefinition) -> Self {
        Self::DeviceAndAppManagementRoleDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyRoleDefinition {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyRoleDefinition {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyRoleDefinition {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyRoleDefinition {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyRoleDefinition {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::RoleDefinition>();
    rt::object::auto_traits::<crate::beta::DeviceAndAppManagementRoleDefinition>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyRoleDefinition {
    const BASE_NAME: &'static str = "microsoft.graph.roleDefinition";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.deviceAndAppManagementRoleDefinition",
            ) => Self::DeviceAndAppManagementRoleDefinition(rt::object::new_boxed()),
            _ => Self::RoleDefinition(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::RoleDefinition(v) => &**v,
            Self::DeviceAndAppManagementRoleDefinition(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::RoleDefinition(v) => &mut **v,
            Self::DeviceAndAppManagementRoleDefinition(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyRoleDefinition {
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
            Self::RoleDefinition(v) => &v.id,
            Self::DeviceAndAppManagementRoleDefinition(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::RoleDefinition(v) => &mut v.id,
            Self::DeviceAndAppManagementRoleDefinition(v) => &mut v.id,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::RoleDefinition(v) => &v.description,
            Self::DeviceAndAppManagementRoleDefinition(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::RoleDefinition(v) => &mut v.description,
            Self::DeviceAndAppManagementRoleDefinition(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::RoleDefinition(v) => &v.display_name,
            Self::DeviceAndAppManagementRoleDefinition(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::RoleDefinition(v) => &mut v.display_name,
            Self::DeviceAndAppManagementRoleDefinition(v) => &mut v.display_name,
        }
    }
    /// `isBuiltIn` of any variant.
    #[inline]
    pub fn is_built_in(&self) -> &rt::Field<bool> {
        match self {
            Self::RoleDefinition(v) => &v.is_built_in,
            Self::DeviceAndAppManagementRoleDefinition(v) => &v.is_built_in,
        }
    }
    /// `isBuiltIn` of any variant.
    #[inline]
    pub fn is_built_in_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::RoleDefinition(v) => &mut v.is_built_in,
            Self::DeviceAndAppManagementRoleDefinition(v) => &mut v.is_built_in,
        }
    }
    /// `isBuiltInRoleDefinition` of any variant.
    #[inline]
    pub fn is_built_in_role_definition(&self) -> &rt::Field<bool> {
        match self {
            Self::RoleDefinition(v) => &v.is_built_in_role_definition,
            Self::DeviceAndAppManagementRoleDefinition(v) => {
                &v.is_built_in_role_definition
            }
        }
    }
    /// `isBuiltInRoleDefinition` of any variant.
    #[inline]
    pub fn is_built_in_role_definition_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::RoleDefinition(v) => &mut v.is_built_in_role_definition,
            Self::DeviceAndAppManagementRoleDefinition(v) => {
                &mut v.is_built_in_role_definition
            }
        }
    }
    /// `permissions` of any variant.
    #[inline]
    pub fn permissions(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::RolePermission>> {
        match self {
            Self::RoleDefinition(v) => &v.permissions,
            Self::DeviceAndAppManagementRoleDefinition(v) => &v.permissions,
        }
    }
    /// `permissions` of any variant.
    #[inline]
    pub fn permissions_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::RolePermission>> {
        match self {
            Self::RoleDefinition(v) => &mut v.permissions,
            Self::DeviceAndAppManagementRoleDefinition(v) => &mut v.permissions,
        }
    }
    /// `rolePermissions` of any variant.
    #[inline]
    pub fn role_permissions(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::RolePermission>> {
        match self {
            Self::RoleDefinition(v) => &v.role_permissions,
            Self::DeviceAndAppManagementRoleDefinition(v) => &v.role_permissions,
        }
    }
    /// `rolePermissions` of any variant.
    #[inline]
    pub fn role_permissions_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::RolePermission>> {
        match self {
            Self::RoleDefinition(v) => &mut v.role_permissions,
            Self::DeviceAndAppManagementRoleDefinition(v) => &mut v.role_permissions,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::RoleDefinition(v) => &v.role_scope_tag_ids,
            Self::DeviceAndAppManagementRoleDefinition(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::RoleDefinition(v) => &mut v.role_scope_tag_ids,
            Self::DeviceAndAppManagementRoleDefinition(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `roleAssignments` of any variant.
    #[inline]
    pub fn role_assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::AnyRoleAssignment>> {
        match self {
            Self::RoleDefinition(v) => &v.role_assignments,
            Self::DeviceAndAppManagementRoleDefinition(v) => &v.role_assignments,
        }
    }
    /// `roleAssignments` of any variant.
    #[inline]
    pub fn role_assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::AnyRoleAssignment>> {
        match self {
            Self::RoleDefinition(v) => &mut v.role_assignments,
            Self::DeviceAndAppManagementRoleDefinition(v) => &mut v.role_assignments,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyRoleDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyRoleDefinition);
#[cfg(msgraph_beta_role_management_or_search)]
/// CSDL: `microsoft.graph.roleEligibilityScheduleInstanceFilterByCurrentUserOptions`, enum type.
///
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RoleEligibilityScheduleInstanceFilterByCurrentUserOptions {
    /// `principal` (value 1).
    Principal,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::StrEnum for RoleEligibilityScheduleInstanceFilterByCurrentUserOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.roleEligibilityScheduleInstanceFilterByCurrentUserOptions";
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
rt::impl_enum!(RoleEligibilityScheduleInstanceFilterByCurrentUserOptions);
#[cfg(msgraph_beta_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoleEligibilityScheduleInstanceFilterByCurrentUserOptions);
#[cfg(msgraph_beta_role_management_or_search)]
/// CSDL: `microsoft.graph.roleEligibilityScheduleRequestFilterByCurrentUserOptions`, enum type.
///
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RoleEligibilityScheduleRequestFilterByCurrentUserOptions {
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
impl rt::StrEnum for RoleEligibilityScheduleRequestFilterByCurrentUserOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.roleEligibilityScheduleRequestFilterByCurrentUserOptions";
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
rt::impl_enum!(RoleEligibilityScheduleRequestFilterByCurrentUserOptions);
#[cfg(msgraph_beta_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoleEligibilityScheduleRequestFilterByCurrentUserOptions);
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
/// CSDL: `microsoft.graph.roleMembershipGovernanceCriteria`, complex type, derived from `microsoft.graph.governanceCriteria`.
///
/// Features: `beta`, or one of `beta-approval-workflow-providers`, `beta-search`.
#[derive(Clone)]
pub struct RoleMembershipGovernanceCriteria {
    /// CSDL: property `roleId`: `Edm.String`, nullable.
    pub role_id: rt::Field<::std::string::String>,
    /// CSDL: property `roleTemplateId`: `Edm.String`, nullable.
    pub role_template_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl ::std::default::Default for RoleMembershipGovernanceCriteria {
    #[inline]
    fn default() -> Self {
        Self {
            role_id: rt::Field::Absent,
            role_template_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl rt::Object for RoleMembershipGovernanceCriteria {
    const TYPE_NAME: &'static str = "microsoft.graph.roleMembershipGovernanceCriteria";
    const KEYS: &'static [&'static str] = &["roleId", "roleTemplateId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"roleId\":                       ",
        ",\"roleTemplateId\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.roleMembershipGovernanceCriteria\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "role_id", &self.role_id);
        v.field(1usize, "role_template_id", &self.role_template_id);
    }
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl rt::object::Members for RoleMembershipGovernanceCriteria {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.role_id.read_from(r),
            1usize => self.role_template_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.role_id);
        w.field(1usize, &self.role_template_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
rt::impl_object!(RoleMembershipGovernanceCriteria);
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
rt::impl_setters!(
    RoleMembershipGovernanceCriteria { with_role_id role_id : ::std::string::String;
    with_role_template_id role_template_id : ::std::string::String; }
);
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoleMembershipGovernanceCriteria);
#[cfg(msgraph_beta_device_management_or_search)]
/// Contains the set of ResourceActions determining the allowed and not allowed permissions for each role.
///
/// CSDL: `microsoft.graph.rolePermission`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct RolePermission {
    /// Allowed Actions - Deprecated
    ///
    /// CSDL: property `actions`: `Collection(Edm.String)`, nullable.
    pub actions: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Resource Actions each containing a set of allowed and not allowed permissions.
    ///
    /// CSDL: property `resourceActions`: `Collection(microsoft.graph.resourceAction)`, nullable.
    pub resource_actions: rt::Field<::std::vec::Vec<crate::beta::ResourceAction>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for RolePermission {
    #[inline]
    fn default() -> Self {
        Self {
            actions: rt::Field::Absent,
            resource_actions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for RolePermission {
    const TYPE_NAME: &'static str = "microsoft.graph.rolePermission";
    const KEYS: &'static [&'static str] = &["actions", "resourceActions"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"actions\":                      ",
        ",\"resourceActions\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.rolePermission\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "actions", &self.actions);
        v.field(1usize, "resource_actions", &self.resource_actions);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for RolePermission {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.actions.read_from(r),
            1usize => self.resource_actions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.actions);
        w.field(1usize, &self.resource_actions);
    }
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
rt::impl_object!(RolePermission);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    RolePermission { with_actions actions : ::std::vec::Vec < ::std::string::String >;
    with_resource_actions resource_actions : ::std::vec::Vec < crate
    ::beta::ResourceAction >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RolePermission);
#[cfg(msgraph_beta_device_management_or_search)]
/// Role Scope Tag
///
/// CSDL: `microsoft.graph.roleScopeTag`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`RoleScopeTagPath`](requests/trait.RoleScopeTagPath.html), what a path to one (`EntityPath<RoleScopeTag, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct RoleScopeTag {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Description of the Role Scope Tag.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The display or friendly name of the Role Scope Tag.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Description of the Role Scope Tag.
    ///
    /// CSDL: property `isBuiltIn`: `Edm.Boolean`, not nullable.
    pub is_built_in: rt::Field<bool>,
    /// The list of assignments for this Role Scope Tag.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.roleScopeTagAutoAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::beta::RoleScopeTagAutoAssignment>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for RoleScopeTag {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_built_in: rt::Field::Absent,
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for RoleScopeTag {
    const TYPE_NAME: &'static str = "microsoft.graph.roleScopeTag";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "isBuiltIn",
        "assignments",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isBuiltIn\":                    ",
        ",\"assignments\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.roleScopeTag\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "is_built_in", &self.is_built_in);
        v.field(4usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for RoleScopeTag {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.is_built_in.read_from(r),
            4usize => self.assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.is_built_in);
        w.field(4usize, &self.assignments);
    }
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
rt::impl_object!(RoleScopeTag);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    RoleScopeTag { with_id id : ::std::string::String; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_is_built_in is_built_in : bool; with_assignments assignments : ::std::vec::Vec <
    crate ::beta::RoleScopeTagAutoAssignment >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoleScopeTag);
#[cfg(msgraph_beta_device_management_or_search)]
/// Contains the properties for auto-assigning a Role Scope Tag to a group to be applied to Devices.
///
/// CSDL: `microsoft.graph.roleScopeTagAutoAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`RoleScopeTagAutoAssignmentPath`](requests/trait.RoleScopeTagAutoAssignmentPath.html), what a path to one (`EntityPath<RoleScopeTagAutoAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct RoleScopeTagAutoAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The auto-assignment target for the specific Role Scope Tag.
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::beta::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for RoleScopeTagAutoAssignment {
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
impl rt::Object for RoleScopeTagAutoAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.roleScopeTagAutoAssignment";
    const KEYS: &'static [&'static str] = &["id", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.roleScopeTagAutoAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for RoleScopeTagAutoAssignment {
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
rt::impl_object!(RoleScopeTagAutoAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    RoleScopeTagAutoAssignment { with_id id : ::std::string::String; with_target target :
    crate ::beta::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoleScopeTagAutoAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
/// A class containing the properties of Role Scope Tag Object.
///
/// CSDL: `microsoft.graph.roleScopeTagInfo`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct RoleScopeTagInfo {
    /// Scope Tag Display name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Scope Tag Id.
    ///
    /// CSDL: property `roleScopeTagId`: `Edm.String`, nullable.
    pub role_scope_tag_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for RoleScopeTagInfo {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            role_scope_tag_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for RoleScopeTagInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.roleScopeTagInfo";
    const KEYS: &'static [&'static str] = &["displayName", "roleScopeTagId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"roleScopeTagId\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.roleScopeTagInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "role_scope_tag_id", &self.role_scope_tag_id);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for RoleScopeTagInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.role_scope_tag_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.role_scope_tag_id);
    }
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
rt::impl_object!(RoleScopeTagInfo);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    RoleScopeTagInfo { with_display_name display_name : ::std::string::String;
    with_role_scope_tag_id role_scope_tag_id : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoleScopeTagInfo);
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
/// CSDL: `microsoft.graph.roleSuccessStatistics`, complex type.
///
/// Features: `beta`, or one of `beta-privileged-signup-status`, `beta-search`.
#[derive(Clone)]
pub struct RoleSuccessStatistics {
    /// CSDL: property `permanentFail`: `Edm.Int64`, nullable.
    pub permanent_fail: rt::Field<i64>,
    /// CSDL: property `permanentSuccess`: `Edm.Int64`, nullable.
    pub permanent_success: rt::Field<i64>,
    /// CSDL: property `removeFail`: `Edm.Int64`, nullable.
    pub remove_fail: rt::Field<i64>,
    /// CSDL: property `removeSuccess`: `Edm.Int64`, nullable.
    pub remove_success: rt::Field<i64>,
    /// CSDL: property `roleId`: `Edm.String`, nullable.
    pub role_id: rt::Field<::std::string::String>,
    /// CSDL: property `roleName`: `Edm.String`, nullable.
    pub role_name: rt::Field<::std::string::String>,
    /// CSDL: property `temporaryFail`: `Edm.Int64`, nullable.
    pub temporary_fail: rt::Field<i64>,
    /// CSDL: property `temporarySuccess`: `Edm.Int64`, nullable.
    pub temporary_success: rt::Field<i64>,
    /// CSDL: property `unknownFail`: `Edm.Int64`, nullable.
    pub unknown_fail: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
impl ::std::default::Default for RoleSuccessStatistics {
    #[inline]
    fn default() -> Self {
        Self {
            permanent_fail: rt::Field::Absent,
            permanent_success: rt::Field::Absent,
            remove_fail: rt::Field::Absent,
            remove_success: rt::Field::Absent,
            role_id: rt::Field::Absent,
            role_name: rt::Field::Absent,
            temporary_fail: rt::Field::Absent,
            temporary_success: rt::Field::Absent,
            unknown_fail: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
impl rt::Object for RoleSuccessStatistics {
    const TYPE_NAME: &'static str = "microsoft.graph.roleSuccessStatistics";
    const KEYS: &'static [&'static str] = &[
        "permanentFail",
        "permanentSuccess",
        "removeFail",
        "removeSuccess",
        "roleId",
        "roleName",
        "temporaryFail",
        "temporarySuccess",
        "unknownFail",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"permanentFail\":                ",
        ",\"permanentSuccess\":             ",
        ",\"removeFail\":                   ",
        ",\"removeSuccess\":                ",
        ",\"roleId\":                       ",
        ",\"roleName\":                     ",
        ",\"temporaryFail\":                ",
        ",\"temporarySuccess\":             ",
        ",\"unknownFail\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.roleSuccessStatistics\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "permanent_fail", &self.permanent_fail);
        v.field(1usize, "permanent_success", &self.permanent_success);
        v.field(2usize, "remove_fail", &self.remove_fail);
        v.field(3usize, "remove_success", &self.remove_success);
        v.field(4usize, "role_id", &self.role_id);
        v.field(5usize, "role_name", &self.role_name);
        v.field(6usize, "temporary_fail", &self.temporary_fail);
        v.field(7usize, "temporary_success", &self.temporary_success);
        v.field(8usize, "unknown_fail", &self.unknown_fail);
    }
}
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
impl rt::object::Members for RoleSuccessStatistics {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.permanent_fail.read_from(r),
            1usize => self.permanent_success.read_from(r),
            2usize => self.remove_fail.read_from(r),
            3usize => self.remove_success.read_from(r),
            4usize => self.role_id.read_from(r),
            5usize => self.role_name.read_from(r),
            6usize => self.temporary_fail.read_from(r),
            7usize => self.temporary_success.read_from(r),
            8usize => self.unknown_fail.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.permanent_fail);
        w.field(1usize, &self.permanent_success);
        w.field(2usize, &self.remove_fail);
        w.field(3usize, &self.remove_success);
        w.field(4usize, &self.role_id);
        w.field(5usize, &self.role_name);
        w.field(6usize, &self.temporary_fail);
        w.field(7usize, &self.temporary_success);
        w.field(8usize, &self.unknown_fail);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
rt::impl_object!(RoleSuccessStatistics);
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
rt::impl_setters!(
    RoleSuccessStatistics { with_permanent_fail permanent_fail : i64;
    with_permanent_success permanent_success : i64; with_remove_fail remove_fail : i64;
    with_remove_success remove_success : i64; with_role_id role_id :
    ::std::string::String; with_role_name role_name : ::std::string::String;
    with_temporary_fail temporary_fail : i64; with_temporary_success temporary_success :
    i64; with_unknown_fail unknown_fail : i64; }
);
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoleSuccessStatistics);
#[cfg(msgraph_beta_places_or_search)]
/// CSDL: `microsoft.graph.room`, entity type, derived from `microsoft.graph.place`, key `id`.
///
/// Request builders: [`PlacePath`](requests/trait.PlacePath.html), what a path to one (`EntityPath<Room, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-places`, `beta-search`.
#[derive(Clone)]
pub struct Room {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `address`: `microsoft.graph.physicalAddress`, nullable.
    pub address: rt::Field<crate::beta::PhysicalAddress>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `geoCoordinates`: `microsoft.graph.outlookGeoCoordinates`, nullable.
    pub geo_coordinates: rt::Field<crate::beta::OutlookGeoCoordinates>,
    /// CSDL: property `phone`: `Edm.String`, nullable.
    pub phone: rt::Field<::std::string::String>,
    /// CSDL: property `audioDeviceName`: `Edm.String`, nullable.
    pub audio_device_name: rt::Field<::std::string::String>,
    /// CSDL: property `bookingType`: `microsoft.graph.bookingType`, nullable.
    pub booking_type: rt::Field<crate::beta::BookingType>,
    /// CSDL: property `building`: `Edm.String`, nullable.
    pub building: rt::Field<::std::string::String>,
    /// CSDL: property `capacity`: `Edm.Int32`, nullable.
    pub capacity: rt::Field<i32>,
    /// CSDL: property `displayDeviceName`: `Edm.String`, nullable.
    pub display_device_name: rt::Field<::std::string::String>,
    /// CSDL: property `emailAddress`: `Edm.String`, nullable.
    pub email_address: rt::Field<::std::string::String>,
    /// CSDL: property `floorLabel`: `Edm.String`, nullable.
    pub floor_label: rt::Field<::std::string::String>,
    /// CSDL: property `floorNumber`: `Edm.Int32`, nullable.
    pub floor_number: rt::Field<i32>,
    /// CSDL: property `isWheelChairAccessible`: `Edm.Boolean`, nullable.
    pub is_wheel_chair_accessible: rt::Field<bool>,
    /// CSDL: property `label`: `Edm.String`, nullable.
    pub label: rt::Field<::std::string::String>,
    /// CSDL: property `nickname`: `Edm.String`, not nullable.
    pub nickname: rt::Field<::std::string::String>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `videoDeviceName`: `Edm.String`, nullable.
    pub video_device_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_places_or_search)]
impl ::std::default::Default for Room {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            address: rt::Field::Absent,
            display_name: rt::Field::Absent,
            geo_coordinates: rt::Field::Absent,
            phone: rt::Field::Absent,
            audio_device_name: rt::Field::Absent,
            booking_type: rt::Field::Absent,
            building: rt::Field::Absent,
            capacity: rt::Field::Absent,
            display_device_name: rt::Field::Absent,
            email_address: rt::Field::Absent,
            floor_label: rt::Field::Absent,
            floor_number: rt::Field::Absent,
            is_wheel_chair_accessible: rt::Field::Absent,
            label: rt::Field::Absent,
            nickname: rt::Field::Absent,
            tags: rt::Field::Absent,
            video_device_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_places_or_search)]
impl rt::Object for Room {
    const TYPE_NAME: &'static str = "microsoft.graph.room";
    const KEYS: &'static [&'static str] = &[
        "id",
        "address",
        "displayName",
        "geoCoordinates",
        "phone",
        "audioDeviceName",
        "bookingType",
        "building",
        "capacity",
        "displayDeviceName",
        "emailAddress",
        "floorLabel",
        "floorNumber",
        "isWheelChairAccessible",
        "label",
        "nickname",
        "tags",
        "videoDeviceName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"address\":                      ",
        ",\"displayName\":                  ",
        ",\"geoCoordinates\":               ",
        ",\"phone\":                        ",
        ",\"audioDeviceName\":              ",
        ",\"bookingType\":                  ",
        ",\"building\":                     ",
        ",\"capacity\":                     ",
        ",\"displayDeviceName\":            ",
        ",\"emailAddress\":                 ",
        ",\"floorLabel\":                   ",
        ",\"floorNumber\":                  ",
        ",\"isWheelChairAccessible\":       ",
        ",\"label\":                        ",
        ",\"nickname\":                     ",
        ",\"tags\":                         ",
        ",\"videoDeviceName\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.room\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "address", &self.address);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "geo_coordinates", &self.geo_coordinates);
        v.field(4usize, "phone", &self.phone);
        v.field(5usize, "audio_device_name", &self.audio_device_name);
        v.field(6usize, "booking_type", &self.booking_type);
        v.field(7usize, "building", &self.building);
        v.field(8usize, "capacity", &self.capacity);
        v.field(9usize, "display_device_name", &self.display_device_name);
        v.field(10usize, "email_address", &self.email_address);
        v.field(11usize, "floor_label", &self.floor_label);
        v.field(12usize, "floor_number", &self.floor_number);
        v.field(13usize, "is_wheel_chair_accessible", &self.is_wheel_chair_accessible);
        v.field(14usize, "label", &self.label);
        v.field(15usize, "nickname", &self.nickname);
        v.field(16usize, "tags", &self.tags);
        v.field(17usize, "video_device_name", &self.video_device_name);
    }
}
#[cfg(msgraph_beta_places_or_search)]
impl rt::object::Members for Room {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.address.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.geo_coordinates.read_from(r),
            4usize => self.phone.read_from(r),
            5usize => self.audio_device_name.read_from(r),
            6usize => self.booking_type.read_from(r),
            7usize => self.building.read_from(r),
            8usize => self.capacity.read_from(r),
            9usize => self.display_device_name.read_from(r),
            10usize => self.email_address.read_from(r),
            11usize => self.floor_label.read_from(r),
            12usize => self.floor_number.read_from(r),
            13usize => self.is_wheel_chair_accessible.read_from(r),
            14usize => self.label.read_from(r),
            15usize => self.nickname.read_from(r),
            16usize => self.tags.read_from(r),
            17usize => self.video_device_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.address);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.geo_coordinates);
        w.field(4usize, &self.phone);
        w.field(5usize, &self.audio_device_name);
        w.field(6usize, &self.booking_type);
        w.field(7usize, &self.building);
        w.field(8usize, &self.capacity);
        w.field(9usize, &self.display_device_name);
        w.field(10usize, &self.email_address);
        w.field(11usize, &self.floor_label);
        w.field(12usize, &self.floor_number);
        w.field(13usize, &self.is_wheel_chair_accessible);
        w.field(14usize, &self.label);
        w.field(15usize, &self.nickname);
        w.field(16usize, &self.tags);
        w.field(17usize, &self.video_device_name);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_places_or_search)]
rt::impl_object!(Room);
#[cfg(msgraph_beta_places_or_search)]
rt::impl_setters!(
    Room { with_id id : ::std::string::String; with_address address : crate
    ::beta::PhysicalAddress; with_display_name display_name : ::std::string::String;
    with_geo_coordinates geo_coordinates : crate ::beta::OutlookGeoCoordinates;
    with_phone phone : ::std::string::String; with_audio_device_name audio_device_name :
    ::std::string::String; with_booking_type booking_type : crate ::beta::BookingType;
    with_building building : ::std::string::String; with_capacity capacity : i32;
    with_display_device_name display_device_name : ::std::string::String;
    with_email_address email_address : ::std::string::String; with_floor_label
    floor_label : ::std::string::String; with_floor_number floor_number : i32;
    with_is_wheel_chair_accessible is_wheel_chair_accessible : bool; with_label label :
    ::std::string::String; with_nickname nickname : ::std::string::String; with_tags tags
    : ::std::vec::Vec < ::std::string::String >; with_video_device_name video_device_name
    : ::std::string::String; }
);
#[cfg(msgraph_beta_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Room);
#[cfg(msgraph_beta_places_or_search)]
/// CSDL: `microsoft.graph.roomList`, entity type, derived from `microsoft.graph.place`, key `id`.
///
/// Request builders: [`RoomListPath`](requests/trait.RoomListPath.html), what a path to one (`EntityPath<RoomList, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-places`, `beta-search`.
#[derive(Clone)]
pub struct RoomList {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `address`: `microsoft.graph.physicalAddress`, nullable.
    pub address: rt::Field<crate::beta::PhysicalAddress>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `geoCoordinates`: `microsoft.graph.outlookGeoCoordinates`, nullable.
    pub geo_coordinates: rt::Field<crate::beta::OutlookGeoCoordinates>,
    /// CSDL: property `phone`: `Edm.String`, nullable.
    pub phone: rt::Field<::std::string::String>,
    /// CSDL: property `emailAddress`: `Edm.String`, nullable.
    pub email_address: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `rooms`: `Collection(microsoft.graph.room)`, not nullable.
    pub rooms: rt::Field<::std::vec::Vec<crate::beta::Room>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_places_or_search)]
impl ::std::default::Default for RoomList {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            address: rt::Field::Absent,
            display_name: rt::Field::Absent,
            geo_coordinates: rt::Field::Absent,
            phone: rt::Field::Absent,
            email_address: rt::Field::Absent,
            rooms: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_places_or_search)]
impl rt::Object for RoomList {
    const TYPE_NAME: &'static str = "microsoft.graph.roomList";
    const KEYS: &'static [&'static str] = &[
        "id",
        "address",
        "displayName",
        "geoCoordinates",
        "phone",
        "emailAddress",
        "rooms",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"address\":                      ",
        ",\"displayName\":                  ",
        ",\"geoCoordinates\":               ",
        ",\"phone\":                        ",
        ",\"emailAddress\":                 ",
        ",\"rooms\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.roomList\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "address", &self.address);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "geo_coordinates", &self.geo_coordinates);
        v.field(4usize, "phone", &self.phone);
        v.field(5usize, "email_address", &self.email_address);
        v.field(6usize, "rooms", &self.rooms);
    }
}
#[cfg(msgraph_beta_places_or_search)]
impl rt::object::Members for RoomList {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.address.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.geo_coordinates.read_from(r),
            4usize => self.phone.read_from(r),
            5usize => self.email_address.read_from(r),
            6usize => self.rooms.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.address);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.geo_coordinates);
        w.field(4usize, &self.phone);
        w.field(5usize, &self.email_address);
        w.field(6usize, &self.rooms);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_places_or_search)]
rt::impl_object!(RoomList);
#[cfg(msgraph_beta_places_or_search)]
rt::impl_setters!(
    RoomList { with_id id : ::std::string::String; with_address address : crate
    ::beta::PhysicalAddress; with_display_name display_name : ::std::string::String;
    with_geo_coordinates geo_coordinates : crate ::beta::OutlookGeoCoordinates;
    with_phone phone : ::std::string::String; with_email_address email_address :
    ::std::string::String; with_rooms rooms : ::std::vec::Vec < crate ::beta::Room >; }
);
#[cfg(msgraph_beta_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoomList);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.root`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Root {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for Root {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for Root {
    const TYPE_NAME: &'static str = "microsoft.graph.root";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.root\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for Root {
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(Root);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(Root);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.rubricCriterion`, complex type.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct RubricCriterion {
    /// CSDL: property `description`: `microsoft.graph.educationItemBody`, nullable.
    pub description: rt::Field<crate::beta::EducationItemBody>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for RubricCriterion {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for RubricCriterion {
    const TYPE_NAME: &'static str = "microsoft.graph.rubricCriterion";
    const KEYS: &'static [&'static str] = &["description"];
    const KEYS_JSON: &'static [&'static str] = &[",\"description\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.rubricCriterion\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for RubricCriterion {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
    }
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
rt::impl_object!(RubricCriterion);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    RubricCriterion { with_description description : crate ::beta::EducationItemBody; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RubricCriterion);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.rubricLevel`, complex type.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct RubricLevel {
    /// CSDL: property `description`: `microsoft.graph.educationItemBody`, nullable.
    pub description: rt::Field<crate::beta::EducationItemBody>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `grading`: `microsoft.graph.educationAssignmentGradeType`, nullable.
    pub grading: rt::Field<crate::beta::AnyEducationAssignmentGradeType>,
    /// CSDL: property `levelId`: `Edm.String`, nullable.
    pub level_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for RubricLevel {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            grading: rt::Field::Absent,
            level_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for RubricLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.rubricLevel";
    const KEYS: &'static [&'static str] = &[
        "description",
        "displayName",
        "grading",
        "levelId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"grading\":                      ",
        ",\"levelId\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.rubricLevel\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "grading", &self.grading);
        v.field(3usize, "level_id", &self.level_id);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for RubricLevel {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.grading.read_from(r),
            3usize => self.level_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.grading);
        w.field(3usize, &self.level_id);
    }
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
rt::impl_object!(RubricLevel);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    RubricLevel { with_description description : crate ::beta::EducationItemBody;
    with_display_name display_name : ::std::string::String; with_grading grading : crate
    ::beta::AnyEducationAssignmentGradeType; with_level_id level_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RubricLevel);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.rubricQuality`, complex type.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct RubricQuality {
    /// CSDL: property `criteria`: `Collection(microsoft.graph.rubricCriterion)`, nullable.
    pub criteria: rt::Field<::std::vec::Vec<crate::beta::RubricCriterion>>,
    /// CSDL: property `description`: `microsoft.graph.educationItemBody`, nullable.
    pub description: rt::Field<crate::beta::EducationItemBody>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `qualityId`: `Edm.String`, nullable.
    pub quality_id: rt::Field<::std::string::String>,
    /// CSDL: property `weight`: `Edm.Single`, nullable.
    pub weight: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for RubricQuality {
    #[inline]
    fn default() -> Self {
        Self {
            criteria: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            quality_id: rt::Field::Absent,
            weight: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for RubricQuality {
    const TYPE_NAME: &'static str = "microsoft.graph.rubricQuality";
    const KEYS: &'static [&'static str] = &[
        "criteria",
        "description",
        "displayName",
        "qualityId",
        "weight",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"criteria\":                     ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"qualityId\":                    ",
        ",\"weight\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.rubricQuality\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "criteria", &self.criteria);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "quality_id", &self.quality_id);
        v.field(4usize, "weight", &self.weight);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for RubricQuality {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.criteria.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.quality_id.read_from(r),
            4usize => self.weight.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.criteria);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.quality_id);
        w.field(4usize, &self.weight);
    }
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
rt::impl_object!(RubricQuality);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    RubricQuality { with_criteria criteria : ::std::vec::Vec < crate
    ::beta::RubricCriterion >; with_description description : crate
    ::beta::EducationItemBody; with_display_name display_name : ::std::string::String;
    with_quality_id quality_id : ::std::string::String; with_weight weight : f64; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RubricQuality);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.rubricQualityFeedbackModel`, complex type.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct RubricQualityFeedbackModel {
    /// CSDL: property `feedback`: `microsoft.graph.educationItemBody`, nullable.
    pub feedback: rt::Field<crate::beta::EducationItemBody>,
    /// CSDL: property `qualityId`: `Edm.String`, nullable.
    pub quality_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for RubricQualityFeedbackModel {
    #[inline]
    fn default() -> Self {
        Self {
            feedback: rt::Field::Absent,
            quality_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for RubricQualityFeedbackModel {
    const TYPE_NAME: &'static str = "microsoft.graph.rubricQualityFeedbackModel";
    const KEYS: &'static [&'static str] = &["feedback", "qualityId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"feedback\":                     ",
        ",\"qualityId\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.rubricQualityFeedbackModel\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "feedback", &self.feedback);
        v.field(1usize, "quality_id", &self.quality_id);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for RubricQualityFeedbackModel {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.feedback.read_from(r),
            1usize => self.quality_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.feedback);
        w.field(1usize, &self.quality_id);
    }
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
rt::impl_object!(RubricQualityFeedbackModel);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    RubricQualityFeedbackModel { with_feedback feedback : crate
    ::beta::EducationItemBody; with_quality_id quality_id : ::std::string::String; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RubricQualityFeedbackModel);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.rubricQualitySelectedColumnModel`, complex type.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct RubricQualitySelectedColumnModel {
    /// CSDL: property `columnId`: `Edm.String`, nullable.
    pub column_id: rt::Field<::std::string::String>,
    /// CSDL: property `qualityId`: `Edm.String`, nullable.
    pub quality_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for RubricQualitySelectedColumnModel {
    #[inline]
    fn default() -> Self {
        Self {
            column_id: rt::Field::Absent,
            quality_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for RubricQualitySelectedColumnModel {
    const TYPE_NAME: &'static str = "microsoft.graph.rubricQualitySelectedColumnModel";
    const KEYS: &'static [&'static str] = &["columnId", "qualityId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"columnId\":                     ",
        ",\"qualityId\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.rubricQualitySelectedColumnModel\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "column_id", &self.column_id);
        v.field(1usize, "quality_id", &self.quality_id);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for RubricQualitySelectedColumnModel {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.column_id.read_from(r),
            1usize => self.quality_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.column_id);
        w.field(1usize, &self.quality_id);
    }
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
rt::impl_object!(RubricQualitySelectedColumnModel);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    RubricQualitySelectedColumnModel { with_column_id column_id : ::std::string::String;
    with_quality_id quality_id : ::std::string::String; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RubricQualitySelectedColumnModel);
#[cfg(msgraph_beta_device_app_management_or_device_management_or_search)]
/// CSDL: `microsoft.graph.runAsAccountType`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RunAsAccountType {
    /// `system` (value 0).
    System,
    /// `user` (value 1).
    User,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_device_management_or_search)]
impl rt::StrEnum for RunAsAccountType {
    const TYPE_NAME: &'static str = "microsoft.graph.runAsAccountType";
    const MEMBERS: &'static [&'static str] = &["system", "user"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "system" => Self::System,
                "user" => Self::User,
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
            Self::System => "system",
            Self::User => "user",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_device_management_or_search)]
rt::impl_enum!(RunAsAccountType);
#[cfg(msgraph_beta_device_app_management_or_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RunAsAccountType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.runState`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RunState {
    /// `unknown` (value 0).
    Unknown,
    /// `success` (value 1).
    Success,
    /// `fail` (value 2).
    Fail,
    /// `scriptError` (value 3).
    ScriptError,
    /// `pending` (value 4).
    Pending,
    /// `notApplicable` (value 5).
    NotApplicable,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for RunState {
    const TYPE_NAME: &'static str = "microsoft.graph.runState";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "success",
        "fail",
        "scriptError",
        "pending",
        "notApplicable",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "success" => Self::Success,
                "fail" => Self::Fail,
                "scriptError" => Self::ScriptError,
                "pending" => Self::Pending,
                "notApplicable" => Self::NotApplicable,
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
            Self::Success => "success",
            Self::Fail => "fail",
            Self::ScriptError => "scriptError",
            Self::Pending => "pending",
            Self::NotApplicable => "notApplicable",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(RunState);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(RunState);
