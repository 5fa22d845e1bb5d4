//! Types of `microsoft.graph` by the first letters of their names (`sk_sy`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.skillProficiency`, entity type, derived from `microsoft.graph.itemFacet`, key `id`.
///
/// Request builders: [`ItemFacetPath`](requests/trait.ItemFacetPath.html), what a path to one (`EntityPath<SkillProficiency, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SkillProficiency {
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
    /// CSDL: property `categories`: `Collection(Edm.String)`, nullable.
    pub categories: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `collaborationTags`: `Collection(Edm.String)`, nullable.
    pub collaboration_tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `proficiency`: `microsoft.graph.skillProficiencyLevel`, nullable.
    pub proficiency: rt::Field<crate::beta::SkillProficiencyLevel>,
    /// CSDL: property `thumbnailUrl`: `Edm.String`, nullable.
    pub thumbnail_url: rt::Field<::std::string::String>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for SkillProficiency {
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
            categories: rt::Field::Absent,
            collaboration_tags: rt::Field::Absent,
            display_name: rt::Field::Absent,
            proficiency: rt::Field::Absent,
            thumbnail_url: rt::Field::Absent,
            web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for SkillProficiency {
    const TYPE_NAME: &'static str = "microsoft.graph.skillProficiency";
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
        "categories",
        "collaborationTags",
        "displayName",
        "proficiency",
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
        ",\"categories\":                   ",
        ",\"collaborationTags\":            ",
        ",\"displayName\":                  ",
        ",\"proficiency\":                  ",
        ",\"thumbnailUrl\":                 ",
        ",\"webUrl\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.skillProficiency\"";
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
        v.field(9usize, "categories", &self.categories);
        v.field(10usize, "collaboration_tags", &self.collaboration_tags);
        v.field(11usize, "display_name", &self.display_name);
        v.field(12usize, "proficiency", &self.proficiency);
        v.field(13usize, "thumbnail_url", &self.thumbnail_url);
        v.field(14usize, "web_url", &self.web_url);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for SkillProficiency {
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
            9usize => self.categories.read_from(r),
            10usize => self.collaboration_tags.read_from(r),
            11usize => self.display_name.read_from(r),
            12usize => self.proficiency.read_from(r),
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
        w.field(9usize, &self.categories);
        w.field(10usize, &self.collaboration_tags);
        w.field(11usize, &self.display_name);
        w.field(12usize, &self.proficiency);
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
rt::impl_object!(SkillProficiency);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SkillProficiency { with_id id : ::std::string::String; with_allowed_audiences
    allowed_audiences : rt::Flags < crate ::beta::AllowedAudiences >; with_created_by
    created_by : crate ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_inference inference : crate ::beta::InferenceData;
    with_is_searchable is_searchable : bool; with_last_modified_by last_modified_by :
    crate ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_source source : crate ::beta::PersonDataSources;
    with_categories categories : ::std::vec::Vec < ::std::string::String >;
    with_collaboration_tags collaboration_tags : ::std::vec::Vec < ::std::string::String
    >; with_display_name display_name : ::std::string::String; with_proficiency
    proficiency : crate ::beta::SkillProficiencyLevel; with_thumbnail_url thumbnail_url :
    ::std::string::String; with_web_url web_url : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SkillProficiency);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.skillProficiencyLevel`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SkillProficiencyLevel {
    /// `elementary` (value 0).
    Elementary,
    /// `limitedWorking` (value 1).
    LimitedWorking,
    /// `generalProfessional` (value 2).
    GeneralProfessional,
    /// `advancedProfessional` (value 3).
    AdvancedProfessional,
    /// `expert` (value 4).
    Expert,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for SkillProficiencyLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.skillProficiencyLevel";
    const MEMBERS: &'static [&'static str] = &[
        "elementary",
        "limitedWorking",
        "generalProfessional",
        "advancedProfessional",
        "expert",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "elementary" => Self::Elementary,
                "limitedWorking" => Self::LimitedWorking,
                "generalProfessional" => Self::GeneralProfessional,
                "advancedProfessional" => Self::AdvancedProfessional,
                "expert" => Self::Expert,
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
            Self::Elementary => "elementary",
            Self::LimitedWorking => "limitedWorking",
            Self::GeneralProfessional => "generalProfessional",
            Self::AdvancedProfessional => "advancedProfessional",
            Self::Expert => "expert",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(SkillProficiencyLevel);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SkillProficiencyLevel);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.skypeForBusinessActivityUserCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct SkypeForBusinessActivityUserCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `organized`: `Edm.Int64`, nullable.
    pub organized: rt::Field<i64>,
    /// CSDL: property `participated`: `Edm.Int64`, nullable.
    pub participated: rt::Field<i64>,
    /// CSDL: property `peerToPeer`: `Edm.Int64`, nullable.
    pub peer_to_peer: rt::Field<i64>,
    /// CSDL: property `reportDate`: `Edm.Date`, nullable.
    pub report_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for SkypeForBusinessActivityUserCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            organized: rt::Field::Absent,
            participated: rt::Field::Absent,
            peer_to_peer: rt::Field::Absent,
            report_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for SkypeForBusinessActivityUserCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.skypeForBusinessActivityUserCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "organized",
        "participated",
        "peerToPeer",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"organized\":                    ",
        ",\"participated\":                 ",
        ",\"peerToPeer\":                   ",
        ",\"reportDate\":                   ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.skypeForBusinessActivityUserCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "organized", &self.organized);
        v.field(2usize, "participated", &self.participated);
        v.field(3usize, "peer_to_peer", &self.peer_to_peer);
        v.field(4usize, "report_date", &self.report_date);
        v.field(5usize, "report_period", &self.report_period);
        v.field(6usize, "report_refresh_date", &self.report_refresh_date);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for SkypeForBusinessActivityUserCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.organized.read_from(r),
            2usize => self.participated.read_from(r),
            3usize => self.peer_to_peer.read_from(r),
            4usize => self.report_date.read_from(r),
            5usize => self.report_period.read_from(r),
            6usize => self.report_refresh_date.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.organized);
        w.field(2usize, &self.participated);
        w.field(3usize, &self.peer_to_peer);
        w.field(4usize, &self.report_date);
        w.field(5usize, &self.report_period);
        w.field(6usize, &self.report_refresh_date);
    }
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
rt::impl_object!(SkypeForBusinessActivityUserCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    SkypeForBusinessActivityUserCounts { with_id id : ::std::string::String;
    with_organized organized : i64; with_participated participated : i64;
    with_peer_to_peer peer_to_peer : i64; with_report_date report_date : rt::edm::Date;
    with_report_period report_period : ::std::string::String; with_report_refresh_date
    report_refresh_date : rt::edm::Date; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SkypeForBusinessActivityUserCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.skypeForBusinessActivityUserDetail`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct SkypeForBusinessActivityUserDetail {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `assignedProducts`: `Collection(Edm.String)`, nullable.
    pub assigned_products: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `deletedDate`: `Edm.Date`, nullable.
    pub deleted_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `isDeleted`: `Edm.Boolean`, nullable.
    pub is_deleted: rt::Field<bool>,
    /// CSDL: property `lastActivityDate`: `Edm.Date`, nullable.
    pub last_activity_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `organizedConferenceAppSharingCount`: `Edm.Int64`, nullable.
    pub organized_conference_app_sharing_count: rt::Field<i64>,
    /// CSDL: property `organizedConferenceAudioVideoCount`: `Edm.Int64`, nullable.
    pub organized_conference_audio_video_count: rt::Field<i64>,
    /// CSDL: property `organizedConferenceAudioVideoMinutes`: `Edm.Int64`, nullable.
    pub organized_conference_audio_video_minutes: rt::Field<i64>,
    /// CSDL: property `organizedConferenceCloudDialInMicrosoftMinutes`: `Edm.Int64`, nullable.
    pub organized_conference_cloud_dial_in_microsoft_minutes: rt::Field<i64>,
    /// CSDL: property `organizedConferenceCloudDialInOutMicrosoftCount`: `Edm.Int64`, nullable.
    pub organized_conference_cloud_dial_in_out_microsoft_count: rt::Field<i64>,
    /// CSDL: property `organizedConferenceCloudDialOutMicrosoftMinutes`: `Edm.Int64`, nullable.
    pub organized_conference_cloud_dial_out_microsoft_minutes: rt::Field<i64>,
    /// CSDL: property `organizedConferenceDialInOut3rdPartyCount`: `Edm.Int64`, nullable.
    pub organized_conference_dial_in_out3rd_party_count: rt::Field<i64>,
    /// CSDL: property `organizedConferenceIMCount`: `Edm.Int64`, nullable.
    pub organized_conference_im_count: rt::Field<i64>,
    /// CSDL: property `organizedConferenceLastActivityDate`: `Edm.Date`, nullable.
    pub organized_conference_last_activity_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `organizedConferenceWebCount`: `Edm.Int64`, nullable.
    pub organized_conference_web_count: rt::Field<i64>,
    /// CSDL: property `participatedConferenceAppSharingCount`: `Edm.Int64`, nullable.
    pub participated_conference_app_sharing_count: rt::Field<i64>,
    /// CSDL: property `participatedConferenceAudioVideoCount`: `Edm.Int64`, nullable.
    pub participated_conference_audio_video_count: rt::Field<i64>,
    /// CSDL: property `participatedConferenceAudioVideoMinutes`: `Edm.Int64`, nullable.
    pub participated_conference_audio_video_minutes: rt::Field<i64>,
    /// CSDL: property `participatedConferenceDialInOut3rdPartyCount`: `Edm.Int64`, nullable.
    pub participated_conference_dial_in_out3rd_party_count: rt::Field<i64>,
    /// CSDL: property `participatedConferenceIMCount`: `Edm.Int64`, nullable.
    pub participated_conference_im_count: rt::Field<i64>,
    /// CSDL: property `participatedConferenceLastActivityDate`: `Edm.Date`, nullable.
    pub participated_conference_last_activity_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `participatedConferenceWebCount`: `Edm.Int64`, nullable.
    pub participated_conference_web_count: rt::Field<i64>,
    /// CSDL: property `peerToPeerAppSharingCount`: `Edm.Int64`, nullable.
    pub peer_to_peer_app_sharing_count: rt::Field<i64>,
    /// CSDL: property `peerToPeerAudioCount`: `Edm.Int64`, nullable.
    pub peer_to_peer_audio_count: rt::Field<i64>,
    /// CSDL: property `peerToPeerAudioMinutes`: `Edm.Int64`, nullable.
    pub peer_to_peer_audio_minutes: rt::Field<i64>,
    /// CSDL: property `peerToPeerFileTransferCount`: `Edm.Int64`, nullable.
    pub peer_to_peer_file_transfer_count: rt::Field<i64>,
    /// CSDL: property `peerToPeerIMCount`: `Edm.Int64`, nullable.
    pub peer_to_peer_im_count: rt::Field<i64>,
    /// CSDL: property `peerToPeerLastActivityDate`: `Edm.Date`, nullable.
    pub peer_to_peer_last_activity_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `peerToPeerVideoCount`: `Edm.Int64`, nullable.
    pub peer_to_peer_video_count: rt::Field<i64>,
    /// CSDL: property `peerToPeerVideoMinutes`: `Edm.Int64`, nullable.
    pub peer_to_peer_video_minutes: rt::Field<i64>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `totalOrganizedConferenceCount`: `Edm.Int64`, nullable.
    pub total_organized_conference_count: rt::Field<i64>,
    /// CSDL: property `totalParticipatedConferenceCount`: `Edm.Int64`, nullable.
    pub total_participated_conference_count: rt::Field<i64>,
    /// CSDL: property `totalPeerToPeerSessionCount`: `Edm.Int64`, nullable.
    pub total_peer_to_peer_session_count: rt::Field<i64>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for SkypeForBusinessActivityUserDetail {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            assigned_products: rt::Field::Absent,
            deleted_date: rt::Field::Absent,
            is_deleted: rt::Field::Absent,
            last_activity_date: rt::Field::Absent,
            organized_conference_app_sharing_count: rt::Field::Absent,
            organized_conference_audio_video_count: rt::Field::Absent,
            organized_conference_audio_video_minutes: rt::Field::Absent,
            organized_conference_cloud_dial_in_microsoft_minutes: rt::Field::Absent,
            organized_conference_cloud_dial_in_out_microsoft_count: rt::Field::Absent,
            organized_conference_cloud_dial_out_microsoft_minutes: rt::Field::Absent,
            organized_conference_dial_in_out3rd_party_count: rt::Field::Absent,
            organized_conference_im_count: rt::Field::Absent,
            organized_conference_last_activity_date: rt::Field::Absent,
            organized_conference_web_count: rt::Field::Absent,
            participated_conference_app_sharing_count: rt::Field::Absent,
            participated_conference_audio_video_count: rt::Field::Absent,
            participated_conference_audio_video_minutes: rt::Field::Absent,
            participated_conference_dial_in_out3rd_party_count: rt::Field::Absent,
            participated_conference_im_count: rt::Field::Absent,
            participated_conference_last_activity_date: rt::Field::Absent,
            participated_conference_web_count: rt::Field::Absent,
            peer_to_peer_app_sharing_count: rt::Field::Absent,
            peer_to_peer_audio_count: rt::Field::Absent,
            peer_to_peer_audio_minutes: rt::Field::Absent,
            peer_to_peer_file_transfer_count: rt::Field::Absent,
            peer_to_peer_im_count: rt::Field::Absent,
            peer_to_peer_last_activity_date: rt::Field::Absent,
            peer_to_peer_video_count: rt::Field::Absent,
            peer_to_peer_video_minutes: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            total_organized_conference_count: rt::Field::Absent,
            total_participated_conference_count: rt::Field::Absent,
            total_peer_to_peer_session_count: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for SkypeForBusinessActivityUserDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.skypeForBusinessActivityUserDetail";
    const KEYS: &'static [&'static str] = &[
        "id",
        "assignedProducts",
        "deletedDate",
        "isDeleted",
        "lastActivityDate",
        "organizedConferenceAppSharingCount",
        "organizedConferenceAudioVideoCount",
        "organizedConferenceAudioVideoMinutes",
        "organizedConferenceCloudDialInMicrosoftMinutes",
        "organizedConferenceCloudDialInOutMicrosoftCount",
        "organizedConferenceCloudDialOutMicrosoftMinutes",
        "organizedConferenceDialInOut3rdPartyCount",
        "organizedConferenceIMCount",
        "organizedConferenceLastActivityDate",
        "organizedConferenceWebCount",
        "participatedConferenceAppSharingCount",
        "participatedConferenceAudioVideoCount",
        "participatedConferenceAudioVideoMinutes",
        "participatedConferenceDialInOut3rdPartyCount",
        "participatedConferenceIMCount",
        "participatedConferenceLastActivityDate",
        "participatedConferenceWebCount",
        "peerToPeerAppSharingCount",
        "peerToPeerAudioCount",
        "peerToPeerAudioMinutes",
        "peerToPeerFileTransferCount",
        "peerToPeerIMCount",
        "peerToPeerLastActivityDate",
        "peerToPeerVideoCount",
        "peerToPeerVideoMinutes",
        "reportPeriod",
        "reportRefreshDate",
        "totalOrganizedConferenceCount",
        "totalParticipatedConferenceCount",
        "totalPeerToPeerSessionCount",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"assignedProducts\":             ",
        ",\"deletedDate\":                  ",
        ",\"isDeleted\":                    ",
        ",\"lastActivityDate\":             ",
        ",\"organizedConferenceAppSharingCount\":",
        ",\"organizedConferenceAudioVideoCount\":",
        ",\"organizedConferenceAudioVideoMinutes\":",
        ",\"organizedConferenceCloudDialInMicrosoftMinutes\":",
        ",\"organizedConferenceCloudDialInOutMicrosoftCount\":",
        ",\"organizedConferenceCloudDialOutMicrosoftMinutes\":",
        ",\"organizedConferenceDialInOut3rdPartyCount\":",
        ",\"organizedConferenceIMCount\":   ",
        ",\"organizedConferenceLastActivityDate\":",
        ",\"organizedConferenceWebCount\":  ",
        ",\"participatedConferenceAppSharingCount\":",
        ",\"participatedConferenceAudioVideoCount\":",
        ",\"participatedConferenceAudioVideoMinutes\":",
        ",\"participatedConferenceDialInOut3rdPartyCount\":",
        ",\"participatedConferenceIMCount\":",
        ",\"participatedConferenceLastActivityDate\":",
        ",\"participatedConferenceWebCount\":",
        ",\"peerToPeerAppSharingCount\":    ",
        ",\"peerToPeerAudioCount\":         ",
        ",\"peerToPeerAudioMinutes\":       ",
        ",\"peerToPeerFileTransferCount\":  ",
        ",\"peerToPeerIMCount\":            ",
        ",\"peerToPeerLastActivityDate\":   ",
        ",\"peerToPeerVideoCount\":         ",
        ",\"peerToPeerVideoMinutes\":       ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"totalOrganizedConferenceCount\":",
        ",\"totalParticipatedConferenceCount\":",
        ",\"totalPeerToPeerSessionCount\":  ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.skypeForBusinessActivityUserDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "assigned_products", &self.assigned_products);
        v.field(2usize, "deleted_date", &self.deleted_date);
        v.field(3usize, "is_deleted", &self.is_deleted);
        v.field(4usize, "last_activity_date", &self.last_activity_date);
        v.field(
            5usize,
            "organized_conference_app_sharing_count",
            &self.organized_conference_app_sharing_count,
        );
        v.field(
            6usize,
            "organized_conference_audio_video_count",
            &self.organized_conference_audio_video_count,
        );
        v.field(
            7usize,
            "organized_conference_audio_video_minutes",
            &self.organized_conference_audio_video_minutes,
        );
        v.field(
            8usize,
            "organized_conference_cloud_dial_in_microsoft_minutes",
            &self.organized_conference_cloud_dial_in_microsoft_minutes,
        );
        v.field(
            9usize,
            "organized_conference_cloud_dial_in_out_microsoft_count",
            &self.organized_conference_cloud_dial_in_out_microsoft_count,
        );
        v.field(
            10usize,
            "organized_conference_cloud_dial_out_microsoft_minutes",
            &self.organized_conference_cloud_dial_out_microsoft_minutes,
        );
        v.field(
            11usize,
            "organized_conference_dial_in_out3rd_party_count",
            &self.organized_conference_dial_in_out3rd_party_count,
        );
        v.field(
            12usize,
            "organized_conference_im_count",
            &self.organized_conference_im_count,
        );
        v.field(
            13usize,
            "organized_conference_last_activity_date",
            &self.organized_conference_last_activity_date,
        );
        v.field(
            14usize,
            "organized_conference_web_count",
            &self.organized_conference_web_count,
        );
        v.field(
            15usize,
            "participated_conference_app_sharing_count",
            &self.participated_conference_app_sharing_count,
        );
        v.field(
            16usize,
            "participated_conference_audio_video_count",
            &self.participated_conference_audio_video_count,
        );
        v.field(
            17usize,
            "participated_conference_audio_video_minutes",
            &self.participated_conference_audio_video_minutes,
        );
        v.field(
            18usize,
            "participated_conference_dial_in_out3rd_party_count",
            &self.participated_conference_dial_in_out3rd_party_count,
        );
        v.field(
            19usize,
            "participated_conference_im_count",
            &self.participated_conference_im_count,
        );
        v.field(
            20usize,
            "participated_conference_last_activity_date",
            &self.participated_conference_last_activity_date,
        );
        v.field(
            21usize,
            "participated_conference_web_count",
            &self.participated_conference_web_count,
        );
        v.field(
            22usize,
            "peer_to_peer_app_sharing_count",
            &self.peer_to_peer_app_sharing_count,
        );
        v.field(23usize, "peer_to_peer_audio_count", &self.peer_to_peer_audio_count);
        v.field(24usize, "peer_to_peer_audio_minutes", &self.peer_to_peer_audio_minutes);
        v.field(
            25usize,
            "peer_to_peer_file_transfer_count",
            &self.peer_to_peer_file_transfer_count,
        );
        v.field(26usize, "peer_to_peer_im_count", &self.peer_to_peer_im_count);
        v.field(
            27usize,
            "peer_to_peer_last_activity_date",
            &self.peer_to_peer_last_activity_date,
        );
        v.field(28usize, "peer_to_peer_video_count", &self.peer_to_peer_video_count);
        v.field(29usize, "peer_to_peer_video_minutes", &self.peer_to_peer_video_minutes);
        v.field(30usize, "report_period", &self.report_period);
        v.field(31usize, "report_refresh_date", &self.report_refresh_date);
        v.field(
            32usize,
            "total_organized_conference_count",
            &self.total_organized_conference_count,
        );
        v.field(
            33usize,
            "total_participated_conference_count",
            &self.total_participated_conference_count,
        );
        v.field(
            34usize,
            "total_peer_to_peer_session_count",
            &self.total_peer_to_peer_session_count,
        );
        v.field(35usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for SkypeForBusinessActivityUserDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.assigned_products.read_from(r),
            2usize => self.deleted_date.read_from(r),
            3usize => self.is_deleted.read_from(r),
            4usize => self.last_activity_date.read_from(r),
            5usize => self.organized_conference_app_sharing_count.read_from(r),
            6usize => self.organized_conference_audio_video_count.read_from(r),
            7usize => self.organized_conference_audio_video_minutes.read_from(r),
            8usize => {
                self.organized_conference_cloud_dial_in_microsoft_minutes.read_from(r)
            }
            9usize => {
                self.organized_conference_cloud_dial_in_out_microsoft_count.read_from(r)
            }
            10usize => {
                self.organized_conference_cloud_dial_out_microsoft_minutes.read_from(r)
            }
            11usize => self.organized_conference_dial_in_out3rd_party_count.read_from(r),
            12usize => self.organized_conference_im_count.read_from(r),
            13usize => self.organized_conference_last_activity_date.read_from(r),
            14usize => self.organized_conference_web_count.read_from(r),
            15usize => self.participated_conference_app_sharing_count.read_from(r),
            16usize => self.participated_conference_audio_video_count.read_from(r),
            17usize => self.participated_conference_audio_video_minutes.read_from(r),
            18usize => {
                self.participated_conference_dial_in_out3rd_party_count.read_from(r)
            }
            19usize => self.participated_conference_im_count.read_from(r),
            20usize => self.participated_conference_last_activity_date.read_from(r),
            21usize => self.participated_conference_web_count.read_from(r),
            22usize => self.peer_to_peer_app_sharing_count.read_from(r),
            23usize => self.peer_to_peer_audio_count.read_from(r),
            24usize => self.peer_to_peer_audio_minutes.read_from(r),
            25usize => self.peer_to_peer_file_transfer_count.read_from(r),
            26usize => self.peer_to_peer_im_count.read_from(r),
            27usize => self.peer_to_peer_last_activity_date.read_from(r),
            28usize => self.peer_to_peer_video_count.read_from(r),
            29usize => self.peer_to_peer_video_minutes.read_from(r),
            30usize => self.report_period.read_from(r),
            31usize => self.report_refresh_date.read_from(r),
            32usize => self.total_organized_conference_count.read_from(r),
            33usize => self.total_participated_conference_count.read_from(r),
            34usize => self.total_peer_to_peer_session_count.read_from(r),
            35usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.assigned_products);
        w.field(2usize, &self.deleted_date);
        w.field(3usize, &self.is_deleted);
        w.field(4usize, &self.last_activity_date);
        w.field(5usize, &self.organized_conference_app_sharing_count);
        w.field(6usize, &self.organized_conference_audio_video_count);
        w.field(7usize, &self.organized_conference_audio_video_minutes);
        w.field(8usize, &self.organized_conference_cloud_dial_in_microsoft_minutes);
        w.field(9usize, &self.organized_conference_cloud_dial_in_out_microsoft_count);
        w.field(10usize, &self.organized_conference_cloud_dial_out_microsoft_minutes);
        w.field(11usize, &self.organized_conference_dial_in_out3rd_party_count);
        w.field(12usize, &self.organized_conference_im_count);
        w.field(13usize, &self.organized_conference_last_activity_date);
        w.field(14usize, &self.organized_conference_web_count);
        w.field(15usize, &self.participated_conference_app_sharing_count);
        w.field(16usize, &self.participated_conference_audio_video_count);
        w.field(17usize, &self.participated_conference_audio_video_minutes);
        w.field(18usize, &self.participated_conference_dial_in_out3rd_party_count);
        w.field(19usize, &self.participated_conference_im_count);
        w.field(20usize, &self.participated_conference_last_activity_date);
        w.field(21usize, &self.participated_conference_web_count);
        w.field(22usize, &self.peer_to_peer_app_sharing_count);
        w.field(23usize, &self.peer_to_peer_audio_count);
        w.field(24usize, &self.peer_to_peer_audio_minutes);
        w.field(25usize, &self.peer_to_peer_file_transfer_count);
        w.field(26usize, &self.peer_to_peer_im_count);
        w.field(27usize, &self.peer_to_peer_last_activity_date);
        w.field(28usize, &self.peer_to_peer_video_count);
        w.field(29usize, &self.peer_to_peer_video_minutes);
        w.field(30usize, &self.report_period);
        w.field(31usize, &self.report_refresh_date);
        w.field(32usize, &self.total_organized_conference_count);
        w.field(33usize, &self.total_participated_conference_count);
        w.field(34usize, &self.total_peer_to_peer_session_count);
        w.field(35usize, &self.user_principal_name);
    }
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
rt::impl_object!(SkypeForBusinessActivityUserDetail);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    SkypeForBusinessActivityUserDetail { with_id id : ::std::string::String;
    with_assigned_products assigned_products : ::std::vec::Vec < ::std::string::String >;
    with_deleted_date deleted_date : rt::edm::Date; with_is_deleted is_deleted : bool;
    with_last_activity_date last_activity_date : rt::edm::Date;
    with_organized_conference_app_sharing_count organized_conference_app_sharing_count :
    i64; with_organized_conference_audio_video_count
    organized_conference_audio_video_count : i64;
    with_organized_conference_audio_video_minutes
    organized_conference_audio_video_minutes : i64;
    with_organized_conference_cloud_dial_in_microsoft_minutes
    organized_conference_cloud_dial_in_microsoft_minutes : i64;
    with_organized_conference_cloud_dial_in_out_microsoft_count
    organized_conference_cloud_dial_in_out_microsoft_count : i64;
    with_organized_conference_cloud_dial_out_microsoft_minutes
    organized_conference_cloud_dial_out_microsoft_minutes : i64;
    with_organized_conference_dial_in_out3rd_party_count
    organized_conference_dial_in_out3rd_party_count : i64;
    with_organized_conference_im_count organized_conference_im_count : i64;
    with_organized_conference_last_activity_date organized_conference_last_activity_date
    : rt::edm::Date; with_organized_conference_web_count organized_conference_web_count :
    i64; with_participated_conference_app_sharing_count
    participated_conference_app_sharing_count : i64;
    with_participated_conference_audio_video_count
    participated_conference_audio_video_count : i64;
    with_participated_conference_audio_video_minutes
    participated_conference_audio_video_minutes : i64;
    with_participated_conference_dial_in_out3rd_party_count
    participated_conference_dial_in_out3rd_party_count : i64;
    with_participated_conference_im_count participated_conference_im_count : i64;
    with_participated_conference_last_activity_date
    participated_conference_last_activity_date : rt::edm::Date;
    with_participated_conference_web_count participated_conference_web_count : i64;
    with_peer_to_peer_app_sharing_count peer_to_peer_app_sharing_count : i64;
    with_peer_to_peer_audio_count peer_to_peer_audio_count : i64;
    with_peer_to_peer_audio_minutes peer_to_peer_audio_minutes : i64;
    with_peer_to_peer_file_transfer_count peer_to_peer_file_transfer_count : i64;
    with_peer_to_peer_im_count peer_to_peer_im_count : i64;
    with_peer_to_peer_last_activity_date peer_to_peer_last_activity_date : rt::edm::Date;
    with_peer_to_peer_video_count peer_to_peer_video_count : i64;
    with_peer_to_peer_video_minutes peer_to_peer_video_minutes : i64; with_report_period
    report_period : ::std::string::String; with_report_refresh_date report_refresh_date :
    rt::edm::Date; with_total_organized_conference_count total_organized_conference_count
    : i64; with_total_participated_conference_count total_participated_conference_count :
    i64; with_total_peer_to_peer_session_count total_peer_to_peer_session_count : i64;
    with_user_principal_name user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SkypeForBusinessActivityUserDetail);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.skypeForBusinessDeviceUsageDistributionUserCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct SkypeForBusinessDeviceUsageDistributionUserCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `androidPhone`: `Edm.Int32`, nullable.
    pub android_phone: rt::Field<i32>,
    /// CSDL: property `iPad`: `Edm.Int32`, nullable.
    pub i_pad: rt::Field<i32>,
    /// CSDL: property `iPhone`: `Edm.Int32`, nullable.
    pub i_phone: rt::Field<i32>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `windows`: `Edm.Int32`, nullable.
    pub windows: rt::Field<i32>,
    /// CSDL: property `windowsPhone`: `Edm.Int32`, nullable.
    pub windows_phone: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for SkypeForBusinessDeviceUsageDistributionUserCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            android_phone: rt::Field::Absent,
            i_pad: rt::Field::Absent,
            i_phone: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            windows: rt::Field::Absent,
            windows_phone: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for SkypeForBusinessDeviceUsageDistributionUserCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.skypeForBusinessDeviceUsageDistributionUserCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "androidPhone",
        "iPad",
        "iPhone",
        "reportPeriod",
        "reportRefreshDate",
        "windows",
        "windowsPhone",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"androidPhone\":                 ",
        ",\"iPad\":                         ",
        ",\"iPhone\":                       ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"windows\":                      ",
        ",\"windowsPhone\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.skypeForBusinessDeviceUsageDistributionUserCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "android_phone", &self.android_phone);
        v.field(2usize, "i_pad", &self.i_pad);
        v.field(3usize, "i_phone", &self.i_phone);
        v.field(4usize, "report_period", &self.report_period);
        v.field(5usize, "report_refresh_date", &self.report_refresh_date);
        v.field(6usize, "windows", &self.windows);
        v.field(7usize, "windows_phone", &self.windows_phone);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for SkypeForBusinessDeviceUsageDistributionUserCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.android_phone.read_from(r),
            2usize => self.i_pad.read_from(r),
            3usize => self.i_phone.read_from(r),
            4usize => self.report_period.read_from(r),
            5usize => self.report_refresh_date.read_from(r),
            6usize => self.windows.read_from(r),
            7usize => self.windows_phone.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.android_phone);
        w.field(2usize, &self.i_pad);
        w.field(3usize, &self.i_phone);
        w.field(4usize, &self.report_period);
        w.field(5usize, &self.report_refresh_date);
        w.field(6usize, &self.windows);
        w.field(7usize, &self.windows_phone);
    }
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
rt::impl_object!(SkypeForBusinessDeviceUsageDistributionUserCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    SkypeForBusinessDeviceUsageDistributionUserCounts { with_id id :
    ::std::string::String; with_android_phone android_phone : i32; with_i_pad i_pad :
    i32; with_i_phone i_phone : i32; with_report_period report_period :
    ::std::string::String; with_report_refresh_date report_refresh_date : rt::edm::Date;
    with_windows windows : i32; with_windows_phone windows_phone : i32; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SkypeForBusinessDeviceUsageDistributionUserCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.skypeForBusinessDeviceUsageUserDetail`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct SkypeForBusinessDeviceUsageUserDetail {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `lastActivityDate`: `Edm.Date`, nullable.
    pub last_activity_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `usedAndroidPhone`: `Edm.Boolean`, nullable.
    pub used_android_phone: rt::Field<bool>,
    /// CSDL: property `usediPad`: `Edm.Boolean`, nullable.
    pub usedi_pad: rt::Field<bool>,
    /// CSDL: property `usediPhone`: `Edm.Boolean`, nullable.
    pub usedi_phone: rt::Field<bool>,
    /// CSDL: property `usedWindows`: `Edm.Boolean`, nullable.
    pub used_windows: rt::Field<bool>,
    /// CSDL: property `usedWindowsPhone`: `Edm.Boolean`, nullable.
    pub used_windows_phone: rt::Field<bool>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for SkypeForBusinessDeviceUsageUserDetail {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            last_activity_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            used_android_phone: rt::Field::Absent,
            usedi_pad: rt::Field::Absent,
            usedi_phone: rt::Field::Absent,
            used_windows: rt::Field::Absent,
            used_windows_phone: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for SkypeForBusinessDeviceUsageUserDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.skypeForBusinessDeviceUsageUserDetail";
    const KEYS: &'static [&'static str] = &[
        "id",
        "lastActivityDate",
        "reportPeriod",
        "reportRefreshDate",
        "usedAndroidPhone",
        "usediPad",
        "usediPhone",
        "usedWindows",
        "usedWindowsPhone",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"lastActivityDate\":             ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"usedAndroidPhone\":             ",
        ",\"usediPad\":                     ",
        ",\"usediPhone\":                   ",
        ",\"usedWindows\":                  ",
        ",\"usedWindowsPhone\":             ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.skypeForBusinessDeviceUsageUserDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "last_activity_date", &self.last_activity_date);
        v.field(2usize, "report_period", &self.report_period);
        v.field(3usize, "report_refresh_date", &self.report_refresh_date);
        v.field(4usize, "used_android_phone", &self.used_android_phone);
        v.field(5usize, "usedi_pad", &self.usedi_pad);
        v.field(6usize, "usedi_phone", &self.usedi_phone);
        v.field(7usize, "used_windows", &self.used_windows);
        v.field(8usize, "used_windows_phone", &self.used_windows_phone);
        v.field(9usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for SkypeForBusinessDeviceUsageUserDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.last_activity_date.read_from(r),
            2usize => self.report_period.read_from(r),
            3usize => self.report_refresh_date.read_from(r),
            4usize => self.used_android_phone.read_from(r),
            5usize => self.usedi_pad.read_from(r),
            6usize => self.usedi_phone.read_from(r),
            7usize => self.used_windows.read_from(r),
            8usize => self.used_windows_phone.read_from(r),
            9usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.last_activity_date);
        w.field(2usize, &self.report_period);
        w.field(3usize, &self.report_refresh_date);
        w.field(4usize, &self.used_android_phone);
        w.field(5usize, &self.usedi_pad);
        w.field(6usize, &self.usedi_phone);
        w.field(7usize, &self.used_windows);
        w.field(8usize, &self.used_windows_phone);
        w.field(9usize, &self.user_principal_name);
    }
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
rt::impl_object!(SkypeForBusinessDeviceUsageUserDetail);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    SkypeForBusinessDeviceUsageUserDetail { with_id id : ::std::string::String;
    with_last_activity_date last_activity_date : rt::edm::Date; with_report_period
    report_period : ::std::string::String; with_report_refresh_date report_refresh_date :
    rt::edm::Date; with_used_android_phone used_android_phone : bool; with_usedi_pad
    usedi_pad : bool; with_usedi_phone usedi_phone : bool; with_used_windows used_windows
    : bool; with_used_windows_phone used_windows_phone : bool; with_user_principal_name
    user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SkypeForBusinessDeviceUsageUserDetail);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.skypeForBusinessOrganizerActivityUserCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct SkypeForBusinessOrganizerActivityUserCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appSharing`: `Edm.Int64`, nullable.
    pub app_sharing: rt::Field<i64>,
    /// CSDL: property `audioVideo`: `Edm.Int64`, nullable.
    pub audio_video: rt::Field<i64>,
    /// CSDL: property `dialInOut3rdParty`: `Edm.Int64`, nullable.
    pub dial_in_out3rd_party: rt::Field<i64>,
    /// CSDL: property `dialInOutMicrosoft`: `Edm.Int64`, nullable.
    pub dial_in_out_microsoft: rt::Field<i64>,
    /// CSDL: property `im`: `Edm.Int64`, nullable.
    pub im: rt::Field<i64>,
    /// CSDL: property `reportDate`: `Edm.Date`, nullable.
    pub report_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `web`: `Edm.Int64`, nullable.
    pub web: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for SkypeForBusinessOrganizerActivityUserCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_sharing: rt::Field::Absent,
            audio_video: rt::Field::Absent,
            dial_in_out3rd_party: rt::Field::Absent,
            dial_in_out_microsoft: rt::Field::Absent,
            im: rt::Field::Absent,
            report_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            web: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for SkypeForBusinessOrganizerActivityUserCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.skypeForBusinessOrganizerActivityUserCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appSharing",
        "audioVideo",
        "dialInOut3rdParty",
        "dialInOutMicrosoft",
        "im",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
        "web",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appSharing\":                   ",
        ",\"audioVideo\":                   ",
        ",\"dialInOut3rdParty\":            ",
        ",\"dialInOutMicrosoft\":           ",
        ",\"im\":                           ",
        ",\"reportDate\":                   ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"web\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.skypeForBusinessOrganizerActivityUserCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_sharing", &self.app_sharing);
        v.field(2usize, "audio_video", &self.audio_video);
        v.field(3usize, "dial_in_out3rd_party", &self.dial_in_out3rd_party);
        v.field(4usize, "dial_in_out_microsoft", &self.dial_in_out_microsoft);
        v.field(5usize, "im", &self.im);
        v.field(6usize, "report_date", &self.report_date);
        v.field(7usize, "report_period", &self.report_period);
        v.field(8usize, "report_refresh_date", &self.report_refresh_date);
        v.field(9usize, "web", &self.web);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for SkypeForBusinessOrganizerActivityUserCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_sharing.read_from(r),
            2usize => self.audio_video.read_from(r),
            3usize => self.dial_in_out3rd_party.read_from(r),
            4usize => self.dial_in_out_microsoft.read_from(r),
            5usize => self.im.read_from(r),
            6usize => self.report_date.read_from(r),
            7usize => self.report_period.read_from(r),
            8usize => self.report_refresh_date.read_from(r),
            9usize => self.web.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_sharing);
        w.field(2usize, &self.audio_video);
        w.field(3usize, &self.dial_in_out3rd_party);
        w.field(4usize, &self.dial_in_out_microsoft);
        w.field(5usize, &self.im);
        w.field(6usize, &self.report_date);
        w.field(7usize, &self.report_period);
        w.field(8usize, &self.report_refresh_date);
        w.field(9usize, &self.web);
    }
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
rt::impl_object!(SkypeForBusinessOrganizerActivityUserCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    SkypeForBusinessOrganizerActivityUserCounts { with_id id : ::std::string::String;
    with_app_sharing app_sharing : i64; with_audio_video audio_video : i64;
    with_dial_in_out3rd_party dial_in_out3rd_party : i64; with_dial_in_out_microsoft
    dial_in_out_microsoft : i64; with_im im : i64; with_report_date report_date :
    rt::edm::Date; with_report_period report_period : ::std::string::String;
    with_report_refresh_date report_refresh_date : rt::edm::Date; with_web web : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SkypeForBusinessOrganizerActivityUserCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.skypeForBusinessParticipantActivityCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct SkypeForBusinessParticipantActivityCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appSharing`: `Edm.Int64`, nullable.
    pub app_sharing: rt::Field<i64>,
    /// CSDL: property `audioVideo`: `Edm.Int64`, nullable.
    pub audio_video: rt::Field<i64>,
    /// CSDL: property `dialInOut3rdParty`: `Edm.Int64`, nullable.
    pub dial_in_out3rd_party: rt::Field<i64>,
    /// CSDL: property `im`: `Edm.Int64`, nullable.
    pub im: rt::Field<i64>,
    /// CSDL: property `reportDate`: `Edm.Date`, nullable.
    pub report_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `web`: `Edm.Int64`, nullable.
    pub web: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for SkypeForBusinessParticipantActivityCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_sharing: rt::Field::Absent,
            audio_video: rt::Field::Absent,
            dial_in_out3rd_party: rt::Field::Absent,
            im: rt::Field::Absent,
            report_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            web: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for SkypeForBusinessParticipantActivityCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.skypeForBusinessParticipantActivityCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appSharing",
        "audioVideo",
        "dialInOut3rdParty",
        "im",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
        "web",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appSharing\":                   ",
        ",\"audioVideo\":                   ",
        ",\"dialInOut3rdParty\":            ",
        ",\"im\":                           ",
        ",\"reportDate\":                   ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"web\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.skypeForBusinessParticipantActivityCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_sharing", &self.app_sharing);
        v.field(2usize, "audio_video", &self.audio_video);
        v.field(3usize, "dial_in_out3rd_party", &self.dial_in_out3rd_party);
        v.field(4usize, "im", &self.im);
        v.field(5usize, "report_date", &self.report_date);
        v.field(6usize, "report_period", &self.report_period);
        v.field(7usize, "report_refresh_date", &self.report_refresh_date);
        v.field(8usize, "web", &self.web);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for SkypeForBusinessParticipantActivityCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_sharing.read_from(r),
            2usize => self.audio_video.read_from(r),
            3usize => self.dial_in_out3rd_party.read_from(r),
            4usize => self.im.read_from(r),
            5usize => self.report_date.read_from(r),
            6usize => self.report_period.read_from(r),
            7usize => self.report_refresh_date.read_from(r),
            8usize => self.web.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_sharing);
        w.field(2usize, &self.audio_video);
        w.field(3usize, &self.dial_in_out3rd_party);
        w.field(4usize, &self.im);
        w.field(5usize, &self.report_date);
        w.field(6usize, &self.report_period);
        w.field(7usize, &self.report_refresh_date);
        w.field(8usize, &self.web);
    }
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
rt::impl_object!(SkypeForBusinessParticipantActivityCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    SkypeForBusinessParticipantActivityCounts { with_id id : ::std::string::String;
    with_app_sharing app_sharing : i64; with_audio_video audio_video : i64;
    with_dial_in_out3rd_party dial_in_out3rd_party : i64; with_im im : i64;
    with_report_date report_date : rt::edm::Date; with_report_period report_period :
    ::std::string::String; with_report_refresh_date report_refresh_date : rt::edm::Date;
    with_web web : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SkypeForBusinessParticipantActivityCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.skypeForBusinessPeerToPeerActivityCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct SkypeForBusinessPeerToPeerActivityCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appSharing`: `Edm.Int64`, nullable.
    pub app_sharing: rt::Field<i64>,
    /// CSDL: property `audio`: `Edm.Int64`, nullable.
    pub audio: rt::Field<i64>,
    /// CSDL: property `fileTransfer`: `Edm.Int64`, nullable.
    pub file_transfer: rt::Field<i64>,
    /// CSDL: property `im`: `Edm.Int64`, nullable.
    pub im: rt::Field<i64>,
    /// CSDL: property `reportDate`: `Edm.Date`, nullable.
    pub report_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `video`: `Edm.Int64`, nullable.
    pub video: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for SkypeForBusinessPeerToPeerActivityCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_sharing: rt::Field::Absent,
            audio: rt::Field::Absent,
            file_transfer: rt::Field::Absent,
            im: rt::Field::Absent,
            report_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            video: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for SkypeForBusinessPeerToPeerActivityCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.skypeForBusinessPeerToPeerActivityCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appSharing",
        "audio",
        "fileTransfer",
        "im",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
        "video",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appSharing\":                   ",
        ",\"audio\":                        ",
        ",\"fileTransfer\":                 ",
        ",\"im\":                           ",
        ",\"reportDate\":                   ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"video\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.skypeForBusinessPeerToPeerActivityCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_sharing", &self.app_sharing);
        v.field(2usize, "audio", &self.audio);
        v.field(3usize, "file_transfer", &self.file_transfer);
        v.field(4usize, "im", &self.im);
        v.field(5usize, "report_date", &self.report_date);
        v.field(6usize, "report_period", &self.report_period);
        v.field(7usize, "report_refresh_date", &self.report_refresh_date);
        v.field(8usize, "video", &self.video);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for SkypeForBusinessPeerToPeerActivityCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_sharing.read_from(r),
            2usize => self.audio.read_from(r),
            3usize => self.file_transfer.read_from(r),
            4usize => self.im.read_from(r),
            5usize => self.report_date.read_from(r),
            6usize => self.report_period.read_from(r),
            7usize => self.report_refresh_date.read_from(r),
            8usize => self.video.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_sharing);
        w.field(2usize, &self.audio);
        w.field(3usize, &self.file_transfer);
        w.field(4usize, &self.im);
        w.field(5usize, &self.report_date);
        w.field(6usize, &self.report_period);
        w.field(7usize, &self.report_refresh_date);
        w.field(8usize, &self.video);
    }
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
rt::impl_object!(SkypeForBusinessPeerToPeerActivityCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    SkypeForBusinessPeerToPeerActivityCounts { with_id id : ::std::string::String;
    with_app_sharing app_sharing : i64; with_audio audio : i64; with_file_transfer
    file_transfer : i64; with_im im : i64; with_report_date report_date : rt::edm::Date;
    with_report_period report_period : ::std::string::String; with_report_refresh_date
    report_refresh_date : rt::edm::Date; with_video video : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SkypeForBusinessPeerToPeerActivityCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.skypeForBusinessPeerToPeerActivityMinuteCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct SkypeForBusinessPeerToPeerActivityMinuteCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `audio`: `Edm.Int64`, nullable.
    pub audio: rt::Field<i64>,
    /// CSDL: property `reportDate`: `Edm.Date`, nullable.
    pub report_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `video`: `Edm.Int64`, nullable.
    pub video: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for SkypeForBusinessPeerToPeerActivityMinuteCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            audio: rt::Field::Absent,
            report_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            video: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for SkypeForBusinessPeerToPeerActivityMinuteCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.skypeForBusinessPeerToPeerActivityMinuteCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "audio",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
        "video",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"audio\":                        ",
        ",\"reportDate\":                   ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"video\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.skypeForBusinessPeerToPeerActivityMinuteCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "audio", &self.audio);
        v.field(2usize, "report_date", &self.report_date);
        v.field(3usize, "report_period", &self.report_period);
        v.field(4usize, "report_refresh_date", &self.report_refresh_date);
        v.field(5usize, "video", &self.video);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for SkypeForBusinessPeerToPeerActivityMinuteCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.audio.read_from(r),
            2usize => self.report_date.read_from(r),
            3usize => self.report_period.read_from(r),
            4usize => self.report_refresh_date.read_from(r),
            5usize => self.video.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.audio);
        w.field(2usize, &self.report_date);
        w.field(3usize, &self.report_period);
        w.field(4usize, &self.report_refresh_date);
        w.field(5usize, &self.video);
    }
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
rt::impl_object!(SkypeForBusinessPeerToPeerActivityMinuteCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    SkypeForBusinessPeerToPeerActivityMinuteCounts { with_id id : ::std::string::String;
    with_audio audio : i64; with_report_date report_date : rt::edm::Date;
    with_report_period report_period : ::std::string::String; with_report_refresh_date
    report_refresh_date : rt::edm::Date; with_video video : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SkypeForBusinessPeerToPeerActivityMinuteCounts);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.smsAuthenticationMethodConfiguration`, entity type, derived from `microsoft.graph.authenticationMethodConfiguration`, key `id`.
///
/// Request builders: [`SmsAuthenticationMethodConfigurationPath`](requests/trait.SmsAuthenticationMethodConfigurationPath.html), what a path to one (`EntityPath<SmsAuthenticationMethodConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-authentication-method-configurations`, `beta-authentication-methods-policy`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct SmsAuthenticationMethodConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `state`: `microsoft.graph.authenticationMethodState`, nullable.
    pub state: rt::Field<crate::beta::AuthenticationMethodState>,
    /// CSDL: containment navigation property `includeTargets`: `Collection(microsoft.graph.smsAuthenticationMethodTarget)`, not nullable.
    pub include_targets: rt::Field<
        ::std::vec::Vec<crate::beta::SmsAuthenticationMethodTarget>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for SmsAuthenticationMethodConfiguration {
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
impl rt::Object for SmsAuthenticationMethodConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.smsAuthenticationMethodConfiguration";
    const KEYS: &'static [&'static str] = &["id", "state", "includeTargets"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"state\":                        ",
        ",\"includeTargets\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.smsAuthenticationMethodConfiguration\"";
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
impl rt::object::Members for SmsAuthenticationMethodConfiguration {
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
rt::impl_object!(SmsAuthenticationMethodConfiguration);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    SmsAuthenticationMethodConfiguration { with_id id : ::std::string::String; with_state
    state : crate ::beta::AuthenticationMethodState; with_include_targets include_targets
    : ::std::vec::Vec < crate ::beta::SmsAuthenticationMethodTarget >; }
);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(SmsAuthenticationMethodConfiguration);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.smsAuthenticationMethodTarget`, entity type, derived from `microsoft.graph.authenticationMethodTarget`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-authentication-method-configurations`, `beta-authentication-methods-policy`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct SmsAuthenticationMethodTarget {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isRegistrationRequired`: `Edm.Boolean`, not nullable.
    pub is_registration_required: rt::Field<bool>,
    /// CSDL: property `targetType`: `microsoft.graph.authenticationMethodTargetType`, not nullable.
    pub target_type: rt::Field<crate::beta::AuthenticationMethodTargetType>,
    /// CSDL: property `isUsableForSignIn`: `Edm.Boolean`, not nullable.
    pub is_usable_for_sign_in: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for SmsAuthenticationMethodTarget {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_registration_required: rt::Field::Absent,
            target_type: rt::Field::Absent,
            is_usable_for_sign_in: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for SmsAuthenticationMethodTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.smsAuthenticationMethodTarget";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isRegistrationRequired",
        "targetType",
        "isUsableForSignIn",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isRegistrationRequired\":       ",
        ",\"targetType\":                   ",
        ",\"isUsableForSignIn\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.smsAuthenticationMethodTarget\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_registration_required", &self.is_registration_required);
        v.field(2usize, "target_type", &self.target_type);
        v.field(3usize, "is_usable_for_sign_in", &self.is_usable_for_sign_in);
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for SmsAuthenticationMethodTarget {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_registration_required.read_from(r),
            2usize => self.target_type.read_from(r),
            3usize => self.is_usable_for_sign_in.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_registration_required);
        w.field(2usize, &self.target_type);
        w.field(3usize, &self.is_usable_for_sign_in);
    }
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
rt::impl_object!(SmsAuthenticationMethodTarget);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    SmsAuthenticationMethodTarget { with_id id : ::std::string::String;
    with_is_registration_required is_registration_required : bool; with_target_type
    target_type : crate ::beta::AuthenticationMethodTargetType;
    with_is_usable_for_sign_in is_usable_for_sign_in : bool; }
);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(SmsAuthenticationMethodTarget);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.sortProperty`, complex type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct SortProperty {
    /// CSDL: property `isDescending`: `Edm.Boolean`, nullable.
    pub is_descending: rt::Field<bool>,
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for SortProperty {
    #[inline]
    fn default() -> Self {
        Self {
            is_descending: rt::Field::Absent,
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for SortProperty {
    const TYPE_NAME: &'static str = "microsoft.graph.sortProperty";
    const KEYS: &'static [&'static str] = &["isDescending", "name"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isDescending\":                 ",
        ",\"name\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sortProperty\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_descending", &self.is_descending);
        v.field(1usize, "name", &self.name);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for SortProperty {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_descending.read_from(r),
            1usize => self.name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_descending);
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
#[cfg(msgraph_beta_search)]
rt::impl_object!(SortProperty);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    SortProperty { with_is_descending is_descending : bool; with_name name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SortProperty);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.spaApplication`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SpaApplication {
    /// CSDL: property `redirectUris`: `Collection(Edm.String)`, not nullable.
    pub redirect_uris: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for SpaApplication {
    #[inline]
    fn default() -> Self {
        Self {
            redirect_uris: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for SpaApplication {
    const TYPE_NAME: &'static str = "microsoft.graph.spaApplication";
    const KEYS: &'static [&'static str] = &["redirectUris"];
    const KEYS_JSON: &'static [&'static str] = &[",\"redirectUris\":                 "];
    const TAG: &'static str = "\"#microsoft.graph.spaApplication\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "redirect_uris", &self.redirect_uris);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for SpaApplication {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.redirect_uris.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.redirect_uris);
    }
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
rt::impl_object!(SpaApplication);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SpaApplication { with_redirect_uris redirect_uris : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SpaApplication);
#[cfg(msgraph_beta_device_management_or_search)]
/// Specifies all the Captive network plugins allowed during the IKEv2 AlwaysOn VPN connection
///
/// CSDL: `microsoft.graph.specifiedCaptiveNetworkPlugins`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct SpecifiedCaptiveNetworkPlugins {
    /// Address of the IKEv2 server. Must be a FQDN, UserFQDN, network address, or ASN1DN
    ///
    /// CSDL: property `allowedBundleIdentifiers`: `Collection(Edm.String)`, nullable.
    pub allowed_bundle_identifiers: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for SpecifiedCaptiveNetworkPlugins {
    #[inline]
    fn default() -> Self {
        Self {
            allowed_bundle_identifiers: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for SpecifiedCaptiveNetworkPlugins {
    const TYPE_NAME: &'static str = "microsoft.graph.specifiedCaptiveNetworkPlugins";
    const KEYS: &'static [&'static str] = &["allowedBundleIdentifiers"];
    const KEYS_JSON: &'static [&'static str] = &[",\"allowedBundleIdentifiers\":     "];
    const TAG: &'static str = "\"#microsoft.graph.specifiedCaptiveNetworkPlugins\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allowed_bundle_identifiers", &self.allowed_bundle_identifiers);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for SpecifiedCaptiveNetworkPlugins {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allowed_bundle_identifiers.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allowed_bundle_identifiers);
    }
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
rt::impl_object!(SpecifiedCaptiveNetworkPlugins);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    SpecifiedCaptiveNetworkPlugins { with_allowed_bundle_identifiers
    allowed_bundle_identifiers : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SpecifiedCaptiveNetworkPlugins);
#[cfg(msgraph_beta_audit_logs_or_search)]
/// CSDL: `microsoft.graph.statusBase`, complex type.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
#[derive(Clone)]
pub struct StatusBase {
    /// CSDL: property `status`: `microsoft.graph.provisioningResult`, nullable.
    pub status: rt::Field<crate::beta::ProvisioningResult>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl ::std::default::Default for StatusBase {
    #[inline]
    fn default() -> Self {
        Self {
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::Object for StatusBase {
    const TYPE_NAME: &'static str = "microsoft.graph.statusBase";
    const KEYS: &'static [&'static str] = &["status"];
    const KEYS_JSON: &'static [&'static str] = &[",\"status\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.statusBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::object::Members for StatusBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.status);
    }
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
rt::impl_object!(StatusBase);
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_setters!(StatusBase { with_status status : crate ::beta::ProvisioningResult; });
#[cfg(msgraph_beta_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(StatusBase);
#[cfg(msgraph_beta_audit_logs_or_search)]
/// `microsoft.graph.statusBase` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyStatusBase {
    StatusBase(::std::boxed::Box<crate::beta::StatusBase>),
    StatusDetails(::std::boxed::Box<crate::beta::StatusDetails>),
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl ::std::default::Default for AnyStatusBase {
    #[inline]
    fn default() -> Self {
        Self::StatusBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::StatusBase> for AnyStatusBase {
    #[inline]
    fn from(v: crate::beta::StatusBase) -> Self {
        Self::StatusBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::StatusDetails> for AnyStatusBase {
    #[inline]
    fn from(v: crate::beta::StatusDetails) -> Self {
        Self::StatusDetails(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
unsafe impl ::std::marker::Send for AnyStatusBase {}
#[cfg(msgraph_beta_audit_logs_or_search)]
unsafe impl ::std::marker::Sync for AnyStatusBase {}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl ::std::marker::Unpin for AnyStatusBase {}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl ::std::panic::UnwindSafe for AnyStatusBase {}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl ::std::panic::RefUnwindSafe for AnyStatusBase {}
#[cfg(msgraph_beta_audit_logs_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::StatusBase>();
    rt::object::auto_traits::<crate::beta::StatusDetails>();
};
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::Poly for AnyStatusBase {
    const BASE_NAME: &'static str = "microsoft.graph.statusBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.statusDetails") => {
                Self::StatusDetails(rt::object::new_boxed())
            }
            _ => Self::StatusBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::StatusBase(v) => &**v,
            Self::StatusDetails(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::StatusBase(v) => &mut **v,
            Self::StatusDetails(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl AnyStatusBase {
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
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<crate::beta::ProvisioningResult> {
        match self {
            Self::StatusBase(v) => &v.status,
            Self::StatusDetails(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(&mut self) -> &mut rt::Field<crate::beta::ProvisioningResult> {
        match self {
            Self::StatusBase(v) => &mut v.status,
            Self::StatusDetails(v) => &mut v.status,
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_poly!(AnyStatusBase);
#[cfg(msgraph_beta_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyStatusBase);
#[cfg(msgraph_beta_audit_logs_or_search)]
/// CSDL: `microsoft.graph.statusDetails`, complex type, derived from `microsoft.graph.statusBase`.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
#[derive(Clone)]
pub struct StatusDetails {
    /// CSDL: property `status`: `microsoft.graph.provisioningResult`, nullable.
    pub status: rt::Field<crate::beta::ProvisioningResult>,
    /// CSDL: property `additionalDetails`: `Edm.String`, nullable.
    pub additional_details: rt::Field<::std::string::String>,
    /// CSDL: property `errorCategory`: `microsoft.graph.provisioningStatusErrorCategory`, nullable.
    pub error_category: rt::Field<crate::beta::ProvisioningStatusErrorCategory>,
    /// CSDL: property `errorCode`: `Edm.String`, nullable.
    pub error_code: rt::Field<::std::string::String>,
    /// CSDL: property `reason`: `Edm.String`, nullable.
    pub reason: rt::Field<::std::string::String>,
    /// CSDL: property `recommendedAction`: `Edm.String`, nullable.
    pub recommended_action: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl ::std::default::Default for StatusDetails {
    #[inline]
    fn default() -> Self {
        Self {
            status: rt::Field::Absent,
            additional_details: rt::Field::Absent,
            error_category: rt::Field::Absent,
            error_code: rt::Field::Absent,
            reason: rt::Field::Absent,
            recommended_action: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::Object for StatusDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.statusDetails";
    const KEYS: &'static [&'static str] = &[
        "status",
        "additionalDetails",
        "errorCategory",
        "errorCode",
        "reason",
        "recommendedAction",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"status\":                       ",
        ",\"additionalDetails\":            ",
        ",\"errorCategory\":                ",
        ",\"errorCode\":                    ",
        ",\"reason\":                       ",
        ",\"recommendedAction\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.statusDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "status", &self.status);
        v.field(1usize, "additional_details", &self.additional_details);
        v.field(2usize, "error_category", &self.error_category);
        v.field(3usize, "error_code", &self.error_code);
        v.field(4usize, "reason", &self.reason);
        v.field(5usize, "recommended_action", &self.recommended_action);
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::object::Members for StatusDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.status.read_from(r),
            1usize => self.additional_details.read_from(r),
            2usize => self.error_category.read_from(r),
            3usize => self.error_code.read_from(r),
            4usize => self.reason.read_from(r),
            5usize => self.recommended_action.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.status);
        w.field(1usize, &self.additional_details);
        w.field(2usize, &self.error_category);
        w.field(3usize, &self.error_code);
        w.field(4usize, &self.reason);
        w.field(5usize, &self.recommended_action);
    }
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
rt::impl_object!(StatusDetails);
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_setters!(
    StatusDetails { with_status status : crate ::beta::ProvisioningResult;
    with_additional_details additional_details : ::std::string::String;
    with_error_category error_category : crate ::beta::ProvisioningStatusErrorCategory;
    with_error_code error_code : ::std::string::String; with_reason reason :
    ::std::string::String; with_recommended_action recommended_action :
    ::std::string::String; }
);
#[cfg(msgraph_beta_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(StatusDetails);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.storagePlanInformation`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct StoragePlanInformation {
    /// CSDL: property `upgradeAvailable`: `Edm.Boolean`, nullable.
    pub upgrade_available: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl ::std::default::Default for StoragePlanInformation {
    #[inline]
    fn default() -> Self {
        Self {
            upgrade_available: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::Object for StoragePlanInformation {
    const TYPE_NAME: &'static str = "microsoft.graph.storagePlanInformation";
    const KEYS: &'static [&'static str] = &["upgradeAvailable"];
    const KEYS_JSON: &'static [&'static str] = &[",\"upgradeAvailable\":             "];
    const TAG: &'static str = "\"#microsoft.graph.storagePlanInformation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "upgrade_available", &self.upgrade_available);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::object::Members for StoragePlanInformation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.upgrade_available.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.upgrade_available);
    }
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
rt::impl_object!(StoragePlanInformation);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    StoragePlanInformation { with_upgrade_available upgrade_available : bool; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(StoragePlanInformation);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.stringKeyLongValuePair`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct StringKeyLongValuePair {
    /// CSDL: property `key`: `Edm.String`, nullable.
    pub key: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.Int64`, not nullable.
    pub value: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for StringKeyLongValuePair {
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
impl rt::Object for StringKeyLongValuePair {
    const TYPE_NAME: &'static str = "microsoft.graph.stringKeyLongValuePair";
    const KEYS: &'static [&'static str] = &["key", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"key\":                          ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.stringKeyLongValuePair\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key", &self.key);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for StringKeyLongValuePair {
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
rt::impl_object!(StringKeyLongValuePair);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    StringKeyLongValuePair { with_key key : ::std::string::String; with_value value :
    i64; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(StringKeyLongValuePair);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.stringKeyObjectValuePair`, complex type, open.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct StringKeyObjectValuePair {
    /// CSDL: property `key`: `Edm.String`, nullable.
    pub key: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for StringKeyObjectValuePair {
    #[inline]
    fn default() -> Self {
        Self {
            key: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for StringKeyObjectValuePair {
    const TYPE_NAME: &'static str = "microsoft.graph.stringKeyObjectValuePair";
    const KEYS: &'static [&'static str] = &["key"];
    const KEYS_JSON: &'static [&'static str] = &[",\"key\":                          "];
    const TAG: &'static str = "\"#microsoft.graph.stringKeyObjectValuePair\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key", &self.key);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for StringKeyObjectValuePair {
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(StringKeyObjectValuePair);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(StringKeyObjectValuePair { with_key key : ::std::string::String; });
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(StringKeyObjectValuePair);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.stringKeyStringValuePair`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct StringKeyStringValuePair {
    /// CSDL: property `key`: `Edm.String`, nullable.
    pub key: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for StringKeyStringValuePair {
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
impl rt::Object for StringKeyStringValuePair {
    const TYPE_NAME: &'static str = "microsoft.graph.stringKeyStringValuePair";
    const KEYS: &'static [&'static str] = &["key", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"key\":                          ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.stringKeyStringValuePair\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key", &self.key);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for StringKeyStringValuePair {
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
rt::impl_object!(StringKeyStringValuePair);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    StringKeyStringValuePair { with_key key : ::std::string::String; with_value value :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(StringKeyStringValuePair);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.subjectAlternativeNameType`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SubjectAlternativeNameType {
    /// `none` (value 0).
    None,
    /// `emailAddress` (value 1).
    EmailAddress,
    /// `userPrincipalName` (value 2).
    UserPrincipalName,
    /// `customAzureADAttribute` (value 4).
    CustomAzureAdAttribute,
    /// `domainNameService` (value 8).
    DomainNameService,
    /// `universalResourceIdentifier` (value 16).
    UniversalResourceIdentifier,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for SubjectAlternativeNameType {
    const TYPE_NAME: &'static str = "microsoft.graph.subjectAlternativeNameType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "emailAddress",
        "userPrincipalName",
        "customAzureADAttribute",
        "domainNameService",
        "universalResourceIdentifier",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "emailAddress" => Self::EmailAddress,
                "userPrincipalName" => Self::UserPrincipalName,
                "customAzureADAttribute" => Self::CustomAzureAdAttribute,
                "domainNameService" => Self::DomainNameService,
                "universalResourceIdentifier" => Self::UniversalResourceIdentifier,
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
            Self::EmailAddress => "emailAddress",
            Self::UserPrincipalName => "userPrincipalName",
            Self::CustomAzureAdAttribute => "customAzureADAttribute",
            Self::DomainNameService => "domainNameService",
            Self::UniversalResourceIdentifier => "universalResourceIdentifier",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(SubjectAlternativeNameType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SubjectAlternativeNameType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.subjectNameFormat`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SubjectNameFormat {
    /// `commonName` (value 0).
    CommonName,
    /// `commonNameIncludingEmail` (value 1).
    CommonNameIncludingEmail,
    /// `commonNameAsEmail` (value 2).
    CommonNameAsEmail,
    /// `custom` (value 3).
    Custom,
    /// `commonNameAsIMEI` (value 5).
    CommonNameAsImei,
    /// `commonNameAsSerialNumber` (value 6).
    CommonNameAsSerialNumber,
    /// `commonNameAsAadDeviceId` (value 7).
    CommonNameAsAadDeviceId,
    /// `commonNameAsIntuneDeviceId` (value 8).
    CommonNameAsIntuneDeviceId,
    /// `commonNameAsDurableDeviceId` (value 9).
    CommonNameAsDurableDeviceId,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for SubjectNameFormat {
    const TYPE_NAME: &'static str = "microsoft.graph.subjectNameFormat";
    const MEMBERS: &'static [&'static str] = &[
        "commonName",
        "commonNameIncludingEmail",
        "commonNameAsEmail",
        "custom",
        "commonNameAsIMEI",
        "commonNameAsSerialNumber",
        "commonNameAsAadDeviceId",
        "commonNameAsIntuneDeviceId",
        "commonNameAsDurableDeviceId",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "commonName" => Self::CommonName,
                "commonNameIncludingEmail" => Self::CommonNameIncludingEmail,
                "commonNameAsEmail" => Self::CommonNameAsEmail,
                "custom" => Self::Custom,
                "commonNameAsIMEI" => Self::CommonNameAsImei,
                "commonNameAsSerialNumber" => Self::CommonNameAsSerialNumber,
                "commonNameAsAadDeviceId" => Self::CommonNameAsAadDeviceId,
                "commonNameAsIntuneDeviceId" => Self::CommonNameAsIntuneDeviceId,
                "commonNameAsDurableDeviceId" => Self::CommonNameAsDurableDeviceId,
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
            Self::CommonName => "commonName",
            Self::CommonNameIncludingEmail => "commonNameIncludingEmail",
            Self::CommonNameAsEmail => "commonNameAsEmail",
            Self::Custom => "custom",
            Self::CommonNameAsImei => "commonNameAsIMEI",
            Self::CommonNameAsSerialNumber => "commonNameAsSerialNumber",
            Self::CommonNameAsAadDeviceId => "commonNameAsAadDeviceId",
            Self::CommonNameAsIntuneDeviceId => "commonNameAsIntuneDeviceId",
            Self::CommonNameAsDurableDeviceId => "commonNameAsDurableDeviceId",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(SubjectNameFormat);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SubjectNameFormat);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.subscribeToToneOperation`, entity type, derived from `microsoft.graph.commsOperation`, open, key `id`.
///
/// Request builders: [`CommsOperationPath`](requests/trait.CommsOperationPath.html), what a path to one (`EntityPath<SubscribeToToneOperation, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct SubscribeToToneOperation {
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
impl ::std::default::Default for SubscribeToToneOperation {
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
impl rt::Object for SubscribeToToneOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.subscribeToToneOperation";
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
    const TAG: &'static str = "\"#microsoft.graph.subscribeToToneOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "client_context", &self.client_context);
        v.field(2usize, "result_info", &self.result_info);
        v.field(3usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for SubscribeToToneOperation {
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
rt::impl_object!(SubscribeToToneOperation);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    SubscribeToToneOperation { with_id id : ::std::string::String; with_client_context
    client_context : ::std::string::String; with_result_info result_info : crate
    ::beta::ResultInfo; with_status status : crate ::beta::OperationStatus; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SubscribeToToneOperation);
#[cfg(msgraph_beta_search_or_subscribed_skus)]
/// CSDL: `microsoft.graph.subscribedSku`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SubscribedSkuPath`](requests/trait.SubscribedSkuPath.html), what a path to one (`EntityPath<SubscribedSku, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-search`, `beta-subscribed-skus`.
#[derive(Clone)]
pub struct SubscribedSku {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appliesTo`: `Edm.String`, nullable.
    pub applies_to: rt::Field<::std::string::String>,
    /// CSDL: property `capabilityStatus`: `Edm.String`, nullable.
    pub capability_status: rt::Field<::std::string::String>,
    /// CSDL: property `consumedUnits`: `Edm.Int32`, nullable.
    pub consumed_units: rt::Field<i32>,
    /// CSDL: property `prepaidUnits`: `microsoft.graph.licenseUnitsDetail`, nullable.
    pub prepaid_units: rt::Field<crate::beta::LicenseUnitsDetail>,
    /// CSDL: property `servicePlans`: `Collection(microsoft.graph.servicePlanInfo)`, not nullable.
    pub service_plans: rt::Field<::std::vec::Vec<crate::beta::ServicePlanInfo>>,
    /// CSDL: property `skuId`: `Edm.Guid`, nullable.
    pub sku_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `skuPartNumber`: `Edm.String`, nullable.
    pub sku_part_number: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_subscribed_skus)]
impl ::std::default::Default for SubscribedSku {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            applies_to: rt::Field::Absent,
            capability_status: rt::Field::Absent,
            consumed_units: rt::Field::Absent,
            prepaid_units: rt::Field::Absent,
            service_plans: rt::Field::Absent,
            sku_id: rt::Field::Absent,
            sku_part_number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_subscribed_skus)]
impl rt::Object for SubscribedSku {
    const TYPE_NAME: &'static str = "microsoft.graph.subscribedSku";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appliesTo",
        "capabilityStatus",
        "consumedUnits",
        "prepaidUnits",
        "servicePlans",
        "skuId",
        "skuPartNumber",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appliesTo\":                    ",
        ",\"capabilityStatus\":             ",
        ",\"consumedUnits\":                ",
        ",\"prepaidUnits\":                 ",
        ",\"servicePlans\":                 ",
        ",\"skuId\":                        ",
        ",\"skuPartNumber\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.subscribedSku\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "applies_to", &self.applies_to);
        v.field(2usize, "capability_status", &self.capability_status);
        v.field(3usize, "consumed_units", &self.consumed_units);
        v.field(4usize, "prepaid_units", &self.prepaid_units);
        v.field(5usize, "service_plans", &self.service_plans);
        v.field(6usize, "sku_id", &self.sku_id);
        v.field(7usize, "sku_part_number", &self.sku_part_number);
    }
}
#[cfg(msgraph_beta_search_or_subscribed_skus)]
impl rt::object::Members for SubscribedSku {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.applies_to.read_from(r),
            2usize => self.capability_status.read_from(r),
            3usize => self.consumed_units.read_from(r),
            4usize => self.prepaid_units.read_from(r),
            5usize => self.service_plans.read_from(r),
            6usize => self.sku_id.read_from(r),
            7usize => self.sku_part_number.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.applies_to);
        w.field(2usize, &self.capability_status);
        w.field(3usize, &self.consumed_units);
        w.field(4usize, &self.prepaid_units);
        w.field(5usize, &self.service_plans);
        w.field(6usize, &self.sku_id);
        w.field(7usize, &self.sku_part_number);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_search_or_subscribed_skus)]
rt::impl_object!(SubscribedSku);
#[cfg(msgraph_beta_search_or_subscribed_skus)]
rt::impl_setters!(
    SubscribedSku { with_id id : ::std::string::String; with_applies_to applies_to :
    ::std::string::String; with_capability_status capability_status :
    ::std::string::String; with_consumed_units consumed_units : i32; with_prepaid_units
    prepaid_units : crate ::beta::LicenseUnitsDetail; with_service_plans service_plans :
    ::std::vec::Vec < crate ::beta::ServicePlanInfo >; with_sku_id sku_id :
    rt::edm::Guid; with_sku_part_number sku_part_number : ::std::string::String; }
);
#[cfg(msgraph_beta_search_or_subscribed_skus)]
#[cfg(feature = "serde")]
rt::impl_serde!(SubscribedSku);
#[cfg(msgraph_beta_device_management_or_search)]
/// The suggestedEnrollmentLimit resource represents the suggested enrollment limit when given an enrollment type.
///
/// CSDL: `microsoft.graph.suggestedEnrollmentLimit`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct SuggestedEnrollmentLimit {
    /// The suggested enrollment limit within a day
    ///
    /// CSDL: property `suggestedDailyLimit`: `Edm.Int32`, not nullable.
    pub suggested_daily_limit: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for SuggestedEnrollmentLimit {
    #[inline]
    fn default() -> Self {
        Self {
            suggested_daily_limit: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for SuggestedEnrollmentLimit {
    const TYPE_NAME: &'static str = "microsoft.graph.suggestedEnrollmentLimit";
    const KEYS: &'static [&'static str] = &["suggestedDailyLimit"];
    const KEYS_JSON: &'static [&'static str] = &[",\"suggestedDailyLimit\":          "];
    const TAG: &'static str = "\"#microsoft.graph.suggestedEnrollmentLimit\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "suggested_daily_limit", &self.suggested_daily_limit);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for SuggestedEnrollmentLimit {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.suggested_daily_limit.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.suggested_daily_limit);
    }
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
rt::impl_object!(SuggestedEnrollmentLimit);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    SuggestedEnrollmentLimit { with_suggested_daily_limit suggested_daily_limit : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SuggestedEnrollmentLimit);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.swapShiftsChangeRequest`, entity type, derived from `microsoft.graph.offerShiftRequest`, key `id`.
///
/// Request builders: [`ScheduleChangeRequestPath`](requests/trait.ScheduleChangeRequestPath.html), what a path to one (`EntityPath<SwapShiftsChangeRequest, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SwapShiftsChangeRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `assignedTo`: `microsoft.graph.scheduleChangeRequestActor`, nullable.
    pub assigned_to: rt::Field<crate::beta::ScheduleChangeRequestActor>,
    /// CSDL: property `managerActionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub manager_action_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `managerActionMessage`: `Edm.String`, nullable.
    pub manager_action_message: rt::Field<::std::string::String>,
    /// CSDL: property `managerUserId`: `Edm.String`, nullable.
    pub manager_user_id: rt::Field<::std::string::String>,
    /// CSDL: property `senderDateTime`: `Edm.DateTimeOffset`, nullable.
    pub sender_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `senderMessage`: `Edm.String`, nullable.
    pub sender_message: rt::Field<::std::string::String>,
    /// CSDL: property `senderUserId`: `Edm.String`, nullable.
    pub sender_user_id: rt::Field<::std::string::String>,
    /// CSDL: property `state`: `microsoft.graph.scheduleChangeState`, nullable.
    pub state: rt::Field<crate::beta::ScheduleChangeState>,
    /// CSDL: property `recipientActionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub recipient_action_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `recipientActionMessage`: `Edm.String`, nullable.
    pub recipient_action_message: rt::Field<::std::string::String>,
    /// CSDL: property `recipientUserId`: `Edm.String`, nullable.
    pub recipient_user_id: rt::Field<::std::string::String>,
    /// CSDL: property `senderShiftId`: `Edm.String`, nullable.
    pub sender_shift_id: rt::Field<::std::string::String>,
    /// CSDL: property `recipientShiftId`: `Edm.String`, nullable.
    pub recipient_shift_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for SwapShiftsChangeRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            assigned_to: rt::Field::Absent,
            manager_action_date_time: rt::Field::Absent,
            manager_action_message: rt::Field::Absent,
            manager_user_id: rt::Field::Absent,
            sender_date_time: rt::Field::Absent,
            sender_message: rt::Field::Absent,
            sender_user_id: rt::Field::Absent,
            state: rt::Field::Absent,
            recipient_action_date_time: rt::Field::Absent,
            recipient_action_message: rt::Field::Absent,
            recipient_user_id: rt::Field::Absent,
            sender_shift_id: rt::Field::Absent,
            recipient_shift_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for SwapShiftsChangeRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.swapShiftsChangeRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "assignedTo",
        "managerActionDateTime",
        "managerActionMessage",
        "managerUserId",
        "senderDateTime",
        "senderMessage",
        "senderUserId",
        "state",
        "recipientActionDateTime",
        "recipientActionMessage",
        "recipientUserId",
        "senderShiftId",
        "recipientShiftId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"assignedTo\":                   ",
        ",\"managerActionDateTime\":        ",
        ",\"managerActionMessage\":         ",
        ",\"managerUserId\":                ",
        ",\"senderDateTime\":               ",
        ",\"senderMessage\":                ",
        ",\"senderUserId\":                 ",
        ",\"state\":                        ",
        ",\"recipientActionDateTime\":      ",
        ",\"recipientActionMessage\":       ",
        ",\"recipientUserId\":              ",
        ",\"senderShiftId\":                ",
        ",\"recipientShiftId\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.swapShiftsChangeRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "assigned_to", &self.assigned_to);
        v.field(6usize, "manager_action_date_time", &self.manager_action_date_time);
        v.field(7usize, "manager_action_message", &self.manager_action_message);
        v.field(8usize, "manager_user_id", &self.manager_user_id);
        v.field(9usize, "sender_date_time", &self.sender_date_time);
        v.field(10usize, "sender_message", &self.sender_message);
        v.field(11usize, "sender_user_id", &self.sender_user_id);
        v.field(12usize, "state", &self.state);
        v.field(13usize, "recipient_action_date_time", &self.recipient_action_date_time);
        v.field(14usize, "recipient_action_message", &self.recipient_action_message);
        v.field(15usize, "recipient_user_id", &self.recipient_user_id);
        v.field(16usize, "sender_shift_id", &self.sender_shift_id);
        v.field(17usize, "recipient_shift_id", &self.recipient_shift_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for SwapShiftsChangeRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.assigned_to.read_from(r),
            6usize => self.manager_action_date_time.read_from(r),
            7usize => self.manager_action_message.read_from(r),
            8usize => self.manager_user_id.read_from(r),
            9usize => self.sender_date_time.read_from(r),
            10usize => self.sender_message.read_from(r),
            11usize => self.sender_user_id.read_from(r),
            12usize => self.state.read_from(r),
            13usize => self.recipient_action_date_time.read_from(r),
            14usize => self.recipient_action_message.read_from(r),
            15usize => self.recipient_user_id.read_from(r),
            16usize => self.sender_shift_id.read_from(r),
            17usize => self.recipient_shift_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.assigned_to);
        w.field(6usize, &self.manager_action_date_time);
        w.field(7usize, &self.manager_action_message);
        w.field(8usize, &self.manager_user_id);
        w.field(9usize, &self.sender_date_time);
        w.field(10usize, &self.sender_message);
        w.field(11usize, &self.sender_user_id);
        w.field(12usize, &self.state);
        w.field(13usize, &self.recipient_action_date_time);
        w.field(14usize, &self.recipient_action_message);
        w.field(15usize, &self.recipient_user_id);
        w.field(16usize, &self.sender_shift_id);
        w.field(17usize, &self.recipient_shift_id);
    }
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
rt::impl_object!(SwapShiftsChangeRequest);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SwapShiftsChangeRequest { with_id id : ::std::string::String; with_created_by
    created_by : crate ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_assigned_to assigned_to : crate
    ::beta::ScheduleChangeRequestActor; with_manager_action_date_time
    manager_action_date_time : rt::edm::DateTimeOffset; with_manager_action_message
    manager_action_message : ::std::string::String; with_manager_user_id manager_user_id
    : ::std::string::String; with_sender_date_time sender_date_time :
    rt::edm::DateTimeOffset; with_sender_message sender_message : ::std::string::String;
    with_sender_user_id sender_user_id : ::std::string::String; with_state state : crate
    ::beta::ScheduleChangeState; with_recipient_action_date_time
    recipient_action_date_time : rt::edm::DateTimeOffset; with_recipient_action_message
    recipient_action_message : ::std::string::String; with_recipient_user_id
    recipient_user_id : ::std::string::String; with_sender_shift_id sender_shift_id :
    ::std::string::String; with_recipient_shift_id recipient_shift_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SwapShiftsChangeRequest);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.synchronization`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SynchronizationPath`](requests/trait.SynchronizationPath.html), what a path to one (`EntityPath<Synchronization, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Synchronization {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `secrets`: `Collection(microsoft.graph.synchronizationSecretKeyStringValuePair)`, nullable.
    pub secrets: rt::Field<
        ::std::vec::Vec<crate::beta::SynchronizationSecretKeyStringValuePair>,
    >,
    /// CSDL: containment navigation property `jobs`: `Collection(microsoft.graph.synchronizationJob)`, not nullable.
    pub jobs: rt::Field<::std::vec::Vec<crate::beta::SynchronizationJob>>,
    /// CSDL: containment navigation property `templates`: `Collection(microsoft.graph.synchronizationTemplate)`, not nullable.
    pub templates: rt::Field<::std::vec::Vec<crate::beta::SynchronizationTemplate>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Synchronization {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            secrets: rt::Field::Absent,
            jobs: rt::Field::Absent,
            templates: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for Synchronization {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronization";
    const KEYS: &'static [&'static str] = &["id", "secrets", "jobs", "templates"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"secrets\":                      ",
        ",\"jobs\":                         ",
        ",\"templates\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.synchronization\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "secrets", &self.secrets);
        v.field(2usize, "jobs", &self.jobs);
        v.field(3usize, "templates", &self.templates);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Synchronization {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.secrets.read_from(r),
            2usize => self.jobs.read_from(r),
            3usize => self.templates.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.secrets);
        w.field(2usize, &self.jobs);
        w.field(3usize, &self.templates);
    }
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
rt::impl_object!(Synchronization);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    Synchronization { with_id id : ::std::string::String; with_secrets secrets :
    ::std::vec::Vec < crate ::beta::SynchronizationSecretKeyStringValuePair >; with_jobs
    jobs : ::std::vec::Vec < crate ::beta::SynchronizationJob >; with_templates templates
    : ::std::vec::Vec < crate ::beta::SynchronizationTemplate >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Synchronization);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.synchronizationError`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationError {
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// CSDL: property `tenantActionable`: `Edm.Boolean`, not nullable.
    pub tenant_actionable: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for SynchronizationError {
    #[inline]
    fn default() -> Self {
        Self {
            code: rt::Field::Absent,
            message: rt::Field::Absent,
            tenant_actionable: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for SynchronizationError {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationError";
    const KEYS: &'static [&'static str] = &["code", "message", "tenantActionable"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"code\":                         ",
        ",\"message\":                      ",
        ",\"tenantActionable\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.synchronizationError\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "code", &self.code);
        v.field(1usize, "message", &self.message);
        v.field(2usize, "tenant_actionable", &self.tenant_actionable);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for SynchronizationError {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.code.read_from(r),
            1usize => self.message.read_from(r),
            2usize => self.tenant_actionable.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.code);
        w.field(1usize, &self.message);
        w.field(2usize, &self.tenant_actionable);
    }
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
rt::impl_object!(SynchronizationError);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SynchronizationError { with_code code : ::std::string::String; with_message message :
    ::std::string::String; with_tenant_actionable tenant_actionable : bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationError);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.synchronizationJob`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SynchronizationJobPath`](requests/trait.SynchronizationJobPath.html), what a path to one (`EntityPath<SynchronizationJob, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationJob {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `schedule`: `microsoft.graph.synchronizationSchedule`, nullable.
    pub schedule: rt::Field<crate::beta::SynchronizationSchedule>,
    /// CSDL: property `status`: `microsoft.graph.synchronizationStatus`, nullable.
    pub status: rt::Field<crate::beta::SynchronizationStatus>,
    /// CSDL: property `synchronizationJobSettings`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub synchronization_job_settings: rt::Field<
        ::std::vec::Vec<crate::beta::KeyValuePair>,
    >,
    /// CSDL: property `templateId`: `Edm.String`, nullable.
    pub template_id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `schema`: `microsoft.graph.synchronizationSchema`, nullable.
    pub schema: rt::Field<crate::beta::SynchronizationSchema>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for SynchronizationJob {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            schedule: rt::Field::Absent,
            status: rt::Field::Absent,
            synchronization_job_settings: rt::Field::Absent,
            template_id: rt::Field::Absent,
            schema: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for SynchronizationJob {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationJob";
    const KEYS: &'static [&'static str] = &[
        "id",
        "schedule",
        "status",
        "synchronizationJobSettings",
        "templateId",
        "schema",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"schedule\":                     ",
        ",\"status\":                       ",
        ",\"synchronizationJobSettings\":   ",
        ",\"templateId\":                   ",
        ",\"schema\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.synchronizationJob\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "schedule", &self.schedule);
        v.field(2usize, "status", &self.status);
        v.field(
            3usize,
            "synchronization_job_settings",
            &self.synchronization_job_settings,
        );
        v.field(4usize, "template_id", &self.template_id);
        v.field(5usize, "schema", &self.schema);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for SynchronizationJob {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.schedule.read_from(r),
            2usize => self.status.read_from(r),
            3usize => self.synchronization_job_settings.read_from(r),
            4usize => self.template_id.read_from(r),
            5usize => self.schema.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.schedule);
        w.field(2usize, &self.status);
        w.field(3usize, &self.synchronization_job_settings);
        w.field(4usize, &self.template_id);
        w.field(5usize, &self.schema);
    }
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
rt::impl_object!(SynchronizationJob);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SynchronizationJob { with_id id : ::std::string::String; with_schedule schedule :
    crate ::beta::SynchronizationSchedule; with_status status : crate
    ::beta::SynchronizationStatus; with_synchronization_job_settings
    synchronization_job_settings : ::std::vec::Vec < crate ::beta::KeyValuePair >;
    with_template_id template_id : ::std::string::String; with_schema schema : crate
    ::beta::SynchronizationSchema; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationJob);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.synchronizationJobApplicationParameters`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationJobApplicationParameters {
    /// CSDL: property `ruleId`: `Edm.String`, nullable.
    pub rule_id: rt::Field<::std::string::String>,
    /// CSDL: property `subjects`: `Collection(microsoft.graph.synchronizationJobSubject)`, nullable.
    pub subjects: rt::Field<::std::vec::Vec<crate::beta::SynchronizationJobSubject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for SynchronizationJobApplicationParameters {
    #[inline]
    fn default() -> Self {
        Self {
            rule_id: rt::Field::Absent,
            subjects: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for SynchronizationJobApplicationParameters {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationJobApplicationParameters";
    const KEYS: &'static [&'static str] = &["ruleId", "subjects"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"ruleId\":                       ",
        ",\"subjects\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.synchronizationJobApplicationParameters\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "rule_id", &self.rule_id);
        v.field(1usize, "subjects", &self.subjects);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for SynchronizationJobApplicationParameters {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.rule_id.read_from(r),
            1usize => self.subjects.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.rule_id);
        w.field(1usize, &self.subjects);
    }
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
rt::impl_object!(SynchronizationJobApplicationParameters);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SynchronizationJobApplicationParameters { with_rule_id rule_id :
    ::std::string::String; with_subjects subjects : ::std::vec::Vec < crate
    ::beta::SynchronizationJobSubject >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationJobApplicationParameters);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.synchronizationJobRestartCriteria`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationJobRestartCriteria {
    /// CSDL: property `resetScope`: `microsoft.graph.synchronizationJobRestartScope`, nullable.
    pub reset_scope: rt::Field<rt::Flags<crate::beta::SynchronizationJobRestartScope>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for SynchronizationJobRestartCriteria {
    #[inline]
    fn default() -> Self {
        Self {
            reset_scope: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for SynchronizationJobRestartCriteria {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationJobRestartCriteria";
    const KEYS: &'static [&'static str] = &["resetScope"];
    const KEYS_JSON: &'static [&'static str] = &[",\"resetScope\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.synchronizationJobRestartCriteria\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "reset_scope", &self.reset_scope);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for SynchronizationJobRestartCriteria {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.reset_scope.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.reset_scope);
    }
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
rt::impl_object!(SynchronizationJobRestartCriteria);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SynchronizationJobRestartCriteria { with_reset_scope reset_scope : rt::Flags < crate
    ::beta::SynchronizationJobRestartScope >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationJobRestartCriteria);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.synchronizationJobRestartScope`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SynchronizationJobRestartScope {
    /// `None` (value 0).
    None,
    /// `ConnectorDataStore` (value 1).
    ConnectorDataStore,
    /// `Escrows` (value 2).
    Escrows,
    /// `Watermark` (value 4).
    Watermark,
    /// `QuarantineState` (value 8).
    QuarantineState,
    /// `Full` (value 15).
    Full,
    /// `ForceDeletes` (value 32).
    ForceDeletes,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for SynchronizationJobRestartScope {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationJobRestartScope";
    const MEMBERS: &'static [&'static str] = &[
        "None",
        "ConnectorDataStore",
        "Escrows",
        "Watermark",
        "QuarantineState",
        "Full",
        "ForceDeletes",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "None" => Self::None,
                "ConnectorDataStore" => Self::ConnectorDataStore,
                "Escrows" => Self::Escrows,
                "Watermark" => Self::Watermark,
                "QuarantineState" => Self::QuarantineState,
                "Full" => Self::Full,
                "ForceDeletes" => Self::ForceDeletes,
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
            Self::None => "None",
            Self::ConnectorDataStore => "ConnectorDataStore",
            Self::Escrows => "Escrows",
            Self::Watermark => "Watermark",
            Self::QuarantineState => "QuarantineState",
            Self::Full => "Full",
            Self::ForceDeletes => "ForceDeletes",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(SynchronizationJobRestartScope);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationJobRestartScope);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.synchronizationJobSubject`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationJobSubject {
    /// CSDL: property `objectId`: `Edm.String`, nullable.
    pub object_id: rt::Field<::std::string::String>,
    /// CSDL: property `objectTypeName`: `Edm.String`, nullable.
    pub object_type_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for SynchronizationJobSubject {
    #[inline]
    fn default() -> Self {
        Self {
            object_id: rt::Field::Absent,
            object_type_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for SynchronizationJobSubject {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationJobSubject";
    const KEYS: &'static [&'static str] = &["objectId", "objectTypeName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"objectId\":                     ",
        ",\"objectTypeName\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.synchronizationJobSubject\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "object_id", &self.object_id);
        v.field(1usize, "object_type_name", &self.object_type_name);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for SynchronizationJobSubject {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.object_id.read_from(r),
            1usize => self.object_type_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.object_id);
        w.field(1usize, &self.object_type_name);
    }
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
rt::impl_object!(SynchronizationJobSubject);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SynchronizationJobSubject { with_object_id object_id : ::std::string::String;
    with_object_type_name object_type_name : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationJobSubject);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.synchronizationProgress`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationProgress {
    /// CSDL: property `completedUnits`: `Edm.Int64`, not nullable.
    pub completed_units: rt::Field<i64>,
    /// CSDL: property `progressObservationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub progress_observation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `totalUnits`: `Edm.Int64`, not nullable.
    pub total_units: rt::Field<i64>,
    /// CSDL: property `units`: `Edm.String`, nullable.
    pub units: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for SynchronizationProgress {
    #[inline]
    fn default() -> Self {
        Self {
            completed_units: rt::Field::Absent,
            progress_observation_date_time: rt::Field::Absent,
            total_units: rt::Field::Absent,
            units: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for SynchronizationProgress {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationProgress";
    const KEYS: &'static [&'static str] = &[
        "completedUnits",
        "progressObservationDateTime",
        "totalUnits",
        "units",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"completedUnits\":               ",
        ",\"progressObservationDateTime\":  ",
        ",\"totalUnits\":                   ",
        ",\"units\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.synchronizationProgress\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "completed_units", &self.completed_units);
        v.field(
            1usize,
            "progress_observation_date_time",
            &self.progress_observation_date_time,
        );
        v.field(2usize, "total_units", &self.total_units);
        v.field(3usize, "units", &self.units);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for SynchronizationProgress {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.completed_units.read_from(r),
            1usize => self.progress_observation_date_time.read_from(r),
            2usize => self.total_units.read_from(r),
            3usize => self.units.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.completed_units);
        w.field(1usize, &self.progress_observation_date_time);
        w.field(2usize, &self.total_units);
        w.field(3usize, &self.units);
    }
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
rt::impl_object!(SynchronizationProgress);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SynchronizationProgress { with_completed_units completed_units : i64;
    with_progress_observation_date_time progress_observation_date_time :
    rt::edm::DateTimeOffset; with_total_units total_units : i64; with_units units :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationProgress);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.synchronizationQuarantine`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationQuarantine {
    /// CSDL: property `currentBegan`: `Edm.DateTimeOffset`, not nullable.
    pub current_began: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `error`: `microsoft.graph.synchronizationError`, nullable.
    pub error: rt::Field<crate::beta::SynchronizationError>,
    /// CSDL: property `nextAttempt`: `Edm.DateTimeOffset`, not nullable.
    pub next_attempt: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `reason`: `microsoft.graph.quarantineReason`, not nullable.
    pub reason: rt::Field<crate::beta::QuarantineReason>,
    /// CSDL: property `seriesBegan`: `Edm.DateTimeOffset`, not nullable.
    pub series_began: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `seriesCount`: `Edm.Int64`, not nullable.
    pub series_count: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for SynchronizationQuarantine {
    #[inline]
    fn default() -> Self {
        Self {
            current_began: rt::Field::Absent,
            error: rt::Field::Absent,
            next_attempt: rt::Field::Absent,
            reason: rt::Field::Absent,
            series_began: rt::Field::Absent,
            series_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for SynchronizationQuarantine {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationQuarantine";
    const KEYS: &'static [&'static str] = &[
        "currentBegan",
        "error",
        "nextAttempt",
        "reason",
        "seriesBegan",
        "seriesCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"currentBegan\":                 ",
        ",\"error\":                        ",
        ",\"nextAttempt\":                  ",
        ",\"reason\":                       ",
        ",\"seriesBegan\":                  ",
        ",\"seriesCount\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.synchronizationQuarantine\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "current_began", &self.current_began);
        v.field(1usize, "error", &self.error);
        v.field(2usize, "next_attempt", &self.next_attempt);
        v.field(3usize, "reason", &self.reason);
        v.field(4usize, "series_began", &self.series_began);
        v.field(5usize, "series_count", &self.series_count);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for SynchronizationQuarantine {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.current_began.read_from(r),
            1usize => self.error.read_from(r),
            2usize => self.next_attempt.read_from(r),
            3usize => self.reason.read_from(r),
            4usize => self.series_began.read_from(r),
            5usize => self.series_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.current_began);
        w.field(1usize, &self.error);
        w.field(2usize, &self.next_attempt);
        w.field(3usize, &self.reason);
        w.field(4usize, &self.series_began);
        w.field(5usize, &self.series_count);
    }
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
rt::impl_object!(SynchronizationQuarantine);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SynchronizationQuarantine { with_current_began current_began :
    rt::edm::DateTimeOffset; with_error error : crate ::beta::SynchronizationError;
    with_next_attempt next_attempt : rt::edm::DateTimeOffset; with_reason reason : crate
    ::beta::QuarantineReason; with_series_began series_began : rt::edm::DateTimeOffset;
    with_series_count series_count : i64; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationQuarantine);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.synchronizationRule`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationRule {
    /// CSDL: property `editable`: `Edm.Boolean`, not nullable.
    pub editable: rt::Field<bool>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `metadata`: `Collection(microsoft.graph.stringKeyStringValuePair)`, nullable.
    pub metadata: rt::Field<::std::vec::Vec<crate::beta::StringKeyStringValuePair>>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `objectMappings`: `Collection(microsoft.graph.objectMapping)`, nullable.
    pub object_mappings: rt::Field<::std::vec::Vec<crate::beta::ObjectMapping>>,
    /// CSDL: property `priority`: `Edm.Int32`, not nullable.
    pub priority: rt::Field<i32>,
    /// CSDL: property `sourceDirectoryName`: `Edm.String`, nullable.
    pub source_directory_name: rt::Field<::std::string::String>,
    /// CSDL: property `targetDirectoryName`: `Edm.String`, nullable.
    pub target_directory_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for SynchronizationRule {
    #[inline]
    fn default() -> Self {
        Self {
            editable: rt::Field::Absent,
            id: rt::Field::Absent,
            metadata: rt::Field::Absent,
            name: rt::Field::Absent,
            object_mappings: rt::Field::Absent,
            priority: rt::Field::Absent,
            source_directory_name: rt::Field::Absent,
            target_directory_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for SynchronizationRule {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationRule";
    const KEYS: &'static [&'static str] = &[
        "editable",
        "id",
        "metadata",
        "name",
        "objectMappings",
        "priority",
        "sourceDirectoryName",
        "targetDirectoryName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"editable\":                     ",
        ",\"id\":                           ",
        ",\"metadata\":                     ",
        ",\"name\":                         ",
        ",\"objectMappings\":               ",
        ",\"priority\":                     ",
        ",\"sourceDirectoryName\":          ",
        ",\"targetDirectoryName\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.synchronizationRule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "editable", &self.editable);
        v.field(1usize, "id", &self.id);
        v.field(2usize, "metadata", &self.metadata);
        v.field(3usize, "name", &self.name);
        v.field(4usize, "object_mappings", &self.object_mappings);
        v.field(5usize, "priority", &self.priority);
        v.field(6usize, "source_directory_name", &self.source_directory_name);
        v.field(7usize, "target_directory_name", &self.target_directory_name);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for SynchronizationRule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.editable.read_from(r),
            1usize => self.id.read_from(r),
            2usize => self.metadata.read_from(r),
            3usize => self.name.read_from(r),
            4usize => self.object_mappings.read_from(r),
            5usize => self.priority.read_from(r),
            6usize => self.source_directory_name.read_from(r),
            7usize => self.target_directory_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.editable);
        w.field(1usize, &self.id);
        w.field(2usize, &self.metadata);
        w.field(3usize, &self.name);
        w.field(4usize, &self.object_mappings);
        w.field(5usize, &self.priority);
        w.field(6usize, &self.source_directory_name);
        w.field(7usize, &self.target_directory_name);
    }
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
rt::impl_object!(SynchronizationRule);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SynchronizationRule { with_editable editable : bool; with_id id :
    ::std::string::String; with_metadata metadata : ::std::vec::Vec < crate
    ::beta::StringKeyStringValuePair >; with_name name : ::std::string::String;
    with_object_mappings object_mappings : ::std::vec::Vec < crate ::beta::ObjectMapping
    >; with_priority priority : i32; with_source_directory_name source_directory_name :
    ::std::string::String; with_target_directory_name target_directory_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationRule);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.synchronizationSchedule`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationSchedule {
    /// CSDL: property `expiration`: `Edm.DateTimeOffset`, nullable.
    pub expiration: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `interval`: `Edm.Duration`, not nullable.
    pub interval: rt::Field<rt::edm::Duration>,
    /// CSDL: property `state`: `microsoft.graph.synchronizationScheduleState`, not nullable.
    pub state: rt::Field<crate::beta::SynchronizationScheduleState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for SynchronizationSchedule {
    #[inline]
    fn default() -> Self {
        Self {
            expiration: rt::Field::Absent,
            interval: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for SynchronizationSchedule {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationSchedule";
    const KEYS: &'static [&'static str] = &["expiration", "interval", "state"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"expiration\":                   ",
        ",\"interval\":                     ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.synchronizationSchedule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "expiration", &self.expiration);
        v.field(1usize, "interval", &self.interval);
        v.field(2usize, "state", &self.state);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for SynchronizationSchedule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.expiration.read_from(r),
            1usize => self.interval.read_from(r),
            2usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.expiration);
        w.field(1usize, &self.interval);
        w.field(2usize, &self.state);
    }
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
rt::impl_object!(SynchronizationSchedule);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SynchronizationSchedule { with_expiration expiration : rt::edm::DateTimeOffset;
    with_interval interval : rt::edm::Duration; with_state state : crate
    ::beta::SynchronizationScheduleState; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationSchedule);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.synchronizationScheduleState`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SynchronizationScheduleState {
    /// `Active` (value 0).
    Active,
    /// `Disabled` (value 1).
    Disabled,
    /// `Paused` (value 2).
    Paused,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for SynchronizationScheduleState {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationScheduleState";
    const MEMBERS: &'static [&'static str] = &["Active", "Disabled", "Paused"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "Active" => Self::Active,
                "Disabled" => Self::Disabled,
                "Paused" => Self::Paused,
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
            Self::Active => "Active",
            Self::Disabled => "Disabled",
            Self::Paused => "Paused",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(SynchronizationScheduleState);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationScheduleState);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.synchronizationSchema`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SynchronizationSchemaPath`](requests/trait.SynchronizationSchemaPath.html), what a path to one (`EntityPath<SynchronizationSchema, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationSchema {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `synchronizationRules`: `Collection(microsoft.graph.synchronizationRule)`, nullable.
    pub synchronization_rules: rt::Field<
        ::std::vec::Vec<crate::beta::SynchronizationRule>,
    >,
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `directories`: `Collection(microsoft.graph.directoryDefinition)`, not nullable.
    pub directories: rt::Field<::std::vec::Vec<crate::beta::DirectoryDefinition>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for SynchronizationSchema {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            synchronization_rules: rt::Field::Absent,
            version: rt::Field::Absent,
            directories: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for SynchronizationSchema {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationSchema";
    const KEYS: &'static [&'static str] = &[
        "id",
        "synchronizationRules",
        "version",
        "directories",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"synchronizationRules\":         ",
        ",\"version\":                      ",
        ",\"directories\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.synchronizationSchema\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "synchronization_rules", &self.synchronization_rules);
        v.field(2usize, "version", &self.version);
        v.field(3usize, "directories", &self.directories);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for SynchronizationSchema {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.synchronization_rules.read_from(r),
            2usize => self.version.read_from(r),
            3usize => self.directories.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.synchronization_rules);
        w.field(2usize, &self.version);
        w.field(3usize, &self.directories);
    }
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
rt::impl_object!(SynchronizationSchema);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SynchronizationSchema { with_id id : ::std::string::String;
    with_synchronization_rules synchronization_rules : ::std::vec::Vec < crate
    ::beta::SynchronizationRule >; with_version version : ::std::string::String;
    with_directories directories : ::std::vec::Vec < crate ::beta::DirectoryDefinition >;
    }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationSchema);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.synchronizationSecret`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SynchronizationSecret {
    /// `None` (value 0).
    None,
    /// `UserName` (value 1).
    UserName,
    /// `Password` (value 2).
    Password,
    /// `SecretToken` (value 3).
    SecretToken,
    /// `AppKey` (value 4).
    AppKey,
    /// `BaseAddress` (value 5).
    BaseAddress,
    /// `ClientIdentifier` (value 6).
    ClientIdentifier,
    /// `ClientSecret` (value 7).
    ClientSecret,
    /// `SingleSignOnType` (value 11).
    SingleSignOnType,
    /// `Sandbox` (value 12).
    Sandbox,
    /// `Url` (value 13).
    Url,
    /// `Domain` (value 14).
    Domain,
    /// `ConsumerKey` (value 15).
    ConsumerKey,
    /// `ConsumerSecret` (value 16).
    ConsumerSecret,
    /// `TokenKey` (value 17).
    TokenKey,
    /// `TokenExpiration` (value 18).
    TokenExpiration,
    /// `Oauth2AccessToken` (value 19).
    Oauth2AccessToken,
    /// `Oauth2AccessTokenCreationTime` (value 20).
    Oauth2AccessTokenCreationTime,
    /// `Oauth2RefreshToken` (value 21).
    Oauth2RefreshToken,
    /// `SyncAll` (value 22).
    SyncAll,
    /// `InstanceName` (value 24).
    InstanceName,
    /// `Oauth2ClientId` (value 27).
    Oauth2ClientId,
    /// `Oauth2ClientSecret` (value 28).
    Oauth2ClientSecret,
    /// `CompanyId` (value 29).
    CompanyId,
    /// `UpdateKeyOnSoftDelete` (value 30).
    UpdateKeyOnSoftDelete,
    /// `SynchronizationSchedule` (value 33).
    SynchronizationSchedule,
    /// `SystemOfRecord` (value 34).
    SystemOfRecord,
    /// `SandboxName` (value 35).
    SandboxName,
    /// `EnforceDomain` (value 36).
    EnforceDomain,
    /// `SyncNotificationSettings` (value 37).
    SyncNotificationSettings,
    /// `SkipOutOfScopeDeletions` (value 40).
    SkipOutOfScopeDeletions,
    /// `Oauth2AuthorizationCode` (value 62).
    Oauth2AuthorizationCode,
    /// `Oauth2RedirectUri` (value 63).
    Oauth2RedirectUri,
    /// `ApplicationTemplateIdentifier` (value 64).
    ApplicationTemplateIdentifier,
    /// `Server` (value 70).
    Server,
    /// `PerformInboundEntitlementGrants` (value 100).
    PerformInboundEntitlementGrants,
    /// `HardDeletesEnabled` (value 101).
    HardDeletesEnabled,
    /// `SyncAgentCompatibilityKey` (value 102).
    SyncAgentCompatibilityKey,
    /// `SyncAgentADContainer` (value 103).
    SyncAgentAdContainer,
    /// `ValidateDomain` (value 206).
    ValidateDomain,
    /// `TestReferences` (value 207).
    TestReferences,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for SynchronizationSecret {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationSecret";
    const MEMBERS: &'static [&'static str] = &[
        "None",
        "UserName",
        "Password",
        "SecretToken",
        "AppKey",
        "BaseAddress",
        "ClientIdentifier",
        "ClientSecret",
        "SingleSignOnType",
        "Sandbox",
        "Url",
        "Domain",
        "ConsumerKey",
        "ConsumerSecret",
        "TokenKey",
        "TokenExpiration",
        "Oauth2AccessToken",
        "Oauth2AccessTokenCreationTime",
        "Oauth2RefreshToken",
        "SyncAll",
        "InstanceName",
        "Oauth2ClientId",
        "Oauth2ClientSecret",
        "CompanyId",
        "UpdateKeyOnSoftDelete",
        "SynchronizationSchedule",
        "SystemOfRecord",
        "SandboxName",
        "EnforceDomain",
        "SyncNotificationSettings",
        "SkipOutOfScopeDeletions",
        "Oauth2AuthorizationCode",
        "Oauth2RedirectUri",
        "ApplicationTemplateIdentifier",
        "Server",
        "PerformInboundEntitlementGrants",
        "HardDeletesEnabled",
        "SyncAgentCompatibilityKey",
        "SyncAgentADContainer",
        "ValidateDomain",
        "TestReferences",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "None" => Self::None,
                "UserName" => Self::UserName,
                "Password" => Self::Password,
                "SecretToken" => Self::SecretToken,
                "AppKey" => Self::AppKey,
                "BaseAddress" => Self::BaseAddress,
                "ClientIdentifier" => Self::ClientIdentifier,
                "ClientSecret" => Self::ClientSecret,
                "SingleSignOnType" => Self::SingleSignOnType,
                "Sandbox" => Self::Sandbox,
                "Url" => Self::Url,
                "Domain" => Self::Domain,
                "ConsumerKey" => Self::ConsumerKey,
                "ConsumerSecret" => Self::ConsumerSecret,
                "TokenKey" => Self::TokenKey,
                "TokenExpiration" => Self::TokenExpiration,
                "Oauth2AccessToken" => Self::Oauth2AccessToken,
                "Oauth2AccessTokenCreationTime" => Self::Oauth2AccessTokenCreationTime,
                "Oauth2RefreshToken" => Self::Oauth2RefreshToken,
                "SyncAll" => Self::SyncAll,
                "InstanceName" => Self::InstanceName,
                "Oauth2ClientId" => Self::Oauth2ClientId,
                "Oauth2ClientSecret" => Self::Oauth2ClientSecret,
                "CompanyId" => Self::CompanyId,
                "UpdateKeyOnSoftDelete" => Self::UpdateKeyOnSoftDelete,
                "SynchronizationSchedule" => Self::SynchronizationSchedule,
                "SystemOfRecord" => Self::SystemOfRecord,
                "SandboxName" => Self::SandboxName,
                "EnforceDomain" => Self::EnforceDomain,
                "SyncNotificationSettings" => Self::SyncNotificationSettings,
                "SkipOutOfScopeDeletions" => Self::SkipOutOfScopeDeletions,
                "Oauth2AuthorizationCode" => Self::Oauth2AuthorizationCode,
                "Oauth2RedirectUri" => Self::Oauth2RedirectUri,
                "ApplicationTemplateIdentifier" => Self::ApplicationTemplateIdentifier,
                "Server" => Self::Server,
                "PerformInboundEntitlementGrants" => {
                    Self::PerformInboundEntitlementGrants
                }
                "HardDeletesEnabled" => Self::HardDeletesEnabled,
                "SyncAgentCompatibilityKey" => Self::SyncAgentCompatibilityKey,
                "SyncAgentADContainer" => Self::SyncAgentAdContainer,
                "ValidateDomain" => Self::ValidateDomain,
                "TestReferences" => Self::TestReferences,
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
            Self::None => "None",
            Self::UserName => "UserName",
            Self::Password => "Password",
            Self::SecretToken => "SecretToken",
            Self::AppKey => "AppKey",
            Self::BaseAddress => "BaseAddress",
            Self::ClientIdentifier => "ClientIdentifier",
            Self::ClientSecret => "ClientSecret",
            Self::SingleSignOnType => "SingleSignOnType",
            Self::Sandbox => "Sandbox",
            Self::Url => "Url",
            Self::Domain => "Domain",
            Self::ConsumerKey => "ConsumerKey",
            Self::ConsumerSecret => "ConsumerSecret",
            Self::TokenKey => "TokenKey",
            Self::TokenExpiration => "TokenExpiration",
            Self::Oauth2AccessToken => "Oauth2AccessToken",
            Self::Oauth2AccessTokenCreationTime => "Oauth2AccessTokenCreationTime",
            Self::Oauth2RefreshToken => "Oauth2RefreshToken",
            Self::SyncAll => "SyncAll",
            Self::InstanceName => "InstanceName",
            Self::Oauth2ClientId => "Oauth2ClientId",
            Self::Oauth2ClientSecret => "Oauth2ClientSecret",
            Self::CompanyId => "CompanyId",
            Self::UpdateKeyOnSoftDelete => "UpdateKeyOnSoftDelete",
            Self::SynchronizationSchedule => "SynchronizationSchedule",
            Self::SystemOfRecord => "SystemOfRecord",
            Self::SandboxName => "SandboxName",
            Self::EnforceDomain => "EnforceDomain",
            Self::SyncNotificationSettings => "SyncNotificationSettings",
            Self::SkipOutOfScopeDeletions => "SkipOutOfScopeDeletions",
            Self::Oauth2AuthorizationCode => "Oauth2AuthorizationCode",
            Self::Oauth2RedirectUri => "Oauth2RedirectUri",
            Self::ApplicationTemplateIdentifier => "ApplicationTemplateIdentifier",
            Self::Server => "Server",
            Self::PerformInboundEntitlementGrants => "PerformInboundEntitlementGrants",
            Self::HardDeletesEnabled => "HardDeletesEnabled",
            Self::SyncAgentCompatibilityKey => "SyncAgentCompatibilityKey",
            Self::SyncAgentAdContainer => "SyncAgentADContainer",
            Self::ValidateDomain => "ValidateDomain",
            Self::TestReferences => "TestReferences",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(SynchronizationSecret);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationSecret);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.synchronizationSecretKeyStringValuePair`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationSecretKeyStringValuePair {
    /// CSDL: property `key`: `microsoft.graph.synchronizationSecret`, not nullable.
    pub key: rt::Field<crate::beta::SynchronizationSecret>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for SynchronizationSecretKeyStringValuePair {
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
impl rt::Object for SynchronizationSecretKeyStringValuePair {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationSecretKeyStringValuePair";
    const KEYS: &'static [&'static str] = &["key", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"key\":                          ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.synchronizationSecretKeyStringValuePair\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key", &self.key);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for SynchronizationSecretKeyStringValuePair {
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
rt::impl_object!(SynchronizationSecretKeyStringValuePair);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SynchronizationSecretKeyStringValuePair { with_key key : crate
    ::beta::SynchronizationSecret; with_value value : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationSecretKeyStringValuePair);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.synchronizationStatus`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationStatus {
    /// CSDL: property `code`: `microsoft.graph.synchronizationStatusCode`, not nullable.
    pub code: rt::Field<crate::beta::SynchronizationStatusCode>,
    /// CSDL: property `countSuccessiveCompleteFailures`: `Edm.Int64`, not nullable.
    pub count_successive_complete_failures: rt::Field<i64>,
    /// CSDL: property `escrowsPruned`: `Edm.Boolean`, not nullable.
    pub escrows_pruned: rt::Field<bool>,
    /// CSDL: property `lastExecution`: `microsoft.graph.synchronizationTaskExecution`, nullable.
    pub last_execution: rt::Field<crate::beta::SynchronizationTaskExecution>,
    /// CSDL: property `lastSuccessfulExecution`: `microsoft.graph.synchronizationTaskExecution`, nullable.
    pub last_successful_execution: rt::Field<crate::beta::SynchronizationTaskExecution>,
    /// CSDL: property `lastSuccessfulExecutionWithExports`: `microsoft.graph.synchronizationTaskExecution`, nullable.
    pub last_successful_execution_with_exports: rt::Field<
        crate::beta::SynchronizationTaskExecution,
    >,
    /// CSDL: property `progress`: `Collection(microsoft.graph.synchronizationProgress)`, nullable.
    pub progress: rt::Field<::std::vec::Vec<crate::beta::SynchronizationProgress>>,
    /// CSDL: property `quarantine`: `microsoft.graph.synchronizationQuarantine`, nullable.
    pub quarantine: rt::Field<crate::beta::SynchronizationQuarantine>,
    /// CSDL: property `steadyStateFirstAchievedTime`: `Edm.DateTimeOffset`, not nullable.
    pub steady_state_first_achieved_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `steadyStateLastAchievedTime`: `Edm.DateTimeOffset`, not nullable.
    pub steady_state_last_achieved_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `synchronizedEntryCountByType`: `Collection(microsoft.graph.stringKeyLongValuePair)`, nullable.
    pub synchronized_entry_count_by_type: rt::Field<
        ::std::vec::Vec<crate::beta::StringKeyLongValuePair>,
    >,
    /// CSDL: property `troubleshootingUrl`: `Edm.String`, nullable.
    pub troubleshooting_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for SynchronizationStatus {
    #[inline]
    fn default() -> Self {
        Self {
            code: rt::Field::Absent,
            count_successive_complete_failures: rt::Field::Absent,
            escrows_pruned: rt::Field::Absent,
            last_execution: rt::Field::Absent,
            last_successful_execution: rt::Field::Absent,
            last_successful_execution_with_exports: rt::Field::Absent,
            progress: rt::Field::Absent,
            quarantine: rt::Field::Absent,
            steady_state_first_achieved_time: rt::Field::Absent,
            steady_state_last_achieved_time: rt::Field::Absent,
            synchronized_entry_count_by_type: rt::Field::Absent,
            troubleshooting_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for SynchronizationStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationStatus";
    const KEYS: &'static [&'static str] = &[
        "code",
        "countSuccessiveCompleteFailures",
        "escrowsPruned",
        "lastExecution",
        "lastSuccessfulExecution",
        "lastSuccessfulExecutionWithExports",
        "progress",
        "quarantine",
        "steadyStateFirstAchievedTime",
        "steadyStateLastAchievedTime",
        "synchronizedEntryCountByType",
        "troubleshootingUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"code\":                         ",
        ",\"countSuccessiveCompleteFailures\":",
        ",\"escrowsPruned\":                ",
        ",\"lastExecution\":                ",
        ",\"lastSuccessfulExecution\":      ",
        ",\"lastSuccessfulExecutionWithExports\":",
        ",\"progress\":                     ",
        ",\"quarantine\":                   ",
        ",\"steadyStateFirstAchievedTime\": ",
        ",\"steadyStateLastAchievedTime\":  ",
        ",\"synchronizedEntryCountByType\": ",
        ",\"troubleshootingUrl\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.synchronizationStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "code", &self.code);
        v.field(
            1usize,
            "count_successive_complete_failures",
            &self.count_successive_complete_failures,
        );
        v.field(2usize, "escrows_pruned", &self.escrows_pruned);
        v.field(3usize, "last_execution", &self.last_execution);
        v.field(4usize, "last_successful_execution", &self.last_successful_execution);
        v.field(
            5usize,
            "last_successful_execution_with_exports",
            &self.last_successful_execution_with_exports,
        );
        v.field(6usize, "progress", &self.progress);
        v.field(7usize, "quarantine", &self.quarantine);
        v.field(
            8usize,
            "steady_state_first_achieved_time",
            &self.steady_state_first_achieved_time,
        );
        v.field(
            9usize,
            "steady_state_last_achieved_time",
            &self.steady_state_last_achieved_time,
        );
        v.field(
            10usize,
            "synchronized_entry_count_by_type",
            &self.synchronized_entry_count_by_type,
        );
        v.field(11usize, "troubleshooting_url", &self.troubleshooting_url);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for SynchronizationStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.code.read_from(r),
            1usize => self.count_successive_complete_failures.read_from(r),
            2usize => self.escrows_pruned.read_from(r),
            3usize => self.last_execution.read_from(r),
            4usize => self.last_successful_execution.read_from(r),
            5usize => self.last_successful_execution_with_exports.read_from(r),
            6usize => self.progress.read_from(r),
            7usize => self.quarantine.read_from(r),
            8usize => self.steady_state_first_achieved_time.read_from(r),
            9usize => self.steady_state_last_achieved_time.read_from(r),
            10usize => self.synchronized_entry_count_by_type.read_from(r),
            11usize => self.troubleshooting_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.code);
        w.field(1usize, &self.count_successive_complete_failures);
        w.field(2usize, &self.escrows_pruned);
        w.field(3usize, &self.last_execution);
        w.field(4usize, &self.last_successful_execution);
        w.field(5usize, &self.last_successful_execution_with_exports);
        w.field(6usize, &self.progress);
        w.field(7usize, &self.quarantine);
        w.field(8usize, &self.steady_state_first_achieved_time);
        w.field(9usize, &self.steady_state_last_achieved_time);
        w.field(10usize, &self.synchronized_entry_count_by_type);
        w.field(11usize, &self.troubleshooting_url);
    }
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
rt::impl_object!(SynchronizationStatus);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SynchronizationStatus { with_code code : crate ::beta::SynchronizationStatusCode;
    with_count_successive_complete_failures count_successive_complete_failures : i64;
    with_escrows_pruned escrows_pruned : bool; with_last_execution last_execution : crate
    ::beta::SynchronizationTaskExecution; with_last_successful_execution
    last_successful_execution : crate ::beta::SynchronizationTaskExecution;
    with_last_successful_execution_with_exports last_successful_execution_with_exports :
    crate ::beta::SynchronizationTaskExecution; with_progress progress : ::std::vec::Vec
    < crate ::beta::SynchronizationProgress >; with_quarantine quarantine : crate
    ::beta::SynchronizationQuarantine; with_steady_state_first_achieved_time
    steady_state_first_achieved_time : rt::edm::DateTimeOffset;
    with_steady_state_last_achieved_time steady_state_last_achieved_time :
    rt::edm::DateTimeOffset; with_synchronized_entry_count_by_type
    synchronized_entry_count_by_type : ::std::vec::Vec < crate
    ::beta::StringKeyLongValuePair >; with_troubleshooting_url troubleshooting_url :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationStatus);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.synchronizationStatusCode`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SynchronizationStatusCode {
    /// `NotConfigured` (value 0).
    NotConfigured,
    /// `NotRun` (value 1).
    NotRun,
    /// `Active` (value 2).
    Active,
    /// `Paused` (value 3).
    Paused,
    /// `Quarantine` (value 4).
    Quarantine,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for SynchronizationStatusCode {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationStatusCode";
    const MEMBERS: &'static [&'static str] = &[
        "NotConfigured",
        "NotRun",
        "Active",
        "Paused",
        "Quarantine",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "NotConfigured" => Self::NotConfigured,
                "NotRun" => Self::NotRun,
                "Active" => Self::Active,
                "Paused" => Self::Paused,
                "Quarantine" => Self::Quarantine,
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
            Self::NotConfigured => "NotConfigured",
            Self::NotRun => "NotRun",
            Self::Active => "Active",
            Self::Paused => "Paused",
            Self::Quarantine => "Quarantine",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(SynchronizationStatusCode);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationStatusCode);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.synchronizationTaskExecution`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationTaskExecution {
    /// CSDL: property `activityIdentifier`: `Edm.String`, nullable.
    pub activity_identifier: rt::Field<::std::string::String>,
    /// CSDL: property `countEntitled`: `Edm.Int64`, not nullable.
    pub count_entitled: rt::Field<i64>,
    /// CSDL: property `countEntitledForProvisioning`: `Edm.Int64`, not nullable.
    pub count_entitled_for_provisioning: rt::Field<i64>,
    /// CSDL: property `countEscrowed`: `Edm.Int64`, not nullable.
    pub count_escrowed: rt::Field<i64>,
    /// CSDL: property `countEscrowedRaw`: `Edm.Int64`, not nullable.
    pub count_escrowed_raw: rt::Field<i64>,
    /// CSDL: property `countExported`: `Edm.Int64`, not nullable.
    pub count_exported: rt::Field<i64>,
    /// CSDL: property `countExports`: `Edm.Int64`, not nullable.
    pub count_exports: rt::Field<i64>,
    /// CSDL: property `countImported`: `Edm.Int64`, not nullable.
    pub count_imported: rt::Field<i64>,
    /// CSDL: property `countImportedDeltas`: `Edm.Int64`, not nullable.
    pub count_imported_deltas: rt::Field<i64>,
    /// CSDL: property `countImportedReferenceDeltas`: `Edm.Int64`, not nullable.
    pub count_imported_reference_deltas: rt::Field<i64>,
    /// CSDL: property `error`: `microsoft.graph.synchronizationError`, nullable.
    pub error: rt::Field<crate::beta::SynchronizationError>,
    /// CSDL: property `state`: `microsoft.graph.synchronizationTaskExecutionResult`, not nullable.
    pub state: rt::Field<crate::beta::SynchronizationTaskExecutionResult>,
    /// CSDL: property `timeBegan`: `Edm.DateTimeOffset`, not nullable.
    pub time_began: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `timeEnded`: `Edm.DateTimeOffset`, not nullable.
    pub time_ended: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for SynchronizationTaskExecution {
    #[inline]
    fn default() -> Self {
        Self {
            activity_identifier: rt::Field::Absent,
            count_entitled: rt::Field::Absent,
            count_entitled_for_provisioning: rt::Field::Absent,
            count_escrowed: rt::Field::Absent,
            count_escrowed_raw: rt::Field::Absent,
            count_exported: rt::Field::Absent,
            count_exports: rt::Field::Absent,
            count_imported: rt::Field::Absent,
            count_imported_deltas: rt::Field::Absent,
            count_imported_reference_deltas: rt::Field::Absent,
            error: rt::Field::Absent,
            state: rt::Field::Absent,
            time_began: rt::Field::Absent,
            time_ended: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for SynchronizationTaskExecution {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationTaskExecution";
    const KEYS: &'static [&'static str] = &[
        "activityIdentifier",
        "countEntitled",
        "countEntitledForProvisioning",
        "countEscrowed",
        "countEscrowedRaw",
        "countExported",
        "countExports",
        "countImported",
        "countImportedDeltas",
        "countImportedReferenceDeltas",
        "error",
        "state",
        "timeBegan",
        "timeEnded",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"activityIdentifier\":           ",
        ",\"countEntitled\":                ",
        ",\"countEntitledForProvisioning\": ",
        ",\"countEscrowed\":                ",
        ",\"countEscrowedRaw\":             ",
        ",\"countExported\":                ",
        ",\"countExports\":                 ",
        ",\"countImported\":                ",
        ",\"countImportedDeltas\":          ",
        ",\"countImportedReferenceDeltas\": ",
        ",\"error\":                        ",
        ",\"state\":                        ",
        ",\"timeBegan\":                    ",
        ",\"timeEnded\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.synchronizationTaskExecution\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "activity_identifier", &self.activity_identifier);
        v.field(1usize, "count_entitled", &self.count_entitled);
        v.field(
            2usize,
            "count_entitled_for_provisioning",
            &self.count_entitled_for_provisioning,
        );
        v.field(3usize, "count_escrowed", &self.count_escrowed);
        v.field(4usize, "count_escrowed_raw", &self.count_escrowed_raw);
        v.field(5usize, "count_exported", &self.count_exported);
        v.field(6usize, "count_exports", &self.count_exports);
        v.field(7usize, "count_imported", &self.count_imported);
        v.field(8usize, "count_imported_deltas", &self.count_imported_deltas);
        v.field(
            9usize,
            "count_imported_reference_deltas",
            &self.count_imported_reference_deltas,
        );
        v.field(10usize, "error", &self.error);
        v.field(11usize, "state", &self.state);
        v.field(12usize, "time_began", &self.time_began);
        v.field(13usize, "time_ended", &self.time_ended);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for SynchronizationTaskExecution {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.activity_identifier.read_from(r),
            1usize => self.count_entitled.read_from(r),
            2usize => self.count_entitled_for_provisioning.read_from(r),
            3usize => self.count_escrowed.read_from(r),
            4usize => self.count_escrowed_raw.read_from(r),
            5usize => self.count_exported.read_from(r),
            6usize => self.count_exports.read_from(r),
            7usize => self.count_imported.read_from(r),
            8usize => self.count_imported_deltas.read_from(r),
            9usize => self.count_imported_reference_deltas.read_from(r),
            10usize => self.error.read_from(r),
            11usize => self.state.read_from(r),
            12usize => self.time_began.read_from(r),
            13usize => self.time_ended.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.activity_identifier);
        w.field(1usize, &self.count_entitled);
        w.field(2usize, &self.count_entitled_for_provisioning);
        w.field(3usize, &self.count_escrowed);
        w.field(4usize, &self.count_escrowed_raw);
        w.field(5usize, &self.count_exported);
        w.field(6usize, &self.count_exports);
        w.field(7usize, &self.count_imported);
        w.field(8usize, &self.count_imported_deltas);
        w.field(9usize, &self.count_imported_reference_deltas);
        w.field(10usize, &self.error);
        w.field(11usize, &self.state);
        w.field(12usize, &self.time_began);
        w.field(13usize, &self.time_ended);
    }
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
rt::impl_object!(SynchronizationTaskExecution);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SynchronizationTaskExecution { with_activity_identifier activity_identifier :
    ::std::string::String; with_count_entitled count_entitled : i64;
    with_count_entitled_for_provisioning count_entitled_for_provisioning : i64;
    with_count_escrowed count_escrowed : i64; with_count_escrowed_raw count_escrowed_raw
    : i64; with_count_exported count_exported : i64; with_count_exports count_exports :
    i64; with_count_imported count_imported : i64; with_count_imported_deltas
    count_imported_deltas : i64; with_count_imported_reference_deltas
    count_imported_reference_deltas : i64; with_error error : crate
    ::beta::SynchronizationError; with_state state : crate
    ::beta::SynchronizationTaskExecutionResult; with_time_began time_began :
    rt::edm::DateTimeOffset; with_time_ended time_ended : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationTaskExecution);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.synchronizationTaskExecutionResult`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SynchronizationTaskExecutionResult {
    /// `Succeeded` (value 0).
    Succeeded,
    /// `Failed` (value 1).
    Failed,
    /// `EntryLevelErrors` (value 2).
    EntryLevelErrors,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for SynchronizationTaskExecutionResult {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationTaskExecutionResult";
    const MEMBERS: &'static [&'static str] = &[
        "Succeeded",
        "Failed",
        "EntryLevelErrors",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "Succeeded" => Self::Succeeded,
                "Failed" => Self::Failed,
                "EntryLevelErrors" => Self::EntryLevelErrors,
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
            Self::Succeeded => "Succeeded",
            Self::Failed => "Failed",
            Self::EntryLevelErrors => "EntryLevelErrors",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(SynchronizationTaskExecutionResult);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationTaskExecutionResult);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.synchronizationTemplate`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SynchronizationTemplatePath`](requests/trait.SynchronizationTemplatePath.html), what a path to one (`EntityPath<SynchronizationTemplate, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationTemplate {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `applicationId`: `Edm.Guid`, not nullable.
    pub application_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `default`: `Edm.Boolean`, not nullable.
    pub default: rt::Field<bool>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `discoverable`: `Edm.Boolean`, not nullable.
    pub discoverable: rt::Field<bool>,
    /// CSDL: property `factoryTag`: `Edm.String`, nullable.
    pub factory_tag: rt::Field<::std::string::String>,
    /// CSDL: property `metadata`: `Collection(microsoft.graph.metadataEntry)`, nullable.
    pub metadata: rt::Field<::std::vec::Vec<crate::beta::MetadataEntry>>,
    /// CSDL: containment navigation property `schema`: `microsoft.graph.synchronizationSchema`, nullable.
    pub schema: rt::Field<crate::beta::SynchronizationSchema>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for SynchronizationTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            application_id: rt::Field::Absent,
            default: rt::Field::Absent,
            description: rt::Field::Absent,
            discoverable: rt::Field::Absent,
            factory_tag: rt::Field::Absent,
            metadata: rt::Field::Absent,
            schema: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for SynchronizationTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationTemplate";
    const KEYS: &'static [&'static str] = &[
        "id",
        "applicationId",
        "default",
        "description",
        "discoverable",
        "factoryTag",
        "metadata",
        "schema",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"applicationId\":                ",
        ",\"default\":                      ",
        ",\"description\":                  ",
        ",\"discoverable\":                 ",
        ",\"factoryTag\":                   ",
        ",\"metadata\":                     ",
        ",\"schema\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.synchronizationTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "application_id", &self.application_id);
        v.field(2usize, "default", &self.default);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "discoverable", &self.discoverable);
        v.field(5usize, "factory_tag", &self.factory_tag);
        v.field(6usize, "metadata", &self.metadata);
        v.field(7usize, "schema", &self.schema);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for SynchronizationTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.application_id.read_from(r),
            2usize => self.default.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.discoverable.read_from(r),
            5usize => self.factory_tag.read_from(r),
            6usize => self.metadata.read_from(r),
            7usize => self.schema.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.application_id);
        w.field(2usize, &self.default);
        w.field(3usize, &self.description);
        w.field(4usize, &self.discoverable);
        w.field(5usize, &self.factory_tag);
        w.field(6usize, &self.metadata);
        w.field(7usize, &self.schema);
    }
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
rt::impl_object!(SynchronizationTemplate);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SynchronizationTemplate { with_id id : ::std::string::String; with_application_id
    application_id : rt::edm::Guid; with_default default : bool; with_description
    description : ::std::string::String; with_discoverable discoverable : bool;
    with_factory_tag factory_tag : ::std::string::String; with_metadata metadata :
    ::std::vec::Vec < crate ::beta::MetadataEntry >; with_schema schema : crate
    ::beta::SynchronizationSchema; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationTemplate);
