//! Types of `microsoft.graph` by the first letters of their names (`q_r`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.quarantineReason`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
rt::impl_enum!(QuarantineReason);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(QuarantineReason);
#[cfg(msgraph_v1_device_management_or_search)]
/// Apps rating as in media content
///
/// CSDL: `microsoft.graph.ratingAppsType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingAppsType {
    /// Default value, allow all apps content
    ///
    /// `allAllowed` (value 0).
    AllAllowed,
    /// Do not allow any apps content
    ///
    /// `allBlocked` (value 1).
    AllBlocked,
    /// 4+, age 4 and above
    ///
    /// `agesAbove4` (value 2).
    AgesAbove4,
    /// 9+, age 9 and above
    ///
    /// `agesAbove9` (value 3).
    AgesAbove9,
    /// 12+, age 12 and above
    ///
    /// `agesAbove12` (value 4).
    AgesAbove12,
    /// 17+, age 17 and above
    ///
    /// `agesAbove17` (value 5).
    AgesAbove17,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(RatingAppsType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingAppsType);
#[cfg(msgraph_v1_device_management_or_search)]
/// Movies rating labels in Australia
///
/// CSDL: `microsoft.graph.ratingAustraliaMoviesType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingAustraliaMoviesType {
    /// Default value, allow all movies content
    ///
    /// `allAllowed` (value 0).
    AllAllowed,
    /// Do not allow any movies content
    ///
    /// `allBlocked` (value 1).
    AllBlocked,
    /// The G classification is suitable for everyone
    ///
    /// `general` (value 2).
    General,
    /// The PG recommends viewers under 15 with guidance from parents or guardians
    ///
    /// `parentalGuidance` (value 3).
    ParentalGuidance,
    /// The M classification is not recommended for viewers under 15
    ///
    /// `mature` (value 4).
    Mature,
    /// The MA15+ classification is not suitable for viewers under 15
    ///
    /// `agesAbove15` (value 5).
    AgesAbove15,
    /// The R18+ classification is not suitable for viewers under 18
    ///
    /// `agesAbove18` (value 6).
    AgesAbove18,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(RatingAustraliaMoviesType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingAustraliaMoviesType);
#[cfg(msgraph_v1_device_management_or_search)]
/// TV content rating labels in Australia
///
/// CSDL: `microsoft.graph.ratingAustraliaTelevisionType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingAustraliaTelevisionType {
    /// Default value, allow all TV shows content
    ///
    /// `allAllowed` (value 0).
    AllAllowed,
    /// Do not allow any TV shows content
    ///
    /// `allBlocked` (value 1).
    AllBlocked,
    /// The P classification is intended for preschoolers
    ///
    /// `preschoolers` (value 2).
    Preschoolers,
    /// The C classification is intended for children under 14
    ///
    /// `children` (value 3).
    Children,
    /// The G classification is suitable for all ages
    ///
    /// `general` (value 4).
    General,
    /// The PG classification is recommended for young viewers
    ///
    /// `parentalGuidance` (value 5).
    ParentalGuidance,
    /// The M classification is recommended for viewers over 15
    ///
    /// `mature` (value 6).
    Mature,
    /// The MA15+ classification is not suitable for viewers under 15
    ///
    /// `agesAbove15` (value 7).
    AgesAbove15,
    /// The AV15+ classification is not suitable for viewers under 15, adult violence-specific
    ///
    /// `agesAbove15AdultViolence` (value 8).
    AgesAbove15AdultViolence,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(RatingAustraliaTelevisionType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingAustraliaTelevisionType);
#[cfg(msgraph_v1_device_management_or_search)]
/// Movies rating labels in Canada
///
/// CSDL: `microsoft.graph.ratingCanadaMoviesType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingCanadaMoviesType {
    /// Default value, allow all movies content
    ///
    /// `allAllowed` (value 0).
    AllAllowed,
    /// Do not allow any movies content
    ///
    /// `allBlocked` (value 1).
    AllBlocked,
    /// The G classification is suitable for all ages
    ///
    /// `general` (value 2).
    General,
    /// The PG classification advises parental guidance
    ///
    /// `parentalGuidance` (value 3).
    ParentalGuidance,
    /// The 14A classification is suitable for viewers above 14 or older
    ///
    /// `agesAbove14` (value 4).
    AgesAbove14,
    /// The 18A classification is suitable for viewers above 18 or older
    ///
    /// `agesAbove18` (value 5).
    AgesAbove18,
    /// The R classification is restricted to 18 years and older
    ///
    /// `restricted` (value 6).
    Restricted,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(RatingCanadaMoviesType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingCanadaMoviesType);
#[cfg(msgraph_v1_device_management_or_search)]
/// TV content rating labels in Canada
///
/// CSDL: `microsoft.graph.ratingCanadaTelevisionType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingCanadaTelevisionType {
    /// Default value, allow all TV shows content
    ///
    /// `allAllowed` (value 0).
    AllAllowed,
    /// Do not allow any TV shows content
    ///
    /// `allBlocked` (value 1).
    AllBlocked,
    /// The C classification is suitable for children ages of 2 to 7 years
    ///
    /// `children` (value 2).
    Children,
    /// The C8 classification is suitable for children ages 8+
    ///
    /// `childrenAbove8` (value 3).
    ChildrenAbove8,
    /// The G classification is suitable for general audience
    ///
    /// `general` (value 4).
    General,
    /// PG, Parental Guidance
    ///
    /// `parentalGuidance` (value 5).
    ParentalGuidance,
    /// The 14+ classification is intended for viewers ages 14 and older
    ///
    /// `agesAbove14` (value 6).
    AgesAbove14,
    /// The 18+ classification is intended for viewers ages 18 and older
    ///
    /// `agesAbove18` (value 7).
    AgesAbove18,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(RatingCanadaTelevisionType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingCanadaTelevisionType);
#[cfg(msgraph_v1_device_management_or_search)]
/// Movies rating labels in France
///
/// CSDL: `microsoft.graph.ratingFranceMoviesType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingFranceMoviesType {
    /// Default value, allow all movies content
    ///
    /// `allAllowed` (value 0).
    AllAllowed,
    /// Do not allow any movies content
    ///
    /// `allBlocked` (value 1).
    AllBlocked,
    /// The 10 classification prohibits the screening of the film to minors under 10
    ///
    /// `agesAbove10` (value 2).
    AgesAbove10,
    /// The 12 classification prohibits the screening of the film to minors under 12
    ///
    /// `agesAbove12` (value 3).
    AgesAbove12,
    /// The 16 classification prohibits the screening of the film to minors under 16
    ///
    /// `agesAbove16` (value 4).
    AgesAbove16,
    /// The 18 classification prohibits the screening to minors under 18
    ///
    /// `agesAbove18` (value 5).
    AgesAbove18,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(RatingFranceMoviesType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingFranceMoviesType);
#[cfg(msgraph_v1_device_management_or_search)]
/// TV content rating labels in France
///
/// CSDL: `microsoft.graph.ratingFranceTelevisionType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingFranceTelevisionType {
    /// Default value, allow all TV shows content
    ///
    /// `allAllowed` (value 0).
    AllAllowed,
    /// Do not allow any TV shows content
    ///
    /// `allBlocked` (value 1).
    AllBlocked,
    /// The -10 classification is not recommended for children under 10
    ///
    /// `agesAbove10` (value 2).
    AgesAbove10,
    /// The -12 classification is not recommended for children under 12
    ///
    /// `agesAbove12` (value 3).
    AgesAbove12,
    /// The -16 classification is not recommended for children under 16
    ///
    /// `agesAbove16` (value 4).
    AgesAbove16,
    /// The -18 classification is not recommended for persons under 18
    ///
    /// `agesAbove18` (value 5).
    AgesAbove18,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(RatingFranceTelevisionType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingFranceTelevisionType);
#[cfg(msgraph_v1_device_management_or_search)]
/// Movies rating labels in Germany
///
/// CSDL: `microsoft.graph.ratingGermanyMoviesType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingGermanyMoviesType {
    /// Default value, allow all movies content
    ///
    /// `allAllowed` (value 0).
    AllAllowed,
    /// Do not allow any movies content
    ///
    /// `allBlocked` (value 1).
    AllBlocked,
    /// Ab 0 Jahren, no age restrictions
    ///
    /// `general` (value 2).
    General,
    /// Ab 6 Jahren, ages 6 and older
    ///
    /// `agesAbove6` (value 3).
    AgesAbove6,
    /// Ab 12 Jahren, ages 12 and older
    ///
    /// `agesAbove12` (value 4).
    AgesAbove12,
    /// Ab 16 Jahren, ages 16 and older
    ///
    /// `agesAbove16` (value 5).
    AgesAbove16,
    /// Ab 18 Jahren, adults only
    ///
    /// `adults` (value 6).
    Adults,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(RatingGermanyMoviesType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingGermanyMoviesType);
#[cfg(msgraph_v1_device_management_or_search)]
/// TV content rating labels in Germany
///
/// CSDL: `microsoft.graph.ratingGermanyTelevisionType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingGermanyTelevisionType {
    /// Default value, allow all TV shows content
    ///
    /// `allAllowed` (value 0).
    AllAllowed,
    /// Do not allow any TV shows content
    ///
    /// `allBlocked` (value 1).
    AllBlocked,
    /// Ab 0 Jahren, no age restrictions
    ///
    /// `general` (value 2).
    General,
    /// Ab 6 Jahren, ages 6 and older
    ///
    /// `agesAbove6` (value 3).
    AgesAbove6,
    /// Ab 12 Jahren, ages 12 and older
    ///
    /// `agesAbove12` (value 4).
    AgesAbove12,
    /// Ab 16 Jahren, ages 16 and older
    ///
    /// `agesAbove16` (value 5).
    AgesAbove16,
    /// Ab 18 Jahren, adults only
    ///
    /// `adults` (value 6).
    Adults,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(RatingGermanyTelevisionType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingGermanyTelevisionType);
#[cfg(msgraph_v1_device_management_or_search)]
/// Movies rating labels in Ireland
///
/// CSDL: `microsoft.graph.ratingIrelandMoviesType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingIrelandMoviesType {
    /// Default value, allow all movies content
    ///
    /// `allAllowed` (value 0).
    AllAllowed,
    /// Do not allow any movies content
    ///
    /// `allBlocked` (value 1).
    AllBlocked,
    /// Suitable for children of school going age
    ///
    /// `general` (value 2).
    General,
    /// The PG classification advises parental guidance
    ///
    /// `parentalGuidance` (value 3).
    ParentalGuidance,
    /// The 12A classification is suitable for viewers of 12 or older
    ///
    /// `agesAbove12` (value 4).
    AgesAbove12,
    /// The 15A classification is suitable for viewers of 15 or older
    ///
    /// `agesAbove15` (value 5).
    AgesAbove15,
    /// The 16 classification is suitable for viewers of 16 or older
    ///
    /// `agesAbove16` (value 6).
    AgesAbove16,
    /// The 18 classification, suitable only for adults
    ///
    /// `adults` (value 7).
    Adults,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(RatingIrelandMoviesType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingIrelandMoviesType);
#[cfg(msgraph_v1_device_management_or_search)]
/// TV content rating labels in Ireland
///
/// CSDL: `microsoft.graph.ratingIrelandTelevisionType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingIrelandTelevisionType {
    /// Default value, allow all TV shows content
    ///
    /// `allAllowed` (value 0).
    AllAllowed,
    /// Do not allow any TV shows content
    ///
    /// `allBlocked` (value 1).
    AllBlocked,
    /// The GA classification is suitable for all audiences
    ///
    /// `general` (value 2).
    General,
    /// The CH classification is suitable for children
    ///
    /// `children` (value 3).
    Children,
    /// The YA classification is suitable for teenage audience
    ///
    /// `youngAdults` (value 4).
    YoungAdults,
    /// The PS classification invites parents and guardians to consider restriction children’s access
    ///
    /// `parentalSupervision` (value 5).
    ParentalSupervision,
    /// The MA classification is suitable for adults
    ///
    /// `mature` (value 6).
    Mature,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(RatingIrelandTelevisionType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingIrelandTelevisionType);
#[cfg(msgraph_v1_device_management_or_search)]
/// Movies rating labels in Japan
///
/// CSDL: `microsoft.graph.ratingJapanMoviesType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingJapanMoviesType {
    /// Default value, allow all movies content
    ///
    /// `allAllowed` (value 0).
    AllAllowed,
    /// Do not allow any movies content
    ///
    /// `allBlocked` (value 1).
    AllBlocked,
    /// Suitable for all ages
    ///
    /// `general` (value 2).
    General,
    /// The PG-12 classification requests parental guidance for young people under 12
    ///
    /// `parentalGuidance` (value 3).
    ParentalGuidance,
    /// The R15+ classification is suitable for viewers of 15 or older
    ///
    /// `agesAbove15` (value 4).
    AgesAbove15,
    /// The R18+ classification is suitable for viewers of 18 or older
    ///
    /// `agesAbove18` (value 5).
    AgesAbove18,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(RatingJapanMoviesType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingJapanMoviesType);
#[cfg(msgraph_v1_device_management_or_search)]
/// TV content rating labels in Japan
///
/// CSDL: `microsoft.graph.ratingJapanTelevisionType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingJapanTelevisionType {
    /// Default value, allow all TV shows content
    ///
    /// `allAllowed` (value 0).
    AllAllowed,
    /// Do not allow any TV shows content
    ///
    /// `allBlocked` (value 1).
    AllBlocked,
    /// All TV content is explicitly allowed
    ///
    /// `explicitAllowed` (value 2).
    ExplicitAllowed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(RatingJapanTelevisionType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingJapanTelevisionType);
#[cfg(msgraph_v1_device_management_or_search)]
/// Movies rating labels in New Zealand
///
/// CSDL: `microsoft.graph.ratingNewZealandMoviesType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingNewZealandMoviesType {
    /// Default value, allow all movies content
    ///
    /// `allAllowed` (value 0).
    AllAllowed,
    /// Do not allow any movies content
    ///
    /// `allBlocked` (value 1).
    AllBlocked,
    /// Suitable for general audience
    ///
    /// `general` (value 2).
    General,
    /// The PG classification recommends parental guidance
    ///
    /// `parentalGuidance` (value 3).
    ParentalGuidance,
    /// The M classification is suitable for mature audience
    ///
    /// `mature` (value 4).
    Mature,
    /// The R13 classification is restricted to persons 13 years and over
    ///
    /// `agesAbove13` (value 5).
    AgesAbove13,
    /// The R15 classification is restricted to persons 15 years and over
    ///
    /// `agesAbove15` (value 6).
    AgesAbove15,
    /// The R16 classification is restricted to persons 16 years and over
    ///
    /// `agesAbove16` (value 7).
    AgesAbove16,
    /// The R18 classification is restricted to persons 18 years and over
    ///
    /// `agesAbove18` (value 8).
    AgesAbove18,
    /// The R classification is restricted to a certain audience
    ///
    /// `restricted` (value 9).
    Restricted,
    /// The RP16 classification requires viewers under 16 accompanied by a parent or an adult
    ///
    /// `agesAbove16Restricted` (value 10).
    AgesAbove16Restricted,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(RatingNewZealandMoviesType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingNewZealandMoviesType);
#[cfg(msgraph_v1_device_management_or_search)]
/// TV content rating labels in New Zealand
///
/// CSDL: `microsoft.graph.ratingNewZealandTelevisionType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingNewZealandTelevisionType {
    /// Default value, allow all TV shows content
    ///
    /// `allAllowed` (value 0).
    AllAllowed,
    /// Do not allow any TV shows content
    ///
    /// `allBlocked` (value 1).
    AllBlocked,
    /// The G classification excludes materials likely to harm children under 14
    ///
    /// `general` (value 2).
    General,
    /// The PGR classification encourages parents and guardians to supervise younger viewers
    ///
    /// `parentalGuidance` (value 3).
    ParentalGuidance,
    /// The AO classification is not suitable for children
    ///
    /// `adults` (value 4).
    Adults,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(RatingNewZealandTelevisionType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingNewZealandTelevisionType);
#[cfg(msgraph_v1_device_management_or_search)]
/// Movies rating labels in United Kingdom
///
/// CSDL: `microsoft.graph.ratingUnitedKingdomMoviesType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingUnitedKingdomMoviesType {
    /// Default value, allow all movies content
    ///
    /// `allAllowed` (value 0).
    AllAllowed,
    /// Do not allow any movies content
    ///
    /// `allBlocked` (value 1).
    AllBlocked,
    /// The U classification is suitable for all ages
    ///
    /// `general` (value 2).
    General,
    /// The UC classification is suitable for pre-school children, an old rating label
    ///
    /// `universalChildren` (value 3).
    UniversalChildren,
    /// The PG classification is suitable for mature
    ///
    /// `parentalGuidance` (value 4).
    ParentalGuidance,
    /// 12, video release suitable for 12 years and over
    ///
    /// `agesAbove12Video` (value 5).
    AgesAbove12Video,
    /// 12A, cinema release suitable for 12 years and over
    ///
    /// `agesAbove12Cinema` (value 6).
    AgesAbove12Cinema,
    /// 15, suitable only for 15 years and older
    ///
    /// `agesAbove15` (value 7).
    AgesAbove15,
    /// Suitable only for adults
    ///
    /// `adults` (value 8).
    Adults,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(RatingUnitedKingdomMoviesType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingUnitedKingdomMoviesType);
#[cfg(msgraph_v1_device_management_or_search)]
/// TV content rating labels in United Kingdom
///
/// CSDL: `microsoft.graph.ratingUnitedKingdomTelevisionType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingUnitedKingdomTelevisionType {
    /// Default value, allow all TV shows content
    ///
    /// `allAllowed` (value 0).
    AllAllowed,
    /// Do not allow any TV shows content
    ///
    /// `allBlocked` (value 1).
    AllBlocked,
    /// Allowing TV contents with a warning message
    ///
    /// `caution` (value 2).
    Caution,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(RatingUnitedKingdomTelevisionType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingUnitedKingdomTelevisionType);
#[cfg(msgraph_v1_device_management_or_search)]
/// Movies rating labels in United States
///
/// CSDL: `microsoft.graph.ratingUnitedStatesMoviesType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingUnitedStatesMoviesType {
    /// Default value, allow all movies content
    ///
    /// `allAllowed` (value 0).
    AllAllowed,
    /// Do not allow any movies content
    ///
    /// `allBlocked` (value 1).
    AllBlocked,
    /// G, all ages admitted
    ///
    /// `general` (value 2).
    General,
    /// PG, some material may not be suitable for children
    ///
    /// `parentalGuidance` (value 3).
    ParentalGuidance,
    /// PG13, some material may be inappropriate for children under 13
    ///
    /// `parentalGuidance13` (value 4).
    ParentalGuidance13,
    /// R, viewers under 17 require accompanying parent or adult guardian
    ///
    /// `restricted` (value 5).
    Restricted,
    /// NC17, adults only
    ///
    /// `adults` (value 6).
    Adults,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(RatingUnitedStatesMoviesType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingUnitedStatesMoviesType);
#[cfg(msgraph_v1_device_management_or_search)]
/// TV content rating labels in United States
///
/// CSDL: `microsoft.graph.ratingUnitedStatesTelevisionType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RatingUnitedStatesTelevisionType {
    /// Default value, allow all TV shows content
    ///
    /// `allAllowed` (value 0).
    AllAllowed,
    /// Do not allow any TV shows content
    ///
    /// `allBlocked` (value 1).
    AllBlocked,
    /// TV-Y, all children
    ///
    /// `childrenAll` (value 2).
    ChildrenAll,
    /// TV-Y7, children age 7 and above
    ///
    /// `childrenAbove7` (value 3).
    ChildrenAbove7,
    /// TV-G, suitable for all ages
    ///
    /// `general` (value 4).
    General,
    /// TV-PG, parental guidance
    ///
    /// `parentalGuidance` (value 5).
    ParentalGuidance,
    /// TV-14, children age 14 and above
    ///
    /// `childrenAbove14` (value 6).
    ChildrenAbove14,
    /// TV-MA, adults only
    ///
    /// `adults` (value 7).
    Adults,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(RatingUnitedStatesTelevisionType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RatingUnitedStatesTelevisionType);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.reactionsFacet`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ReactionsFacet {
    /// CSDL: property `commentCount`: `Edm.Int32`, nullable.
    pub comment_count: rt::Field<i32>,
    /// CSDL: property `likeCount`: `Edm.Int32`, nullable.
    pub like_count: rt::Field<i32>,
    /// CSDL: property `shareCount`: `Edm.Int32`, nullable.
    pub share_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for ReactionsFacet {
    #[inline]
    fn default() -> Self {
        Self {
            comment_count: rt::Field::Absent,
            like_count: rt::Field::Absent,
            share_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for ReactionsFacet {
    const TYPE_NAME: &'static str = "microsoft.graph.reactionsFacet";
    const KEYS: &'static [&'static str] = &["commentCount", "likeCount", "shareCount"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"commentCount\":                 ",
        ",\"likeCount\":                    ",
        ",\"shareCount\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.reactionsFacet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "comment_count", &self.comment_count);
        v.field(1usize, "like_count", &self.like_count);
        v.field(2usize, "share_count", &self.share_count);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for ReactionsFacet {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.comment_count.read_from(r),
            1usize => self.like_count.read_from(r),
            2usize => self.share_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.comment_count);
        w.field(1usize, &self.like_count);
        w.field(2usize, &self.share_count);
    }
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
rt::impl_object!(ReactionsFacet);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    ReactionsFacet { with_comment_count comment_count : i32; with_like_count like_count :
    i32; with_share_count share_count : i32; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(ReactionsFacet);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.readingAssignmentSubmission`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct ReadingAssignmentSubmission {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `accuracyScore`: `Edm.Double`, not nullable.
    pub accuracy_score: rt::Field<f64>,
    /// CSDL: property `action`: `Edm.String`, not nullable.
    pub action: rt::Field<::std::string::String>,
    /// CSDL: property `assignmentId`: `Edm.String`, not nullable.
    pub assignment_id: rt::Field<::std::string::String>,
    /// CSDL: property `challengingWords`: `Collection(microsoft.graph.challengingWord)`, not nullable.
    pub challenging_words: rt::Field<::std::vec::Vec<crate::v1::ChallengingWord>>,
    /// CSDL: property `classId`: `Edm.String`, nullable.
    pub class_id: rt::Field<::std::string::String>,
    /// CSDL: property `insertions`: `Edm.Int64`, not nullable.
    pub insertions: rt::Field<i64>,
    /// CSDL: property `mispronunciations`: `Edm.Int64`, not nullable.
    pub mispronunciations: rt::Field<i64>,
    /// CSDL: property `missedExclamationMarks`: `Edm.Int64`, not nullable.
    pub missed_exclamation_marks: rt::Field<i64>,
    /// CSDL: property `missedPeriods`: `Edm.Int64`, not nullable.
    pub missed_periods: rt::Field<i64>,
    /// CSDL: property `missedQuestionMarks`: `Edm.Int64`, not nullable.
    pub missed_question_marks: rt::Field<i64>,
    /// CSDL: property `missedShorts`: `Edm.Int64`, not nullable.
    pub missed_shorts: rt::Field<i64>,
    /// CSDL: property `monotoneScore`: `Edm.Double`, not nullable.
    pub monotone_score: rt::Field<f64>,
    /// CSDL: property `omissions`: `Edm.Int64`, not nullable.
    pub omissions: rt::Field<i64>,
    /// CSDL: property `repetitions`: `Edm.Int64`, not nullable.
    pub repetitions: rt::Field<i64>,
    /// CSDL: property `selfCorrections`: `Edm.Int64`, not nullable.
    pub self_corrections: rt::Field<i64>,
    /// CSDL: property `studentId`: `Edm.String`, nullable.
    pub student_id: rt::Field<::std::string::String>,
    /// CSDL: property `submissionDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub submission_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `submissionId`: `Edm.String`, nullable.
    pub submission_id: rt::Field<::std::string::String>,
    /// CSDL: property `unexpectedPauses`: `Edm.Int64`, not nullable.
    pub unexpected_pauses: rt::Field<i64>,
    /// CSDL: property `wordCount`: `Edm.Int64`, not nullable.
    pub word_count: rt::Field<i64>,
    /// CSDL: property `wordsPerMinute`: `Edm.Double`, not nullable.
    pub words_per_minute: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for ReadingAssignmentSubmission {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            accuracy_score: rt::Field::Absent,
            action: rt::Field::Absent,
            assignment_id: rt::Field::Absent,
            challenging_words: rt::Field::Absent,
            class_id: rt::Field::Absent,
            insertions: rt::Field::Absent,
            mispronunciations: rt::Field::Absent,
            missed_exclamation_marks: rt::Field::Absent,
            missed_periods: rt::Field::Absent,
            missed_question_marks: rt::Field::Absent,
            missed_shorts: rt::Field::Absent,
            monotone_score: rt::Field::Absent,
            omissions: rt::Field::Absent,
            repetitions: rt::Field::Absent,
            self_corrections: rt::Field::Absent,
            student_id: rt::Field::Absent,
            submission_date_time: rt::Field::Absent,
            submission_id: rt::Field::Absent,
            unexpected_pauses: rt::Field::Absent,
            word_count: rt::Field::Absent,
            words_per_minute: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for ReadingAssignmentSubmission {
    const TYPE_NAME: &'static str = "microsoft.graph.readingAssignmentSubmission";
    const KEYS: &'static [&'static str] = &[
        "id",
        "accuracyScore",
        "action",
        "assignmentId",
        "challengingWords",
        "classId",
        "insertions",
        "mispronunciations",
        "missedExclamationMarks",
        "missedPeriods",
        "missedQuestionMarks",
        "missedShorts",
        "monotoneScore",
        "omissions",
        "repetitions",
        "selfCorrections",
        "studentId",
        "submissionDateTime",
        "submissionId",
        "unexpectedPauses",
        "wordCount",
        "wordsPerMinute",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"accuracyScore\":                ",
        ",\"action\":                       ",
        ",\"assignmentId\":                 ",
        ",\"challengingWords\":             ",
        ",\"classId\":                      ",
        ",\"insertions\":                   ",
        ",\"mispronunciations\":            ",
        ",\"missedExclamationMarks\":       ",
        ",\"missedPeriods\":                ",
        ",\"missedQuestionMarks\":          ",
        ",\"missedShorts\":                 ",
        ",\"monotoneScore\":                ",
        ",\"omissions\":                    ",
        ",\"repetitions\":                  ",
        ",\"selfCorrections\":              ",
        ",\"studentId\":                    ",
        ",\"submissionDateTime\":           ",
        ",\"submissionId\":                 ",
        ",\"unexpectedPauses\":             ",
        ",\"wordCount\":                    ",
        ",\"wordsPerMinute\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.readingAssignmentSubmission\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "accuracy_score", &self.accuracy_score);
        v.field(2usize, "action", &self.action);
        v.field(3usize, "assignment_id", &self.assignment_id);
        v.field(4usize, "challenging_words", &self.challenging_words);
        v.field(5usize, "class_id", &self.class_id);
        v.field(6usize, "insertions", &self.insertions);
        v.field(7usize, "mispronunciations", &self.mispronunciations);
        v.field(8usize, "missed_exclamation_marks", &self.missed_exclamation_marks);
        v.field(9usize, "missed_periods", &self.missed_periods);
        v.field(10usize, "missed_question_marks", &self.missed_question_marks);
        v.field(11usize, "missed_shorts", &self.missed_shorts);
        v.field(12usize, "monotone_score", &self.monotone_score);
        v.field(13usize, "omissions", &self.omissions);
        v.field(14usize, "repetitions", &self.repetitions);
        v.field(15usize, "self_corrections", &self.self_corrections);
        v.field(16usize, "student_id", &self.student_id);
        v.field(17usize, "submission_date_time", &self.submission_date_time);
        v.field(18usize, "submission_id", &self.submission_id);
        v.field(19usize, "unexpected_pauses", &self.unexpected_pauses);
        v.field(20usize, "word_count", &self.word_count);
        v.field(21usize, "words_per_minute", &self.words_per_minute);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for ReadingAssignmentSubmission {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.accuracy_score.read_from(r),
            2usize => self.action.read_from(r),
            3usize => self.assignment_id.read_from(r),
            4usize => self.challenging_words.read_from(r),
            5usize => self.class_id.read_from(r),
            6usize => self.insertions.read_from(r),
            7usize => self.mispronunciations.read_from(r),
            8usize => self.missed_exclamation_marks.read_from(r),
            9usize => self.missed_periods.read_from(r),
            10usize => self.missed_question_marks.read_from(r),
            11usize => self.missed_shorts.read_from(r),
            12usize => self.monotone_score.read_from(r),
            13usize => self.omissions.read_from(r),
            14usize => self.repetitions.read_from(r),
            15usize => self.self_corrections.read_from(r),
            16usize => self.student_id.read_from(r),
            17usize => self.submission_date_time.read_from(r),
            18usize => self.submission_id.read_from(r),
            19usize => self.unexpected_pauses.read_from(r),
            20usize => self.word_count.read_from(r),
            21usize => self.words_per_minute.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.accuracy_score);
        w.field(2usize, &self.action);
        w.field(3usize, &self.assignment_id);
        w.field(4usize, &self.challenging_words);
        w.field(5usize, &self.class_id);
        w.field(6usize, &self.insertions);
        w.field(7usize, &self.mispronunciations);
        w.field(8usize, &self.missed_exclamation_marks);
        w.field(9usize, &self.missed_periods);
        w.field(10usize, &self.missed_question_marks);
        w.field(11usize, &self.missed_shorts);
        w.field(12usize, &self.monotone_score);
        w.field(13usize, &self.omissions);
        w.field(14usize, &self.repetitions);
        w.field(15usize, &self.self_corrections);
        w.field(16usize, &self.student_id);
        w.field(17usize, &self.submission_date_time);
        w.field(18usize, &self.submission_id);
        w.field(19usize, &self.unexpected_pauses);
        w.field(20usize, &self.word_count);
        w.field(21usize, &self.words_per_minute);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_education_or_search)]
rt::impl_object!(ReadingAssignmentSubmission);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    ReadingAssignmentSubmission { with_id id : ::std::string::String; with_accuracy_score
    accuracy_score : f64; with_action action : ::std::string::String; with_assignment_id
    assignment_id : ::std::string::String; with_challenging_words challenging_words :
    ::std::vec::Vec < crate ::v1::ChallengingWord >; with_class_id class_id :
    ::std::string::String; with_insertions insertions : i64; with_mispronunciations
    mispronunciations : i64; with_missed_exclamation_marks missed_exclamation_marks :
    i64; with_missed_periods missed_periods : i64; with_missed_question_marks
    missed_question_marks : i64; with_missed_shorts missed_shorts : i64;
    with_monotone_score monotone_score : f64; with_omissions omissions : i64;
    with_repetitions repetitions : i64; with_self_corrections self_corrections : i64;
    with_student_id student_id : ::std::string::String; with_submission_date_time
    submission_date_time : rt::edm::DateTimeOffset; with_submission_id submission_id :
    ::std::string::String; with_unexpected_pauses unexpected_pauses : i64;
    with_word_count word_count : i64; with_words_per_minute words_per_minute : f64; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ReadingAssignmentSubmission);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.readingCoachPassage`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct ReadingCoachPassage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isReadingCompleted`: `Edm.Boolean`, not nullable.
    pub is_reading_completed: rt::Field<bool>,
    /// CSDL: property `languageTag`: `Edm.String`, not nullable.
    pub language_tag: rt::Field<::std::string::String>,
    /// CSDL: property `practicedAtDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub practiced_at_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `practiceWords`: `Collection(Edm.String)`, not nullable.
    pub practice_words: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `storyType`: `microsoft.graph.readingCoachStoryType`, not nullable.
    pub story_type: rt::Field<crate::v1::ReadingCoachStoryType>,
    /// CSDL: property `studentId`: `Edm.String`, nullable.
    pub student_id: rt::Field<::std::string::String>,
    /// CSDL: property `timeSpentReadingInSeconds`: `Edm.Double`, not nullable.
    pub time_spent_reading_in_seconds: rt::Field<f64>,
    /// CSDL: property `wordsAccuracyPercentage`: `Edm.Double`, not nullable.
    pub words_accuracy_percentage: rt::Field<f64>,
    /// CSDL: property `wordsPerMinute`: `Edm.Double`, not nullable.
    pub words_per_minute: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for ReadingCoachPassage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_reading_completed: rt::Field::Absent,
            language_tag: rt::Field::Absent,
            practiced_at_date_time: rt::Field::Absent,
            practice_words: rt::Field::Absent,
            story_type: rt::Field::Absent,
            student_id: rt::Field::Absent,
            time_spent_reading_in_seconds: rt::Field::Absent,
            words_accuracy_percentage: rt::Field::Absent,
            words_per_minute: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for ReadingCoachPassage {
    const TYPE_NAME: &'static str = "microsoft.graph.readingCoachPassage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isReadingCompleted",
        "languageTag",
        "practicedAtDateTime",
        "practiceWords",
        "storyType",
        "studentId",
        "timeSpentReadingInSeconds",
        "wordsAccuracyPercentage",
        "wordsPerMinute",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isReadingCompleted\":           ",
        ",\"languageTag\":                  ",
        ",\"practicedAtDateTime\":          ",
        ",\"practiceWords\":                ",
        ",\"storyType\":                    ",
        ",\"studentId\":                    ",
        ",\"timeSpentReadingInSeconds\":    ",
        ",\"wordsAccuracyPercentage\":      ",
        ",\"wordsPerMinute\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.readingCoachPassage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_reading_completed", &self.is_reading_completed);
        v.field(2usize, "language_tag", &self.language_tag);
        v.field(3usize, "practiced_at_date_time", &self.practiced_at_date_time);
        v.field(4usize, "practice_words", &self.practice_words);
        v.field(5usize, "story_type", &self.story_type);
        v.field(6usize, "student_id", &self.student_id);
        v.field(
            7usize,
            "time_spent_reading_in_seconds",
            &self.time_spent_reading_in_seconds,
        );
        v.field(8usize, "words_accuracy_percentage", &self.words_accuracy_percentage);
        v.field(9usize, "words_per_minute", &self.words_per_minute);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for ReadingCoachPassage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_reading_completed.read_from(r),
            2usize => self.language_tag.read_from(r),
            3usize => self.practiced_at_date_time.read_from(r),
            4usize => self.practice_words.read_from(r),
            5usize => self.story_type.read_from(r),
            6usize => self.student_id.read_from(r),
            7usize => self.time_spent_reading_in_seconds.read_from(r),
            8usize => self.words_accuracy_percentage.read_from(r),
            9usize => self.words_per_minute.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_reading_completed);
        w.field(2usize, &self.language_tag);
        w.field(3usize, &self.practiced_at_date_time);
        w.field(4usize, &self.practice_words);
        w.field(5usize, &self.story_type);
        w.field(6usize, &self.student_id);
        w.field(7usize, &self.time_spent_reading_in_seconds);
        w.field(8usize, &self.words_accuracy_percentage);
        w.field(9usize, &self.words_per_minute);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_education_or_search)]
rt::impl_object!(ReadingCoachPassage);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    ReadingCoachPassage { with_id id : ::std::string::String; with_is_reading_completed
    is_reading_completed : bool; with_language_tag language_tag : ::std::string::String;
    with_practiced_at_date_time practiced_at_date_time : rt::edm::DateTimeOffset;
    with_practice_words practice_words : ::std::vec::Vec < ::std::string::String >;
    with_story_type story_type : crate ::v1::ReadingCoachStoryType; with_student_id
    student_id : ::std::string::String; with_time_spent_reading_in_seconds
    time_spent_reading_in_seconds : f64; with_words_accuracy_percentage
    words_accuracy_percentage : f64; with_words_per_minute words_per_minute : f64; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ReadingCoachPassage);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.readingCoachStoryType`, enum type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ReadingCoachStoryType {
    /// `aiGenerated` (value 0).
    AiGenerated,
    /// `readWorks` (value 1).
    ReadWorks,
    /// `userProvided` (value 2).
    UserProvided,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::StrEnum for ReadingCoachStoryType {
    const TYPE_NAME: &'static str = "microsoft.graph.readingCoachStoryType";
    const MEMBERS: &'static [&'static str] = &[
        "aiGenerated",
        "readWorks",
        "userProvided",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "aiGenerated" => Self::AiGenerated,
                "readWorks" => Self::ReadWorks,
                "userProvided" => Self::UserProvided,
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
            Self::AiGenerated => "aiGenerated",
            Self::ReadWorks => "readWorks",
            Self::UserProvided => "userProvided",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
rt::impl_enum!(ReadingCoachStoryType);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ReadingCoachStoryType);
#[cfg(msgraph_v1_core_or_invitations)]
/// CSDL: `microsoft.graph.recipient`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Recipient {
    /// CSDL: property `emailAddress`: `microsoft.graph.emailAddress`, nullable.
    pub email_address: rt::Field<crate::v1::EmailAddress>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_invitations)]
impl ::std::default::Default for Recipient {
    #[inline]
    fn default() -> Self {
        Self {
            email_address: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_invitations)]
impl rt::Object for Recipient {
    const TYPE_NAME: &'static str = "microsoft.graph.recipient";
    const KEYS: &'static [&'static str] = &["emailAddress"];
    const KEYS_JSON: &'static [&'static str] = &[",\"emailAddress\":                 "];
    const TAG: &'static str = "\"#microsoft.graph.recipient\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "email_address", &self.email_address);
    }
}
#[cfg(msgraph_v1_core_or_invitations)]
impl rt::object::Members for Recipient {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.email_address.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.email_address);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_invitations)]
rt::impl_object!(Recipient);
#[cfg(msgraph_v1_core_or_invitations)]
rt::impl_setters!(
    Recipient { with_email_address email_address : crate ::v1::EmailAddress; }
);
#[cfg(msgraph_v1_core_or_invitations)]
#[cfg(feature = "serde")]
rt::impl_serde!(Recipient);
#[cfg(msgraph_v1_core_or_invitations)]
/// `microsoft.graph.recipient` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyRecipient {
    Recipient(::std::boxed::Box<crate::v1::Recipient>),
    Attendee(::std::boxed::Box<crate::v1::Attendee>),
    AttendeeBase(::std::boxed::Box<crate::v1::AttendeeBase>),
}
#[cfg(msgraph_v1_core_or_invitations)]
impl ::std::default::Default for AnyRecipient {
    #[inline]
    fn default() -> Self {
        Self::Recipient(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_invitations)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Recipient> for AnyRecipient {
    #[inline]
    fn from(v: crate::v1::Recipient) -> Self {
        Self::Recipient(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_invitations)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Attendee> for AnyRecipient {
    #[inline]
    fn from(v: crate::v1::Attendee) -> Self {
        Self::Attendee(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_invitations)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AttendeeBase> for AnyRecipient {
    #[inline]
    fn from(v: crate::v1::AttendeeBase) -> Self {
        Self::AttendeeBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_invitations)]
unsafe impl ::std::marker::Send for AnyRecipient {}
#[cfg(msgraph_v1_core_or_invitations)]
unsafe impl ::std::marker::Sync for AnyRecipient {}
#[cfg(msgraph_v1_core_or_invitations)]
impl ::std::marker::Unpin for AnyRecipient {}
#[cfg(msgraph_v1_core_or_invitations)]
impl ::std::panic::UnwindSafe for AnyRecipient {}
#[cfg(msgraph_v1_core_or_invitations)]
impl ::std::panic::RefUnwindSafe for AnyRecipient {}
#[cfg(msgraph_v1_core_or_invitations)]
const _: () = {
    rt::object::auto_traits::<crate::v1::Recipient>();
    rt::object::auto_traits::<crate::v1::Attendee>();
    rt::object::auto_traits::<crate::v1::AttendeeBase>();
};
#[cfg(msgraph_v1_core_or_invitations)]
impl rt::Poly for AnyRecipient {
    const BASE_NAME: &'static str = "microsoft.graph.recipient";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.attendee") => {
                Self::Attendee(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.attendeeBase") => {
                Self::AttendeeBase(rt::object::new_boxed())
            }
            _ => Self::Recipient(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::Recipient(v) => &**v,
            Self::Attendee(v) => &**v,
            Self::AttendeeBase(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::Recipient(v) => &mut **v,
            Self::Attendee(v) => &mut **v,
            Self::AttendeeBase(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_invitations)]
impl AnyRecipient {
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
    /// `emailAddress` of any variant.
    #[inline]
    pub fn email_address(&self) -> &rt::Field<crate::v1::EmailAddress> {
        match self {
            Self::Recipient(v) => &v.email_address,
            Self::Attendee(v) => &v.email_address,
            Self::AttendeeBase(v) => &v.email_address,
        }
    }
    /// `emailAddress` of any variant.
    #[inline]
    pub fn email_address_mut(&mut self) -> &mut rt::Field<crate::v1::EmailAddress> {
        match self {
            Self::Recipient(v) => &mut v.email_address,
            Self::Attendee(v) => &mut v.email_address,
            Self::AttendeeBase(v) => &mut v.email_address,
        }
    }
}
#[cfg(msgraph_v1_core_or_invitations)]
rt::impl_poly!(AnyRecipient);
#[cfg(msgraph_v1_core_or_invitations)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyRecipient);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.recipientScopeType`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
rt::impl_enum!(RecipientScopeType);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(RecipientScopeType);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.recommendedAction`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct RecommendedAction {
    /// CSDL: property `actionWebUrl`: `Edm.String`, nullable.
    pub action_web_url: rt::Field<::std::string::String>,
    /// CSDL: property `potentialScoreImpact`: `Edm.Double`, nullable.
    pub potential_score_impact: rt::Field<f64>,
    /// CSDL: property `title`: `Edm.String`, nullable.
    pub title: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for RecommendedAction {
    #[inline]
    fn default() -> Self {
        Self {
            action_web_url: rt::Field::Absent,
            potential_score_impact: rt::Field::Absent,
            title: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for RecommendedAction {
    const TYPE_NAME: &'static str = "microsoft.graph.recommendedAction";
    const KEYS: &'static [&'static str] = &[
        "actionWebUrl",
        "potentialScoreImpact",
        "title",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"actionWebUrl\":                 ",
        ",\"potentialScoreImpact\":         ",
        ",\"title\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.recommendedAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action_web_url", &self.action_web_url);
        v.field(1usize, "potential_score_impact", &self.potential_score_impact);
        v.field(2usize, "title", &self.title);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for RecommendedAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action_web_url.read_from(r),
            1usize => self.potential_score_impact.read_from(r),
            2usize => self.title.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action_web_url);
        w.field(1usize, &self.potential_score_impact);
        w.field(2usize, &self.title);
    }
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
rt::impl_object!(RecommendedAction);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    RecommendedAction { with_action_web_url action_web_url : ::std::string::String;
    with_potential_score_impact potential_score_impact : f64; with_title title :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(RecommendedAction);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.recycleBinSettings`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone)]
pub struct RecycleBinSettings {
    /// CSDL: property `retentionPeriodOverrideDays`: `Edm.Int32`, nullable.
    pub retention_period_override_days: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_storage)]
impl ::std::default::Default for RecycleBinSettings {
    #[inline]
    fn default() -> Self {
        Self {
            retention_period_override_days: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::Object for RecycleBinSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.recycleBinSettings";
    const KEYS: &'static [&'static str] = &["retentionPeriodOverrideDays"];
    const KEYS_JSON: &'static [&'static str] = &[",\"retentionPeriodOverrideDays\":  "];
    const TAG: &'static str = "\"#microsoft.graph.recycleBinSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "retention_period_override_days",
            &self.retention_period_override_days,
        );
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::object::Members for RecycleBinSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.retention_period_override_days.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.retention_period_override_days);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_object!(RecycleBinSettings);
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_setters!(
    RecycleBinSettings { with_retention_period_override_days
    retention_period_override_days : i32; }
);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(RecycleBinSettings);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.referenceAttachment`, entity type, derived from `microsoft.graph.attachment`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
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
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
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
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ReferenceAttachment {
    const TYPE_NAME: &'static str = "microsoft.graph.referenceAttachment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "contentType",
        "isInline",
        "lastModifiedDateTime",
        "name",
        "size",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"contentType\":                  ",
        ",\"isInline\":                     ",
        ",\"lastModifiedDateTime\":         ",
        ",\"name\":                         ",
        ",\"size\":                         ",
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
    }
}
#[cfg(msgraph_v1_core)]
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
    }
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
rt::impl_object!(ReferenceAttachment);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ReferenceAttachment { with_id id : ::std::string::String; with_content_type
    content_type : ::std::string::String; with_is_inline is_inline : bool;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_name name : ::std::string::String; with_size size : i32; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ReferenceAttachment);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.referencedObject`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ReferencedObject {
    /// CSDL: property `referencedObjectName`: `Edm.String`, nullable.
    pub referenced_object_name: rt::Field<::std::string::String>,
    /// CSDL: property `referencedProperty`: `Edm.String`, nullable.
    pub referenced_property: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(ReferencedObject);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ReferencedObject { with_referenced_object_name referenced_object_name :
    ::std::string::String; with_referenced_property referenced_property :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ReferencedObject);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.reflectCheckInResponse`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct ReflectCheckInResponse {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `checkInId`: `Edm.String`, nullable.
    pub check_in_id: rt::Field<::std::string::String>,
    /// CSDL: property `checkInTitle`: `Edm.String`, not nullable.
    pub check_in_title: rt::Field<::std::string::String>,
    /// CSDL: property `classId`: `Edm.String`, nullable.
    pub class_id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `creatorId`: `Edm.String`, nullable.
    pub creator_id: rt::Field<::std::string::String>,
    /// CSDL: property `isClosed`: `Edm.Boolean`, not nullable.
    pub is_closed: rt::Field<bool>,
    /// CSDL: property `responderId`: `Edm.String`, nullable.
    pub responder_id: rt::Field<::std::string::String>,
    /// CSDL: property `responseEmotion`: `microsoft.graph.responseEmotionType`, not nullable.
    pub response_emotion: rt::Field<crate::v1::ResponseEmotionType>,
    /// CSDL: property `responseFeedback`: `microsoft.graph.responseFeedbackType`, not nullable.
    pub response_feedback: rt::Field<crate::v1::ResponseFeedbackType>,
    /// CSDL: property `submitDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub submit_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for ReflectCheckInResponse {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            check_in_id: rt::Field::Absent,
            check_in_title: rt::Field::Absent,
            class_id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            creator_id: rt::Field::Absent,
            is_closed: rt::Field::Absent,
            responder_id: rt::Field::Absent,
            response_emotion: rt::Field::Absent,
            response_feedback: rt::Field::Absent,
            submit_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for ReflectCheckInResponse {
    const TYPE_NAME: &'static str = "microsoft.graph.reflectCheckInResponse";
    const KEYS: &'static [&'static str] = &[
        "id",
        "checkInId",
        "checkInTitle",
        "classId",
        "createdDateTime",
        "creatorId",
        "isClosed",
        "responderId",
        "responseEmotion",
        "responseFeedback",
        "submitDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"checkInId\":                    ",
        ",\"checkInTitle\":                 ",
        ",\"classId\":                      ",
        ",\"createdDateTime\":              ",
        ",\"creatorId\":                    ",
        ",\"isClosed\":                     ",
        ",\"responderId\":                  ",
        ",\"responseEmotion\":              ",
        ",\"responseFeedback\":             ",
        ",\"submitDateTime\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.reflectCheckInResponse\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "check_in_id", &self.check_in_id);
        v.field(2usize, "check_in_title", &self.check_in_title);
        v.field(3usize, "class_id", &self.class_id);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "creator_id", &self.creator_id);
        v.field(6usize, "is_closed", &self.is_closed);
        v.field(7usize, "responder_id", &self.responder_id);
        v.field(8usize, "response_emotion", &self.response_emotion);
        v.field(9usize, "response_feedback", &self.response_feedback);
        v.field(10usize, "submit_date_time", &self.submit_date_time);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for ReflectCheckInResponse {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.check_in_id.read_from(r),
            2usize => self.check_in_title.read_from(r),
            3usize => self.class_id.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.creator_id.read_from(r),
            6usize => self.is_closed.read_from(r),
            7usize => self.responder_id.read_from(r),
            8usize => self.response_emotion.read_from(r),
            9usize => self.response_feedback.read_from(r),
            10usize => self.submit_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.check_in_id);
        w.field(2usize, &self.check_in_title);
        w.field(3usize, &self.class_id);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.creator_id);
        w.field(6usize, &self.is_closed);
        w.field(7usize, &self.responder_id);
        w.field(8usize, &self.response_emotion);
        w.field(9usize, &self.response_feedback);
        w.field(10usize, &self.submit_date_time);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_education_or_search)]
rt::impl_object!(ReflectCheckInResponse);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    ReflectCheckInResponse { with_id id : ::std::string::String; with_check_in_id
    check_in_id : ::std::string::String; with_check_in_title check_in_title :
    ::std::string::String; with_class_id class_id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_creator_id
    creator_id : ::std::string::String; with_is_closed is_closed : bool;
    with_responder_id responder_id : ::std::string::String; with_response_emotion
    response_emotion : crate ::v1::ResponseEmotionType; with_response_feedback
    response_feedback : crate ::v1::ResponseFeedbackType; with_submit_date_time
    submit_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ReflectCheckInResponse);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.relatedContact`, complex type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct RelatedContact {
    /// CSDL: property `accessConsent`: `Edm.Boolean`, nullable.
    pub access_consent: rt::Field<bool>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `emailAddress`: `Edm.String`, not nullable.
    pub email_address: rt::Field<::std::string::String>,
    /// CSDL: property `mobilePhone`: `Edm.String`, nullable.
    pub mobile_phone: rt::Field<::std::string::String>,
    /// CSDL: property `relationship`: `microsoft.graph.contactRelationship`, not nullable.
    pub relationship: rt::Field<crate::v1::ContactRelationship>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for RelatedContact {
    #[inline]
    fn default() -> Self {
        Self {
            access_consent: rt::Field::Absent,
            display_name: rt::Field::Absent,
            email_address: rt::Field::Absent,
            mobile_phone: rt::Field::Absent,
            relationship: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for RelatedContact {
    const TYPE_NAME: &'static str = "microsoft.graph.relatedContact";
    const KEYS: &'static [&'static str] = &[
        "accessConsent",
        "displayName",
        "emailAddress",
        "mobilePhone",
        "relationship",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"accessConsent\":                ",
        ",\"displayName\":                  ",
        ",\"emailAddress\":                 ",
        ",\"mobilePhone\":                  ",
        ",\"relationship\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.relatedContact\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "access_consent", &self.access_consent);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "email_address", &self.email_address);
        v.field(3usize, "mobile_phone", &self.mobile_phone);
        v.field(4usize, "relationship", &self.relationship);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for RelatedContact {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.access_consent.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.email_address.read_from(r),
            3usize => self.mobile_phone.read_from(r),
            4usize => self.relationship.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.access_consent);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.email_address);
        w.field(3usize, &self.mobile_phone);
        w.field(4usize, &self.relationship);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_education_or_search)]
rt::impl_object!(RelatedContact);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    RelatedContact { with_access_consent access_consent : bool; with_display_name
    display_name : ::std::string::String; with_email_address email_address :
    ::std::string::String; with_mobile_phone mobile_phone : ::std::string::String;
    with_relationship relationship : crate ::v1::ContactRelationship; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RelatedContact);
#[cfg(msgraph_v1_reports_or_search)]
/// CSDL: `microsoft.graph.relyingPartyDetailedSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
#[derive(Clone)]
pub struct RelyingPartyDetailedSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `failedSignInCount`: `Edm.Int64`, not nullable.
    pub failed_sign_in_count: rt::Field<i64>,
    /// CSDL: property `migrationStatus`: `microsoft.graph.migrationStatus`, not nullable.
    pub migration_status: rt::Field<crate::v1::MigrationStatus>,
    /// CSDL: property `migrationValidationDetails`: `Collection(microsoft.graph.keyValuePair)`, not nullable.
    pub migration_validation_details: rt::Field<
        ::std::vec::Vec<crate::v1::KeyValuePair>,
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
#[cfg(msgraph_v1_reports_or_search)]
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
#[cfg(msgraph_v1_reports_or_search)]
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
#[cfg(msgraph_v1_reports_or_search)]
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
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_object!(RelyingPartyDetailedSummary);
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_setters!(
    RelyingPartyDetailedSummary { with_id id : ::std::string::String;
    with_failed_sign_in_count failed_sign_in_count : i64; with_migration_status
    migration_status : crate ::v1::MigrationStatus; with_migration_validation_details
    migration_validation_details : ::std::vec::Vec < crate ::v1::KeyValuePair >;
    with_relying_party_id relying_party_id : ::std::string::String;
    with_relying_party_name relying_party_name : ::std::string::String; with_reply_urls
    reply_urls : ::std::vec::Vec < ::std::string::String >; with_service_id service_id :
    ::std::string::String; with_sign_in_success_rate sign_in_success_rate : f64;
    with_successful_sign_in_count successful_sign_in_count : i64;
    with_total_sign_in_count total_sign_in_count : i64; with_unique_user_count
    unique_user_count : i64; }
);
#[cfg(msgraph_v1_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RelyingPartyDetailedSummary);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.reminder`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Reminder {
    /// CSDL: property `changeKey`: `Edm.String`, nullable.
    pub change_key: rt::Field<::std::string::String>,
    /// CSDL: property `eventEndTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub event_end_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `eventId`: `Edm.String`, nullable.
    pub event_id: rt::Field<::std::string::String>,
    /// CSDL: property `eventLocation`: `microsoft.graph.location`, nullable.
    pub event_location: rt::Field<crate::v1::AnyLocation>,
    /// CSDL: property `eventStartTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub event_start_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `eventSubject`: `Edm.String`, nullable.
    pub event_subject: rt::Field<::std::string::String>,
    /// CSDL: property `eventWebLink`: `Edm.String`, nullable.
    pub event_web_link: rt::Field<::std::string::String>,
    /// CSDL: property `reminderFireTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub reminder_fire_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(Reminder);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    Reminder { with_change_key change_key : ::std::string::String; with_event_end_time
    event_end_time : crate ::v1::DateTimeTimeZone; with_event_id event_id :
    ::std::string::String; with_event_location event_location : crate ::v1::AnyLocation;
    with_event_start_time event_start_time : crate ::v1::DateTimeTimeZone;
    with_event_subject event_subject : ::std::string::String; with_event_web_link
    event_web_link : ::std::string::String; with_reminder_fire_time reminder_fire_time :
    crate ::v1::DateTimeTimeZone; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Reminder);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.remoteDesktopSecurityConfiguration`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`RemoteDesktopSecurityConfigurationPath`](requests/trait.RemoteDesktopSecurityConfigurationPath.html), what a path to one (`EntityPath<RemoteDesktopSecurityConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct RemoteDesktopSecurityConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isRemoteDesktopProtocolEnabled`: `Edm.Boolean`, not nullable.
    pub is_remote_desktop_protocol_enabled: rt::Field<bool>,
    /// CSDL: containment navigation property `approvedClientApps`: `Collection(microsoft.graph.approvedClientApp)`, not nullable.
    pub approved_client_apps: rt::Field<::std::vec::Vec<crate::v1::ApprovedClientApp>>,
    /// CSDL: containment navigation property `targetDeviceGroups`: `Collection(microsoft.graph.targetDeviceGroup)`, not nullable.
    pub target_device_groups: rt::Field<::std::vec::Vec<crate::v1::TargetDeviceGroup>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for RemoteDesktopSecurityConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_remote_desktop_protocol_enabled: rt::Field::Absent,
            approved_client_apps: rt::Field::Absent,
            target_device_groups: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for RemoteDesktopSecurityConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.remoteDesktopSecurityConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isRemoteDesktopProtocolEnabled",
        "approvedClientApps",
        "targetDeviceGroups",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isRemoteDesktopProtocolEnabled\":",
        ",\"approvedClientApps\":           ",
        ",\"targetDeviceGroups\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.remoteDesktopSecurityConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "is_remote_desktop_protocol_enabled",
            &self.is_remote_desktop_protocol_enabled,
        );
        v.field(2usize, "approved_client_apps", &self.approved_client_apps);
        v.field(3usize, "target_device_groups", &self.target_device_groups);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for RemoteDesktopSecurityConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_remote_desktop_protocol_enabled.read_from(r),
            2usize => self.approved_client_apps.read_from(r),
            3usize => self.target_device_groups.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_remote_desktop_protocol_enabled);
        w.field(2usize, &self.approved_client_apps);
        w.field(3usize, &self.target_device_groups);
    }
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
rt::impl_object!(RemoteDesktopSecurityConfiguration);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    RemoteDesktopSecurityConfiguration { with_id id : ::std::string::String;
    with_is_remote_desktop_protocol_enabled is_remote_desktop_protocol_enabled : bool;
    with_approved_client_apps approved_client_apps : ::std::vec::Vec < crate
    ::v1::ApprovedClientApp >; with_target_device_groups target_device_groups :
    ::std::vec::Vec < crate ::v1::TargetDeviceGroup >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(RemoteDesktopSecurityConfiguration);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.remoteItem`, complex type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct RemoteItem {
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `file`: `microsoft.graph.file`, nullable.
    pub file: rt::Field<crate::v1::File>,
    /// CSDL: property `fileSystemInfo`: `microsoft.graph.fileSystemInfo`, nullable.
    pub file_system_info: rt::Field<crate::v1::FileSystemInfo>,
    /// CSDL: property `folder`: `microsoft.graph.folder`, nullable.
    pub folder: rt::Field<crate::v1::Folder>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `image`: `microsoft.graph.image`, nullable.
    pub image: rt::Field<crate::v1::Image>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `package`: `microsoft.graph.package`, nullable.
    pub package: rt::Field<crate::v1::Package>,
    /// CSDL: property `parentReference`: `microsoft.graph.itemReference`, nullable.
    pub parent_reference: rt::Field<crate::v1::ItemReference>,
    /// CSDL: property `shared`: `microsoft.graph.shared`, nullable.
    pub shared: rt::Field<crate::v1::Shared>,
    /// CSDL: property `sharepointIds`: `microsoft.graph.sharepointIds`, nullable.
    pub sharepoint_ids: rt::Field<crate::v1::SharepointIds>,
    /// CSDL: property `size`: `Edm.Int64`, nullable.
    pub size: rt::Field<i64>,
    /// CSDL: property `specialFolder`: `microsoft.graph.specialFolder`, nullable.
    pub special_folder: rt::Field<crate::v1::SpecialFolder>,
    /// CSDL: property `video`: `microsoft.graph.video`, nullable.
    pub video: rt::Field<crate::v1::Video>,
    /// CSDL: property `webDavUrl`: `Edm.String`, nullable.
    pub web_dav_url: rt::Field<::std::string::String>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(RemoteItem);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    RemoteItem { with_created_by created_by : crate ::v1::AnyIdentitySet;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_file file :
    crate ::v1::File; with_file_system_info file_system_info : crate
    ::v1::FileSystemInfo; with_folder folder : crate ::v1::Folder; with_id id :
    ::std::string::String; with_image image : crate ::v1::Image; with_last_modified_by
    last_modified_by : crate ::v1::AnyIdentitySet; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_name name :
    ::std::string::String; with_package package : crate ::v1::Package;
    with_parent_reference parent_reference : crate ::v1::ItemReference; with_shared
    shared : crate ::v1::Shared; with_sharepoint_ids sharepoint_ids : crate
    ::v1::SharepointIds; with_size size : i64; with_special_folder special_folder : crate
    ::v1::SpecialFolder; with_video video : crate ::v1::Video; with_web_dav_url
    web_dav_url : ::std::string::String; with_web_url web_url : ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RemoteItem);
#[cfg(msgraph_v1_core_or_device_management)]
/// Lock action result with a pin to unlock
///
/// CSDL: `microsoft.graph.remoteLockActionResult`, complex type, derived from `microsoft.graph.deviceActionResult`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct RemoteLockActionResult {
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
    /// Pin to unlock the client
    ///
    /// CSDL: property `unlockPin`: `Edm.String`, nullable.
    pub unlock_pin: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
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
#[cfg(msgraph_v1_core_or_device_management)]
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
#[cfg(msgraph_v1_core_or_device_management)]
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
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_object!(RemoteLockActionResult);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    RemoteLockActionResult { with_action_name action_name : ::std::string::String;
    with_action_state action_state : crate ::v1::ActionState; with_last_updated_date_time
    last_updated_date_time : rt::edm::DateTimeOffset; with_start_date_time
    start_date_time : rt::edm::DateTimeOffset; with_unlock_pin unlock_pin :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(RemoteLockActionResult);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.remoteTenantGroup`, entity type, derived from `microsoft.graph.directoryObject`, key `id`.
///
/// Request builders: [`DirectoryObjectPath`](requests/trait.DirectoryObjectPath.html), what a path to one (`EntityPath<RemoteTenantGroup, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct RemoteTenantGroup {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `remoteGroupDisplayName`: `Edm.String`, nullable.
    pub remote_group_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `remoteGroupId`: `Edm.Guid`, nullable.
    pub remote_group_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `remoteTenantDisplayName`: `Edm.String`, nullable.
    pub remote_tenant_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `remoteTenantId`: `Edm.Guid`, nullable.
    pub remote_tenant_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `remoteTenantPrimaryDomain`: `Edm.String`, nullable.
    pub remote_tenant_primary_domain: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for RemoteTenantGroup {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            remote_group_display_name: rt::Field::Absent,
            remote_group_id: rt::Field::Absent,
            remote_tenant_display_name: rt::Field::Absent,
            remote_tenant_id: rt::Field::Absent,
            remote_tenant_primary_domain: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for RemoteTenantGroup {
    const TYPE_NAME: &'static str = "microsoft.graph.remoteTenantGroup";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "remoteGroupDisplayName",
        "remoteGroupId",
        "remoteTenantDisplayName",
        "remoteTenantId",
        "remoteTenantPrimaryDomain",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"remoteGroupDisplayName\":       ",
        ",\"remoteGroupId\":                ",
        ",\"remoteTenantDisplayName\":      ",
        ",\"remoteTenantId\":               ",
        ",\"remoteTenantPrimaryDomain\":    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.remoteTenantGroup\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "remote_group_display_name", &self.remote_group_display_name);
        v.field(3usize, "remote_group_id", &self.remote_group_id);
        v.field(4usize, "remote_tenant_display_name", &self.remote_tenant_display_name);
        v.field(5usize, "remote_tenant_id", &self.remote_tenant_id);
        v.field(
            6usize,
            "remote_tenant_primary_domain",
            &self.remote_tenant_primary_domain,
        );
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for RemoteTenantGroup {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.remote_group_display_name.read_from(r),
            3usize => self.remote_group_id.read_from(r),
            4usize => self.remote_tenant_display_name.read_from(r),
            5usize => self.remote_tenant_id.read_from(r),
            6usize => self.remote_tenant_primary_domain.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.remote_group_display_name);
        w.field(3usize, &self.remote_group_id);
        w.field(4usize, &self.remote_tenant_display_name);
        w.field(5usize, &self.remote_tenant_id);
        w.field(6usize, &self.remote_tenant_primary_domain);
    }
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
rt::impl_object!(RemoteTenantGroup);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    RemoteTenantGroup { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_remote_group_display_name
    remote_group_display_name : ::std::string::String; with_remote_group_id
    remote_group_id : rt::edm::Guid; with_remote_tenant_display_name
    remote_tenant_display_name : ::std::string::String; with_remote_tenant_id
    remote_tenant_id : rt::edm::Guid; with_remote_tenant_primary_domain
    remote_tenant_primary_domain : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(RemoteTenantGroup);
#[cfg(msgraph_v1_reports)]
/// Device Configuration profile History reports.
///
/// CSDL: `microsoft.graph.report`, complex type.
///
/// Features: `v1` or `v1-reports`.
#[derive(Clone)]
pub struct Report {
    /// CSDL: property `content`: `Edm.Stream`, nullable.
    pub content: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_reports)]
impl ::std::default::Default for Report {
    #[inline]
    fn default() -> Self {
        Self {
            content: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_reports)]
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
#[cfg(msgraph_v1_reports)]
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
#[cfg(msgraph_v1_reports)]
rt::impl_object!(Report);
#[cfg(msgraph_v1_reports)]
rt::impl_setters!(Report { with_content content : rt::RawJson; });
#[cfg(msgraph_v1_reports)]
#[cfg(feature = "serde")]
rt::impl_serde!(Report);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.reportsRoot`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ReportsRootPath`](requests/trait.ReportsRootPath.html), what a path to one (`EntityPath<ReportsRoot, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct ReportsRoot {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `readingAssignmentSubmissions`: `Collection(microsoft.graph.readingAssignmentSubmission)`, not nullable.
    pub reading_assignment_submissions: rt::Field<
        ::std::vec::Vec<crate::v1::ReadingAssignmentSubmission>,
    >,
    /// CSDL: containment navigation property `readingCoachPassages`: `Collection(microsoft.graph.readingCoachPassage)`, not nullable.
    pub reading_coach_passages: rt::Field<
        ::std::vec::Vec<crate::v1::ReadingCoachPassage>,
    >,
    /// CSDL: containment navigation property `reflectCheckInResponses`: `Collection(microsoft.graph.reflectCheckInResponse)`, not nullable.
    pub reflect_check_in_responses: rt::Field<
        ::std::vec::Vec<crate::v1::ReflectCheckInResponse>,
    >,
    /// CSDL: containment navigation property `speakerAssignmentSubmissions`: `Collection(microsoft.graph.speakerAssignmentSubmission)`, not nullable.
    pub speaker_assignment_submissions: rt::Field<
        ::std::vec::Vec<crate::v1::SpeakerAssignmentSubmission>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for ReportsRoot {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            reading_assignment_submissions: rt::Field::Absent,
            reading_coach_passages: rt::Field::Absent,
            reflect_check_in_responses: rt::Field::Absent,
            speaker_assignment_submissions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for ReportsRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.reportsRoot";
    const KEYS: &'static [&'static str] = &[
        "id",
        "readingAssignmentSubmissions",
        "readingCoachPassages",
        "reflectCheckInResponses",
        "speakerAssignmentSubmissions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"readingAssignmentSubmissions\": ",
        ",\"readingCoachPassages\":         ",
        ",\"reflectCheckInResponses\":      ",
        ",\"speakerAssignmentSubmissions\": ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.reportsRoot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "reading_assignment_submissions",
            &self.reading_assignment_submissions,
        );
        v.field(2usize, "reading_coach_passages", &self.reading_coach_passages);
        v.field(3usize, "reflect_check_in_responses", &self.reflect_check_in_responses);
        v.field(
            4usize,
            "speaker_assignment_submissions",
            &self.speaker_assignment_submissions,
        );
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for ReportsRoot {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.reading_assignment_submissions.read_from(r),
            2usize => self.reading_coach_passages.read_from(r),
            3usize => self.reflect_check_in_responses.read_from(r),
            4usize => self.speaker_assignment_submissions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.reading_assignment_submissions);
        w.field(2usize, &self.reading_coach_passages);
        w.field(3usize, &self.reflect_check_in_responses);
        w.field(4usize, &self.speaker_assignment_submissions);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_education_or_search)]
rt::impl_object!(ReportsRoot);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    ReportsRoot { with_id id : ::std::string::String; with_reading_assignment_submissions
    reading_assignment_submissions : ::std::vec::Vec < crate
    ::v1::ReadingAssignmentSubmission >; with_reading_coach_passages
    reading_coach_passages : ::std::vec::Vec < crate ::v1::ReadingCoachPassage >;
    with_reflect_check_in_responses reflect_check_in_responses : ::std::vec::Vec < crate
    ::v1::ReflectCheckInResponse >; with_speaker_assignment_submissions
    speaker_assignment_submissions : ::std::vec::Vec < crate
    ::v1::SpeakerAssignmentSubmission >; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ReportsRoot);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.requestSignatureVerification`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct RequestSignatureVerification {
    /// CSDL: property `allowedWeakAlgorithms`: `microsoft.graph.weakAlgorithms`, nullable.
    pub allowed_weak_algorithms: rt::Field<rt::Flags<crate::v1::WeakAlgorithms>>,
    /// CSDL: property `isSignedRequestRequired`: `Edm.Boolean`, not nullable.
    pub is_signed_request_required: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for RequestSignatureVerification {
    #[inline]
    fn default() -> Self {
        Self {
            allowed_weak_algorithms: rt::Field::Absent,
            is_signed_request_required: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for RequestSignatureVerification {
    const TYPE_NAME: &'static str = "microsoft.graph.requestSignatureVerification";
    const KEYS: &'static [&'static str] = &[
        "allowedWeakAlgorithms",
        "isSignedRequestRequired",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowedWeakAlgorithms\":        ",
        ",\"isSignedRequestRequired\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.requestSignatureVerification\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allowed_weak_algorithms", &self.allowed_weak_algorithms);
        v.field(1usize, "is_signed_request_required", &self.is_signed_request_required);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for RequestSignatureVerification {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allowed_weak_algorithms.read_from(r),
            1usize => self.is_signed_request_required.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allowed_weak_algorithms);
        w.field(1usize, &self.is_signed_request_required);
    }
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
rt::impl_object!(RequestSignatureVerification);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    RequestSignatureVerification { with_allowed_weak_algorithms allowed_weak_algorithms :
    rt::Flags < crate ::v1::WeakAlgorithms >; with_is_signed_request_required
    is_signed_request_required : bool; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(RequestSignatureVerification);
#[cfg(msgraph_v1_device_management_or_search)]
/// Possible values of required passwords.
///
/// CSDL: `microsoft.graph.requiredPasswordType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RequiredPasswordType {
    /// Device default value, no intent.
    ///
    /// `deviceDefault` (value 0).
    DeviceDefault,
    /// Alphanumeric password required.
    ///
    /// `alphanumeric` (value 1).
    Alphanumeric,
    /// Numeric password required.
    ///
    /// `numeric` (value 2).
    Numeric,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(RequiredPasswordType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RequiredPasswordType);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
/// CSDL: `microsoft.graph.resellerDelegatedAdminRelationship`, entity type, derived from `microsoft.graph.delegatedAdminRelationship`, key `id`.
///
/// Request builders: [`DelegatedAdminRelationshipPath`](requests/trait.DelegatedAdminRelationshipPath.html), what a path to one (`EntityPath<ResellerDelegatedAdminRelationship, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-tenant-relationships`.
#[derive(Clone)]
pub struct ResellerDelegatedAdminRelationship {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `accessDetails`: `microsoft.graph.delegatedAdminAccessDetails`, not nullable.
    pub access_details: rt::Field<crate::v1::DelegatedAdminAccessDetails>,
    /// CSDL: property `activatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub activated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `autoExtendDuration`: `Edm.Duration`, nullable.
    pub auto_extend_duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `customer`: `microsoft.graph.delegatedAdminRelationshipCustomerParticipant`, nullable.
    pub customer: rt::Field<crate::v1::DelegatedAdminRelationshipCustomerParticipant>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `duration`: `Edm.Duration`, not nullable.
    pub duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.delegatedAdminRelationshipStatus`, nullable.
    pub status: rt::Field<crate::v1::DelegatedAdminRelationshipStatus>,
    /// CSDL: containment navigation property `accessAssignments`: `Collection(microsoft.graph.delegatedAdminAccessAssignment)`, not nullable.
    pub access_assignments: rt::Field<
        ::std::vec::Vec<crate::v1::DelegatedAdminAccessAssignment>,
    >,
    /// CSDL: containment navigation property `operations`: `Collection(microsoft.graph.delegatedAdminRelationshipOperation)`, not nullable.
    pub operations: rt::Field<
        ::std::vec::Vec<crate::v1::DelegatedAdminRelationshipOperation>,
    >,
    /// CSDL: containment navigation property `requests`: `Collection(microsoft.graph.delegatedAdminRelationshipRequest)`, not nullable.
    pub requests: rt::Field<
        ::std::vec::Vec<crate::v1::DelegatedAdminRelationshipRequest>,
    >,
    /// CSDL: property `indirectProviderTenantId`: `Edm.String`, not nullable.
    pub indirect_provider_tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `isPartnerConsentPending`: `Edm.Boolean`, not nullable.
    pub is_partner_consent_pending: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl ::std::default::Default for ResellerDelegatedAdminRelationship {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            access_details: rt::Field::Absent,
            activated_date_time: rt::Field::Absent,
            auto_extend_duration: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            customer: rt::Field::Absent,
            display_name: rt::Field::Absent,
            duration: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            access_assignments: rt::Field::Absent,
            operations: rt::Field::Absent,
            requests: rt::Field::Absent,
            indirect_provider_tenant_id: rt::Field::Absent,
            is_partner_consent_pending: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::Object for ResellerDelegatedAdminRelationship {
    const TYPE_NAME: &'static str = "microsoft.graph.resellerDelegatedAdminRelationship";
    const KEYS: &'static [&'static str] = &[
        "id",
        "accessDetails",
        "activatedDateTime",
        "autoExtendDuration",
        "createdDateTime",
        "customer",
        "displayName",
        "duration",
        "endDateTime",
        "lastModifiedDateTime",
        "status",
        "accessAssignments",
        "operations",
        "requests",
        "indirectProviderTenantId",
        "isPartnerConsentPending",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"accessDetails\":                ",
        ",\"activatedDateTime\":            ",
        ",\"autoExtendDuration\":           ",
        ",\"createdDateTime\":              ",
        ",\"customer\":                     ",
        ",\"displayName\":                  ",
        ",\"duration\":                     ",
        ",\"endDateTime\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"status\":                       ",
        ",\"accessAssignments\":            ",
        ",\"operations\":                   ",
        ",\"requests\":                     ",
        ",\"indirectProviderTenantId\":     ",
        ",\"isPartnerConsentPending\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.resellerDelegatedAdminRelationship\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "access_details", &self.access_details);
        v.field(2usize, "activated_date_time", &self.activated_date_time);
        v.field(3usize, "auto_extend_duration", &self.auto_extend_duration);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "customer", &self.customer);
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "duration", &self.duration);
        v.field(8usize, "end_date_time", &self.end_date_time);
        v.field(9usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(10usize, "status", &self.status);
        v.field(11usize, "access_assignments", &self.access_assignments);
        v.field(12usize, "operations", &self.operations);
        v.field(13usize, "requests", &self.requests);
        v.field(
            14usize,
            "indirect_provider_tenant_id",
            &self.indirect_provider_tenant_id,
        );
        v.field(15usize, "is_partner_consent_pending", &self.is_partner_consent_pending);
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::object::Members for ResellerDelegatedAdminRelationship {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.access_details.read_from(r),
            2usize => self.activated_date_time.read_from(r),
            3usize => self.auto_extend_duration.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.customer.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.duration.read_from(r),
            8usize => self.end_date_time.read_from(r),
            9usize => self.last_modified_date_time.read_from(r),
            10usize => self.status.read_from(r),
            11usize => self.access_assignments.read_from(r),
            12usize => self.operations.read_from(r),
            13usize => self.requests.read_from(r),
            14usize => self.indirect_provider_tenant_id.read_from(r),
            15usize => self.is_partner_consent_pending.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.access_details);
        w.field(2usize, &self.activated_date_time);
        w.field(3usize, &self.auto_extend_duration);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.customer);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.duration);
        w.field(8usize, &self.end_date_time);
        w.field(9usize, &self.last_modified_date_time);
        w.field(10usize, &self.status);
        w.field(11usize, &self.access_assignments);
        w.field(12usize, &self.operations);
        w.field(13usize, &self.requests);
        w.field(14usize, &self.indirect_provider_tenant_id);
        w.field(15usize, &self.is_partner_consent_pending);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_object!(ResellerDelegatedAdminRelationship);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_setters!(
    ResellerDelegatedAdminRelationship { with_id id : ::std::string::String;
    with_access_details access_details : crate ::v1::DelegatedAdminAccessDetails;
    with_activated_date_time activated_date_time : rt::edm::DateTimeOffset;
    with_auto_extend_duration auto_extend_duration : rt::edm::Duration;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_customer
    customer : crate ::v1::DelegatedAdminRelationshipCustomerParticipant;
    with_display_name display_name : ::std::string::String; with_duration duration :
    rt::edm::Duration; with_end_date_time end_date_time : rt::edm::DateTimeOffset;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_status status : crate ::v1::DelegatedAdminRelationshipStatus;
    with_access_assignments access_assignments : ::std::vec::Vec < crate
    ::v1::DelegatedAdminAccessAssignment >; with_operations operations : ::std::vec::Vec
    < crate ::v1::DelegatedAdminRelationshipOperation >; with_requests requests :
    ::std::vec::Vec < crate ::v1::DelegatedAdminRelationshipRequest >;
    with_indirect_provider_tenant_id indirect_provider_tenant_id : ::std::string::String;
    with_is_partner_consent_pending is_partner_consent_pending : bool; }
);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResellerDelegatedAdminRelationship);
#[cfg(msgraph_v1_places_or_search)]
/// CSDL: `microsoft.graph.reservablePlaceMode`, complex type, derived from `microsoft.graph.placeMode`.
///
/// Features: `v1`, or one of `v1-places`, `v1-search`.
#[derive(Clone)]
pub struct ReservablePlaceMode {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::default::Default for ReservablePlaceMode {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::Object for ReservablePlaceMode {
    const TYPE_NAME: &'static str = "microsoft.graph.reservablePlaceMode";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.reservablePlaceMode\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::object::Members for ReservablePlaceMode {
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
#[cfg(msgraph_v1_places_or_search)]
rt::impl_object!(ReservablePlaceMode);
#[cfg(msgraph_v1_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ReservablePlaceMode);
#[cfg(msgraph_v1_core_or_device_management)]
/// Reset passcode action result
///
/// CSDL: `microsoft.graph.resetPasscodeActionResult`, complex type, derived from `microsoft.graph.deviceActionResult`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ResetPasscodeActionResult {
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
#[cfg(msgraph_v1_core_or_device_management)]
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
#[cfg(msgraph_v1_core_or_device_management)]
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
#[cfg(msgraph_v1_core_or_device_management)]
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
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_object!(ResetPasscodeActionResult);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    ResetPasscodeActionResult { with_action_name action_name : ::std::string::String;
    with_action_state action_state : crate ::v1::ActionState; with_last_updated_date_time
    last_updated_date_time : rt::edm::DateTimeOffset; with_start_date_time
    start_date_time : rt::edm::DateTimeOffset; with_error_code error_code : i32;
    with_passcode passcode : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResetPasscodeActionResult);
#[cfg(msgraph_v1_device_management_or_search)]
/// Set of allowed and not allowed actions for a resource.
///
/// CSDL: `microsoft.graph.resourceAction`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
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
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(ResourceAction);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    ResourceAction { with_allowed_resource_actions allowed_resource_actions :
    ::std::vec::Vec < ::std::string::String >; with_not_allowed_resource_actions
    not_allowed_resource_actions : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResourceAction);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.resourceData`, complex type, open.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct ResourceData {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for ResourceData {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for ResourceData {
    const TYPE_NAME: &'static str = "microsoft.graph.resourceData";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.resourceData\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_any_area)]
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(ResourceData);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResourceData);
#[cfg(msgraph_v1_places_or_search)]
/// CSDL: `microsoft.graph.resourceLink`, complex type.
///
/// Features: `v1`, or one of `v1-places`, `v1-search`.
#[derive(Clone)]
pub struct ResourceLink {
    /// CSDL: property `linkType`: `microsoft.graph.resourceLinkType`, not nullable.
    pub link_type: rt::Field<crate::v1::ResourceLinkType>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::default::Default for ResourceLink {
    #[inline]
    fn default() -> Self {
        Self {
            link_type: rt::Field::Absent,
            name: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::Object for ResourceLink {
    const TYPE_NAME: &'static str = "microsoft.graph.resourceLink";
    const KEYS: &'static [&'static str] = &["linkType", "name", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"linkType\":                     ",
        ",\"name\":                         ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.resourceLink\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "link_type", &self.link_type);
        v.field(1usize, "name", &self.name);
        v.field(2usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::object::Members for ResourceLink {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.link_type.read_from(r),
            1usize => self.name.read_from(r),
            2usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.link_type);
        w.field(1usize, &self.name);
        w.field(2usize, &self.value);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_places_or_search)]
rt::impl_object!(ResourceLink);
#[cfg(msgraph_v1_places_or_search)]
rt::impl_setters!(
    ResourceLink { with_link_type link_type : crate ::v1::ResourceLinkType; with_name
    name : ::std::string::String; with_value value : ::std::string::String; }
);
#[cfg(msgraph_v1_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResourceLink);
#[cfg(msgraph_v1_places_or_search)]
/// CSDL: `microsoft.graph.resourceLinkType`, enum type.
///
/// Features: `v1`, or one of `v1-places`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ResourceLinkType {
    /// `url` (value 0).
    Url,
    /// `unknownFutureValue` (value 1).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::StrEnum for ResourceLinkType {
    const TYPE_NAME: &'static str = "microsoft.graph.resourceLinkType";
    const MEMBERS: &'static [&'static str] = &["url", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "url" => Self::Url,
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
            Self::Url => "url",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_places_or_search)]
rt::impl_enum!(ResourceLinkType);
#[cfg(msgraph_v1_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResourceLinkType);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.responseEmotionType`, enum type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ResponseEmotionType {
    /// `none` (value 0).
    None,
    /// `confident` (value 1).
    Confident,
    /// `excited` (value 2).
    Excited,
    /// `happy` (value 3).
    Happy,
    /// `motivated` (value 4).
    Motivated,
    /// `peaceful` (value 5).
    Peaceful,
    /// `ambitious` (value 6).
    Ambitious,
    /// `cheerful` (value 7).
    Cheerful,
    /// `comfortable` (value 8).
    Comfortable,
    /// `creative` (value 9).
    Creative,
    /// `determined` (value 10).
    Determined,
    /// `energized` (value 11).
    Energized,
    /// `focused` (value 12).
    Focused,
    /// `fulfilled` (value 13).
    Fulfilled,
    /// `grateful` (value 14).
    Grateful,
    /// `included` (value 15).
    Included,
    /// `inspired` (value 16).
    Inspired,
    /// `optimistic` (value 17).
    Optimistic,
    /// `proud` (value 18).
    Proud,
    /// `successful` (value 19).
    Successful,
    /// `valuable` (value 20).
    Valuable,
    /// `annoyed` (value 21).
    Annoyed,
    /// `bored` (value 22).
    Bored,
    /// `calm` (value 23).
    Calm,
    /// `confused` (value 24).
    Confused,
    /// `glad` (value 25).
    Glad,
    /// `content` (value 26).
    Content,
    /// `pensive` (value 27).
    Pensive,
    /// `reserved` (value 28).
    Reserved,
    /// `restless` (value 29).
    Restless,
    /// `shocked` (value 30).
    Shocked,
    /// `tired` (value 31).
    Tired,
    /// `angry` (value 32).
    Angry,
    /// `depressed` (value 33).
    Depressed,
    /// `exhausted` (value 34).
    Exhausted,
    /// `lonely` (value 35).
    Lonely,
    /// `nervous` (value 36).
    Nervous,
    /// `anxious` (value 37).
    Anxious,
    /// `apathetic` (value 38).
    Apathetic,
    /// `concerned` (value 39).
    Concerned,
    /// `disappointed` (value 40).
    Disappointed,
    /// `frightened` (value 41).
    Frightened,
    /// `frustrated` (value 42).
    Frustrated,
    /// `hopeless` (value 43).
    Hopeless,
    /// `hurt` (value 44).
    Hurt,
    /// `jealous` (value 45).
    Jealous,
    /// `miserable` (value 46).
    Miserable,
    /// `overwhelmed` (value 47).
    Overwhelmed,
    /// `skeptical` (value 48).
    Skeptical,
    /// `stressed` (value 49).
    Stressed,
    /// `stuck` (value 50).
    Stuck,
    /// `worthless` (value 51).
    Worthless,
    /// `awed` (value 52).
    Awed,
    /// `ashamed` (value 53).
    Ashamed,
    /// `curious` (value 54).
    Curious,
    /// `sensitive` (value 55).
    Sensitive,
    /// `sad` (value 56).
    Sad,
    /// `unknownFutureValue` (value 57).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::StrEnum for ResponseEmotionType {
    const TYPE_NAME: &'static str = "microsoft.graph.responseEmotionType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "confident",
        "excited",
        "happy",
        "motivated",
        "peaceful",
        "ambitious",
        "cheerful",
        "comfortable",
        "creative",
        "determined",
        "energized",
        "focused",
        "fulfilled",
        "grateful",
        "included",
        "inspired",
        "optimistic",
        "proud",
        "successful",
        "valuable",
        "annoyed",
        "bored",
        "calm",
        "confused",
        "glad",
        "content",
        "pensive",
        "reserved",
        "restless",
        "shocked",
        "tired",
        "angry",
        "depressed",
        "exhausted",
        "lonely",
        "nervous",
        "anxious",
        "apathetic",
        "concerned",
        "disappointed",
        "frightened",
        "frustrated",
        "hopeless",
        "hurt",
        "jealous",
        "miserable",
        "overwhelmed",
        "skeptical",
        "stressed",
        "stuck",
        "worthless",
        "awed",
        "ashamed",
        "curious",
        "sensitive",
        "sad",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "confident" => Self::Confident,
                "excited" => Self::Excited,
                "happy" => Self::Happy,
                "motivated" => Self::Motivated,
                "peaceful" => Self::Peaceful,
                "ambitious" => Self::Ambitious,
                "cheerful" => Self::Cheerful,
                "comfortable" => Self::Comfortable,
                "creative" => Self::Creative,
                "determined" => Self::Determined,
                "energized" => Self::Energized,
                "focused" => Self::Focused,
                "fulfilled" => Self::Fulfilled,
                "grateful" => Self::Grateful,
                "included" => Self::Included,
                "inspired" => Self::Inspired,
                "optimistic" => Self::Optimistic,
                "proud" => Self::Proud,
                "successful" => Self::Successful,
                "valuable" => Self::Valuable,
                "annoyed" => Self::Annoyed,
                "bored" => Self::Bored,
                "calm" => Self::Calm,
                "confused" => Self::Confused,
                "glad" => Self::Glad,
                "content" => Self::Content,
                "pensive" => Self::Pensive,
                "reserved" => Self::Reserved,
                "restless" => Self::Restless,
                "shocked" => Self::Shocked,
                "tired" => Self::Tired,
                "angry" => Self::Angry,
                "depressed" => Self::Depressed,
                "exhausted" => Self::Exhausted,
                "lonely" => Self::Lonely,
                "nervous" => Self::Nervous,
                "anxious" => Self::Anxious,
                "apathetic" => Self::Apathetic,
                "concerned" => Self::Concerned,
                "disappointed" => Self::Disappointed,
                "frightened" => Self::Frightened,
                "frustrated" => Self::Frustrated,
                "hopeless" => Self::Hopeless,
                "hurt" => Self::Hurt,
                "jealous" => Self::Jealous,
                "miserable" => Self::Miserable,
                "overwhelmed" => Self::Overwhelmed,
                "skeptical" => Self::Skeptical,
                "stressed" => Self::Stressed,
                "stuck" => Self::Stuck,
                "worthless" => Self::Worthless,
                "awed" => Self::Awed,
                "ashamed" => Self::Ashamed,
                "curious" => Self::Curious,
                "sensitive" => Self::Sensitive,
                "sad" => Self::Sad,
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
            Self::Confident => "confident",
            Self::Excited => "excited",
            Self::Happy => "happy",
            Self::Motivated => "motivated",
            Self::Peaceful => "peaceful",
            Self::Ambitious => "ambitious",
            Self::Cheerful => "cheerful",
            Self::Comfortable => "comfortable",
            Self::Creative => "creative",
            Self::Determined => "determined",
            Self::Energized => "energized",
            Self::Focused => "focused",
            Self::Fulfilled => "fulfilled",
            Self::Grateful => "grateful",
            Self::Included => "included",
            Self::Inspired => "inspired",
            Self::Optimistic => "optimistic",
            Self::Proud => "proud",
            Self::Successful => "successful",
            Self::Valuable => "valuable",
            Self::Annoyed => "annoyed",
            Self::Bored => "bored",
            Self::Calm => "calm",
            Self::Confused => "confused",
            Self::Glad => "glad",
            Self::Content => "content",
            Self::Pensive => "pensive",
            Self::Reserved => "reserved",
            Self::Restless => "restless",
            Self::Shocked => "shocked",
            Self::Tired => "tired",
            Self::Angry => "angry",
            Self::Depressed => "depressed",
            Self::Exhausted => "exhausted",
            Self::Lonely => "lonely",
            Self::Nervous => "nervous",
            Self::Anxious => "anxious",
            Self::Apathetic => "apathetic",
            Self::Concerned => "concerned",
            Self::Disappointed => "disappointed",
            Self::Frightened => "frightened",
            Self::Frustrated => "frustrated",
            Self::Hopeless => "hopeless",
            Self::Hurt => "hurt",
            Self::Jealous => "jealous",
            Self::Miserable => "miserable",
            Self::Overwhelmed => "overwhelmed",
            Self::Skeptical => "skeptical",
            Self::Stressed => "stressed",
            Self::Stuck => "stuck",
            Self::Worthless => "worthless",
            Self::Awed => "awed",
            Self::Ashamed => "ashamed",
            Self::Curious => "curious",
            Self::Sensitive => "sensitive",
            Self::Sad => "sad",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
rt::impl_enum!(ResponseEmotionType);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResponseEmotionType);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.responseFeedbackType`, enum type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ResponseFeedbackType {
    /// `none` (value 0).
    None,
    /// `notDetected` (value 1).
    NotDetected,
    /// `veryUnpleasant` (value 2).
    VeryUnpleasant,
    /// `unpleasant` (value 3).
    Unpleasant,
    /// `neutral` (value 4).
    Neutral,
    /// `pleasant` (value 5).
    Pleasant,
    /// `veryPleasant` (value 6).
    VeryPleasant,
    /// `unknownFutureValue` (value 7).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::StrEnum for ResponseFeedbackType {
    const TYPE_NAME: &'static str = "microsoft.graph.responseFeedbackType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "notDetected",
        "veryUnpleasant",
        "unpleasant",
        "neutral",
        "pleasant",
        "veryPleasant",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "notDetected" => Self::NotDetected,
                "veryUnpleasant" => Self::VeryUnpleasant,
                "unpleasant" => Self::Unpleasant,
                "neutral" => Self::Neutral,
                "pleasant" => Self::Pleasant,
                "veryPleasant" => Self::VeryPleasant,
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
            Self::NotDetected => "notDetected",
            Self::VeryUnpleasant => "veryUnpleasant",
            Self::Unpleasant => "unpleasant",
            Self::Neutral => "neutral",
            Self::Pleasant => "pleasant",
            Self::VeryPleasant => "veryPleasant",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
rt::impl_enum!(ResponseFeedbackType);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResponseFeedbackType);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.restoreArtifactBase`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`RestoreArtifactBasePath`](requests/trait.RestoreArtifactBasePath.html), what a path to one (`EntityPath<AnyRestoreArtifactBase, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct RestoreArtifactBase {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `completionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completion_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `destinationType`: `microsoft.graph.destinationType`, nullable.
    pub destination_type: rt::Field<crate::v1::DestinationType>,
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::v1::PublicError>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.artifactRestoreStatus`, nullable.
    pub status: rt::Field<crate::v1::ArtifactRestoreStatus>,
    /// CSDL: navigation property `restorePoint`: `microsoft.graph.restorePoint`, nullable.
    pub restore_point: rt::Field<crate::v1::RestorePoint>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for RestoreArtifactBase {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            completion_date_time: rt::Field::Absent,
            destination_type: rt::Field::Absent,
            error: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            restore_point: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for RestoreArtifactBase {
    const TYPE_NAME: &'static str = "microsoft.graph.restoreArtifactBase";
    const KEYS: &'static [&'static str] = &[
        "id",
        "completionDateTime",
        "destinationType",
        "error",
        "startDateTime",
        "status",
        "restorePoint",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"completionDateTime\":           ",
        ",\"destinationType\":              ",
        ",\"error\":                        ",
        ",\"startDateTime\":                ",
        ",\"status\":                       ",
        ",\"restorePoint\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.restoreArtifactBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "completion_date_time", &self.completion_date_time);
        v.field(2usize, "destination_type", &self.destination_type);
        v.field(3usize, "error", &self.error);
        v.field(4usize, "start_date_time", &self.start_date_time);
        v.field(5usize, "status", &self.status);
        v.field(6usize, "restore_point", &self.restore_point);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for RestoreArtifactBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.completion_date_time.read_from(r),
            2usize => self.destination_type.read_from(r),
            3usize => self.error.read_from(r),
            4usize => self.start_date_time.read_from(r),
            5usize => self.status.read_from(r),
            6usize => self.restore_point.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.completion_date_time);
        w.field(2usize, &self.destination_type);
        w.field(3usize, &self.error);
        w.field(4usize, &self.start_date_time);
        w.field(5usize, &self.status);
        w.field(6usize, &self.restore_point);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(RestoreArtifactBase);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    RestoreArtifactBase { with_id id : ::std::string::String; with_completion_date_time
    completion_date_time : rt::edm::DateTimeOffset; with_destination_type
    destination_type : crate ::v1::DestinationType; with_error error : crate
    ::v1::PublicError; with_start_date_time start_date_time : rt::edm::DateTimeOffset;
    with_status status : crate ::v1::ArtifactRestoreStatus; with_restore_point
    restore_point : crate ::v1::RestorePoint; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(RestoreArtifactBase);
#[cfg(msgraph_v1_search_or_solutions)]
/// `microsoft.graph.restoreArtifactBase` or any type derived from it, selected by `@odata.type` (5 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyRestoreArtifactBase {
    RestoreArtifactBase(::std::boxed::Box<crate::v1::RestoreArtifactBase>),
    DriveRestoreArtifact(::std::boxed::Box<crate::v1::DriveRestoreArtifact>),
    GranularMailboxRestoreArtifact(
        ::std::boxed::Box<crate::v1::GranularMailboxRestoreArtifact>,
    ),
    MailboxRestoreArtifact(::std::boxed::Box<crate::v1::MailboxRestoreArtifact>),
    SiteRestoreArtifact(::std::boxed::Box<crate::v1::SiteRestoreArtifact>),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for AnyRestoreArtifactBase {
    #[inline]
    fn default() -> Self {
        Self::RestoreArtifactBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RestoreArtifactBase> for AnyRestoreArtifactBase {
    #[inline]
    fn from(v: crate::v1::RestoreArtifactBase) -> Self {
        Self::RestoreArtifactBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DriveRestoreArtifact> for AnyRestoreArtifactBase {
    #[inline]
    fn from(v: crate::v1::DriveRestoreArtifact) -> Self {
        Self::DriveRestoreArtifact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::GranularMailboxRestoreArtifact>
for AnyRestoreArtifactBase {
    #[inline]
    fn from(v: crate::v1::GranularMailboxRestoreArtifact) -> Self {
        Self::GranularMailboxRestoreArtifact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MailboxRestoreArtifact> for AnyRestoreArtifactBase {
    #[inline]
    fn from(v: crate::v1::MailboxRestoreArtifact) -> Self {
        Self::MailboxRestoreArtifact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SiteRestoreArtifact> for AnyRestoreArtifactBase {
    #[inline]
    fn from(v: crate::v1::SiteRestoreArtifact) -> Self {
        Self::SiteRestoreArtifact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
unsafe impl ::std::marker::Send for AnyRestoreArtifactBase {}
#[cfg(msgraph_v1_search_or_solutions)]
unsafe impl ::std::marker::Sync for AnyRestoreArtifactBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::marker::Unpin for AnyRestoreArtifactBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::panic::UnwindSafe for AnyRestoreArtifactBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::panic::RefUnwindSafe for AnyRestoreArtifactBase {}
#[cfg(msgraph_v1_search_or_solutions)]
const _: () = {
    rt::object::auto_traits::<crate::v1::RestoreArtifactBase>();
    rt::object::auto_traits::<crate::v1::DriveRestoreArtifact>();
    rt::object::auto_traits::<crate::v1::GranularMailboxRestoreArtifact>();
    rt::object::auto_traits::<crate::v1::MailboxRestoreArtifact>();
    rt::object::auto_traits::<crate::v1::SiteRestoreArtifact>();
};
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Poly for AnyRestoreArtifactBase {
    const BASE_NAME: &'static str = "microsoft.graph.restoreArtifactBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.driveRestoreArtifact") => {
                Self::DriveRestoreArtifact(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.granularMailboxRestoreArtifact",
            ) => Self::GranularMailboxRestoreArtifact(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.mailboxRestoreArtifact") => {
                Self::MailboxRestoreArtifact(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.siteRestoreArtifact") => {
                Self::SiteRestoreArtifact(rt::object::new_boxed())
            }
            _ => Self::RestoreArtifactBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::RestoreArtifactBase(v) => &**v,
            Self::DriveRestoreArtifact(v) => &**v,
            Self::GranularMailboxRestoreArtifact(v) => &**v,
            Self::MailboxRestoreArtifact(v) => &**v,
            Self::SiteRestoreArtifact(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::RestoreArtifactBase(v) => &mut **v,
            Self::DriveRestoreArtifact(v) => &mut **v,
            Self::GranularMailboxRestoreArtifact(v) => &mut **v,
            Self::MailboxRestoreArtifact(v) => &mut **v,
            Self::SiteRestoreArtifact(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl AnyRestoreArtifactBase {
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
            Self::RestoreArtifactBase(v) => &v.id,
            Self::DriveRestoreArtifact(v) => &v.id,
            Self::GranularMailboxRestoreArtifact(v) => &v.id,
            Self::MailboxRestoreArtifact(v) => &v.id,
            Self::SiteRestoreArtifact(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::RestoreArtifactBase(v) => &mut v.id,
            Self::DriveRestoreArtifact(v) => &mut v.id,
            Self::GranularMailboxRestoreArtifact(v) => &mut v.id,
            Self::MailboxRestoreArtifact(v) => &mut v.id,
            Self::SiteRestoreArtifact(v) => &mut v.id,
        }
    }
    /// `completionDateTime` of any variant.
    #[inline]
    pub fn completion_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::RestoreArtifactBase(v) => &v.completion_date_time,
            Self::DriveRestoreArtifact(v) => &v.completion_date_time,
            Self::GranularMailboxRestoreArtifact(v) => &v.completion_date_time,
            Self::MailboxRestoreArtifact(v) => &v.completion_date_time,
            Self::SiteRestoreArtifact(v) => &v.completion_date_time,
        }
    }
    /// `completionDateTime` of any variant.
    #[inline]
    pub fn completion_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::RestoreArtifactBase(v) => &mut v.completion_date_time,
            Self::DriveRestoreArtifact(v) => &mut v.completion_date_time,
            Self::GranularMailboxRestoreArtifact(v) => &mut v.completion_date_time,
            Self::MailboxRestoreArtifact(v) => &mut v.completion_date_time,
            Self::SiteRestoreArtifact(v) => &mut v.completion_date_time,
        }
    }
    /// `destinationType` of any variant.
    #[inline]
    pub fn destination_type(&self) -> &rt::Field<crate::v1::DestinationType> {
        match self {
            Self::RestoreArtifactBase(v) => &v.destination_type,
            Self::DriveRestoreArtifact(v) => &v.destination_type,
            Self::GranularMailboxRestoreArtifact(v) => &v.destination_type,
            Self::MailboxRestoreArtifact(v) => &v.destination_type,
            Self::SiteRestoreArtifact(v) => &v.destination_type,
        }
    }
    /// `destinationType` of any variant.
    #[inline]
    pub fn destination_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::DestinationType> {
        match self {
            Self::RestoreArtifactBase(v) => &mut v.destination_type,
            Self::DriveRestoreArtifact(v) => &mut v.destination_type,
            Self::GranularMailboxRestoreArtifact(v) => &mut v.destination_type,
            Self::MailboxRestoreArtifact(v) => &mut v.destination_type,
            Self::SiteRestoreArtifact(v) => &mut v.destination_type,
        }
    }
    /// `error` of any variant.
    #[inline]
    pub fn error(&self) -> &rt::Field<crate::v1::PublicError> {
        match self {
            Self::RestoreArtifactBase(v) => &v.error,
            Self::DriveRestoreArtifact(v) => &v.error,
            Self::GranularMailboxRestoreArtifact(v) => &v.error,
            Self::MailboxRestoreArtifact(v) => &v.error,
            Self::SiteRestoreArtifact(v) => &v.error,
        }
    }
    /// `error` of any variant.
    #[inline]
    pub fn error_mut(&mut self) -> &mut rt::Field<crate::v1::PublicError> {
        match self {
            Self::RestoreArtifactBase(v) => &mut v.error,
            Self::DriveRestoreArtifact(v) => &mut v.error,
            Self::GranularMailboxRestoreArtifact(v) => &mut v.error,
            Self::MailboxRestoreArtifact(v) => &mut v.error,
            Self::SiteRestoreArtifact(v) => &mut v.error,
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::RestoreArtifactBase(v) => &v.start_date_time,
            Self::DriveRestoreArtifact(v) => &v.start_date_time,
            Self::GranularMailboxRestoreArtifact(v) => &v.start_date_time,
            Self::MailboxRestoreArtifact(v) => &v.start_date_time,
            Self::SiteRestoreArtifact(v) => &v.start_date_time,
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::RestoreArtifactBase(v) => &mut v.start_date_time,
            Self::DriveRestoreArtifact(v) => &mut v.start_date_time,
            Self::GranularMailboxRestoreArtifact(v) => &mut v.start_date_time,
            Self::MailboxRestoreArtifact(v) => &mut v.start_date_time,
            Self::SiteRestoreArtifact(v) => &mut v.start_date_time,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<crate::v1::ArtifactRestoreStatus> {
        match self {
            Self::RestoreArtifactBase(v) => &v.status,
            Self::DriveRestoreArtifact(v) => &v.status,
            Self::GranularMailboxRestoreArtifact(v) => &v.status,
            Self::MailboxRestoreArtifact(v) => &v.status,
            Self::SiteRestoreArtifact(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(&mut self) -> &mut rt::Field<crate::v1::ArtifactRestoreStatus> {
        match self {
            Self::RestoreArtifactBase(v) => &mut v.status,
            Self::DriveRestoreArtifact(v) => &mut v.status,
            Self::GranularMailboxRestoreArtifact(v) => &mut v.status,
            Self::MailboxRestoreArtifact(v) => &mut v.status,
            Self::SiteRestoreArtifact(v) => &mut v.status,
        }
    }
    /// `restorePoint` of any variant.
    #[inline]
    pub fn restore_point(&self) -> &rt::Field<crate::v1::RestorePoint> {
        match self {
            Self::RestoreArtifactBase(v) => &v.restore_point,
            Self::DriveRestoreArtifact(v) => &v.restore_point,
            Self::GranularMailboxRestoreArtifact(v) => &v.restore_point,
            Self::MailboxRestoreArtifact(v) => &v.restore_point,
            Self::SiteRestoreArtifact(v) => &v.restore_point,
        }
    }
    /// `restorePoint` of any variant.
    #[inline]
    pub fn restore_point_mut(&mut self) -> &mut rt::Field<crate::v1::RestorePoint> {
        match self {
            Self::RestoreArtifactBase(v) => &mut v.restore_point,
            Self::DriveRestoreArtifact(v) => &mut v.restore_point,
            Self::GranularMailboxRestoreArtifact(v) => &mut v.restore_point,
            Self::MailboxRestoreArtifact(v) => &mut v.restore_point,
            Self::SiteRestoreArtifact(v) => &mut v.restore_point,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_poly!(AnyRestoreArtifactBase);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyRestoreArtifactBase);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.restorePointSearchResponse`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct RestorePointSearchResponse {
    /// CSDL: property `noResultProtectionUnitIds`: `Collection(Edm.String)`, nullable.
    pub no_result_protection_unit_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `searchResponseId`: `Edm.String`, nullable.
    pub search_response_id: rt::Field<::std::string::String>,
    /// CSDL: property `searchResults`: `Collection(microsoft.graph.restorePointSearchResult)`, nullable.
    pub search_results: rt::Field<::std::vec::Vec<crate::v1::RestorePointSearchResult>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for RestorePointSearchResponse {
    #[inline]
    fn default() -> Self {
        Self {
            no_result_protection_unit_ids: rt::Field::Absent,
            search_response_id: rt::Field::Absent,
            search_results: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for RestorePointSearchResponse {
    const TYPE_NAME: &'static str = "microsoft.graph.restorePointSearchResponse";
    const KEYS: &'static [&'static str] = &[
        "noResultProtectionUnitIds",
        "searchResponseId",
        "searchResults",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"noResultProtectionUnitIds\":    ",
        ",\"searchResponseId\":             ",
        ",\"searchResults\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.restorePointSearchResponse\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "no_result_protection_unit_ids",
            &self.no_result_protection_unit_ids,
        );
        v.field(1usize, "search_response_id", &self.search_response_id);
        v.field(2usize, "search_results", &self.search_results);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for RestorePointSearchResponse {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.no_result_protection_unit_ids.read_from(r),
            1usize => self.search_response_id.read_from(r),
            2usize => self.search_results.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.no_result_protection_unit_ids);
        w.field(1usize, &self.search_response_id);
        w.field(2usize, &self.search_results);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(RestorePointSearchResponse);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    RestorePointSearchResponse { with_no_result_protection_unit_ids
    no_result_protection_unit_ids : ::std::vec::Vec < ::std::string::String >;
    with_search_response_id search_response_id : ::std::string::String;
    with_search_results search_results : ::std::vec::Vec < crate
    ::v1::RestorePointSearchResult >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(RestorePointSearchResponse);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.restorePointSearchResult`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct RestorePointSearchResult {
    /// CSDL: property `artifactHitCount`: `Edm.Int32`, nullable.
    pub artifact_hit_count: rt::Field<i32>,
    /// CSDL: navigation property `restorePoint`: `microsoft.graph.restorePoint`, nullable.
    pub restore_point: rt::Field<crate::v1::RestorePoint>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for RestorePointSearchResult {
    #[inline]
    fn default() -> Self {
        Self {
            artifact_hit_count: rt::Field::Absent,
            restore_point: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for RestorePointSearchResult {
    const TYPE_NAME: &'static str = "microsoft.graph.restorePointSearchResult";
    const KEYS: &'static [&'static str] = &["artifactHitCount", "restorePoint"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"artifactHitCount\":             ",
        ",\"restorePoint\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.restorePointSearchResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "artifact_hit_count", &self.artifact_hit_count);
        v.field(1usize, "restore_point", &self.restore_point);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for RestorePointSearchResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.artifact_hit_count.read_from(r),
            1usize => self.restore_point.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.artifact_hit_count);
        w.field(1usize, &self.restore_point);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(RestorePointSearchResult);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    RestorePointSearchResult { with_artifact_hit_count artifact_hit_count : i32;
    with_restore_point restore_point : crate ::v1::RestorePoint; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(RestorePointSearchResult);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.resultTemplate`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct ResultTemplate {
    /// CSDL: property `body`: `Edm.Untyped`, nullable.
    pub body: rt::Field<rt::RawJson>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
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
#[cfg(msgraph_v1_any_area)]
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
#[cfg(msgraph_v1_any_area)]
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(ResultTemplate);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    ResultTemplate { with_body body : rt::RawJson; with_display_name display_name :
    ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResultTemplate);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.resultTemplateOption`, complex type.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct ResultTemplateOption {
    /// CSDL: property `enableResultTemplate`: `Edm.Boolean`, nullable.
    pub enable_result_template: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for ResultTemplateOption {
    #[inline]
    fn default() -> Self {
        Self {
            enable_result_template: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
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
#[cfg(msgraph_v1_search)]
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
#[cfg(msgraph_v1_search)]
rt::impl_object!(ResultTemplateOption);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    ResultTemplateOption { with_enable_result_template enable_result_template : bool; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResultTemplateOption);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.retentionLabelSettings`, complex type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct RetentionLabelSettings {
    /// CSDL: property `behaviorDuringRetentionPeriod`: `microsoft.graph.security.behaviorDuringRetentionPeriod`, nullable.
    pub behavior_during_retention_period: rt::Field<
        crate::v1::security::BehaviorDuringRetentionPeriod,
    >,
    /// CSDL: property `isContentUpdateAllowed`: `Edm.Boolean`, nullable.
    pub is_content_update_allowed: rt::Field<bool>,
    /// CSDL: property `isDeleteAllowed`: `Edm.Boolean`, nullable.
    pub is_delete_allowed: rt::Field<bool>,
    /// CSDL: property `isLabelUpdateAllowed`: `Edm.Boolean`, nullable.
    pub is_label_update_allowed: rt::Field<bool>,
    /// CSDL: property `isMetadataUpdateAllowed`: `Edm.Boolean`, nullable.
    pub is_metadata_update_allowed: rt::Field<bool>,
    /// CSDL: property `isRecordLocked`: `Edm.Boolean`, nullable.
    pub is_record_locked: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for RetentionLabelSettings {
    #[inline]
    fn default() -> Self {
        Self {
            behavior_during_retention_period: rt::Field::Absent,
            is_content_update_allowed: rt::Field::Absent,
            is_delete_allowed: rt::Field::Absent,
            is_label_update_allowed: rt::Field::Absent,
            is_metadata_update_allowed: rt::Field::Absent,
            is_record_locked: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for RetentionLabelSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.retentionLabelSettings";
    const KEYS: &'static [&'static str] = &[
        "behaviorDuringRetentionPeriod",
        "isContentUpdateAllowed",
        "isDeleteAllowed",
        "isLabelUpdateAllowed",
        "isMetadataUpdateAllowed",
        "isRecordLocked",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"behaviorDuringRetentionPeriod\":",
        ",\"isContentUpdateAllowed\":       ",
        ",\"isDeleteAllowed\":              ",
        ",\"isLabelUpdateAllowed\":         ",
        ",\"isMetadataUpdateAllowed\":      ",
        ",\"isRecordLocked\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.retentionLabelSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "behavior_during_retention_period",
            &self.behavior_during_retention_period,
        );
        v.field(1usize, "is_content_update_allowed", &self.is_content_update_allowed);
        v.field(2usize, "is_delete_allowed", &self.is_delete_allowed);
        v.field(3usize, "is_label_update_allowed", &self.is_label_update_allowed);
        v.field(4usize, "is_metadata_update_allowed", &self.is_metadata_update_allowed);
        v.field(5usize, "is_record_locked", &self.is_record_locked);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for RetentionLabelSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.behavior_during_retention_period.read_from(r),
            1usize => self.is_content_update_allowed.read_from(r),
            2usize => self.is_delete_allowed.read_from(r),
            3usize => self.is_label_update_allowed.read_from(r),
            4usize => self.is_metadata_update_allowed.read_from(r),
            5usize => self.is_record_locked.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.behavior_during_retention_period);
        w.field(1usize, &self.is_content_update_allowed);
        w.field(2usize, &self.is_delete_allowed);
        w.field(3usize, &self.is_label_update_allowed);
        w.field(4usize, &self.is_metadata_update_allowed);
        w.field(5usize, &self.is_record_locked);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(RetentionLabelSettings);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    RetentionLabelSettings { with_behavior_during_retention_period
    behavior_during_retention_period : crate
    ::v1::security::BehaviorDuringRetentionPeriod; with_is_content_update_allowed
    is_content_update_allowed : bool; with_is_delete_allowed is_delete_allowed : bool;
    with_is_label_update_allowed is_label_update_allowed : bool;
    with_is_metadata_update_allowed is_metadata_update_allowed : bool;
    with_is_record_locked is_record_locked : bool; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RetentionLabelSettings);
#[cfg(msgraph_v1_copilot)]
/// CSDL: `microsoft.graph.retrievalDataSource`, enum type.
///
/// Features: `v1` or `v1-copilot`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RetrievalDataSource {
    /// `sharePoint` (value 0).
    SharePoint,
    /// `oneDriveBusiness` (value 1).
    OneDriveBusiness,
    /// `externalItem` (value 2).
    ExternalItem,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_copilot)]
impl rt::StrEnum for RetrievalDataSource {
    const TYPE_NAME: &'static str = "microsoft.graph.retrievalDataSource";
    const MEMBERS: &'static [&'static str] = &[
        "sharePoint",
        "oneDriveBusiness",
        "externalItem",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "sharePoint" => Self::SharePoint,
                "oneDriveBusiness" => Self::OneDriveBusiness,
                "externalItem" => Self::ExternalItem,
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
            Self::SharePoint => "sharePoint",
            Self::OneDriveBusiness => "oneDriveBusiness",
            Self::ExternalItem => "externalItem",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_copilot)]
rt::impl_enum!(RetrievalDataSource);
#[cfg(msgraph_v1_copilot)]
#[cfg(feature = "serde")]
rt::impl_serde!(RetrievalDataSource);
#[cfg(msgraph_v1_device_management_or_search)]
/// Color in RGB.
///
/// CSDL: `microsoft.graph.rgbColor`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
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
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(RgbColor);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(RgbColor { with_b b : u8; with_g g : u8; with_r r : u8; });
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RgbColor);
#[cfg(msgraph_v1_audit_logs_or_search)]
/// CSDL: `microsoft.graph.riskEventType`, enum type.
///
/// Features: `v1`, or one of `v1-audit-logs`, `v1-search`.
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
#[cfg(msgraph_v1_audit_logs_or_search)]
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
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_enum!(RiskEventType);
#[cfg(msgraph_v1_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RiskEventType);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.riskPreventionContainer`, entity type.
///
/// Request builders: [`RiskPreventionContainerPath`](requests/trait.RiskPreventionContainerPath.html), what a path to one (`EntityPath<RiskPreventionContainer, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct RiskPreventionContainer {
    /// CSDL: containment navigation property `fraudProtectionProviders`: `Collection(microsoft.graph.fraudProtectionProvider)`, not nullable.
    pub fraud_protection_providers: rt::Field<
        ::std::vec::Vec<crate::v1::AnyFraudProtectionProvider>,
    >,
    /// CSDL: containment navigation property `webApplicationFirewallProviders`: `Collection(microsoft.graph.webApplicationFirewallProvider)`, not nullable.
    pub web_application_firewall_providers: rt::Field<
        ::std::vec::Vec<crate::v1::AnyWebApplicationFirewallProvider>,
    >,
    /// CSDL: containment navigation property `webApplicationFirewallVerifications`: `Collection(microsoft.graph.webApplicationFirewallVerificationModel)`, not nullable.
    pub web_application_firewall_verifications: rt::Field<
        ::std::vec::Vec<crate::v1::WebApplicationFirewallVerificationModel>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for RiskPreventionContainer {
    #[inline]
    fn default() -> Self {
        Self {
            fraud_protection_providers: rt::Field::Absent,
            web_application_firewall_providers: rt::Field::Absent,
            web_application_firewall_verifications: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for RiskPreventionContainer {
    const TYPE_NAME: &'static str = "microsoft.graph.riskPreventionContainer";
    const KEYS: &'static [&'static str] = &[
        "fraudProtectionProviders",
        "webApplicationFirewallProviders",
        "webApplicationFirewallVerifications",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"fraudProtectionProviders\":     ",
        ",\"webApplicationFirewallProviders\":",
        ",\"webApplicationFirewallVerifications\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.riskPreventionContainer\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "fraud_protection_providers", &self.fraud_protection_providers);
        v.field(
            1usize,
            "web_application_firewall_providers",
            &self.web_application_firewall_providers,
        );
        v.field(
            2usize,
            "web_application_firewall_verifications",
            &self.web_application_firewall_verifications,
        );
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for RiskPreventionContainer {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.fraud_protection_providers.read_from(r),
            1usize => self.web_application_firewall_providers.read_from(r),
            2usize => self.web_application_firewall_verifications.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.fraud_protection_providers);
        w.field(1usize, &self.web_application_firewall_providers);
        w.field(2usize, &self.web_application_firewall_verifications);
    }
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
rt::impl_object!(RiskPreventionContainer);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    RiskPreventionContainer { with_fraud_protection_providers fraud_protection_providers
    : ::std::vec::Vec < crate ::v1::AnyFraudProtectionProvider >;
    with_web_application_firewall_providers web_application_firewall_providers :
    ::std::vec::Vec < crate ::v1::AnyWebApplicationFirewallProvider >;
    with_web_application_firewall_verifications web_application_firewall_verifications :
    ::std::vec::Vec < crate ::v1::WebApplicationFirewallVerificationModel >; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RiskPreventionContainer);
#[cfg(msgraph_v1_device_management_or_search)]
/// The Role Assignment resource. Role assignments tie together a role definition with members and scopes. There can be one or more role assignments per role. This applies to custom and built-in roles.
///
/// CSDL: `microsoft.graph.roleAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`RoleAssignmentPath`](requests/trait.RoleAssignmentPath.html), what a path to one (`EntityPath<AnyRoleAssignment, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct RoleAssignment {
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
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for RoleAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            resource_scopes: rt::Field::Absent,
            role_definition: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for RoleAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.roleAssignment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "resourceScopes",
        "roleDefinition",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"resourceScopes\":               ",
        ",\"roleDefinition\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.roleAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "resource_scopes", &self.resource_scopes);
        v.field(4usize, "role_definition", &self.role_definition);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for RoleAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.resource_scopes.read_from(r),
            4usize => self.role_definition.read_from(r),
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
    }
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
rt::impl_object!(RoleAssignment);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    RoleAssignment { with_id id : ::std::string::String; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_resource_scopes resource_scopes : ::std::vec::Vec < ::std::string::String >;
    with_role_definition role_definition : crate ::v1::AnyRoleDefinition; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoleAssignment);
#[cfg(msgraph_v1_device_management_or_search)]
/// `microsoft.graph.roleAssignment` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyRoleAssignment {
    RoleAssignment(::std::boxed::Box<crate::v1::RoleAssignment>),
    DeviceAndAppManagementRoleAssignment(
        ::std::boxed::Box<crate::v1::DeviceAndAppManagementRoleAssignment>,
    ),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for AnyRoleAssignment {
    #[inline]
    fn default() -> Self {
        Self::RoleAssignment(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RoleAssignment> for AnyRoleAssignment {
    #[inline]
    fn from(v: crate::v1::RoleAssignment) -> Self {
        Self::RoleAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceAndAppManagementRoleAssignment>
for AnyRoleAssignment {
    #[inline]
    fn from(v: crate::v1::DeviceAndAppManagementRoleAssignment) -> Self {
        Self::DeviceAndAppManagementRoleAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyRoleAssignment {}
#[cfg(msgraph_v1_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyRoleAssignment {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::marker::Unpin for AnyRoleAssignment {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyRoleAssignment {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyRoleAssignment {}
#[cfg(msgraph_v1_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::RoleAssignment>();
    rt::object::auto_traits::<crate::v1::DeviceAndAppManagementRoleAssignment>();
};
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
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
    /// `roleDefinition` of any variant.
    #[inline]
    pub fn role_definition(&self) -> &rt::Field<crate::v1::AnyRoleDefinition> {
        match self {
            Self::RoleAssignment(v) => &v.role_definition,
            Self::DeviceAndAppManagementRoleAssignment(v) => &v.role_definition,
        }
    }
    /// `roleDefinition` of any variant.
    #[inline]
    pub fn role_definition_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::AnyRoleDefinition> {
        match self {
            Self::RoleAssignment(v) => &mut v.role_definition,
            Self::DeviceAndAppManagementRoleAssignment(v) => &mut v.role_definition,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_poly!(AnyRoleAssignment);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyRoleAssignment);
#[cfg(msgraph_v1_role_management_or_search)]
/// CSDL: `microsoft.graph.roleAssignmentScheduleFilterByCurrentUserOptions`, enum type.
///
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RoleAssignmentScheduleFilterByCurrentUserOptions {
    /// `principal` (value 1).
    Principal,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_role_management_or_search)]
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
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_enum!(RoleAssignmentScheduleFilterByCurrentUserOptions);
#[cfg(msgraph_v1_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoleAssignmentScheduleFilterByCurrentUserOptions);
#[cfg(msgraph_v1_device_management_or_search)]
/// The Role Definition resource. The role definition is the foundation of role based access in Intune. The role combines an Intune resource such as a Mobile App and associated role permissions such as Create or Read for the resource. There are two types of roles, built-in and custom. Built-in roles cannot be modified. Both built-in roles and custom roles must have assignments to be enforced. Create custom roles if you want to define a role that allows any of the available resources and role permissions to be combined into a single role.
///
/// CSDL: `microsoft.graph.roleDefinition`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`RoleDefinitionPath`](requests/trait.RoleDefinitionPath.html), what a path to one (`EntityPath<AnyRoleDefinition, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
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
impl ::std::default::Default for RoleDefinition {
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
impl rt::Object for RoleDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.roleDefinition";
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
    const TAG: &'static str = "\"#microsoft.graph.roleDefinition\"";
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
impl rt::object::Members for RoleDefinition {
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
rt::impl_object!(RoleDefinition);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    RoleDefinition { with_id id : ::std::string::String; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_is_built_in is_built_in : bool; with_role_permissions role_permissions :
    ::std::vec::Vec < crate ::v1::RolePermission >; with_role_assignments
    role_assignments : ::std::vec::Vec < crate ::v1::AnyRoleAssignment >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoleDefinition);
#[cfg(msgraph_v1_device_management_or_search)]
/// `microsoft.graph.roleDefinition` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyRoleDefinition {
    RoleDefinition(::std::boxed::Box<crate::v1::RoleDefinition>),
    DeviceAndAppManagementRoleDefinition(
        ::std::boxed::Box<crate::v1::DeviceAndAppManagementRoleDefinition>,
    ),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for AnyRoleDefinition {
    #[inline]
    fn default() -> Self {
        Self::RoleDefinition(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RoleDefinition> for AnyRoleDefinition {
    #[inline]
    fn from(v: crate::v1::RoleDefinition) -> Self {
        Self::RoleDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceAndAppManagementRoleDefinition>
for AnyRoleDefinition {
    #[inline]
    fn from(v: crate::v1::DeviceAndAppManagementRoleDefinition) -> Self {
        Self::DeviceAndAppManagementRoleDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyRoleDefinition {}
#[cfg(msgraph_v1_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyRoleDefinition {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::marker::Unpin for AnyRoleDefinition {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyRoleDefinition {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyRoleDefinition {}
#[cfg(msgraph_v1_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::RoleDefinition>();
    rt::object::auto_traits::<crate::v1::DeviceAndAppManagementRoleDefinition>();
};
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
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
    /// `rolePermissions` of any variant.
    #[inline]
    pub fn role_permissions(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::RolePermission>> {
        match self {
            Self::RoleDefinition(v) => &v.role_permissions,
            Self::DeviceAndAppManagementRoleDefinition(v) => &v.role_permissions,
        }
    }
    /// `rolePermissions` of any variant.
    #[inline]
    pub fn role_permissions_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::RolePermission>> {
        match self {
            Self::RoleDefinition(v) => &mut v.role_permissions,
            Self::DeviceAndAppManagementRoleDefinition(v) => &mut v.role_permissions,
        }
    }
    /// `roleAssignments` of any variant.
    #[inline]
    pub fn role_assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AnyRoleAssignment>> {
        match self {
            Self::RoleDefinition(v) => &v.role_assignments,
            Self::DeviceAndAppManagementRoleDefinition(v) => &v.role_assignments,
        }
    }
    /// `roleAssignments` of any variant.
    #[inline]
    pub fn role_assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyRoleAssignment>> {
        match self {
            Self::RoleDefinition(v) => &mut v.role_assignments,
            Self::DeviceAndAppManagementRoleDefinition(v) => &mut v.role_assignments,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_poly!(AnyRoleDefinition);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyRoleDefinition);
#[cfg(msgraph_v1_role_management_or_search)]
/// CSDL: `microsoft.graph.roleEligibilityScheduleFilterByCurrentUserOptions`, enum type.
///
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RoleEligibilityScheduleFilterByCurrentUserOptions {
    /// `principal` (value 1).
    Principal,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_role_management_or_search)]
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
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_enum!(RoleEligibilityScheduleFilterByCurrentUserOptions);
#[cfg(msgraph_v1_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoleEligibilityScheduleFilterByCurrentUserOptions);
#[cfg(msgraph_v1_role_management_or_search)]
/// CSDL: `microsoft.graph.roleEligibilityScheduleRequestFilterByCurrentUserOptions`, enum type.
///
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
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
#[cfg(msgraph_v1_role_management_or_search)]
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
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_enum!(RoleEligibilityScheduleRequestFilterByCurrentUserOptions);
#[cfg(msgraph_v1_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoleEligibilityScheduleRequestFilterByCurrentUserOptions);
#[cfg(msgraph_v1_device_management_or_search)]
/// Contains the set of ResourceActions determining the allowed and not allowed permissions for each role.
///
/// CSDL: `microsoft.graph.rolePermission`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct RolePermission {
    /// Resource Actions each containing a set of allowed and not allowed permissions.
    ///
    /// CSDL: property `resourceActions`: `Collection(microsoft.graph.resourceAction)`, nullable.
    pub resource_actions: rt::Field<::std::vec::Vec<crate::v1::ResourceAction>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for RolePermission {
    #[inline]
    fn default() -> Self {
        Self {
            resource_actions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for RolePermission {
    const TYPE_NAME: &'static str = "microsoft.graph.rolePermission";
    const KEYS: &'static [&'static str] = &["resourceActions"];
    const KEYS_JSON: &'static [&'static str] = &[",\"resourceActions\":              "];
    const TAG: &'static str = "\"#microsoft.graph.rolePermission\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "resource_actions", &self.resource_actions);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for RolePermission {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.resource_actions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.resource_actions);
    }
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
rt::impl_object!(RolePermission);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    RolePermission { with_resource_actions resource_actions : ::std::vec::Vec < crate
    ::v1::ResourceAction >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RolePermission);
#[cfg(msgraph_v1_places_or_search)]
/// CSDL: `microsoft.graph.room`, entity type, derived from `microsoft.graph.place`, key `id`.
///
/// Request builders: [`PlacePath`](requests/trait.PlacePath.html), what a path to one (`EntityPath<Room, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-places`, `v1-search`.
#[derive(Clone)]
pub struct Room {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `address`: `microsoft.graph.physicalAddress`, nullable.
    pub address: rt::Field<crate::v1::PhysicalAddress>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `geoCoordinates`: `microsoft.graph.outlookGeoCoordinates`, nullable.
    pub geo_coordinates: rt::Field<crate::v1::OutlookGeoCoordinates>,
    /// CSDL: property `isWheelChairAccessible`: `Edm.Boolean`, nullable.
    pub is_wheel_chair_accessible: rt::Field<bool>,
    /// CSDL: property `label`: `Edm.String`, nullable.
    pub label: rt::Field<::std::string::String>,
    /// CSDL: property `parentId`: `Edm.String`, nullable.
    pub parent_id: rt::Field<::std::string::String>,
    /// CSDL: property `phone`: `Edm.String`, nullable.
    pub phone: rt::Field<::std::string::String>,
    /// CSDL: property `placeId`: `Edm.String`, nullable.
    pub place_id: rt::Field<::std::string::String>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, not nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: containment navigation property `checkIns`: `Collection(microsoft.graph.checkInClaim)`, not nullable.
    pub check_ins: rt::Field<::std::vec::Vec<crate::v1::CheckInClaim>>,
    /// CSDL: property `audioDeviceName`: `Edm.String`, nullable.
    pub audio_device_name: rt::Field<::std::string::String>,
    /// CSDL: property `bookingType`: `microsoft.graph.bookingType`, nullable.
    pub booking_type: rt::Field<crate::v1::BookingType>,
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
    /// CSDL: property `nickname`: `Edm.String`, not nullable.
    pub nickname: rt::Field<::std::string::String>,
    /// CSDL: property `teamsEnabledState`: `microsoft.graph.placeFeatureEnablement`, not nullable.
    pub teams_enabled_state: rt::Field<crate::v1::PlaceFeatureEnablement>,
    /// CSDL: property `videoDeviceName`: `Edm.String`, nullable.
    pub video_device_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::default::Default for Room {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            address: rt::Field::Absent,
            display_name: rt::Field::Absent,
            geo_coordinates: rt::Field::Absent,
            is_wheel_chair_accessible: rt::Field::Absent,
            label: rt::Field::Absent,
            parent_id: rt::Field::Absent,
            phone: rt::Field::Absent,
            place_id: rt::Field::Absent,
            tags: rt::Field::Absent,
            check_ins: rt::Field::Absent,
            audio_device_name: rt::Field::Absent,
            booking_type: rt::Field::Absent,
            building: rt::Field::Absent,
            capacity: rt::Field::Absent,
            display_device_name: rt::Field::Absent,
            email_address: rt::Field::Absent,
            floor_label: rt::Field::Absent,
            floor_number: rt::Field::Absent,
            nickname: rt::Field::Absent,
            teams_enabled_state: rt::Field::Absent,
            video_device_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::Object for Room {
    const TYPE_NAME: &'static str = "microsoft.graph.room";
    const KEYS: &'static [&'static str] = &[
        "id",
        "address",
        "displayName",
        "geoCoordinates",
        "isWheelChairAccessible",
        "label",
        "parentId",
        "phone",
        "placeId",
        "tags",
        "checkIns",
        "audioDeviceName",
        "bookingType",
        "building",
        "capacity",
        "displayDeviceName",
        "emailAddress",
        "floorLabel",
        "floorNumber",
        "nickname",
        "teamsEnabledState",
        "videoDeviceName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"address\":                      ",
        ",\"displayName\":                  ",
        ",\"geoCoordinates\":               ",
        ",\"isWheelChairAccessible\":       ",
        ",\"label\":                        ",
        ",\"parentId\":                     ",
        ",\"phone\":                        ",
        ",\"placeId\":                      ",
        ",\"tags\":                         ",
        ",\"checkIns\":                     ",
        ",\"audioDeviceName\":              ",
        ",\"bookingType\":                  ",
        ",\"building\":                     ",
        ",\"capacity\":                     ",
        ",\"displayDeviceName\":            ",
        ",\"emailAddress\":                 ",
        ",\"floorLabel\":                   ",
        ",\"floorNumber\":                  ",
        ",\"nickname\":                     ",
        ",\"teamsEnabledState\":            ",
        ",\"videoDeviceName\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.room\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "address", &self.address);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "geo_coordinates", &self.geo_coordinates);
        v.field(4usize, "is_wheel_chair_accessible", &self.is_wheel_chair_accessible);
        v.field(5usize, "label", &self.label);
        v.field(6usize, "parent_id", &self.parent_id);
        v.field(7usize, "phone", &self.phone);
        v.field(8usize, "place_id", &self.place_id);
        v.field(9usize, "tags", &self.tags);
        v.field(10usize, "check_ins", &self.check_ins);
        v.field(11usize, "audio_device_name", &self.audio_device_name);
        v.field(12usize, "booking_type", &self.booking_type);
        v.field(13usize, "building", &self.building);
        v.field(14usize, "capacity", &self.capacity);
        v.field(15usize, "display_device_name", &self.display_device_name);
        v.field(16usize, "email_address", &self.email_address);
        v.field(17usize, "floor_label", &self.floor_label);
        v.field(18usize, "floor_number", &self.floor_number);
        v.field(19usize, "nickname", &self.nickname);
        v.field(20usize, "teams_enabled_state", &self.teams_enabled_state);
        v.field(21usize, "video_device_name", &self.video_device_name);
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::object::Members for Room {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.address.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.geo_coordinates.read_from(r),
            4usize => self.is_wheel_chair_accessible.read_from(r),
            5usize => self.label.read_from(r),
            6usize => self.parent_id.read_from(r),
            7usize => self.phone.read_from(r),
            8usize => self.place_id.read_from(r),
            9usize => self.tags.read_from(r),
            10usize => self.check_ins.read_from(r),
            11usize => self.audio_device_name.read_from(r),
            12usize => self.booking_type.read_from(r),
            13usize => self.building.read_from(r),
            14usize => self.capacity.read_from(r),
            15usize => self.display_device_name.read_from(r),
            16usize => self.email_address.read_from(r),
            17usize => self.floor_label.read_from(r),
            18usize => self.floor_number.read_from(r),
            19usize => self.nickname.read_from(r),
            20usize => self.teams_enabled_state.read_from(r),
            21usize => self.video_device_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.address);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.geo_coordinates);
        w.field(4usize, &self.is_wheel_chair_accessible);
        w.field(5usize, &self.label);
        w.field(6usize, &self.parent_id);
        w.field(7usize, &self.phone);
        w.field(8usize, &self.place_id);
        w.field(9usize, &self.tags);
        w.field(10usize, &self.check_ins);
        w.field(11usize, &self.audio_device_name);
        w.field(12usize, &self.booking_type);
        w.field(13usize, &self.building);
        w.field(14usize, &self.capacity);
        w.field(15usize, &self.display_device_name);
        w.field(16usize, &self.email_address);
        w.field(17usize, &self.floor_label);
        w.field(18usize, &self.floor_number);
        w.field(19usize, &self.nickname);
        w.field(20usize, &self.teams_enabled_state);
        w.field(21usize, &self.video_device_name);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_places_or_search)]
rt::impl_object!(Room);
#[cfg(msgraph_v1_places_or_search)]
rt::impl_setters!(
    Room { with_id id : ::std::string::String; with_address address : crate
    ::v1::PhysicalAddress; with_display_name display_name : ::std::string::String;
    with_geo_coordinates geo_coordinates : crate ::v1::OutlookGeoCoordinates;
    with_is_wheel_chair_accessible is_wheel_chair_accessible : bool; with_label label :
    ::std::string::String; with_parent_id parent_id : ::std::string::String; with_phone
    phone : ::std::string::String; with_place_id place_id : ::std::string::String;
    with_tags tags : ::std::vec::Vec < ::std::string::String >; with_check_ins check_ins
    : ::std::vec::Vec < crate ::v1::CheckInClaim >; with_audio_device_name
    audio_device_name : ::std::string::String; with_booking_type booking_type : crate
    ::v1::BookingType; with_building building : ::std::string::String; with_capacity
    capacity : i32; with_display_device_name display_device_name : ::std::string::String;
    with_email_address email_address : ::std::string::String; with_floor_label
    floor_label : ::std::string::String; with_floor_number floor_number : i32;
    with_nickname nickname : ::std::string::String; with_teams_enabled_state
    teams_enabled_state : crate ::v1::PlaceFeatureEnablement; with_video_device_name
    video_device_name : ::std::string::String; }
);
#[cfg(msgraph_v1_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Room);
#[cfg(msgraph_v1_places_or_search)]
/// CSDL: `microsoft.graph.roomList`, entity type, derived from `microsoft.graph.place`, key `id`.
///
/// Request builders: [`RoomListPath`](requests/trait.RoomListPath.html), what a path to one (`EntityPath<RoomList, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-places`, `v1-search`.
#[derive(Clone)]
pub struct RoomList {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `address`: `microsoft.graph.physicalAddress`, nullable.
    pub address: rt::Field<crate::v1::PhysicalAddress>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `geoCoordinates`: `microsoft.graph.outlookGeoCoordinates`, nullable.
    pub geo_coordinates: rt::Field<crate::v1::OutlookGeoCoordinates>,
    /// CSDL: property `isWheelChairAccessible`: `Edm.Boolean`, nullable.
    pub is_wheel_chair_accessible: rt::Field<bool>,
    /// CSDL: property `label`: `Edm.String`, nullable.
    pub label: rt::Field<::std::string::String>,
    /// CSDL: property `parentId`: `Edm.String`, nullable.
    pub parent_id: rt::Field<::std::string::String>,
    /// CSDL: property `phone`: `Edm.String`, nullable.
    pub phone: rt::Field<::std::string::String>,
    /// CSDL: property `placeId`: `Edm.String`, nullable.
    pub place_id: rt::Field<::std::string::String>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, not nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: containment navigation property `checkIns`: `Collection(microsoft.graph.checkInClaim)`, not nullable.
    pub check_ins: rt::Field<::std::vec::Vec<crate::v1::CheckInClaim>>,
    /// CSDL: property `emailAddress`: `Edm.String`, nullable.
    pub email_address: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `rooms`: `Collection(microsoft.graph.room)`, not nullable.
    pub rooms: rt::Field<::std::vec::Vec<crate::v1::Room>>,
    /// CSDL: containment navigation property `workspaces`: `Collection(microsoft.graph.workspace)`, not nullable.
    pub workspaces: rt::Field<::std::vec::Vec<crate::v1::Workspace>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::default::Default for RoomList {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            address: rt::Field::Absent,
            display_name: rt::Field::Absent,
            geo_coordinates: rt::Field::Absent,
            is_wheel_chair_accessible: rt::Field::Absent,
            label: rt::Field::Absent,
            parent_id: rt::Field::Absent,
            phone: rt::Field::Absent,
            place_id: rt::Field::Absent,
            tags: rt::Field::Absent,
            check_ins: rt::Field::Absent,
            email_address: rt::Field::Absent,
            rooms: rt::Field::Absent,
            workspaces: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::Object for RoomList {
    const TYPE_NAME: &'static str = "microsoft.graph.roomList";
    const KEYS: &'static [&'static str] = &[
        "id",
        "address",
        "displayName",
        "geoCoordinates",
        "isWheelChairAccessible",
        "label",
        "parentId",
        "phone",
        "placeId",
        "tags",
        "checkIns",
        "emailAddress",
        "rooms",
        "workspaces",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"address\":                      ",
        ",\"displayName\":                  ",
        ",\"geoCoordinates\":               ",
        ",\"isWheelChairAccessible\":       ",
        ",\"label\":                        ",
        ",\"parentId\":                     ",
        ",\"phone\":                        ",
        ",\"placeId\":                      ",
        ",\"tags\":                         ",
        ",\"checkIns\":                     ",
        ",\"emailAddress\":                 ",
        ",\"rooms\":                        ",
        ",\"workspaces\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.roomList\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "address", &self.address);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "geo_coordinates", &self.geo_coordinates);
        v.field(4usize, "is_wheel_chair_accessible", &self.is_wheel_chair_accessible);
        v.field(5usize, "label", &self.label);
        v.field(6usize, "parent_id", &self.parent_id);
        v.field(7usize, "phone", &self.phone);
        v.field(8usize, "place_id", &self.place_id);
        v.field(9usize, "tags", &self.tags);
        v.field(10usize, "check_ins", &self.check_ins);
        v.field(11usize, "email_address", &self.email_address);
        v.field(12usize, "rooms", &self.rooms);
        v.field(13usize, "workspaces", &self.workspaces);
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::object::Members for RoomList {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.address.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.geo_coordinates.read_from(r),
            4usize => self.is_wheel_chair_accessible.read_from(r),
            5usize => self.label.read_from(r),
            6usize => self.parent_id.read_from(r),
            7usize => self.phone.read_from(r),
            8usize => self.place_id.read_from(r),
            9usize => self.tags.read_from(r),
            10usize => self.check_ins.read_from(r),
            11usize => self.email_address.read_from(r),
            12usize => self.rooms.read_from(r),
            13usize => self.workspaces.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.address);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.geo_coordinates);
        w.field(4usize, &self.is_wheel_chair_accessible);
        w.field(5usize, &self.label);
        w.field(6usize, &self.parent_id);
        w.field(7usize, &self.phone);
        w.field(8usize, &self.place_id);
        w.field(9usize, &self.tags);
        w.field(10usize, &self.check_ins);
        w.field(11usize, &self.email_address);
        w.field(12usize, &self.rooms);
        w.field(13usize, &self.workspaces);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_places_or_search)]
rt::impl_object!(RoomList);
#[cfg(msgraph_v1_places_or_search)]
rt::impl_setters!(
    RoomList { with_id id : ::std::string::String; with_address address : crate
    ::v1::PhysicalAddress; with_display_name display_name : ::std::string::String;
    with_geo_coordinates geo_coordinates : crate ::v1::OutlookGeoCoordinates;
    with_is_wheel_chair_accessible is_wheel_chair_accessible : bool; with_label label :
    ::std::string::String; with_parent_id parent_id : ::std::string::String; with_phone
    phone : ::std::string::String; with_place_id place_id : ::std::string::String;
    with_tags tags : ::std::vec::Vec < ::std::string::String >; with_check_ins check_ins
    : ::std::vec::Vec < crate ::v1::CheckInClaim >; with_email_address email_address :
    ::std::string::String; with_rooms rooms : ::std::vec::Vec < crate ::v1::Room >;
    with_workspaces workspaces : ::std::vec::Vec < crate ::v1::Workspace >; }
);
#[cfg(msgraph_v1_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoomList);
#[cfg(msgraph_v1_core_or_drives_or_sites)]
/// CSDL: `microsoft.graph.root`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Root {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_sites)]
impl ::std::default::Default for Root {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_sites)]
impl rt::Object for Root {
    const TYPE_NAME: &'static str = "microsoft.graph.root";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.root\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_core_or_drives_or_sites)]
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
#[cfg(msgraph_v1_core_or_drives_or_sites)]
rt::impl_object!(Root);
#[cfg(msgraph_v1_core_or_drives_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(Root);
#[cfg(msgraph_v1_core_or_device_management)]
/// RotateBitLockerKeys device action result
///
/// CSDL: `microsoft.graph.rotateBitLockerKeysDeviceActionResult`, complex type, derived from `microsoft.graph.deviceActionResult`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct RotateBitLockerKeysDeviceActionResult {
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
    /// RotateBitLockerKeys action error code
    ///
    /// CSDL: property `errorCode`: `Edm.Int32`, not nullable.
    pub error_code: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
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
#[cfg(msgraph_v1_core_or_device_management)]
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
#[cfg(msgraph_v1_core_or_device_management)]
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
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_object!(RotateBitLockerKeysDeviceActionResult);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    RotateBitLockerKeysDeviceActionResult { with_action_name action_name :
    ::std::string::String; with_action_state action_state : crate ::v1::ActionState;
    with_last_updated_date_time last_updated_date_time : rt::edm::DateTimeOffset;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset; with_error_code
    error_code : i32; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(RotateBitLockerKeysDeviceActionResult);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Indicates the type of execution context the app runs in.
///
/// CSDL: `microsoft.graph.runAsAccountType`, enum type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RunAsAccountType {
    /// System context
    ///
    /// `system` (value 0).
    System,
    /// User context
    ///
    /// `user` (value 1).
    User,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_enum!(RunAsAccountType);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RunAsAccountType);
