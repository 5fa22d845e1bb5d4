//! Types of `microsoft.graph` by the first letters of their names (`me_mu`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.MembershipRuleProcessingStatusDetails`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MembershipRuleProcessingStatusDetails {
    /// `NotStarted` (value 0).
    NotStarted,
    /// `Running` (value 1).
    Running,
    /// `Failed` (value 2).
    Failed,
    /// `Succeeded` (value 3).
    Succeeded,
    /// `UnsupportedFutureValue` (value 4).
    UnsupportedFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for MembershipRuleProcessingStatusDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.MembershipRuleProcessingStatusDetails";
    const MEMBERS: &'static [&'static str] = &[
        "NotStarted",
        "Running",
        "Failed",
        "Succeeded",
        "UnsupportedFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "NotStarted" => Self::NotStarted,
                "Running" => Self::Running,
                "Failed" => Self::Failed,
                "Succeeded" => Self::Succeeded,
                "UnsupportedFutureValue" => Self::UnsupportedFutureValue,
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
            Self::NotStarted => "NotStarted",
            Self::Running => "Running",
            Self::Failed => "Failed",
            Self::Succeeded => "Succeeded",
            Self::UnsupportedFutureValue => "UnsupportedFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(MembershipRuleProcessingStatusDetails);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MembershipRuleProcessingStatusDetails);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.mediaConfig`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct MediaConfig {
    /// CSDL: property `removeFromDefaultAudioGroup`: `Edm.Boolean`, nullable.
    pub remove_from_default_audio_group: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for MediaConfig {
    #[inline]
    fn default() -> Self {
        Self {
            remove_from_default_audio_group: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for MediaConfig {
    const TYPE_NAME: &'static str = "microsoft.graph.mediaConfig";
    const KEYS: &'static [&'static str] = &["removeFromDefaultAudioGroup"];
    const KEYS_JSON: &'static [&'static str] = &[",\"removeFromDefaultAudioGroup\":  "];
    const TAG: &'static str = "\"#microsoft.graph.mediaConfig\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "remove_from_default_audio_group",
            &self.remove_from_default_audio_group,
        );
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for MediaConfig {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.remove_from_default_audio_group.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.remove_from_default_audio_group);
    }
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
rt::impl_object!(MediaConfig);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    MediaConfig { with_remove_from_default_audio_group remove_from_default_audio_group :
    bool; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MediaConfig);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// `microsoft.graph.mediaConfig` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyMediaConfig {
    MediaConfig(::std::boxed::Box<crate::beta::MediaConfig>),
    AppHostedMediaConfig(::std::boxed::Box<crate::beta::AppHostedMediaConfig>),
    ServiceHostedMediaConfig(::std::boxed::Box<crate::beta::ServiceHostedMediaConfig>),
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for AnyMediaConfig {
    #[inline]
    fn default() -> Self {
        Self::MediaConfig(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MediaConfig> for AnyMediaConfig {
    #[inline]
    fn from(v: crate::beta::MediaConfig) -> Self {
        Self::MediaConfig(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AppHostedMediaConfig> for AnyMediaConfig {
    #[inline]
    fn from(v: crate::beta::AppHostedMediaConfig) -> Self {
        Self::AppHostedMediaConfig(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ServiceHostedMediaConfig> for AnyMediaConfig {
    #[inline]
    fn from(v: crate::beta::ServiceHostedMediaConfig) -> Self {
        Self::ServiceHostedMediaConfig(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
unsafe impl ::std::marker::Send for AnyMediaConfig {}
#[cfg(msgraph_beta_app_or_communications_or_search)]
unsafe impl ::std::marker::Sync for AnyMediaConfig {}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::marker::Unpin for AnyMediaConfig {}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::panic::UnwindSafe for AnyMediaConfig {}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::panic::RefUnwindSafe for AnyMediaConfig {}
#[cfg(msgraph_beta_app_or_communications_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::MediaConfig>();
    rt::object::auto_traits::<crate::beta::AppHostedMediaConfig>();
    rt::object::auto_traits::<crate::beta::ServiceHostedMediaConfig>();
};
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Poly for AnyMediaConfig {
    const BASE_NAME: &'static str = "microsoft.graph.mediaConfig";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.appHostedMediaConfig") => {
                Self::AppHostedMediaConfig(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.serviceHostedMediaConfig") => {
                Self::ServiceHostedMediaConfig(rt::object::new_boxed())
            }
            _ => Self::MediaConfig(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::MediaConfig(v) => &**v,
            Self::AppHostedMediaConfig(v) => &**v,
            Self::ServiceHostedMediaConfig(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::MediaConfig(v) => &mut **v,
            Self::AppHostedMediaConfig(v) => &mut **v,
            Self::ServiceHostedMediaConfig(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl AnyMediaConfig {
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
    /// `removeFromDefaultAudioGroup` of any variant.
    #[inline]
    pub fn remove_from_default_audio_group(&self) -> &rt::Field<bool> {
        match self {
            Self::MediaConfig(v) => &v.remove_from_default_audio_group,
            Self::AppHostedMediaConfig(v) => &v.remove_from_default_audio_group,
            Self::ServiceHostedMediaConfig(v) => &v.remove_from_default_audio_group,
        }
    }
    /// `removeFromDefaultAudioGroup` of any variant.
    #[inline]
    pub fn remove_from_default_audio_group_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::MediaConfig(v) => &mut v.remove_from_default_audio_group,
            Self::AppHostedMediaConfig(v) => &mut v.remove_from_default_audio_group,
            Self::ServiceHostedMediaConfig(v) => &mut v.remove_from_default_audio_group,
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_poly!(AnyMediaConfig);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyMediaConfig);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.mediaContentRatingAustralia`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MediaContentRatingAustralia {
    /// Movies rating selected for Australia
    ///
    /// CSDL: property `movieRating`: `microsoft.graph.ratingAustraliaMoviesType`, not nullable.
    pub movie_rating: rt::Field<crate::beta::RatingAustraliaMoviesType>,
    /// TV rating selected for Australia
    ///
    /// CSDL: property `tvRating`: `microsoft.graph.ratingAustraliaTelevisionType`, not nullable.
    pub tv_rating: rt::Field<crate::beta::RatingAustraliaTelevisionType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MediaContentRatingAustralia {
    #[inline]
    fn default() -> Self {
        Self {
            movie_rating: rt::Field::Absent,
            tv_rating: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MediaContentRatingAustralia {
    const TYPE_NAME: &'static str = "microsoft.graph.mediaContentRatingAustralia";
    const KEYS: &'static [&'static str] = &["movieRating", "tvRating"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"movieRating\":                  ",
        ",\"tvRating\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mediaContentRatingAustralia\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "movie_rating", &self.movie_rating);
        v.field(1usize, "tv_rating", &self.tv_rating);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MediaContentRatingAustralia {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.movie_rating.read_from(r),
            1usize => self.tv_rating.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.movie_rating);
        w.field(1usize, &self.tv_rating);
    }
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
rt::impl_object!(MediaContentRatingAustralia);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MediaContentRatingAustralia { with_movie_rating movie_rating : crate
    ::beta::RatingAustraliaMoviesType; with_tv_rating tv_rating : crate
    ::beta::RatingAustraliaTelevisionType; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MediaContentRatingAustralia);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.mediaContentRatingFrance`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MediaContentRatingFrance {
    /// Movies rating selected for France
    ///
    /// CSDL: property `movieRating`: `microsoft.graph.ratingFranceMoviesType`, not nullable.
    pub movie_rating: rt::Field<crate::beta::RatingFranceMoviesType>,
    /// TV rating selected for France
    ///
    /// CSDL: property `tvRating`: `microsoft.graph.ratingFranceTelevisionType`, not nullable.
    pub tv_rating: rt::Field<crate::beta::RatingFranceTelevisionType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MediaContentRatingFrance {
    #[inline]
    fn default() -> Self {
        Self {
            movie_rating: rt::Field::Absent,
            tv_rating: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MediaContentRatingFrance {
    const TYPE_NAME: &'static str = "microsoft.graph.mediaContentRatingFrance";
    const KEYS: &'static [&'static str] = &["movieRating", "tvRating"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"movieRating\":                  ",
        ",\"tvRating\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mediaContentRatingFrance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "movie_rating", &self.movie_rating);
        v.field(1usize, "tv_rating", &self.tv_rating);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MediaContentRatingFrance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.movie_rating.read_from(r),
            1usize => self.tv_rating.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.movie_rating);
        w.field(1usize, &self.tv_rating);
    }
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
rt::impl_object!(MediaContentRatingFrance);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MediaContentRatingFrance { with_movie_rating movie_rating : crate
    ::beta::RatingFranceMoviesType; with_tv_rating tv_rating : crate
    ::beta::RatingFranceTelevisionType; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MediaContentRatingFrance);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.mediaContentRatingIreland`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MediaContentRatingIreland {
    /// Movies rating selected for Ireland
    ///
    /// CSDL: property `movieRating`: `microsoft.graph.ratingIrelandMoviesType`, not nullable.
    pub movie_rating: rt::Field<crate::beta::RatingIrelandMoviesType>,
    /// TV rating selected for Ireland
    ///
    /// CSDL: property `tvRating`: `microsoft.graph.ratingIrelandTelevisionType`, not nullable.
    pub tv_rating: rt::Field<crate::beta::RatingIrelandTelevisionType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MediaContentRatingIreland {
    #[inline]
    fn default() -> Self {
        Self {
            movie_rating: rt::Field::Absent,
            tv_rating: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MediaContentRatingIreland {
    const TYPE_NAME: &'static str = "microsoft.graph.mediaContentRatingIreland";
    const KEYS: &'static [&'static str] = &["movieRating", "tvRating"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"movieRating\":                  ",
        ",\"tvRating\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mediaContentRatingIreland\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "movie_rating", &self.movie_rating);
        v.field(1usize, "tv_rating", &self.tv_rating);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MediaContentRatingIreland {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.movie_rating.read_from(r),
            1usize => self.tv_rating.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.movie_rating);
        w.field(1usize, &self.tv_rating);
    }
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
rt::impl_object!(MediaContentRatingIreland);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MediaContentRatingIreland { with_movie_rating movie_rating : crate
    ::beta::RatingIrelandMoviesType; with_tv_rating tv_rating : crate
    ::beta::RatingIrelandTelevisionType; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MediaContentRatingIreland);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.mediaContentRatingJapan`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MediaContentRatingJapan {
    /// Movies rating selected for Japan
    ///
    /// CSDL: property `movieRating`: `microsoft.graph.ratingJapanMoviesType`, not nullable.
    pub movie_rating: rt::Field<crate::beta::RatingJapanMoviesType>,
    /// TV rating selected for Japan
    ///
    /// CSDL: property `tvRating`: `microsoft.graph.ratingJapanTelevisionType`, not nullable.
    pub tv_rating: rt::Field<crate::beta::RatingJapanTelevisionType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MediaContentRatingJapan {
    #[inline]
    fn default() -> Self {
        Self {
            movie_rating: rt::Field::Absent,
            tv_rating: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MediaContentRatingJapan {
    const TYPE_NAME: &'static str = "microsoft.graph.mediaContentRatingJapan";
    const KEYS: &'static [&'static str] = &["movieRating", "tvRating"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"movieRating\":                  ",
        ",\"tvRating\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mediaContentRatingJapan\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "movie_rating", &self.movie_rating);
        v.field(1usize, "tv_rating", &self.tv_rating);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MediaContentRatingJapan {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.movie_rating.read_from(r),
            1usize => self.tv_rating.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.movie_rating);
        w.field(1usize, &self.tv_rating);
    }
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
rt::impl_object!(MediaContentRatingJapan);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MediaContentRatingJapan { with_movie_rating movie_rating : crate
    ::beta::RatingJapanMoviesType; with_tv_rating tv_rating : crate
    ::beta::RatingJapanTelevisionType; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MediaContentRatingJapan);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.mediaContentRatingUnitedStates`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MediaContentRatingUnitedStates {
    /// Movies rating selected for United States
    ///
    /// CSDL: property `movieRating`: `microsoft.graph.ratingUnitedStatesMoviesType`, not nullable.
    pub movie_rating: rt::Field<crate::beta::RatingUnitedStatesMoviesType>,
    /// TV rating selected for United States
    ///
    /// CSDL: property `tvRating`: `microsoft.graph.ratingUnitedStatesTelevisionType`, not nullable.
    pub tv_rating: rt::Field<crate::beta::RatingUnitedStatesTelevisionType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MediaContentRatingUnitedStates {
    #[inline]
    fn default() -> Self {
        Self {
            movie_rating: rt::Field::Absent,
            tv_rating: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MediaContentRatingUnitedStates {
    const TYPE_NAME: &'static str = "microsoft.graph.mediaContentRatingUnitedStates";
    const KEYS: &'static [&'static str] = &["movieRating", "tvRating"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"movieRating\":                  ",
        ",\"tvRating\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mediaContentRatingUnitedStates\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "movie_rating", &self.movie_rating);
        v.field(1usize, "tv_rating", &self.tv_rating);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MediaContentRatingUnitedStates {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.movie_rating.read_from(r),
            1usize => self.tv_rating.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.movie_rating);
        w.field(1usize, &self.tv_rating);
    }
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
rt::impl_object!(MediaContentRatingUnitedStates);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MediaContentRatingUnitedStates { with_movie_rating movie_rating : crate
    ::beta::RatingUnitedStatesMoviesType; with_tv_rating tv_rating : crate
    ::beta::RatingUnitedStatesTelevisionType; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MediaContentRatingUnitedStates);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.mediaDirection`, enum type.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MediaDirection {
    /// `inactive` (value 0).
    Inactive,
    /// `sendOnly` (value 1).
    SendOnly,
    /// `receiveOnly` (value 2).
    ReceiveOnly,
    /// `sendReceive` (value 3).
    SendReceive,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::StrEnum for MediaDirection {
    const TYPE_NAME: &'static str = "microsoft.graph.mediaDirection";
    const MEMBERS: &'static [&'static str] = &[
        "inactive",
        "sendOnly",
        "receiveOnly",
        "sendReceive",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "inactive" => Self::Inactive,
                "sendOnly" => Self::SendOnly,
                "receiveOnly" => Self::ReceiveOnly,
                "sendReceive" => Self::SendReceive,
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
            Self::Inactive => "inactive",
            Self::SendOnly => "sendOnly",
            Self::ReceiveOnly => "receiveOnly",
            Self::SendReceive => "sendReceive",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_enum!(MediaDirection);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MediaDirection);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.mediaState`, enum type.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MediaState {
    /// `active` (value 0).
    Active,
    /// `inactive` (value 1).
    Inactive,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::StrEnum for MediaState {
    const TYPE_NAME: &'static str = "microsoft.graph.mediaState";
    const MEMBERS: &'static [&'static str] = &[
        "active",
        "inactive",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "active" => Self::Active,
                "inactive" => Self::Inactive,
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
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_enum!(MediaState);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MediaState);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.mediaStream`, complex type.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct MediaStream {
    /// CSDL: property `direction`: `microsoft.graph.mediaDirection`, not nullable.
    pub direction: rt::Field<crate::beta::MediaDirection>,
    /// CSDL: property `label`: `Edm.String`, nullable.
    pub label: rt::Field<::std::string::String>,
    /// CSDL: property `mediaType`: `microsoft.graph.modality`, not nullable.
    pub media_type: rt::Field<crate::beta::Modality>,
    /// CSDL: property `serverMuted`: `Edm.Boolean`, not nullable.
    pub server_muted: rt::Field<bool>,
    /// CSDL: property `sourceId`: `Edm.String`, not nullable.
    pub source_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for MediaStream {
    #[inline]
    fn default() -> Self {
        Self {
            direction: rt::Field::Absent,
            label: rt::Field::Absent,
            media_type: rt::Field::Absent,
            server_muted: rt::Field::Absent,
            source_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for MediaStream {
    const TYPE_NAME: &'static str = "microsoft.graph.mediaStream";
    const KEYS: &'static [&'static str] = &[
        "direction",
        "label",
        "mediaType",
        "serverMuted",
        "sourceId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"direction\":                    ",
        ",\"label\":                        ",
        ",\"mediaType\":                    ",
        ",\"serverMuted\":                  ",
        ",\"sourceId\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mediaStream\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "direction", &self.direction);
        v.field(1usize, "label", &self.label);
        v.field(2usize, "media_type", &self.media_type);
        v.field(3usize, "server_muted", &self.server_muted);
        v.field(4usize, "source_id", &self.source_id);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for MediaStream {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.direction.read_from(r),
            1usize => self.label.read_from(r),
            2usize => self.media_type.read_from(r),
            3usize => self.server_muted.read_from(r),
            4usize => self.source_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.direction);
        w.field(1usize, &self.label);
        w.field(2usize, &self.media_type);
        w.field(3usize, &self.server_muted);
        w.field(4usize, &self.source_id);
    }
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
rt::impl_object!(MediaStream);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    MediaStream { with_direction direction : crate ::beta::MediaDirection; with_label
    label : ::std::string::String; with_media_type media_type : crate ::beta::Modality;
    with_server_muted server_muted : bool; with_source_id source_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MediaStream);
#[cfg(msgraph_beta_core_or_activitystatistics)]
/// CSDL: `microsoft.graph.meetingActivityStatistics`, entity type, derived from `microsoft.graph.activityStatistics`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-activitystatistics`, `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MeetingActivityStatistics {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `activity`: `microsoft.graph.analyticsActivityType`, nullable.
    pub activity: rt::Field<crate::beta::AnalyticsActivityType>,
    /// CSDL: property `duration`: `Edm.Duration`, not nullable.
    pub duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `endDate`: `Edm.Date`, not nullable.
    pub end_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `startDate`: `Edm.Date`, not nullable.
    pub start_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `timeZoneUsed`: `Edm.String`, nullable.
    pub time_zone_used: rt::Field<::std::string::String>,
    /// CSDL: property `afterHours`: `Edm.Duration`, not nullable.
    pub after_hours: rt::Field<rt::edm::Duration>,
    /// CSDL: property `conflicting`: `Edm.Duration`, not nullable.
    pub conflicting: rt::Field<rt::edm::Duration>,
    /// CSDL: property `long`: `Edm.Duration`, not nullable.
    pub long: rt::Field<rt::edm::Duration>,
    /// CSDL: property `multitasking`: `Edm.Duration`, not nullable.
    pub multitasking: rt::Field<rt::edm::Duration>,
    /// CSDL: property `organized`: `Edm.Duration`, not nullable.
    pub organized: rt::Field<rt::edm::Duration>,
    /// CSDL: property `recurring`: `Edm.Duration`, not nullable.
    pub recurring: rt::Field<rt::edm::Duration>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
impl ::std::default::Default for MeetingActivityStatistics {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            activity: rt::Field::Absent,
            duration: rt::Field::Absent,
            end_date: rt::Field::Absent,
            start_date: rt::Field::Absent,
            time_zone_used: rt::Field::Absent,
            after_hours: rt::Field::Absent,
            conflicting: rt::Field::Absent,
            long: rt::Field::Absent,
            multitasking: rt::Field::Absent,
            organized: rt::Field::Absent,
            recurring: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
impl rt::Object for MeetingActivityStatistics {
    const TYPE_NAME: &'static str = "microsoft.graph.meetingActivityStatistics";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activity",
        "duration",
        "endDate",
        "startDate",
        "timeZoneUsed",
        "afterHours",
        "conflicting",
        "long",
        "multitasking",
        "organized",
        "recurring",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activity\":                     ",
        ",\"duration\":                     ",
        ",\"endDate\":                      ",
        ",\"startDate\":                    ",
        ",\"timeZoneUsed\":                 ",
        ",\"afterHours\":                   ",
        ",\"conflicting\":                  ",
        ",\"long\":                         ",
        ",\"multitasking\":                 ",
        ",\"organized\":                    ",
        ",\"recurring\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.meetingActivityStatistics\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "activity", &self.activity);
        v.field(2usize, "duration", &self.duration);
        v.field(3usize, "end_date", &self.end_date);
        v.field(4usize, "start_date", &self.start_date);
        v.field(5usize, "time_zone_used", &self.time_zone_used);
        v.field(6usize, "after_hours", &self.after_hours);
        v.field(7usize, "conflicting", &self.conflicting);
        v.field(8usize, "long", &self.long);
        v.field(9usize, "multitasking", &self.multitasking);
        v.field(10usize, "organized", &self.organized);
        v.field(11usize, "recurring", &self.recurring);
    }
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
impl rt::object::Members for MeetingActivityStatistics {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.activity.read_from(r),
            2usize => self.duration.read_from(r),
            3usize => self.end_date.read_from(r),
            4usize => self.start_date.read_from(r),
            5usize => self.time_zone_used.read_from(r),
            6usize => self.after_hours.read_from(r),
            7usize => self.conflicting.read_from(r),
            8usize => self.long.read_from(r),
            9usize => self.multitasking.read_from(r),
            10usize => self.organized.read_from(r),
            11usize => self.recurring.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.activity);
        w.field(2usize, &self.duration);
        w.field(3usize, &self.end_date);
        w.field(4usize, &self.start_date);
        w.field(5usize, &self.time_zone_used);
        w.field(6usize, &self.after_hours);
        w.field(7usize, &self.conflicting);
        w.field(8usize, &self.long);
        w.field(9usize, &self.multitasking);
        w.field(10usize, &self.organized);
        w.field(11usize, &self.recurring);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
rt::impl_object!(MeetingActivityStatistics);
#[cfg(msgraph_beta_core_or_activitystatistics)]
rt::impl_setters!(
    MeetingActivityStatistics { with_id id : ::std::string::String; with_activity
    activity : crate ::beta::AnalyticsActivityType; with_duration duration :
    rt::edm::Duration; with_end_date end_date : rt::edm::Date; with_start_date start_date
    : rt::edm::Date; with_time_zone_used time_zone_used : ::std::string::String;
    with_after_hours after_hours : rt::edm::Duration; with_conflicting conflicting :
    rt::edm::Duration; with_long long : rt::edm::Duration; with_multitasking multitasking
    : rt::edm::Duration; with_organized organized : rt::edm::Duration; with_recurring
    recurring : rt::edm::Duration; }
);
#[cfg(msgraph_beta_core_or_activitystatistics)]
#[cfg(feature = "serde")]
rt::impl_serde!(MeetingActivityStatistics);
#[cfg(msgraph_beta_core_or_app_or_communications)]
/// CSDL: `microsoft.graph.meetingAttendanceReport`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-app`, `beta-applications`, `beta-chats`, `beta-communications`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MeetingAttendanceReport {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `attendanceRecords`: `Collection(microsoft.graph.attendanceRecord)`, nullable.
    pub attendance_records: rt::Field<::std::vec::Vec<crate::beta::AttendanceRecord>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
impl ::std::default::Default for MeetingAttendanceReport {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            attendance_records: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
impl rt::Object for MeetingAttendanceReport {
    const TYPE_NAME: &'static str = "microsoft.graph.meetingAttendanceReport";
    const KEYS: &'static [&'static str] = &["id", "attendanceRecords"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"attendanceRecords\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.meetingAttendanceReport\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "attendance_records", &self.attendance_records);
    }
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
impl rt::object::Members for MeetingAttendanceReport {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.attendance_records.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.attendance_records);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
rt::impl_object!(MeetingAttendanceReport);
#[cfg(msgraph_beta_core_or_app_or_communications)]
rt::impl_setters!(
    MeetingAttendanceReport { with_id id : ::std::string::String; with_attendance_records
    attendance_records : ::std::vec::Vec < crate ::beta::AttendanceRecord >; }
);
#[cfg(msgraph_beta_core_or_app_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(MeetingAttendanceReport);
#[cfg(msgraph_beta_core_or_app_or_communications)]
/// CSDL: `microsoft.graph.meetingCapabilities`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-app`, `beta-applications`, `beta-chats`, `beta-communications`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MeetingCapabilities {
    /// `questionAndAnswer` (value 0).
    QuestionAndAnswer,
    /// `unknownFutureValue` (value 1).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
impl rt::StrEnum for MeetingCapabilities {
    const TYPE_NAME: &'static str = "microsoft.graph.meetingCapabilities";
    const MEMBERS: &'static [&'static str] = &[
        "questionAndAnswer",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "questionAndAnswer" => Self::QuestionAndAnswer,
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
            Self::QuestionAndAnswer => "questionAndAnswer",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
rt::impl_enum!(MeetingCapabilities);
#[cfg(msgraph_beta_core_or_app_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(MeetingCapabilities);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.meetingCapability`, complex type.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct MeetingCapability {
    /// CSDL: property `allowAnonymousUsersToDialOut`: `Edm.Boolean`, not nullable.
    pub allow_anonymous_users_to_dial_out: rt::Field<bool>,
    /// CSDL: property `allowAnonymousUsersToStartMeeting`: `Edm.Boolean`, not nullable.
    pub allow_anonymous_users_to_start_meeting: rt::Field<bool>,
    /// CSDL: property `autoAdmittedUsers`: `microsoft.graph.autoAdmittedUsersType`, not nullable.
    pub auto_admitted_users: rt::Field<crate::beta::AutoAdmittedUsersType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for MeetingCapability {
    #[inline]
    fn default() -> Self {
        Self {
            allow_anonymous_users_to_dial_out: rt::Field::Absent,
            allow_anonymous_users_to_start_meeting: rt::Field::Absent,
            auto_admitted_users: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for MeetingCapability {
    const TYPE_NAME: &'static str = "microsoft.graph.meetingCapability";
    const KEYS: &'static [&'static str] = &[
        "allowAnonymousUsersToDialOut",
        "allowAnonymousUsersToStartMeeting",
        "autoAdmittedUsers",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowAnonymousUsersToDialOut\": ",
        ",\"allowAnonymousUsersToStartMeeting\":",
        ",\"autoAdmittedUsers\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.meetingCapability\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "allow_anonymous_users_to_dial_out",
            &self.allow_anonymous_users_to_dial_out,
        );
        v.field(
            1usize,
            "allow_anonymous_users_to_start_meeting",
            &self.allow_anonymous_users_to_start_meeting,
        );
        v.field(2usize, "auto_admitted_users", &self.auto_admitted_users);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for MeetingCapability {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_anonymous_users_to_dial_out.read_from(r),
            1usize => self.allow_anonymous_users_to_start_meeting.read_from(r),
            2usize => self.auto_admitted_users.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_anonymous_users_to_dial_out);
        w.field(1usize, &self.allow_anonymous_users_to_start_meeting);
        w.field(2usize, &self.auto_admitted_users);
    }
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
rt::impl_object!(MeetingCapability);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    MeetingCapability { with_allow_anonymous_users_to_dial_out
    allow_anonymous_users_to_dial_out : bool; with_allow_anonymous_users_to_start_meeting
    allow_anonymous_users_to_start_meeting : bool; with_auto_admitted_users
    auto_admitted_users : crate ::beta::AutoAdmittedUsersType; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MeetingCapability);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.meetingInfo`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct MeetingInfo {
    /// CSDL: property `allowConversationWithoutHost`: `Edm.Boolean`, nullable.
    pub allow_conversation_without_host: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for MeetingInfo {
    #[inline]
    fn default() -> Self {
        Self {
            allow_conversation_without_host: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for MeetingInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.meetingInfo";
    const KEYS: &'static [&'static str] = &["allowConversationWithoutHost"];
    const KEYS_JSON: &'static [&'static str] = &[",\"allowConversationWithoutHost\": "];
    const TAG: &'static str = "\"#microsoft.graph.meetingInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "allow_conversation_without_host",
            &self.allow_conversation_without_host,
        );
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for MeetingInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_conversation_without_host.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_conversation_without_host);
    }
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
rt::impl_object!(MeetingInfo);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    MeetingInfo { with_allow_conversation_without_host allow_conversation_without_host :
    bool; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MeetingInfo);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// `microsoft.graph.meetingInfo` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyMeetingInfo {
    MeetingInfo(::std::boxed::Box<crate::beta::MeetingInfo>),
    OrganizerMeetingInfo(::std::boxed::Box<crate::beta::OrganizerMeetingInfo>),
    TokenMeetingInfo(::std::boxed::Box<crate::beta::TokenMeetingInfo>),
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for AnyMeetingInfo {
    #[inline]
    fn default() -> Self {
        Self::MeetingInfo(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MeetingInfo> for AnyMeetingInfo {
    #[inline]
    fn from(v: crate::beta::MeetingInfo) -> Self {
        Self::MeetingInfo(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OrganizerMeetingInfo> for AnyMeetingInfo {
    #[inline]
    fn from(v: crate::beta::OrganizerMeetingInfo) -> Self {
        Self::OrganizerMeetingInfo(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TokenMeetingInfo> for AnyMeetingInfo {
    #[inline]
    fn from(v: crate::beta::TokenMeetingInfo) -> Self {
        Self::TokenMeetingInfo(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
unsafe impl ::std::marker::Send for AnyMeetingInfo {}
#[cfg(msgraph_beta_app_or_communications_or_search)]
unsafe impl ::std::marker::Sync for AnyMeetingInfo {}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::marker::Unpin for AnyMeetingInfo {}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::panic::UnwindSafe for AnyMeetingInfo {}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::panic::RefUnwindSafe for AnyMeetingInfo {}
#[cfg(msgraph_beta_app_or_communications_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::MeetingInfo>();
    rt::object::auto_traits::<crate::beta::OrganizerMeetingInfo>();
    rt::object::auto_traits::<crate::beta::TokenMeetingInfo>();
};
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Poly for AnyMeetingInfo {
    const BASE_NAME: &'static str = "microsoft.graph.meetingInfo";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.organizerMeetingInfo") => {
                Self::OrganizerMeetingInfo(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.tokenMeetingInfo") => {
                Self::TokenMeetingInfo(rt::object::new_boxed())
            }
            _ => Self::MeetingInfo(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::MeetingInfo(v) => &**v,
            Self::OrganizerMeetingInfo(v) => &**v,
            Self::TokenMeetingInfo(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::MeetingInfo(v) => &mut **v,
            Self::OrganizerMeetingInfo(v) => &mut **v,
            Self::TokenMeetingInfo(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl AnyMeetingInfo {
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
    /// `allowConversationWithoutHost` of any variant.
    #[inline]
    pub fn allow_conversation_without_host(&self) -> &rt::Field<bool> {
        match self {
            Self::MeetingInfo(v) => &v.allow_conversation_without_host,
            Self::OrganizerMeetingInfo(v) => &v.allow_conversation_without_host,
            Self::TokenMeetingInfo(v) => &v.allow_conversation_without_host,
        }
    }
    /// `allowConversationWithoutHost` of any variant.
    #[inline]
    pub fn allow_conversation_without_host_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::MeetingInfo(v) => &mut v.allow_conversation_without_host,
            Self::OrganizerMeetingInfo(v) => &mut v.allow_conversation_without_host,
            Self::TokenMeetingInfo(v) => &mut v.allow_conversation_without_host,
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_poly!(AnyMeetingInfo);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyMeetingInfo);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.meetingMessageType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MeetingMessageType {
    /// `none` (value 0).
    None,
    /// `meetingRequest` (value 1).
    MeetingRequest,
    /// `meetingCancelled` (value 2).
    MeetingCancelled,
    /// `meetingAccepted` (value 3).
    MeetingAccepted,
    /// `meetingTentativelyAccepted` (value 4).
    MeetingTentativelyAccepted,
    /// `meetingDeclined` (value 5).
    MeetingDeclined,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for MeetingMessageType {
    const TYPE_NAME: &'static str = "microsoft.graph.meetingMessageType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "meetingRequest",
        "meetingCancelled",
        "meetingAccepted",
        "meetingTentativelyAccepted",
        "meetingDeclined",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "meetingRequest" => Self::MeetingRequest,
                "meetingCancelled" => Self::MeetingCancelled,
                "meetingAccepted" => Self::MeetingAccepted,
                "meetingTentativelyAccepted" => Self::MeetingTentativelyAccepted,
                "meetingDeclined" => Self::MeetingDeclined,
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
            Self::MeetingRequest => "meetingRequest",
            Self::MeetingCancelled => "meetingCancelled",
            Self::MeetingAccepted => "meetingAccepted",
            Self::MeetingTentativelyAccepted => "meetingTentativelyAccepted",
            Self::MeetingDeclined => "meetingDeclined",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(MeetingMessageType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MeetingMessageType);
#[cfg(msgraph_beta_core_or_app_or_communications)]
/// CSDL: `microsoft.graph.meetingParticipantInfo`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-app`, `beta-applications`, `beta-chats`, `beta-communications`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MeetingParticipantInfo {
    /// CSDL: property `identity`: `microsoft.graph.identitySet`, nullable.
    pub identity: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `role`: `microsoft.graph.onlineMeetingRole`, nullable.
    pub role: rt::Field<crate::beta::OnlineMeetingRole>,
    /// CSDL: property `upn`: `Edm.String`, nullable.
    pub upn: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
impl ::std::default::Default for MeetingParticipantInfo {
    #[inline]
    fn default() -> Self {
        Self {
            identity: rt::Field::Absent,
            role: rt::Field::Absent,
            upn: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
impl rt::Object for MeetingParticipantInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.meetingParticipantInfo";
    const KEYS: &'static [&'static str] = &["identity", "role", "upn"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"identity\":                     ",
        ",\"role\":                         ",
        ",\"upn\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.meetingParticipantInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "identity", &self.identity);
        v.field(1usize, "role", &self.role);
        v.field(2usize, "upn", &self.upn);
    }
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
impl rt::object::Members for MeetingParticipantInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.identity.read_from(r),
            1usize => self.role.read_from(r),
            2usize => self.upn.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.identity);
        w.field(1usize, &self.role);
        w.field(2usize, &self.upn);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
rt::impl_object!(MeetingParticipantInfo);
#[cfg(msgraph_beta_core_or_app_or_communications)]
rt::impl_setters!(
    MeetingParticipantInfo { with_identity identity : crate ::beta::IdentitySet;
    with_role role : crate ::beta::OnlineMeetingRole; with_upn upn :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_app_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(MeetingParticipantInfo);
#[cfg(msgraph_beta_core_or_app_or_communications)]
/// CSDL: `microsoft.graph.meetingParticipants`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-app`, `beta-applications`, `beta-chats`, `beta-communications`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MeetingParticipants {
    /// CSDL: property `attendees`: `Collection(microsoft.graph.meetingParticipantInfo)`, nullable.
    pub attendees: rt::Field<::std::vec::Vec<crate::beta::MeetingParticipantInfo>>,
    /// CSDL: property `contributors`: `Collection(microsoft.graph.meetingParticipantInfo)`, nullable.
    pub contributors: rt::Field<::std::vec::Vec<crate::beta::MeetingParticipantInfo>>,
    /// CSDL: property `organizer`: `microsoft.graph.meetingParticipantInfo`, nullable.
    pub organizer: rt::Field<crate::beta::MeetingParticipantInfo>,
    /// CSDL: property `producers`: `Collection(microsoft.graph.meetingParticipantInfo)`, nullable.
    pub producers: rt::Field<::std::vec::Vec<crate::beta::MeetingParticipantInfo>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
impl ::std::default::Default for MeetingParticipants {
    #[inline]
    fn default() -> Self {
        Self {
            attendees: rt::Field::Absent,
            contributors: rt::Field::Absent,
            organizer: rt::Field::Absent,
            producers: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
impl rt::Object for MeetingParticipants {
    const TYPE_NAME: &'static str = "microsoft.graph.meetingParticipants";
    const KEYS: &'static [&'static str] = &[
        "attendees",
        "contributors",
        "organizer",
        "producers",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"attendees\":                    ",
        ",\"contributors\":                 ",
        ",\"organizer\":                    ",
        ",\"producers\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.meetingParticipants\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "attendees", &self.attendees);
        v.field(1usize, "contributors", &self.contributors);
        v.field(2usize, "organizer", &self.organizer);
        v.field(3usize, "producers", &self.producers);
    }
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
impl rt::object::Members for MeetingParticipants {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.attendees.read_from(r),
            1usize => self.contributors.read_from(r),
            2usize => self.organizer.read_from(r),
            3usize => self.producers.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.attendees);
        w.field(1usize, &self.contributors);
        w.field(2usize, &self.organizer);
        w.field(3usize, &self.producers);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
rt::impl_object!(MeetingParticipants);
#[cfg(msgraph_beta_core_or_app_or_communications)]
rt::impl_setters!(
    MeetingParticipants { with_attendees attendees : ::std::vec::Vec < crate
    ::beta::MeetingParticipantInfo >; with_contributors contributors : ::std::vec::Vec <
    crate ::beta::MeetingParticipantInfo >; with_organizer organizer : crate
    ::beta::MeetingParticipantInfo; with_producers producers : ::std::vec::Vec < crate
    ::beta::MeetingParticipantInfo >; }
);
#[cfg(msgraph_beta_core_or_app_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(MeetingParticipants);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.meetingPolicyUpdatedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MeetingPolicyUpdatedEventMessageDetail {
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `meetingChatEnabled`: `Edm.Boolean`, nullable.
    pub meeting_chat_enabled: rt::Field<bool>,
    /// CSDL: property `meetingChatId`: `Edm.String`, nullable.
    pub meeting_chat_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for MeetingPolicyUpdatedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            initiator: rt::Field::Absent,
            meeting_chat_enabled: rt::Field::Absent,
            meeting_chat_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for MeetingPolicyUpdatedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.meetingPolicyUpdatedEventMessageDetail";
    const KEYS: &'static [&'static str] = &[
        "initiator",
        "meetingChatEnabled",
        "meetingChatId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"initiator\":                    ",
        ",\"meetingChatEnabled\":           ",
        ",\"meetingChatId\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.meetingPolicyUpdatedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "initiator", &self.initiator);
        v.field(1usize, "meeting_chat_enabled", &self.meeting_chat_enabled);
        v.field(2usize, "meeting_chat_id", &self.meeting_chat_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for MeetingPolicyUpdatedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.initiator.read_from(r),
            1usize => self.meeting_chat_enabled.read_from(r),
            2usize => self.meeting_chat_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.initiator);
        w.field(1usize, &self.meeting_chat_enabled);
        w.field(2usize, &self.meeting_chat_id);
    }
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
rt::impl_object!(MeetingPolicyUpdatedEventMessageDetail);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MeetingPolicyUpdatedEventMessageDetail { with_initiator initiator : crate
    ::beta::IdentitySet; with_meeting_chat_enabled meeting_chat_enabled : bool;
    with_meeting_chat_id meeting_chat_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MeetingPolicyUpdatedEventMessageDetail);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.membersAddedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MembersAddedEventMessageDetail {
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `members`: `Collection(microsoft.graph.identity)`, nullable.
    pub members: rt::Field<::std::vec::Vec<crate::beta::AnyIdentity>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for MembersAddedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            initiator: rt::Field::Absent,
            members: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for MembersAddedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.membersAddedEventMessageDetail";
    const KEYS: &'static [&'static str] = &["initiator", "members"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"initiator\":                    ",
        ",\"members\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.membersAddedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "initiator", &self.initiator);
        v.field(1usize, "members", &self.members);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for MembersAddedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.initiator.read_from(r),
            1usize => self.members.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.initiator);
        w.field(1usize, &self.members);
    }
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
rt::impl_object!(MembersAddedEventMessageDetail);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MembersAddedEventMessageDetail { with_initiator initiator : crate
    ::beta::IdentitySet; with_members members : ::std::vec::Vec < crate
    ::beta::AnyIdentity >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MembersAddedEventMessageDetail);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.membersDeletedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MembersDeletedEventMessageDetail {
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `members`: `Collection(microsoft.graph.identity)`, nullable.
    pub members: rt::Field<::std::vec::Vec<crate::beta::AnyIdentity>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for MembersDeletedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            initiator: rt::Field::Absent,
            members: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for MembersDeletedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.membersDeletedEventMessageDetail";
    const KEYS: &'static [&'static str] = &["initiator", "members"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"initiator\":                    ",
        ",\"members\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.membersDeletedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "initiator", &self.initiator);
        v.field(1usize, "members", &self.members);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for MembersDeletedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.initiator.read_from(r),
            1usize => self.members.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.initiator);
        w.field(1usize, &self.members);
    }
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
rt::impl_object!(MembersDeletedEventMessageDetail);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MembersDeletedEventMessageDetail { with_initiator initiator : crate
    ::beta::IdentitySet; with_members members : ::std::vec::Vec < crate
    ::beta::AnyIdentity >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MembersDeletedEventMessageDetail);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.membersJoinedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MembersJoinedEventMessageDetail {
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `members`: `Collection(microsoft.graph.identity)`, nullable.
    pub members: rt::Field<::std::vec::Vec<crate::beta::AnyIdentity>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for MembersJoinedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            initiator: rt::Field::Absent,
            members: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for MembersJoinedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.membersJoinedEventMessageDetail";
    const KEYS: &'static [&'static str] = &["initiator", "members"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"initiator\":                    ",
        ",\"members\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.membersJoinedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "initiator", &self.initiator);
        v.field(1usize, "members", &self.members);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for MembersJoinedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.initiator.read_from(r),
            1usize => self.members.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.initiator);
        w.field(1usize, &self.members);
    }
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
rt::impl_object!(MembersJoinedEventMessageDetail);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MembersJoinedEventMessageDetail { with_initiator initiator : crate
    ::beta::IdentitySet; with_members members : ::std::vec::Vec < crate
    ::beta::AnyIdentity >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MembersJoinedEventMessageDetail);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.membersLeftEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MembersLeftEventMessageDetail {
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `members`: `Collection(microsoft.graph.identity)`, nullable.
    pub members: rt::Field<::std::vec::Vec<crate::beta::AnyIdentity>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for MembersLeftEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            initiator: rt::Field::Absent,
            members: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for MembersLeftEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.membersLeftEventMessageDetail";
    const KEYS: &'static [&'static str] = &["initiator", "members"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"initiator\":                    ",
        ",\"members\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.membersLeftEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "initiator", &self.initiator);
        v.field(1usize, "members", &self.members);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for MembersLeftEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.initiator.read_from(r),
            1usize => self.members.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.initiator);
        w.field(1usize, &self.members);
    }
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
rt::impl_object!(MembersLeftEventMessageDetail);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MembersLeftEventMessageDetail { with_initiator initiator : crate ::beta::IdentitySet;
    with_members members : ::std::vec::Vec < crate ::beta::AnyIdentity >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MembersLeftEventMessageDetail);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.membershipRuleEvaluationDetails`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct MembershipRuleEvaluationDetails {
    /// CSDL: property `membershipRuleEvaluationDetails`: `microsoft.graph.expressionEvaluationDetails`, nullable.
    pub membership_rule_evaluation_details: rt::Field<
        crate::beta::ExpressionEvaluationDetails,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for MembershipRuleEvaluationDetails {
    #[inline]
    fn default() -> Self {
        Self {
            membership_rule_evaluation_details: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for MembershipRuleEvaluationDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.membershipRuleEvaluationDetails";
    const KEYS: &'static [&'static str] = &["membershipRuleEvaluationDetails"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"membershipRuleEvaluationDetails\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.membershipRuleEvaluationDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "membership_rule_evaluation_details",
            &self.membership_rule_evaluation_details,
        );
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for MembershipRuleEvaluationDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.membership_rule_evaluation_details.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.membership_rule_evaluation_details);
    }
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
rt::impl_object!(MembershipRuleEvaluationDetails);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    MembershipRuleEvaluationDetails { with_membership_rule_evaluation_details
    membership_rule_evaluation_details : crate ::beta::ExpressionEvaluationDetails; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(MembershipRuleEvaluationDetails);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.membershipRuleProcessingStatus`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MembershipRuleProcessingStatus {
    /// CSDL: property `errorMessage`: `Edm.String`, nullable.
    pub error_message: rt::Field<::std::string::String>,
    /// CSDL: property `lastMembershipUpdated`: `Edm.DateTimeOffset`, nullable.
    pub last_membership_updated: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.MembershipRuleProcessingStatusDetails`, nullable.
    pub status: rt::Field<crate::beta::MembershipRuleProcessingStatusDetails>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for MembershipRuleProcessingStatus {
    #[inline]
    fn default() -> Self {
        Self {
            error_message: rt::Field::Absent,
            last_membership_updated: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for MembershipRuleProcessingStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.membershipRuleProcessingStatus";
    const KEYS: &'static [&'static str] = &[
        "errorMessage",
        "lastMembershipUpdated",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"errorMessage\":                 ",
        ",\"lastMembershipUpdated\":        ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.membershipRuleProcessingStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "error_message", &self.error_message);
        v.field(1usize, "last_membership_updated", &self.last_membership_updated);
        v.field(2usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for MembershipRuleProcessingStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.error_message.read_from(r),
            1usize => self.last_membership_updated.read_from(r),
            2usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.error_message);
        w.field(1usize, &self.last_membership_updated);
        w.field(2usize, &self.status);
    }
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
rt::impl_object!(MembershipRuleProcessingStatus);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MembershipRuleProcessingStatus { with_error_message error_message :
    ::std::string::String; with_last_membership_updated last_membership_updated :
    rt::edm::DateTimeOffset; with_status status : crate
    ::beta::MembershipRuleProcessingStatusDetails; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MembershipRuleProcessingStatus);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.mention`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`MentionPath`](requests/trait.MentionPath.html), what a path to one (`EntityPath<Mention, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Mention {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `application`: `Edm.String`, nullable.
    pub application: rt::Field<::std::string::String>,
    /// CSDL: property `clientReference`: `Edm.String`, nullable.
    pub client_reference: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.emailAddress`, nullable.
    pub created_by: rt::Field<crate::beta::AnyEmailAddress>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `deepLink`: `Edm.String`, nullable.
    pub deep_link: rt::Field<::std::string::String>,
    /// CSDL: property `mentioned`: `microsoft.graph.emailAddress`, not nullable.
    pub mentioned: rt::Field<crate::beta::AnyEmailAddress>,
    /// CSDL: property `mentionText`: `Edm.String`, nullable.
    pub mention_text: rt::Field<::std::string::String>,
    /// CSDL: property `serverCreatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub server_created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Mention {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            application: rt::Field::Absent,
            client_reference: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            deep_link: rt::Field::Absent,
            mentioned: rt::Field::Absent,
            mention_text: rt::Field::Absent,
            server_created_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for Mention {
    const TYPE_NAME: &'static str = "microsoft.graph.mention";
    const KEYS: &'static [&'static str] = &[
        "id",
        "application",
        "clientReference",
        "createdBy",
        "createdDateTime",
        "deepLink",
        "mentioned",
        "mentionText",
        "serverCreatedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"application\":                  ",
        ",\"clientReference\":              ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"deepLink\":                     ",
        ",\"mentioned\":                    ",
        ",\"mentionText\":                  ",
        ",\"serverCreatedDateTime\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mention\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "application", &self.application);
        v.field(2usize, "client_reference", &self.client_reference);
        v.field(3usize, "created_by", &self.created_by);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "deep_link", &self.deep_link);
        v.field(6usize, "mentioned", &self.mentioned);
        v.field(7usize, "mention_text", &self.mention_text);
        v.field(8usize, "server_created_date_time", &self.server_created_date_time);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Mention {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.application.read_from(r),
            2usize => self.client_reference.read_from(r),
            3usize => self.created_by.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.deep_link.read_from(r),
            6usize => self.mentioned.read_from(r),
            7usize => self.mention_text.read_from(r),
            8usize => self.server_created_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.application);
        w.field(2usize, &self.client_reference);
        w.field(3usize, &self.created_by);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.deep_link);
        w.field(6usize, &self.mentioned);
        w.field(7usize, &self.mention_text);
        w.field(8usize, &self.server_created_date_time);
    }
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
rt::impl_object!(Mention);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    Mention { with_id id : ::std::string::String; with_application application :
    ::std::string::String; with_client_reference client_reference :
    ::std::string::String; with_created_by created_by : crate ::beta::AnyEmailAddress;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_deep_link
    deep_link : ::std::string::String; with_mentioned mentioned : crate
    ::beta::AnyEmailAddress; with_mention_text mention_text : ::std::string::String;
    with_server_created_date_time server_created_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Mention);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.mentionsPreview`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MentionsPreview {
    /// CSDL: property `isMentioned`: `Edm.Boolean`, nullable.
    pub is_mentioned: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for MentionsPreview {
    #[inline]
    fn default() -> Self {
        Self {
            is_mentioned: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for MentionsPreview {
    const TYPE_NAME: &'static str = "microsoft.graph.mentionsPreview";
    const KEYS: &'static [&'static str] = &["isMentioned"];
    const KEYS_JSON: &'static [&'static str] = &[",\"isMentioned\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.mentionsPreview\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_mentioned", &self.is_mentioned);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for MentionsPreview {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_mentioned.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_mentioned);
    }
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
rt::impl_object!(MentionsPreview);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(MentionsPreview { with_is_mentioned is_mentioned : bool; });
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MentionsPreview);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.message`, entity type, derived from `microsoft.graph.outlookItem`, open, media entity, key `id`.
///
/// Request builders: [`MessagePath`](requests/trait.MessagePath.html), what a path to one (`EntityPath<AnyMessage, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Message {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `categories`: `Collection(Edm.String)`, nullable.
    pub categories: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `changeKey`: `Edm.String`, nullable.
    pub change_key: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `bccRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub bcc_recipients: rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>>,
    /// CSDL: property `body`: `microsoft.graph.itemBody`, nullable.
    pub body: rt::Field<crate::beta::ItemBody>,
    /// CSDL: property `bodyPreview`: `Edm.String`, nullable.
    pub body_preview: rt::Field<::std::string::String>,
    /// CSDL: property `ccRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub cc_recipients: rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>>,
    /// CSDL: property `conversationId`: `Edm.String`, nullable.
    pub conversation_id: rt::Field<::std::string::String>,
    /// CSDL: property `conversationIndex`: `Edm.Binary`, nullable.
    pub conversation_index: rt::Field<rt::edm::Binary>,
    /// CSDL: property `flag`: `microsoft.graph.followupFlag`, nullable.
    pub flag: rt::Field<crate::beta::FollowupFlag>,
    /// CSDL: property `from`: `microsoft.graph.recipient`, nullable.
    pub from: rt::Field<crate::beta::AnyRecipient>,
    /// CSDL: property `hasAttachments`: `Edm.Boolean`, nullable.
    pub has_attachments: rt::Field<bool>,
    /// CSDL: property `importance`: `microsoft.graph.importance`, nullable.
    pub importance: rt::Field<crate::beta::Importance>,
    /// CSDL: property `inferenceClassification`: `microsoft.graph.inferenceClassificationType`, nullable.
    pub inference_classification: rt::Field<crate::beta::InferenceClassificationType>,
    /// CSDL: property `internetMessageHeaders`: `Collection(microsoft.graph.internetMessageHeader)`, nullable.
    pub internet_message_headers: rt::Field<
        ::std::vec::Vec<crate::beta::InternetMessageHeader>,
    >,
    /// CSDL: property `internetMessageId`: `Edm.String`, nullable.
    pub internet_message_id: rt::Field<::std::string::String>,
    /// CSDL: property `isDeliveryReceiptRequested`: `Edm.Boolean`, nullable.
    pub is_delivery_receipt_requested: rt::Field<bool>,
    /// CSDL: property `isDraft`: `Edm.Boolean`, nullable.
    pub is_draft: rt::Field<bool>,
    /// CSDL: property `isRead`: `Edm.Boolean`, nullable.
    pub is_read: rt::Field<bool>,
    /// CSDL: property `isReadReceiptRequested`: `Edm.Boolean`, nullable.
    pub is_read_receipt_requested: rt::Field<bool>,
    /// CSDL: property `mentionsPreview`: `microsoft.graph.mentionsPreview`, nullable.
    pub mentions_preview: rt::Field<crate::beta::MentionsPreview>,
    /// CSDL: property `parentFolderId`: `Edm.String`, nullable.
    pub parent_folder_id: rt::Field<::std::string::String>,
    /// CSDL: property `receivedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub received_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `replyTo`: `Collection(microsoft.graph.recipient)`, nullable.
    pub reply_to: rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>>,
    /// CSDL: property `sender`: `microsoft.graph.recipient`, nullable.
    pub sender: rt::Field<crate::beta::AnyRecipient>,
    /// CSDL: property `sentDateTime`: `Edm.DateTimeOffset`, nullable.
    pub sent_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// CSDL: property `toRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub to_recipients: rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>>,
    /// CSDL: property `uniqueBody`: `microsoft.graph.itemBody`, nullable.
    pub unique_body: rt::Field<crate::beta::ItemBody>,
    /// CSDL: property `unsubscribeData`: `Collection(Edm.String)`, nullable.
    pub unsubscribe_data: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `unsubscribeEnabled`: `Edm.Boolean`, nullable.
    pub unsubscribe_enabled: rt::Field<bool>,
    /// CSDL: property `webLink`: `Edm.String`, nullable.
    pub web_link: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `attachments`: `Collection(microsoft.graph.attachment)`, not nullable.
    pub attachments: rt::Field<::std::vec::Vec<crate::beta::AnyAttachment>>,
    /// CSDL: containment navigation property `extensions`: `Collection(microsoft.graph.extension)`, not nullable.
    pub extensions: rt::Field<::std::vec::Vec<crate::beta::AnyExtension>>,
    /// CSDL: containment navigation property `mentions`: `Collection(microsoft.graph.mention)`, not nullable.
    pub mentions: rt::Field<::std::vec::Vec<crate::beta::Mention>>,
    /// CSDL: containment navigation property `multiValueExtendedProperties`: `Collection(microsoft.graph.multiValueLegacyExtendedProperty)`, not nullable.
    pub multi_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::beta::MultiValueLegacyExtendedProperty>,
    >,
    /// CSDL: containment navigation property `singleValueExtendedProperties`: `Collection(microsoft.graph.singleValueLegacyExtendedProperty)`, not nullable.
    pub single_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::beta::SingleValueLegacyExtendedProperty>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Message {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            categories: rt::Field::Absent,
            change_key: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            bcc_recipients: rt::Field::Absent,
            body: rt::Field::Absent,
            body_preview: rt::Field::Absent,
            cc_recipients: rt::Field::Absent,
            conversation_id: rt::Field::Absent,
            conversation_index: rt::Field::Absent,
            flag: rt::Field::Absent,
            from: rt::Field::Absent,
            has_attachments: rt::Field::Absent,
            importance: rt::Field::Absent,
            inference_classification: rt::Field::Absent,
            internet_message_headers: rt::Field::Absent,
            internet_message_id: rt::Field::Absent,
            is_delivery_receipt_requested: rt::Field::Absent,
            is_draft: rt::Field::Absent,
            is_read: rt::Field::Absent,
            is_read_receipt_requested: rt::Field::Absent,
            mentions_preview: rt::Field::Absent,
            parent_folder_id: rt::Field::Absent,
            received_date_time: rt::Field::Absent,
            reply_to: rt::Field::Absent,
            sender: rt::Field::Absent,
            sent_date_time: rt::Field::Absent,
            subject: rt::Field::Absent,
            to_recipients: rt::Field::Absent,
            unique_body: rt::Field::Absent,
            unsubscribe_data: rt::Field::Absent,
            unsubscribe_enabled: rt::Field::Absent,
            web_link: rt::Field::Absent,
            attachments: rt::Field::Absent,
            extensions: rt::Field::Absent,
            mentions: rt::Field::Absent,
            multi_value_extended_properties: rt::Field::Absent,
            single_value_extended_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for Message {
    const TYPE_NAME: &'static str = "microsoft.graph.message";
    const KEYS: &'static [&'static str] = &[
        "id",
        "categories",
        "changeKey",
        "createdDateTime",
        "lastModifiedDateTime",
        "bccRecipients",
        "body",
        "bodyPreview",
        "ccRecipients",
        "conversationId",
        "conversationIndex",
        "flag",
        "from",
        "hasAttachments",
        "importance",
        "inferenceClassification",
        "internetMessageHeaders",
        "internetMessageId",
        "isDeliveryReceiptRequested",
        "isDraft",
        "isRead",
        "isReadReceiptRequested",
        "mentionsPreview",
        "parentFolderId",
        "receivedDateTime",
        "replyTo",
        "sender",
        "sentDateTime",
        "subject",
        "toRecipients",
        "uniqueBody",
        "unsubscribeData",
        "unsubscribeEnabled",
        "webLink",
        "attachments",
        "extensions",
        "mentions",
        "multiValueExtendedProperties",
        "singleValueExtendedProperties",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"categories\":                   ",
        ",\"changeKey\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedDateTime\":         ",
        ",\"bccRecipients\":                ",
        ",\"body\":                         ",
        ",\"bodyPreview\":                  ",
        ",\"ccRecipients\":                 ",
        ",\"conversationId\":               ",
        ",\"conversationIndex\":            ",
        ",\"flag\":                         ",
        ",\"from\":                         ",
        ",\"hasAttachments\":               ",
        ",\"importance\":                   ",
        ",\"inferenceClassification\":      ",
        ",\"internetMessageHeaders\":       ",
        ",\"internetMessageId\":            ",
        ",\"isDeliveryReceiptRequested\":   ",
        ",\"isDraft\":                      ",
        ",\"isRead\":                       ",
        ",\"isReadReceiptRequested\":       ",
        ",\"mentionsPreview\":              ",
        ",\"parentFolderId\":               ",
        ",\"receivedDateTime\":             ",
        ",\"replyTo\":                      ",
        ",\"sender\":                       ",
        ",\"sentDateTime\":                 ",
        ",\"subject\":                      ",
        ",\"toRecipients\":                 ",
        ",\"uniqueBody\":                   ",
        ",\"unsubscribeData\":              ",
        ",\"unsubscribeEnabled\":           ",
        ",\"webLink\":                      ",
        ",\"attachments\":                  ",
        ",\"extensions\":                   ",
        ",\"mentions\":                     ",
        ",\"multiValueExtendedProperties\": ",
        ",\"singleValueExtendedProperties\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.message\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "categories", &self.categories);
        v.field(2usize, "change_key", &self.change_key);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "bcc_recipients", &self.bcc_recipients);
        v.field(6usize, "body", &self.body);
        v.field(7usize, "body_preview", &self.body_preview);
        v.field(8usize, "cc_recipients", &self.cc_recipients);
        v.field(9usize, "conversation_id", &self.conversation_id);
        v.field(10usize, "conversation_index", &self.conversation_index);
        v.field(11usize, "flag", &self.flag);
        v.field(12usize, "from", &self.from);
        v.field(13usize, "has_attachments", &self.has_attachments);
        v.field(14usize, "importance", &self.importance);
        v.field(15usize, "inference_classification", &self.inference_classification);
        v.field(16usize, "internet_message_headers", &self.internet_message_headers);
        v.field(17usize, "internet_message_id", &self.internet_message_id);
        v.field(
            18usize,
            "is_delivery_receipt_requested",
            &self.is_delivery_receipt_requested,
        );
        v.field(19usize, "is_draft", &self.is_draft);
        v.field(20usize, "is_read", &self.is_read);
        v.field(21usize, "is_read_receipt_requested", &self.is_read_receipt_requested);
        v.field(22usize, "mentions_preview", &self.mentions_preview);
        v.field(23usize, "parent_folder_id", &self.parent_folder_id);
        v.field(24usize, "received_date_time", &self.received_date_time);
        v.field(25usize, "reply_to", &self.reply_to);
        v.field(26usize, "sender", &self.sender);
        v.field(27usize, "sent_date_time", &self.sent_date_time);
        v.field(28usize, "subject", &self.subject);
        v.field(29usize, "to_recipients", &self.to_recipients);
        v.field(30usize, "unique_body", &self.unique_body);
        v.field(31usize, "unsubscribe_data", &self.unsubscribe_data);
        v.field(32usize, "unsubscribe_enabled", &self.unsubscribe_enabled);
        v.field(33usize, "web_link", &self.web_link);
        v.field(34usize, "attachments", &self.attachments);
        v.field(35usize, "extensions", &self.extensions);
        v.field(36usize, "mentions", &self.mentions);
        v.field(
            37usize,
            "multi_value_extended_properties",
            &self.multi_value_extended_properties,
        );
        v.field(
            38usize,
            "single_value_extended_properties",
            &self.single_value_extended_properties,
        );
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Message {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.categories.read_from(r),
            2usize => self.change_key.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.bcc_recipients.read_from(r),
            6usize => self.body.read_from(r),
            7usize => self.body_preview.read_from(r),
            8usize => self.cc_recipients.read_from(r),
            9usize => self.conversation_id.read_from(r),
            10usize => self.conversation_index.read_from(r),
            11usize => self.flag.read_from(r),
            12usize => self.from.read_from(r),
            13usize => self.has_attachments.read_from(r),
            14usize => self.importance.read_from(r),
            15usize => self.inference_classification.read_from(r),
            16usize => self.internet_message_headers.read_from(r),
            17usize => self.internet_message_id.read_from(r),
            18usize => self.is_delivery_receipt_requested.read_from(r),
            19usize => self.is_draft.read_from(r),
            20usize => self.is_read.read_from(r),
            21usize => self.is_read_receipt_requested.read_from(r),
            22usize => self.mentions_preview.read_from(r),
            23usize => self.parent_folder_id.read_from(r),
            24usize => self.received_date_time.read_from(r),
            25usize => self.reply_to.read_from(r),
            26usize => self.sender.read_from(r),
            27usize => self.sent_date_time.read_from(r),
            28usize => self.subject.read_from(r),
            29usize => self.to_recipients.read_from(r),
            30usize => self.unique_body.read_from(r),
            31usize => self.unsubscribe_data.read_from(r),
            32usize => self.unsubscribe_enabled.read_from(r),
            33usize => self.web_link.read_from(r),
            34usize => self.attachments.read_from(r),
            35usize => self.extensions.read_from(r),
            36usize => self.mentions.read_from(r),
            37usize => self.multi_value_extended_properties.read_from(r),
            38usize => self.single_value_extended_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.categories);
        w.field(2usize, &self.change_key);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.bcc_recipients);
        w.field(6usize, &self.body);
        w.field(7usize, &self.body_preview);
        w.field(8usize, &self.cc_recipients);
        w.field(9usize, &self.conversation_id);
        w.field(10usize, &self.conversation_index);
        w.field(11usize, &self.flag);
        w.field(12usize, &self.from);
        w.field(13usize, &self.has_attachments);
        w.field(14usize, &self.importance);
        w.field(15usize, &self.inference_classification);
        w.field(16usize, &self.internet_message_headers);
        w.field(17usize, &self.internet_message_id);
        w.field(18usize, &self.is_delivery_receipt_requested);
        w.field(19usize, &self.is_draft);
        w.field(20usize, &self.is_read);
        w.field(21usize, &self.is_read_receipt_requested);
        w.field(22usize, &self.mentions_preview);
        w.field(23usize, &self.parent_folder_id);
        w.field(24usize, &self.received_date_time);
        w.field(25usize, &self.reply_to);
        w.field(26usize, &self.sender);
        w.field(27usize, &self.sent_date_time);
        w.field(28usize, &self.subject);
        w.field(29usize, &self.to_recipients);
        w.field(30usize, &self.unique_body);
        w.field(31usize, &self.unsubscribe_data);
        w.field(32usize, &self.unsubscribe_enabled);
        w.field(33usize, &self.web_link);
        w.field(34usize, &self.attachments);
        w.field(35usize, &self.extensions);
        w.field(36usize, &self.mentions);
        w.field(37usize, &self.multi_value_extended_properties);
        w.field(38usize, &self.single_value_extended_properties);
    }
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
rt::impl_object!(Message);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    Message { with_id id : ::std::string::String; with_categories categories :
    ::std::vec::Vec < ::std::string::String >; with_change_key change_key :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_bcc_recipients bcc_recipients : ::std::vec::Vec < crate
    ::beta::AnyRecipient >; with_body body : crate ::beta::ItemBody; with_body_preview
    body_preview : ::std::string::String; with_cc_recipients cc_recipients :
    ::std::vec::Vec < crate ::beta::AnyRecipient >; with_conversation_id conversation_id
    : ::std::string::String; with_conversation_index conversation_index :
    rt::edm::Binary; with_flag flag : crate ::beta::FollowupFlag; with_from from : crate
    ::beta::AnyRecipient; with_has_attachments has_attachments : bool; with_importance
    importance : crate ::beta::Importance; with_inference_classification
    inference_classification : crate ::beta::InferenceClassificationType;
    with_internet_message_headers internet_message_headers : ::std::vec::Vec < crate
    ::beta::InternetMessageHeader >; with_internet_message_id internet_message_id :
    ::std::string::String; with_is_delivery_receipt_requested
    is_delivery_receipt_requested : bool; with_is_draft is_draft : bool; with_is_read
    is_read : bool; with_is_read_receipt_requested is_read_receipt_requested : bool;
    with_mentions_preview mentions_preview : crate ::beta::MentionsPreview;
    with_parent_folder_id parent_folder_id : ::std::string::String;
    with_received_date_time received_date_time : rt::edm::DateTimeOffset; with_reply_to
    reply_to : ::std::vec::Vec < crate ::beta::AnyRecipient >; with_sender sender : crate
    ::beta::AnyRecipient; with_sent_date_time sent_date_time : rt::edm::DateTimeOffset;
    with_subject subject : ::std::string::String; with_to_recipients to_recipients :
    ::std::vec::Vec < crate ::beta::AnyRecipient >; with_unique_body unique_body : crate
    ::beta::ItemBody; with_unsubscribe_data unsubscribe_data : ::std::vec::Vec <
    ::std::string::String >; with_unsubscribe_enabled unsubscribe_enabled : bool;
    with_web_link web_link : ::std::string::String; with_attachments attachments :
    ::std::vec::Vec < crate ::beta::AnyAttachment >; with_extensions extensions :
    ::std::vec::Vec < crate ::beta::AnyExtension >; with_mentions mentions :
    ::std::vec::Vec < crate ::beta::Mention >; with_multi_value_extended_properties
    multi_value_extended_properties : ::std::vec::Vec < crate
    ::beta::MultiValueLegacyExtendedProperty >; with_single_value_extended_properties
    single_value_extended_properties : ::std::vec::Vec < crate
    ::beta::SingleValueLegacyExtendedProperty >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Message);
#[cfg(msgraph_beta_core)]
/// `microsoft.graph.message` or any type derived from it, selected by `@odata.type` (5 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyMessage {
    Message(::std::boxed::Box<crate::beta::Message>),
    CalendarSharingMessage(::std::boxed::Box<crate::beta::CalendarSharingMessage>),
    EventMessage(::std::boxed::Box<crate::beta::EventMessage>),
    EventMessageRequest(::std::boxed::Box<crate::beta::EventMessageRequest>),
    EventMessageResponse(::std::boxed::Box<crate::beta::EventMessageResponse>),
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AnyMessage {
    #[inline]
    fn default() -> Self {
        Self::Message(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Message> for AnyMessage {
    #[inline]
    fn from(v: crate::beta::Message) -> Self {
        Self::Message(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CalendarSharingMessage> for AnyMessage {
    #[inline]
    fn from(v: crate::beta::CalendarSharingMessage) -> Self {
        Self::CalendarSharingMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EventMessage> for AnyMessage {
    #[inline]
    fn from(v: crate::beta::EventMessage) -> Self {
        Self::EventMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EventMessageRequest> for AnyMessage {
    #[inline]
    fn from(v: crate::beta::EventMessageRequest) -> Self {
        Self::EventMessageRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EventMessageResponse> for AnyMessage {
    #[inline]
    fn from(v: crate::beta::EventMessageResponse) -> Self {
        Self::EventMessageResponse(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Send for AnyMessage {}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Sync for AnyMessage {}
#[cfg(msgraph_beta_core)]
impl ::std::marker::Unpin for AnyMessage {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::UnwindSafe for AnyMessage {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::RefUnwindSafe for AnyMessage {}
#[cfg(msgraph_beta_core)]
const _: () = {
    rt::object::auto_traits::<crate::beta::Message>();
    rt::object::auto_traits::<crate::beta::CalendarSharingMessage>();
    rt::object::auto_traits::<crate::beta::EventMessage>();
    rt::object::auto_traits::<crate::beta::EventMessageRequest>();
    rt::object::auto_traits::<crate::beta::EventMessageResponse>();
};
#[cfg(msgraph_beta_core)]
impl rt::Poly for AnyMessage {
    const BASE_NAME: &'static str = "microsoft.graph.message";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.calendarSharingMessage") => {
                Self::CalendarSharingMessage(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.eventMessage") => {
                Self::EventMessage(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.eventMessageRequest") => {
                Self::EventMessageRequest(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.eventMessageResponse") => {
                Self::EventMessageResponse(rt::object::new_boxed())
            }
            _ => Self::Message(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::Message(v) => &**v,
            Self::CalendarSharingMessage(v) => &**v,
            Self::EventMessage(v) => &**v,
            Self::EventMessageRequest(v) => &**v,
            Self::EventMessageResponse(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::Message(v) => &mut **v,
            Self::CalendarSharingMessage(v) => &mut **v,
            Self::EventMessage(v) => &mut **v,
            Self::EventMessageRequest(v) => &mut **v,
            Self::EventMessageResponse(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core)]
impl AnyMessage {
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
            Self::Message(v) => &v.id,
            Self::CalendarSharingMessage(v) => &v.id,
            Self::EventMessage(v) => &v.id,
            Self::EventMessageRequest(v) => &v.id,
            Self::EventMessageResponse(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Message(v) => &mut v.id,
            Self::CalendarSharingMessage(v) => &mut v.id,
            Self::EventMessage(v) => &mut v.id,
            Self::EventMessageRequest(v) => &mut v.id,
            Self::EventMessageResponse(v) => &mut v.id,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::Message(v) => &v.categories,
            Self::CalendarSharingMessage(v) => &v.categories,
            Self::EventMessage(v) => &v.categories,
            Self::EventMessageRequest(v) => &v.categories,
            Self::EventMessageResponse(v) => &v.categories,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::Message(v) => &mut v.categories,
            Self::CalendarSharingMessage(v) => &mut v.categories,
            Self::EventMessage(v) => &mut v.categories,
            Self::EventMessageRequest(v) => &mut v.categories,
            Self::EventMessageResponse(v) => &mut v.categories,
        }
    }
    /// `changeKey` of any variant.
    #[inline]
    pub fn change_key(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Message(v) => &v.change_key,
            Self::CalendarSharingMessage(v) => &v.change_key,
            Self::EventMessage(v) => &v.change_key,
            Self::EventMessageRequest(v) => &v.change_key,
            Self::EventMessageResponse(v) => &v.change_key,
        }
    }
    /// `changeKey` of any variant.
    #[inline]
    pub fn change_key_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Message(v) => &mut v.change_key,
            Self::CalendarSharingMessage(v) => &mut v.change_key,
            Self::EventMessage(v) => &mut v.change_key,
            Self::EventMessageRequest(v) => &mut v.change_key,
            Self::EventMessageResponse(v) => &mut v.change_key,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Message(v) => &v.created_date_time,
            Self::CalendarSharingMessage(v) => &v.created_date_time,
            Self::EventMessage(v) => &v.created_date_time,
            Self::EventMessageRequest(v) => &v.created_date_time,
            Self::EventMessageResponse(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Message(v) => &mut v.created_date_time,
            Self::CalendarSharingMessage(v) => &mut v.created_date_time,
            Self::EventMessage(v) => &mut v.created_date_time,
            Self::EventMessageRequest(v) => &mut v.created_date_time,
            Self::EventMessageResponse(v) => &mut v.created_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Message(v) => &v.last_modified_date_time,
            Self::CalendarSharingMessage(v) => &v.last_modified_date_time,
            Self::EventMessage(v) => &v.last_modified_date_time,
            Self::EventMessageRequest(v) => &v.last_modified_date_time,
            Self::EventMessageResponse(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Message(v) => &mut v.last_modified_date_time,
            Self::CalendarSharingMessage(v) => &mut v.last_modified_date_time,
            Self::EventMessage(v) => &mut v.last_modified_date_time,
            Self::EventMessageRequest(v) => &mut v.last_modified_date_time,
            Self::EventMessageResponse(v) => &mut v.last_modified_date_time,
        }
    }
    /// `bccRecipients` of any variant.
    #[inline]
    pub fn bcc_recipients(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>> {
        match self {
            Self::Message(v) => &v.bcc_recipients,
            Self::CalendarSharingMessage(v) => &v.bcc_recipients,
            Self::EventMessage(v) => &v.bcc_recipients,
            Self::EventMessageRequest(v) => &v.bcc_recipients,
            Self::EventMessageResponse(v) => &v.bcc_recipients,
        }
    }
    /// `bccRecipients` of any variant.
    #[inline]
    pub fn bcc_recipients_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>> {
        match self {
            Self::Message(v) => &mut v.bcc_recipients,
            Self::CalendarSharingMessage(v) => &mut v.bcc_recipients,
            Self::EventMessage(v) => &mut v.bcc_recipients,
            Self::EventMessageRequest(v) => &mut v.bcc_recipients,
            Self::EventMessageResponse(v) => &mut v.bcc_recipients,
        }
    }
    /// `body` of any variant.
    #[inline]
    pub fn body(&self) -> &rt::Field<crate::beta::ItemBody> {
        match self {
            Self::Message(v) => &v.body,
            Self::CalendarSharingMessage(v) => &v.body,
            Self::EventMessage(v) => &v.body,
            Self::EventMessageRequest(v) => &v.body,
            Self::EventMessageResponse(v) => &v.body,
        }
    }
    /// `body` of any variant.
    #[inline]
    pub fn body_mut(&mut self) -> &mut rt::Field<crate::beta::ItemBody> {
        match self {
            Self::Message(v) => &mut v.body,
            Self::CalendarSharingMessage(v) => &mut v.body,
            Self::EventMessage(v) => &mut v.body,
            Self::EventMessageRequest(v) => &mut v.body,
            Self::EventMessageResponse(v) => &mut v.body,
        }
    }
    /// `bodyPreview` of any variant.
    #[inline]
    pub fn body_preview(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Message(v) => &v.body_preview,
            Self::CalendarSharingMessage(v) => &v.body_preview,
            Self::EventMessage(v) => &v.body_preview,
            Self::EventMessageRequest(v) => &v.body_preview,
            Self::EventMessageResponse(v) => &v.body_preview,
        }
    }
    /// `bodyPreview` of any variant.
    #[inline]
    pub fn body_preview_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Message(v) => &mut v.body_preview,
            Self::CalendarSharingMessage(v) => &mut v.body_preview,
            Self::EventMessage(v) => &mut v.body_preview,
            Self::EventMessageRequest(v) => &mut v.body_preview,
            Self::EventMessageResponse(v) => &mut v.body_preview,
        }
    }
    /// `ccRecipients` of any variant.
    #[inline]
    pub fn cc_recipients(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>> {
        match self {
            Self::Message(v) => &v.cc_recipients,
            Self::CalendarSharingMessage(v) => &v.cc_recipients,
            Self::EventMessage(v) => &v.cc_recipients,
            Self::EventMessageRequest(v) => &v.cc_recipients,
            Self::EventMessageResponse(v) => &v.cc_recipients,
        }
    }
    /// `ccRecipients` of any variant.
    #[inline]
    pub fn cc_recipients_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>> {
        match self {
            Self::Message(v) => &mut v.cc_recipients,
            Self::CalendarSharingMessage(v) => &mut v.cc_recipients,
            Self::EventMessage(v) => &mut v.cc_recipients,
            Self::EventMessageRequest(v) => &mut v.cc_recipients,
            Self::EventMessageResponse(v) => &mut v.cc_recipients,
        }
    }
    /// `conversationId` of any variant.
    #[inline]
    pub fn conversation_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Message(v) => &v.conversation_id,
            Self::CalendarSharingMessage(v) => &v.conversation_id,
            Self::EventMessage(v) => &v.conversation_id,
            Self::EventMessageRequest(v) => &v.conversation_id,
            Self::EventMessageResponse(v) => &v.conversation_id,
        }
    }
    /// `conversationId` of any variant.
    #[inline]
    pub fn conversation_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Message(v) => &mut v.conversation_id,
            Self::CalendarSharingMessage(v) => &mut v.conversation_id,
            Self::EventMessage(v) => &mut v.conversation_id,
            Self::EventMessageRequest(v) => &mut v.conversation_id,
            Self::EventMessageResponse(v) => &mut v.conversation_id,
        }
    }
    /// `conversationIndex` of any variant.
    #[inline]
    pub fn conversation_index(&self) -> &rt::Field<rt::edm::Binary> {
        match self {
            Self::Message(v) => &v.conversation_index,
            Self::CalendarSharingMessage(v) => &v.conversation_index,
            Self::EventMessage(v) => &v.conversation_index,
            Self::EventMessageRequest(v) => &v.conversation_index,
            Self::EventMessageResponse(v) => &v.conversation_index,
        }
    }
    /// `conversationIndex` of any variant.
    #[inline]
    pub fn conversation_index_mut(&mut self) -> &mut rt::Field<rt::edm::Binary> {
        match self {
            Self::Message(v) => &mut v.conversation_index,
            Self::CalendarSharingMessage(v) => &mut v.conversation_index,
            Self::EventMessage(v) => &mut v.conversation_index,
            Self::EventMessageRequest(v) => &mut v.conversation_index,
            Self::EventMessageResponse(v) => &mut v.conversation_index,
        }
    }
    /// `flag` of any variant.
    #[inline]
    pub fn flag(&self) -> &rt::Field<crate::beta::FollowupFlag> {
        match self {
            Self::Message(v) => &v.flag,
            Self::CalendarSharingMessage(v) => &v.flag,
            Self::EventMessage(v) => &v.flag,
            Self::EventMessageRequest(v) => &v.flag,
            Self::EventMessageResponse(v) => &v.flag,
        }
    }
    /// `flag` of any variant.
    #[inline]
    pub fn flag_mut(&mut self) -> &mut rt::Field<crate::beta::FollowupFlag> {
        match self {
            Self::Message(v) => &mut v.flag,
            Self::CalendarSharingMessage(v) => &mut v.flag,
            Self::EventMessage(v) => &mut v.flag,
            Self::EventMessageRequest(v) => &mut v.flag,
            Self::EventMessageResponse(v) => &mut v.flag,
        }
    }
    /// `from` of any variant.
    #[inline]
    pub fn from(&self) -> &rt::Field<crate::beta::AnyRecipient> {
        match self {
            Self::Message(v) => &v.from,
            Self::CalendarSharingMessage(v) => &v.from,
            Self::EventMessage(v) => &v.from,
            Self::EventMessageRequest(v) => &v.from,
            Self::EventMessageResponse(v) => &v.from,
        }
    }
    /// `from` of any variant.
    #[inline]
    pub fn from_mut(&mut self) -> &mut rt::Field<crate::beta::AnyRecipient> {
        match self {
            Self::Message(v) => &mut v.from,
            Self::CalendarSharingMessage(v) => &mut v.from,
            Self::EventMessage(v) => &mut v.from,
            Self::EventMessageRequest(v) => &mut v.from,
            Self::EventMessageResponse(v) => &mut v.from,
        }
    }
    /// `hasAttachments` of any variant.
    #[inline]
    pub fn has_attachments(&self) -> &rt::Field<bool> {
        match self {
            Self::Message(v) => &v.has_attachments,
            Self::CalendarSharingMessage(v) => &v.has_attachments,
            Self::EventMessage(v) => &v.has_attachments,
            Self::EventMessageRequest(v) => &v.has_attachments,
            Self::EventMessageResponse(v) => &v.has_attachments,
        }
    }
    /// `hasAttachments` of any variant.
    #[inline]
    pub fn has_attachments_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::Message(v) => &mut v.has_attachments,
            Self::CalendarSharingMessage(v) => &mut v.has_attachments,
            Self::EventMessage(v) => &mut v.has_attachments,
            Self::EventMessageRequest(v) => &mut v.has_attachments,
            Self::EventMessageResponse(v) => &mut v.has_attachments,
        }
    }
    /// `importance` of any variant.
    #[inline]
    pub fn importance(&self) -> &rt::Field<crate::beta::Importance> {
        match self {
            Self::Message(v) => &v.importance,
            Self::CalendarSharingMessage(v) => &v.importance,
            Self::EventMessage(v) => &v.importance,
            Self::EventMessageRequest(v) => &v.importance,
            Self::EventMessageResponse(v) => &v.importance,
        }
    }
    /// `importance` of any variant.
    #[inline]
    pub fn importance_mut(&mut self) -> &mut rt::Field<crate::beta::Importance> {
        match self {
            Self::Message(v) => &mut v.importance,
            Self::CalendarSharingMessage(v) => &mut v.importance,
            Self::EventMessage(v) => &mut v.importance,
            Self::EventMessageRequest(v) => &mut v.importance,
            Self::EventMessageResponse(v) => &mut v.importance,
        }
    }
    /// `inferenceClassification` of any variant.
    #[inline]
    pub fn inference_classification(
        &self,
    ) -> &rt::Field<crate::beta::InferenceClassificationType> {
        match self {
            Self::Message(v) => &v.inference_classification,
            Self::CalendarSharingMessage(v) => &v.inference_classification,
            Self::EventMessage(v) => &v.inference_classification,
            Self::EventMessageRequest(v) => &v.inference_classification,
            Self::EventMessageResponse(v) => &v.inference_classification,
        }
    }
    /// `inferenceClassification` of any variant.
    #[inline]
    pub fn inference_classification_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::InferenceClassificationType> {
        match self {
            Self::Message(v) => &mut v.inference_classification,
            Self::CalendarSharingMessage(v) => &mut v.inference_classification,
            Self::EventMessage(v) => &mut v.inference_classification,
            Self::EventMessageRequest(v) => &mut v.inference_classification,
            Self::EventMessageResponse(v) => &mut v.inference_classification,
        }
    }
    /// `internetMessageHeaders` of any variant.
    #[inline]
    pub fn internet_message_headers(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::InternetMessageHeader>> {
        match self {
            Self::Message(v) => &v.internet_message_headers,
            Self::CalendarSharingMessage(v) => &v.internet_message_headers,
            Self::EventMessage(v) => &v.internet_message_headers,
            Self::EventMessageRequest(v) => &v.internet_message_headers,
            Self::EventMessageResponse(v) => &v.internet_message_headers,
        }
    }
    /// `internetMessageHeaders` of any variant.
    #[inline]
    pub fn internet_message_headers_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::InternetMessageHeader>> {
        match self {
            Self::Message(v) => &mut v.internet_message_headers,
            Self::CalendarSharingMessage(v) => &mut v.internet_message_headers,
            Self::EventMessage(v) => &mut v.internet_message_headers,
            Self::EventMessageRequest(v) => &mut v.internet_message_headers,
            Self::EventMessageResponse(v) => &mut v.internet_message_headers,
        }
    }
    /// `internetMessageId` of any variant.
    #[inline]
    pub fn internet_message_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Message(v) => &v.internet_message_id,
            Self::CalendarSharingMessage(v) => &v.internet_message_id,
            Self::EventMessage(v) => &v.internet_message_id,
            Self::EventMessageRequest(v) => &v.internet_message_id,
            Self::EventMessageResponse(v) => &v.internet_message_id,
        }
    }
    /// `internetMessageId` of any variant.
    #[inline]
    pub fn internet_message_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Message(v) => &mut v.internet_message_id,
            Self::CalendarSharingMessage(v) => &mut v.internet_message_id,
            Self::EventMessage(v) => &mut v.internet_message_id,
            Self::EventMessageRequest(v) => &mut v.internet_message_id,
            Self::EventMessageResponse(v) => &mut v.internet_message_id,
        }
    }
    /// `isDeliveryReceiptRequested` of any variant.
    #[inline]
    pub fn is_delivery_receipt_requested(&self) -> &rt::Field<bool> {
        match self {
            Self::Message(v) => &v.is_delivery_receipt_requested,
            Self::CalendarSharingMessage(v) => &v.is_delivery_receipt_requested,
            Self::EventMessage(v) => &v.is_delivery_receipt_requested,
            Self::EventMessageRequest(v) => &v.is_delivery_receipt_requested,
            Self::EventMessageResponse(v) => &v.is_delivery_receipt_requested,
        }
    }
    /// `isDeliveryReceiptRequested` of any variant.
    #[inline]
    pub fn is_delivery_receipt_requested_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::Message(v) => &mut v.is_delivery_receipt_requested,
            Self::CalendarSharingMessage(v) => &mut v.is_delivery_receipt_requested,
            Self::EventMessage(v) => &mut v.is_delivery_receipt_requested,
            Self::EventMessageRequest(v) => &mut v.is_delivery_receipt_requested,
            Self::EventMessageResponse(v) => &mut v.is_delivery_receipt_requested,
        }
    }
    /// `isDraft` of any variant.
    #[inline]
    pub fn is_draft(&self) -> &rt::Field<bool> {
        match self {
            Self::Message(v) => &v.is_draft,
            Self::CalendarSharingMessage(v) => &v.is_draft,
            Self::EventMessage(v) => &v.is_draft,
            Self::EventMessageRequest(v) => &v.is_draft,
            Self::EventMessageResponse(v) => &v.is_draft,
        }
    }
    /// `isDraft` of any variant.
    #[inline]
    pub fn is_draft_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::Message(v) => &mut v.is_draft,
            Self::CalendarSharingMessage(v) => &mut v.is_draft,
            Self::EventMessage(v) => &mut v.is_draft,
            Self::EventMessageRequest(v) => &mut v.is_draft,
            Self::EventMessageResponse(v) => &mut v.is_draft,
        }
    }
    /// `isRead` of any variant.
    #[inline]
    pub fn is_read(&self) -> &rt::Field<bool> {
        match self {
            Self::Message(v) => &v.is_read,
            Self::CalendarSharingMessage(v) => &v.is_read,
            Self::EventMessage(v) => &v.is_read,
            Self::EventMessageRequest(v) => &v.is_read,
            Self::EventMessageResponse(v) => &v.is_read,
        }
    }
    /// `isRead` of any variant.
    #[inline]
    pub fn is_read_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::Message(v) => &mut v.is_read,
            Self::CalendarSharingMessage(v) => &mut v.is_read,
            Self::EventMessage(v) => &mut v.is_read,
            Self::EventMessageRequest(v) => &mut v.is_read,
            Self::EventMessageResponse(v) => &mut v.is_read,
        }
    }
    /// `isReadReceiptRequested` of any variant.
    #[inline]
    pub fn is_read_receipt_requested(&self) -> &rt::Field<bool> {
        match self {
            Self::Message(v) => &v.is_read_receipt_requested,
            Self::CalendarSharingMessage(v) => &v.is_read_receipt_requested,
            Self::EventMessage(v) => &v.is_read_receipt_requested,
            Self::EventMessageRequest(v) => &v.is_read_receipt_requested,
            Self::EventMessageResponse(v) => &v.is_read_receipt_requested,
        }
    }
    /// `isReadReceiptRequested` of any variant.
    #[inline]
    pub fn is_read_receipt_requested_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::Message(v) => &mut v.is_read_receipt_requested,
            Self::CalendarSharingMessage(v) => &mut v.is_read_receipt_requested,
            Self::EventMessage(v) => &mut v.is_read_receipt_requested,
            Self::EventMessageRequest(v) => &mut v.is_read_receipt_requested,
            Self::EventMessageResponse(v) => &mut v.is_read_receipt_requested,
        }
    }
    /// `mentionsPreview` of any variant.
    #[inline]
    pub fn mentions_preview(&self) -> &rt::Field<crate::beta::MentionsPreview> {
        match self {
            Self::Message(v) => &v.mentions_preview,
            Self::CalendarSharingMessage(v) => &v.mentions_preview,
            Self::EventMessage(v) => &v.mentions_preview,
            Self::EventMessageRequest(v) => &v.mentions_preview,
            Self::EventMessageResponse(v) => &v.mentions_preview,
        }
    }
    /// `mentionsPreview` of any variant.
    #[inline]
    pub fn mentions_preview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::MentionsPreview> {
        match self {
            Self::Message(v) => &mut v.mentions_preview,
            Self::CalendarSharingMessage(v) => &mut v.mentions_preview,
            Self::EventMessage(v) => &mut v.mentions_preview,
            Self::EventMessageRequest(v) => &mut v.mentions_preview,
            Self::EventMessageResponse(v) => &mut v.mentions_preview,
        }
    }
    /// `parentFolderId` of any variant.
    #[inline]
    pub fn parent_folder_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Message(v) => &v.parent_folder_id,
            Self::CalendarSharingMessage(v) => &v.parent_folder_id,
            Self::EventMessage(v) => &v.parent_folder_id,
            Self::EventMessageRequest(v) => &v.parent_folder_id,
            Self::EventMessageResponse(v) => &v.parent_folder_id,
        }
    }
    /// `parentFolderId` of any variant.
    #[inline]
    pub fn parent_folder_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Message(v) => &mut v.parent_folder_id,
            Self::CalendarSharingMessage(v) => &mut v.parent_folder_id,
            Self::EventMessage(v) => &mut v.parent_folder_id,
            Self::EventMessageRequest(v) => &mut v.parent_folder_id,
            Self::EventMessageResponse(v) => &mut v.parent_folder_id,
        }
    }
    /// `receivedDateTime` of any variant.
    #[inline]
    pub fn received_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Message(v) => &v.received_date_time,
            Self::CalendarSharingMessage(v) => &v.received_date_time,
            Self::EventMessage(v) => &v.received_date_time,
            Self::EventMessageRequest(v) => &v.received_date_time,
            Self::EventMessageResponse(v) => &v.received_date_time,
        }
    }
    /// `receivedDateTime` of any variant.
    #[inline]
    pub fn received_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Message(v) => &mut v.received_date_time,
            Self::CalendarSharingMessage(v) => &mut v.received_date_time,
            Self::EventMessage(v) => &mut v.received_date_time,
            Self::EventMessageRequest(v) => &mut v.received_date_time,
            Self::EventMessageResponse(v) => &mut v.received_date_time,
        }
    }
    /// `replyTo` of any variant.
    #[inline]
    pub fn reply_to(&self) -> &rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>> {
        match self {
            Self::Message(v) => &v.reply_to,
            Self::CalendarSharingMessage(v) => &v.reply_to,
            Self::EventMessage(v) => &v.reply_to,
            Self::EventMessageRequest(v) => &v.reply_to,
            Self::EventMessageResponse(v) => &v.reply_to,
        }
    }
    /// `replyTo` of any variant.
    #[inline]
    pub fn reply_to_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>> {
        match self {
            Self::Message(v) => &mut v.reply_to,
            Self::CalendarSharingMessage(v) => &mut v.reply_to,
            Self::EventMessage(v) => &mut v.reply_to,
            Self::EventMessageRequest(v) => &mut v.reply_to,
            Self::EventMessageResponse(v) => &mut v.reply_to,
        }
    }
    /// `sender` of any variant.
    #[inline]
    pub fn sender(&self) -> &rt::Field<crate::beta::AnyRecipient> {
        match self {
            Self::Message(v) => &v.sender,
            Self::CalendarSharingMessage(v) => &v.sender,
            Self::EventMessage(v) => &v.sender,
            Self::EventMessageRequest(v) => &v.sender,
            Self::EventMessageResponse(v) => &v.sender,
        }
    }
    /// `sender` of any variant.
    #[inline]
    pub fn sender_mut(&mut self) -> &mut rt::Field<crate::beta::AnyRecipient> {
        match self {
            Self::Message(v) => &mut v.sender,
            Self::CalendarSharingMessage(v) => &mut v.sender,
            Self::EventMessage(v) => &mut v.sender,
            Self::EventMessageRequest(v) => &mut v.sender,
            Self::EventMessageResponse(v) => &mut v.sender,
        }
    }
    /// `sentDateTime` of any variant.
    #[inline]
    pub fn sent_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Message(v) => &v.sent_date_time,
            Self::CalendarSharingMessage(v) => &v.sent_date_time,
            Self::EventMessage(v) => &v.sent_date_time,
            Self::EventMessageRequest(v) => &v.sent_date_time,
            Self::EventMessageResponse(v) => &v.sent_date_time,
        }
    }
    /// `sentDateTime` of any variant.
    #[inline]
    pub fn sent_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Message(v) => &mut v.sent_date_time,
            Self::CalendarSharingMessage(v) => &mut v.sent_date_time,
            Self::EventMessage(v) => &mut v.sent_date_time,
            Self::EventMessageRequest(v) => &mut v.sent_date_time,
            Self::EventMessageResponse(v) => &mut v.sent_date_time,
        }
    }
    /// `subject` of any variant.
    #[inline]
    pub fn subject(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Message(v) => &v.subject,
            Self::CalendarSharingMessage(v) => &v.subject,
            Self::EventMessage(v) => &v.subject,
            Self::EventMessageRequest(v) => &v.subject,
            Self::EventMessageResponse(v) => &v.subject,
        }
    }
    /// `subject` of any variant.
    #[inline]
    pub fn subject_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Message(v) => &mut v.subject,
            Self::CalendarSharingMessage(v) => &mut v.subject,
            Self::EventMessage(v) => &mut v.subject,
            Self::EventMessageRequest(v) => &mut v.subject,
            Self::EventMessageResponse(v) => &mut v.subject,
        }
    }
    /// `toRecipients` of any variant.
    #[inline]
    pub fn to_recipients(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>> {
        match self {
            Self::Message(v) => &v.to_recipients,
            Self::CalendarSharingMessage(v) => &v.to_recipients,
            Self::EventMessage(v) => &v.to_recipients,
            Self::EventMessageRequest(v) => &v.to_recipients,
            Self::EventMessageResponse(v) => &v.to_recipients,
        }
    }
    /// `toRecipients` of any variant.
    #[inline]
    pub fn to_recipients_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>> {
        match self {
            Self::Message(v) => &mut v.to_recipients,
            Self::CalendarSharingMessage(v) => &mut v.to_recipients,
            Self::EventMessage(v) => &mut v.to_recipients,
            Self::EventMessageRequest(v) => &mut v.to_recipients,
            Self::EventMessageResponse(v) => &mut v.to_recipients,
        }
    }
    /// `uniqueBody` of any variant.
    #[inline]
    pub fn unique_body(&self) -> &rt::Field<crate::beta::ItemBody> {
        match self {
            Self::Message(v) => &v.unique_body,
            Self::CalendarSharingMessage(v) => &v.unique_body,
            Self::EventMessage(v) => &v.unique_body,
            Self::EventMessageRequest(v) => &v.unique_body,
            Self::EventMessageResponse(v) => &v.unique_body,
        }
    }
    /// `uniqueBody` of any variant.
    #[inline]
    pub fn unique_body_mut(&mut self) -> &mut rt::Field<crate::beta::ItemBody> {
        match self {
            Self::Message(v) => &mut v.unique_body,
            Self::CalendarSharingMessage(v) => &mut v.unique_body,
            Self::EventMessage(v) => &mut v.unique_body,
            Self::EventMessageRequest(v) => &mut v.unique_body,
            Self::EventMessageResponse(v) => &mut v.unique_body,
        }
    }
    /// `unsubscribeData` of any variant.
    #[inline]
    pub fn unsubscribe_data(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::Message(v) => &v.unsubscribe_data,
            Self::CalendarSharingMessage(v) => &v.unsubscribe_data,
            Self::EventMessage(v) => &v.unsubscribe_data,
            Self::EventMessageRequest(v) => &v.unsubscribe_data,
            Self::EventMessageResponse(v) => &v.unsubscribe_data,
        }
    }
    /// `unsubscribeData` of any variant.
    #[inline]
    pub fn unsubscribe_data_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::Message(v) => &mut v.unsubscribe_data,
            Self::CalendarSharingMessage(v) => &mut v.unsubscribe_data,
            Self::EventMessage(v) => &mut v.unsubscribe_data,
            Self::EventMessageRequest(v) => &mut v.unsubscribe_data,
            Self::EventMessageResponse(v) => &mut v.unsubscribe_data,
        }
    }
    /// `unsubscribeEnabled` of any variant.
    #[inline]
    pub fn unsubscribe_enabled(&self) -> &rt::Field<bool> {
        match self {
            Self::Message(v) => &v.unsubscribe_enabled,
            Self::CalendarSharingMessage(v) => &v.unsubscribe_enabled,
            Self::EventMessage(v) => &v.unsubscribe_enabled,
            Self::EventMessageRequest(v) => &v.unsubscribe_enabled,
            Self::EventMessageResponse(v) => &v.unsubscribe_enabled,
        }
    }
    /// `unsubscribeEnabled` of any variant.
    #[inline]
    pub fn unsubscribe_enabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::Message(v) => &mut v.unsubscribe_enabled,
            Self::CalendarSharingMessage(v) => &mut v.unsubscribe_enabled,
            Self::EventMessage(v) => &mut v.unsubscribe_enabled,
            Self::EventMessageRequest(v) => &mut v.unsubscribe_enabled,
            Self::EventMessageResponse(v) => &mut v.unsubscribe_enabled,
        }
    }
    /// `webLink` of any variant.
    #[inline]
    pub fn web_link(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Message(v) => &v.web_link,
            Self::CalendarSharingMessage(v) => &v.web_link,
            Self::EventMessage(v) => &v.web_link,
            Self::EventMessageRequest(v) => &v.web_link,
            Self::EventMessageResponse(v) => &v.web_link,
        }
    }
    /// `webLink` of any variant.
    #[inline]
    pub fn web_link_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Message(v) => &mut v.web_link,
            Self::CalendarSharingMessage(v) => &mut v.web_link,
            Self::EventMessage(v) => &mut v.web_link,
            Self::EventMessageRequest(v) => &mut v.web_link,
            Self::EventMessageResponse(v) => &mut v.web_link,
        }
    }
    /// `attachments` of any variant.
    #[inline]
    pub fn attachments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::AnyAttachment>> {
        match self {
            Self::Message(v) => &v.attachments,
            Self::CalendarSharingMessage(v) => &v.attachments,
            Self::EventMessage(v) => &v.attachments,
            Self::EventMessageRequest(v) => &v.attachments,
            Self::EventMessageResponse(v) => &v.attachments,
        }
    }
    /// `attachments` of any variant.
    #[inline]
    pub fn attachments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::AnyAttachment>> {
        match self {
            Self::Message(v) => &mut v.attachments,
            Self::CalendarSharingMessage(v) => &mut v.attachments,
            Self::EventMessage(v) => &mut v.attachments,
            Self::EventMessageRequest(v) => &mut v.attachments,
            Self::EventMessageResponse(v) => &mut v.attachments,
        }
    }
    /// `extensions` of any variant.
    #[inline]
    pub fn extensions(&self) -> &rt::Field<::std::vec::Vec<crate::beta::AnyExtension>> {
        match self {
            Self::Message(v) => &v.extensions,
            Self::CalendarSharingMessage(v) => &v.extensions,
            Self::EventMessage(v) => &v.extensions,
            Self::EventMessageRequest(v) => &v.extensions,
            Self::EventMessageResponse(v) => &v.extensions,
        }
    }
    /// `extensions` of any variant.
    #[inline]
    pub fn extensions_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::AnyExtension>> {
        match self {
            Self::Message(v) => &mut v.extensions,
            Self::CalendarSharingMessage(v) => &mut v.extensions,
            Self::EventMessage(v) => &mut v.extensions,
            Self::EventMessageRequest(v) => &mut v.extensions,
            Self::EventMessageResponse(v) => &mut v.extensions,
        }
    }
    /// `mentions` of any variant.
    #[inline]
    pub fn mentions(&self) -> &rt::Field<::std::vec::Vec<crate::beta::Mention>> {
        match self {
            Self::Message(v) => &v.mentions,
            Self::CalendarSharingMessage(v) => &v.mentions,
            Self::EventMessage(v) => &v.mentions,
            Self::EventMessageRequest(v) => &v.mentions,
            Self::EventMessageResponse(v) => &v.mentions,
        }
    }
    /// `mentions` of any variant.
    #[inline]
    pub fn mentions_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::Mention>> {
        match self {
            Self::Message(v) => &mut v.mentions,
            Self::CalendarSharingMessage(v) => &mut v.mentions,
            Self::EventMessage(v) => &mut v.mentions,
            Self::EventMessageRequest(v) => &mut v.mentions,
            Self::EventMessageResponse(v) => &mut v.mentions,
        }
    }
    /// `multiValueExtendedProperties` of any variant.
    #[inline]
    pub fn multi_value_extended_properties(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::MultiValueLegacyExtendedProperty>> {
        match self {
            Self::Message(v) => &v.multi_value_extended_properties,
            Self::CalendarSharingMessage(v) => &v.multi_value_extended_properties,
            Self::EventMessage(v) => &v.multi_value_extended_properties,
            Self::EventMessageRequest(v) => &v.multi_value_extended_properties,
            Self::EventMessageResponse(v) => &v.multi_value_extended_properties,
        }
    }
    /// `multiValueExtendedProperties` of any variant.
    #[inline]
    pub fn multi_value_extended_properties_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::MultiValueLegacyExtendedProperty>> {
        match self {
            Self::Message(v) => &mut v.multi_value_extended_properties,
            Self::CalendarSharingMessage(v) => &mut v.multi_value_extended_properties,
            Self::EventMessage(v) => &mut v.multi_value_extended_properties,
            Self::EventMessageRequest(v) => &mut v.multi_value_extended_properties,
            Self::EventMessageResponse(v) => &mut v.multi_value_extended_properties,
        }
    }
    /// `singleValueExtendedProperties` of any variant.
    #[inline]
    pub fn single_value_extended_properties(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SingleValueLegacyExtendedProperty>> {
        match self {
            Self::Message(v) => &v.single_value_extended_properties,
            Self::CalendarSharingMessage(v) => &v.single_value_extended_properties,
            Self::EventMessage(v) => &v.single_value_extended_properties,
            Self::EventMessageRequest(v) => &v.single_value_extended_properties,
            Self::EventMessageResponse(v) => &v.single_value_extended_properties,
        }
    }
    /// `singleValueExtendedProperties` of any variant.
    #[inline]
    pub fn single_value_extended_properties_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::SingleValueLegacyExtendedProperty>,
    > {
        match self {
            Self::Message(v) => &mut v.single_value_extended_properties,
            Self::CalendarSharingMessage(v) => &mut v.single_value_extended_properties,
            Self::EventMessage(v) => &mut v.single_value_extended_properties,
            Self::EventMessageRequest(v) => &mut v.single_value_extended_properties,
            Self::EventMessageResponse(v) => &mut v.single_value_extended_properties,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_poly!(AnyMessage);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyMessage);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.messageActionFlag`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MessageActionFlag {
    /// `any` (value 0).
    Any,
    /// `call` (value 1).
    Call,
    /// `doNotForward` (value 2).
    DoNotForward,
    /// `followUp` (value 3).
    FollowUp,
    /// `fyi` (value 4).
    Fyi,
    /// `forward` (value 5).
    Forward,
    /// `noResponseNecessary` (value 6).
    NoResponseNecessary,
    /// `read` (value 7).
    Read,
    /// `reply` (value 8).
    Reply,
    /// `replyToAll` (value 9).
    ReplyToAll,
    /// `review` (value 10).
    Review,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for MessageActionFlag {
    const TYPE_NAME: &'static str = "microsoft.graph.messageActionFlag";
    const MEMBERS: &'static [&'static str] = &[
        "any",
        "call",
        "doNotForward",
        "followUp",
        "fyi",
        "forward",
        "noResponseNecessary",
        "read",
        "reply",
        "replyToAll",
        "review",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "any" => Self::Any,
                "call" => Self::Call,
                "doNotForward" => Self::DoNotForward,
                "followUp" => Self::FollowUp,
                "fyi" => Self::Fyi,
                "forward" => Self::Forward,
                "noResponseNecessary" => Self::NoResponseNecessary,
                "read" => Self::Read,
                "reply" => Self::Reply,
                "replyToAll" => Self::ReplyToAll,
                "review" => Self::Review,
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
            Self::Any => "any",
            Self::Call => "call",
            Self::DoNotForward => "doNotForward",
            Self::FollowUp => "followUp",
            Self::Fyi => "fyi",
            Self::Forward => "forward",
            Self::NoResponseNecessary => "noResponseNecessary",
            Self::Read => "read",
            Self::Reply => "reply",
            Self::ReplyToAll => "replyToAll",
            Self::Review => "review",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(MessageActionFlag);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageActionFlag);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.messageRule`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`MessageRulePath`](requests/trait.MessageRulePath.html), what a path to one (`EntityPath<MessageRule, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MessageRule {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `actions`: `microsoft.graph.messageRuleActions`, nullable.
    pub actions: rt::Field<crate::beta::MessageRuleActions>,
    /// CSDL: property `conditions`: `microsoft.graph.messageRulePredicates`, nullable.
    pub conditions: rt::Field<crate::beta::MessageRulePredicates>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `exceptions`: `microsoft.graph.messageRulePredicates`, nullable.
    pub exceptions: rt::Field<crate::beta::MessageRulePredicates>,
    /// CSDL: property `hasError`: `Edm.Boolean`, nullable.
    pub has_error: rt::Field<bool>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `isReadOnly`: `Edm.Boolean`, nullable.
    pub is_read_only: rt::Field<bool>,
    /// CSDL: property `sequence`: `Edm.Int32`, nullable.
    pub sequence: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for MessageRule {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            actions: rt::Field::Absent,
            conditions: rt::Field::Absent,
            display_name: rt::Field::Absent,
            exceptions: rt::Field::Absent,
            has_error: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            is_read_only: rt::Field::Absent,
            sequence: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for MessageRule {
    const TYPE_NAME: &'static str = "microsoft.graph.messageRule";
    const KEYS: &'static [&'static str] = &[
        "id",
        "actions",
        "conditions",
        "displayName",
        "exceptions",
        "hasError",
        "isEnabled",
        "isReadOnly",
        "sequence",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"actions\":                      ",
        ",\"conditions\":                   ",
        ",\"displayName\":                  ",
        ",\"exceptions\":                   ",
        ",\"hasError\":                     ",
        ",\"isEnabled\":                    ",
        ",\"isReadOnly\":                   ",
        ",\"sequence\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.messageRule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "actions", &self.actions);
        v.field(2usize, "conditions", &self.conditions);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "exceptions", &self.exceptions);
        v.field(5usize, "has_error", &self.has_error);
        v.field(6usize, "is_enabled", &self.is_enabled);
        v.field(7usize, "is_read_only", &self.is_read_only);
        v.field(8usize, "sequence", &self.sequence);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for MessageRule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.actions.read_from(r),
            2usize => self.conditions.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.exceptions.read_from(r),
            5usize => self.has_error.read_from(r),
            6usize => self.is_enabled.read_from(r),
            7usize => self.is_read_only.read_from(r),
            8usize => self.sequence.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.actions);
        w.field(2usize, &self.conditions);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.exceptions);
        w.field(5usize, &self.has_error);
        w.field(6usize, &self.is_enabled);
        w.field(7usize, &self.is_read_only);
        w.field(8usize, &self.sequence);
    }
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
rt::impl_object!(MessageRule);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MessageRule { with_id id : ::std::string::String; with_actions actions : crate
    ::beta::MessageRuleActions; with_conditions conditions : crate
    ::beta::MessageRulePredicates; with_display_name display_name :
    ::std::string::String; with_exceptions exceptions : crate
    ::beta::MessageRulePredicates; with_has_error has_error : bool; with_is_enabled
    is_enabled : bool; with_is_read_only is_read_only : bool; with_sequence sequence :
    i32; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageRule);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.messageRuleActions`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MessageRuleActions {
    /// CSDL: property `assignCategories`: `Collection(Edm.String)`, nullable.
    pub assign_categories: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `copyToFolder`: `Edm.String`, nullable.
    pub copy_to_folder: rt::Field<::std::string::String>,
    /// CSDL: property `delete`: `Edm.Boolean`, nullable.
    pub delete: rt::Field<bool>,
    /// CSDL: property `forwardAsAttachmentTo`: `Collection(microsoft.graph.recipient)`, nullable.
    pub forward_as_attachment_to: rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>>,
    /// CSDL: property `forwardTo`: `Collection(microsoft.graph.recipient)`, nullable.
    pub forward_to: rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>>,
    /// CSDL: property `markAsRead`: `Edm.Boolean`, nullable.
    pub mark_as_read: rt::Field<bool>,
    /// CSDL: property `markImportance`: `microsoft.graph.importance`, nullable.
    pub mark_importance: rt::Field<crate::beta::Importance>,
    /// CSDL: property `moveToFolder`: `Edm.String`, nullable.
    pub move_to_folder: rt::Field<::std::string::String>,
    /// CSDL: property `permanentDelete`: `Edm.Boolean`, nullable.
    pub permanent_delete: rt::Field<bool>,
    /// CSDL: property `redirectTo`: `Collection(microsoft.graph.recipient)`, nullable.
    pub redirect_to: rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>>,
    /// CSDL: property `stopProcessingRules`: `Edm.Boolean`, nullable.
    pub stop_processing_rules: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for MessageRuleActions {
    #[inline]
    fn default() -> Self {
        Self {
            assign_categories: rt::Field::Absent,
            copy_to_folder: rt::Field::Absent,
            delete: rt::Field::Absent,
            forward_as_attachment_to: rt::Field::Absent,
            forward_to: rt::Field::Absent,
            mark_as_read: rt::Field::Absent,
            mark_importance: rt::Field::Absent,
            move_to_folder: rt::Field::Absent,
            permanent_delete: rt::Field::Absent,
            redirect_to: rt::Field::Absent,
            stop_processing_rules: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for MessageRuleActions {
    const TYPE_NAME: &'static str = "microsoft.graph.messageRuleActions";
    const KEYS: &'static [&'static str] = &[
        "assignCategories",
        "copyToFolder",
        "delete",
        "forwardAsAttachmentTo",
        "forwardTo",
        "markAsRead",
        "markImportance",
        "moveToFolder",
        "permanentDelete",
        "redirectTo",
        "stopProcessingRules",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"assignCategories\":             ",
        ",\"copyToFolder\":                 ",
        ",\"delete\":                       ",
        ",\"forwardAsAttachmentTo\":        ",
        ",\"forwardTo\":                    ",
        ",\"markAsRead\":                   ",
        ",\"markImportance\":               ",
        ",\"moveToFolder\":                 ",
        ",\"permanentDelete\":              ",
        ",\"redirectTo\":                   ",
        ",\"stopProcessingRules\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.messageRuleActions\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assign_categories", &self.assign_categories);
        v.field(1usize, "copy_to_folder", &self.copy_to_folder);
        v.field(2usize, "delete", &self.delete);
        v.field(3usize, "forward_as_attachment_to", &self.forward_as_attachment_to);
        v.field(4usize, "forward_to", &self.forward_to);
        v.field(5usize, "mark_as_read", &self.mark_as_read);
        v.field(6usize, "mark_importance", &self.mark_importance);
        v.field(7usize, "move_to_folder", &self.move_to_folder);
        v.field(8usize, "permanent_delete", &self.permanent_delete);
        v.field(9usize, "redirect_to", &self.redirect_to);
        v.field(10usize, "stop_processing_rules", &self.stop_processing_rules);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for MessageRuleActions {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.assign_categories.read_from(r),
            1usize => self.copy_to_folder.read_from(r),
            2usize => self.delete.read_from(r),
            3usize => self.forward_as_attachment_to.read_from(r),
            4usize => self.forward_to.read_from(r),
            5usize => self.mark_as_read.read_from(r),
            6usize => self.mark_importance.read_from(r),
            7usize => self.move_to_folder.read_from(r),
            8usize => self.permanent_delete.read_from(r),
            9usize => self.redirect_to.read_from(r),
            10usize => self.stop_processing_rules.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.assign_categories);
        w.field(1usize, &self.copy_to_folder);
        w.field(2usize, &self.delete);
        w.field(3usize, &self.forward_as_attachment_to);
        w.field(4usize, &self.forward_to);
        w.field(5usize, &self.mark_as_read);
        w.field(6usize, &self.mark_importance);
        w.field(7usize, &self.move_to_folder);
        w.field(8usize, &self.permanent_delete);
        w.field(9usize, &self.redirect_to);
        w.field(10usize, &self.stop_processing_rules);
    }
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
rt::impl_object!(MessageRuleActions);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MessageRuleActions { with_assign_categories assign_categories : ::std::vec::Vec <
    ::std::string::String >; with_copy_to_folder copy_to_folder : ::std::string::String;
    with_delete delete : bool; with_forward_as_attachment_to forward_as_attachment_to :
    ::std::vec::Vec < crate ::beta::AnyRecipient >; with_forward_to forward_to :
    ::std::vec::Vec < crate ::beta::AnyRecipient >; with_mark_as_read mark_as_read :
    bool; with_mark_importance mark_importance : crate ::beta::Importance;
    with_move_to_folder move_to_folder : ::std::string::String; with_permanent_delete
    permanent_delete : bool; with_redirect_to redirect_to : ::std::vec::Vec < crate
    ::beta::AnyRecipient >; with_stop_processing_rules stop_processing_rules : bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageRuleActions);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.messageRulePredicates`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MessageRulePredicates {
    /// CSDL: property `bodyContains`: `Collection(Edm.String)`, nullable.
    pub body_contains: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `bodyOrSubjectContains`: `Collection(Edm.String)`, nullable.
    pub body_or_subject_contains: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `categories`: `Collection(Edm.String)`, nullable.
    pub categories: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `fromAddresses`: `Collection(microsoft.graph.recipient)`, nullable.
    pub from_addresses: rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>>,
    /// CSDL: property `hasAttachments`: `Edm.Boolean`, nullable.
    pub has_attachments: rt::Field<bool>,
    /// CSDL: property `headerContains`: `Collection(Edm.String)`, nullable.
    pub header_contains: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `importance`: `microsoft.graph.importance`, nullable.
    pub importance: rt::Field<crate::beta::Importance>,
    /// CSDL: property `isApprovalRequest`: `Edm.Boolean`, nullable.
    pub is_approval_request: rt::Field<bool>,
    /// CSDL: property `isAutomaticForward`: `Edm.Boolean`, nullable.
    pub is_automatic_forward: rt::Field<bool>,
    /// CSDL: property `isAutomaticReply`: `Edm.Boolean`, nullable.
    pub is_automatic_reply: rt::Field<bool>,
    /// CSDL: property `isEncrypted`: `Edm.Boolean`, nullable.
    pub is_encrypted: rt::Field<bool>,
    /// CSDL: property `isMeetingRequest`: `Edm.Boolean`, nullable.
    pub is_meeting_request: rt::Field<bool>,
    /// CSDL: property `isMeetingResponse`: `Edm.Boolean`, nullable.
    pub is_meeting_response: rt::Field<bool>,
    /// CSDL: property `isNonDeliveryReport`: `Edm.Boolean`, nullable.
    pub is_non_delivery_report: rt::Field<bool>,
    /// CSDL: property `isPermissionControlled`: `Edm.Boolean`, nullable.
    pub is_permission_controlled: rt::Field<bool>,
    /// CSDL: property `isReadReceipt`: `Edm.Boolean`, nullable.
    pub is_read_receipt: rt::Field<bool>,
    /// CSDL: property `isSigned`: `Edm.Boolean`, nullable.
    pub is_signed: rt::Field<bool>,
    /// CSDL: property `isVoicemail`: `Edm.Boolean`, nullable.
    pub is_voicemail: rt::Field<bool>,
    /// CSDL: property `messageActionFlag`: `microsoft.graph.messageActionFlag`, nullable.
    pub message_action_flag: rt::Field<crate::beta::MessageActionFlag>,
    /// CSDL: property `notSentToMe`: `Edm.Boolean`, nullable.
    pub not_sent_to_me: rt::Field<bool>,
    /// CSDL: property `recipientContains`: `Collection(Edm.String)`, nullable.
    pub recipient_contains: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `senderContains`: `Collection(Edm.String)`, nullable.
    pub sender_contains: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `sensitivity`: `microsoft.graph.sensitivity`, nullable.
    pub sensitivity: rt::Field<crate::beta::Sensitivity>,
    /// CSDL: property `sentCcMe`: `Edm.Boolean`, nullable.
    pub sent_cc_me: rt::Field<bool>,
    /// CSDL: property `sentOnlyToMe`: `Edm.Boolean`, nullable.
    pub sent_only_to_me: rt::Field<bool>,
    /// CSDL: property `sentToAddresses`: `Collection(microsoft.graph.recipient)`, nullable.
    pub sent_to_addresses: rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>>,
    /// CSDL: property `sentToMe`: `Edm.Boolean`, nullable.
    pub sent_to_me: rt::Field<bool>,
    /// CSDL: property `sentToOrCcMe`: `Edm.Boolean`, nullable.
    pub sent_to_or_cc_me: rt::Field<bool>,
    /// CSDL: property `subjectContains`: `Collection(Edm.String)`, nullable.
    pub subject_contains: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `withinSizeRange`: `microsoft.graph.sizeRange`, nullable.
    pub within_size_range: rt::Field<crate::beta::SizeRange>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for MessageRulePredicates {
    #[inline]
    fn default() -> Self {
        Self {
            body_contains: rt::Field::Absent,
            body_or_subject_contains: rt::Field::Absent,
            categories: rt::Field::Absent,
            from_addresses: rt::Field::Absent,
            has_attachments: rt::Field::Absent,
            header_contains: rt::Field::Absent,
            importance: rt::Field::Absent,
            is_approval_request: rt::Field::Absent,
            is_automatic_forward: rt::Field::Absent,
            is_automatic_reply: rt::Field::Absent,
            is_encrypted: rt::Field::Absent,
            is_meeting_request: rt::Field::Absent,
            is_meeting_response: rt::Field::Absent,
            is_non_delivery_report: rt::Field::Absent,
            is_permission_controlled: rt::Field::Absent,
            is_read_receipt: rt::Field::Absent,
            is_signed: rt::Field::Absent,
            is_voicemail: rt::Field::Absent,
            message_action_flag: rt::Field::Absent,
            not_sent_to_me: rt::Field::Absent,
            recipient_contains: rt::Field::Absent,
            sender_contains: rt::Field::Absent,
            sensitivity: rt::Field::Absent,
            sent_cc_me: rt::Field::Absent,
            sent_only_to_me: rt::Field::Absent,
            sent_to_addresses: rt::Field::Absent,
            sent_to_me: rt::Field::Absent,
            sent_to_or_cc_me: rt::Field::Absent,
            subject_contains: rt::Field::Absent,
            within_size_range: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for MessageRulePredicates {
    const TYPE_NAME: &'static str = "microsoft.graph.messageRulePredicates";
    const KEYS: &'static [&'static str] = &[
        "bodyContains",
        "bodyOrSubjectContains",
        "categories",
        "fromAddresses",
        "hasAttachments",
        "headerContains",
        "importance",
        "isApprovalRequest",
        "isAutomaticForward",
        "isAutomaticReply",
        "isEncrypted",
        "isMeetingRequest",
        "isMeetingResponse",
        "isNonDeliveryReport",
        "isPermissionControlled",
        "isReadReceipt",
        "isSigned",
        "isVoicemail",
        "messageActionFlag",
        "notSentToMe",
        "recipientContains",
        "senderContains",
        "sensitivity",
        "sentCcMe",
        "sentOnlyToMe",
        "sentToAddresses",
        "sentToMe",
        "sentToOrCcMe",
        "subjectContains",
        "withinSizeRange",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"bodyContains\":                 ",
        ",\"bodyOrSubjectContains\":        ",
        ",\"categories\":                   ",
        ",\"fromAddresses\":                ",
        ",\"hasAttachments\":               ",
        ",\"headerContains\":               ",
        ",\"importance\":                   ",
        ",\"isApprovalRequest\":            ",
        ",\"isAutomaticForward\":           ",
        ",\"isAutomaticReply\":             ",
        ",\"isEncrypted\":                  ",
        ",\"isMeetingRequest\":             ",
        ",\"isMeetingResponse\":            ",
        ",\"isNonDeliveryReport\":          ",
        ",\"isPermissionControlled\":       ",
        ",\"isReadReceipt\":                ",
        ",\"isSigned\":                     ",
        ",\"isVoicemail\":                  ",
        ",\"messageActionFlag\":            ",
        ",\"notSentToMe\":                  ",
        ",\"recipientContains\":            ",
        ",\"senderContains\":               ",
        ",\"sensitivity\":                  ",
        ",\"sentCcMe\":                     ",
        ",\"sentOnlyToMe\":                 ",
        ",\"sentToAddresses\":              ",
        ",\"sentToMe\":                     ",
        ",\"sentToOrCcMe\":                 ",
        ",\"subjectContains\":              ",
        ",\"withinSizeRange\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.messageRulePredicates\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "body_contains", &self.body_contains);
        v.field(1usize, "body_or_subject_contains", &self.body_or_subject_contains);
        v.field(2usize, "categories", &self.categories);
        v.field(3usize, "from_addresses", &self.from_addresses);
        v.field(4usize, "has_attachments", &self.has_attachments);
        v.field(5usize, "header_contains", &self.header_contains);
        v.field(6usize, "importance", &self.importance);
        v.field(7usize, "is_approval_request", &self.is_approval_request);
        v.field(8usize, "is_automatic_forward", &self.is_automatic_forward);
        v.field(9usize, "is_automatic_reply", &self.is_automatic_reply);
        v.field(10usize, "is_encrypted", &self.is_encrypted);
        v.field(11usize, "is_meeting_request", &self.is_meeting_request);
        v.field(12usize, "is_meeting_response", &self.is_meeting_response);
        v.field(13usize, "is_non_delivery_report", &self.is_non_delivery_report);
        v.field(14usize, "is_permission_controlled", &self.is_permission_controlled);
        v.field(15usize, "is_read_receipt", &self.is_read_receipt);
        v.field(16usize, "is_signed", &self.is_signed);
        v.field(17usize, "is_voicemail", &self.is_voicemail);
        v.field(18usize, "message_action_flag", &self.message_action_flag);
        v.field(19usize, "not_sent_to_me", &self.not_sent_to_me);
        v.field(20usize, "recipient_contains", &self.recipient_contains);
        v.field(21usize, "sender_contains", &self.sender_contains);
        v.field(22usize, "sensitivity", &self.sensitivity);
        v.field(23usize, "sent_cc_me", &self.sent_cc_me);
        v.field(24usize, "sent_only_to_me", &self.sent_only_to_me);
        v.field(25usize, "sent_to_addresses", &self.sent_to_addresses);
        v.field(26usize, "sent_to_me", &self.sent_to_me);
        v.field(27usize, "sent_to_or_cc_me", &self.sent_to_or_cc_me);
        v.field(28usize, "subject_contains", &self.subject_contains);
        v.field(29usize, "within_size_range", &self.within_size_range);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for MessageRulePredicates {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.body_contains.read_from(r),
            1usize => self.body_or_subject_contains.read_from(r),
            2usize => self.categories.read_from(r),
            3usize => self.from_addresses.read_from(r),
            4usize => self.has_attachments.read_from(r),
            5usize => self.header_contains.read_from(r),
            6usize => self.importance.read_from(r),
            7usize => self.is_approval_request.read_from(r),
            8usize => self.is_automatic_forward.read_from(r),
            9usize => self.is_automatic_reply.read_from(r),
            10usize => self.is_encrypted.read_from(r),
            11usize => self.is_meeting_request.read_from(r),
            12usize => self.is_meeting_response.read_from(r),
            13usize => self.is_non_delivery_report.read_from(r),
            14usize => self.is_permission_controlled.read_from(r),
            15usize => self.is_read_receipt.read_from(r),
            16usize => self.is_signed.read_from(r),
            17usize => self.is_voicemail.read_from(r),
            18usize => self.message_action_flag.read_from(r),
            19usize => self.not_sent_to_me.read_from(r),
            20usize => self.recipient_contains.read_from(r),
            21usize => self.sender_contains.read_from(r),
            22usize => self.sensitivity.read_from(r),
            23usize => self.sent_cc_me.read_from(r),
            24usize => self.sent_only_to_me.read_from(r),
            25usize => self.sent_to_addresses.read_from(r),
            26usize => self.sent_to_me.read_from(r),
            27usize => self.sent_to_or_cc_me.read_from(r),
            28usize => self.subject_contains.read_from(r),
            29usize => self.within_size_range.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.body_contains);
        w.field(1usize, &self.body_or_subject_contains);
        w.field(2usize, &self.categories);
        w.field(3usize, &self.from_addresses);
        w.field(4usize, &self.has_attachments);
        w.field(5usize, &self.header_contains);
        w.field(6usize, &self.importance);
        w.field(7usize, &self.is_approval_request);
        w.field(8usize, &self.is_automatic_forward);
        w.field(9usize, &self.is_automatic_reply);
        w.field(10usize, &self.is_encrypted);
        w.field(11usize, &self.is_meeting_request);
        w.field(12usize, &self.is_meeting_response);
        w.field(13usize, &self.is_non_delivery_report);
        w.field(14usize, &self.is_permission_controlled);
        w.field(15usize, &self.is_read_receipt);
        w.field(16usize, &self.is_signed);
        w.field(17usize, &self.is_voicemail);
        w.field(18usize, &self.message_action_flag);
        w.field(19usize, &self.not_sent_to_me);
        w.field(20usize, &self.recipient_contains);
        w.field(21usize, &self.sender_contains);
        w.field(22usize, &self.sensitivity);
        w.field(23usize, &self.sent_cc_me);
        w.field(24usize, &self.sent_only_to_me);
        w.field(25usize, &self.sent_to_addresses);
        w.field(26usize, &self.sent_to_me);
        w.field(27usize, &self.sent_to_or_cc_me);
        w.field(28usize, &self.subject_contains);
        w.field(29usize, &self.within_size_range);
    }
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
rt::impl_object!(MessageRulePredicates);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MessageRulePredicates { with_body_contains body_contains : ::std::vec::Vec <
    ::std::string::String >; with_body_or_subject_contains body_or_subject_contains :
    ::std::vec::Vec < ::std::string::String >; with_categories categories :
    ::std::vec::Vec < ::std::string::String >; with_from_addresses from_addresses :
    ::std::vec::Vec < crate ::beta::AnyRecipient >; with_has_attachments has_attachments
    : bool; with_header_contains header_contains : ::std::vec::Vec <
    ::std::string::String >; with_importance importance : crate ::beta::Importance;
    with_is_approval_request is_approval_request : bool; with_is_automatic_forward
    is_automatic_forward : bool; with_is_automatic_reply is_automatic_reply : bool;
    with_is_encrypted is_encrypted : bool; with_is_meeting_request is_meeting_request :
    bool; with_is_meeting_response is_meeting_response : bool;
    with_is_non_delivery_report is_non_delivery_report : bool;
    with_is_permission_controlled is_permission_controlled : bool; with_is_read_receipt
    is_read_receipt : bool; with_is_signed is_signed : bool; with_is_voicemail
    is_voicemail : bool; with_message_action_flag message_action_flag : crate
    ::beta::MessageActionFlag; with_not_sent_to_me not_sent_to_me : bool;
    with_recipient_contains recipient_contains : ::std::vec::Vec < ::std::string::String
    >; with_sender_contains sender_contains : ::std::vec::Vec < ::std::string::String >;
    with_sensitivity sensitivity : crate ::beta::Sensitivity; with_sent_cc_me sent_cc_me
    : bool; with_sent_only_to_me sent_only_to_me : bool; with_sent_to_addresses
    sent_to_addresses : ::std::vec::Vec < crate ::beta::AnyRecipient >; with_sent_to_me
    sent_to_me : bool; with_sent_to_or_cc_me sent_to_or_cc_me : bool;
    with_subject_contains subject_contains : ::std::vec::Vec < ::std::string::String >;
    with_within_size_range within_size_range : crate ::beta::SizeRange; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageRulePredicates);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.messageSecurityState`, complex type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct MessageSecurityState {
    /// CSDL: property `connectingIP`: `Edm.String`, nullable.
    pub connecting_ip: rt::Field<::std::string::String>,
    /// CSDL: property `deliveryAction`: `Edm.String`, nullable.
    pub delivery_action: rt::Field<::std::string::String>,
    /// CSDL: property `deliveryLocation`: `Edm.String`, nullable.
    pub delivery_location: rt::Field<::std::string::String>,
    /// CSDL: property `directionality`: `Edm.String`, nullable.
    pub directionality: rt::Field<::std::string::String>,
    /// CSDL: property `internetMessageId`: `Edm.String`, nullable.
    pub internet_message_id: rt::Field<::std::string::String>,
    /// CSDL: property `messageFingerprint`: `Edm.String`, nullable.
    pub message_fingerprint: rt::Field<::std::string::String>,
    /// CSDL: property `messageReceivedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub message_received_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `messageSubject`: `Edm.String`, nullable.
    pub message_subject: rt::Field<::std::string::String>,
    /// CSDL: property `networkMessageId`: `Edm.String`, nullable.
    pub network_message_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for MessageSecurityState {
    #[inline]
    fn default() -> Self {
        Self {
            connecting_ip: rt::Field::Absent,
            delivery_action: rt::Field::Absent,
            delivery_location: rt::Field::Absent,
            directionality: rt::Field::Absent,
            internet_message_id: rt::Field::Absent,
            message_fingerprint: rt::Field::Absent,
            message_received_date_time: rt::Field::Absent,
            message_subject: rt::Field::Absent,
            network_message_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for MessageSecurityState {
    const TYPE_NAME: &'static str = "microsoft.graph.messageSecurityState";
    const KEYS: &'static [&'static str] = &[
        "connectingIP",
        "deliveryAction",
        "deliveryLocation",
        "directionality",
        "internetMessageId",
        "messageFingerprint",
        "messageReceivedDateTime",
        "messageSubject",
        "networkMessageId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"connectingIP\":                 ",
        ",\"deliveryAction\":               ",
        ",\"deliveryLocation\":             ",
        ",\"directionality\":               ",
        ",\"internetMessageId\":            ",
        ",\"messageFingerprint\":           ",
        ",\"messageReceivedDateTime\":      ",
        ",\"messageSubject\":               ",
        ",\"networkMessageId\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.messageSecurityState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "connecting_ip", &self.connecting_ip);
        v.field(1usize, "delivery_action", &self.delivery_action);
        v.field(2usize, "delivery_location", &self.delivery_location);
        v.field(3usize, "directionality", &self.directionality);
        v.field(4usize, "internet_message_id", &self.internet_message_id);
        v.field(5usize, "message_fingerprint", &self.message_fingerprint);
        v.field(6usize, "message_received_date_time", &self.message_received_date_time);
        v.field(7usize, "message_subject", &self.message_subject);
        v.field(8usize, "network_message_id", &self.network_message_id);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for MessageSecurityState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.connecting_ip.read_from(r),
            1usize => self.delivery_action.read_from(r),
            2usize => self.delivery_location.read_from(r),
            3usize => self.directionality.read_from(r),
            4usize => self.internet_message_id.read_from(r),
            5usize => self.message_fingerprint.read_from(r),
            6usize => self.message_received_date_time.read_from(r),
            7usize => self.message_subject.read_from(r),
            8usize => self.network_message_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.connecting_ip);
        w.field(1usize, &self.delivery_action);
        w.field(2usize, &self.delivery_location);
        w.field(3usize, &self.directionality);
        w.field(4usize, &self.internet_message_id);
        w.field(5usize, &self.message_fingerprint);
        w.field(6usize, &self.message_received_date_time);
        w.field(7usize, &self.message_subject);
        w.field(8usize, &self.network_message_id);
    }
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
rt::impl_object!(MessageSecurityState);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    MessageSecurityState { with_connecting_ip connecting_ip : ::std::string::String;
    with_delivery_action delivery_action : ::std::string::String; with_delivery_location
    delivery_location : ::std::string::String; with_directionality directionality :
    ::std::string::String; with_internet_message_id internet_message_id :
    ::std::string::String; with_message_fingerprint message_fingerprint :
    ::std::string::String; with_message_received_date_time message_received_date_time :
    rt::edm::DateTimeOffset; with_message_subject message_subject :
    ::std::string::String; with_network_message_id network_message_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageSecurityState);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.metadataEntry`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MetadataEntry {
    /// CSDL: property `key`: `Edm.String`, nullable.
    pub key: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for MetadataEntry {
    #[inline]
    fn default() -> Self {
        Self {
            key: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for MetadataEntry {
    const TYPE_NAME: &'static str = "microsoft.graph.metadataEntry";
    const KEYS: &'static [&'static str] = &["key", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"key\":                          ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.metadataEntry\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key", &self.key);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for MetadataEntry {
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(MetadataEntry);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MetadataEntry { with_key key : ::std::string::String; with_value value :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MetadataEntry);
#[cfg(msgraph_beta_audit_logs_or_search)]
/// CSDL: `microsoft.graph.mfaDetail`, complex type.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
#[derive(Clone)]
pub struct MfaDetail {
    /// CSDL: property `authDetail`: `Edm.String`, nullable.
    pub auth_detail: rt::Field<::std::string::String>,
    /// CSDL: property `authMethod`: `Edm.String`, nullable.
    pub auth_method: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl ::std::default::Default for MfaDetail {
    #[inline]
    fn default() -> Self {
        Self {
            auth_detail: rt::Field::Absent,
            auth_method: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::Object for MfaDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.mfaDetail";
    const KEYS: &'static [&'static str] = &["authDetail", "authMethod"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"authDetail\":                   ",
        ",\"authMethod\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mfaDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "auth_detail", &self.auth_detail);
        v.field(1usize, "auth_method", &self.auth_method);
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::object::Members for MfaDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.auth_detail.read_from(r),
            1usize => self.auth_method.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.auth_detail);
        w.field(1usize, &self.auth_method);
    }
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
rt::impl_object!(MfaDetail);
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_setters!(
    MfaDetail { with_auth_detail auth_detail : ::std::string::String; with_auth_method
    auth_method : ::std::string::String; }
);
#[cfg(msgraph_beta_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MfaDetail);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration`, entity type, derived from `microsoft.graph.authenticationMethodConfiguration`, key `id`.
///
/// Request builders: [`MicrosoftAuthenticatorAuthenticationMethodConfigurationPath`](requests/trait.MicrosoftAuthenticatorAuthenticationMethodConfigurationPath.html), what a path to one (`EntityPath<MicrosoftAuthenticatorAuthenticationMethodConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-authentication-method-configurations`, `beta-authentication-methods-policy`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct MicrosoftAuthenticatorAuthenticationMethodConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `state`: `microsoft.graph.authenticationMethodState`, nullable.
    pub state: rt::Field<crate::beta::AuthenticationMethodState>,
    /// CSDL: containment navigation property `includeTargets`: `Collection(microsoft.graph.microsoftAuthenticatorAuthenticationMethodTarget)`, not nullable.
    pub include_targets: rt::Field<
        ::std::vec::Vec<crate::beta::MicrosoftAuthenticatorAuthenticationMethodTarget>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default
for MicrosoftAuthenticatorAuthenticationMethodConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            state: rt::Field::Absent,
            include_targets: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for MicrosoftAuthenticatorAuthenticationMethodConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration";
    const KEYS: &'static [&'static str] = &["id", "state", "includeTargets"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"state\":                        ",
        ",\"includeTargets\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "state", &self.state);
        v.field(2usize, "include_targets", &self.include_targets);
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for MicrosoftAuthenticatorAuthenticationMethodConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.state.read_from(r),
            2usize => self.include_targets.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.state);
        w.field(2usize, &self.include_targets);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_object!(MicrosoftAuthenticatorAuthenticationMethodConfiguration);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    MicrosoftAuthenticatorAuthenticationMethodConfiguration { with_id id :
    ::std::string::String; with_state state : crate ::beta::AuthenticationMethodState;
    with_include_targets include_targets : ::std::vec::Vec < crate
    ::beta::MicrosoftAuthenticatorAuthenticationMethodTarget >; }
);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftAuthenticatorAuthenticationMethodConfiguration);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.microsoftAuthenticatorAuthenticationMethodTarget`, entity type, derived from `microsoft.graph.authenticationMethodTarget`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-authentication-method-configurations`, `beta-authentication-methods-policy`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct MicrosoftAuthenticatorAuthenticationMethodTarget {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isRegistrationRequired`: `Edm.Boolean`, not nullable.
    pub is_registration_required: rt::Field<bool>,
    /// CSDL: property `targetType`: `microsoft.graph.authenticationMethodTargetType`, not nullable.
    pub target_type: rt::Field<crate::beta::AuthenticationMethodTargetType>,
    /// CSDL: property `authenticationMode`: `microsoft.graph.microsoftAuthenticatorAuthenticationMode`, not nullable.
    pub authentication_mode: rt::Field<
        crate::beta::MicrosoftAuthenticatorAuthenticationMode,
    >,
    /// CSDL: property `featureSettings`: `microsoft.graph.authenticatorAppFeatureSettings`, nullable.
    pub feature_settings: rt::Field<
        rt::Flags<crate::beta::AuthenticatorAppFeatureSettings>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for MicrosoftAuthenticatorAuthenticationMethodTarget {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_registration_required: rt::Field::Absent,
            target_type: rt::Field::Absent,
            authentication_mode: rt::Field::Absent,
            feature_settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for MicrosoftAuthenticatorAuthenticationMethodTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.microsoftAuthenticatorAuthenticationMethodTarget";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isRegistrationRequired",
        "targetType",
        "authenticationMode",
        "featureSettings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isRegistrationRequired\":       ",
        ",\"targetType\":                   ",
        ",\"authenticationMode\":           ",
        ",\"featureSettings\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.microsoftAuthenticatorAuthenticationMethodTarget\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_registration_required", &self.is_registration_required);
        v.field(2usize, "target_type", &self.target_type);
        v.field(3usize, "authentication_mode", &self.authentication_mode);
        v.field(4usize, "feature_settings", &self.feature_settings);
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for MicrosoftAuthenticatorAuthenticationMethodTarget {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_registration_required.read_from(r),
            2usize => self.target_type.read_from(r),
            3usize => self.authentication_mode.read_from(r),
            4usize => self.feature_settings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_registration_required);
        w.field(2usize, &self.target_type);
        w.field(3usize, &self.authentication_mode);
        w.field(4usize, &self.feature_settings);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_object!(MicrosoftAuthenticatorAuthenticationMethodTarget);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    MicrosoftAuthenticatorAuthenticationMethodTarget { with_id id :
    ::std::string::String; with_is_registration_required is_registration_required : bool;
    with_target_type target_type : crate ::beta::AuthenticationMethodTargetType;
    with_authentication_mode authentication_mode : crate
    ::beta::MicrosoftAuthenticatorAuthenticationMode; with_feature_settings
    feature_settings : rt::Flags < crate ::beta::AuthenticatorAppFeatureSettings >; }
);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftAuthenticatorAuthenticationMethodTarget);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.microsoftAuthenticatorAuthenticationMode`, enum type.
///
/// Features: `beta`, or one of `beta-authentication-method-configurations`, `beta-authentication-methods-policy`, `beta-policies`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MicrosoftAuthenticatorAuthenticationMode {
    /// `deviceBasedPush` (value 0).
    DeviceBasedPush,
    /// `push` (value 1).
    Push,
    /// `any` (value 2).
    Any,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::StrEnum for MicrosoftAuthenticatorAuthenticationMode {
    const TYPE_NAME: &'static str = "microsoft.graph.microsoftAuthenticatorAuthenticationMode";
    const MEMBERS: &'static [&'static str] = &["deviceBasedPush", "push", "any"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "deviceBasedPush" => Self::DeviceBasedPush,
                "push" => Self::Push,
                "any" => Self::Any,
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
            Self::DeviceBasedPush => "deviceBasedPush",
            Self::Push => "push",
            Self::Any => "any",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_enum!(MicrosoftAuthenticatorAuthenticationMode);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftAuthenticatorAuthenticationMode);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.microsoftLauncherDockPresence`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MicrosoftLauncherDockPresence {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `show` (value 1).
    Show,
    /// `hide` (value 2).
    Hide,
    /// `disabled` (value 3).
    Disabled,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for MicrosoftLauncherDockPresence {
    const TYPE_NAME: &'static str = "microsoft.graph.microsoftLauncherDockPresence";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "show",
        "hide",
        "disabled",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "show" => Self::Show,
                "hide" => Self::Hide,
                "disabled" => Self::Disabled,
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
            Self::Show => "show",
            Self::Hide => "hide",
            Self::Disabled => "disabled",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(MicrosoftLauncherDockPresence);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftLauncherDockPresence);
#[cfg(msgraph_beta_device_management_or_search)]
/// Entity that represents a collection of Microsoft Tunnel settings
///
/// CSDL: `microsoft.graph.microsoftTunnelConfiguration`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MicrosoftTunnelConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Additional settings that may be applied to the server
    ///
    /// CSDL: property `advancedSettings`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub advanced_settings: rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>>,
    /// The Default Domain appendix that will be used by the clients
    ///
    /// CSDL: property `defaultDomainSuffix`: `Edm.String`, nullable.
    pub default_domain_suffix: rt::Field<::std::string::String>,
    /// The MicrosoftTunnelConfiguration's description
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The MicrosoftTunnelConfiguration's display name
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The DNS servers that will be used by the clients
    ///
    /// CSDL: property `dnsServers`: `Collection(Edm.String)`, nullable.
    pub dns_servers: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// When the MicrosoftTunnelConfiguration was last updated
    ///
    /// CSDL: property `lastUpdateDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_update_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The port that both TCP and UPD will listen over on the server
    ///
    /// CSDL: property `listenPort`: `Edm.Int32`, nullable.
    pub listen_port: rt::Field<i32>,
    /// The subnet that will be used to allocate virtual address for the clients
    ///
    /// CSDL: property `network`: `Edm.String`, nullable.
    pub network: rt::Field<::std::string::String>,
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Subsets of the routes that will not be routed by the server
    ///
    /// CSDL: property `routesExclude`: `Collection(Edm.String)`, nullable.
    pub routes_exclude: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The routs that will be routed by the server
    ///
    /// CSDL: property `routesInclude`: `Collection(Edm.String)`, nullable.
    pub routes_include: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The domains that will be resolved using the provided dns servers
    ///
    /// CSDL: property `splitDNS`: `Collection(Edm.String)`, nullable.
    pub split_dns: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MicrosoftTunnelConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            advanced_settings: rt::Field::Absent,
            default_domain_suffix: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            dns_servers: rt::Field::Absent,
            last_update_date_time: rt::Field::Absent,
            listen_port: rt::Field::Absent,
            network: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            routes_exclude: rt::Field::Absent,
            routes_include: rt::Field::Absent,
            split_dns: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MicrosoftTunnelConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.microsoftTunnelConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "advancedSettings",
        "defaultDomainSuffix",
        "description",
        "displayName",
        "dnsServers",
        "lastUpdateDateTime",
        "listenPort",
        "network",
        "roleScopeTagIds",
        "routesExclude",
        "routesInclude",
        "splitDNS",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"advancedSettings\":             ",
        ",\"defaultDomainSuffix\":          ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"dnsServers\":                   ",
        ",\"lastUpdateDateTime\":           ",
        ",\"listenPort\":                   ",
        ",\"network\":                      ",
        ",\"roleScopeTagIds\":              ",
        ",\"routesExclude\":                ",
        ",\"routesInclude\":                ",
        ",\"splitDNS\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.microsoftTunnelConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "advanced_settings", &self.advanced_settings);
        v.field(2usize, "default_domain_suffix", &self.default_domain_suffix);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "dns_servers", &self.dns_servers);
        v.field(6usize, "last_update_date_time", &self.last_update_date_time);
        v.field(7usize, "listen_port", &self.listen_port);
        v.field(8usize, "network", &self.network);
        v.field(9usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(10usize, "routes_exclude", &self.routes_exclude);
        v.field(11usize, "routes_include", &self.routes_include);
        v.field(12usize, "split_dns", &self.split_dns);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MicrosoftTunnelConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.advanced_settings.read_from(r),
            2usize => self.default_domain_suffix.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.dns_servers.read_from(r),
            6usize => self.last_update_date_time.read_from(r),
            7usize => self.listen_port.read_from(r),
            8usize => self.network.read_from(r),
            9usize => self.role_scope_tag_ids.read_from(r),
            10usize => self.routes_exclude.read_from(r),
            11usize => self.routes_include.read_from(r),
            12usize => self.split_dns.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.advanced_settings);
        w.field(2usize, &self.default_domain_suffix);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.dns_servers);
        w.field(6usize, &self.last_update_date_time);
        w.field(7usize, &self.listen_port);
        w.field(8usize, &self.network);
        w.field(9usize, &self.role_scope_tag_ids);
        w.field(10usize, &self.routes_exclude);
        w.field(11usize, &self.routes_include);
        w.field(12usize, &self.split_dns);
    }
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
rt::impl_object!(MicrosoftTunnelConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MicrosoftTunnelConfiguration { with_id id : ::std::string::String;
    with_advanced_settings advanced_settings : ::std::vec::Vec < crate
    ::beta::KeyValuePair >; with_default_domain_suffix default_domain_suffix :
    ::std::string::String; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_dns_servers dns_servers
    : ::std::vec::Vec < ::std::string::String >; with_last_update_date_time
    last_update_date_time : rt::edm::DateTimeOffset; with_listen_port listen_port : i32;
    with_network network : ::std::string::String; with_role_scope_tag_ids
    role_scope_tag_ids : ::std::vec::Vec < ::std::string::String >; with_routes_exclude
    routes_exclude : ::std::vec::Vec < ::std::string::String >; with_routes_include
    routes_include : ::std::vec::Vec < ::std::string::String >; with_split_dns split_dns
    : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftTunnelConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// Entity that represents a single Microsoft Tunnel server
///
/// CSDL: `microsoft.graph.microsoftTunnelServer`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`MicrosoftTunnelServerPath`](requests/trait.MicrosoftTunnelServerPath.html), what a path to one (`EntityPath<MicrosoftTunnelServer, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MicrosoftTunnelServer {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The digest of the current agent image running on this server
    ///
    /// CSDL: property `agentImageDigest`: `Edm.String`, nullable.
    pub agent_image_digest: rt::Field<::std::string::String>,
    /// The MicrosoftTunnelServer's display name
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// When the MicrosoftTunnelServer last checked in
    ///
    /// CSDL: property `lastCheckinDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_checkin_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The digest of the current server image running on this server
    ///
    /// CSDL: property `serverImageDigest`: `Edm.String`, nullable.
    pub server_image_digest: rt::Field<::std::string::String>,
    /// The MicrosoftTunnelServer's health status
    ///
    /// CSDL: property `tunnelServerHealthStatus`: `microsoft.graph.microsoftTunnelServerHealthStatus`, not nullable.
    pub tunnel_server_health_status: rt::Field<
        crate::beta::MicrosoftTunnelServerHealthStatus,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MicrosoftTunnelServer {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            agent_image_digest: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_checkin_date_time: rt::Field::Absent,
            server_image_digest: rt::Field::Absent,
            tunnel_server_health_status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MicrosoftTunnelServer {
    const TYPE_NAME: &'static str = "microsoft.graph.microsoftTunnelServer";
    const KEYS: &'static [&'static str] = &[
        "id",
        "agentImageDigest",
        "displayName",
        "lastCheckinDateTime",
        "serverImageDigest",
        "tunnelServerHealthStatus",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"agentImageDigest\":             ",
        ",\"displayName\":                  ",
        ",\"lastCheckinDateTime\":          ",
        ",\"serverImageDigest\":            ",
        ",\"tunnelServerHealthStatus\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.microsoftTunnelServer\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "agent_image_digest", &self.agent_image_digest);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "last_checkin_date_time", &self.last_checkin_date_time);
        v.field(4usize, "server_image_digest", &self.server_image_digest);
        v.field(
            5usize,
            "tunnel_server_health_status",
            &self.tunnel_server_health_status,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MicrosoftTunnelServer {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.agent_image_digest.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.last_checkin_date_time.read_from(r),
            4usize => self.server_image_digest.read_from(r),
            5usize => self.tunnel_server_health_status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.agent_image_digest);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.last_checkin_date_time);
        w.field(4usize, &self.server_image_digest);
        w.field(5usize, &self.tunnel_server_health_status);
    }
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
rt::impl_object!(MicrosoftTunnelServer);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MicrosoftTunnelServer { with_id id : ::std::string::String; with_agent_image_digest
    agent_image_digest : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_checkin_date_time last_checkin_date_time :
    rt::edm::DateTimeOffset; with_server_image_digest server_image_digest :
    ::std::string::String; with_tunnel_server_health_status tunnel_server_health_status :
    crate ::beta::MicrosoftTunnelServerHealthStatus; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftTunnelServer);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.microsoftTunnelServerHealthStatus`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MicrosoftTunnelServerHealthStatus {
    /// `unknown` (value 0).
    Unknown,
    /// `healthy` (value 1).
    Healthy,
    /// `unhealthy` (value 2).
    Unhealthy,
    /// `warning` (value 3).
    Warning,
    /// `offline` (value 4).
    Offline,
    /// `upgradeInProgress` (value 5).
    UpgradeInProgress,
    /// `upgradeFailed` (value 6).
    UpgradeFailed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for MicrosoftTunnelServerHealthStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.microsoftTunnelServerHealthStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "healthy",
        "unhealthy",
        "warning",
        "offline",
        "upgradeInProgress",
        "upgradeFailed",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "healthy" => Self::Healthy,
                "unhealthy" => Self::Unhealthy,
                "warning" => Self::Warning,
                "offline" => Self::Offline,
                "upgradeInProgress" => Self::UpgradeInProgress,
                "upgradeFailed" => Self::UpgradeFailed,
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
            Self::Healthy => "healthy",
            Self::Unhealthy => "unhealthy",
            Self::Warning => "warning",
            Self::Offline => "offline",
            Self::UpgradeInProgress => "upgradeInProgress",
            Self::UpgradeFailed => "upgradeFailed",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(MicrosoftTunnelServerHealthStatus);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftTunnelServerHealthStatus);
#[cfg(msgraph_beta_device_management_or_search)]
/// Entity that represents a Microsoft Tunnel site
///
/// CSDL: `microsoft.graph.microsoftTunnelSite`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`MicrosoftTunnelSitePath`](requests/trait.MicrosoftTunnelSitePath.html), what a path to one (`EntityPath<MicrosoftTunnelSite, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MicrosoftTunnelSite {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The MicrosoftTunnelSite's description
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The MicrosoftTunnelSite's display name
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The MicrosoftTunnelSite's public domain name or IP address
    ///
    /// CSDL: property `publicAddress`: `Edm.String`, nullable.
    pub public_address: rt::Field<::std::string::String>,
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The site's automatic upgrade setting. True for automatic upgrades, false for manual control
    ///
    /// CSDL: property `upgradeAutomatically`: `Edm.Boolean`, not nullable.
    pub upgrade_automatically: rt::Field<bool>,
    /// True if an upgrade is available
    ///
    /// CSDL: property `upgradeAvailable`: `Edm.Boolean`, not nullable.
    pub upgrade_available: rt::Field<bool>,
    /// The site's upgrade window end time of day
    ///
    /// CSDL: property `upgradeWindowEndTime`: `Edm.TimeOfDay`, nullable.
    pub upgrade_window_end_time: rt::Field<rt::edm::TimeOfDay>,
    /// The site's upgrade window start time of day
    ///
    /// CSDL: property `upgradeWindowStartTime`: `Edm.TimeOfDay`, nullable.
    pub upgrade_window_start_time: rt::Field<rt::edm::TimeOfDay>,
    /// The site's timezone represented as a minute offset from UTC
    ///
    /// CSDL: property `upgradeWindowUtcOffsetInMinutes`: `Edm.Int32`, nullable.
    pub upgrade_window_utc_offset_in_minutes: rt::Field<i32>,
    /// The MicrosoftTunnelConfiguration that has been applied to this MicrosoftTunnelSite
    ///
    /// CSDL: containment navigation property `microsoftTunnelConfiguration`: `microsoft.graph.microsoftTunnelConfiguration`, nullable.
    pub microsoft_tunnel_configuration: rt::Field<
        crate::beta::MicrosoftTunnelConfiguration,
    >,
    /// A list of MicrosoftTunnelServers that are registered to this MicrosoftTunnelSite
    ///
    /// CSDL: containment navigation property `microsoftTunnelServers`: `Collection(microsoft.graph.microsoftTunnelServer)`, not nullable.
    pub microsoft_tunnel_servers: rt::Field<
        ::std::vec::Vec<crate::beta::MicrosoftTunnelServer>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MicrosoftTunnelSite {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            public_address: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            upgrade_automatically: rt::Field::Absent,
            upgrade_available: rt::Field::Absent,
            upgrade_window_end_time: rt::Field::Absent,
            upgrade_window_start_time: rt::Field::Absent,
            upgrade_window_utc_offset_in_minutes: rt::Field::Absent,
            microsoft_tunnel_configuration: rt::Field::Absent,
            microsoft_tunnel_servers: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MicrosoftTunnelSite {
    const TYPE_NAME: &'static str = "microsoft.graph.microsoftTunnelSite";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "publicAddress",
        "roleScopeTagIds",
        "upgradeAutomatically",
        "upgradeAvailable",
        "upgradeWindowEndTime",
        "upgradeWindowStartTime",
        "upgradeWindowUtcOffsetInMinutes",
        "microsoftTunnelConfiguration",
        "microsoftTunnelServers",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"publicAddress\":                ",
        ",\"roleScopeTagIds\":              ",
        ",\"upgradeAutomatically\":         ",
        ",\"upgradeAvailable\":             ",
        ",\"upgradeWindowEndTime\":         ",
        ",\"upgradeWindowStartTime\":       ",
        ",\"upgradeWindowUtcOffsetInMinutes\":",
        ",\"microsoftTunnelConfiguration\": ",
        ",\"microsoftTunnelServers\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.microsoftTunnelSite\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "public_address", &self.public_address);
        v.field(4usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(5usize, "upgrade_automatically", &self.upgrade_automatically);
        v.field(6usize, "upgrade_available", &self.upgrade_available);
        v.field(7usize, "upgrade_window_end_time", &self.upgrade_window_end_time);
        v.field(8usize, "upgrade_window_start_time", &self.upgrade_window_start_time);
        v.field(
            9usize,
            "upgrade_window_utc_offset_in_minutes",
            &self.upgrade_window_utc_offset_in_minutes,
        );
        v.field(
            10usize,
            "microsoft_tunnel_configuration",
            &self.microsoft_tunnel_configuration,
        );
        v.field(11usize, "microsoft_tunnel_servers", &self.microsoft_tunnel_servers);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MicrosoftTunnelSite {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.public_address.read_from(r),
            4usize => self.role_scope_tag_ids.read_from(r),
            5usize => self.upgrade_automatically.read_from(r),
            6usize => self.upgrade_available.read_from(r),
            7usize => self.upgrade_window_end_time.read_from(r),
            8usize => self.upgrade_window_start_time.read_from(r),
            9usize => self.upgrade_window_utc_offset_in_minutes.read_from(r),
            10usize => self.microsoft_tunnel_configuration.read_from(r),
            11usize => self.microsoft_tunnel_servers.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.public_address);
        w.field(4usize, &self.role_scope_tag_ids);
        w.field(5usize, &self.upgrade_automatically);
        w.field(6usize, &self.upgrade_available);
        w.field(7usize, &self.upgrade_window_end_time);
        w.field(8usize, &self.upgrade_window_start_time);
        w.field(9usize, &self.upgrade_window_utc_offset_in_minutes);
        w.field(10usize, &self.microsoft_tunnel_configuration);
        w.field(11usize, &self.microsoft_tunnel_servers);
    }
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
rt::impl_object!(MicrosoftTunnelSite);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MicrosoftTunnelSite { with_id id : ::std::string::String; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_public_address public_address : ::std::string::String;
    with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec < ::std::string::String
    >; with_upgrade_automatically upgrade_automatically : bool; with_upgrade_available
    upgrade_available : bool; with_upgrade_window_end_time upgrade_window_end_time :
    rt::edm::TimeOfDay; with_upgrade_window_start_time upgrade_window_start_time :
    rt::edm::TimeOfDay; with_upgrade_window_utc_offset_in_minutes
    upgrade_window_utc_offset_in_minutes : i32; with_microsoft_tunnel_configuration
    microsoft_tunnel_configuration : crate ::beta::MicrosoftTunnelConfiguration;
    with_microsoft_tunnel_servers microsoft_tunnel_servers : ::std::vec::Vec < crate
    ::beta::MicrosoftTunnelServer >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftTunnelSite);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.miracastChannel`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MiracastChannel {
    /// `userDefined` (value 0).
    UserDefined,
    /// `one` (value 1).
    One,
    /// `two` (value 2).
    Two,
    /// `three` (value 3).
    Three,
    /// `four` (value 4).
    Four,
    /// `five` (value 5).
    Five,
    /// `six` (value 6).
    Six,
    /// `seven` (value 7).
    Seven,
    /// `eight` (value 8).
    Eight,
    /// `nine` (value 9).
    Nine,
    /// `ten` (value 10).
    Ten,
    /// `eleven` (value 11).
    Eleven,
    /// `thirtySix` (value 36).
    ThirtySix,
    /// `forty` (value 40).
    Forty,
    /// `fortyFour` (value 44).
    FortyFour,
    /// `fortyEight` (value 48).
    FortyEight,
    /// `oneHundredFortyNine` (value 149).
    OneHundredFortyNine,
    /// `oneHundredFiftyThree` (value 153).
    OneHundredFiftyThree,
    /// `oneHundredFiftySeven` (value 157).
    OneHundredFiftySeven,
    /// `oneHundredSixtyOne` (value 161).
    OneHundredSixtyOne,
    /// `oneHundredSixtyFive` (value 165).
    OneHundredSixtyFive,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for MiracastChannel {
    const TYPE_NAME: &'static str = "microsoft.graph.miracastChannel";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "thirtySix",
        "forty",
        "fortyFour",
        "fortyEight",
        "oneHundredFortyNine",
        "oneHundredFiftyThree",
        "oneHundredFiftySeven",
        "oneHundredSixtyOne",
        "oneHundredSixtyFive",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "one" => Self::One,
                "two" => Self::Two,
                "three" => Self::Three,
                "four" => Self::Four,
                "five" => Self::Five,
                "six" => Self::Six,
                "seven" => Self::Seven,
                "eight" => Self::Eight,
                "nine" => Self::Nine,
                "ten" => Self::Ten,
                "eleven" => Self::Eleven,
                "thirtySix" => Self::ThirtySix,
                "forty" => Self::Forty,
                "fortyFour" => Self::FortyFour,
                "fortyEight" => Self::FortyEight,
                "oneHundredFortyNine" => Self::OneHundredFortyNine,
                "oneHundredFiftyThree" => Self::OneHundredFiftyThree,
                "oneHundredFiftySeven" => Self::OneHundredFiftySeven,
                "oneHundredSixtyOne" => Self::OneHundredSixtyOne,
                "oneHundredSixtyFive" => Self::OneHundredSixtyFive,
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
            Self::UserDefined => "userDefined",
            Self::One => "one",
            Self::Two => "two",
            Self::Three => "three",
            Self::Four => "four",
            Self::Five => "five",
            Self::Six => "six",
            Self::Seven => "seven",
            Self::Eight => "eight",
            Self::Nine => "nine",
            Self::Ten => "ten",
            Self::Eleven => "eleven",
            Self::ThirtySix => "thirtySix",
            Self::Forty => "forty",
            Self::FortyFour => "fortyFour",
            Self::FortyEight => "fortyEight",
            Self::OneHundredFortyNine => "oneHundredFortyNine",
            Self::OneHundredFiftyThree => "oneHundredFiftyThree",
            Self::OneHundredFiftySeven => "oneHundredFiftySeven",
            Self::OneHundredSixtyOne => "oneHundredSixtyOne",
            Self::OneHundredSixtyFive => "oneHundredSixtyFive",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(MiracastChannel);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MiracastChannel);
#[cfg(msgraph_beta_data_classification_or_search)]
/// CSDL: `microsoft.graph.mlClassificationMatchTolerance`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MlClassificationMatchTolerance {
    /// `exact` (value 1).
    Exact,
    /// `near` (value 2).
    Near,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::StrEnum for MlClassificationMatchTolerance {
    const TYPE_NAME: &'static str = "microsoft.graph.mlClassificationMatchTolerance";
    const MEMBERS: &'static [&'static str] = &["exact", "near"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "exact" => Self::Exact,
                "near" => Self::Near,
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
            Self::Exact => "exact",
            Self::Near => "near",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_enum!(MlClassificationMatchTolerance);
#[cfg(msgraph_beta_data_classification_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MlClassificationMatchTolerance);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.mobileAppIntent`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MobileAppIntent {
    /// `available` (value 0).
    Available,
    /// `notAvailable` (value 1).
    NotAvailable,
    /// `requiredInstall` (value 2).
    RequiredInstall,
    /// `requiredUninstall` (value 3).
    RequiredUninstall,
    /// `requiredAndAvailableInstall` (value 4).
    RequiredAndAvailableInstall,
    /// `availableInstallWithoutEnrollment` (value 5).
    AvailableInstallWithoutEnrollment,
    /// `exclude` (value 6).
    Exclude,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for MobileAppIntent {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppIntent";
    const MEMBERS: &'static [&'static str] = &[
        "available",
        "notAvailable",
        "requiredInstall",
        "requiredUninstall",
        "requiredAndAvailableInstall",
        "availableInstallWithoutEnrollment",
        "exclude",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "available" => Self::Available,
                "notAvailable" => Self::NotAvailable,
                "requiredInstall" => Self::RequiredInstall,
                "requiredUninstall" => Self::RequiredUninstall,
                "requiredAndAvailableInstall" => Self::RequiredAndAvailableInstall,
                "availableInstallWithoutEnrollment" => {
                    Self::AvailableInstallWithoutEnrollment
                }
                "exclude" => Self::Exclude,
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
            Self::Available => "available",
            Self::NotAvailable => "notAvailable",
            Self::RequiredInstall => "requiredInstall",
            Self::RequiredUninstall => "requiredUninstall",
            Self::RequiredAndAvailableInstall => "requiredAndAvailableInstall",
            Self::AvailableInstallWithoutEnrollment => {
                "availableInstallWithoutEnrollment"
            }
            Self::Exclude => "exclude",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(MobileAppIntent);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppIntent);
#[cfg(msgraph_beta_core)]
/// MobileApp Intent and Install State for a given device.
///
/// CSDL: `microsoft.graph.mobileAppIntentAndState`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MobileAppIntentAndState {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Device identifier created or collected by Intune.
    ///
    /// CSDL: property `managedDeviceIdentifier`: `Edm.String`, nullable.
    pub managed_device_identifier: rt::Field<::std::string::String>,
    /// The list of payload intents and states for the tenant.
    ///
    /// CSDL: property `mobileAppList`: `Collection(microsoft.graph.mobileAppIntentAndStateDetail)`, nullable.
    pub mobile_app_list: rt::Field<
        ::std::vec::Vec<crate::beta::MobileAppIntentAndStateDetail>,
    >,
    /// Identifier for the user that tried to enroll the device.
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for MobileAppIntentAndState {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            managed_device_identifier: rt::Field::Absent,
            mobile_app_list: rt::Field::Absent,
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for MobileAppIntentAndState {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppIntentAndState";
    const KEYS: &'static [&'static str] = &[
        "id",
        "managedDeviceIdentifier",
        "mobileAppList",
        "userId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"managedDeviceIdentifier\":      ",
        ",\"mobileAppList\":                ",
        ",\"userId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileAppIntentAndState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "managed_device_identifier", &self.managed_device_identifier);
        v.field(2usize, "mobile_app_list", &self.mobile_app_list);
        v.field(3usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for MobileAppIntentAndState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.managed_device_identifier.read_from(r),
            2usize => self.mobile_app_list.read_from(r),
            3usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.managed_device_identifier);
        w.field(2usize, &self.mobile_app_list);
        w.field(3usize, &self.user_id);
    }
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
rt::impl_object!(MobileAppIntentAndState);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MobileAppIntentAndState { with_id id : ::std::string::String;
    with_managed_device_identifier managed_device_identifier : ::std::string::String;
    with_mobile_app_list mobile_app_list : ::std::vec::Vec < crate
    ::beta::MobileAppIntentAndStateDetail >; with_user_id user_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppIntentAndState);
#[cfg(msgraph_beta_core)]
/// Mobile App Intent and Install State for a given device.
///
/// CSDL: `microsoft.graph.mobileAppIntentAndStateDetail`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MobileAppIntentAndStateDetail {
    /// MobieApp identifier.
    ///
    /// CSDL: property `applicationId`: `Edm.String`, nullable.
    pub application_id: rt::Field<::std::string::String>,
    /// The admin provided or imported title of the app.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Human readable version of the application
    ///
    /// CSDL: property `displayVersion`: `Edm.String`, nullable.
    pub display_version: rt::Field<::std::string::String>,
    /// The install state of the app.
    ///
    /// CSDL: property `installState`: `microsoft.graph.resultantAppState`, not nullable.
    pub install_state: rt::Field<crate::beta::ResultantAppState>,
    /// Mobile App Intent.
    ///
    /// CSDL: property `mobileAppIntent`: `microsoft.graph.mobileAppIntent`, not nullable.
    pub mobile_app_intent: rt::Field<crate::beta::MobileAppIntent>,
    /// The supported platforms for the app.
    ///
    /// CSDL: property `supportedDeviceTypes`: `Collection(microsoft.graph.mobileAppSupportedDeviceType)`, nullable.
    pub supported_device_types: rt::Field<
        ::std::vec::Vec<crate::beta::MobileAppSupportedDeviceType>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for MobileAppIntentAndStateDetail {
    #[inline]
    fn default() -> Self {
        Self {
            application_id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            display_version: rt::Field::Absent,
            install_state: rt::Field::Absent,
            mobile_app_intent: rt::Field::Absent,
            supported_device_types: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for MobileAppIntentAndStateDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppIntentAndStateDetail";
    const KEYS: &'static [&'static str] = &[
        "applicationId",
        "displayName",
        "displayVersion",
        "installState",
        "mobileAppIntent",
        "supportedDeviceTypes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"applicationId\":                ",
        ",\"displayName\":                  ",
        ",\"displayVersion\":               ",
        ",\"installState\":                 ",
        ",\"mobileAppIntent\":              ",
        ",\"supportedDeviceTypes\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileAppIntentAndStateDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "application_id", &self.application_id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "display_version", &self.display_version);
        v.field(3usize, "install_state", &self.install_state);
        v.field(4usize, "mobile_app_intent", &self.mobile_app_intent);
        v.field(5usize, "supported_device_types", &self.supported_device_types);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for MobileAppIntentAndStateDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.application_id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.display_version.read_from(r),
            3usize => self.install_state.read_from(r),
            4usize => self.mobile_app_intent.read_from(r),
            5usize => self.supported_device_types.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.application_id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.display_version);
        w.field(3usize, &self.install_state);
        w.field(4usize, &self.mobile_app_intent);
        w.field(5usize, &self.supported_device_types);
    }
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
rt::impl_object!(MobileAppIntentAndStateDetail);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MobileAppIntentAndStateDetail { with_application_id application_id :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_display_version display_version : ::std::string::String; with_install_state
    install_state : crate ::beta::ResultantAppState; with_mobile_app_intent
    mobile_app_intent : crate ::beta::MobileAppIntent; with_supported_device_types
    supported_device_types : ::std::vec::Vec < crate ::beta::MobileAppSupportedDeviceType
    >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppIntentAndStateDetail);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Describes the installation status details of the child app in the context of UPN and device id.
///
/// CSDL: `microsoft.graph.mobileAppRelationshipState`, complex type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MobileAppRelationshipState {
    /// The corresponding device id.
    ///
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// The error code for install or uninstall failures of target app.
    ///
    /// CSDL: property `errorCode`: `Edm.Int32`, not nullable.
    pub error_code: rt::Field<i32>,
    /// The install state of the app of target app.
    ///
    /// CSDL: property `installState`: `microsoft.graph.resultantAppState`, not nullable.
    pub install_state: rt::Field<crate::beta::ResultantAppState>,
    /// The install state detail of the app.
    ///
    /// CSDL: property `installStateDetail`: `microsoft.graph.resultantAppStateDetail`, not nullable.
    pub install_state_detail: rt::Field<crate::beta::ResultantAppStateDetail>,
    /// The collection of source mobile app's ids.
    ///
    /// CSDL: property `sourceIds`: `Collection(Edm.String)`, nullable.
    pub source_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The related target app's display name.
    ///
    /// CSDL: property `targetDisplayName`: `Edm.String`, nullable.
    pub target_display_name: rt::Field<::std::string::String>,
    /// The related target app's id.
    ///
    /// CSDL: property `targetId`: `Edm.String`, nullable.
    pub target_id: rt::Field<::std::string::String>,
    /// The last sync time of the target app.
    ///
    /// CSDL: property `targetLastSyncDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub target_last_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MobileAppRelationshipState {
    #[inline]
    fn default() -> Self {
        Self {
            device_id: rt::Field::Absent,
            error_code: rt::Field::Absent,
            install_state: rt::Field::Absent,
            install_state_detail: rt::Field::Absent,
            source_ids: rt::Field::Absent,
            target_display_name: rt::Field::Absent,
            target_id: rt::Field::Absent,
            target_last_sync_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for MobileAppRelationshipState {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppRelationshipState";
    const KEYS: &'static [&'static str] = &[
        "deviceId",
        "errorCode",
        "installState",
        "installStateDetail",
        "sourceIds",
        "targetDisplayName",
        "targetId",
        "targetLastSyncDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceId\":                     ",
        ",\"errorCode\":                    ",
        ",\"installState\":                 ",
        ",\"installStateDetail\":           ",
        ",\"sourceIds\":                    ",
        ",\"targetDisplayName\":            ",
        ",\"targetId\":                     ",
        ",\"targetLastSyncDateTime\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileAppRelationshipState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "device_id", &self.device_id);
        v.field(1usize, "error_code", &self.error_code);
        v.field(2usize, "install_state", &self.install_state);
        v.field(3usize, "install_state_detail", &self.install_state_detail);
        v.field(4usize, "source_ids", &self.source_ids);
        v.field(5usize, "target_display_name", &self.target_display_name);
        v.field(6usize, "target_id", &self.target_id);
        v.field(7usize, "target_last_sync_date_time", &self.target_last_sync_date_time);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for MobileAppRelationshipState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_id.read_from(r),
            1usize => self.error_code.read_from(r),
            2usize => self.install_state.read_from(r),
            3usize => self.install_state_detail.read_from(r),
            4usize => self.source_ids.read_from(r),
            5usize => self.target_display_name.read_from(r),
            6usize => self.target_id.read_from(r),
            7usize => self.target_last_sync_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_id);
        w.field(1usize, &self.error_code);
        w.field(2usize, &self.install_state);
        w.field(3usize, &self.install_state_detail);
        w.field(4usize, &self.source_ids);
        w.field(5usize, &self.target_display_name);
        w.field(6usize, &self.target_id);
        w.field(7usize, &self.target_last_sync_date_time);
    }
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
rt::impl_object!(MobileAppRelationshipState);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    MobileAppRelationshipState { with_device_id device_id : ::std::string::String;
    with_error_code error_code : i32; with_install_state install_state : crate
    ::beta::ResultantAppState; with_install_state_detail install_state_detail : crate
    ::beta::ResultantAppStateDetail; with_source_ids source_ids : ::std::vec::Vec <
    ::std::string::String >; with_target_display_name target_display_name :
    ::std::string::String; with_target_id target_id : ::std::string::String;
    with_target_last_sync_date_time target_last_sync_date_time : rt::edm::DateTimeOffset;
    }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppRelationshipState);
#[cfg(msgraph_beta_core)]
/// Device properties
///
/// CSDL: `microsoft.graph.mobileAppSupportedDeviceType`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MobileAppSupportedDeviceType {
    /// Maximum OS version
    ///
    /// CSDL: property `maximumOperatingSystemVersion`: `Edm.String`, nullable.
    pub maximum_operating_system_version: rt::Field<::std::string::String>,
    /// Minimum OS version
    ///
    /// CSDL: property `minimumOperatingSystemVersion`: `Edm.String`, nullable.
    pub minimum_operating_system_version: rt::Field<::std::string::String>,
    /// Device type
    ///
    /// CSDL: property `type`: `microsoft.graph.deviceType`, not nullable.
    pub type_: rt::Field<crate::beta::DeviceType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for MobileAppSupportedDeviceType {
    #[inline]
    fn default() -> Self {
        Self {
            maximum_operating_system_version: rt::Field::Absent,
            minimum_operating_system_version: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for MobileAppSupportedDeviceType {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppSupportedDeviceType";
    const KEYS: &'static [&'static str] = &[
        "maximumOperatingSystemVersion",
        "minimumOperatingSystemVersion",
        "type",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"maximumOperatingSystemVersion\":",
        ",\"minimumOperatingSystemVersion\":",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileAppSupportedDeviceType\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "maximum_operating_system_version",
            &self.maximum_operating_system_version,
        );
        v.field(
            1usize,
            "minimum_operating_system_version",
            &self.minimum_operating_system_version,
        );
        v.field(2usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for MobileAppSupportedDeviceType {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.maximum_operating_system_version.read_from(r),
            1usize => self.minimum_operating_system_version.read_from(r),
            2usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.maximum_operating_system_version);
        w.field(1usize, &self.minimum_operating_system_version);
        w.field(2usize, &self.type_);
    }
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
rt::impl_object!(MobileAppSupportedDeviceType);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MobileAppSupportedDeviceType { with_maximum_operating_system_version
    maximum_operating_system_version : ::std::string::String;
    with_minimum_operating_system_version minimum_operating_system_version :
    ::std::string::String; with_type type_ : crate ::beta::DeviceType; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppSupportedDeviceType);
#[cfg(msgraph_beta_device_management_or_search)]
/// Entity which represents a connection to Mobile threat defense partner.
///
/// CSDL: `microsoft.graph.mobileThreatDefenseConnector`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MobileThreatDefenseConnector {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// For IOS devices, allows the admin to configure whether the data sync partner may also collect metadata about installed applications from Intune
    ///
    /// CSDL: property `allowPartnerToCollectIOSApplicationMetadata`: `Edm.Boolean`, not nullable.
    pub allow_partner_to_collect_ios_application_metadata: rt::Field<bool>,
    /// For Android, set whether Intune must receive data from the data sync partner prior to marking a device compliant
    ///
    /// CSDL: property `androidDeviceBlockedOnMissingPartnerData`: `Edm.Boolean`, not nullable.
    pub android_device_blocked_on_missing_partner_data: rt::Field<bool>,
    /// For Android, set whether data from the data sync partner should be used during compliance evaluations
    ///
    /// CSDL: property `androidEnabled`: `Edm.Boolean`, not nullable.
    pub android_enabled: rt::Field<bool>,
    /// For Android, set whether data from the data sync partner should be used during Mobile Application Management (MAM) evaluations. Only one partner per platform may be enabled for Mobile Application Management (MAM) evaluation.
    ///
    /// CSDL: property `androidMobileApplicationManagementEnabled`: `Edm.Boolean`, not nullable.
    pub android_mobile_application_management_enabled: rt::Field<bool>,
    /// For IOS, set whether Intune must receive data from the data sync partner prior to marking a device compliant
    ///
    /// CSDL: property `iosDeviceBlockedOnMissingPartnerData`: `Edm.Boolean`, not nullable.
    pub ios_device_blocked_on_missing_partner_data: rt::Field<bool>,
    /// For IOS, get or set whether data from the data sync partner should be used during compliance evaluations
    ///
    /// CSDL: property `iosEnabled`: `Edm.Boolean`, not nullable.
    pub ios_enabled: rt::Field<bool>,
    /// For IOS, get or set whether data from the data sync partner should be used during Mobile Application Management (MAM) evaluations. Only one partner per platform may be enabled for Mobile Application Management (MAM) evaluation.
    ///
    /// CSDL: property `iosMobileApplicationManagementEnabled`: `Edm.Boolean`, not nullable.
    pub ios_mobile_application_management_enabled: rt::Field<bool>,
    /// DateTime of last Heartbeat recieved from the Data Sync Partner
    ///
    /// CSDL: property `lastHeartbeatDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_heartbeat_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// For Mac, get or set whether Intune must receive data from the data sync partner prior to marking a device compliant
    ///
    /// CSDL: property `macDeviceBlockedOnMissingPartnerData`: `Edm.Boolean`, not nullable.
    pub mac_device_blocked_on_missing_partner_data: rt::Field<bool>,
    /// For Mac, get or set whether data from the data sync partner should be used during compliance evaluations
    ///
    /// CSDL: property `macEnabled`: `Edm.Boolean`, not nullable.
    pub mac_enabled: rt::Field<bool>,
    /// Data Sync Partner state for this account
    ///
    /// CSDL: property `partnerState`: `microsoft.graph.mobileThreatPartnerTenantState`, not nullable.
    pub partner_state: rt::Field<crate::beta::MobileThreatPartnerTenantState>,
    /// Get or Set days the per tenant tolerance to unresponsiveness for this partner integration
    ///
    /// CSDL: property `partnerUnresponsivenessThresholdInDays`: `Edm.Int32`, not nullable.
    pub partner_unresponsiveness_threshold_in_days: rt::Field<i32>,
    /// Get or set whether to block devices on the enabled platforms that do not meet the minimum version requirements of the Data Sync Partner
    ///
    /// CSDL: property `partnerUnsupportedOsVersionBlocked`: `Edm.Boolean`, not nullable.
    pub partner_unsupported_os_version_blocked: rt::Field<bool>,
    /// For Windows, set whether Intune must receive data from the data sync partner prior to marking a device compliant
    ///
    /// CSDL: property `windowsDeviceBlockedOnMissingPartnerData`: `Edm.Boolean`, not nullable.
    pub windows_device_blocked_on_missing_partner_data: rt::Field<bool>,
    /// For Windows, get or set whether data from the data sync partner should be used during compliance evaluations
    ///
    /// CSDL: property `windowsEnabled`: `Edm.Boolean`, not nullable.
    pub windows_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MobileThreatDefenseConnector {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            allow_partner_to_collect_ios_application_metadata: rt::Field::Absent,
            android_device_blocked_on_missing_partner_data: rt::Field::Absent,
            android_enabled: rt::Field::Absent,
            android_mobile_application_management_enabled: rt::Field::Absent,
            ios_device_blocked_on_missing_partner_data: rt::Field::Absent,
            ios_enabled: rt::Field::Absent,
            ios_mobile_application_management_enabled: rt::Field::Absent,
            last_heartbeat_date_time: rt::Field::Absent,
            mac_device_blocked_on_missing_partner_data: rt::Field::Absent,
            mac_enabled: rt::Field::Absent,
            partner_state: rt::Field::Absent,
            partner_unresponsiveness_threshold_in_days: rt::Field::Absent,
            partner_unsupported_os_version_blocked: rt::Field::Absent,
            windows_device_blocked_on_missing_partner_data: rt::Field::Absent,
            windows_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MobileThreatDefenseConnector {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileThreatDefenseConnector";
    const KEYS: &'static [&'static str] = &[
        "id",
        "allowPartnerToCollectIOSApplicationMetadata",
        "androidDeviceBlockedOnMissingPartnerData",
        "androidEnabled",
        "androidMobileApplicationManagementEnabled",
        "iosDeviceBlockedOnMissingPartnerData",
        "iosEnabled",
        "iosMobileApplicationManagementEnabled",
        "lastHeartbeatDateTime",
        "macDeviceBlockedOnMissingPartnerData",
        "macEnabled",
        "partnerState",
        "partnerUnresponsivenessThresholdInDays",
        "partnerUnsupportedOsVersionBlocked",
        "windowsDeviceBlockedOnMissingPartnerData",
        "windowsEnabled",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"allowPartnerToCollectIOSApplicationMetadata\":",
        ",\"androidDeviceBlockedOnMissingPartnerData\":",
        ",\"androidEnabled\":               ",
        ",\"androidMobileApplicationManagementEnabled\":",
        ",\"iosDeviceBlockedOnMissingPartnerData\":",
        ",\"iosEnabled\":                   ",
        ",\"iosMobileApplicationManagementEnabled\":",
        ",\"lastHeartbeatDateTime\":        ",
        ",\"macDeviceBlockedOnMissingPartnerData\":",
        ",\"macEnabled\":                   ",
        ",\"partnerState\":                 ",
        ",\"partnerUnresponsivenessThresholdInDays\":",
        ",\"partnerUnsupportedOsVersionBlocked\":",
        ",\"windowsDeviceBlockedOnMissingPartnerData\":",
        ",\"windowsEnabled\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileThreatDefenseConnector\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "allow_partner_to_collect_ios_application_metadata",
            &self.allow_partner_to_collect_ios_application_metadata,
        );
        v.field(
            2usize,
            "android_device_blocked_on_missing_partner_data",
            &self.android_device_blocked_on_missing_partner_data,
        );
        v.field(3usize, "android_enabled", &self.android_enabled);
        v.field(
            4usize,
            "android_mobile_application_management_enabled",
            &self.android_mobile_application_management_enabled,
        );
        v.field(
            5usize,
            "ios_device_blocked_on_missing_partner_data",
            &self.ios_device_blocked_on_missing_partner_data,
        );
        v.field(6usize, "ios_enabled", &self.ios_enabled);
        v.field(
            7usize,
            "ios_mobile_application_management_enabled",
            &self.ios_mobile_application_management_enabled,
        );
        v.field(8usize, "last_heartbeat_date_time", &self.last_heartbeat_date_time);
        v.field(
            9usize,
            "mac_device_blocked_on_missing_partner_data",
            &self.mac_device_blocked_on_missing_partner_data,
        );
        v.field(10usize, "mac_enabled", &self.mac_enabled);
        v.field(11usize, "partner_state", &self.partner_state);
        v.field(
            12usize,
            "partner_unresponsiveness_threshold_in_days",
            &self.partner_unresponsiveness_threshold_in_days,
        );
        v.field(
            13usize,
            "partner_unsupported_os_version_blocked",
            &self.partner_unsupported_os_version_blocked,
        );
        v.field(
            14usize,
            "windows_device_blocked_on_missing_partner_data",
            &self.windows_device_blocked_on_missing_partner_data,
        );
        v.field(15usize, "windows_enabled", &self.windows_enabled);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MobileThreatDefenseConnector {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.allow_partner_to_collect_ios_application_metadata.read_from(r),
            2usize => self.android_device_blocked_on_missing_partner_data.read_from(r),
            3usize => self.android_enabled.read_from(r),
            4usize => self.android_mobile_application_management_enabled.read_from(r),
            5usize => self.ios_device_blocked_on_missing_partner_data.read_from(r),
            6usize => self.ios_enabled.read_from(r),
            7usize => self.ios_mobile_application_management_enabled.read_from(r),
            8usize => self.last_heartbeat_date_time.read_from(r),
            9usize => self.mac_device_blocked_on_missing_partner_data.read_from(r),
            10usize => self.mac_enabled.read_from(r),
            11usize => self.partner_state.read_from(r),
            12usize => self.partner_unresponsiveness_threshold_in_days.read_from(r),
            13usize => self.partner_unsupported_os_version_blocked.read_from(r),
            14usize => self.windows_device_blocked_on_missing_partner_data.read_from(r),
            15usize => self.windows_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.allow_partner_to_collect_ios_application_metadata);
        w.field(2usize, &self.android_device_blocked_on_missing_partner_data);
        w.field(3usize, &self.android_enabled);
        w.field(4usize, &self.android_mobile_application_management_enabled);
        w.field(5usize, &self.ios_device_blocked_on_missing_partner_data);
        w.field(6usize, &self.ios_enabled);
        w.field(7usize, &self.ios_mobile_application_management_enabled);
        w.field(8usize, &self.last_heartbeat_date_time);
        w.field(9usize, &self.mac_device_blocked_on_missing_partner_data);
        w.field(10usize, &self.mac_enabled);
        w.field(11usize, &self.partner_state);
        w.field(12usize, &self.partner_unresponsiveness_threshold_in_days);
        w.field(13usize, &self.partner_unsupported_os_version_blocked);
        w.field(14usize, &self.windows_device_blocked_on_missing_partner_data);
        w.field(15usize, &self.windows_enabled);
    }
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
rt::impl_object!(MobileThreatDefenseConnector);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MobileThreatDefenseConnector { with_id id : ::std::string::String;
    with_allow_partner_to_collect_ios_application_metadata
    allow_partner_to_collect_ios_application_metadata : bool;
    with_android_device_blocked_on_missing_partner_data
    android_device_blocked_on_missing_partner_data : bool; with_android_enabled
    android_enabled : bool; with_android_mobile_application_management_enabled
    android_mobile_application_management_enabled : bool;
    with_ios_device_blocked_on_missing_partner_data
    ios_device_blocked_on_missing_partner_data : bool; with_ios_enabled ios_enabled :
    bool; with_ios_mobile_application_management_enabled
    ios_mobile_application_management_enabled : bool; with_last_heartbeat_date_time
    last_heartbeat_date_time : rt::edm::DateTimeOffset;
    with_mac_device_blocked_on_missing_partner_data
    mac_device_blocked_on_missing_partner_data : bool; with_mac_enabled mac_enabled :
    bool; with_partner_state partner_state : crate
    ::beta::MobileThreatPartnerTenantState;
    with_partner_unresponsiveness_threshold_in_days
    partner_unresponsiveness_threshold_in_days : i32;
    with_partner_unsupported_os_version_blocked partner_unsupported_os_version_blocked :
    bool; with_windows_device_blocked_on_missing_partner_data
    windows_device_blocked_on_missing_partner_data : bool; with_windows_enabled
    windows_enabled : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileThreatDefenseConnector);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.mobileThreatPartnerTenantState`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MobileThreatPartnerTenantState {
    /// `unavailable` (value 0).
    Unavailable,
    /// `available` (value 1).
    Available,
    /// `enabled` (value 2).
    Enabled,
    /// `unresponsive` (value 3).
    Unresponsive,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for MobileThreatPartnerTenantState {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileThreatPartnerTenantState";
    const MEMBERS: &'static [&'static str] = &[
        "unavailable",
        "available",
        "enabled",
        "unresponsive",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unavailable" => Self::Unavailable,
                "available" => Self::Available,
                "enabled" => Self::Enabled,
                "unresponsive" => Self::Unresponsive,
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
            Self::Available => "available",
            Self::Enabled => "enabled",
            Self::Unresponsive => "unresponsive",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(MobileThreatPartnerTenantState);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileThreatPartnerTenantState);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.modality`, enum type.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Modality {
    /// `unknown` (value 0).
    Unknown,
    /// `audio` (value 1).
    Audio,
    /// `video` (value 2).
    Video,
    /// `videoBasedScreenSharing` (value 3).
    VideoBasedScreenSharing,
    /// `data` (value 4).
    Data,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::StrEnum for Modality {
    const TYPE_NAME: &'static str = "microsoft.graph.modality";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "audio",
        "video",
        "videoBasedScreenSharing",
        "data",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "audio" => Self::Audio,
                "video" => Self::Video,
                "videoBasedScreenSharing" => Self::VideoBasedScreenSharing,
                "data" => Self::Data,
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
            Self::Audio => "audio",
            Self::Video => "video",
            Self::VideoBasedScreenSharing => "videoBasedScreenSharing",
            Self::Data => "data",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_enum!(Modality);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Modality);
#[cfg(msgraph_beta_audit_logs_or_search)]
/// CSDL: `microsoft.graph.modifiedProperty`, complex type.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
#[derive(Clone)]
pub struct ModifiedProperty {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `newValue`: `Edm.String`, nullable.
    pub new_value: rt::Field<::std::string::String>,
    /// CSDL: property `oldValue`: `Edm.String`, nullable.
    pub old_value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl ::std::default::Default for ModifiedProperty {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            new_value: rt::Field::Absent,
            old_value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::Object for ModifiedProperty {
    const TYPE_NAME: &'static str = "microsoft.graph.modifiedProperty";
    const KEYS: &'static [&'static str] = &["displayName", "newValue", "oldValue"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"newValue\":                     ",
        ",\"oldValue\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.modifiedProperty\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "new_value", &self.new_value);
        v.field(2usize, "old_value", &self.old_value);
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::object::Members for ModifiedProperty {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.new_value.read_from(r),
            2usize => self.old_value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.new_value);
        w.field(2usize, &self.old_value);
    }
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
rt::impl_object!(ModifiedProperty);
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_setters!(
    ModifiedProperty { with_display_name display_name : ::std::string::String;
    with_new_value new_value : ::std::string::String; with_old_value old_value :
    ::std::string::String; }
);
#[cfg(msgraph_beta_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ModifiedProperty);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.multiValueLegacyExtendedProperty`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MultiValueLegacyExtendedProperty {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Collection(Edm.String)`, nullable.
    pub value: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for MultiValueLegacyExtendedProperty {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for MultiValueLegacyExtendedProperty {
    const TYPE_NAME: &'static str = "microsoft.graph.multiValueLegacyExtendedProperty";
    const KEYS: &'static [&'static str] = &["id", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.multiValueLegacyExtendedProperty\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for MultiValueLegacyExtendedProperty {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
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
rt::impl_object!(MultiValueLegacyExtendedProperty);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MultiValueLegacyExtendedProperty { with_id id : ::std::string::String; with_value
    value : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MultiValueLegacyExtendedProperty);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.mutability`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Mutability {
    /// `ReadWrite` (value 0).
    ReadWrite,
    /// `ReadOnly` (value 1).
    ReadOnly,
    /// `Immutable` (value 2).
    Immutable,
    /// `WriteOnly` (value 3).
    WriteOnly,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for Mutability {
    const TYPE_NAME: &'static str = "microsoft.graph.mutability";
    const MEMBERS: &'static [&'static str] = &[
        "ReadWrite",
        "ReadOnly",
        "Immutable",
        "WriteOnly",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "ReadWrite" => Self::ReadWrite,
                "ReadOnly" => Self::ReadOnly,
                "Immutable" => Self::Immutable,
                "WriteOnly" => Self::WriteOnly,
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
            Self::ReadWrite => "ReadWrite",
            Self::ReadOnly => "ReadOnly",
            Self::Immutable => "Immutable",
            Self::WriteOnly => "WriteOnly",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(Mutability);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Mutability);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.muteParticipantOperation`, entity type, derived from `microsoft.graph.commsOperation`, open, key `id`.
///
/// Request builders: [`CommsOperationPath`](requests/trait.CommsOperationPath.html), what a path to one (`EntityPath<MuteParticipantOperation, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct MuteParticipantOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// CSDL: property `resultInfo`: `microsoft.graph.resultInfo`, nullable.
    pub result_info: rt::Field<crate::beta::ResultInfo>,
    /// CSDL: property `status`: `microsoft.graph.operationStatus`, not nullable.
    pub status: rt::Field<crate::beta::OperationStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for MuteParticipantOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            client_context: rt::Field::Absent,
            result_info: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for MuteParticipantOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.muteParticipantOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "clientContext",
        "resultInfo",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"clientContext\":                ",
        ",\"resultInfo\":                   ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.muteParticipantOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "client_context", &self.client_context);
        v.field(2usize, "result_info", &self.result_info);
        v.field(3usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for MuteParticipantOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.client_context.read_from(r),
            2usize => self.result_info.read_from(r),
            3usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.client_context);
        w.field(2usize, &self.result_info);
        w.field(3usize, &self.status);
    }
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
rt::impl_object!(MuteParticipantOperation);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    MuteParticipantOperation { with_id id : ::std::string::String; with_client_context
    client_context : ::std::string::String; with_result_info result_info : crate
    ::beta::ResultInfo; with_status status : crate ::beta::OperationStatus; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MuteParticipantOperation);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.muteParticipantsOperation`, entity type, derived from `microsoft.graph.commsOperation`, open, key `id`.
///
/// Request builders: [`CommsOperationPath`](requests/trait.CommsOperationPath.html), what a path to one (`EntityPath<MuteParticipantsOperation, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct MuteParticipantsOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// CSDL: property `resultInfo`: `microsoft.graph.resultInfo`, nullable.
    pub result_info: rt::Field<crate::beta::ResultInfo>,
    /// CSDL: property `status`: `microsoft.graph.operationStatus`, not nullable.
    pub status: rt::Field<crate::beta::OperationStatus>,
    /// CSDL: property `participants`: `Collection(Edm.String)`, nullable.
    pub participants: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for MuteParticipantsOperation {
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
impl rt::Object for MuteParticipantsOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.muteParticipantsOperation";
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
    const TAG: &'static str = "\"#microsoft.graph.muteParticipantsOperation\"";
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
impl rt::object::Members for MuteParticipantsOperation {
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
rt::impl_object!(MuteParticipantsOperation);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    MuteParticipantsOperation { with_id id : ::std::string::String; with_client_context
    client_context : ::std::string::String; with_result_info result_info : crate
    ::beta::ResultInfo; with_status status : crate ::beta::OperationStatus;
    with_participants participants : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MuteParticipantsOperation);
