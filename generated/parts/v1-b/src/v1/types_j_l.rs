//! Types of `microsoft.graph` by the first letters of their names (`j_l`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_any_area)]
/// Standard way to represent a Json blob on Graph.
///
/// CSDL: `microsoft.graph.Json`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct Json {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for Json {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for Json {
    const TYPE_NAME: &'static str = "microsoft.graph.Json";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.Json\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for Json {
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
rt::impl_object!(Json);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(Json);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.keyCredentialConfiguration`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct KeyCredentialConfiguration {
    /// CSDL: property `excludeActors`: `microsoft.graph.appManagementPolicyActorExemptions`, nullable.
    pub exclude_actors: rt::Field<crate::v1::AppManagementPolicyActorExemptions>,
    /// CSDL: property `maxLifetime`: `Edm.Duration`, nullable.
    pub max_lifetime: rt::Field<rt::edm::Duration>,
    /// CSDL: property `restrictForAppsCreatedAfterDateTime`: `Edm.DateTimeOffset`, nullable.
    pub restrict_for_apps_created_after_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `restrictionType`: `microsoft.graph.appKeyCredentialRestrictionType`, nullable.
    pub restriction_type: rt::Field<crate::v1::AppKeyCredentialRestrictionType>,
    /// CSDL: property `state`: `microsoft.graph.appManagementRestrictionState`, not nullable.
    pub state: rt::Field<crate::v1::AppManagementRestrictionState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for KeyCredentialConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            exclude_actors: rt::Field::Absent,
            max_lifetime: rt::Field::Absent,
            restrict_for_apps_created_after_date_time: rt::Field::Absent,
            restriction_type: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for KeyCredentialConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.keyCredentialConfiguration";
    const KEYS: &'static [&'static str] = &[
        "excludeActors",
        "maxLifetime",
        "restrictForAppsCreatedAfterDateTime",
        "restrictionType",
        "state",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"excludeActors\":                ",
        ",\"maxLifetime\":                  ",
        ",\"restrictForAppsCreatedAfterDateTime\":",
        ",\"restrictionType\":              ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.keyCredentialConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "exclude_actors", &self.exclude_actors);
        v.field(1usize, "max_lifetime", &self.max_lifetime);
        v.field(
            2usize,
            "restrict_for_apps_created_after_date_time",
            &self.restrict_for_apps_created_after_date_time,
        );
        v.field(3usize, "restriction_type", &self.restriction_type);
        v.field(4usize, "state", &self.state);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for KeyCredentialConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.exclude_actors.read_from(r),
            1usize => self.max_lifetime.read_from(r),
            2usize => self.restrict_for_apps_created_after_date_time.read_from(r),
            3usize => self.restriction_type.read_from(r),
            4usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.exclude_actors);
        w.field(1usize, &self.max_lifetime);
        w.field(2usize, &self.restrict_for_apps_created_after_date_time);
        w.field(3usize, &self.restriction_type);
        w.field(4usize, &self.state);
    }
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
rt::impl_object!(KeyCredentialConfiguration);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    KeyCredentialConfiguration { with_exclude_actors exclude_actors : crate
    ::v1::AppManagementPolicyActorExemptions; with_max_lifetime max_lifetime :
    rt::edm::Duration; with_restrict_for_apps_created_after_date_time
    restrict_for_apps_created_after_date_time : rt::edm::DateTimeOffset;
    with_restriction_type restriction_type : crate ::v1::AppKeyCredentialRestrictionType;
    with_state state : crate ::v1::AppManagementRestrictionState; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(KeyCredentialConfiguration);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.labelContentRight`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`LabelContentRightPath`](requests/trait.LabelContentRightPath.html), what a path to one (`EntityPath<LabelContentRight, C>`) dereferences to.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct LabelContentRight {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `cid`: `Edm.String`, nullable.
    pub cid: rt::Field<::std::string::String>,
    /// CSDL: property `format`: `Edm.String`, nullable.
    pub format: rt::Field<::std::string::String>,
    /// CSDL: property `rights`: `microsoft.graph.usageRights`, not nullable.
    pub rights: rt::Field<rt::Flags<crate::v1::UsageRights>>,
    /// CSDL: navigation property `label`: `microsoft.graph.sensitivityLabel`, not nullable.
    pub label: rt::Field<crate::v1::SensitivityLabel>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for LabelContentRight {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            cid: rt::Field::Absent,
            format: rt::Field::Absent,
            rights: rt::Field::Absent,
            label: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for LabelContentRight {
    const TYPE_NAME: &'static str = "microsoft.graph.labelContentRight";
    const KEYS: &'static [&'static str] = &["id", "cid", "format", "rights", "label"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"cid\":                          ",
        ",\"format\":                       ",
        ",\"rights\":                       ",
        ",\"label\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.labelContentRight\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "cid", &self.cid);
        v.field(2usize, "format", &self.format);
        v.field(3usize, "rights", &self.rights);
        v.field(4usize, "label", &self.label);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for LabelContentRight {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.cid.read_from(r),
            2usize => self.format.read_from(r),
            3usize => self.rights.read_from(r),
            4usize => self.label.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.cid);
        w.field(2usize, &self.format);
        w.field(3usize, &self.rights);
        w.field(4usize, &self.label);
    }
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
rt::impl_object!(LabelContentRight);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    LabelContentRight { with_id id : ::std::string::String; with_cid cid :
    ::std::string::String; with_format format : ::std::string::String; with_rights rights
    : rt::Flags < crate ::v1::UsageRights >; with_label label : crate
    ::v1::SensitivityLabel; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(LabelContentRight);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.landingPage`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`LandingPagePath`](requests/trait.LandingPagePath.html), what a path to one (`EntityPath<LandingPage, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct LandingPage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.emailIdentity`, nullable.
    pub created_by: rt::Field<crate::v1::EmailIdentity>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.emailIdentity`, nullable.
    pub last_modified_by: rt::Field<crate::v1::EmailIdentity>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `locale`: `Edm.String`, nullable.
    pub locale: rt::Field<::std::string::String>,
    /// CSDL: property `source`: `microsoft.graph.simulationContentSource`, nullable.
    pub source: rt::Field<crate::v1::SimulationContentSource>,
    /// CSDL: property `status`: `microsoft.graph.simulationContentStatus`, nullable.
    pub status: rt::Field<crate::v1::SimulationContentStatus>,
    /// CSDL: property `supportedLocales`: `Collection(Edm.String)`, nullable.
    pub supported_locales: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: containment navigation property `details`: `Collection(microsoft.graph.landingPageDetail)`, not nullable.
    pub details: rt::Field<::std::vec::Vec<crate::v1::LandingPageDetail>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for LandingPage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            locale: rt::Field::Absent,
            source: rt::Field::Absent,
            status: rt::Field::Absent,
            supported_locales: rt::Field::Absent,
            details: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for LandingPage {
    const TYPE_NAME: &'static str = "microsoft.graph.landingPage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "locale",
        "source",
        "status",
        "supportedLocales",
        "details",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"locale\":                       ",
        ",\"source\":                       ",
        ",\"status\":                       ",
        ",\"supportedLocales\":             ",
        ",\"details\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.landingPage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "locale", &self.locale);
        v.field(8usize, "source", &self.source);
        v.field(9usize, "status", &self.status);
        v.field(10usize, "supported_locales", &self.supported_locales);
        v.field(11usize, "details", &self.details);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for LandingPage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.locale.read_from(r),
            8usize => self.source.read_from(r),
            9usize => self.status.read_from(r),
            10usize => self.supported_locales.read_from(r),
            11usize => self.details.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.locale);
        w.field(8usize, &self.source);
        w.field(9usize, &self.status);
        w.field(10usize, &self.supported_locales);
        w.field(11usize, &self.details);
    }
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
rt::impl_object!(LandingPage);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    LandingPage { with_id id : ::std::string::String; with_created_by created_by : crate
    ::v1::EmailIdentity; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_last_modified_by
    last_modified_by : crate ::v1::EmailIdentity; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_locale locale :
    ::std::string::String; with_source source : crate ::v1::SimulationContentSource;
    with_status status : crate ::v1::SimulationContentStatus; with_supported_locales
    supported_locales : ::std::vec::Vec < ::std::string::String >; with_details details :
    ::std::vec::Vec < crate ::v1::LandingPageDetail >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(LandingPage);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.landingPageDetail`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct LandingPageDetail {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `content`: `Edm.String`, not nullable.
    pub content: rt::Field<::std::string::String>,
    /// CSDL: property `isDefaultLangauge`: `Edm.Boolean`, nullable.
    pub is_default_langauge: rt::Field<bool>,
    /// CSDL: property `language`: `Edm.String`, not nullable.
    pub language: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for LandingPageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            content: rt::Field::Absent,
            is_default_langauge: rt::Field::Absent,
            language: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for LandingPageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.landingPageDetail";
    const KEYS: &'static [&'static str] = &[
        "id",
        "content",
        "isDefaultLangauge",
        "language",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"content\":                      ",
        ",\"isDefaultLangauge\":            ",
        ",\"language\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.landingPageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "content", &self.content);
        v.field(2usize, "is_default_langauge", &self.is_default_langauge);
        v.field(3usize, "language", &self.language);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for LandingPageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.content.read_from(r),
            2usize => self.is_default_langauge.read_from(r),
            3usize => self.language.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.content);
        w.field(2usize, &self.is_default_langauge);
        w.field(3usize, &self.language);
    }
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
rt::impl_object!(LandingPageDetail);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    LandingPageDetail { with_id id : ::std::string::String; with_content content :
    ::std::string::String; with_is_default_langauge is_default_langauge : bool;
    with_language language : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(LandingPageDetail);
#[cfg(msgraph_v1_employee_experience_or_search)]
/// CSDL: `microsoft.graph.learningAssignment`, entity type, derived from `microsoft.graph.learningCourseActivity`, key `id`.
///
/// Request builders: [`LearningAssignmentPath`](requests/trait.LearningAssignmentPath.html), what a path to one (`EntityPath<LearningAssignment, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-employee-experience`, `v1-search`.
#[derive(Clone)]
pub struct LearningAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `completedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `completionPercentage`: `Edm.Int32`, nullable.
    pub completion_percentage: rt::Field<i32>,
    /// CSDL: property `externalcourseActivityId`: `Edm.String`, nullable.
    pub externalcourse_activity_id: rt::Field<::std::string::String>,
    /// CSDL: property `learnerUserId`: `Edm.String`, not nullable.
    pub learner_user_id: rt::Field<::std::string::String>,
    /// CSDL: property `learningContentId`: `Edm.String`, not nullable.
    pub learning_content_id: rt::Field<::std::string::String>,
    /// CSDL: property `learningProviderId`: `Edm.String`, nullable.
    pub learning_provider_id: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.courseStatus`, nullable.
    pub status: rt::Field<crate::v1::CourseStatus>,
    /// CSDL: property `assignedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub assigned_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `assignerUserId`: `Edm.String`, nullable.
    pub assigner_user_id: rt::Field<::std::string::String>,
    /// CSDL: property `assignmentType`: `microsoft.graph.assignmentType`, not nullable.
    pub assignment_type: rt::Field<crate::v1::AssignmentType>,
    /// CSDL: property `dueDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub due_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `notes`: `microsoft.graph.itemBody`, nullable.
    pub notes: rt::Field<crate::v1::ItemBody>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_employee_experience_or_search)]
impl ::std::default::Default for LearningAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            completed_date_time: rt::Field::Absent,
            completion_percentage: rt::Field::Absent,
            externalcourse_activity_id: rt::Field::Absent,
            learner_user_id: rt::Field::Absent,
            learning_content_id: rt::Field::Absent,
            learning_provider_id: rt::Field::Absent,
            status: rt::Field::Absent,
            assigned_date_time: rt::Field::Absent,
            assigner_user_id: rt::Field::Absent,
            assignment_type: rt::Field::Absent,
            due_date_time: rt::Field::Absent,
            notes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_employee_experience_or_search)]
impl rt::Object for LearningAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.learningAssignment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "completedDateTime",
        "completionPercentage",
        "externalcourseActivityId",
        "learnerUserId",
        "learningContentId",
        "learningProviderId",
        "status",
        "assignedDateTime",
        "assignerUserId",
        "assignmentType",
        "dueDateTime",
        "notes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"completedDateTime\":            ",
        ",\"completionPercentage\":         ",
        ",\"externalcourseActivityId\":     ",
        ",\"learnerUserId\":                ",
        ",\"learningContentId\":            ",
        ",\"learningProviderId\":           ",
        ",\"status\":                       ",
        ",\"assignedDateTime\":             ",
        ",\"assignerUserId\":               ",
        ",\"assignmentType\":               ",
        ",\"dueDateTime\":                  ",
        ",\"notes\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.learningAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "completed_date_time", &self.completed_date_time);
        v.field(2usize, "completion_percentage", &self.completion_percentage);
        v.field(3usize, "externalcourse_activity_id", &self.externalcourse_activity_id);
        v.field(4usize, "learner_user_id", &self.learner_user_id);
        v.field(5usize, "learning_content_id", &self.learning_content_id);
        v.field(6usize, "learning_provider_id", &self.learning_provider_id);
        v.field(7usize, "status", &self.status);
        v.field(8usize, "assigned_date_time", &self.assigned_date_time);
        v.field(9usize, "assigner_user_id", &self.assigner_user_id);
        v.field(10usize, "assignment_type", &self.assignment_type);
        v.field(11usize, "due_date_time", &self.due_date_time);
        v.field(12usize, "notes", &self.notes);
    }
}
#[cfg(msgraph_v1_employee_experience_or_search)]
impl rt::object::Members for LearningAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.completed_date_time.read_from(r),
            2usize => self.completion_percentage.read_from(r),
            3usize => self.externalcourse_activity_id.read_from(r),
            4usize => self.learner_user_id.read_from(r),
            5usize => self.learning_content_id.read_from(r),
            6usize => self.learning_provider_id.read_from(r),
            7usize => self.status.read_from(r),
            8usize => self.assigned_date_time.read_from(r),
            9usize => self.assigner_user_id.read_from(r),
            10usize => self.assignment_type.read_from(r),
            11usize => self.due_date_time.read_from(r),
            12usize => self.notes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.completed_date_time);
        w.field(2usize, &self.completion_percentage);
        w.field(3usize, &self.externalcourse_activity_id);
        w.field(4usize, &self.learner_user_id);
        w.field(5usize, &self.learning_content_id);
        w.field(6usize, &self.learning_provider_id);
        w.field(7usize, &self.status);
        w.field(8usize, &self.assigned_date_time);
        w.field(9usize, &self.assigner_user_id);
        w.field(10usize, &self.assignment_type);
        w.field(11usize, &self.due_date_time);
        w.field(12usize, &self.notes);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_employee_experience_or_search)]
rt::impl_object!(LearningAssignment);
#[cfg(msgraph_v1_employee_experience_or_search)]
rt::impl_setters!(
    LearningAssignment { with_id id : ::std::string::String; with_completed_date_time
    completed_date_time : rt::edm::DateTimeOffset; with_completion_percentage
    completion_percentage : i32; with_externalcourse_activity_id
    externalcourse_activity_id : ::std::string::String; with_learner_user_id
    learner_user_id : ::std::string::String; with_learning_content_id learning_content_id
    : ::std::string::String; with_learning_provider_id learning_provider_id :
    ::std::string::String; with_status status : crate ::v1::CourseStatus;
    with_assigned_date_time assigned_date_time : rt::edm::DateTimeOffset;
    with_assigner_user_id assigner_user_id : ::std::string::String; with_assignment_type
    assignment_type : crate ::v1::AssignmentType; with_due_date_time due_date_time :
    crate ::v1::DateTimeTimeZone; with_notes notes : crate ::v1::ItemBody; }
);
#[cfg(msgraph_v1_employee_experience_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(LearningAssignment);
#[cfg(msgraph_v1_employee_experience_or_search)]
/// CSDL: `microsoft.graph.learningContent`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-employee-experience`, `v1-search`.
#[derive(Clone)]
pub struct LearningContent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `additionalTags`: `Collection(Edm.String)`, nullable.
    pub additional_tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `contentWebUrl`: `Edm.String`, not nullable.
    pub content_web_url: rt::Field<::std::string::String>,
    /// CSDL: property `contributors`: `Collection(Edm.String)`, nullable.
    pub contributors: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `duration`: `Edm.Duration`, nullable.
    pub duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `externalId`: `Edm.String`, not nullable.
    pub external_id: rt::Field<::std::string::String>,
    /// CSDL: property `format`: `Edm.String`, nullable.
    pub format: rt::Field<::std::string::String>,
    /// CSDL: property `isActive`: `Edm.Boolean`, nullable.
    pub is_active: rt::Field<bool>,
    /// CSDL: property `isPremium`: `Edm.Boolean`, nullable.
    pub is_premium: rt::Field<bool>,
    /// CSDL: property `isSearchable`: `Edm.Boolean`, nullable.
    pub is_searchable: rt::Field<bool>,
    /// CSDL: property `languageTag`: `Edm.String`, not nullable.
    pub language_tag: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `level`: `microsoft.graph.level`, nullable.
    pub level: rt::Field<crate::v1::Level>,
    /// CSDL: property `numberOfPages`: `Edm.Int32`, nullable.
    pub number_of_pages: rt::Field<i32>,
    /// CSDL: property `skillTags`: `Collection(Edm.String)`, nullable.
    pub skill_tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `sourceName`: `Edm.String`, nullable.
    pub source_name: rt::Field<::std::string::String>,
    /// CSDL: property `thumbnailWebUrl`: `Edm.String`, nullable.
    pub thumbnail_web_url: rt::Field<::std::string::String>,
    /// CSDL: property `title`: `Edm.String`, not nullable.
    pub title: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_employee_experience_or_search)]
impl ::std::default::Default for LearningContent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            additional_tags: rt::Field::Absent,
            content_web_url: rt::Field::Absent,
            contributors: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            duration: rt::Field::Absent,
            external_id: rt::Field::Absent,
            format: rt::Field::Absent,
            is_active: rt::Field::Absent,
            is_premium: rt::Field::Absent,
            is_searchable: rt::Field::Absent,
            language_tag: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            level: rt::Field::Absent,
            number_of_pages: rt::Field::Absent,
            skill_tags: rt::Field::Absent,
            source_name: rt::Field::Absent,
            thumbnail_web_url: rt::Field::Absent,
            title: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_employee_experience_or_search)]
impl rt::Object for LearningContent {
    const TYPE_NAME: &'static str = "microsoft.graph.learningContent";
    const KEYS: &'static [&'static str] = &[
        "id",
        "additionalTags",
        "contentWebUrl",
        "contributors",
        "createdDateTime",
        "description",
        "duration",
        "externalId",
        "format",
        "isActive",
        "isPremium",
        "isSearchable",
        "languageTag",
        "lastModifiedDateTime",
        "level",
        "numberOfPages",
        "skillTags",
        "sourceName",
        "thumbnailWebUrl",
        "title",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"additionalTags\":               ",
        ",\"contentWebUrl\":                ",
        ",\"contributors\":                 ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"duration\":                     ",
        ",\"externalId\":                   ",
        ",\"format\":                       ",
        ",\"isActive\":                     ",
        ",\"isPremium\":                    ",
        ",\"isSearchable\":                 ",
        ",\"languageTag\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"level\":                        ",
        ",\"numberOfPages\":                ",
        ",\"skillTags\":                    ",
        ",\"sourceName\":                   ",
        ",\"thumbnailWebUrl\":              ",
        ",\"title\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.learningContent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "additional_tags", &self.additional_tags);
        v.field(2usize, "content_web_url", &self.content_web_url);
        v.field(3usize, "contributors", &self.contributors);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "description", &self.description);
        v.field(6usize, "duration", &self.duration);
        v.field(7usize, "external_id", &self.external_id);
        v.field(8usize, "format", &self.format);
        v.field(9usize, "is_active", &self.is_active);
        v.field(10usize, "is_premium", &self.is_premium);
        v.field(11usize, "is_searchable", &self.is_searchable);
        v.field(12usize, "language_tag", &self.language_tag);
        v.field(13usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(14usize, "level", &self.level);
        v.field(15usize, "number_of_pages", &self.number_of_pages);
        v.field(16usize, "skill_tags", &self.skill_tags);
        v.field(17usize, "source_name", &self.source_name);
        v.field(18usize, "thumbnail_web_url", &self.thumbnail_web_url);
        v.field(19usize, "title", &self.title);
    }
}
#[cfg(msgraph_v1_employee_experience_or_search)]
impl rt::object::Members for LearningContent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.additional_tags.read_from(r),
            2usize => self.content_web_url.read_from(r),
            3usize => self.contributors.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.description.read_from(r),
            6usize => self.duration.read_from(r),
            7usize => self.external_id.read_from(r),
            8usize => self.format.read_from(r),
            9usize => self.is_active.read_from(r),
            10usize => self.is_premium.read_from(r),
            11usize => self.is_searchable.read_from(r),
            12usize => self.language_tag.read_from(r),
            13usize => self.last_modified_date_time.read_from(r),
            14usize => self.level.read_from(r),
            15usize => self.number_of_pages.read_from(r),
            16usize => self.skill_tags.read_from(r),
            17usize => self.source_name.read_from(r),
            18usize => self.thumbnail_web_url.read_from(r),
            19usize => self.title.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.additional_tags);
        w.field(2usize, &self.content_web_url);
        w.field(3usize, &self.contributors);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.description);
        w.field(6usize, &self.duration);
        w.field(7usize, &self.external_id);
        w.field(8usize, &self.format);
        w.field(9usize, &self.is_active);
        w.field(10usize, &self.is_premium);
        w.field(11usize, &self.is_searchable);
        w.field(12usize, &self.language_tag);
        w.field(13usize, &self.last_modified_date_time);
        w.field(14usize, &self.level);
        w.field(15usize, &self.number_of_pages);
        w.field(16usize, &self.skill_tags);
        w.field(17usize, &self.source_name);
        w.field(18usize, &self.thumbnail_web_url);
        w.field(19usize, &self.title);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_employee_experience_or_search)]
rt::impl_object!(LearningContent);
#[cfg(msgraph_v1_employee_experience_or_search)]
rt::impl_setters!(
    LearningContent { with_id id : ::std::string::String; with_additional_tags
    additional_tags : ::std::vec::Vec < ::std::string::String >; with_content_web_url
    content_web_url : ::std::string::String; with_contributors contributors :
    ::std::vec::Vec < ::std::string::String >; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_duration duration : rt::edm::Duration; with_external_id external_id :
    ::std::string::String; with_format format : ::std::string::String; with_is_active
    is_active : bool; with_is_premium is_premium : bool; with_is_searchable is_searchable
    : bool; with_language_tag language_tag : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_level level : crate ::v1::Level; with_number_of_pages number_of_pages : i32;
    with_skill_tags skill_tags : ::std::vec::Vec < ::std::string::String >;
    with_source_name source_name : ::std::string::String; with_thumbnail_web_url
    thumbnail_web_url : ::std::string::String; with_title title : ::std::string::String;
    }
);
#[cfg(msgraph_v1_employee_experience_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(LearningContent);
#[cfg(msgraph_v1_employee_experience_or_search)]
/// CSDL: `microsoft.graph.learningCourseActivity`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-employee-experience`, `v1-search`.
#[derive(Clone)]
pub struct LearningCourseActivity {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `completedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `completionPercentage`: `Edm.Int32`, nullable.
    pub completion_percentage: rt::Field<i32>,
    /// CSDL: property `externalcourseActivityId`: `Edm.String`, nullable.
    pub externalcourse_activity_id: rt::Field<::std::string::String>,
    /// CSDL: property `learnerUserId`: `Edm.String`, not nullable.
    pub learner_user_id: rt::Field<::std::string::String>,
    /// CSDL: property `learningContentId`: `Edm.String`, not nullable.
    pub learning_content_id: rt::Field<::std::string::String>,
    /// CSDL: property `learningProviderId`: `Edm.String`, nullable.
    pub learning_provider_id: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.courseStatus`, nullable.
    pub status: rt::Field<crate::v1::CourseStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_employee_experience_or_search)]
impl ::std::default::Default for LearningCourseActivity {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            completed_date_time: rt::Field::Absent,
            completion_percentage: rt::Field::Absent,
            externalcourse_activity_id: rt::Field::Absent,
            learner_user_id: rt::Field::Absent,
            learning_content_id: rt::Field::Absent,
            learning_provider_id: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_employee_experience_or_search)]
impl rt::Object for LearningCourseActivity {
    const TYPE_NAME: &'static str = "microsoft.graph.learningCourseActivity";
    const KEYS: &'static [&'static str] = &[
        "id",
        "completedDateTime",
        "completionPercentage",
        "externalcourseActivityId",
        "learnerUserId",
        "learningContentId",
        "learningProviderId",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"completedDateTime\":            ",
        ",\"completionPercentage\":         ",
        ",\"externalcourseActivityId\":     ",
        ",\"learnerUserId\":                ",
        ",\"learningContentId\":            ",
        ",\"learningProviderId\":           ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.learningCourseActivity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "completed_date_time", &self.completed_date_time);
        v.field(2usize, "completion_percentage", &self.completion_percentage);
        v.field(3usize, "externalcourse_activity_id", &self.externalcourse_activity_id);
        v.field(4usize, "learner_user_id", &self.learner_user_id);
        v.field(5usize, "learning_content_id", &self.learning_content_id);
        v.field(6usize, "learning_provider_id", &self.learning_provider_id);
        v.field(7usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_employee_experience_or_search)]
impl rt::object::Members for LearningCourseActivity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.completed_date_time.read_from(r),
            2usize => self.completion_percentage.read_from(r),
            3usize => self.externalcourse_activity_id.read_from(r),
            4usize => self.learner_user_id.read_from(r),
            5usize => self.learning_content_id.read_from(r),
            6usize => self.learning_provider_id.read_from(r),
            7usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.completed_date_time);
        w.field(2usize, &self.completion_percentage);
        w.field(3usize, &self.externalcourse_activity_id);
        w.field(4usize, &self.learner_user_id);
        w.field(5usize, &self.learning_content_id);
        w.field(6usize, &self.learning_provider_id);
        w.field(7usize, &self.status);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_employee_experience_or_search)]
rt::impl_object!(LearningCourseActivity);
#[cfg(msgraph_v1_employee_experience_or_search)]
rt::impl_setters!(
    LearningCourseActivity { with_id id : ::std::string::String; with_completed_date_time
    completed_date_time : rt::edm::DateTimeOffset; with_completion_percentage
    completion_percentage : i32; with_externalcourse_activity_id
    externalcourse_activity_id : ::std::string::String; with_learner_user_id
    learner_user_id : ::std::string::String; with_learning_content_id learning_content_id
    : ::std::string::String; with_learning_provider_id learning_provider_id :
    ::std::string::String; with_status status : crate ::v1::CourseStatus; }
);
#[cfg(msgraph_v1_employee_experience_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(LearningCourseActivity);
#[cfg(msgraph_v1_employee_experience_or_search)]
/// `microsoft.graph.learningCourseActivity` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-employee-experience`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyLearningCourseActivity {
    LearningCourseActivity(::std::boxed::Box<crate::v1::LearningCourseActivity>),
    LearningAssignment(::std::boxed::Box<crate::v1::LearningAssignment>),
    LearningSelfInitiatedCourse(
        ::std::boxed::Box<crate::v1::LearningSelfInitiatedCourse>,
    ),
}
#[cfg(msgraph_v1_employee_experience_or_search)]
impl ::std::default::Default for AnyLearningCourseActivity {
    #[inline]
    fn default() -> Self {
        Self::LearningCourseActivity(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_employee_experience_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::LearningCourseActivity>
for AnyLearningCourseActivity {
    #[inline]
    fn from(v: crate::v1::LearningCourseActivity) -> Self {
        Self::LearningCourseActivity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_employee_experience_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::LearningAssignment> for AnyLearningCourseActivity {
    #[inline]
    fn from(v: crate::v1::LearningAssignment) -> Self {
        Self::LearningAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_employee_experience_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::LearningSelfInitiatedCourse>
for AnyLearningCourseActivity {
    #[inline]
    fn from(v: crate::v1::LearningSelfInitiatedCourse) -> Self {
        Self::LearningSelfInitiatedCourse(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_employee_experience_or_search)]
unsafe impl ::std::marker::Send for AnyLearningCourseActivity {}
#[cfg(msgraph_v1_employee_experience_or_search)]
unsafe impl ::std::marker::Sync for AnyLearningCourseActivity {}
#[cfg(msgraph_v1_employee_experience_or_search)]
impl ::std::marker::Unpin for AnyLearningCourseActivity {}
#[cfg(msgraph_v1_employee_experience_or_search)]
impl ::std::panic::UnwindSafe for AnyLearningCourseActivity {}
#[cfg(msgraph_v1_employee_experience_or_search)]
impl ::std::panic::RefUnwindSafe for AnyLearningCourseActivity {}
#[cfg(msgraph_v1_employee_experience_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::LearningCourseActivity>();
    rt::object::auto_traits::<crate::v1::LearningAssignment>();
    rt::object::auto_traits::<crate::v1::LearningSelfInitiatedCourse>();
};
#[cfg(msgraph_v1_employee_experience_or_search)]
impl rt::Poly for AnyLearningCourseActivity {
    const BASE_NAME: &'static str = "microsoft.graph.learningCourseActivity";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.learningAssignment") => {
                Self::LearningAssignment(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.learningSelfInitiatedCourse",
            ) => Self::LearningSelfInitiatedCourse(rt::object::new_boxed()),
            _ => Self::LearningCourseActivity(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::LearningCourseActivity(v) => &**v,
            Self::LearningAssignment(v) => &**v,
            Self::LearningSelfInitiatedCourse(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::LearningCourseActivity(v) => &mut **v,
            Self::LearningAssignment(v) => &mut **v,
            Self::LearningSelfInitiatedCourse(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_employee_experience_or_search)]
impl AnyLearningCourseActivity {
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
            Self::LearningCourseActivity(v) => &v.id,
            Self::LearningAssignment(v) => &v.id,
            Self::LearningSelfInitiatedCourse(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::LearningCourseActivity(v) => &mut v.id,
            Self::LearningAssignment(v) => &mut v.id,
            Self::LearningSelfInitiatedCourse(v) => &mut v.id,
        }
    }
    /// `completedDateTime` of any variant.
    #[inline]
    pub fn completed_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::LearningCourseActivity(v) => &v.completed_date_time,
            Self::LearningAssignment(v) => &v.completed_date_time,
            Self::LearningSelfInitiatedCourse(v) => &v.completed_date_time,
        }
    }
    /// `completedDateTime` of any variant.
    #[inline]
    pub fn completed_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::LearningCourseActivity(v) => &mut v.completed_date_time,
            Self::LearningAssignment(v) => &mut v.completed_date_time,
            Self::LearningSelfInitiatedCourse(v) => &mut v.completed_date_time,
        }
    }
    /// `completionPercentage` of any variant.
    #[inline]
    pub fn completion_percentage(&self) -> &rt::Field<i32> {
        match self {
            Self::LearningCourseActivity(v) => &v.completion_percentage,
            Self::LearningAssignment(v) => &v.completion_percentage,
            Self::LearningSelfInitiatedCourse(v) => &v.completion_percentage,
        }
    }
    /// `completionPercentage` of any variant.
    #[inline]
    pub fn completion_percentage_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::LearningCourseActivity(v) => &mut v.completion_percentage,
            Self::LearningAssignment(v) => &mut v.completion_percentage,
            Self::LearningSelfInitiatedCourse(v) => &mut v.completion_percentage,
        }
    }
    /// `externalcourseActivityId` of any variant.
    #[inline]
    pub fn externalcourse_activity_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::LearningCourseActivity(v) => &v.externalcourse_activity_id,
            Self::LearningAssignment(v) => &v.externalcourse_activity_id,
            Self::LearningSelfInitiatedCourse(v) => &v.externalcourse_activity_id,
        }
    }
    /// `externalcourseActivityId` of any variant.
    #[inline]
    pub fn externalcourse_activity_id_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::LearningCourseActivity(v) => &mut v.externalcourse_activity_id,
            Self::LearningAssignment(v) => &mut v.externalcourse_activity_id,
            Self::LearningSelfInitiatedCourse(v) => &mut v.externalcourse_activity_id,
        }
    }
    /// `learnerUserId` of any variant.
    #[inline]
    pub fn learner_user_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::LearningCourseActivity(v) => &v.learner_user_id,
            Self::LearningAssignment(v) => &v.learner_user_id,
            Self::LearningSelfInitiatedCourse(v) => &v.learner_user_id,
        }
    }
    /// `learnerUserId` of any variant.
    #[inline]
    pub fn learner_user_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::LearningCourseActivity(v) => &mut v.learner_user_id,
            Self::LearningAssignment(v) => &mut v.learner_user_id,
            Self::LearningSelfInitiatedCourse(v) => &mut v.learner_user_id,
        }
    }
    /// `learningContentId` of any variant.
    #[inline]
    pub fn learning_content_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::LearningCourseActivity(v) => &v.learning_content_id,
            Self::LearningAssignment(v) => &v.learning_content_id,
            Self::LearningSelfInitiatedCourse(v) => &v.learning_content_id,
        }
    }
    /// `learningContentId` of any variant.
    #[inline]
    pub fn learning_content_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::LearningCourseActivity(v) => &mut v.learning_content_id,
            Self::LearningAssignment(v) => &mut v.learning_content_id,
            Self::LearningSelfInitiatedCourse(v) => &mut v.learning_content_id,
        }
    }
    /// `learningProviderId` of any variant.
    #[inline]
    pub fn learning_provider_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::LearningCourseActivity(v) => &v.learning_provider_id,
            Self::LearningAssignment(v) => &v.learning_provider_id,
            Self::LearningSelfInitiatedCourse(v) => &v.learning_provider_id,
        }
    }
    /// `learningProviderId` of any variant.
    #[inline]
    pub fn learning_provider_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::LearningCourseActivity(v) => &mut v.learning_provider_id,
            Self::LearningAssignment(v) => &mut v.learning_provider_id,
            Self::LearningSelfInitiatedCourse(v) => &mut v.learning_provider_id,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<crate::v1::CourseStatus> {
        match self {
            Self::LearningCourseActivity(v) => &v.status,
            Self::LearningAssignment(v) => &v.status,
            Self::LearningSelfInitiatedCourse(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(&mut self) -> &mut rt::Field<crate::v1::CourseStatus> {
        match self {
            Self::LearningCourseActivity(v) => &mut v.status,
            Self::LearningAssignment(v) => &mut v.status,
            Self::LearningSelfInitiatedCourse(v) => &mut v.status,
        }
    }
}
#[cfg(msgraph_v1_employee_experience_or_search)]
rt::impl_poly!(AnyLearningCourseActivity);
#[cfg(msgraph_v1_employee_experience_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyLearningCourseActivity);
#[cfg(msgraph_v1_employee_experience_or_search)]
/// CSDL: `microsoft.graph.learningProvider`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`LearningProviderPath`](requests/trait.LearningProviderPath.html), what a path to one (`EntityPath<LearningProvider, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-employee-experience`, `v1-search`.
#[derive(Clone)]
pub struct LearningProvider {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isCourseActivitySyncEnabled`: `Edm.Boolean`, nullable.
    pub is_course_activity_sync_enabled: rt::Field<bool>,
    /// CSDL: property `loginWebUrl`: `Edm.String`, nullable.
    pub login_web_url: rt::Field<::std::string::String>,
    /// CSDL: property `longLogoWebUrlForDarkTheme`: `Edm.String`, not nullable.
    pub long_logo_web_url_for_dark_theme: rt::Field<::std::string::String>,
    /// CSDL: property `longLogoWebUrlForLightTheme`: `Edm.String`, not nullable.
    pub long_logo_web_url_for_light_theme: rt::Field<::std::string::String>,
    /// CSDL: property `squareLogoWebUrlForDarkTheme`: `Edm.String`, not nullable.
    pub square_logo_web_url_for_dark_theme: rt::Field<::std::string::String>,
    /// CSDL: property `squareLogoWebUrlForLightTheme`: `Edm.String`, not nullable.
    pub square_logo_web_url_for_light_theme: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `learningContents`: `Collection(microsoft.graph.learningContent)`, not nullable.
    pub learning_contents: rt::Field<::std::vec::Vec<crate::v1::LearningContent>>,
    /// CSDL: containment navigation property `learningCourseActivities`: `Collection(microsoft.graph.learningCourseActivity)`, not nullable.
    pub learning_course_activities: rt::Field<
        ::std::vec::Vec<crate::v1::AnyLearningCourseActivity>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_employee_experience_or_search)]
impl ::std::default::Default for LearningProvider {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_course_activity_sync_enabled: rt::Field::Absent,
            login_web_url: rt::Field::Absent,
            long_logo_web_url_for_dark_theme: rt::Field::Absent,
            long_logo_web_url_for_light_theme: rt::Field::Absent,
            square_logo_web_url_for_dark_theme: rt::Field::Absent,
            square_logo_web_url_for_light_theme: rt::Field::Absent,
            learning_contents: rt::Field::Absent,
            learning_course_activities: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_employee_experience_or_search)]
impl rt::Object for LearningProvider {
    const TYPE_NAME: &'static str = "microsoft.graph.learningProvider";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "isCourseActivitySyncEnabled",
        "loginWebUrl",
        "longLogoWebUrlForDarkTheme",
        "longLogoWebUrlForLightTheme",
        "squareLogoWebUrlForDarkTheme",
        "squareLogoWebUrlForLightTheme",
        "learningContents",
        "learningCourseActivities",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"isCourseActivitySyncEnabled\":  ",
        ",\"loginWebUrl\":                  ",
        ",\"longLogoWebUrlForDarkTheme\":   ",
        ",\"longLogoWebUrlForLightTheme\":  ",
        ",\"squareLogoWebUrlForDarkTheme\": ",
        ",\"squareLogoWebUrlForLightTheme\":",
        ",\"learningContents\":             ",
        ",\"learningCourseActivities\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.learningProvider\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(
            2usize,
            "is_course_activity_sync_enabled",
            &self.is_course_activity_sync_enabled,
        );
        v.field(3usize, "login_web_url", &self.login_web_url);
        v.field(
            4usize,
            "long_logo_web_url_for_dark_theme",
            &self.long_logo_web_url_for_dark_theme,
        );
        v.field(
            5usize,
            "long_logo_web_url_for_light_theme",
            &self.long_logo_web_url_for_light_theme,
        );
        v.field(
            6usize,
            "square_logo_web_url_for_dark_theme",
            &self.square_logo_web_url_for_dark_theme,
        );
        v.field(
            7usize,
            "square_logo_web_url_for_light_theme",
            &self.square_logo_web_url_for_light_theme,
        );
        v.field(8usize, "learning_contents", &self.learning_contents);
        v.field(9usize, "learning_course_activities", &self.learning_course_activities);
    }
}
#[cfg(msgraph_v1_employee_experience_or_search)]
impl rt::object::Members for LearningProvider {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.is_course_activity_sync_enabled.read_from(r),
            3usize => self.login_web_url.read_from(r),
            4usize => self.long_logo_web_url_for_dark_theme.read_from(r),
            5usize => self.long_logo_web_url_for_light_theme.read_from(r),
            6usize => self.square_logo_web_url_for_dark_theme.read_from(r),
            7usize => self.square_logo_web_url_for_light_theme.read_from(r),
            8usize => self.learning_contents.read_from(r),
            9usize => self.learning_course_activities.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.is_course_activity_sync_enabled);
        w.field(3usize, &self.login_web_url);
        w.field(4usize, &self.long_logo_web_url_for_dark_theme);
        w.field(5usize, &self.long_logo_web_url_for_light_theme);
        w.field(6usize, &self.square_logo_web_url_for_dark_theme);
        w.field(7usize, &self.square_logo_web_url_for_light_theme);
        w.field(8usize, &self.learning_contents);
        w.field(9usize, &self.learning_course_activities);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_employee_experience_or_search)]
rt::impl_object!(LearningProvider);
#[cfg(msgraph_v1_employee_experience_or_search)]
rt::impl_setters!(
    LearningProvider { with_id id : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_is_course_activity_sync_enabled
    is_course_activity_sync_enabled : bool; with_login_web_url login_web_url :
    ::std::string::String; with_long_logo_web_url_for_dark_theme
    long_logo_web_url_for_dark_theme : ::std::string::String;
    with_long_logo_web_url_for_light_theme long_logo_web_url_for_light_theme :
    ::std::string::String; with_square_logo_web_url_for_dark_theme
    square_logo_web_url_for_dark_theme : ::std::string::String;
    with_square_logo_web_url_for_light_theme square_logo_web_url_for_light_theme :
    ::std::string::String; with_learning_contents learning_contents : ::std::vec::Vec <
    crate ::v1::LearningContent >; with_learning_course_activities
    learning_course_activities : ::std::vec::Vec < crate ::v1::AnyLearningCourseActivity
    >; }
);
#[cfg(msgraph_v1_employee_experience_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(LearningProvider);
#[cfg(msgraph_v1_employee_experience_or_search)]
/// CSDL: `microsoft.graph.learningSelfInitiatedCourse`, entity type, derived from `microsoft.graph.learningCourseActivity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-employee-experience`, `v1-search`.
#[derive(Clone)]
pub struct LearningSelfInitiatedCourse {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `completedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `completionPercentage`: `Edm.Int32`, nullable.
    pub completion_percentage: rt::Field<i32>,
    /// CSDL: property `externalcourseActivityId`: `Edm.String`, nullable.
    pub externalcourse_activity_id: rt::Field<::std::string::String>,
    /// CSDL: property `learnerUserId`: `Edm.String`, not nullable.
    pub learner_user_id: rt::Field<::std::string::String>,
    /// CSDL: property `learningContentId`: `Edm.String`, not nullable.
    pub learning_content_id: rt::Field<::std::string::String>,
    /// CSDL: property `learningProviderId`: `Edm.String`, nullable.
    pub learning_provider_id: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.courseStatus`, nullable.
    pub status: rt::Field<crate::v1::CourseStatus>,
    /// CSDL: property `startedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub started_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_employee_experience_or_search)]
impl ::std::default::Default for LearningSelfInitiatedCourse {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            completed_date_time: rt::Field::Absent,
            completion_percentage: rt::Field::Absent,
            externalcourse_activity_id: rt::Field::Absent,
            learner_user_id: rt::Field::Absent,
            learning_content_id: rt::Field::Absent,
            learning_provider_id: rt::Field::Absent,
            status: rt::Field::Absent,
            started_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_employee_experience_or_search)]
impl rt::Object for LearningSelfInitiatedCourse {
    const TYPE_NAME: &'static str = "microsoft.graph.learningSelfInitiatedCourse";
    const KEYS: &'static [&'static str] = &[
        "id",
        "completedDateTime",
        "completionPercentage",
        "externalcourseActivityId",
        "learnerUserId",
        "learningContentId",
        "learningProviderId",
        "status",
        "startedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"completedDateTime\":            ",
        ",\"completionPercentage\":         ",
        ",\"externalcourseActivityId\":     ",
        ",\"learnerUserId\":                ",
        ",\"learningContentId\":            ",
        ",\"learningProviderId\":           ",
        ",\"status\":                       ",
        ",\"startedDateTime\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.learningSelfInitiatedCourse\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "completed_date_time", &self.completed_date_time);
        v.field(2usize, "completion_percentage", &self.completion_percentage);
        v.field(3usize, "externalcourse_activity_id", &self.externalcourse_activity_id);
        v.field(4usize, "learner_user_id", &self.learner_user_id);
        v.field(5usize, "learning_content_id", &self.learning_content_id);
        v.field(6usize, "learning_provider_id", &self.learning_provider_id);
        v.field(7usize, "status", &self.status);
        v.field(8usize, "started_date_time", &self.started_date_time);
    }
}
#[cfg(msgraph_v1_employee_experience_or_search)]
impl rt::object::Members for LearningSelfInitiatedCourse {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.completed_date_time.read_from(r),
            2usize => self.completion_percentage.read_from(r),
            3usize => self.externalcourse_activity_id.read_from(r),
            4usize => self.learner_user_id.read_from(r),
            5usize => self.learning_content_id.read_from(r),
            6usize => self.learning_provider_id.read_from(r),
            7usize => self.status.read_from(r),
            8usize => self.started_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.completed_date_time);
        w.field(2usize, &self.completion_percentage);
        w.field(3usize, &self.externalcourse_activity_id);
        w.field(4usize, &self.learner_user_id);
        w.field(5usize, &self.learning_content_id);
        w.field(6usize, &self.learning_provider_id);
        w.field(7usize, &self.status);
        w.field(8usize, &self.started_date_time);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_employee_experience_or_search)]
rt::impl_object!(LearningSelfInitiatedCourse);
#[cfg(msgraph_v1_employee_experience_or_search)]
rt::impl_setters!(
    LearningSelfInitiatedCourse { with_id id : ::std::string::String;
    with_completed_date_time completed_date_time : rt::edm::DateTimeOffset;
    with_completion_percentage completion_percentage : i32;
    with_externalcourse_activity_id externalcourse_activity_id : ::std::string::String;
    with_learner_user_id learner_user_id : ::std::string::String;
    with_learning_content_id learning_content_id : ::std::string::String;
    with_learning_provider_id learning_provider_id : ::std::string::String; with_status
    status : crate ::v1::CourseStatus; with_started_date_time started_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_employee_experience_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(LearningSelfInitiatedCourse);
#[cfg(msgraph_v1_employee_experience_or_search)]
/// CSDL: `microsoft.graph.level`, enum type.
///
/// Features: `v1`, or one of `v1-employee-experience`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Level {
    /// `beginner` (value 0).
    Beginner,
    /// `intermediate` (value 1).
    Intermediate,
    /// `advanced` (value 2).
    Advanced,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_employee_experience_or_search)]
impl rt::StrEnum for Level {
    const TYPE_NAME: &'static str = "microsoft.graph.level";
    const MEMBERS: &'static [&'static str] = &[
        "beginner",
        "intermediate",
        "advanced",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "beginner" => Self::Beginner,
                "intermediate" => Self::Intermediate,
                "advanced" => Self::Advanced,
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
            Self::Beginner => "beginner",
            Self::Intermediate => "intermediate",
            Self::Advanced => "advanced",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_employee_experience_or_search)]
rt::impl_enum!(Level);
#[cfg(msgraph_v1_employee_experience_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Level);
#[cfg(msgraph_v1_places_or_search)]
/// CSDL: `microsoft.graph.levelMap`, entity type, derived from `microsoft.graph.baseMapFeature`, key `id`.
///
/// Request builders: [`LevelMapPath`](requests/trait.LevelMapPath.html), what a path to one (`EntityPath<LevelMap, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-places`, `v1-search`.
#[derive(Clone)]
pub struct LevelMap {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `properties`: `Edm.String`, nullable.
    pub properties: rt::Field<::std::string::String>,
    /// CSDL: property `placeId`: `Edm.String`, nullable.
    pub place_id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `fixtures`: `Collection(microsoft.graph.fixtureMap)`, not nullable.
    pub fixtures: rt::Field<::std::vec::Vec<crate::v1::FixtureMap>>,
    /// CSDL: containment navigation property `sections`: `Collection(microsoft.graph.sectionMap)`, not nullable.
    pub sections: rt::Field<::std::vec::Vec<crate::v1::SectionMap>>,
    /// CSDL: containment navigation property `units`: `Collection(microsoft.graph.unitMap)`, not nullable.
    pub units: rt::Field<::std::vec::Vec<crate::v1::UnitMap>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::default::Default for LevelMap {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            properties: rt::Field::Absent,
            place_id: rt::Field::Absent,
            fixtures: rt::Field::Absent,
            sections: rt::Field::Absent,
            units: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::Object for LevelMap {
    const TYPE_NAME: &'static str = "microsoft.graph.levelMap";
    const KEYS: &'static [&'static str] = &[
        "id",
        "properties",
        "placeId",
        "fixtures",
        "sections",
        "units",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"properties\":                   ",
        ",\"placeId\":                      ",
        ",\"fixtures\":                     ",
        ",\"sections\":                     ",
        ",\"units\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.levelMap\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "properties", &self.properties);
        v.field(2usize, "place_id", &self.place_id);
        v.field(3usize, "fixtures", &self.fixtures);
        v.field(4usize, "sections", &self.sections);
        v.field(5usize, "units", &self.units);
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::object::Members for LevelMap {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.properties.read_from(r),
            2usize => self.place_id.read_from(r),
            3usize => self.fixtures.read_from(r),
            4usize => self.sections.read_from(r),
            5usize => self.units.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.properties);
        w.field(2usize, &self.place_id);
        w.field(3usize, &self.fixtures);
        w.field(4usize, &self.sections);
        w.field(5usize, &self.units);
    }
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
rt::impl_object!(LevelMap);
#[cfg(msgraph_v1_places_or_search)]
rt::impl_setters!(
    LevelMap { with_id id : ::std::string::String; with_properties properties :
    ::std::string::String; with_place_id place_id : ::std::string::String; with_fixtures
    fixtures : ::std::vec::Vec < crate ::v1::FixtureMap >; with_sections sections :
    ::std::vec::Vec < crate ::v1::SectionMap >; with_units units : ::std::vec::Vec <
    crate ::v1::UnitMap >; }
);
#[cfg(msgraph_v1_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(LevelMap);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.licenseAssignmentState`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct LicenseAssignmentState {
    /// CSDL: property `assignedByGroup`: `Edm.String`, nullable.
    pub assigned_by_group: rt::Field<::std::string::String>,
    /// CSDL: property `disabledPlans`: `Collection(Edm.Guid)`, nullable.
    pub disabled_plans: rt::Field<::std::vec::Vec<rt::edm::Guid>>,
    /// CSDL: property `error`: `Edm.String`, nullable.
    pub error: rt::Field<::std::string::String>,
    /// CSDL: property `lastUpdatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `skuId`: `Edm.Guid`, nullable.
    pub sku_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `state`: `Edm.String`, nullable.
    pub state: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for LicenseAssignmentState {
    #[inline]
    fn default() -> Self {
        Self {
            assigned_by_group: rt::Field::Absent,
            disabled_plans: rt::Field::Absent,
            error: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            sku_id: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for LicenseAssignmentState {
    const TYPE_NAME: &'static str = "microsoft.graph.licenseAssignmentState";
    const KEYS: &'static [&'static str] = &[
        "assignedByGroup",
        "disabledPlans",
        "error",
        "lastUpdatedDateTime",
        "skuId",
        "state",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"assignedByGroup\":              ",
        ",\"disabledPlans\":                ",
        ",\"error\":                        ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"skuId\":                        ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.licenseAssignmentState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assigned_by_group", &self.assigned_by_group);
        v.field(1usize, "disabled_plans", &self.disabled_plans);
        v.field(2usize, "error", &self.error);
        v.field(3usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(4usize, "sku_id", &self.sku_id);
        v.field(5usize, "state", &self.state);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for LicenseAssignmentState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.assigned_by_group.read_from(r),
            1usize => self.disabled_plans.read_from(r),
            2usize => self.error.read_from(r),
            3usize => self.last_updated_date_time.read_from(r),
            4usize => self.sku_id.read_from(r),
            5usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.assigned_by_group);
        w.field(1usize, &self.disabled_plans);
        w.field(2usize, &self.error);
        w.field(3usize, &self.last_updated_date_time);
        w.field(4usize, &self.sku_id);
        w.field(5usize, &self.state);
    }
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
rt::impl_object!(LicenseAssignmentState);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    LicenseAssignmentState { with_assigned_by_group assigned_by_group :
    ::std::string::String; with_disabled_plans disabled_plans : ::std::vec::Vec <
    rt::edm::Guid >; with_error error : ::std::string::String;
    with_last_updated_date_time last_updated_date_time : rt::edm::DateTimeOffset;
    with_sku_id sku_id : rt::edm::Guid; with_state state : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(LicenseAssignmentState);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.lifecycleEventType`, enum type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum LifecycleEventType {
    /// `missed` (value 0).
    Missed,
    /// `subscriptionRemoved` (value 1).
    SubscriptionRemoved,
    /// `reauthorizationRequired` (value 2).
    ReauthorizationRequired,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_any_area)]
impl rt::StrEnum for LifecycleEventType {
    const TYPE_NAME: &'static str = "microsoft.graph.lifecycleEventType";
    const MEMBERS: &'static [&'static str] = &[
        "missed",
        "subscriptionRemoved",
        "reauthorizationRequired",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "missed" => Self::Missed,
                "subscriptionRemoved" => Self::SubscriptionRemoved,
                "reauthorizationRequired" => Self::ReauthorizationRequired,
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
            Self::Missed => "missed",
            Self::SubscriptionRemoved => "subscriptionRemoved",
            Self::ReauthorizationRequired => "reauthorizationRequired",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_any_area)]
rt::impl_enum!(LifecycleEventType);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(LifecycleEventType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.linkedResource`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct LinkedResource {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `applicationName`: `Edm.String`, nullable.
    pub application_name: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `externalId`: `Edm.String`, nullable.
    pub external_id: rt::Field<::std::string::String>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for LinkedResource {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            application_name: rt::Field::Absent,
            display_name: rt::Field::Absent,
            external_id: rt::Field::Absent,
            web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for LinkedResource {
    const TYPE_NAME: &'static str = "microsoft.graph.linkedResource";
    const KEYS: &'static [&'static str] = &[
        "id",
        "applicationName",
        "displayName",
        "externalId",
        "webUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"applicationName\":              ",
        ",\"displayName\":                  ",
        ",\"externalId\":                   ",
        ",\"webUrl\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.linkedResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "application_name", &self.application_name);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "external_id", &self.external_id);
        v.field(4usize, "web_url", &self.web_url);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for LinkedResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.application_name.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.external_id.read_from(r),
            4usize => self.web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.application_name);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.external_id);
        w.field(4usize, &self.web_url);
    }
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
rt::impl_object!(LinkedResource);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    LinkedResource { with_id id : ::std::string::String; with_application_name
    application_name : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_external_id external_id : ::std::string::String;
    with_web_url web_url : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(LinkedResource);
#[cfg(msgraph_v1_policies_or_search)]
/// CSDL: `microsoft.graph.localAdminPasswordSettings`, complex type.
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct LocalAdminPasswordSettings {
    /// CSDL: property `isEnabled`: `Edm.Boolean`, nullable.
    pub is_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_policies_or_search)]
impl ::std::default::Default for LocalAdminPasswordSettings {
    #[inline]
    fn default() -> Self {
        Self {
            is_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::Object for LocalAdminPasswordSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.localAdminPasswordSettings";
    const KEYS: &'static [&'static str] = &["isEnabled"];
    const KEYS_JSON: &'static [&'static str] = &[",\"isEnabled\":                    "];
    const TAG: &'static str = "\"#microsoft.graph.localAdminPasswordSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_enabled", &self.is_enabled);
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::object::Members for LocalAdminPasswordSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_enabled);
    }
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
rt::impl_object!(LocalAdminPasswordSettings);
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_setters!(LocalAdminPasswordSettings { with_is_enabled is_enabled : bool; });
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(LocalAdminPasswordSettings);
#[cfg(msgraph_v1_policies_or_search)]
/// CSDL: `microsoft.graph.localAdminSettings`, complex type.
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct LocalAdminSettings {
    /// CSDL: property `enableGlobalAdmins`: `Edm.Boolean`, nullable.
    pub enable_global_admins: rt::Field<bool>,
    /// CSDL: property `registeringUsers`: `microsoft.graph.deviceRegistrationMembership`, nullable.
    pub registering_users: rt::Field<crate::v1::AnyDeviceRegistrationMembership>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_policies_or_search)]
impl ::std::default::Default for LocalAdminSettings {
    #[inline]
    fn default() -> Self {
        Self {
            enable_global_admins: rt::Field::Absent,
            registering_users: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::Object for LocalAdminSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.localAdminSettings";
    const KEYS: &'static [&'static str] = &["enableGlobalAdmins", "registeringUsers"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"enableGlobalAdmins\":           ",
        ",\"registeringUsers\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.localAdminSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "enable_global_admins", &self.enable_global_admins);
        v.field(1usize, "registering_users", &self.registering_users);
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::object::Members for LocalAdminSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.enable_global_admins.read_from(r),
            1usize => self.registering_users.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.enable_global_admins);
        w.field(1usize, &self.registering_users);
    }
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
rt::impl_object!(LocalAdminSettings);
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_setters!(
    LocalAdminSettings { with_enable_global_admins enable_global_admins : bool;
    with_registering_users registering_users : crate
    ::v1::AnyDeviceRegistrationMembership; }
);
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(LocalAdminSettings);
#[cfg(msgraph_v1_device_management_or_search)]
/// The text content of a Notification Message Template for the specified locale.
///
/// CSDL: `microsoft.graph.localizedNotificationMessage`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct LocalizedNotificationMessage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Flag to indicate whether or not this is the default locale for language fallback. This flag can only be set. To unset, set this property to true on another Localized Notification Message.
    ///
    /// CSDL: property `isDefault`: `Edm.Boolean`, not nullable.
    pub is_default: rt::Field<bool>,
    /// DateTime the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The Locale for which this message is destined.
    ///
    /// CSDL: property `locale`: `Edm.String`, not nullable.
    pub locale: rt::Field<::std::string::String>,
    /// The Message Template content.
    ///
    /// CSDL: property `messageTemplate`: `Edm.String`, not nullable.
    pub message_template: rt::Field<::std::string::String>,
    /// The Message Template Subject.
    ///
    /// CSDL: property `subject`: `Edm.String`, not nullable.
    pub subject: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for LocalizedNotificationMessage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_default: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            locale: rt::Field::Absent,
            message_template: rt::Field::Absent,
            subject: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for LocalizedNotificationMessage {
    const TYPE_NAME: &'static str = "microsoft.graph.localizedNotificationMessage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isDefault",
        "lastModifiedDateTime",
        "locale",
        "messageTemplate",
        "subject",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isDefault\":                    ",
        ",\"lastModifiedDateTime\":         ",
        ",\"locale\":                       ",
        ",\"messageTemplate\":              ",
        ",\"subject\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.localizedNotificationMessage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_default", &self.is_default);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "locale", &self.locale);
        v.field(4usize, "message_template", &self.message_template);
        v.field(5usize, "subject", &self.subject);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for LocalizedNotificationMessage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_default.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.locale.read_from(r),
            4usize => self.message_template.read_from(r),
            5usize => self.subject.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_default);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.locale);
        w.field(4usize, &self.message_template);
        w.field(5usize, &self.subject);
    }
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
rt::impl_object!(LocalizedNotificationMessage);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    LocalizedNotificationMessage { with_id id : ::std::string::String; with_is_default
    is_default : bool; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_locale locale : ::std::string::String;
    with_message_template message_template : ::std::string::String; with_subject subject
    : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(LocalizedNotificationMessage);
#[cfg(msgraph_v1_core_or_device_management)]
/// Locate device action result
///
/// CSDL: `microsoft.graph.locateDeviceActionResult`, complex type, derived from `microsoft.graph.deviceActionResult`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct LocateDeviceActionResult {
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
    /// device location
    ///
    /// CSDL: property `deviceLocation`: `microsoft.graph.deviceGeoLocation`, nullable.
    pub device_location: rt::Field<crate::v1::DeviceGeoLocation>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for LocateDeviceActionResult {
    #[inline]
    fn default() -> Self {
        Self {
            action_name: rt::Field::Absent,
            action_state: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            device_location: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for LocateDeviceActionResult {
    const TYPE_NAME: &'static str = "microsoft.graph.locateDeviceActionResult";
    const KEYS: &'static [&'static str] = &[
        "actionName",
        "actionState",
        "lastUpdatedDateTime",
        "startDateTime",
        "deviceLocation",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"actionName\":                   ",
        ",\"actionState\":                  ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"startDateTime\":                ",
        ",\"deviceLocation\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.locateDeviceActionResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action_name", &self.action_name);
        v.field(1usize, "action_state", &self.action_state);
        v.field(2usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(3usize, "start_date_time", &self.start_date_time);
        v.field(4usize, "device_location", &self.device_location);
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for LocateDeviceActionResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action_name.read_from(r),
            1usize => self.action_state.read_from(r),
            2usize => self.last_updated_date_time.read_from(r),
            3usize => self.start_date_time.read_from(r),
            4usize => self.device_location.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action_name);
        w.field(1usize, &self.action_state);
        w.field(2usize, &self.last_updated_date_time);
        w.field(3usize, &self.start_date_time);
        w.field(4usize, &self.device_location);
    }
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
rt::impl_object!(LocateDeviceActionResult);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    LocateDeviceActionResult { with_action_name action_name : ::std::string::String;
    with_action_state action_state : crate ::v1::ActionState; with_last_updated_date_time
    last_updated_date_time : rt::edm::DateTimeOffset; with_start_date_time
    start_date_time : rt::edm::DateTimeOffset; with_device_location device_location :
    crate ::v1::DeviceGeoLocation; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(LocateDeviceActionResult);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.locationConstraint`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct LocationConstraint {
    /// CSDL: property `isRequired`: `Edm.Boolean`, nullable.
    pub is_required: rt::Field<bool>,
    /// CSDL: property `locations`: `Collection(microsoft.graph.locationConstraintItem)`, nullable.
    pub locations: rt::Field<::std::vec::Vec<crate::v1::LocationConstraintItem>>,
    /// CSDL: property `suggestLocation`: `Edm.Boolean`, nullable.
    pub suggest_location: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for LocationConstraint {
    #[inline]
    fn default() -> Self {
        Self {
            is_required: rt::Field::Absent,
            locations: rt::Field::Absent,
            suggest_location: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for LocationConstraint {
    const TYPE_NAME: &'static str = "microsoft.graph.locationConstraint";
    const KEYS: &'static [&'static str] = &[
        "isRequired",
        "locations",
        "suggestLocation",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isRequired\":                   ",
        ",\"locations\":                    ",
        ",\"suggestLocation\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.locationConstraint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_required", &self.is_required);
        v.field(1usize, "locations", &self.locations);
        v.field(2usize, "suggest_location", &self.suggest_location);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for LocationConstraint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_required.read_from(r),
            1usize => self.locations.read_from(r),
            2usize => self.suggest_location.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_required);
        w.field(1usize, &self.locations);
        w.field(2usize, &self.suggest_location);
    }
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
rt::impl_object!(LocationConstraint);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    LocationConstraint { with_is_required is_required : bool; with_locations locations :
    ::std::vec::Vec < crate ::v1::LocationConstraintItem >; with_suggest_location
    suggest_location : bool; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(LocationConstraint);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.loginPage`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`LoginPagePath`](requests/trait.LoginPagePath.html), what a path to one (`EntityPath<LoginPage, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct LoginPage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `content`: `Edm.String`, nullable.
    pub content: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.emailIdentity`, nullable.
    pub created_by: rt::Field<crate::v1::EmailIdentity>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `language`: `Edm.String`, nullable.
    pub language: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.emailIdentity`, nullable.
    pub last_modified_by: rt::Field<crate::v1::EmailIdentity>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `source`: `microsoft.graph.simulationContentSource`, nullable.
    pub source: rt::Field<crate::v1::SimulationContentSource>,
    /// CSDL: property `status`: `microsoft.graph.simulationContentStatus`, nullable.
    pub status: rt::Field<crate::v1::SimulationContentStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for LoginPage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            content: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            language: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            source: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for LoginPage {
    const TYPE_NAME: &'static str = "microsoft.graph.loginPage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "content",
        "createdBy",
        "createdDateTime",
        "description",
        "displayName",
        "language",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "source",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"content\":                      ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"language\":                     ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"source\":                       ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.loginPage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "content", &self.content);
        v.field(2usize, "created_by", &self.created_by);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "description", &self.description);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "language", &self.language);
        v.field(7usize, "last_modified_by", &self.last_modified_by);
        v.field(8usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(9usize, "source", &self.source);
        v.field(10usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for LoginPage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.content.read_from(r),
            2usize => self.created_by.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.description.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.language.read_from(r),
            7usize => self.last_modified_by.read_from(r),
            8usize => self.last_modified_date_time.read_from(r),
            9usize => self.source.read_from(r),
            10usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.content);
        w.field(2usize, &self.created_by);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.description);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.language);
        w.field(7usize, &self.last_modified_by);
        w.field(8usize, &self.last_modified_date_time);
        w.field(9usize, &self.source);
        w.field(10usize, &self.status);
    }
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
rt::impl_object!(LoginPage);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    LoginPage { with_id id : ::std::string::String; with_content content :
    ::std::string::String; with_created_by created_by : crate ::v1::EmailIdentity;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_language language : ::std::string::String;
    with_last_modified_by last_modified_by : crate ::v1::EmailIdentity;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_source source : crate ::v1::SimulationContentSource; with_status status : crate
    ::v1::SimulationContentStatus; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(LoginPage);
