//! Types of `microsoft.graph` by the first letters of their names (`ed_em`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationAddToCalendarOptions`, enum type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EducationAddToCalendarOptions {
    /// `none` (value 0).
    None,
    /// `studentsAndPublisher` (value 1).
    StudentsAndPublisher,
    /// `studentsAndTeamOwners` (value 2).
    StudentsAndTeamOwners,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// `studentsOnly` (value 4).
    StudentsOnly,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::StrEnum for EducationAddToCalendarOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.educationAddToCalendarOptions";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "studentsAndPublisher",
        "studentsAndTeamOwners",
        "unknownFutureValue",
        "studentsOnly",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "studentsAndPublisher" => Self::StudentsAndPublisher,
                "studentsAndTeamOwners" => Self::StudentsAndTeamOwners,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "studentsOnly" => Self::StudentsOnly,
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
            Self::StudentsAndPublisher => "studentsAndPublisher",
            Self::StudentsAndTeamOwners => "studentsAndTeamOwners",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::StudentsOnly => "studentsOnly",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
rt::impl_enum!(EducationAddToCalendarOptions);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationAddToCalendarOptions);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationAddedStudentAction`, enum type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EducationAddedStudentAction {
    /// `none` (value 0).
    None,
    /// `assignIfOpen` (value 1).
    AssignIfOpen,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::StrEnum for EducationAddedStudentAction {
    const TYPE_NAME: &'static str = "microsoft.graph.educationAddedStudentAction";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "assignIfOpen",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "assignIfOpen" => Self::AssignIfOpen,
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
            Self::AssignIfOpen => "assignIfOpen",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
rt::impl_enum!(EducationAddedStudentAction);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationAddedStudentAction);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationAiFeedbackAudienceEngagementSettings`, complex type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationAiFeedbackAudienceEngagementSettings {
    /// CSDL: property `areEngagementStrategiesEnabled`: `Edm.Boolean`, not nullable.
    pub are_engagement_strategies_enabled: rt::Field<bool>,
    /// CSDL: property `isCallToActionEnabled`: `Edm.Boolean`, not nullable.
    pub is_call_to_action_enabled: rt::Field<bool>,
    /// CSDL: property `isEmotionalAndIntellectualAppealEnabled`: `Edm.Boolean`, not nullable.
    pub is_emotional_and_intellectual_appeal_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationAiFeedbackAudienceEngagementSettings {
    #[inline]
    fn default() -> Self {
        Self {
            are_engagement_strategies_enabled: rt::Field::Absent,
            is_call_to_action_enabled: rt::Field::Absent,
            is_emotional_and_intellectual_appeal_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationAiFeedbackAudienceEngagementSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.educationAiFeedbackAudienceEngagementSettings";
    const KEYS: &'static [&'static str] = &[
        "areEngagementStrategiesEnabled",
        "isCallToActionEnabled",
        "isEmotionalAndIntellectualAppealEnabled",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"areEngagementStrategiesEnabled\":",
        ",\"isCallToActionEnabled\":        ",
        ",\"isEmotionalAndIntellectualAppealEnabled\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationAiFeedbackAudienceEngagementSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "are_engagement_strategies_enabled",
            &self.are_engagement_strategies_enabled,
        );
        v.field(1usize, "is_call_to_action_enabled", &self.is_call_to_action_enabled);
        v.field(
            2usize,
            "is_emotional_and_intellectual_appeal_enabled",
            &self.is_emotional_and_intellectual_appeal_enabled,
        );
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationAiFeedbackAudienceEngagementSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.are_engagement_strategies_enabled.read_from(r),
            1usize => self.is_call_to_action_enabled.read_from(r),
            2usize => self.is_emotional_and_intellectual_appeal_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.are_engagement_strategies_enabled);
        w.field(1usize, &self.is_call_to_action_enabled);
        w.field(2usize, &self.is_emotional_and_intellectual_appeal_enabled);
    }
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
rt::impl_object!(EducationAiFeedbackAudienceEngagementSettings);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationAiFeedbackAudienceEngagementSettings {
    with_are_engagement_strategies_enabled are_engagement_strategies_enabled : bool;
    with_is_call_to_action_enabled is_call_to_action_enabled : bool;
    with_is_emotional_and_intellectual_appeal_enabled
    is_emotional_and_intellectual_appeal_enabled : bool; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationAiFeedbackAudienceEngagementSettings);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationAiFeedbackContentSettings`, complex type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationAiFeedbackContentSettings {
    /// CSDL: property `isMessageClarityEnabled`: `Edm.Boolean`, not nullable.
    pub is_message_clarity_enabled: rt::Field<bool>,
    /// CSDL: property `isQualityOfInformationEnabled`: `Edm.Boolean`, not nullable.
    pub is_quality_of_information_enabled: rt::Field<bool>,
    /// CSDL: property `isSpeechOrganizationEnabled`: `Edm.Boolean`, not nullable.
    pub is_speech_organization_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationAiFeedbackContentSettings {
    #[inline]
    fn default() -> Self {
        Self {
            is_message_clarity_enabled: rt::Field::Absent,
            is_quality_of_information_enabled: rt::Field::Absent,
            is_speech_organization_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationAiFeedbackContentSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.educationAiFeedbackContentSettings";
    const KEYS: &'static [&'static str] = &[
        "isMessageClarityEnabled",
        "isQualityOfInformationEnabled",
        "isSpeechOrganizationEnabled",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isMessageClarityEnabled\":      ",
        ",\"isQualityOfInformationEnabled\":",
        ",\"isSpeechOrganizationEnabled\":  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationAiFeedbackContentSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_message_clarity_enabled", &self.is_message_clarity_enabled);
        v.field(
            1usize,
            "is_quality_of_information_enabled",
            &self.is_quality_of_information_enabled,
        );
        v.field(
            2usize,
            "is_speech_organization_enabled",
            &self.is_speech_organization_enabled,
        );
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationAiFeedbackContentSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_message_clarity_enabled.read_from(r),
            1usize => self.is_quality_of_information_enabled.read_from(r),
            2usize => self.is_speech_organization_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_message_clarity_enabled);
        w.field(1usize, &self.is_quality_of_information_enabled);
        w.field(2usize, &self.is_speech_organization_enabled);
    }
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
rt::impl_object!(EducationAiFeedbackContentSettings);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationAiFeedbackContentSettings { with_is_message_clarity_enabled
    is_message_clarity_enabled : bool; with_is_quality_of_information_enabled
    is_quality_of_information_enabled : bool; with_is_speech_organization_enabled
    is_speech_organization_enabled : bool; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationAiFeedbackContentSettings);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationAiFeedbackCriteria`, complex type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationAiFeedbackCriteria {
    /// CSDL: property `aiFeedbackSettings`: `microsoft.graph.educationAiFeedbackSettings`, not nullable.
    pub ai_feedback_settings: rt::Field<crate::v1::EducationAiFeedbackSettings>,
    /// CSDL: property `speechType`: `microsoft.graph.educationSpeechType`, not nullable.
    pub speech_type: rt::Field<crate::v1::EducationSpeechType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationAiFeedbackCriteria {
    #[inline]
    fn default() -> Self {
        Self {
            ai_feedback_settings: rt::Field::Absent,
            speech_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationAiFeedbackCriteria {
    const TYPE_NAME: &'static str = "microsoft.graph.educationAiFeedbackCriteria";
    const KEYS: &'static [&'static str] = &["aiFeedbackSettings", "speechType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"aiFeedbackSettings\":           ",
        ",\"speechType\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationAiFeedbackCriteria\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "ai_feedback_settings", &self.ai_feedback_settings);
        v.field(1usize, "speech_type", &self.speech_type);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationAiFeedbackCriteria {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.ai_feedback_settings.read_from(r),
            1usize => self.speech_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.ai_feedback_settings);
        w.field(1usize, &self.speech_type);
    }
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
rt::impl_object!(EducationAiFeedbackCriteria);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationAiFeedbackCriteria { with_ai_feedback_settings ai_feedback_settings : crate
    ::v1::EducationAiFeedbackSettings; with_speech_type speech_type : crate
    ::v1::EducationSpeechType; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationAiFeedbackCriteria);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationAiFeedbackDeliverySettings`, complex type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationAiFeedbackDeliverySettings {
    /// CSDL: property `areRhetoricalTechniquesEnabled`: `Edm.Boolean`, not nullable.
    pub are_rhetorical_techniques_enabled: rt::Field<bool>,
    /// CSDL: property `isLanguageUseEnabled`: `Edm.Boolean`, not nullable.
    pub is_language_use_enabled: rt::Field<bool>,
    /// CSDL: property `isStyleEnabled`: `Edm.Boolean`, not nullable.
    pub is_style_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationAiFeedbackDeliverySettings {
    #[inline]
    fn default() -> Self {
        Self {
            are_rhetorical_techniques_enabled: rt::Field::Absent,
            is_language_use_enabled: rt::Field::Absent,
            is_style_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationAiFeedbackDeliverySettings {
    const TYPE_NAME: &'static str = "microsoft.graph.educationAiFeedbackDeliverySettings";
    const KEYS: &'static [&'static str] = &[
        "areRhetoricalTechniquesEnabled",
        "isLanguageUseEnabled",
        "isStyleEnabled",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"areRhetoricalTechniquesEnabled\":",
        ",\"isLanguageUseEnabled\":         ",
        ",\"isStyleEnabled\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationAiFeedbackDeliverySettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "are_rhetorical_techniques_enabled",
            &self.are_rhetorical_techniques_enabled,
        );
        v.field(1usize, "is_language_use_enabled", &self.is_language_use_enabled);
        v.field(2usize, "is_style_enabled", &self.is_style_enabled);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationAiFeedbackDeliverySettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.are_rhetorical_techniques_enabled.read_from(r),
            1usize => self.is_language_use_enabled.read_from(r),
            2usize => self.is_style_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.are_rhetorical_techniques_enabled);
        w.field(1usize, &self.is_language_use_enabled);
        w.field(2usize, &self.is_style_enabled);
    }
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
rt::impl_object!(EducationAiFeedbackDeliverySettings);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationAiFeedbackDeliverySettings { with_are_rhetorical_techniques_enabled
    are_rhetorical_techniques_enabled : bool; with_is_language_use_enabled
    is_language_use_enabled : bool; with_is_style_enabled is_style_enabled : bool; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationAiFeedbackDeliverySettings);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationAiFeedbackSettings`, complex type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationAiFeedbackSettings {
    /// CSDL: property `audienceEngagementSettings`: `microsoft.graph.educationAiFeedbackAudienceEngagementSettings`, nullable.
    pub audience_engagement_settings: rt::Field<
        crate::v1::EducationAiFeedbackAudienceEngagementSettings,
    >,
    /// CSDL: property `contentSettings`: `microsoft.graph.educationAiFeedbackContentSettings`, nullable.
    pub content_settings: rt::Field<crate::v1::EducationAiFeedbackContentSettings>,
    /// CSDL: property `deliverySettings`: `microsoft.graph.educationAiFeedbackDeliverySettings`, nullable.
    pub delivery_settings: rt::Field<crate::v1::EducationAiFeedbackDeliverySettings>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationAiFeedbackSettings {
    #[inline]
    fn default() -> Self {
        Self {
            audience_engagement_settings: rt::Field::Absent,
            content_settings: rt::Field::Absent,
            delivery_settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationAiFeedbackSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.educationAiFeedbackSettings";
    const KEYS: &'static [&'static str] = &[
        "audienceEngagementSettings",
        "contentSettings",
        "deliverySettings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"audienceEngagementSettings\":   ",
        ",\"contentSettings\":              ",
        ",\"deliverySettings\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationAiFeedbackSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "audience_engagement_settings",
            &self.audience_engagement_settings,
        );
        v.field(1usize, "content_settings", &self.content_settings);
        v.field(2usize, "delivery_settings", &self.delivery_settings);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationAiFeedbackSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.audience_engagement_settings.read_from(r),
            1usize => self.content_settings.read_from(r),
            2usize => self.delivery_settings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.audience_engagement_settings);
        w.field(1usize, &self.content_settings);
        w.field(2usize, &self.delivery_settings);
    }
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
rt::impl_object!(EducationAiFeedbackSettings);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationAiFeedbackSettings { with_audience_engagement_settings
    audience_engagement_settings : crate
    ::v1::EducationAiFeedbackAudienceEngagementSettings; with_content_settings
    content_settings : crate ::v1::EducationAiFeedbackContentSettings;
    with_delivery_settings delivery_settings : crate
    ::v1::EducationAiFeedbackDeliverySettings; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationAiFeedbackSettings);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EducationAssignmentPath`](requests/trait.EducationAssignmentPath.html), what a path to one (`EntityPath<EducationAssignment, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `addedStudentAction`: `microsoft.graph.educationAddedStudentAction`, nullable.
    pub added_student_action: rt::Field<crate::v1::EducationAddedStudentAction>,
    /// CSDL: property `addToCalendarAction`: `microsoft.graph.educationAddToCalendarOptions`, nullable.
    pub add_to_calendar_action: rt::Field<crate::v1::EducationAddToCalendarOptions>,
    /// CSDL: property `allowLateSubmissions`: `Edm.Boolean`, nullable.
    pub allow_late_submissions: rt::Field<bool>,
    /// CSDL: property `allowStudentsToAddResourcesToSubmission`: `Edm.Boolean`, nullable.
    pub allow_students_to_add_resources_to_submission: rt::Field<bool>,
    /// CSDL: property `assignDateTime`: `Edm.DateTimeOffset`, nullable.
    pub assign_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `assignedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub assigned_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `assignTo`: `microsoft.graph.educationAssignmentRecipient`, nullable.
    pub assign_to: rt::Field<crate::v1::AnyEducationAssignmentRecipient>,
    /// CSDL: property `classId`: `Edm.String`, nullable.
    pub class_id: rt::Field<::std::string::String>,
    /// CSDL: property `closeDateTime`: `Edm.DateTimeOffset`, nullable.
    pub close_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `dueDateTime`: `Edm.DateTimeOffset`, nullable.
    pub due_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `feedbackResourcesFolderUrl`: `Edm.String`, nullable.
    pub feedback_resources_folder_url: rt::Field<::std::string::String>,
    /// CSDL: property `grading`: `microsoft.graph.educationAssignmentGradeType`, nullable.
    pub grading: rt::Field<crate::v1::AnyEducationAssignmentGradeType>,
    /// CSDL: property `instructions`: `microsoft.graph.educationItemBody`, nullable.
    pub instructions: rt::Field<crate::v1::EducationItemBody>,
    /// CSDL: property `languageTag`: `Edm.String`, nullable.
    pub language_tag: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `moduleUrl`: `Edm.String`, nullable.
    pub module_url: rt::Field<::std::string::String>,
    /// CSDL: property `notificationChannelUrl`: `Edm.String`, nullable.
    pub notification_channel_url: rt::Field<::std::string::String>,
    /// CSDL: property `resourcesFolderUrl`: `Edm.String`, nullable.
    pub resources_folder_url: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.educationAssignmentStatus`, nullable.
    pub status: rt::Field<crate::v1::EducationAssignmentStatus>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `categories`: `Collection(microsoft.graph.educationCategory)`, not nullable.
    pub categories: rt::Field<::std::vec::Vec<crate::v1::EducationCategory>>,
    /// CSDL: navigation property `gradingCategory`: `microsoft.graph.educationGradingCategory`, nullable.
    pub grading_category: rt::Field<crate::v1::EducationGradingCategory>,
    /// CSDL: navigation property `gradingScheme`: `microsoft.graph.educationGradingScheme`, nullable.
    pub grading_scheme: rt::Field<crate::v1::EducationGradingScheme>,
    /// CSDL: containment navigation property `resources`: `Collection(microsoft.graph.educationAssignmentResource)`, not nullable.
    pub resources: rt::Field<::std::vec::Vec<crate::v1::EducationAssignmentResource>>,
    /// CSDL: containment navigation property `rubric`: `microsoft.graph.educationRubric`, nullable.
    pub rubric: rt::Field<crate::v1::EducationRubric>,
    /// CSDL: containment navigation property `submissions`: `Collection(microsoft.graph.educationSubmission)`, not nullable.
    pub submissions: rt::Field<::std::vec::Vec<crate::v1::EducationSubmission>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            added_student_action: rt::Field::Absent,
            add_to_calendar_action: rt::Field::Absent,
            allow_late_submissions: rt::Field::Absent,
            allow_students_to_add_resources_to_submission: rt::Field::Absent,
            assign_date_time: rt::Field::Absent,
            assigned_date_time: rt::Field::Absent,
            assign_to: rt::Field::Absent,
            class_id: rt::Field::Absent,
            close_date_time: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            due_date_time: rt::Field::Absent,
            feedback_resources_folder_url: rt::Field::Absent,
            grading: rt::Field::Absent,
            instructions: rt::Field::Absent,
            language_tag: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            module_url: rt::Field::Absent,
            notification_channel_url: rt::Field::Absent,
            resources_folder_url: rt::Field::Absent,
            status: rt::Field::Absent,
            web_url: rt::Field::Absent,
            categories: rt::Field::Absent,
            grading_category: rt::Field::Absent,
            grading_scheme: rt::Field::Absent,
            resources: rt::Field::Absent,
            rubric: rt::Field::Absent,
            submissions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.educationAssignment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "addedStudentAction",
        "addToCalendarAction",
        "allowLateSubmissions",
        "allowStudentsToAddResourcesToSubmission",
        "assignDateTime",
        "assignedDateTime",
        "assignTo",
        "classId",
        "closeDateTime",
        "createdBy",
        "createdDateTime",
        "displayName",
        "dueDateTime",
        "feedbackResourcesFolderUrl",
        "grading",
        "instructions",
        "languageTag",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "moduleUrl",
        "notificationChannelUrl",
        "resourcesFolderUrl",
        "status",
        "webUrl",
        "categories",
        "gradingCategory",
        "gradingScheme",
        "resources",
        "rubric",
        "submissions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"addedStudentAction\":           ",
        ",\"addToCalendarAction\":          ",
        ",\"allowLateSubmissions\":         ",
        ",\"allowStudentsToAddResourcesToSubmission\":",
        ",\"assignDateTime\":               ",
        ",\"assignedDateTime\":             ",
        ",\"assignTo\":                     ",
        ",\"classId\":                      ",
        ",\"closeDateTime\":                ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"dueDateTime\":                  ",
        ",\"feedbackResourcesFolderUrl\":   ",
        ",\"grading\":                      ",
        ",\"instructions\":                 ",
        ",\"languageTag\":                  ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"moduleUrl\":                    ",
        ",\"notificationChannelUrl\":       ",
        ",\"resourcesFolderUrl\":           ",
        ",\"status\":                       ",
        ",\"webUrl\":                       ",
        ",\"categories\":                   ",
        ",\"gradingCategory\":              ",
        ",\"gradingScheme\":                ",
        ",\"resources\":                    ",
        ",\"rubric\":                       ",
        ",\"submissions\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "added_student_action", &self.added_student_action);
        v.field(2usize, "add_to_calendar_action", &self.add_to_calendar_action);
        v.field(3usize, "allow_late_submissions", &self.allow_late_submissions);
        v.field(
            4usize,
            "allow_students_to_add_resources_to_submission",
            &self.allow_students_to_add_resources_to_submission,
        );
        v.field(5usize, "assign_date_time", &self.assign_date_time);
        v.field(6usize, "assigned_date_time", &self.assigned_date_time);
        v.field(7usize, "assign_to", &self.assign_to);
        v.field(8usize, "class_id", &self.class_id);
        v.field(9usize, "close_date_time", &self.close_date_time);
        v.field(10usize, "created_by", &self.created_by);
        v.field(11usize, "created_date_time", &self.created_date_time);
        v.field(12usize, "display_name", &self.display_name);
        v.field(13usize, "due_date_time", &self.due_date_time);
        v.field(
            14usize,
            "feedback_resources_folder_url",
            &self.feedback_resources_folder_url,
        );
        v.field(15usize, "grading", &self.grading);
        v.field(16usize, "instructions", &self.instructions);
        v.field(17usize, "language_tag", &self.language_tag);
        v.field(18usize, "last_modified_by", &self.last_modified_by);
        v.field(19usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(20usize, "module_url", &self.module_url);
        v.field(21usize, "notification_channel_url", &self.notification_channel_url);
        v.field(22usize, "resources_folder_url", &self.resources_folder_url);
        v.field(23usize, "status", &self.status);
        v.field(24usize, "web_url", &self.web_url);
        v.field(25usize, "categories", &self.categories);
        v.field(26usize, "grading_category", &self.grading_category);
        v.field(27usize, "grading_scheme", &self.grading_scheme);
        v.field(28usize, "resources", &self.resources);
        v.field(29usize, "rubric", &self.rubric);
        v.field(30usize, "submissions", &self.submissions);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.added_student_action.read_from(r),
            2usize => self.add_to_calendar_action.read_from(r),
            3usize => self.allow_late_submissions.read_from(r),
            4usize => self.allow_students_to_add_resources_to_submission.read_from(r),
            5usize => self.assign_date_time.read_from(r),
            6usize => self.assigned_date_time.read_from(r),
            7usize => self.assign_to.read_from(r),
            8usize => self.class_id.read_from(r),
            9usize => self.close_date_time.read_from(r),
            10usize => self.created_by.read_from(r),
            11usize => self.created_date_time.read_from(r),
            12usize => self.display_name.read_from(r),
            13usize => self.due_date_time.read_from(r),
            14usize => self.feedback_resources_folder_url.read_from(r),
            15usize => self.grading.read_from(r),
            16usize => self.instructions.read_from(r),
            17usize => self.language_tag.read_from(r),
            18usize => self.last_modified_by.read_from(r),
            19usize => self.last_modified_date_time.read_from(r),
            20usize => self.module_url.read_from(r),
            21usize => self.notification_channel_url.read_from(r),
            22usize => self.resources_folder_url.read_from(r),
            23usize => self.status.read_from(r),
            24usize => self.web_url.read_from(r),
            25usize => self.categories.read_from(r),
            26usize => self.grading_category.read_from(r),
            27usize => self.grading_scheme.read_from(r),
            28usize => self.resources.read_from(r),
            29usize => self.rubric.read_from(r),
            30usize => self.submissions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.added_student_action);
        w.field(2usize, &self.add_to_calendar_action);
        w.field(3usize, &self.allow_late_submissions);
        w.field(4usize, &self.allow_students_to_add_resources_to_submission);
        w.field(5usize, &self.assign_date_time);
        w.field(6usize, &self.assigned_date_time);
        w.field(7usize, &self.assign_to);
        w.field(8usize, &self.class_id);
        w.field(9usize, &self.close_date_time);
        w.field(10usize, &self.created_by);
        w.field(11usize, &self.created_date_time);
        w.field(12usize, &self.display_name);
        w.field(13usize, &self.due_date_time);
        w.field(14usize, &self.feedback_resources_folder_url);
        w.field(15usize, &self.grading);
        w.field(16usize, &self.instructions);
        w.field(17usize, &self.language_tag);
        w.field(18usize, &self.last_modified_by);
        w.field(19usize, &self.last_modified_date_time);
        w.field(20usize, &self.module_url);
        w.field(21usize, &self.notification_channel_url);
        w.field(22usize, &self.resources_folder_url);
        w.field(23usize, &self.status);
        w.field(24usize, &self.web_url);
        w.field(25usize, &self.categories);
        w.field(26usize, &self.grading_category);
        w.field(27usize, &self.grading_scheme);
        w.field(28usize, &self.resources);
        w.field(29usize, &self.rubric);
        w.field(30usize, &self.submissions);
    }
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
rt::impl_object!(EducationAssignment);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationAssignment { with_id id : ::std::string::String; with_added_student_action
    added_student_action : crate ::v1::EducationAddedStudentAction;
    with_add_to_calendar_action add_to_calendar_action : crate
    ::v1::EducationAddToCalendarOptions; with_allow_late_submissions
    allow_late_submissions : bool; with_allow_students_to_add_resources_to_submission
    allow_students_to_add_resources_to_submission : bool; with_assign_date_time
    assign_date_time : rt::edm::DateTimeOffset; with_assigned_date_time
    assigned_date_time : rt::edm::DateTimeOffset; with_assign_to assign_to : crate
    ::v1::AnyEducationAssignmentRecipient; with_class_id class_id :
    ::std::string::String; with_close_date_time close_date_time :
    rt::edm::DateTimeOffset; with_created_by created_by : crate ::v1::AnyIdentitySet;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_due_date_time due_date_time :
    rt::edm::DateTimeOffset; with_feedback_resources_folder_url
    feedback_resources_folder_url : ::std::string::String; with_grading grading : crate
    ::v1::AnyEducationAssignmentGradeType; with_instructions instructions : crate
    ::v1::EducationItemBody; with_language_tag language_tag : ::std::string::String;
    with_last_modified_by last_modified_by : crate ::v1::AnyIdentitySet;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_module_url module_url : ::std::string::String; with_notification_channel_url
    notification_channel_url : ::std::string::String; with_resources_folder_url
    resources_folder_url : ::std::string::String; with_status status : crate
    ::v1::EducationAssignmentStatus; with_web_url web_url : ::std::string::String;
    with_categories categories : ::std::vec::Vec < crate ::v1::EducationCategory >;
    with_grading_category grading_category : crate ::v1::EducationGradingCategory;
    with_grading_scheme grading_scheme : crate ::v1::EducationGradingScheme;
    with_resources resources : ::std::vec::Vec < crate ::v1::EducationAssignmentResource
    >; with_rubric rubric : crate ::v1::EducationRubric; with_submissions submissions :
    ::std::vec::Vec < crate ::v1::EducationSubmission >; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationAssignment);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationAssignmentClassRecipient`, complex type, derived from `microsoft.graph.educationAssignmentRecipient`.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationAssignmentClassRecipient {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationAssignmentClassRecipient {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationAssignmentClassRecipient {
    const TYPE_NAME: &'static str = "microsoft.graph.educationAssignmentClassRecipient";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.educationAssignmentClassRecipient\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationAssignmentClassRecipient {
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
#[cfg(msgraph_v1_education_or_search)]
rt::impl_object!(EducationAssignmentClassRecipient);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationAssignmentClassRecipient);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationAssignmentDefaults`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationAssignmentDefaults {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `addedStudentAction`: `microsoft.graph.educationAddedStudentAction`, nullable.
    pub added_student_action: rt::Field<crate::v1::EducationAddedStudentAction>,
    /// CSDL: property `addToCalendarAction`: `microsoft.graph.educationAddToCalendarOptions`, nullable.
    pub add_to_calendar_action: rt::Field<crate::v1::EducationAddToCalendarOptions>,
    /// CSDL: property `dueTime`: `Edm.TimeOfDay`, nullable.
    pub due_time: rt::Field<rt::edm::TimeOfDay>,
    /// CSDL: property `notificationChannelUrl`: `Edm.String`, nullable.
    pub notification_channel_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationAssignmentDefaults {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            added_student_action: rt::Field::Absent,
            add_to_calendar_action: rt::Field::Absent,
            due_time: rt::Field::Absent,
            notification_channel_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationAssignmentDefaults {
    const TYPE_NAME: &'static str = "microsoft.graph.educationAssignmentDefaults";
    const KEYS: &'static [&'static str] = &[
        "id",
        "addedStudentAction",
        "addToCalendarAction",
        "dueTime",
        "notificationChannelUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"addedStudentAction\":           ",
        ",\"addToCalendarAction\":          ",
        ",\"dueTime\":                      ",
        ",\"notificationChannelUrl\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationAssignmentDefaults\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "added_student_action", &self.added_student_action);
        v.field(2usize, "add_to_calendar_action", &self.add_to_calendar_action);
        v.field(3usize, "due_time", &self.due_time);
        v.field(4usize, "notification_channel_url", &self.notification_channel_url);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationAssignmentDefaults {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.added_student_action.read_from(r),
            2usize => self.add_to_calendar_action.read_from(r),
            3usize => self.due_time.read_from(r),
            4usize => self.notification_channel_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.added_student_action);
        w.field(2usize, &self.add_to_calendar_action);
        w.field(3usize, &self.due_time);
        w.field(4usize, &self.notification_channel_url);
    }
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
rt::impl_object!(EducationAssignmentDefaults);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationAssignmentDefaults { with_id id : ::std::string::String;
    with_added_student_action added_student_action : crate
    ::v1::EducationAddedStudentAction; with_add_to_calendar_action add_to_calendar_action
    : crate ::v1::EducationAddToCalendarOptions; with_due_time due_time :
    rt::edm::TimeOfDay; with_notification_channel_url notification_channel_url :
    ::std::string::String; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationAssignmentDefaults);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationAssignmentGrade`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationAssignmentGrade {
    /// CSDL: property `gradedBy`: `microsoft.graph.identitySet`, nullable.
    pub graded_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `gradedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub graded_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationAssignmentGrade {
    #[inline]
    fn default() -> Self {
        Self {
            graded_by: rt::Field::Absent,
            graded_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationAssignmentGrade {
    const TYPE_NAME: &'static str = "microsoft.graph.educationAssignmentGrade";
    const KEYS: &'static [&'static str] = &["gradedBy", "gradedDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"gradedBy\":                     ",
        ",\"gradedDateTime\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationAssignmentGrade\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "graded_by", &self.graded_by);
        v.field(1usize, "graded_date_time", &self.graded_date_time);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationAssignmentGrade {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.graded_by.read_from(r),
            1usize => self.graded_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.graded_by);
        w.field(1usize, &self.graded_date_time);
    }
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
rt::impl_object!(EducationAssignmentGrade);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationAssignmentGrade { with_graded_by graded_by : crate ::v1::AnyIdentitySet;
    with_graded_date_time graded_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationAssignmentGrade);
#[cfg(msgraph_v1_education_or_search)]
/// `microsoft.graph.educationAssignmentGrade` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyEducationAssignmentGrade {
    EducationAssignmentGrade(::std::boxed::Box<crate::v1::EducationAssignmentGrade>),
    EducationAssignmentPointsGrade(
        ::std::boxed::Box<crate::v1::EducationAssignmentPointsGrade>,
    ),
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for AnyEducationAssignmentGrade {
    #[inline]
    fn default() -> Self {
        Self::EducationAssignmentGrade(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationAssignmentGrade>
for AnyEducationAssignmentGrade {
    #[inline]
    fn from(v: crate::v1::EducationAssignmentGrade) -> Self {
        Self::EducationAssignmentGrade(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationAssignmentPointsGrade>
for AnyEducationAssignmentGrade {
    #[inline]
    fn from(v: crate::v1::EducationAssignmentPointsGrade) -> Self {
        Self::EducationAssignmentPointsGrade(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_education_or_search)]
unsafe impl ::std::marker::Send for AnyEducationAssignmentGrade {}
#[cfg(msgraph_v1_education_or_search)]
unsafe impl ::std::marker::Sync for AnyEducationAssignmentGrade {}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::marker::Unpin for AnyEducationAssignmentGrade {}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::panic::UnwindSafe for AnyEducationAssignmentGrade {}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::panic::RefUnwindSafe for AnyEducationAssignmentGrade {}
#[cfg(msgraph_v1_education_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::EducationAssignmentGrade>();
    rt::object::auto_traits::<crate::v1::EducationAssignmentPointsGrade>();
};
#[cfg(msgraph_v1_education_or_search)]
impl rt::Poly for AnyEducationAssignmentGrade {
    const BASE_NAME: &'static str = "microsoft.graph.educationAssignmentGrade";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.educationAssignmentPointsGrade",
            ) => Self::EducationAssignmentPointsGrade(rt::object::new_boxed()),
            _ => Self::EducationAssignmentGrade(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::EducationAssignmentGrade(v) => &**v,
            Self::EducationAssignmentPointsGrade(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::EducationAssignmentGrade(v) => &mut **v,
            Self::EducationAssignmentPointsGrade(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl AnyEducationAssignmentGrade {
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
    /// `gradedBy` of any variant.
    #[inline]
    pub fn graded_by(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::EducationAssignmentGrade(v) => &v.graded_by,
            Self::EducationAssignmentPointsGrade(v) => &v.graded_by,
        }
    }
    /// `gradedBy` of any variant.
    #[inline]
    pub fn graded_by_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::EducationAssignmentGrade(v) => &mut v.graded_by,
            Self::EducationAssignmentPointsGrade(v) => &mut v.graded_by,
        }
    }
    /// `gradedDateTime` of any variant.
    #[inline]
    pub fn graded_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EducationAssignmentGrade(v) => &v.graded_date_time,
            Self::EducationAssignmentPointsGrade(v) => &v.graded_date_time,
        }
    }
    /// `gradedDateTime` of any variant.
    #[inline]
    pub fn graded_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EducationAssignmentGrade(v) => &mut v.graded_date_time,
            Self::EducationAssignmentPointsGrade(v) => &mut v.graded_date_time,
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
rt::impl_poly!(AnyEducationAssignmentGrade);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEducationAssignmentGrade);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationAssignmentGradeType`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationAssignmentGradeType {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationAssignmentGradeType {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationAssignmentGradeType {
    const TYPE_NAME: &'static str = "microsoft.graph.educationAssignmentGradeType";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.educationAssignmentGradeType\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationAssignmentGradeType {
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
#[cfg(msgraph_v1_education_or_search)]
rt::impl_object!(EducationAssignmentGradeType);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationAssignmentGradeType);
#[cfg(msgraph_v1_education_or_search)]
/// `microsoft.graph.educationAssignmentGradeType` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyEducationAssignmentGradeType {
    EducationAssignmentGradeType(
        ::std::boxed::Box<crate::v1::EducationAssignmentGradeType>,
    ),
    EducationAssignmentPointsGradeType(
        ::std::boxed::Box<crate::v1::EducationAssignmentPointsGradeType>,
    ),
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for AnyEducationAssignmentGradeType {
    #[inline]
    fn default() -> Self {
        Self::EducationAssignmentGradeType(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationAssignmentGradeType>
for AnyEducationAssignmentGradeType {
    #[inline]
    fn from(v: crate::v1::EducationAssignmentGradeType) -> Self {
        Self::EducationAssignmentGradeType(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationAssignmentPointsGradeType>
for AnyEducationAssignmentGradeType {
    #[inline]
    fn from(v: crate::v1::EducationAssignmentPointsGradeType) -> Self {
        Self::EducationAssignmentPointsGradeType(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_education_or_search)]
unsafe impl ::std::marker::Send for AnyEducationAssignmentGradeType {}
#[cfg(msgraph_v1_education_or_search)]
unsafe impl ::std::marker::Sync for AnyEducationAssignmentGradeType {}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::marker::Unpin for AnyEducationAssignmentGradeType {}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::panic::UnwindSafe for AnyEducationAssignmentGradeType {}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::panic::RefUnwindSafe for AnyEducationAssignmentGradeType {}
#[cfg(msgraph_v1_education_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::EducationAssignmentGradeType>();
    rt::object::auto_traits::<crate::v1::EducationAssignmentPointsGradeType>();
};
#[cfg(msgraph_v1_education_or_search)]
impl rt::Poly for AnyEducationAssignmentGradeType {
    const BASE_NAME: &'static str = "microsoft.graph.educationAssignmentGradeType";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.educationAssignmentPointsGradeType",
            ) => Self::EducationAssignmentPointsGradeType(rt::object::new_boxed()),
            _ => Self::EducationAssignmentGradeType(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::EducationAssignmentGradeType(v) => &**v,
            Self::EducationAssignmentPointsGradeType(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::EducationAssignmentGradeType(v) => &mut **v,
            Self::EducationAssignmentPointsGradeType(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl AnyEducationAssignmentGradeType {
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
#[cfg(msgraph_v1_education_or_search)]
rt::impl_poly!(AnyEducationAssignmentGradeType);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEducationAssignmentGradeType);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationAssignmentGroupRecipient`, complex type, derived from `microsoft.graph.educationAssignmentRecipient`.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationAssignmentGroupRecipient {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationAssignmentGroupRecipient {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationAssignmentGroupRecipient {
    const TYPE_NAME: &'static str = "microsoft.graph.educationAssignmentGroupRecipient";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.educationAssignmentGroupRecipient\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationAssignmentGroupRecipient {
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
#[cfg(msgraph_v1_education_or_search)]
rt::impl_object!(EducationAssignmentGroupRecipient);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationAssignmentGroupRecipient);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationAssignmentIndividualRecipient`, complex type, derived from `microsoft.graph.educationAssignmentRecipient`.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationAssignmentIndividualRecipient {
    /// CSDL: property `recipients`: `Collection(Edm.String)`, nullable.
    pub recipients: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationAssignmentIndividualRecipient {
    #[inline]
    fn default() -> Self {
        Self {
            recipients: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationAssignmentIndividualRecipient {
    const TYPE_NAME: &'static str = "microsoft.graph.educationAssignmentIndividualRecipient";
    const KEYS: &'static [&'static str] = &["recipients"];
    const KEYS_JSON: &'static [&'static str] = &[",\"recipients\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.educationAssignmentIndividualRecipient\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "recipients", &self.recipients);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationAssignmentIndividualRecipient {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.recipients.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.recipients);
    }
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
rt::impl_object!(EducationAssignmentIndividualRecipient);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationAssignmentIndividualRecipient { with_recipients recipients : ::std::vec::Vec
    < ::std::string::String >; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationAssignmentIndividualRecipient);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationAssignmentPointsGrade`, complex type, derived from `microsoft.graph.educationAssignmentGrade`.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationAssignmentPointsGrade {
    /// CSDL: property `gradedBy`: `microsoft.graph.identitySet`, nullable.
    pub graded_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `gradedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub graded_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `points`: `Edm.Single`, nullable.
    pub points: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationAssignmentPointsGrade {
    #[inline]
    fn default() -> Self {
        Self {
            graded_by: rt::Field::Absent,
            graded_date_time: rt::Field::Absent,
            points: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationAssignmentPointsGrade {
    const TYPE_NAME: &'static str = "microsoft.graph.educationAssignmentPointsGrade";
    const KEYS: &'static [&'static str] = &["gradedBy", "gradedDateTime", "points"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"gradedBy\":                     ",
        ",\"gradedDateTime\":               ",
        ",\"points\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationAssignmentPointsGrade\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "graded_by", &self.graded_by);
        v.field(1usize, "graded_date_time", &self.graded_date_time);
        v.field(2usize, "points", &self.points);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationAssignmentPointsGrade {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.graded_by.read_from(r),
            1usize => self.graded_date_time.read_from(r),
            2usize => self.points.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.graded_by);
        w.field(1usize, &self.graded_date_time);
        w.field(2usize, &self.points);
    }
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
rt::impl_object!(EducationAssignmentPointsGrade);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationAssignmentPointsGrade { with_graded_by graded_by : crate
    ::v1::AnyIdentitySet; with_graded_date_time graded_date_time :
    rt::edm::DateTimeOffset; with_points points : f64; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationAssignmentPointsGrade);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationAssignmentPointsGradeType`, complex type, derived from `microsoft.graph.educationAssignmentGradeType`.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationAssignmentPointsGradeType {
    /// CSDL: property `maxPoints`: `Edm.Single`, nullable.
    pub max_points: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationAssignmentPointsGradeType {
    #[inline]
    fn default() -> Self {
        Self {
            max_points: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationAssignmentPointsGradeType {
    const TYPE_NAME: &'static str = "microsoft.graph.educationAssignmentPointsGradeType";
    const KEYS: &'static [&'static str] = &["maxPoints"];
    const KEYS_JSON: &'static [&'static str] = &[",\"maxPoints\":                    "];
    const TAG: &'static str = "\"#microsoft.graph.educationAssignmentPointsGradeType\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "max_points", &self.max_points);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationAssignmentPointsGradeType {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.max_points.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.max_points);
    }
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
rt::impl_object!(EducationAssignmentPointsGradeType);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationAssignmentPointsGradeType { with_max_points max_points : f64; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationAssignmentPointsGradeType);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationAssignmentRecipient`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationAssignmentRecipient {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationAssignmentRecipient {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationAssignmentRecipient {
    const TYPE_NAME: &'static str = "microsoft.graph.educationAssignmentRecipient";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.educationAssignmentRecipient\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationAssignmentRecipient {
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
#[cfg(msgraph_v1_education_or_search)]
rt::impl_object!(EducationAssignmentRecipient);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationAssignmentRecipient);
#[cfg(msgraph_v1_education_or_search)]
/// `microsoft.graph.educationAssignmentRecipient` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyEducationAssignmentRecipient {
    EducationAssignmentRecipient(
        ::std::boxed::Box<crate::v1::EducationAssignmentRecipient>,
    ),
    EducationAssignmentClassRecipient(
        ::std::boxed::Box<crate::v1::EducationAssignmentClassRecipient>,
    ),
    EducationAssignmentGroupRecipient(
        ::std::boxed::Box<crate::v1::EducationAssignmentGroupRecipient>,
    ),
    EducationAssignmentIndividualRecipient(
        ::std::boxed::Box<crate::v1::EducationAssignmentIndividualRecipient>,
    ),
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for AnyEducationAssignmentRecipient {
    #[inline]
    fn default() -> Self {
        Self::EducationAssignmentRecipient(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationAssignmentRecipient>
for AnyEducationAssignmentRecipient {
    #[inline]
    fn from(v: crate::v1::EducationAssignmentRecipient) -> Self {
        Self::EducationAssignmentRecipient(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationAssignmentClassRecipient>
for AnyEducationAssignmentRecipient {
    #[inline]
    fn from(v: crate::v1::EducationAssignmentClassRecipient) -> Self {
        Self::EducationAssignmentClassRecipient(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationAssignmentGroupRecipient>
for AnyEducationAssignmentRecipient {
    #[inline]
    fn from(v: crate::v1::EducationAssignmentGroupRecipient) -> Self {
        Self::EducationAssignmentGroupRecipient(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationAssignmentIndividualRecipient>
for AnyEducationAssignmentRecipient {
    #[inline]
    fn from(v: crate::v1::EducationAssignmentIndividualRecipient) -> Self {
        Self::EducationAssignmentIndividualRecipient(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_education_or_search)]
unsafe impl ::std::marker::Send for AnyEducationAssignmentRecipient {}
#[cfg(msgraph_v1_education_or_search)]
unsafe impl ::std::marker::Sync for AnyEducationAssignmentRecipient {}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::marker::Unpin for AnyEducationAssignmentRecipient {}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::panic::UnwindSafe for AnyEducationAssignmentRecipient {}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::panic::RefUnwindSafe for AnyEducationAssignmentRecipient {}
#[cfg(msgraph_v1_education_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::EducationAssignmentRecipient>();
    rt::object::auto_traits::<crate::v1::EducationAssignmentClassRecipient>();
    rt::object::auto_traits::<crate::v1::EducationAssignmentGroupRecipient>();
    rt::object::auto_traits::<crate::v1::EducationAssignmentIndividualRecipient>();
};
#[cfg(msgraph_v1_education_or_search)]
impl rt::Poly for AnyEducationAssignmentRecipient {
    const BASE_NAME: &'static str = "microsoft.graph.educationAssignmentRecipient";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.educationAssignmentClassRecipient",
            ) => Self::EducationAssignmentClassRecipient(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.educationAssignmentGroupRecipient",
            ) => Self::EducationAssignmentGroupRecipient(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.educationAssignmentIndividualRecipient",
            ) => Self::EducationAssignmentIndividualRecipient(rt::object::new_boxed()),
            _ => Self::EducationAssignmentRecipient(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::EducationAssignmentRecipient(v) => &**v,
            Self::EducationAssignmentClassRecipient(v) => &**v,
            Self::EducationAssignmentGroupRecipient(v) => &**v,
            Self::EducationAssignmentIndividualRecipient(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::EducationAssignmentRecipient(v) => &mut **v,
            Self::EducationAssignmentClassRecipient(v) => &mut **v,
            Self::EducationAssignmentGroupRecipient(v) => &mut **v,
            Self::EducationAssignmentIndividualRecipient(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl AnyEducationAssignmentRecipient {
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
#[cfg(msgraph_v1_education_or_search)]
rt::impl_poly!(AnyEducationAssignmentRecipient);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEducationAssignmentRecipient);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationAssignmentResource`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EducationAssignmentResourcePath`](requests/trait.EducationAssignmentResourcePath.html), what a path to one (`EntityPath<EducationAssignmentResource, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationAssignmentResource {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `distributeForStudentWork`: `Edm.Boolean`, nullable.
    pub distribute_for_student_work: rt::Field<bool>,
    /// CSDL: property `resource`: `microsoft.graph.educationResource`, nullable.
    pub resource: rt::Field<crate::v1::AnyEducationResource>,
    /// CSDL: containment navigation property `dependentResources`: `Collection(microsoft.graph.educationAssignmentResource)`, not nullable.
    pub dependent_resources: rt::Field<
        ::std::vec::Vec<crate::v1::EducationAssignmentResource>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationAssignmentResource {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            distribute_for_student_work: rt::Field::Absent,
            resource: rt::Field::Absent,
            dependent_resources: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationAssignmentResource {
    const TYPE_NAME: &'static str = "microsoft.graph.educationAssignmentResource";
    const KEYS: &'static [&'static str] = &[
        "id",
        "distributeForStudentWork",
        "resource",
        "dependentResources",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"distributeForStudentWork\":     ",
        ",\"resource\":                     ",
        ",\"dependentResources\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationAssignmentResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "distribute_for_student_work",
            &self.distribute_for_student_work,
        );
        v.field(2usize, "resource", &self.resource);
        v.field(3usize, "dependent_resources", &self.dependent_resources);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationAssignmentResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.distribute_for_student_work.read_from(r),
            2usize => self.resource.read_from(r),
            3usize => self.dependent_resources.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.distribute_for_student_work);
        w.field(2usize, &self.resource);
        w.field(3usize, &self.dependent_resources);
    }
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
rt::impl_object!(EducationAssignmentResource);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationAssignmentResource { with_id id : ::std::string::String;
    with_distribute_for_student_work distribute_for_student_work : bool; with_resource
    resource : crate ::v1::AnyEducationResource; with_dependent_resources
    dependent_resources : ::std::vec::Vec < crate ::v1::EducationAssignmentResource >; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationAssignmentResource);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationAssignmentSettings`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EducationAssignmentSettingsPath`](requests/trait.EducationAssignmentSettingsPath.html), what a path to one (`EntityPath<EducationAssignmentSettings, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationAssignmentSettings {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `submissionAnimationDisabled`: `Edm.Boolean`, nullable.
    pub submission_animation_disabled: rt::Field<bool>,
    /// CSDL: navigation property `defaultGradingScheme`: `microsoft.graph.educationGradingScheme`, nullable.
    pub default_grading_scheme: rt::Field<crate::v1::EducationGradingScheme>,
    /// CSDL: containment navigation property `gradingCategories`: `Collection(microsoft.graph.educationGradingCategory)`, not nullable.
    pub grading_categories: rt::Field<
        ::std::vec::Vec<crate::v1::EducationGradingCategory>,
    >,
    /// CSDL: containment navigation property `gradingSchemes`: `Collection(microsoft.graph.educationGradingScheme)`, not nullable.
    pub grading_schemes: rt::Field<::std::vec::Vec<crate::v1::EducationGradingScheme>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationAssignmentSettings {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            submission_animation_disabled: rt::Field::Absent,
            default_grading_scheme: rt::Field::Absent,
            grading_categories: rt::Field::Absent,
            grading_schemes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationAssignmentSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.educationAssignmentSettings";
    const KEYS: &'static [&'static str] = &[
        "id",
        "submissionAnimationDisabled",
        "defaultGradingScheme",
        "gradingCategories",
        "gradingSchemes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"submissionAnimationDisabled\":  ",
        ",\"defaultGradingScheme\":         ",
        ",\"gradingCategories\":            ",
        ",\"gradingSchemes\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationAssignmentSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "submission_animation_disabled",
            &self.submission_animation_disabled,
        );
        v.field(2usize, "default_grading_scheme", &self.default_grading_scheme);
        v.field(3usize, "grading_categories", &self.grading_categories);
        v.field(4usize, "grading_schemes", &self.grading_schemes);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationAssignmentSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.submission_animation_disabled.read_from(r),
            2usize => self.default_grading_scheme.read_from(r),
            3usize => self.grading_categories.read_from(r),
            4usize => self.grading_schemes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.submission_animation_disabled);
        w.field(2usize, &self.default_grading_scheme);
        w.field(3usize, &self.grading_categories);
        w.field(4usize, &self.grading_schemes);
    }
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
rt::impl_object!(EducationAssignmentSettings);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationAssignmentSettings { with_id id : ::std::string::String;
    with_submission_animation_disabled submission_animation_disabled : bool;
    with_default_grading_scheme default_grading_scheme : crate
    ::v1::EducationGradingScheme; with_grading_categories grading_categories :
    ::std::vec::Vec < crate ::v1::EducationGradingCategory >; with_grading_schemes
    grading_schemes : ::std::vec::Vec < crate ::v1::EducationGradingScheme >; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationAssignmentSettings);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationAssignmentStatus`, enum type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EducationAssignmentStatus {
    /// `draft` (value 0).
    Draft,
    /// `published` (value 1).
    Published,
    /// `assigned` (value 2).
    Assigned,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// `inactive` (value 4).
    Inactive,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::StrEnum for EducationAssignmentStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.educationAssignmentStatus";
    const MEMBERS: &'static [&'static str] = &[
        "draft",
        "published",
        "assigned",
        "unknownFutureValue",
        "inactive",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "draft" => Self::Draft,
                "published" => Self::Published,
                "assigned" => Self::Assigned,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "inactive" => Self::Inactive,
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
            Self::Draft => "draft",
            Self::Published => "published",
            Self::Assigned => "assigned",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Inactive => "inactive",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
rt::impl_enum!(EducationAssignmentStatus);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationAssignmentStatus);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationCategory`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationCategory {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationCategory {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.educationCategory";
    const KEYS: &'static [&'static str] = &["id", "displayName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationCategory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationCategory {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
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
#[cfg(msgraph_v1_education_or_search)]
rt::impl_object!(EducationCategory);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationCategory { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationCategory);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationChannelResource`, complex type, derived from `microsoft.graph.educationResource`.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationChannelResource {
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `url`: `Edm.String`, nullable.
    pub url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationChannelResource {
    #[inline]
    fn default() -> Self {
        Self {
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationChannelResource {
    const TYPE_NAME: &'static str = "microsoft.graph.educationChannelResource";
    const KEYS: &'static [&'static str] = &[
        "createdBy",
        "createdDateTime",
        "displayName",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "url",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"url\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationChannelResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_by", &self.created_by);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "url", &self.url);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationChannelResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_by.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_by);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.url);
    }
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
rt::impl_object!(EducationChannelResource);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationChannelResource { with_created_by created_by : crate ::v1::AnyIdentitySet;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_url url : ::std::string::String; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationChannelResource);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationExcelResource`, complex type, derived from `microsoft.graph.educationResource`.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationExcelResource {
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `fileUrl`: `Edm.String`, nullable.
    pub file_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationExcelResource {
    #[inline]
    fn default() -> Self {
        Self {
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            file_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationExcelResource {
    const TYPE_NAME: &'static str = "microsoft.graph.educationExcelResource";
    const KEYS: &'static [&'static str] = &[
        "createdBy",
        "createdDateTime",
        "displayName",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "fileUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"fileUrl\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationExcelResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_by", &self.created_by);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "file_url", &self.file_url);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationExcelResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_by.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.file_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_by);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.file_url);
    }
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
rt::impl_object!(EducationExcelResource);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationExcelResource { with_created_by created_by : crate ::v1::AnyIdentitySet;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_file_url file_url : ::std::string::String; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationExcelResource);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationExternalResource`, complex type, derived from `microsoft.graph.educationResource`.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationExternalResource {
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationExternalResource {
    #[inline]
    fn default() -> Self {
        Self {
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationExternalResource {
    const TYPE_NAME: &'static str = "microsoft.graph.educationExternalResource";
    const KEYS: &'static [&'static str] = &[
        "createdBy",
        "createdDateTime",
        "displayName",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "webUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"webUrl\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationExternalResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_by", &self.created_by);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "web_url", &self.web_url);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationExternalResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_by.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_by);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.web_url);
    }
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
rt::impl_object!(EducationExternalResource);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationExternalResource { with_created_by created_by : crate ::v1::AnyIdentitySet;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_web_url web_url : ::std::string::String; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationExternalResource);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationFeedback`, complex type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationFeedback {
    /// CSDL: property `feedbackBy`: `microsoft.graph.identitySet`, nullable.
    pub feedback_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `feedbackDateTime`: `Edm.DateTimeOffset`, nullable.
    pub feedback_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `text`: `microsoft.graph.educationItemBody`, nullable.
    pub text: rt::Field<crate::v1::EducationItemBody>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationFeedback {
    #[inline]
    fn default() -> Self {
        Self {
            feedback_by: rt::Field::Absent,
            feedback_date_time: rt::Field::Absent,
            text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationFeedback {
    const TYPE_NAME: &'static str = "microsoft.graph.educationFeedback";
    const KEYS: &'static [&'static str] = &["feedbackBy", "feedbackDateTime", "text"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"feedbackBy\":                   ",
        ",\"feedbackDateTime\":             ",
        ",\"text\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationFeedback\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "feedback_by", &self.feedback_by);
        v.field(1usize, "feedback_date_time", &self.feedback_date_time);
        v.field(2usize, "text", &self.text);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationFeedback {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.feedback_by.read_from(r),
            1usize => self.feedback_date_time.read_from(r),
            2usize => self.text.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.feedback_by);
        w.field(1usize, &self.feedback_date_time);
        w.field(2usize, &self.text);
    }
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
rt::impl_object!(EducationFeedback);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationFeedback { with_feedback_by feedback_by : crate ::v1::AnyIdentitySet;
    with_feedback_date_time feedback_date_time : rt::edm::DateTimeOffset; with_text text
    : crate ::v1::EducationItemBody; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationFeedback);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationFeedbackOutcome`, entity type, derived from `microsoft.graph.educationOutcome`, key `id`.
///
/// Request builders: [`EducationFeedbackOutcomePath`](requests/trait.EducationFeedbackOutcomePath.html), what a path to one (`EntityPath<EducationFeedbackOutcome, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationFeedbackOutcome {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `feedback`: `microsoft.graph.educationFeedback`, nullable.
    pub feedback: rt::Field<crate::v1::EducationFeedback>,
    /// CSDL: property `publishedFeedback`: `microsoft.graph.educationFeedback`, nullable.
    pub published_feedback: rt::Field<crate::v1::EducationFeedback>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationFeedbackOutcome {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            feedback: rt::Field::Absent,
            published_feedback: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationFeedbackOutcome {
    const TYPE_NAME: &'static str = "microsoft.graph.educationFeedbackOutcome";
    const KEYS: &'static [&'static str] = &[
        "id",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "feedback",
        "publishedFeedback",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"feedback\":                     ",
        ",\"publishedFeedback\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationFeedbackOutcome\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "last_modified_by", &self.last_modified_by);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "feedback", &self.feedback);
        v.field(4usize, "published_feedback", &self.published_feedback);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationFeedbackOutcome {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.last_modified_by.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.feedback.read_from(r),
            4usize => self.published_feedback.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.last_modified_by);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.feedback);
        w.field(4usize, &self.published_feedback);
    }
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
rt::impl_object!(EducationFeedbackOutcome);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationFeedbackOutcome { with_id id : ::std::string::String; with_last_modified_by
    last_modified_by : crate ::v1::AnyIdentitySet; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_feedback feedback : crate
    ::v1::EducationFeedback; with_published_feedback published_feedback : crate
    ::v1::EducationFeedback; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationFeedbackOutcome);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationFeedbackResourceOutcome`, entity type, derived from `microsoft.graph.educationOutcome`, key `id`.
///
/// Request builders: [`EducationFeedbackResourceOutcomePath`](requests/trait.EducationFeedbackResourceOutcomePath.html), what a path to one (`EntityPath<EducationFeedbackResourceOutcome, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationFeedbackResourceOutcome {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `feedbackResource`: `microsoft.graph.educationResource`, nullable.
    pub feedback_resource: rt::Field<crate::v1::AnyEducationResource>,
    /// CSDL: property `resourceStatus`: `microsoft.graph.educationFeedbackResourceOutcomeStatus`, nullable.
    pub resource_status: rt::Field<crate::v1::EducationFeedbackResourceOutcomeStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationFeedbackResourceOutcome {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            feedback_resource: rt::Field::Absent,
            resource_status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationFeedbackResourceOutcome {
    const TYPE_NAME: &'static str = "microsoft.graph.educationFeedbackResourceOutcome";
    const KEYS: &'static [&'static str] = &[
        "id",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "feedbackResource",
        "resourceStatus",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"feedbackResource\":             ",
        ",\"resourceStatus\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationFeedbackResourceOutcome\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "last_modified_by", &self.last_modified_by);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "feedback_resource", &self.feedback_resource);
        v.field(4usize, "resource_status", &self.resource_status);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationFeedbackResourceOutcome {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.last_modified_by.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.feedback_resource.read_from(r),
            4usize => self.resource_status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.last_modified_by);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.feedback_resource);
        w.field(4usize, &self.resource_status);
    }
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
rt::impl_object!(EducationFeedbackResourceOutcome);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationFeedbackResourceOutcome { with_id id : ::std::string::String;
    with_last_modified_by last_modified_by : crate ::v1::AnyIdentitySet;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_feedback_resource feedback_resource : crate ::v1::AnyEducationResource;
    with_resource_status resource_status : crate
    ::v1::EducationFeedbackResourceOutcomeStatus; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationFeedbackResourceOutcome);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationFeedbackResourceOutcomeStatus`, enum type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EducationFeedbackResourceOutcomeStatus {
    /// `notPublished` (value 0).
    NotPublished,
    /// `pendingPublish` (value 1).
    PendingPublish,
    /// `published` (value 2).
    Published,
    /// `failedPublish` (value 3).
    FailedPublish,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::StrEnum for EducationFeedbackResourceOutcomeStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.educationFeedbackResourceOutcomeStatus";
    const MEMBERS: &'static [&'static str] = &[
        "notPublished",
        "pendingPublish",
        "published",
        "failedPublish",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notPublished" => Self::NotPublished,
                "pendingPublish" => Self::PendingPublish,
                "published" => Self::Published,
                "failedPublish" => Self::FailedPublish,
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
            Self::NotPublished => "notPublished",
            Self::PendingPublish => "pendingPublish",
            Self::Published => "published",
            Self::FailedPublish => "failedPublish",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
rt::impl_enum!(EducationFeedbackResourceOutcomeStatus);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationFeedbackResourceOutcomeStatus);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationFileResource`, complex type, derived from `microsoft.graph.educationResource`.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationFileResource {
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `fileUrl`: `Edm.String`, nullable.
    pub file_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationFileResource {
    #[inline]
    fn default() -> Self {
        Self {
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            file_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationFileResource {
    const TYPE_NAME: &'static str = "microsoft.graph.educationFileResource";
    const KEYS: &'static [&'static str] = &[
        "createdBy",
        "createdDateTime",
        "displayName",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "fileUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"fileUrl\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationFileResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_by", &self.created_by);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "file_url", &self.file_url);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationFileResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_by.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.file_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_by);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.file_url);
    }
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
rt::impl_object!(EducationFileResource);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationFileResource { with_created_by created_by : crate ::v1::AnyIdentitySet;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_file_url file_url : ::std::string::String; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationFileResource);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationGradingCategory`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationGradingCategory {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `percentageWeight`: `Edm.Int32`, not nullable.
    pub percentage_weight: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationGradingCategory {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            percentage_weight: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationGradingCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.educationGradingCategory";
    const KEYS: &'static [&'static str] = &["id", "displayName", "percentageWeight"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"percentageWeight\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationGradingCategory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "percentage_weight", &self.percentage_weight);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationGradingCategory {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.percentage_weight.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.percentage_weight);
    }
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
rt::impl_object!(EducationGradingCategory);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationGradingCategory { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_percentage_weight percentage_weight : i32;
    }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationGradingCategory);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationGradingScheme`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationGradingScheme {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `grades`: `Collection(microsoft.graph.educationGradingSchemeGrade)`, not nullable.
    pub grades: rt::Field<::std::vec::Vec<crate::v1::EducationGradingSchemeGrade>>,
    /// CSDL: property `hidePointsDuringGrading`: `Edm.Boolean`, not nullable.
    pub hide_points_during_grading: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationGradingScheme {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            grades: rt::Field::Absent,
            hide_points_during_grading: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationGradingScheme {
    const TYPE_NAME: &'static str = "microsoft.graph.educationGradingScheme";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "grades",
        "hidePointsDuringGrading",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"grades\":                       ",
        ",\"hidePointsDuringGrading\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationGradingScheme\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "grades", &self.grades);
        v.field(3usize, "hide_points_during_grading", &self.hide_points_during_grading);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationGradingScheme {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.grades.read_from(r),
            3usize => self.hide_points_during_grading.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.grades);
        w.field(3usize, &self.hide_points_during_grading);
    }
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
rt::impl_object!(EducationGradingScheme);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationGradingScheme { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_grades grades : ::std::vec::Vec < crate
    ::v1::EducationGradingSchemeGrade >; with_hide_points_during_grading
    hide_points_during_grading : bool; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationGradingScheme);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationGradingSchemeGrade`, complex type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationGradingSchemeGrade {
    /// CSDL: property `defaultPercentage`: `Edm.Single`, nullable.
    pub default_percentage: rt::Field<f64>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `minPercentage`: `Edm.Single`, not nullable.
    pub min_percentage: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationGradingSchemeGrade {
    #[inline]
    fn default() -> Self {
        Self {
            default_percentage: rt::Field::Absent,
            display_name: rt::Field::Absent,
            min_percentage: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationGradingSchemeGrade {
    const TYPE_NAME: &'static str = "microsoft.graph.educationGradingSchemeGrade";
    const KEYS: &'static [&'static str] = &[
        "defaultPercentage",
        "displayName",
        "minPercentage",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"defaultPercentage\":            ",
        ",\"displayName\":                  ",
        ",\"minPercentage\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationGradingSchemeGrade\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "default_percentage", &self.default_percentage);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "min_percentage", &self.min_percentage);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationGradingSchemeGrade {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.default_percentage.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.min_percentage.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.default_percentage);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.min_percentage);
    }
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
rt::impl_object!(EducationGradingSchemeGrade);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationGradingSchemeGrade { with_default_percentage default_percentage : f64;
    with_display_name display_name : ::std::string::String; with_min_percentage
    min_percentage : f64; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationGradingSchemeGrade);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationItemBody`, complex type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationItemBody {
    /// CSDL: property `content`: `Edm.String`, nullable.
    pub content: rt::Field<::std::string::String>,
    /// CSDL: property `contentType`: `microsoft.graph.bodyType`, nullable.
    pub content_type: rt::Field<crate::v1::BodyType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationItemBody {
    #[inline]
    fn default() -> Self {
        Self {
            content: rt::Field::Absent,
            content_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationItemBody {
    const TYPE_NAME: &'static str = "microsoft.graph.educationItemBody";
    const KEYS: &'static [&'static str] = &["content", "contentType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"content\":                      ",
        ",\"contentType\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationItemBody\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content", &self.content);
        v.field(1usize, "content_type", &self.content_type);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationItemBody {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content.read_from(r),
            1usize => self.content_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content);
        w.field(1usize, &self.content_type);
    }
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
rt::impl_object!(EducationItemBody);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationItemBody { with_content content : ::std::string::String; with_content_type
    content_type : crate ::v1::BodyType; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationItemBody);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationLinkResource`, complex type, derived from `microsoft.graph.educationResource`.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationLinkResource {
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `link`: `Edm.String`, nullable.
    pub link: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationLinkResource {
    #[inline]
    fn default() -> Self {
        Self {
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            link: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationLinkResource {
    const TYPE_NAME: &'static str = "microsoft.graph.educationLinkResource";
    const KEYS: &'static [&'static str] = &[
        "createdBy",
        "createdDateTime",
        "displayName",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "link",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"link\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationLinkResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_by", &self.created_by);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "link", &self.link);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationLinkResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_by.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.link.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_by);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.link);
    }
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
rt::impl_object!(EducationLinkResource);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationLinkResource { with_created_by created_by : crate ::v1::AnyIdentitySet;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_link link : ::std::string::String; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationLinkResource);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationLinkedAssignmentResource`, complex type, derived from `microsoft.graph.educationResource`.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationLinkedAssignmentResource {
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `url`: `Edm.String`, nullable.
    pub url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationLinkedAssignmentResource {
    #[inline]
    fn default() -> Self {
        Self {
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationLinkedAssignmentResource {
    const TYPE_NAME: &'static str = "microsoft.graph.educationLinkedAssignmentResource";
    const KEYS: &'static [&'static str] = &[
        "createdBy",
        "createdDateTime",
        "displayName",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "url",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"url\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationLinkedAssignmentResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_by", &self.created_by);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "url", &self.url);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationLinkedAssignmentResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_by.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_by);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.url);
    }
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
rt::impl_object!(EducationLinkedAssignmentResource);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationLinkedAssignmentResource { with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_display_name display_name : ::std::string::String;
    with_last_modified_by last_modified_by : crate ::v1::AnyIdentitySet;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_url url : ::std::string::String; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationLinkedAssignmentResource);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationMediaResource`, complex type, derived from `microsoft.graph.educationResource`.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationMediaResource {
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `fileUrl`: `Edm.String`, nullable.
    pub file_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationMediaResource {
    #[inline]
    fn default() -> Self {
        Self {
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            file_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationMediaResource {
    const TYPE_NAME: &'static str = "microsoft.graph.educationMediaResource";
    const KEYS: &'static [&'static str] = &[
        "createdBy",
        "createdDateTime",
        "displayName",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "fileUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"fileUrl\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationMediaResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_by", &self.created_by);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "file_url", &self.file_url);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationMediaResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_by.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.file_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_by);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.file_url);
    }
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
rt::impl_object!(EducationMediaResource);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationMediaResource { with_created_by created_by : crate ::v1::AnyIdentitySet;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_file_url file_url : ::std::string::String; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationMediaResource);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationModule`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EducationModulePath`](requests/trait.EducationModulePath.html), what a path to one (`EntityPath<EducationModule, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationModule {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isPinned`: `Edm.Boolean`, nullable.
    pub is_pinned: rt::Field<bool>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `resourcesFolderUrl`: `Edm.String`, nullable.
    pub resources_folder_url: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.educationModuleStatus`, nullable.
    pub status: rt::Field<crate::v1::EducationModuleStatus>,
    /// CSDL: containment navigation property `resources`: `Collection(microsoft.graph.educationModuleResource)`, not nullable.
    pub resources: rt::Field<::std::vec::Vec<crate::v1::EducationModuleResource>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationModule {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_pinned: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            resources_folder_url: rt::Field::Absent,
            status: rt::Field::Absent,
            resources: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationModule {
    const TYPE_NAME: &'static str = "microsoft.graph.educationModule";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "description",
        "displayName",
        "isPinned",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "resourcesFolderUrl",
        "status",
        "resources",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isPinned\":                     ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"resourcesFolderUrl\":           ",
        ",\"status\":                       ",
        ",\"resources\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationModule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "is_pinned", &self.is_pinned);
        v.field(6usize, "last_modified_by", &self.last_modified_by);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "resources_folder_url", &self.resources_folder_url);
        v.field(9usize, "status", &self.status);
        v.field(10usize, "resources", &self.resources);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationModule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.is_pinned.read_from(r),
            6usize => self.last_modified_by.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.resources_folder_url.read_from(r),
            9usize => self.status.read_from(r),
            10usize => self.resources.read_from(r),
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
        w.field(5usize, &self.is_pinned);
        w.field(6usize, &self.last_modified_by);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.resources_folder_url);
        w.field(9usize, &self.status);
        w.field(10usize, &self.resources);
    }
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
rt::impl_object!(EducationModule);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationModule { with_id id : ::std::string::String; with_created_by created_by :
    crate ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_is_pinned is_pinned :
    bool; with_last_modified_by last_modified_by : crate ::v1::AnyIdentitySet;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_resources_folder_url resources_folder_url : ::std::string::String; with_status
    status : crate ::v1::EducationModuleStatus; with_resources resources :
    ::std::vec::Vec < crate ::v1::EducationModuleResource >; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationModule);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationModuleResource`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EducationModuleResourcePath`](requests/trait.EducationModuleResourcePath.html), what a path to one (`EntityPath<EducationModuleResource, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationModuleResource {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `resource`: `microsoft.graph.educationResource`, nullable.
    pub resource: rt::Field<crate::v1::AnyEducationResource>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationModuleResource {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            resource: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationModuleResource {
    const TYPE_NAME: &'static str = "microsoft.graph.educationModuleResource";
    const KEYS: &'static [&'static str] = &["id", "resource"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"resource\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationModuleResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "resource", &self.resource);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationModuleResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.resource.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.resource);
    }
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
rt::impl_object!(EducationModuleResource);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationModuleResource { with_id id : ::std::string::String; with_resource resource
    : crate ::v1::AnyEducationResource; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationModuleResource);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationModuleStatus`, enum type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EducationModuleStatus {
    /// `draft` (value 0).
    Draft,
    /// `published` (value 1).
    Published,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::StrEnum for EducationModuleStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.educationModuleStatus";
    const MEMBERS: &'static [&'static str] = &[
        "draft",
        "published",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "draft" => Self::Draft,
                "published" => Self::Published,
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
            Self::Draft => "draft",
            Self::Published => "published",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
rt::impl_enum!(EducationModuleStatus);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationModuleStatus);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationOutcome`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`EducationOutcomePath`](requests/trait.EducationOutcomePath.html), what a path to one (`EntityPath<AnyEducationOutcome, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationOutcome {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationOutcome {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationOutcome {
    const TYPE_NAME: &'static str = "microsoft.graph.educationOutcome";
    const KEYS: &'static [&'static str] = &[
        "id",
        "lastModifiedBy",
        "lastModifiedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationOutcome\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "last_modified_by", &self.last_modified_by);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationOutcome {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.last_modified_by.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.last_modified_by);
        w.field(2usize, &self.last_modified_date_time);
    }
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
rt::impl_object!(EducationOutcome);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationOutcome { with_id id : ::std::string::String; with_last_modified_by
    last_modified_by : crate ::v1::AnyIdentitySet; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationOutcome);
#[cfg(msgraph_v1_education_or_search)]
/// `microsoft.graph.educationOutcome` or any type derived from it, selected by `@odata.type` (5 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyEducationOutcome {
    EducationOutcome(::std::boxed::Box<crate::v1::EducationOutcome>),
    EducationFeedbackOutcome(::std::boxed::Box<crate::v1::EducationFeedbackOutcome>),
    EducationFeedbackResourceOutcome(
        ::std::boxed::Box<crate::v1::EducationFeedbackResourceOutcome>,
    ),
    EducationPointsOutcome(::std::boxed::Box<crate::v1::EducationPointsOutcome>),
    EducationRubricOutcome(::std::boxed::Box<crate::v1::EducationRubricOutcome>),
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for AnyEducationOutcome {
    #[inline]
    fn default() -> Self {
        Self::EducationOutcome(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationOutcome> for AnyEducationOutcome {
    #[inline]
    fn from(v: crate::v1::EducationOutcome) -> Self {
        Self::EducationOutcome(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationFeedbackOutcome> for AnyEducationOutcome {
    #[inline]
    fn from(v: crate::v1::EducationFeedbackOutcome) -> Self {
        Self::EducationFeedbackOutcome(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationFeedbackResourceOutcome>
for AnyEducationOutcome {
    #[inline]
    fn from(v: crate::v1::EducationFeedbackResourceOutcome) -> Self {
        Self::EducationFeedbackResourceOutcome(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationPointsOutcome> for AnyEducationOutcome {
    #[inline]
    fn from(v: crate::v1::EducationPointsOutcome) -> Self {
        Self::EducationPointsOutcome(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationRubricOutcome> for AnyEducationOutcome {
    #[inline]
    fn from(v: crate::v1::EducationRubricOutcome) -> Self {
        Self::EducationRubricOutcome(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_education_or_search)]
unsafe impl ::std::marker::Send for AnyEducationOutcome {}
#[cfg(msgraph_v1_education_or_search)]
unsafe impl ::std::marker::Sync for AnyEducationOutcome {}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::marker::Unpin for AnyEducationOutcome {}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::panic::UnwindSafe for AnyEducationOutcome {}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::panic::RefUnwindSafe for AnyEducationOutcome {}
#[cfg(msgraph_v1_education_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::EducationOutcome>();
    rt::object::auto_traits::<crate::v1::EducationFeedbackOutcome>();
    rt::object::auto_traits::<crate::v1::EducationFeedbackResourceOutcome>();
    rt::object::auto_traits::<crate::v1::EducationPointsOutcome>();
    rt::object::auto_traits::<crate::v1::EducationRubricOutcome>();
};
#[cfg(msgraph_v1_education_or_search)]
impl rt::Poly for AnyEducationOutcome {
    const BASE_NAME: &'static str = "microsoft.graph.educationOutcome";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.educationFeedbackOutcome") => {
                Self::EducationFeedbackOutcome(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.educationFeedbackResourceOutcome",
            ) => Self::EducationFeedbackResourceOutcome(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.educationPointsOutcome") => {
                Self::EducationPointsOutcome(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.educationRubricOutcome") => {
                Self::EducationRubricOutcome(rt::object::new_boxed())
            }
            _ => Self::EducationOutcome(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::EducationOutcome(v) => &**v,
            Self::EducationFeedbackOutcome(v) => &**v,
            Self::EducationFeedbackResourceOutcome(v) => &**v,
            Self::EducationPointsOutcome(v) => &**v,
            Self::EducationRubricOutcome(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::EducationOutcome(v) => &mut **v,
            Self::EducationFeedbackOutcome(v) => &mut **v,
            Self::EducationFeedbackResourceOutcome(v) => &mut **v,
            Self::EducationPointsOutcome(v) => &mut **v,
            Self::EducationRubricOutcome(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl AnyEducationOutcome {
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
            Self::EducationOutcome(v) => &v.id,
            Self::EducationFeedbackOutcome(v) => &v.id,
            Self::EducationFeedbackResourceOutcome(v) => &v.id,
            Self::EducationPointsOutcome(v) => &v.id,
            Self::EducationRubricOutcome(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EducationOutcome(v) => &mut v.id,
            Self::EducationFeedbackOutcome(v) => &mut v.id,
            Self::EducationFeedbackResourceOutcome(v) => &mut v.id,
            Self::EducationPointsOutcome(v) => &mut v.id,
            Self::EducationRubricOutcome(v) => &mut v.id,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::EducationOutcome(v) => &v.last_modified_by,
            Self::EducationFeedbackOutcome(v) => &v.last_modified_by,
            Self::EducationFeedbackResourceOutcome(v) => &v.last_modified_by,
            Self::EducationPointsOutcome(v) => &v.last_modified_by,
            Self::EducationRubricOutcome(v) => &v.last_modified_by,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::EducationOutcome(v) => &mut v.last_modified_by,
            Self::EducationFeedbackOutcome(v) => &mut v.last_modified_by,
            Self::EducationFeedbackResourceOutcome(v) => &mut v.last_modified_by,
            Self::EducationPointsOutcome(v) => &mut v.last_modified_by,
            Self::EducationRubricOutcome(v) => &mut v.last_modified_by,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EducationOutcome(v) => &v.last_modified_date_time,
            Self::EducationFeedbackOutcome(v) => &v.last_modified_date_time,
            Self::EducationFeedbackResourceOutcome(v) => &v.last_modified_date_time,
            Self::EducationPointsOutcome(v) => &v.last_modified_date_time,
            Self::EducationRubricOutcome(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EducationOutcome(v) => &mut v.last_modified_date_time,
            Self::EducationFeedbackOutcome(v) => &mut v.last_modified_date_time,
            Self::EducationFeedbackResourceOutcome(v) => &mut v.last_modified_date_time,
            Self::EducationPointsOutcome(v) => &mut v.last_modified_date_time,
            Self::EducationRubricOutcome(v) => &mut v.last_modified_date_time,
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
rt::impl_poly!(AnyEducationOutcome);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEducationOutcome);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationPointsOutcome`, entity type, derived from `microsoft.graph.educationOutcome`, key `id`.
///
/// Request builders: [`EducationPointsOutcomePath`](requests/trait.EducationPointsOutcomePath.html), what a path to one (`EntityPath<EducationPointsOutcome, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationPointsOutcome {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `points`: `microsoft.graph.educationAssignmentPointsGrade`, nullable.
    pub points: rt::Field<crate::v1::EducationAssignmentPointsGrade>,
    /// CSDL: property `publishedPoints`: `microsoft.graph.educationAssignmentPointsGrade`, nullable.
    pub published_points: rt::Field<crate::v1::EducationAssignmentPointsGrade>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationPointsOutcome {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            points: rt::Field::Absent,
            published_points: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationPointsOutcome {
    const TYPE_NAME: &'static str = "microsoft.graph.educationPointsOutcome";
    const KEYS: &'static [&'static str] = &[
        "id",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "points",
        "publishedPoints",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"points\":                       ",
        ",\"publishedPoints\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationPointsOutcome\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "last_modified_by", &self.last_modified_by);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "points", &self.points);
        v.field(4usize, "published_points", &self.published_points);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationPointsOutcome {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.last_modified_by.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.points.read_from(r),
            4usize => self.published_points.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.last_modified_by);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.points);
        w.field(4usize, &self.published_points);
    }
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
rt::impl_object!(EducationPointsOutcome);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationPointsOutcome { with_id id : ::std::string::String; with_last_modified_by
    last_modified_by : crate ::v1::AnyIdentitySet; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_points points : crate
    ::v1::EducationAssignmentPointsGrade; with_published_points published_points : crate
    ::v1::EducationAssignmentPointsGrade; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationPointsOutcome);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationPowerPointResource`, complex type, derived from `microsoft.graph.educationResource`.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationPowerPointResource {
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `fileUrl`: `Edm.String`, nullable.
    pub file_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationPowerPointResource {
    #[inline]
    fn default() -> Self {
        Self {
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            file_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationPowerPointResource {
    const TYPE_NAME: &'static str = "microsoft.graph.educationPowerPointResource";
    const KEYS: &'static [&'static str] = &[
        "createdBy",
        "createdDateTime",
        "displayName",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "fileUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"fileUrl\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationPowerPointResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_by", &self.created_by);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "file_url", &self.file_url);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationPowerPointResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_by.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.file_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_by);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.file_url);
    }
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
rt::impl_object!(EducationPowerPointResource);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationPowerPointResource { with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_display_name display_name : ::std::string::String;
    with_last_modified_by last_modified_by : crate ::v1::AnyIdentitySet;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_file_url file_url : ::std::string::String; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationPowerPointResource);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationResource`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationResource {
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationResource {
    #[inline]
    fn default() -> Self {
        Self {
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationResource {
    const TYPE_NAME: &'static str = "microsoft.graph.educationResource";
    const KEYS: &'static [&'static str] = &[
        "createdBy",
        "createdDateTime",
        "displayName",
        "lastModifiedBy",
        "lastModifiedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_by", &self.created_by);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_by.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_by);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
    }
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
rt::impl_object!(EducationResource);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationResource { with_created_by created_by : crate ::v1::AnyIdentitySet;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationResource);
#[cfg(msgraph_v1_education_or_search)]
/// `microsoft.graph.educationResource` or any type derived from it, selected by `@odata.type` (12 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyEducationResource {
    EducationResource(::std::boxed::Box<crate::v1::EducationResource>),
    EducationChannelResource(::std::boxed::Box<crate::v1::EducationChannelResource>),
    EducationExcelResource(::std::boxed::Box<crate::v1::EducationExcelResource>),
    EducationExternalResource(::std::boxed::Box<crate::v1::EducationExternalResource>),
    EducationFileResource(::std::boxed::Box<crate::v1::EducationFileResource>),
    EducationLinkResource(::std::boxed::Box<crate::v1::EducationLinkResource>),
    EducationLinkedAssignmentResource(
        ::std::boxed::Box<crate::v1::EducationLinkedAssignmentResource>,
    ),
    EducationMediaResource(::std::boxed::Box<crate::v1::EducationMediaResource>),
    EducationPowerPointResource(
        ::std::boxed::Box<crate::v1::EducationPowerPointResource>,
    ),
    EducationSpeakerProgressResource(
        ::std::boxed::Box<crate::v1::EducationSpeakerProgressResource>,
    ),
    EducationTeamsAppResource(::std::boxed::Box<crate::v1::EducationTeamsAppResource>),
    EducationWordResource(::std::boxed::Box<crate::v1::EducationWordResource>),
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for AnyEducationResource {
    #[inline]
    fn default() -> Self {
        Self::EducationResource(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationResource> for AnyEducationResource {
    #[inline]
    fn from(v: crate::v1::EducationResource) -> Self {
        Self::EducationResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationChannelResource> for AnyEducationResource {
    #[inline]
    fn from(v: crate::v1::EducationChannelResource) -> Self {
        Self::EducationChannelResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationExcelResource> for AnyEducationResource {
    #[inline]
    fn from(v: crate::v1::EducationExcelResource) -> Self {
        Self::EducationExcelResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationExternalResource>
for AnyEducationResource {
    #[inline]
    fn from(v: crate::v1::EducationExternalResource) -> Self {
        Self::EducationExternalResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationFileResource> for AnyEducationResource {
    #[inline]
    fn from(v: crate::v1::EducationFileResource) -> Self {
        Self::EducationFileResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationLinkResource> for AnyEducationResource {
    #[inline]
    fn from(v: crate::v1::EducationLinkResource) -> Self {
        Self::EducationLinkResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationLinkedAssignmentResource>
for AnyEducationResource {
    #[inline]
    fn from(v: crate::v1::EducationLinkedAssignmentResource) -> Self {
        Self::EducationLinkedAssignmentResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationMediaResource> for AnyEducationResource {
    #[inline]
    fn from(v: crate::v1::EducationMediaResource) -> Self {
        Self::EducationMediaResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationPowerPointResource>
for AnyEducationResource {
    #[inline]
    fn from(v: crate::v1::EducationPowerPointResource) -> Self {
        Self::EducationPowerPointResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationSpeakerProgressResource>
for AnyEducationResource {
    #[inline]
    fn from(v: crate::v1::EducationSpeakerProgressResource) -> Self {
        Self::EducationSpeakerProgressResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationTeamsAppResource>
for AnyEducationResource {
    #[inline]
    fn from(v: crate::v1::EducationTeamsAppResource) -> Self {
        Self::EducationTeamsAppResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationWordResource> for AnyEducationResource {
    #[inline]
    fn from(v: crate::v1::EducationWordResource) -> Self {
        Self::EducationWordResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_education_or_search)]
unsafe impl ::std::marker::Send for AnyEducationResource {}
#[cfg(msgraph_v1_education_or_search)]
unsafe impl ::std::marker::Sync for AnyEducationResource {}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::marker::Unpin for AnyEducationResource {}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::panic::UnwindSafe for AnyEducationResource {}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::panic::RefUnwindSafe for AnyEducationResource {}
#[cfg(msgraph_v1_education_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::EducationResource>();
    rt::object::auto_traits::<crate::v1::EducationChannelResource>();
    rt::object::auto_traits::<crate::v1::EducationExcelResource>();
    rt::object::auto_traits::<crate::v1::EducationExternalResource>();
    rt::object::auto_traits::<crate::v1::EducationFileResource>();
    rt::object::auto_traits::<crate::v1::EducationLinkResource>();
    rt::object::auto_traits::<crate::v1::EducationLinkedAssignmentResource>();
    rt::object::auto_traits::<crate::v1::EducationMediaResource>();
    rt::object::auto_traits::<crate::v1::EducationPowerPointResource>();
    rt::object::auto_traits::<crate::v1::EducationSpeakerProgressResource>();
    rt::object::auto_traits::<crate::v1::EducationTeamsAppResource>();
    rt::object::auto_traits::<crate::v1::EducationWordResource>();
};
#[cfg(msgraph_v1_education_or_search)]
impl rt::Poly for AnyEducationResource {
    const BASE_NAME: &'static str = "microsoft.graph.educationResource";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.educationChannelResource") => {
                Self::EducationChannelResource(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.educationExcelResource") => {
                Self::EducationExcelResource(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.educationExternalResource") => {
                Self::EducationExternalResource(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.educationFileResource") => {
                Self::EducationFileResource(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.educationLinkResource") => {
                Self::EducationLinkResource(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.educationLinkedAssignmentResource",
            ) => Self::EducationLinkedAssignmentResource(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.educationMediaResource") => {
                Self::EducationMediaResource(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.educationPowerPointResource",
            ) => Self::EducationPowerPointResource(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.educationSpeakerProgressResource",
            ) => Self::EducationSpeakerProgressResource(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.educationTeamsAppResource") => {
                Self::EducationTeamsAppResource(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.educationWordResource") => {
                Self::EducationWordResource(rt::object::new_boxed())
            }
            _ => Self::EducationResource(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::EducationResource(v) => &**v,
            Self::EducationChannelResource(v) => &**v,
            Self::EducationExcelResource(v) => &**v,
            Self::EducationExternalResource(v) => &**v,
            Self::EducationFileResource(v) => &**v,
            Self::EducationLinkResource(v) => &**v,
            Self::EducationLinkedAssignmentResource(v) => &**v,
            Self::EducationMediaResource(v) => &**v,
            Self::EducationPowerPointResource(v) => &**v,
            Self::EducationSpeakerProgressResource(v) => &**v,
            Self::EducationTeamsAppResource(v) => &**v,
            Self::EducationWordResource(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::EducationResource(v) => &mut **v,
            Self::EducationChannelResource(v) => &mut **v,
            Self::EducationExcelResource(v) => &mut **v,
            Self::EducationExternalResource(v) => &mut **v,
            Self::EducationFileResource(v) => &mut **v,
            Self::EducationLinkResource(v) => &mut **v,
            Self::EducationLinkedAssignmentResource(v) => &mut **v,
            Self::EducationMediaResource(v) => &mut **v,
            Self::EducationPowerPointResource(v) => &mut **v,
            Self::EducationSpeakerProgressResource(v) => &mut **v,
            Self::EducationTeamsAppResource(v) => &mut **v,
            Self::EducationWordResource(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl AnyEducationResource {
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
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::EducationResource(v) => &v.created_by,
            Self::EducationChannelResource(v) => &v.created_by,
            Self::EducationExcelResource(v) => &v.created_by,
            Self::EducationExternalResource(v) => &v.created_by,
            Self::EducationFileResource(v) => &v.created_by,
            Self::EducationLinkResource(v) => &v.created_by,
            Self::EducationLinkedAssignmentResource(v) => &v.created_by,
            Self::EducationMediaResource(v) => &v.created_by,
            Self::EducationPowerPointResource(v) => &v.created_by,
            Self::EducationSpeakerProgressResource(v) => &v.created_by,
            Self::EducationTeamsAppResource(v) => &v.created_by,
            Self::EducationWordResource(v) => &v.created_by,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::EducationResource(v) => &mut v.created_by,
            Self::EducationChannelResource(v) => &mut v.created_by,
            Self::EducationExcelResource(v) => &mut v.created_by,
            Self::EducationExternalResource(v) => &mut v.created_by,
            Self::EducationFileResource(v) => &mut v.created_by,
            Self::EducationLinkResource(v) => &mut v.created_by,
            Self::EducationLinkedAssignmentResource(v) => &mut v.created_by,
            Self::EducationMediaResource(v) => &mut v.created_by,
            Self::EducationPowerPointResource(v) => &mut v.created_by,
            Self::EducationSpeakerProgressResource(v) => &mut v.created_by,
            Self::EducationTeamsAppResource(v) => &mut v.created_by,
            Self::EducationWordResource(v) => &mut v.created_by,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EducationResource(v) => &v.created_date_time,
            Self::EducationChannelResource(v) => &v.created_date_time,
            Self::EducationExcelResource(v) => &v.created_date_time,
            Self::EducationExternalResource(v) => &v.created_date_time,
            Self::EducationFileResource(v) => &v.created_date_time,
            Self::EducationLinkResource(v) => &v.created_date_time,
            Self::EducationLinkedAssignmentResource(v) => &v.created_date_time,
            Self::EducationMediaResource(v) => &v.created_date_time,
            Self::EducationPowerPointResource(v) => &v.created_date_time,
            Self::EducationSpeakerProgressResource(v) => &v.created_date_time,
            Self::EducationTeamsAppResource(v) => &v.created_date_time,
            Self::EducationWordResource(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EducationResource(v) => &mut v.created_date_time,
            Self::EducationChannelResource(v) => &mut v.created_date_time,
            Self::EducationExcelResource(v) => &mut v.created_date_time,
            Self::EducationExternalResource(v) => &mut v.created_date_time,
            Self::EducationFileResource(v) => &mut v.created_date_time,
            Self::EducationLinkResource(v) => &mut v.created_date_time,
            Self::EducationLinkedAssignmentResource(v) => &mut v.created_date_time,
            Self::EducationMediaResource(v) => &mut v.created_date_time,
            Self::EducationPowerPointResource(v) => &mut v.created_date_time,
            Self::EducationSpeakerProgressResource(v) => &mut v.created_date_time,
            Self::EducationTeamsAppResource(v) => &mut v.created_date_time,
            Self::EducationWordResource(v) => &mut v.created_date_time,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::EducationResource(v) => &v.display_name,
            Self::EducationChannelResource(v) => &v.display_name,
            Self::EducationExcelResource(v) => &v.display_name,
            Self::EducationExternalResource(v) => &v.display_name,
            Self::EducationFileResource(v) => &v.display_name,
            Self::EducationLinkResource(v) => &v.display_name,
            Self::EducationLinkedAssignmentResource(v) => &v.display_name,
            Self::EducationMediaResource(v) => &v.display_name,
            Self::EducationPowerPointResource(v) => &v.display_name,
            Self::EducationSpeakerProgressResource(v) => &v.display_name,
            Self::EducationTeamsAppResource(v) => &v.display_name,
            Self::EducationWordResource(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EducationResource(v) => &mut v.display_name,
            Self::EducationChannelResource(v) => &mut v.display_name,
            Self::EducationExcelResource(v) => &mut v.display_name,
            Self::EducationExternalResource(v) => &mut v.display_name,
            Self::EducationFileResource(v) => &mut v.display_name,
            Self::EducationLinkResource(v) => &mut v.display_name,
            Self::EducationLinkedAssignmentResource(v) => &mut v.display_name,
            Self::EducationMediaResource(v) => &mut v.display_name,
            Self::EducationPowerPointResource(v) => &mut v.display_name,
            Self::EducationSpeakerProgressResource(v) => &mut v.display_name,
            Self::EducationTeamsAppResource(v) => &mut v.display_name,
            Self::EducationWordResource(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::EducationResource(v) => &v.last_modified_by,
            Self::EducationChannelResource(v) => &v.last_modified_by,
            Self::EducationExcelResource(v) => &v.last_modified_by,
            Self::EducationExternalResource(v) => &v.last_modified_by,
            Self::EducationFileResource(v) => &v.last_modified_by,
            Self::EducationLinkResource(v) => &v.last_modified_by,
            Self::EducationLinkedAssignmentResource(v) => &v.last_modified_by,
            Self::EducationMediaResource(v) => &v.last_modified_by,
            Self::EducationPowerPointResource(v) => &v.last_modified_by,
            Self::EducationSpeakerProgressResource(v) => &v.last_modified_by,
            Self::EducationTeamsAppResource(v) => &v.last_modified_by,
            Self::EducationWordResource(v) => &v.last_modified_by,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::EducationResource(v) => &mut v.last_modified_by,
            Self::EducationChannelResource(v) => &mut v.last_modified_by,
            Self::EducationExcelResource(v) => &mut v.last_modified_by,
            Self::EducationExternalResource(v) => &mut v.last_modified_by,
            Self::EducationFileResource(v) => &mut v.last_modified_by,
            Self::EducationLinkResource(v) => &mut v.last_modified_by,
            Self::EducationLinkedAssignmentResource(v) => &mut v.last_modified_by,
            Self::EducationMediaResource(v) => &mut v.last_modified_by,
            Self::EducationPowerPointResource(v) => &mut v.last_modified_by,
            Self::EducationSpeakerProgressResource(v) => &mut v.last_modified_by,
            Self::EducationTeamsAppResource(v) => &mut v.last_modified_by,
            Self::EducationWordResource(v) => &mut v.last_modified_by,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EducationResource(v) => &v.last_modified_date_time,
            Self::EducationChannelResource(v) => &v.last_modified_date_time,
            Self::EducationExcelResource(v) => &v.last_modified_date_time,
            Self::EducationExternalResource(v) => &v.last_modified_date_time,
            Self::EducationFileResource(v) => &v.last_modified_date_time,
            Self::EducationLinkResource(v) => &v.last_modified_date_time,
            Self::EducationLinkedAssignmentResource(v) => &v.last_modified_date_time,
            Self::EducationMediaResource(v) => &v.last_modified_date_time,
            Self::EducationPowerPointResource(v) => &v.last_modified_date_time,
            Self::EducationSpeakerProgressResource(v) => &v.last_modified_date_time,
            Self::EducationTeamsAppResource(v) => &v.last_modified_date_time,
            Self::EducationWordResource(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EducationResource(v) => &mut v.last_modified_date_time,
            Self::EducationChannelResource(v) => &mut v.last_modified_date_time,
            Self::EducationExcelResource(v) => &mut v.last_modified_date_time,
            Self::EducationExternalResource(v) => &mut v.last_modified_date_time,
            Self::EducationFileResource(v) => &mut v.last_modified_date_time,
            Self::EducationLinkResource(v) => &mut v.last_modified_date_time,
            Self::EducationLinkedAssignmentResource(v) => &mut v.last_modified_date_time,
            Self::EducationMediaResource(v) => &mut v.last_modified_date_time,
            Self::EducationPowerPointResource(v) => &mut v.last_modified_date_time,
            Self::EducationSpeakerProgressResource(v) => &mut v.last_modified_date_time,
            Self::EducationTeamsAppResource(v) => &mut v.last_modified_date_time,
            Self::EducationWordResource(v) => &mut v.last_modified_date_time,
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
rt::impl_poly!(AnyEducationResource);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEducationResource);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationRubric`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EducationRubricPath`](requests/trait.EducationRubricPath.html), what a path to one (`EntityPath<EducationRubric, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationRubric {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `microsoft.graph.educationItemBody`, nullable.
    pub description: rt::Field<crate::v1::EducationItemBody>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `grading`: `microsoft.graph.educationAssignmentGradeType`, nullable.
    pub grading: rt::Field<crate::v1::AnyEducationAssignmentGradeType>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `levels`: `Collection(microsoft.graph.rubricLevel)`, nullable.
    pub levels: rt::Field<::std::vec::Vec<crate::v1::RubricLevel>>,
    /// CSDL: property `qualities`: `Collection(microsoft.graph.rubricQuality)`, nullable.
    pub qualities: rt::Field<::std::vec::Vec<crate::v1::RubricQuality>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationRubric {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            grading: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            levels: rt::Field::Absent,
            qualities: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationRubric {
    const TYPE_NAME: &'static str = "microsoft.graph.educationRubric";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "description",
        "displayName",
        "grading",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "levels",
        "qualities",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"grading\":                      ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"levels\":                       ",
        ",\"qualities\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationRubric\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "grading", &self.grading);
        v.field(6usize, "last_modified_by", &self.last_modified_by);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "levels", &self.levels);
        v.field(9usize, "qualities", &self.qualities);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationRubric {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.grading.read_from(r),
            6usize => self.last_modified_by.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.levels.read_from(r),
            9usize => self.qualities.read_from(r),
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
        w.field(5usize, &self.grading);
        w.field(6usize, &self.last_modified_by);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.levels);
        w.field(9usize, &self.qualities);
    }
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
rt::impl_object!(EducationRubric);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationRubric { with_id id : ::std::string::String; with_created_by created_by :
    crate ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : crate
    ::v1::EducationItemBody; with_display_name display_name : ::std::string::String;
    with_grading grading : crate ::v1::AnyEducationAssignmentGradeType;
    with_last_modified_by last_modified_by : crate ::v1::AnyIdentitySet;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_levels levels : ::std::vec::Vec < crate ::v1::RubricLevel >; with_qualities
    qualities : ::std::vec::Vec < crate ::v1::RubricQuality >; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationRubric);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationRubricOutcome`, entity type, derived from `microsoft.graph.educationOutcome`, key `id`.
///
/// Request builders: [`EducationOutcomePath`](requests/trait.EducationOutcomePath.html), what a path to one (`EntityPath<EducationRubricOutcome, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationRubricOutcome {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `publishedRubricQualityFeedback`: `Collection(microsoft.graph.rubricQualityFeedbackModel)`, nullable.
    pub published_rubric_quality_feedback: rt::Field<
        ::std::vec::Vec<crate::v1::RubricQualityFeedbackModel>,
    >,
    /// CSDL: property `publishedRubricQualitySelectedLevels`: `Collection(microsoft.graph.rubricQualitySelectedColumnModel)`, nullable.
    pub published_rubric_quality_selected_levels: rt::Field<
        ::std::vec::Vec<crate::v1::RubricQualitySelectedColumnModel>,
    >,
    /// CSDL: property `rubricQualityFeedback`: `Collection(microsoft.graph.rubricQualityFeedbackModel)`, nullable.
    pub rubric_quality_feedback: rt::Field<
        ::std::vec::Vec<crate::v1::RubricQualityFeedbackModel>,
    >,
    /// CSDL: property `rubricQualitySelectedLevels`: `Collection(microsoft.graph.rubricQualitySelectedColumnModel)`, nullable.
    pub rubric_quality_selected_levels: rt::Field<
        ::std::vec::Vec<crate::v1::RubricQualitySelectedColumnModel>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationRubricOutcome {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            published_rubric_quality_feedback: rt::Field::Absent,
            published_rubric_quality_selected_levels: rt::Field::Absent,
            rubric_quality_feedback: rt::Field::Absent,
            rubric_quality_selected_levels: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationRubricOutcome {
    const TYPE_NAME: &'static str = "microsoft.graph.educationRubricOutcome";
    const KEYS: &'static [&'static str] = &[
        "id",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "publishedRubricQualityFeedback",
        "publishedRubricQualitySelectedLevels",
        "rubricQualityFeedback",
        "rubricQualitySelectedLevels",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"publishedRubricQualityFeedback\":",
        ",\"publishedRubricQualitySelectedLevels\":",
        ",\"rubricQualityFeedback\":        ",
        ",\"rubricQualitySelectedLevels\":  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationRubricOutcome\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "last_modified_by", &self.last_modified_by);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(
            3usize,
            "published_rubric_quality_feedback",
            &self.published_rubric_quality_feedback,
        );
        v.field(
            4usize,
            "published_rubric_quality_selected_levels",
            &self.published_rubric_quality_selected_levels,
        );
        v.field(5usize, "rubric_quality_feedback", &self.rubric_quality_feedback);
        v.field(
            6usize,
            "rubric_quality_selected_levels",
            &self.rubric_quality_selected_levels,
        );
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationRubricOutcome {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.last_modified_by.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.published_rubric_quality_feedback.read_from(r),
            4usize => self.published_rubric_quality_selected_levels.read_from(r),
            5usize => self.rubric_quality_feedback.read_from(r),
            6usize => self.rubric_quality_selected_levels.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.last_modified_by);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.published_rubric_quality_feedback);
        w.field(4usize, &self.published_rubric_quality_selected_levels);
        w.field(5usize, &self.rubric_quality_feedback);
        w.field(6usize, &self.rubric_quality_selected_levels);
    }
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
rt::impl_object!(EducationRubricOutcome);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationRubricOutcome { with_id id : ::std::string::String; with_last_modified_by
    last_modified_by : crate ::v1::AnyIdentitySet; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset;
    with_published_rubric_quality_feedback published_rubric_quality_feedback :
    ::std::vec::Vec < crate ::v1::RubricQualityFeedbackModel >;
    with_published_rubric_quality_selected_levels
    published_rubric_quality_selected_levels : ::std::vec::Vec < crate
    ::v1::RubricQualitySelectedColumnModel >; with_rubric_quality_feedback
    rubric_quality_feedback : ::std::vec::Vec < crate ::v1::RubricQualityFeedbackModel >;
    with_rubric_quality_selected_levels rubric_quality_selected_levels : ::std::vec::Vec
    < crate ::v1::RubricQualitySelectedColumnModel >; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationRubricOutcome);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationSpeakerCoachAudienceEngagementSettings`, complex type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationSpeakerCoachAudienceEngagementSettings {
    /// CSDL: property `isBodyLanguageEnabled`: `Edm.Boolean`, not nullable.
    pub is_body_language_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationSpeakerCoachAudienceEngagementSettings {
    #[inline]
    fn default() -> Self {
        Self {
            is_body_language_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationSpeakerCoachAudienceEngagementSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.educationSpeakerCoachAudienceEngagementSettings";
    const KEYS: &'static [&'static str] = &["isBodyLanguageEnabled"];
    const KEYS_JSON: &'static [&'static str] = &[",\"isBodyLanguageEnabled\":        "];
    const TAG: &'static str = "\"#microsoft.graph.educationSpeakerCoachAudienceEngagementSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_body_language_enabled", &self.is_body_language_enabled);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationSpeakerCoachAudienceEngagementSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_body_language_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_body_language_enabled);
    }
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
rt::impl_object!(EducationSpeakerCoachAudienceEngagementSettings);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationSpeakerCoachAudienceEngagementSettings { with_is_body_language_enabled
    is_body_language_enabled : bool; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationSpeakerCoachAudienceEngagementSettings);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationSpeakerCoachContentSettings`, complex type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationSpeakerCoachContentSettings {
    /// CSDL: property `isInclusivenessEnabled`: `Edm.Boolean`, not nullable.
    pub is_inclusiveness_enabled: rt::Field<bool>,
    /// CSDL: property `isRepetitiveLanguageEnabled`: `Edm.Boolean`, not nullable.
    pub is_repetitive_language_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationSpeakerCoachContentSettings {
    #[inline]
    fn default() -> Self {
        Self {
            is_inclusiveness_enabled: rt::Field::Absent,
            is_repetitive_language_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationSpeakerCoachContentSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.educationSpeakerCoachContentSettings";
    const KEYS: &'static [&'static str] = &[
        "isInclusivenessEnabled",
        "isRepetitiveLanguageEnabled",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isInclusivenessEnabled\":       ",
        ",\"isRepetitiveLanguageEnabled\":  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationSpeakerCoachContentSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_inclusiveness_enabled", &self.is_inclusiveness_enabled);
        v.field(
            1usize,
            "is_repetitive_language_enabled",
            &self.is_repetitive_language_enabled,
        );
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationSpeakerCoachContentSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_inclusiveness_enabled.read_from(r),
            1usize => self.is_repetitive_language_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_inclusiveness_enabled);
        w.field(1usize, &self.is_repetitive_language_enabled);
    }
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
rt::impl_object!(EducationSpeakerCoachContentSettings);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationSpeakerCoachContentSettings { with_is_inclusiveness_enabled
    is_inclusiveness_enabled : bool; with_is_repetitive_language_enabled
    is_repetitive_language_enabled : bool; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationSpeakerCoachContentSettings);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationSpeakerCoachDeliverySettings`, complex type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationSpeakerCoachDeliverySettings {
    /// CSDL: property `areFillerWordsEnabled`: `Edm.Boolean`, not nullable.
    pub are_filler_words_enabled: rt::Field<bool>,
    /// CSDL: property `isPaceEnabled`: `Edm.Boolean`, not nullable.
    pub is_pace_enabled: rt::Field<bool>,
    /// CSDL: property `isPitchEnabled`: `Edm.Boolean`, not nullable.
    pub is_pitch_enabled: rt::Field<bool>,
    /// CSDL: property `isPronunciationEnabled`: `Edm.Boolean`, not nullable.
    pub is_pronunciation_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationSpeakerCoachDeliverySettings {
    #[inline]
    fn default() -> Self {
        Self {
            are_filler_words_enabled: rt::Field::Absent,
            is_pace_enabled: rt::Field::Absent,
            is_pitch_enabled: rt::Field::Absent,
            is_pronunciation_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationSpeakerCoachDeliverySettings {
    const TYPE_NAME: &'static str = "microsoft.graph.educationSpeakerCoachDeliverySettings";
    const KEYS: &'static [&'static str] = &[
        "areFillerWordsEnabled",
        "isPaceEnabled",
        "isPitchEnabled",
        "isPronunciationEnabled",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"areFillerWordsEnabled\":        ",
        ",\"isPaceEnabled\":                ",
        ",\"isPitchEnabled\":               ",
        ",\"isPronunciationEnabled\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationSpeakerCoachDeliverySettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "are_filler_words_enabled", &self.are_filler_words_enabled);
        v.field(1usize, "is_pace_enabled", &self.is_pace_enabled);
        v.field(2usize, "is_pitch_enabled", &self.is_pitch_enabled);
        v.field(3usize, "is_pronunciation_enabled", &self.is_pronunciation_enabled);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationSpeakerCoachDeliverySettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.are_filler_words_enabled.read_from(r),
            1usize => self.is_pace_enabled.read_from(r),
            2usize => self.is_pitch_enabled.read_from(r),
            3usize => self.is_pronunciation_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.are_filler_words_enabled);
        w.field(1usize, &self.is_pace_enabled);
        w.field(2usize, &self.is_pitch_enabled);
        w.field(3usize, &self.is_pronunciation_enabled);
    }
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
rt::impl_object!(EducationSpeakerCoachDeliverySettings);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationSpeakerCoachDeliverySettings { with_are_filler_words_enabled
    are_filler_words_enabled : bool; with_is_pace_enabled is_pace_enabled : bool;
    with_is_pitch_enabled is_pitch_enabled : bool; with_is_pronunciation_enabled
    is_pronunciation_enabled : bool; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationSpeakerCoachDeliverySettings);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationSpeakerCoachSettings`, complex type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationSpeakerCoachSettings {
    /// CSDL: property `audienceEngagementSettings`: `microsoft.graph.educationSpeakerCoachAudienceEngagementSettings`, nullable.
    pub audience_engagement_settings: rt::Field<
        crate::v1::EducationSpeakerCoachAudienceEngagementSettings,
    >,
    /// CSDL: property `contentSettings`: `microsoft.graph.educationSpeakerCoachContentSettings`, nullable.
    pub content_settings: rt::Field<crate::v1::EducationSpeakerCoachContentSettings>,
    /// CSDL: property `deliverySettings`: `microsoft.graph.educationSpeakerCoachDeliverySettings`, nullable.
    pub delivery_settings: rt::Field<crate::v1::EducationSpeakerCoachDeliverySettings>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationSpeakerCoachSettings {
    #[inline]
    fn default() -> Self {
        Self {
            audience_engagement_settings: rt::Field::Absent,
            content_settings: rt::Field::Absent,
            delivery_settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationSpeakerCoachSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.educationSpeakerCoachSettings";
    const KEYS: &'static [&'static str] = &[
        "audienceEngagementSettings",
        "contentSettings",
        "deliverySettings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"audienceEngagementSettings\":   ",
        ",\"contentSettings\":              ",
        ",\"deliverySettings\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationSpeakerCoachSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "audience_engagement_settings",
            &self.audience_engagement_settings,
        );
        v.field(1usize, "content_settings", &self.content_settings);
        v.field(2usize, "delivery_settings", &self.delivery_settings);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationSpeakerCoachSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.audience_engagement_settings.read_from(r),
            1usize => self.content_settings.read_from(r),
            2usize => self.delivery_settings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.audience_engagement_settings);
        w.field(1usize, &self.content_settings);
        w.field(2usize, &self.delivery_settings);
    }
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
rt::impl_object!(EducationSpeakerCoachSettings);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationSpeakerCoachSettings { with_audience_engagement_settings
    audience_engagement_settings : crate
    ::v1::EducationSpeakerCoachAudienceEngagementSettings; with_content_settings
    content_settings : crate ::v1::EducationSpeakerCoachContentSettings;
    with_delivery_settings delivery_settings : crate
    ::v1::EducationSpeakerCoachDeliverySettings; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationSpeakerCoachSettings);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationSpeakerProgressResource`, complex type, derived from `microsoft.graph.educationResource`.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationSpeakerProgressResource {
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `aiFeedbackCriteria`: `microsoft.graph.educationAiFeedbackCriteria`, nullable.
    pub ai_feedback_criteria: rt::Field<crate::v1::EducationAiFeedbackCriteria>,
    /// CSDL: property `isAiFeedbackEnabled`: `Edm.Boolean`, not nullable.
    pub is_ai_feedback_enabled: rt::Field<bool>,
    /// CSDL: property `isVideoRequired`: `Edm.Boolean`, not nullable.
    pub is_video_required: rt::Field<bool>,
    /// CSDL: property `maxRecordingAttempts`: `Edm.Int32`, not nullable.
    pub max_recording_attempts: rt::Field<i32>,
    /// CSDL: property `presentationTitle`: `Edm.String`, not nullable.
    pub presentation_title: rt::Field<::std::string::String>,
    /// CSDL: property `recordingTimeLimitInMinutes`: `Edm.Int32`, not nullable.
    pub recording_time_limit_in_minutes: rt::Field<i32>,
    /// CSDL: property `showRehearsalReportToStudentBeforeMediaUpload`: `Edm.Boolean`, not nullable.
    pub show_rehearsal_report_to_student_before_media_upload: rt::Field<bool>,
    /// CSDL: property `speakerCoachSettings`: `microsoft.graph.educationSpeakerCoachSettings`, nullable.
    pub speaker_coach_settings: rt::Field<crate::v1::EducationSpeakerCoachSettings>,
    /// CSDL: property `spokenLanguageLocale`: `Edm.String`, not nullable.
    pub spoken_language_locale: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationSpeakerProgressResource {
    #[inline]
    fn default() -> Self {
        Self {
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            ai_feedback_criteria: rt::Field::Absent,
            is_ai_feedback_enabled: rt::Field::Absent,
            is_video_required: rt::Field::Absent,
            max_recording_attempts: rt::Field::Absent,
            presentation_title: rt::Field::Absent,
            recording_time_limit_in_minutes: rt::Field::Absent,
            show_rehearsal_report_to_student_before_media_upload: rt::Field::Absent,
            speaker_coach_settings: rt::Field::Absent,
            spoken_language_locale: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationSpeakerProgressResource {
    const TYPE_NAME: &'static str = "microsoft.graph.educationSpeakerProgressResource";
    const KEYS: &'static [&'static str] = &[
        "createdBy",
        "createdDateTime",
        "displayName",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "aiFeedbackCriteria",
        "isAiFeedbackEnabled",
        "isVideoRequired",
        "maxRecordingAttempts",
        "presentationTitle",
        "recordingTimeLimitInMinutes",
        "showRehearsalReportToStudentBeforeMediaUpload",
        "speakerCoachSettings",
        "spokenLanguageLocale",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"aiFeedbackCriteria\":           ",
        ",\"isAiFeedbackEnabled\":          ",
        ",\"isVideoRequired\":              ",
        ",\"maxRecordingAttempts\":         ",
        ",\"presentationTitle\":            ",
        ",\"recordingTimeLimitInMinutes\":  ",
        ",\"showRehearsalReportToStudentBeforeMediaUpload\":",
        ",\"speakerCoachSettings\":         ",
        ",\"spokenLanguageLocale\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationSpeakerProgressResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_by", &self.created_by);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "ai_feedback_criteria", &self.ai_feedback_criteria);
        v.field(6usize, "is_ai_feedback_enabled", &self.is_ai_feedback_enabled);
        v.field(7usize, "is_video_required", &self.is_video_required);
        v.field(8usize, "max_recording_attempts", &self.max_recording_attempts);
        v.field(9usize, "presentation_title", &self.presentation_title);
        v.field(
            10usize,
            "recording_time_limit_in_minutes",
            &self.recording_time_limit_in_minutes,
        );
        v.field(
            11usize,
            "show_rehearsal_report_to_student_before_media_upload",
            &self.show_rehearsal_report_to_student_before_media_upload,
        );
        v.field(12usize, "speaker_coach_settings", &self.speaker_coach_settings);
        v.field(13usize, "spoken_language_locale", &self.spoken_language_locale);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationSpeakerProgressResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_by.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.ai_feedback_criteria.read_from(r),
            6usize => self.is_ai_feedback_enabled.read_from(r),
            7usize => self.is_video_required.read_from(r),
            8usize => self.max_recording_attempts.read_from(r),
            9usize => self.presentation_title.read_from(r),
            10usize => self.recording_time_limit_in_minutes.read_from(r),
            11usize => {
                self.show_rehearsal_report_to_student_before_media_upload.read_from(r)
            }
            12usize => self.speaker_coach_settings.read_from(r),
            13usize => self.spoken_language_locale.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_by);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.ai_feedback_criteria);
        w.field(6usize, &self.is_ai_feedback_enabled);
        w.field(7usize, &self.is_video_required);
        w.field(8usize, &self.max_recording_attempts);
        w.field(9usize, &self.presentation_title);
        w.field(10usize, &self.recording_time_limit_in_minutes);
        w.field(11usize, &self.show_rehearsal_report_to_student_before_media_upload);
        w.field(12usize, &self.speaker_coach_settings);
        w.field(13usize, &self.spoken_language_locale);
    }
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
rt::impl_object!(EducationSpeakerProgressResource);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationSpeakerProgressResource { with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_display_name display_name : ::std::string::String;
    with_last_modified_by last_modified_by : crate ::v1::AnyIdentitySet;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_ai_feedback_criteria ai_feedback_criteria : crate
    ::v1::EducationAiFeedbackCriteria; with_is_ai_feedback_enabled is_ai_feedback_enabled
    : bool; with_is_video_required is_video_required : bool; with_max_recording_attempts
    max_recording_attempts : i32; with_presentation_title presentation_title :
    ::std::string::String; with_recording_time_limit_in_minutes
    recording_time_limit_in_minutes : i32;
    with_show_rehearsal_report_to_student_before_media_upload
    show_rehearsal_report_to_student_before_media_upload : bool;
    with_speaker_coach_settings speaker_coach_settings : crate
    ::v1::EducationSpeakerCoachSettings; with_spoken_language_locale
    spoken_language_locale : ::std::string::String; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationSpeakerProgressResource);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationSpeechType`, enum type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EducationSpeechType {
    /// `informative` (value 0).
    Informative,
    /// `personal` (value 1).
    Personal,
    /// `persuasive` (value 2).
    Persuasive,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::StrEnum for EducationSpeechType {
    const TYPE_NAME: &'static str = "microsoft.graph.educationSpeechType";
    const MEMBERS: &'static [&'static str] = &[
        "informative",
        "personal",
        "persuasive",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "informative" => Self::Informative,
                "personal" => Self::Personal,
                "persuasive" => Self::Persuasive,
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
            Self::Informative => "informative",
            Self::Personal => "personal",
            Self::Persuasive => "persuasive",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
rt::impl_enum!(EducationSpeechType);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationSpeechType);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationSubmission`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EducationSubmissionPath`](requests/trait.EducationSubmissionPath.html), what a path to one (`EntityPath<EducationSubmission, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationSubmission {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `assignmentId`: `Edm.String`, nullable.
    pub assignment_id: rt::Field<::std::string::String>,
    /// CSDL: property `excusedBy`: `microsoft.graph.identitySet`, nullable.
    pub excused_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `excusedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub excused_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `reassignedBy`: `microsoft.graph.identitySet`, nullable.
    pub reassigned_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `reassignedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub reassigned_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `recipient`: `microsoft.graph.educationSubmissionRecipient`, nullable.
    pub recipient: rt::Field<crate::v1::AnyEducationSubmissionRecipient>,
    /// CSDL: property `resourcesFolderUrl`: `Edm.String`, nullable.
    pub resources_folder_url: rt::Field<::std::string::String>,
    /// CSDL: property `returnedBy`: `microsoft.graph.identitySet`, nullable.
    pub returned_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `returnedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub returned_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.educationSubmissionStatus`, nullable.
    pub status: rt::Field<crate::v1::EducationSubmissionStatus>,
    /// CSDL: property `submittedBy`: `microsoft.graph.identitySet`, nullable.
    pub submitted_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `submittedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub submitted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `unsubmittedBy`: `microsoft.graph.identitySet`, nullable.
    pub unsubmitted_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `unsubmittedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub unsubmitted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `outcomes`: `Collection(microsoft.graph.educationOutcome)`, not nullable.
    pub outcomes: rt::Field<::std::vec::Vec<crate::v1::AnyEducationOutcome>>,
    /// CSDL: containment navigation property `resources`: `Collection(microsoft.graph.educationSubmissionResource)`, not nullable.
    pub resources: rt::Field<::std::vec::Vec<crate::v1::EducationSubmissionResource>>,
    /// CSDL: containment navigation property `submittedResources`: `Collection(microsoft.graph.educationSubmissionResource)`, not nullable.
    pub submitted_resources: rt::Field<
        ::std::vec::Vec<crate::v1::EducationSubmissionResource>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationSubmission {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            assignment_id: rt::Field::Absent,
            excused_by: rt::Field::Absent,
            excused_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            reassigned_by: rt::Field::Absent,
            reassigned_date_time: rt::Field::Absent,
            recipient: rt::Field::Absent,
            resources_folder_url: rt::Field::Absent,
            returned_by: rt::Field::Absent,
            returned_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            submitted_by: rt::Field::Absent,
            submitted_date_time: rt::Field::Absent,
            unsubmitted_by: rt::Field::Absent,
            unsubmitted_date_time: rt::Field::Absent,
            web_url: rt::Field::Absent,
            outcomes: rt::Field::Absent,
            resources: rt::Field::Absent,
            submitted_resources: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationSubmission {
    const TYPE_NAME: &'static str = "microsoft.graph.educationSubmission";
    const KEYS: &'static [&'static str] = &[
        "id",
        "assignmentId",
        "excusedBy",
        "excusedDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "reassignedBy",
        "reassignedDateTime",
        "recipient",
        "resourcesFolderUrl",
        "returnedBy",
        "returnedDateTime",
        "status",
        "submittedBy",
        "submittedDateTime",
        "unsubmittedBy",
        "unsubmittedDateTime",
        "webUrl",
        "outcomes",
        "resources",
        "submittedResources",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"assignmentId\":                 ",
        ",\"excusedBy\":                    ",
        ",\"excusedDateTime\":              ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"reassignedBy\":                 ",
        ",\"reassignedDateTime\":           ",
        ",\"recipient\":                    ",
        ",\"resourcesFolderUrl\":           ",
        ",\"returnedBy\":                   ",
        ",\"returnedDateTime\":             ",
        ",\"status\":                       ",
        ",\"submittedBy\":                  ",
        ",\"submittedDateTime\":            ",
        ",\"unsubmittedBy\":                ",
        ",\"unsubmittedDateTime\":          ",
        ",\"webUrl\":                       ",
        ",\"outcomes\":                     ",
        ",\"resources\":                    ",
        ",\"submittedResources\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationSubmission\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "assignment_id", &self.assignment_id);
        v.field(2usize, "excused_by", &self.excused_by);
        v.field(3usize, "excused_date_time", &self.excused_date_time);
        v.field(4usize, "last_modified_by", &self.last_modified_by);
        v.field(5usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(6usize, "reassigned_by", &self.reassigned_by);
        v.field(7usize, "reassigned_date_time", &self.reassigned_date_time);
        v.field(8usize, "recipient", &self.recipient);
        v.field(9usize, "resources_folder_url", &self.resources_folder_url);
        v.field(10usize, "returned_by", &self.returned_by);
        v.field(11usize, "returned_date_time", &self.returned_date_time);
        v.field(12usize, "status", &self.status);
        v.field(13usize, "submitted_by", &self.submitted_by);
        v.field(14usize, "submitted_date_time", &self.submitted_date_time);
        v.field(15usize, "unsubmitted_by", &self.unsubmitted_by);
        v.field(16usize, "unsubmitted_date_time", &self.unsubmitted_date_time);
        v.field(17usize, "web_url", &self.web_url);
        v.field(18usize, "outcomes", &self.outcomes);
        v.field(19usize, "resources", &self.resources);
        v.field(20usize, "submitted_resources", &self.submitted_resources);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationSubmission {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.assignment_id.read_from(r),
            2usize => self.excused_by.read_from(r),
            3usize => self.excused_date_time.read_from(r),
            4usize => self.last_modified_by.read_from(r),
            5usize => self.last_modified_date_time.read_from(r),
            6usize => self.reassigned_by.read_from(r),
            7usize => self.reassigned_date_time.read_from(r),
            8usize => self.recipient.read_from(r),
            9usize => self.resources_folder_url.read_from(r),
            10usize => self.returned_by.read_from(r),
            11usize => self.returned_date_time.read_from(r),
            12usize => self.status.read_from(r),
            13usize => self.submitted_by.read_from(r),
            14usize => self.submitted_date_time.read_from(r),
            15usize => self.unsubmitted_by.read_from(r),
            16usize => self.unsubmitted_date_time.read_from(r),
            17usize => self.web_url.read_from(r),
            18usize => self.outcomes.read_from(r),
            19usize => self.resources.read_from(r),
            20usize => self.submitted_resources.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.assignment_id);
        w.field(2usize, &self.excused_by);
        w.field(3usize, &self.excused_date_time);
        w.field(4usize, &self.last_modified_by);
        w.field(5usize, &self.last_modified_date_time);
        w.field(6usize, &self.reassigned_by);
        w.field(7usize, &self.reassigned_date_time);
        w.field(8usize, &self.recipient);
        w.field(9usize, &self.resources_folder_url);
        w.field(10usize, &self.returned_by);
        w.field(11usize, &self.returned_date_time);
        w.field(12usize, &self.status);
        w.field(13usize, &self.submitted_by);
        w.field(14usize, &self.submitted_date_time);
        w.field(15usize, &self.unsubmitted_by);
        w.field(16usize, &self.unsubmitted_date_time);
        w.field(17usize, &self.web_url);
        w.field(18usize, &self.outcomes);
        w.field(19usize, &self.resources);
        w.field(20usize, &self.submitted_resources);
    }
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
rt::impl_object!(EducationSubmission);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationSubmission { with_id id : ::std::string::String; with_assignment_id
    assignment_id : ::std::string::String; with_excused_by excused_by : crate
    ::v1::AnyIdentitySet; with_excused_date_time excused_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_reassigned_by reassigned_by : crate
    ::v1::AnyIdentitySet; with_reassigned_date_time reassigned_date_time :
    rt::edm::DateTimeOffset; with_recipient recipient : crate
    ::v1::AnyEducationSubmissionRecipient; with_resources_folder_url resources_folder_url
    : ::std::string::String; with_returned_by returned_by : crate ::v1::AnyIdentitySet;
    with_returned_date_time returned_date_time : rt::edm::DateTimeOffset; with_status
    status : crate ::v1::EducationSubmissionStatus; with_submitted_by submitted_by :
    crate ::v1::AnyIdentitySet; with_submitted_date_time submitted_date_time :
    rt::edm::DateTimeOffset; with_unsubmitted_by unsubmitted_by : crate
    ::v1::AnyIdentitySet; with_unsubmitted_date_time unsubmitted_date_time :
    rt::edm::DateTimeOffset; with_web_url web_url : ::std::string::String; with_outcomes
    outcomes : ::std::vec::Vec < crate ::v1::AnyEducationOutcome >; with_resources
    resources : ::std::vec::Vec < crate ::v1::EducationSubmissionResource >;
    with_submitted_resources submitted_resources : ::std::vec::Vec < crate
    ::v1::EducationSubmissionResource >; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationSubmission);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationSubmissionIndividualRecipient`, complex type, derived from `microsoft.graph.educationSubmissionRecipient`.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationSubmissionIndividualRecipient {
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationSubmissionIndividualRecipient {
    #[inline]
    fn default() -> Self {
        Self {
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationSubmissionIndividualRecipient {
    const TYPE_NAME: &'static str = "microsoft.graph.educationSubmissionIndividualRecipient";
    const KEYS: &'static [&'static str] = &["userId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"userId\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.educationSubmissionIndividualRecipient\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationSubmissionIndividualRecipient {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.user_id);
    }
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
rt::impl_object!(EducationSubmissionIndividualRecipient);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationSubmissionIndividualRecipient { with_user_id user_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationSubmissionIndividualRecipient);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationSubmissionRecipient`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationSubmissionRecipient {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationSubmissionRecipient {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationSubmissionRecipient {
    const TYPE_NAME: &'static str = "microsoft.graph.educationSubmissionRecipient";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.educationSubmissionRecipient\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationSubmissionRecipient {
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
#[cfg(msgraph_v1_education_or_search)]
rt::impl_object!(EducationSubmissionRecipient);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationSubmissionRecipient);
#[cfg(msgraph_v1_education_or_search)]
/// `microsoft.graph.educationSubmissionRecipient` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyEducationSubmissionRecipient {
    EducationSubmissionRecipient(
        ::std::boxed::Box<crate::v1::EducationSubmissionRecipient>,
    ),
    EducationSubmissionIndividualRecipient(
        ::std::boxed::Box<crate::v1::EducationSubmissionIndividualRecipient>,
    ),
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for AnyEducationSubmissionRecipient {
    #[inline]
    fn default() -> Self {
        Self::EducationSubmissionRecipient(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationSubmissionRecipient>
for AnyEducationSubmissionRecipient {
    #[inline]
    fn from(v: crate::v1::EducationSubmissionRecipient) -> Self {
        Self::EducationSubmissionRecipient(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationSubmissionIndividualRecipient>
for AnyEducationSubmissionRecipient {
    #[inline]
    fn from(v: crate::v1::EducationSubmissionIndividualRecipient) -> Self {
        Self::EducationSubmissionIndividualRecipient(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_education_or_search)]
unsafe impl ::std::marker::Send for AnyEducationSubmissionRecipient {}
#[cfg(msgraph_v1_education_or_search)]
unsafe impl ::std::marker::Sync for AnyEducationSubmissionRecipient {}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::marker::Unpin for AnyEducationSubmissionRecipient {}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::panic::UnwindSafe for AnyEducationSubmissionRecipient {}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::panic::RefUnwindSafe for AnyEducationSubmissionRecipient {}
#[cfg(msgraph_v1_education_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::EducationSubmissionRecipient>();
    rt::object::auto_traits::<crate::v1::EducationSubmissionIndividualRecipient>();
};
#[cfg(msgraph_v1_education_or_search)]
impl rt::Poly for AnyEducationSubmissionRecipient {
    const BASE_NAME: &'static str = "microsoft.graph.educationSubmissionRecipient";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.educationSubmissionIndividualRecipient",
            ) => Self::EducationSubmissionIndividualRecipient(rt::object::new_boxed()),
            _ => Self::EducationSubmissionRecipient(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::EducationSubmissionRecipient(v) => &**v,
            Self::EducationSubmissionIndividualRecipient(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::EducationSubmissionRecipient(v) => &mut **v,
            Self::EducationSubmissionIndividualRecipient(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl AnyEducationSubmissionRecipient {
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
#[cfg(msgraph_v1_education_or_search)]
rt::impl_poly!(AnyEducationSubmissionRecipient);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEducationSubmissionRecipient);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationSubmissionResource`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EducationSubmissionResourcePath`](requests/trait.EducationSubmissionResourcePath.html), what a path to one (`EntityPath<EducationSubmissionResource, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationSubmissionResource {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `assignmentResourceUrl`: `Edm.String`, nullable.
    pub assignment_resource_url: rt::Field<::std::string::String>,
    /// CSDL: property `resource`: `microsoft.graph.educationResource`, nullable.
    pub resource: rt::Field<crate::v1::AnyEducationResource>,
    /// CSDL: containment navigation property `dependentResources`: `Collection(microsoft.graph.educationSubmissionResource)`, not nullable.
    pub dependent_resources: rt::Field<
        ::std::vec::Vec<crate::v1::EducationSubmissionResource>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationSubmissionResource {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            assignment_resource_url: rt::Field::Absent,
            resource: rt::Field::Absent,
            dependent_resources: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationSubmissionResource {
    const TYPE_NAME: &'static str = "microsoft.graph.educationSubmissionResource";
    const KEYS: &'static [&'static str] = &[
        "id",
        "assignmentResourceUrl",
        "resource",
        "dependentResources",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"assignmentResourceUrl\":        ",
        ",\"resource\":                     ",
        ",\"dependentResources\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationSubmissionResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "assignment_resource_url", &self.assignment_resource_url);
        v.field(2usize, "resource", &self.resource);
        v.field(3usize, "dependent_resources", &self.dependent_resources);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationSubmissionResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.assignment_resource_url.read_from(r),
            2usize => self.resource.read_from(r),
            3usize => self.dependent_resources.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.assignment_resource_url);
        w.field(2usize, &self.resource);
        w.field(3usize, &self.dependent_resources);
    }
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
rt::impl_object!(EducationSubmissionResource);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationSubmissionResource { with_id id : ::std::string::String;
    with_assignment_resource_url assignment_resource_url : ::std::string::String;
    with_resource resource : crate ::v1::AnyEducationResource; with_dependent_resources
    dependent_resources : ::std::vec::Vec < crate ::v1::EducationSubmissionResource >; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationSubmissionResource);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationSubmissionStatus`, enum type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EducationSubmissionStatus {
    /// `working` (value 0).
    Working,
    /// `submitted` (value 1).
    Submitted,
    /// `released` (value 2).
    Released,
    /// `returned` (value 3).
    Returned,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// `reassigned` (value 5).
    Reassigned,
    /// `excused` (value 6).
    Excused,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::StrEnum for EducationSubmissionStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.educationSubmissionStatus";
    const MEMBERS: &'static [&'static str] = &[
        "working",
        "submitted",
        "released",
        "returned",
        "unknownFutureValue",
        "reassigned",
        "excused",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "working" => Self::Working,
                "submitted" => Self::Submitted,
                "released" => Self::Released,
                "returned" => Self::Returned,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "reassigned" => Self::Reassigned,
                "excused" => Self::Excused,
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
            Self::Working => "working",
            Self::Submitted => "submitted",
            Self::Released => "released",
            Self::Returned => "returned",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Reassigned => "reassigned",
            Self::Excused => "excused",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
rt::impl_enum!(EducationSubmissionStatus);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationSubmissionStatus);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationTeamsAppResource`, complex type, derived from `microsoft.graph.educationResource`.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationTeamsAppResource {
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `appIconWebUrl`: `Edm.String`, nullable.
    pub app_icon_web_url: rt::Field<::std::string::String>,
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// CSDL: property `teamsEmbeddedContentUrl`: `Edm.String`, nullable.
    pub teams_embedded_content_url: rt::Field<::std::string::String>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationTeamsAppResource {
    #[inline]
    fn default() -> Self {
        Self {
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            app_icon_web_url: rt::Field::Absent,
            app_id: rt::Field::Absent,
            teams_embedded_content_url: rt::Field::Absent,
            web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationTeamsAppResource {
    const TYPE_NAME: &'static str = "microsoft.graph.educationTeamsAppResource";
    const KEYS: &'static [&'static str] = &[
        "createdBy",
        "createdDateTime",
        "displayName",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "appIconWebUrl",
        "appId",
        "teamsEmbeddedContentUrl",
        "webUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"appIconWebUrl\":                ",
        ",\"appId\":                        ",
        ",\"teamsEmbeddedContentUrl\":      ",
        ",\"webUrl\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationTeamsAppResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_by", &self.created_by);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "app_icon_web_url", &self.app_icon_web_url);
        v.field(6usize, "app_id", &self.app_id);
        v.field(7usize, "teams_embedded_content_url", &self.teams_embedded_content_url);
        v.field(8usize, "web_url", &self.web_url);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationTeamsAppResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_by.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.app_icon_web_url.read_from(r),
            6usize => self.app_id.read_from(r),
            7usize => self.teams_embedded_content_url.read_from(r),
            8usize => self.web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_by);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.app_icon_web_url);
        w.field(6usize, &self.app_id);
        w.field(7usize, &self.teams_embedded_content_url);
        w.field(8usize, &self.web_url);
    }
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
rt::impl_object!(EducationTeamsAppResource);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationTeamsAppResource { with_created_by created_by : crate ::v1::AnyIdentitySet;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_app_icon_web_url app_icon_web_url :
    ::std::string::String; with_app_id app_id : ::std::string::String;
    with_teams_embedded_content_url teams_embedded_content_url : ::std::string::String;
    with_web_url web_url : ::std::string::String; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationTeamsAppResource);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationTerm`, complex type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationTerm {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `endDate`: `Edm.Date`, nullable.
    pub end_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `externalId`: `Edm.String`, nullable.
    pub external_id: rt::Field<::std::string::String>,
    /// CSDL: property `startDate`: `Edm.Date`, nullable.
    pub start_date: rt::Field<rt::edm::Date>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationTerm {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            end_date: rt::Field::Absent,
            external_id: rt::Field::Absent,
            start_date: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationTerm {
    const TYPE_NAME: &'static str = "microsoft.graph.educationTerm";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "endDate",
        "externalId",
        "startDate",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"endDate\":                      ",
        ",\"externalId\":                   ",
        ",\"startDate\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationTerm\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "end_date", &self.end_date);
        v.field(2usize, "external_id", &self.external_id);
        v.field(3usize, "start_date", &self.start_date);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationTerm {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.end_date.read_from(r),
            2usize => self.external_id.read_from(r),
            3usize => self.start_date.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.end_date);
        w.field(2usize, &self.external_id);
        w.field(3usize, &self.start_date);
    }
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
rt::impl_object!(EducationTerm);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationTerm { with_display_name display_name : ::std::string::String; with_end_date
    end_date : rt::edm::Date; with_external_id external_id : ::std::string::String;
    with_start_date start_date : rt::edm::Date; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationTerm);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationWordResource`, complex type, derived from `microsoft.graph.educationResource`.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationWordResource {
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `fileUrl`: `Edm.String`, nullable.
    pub file_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationWordResource {
    #[inline]
    fn default() -> Self {
        Self {
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            file_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationWordResource {
    const TYPE_NAME: &'static str = "microsoft.graph.educationWordResource";
    const KEYS: &'static [&'static str] = &[
        "createdBy",
        "createdDateTime",
        "displayName",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "fileUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"fileUrl\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationWordResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_by", &self.created_by);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "file_url", &self.file_url);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationWordResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_by.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.file_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_by);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.file_url);
    }
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
rt::impl_object!(EducationWordResource);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationWordResource { with_created_by created_by : crate ::v1::AnyIdentitySet;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_file_url file_url : ::std::string::String; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationWordResource);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.eligibilityScheduleFilterByCurrentUserOptions`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EligibilityScheduleFilterByCurrentUserOptions {
    /// `principal` (value 1).
    Principal,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for EligibilityScheduleFilterByCurrentUserOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.eligibilityScheduleFilterByCurrentUserOptions";
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(EligibilityScheduleFilterByCurrentUserOptions);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EligibilityScheduleFilterByCurrentUserOptions);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.eligibilityScheduleRequestFilterByCurrentUserOptions`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EligibilityScheduleRequestFilterByCurrentUserOptions {
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
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for EligibilityScheduleRequestFilterByCurrentUserOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.eligibilityScheduleRequestFilterByCurrentUserOptions";
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(EligibilityScheduleRequestFilterByCurrentUserOptions);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EligibilityScheduleRequestFilterByCurrentUserOptions);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.emailAuthenticationMethod`, entity type, derived from `microsoft.graph.authenticationMethod`, key `id`.
///
/// Request builders: [`AuthenticationMethodPath`](requests/trait.AuthenticationMethodPath.html), what a path to one (`EntityPath<EmailAuthenticationMethod, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EmailAuthenticationMethod {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `emailAddress`: `Edm.String`, nullable.
    pub email_address: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for EmailAuthenticationMethod {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            email_address: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for EmailAuthenticationMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.emailAuthenticationMethod";
    const KEYS: &'static [&'static str] = &["id", "createdDateTime", "emailAddress"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"emailAddress\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.emailAuthenticationMethod\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "email_address", &self.email_address);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for EmailAuthenticationMethod {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.email_address.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.email_address);
    }
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
rt::impl_object!(EmailAuthenticationMethod);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    EmailAuthenticationMethod { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_email_address email_address : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmailAuthenticationMethod);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.emailAuthenticationMethodConfiguration`, entity type, derived from `microsoft.graph.authenticationMethodConfiguration`, key `id`.
///
/// Request builders: [`EmailAuthenticationMethodConfigurationPath`](requests/trait.EmailAuthenticationMethodConfigurationPath.html), what a path to one (`EntityPath<EmailAuthenticationMethodConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct EmailAuthenticationMethodConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `excludeTargets`: `Collection(microsoft.graph.excludeTarget)`, nullable.
    pub exclude_targets: rt::Field<::std::vec::Vec<crate::v1::ExcludeTarget>>,
    /// CSDL: property `state`: `microsoft.graph.authenticationMethodState`, nullable.
    pub state: rt::Field<crate::v1::AuthenticationMethodState>,
    /// CSDL: property `allowExternalIdToUseEmailOtp`: `microsoft.graph.externalEmailOtpState`, nullable.
    pub allow_external_id_to_use_email_otp: rt::Field<crate::v1::ExternalEmailOtpState>,
    /// CSDL: containment navigation property `includeTargets`: `Collection(microsoft.graph.authenticationMethodTarget)`, not nullable.
    pub include_targets: rt::Field<
        ::std::vec::Vec<crate::v1::AnyAuthenticationMethodTarget>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for EmailAuthenticationMethodConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            exclude_targets: rt::Field::Absent,
            state: rt::Field::Absent,
            allow_external_id_to_use_email_otp: rt::Field::Absent,
            include_targets: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for EmailAuthenticationMethodConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.emailAuthenticationMethodConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "excludeTargets",
        "state",
        "allowExternalIdToUseEmailOtp",
        "includeTargets",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"excludeTargets\":               ",
        ",\"state\":                        ",
        ",\"allowExternalIdToUseEmailOtp\": ",
        ",\"includeTargets\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.emailAuthenticationMethodConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "exclude_targets", &self.exclude_targets);
        v.field(2usize, "state", &self.state);
        v.field(
            3usize,
            "allow_external_id_to_use_email_otp",
            &self.allow_external_id_to_use_email_otp,
        );
        v.field(4usize, "include_targets", &self.include_targets);
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for EmailAuthenticationMethodConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.exclude_targets.read_from(r),
            2usize => self.state.read_from(r),
            3usize => self.allow_external_id_to_use_email_otp.read_from(r),
            4usize => self.include_targets.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.exclude_targets);
        w.field(2usize, &self.state);
        w.field(3usize, &self.allow_external_id_to_use_email_otp);
        w.field(4usize, &self.include_targets);
    }
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
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_object!(EmailAuthenticationMethodConfiguration);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    EmailAuthenticationMethodConfiguration { with_id id : ::std::string::String;
    with_exclude_targets exclude_targets : ::std::vec::Vec < crate ::v1::ExcludeTarget >;
    with_state state : crate ::v1::AuthenticationMethodState;
    with_allow_external_id_to_use_email_otp allow_external_id_to_use_email_otp : crate
    ::v1::ExternalEmailOtpState; with_include_targets include_targets : ::std::vec::Vec <
    crate ::v1::AnyAuthenticationMethodTarget >; }
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmailAuthenticationMethodConfiguration);
#[cfg(msgraph_v1_policies_or_search)]
/// CSDL: `microsoft.graph.emailDetails`, complex type.
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct EmailDetails {
    /// CSDL: property `body`: `Edm.String`, not nullable.
    pub body: rt::Field<::std::string::String>,
    /// CSDL: property `senderEmailAddress`: `Edm.String`, not nullable.
    pub sender_email_address: rt::Field<::std::string::String>,
    /// CSDL: property `subject`: `Edm.String`, not nullable.
    pub subject: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_policies_or_search)]
impl ::std::default::Default for EmailDetails {
    #[inline]
    fn default() -> Self {
        Self {
            body: rt::Field::Absent,
            sender_email_address: rt::Field::Absent,
            subject: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::Object for EmailDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.emailDetails";
    const KEYS: &'static [&'static str] = &["body", "senderEmailAddress", "subject"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"body\":                         ",
        ",\"senderEmailAddress\":           ",
        ",\"subject\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.emailDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "body", &self.body);
        v.field(1usize, "sender_email_address", &self.sender_email_address);
        v.field(2usize, "subject", &self.subject);
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::object::Members for EmailDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.body.read_from(r),
            1usize => self.sender_email_address.read_from(r),
            2usize => self.subject.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.body);
        w.field(1usize, &self.sender_email_address);
        w.field(2usize, &self.subject);
    }
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
rt::impl_object!(EmailDetails);
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_setters!(
    EmailDetails { with_body body : ::std::string::String; with_sender_email_address
    sender_email_address : ::std::string::String; with_subject subject :
    ::std::string::String; }
);
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmailDetails);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.emailNotificationsSetting`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EmailNotificationsSettingPath`](requests/trait.EmailNotificationsSettingPath.html), what a path to one (`EntityPath<EmailNotificationsSetting, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct EmailNotificationsSetting {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `additionalEvents`: `microsoft.graph.notificationEventsType`, not nullable.
    pub additional_events: rt::Field<rt::Flags<crate::v1::NotificationEventsType>>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, not nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `recipients`: `microsoft.graph.notificationRecipients`, not nullable.
    pub recipients: rt::Field<crate::v1::NotificationRecipients>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for EmailNotificationsSetting {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            additional_events: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            recipients: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for EmailNotificationsSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.emailNotificationsSetting";
    const KEYS: &'static [&'static str] = &[
        "id",
        "additionalEvents",
        "isEnabled",
        "recipients",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"additionalEvents\":             ",
        ",\"isEnabled\":                    ",
        ",\"recipients\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.emailNotificationsSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "additional_events", &self.additional_events);
        v.field(2usize, "is_enabled", &self.is_enabled);
        v.field(3usize, "recipients", &self.recipients);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for EmailNotificationsSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.additional_events.read_from(r),
            2usize => self.is_enabled.read_from(r),
            3usize => self.recipients.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.additional_events);
        w.field(2usize, &self.is_enabled);
        w.field(3usize, &self.recipients);
    }
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
rt::impl_object!(EmailNotificationsSetting);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    EmailNotificationsSetting { with_id id : ::std::string::String;
    with_additional_events additional_events : rt::Flags < crate
    ::v1::NotificationEventsType >; with_is_enabled is_enabled : bool; with_recipients
    recipients : crate ::v1::NotificationRecipients; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmailNotificationsSetting);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.emailRole`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EmailRole {
    /// `unknown` (value 0).
    Unknown,
    /// `sender` (value 1).
    Sender,
    /// `recipient` (value 2).
    Recipient,
    /// `unknownFutureValue` (value 127).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for EmailRole {
    const TYPE_NAME: &'static str = "microsoft.graph.emailRole";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "sender",
        "recipient",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "sender" => Self::Sender,
                "recipient" => Self::Recipient,
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
            Self::Sender => "sender",
            Self::Recipient => "recipient",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(EmailRole);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmailRole);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.emergencyCallEvent`, entity type, derived from `microsoft.graph.callEvent`, key `id`.
///
/// Request builders: [`EmergencyCallEventPath`](requests/trait.EmergencyCallEventPath.html), what a path to one (`EntityPath<EmergencyCallEvent, C>`) dereferences to.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct EmergencyCallEvent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `callEventType`: `microsoft.graph.callEventType`, not nullable.
    pub call_event_type: rt::Field<crate::v1::CallEventType>,
    /// CSDL: property `eventDateTime`: `Edm.DateTimeOffset`, nullable.
    pub event_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: navigation property `participants`: `Collection(microsoft.graph.participant)`, not nullable.
    pub participants: rt::Field<::std::vec::Vec<crate::v1::Participant>>,
    /// CSDL: property `callerInfo`: `microsoft.graph.emergencyCallerInfo`, nullable.
    pub caller_info: rt::Field<crate::v1::EmergencyCallerInfo>,
    /// CSDL: property `emergencyNumberDialed`: `Edm.String`, nullable.
    pub emergency_number_dialed: rt::Field<::std::string::String>,
    /// CSDL: property `policyName`: `Edm.String`, nullable.
    pub policy_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for EmergencyCallEvent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            call_event_type: rt::Field::Absent,
            event_date_time: rt::Field::Absent,
            participants: rt::Field::Absent,
            caller_info: rt::Field::Absent,
            emergency_number_dialed: rt::Field::Absent,
            policy_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for EmergencyCallEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.emergencyCallEvent";
    const KEYS: &'static [&'static str] = &[
        "id",
        "callEventType",
        "eventDateTime",
        "participants",
        "callerInfo",
        "emergencyNumberDialed",
        "policyName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"callEventType\":                ",
        ",\"eventDateTime\":                ",
        ",\"participants\":                 ",
        ",\"callerInfo\":                   ",
        ",\"emergencyNumberDialed\":        ",
        ",\"policyName\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.emergencyCallEvent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "call_event_type", &self.call_event_type);
        v.field(2usize, "event_date_time", &self.event_date_time);
        v.field(3usize, "participants", &self.participants);
        v.field(4usize, "caller_info", &self.caller_info);
        v.field(5usize, "emergency_number_dialed", &self.emergency_number_dialed);
        v.field(6usize, "policy_name", &self.policy_name);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for EmergencyCallEvent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.call_event_type.read_from(r),
            2usize => self.event_date_time.read_from(r),
            3usize => self.participants.read_from(r),
            4usize => self.caller_info.read_from(r),
            5usize => self.emergency_number_dialed.read_from(r),
            6usize => self.policy_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.call_event_type);
        w.field(2usize, &self.event_date_time);
        w.field(3usize, &self.participants);
        w.field(4usize, &self.caller_info);
        w.field(5usize, &self.emergency_number_dialed);
        w.field(6usize, &self.policy_name);
    }
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
rt::impl_object!(EmergencyCallEvent);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    EmergencyCallEvent { with_id id : ::std::string::String; with_call_event_type
    call_event_type : crate ::v1::CallEventType; with_event_date_time event_date_time :
    rt::edm::DateTimeOffset; with_participants participants : ::std::vec::Vec < crate
    ::v1::Participant >; with_caller_info caller_info : crate ::v1::EmergencyCallerInfo;
    with_emergency_number_dialed emergency_number_dialed : ::std::string::String;
    with_policy_name policy_name : ::std::string::String; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmergencyCallEvent);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.emergencyCallerInfo`, complex type.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct EmergencyCallerInfo {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `location`: `microsoft.graph.location`, nullable.
    pub location: rt::Field<crate::v1::AnyLocation>,
    /// CSDL: property `phoneNumber`: `Edm.String`, nullable.
    pub phone_number: rt::Field<::std::string::String>,
    /// CSDL: property `tenantId`: `Edm.String`, nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `upn`: `Edm.String`, nullable.
    pub upn: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for EmergencyCallerInfo {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            location: rt::Field::Absent,
            phone_number: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            upn: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for EmergencyCallerInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.emergencyCallerInfo";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "location",
        "phoneNumber",
        "tenantId",
        "upn",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"location\":                     ",
        ",\"phoneNumber\":                  ",
        ",\"tenantId\":                     ",
        ",\"upn\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.emergencyCallerInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "location", &self.location);
        v.field(2usize, "phone_number", &self.phone_number);
        v.field(3usize, "tenant_id", &self.tenant_id);
        v.field(4usize, "upn", &self.upn);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for EmergencyCallerInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.location.read_from(r),
            2usize => self.phone_number.read_from(r),
            3usize => self.tenant_id.read_from(r),
            4usize => self.upn.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.location);
        w.field(2usize, &self.phone_number);
        w.field(3usize, &self.tenant_id);
        w.field(4usize, &self.upn);
    }
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
rt::impl_object!(EmergencyCallerInfo);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    EmergencyCallerInfo { with_display_name display_name : ::std::string::String;
    with_location location : crate ::v1::AnyLocation; with_phone_number phone_number :
    ::std::string::String; with_tenant_id tenant_id : ::std::string::String; with_upn upn
    : ::std::string::String; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmergencyCallerInfo);
