//! Types of `microsoft.graph.security` by the first letters of their names (`e_i`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.ediscoveryCaseSettings`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EdiscoveryCaseSettingsPath`](../requests/security/trait.EdiscoveryCaseSettingsPath.html), what a path to one (`EntityPath<EdiscoveryCaseSettings, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct EdiscoveryCaseSettings {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `caseType`: `microsoft.graph.security.caseType`, not nullable.
    pub case_type: rt::Field<crate::v1::security::CaseType>,
    /// CSDL: property `ocr`: `microsoft.graph.security.ocrSettings`, nullable.
    pub ocr: rt::Field<crate::v1::security::OcrSettings>,
    /// CSDL: property `redundancyDetection`: `microsoft.graph.security.redundancyDetectionSettings`, nullable.
    pub redundancy_detection: rt::Field<
        crate::v1::security::RedundancyDetectionSettings,
    >,
    /// CSDL: property `reviewSetSettings`: `microsoft.graph.security.reviewSetSettings`, nullable.
    pub review_set_settings: rt::Field<
        rt::Flags<crate::v1::security::ReviewSetSettings>,
    >,
    /// CSDL: property `topicModeling`: `microsoft.graph.security.topicModelingSettings`, nullable.
    pub topic_modeling: rt::Field<crate::v1::security::TopicModelingSettings>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for EdiscoveryCaseSettings {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            case_type: rt::Field::Absent,
            ocr: rt::Field::Absent,
            redundancy_detection: rt::Field::Absent,
            review_set_settings: rt::Field::Absent,
            topic_modeling: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for EdiscoveryCaseSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.security.ediscoveryCaseSettings";
    const KEYS: &'static [&'static str] = &[
        "id",
        "caseType",
        "ocr",
        "redundancyDetection",
        "reviewSetSettings",
        "topicModeling",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"caseType\":                     ",
        ",\"ocr\":                          ",
        ",\"redundancyDetection\":          ",
        ",\"reviewSetSettings\":            ",
        ",\"topicModeling\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.ediscoveryCaseSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "case_type", &self.case_type);
        v.field(2usize, "ocr", &self.ocr);
        v.field(3usize, "redundancy_detection", &self.redundancy_detection);
        v.field(4usize, "review_set_settings", &self.review_set_settings);
        v.field(5usize, "topic_modeling", &self.topic_modeling);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for EdiscoveryCaseSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.case_type.read_from(r),
            2usize => self.ocr.read_from(r),
            3usize => self.redundancy_detection.read_from(r),
            4usize => self.review_set_settings.read_from(r),
            5usize => self.topic_modeling.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.case_type);
        w.field(2usize, &self.ocr);
        w.field(3usize, &self.redundancy_detection);
        w.field(4usize, &self.review_set_settings);
        w.field(5usize, &self.topic_modeling);
    }
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
rt::impl_object!(EdiscoveryCaseSettings);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    EdiscoveryCaseSettings { with_id id : ::std::string::String; with_case_type case_type
    : crate ::v1::security::CaseType; with_ocr ocr : crate ::v1::security::OcrSettings;
    with_redundancy_detection redundancy_detection : crate
    ::v1::security::RedundancyDetectionSettings; with_review_set_settings
    review_set_settings : rt::Flags < crate ::v1::security::ReviewSetSettings >;
    with_topic_modeling topic_modeling : crate ::v1::security::TopicModelingSettings; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdiscoveryCaseSettings);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.ediscoveryExportOperation`, entity type, derived from `microsoft.graph.security.caseOperation`, key `id`.
///
/// Request builders: [`EdiscoveryExportOperationPath`](../requests/security/trait.EdiscoveryExportOperationPath.html), what a path to one (`EntityPath<EdiscoveryExportOperation, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct EdiscoveryExportOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `action`: `microsoft.graph.security.caseAction`, nullable.
    pub action: rt::Field<crate::v1::security::CaseAction>,
    /// CSDL: property `completedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `percentProgress`: `Edm.Int32`, nullable.
    pub percent_progress: rt::Field<i32>,
    /// CSDL: property `resultInfo`: `microsoft.graph.resultInfo`, nullable.
    pub result_info: rt::Field<crate::v1::ResultInfo>,
    /// CSDL: property `status`: `microsoft.graph.security.caseOperationStatus`, nullable.
    pub status: rt::Field<crate::v1::security::CaseOperationStatus>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `exportFileMetadata`: `Collection(microsoft.graph.security.exportFileMetadata)`, nullable.
    pub export_file_metadata: rt::Field<
        ::std::vec::Vec<crate::v1::security::ExportFileMetadata>,
    >,
    /// CSDL: property `exportOptions`: `microsoft.graph.security.exportOptions`, nullable.
    pub export_options: rt::Field<rt::Flags<crate::v1::security::ExportOptions>>,
    /// CSDL: property `exportStructure`: `microsoft.graph.security.exportFileStructure`, nullable.
    pub export_structure: rt::Field<crate::v1::security::ExportFileStructure>,
    /// CSDL: property `outputName`: `Edm.String`, nullable.
    pub output_name: rt::Field<::std::string::String>,
    /// CSDL: navigation property `reviewSet`: `microsoft.graph.security.ediscoveryReviewSet`, nullable.
    pub review_set: rt::Field<crate::v1::security::EdiscoveryReviewSet>,
    /// CSDL: navigation property `reviewSetQuery`: `microsoft.graph.security.ediscoveryReviewSetQuery`, nullable.
    pub review_set_query: rt::Field<crate::v1::security::EdiscoveryReviewSetQuery>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for EdiscoveryExportOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            action: rt::Field::Absent,
            completed_date_time: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            percent_progress: rt::Field::Absent,
            result_info: rt::Field::Absent,
            status: rt::Field::Absent,
            description: rt::Field::Absent,
            export_file_metadata: rt::Field::Absent,
            export_options: rt::Field::Absent,
            export_structure: rt::Field::Absent,
            output_name: rt::Field::Absent,
            review_set: rt::Field::Absent,
            review_set_query: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for EdiscoveryExportOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.security.ediscoveryExportOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "action",
        "completedDateTime",
        "createdBy",
        "createdDateTime",
        "percentProgress",
        "resultInfo",
        "status",
        "description",
        "exportFileMetadata",
        "exportOptions",
        "exportStructure",
        "outputName",
        "reviewSet",
        "reviewSetQuery",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"action\":                       ",
        ",\"completedDateTime\":            ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"percentProgress\":              ",
        ",\"resultInfo\":                   ",
        ",\"status\":                       ",
        ",\"description\":                  ",
        ",\"exportFileMetadata\":           ",
        ",\"exportOptions\":                ",
        ",\"exportStructure\":              ",
        ",\"outputName\":                   ",
        ",\"reviewSet\":                    ",
        ",\"reviewSetQuery\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.ediscoveryExportOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "action", &self.action);
        v.field(2usize, "completed_date_time", &self.completed_date_time);
        v.field(3usize, "created_by", &self.created_by);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "percent_progress", &self.percent_progress);
        v.field(6usize, "result_info", &self.result_info);
        v.field(7usize, "status", &self.status);
        v.field(8usize, "description", &self.description);
        v.field(9usize, "export_file_metadata", &self.export_file_metadata);
        v.field(10usize, "export_options", &self.export_options);
        v.field(11usize, "export_structure", &self.export_structure);
        v.field(12usize, "output_name", &self.output_name);
        v.field(13usize, "review_set", &self.review_set);
        v.field(14usize, "review_set_query", &self.review_set_query);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for EdiscoveryExportOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.action.read_from(r),
            2usize => self.completed_date_time.read_from(r),
            3usize => self.created_by.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.percent_progress.read_from(r),
            6usize => self.result_info.read_from(r),
            7usize => self.status.read_from(r),
            8usize => self.description.read_from(r),
            9usize => self.export_file_metadata.read_from(r),
            10usize => self.export_options.read_from(r),
            11usize => self.export_structure.read_from(r),
            12usize => self.output_name.read_from(r),
            13usize => self.review_set.read_from(r),
            14usize => self.review_set_query.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.action);
        w.field(2usize, &self.completed_date_time);
        w.field(3usize, &self.created_by);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.percent_progress);
        w.field(6usize, &self.result_info);
        w.field(7usize, &self.status);
        w.field(8usize, &self.description);
        w.field(9usize, &self.export_file_metadata);
        w.field(10usize, &self.export_options);
        w.field(11usize, &self.export_structure);
        w.field(12usize, &self.output_name);
        w.field(13usize, &self.review_set);
        w.field(14usize, &self.review_set_query);
    }
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
rt::impl_object!(EdiscoveryExportOperation);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    EdiscoveryExportOperation { with_id id : ::std::string::String; with_action action :
    crate ::v1::security::CaseAction; with_completed_date_time completed_date_time :
    rt::edm::DateTimeOffset; with_created_by created_by : crate ::v1::AnyIdentitySet;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_percent_progress percent_progress : i32; with_result_info result_info : crate
    ::v1::ResultInfo; with_status status : crate ::v1::security::CaseOperationStatus;
    with_description description : ::std::string::String; with_export_file_metadata
    export_file_metadata : ::std::vec::Vec < crate ::v1::security::ExportFileMetadata >;
    with_export_options export_options : rt::Flags < crate ::v1::security::ExportOptions
    >; with_export_structure export_structure : crate
    ::v1::security::ExportFileStructure; with_output_name output_name :
    ::std::string::String; with_review_set review_set : crate
    ::v1::security::EdiscoveryReviewSet; with_review_set_query review_set_query : crate
    ::v1::security::EdiscoveryReviewSetQuery; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdiscoveryExportOperation);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for EHR Connector events.
///
/// CSDL: `microsoft.graph.security.ehrConnectorAuditBaseRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct EhrConnectorAuditBaseRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for EhrConnectorAuditBaseRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for EhrConnectorAuditBaseRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.ehrConnectorAuditBaseRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.ehrConnectorAuditBaseRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for EhrConnectorAuditBaseRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.dynamic_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.dynamic_properties);
    }
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
rt::impl_object!(EhrConnectorAuditBaseRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    EhrConnectorAuditBaseRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EhrConnectorAuditBaseRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.emailSender`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct EmailSender {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `domainName`: `Edm.String`, nullable.
    pub domain_name: rt::Field<::std::string::String>,
    /// CSDL: property `emailAddress`: `Edm.String`, nullable.
    pub email_address: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for EmailSender {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            domain_name: rt::Field::Absent,
            email_address: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for EmailSender {
    const TYPE_NAME: &'static str = "microsoft.graph.security.emailSender";
    const KEYS: &'static [&'static str] = &["displayName", "domainName", "emailAddress"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"domainName\":                   ",
        ",\"emailAddress\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.emailSender\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "domain_name", &self.domain_name);
        v.field(2usize, "email_address", &self.email_address);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for EmailSender {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.domain_name.read_from(r),
            2usize => self.email_address.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.domain_name);
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(EmailSender);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    EmailSender { with_display_name display_name : ::std::string::String;
    with_domain_name domain_name : ::std::string::String; with_email_address
    email_address : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmailSender);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for EOP Submission Feed Entity events.
///
/// CSDL: `microsoft.graph.security.eopSubmissionFeedEntityAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct EopSubmissionFeedEntityAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for EopSubmissionFeedEntityAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for EopSubmissionFeedEntityAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.eopSubmissionFeedEntityAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.eopSubmissionFeedEntityAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for EopSubmissionFeedEntityAuditRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.dynamic_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.dynamic_properties);
    }
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
rt::impl_object!(EopSubmissionFeedEntityAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    EopSubmissionFeedEntityAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EopSubmissionFeedEntityAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.eventSource`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EventSource {
    /// `system` (value 0).
    System,
    /// `admin` (value 1).
    Admin,
    /// `user` (value 2).
    User,
    /// `unknownFutureValue` (value 127).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for EventSource {
    const TYPE_NAME: &'static str = "microsoft.graph.security.eventSource";
    const MEMBERS: &'static [&'static str] = &[
        "system",
        "admin",
        "user",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "system" => Self::System,
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
            Self::System => "system",
            Self::Admin => "admin",
            Self::User => "user",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(EventSource);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EventSource);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.evidenceRemediationStatus`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EvidenceRemediationStatus {
    /// `none` (value 0).
    None,
    /// `remediated` (value 1).
    Remediated,
    /// `prevented` (value 2).
    Prevented,
    /// `blocked` (value 3).
    Blocked,
    /// `notFound` (value 4).
    NotFound,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// `active` (value 6).
    Active,
    /// `pendingApproval` (value 7).
    PendingApproval,
    /// `declined` (value 8).
    Declined,
    /// `unremediated` (value 9).
    Unremediated,
    /// `running` (value 10).
    Running,
    /// `partiallyRemediated` (value 11).
    PartiallyRemediated,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for EvidenceRemediationStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.security.evidenceRemediationStatus";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "remediated",
        "prevented",
        "blocked",
        "notFound",
        "unknownFutureValue",
        "active",
        "pendingApproval",
        "declined",
        "unremediated",
        "running",
        "partiallyRemediated",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "remediated" => Self::Remediated,
                "prevented" => Self::Prevented,
                "blocked" => Self::Blocked,
                "notFound" => Self::NotFound,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "active" => Self::Active,
                "pendingApproval" => Self::PendingApproval,
                "declined" => Self::Declined,
                "unremediated" => Self::Unremediated,
                "running" => Self::Running,
                "partiallyRemediated" => Self::PartiallyRemediated,
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
            Self::Remediated => "remediated",
            Self::Prevented => "prevented",
            Self::Blocked => "blocked",
            Self::NotFound => "notFound",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Active => "active",
            Self::PendingApproval => "pendingApproval",
            Self::Declined => "declined",
            Self::Unremediated => "unremediated",
            Self::Running => "running",
            Self::PartiallyRemediated => "partiallyRemediated",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(EvidenceRemediationStatus);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EvidenceRemediationStatus);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.evidenceRole`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EvidenceRole {
    /// `unknown` (value 0).
    Unknown,
    /// `contextual` (value 1).
    Contextual,
    /// `scanned` (value 2).
    Scanned,
    /// `source` (value 3).
    Source,
    /// `destination` (value 4).
    Destination,
    /// `created` (value 5).
    Created,
    /// `added` (value 6).
    Added,
    /// `compromised` (value 7).
    Compromised,
    /// `edited` (value 8).
    Edited,
    /// `attacked` (value 9).
    Attacked,
    /// `attacker` (value 10).
    Attacker,
    /// `commandAndControl` (value 11).
    CommandAndControl,
    /// `loaded` (value 12).
    Loaded,
    /// `suspicious` (value 13).
    Suspicious,
    /// `policyViolator` (value 14).
    PolicyViolator,
    /// `unknownFutureValue` (value 31).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for EvidenceRole {
    const TYPE_NAME: &'static str = "microsoft.graph.security.evidenceRole";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "contextual",
        "scanned",
        "source",
        "destination",
        "created",
        "added",
        "compromised",
        "edited",
        "attacked",
        "attacker",
        "commandAndControl",
        "loaded",
        "suspicious",
        "policyViolator",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "contextual" => Self::Contextual,
                "scanned" => Self::Scanned,
                "source" => Self::Source,
                "destination" => Self::Destination,
                "created" => Self::Created,
                "added" => Self::Added,
                "compromised" => Self::Compromised,
                "edited" => Self::Edited,
                "attacked" => Self::Attacked,
                "attacker" => Self::Attacker,
                "commandAndControl" => Self::CommandAndControl,
                "loaded" => Self::Loaded,
                "suspicious" => Self::Suspicious,
                "policyViolator" => Self::PolicyViolator,
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
            Self::Contextual => "contextual",
            Self::Scanned => "scanned",
            Self::Source => "source",
            Self::Destination => "destination",
            Self::Created => "created",
            Self::Added => "added",
            Self::Compromised => "compromised",
            Self::Edited => "edited",
            Self::Attacked => "attacked",
            Self::Attacker => "attacker",
            Self::CommandAndControl => "commandAndControl",
            Self::Loaded => "loaded",
            Self::Suspicious => "suspicious",
            Self::PolicyViolator => "policyViolator",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(EvidenceRole);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EvidenceRole);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.evidenceVerdict`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EvidenceVerdict {
    /// `unknown` (value 0).
    Unknown,
    /// `suspicious` (value 1).
    Suspicious,
    /// `malicious` (value 2).
    Malicious,
    /// `noThreatsFound` (value 3).
    NoThreatsFound,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for EvidenceVerdict {
    const TYPE_NAME: &'static str = "microsoft.graph.security.evidenceVerdict";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "suspicious",
        "malicious",
        "noThreatsFound",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "suspicious" => Self::Suspicious,
                "malicious" => Self::Malicious,
                "noThreatsFound" => Self::NoThreatsFound,
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
            Self::Suspicious => "suspicious",
            Self::Malicious => "malicious",
            Self::NoThreatsFound => "noThreatsFound",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(EvidenceVerdict);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EvidenceVerdict);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Exchange Admin events.
///
/// CSDL: `microsoft.graph.security.exchangeAdminAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ExchangeAdminAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ExchangeAdminAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ExchangeAdminAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.exchangeAdminAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.exchangeAdminAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ExchangeAdminAuditRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.dynamic_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.dynamic_properties);
    }
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
rt::impl_object!(ExchangeAdminAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ExchangeAdminAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExchangeAdminAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Exchange Aggregated Mailbox events.
///
/// CSDL: `microsoft.graph.security.exchangeAggregatedMailboxAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ExchangeAggregatedMailboxAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ExchangeAggregatedMailboxAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ExchangeAggregatedMailboxAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.exchangeAggregatedMailboxAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.exchangeAggregatedMailboxAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ExchangeAggregatedMailboxAuditRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.dynamic_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.dynamic_properties);
    }
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
rt::impl_object!(ExchangeAggregatedMailboxAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ExchangeAggregatedMailboxAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExchangeAggregatedMailboxAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Exchange Aggregated Operation events.
///
/// CSDL: `microsoft.graph.security.exchangeAggregatedOperationRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ExchangeAggregatedOperationRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ExchangeAggregatedOperationRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ExchangeAggregatedOperationRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.exchangeAggregatedOperationRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.exchangeAggregatedOperationRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ExchangeAggregatedOperationRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.dynamic_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.dynamic_properties);
    }
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
rt::impl_object!(ExchangeAggregatedOperationRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ExchangeAggregatedOperationRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExchangeAggregatedOperationRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Exchange Mailbox Audit Group events.
///
/// CSDL: `microsoft.graph.security.exchangeMailboxAuditGroupRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ExchangeMailboxAuditGroupRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ExchangeMailboxAuditGroupRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ExchangeMailboxAuditGroupRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.exchangeMailboxAuditGroupRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.exchangeMailboxAuditGroupRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ExchangeMailboxAuditGroupRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.dynamic_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.dynamic_properties);
    }
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
rt::impl_object!(ExchangeMailboxAuditGroupRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ExchangeMailboxAuditGroupRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExchangeMailboxAuditGroupRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Exchange Mailbox events.
///
/// CSDL: `microsoft.graph.security.exchangeMailboxAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ExchangeMailboxAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ExchangeMailboxAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ExchangeMailboxAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.exchangeMailboxAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.exchangeMailboxAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ExchangeMailboxAuditRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.dynamic_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.dynamic_properties);
    }
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
rt::impl_object!(ExchangeMailboxAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ExchangeMailboxAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExchangeMailboxAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.exportFileMetadata`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ExportFileMetadata {
    /// CSDL: property `downloadUrl`: `Edm.String`, nullable.
    pub download_url: rt::Field<::std::string::String>,
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// CSDL: property `size`: `Edm.Int64`, nullable.
    pub size: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ExportFileMetadata {
    #[inline]
    fn default() -> Self {
        Self {
            download_url: rt::Field::Absent,
            file_name: rt::Field::Absent,
            size: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ExportFileMetadata {
    const TYPE_NAME: &'static str = "microsoft.graph.security.exportFileMetadata";
    const KEYS: &'static [&'static str] = &["downloadUrl", "fileName", "size"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"downloadUrl\":                  ",
        ",\"fileName\":                     ",
        ",\"size\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.exportFileMetadata\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "download_url", &self.download_url);
        v.field(1usize, "file_name", &self.file_name);
        v.field(2usize, "size", &self.size);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ExportFileMetadata {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.download_url.read_from(r),
            1usize => self.file_name.read_from(r),
            2usize => self.size.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.download_url);
        w.field(1usize, &self.file_name);
        w.field(2usize, &self.size);
    }
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
rt::impl_object!(ExportFileMetadata);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ExportFileMetadata { with_download_url download_url : ::std::string::String;
    with_file_name file_name : ::std::string::String; with_size size : i64; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExportFileMetadata);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.exportFileStructure`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ExportFileStructure {
    /// `none` (value 0).
    None,
    /// `directory` (value 1).
    Directory,
    /// `pst` (value 2).
    Pst,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// `msg` (value 4).
    Msg,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for ExportFileStructure {
    const TYPE_NAME: &'static str = "microsoft.graph.security.exportFileStructure";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "directory",
        "pst",
        "unknownFutureValue",
        "msg",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "directory" => Self::Directory,
                "pst" => Self::Pst,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "msg" => Self::Msg,
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
            Self::Directory => "directory",
            Self::Pst => "pst",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Msg => "msg",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(ExportFileStructure);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExportFileStructure);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.exportFormat`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ExportFormat {
    /// `pst` (value 0).
    Pst,
    /// `msg` (value 1).
    Msg,
    /// `eml` (value 2).
    Eml,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for ExportFormat {
    const TYPE_NAME: &'static str = "microsoft.graph.security.exportFormat";
    const MEMBERS: &'static [&'static str] = &[
        "pst",
        "msg",
        "eml",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "pst" => Self::Pst,
                "msg" => Self::Msg,
                "eml" => Self::Eml,
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
            Self::Pst => "pst",
            Self::Msg => "msg",
            Self::Eml => "eml",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(ExportFormat);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExportFormat);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.exportLocation`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ExportLocation {
    /// `responsiveLocations` (value 1).
    ResponsiveLocations,
    /// `nonresponsiveLocations` (value 2).
    NonresponsiveLocations,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for ExportLocation {
    const TYPE_NAME: &'static str = "microsoft.graph.security.exportLocation";
    const MEMBERS: &'static [&'static str] = &[
        "responsiveLocations",
        "nonresponsiveLocations",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "responsiveLocations" => Self::ResponsiveLocations,
                "nonresponsiveLocations" => Self::NonresponsiveLocations,
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
            Self::ResponsiveLocations => "responsiveLocations",
            Self::NonresponsiveLocations => "nonresponsiveLocations",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(ExportLocation);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExportLocation);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.exportOptions`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ExportOptions {
    /// `originalFiles` (value 1).
    OriginalFiles,
    /// `text` (value 2).
    Text,
    /// `pdfReplacement` (value 4).
    PdfReplacement,
    /// `tags` (value 16).
    Tags,
    /// `unknownFutureValue` (value 32).
    UnknownFutureValue,
    /// `splitSource` (value 64).
    SplitSource,
    /// `includeFolderAndPath` (value 128).
    IncludeFolderAndPath,
    /// `friendlyName` (value 256).
    FriendlyName,
    /// `condensePaths` (value 512).
    CondensePaths,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for ExportOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.security.exportOptions";
    const MEMBERS: &'static [&'static str] = &[
        "originalFiles",
        "text",
        "pdfReplacement",
        "tags",
        "unknownFutureValue",
        "splitSource",
        "includeFolderAndPath",
        "friendlyName",
        "condensePaths",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "originalFiles" => Self::OriginalFiles,
                "text" => Self::Text,
                "pdfReplacement" => Self::PdfReplacement,
                "tags" => Self::Tags,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "splitSource" => Self::SplitSource,
                "includeFolderAndPath" => Self::IncludeFolderAndPath,
                "friendlyName" => Self::FriendlyName,
                "condensePaths" => Self::CondensePaths,
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
            Self::OriginalFiles => "originalFiles",
            Self::Text => "text",
            Self::PdfReplacement => "pdfReplacement",
            Self::Tags => "tags",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::SplitSource => "splitSource",
            Self::IncludeFolderAndPath => "includeFolderAndPath",
            Self::FriendlyName => "friendlyName",
            Self::CondensePaths => "condensePaths",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(ExportOptions);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExportOptions);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Microsoft Fabric events.
///
/// CSDL: `microsoft.graph.security.fabricAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct FabricAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for FabricAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for FabricAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.fabricAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.fabricAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for FabricAuditRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.dynamic_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.dynamic_properties);
    }
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
rt::impl_object!(FabricAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    FabricAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(FabricAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Fabric Policy events.
///
/// CSDL: `microsoft.graph.security.fabricPolicyRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct FabricPolicyRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for FabricPolicyRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for FabricPolicyRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.fabricPolicyRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.fabricPolicyRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for FabricPolicyRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.dynamic_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.dynamic_properties);
    }
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
rt::impl_object!(FabricPolicyRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    FabricPolicyRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(FabricPolicyRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.fileDetails`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct FileDetails {
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// CSDL: property `filePath`: `Edm.String`, nullable.
    pub file_path: rt::Field<::std::string::String>,
    /// CSDL: property `filePublisher`: `Edm.String`, nullable.
    pub file_publisher: rt::Field<::std::string::String>,
    /// CSDL: property `fileSize`: `Edm.Int64`, nullable.
    pub file_size: rt::Field<i64>,
    /// CSDL: property `issuer`: `Edm.String`, nullable.
    pub issuer: rt::Field<::std::string::String>,
    /// CSDL: property `md5`: `Edm.String`, nullable.
    pub md5: rt::Field<::std::string::String>,
    /// CSDL: property `sha1`: `Edm.String`, nullable.
    pub sha1: rt::Field<::std::string::String>,
    /// CSDL: property `sha256`: `Edm.String`, nullable.
    pub sha256: rt::Field<::std::string::String>,
    /// CSDL: property `sha256Ac`: `Edm.String`, nullable.
    pub sha256_ac: rt::Field<::std::string::String>,
    /// CSDL: property `signer`: `Edm.String`, nullable.
    pub signer: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for FileDetails {
    #[inline]
    fn default() -> Self {
        Self {
            file_name: rt::Field::Absent,
            file_path: rt::Field::Absent,
            file_publisher: rt::Field::Absent,
            file_size: rt::Field::Absent,
            issuer: rt::Field::Absent,
            md5: rt::Field::Absent,
            sha1: rt::Field::Absent,
            sha256: rt::Field::Absent,
            sha256_ac: rt::Field::Absent,
            signer: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for FileDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.security.fileDetails";
    const KEYS: &'static [&'static str] = &[
        "fileName",
        "filePath",
        "filePublisher",
        "fileSize",
        "issuer",
        "md5",
        "sha1",
        "sha256",
        "sha256Ac",
        "signer",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"fileName\":                     ",
        ",\"filePath\":                     ",
        ",\"filePublisher\":                ",
        ",\"fileSize\":                     ",
        ",\"issuer\":                       ",
        ",\"md5\":                          ",
        ",\"sha1\":                         ",
        ",\"sha256\":                       ",
        ",\"sha256Ac\":                     ",
        ",\"signer\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.fileDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "file_name", &self.file_name);
        v.field(1usize, "file_path", &self.file_path);
        v.field(2usize, "file_publisher", &self.file_publisher);
        v.field(3usize, "file_size", &self.file_size);
        v.field(4usize, "issuer", &self.issuer);
        v.field(5usize, "md5", &self.md5);
        v.field(6usize, "sha1", &self.sha1);
        v.field(7usize, "sha256", &self.sha256);
        v.field(8usize, "sha256_ac", &self.sha256_ac);
        v.field(9usize, "signer", &self.signer);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for FileDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.file_name.read_from(r),
            1usize => self.file_path.read_from(r),
            2usize => self.file_publisher.read_from(r),
            3usize => self.file_size.read_from(r),
            4usize => self.issuer.read_from(r),
            5usize => self.md5.read_from(r),
            6usize => self.sha1.read_from(r),
            7usize => self.sha256.read_from(r),
            8usize => self.sha256_ac.read_from(r),
            9usize => self.signer.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.file_name);
        w.field(1usize, &self.file_path);
        w.field(2usize, &self.file_publisher);
        w.field(3usize, &self.file_size);
        w.field(4usize, &self.issuer);
        w.field(5usize, &self.md5);
        w.field(6usize, &self.sha1);
        w.field(7usize, &self.sha256);
        w.field(8usize, &self.sha256_ac);
        w.field(9usize, &self.signer);
    }
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
rt::impl_object!(FileDetails);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    FileDetails { with_file_name file_name : ::std::string::String; with_file_path
    file_path : ::std::string::String; with_file_publisher file_publisher :
    ::std::string::String; with_file_size file_size : i64; with_issuer issuer :
    ::std::string::String; with_md5 md5 : ::std::string::String; with_sha1 sha1 :
    ::std::string::String; with_sha256 sha256 : ::std::string::String; with_sha256_ac
    sha256_ac : ::std::string::String; with_signer signer : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileDetails);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.fileEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct FileEvidence {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `detailedRoles`: `Collection(Edm.String)`, nullable.
    pub detailed_roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `remediationStatus`: `microsoft.graph.security.evidenceRemediationStatus`, not nullable.
    pub remediation_status: rt::Field<crate::v1::security::EvidenceRemediationStatus>,
    /// CSDL: property `remediationStatusDetails`: `Edm.String`, nullable.
    pub remediation_status_details: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(microsoft.graph.security.evidenceRole)`, not nullable.
    pub roles: rt::Field<::std::vec::Vec<crate::v1::security::EvidenceRole>>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `verdict`: `microsoft.graph.security.evidenceVerdict`, not nullable.
    pub verdict: rt::Field<crate::v1::security::EvidenceVerdict>,
    /// CSDL: property `detectionStatus`: `microsoft.graph.security.detectionStatus`, nullable.
    pub detection_status: rt::Field<crate::v1::security::DetectionStatus>,
    /// CSDL: property `fileDetails`: `microsoft.graph.security.fileDetails`, nullable.
    pub file_details: rt::Field<crate::v1::security::FileDetails>,
    /// CSDL: property `mdeDeviceId`: `Edm.String`, nullable.
    pub mde_device_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for FileEvidence {
    #[inline]
    fn default() -> Self {
        Self {
            created_date_time: rt::Field::Absent,
            detailed_roles: rt::Field::Absent,
            remediation_status: rt::Field::Absent,
            remediation_status_details: rt::Field::Absent,
            roles: rt::Field::Absent,
            tags: rt::Field::Absent,
            verdict: rt::Field::Absent,
            detection_status: rt::Field::Absent,
            file_details: rt::Field::Absent,
            mde_device_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for FileEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.fileEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "detectionStatus",
        "fileDetails",
        "mdeDeviceId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"detectionStatus\":              ",
        ",\"fileDetails\":                  ",
        ",\"mdeDeviceId\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.fileEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "detection_status", &self.detection_status);
        v.field(8usize, "file_details", &self.file_details);
        v.field(9usize, "mde_device_id", &self.mde_device_id);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for FileEvidence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_date_time.read_from(r),
            1usize => self.detailed_roles.read_from(r),
            2usize => self.remediation_status.read_from(r),
            3usize => self.remediation_status_details.read_from(r),
            4usize => self.roles.read_from(r),
            5usize => self.tags.read_from(r),
            6usize => self.verdict.read_from(r),
            7usize => self.detection_status.read_from(r),
            8usize => self.file_details.read_from(r),
            9usize => self.mde_device_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_date_time);
        w.field(1usize, &self.detailed_roles);
        w.field(2usize, &self.remediation_status);
        w.field(3usize, &self.remediation_status_details);
        w.field(4usize, &self.roles);
        w.field(5usize, &self.tags);
        w.field(6usize, &self.verdict);
        w.field(7usize, &self.detection_status);
        w.field(8usize, &self.file_details);
        w.field(9usize, &self.mde_device_id);
    }
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
rt::impl_object!(FileEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    FileEvidence { with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_detailed_roles detailed_roles : ::std::vec::Vec < ::std::string::String >;
    with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_detection_status detection_status : crate
    ::v1::security::DetectionStatus; with_file_details file_details : crate
    ::v1::security::FileDetails; with_mde_device_id mde_device_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.fileHash`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct FileHash {
    /// CSDL: property `algorithm`: `microsoft.graph.security.fileHashAlgorithm`, not nullable.
    pub algorithm: rt::Field<crate::v1::security::FileHashAlgorithm>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for FileHash {
    #[inline]
    fn default() -> Self {
        Self {
            algorithm: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for FileHash {
    const TYPE_NAME: &'static str = "microsoft.graph.security.fileHash";
    const KEYS: &'static [&'static str] = &["algorithm", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"algorithm\":                    ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.fileHash\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "algorithm", &self.algorithm);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for FileHash {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.algorithm.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.algorithm);
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(FileHash);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    FileHash { with_algorithm algorithm : crate ::v1::security::FileHashAlgorithm;
    with_value value : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileHash);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.fileHashAlgorithm`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum FileHashAlgorithm {
    /// `unknown` (value 0).
    Unknown,
    /// `md5` (value 1).
    Md5,
    /// `sha1` (value 2).
    Sha1,
    /// `sha256` (value 3).
    Sha256,
    /// `sha256ac` (value 4).
    Sha256ac,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for FileHashAlgorithm {
    const TYPE_NAME: &'static str = "microsoft.graph.security.fileHashAlgorithm";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "md5",
        "sha1",
        "sha256",
        "sha256ac",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "md5" => Self::Md5,
                "sha1" => Self::Sha1,
                "sha256" => Self::Sha256,
                "sha256ac" => Self::Sha256ac,
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
            Self::Md5 => "md5",
            Self::Sha1 => "sha1",
            Self::Sha256 => "sha256",
            Self::Sha256ac => "sha256ac",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(FileHashAlgorithm);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileHashAlgorithm);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.fileHashEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct FileHashEvidence {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `detailedRoles`: `Collection(Edm.String)`, nullable.
    pub detailed_roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `remediationStatus`: `microsoft.graph.security.evidenceRemediationStatus`, not nullable.
    pub remediation_status: rt::Field<crate::v1::security::EvidenceRemediationStatus>,
    /// CSDL: property `remediationStatusDetails`: `Edm.String`, nullable.
    pub remediation_status_details: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(microsoft.graph.security.evidenceRole)`, not nullable.
    pub roles: rt::Field<::std::vec::Vec<crate::v1::security::EvidenceRole>>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `verdict`: `microsoft.graph.security.evidenceVerdict`, not nullable.
    pub verdict: rt::Field<crate::v1::security::EvidenceVerdict>,
    /// CSDL: property `algorithm`: `microsoft.graph.security.fileHashAlgorithm`, not nullable.
    pub algorithm: rt::Field<crate::v1::security::FileHashAlgorithm>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for FileHashEvidence {
    #[inline]
    fn default() -> Self {
        Self {
            created_date_time: rt::Field::Absent,
            detailed_roles: rt::Field::Absent,
            remediation_status: rt::Field::Absent,
            remediation_status_details: rt::Field::Absent,
            roles: rt::Field::Absent,
            tags: rt::Field::Absent,
            verdict: rt::Field::Absent,
            algorithm: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for FileHashEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.fileHashEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "algorithm",
        "value",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"algorithm\":                    ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.fileHashEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "algorithm", &self.algorithm);
        v.field(8usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for FileHashEvidence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_date_time.read_from(r),
            1usize => self.detailed_roles.read_from(r),
            2usize => self.remediation_status.read_from(r),
            3usize => self.remediation_status_details.read_from(r),
            4usize => self.roles.read_from(r),
            5usize => self.tags.read_from(r),
            6usize => self.verdict.read_from(r),
            7usize => self.algorithm.read_from(r),
            8usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_date_time);
        w.field(1usize, &self.detailed_roles);
        w.field(2usize, &self.remediation_status);
        w.field(3usize, &self.remediation_status_details);
        w.field(4usize, &self.roles);
        w.field(5usize, &self.tags);
        w.field(6usize, &self.verdict);
        w.field(7usize, &self.algorithm);
        w.field(8usize, &self.value);
    }
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
rt::impl_object!(FileHashEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    FileHashEvidence { with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_detailed_roles detailed_roles : ::std::vec::Vec <
    ::std::string::String >; with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_algorithm algorithm : crate
    ::v1::security::FileHashAlgorithm; with_value value : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileHashEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.formattedContent`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct FormattedContent {
    /// CSDL: property `content`: `Edm.String`, nullable.
    pub content: rt::Field<::std::string::String>,
    /// CSDL: property `format`: `microsoft.graph.security.contentFormat`, nullable.
    pub format: rt::Field<crate::v1::security::ContentFormat>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for FormattedContent {
    #[inline]
    fn default() -> Self {
        Self {
            content: rt::Field::Absent,
            format: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for FormattedContent {
    const TYPE_NAME: &'static str = "microsoft.graph.security.formattedContent";
    const KEYS: &'static [&'static str] = &["content", "format"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"content\":                      ",
        ",\"format\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.formattedContent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content", &self.content);
        v.field(1usize, "format", &self.format);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for FormattedContent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content.read_from(r),
            1usize => self.format.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content);
        w.field(1usize, &self.format);
    }
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
rt::impl_object!(FormattedContent);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    FormattedContent { with_content content : ::std::string::String; with_format format :
    crate ::v1::security::ContentFormat; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(FormattedContent);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.geoLocation`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct GeoLocation {
    /// CSDL: property `city`: `Edm.String`, nullable.
    pub city: rt::Field<::std::string::String>,
    /// CSDL: property `countryName`: `Edm.String`, nullable.
    pub country_name: rt::Field<::std::string::String>,
    /// CSDL: property `latitude`: `Edm.Double`, nullable.
    pub latitude: rt::Field<f64>,
    /// CSDL: property `longitude`: `Edm.Double`, nullable.
    pub longitude: rt::Field<f64>,
    /// CSDL: property `state`: `Edm.String`, nullable.
    pub state: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for GeoLocation {
    #[inline]
    fn default() -> Self {
        Self {
            city: rt::Field::Absent,
            country_name: rt::Field::Absent,
            latitude: rt::Field::Absent,
            longitude: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for GeoLocation {
    const TYPE_NAME: &'static str = "microsoft.graph.security.geoLocation";
    const KEYS: &'static [&'static str] = &[
        "city",
        "countryName",
        "latitude",
        "longitude",
        "state",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"city\":                         ",
        ",\"countryName\":                  ",
        ",\"latitude\":                     ",
        ",\"longitude\":                    ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.geoLocation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "city", &self.city);
        v.field(1usize, "country_name", &self.country_name);
        v.field(2usize, "latitude", &self.latitude);
        v.field(3usize, "longitude", &self.longitude);
        v.field(4usize, "state", &self.state);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for GeoLocation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.city.read_from(r),
            1usize => self.country_name.read_from(r),
            2usize => self.latitude.read_from(r),
            3usize => self.longitude.read_from(r),
            4usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.city);
        w.field(1usize, &self.country_name);
        w.field(2usize, &self.latitude);
        w.field(3usize, &self.longitude);
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(GeoLocation);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    GeoLocation { with_city city : ::std::string::String; with_country_name country_name
    : ::std::string::String; with_latitude latitude : f64; with_longitude longitude :
    f64; with_state state : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(GeoLocation);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.gitHubOrganizationEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct GitHubOrganizationEvidence {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `detailedRoles`: `Collection(Edm.String)`, nullable.
    pub detailed_roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `remediationStatus`: `microsoft.graph.security.evidenceRemediationStatus`, not nullable.
    pub remediation_status: rt::Field<crate::v1::security::EvidenceRemediationStatus>,
    /// CSDL: property `remediationStatusDetails`: `Edm.String`, nullable.
    pub remediation_status_details: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(microsoft.graph.security.evidenceRole)`, not nullable.
    pub roles: rt::Field<::std::vec::Vec<crate::v1::security::EvidenceRole>>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `verdict`: `microsoft.graph.security.evidenceVerdict`, not nullable.
    pub verdict: rt::Field<crate::v1::security::EvidenceVerdict>,
    /// CSDL: property `company`: `Edm.String`, nullable.
    pub company: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// CSDL: property `login`: `Edm.String`, nullable.
    pub login: rt::Field<::std::string::String>,
    /// CSDL: property `orgId`: `Edm.String`, nullable.
    pub org_id: rt::Field<::std::string::String>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for GitHubOrganizationEvidence {
    #[inline]
    fn default() -> Self {
        Self {
            created_date_time: rt::Field::Absent,
            detailed_roles: rt::Field::Absent,
            remediation_status: rt::Field::Absent,
            remediation_status_details: rt::Field::Absent,
            roles: rt::Field::Absent,
            tags: rt::Field::Absent,
            verdict: rt::Field::Absent,
            company: rt::Field::Absent,
            display_name: rt::Field::Absent,
            email: rt::Field::Absent,
            login: rt::Field::Absent,
            org_id: rt::Field::Absent,
            web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for GitHubOrganizationEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.gitHubOrganizationEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "company",
        "displayName",
        "email",
        "login",
        "orgId",
        "webUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"company\":                      ",
        ",\"displayName\":                  ",
        ",\"email\":                        ",
        ",\"login\":                        ",
        ",\"orgId\":                        ",
        ",\"webUrl\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.gitHubOrganizationEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "company", &self.company);
        v.field(8usize, "display_name", &self.display_name);
        v.field(9usize, "email", &self.email);
        v.field(10usize, "login", &self.login);
        v.field(11usize, "org_id", &self.org_id);
        v.field(12usize, "web_url", &self.web_url);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for GitHubOrganizationEvidence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_date_time.read_from(r),
            1usize => self.detailed_roles.read_from(r),
            2usize => self.remediation_status.read_from(r),
            3usize => self.remediation_status_details.read_from(r),
            4usize => self.roles.read_from(r),
            5usize => self.tags.read_from(r),
            6usize => self.verdict.read_from(r),
            7usize => self.company.read_from(r),
            8usize => self.display_name.read_from(r),
            9usize => self.email.read_from(r),
            10usize => self.login.read_from(r),
            11usize => self.org_id.read_from(r),
            12usize => self.web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_date_time);
        w.field(1usize, &self.detailed_roles);
        w.field(2usize, &self.remediation_status);
        w.field(3usize, &self.remediation_status_details);
        w.field(4usize, &self.roles);
        w.field(5usize, &self.tags);
        w.field(6usize, &self.verdict);
        w.field(7usize, &self.company);
        w.field(8usize, &self.display_name);
        w.field(9usize, &self.email);
        w.field(10usize, &self.login);
        w.field(11usize, &self.org_id);
        w.field(12usize, &self.web_url);
    }
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
rt::impl_object!(GitHubOrganizationEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    GitHubOrganizationEvidence { with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_detailed_roles detailed_roles : ::std::vec::Vec <
    ::std::string::String >; with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_company company : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_email email :
    ::std::string::String; with_login login : ::std::string::String; with_org_id org_id :
    ::std::string::String; with_web_url web_url : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(GitHubOrganizationEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.gitHubRepoEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct GitHubRepoEvidence {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `detailedRoles`: `Collection(Edm.String)`, nullable.
    pub detailed_roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `remediationStatus`: `microsoft.graph.security.evidenceRemediationStatus`, not nullable.
    pub remediation_status: rt::Field<crate::v1::security::EvidenceRemediationStatus>,
    /// CSDL: property `remediationStatusDetails`: `Edm.String`, nullable.
    pub remediation_status_details: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(microsoft.graph.security.evidenceRole)`, not nullable.
    pub roles: rt::Field<::std::vec::Vec<crate::v1::security::EvidenceRole>>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `verdict`: `microsoft.graph.security.evidenceVerdict`, not nullable.
    pub verdict: rt::Field<crate::v1::security::EvidenceVerdict>,
    /// CSDL: property `baseUrl`: `Edm.String`, nullable.
    pub base_url: rt::Field<::std::string::String>,
    /// CSDL: property `login`: `Edm.String`, nullable.
    pub login: rt::Field<::std::string::String>,
    /// CSDL: property `owner`: `Edm.String`, nullable.
    pub owner: rt::Field<::std::string::String>,
    /// CSDL: property `ownerType`: `Edm.String`, nullable.
    pub owner_type: rt::Field<::std::string::String>,
    /// CSDL: property `repoId`: `Edm.String`, nullable.
    pub repo_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for GitHubRepoEvidence {
    #[inline]
    fn default() -> Self {
        Self {
            created_date_time: rt::Field::Absent,
            detailed_roles: rt::Field::Absent,
            remediation_status: rt::Field::Absent,
            remediation_status_details: rt::Field::Absent,
            roles: rt::Field::Absent,
            tags: rt::Field::Absent,
            verdict: rt::Field::Absent,
            base_url: rt::Field::Absent,
            login: rt::Field::Absent,
            owner: rt::Field::Absent,
            owner_type: rt::Field::Absent,
            repo_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for GitHubRepoEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.gitHubRepoEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "baseUrl",
        "login",
        "owner",
        "ownerType",
        "repoId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"baseUrl\":                      ",
        ",\"login\":                        ",
        ",\"owner\":                        ",
        ",\"ownerType\":                    ",
        ",\"repoId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.gitHubRepoEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "base_url", &self.base_url);
        v.field(8usize, "login", &self.login);
        v.field(9usize, "owner", &self.owner);
        v.field(10usize, "owner_type", &self.owner_type);
        v.field(11usize, "repo_id", &self.repo_id);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for GitHubRepoEvidence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_date_time.read_from(r),
            1usize => self.detailed_roles.read_from(r),
            2usize => self.remediation_status.read_from(r),
            3usize => self.remediation_status_details.read_from(r),
            4usize => self.roles.read_from(r),
            5usize => self.tags.read_from(r),
            6usize => self.verdict.read_from(r),
            7usize => self.base_url.read_from(r),
            8usize => self.login.read_from(r),
            9usize => self.owner.read_from(r),
            10usize => self.owner_type.read_from(r),
            11usize => self.repo_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_date_time);
        w.field(1usize, &self.detailed_roles);
        w.field(2usize, &self.remediation_status);
        w.field(3usize, &self.remediation_status_details);
        w.field(4usize, &self.roles);
        w.field(5usize, &self.tags);
        w.field(6usize, &self.verdict);
        w.field(7usize, &self.base_url);
        w.field(8usize, &self.login);
        w.field(9usize, &self.owner);
        w.field(10usize, &self.owner_type);
        w.field(11usize, &self.repo_id);
    }
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
rt::impl_object!(GitHubRepoEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    GitHubRepoEvidence { with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_detailed_roles detailed_roles : ::std::vec::Vec <
    ::std::string::String >; with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_base_url base_url : ::std::string::String;
    with_login login : ::std::string::String; with_owner owner : ::std::string::String;
    with_owner_type owner_type : ::std::string::String; with_repo_id repo_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(GitHubRepoEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.gitHubUserEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct GitHubUserEvidence {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `detailedRoles`: `Collection(Edm.String)`, nullable.
    pub detailed_roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `remediationStatus`: `microsoft.graph.security.evidenceRemediationStatus`, not nullable.
    pub remediation_status: rt::Field<crate::v1::security::EvidenceRemediationStatus>,
    /// CSDL: property `remediationStatusDetails`: `Edm.String`, nullable.
    pub remediation_status_details: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(microsoft.graph.security.evidenceRole)`, not nullable.
    pub roles: rt::Field<::std::vec::Vec<crate::v1::security::EvidenceRole>>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `verdict`: `microsoft.graph.security.evidenceVerdict`, not nullable.
    pub verdict: rt::Field<crate::v1::security::EvidenceVerdict>,
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// CSDL: property `login`: `Edm.String`, nullable.
    pub login: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for GitHubUserEvidence {
    #[inline]
    fn default() -> Self {
        Self {
            created_date_time: rt::Field::Absent,
            detailed_roles: rt::Field::Absent,
            remediation_status: rt::Field::Absent,
            remediation_status_details: rt::Field::Absent,
            roles: rt::Field::Absent,
            tags: rt::Field::Absent,
            verdict: rt::Field::Absent,
            email: rt::Field::Absent,
            login: rt::Field::Absent,
            name: rt::Field::Absent,
            user_id: rt::Field::Absent,
            web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for GitHubUserEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.gitHubUserEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "email",
        "login",
        "name",
        "userId",
        "webUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"email\":                        ",
        ",\"login\":                        ",
        ",\"name\":                         ",
        ",\"userId\":                       ",
        ",\"webUrl\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.gitHubUserEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "email", &self.email);
        v.field(8usize, "login", &self.login);
        v.field(9usize, "name", &self.name);
        v.field(10usize, "user_id", &self.user_id);
        v.field(11usize, "web_url", &self.web_url);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for GitHubUserEvidence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_date_time.read_from(r),
            1usize => self.detailed_roles.read_from(r),
            2usize => self.remediation_status.read_from(r),
            3usize => self.remediation_status_details.read_from(r),
            4usize => self.roles.read_from(r),
            5usize => self.tags.read_from(r),
            6usize => self.verdict.read_from(r),
            7usize => self.email.read_from(r),
            8usize => self.login.read_from(r),
            9usize => self.name.read_from(r),
            10usize => self.user_id.read_from(r),
            11usize => self.web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_date_time);
        w.field(1usize, &self.detailed_roles);
        w.field(2usize, &self.remediation_status);
        w.field(3usize, &self.remediation_status_details);
        w.field(4usize, &self.roles);
        w.field(5usize, &self.tags);
        w.field(6usize, &self.verdict);
        w.field(7usize, &self.email);
        w.field(8usize, &self.login);
        w.field(9usize, &self.name);
        w.field(10usize, &self.user_id);
        w.field(11usize, &self.web_url);
    }
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
rt::impl_object!(GitHubUserEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    GitHubUserEvidence { with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_detailed_roles detailed_roles : ::std::vec::Vec <
    ::std::string::String >; with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_email email : ::std::string::String; with_login
    login : ::std::string::String; with_name name : ::std::string::String; with_user_id
    user_id : ::std::string::String; with_web_url web_url : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(GitHubUserEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.googleCloudLocationType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GoogleCloudLocationType {
    /// `unknown` (value 0).
    Unknown,
    /// `regional` (value 1).
    Regional,
    /// `zonal` (value 2).
    Zonal,
    /// `global` (value 3).
    Global,
    /// `unknownFutureValue` (value 31).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for GoogleCloudLocationType {
    const TYPE_NAME: &'static str = "microsoft.graph.security.googleCloudLocationType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "regional",
        "zonal",
        "global",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "regional" => Self::Regional,
                "zonal" => Self::Zonal,
                "global" => Self::Global,
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
            Self::Regional => "regional",
            Self::Zonal => "zonal",
            Self::Global => "global",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(GoogleCloudLocationType);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(GoogleCloudLocationType);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.googleCloudResourceEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct GoogleCloudResourceEvidence {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `detailedRoles`: `Collection(Edm.String)`, nullable.
    pub detailed_roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `remediationStatus`: `microsoft.graph.security.evidenceRemediationStatus`, not nullable.
    pub remediation_status: rt::Field<crate::v1::security::EvidenceRemediationStatus>,
    /// CSDL: property `remediationStatusDetails`: `Edm.String`, nullable.
    pub remediation_status_details: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(microsoft.graph.security.evidenceRole)`, not nullable.
    pub roles: rt::Field<::std::vec::Vec<crate::v1::security::EvidenceRole>>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `verdict`: `microsoft.graph.security.evidenceVerdict`, not nullable.
    pub verdict: rt::Field<crate::v1::security::EvidenceVerdict>,
    /// CSDL: property `fullResourceName`: `Edm.String`, nullable.
    pub full_resource_name: rt::Field<::std::string::String>,
    /// CSDL: property `location`: `Edm.String`, nullable.
    pub location: rt::Field<::std::string::String>,
    /// CSDL: property `locationType`: `microsoft.graph.security.googleCloudLocationType`, nullable.
    pub location_type: rt::Field<crate::v1::security::GoogleCloudLocationType>,
    /// CSDL: property `projectId`: `Edm.String`, nullable.
    pub project_id: rt::Field<::std::string::String>,
    /// CSDL: property `projectNumber`: `Edm.Int64`, nullable.
    pub project_number: rt::Field<i64>,
    /// CSDL: property `resourceName`: `Edm.String`, nullable.
    pub resource_name: rt::Field<::std::string::String>,
    /// CSDL: property `resourceType`: `Edm.String`, nullable.
    pub resource_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for GoogleCloudResourceEvidence {
    #[inline]
    fn default() -> Self {
        Self {
            created_date_time: rt::Field::Absent,
            detailed_roles: rt::Field::Absent,
            remediation_status: rt::Field::Absent,
            remediation_status_details: rt::Field::Absent,
            roles: rt::Field::Absent,
            tags: rt::Field::Absent,
            verdict: rt::Field::Absent,
            full_resource_name: rt::Field::Absent,
            location: rt::Field::Absent,
            location_type: rt::Field::Absent,
            project_id: rt::Field::Absent,
            project_number: rt::Field::Absent,
            resource_name: rt::Field::Absent,
            resource_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for GoogleCloudResourceEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.googleCloudResourceEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "fullResourceName",
        "location",
        "locationType",
        "projectId",
        "projectNumber",
        "resourceName",
        "resourceType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"fullResourceName\":             ",
        ",\"location\":                     ",
        ",\"locationType\":                 ",
        ",\"projectId\":                    ",
        ",\"projectNumber\":                ",
        ",\"resourceName\":                 ",
        ",\"resourceType\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.googleCloudResourceEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "full_resource_name", &self.full_resource_name);
        v.field(8usize, "location", &self.location);
        v.field(9usize, "location_type", &self.location_type);
        v.field(10usize, "project_id", &self.project_id);
        v.field(11usize, "project_number", &self.project_number);
        v.field(12usize, "resource_name", &self.resource_name);
        v.field(13usize, "resource_type", &self.resource_type);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for GoogleCloudResourceEvidence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_date_time.read_from(r),
            1usize => self.detailed_roles.read_from(r),
            2usize => self.remediation_status.read_from(r),
            3usize => self.remediation_status_details.read_from(r),
            4usize => self.roles.read_from(r),
            5usize => self.tags.read_from(r),
            6usize => self.verdict.read_from(r),
            7usize => self.full_resource_name.read_from(r),
            8usize => self.location.read_from(r),
            9usize => self.location_type.read_from(r),
            10usize => self.project_id.read_from(r),
            11usize => self.project_number.read_from(r),
            12usize => self.resource_name.read_from(r),
            13usize => self.resource_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_date_time);
        w.field(1usize, &self.detailed_roles);
        w.field(2usize, &self.remediation_status);
        w.field(3usize, &self.remediation_status_details);
        w.field(4usize, &self.roles);
        w.field(5usize, &self.tags);
        w.field(6usize, &self.verdict);
        w.field(7usize, &self.full_resource_name);
        w.field(8usize, &self.location);
        w.field(9usize, &self.location_type);
        w.field(10usize, &self.project_id);
        w.field(11usize, &self.project_number);
        w.field(12usize, &self.resource_name);
        w.field(13usize, &self.resource_type);
    }
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
rt::impl_object!(GoogleCloudResourceEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    GoogleCloudResourceEvidence { with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_detailed_roles detailed_roles : ::std::vec::Vec <
    ::std::string::String >; with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_full_resource_name full_resource_name :
    ::std::string::String; with_location location : ::std::string::String;
    with_location_type location_type : crate ::v1::security::GoogleCloudLocationType;
    with_project_id project_id : ::std::string::String; with_project_number
    project_number : i64; with_resource_name resource_name : ::std::string::String;
    with_resource_type resource_type : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(GoogleCloudResourceEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Healthcare Signal events.
///
/// CSDL: `microsoft.graph.security.healthcareSignalRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct HealthcareSignalRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for HealthcareSignalRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for HealthcareSignalRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.healthcareSignalRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.healthcareSignalRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for HealthcareSignalRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.dynamic_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.dynamic_properties);
    }
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
rt::impl_object!(HealthcareSignalRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    HealthcareSignalRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(HealthcareSignalRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.host`, entity type, derived from `microsoft.graph.security.artifact`, abstract, key `id`.
///
/// Request builders: [`HostPath`](../requests/security/trait.HostPath.html), what a path to one (`EntityPath<AnyHost, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct Host {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `firstSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub first_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: navigation property `childHostPairs`: `Collection(microsoft.graph.security.hostPair)`, not nullable.
    pub child_host_pairs: rt::Field<::std::vec::Vec<crate::v1::security::HostPair>>,
    /// CSDL: navigation property `components`: `Collection(microsoft.graph.security.hostComponent)`, not nullable.
    pub components: rt::Field<::std::vec::Vec<crate::v1::security::HostComponent>>,
    /// CSDL: navigation property `cookies`: `Collection(microsoft.graph.security.hostCookie)`, not nullable.
    pub cookies: rt::Field<::std::vec::Vec<crate::v1::security::HostCookie>>,
    /// CSDL: navigation property `hostPairs`: `Collection(microsoft.graph.security.hostPair)`, not nullable.
    pub host_pairs: rt::Field<::std::vec::Vec<crate::v1::security::HostPair>>,
    /// CSDL: navigation property `parentHostPairs`: `Collection(microsoft.graph.security.hostPair)`, not nullable.
    pub parent_host_pairs: rt::Field<::std::vec::Vec<crate::v1::security::HostPair>>,
    /// CSDL: navigation property `passiveDns`: `Collection(microsoft.graph.security.passiveDnsRecord)`, not nullable.
    pub passive_dns: rt::Field<::std::vec::Vec<crate::v1::security::PassiveDnsRecord>>,
    /// CSDL: navigation property `passiveDnsReverse`: `Collection(microsoft.graph.security.passiveDnsRecord)`, not nullable.
    pub passive_dns_reverse: rt::Field<
        ::std::vec::Vec<crate::v1::security::PassiveDnsRecord>,
    >,
    /// CSDL: navigation property `ports`: `Collection(microsoft.graph.security.hostPort)`, not nullable.
    pub ports: rt::Field<::std::vec::Vec<crate::v1::security::HostPort>>,
    /// CSDL: containment navigation property `reputation`: `microsoft.graph.security.hostReputation`, nullable.
    pub reputation: rt::Field<crate::v1::security::HostReputation>,
    /// CSDL: navigation property `sslCertificates`: `Collection(microsoft.graph.security.hostSslCertificate)`, not nullable.
    pub ssl_certificates: rt::Field<
        ::std::vec::Vec<crate::v1::security::HostSslCertificate>,
    >,
    /// CSDL: navigation property `subdomains`: `Collection(microsoft.graph.security.subdomain)`, not nullable.
    pub subdomains: rt::Field<::std::vec::Vec<crate::v1::security::Subdomain>>,
    /// CSDL: navigation property `trackers`: `Collection(microsoft.graph.security.hostTracker)`, not nullable.
    pub trackers: rt::Field<::std::vec::Vec<crate::v1::security::HostTracker>>,
    /// CSDL: navigation property `whois`: `microsoft.graph.security.whoisRecord`, nullable.
    pub whois: rt::Field<crate::v1::security::WhoisRecord>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for Host {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            first_seen_date_time: rt::Field::Absent,
            last_seen_date_time: rt::Field::Absent,
            child_host_pairs: rt::Field::Absent,
            components: rt::Field::Absent,
            cookies: rt::Field::Absent,
            host_pairs: rt::Field::Absent,
            parent_host_pairs: rt::Field::Absent,
            passive_dns: rt::Field::Absent,
            passive_dns_reverse: rt::Field::Absent,
            ports: rt::Field::Absent,
            reputation: rt::Field::Absent,
            ssl_certificates: rt::Field::Absent,
            subdomains: rt::Field::Absent,
            trackers: rt::Field::Absent,
            whois: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for Host {
    const TYPE_NAME: &'static str = "microsoft.graph.security.host";
    const KEYS: &'static [&'static str] = &[
        "id",
        "firstSeenDateTime",
        "lastSeenDateTime",
        "childHostPairs",
        "components",
        "cookies",
        "hostPairs",
        "parentHostPairs",
        "passiveDns",
        "passiveDnsReverse",
        "ports",
        "reputation",
        "sslCertificates",
        "subdomains",
        "trackers",
        "whois",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"firstSeenDateTime\":            ",
        ",\"lastSeenDateTime\":             ",
        ",\"childHostPairs\":               ",
        ",\"components\":                   ",
        ",\"cookies\":                      ",
        ",\"hostPairs\":                    ",
        ",\"parentHostPairs\":              ",
        ",\"passiveDns\":                   ",
        ",\"passiveDnsReverse\":            ",
        ",\"ports\":                        ",
        ",\"reputation\":                   ",
        ",\"sslCertificates\":              ",
        ",\"subdomains\":                   ",
        ",\"trackers\":                     ",
        ",\"whois\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.host\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "first_seen_date_time", &self.first_seen_date_time);
        v.field(2usize, "last_seen_date_time", &self.last_seen_date_time);
        v.field(3usize, "child_host_pairs", &self.child_host_pairs);
        v.field(4usize, "components", &self.components);
        v.field(5usize, "cookies", &self.cookies);
        v.field(6usize, "host_pairs", &self.host_pairs);
        v.field(7usize, "parent_host_pairs", &self.parent_host_pairs);
        v.field(8usize, "passive_dns", &self.passive_dns);
        v.field(9usize, "passive_dns_reverse", &self.passive_dns_reverse);
        v.field(10usize, "ports", &self.ports);
        v.field(11usize, "reputation", &self.reputation);
        v.field(12usize, "ssl_certificates", &self.ssl_certificates);
        v.field(13usize, "subdomains", &self.subdomains);
        v.field(14usize, "trackers", &self.trackers);
        v.field(15usize, "whois", &self.whois);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for Host {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.first_seen_date_time.read_from(r),
            2usize => self.last_seen_date_time.read_from(r),
            3usize => self.child_host_pairs.read_from(r),
            4usize => self.components.read_from(r),
            5usize => self.cookies.read_from(r),
            6usize => self.host_pairs.read_from(r),
            7usize => self.parent_host_pairs.read_from(r),
            8usize => self.passive_dns.read_from(r),
            9usize => self.passive_dns_reverse.read_from(r),
            10usize => self.ports.read_from(r),
            11usize => self.reputation.read_from(r),
            12usize => self.ssl_certificates.read_from(r),
            13usize => self.subdomains.read_from(r),
            14usize => self.trackers.read_from(r),
            15usize => self.whois.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.first_seen_date_time);
        w.field(2usize, &self.last_seen_date_time);
        w.field(3usize, &self.child_host_pairs);
        w.field(4usize, &self.components);
        w.field(5usize, &self.cookies);
        w.field(6usize, &self.host_pairs);
        w.field(7usize, &self.parent_host_pairs);
        w.field(8usize, &self.passive_dns);
        w.field(9usize, &self.passive_dns_reverse);
        w.field(10usize, &self.ports);
        w.field(11usize, &self.reputation);
        w.field(12usize, &self.ssl_certificates);
        w.field(13usize, &self.subdomains);
        w.field(14usize, &self.trackers);
        w.field(15usize, &self.whois);
    }
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
rt::impl_object!(Host);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    Host { with_id id : ::std::string::String; with_first_seen_date_time
    first_seen_date_time : rt::edm::DateTimeOffset; with_last_seen_date_time
    last_seen_date_time : rt::edm::DateTimeOffset; with_child_host_pairs child_host_pairs
    : ::std::vec::Vec < crate ::v1::security::HostPair >; with_components components :
    ::std::vec::Vec < crate ::v1::security::HostComponent >; with_cookies cookies :
    ::std::vec::Vec < crate ::v1::security::HostCookie >; with_host_pairs host_pairs :
    ::std::vec::Vec < crate ::v1::security::HostPair >; with_parent_host_pairs
    parent_host_pairs : ::std::vec::Vec < crate ::v1::security::HostPair >;
    with_passive_dns passive_dns : ::std::vec::Vec < crate
    ::v1::security::PassiveDnsRecord >; with_passive_dns_reverse passive_dns_reverse :
    ::std::vec::Vec < crate ::v1::security::PassiveDnsRecord >; with_ports ports :
    ::std::vec::Vec < crate ::v1::security::HostPort >; with_reputation reputation :
    crate ::v1::security::HostReputation; with_ssl_certificates ssl_certificates :
    ::std::vec::Vec < crate ::v1::security::HostSslCertificate >; with_subdomains
    subdomains : ::std::vec::Vec < crate ::v1::security::Subdomain >; with_trackers
    trackers : ::std::vec::Vec < crate ::v1::security::HostTracker >; with_whois whois :
    crate ::v1::security::WhoisRecord; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(Host);
#[cfg(msgraph_v1_search_or_security)]
/// `microsoft.graph.security.host` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyHost {
    Host(::std::boxed::Box<crate::v1::security::Host>),
    Hostname(::std::boxed::Box<crate::v1::security::Hostname>),
    IpAddress(::std::boxed::Box<crate::v1::security::IpAddress>),
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AnyHost {
    #[inline]
    fn default() -> Self {
        Self::Host(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::Host> for AnyHost {
    #[inline]
    fn from(v: crate::v1::security::Host) -> Self {
        Self::Host(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::Hostname> for AnyHost {
    #[inline]
    fn from(v: crate::v1::security::Hostname) -> Self {
        Self::Hostname(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::IpAddress> for AnyHost {
    #[inline]
    fn from(v: crate::v1::security::IpAddress) -> Self {
        Self::IpAddress(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
unsafe impl ::std::marker::Send for AnyHost {}
#[cfg(msgraph_v1_search_or_security)]
unsafe impl ::std::marker::Sync for AnyHost {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::marker::Unpin for AnyHost {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::panic::UnwindSafe for AnyHost {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::panic::RefUnwindSafe for AnyHost {}
#[cfg(msgraph_v1_search_or_security)]
const _: () = {
    rt::object::auto_traits::<crate::v1::security::Host>();
    rt::object::auto_traits::<crate::v1::security::Hostname>();
    rt::object::auto_traits::<crate::v1::security::IpAddress>();
};
#[cfg(msgraph_v1_search_or_security)]
impl rt::Poly for AnyHost {
    const BASE_NAME: &'static str = "microsoft.graph.security.host";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.security.hostname") => {
                Self::Hostname(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.security.ipAddress") => {
                Self::IpAddress(rt::object::new_boxed())
            }
            _ => Self::Host(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::Host(v) => &**v,
            Self::Hostname(v) => &**v,
            Self::IpAddress(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::Host(v) => &mut **v,
            Self::Hostname(v) => &mut **v,
            Self::IpAddress(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl AnyHost {
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
            Self::Host(v) => &v.id,
            Self::Hostname(v) => &v.id,
            Self::IpAddress(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Host(v) => &mut v.id,
            Self::Hostname(v) => &mut v.id,
            Self::IpAddress(v) => &mut v.id,
        }
    }
    /// `firstSeenDateTime` of any variant.
    #[inline]
    pub fn first_seen_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Host(v) => &v.first_seen_date_time,
            Self::Hostname(v) => &v.first_seen_date_time,
            Self::IpAddress(v) => &v.first_seen_date_time,
        }
    }
    /// `firstSeenDateTime` of any variant.
    #[inline]
    pub fn first_seen_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Host(v) => &mut v.first_seen_date_time,
            Self::Hostname(v) => &mut v.first_seen_date_time,
            Self::IpAddress(v) => &mut v.first_seen_date_time,
        }
    }
    /// `lastSeenDateTime` of any variant.
    #[inline]
    pub fn last_seen_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Host(v) => &v.last_seen_date_time,
            Self::Hostname(v) => &v.last_seen_date_time,
            Self::IpAddress(v) => &v.last_seen_date_time,
        }
    }
    /// `lastSeenDateTime` of any variant.
    #[inline]
    pub fn last_seen_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Host(v) => &mut v.last_seen_date_time,
            Self::Hostname(v) => &mut v.last_seen_date_time,
            Self::IpAddress(v) => &mut v.last_seen_date_time,
        }
    }
    /// `childHostPairs` of any variant.
    #[inline]
    pub fn child_host_pairs(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::security::HostPair>> {
        match self {
            Self::Host(v) => &v.child_host_pairs,
            Self::Hostname(v) => &v.child_host_pairs,
            Self::IpAddress(v) => &v.child_host_pairs,
        }
    }
    /// `childHostPairs` of any variant.
    #[inline]
    pub fn child_host_pairs_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::security::HostPair>> {
        match self {
            Self::Host(v) => &mut v.child_host_pairs,
            Self::Hostname(v) => &mut v.child_host_pairs,
            Self::IpAddress(v) => &mut v.child_host_pairs,
        }
    }
    /// `components` of any variant.
    #[inline]
    pub fn components(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::security::HostComponent>> {
        match self {
            Self::Host(v) => &v.components,
            Self::Hostname(v) => &v.components,
            Self::IpAddress(v) => &v.components,
        }
    }
    /// `components` of any variant.
    #[inline]
    pub fn components_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::security::HostComponent>> {
        match self {
            Self::Host(v) => &mut v.components,
            Self::Hostname(v) => &mut v.components,
            Self::IpAddress(v) => &mut v.components,
        }
    }
    /// `cookies` of any variant.
    #[inline]
    pub fn cookies(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::security::HostCookie>> {
        match self {
            Self::Host(v) => &v.cookies,
            Self::Hostname(v) => &v.cookies,
            Self::IpAddress(v) => &v.cookies,
        }
    }
    /// `cookies` of any variant.
    #[inline]
    pub fn cookies_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::security::HostCookie>> {
        match self {
            Self::Host(v) => &mut v.cookies,
            Self::Hostname(v) => &mut v.cookies,
            Self::IpAddress(v) => &mut v.cookies,
        }
    }
    /// `hostPairs` of any variant.
    #[inline]
    pub fn host_pairs(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::security::HostPair>> {
        match self {
            Self::Host(v) => &v.host_pairs,
            Self::Hostname(v) => &v.host_pairs,
            Self::IpAddress(v) => &v.host_pairs,
        }
    }
    /// `hostPairs` of any variant.
    #[inline]
    pub fn host_pairs_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::security::HostPair>> {
        match self {
            Self::Host(v) => &mut v.host_pairs,
            Self::Hostname(v) => &mut v.host_pairs,
            Self::IpAddress(v) => &mut v.host_pairs,
        }
    }
    /// `parentHostPairs` of any variant.
    #[inline]
    pub fn parent_host_pairs(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::security::HostPair>> {
        match self {
            Self::Host(v) => &v.parent_host_pairs,
            Self::Hostname(v) => &v.parent_host_pairs,
            Self::IpAddress(v) => &v.parent_host_pairs,
        }
    }
    /// `parentHostPairs` of any variant.
    #[inline]
    pub fn parent_host_pairs_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::security::HostPair>> {
        match self {
            Self::Host(v) => &mut v.parent_host_pairs,
            Self::Hostname(v) => &mut v.parent_host_pairs,
            Self::IpAddress(v) => &mut v.parent_host_pairs,
        }
    }
    /// `passiveDns` of any variant.
    #[inline]
    pub fn passive_dns(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::security::PassiveDnsRecord>> {
        match self {
            Self::Host(v) => &v.passive_dns,
            Self::Hostname(v) => &v.passive_dns,
            Self::IpAddress(v) => &v.passive_dns,
        }
    }
    /// `passiveDns` of any variant.
    #[inline]
    pub fn passive_dns_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::security::PassiveDnsRecord>> {
        match self {
            Self::Host(v) => &mut v.passive_dns,
            Self::Hostname(v) => &mut v.passive_dns,
            Self::IpAddress(v) => &mut v.passive_dns,
        }
    }
    /// `passiveDnsReverse` of any variant.
    #[inline]
    pub fn passive_dns_reverse(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::security::PassiveDnsRecord>> {
        match self {
            Self::Host(v) => &v.passive_dns_reverse,
            Self::Hostname(v) => &v.passive_dns_reverse,
            Self::IpAddress(v) => &v.passive_dns_reverse,
        }
    }
    /// `passiveDnsReverse` of any variant.
    #[inline]
    pub fn passive_dns_reverse_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::security::PassiveDnsRecord>> {
        match self {
            Self::Host(v) => &mut v.passive_dns_reverse,
            Self::Hostname(v) => &mut v.passive_dns_reverse,
            Self::IpAddress(v) => &mut v.passive_dns_reverse,
        }
    }
    /// `ports` of any variant.
    #[inline]
    pub fn ports(&self) -> &rt::Field<::std::vec::Vec<crate::v1::security::HostPort>> {
        match self {
            Self::Host(v) => &v.ports,
            Self::Hostname(v) => &v.ports,
            Self::IpAddress(v) => &v.ports,
        }
    }
    /// `ports` of any variant.
    #[inline]
    pub fn ports_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::security::HostPort>> {
        match self {
            Self::Host(v) => &mut v.ports,
            Self::Hostname(v) => &mut v.ports,
            Self::IpAddress(v) => &mut v.ports,
        }
    }
    /// `reputation` of any variant.
    #[inline]
    pub fn reputation(&self) -> &rt::Field<crate::v1::security::HostReputation> {
        match self {
            Self::Host(v) => &v.reputation,
            Self::Hostname(v) => &v.reputation,
            Self::IpAddress(v) => &v.reputation,
        }
    }
    /// `reputation` of any variant.
    #[inline]
    pub fn reputation_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::security::HostReputation> {
        match self {
            Self::Host(v) => &mut v.reputation,
            Self::Hostname(v) => &mut v.reputation,
            Self::IpAddress(v) => &mut v.reputation,
        }
    }
    /// `sslCertificates` of any variant.
    #[inline]
    pub fn ssl_certificates(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::security::HostSslCertificate>> {
        match self {
            Self::Host(v) => &v.ssl_certificates,
            Self::Hostname(v) => &v.ssl_certificates,
            Self::IpAddress(v) => &v.ssl_certificates,
        }
    }
    /// `sslCertificates` of any variant.
    #[inline]
    pub fn ssl_certificates_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::security::HostSslCertificate>> {
        match self {
            Self::Host(v) => &mut v.ssl_certificates,
            Self::Hostname(v) => &mut v.ssl_certificates,
            Self::IpAddress(v) => &mut v.ssl_certificates,
        }
    }
    /// `subdomains` of any variant.
    #[inline]
    pub fn subdomains(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::security::Subdomain>> {
        match self {
            Self::Host(v) => &v.subdomains,
            Self::Hostname(v) => &v.subdomains,
            Self::IpAddress(v) => &v.subdomains,
        }
    }
    /// `subdomains` of any variant.
    #[inline]
    pub fn subdomains_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::security::Subdomain>> {
        match self {
            Self::Host(v) => &mut v.subdomains,
            Self::Hostname(v) => &mut v.subdomains,
            Self::IpAddress(v) => &mut v.subdomains,
        }
    }
    /// `trackers` of any variant.
    #[inline]
    pub fn trackers(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::security::HostTracker>> {
        match self {
            Self::Host(v) => &v.trackers,
            Self::Hostname(v) => &v.trackers,
            Self::IpAddress(v) => &v.trackers,
        }
    }
    /// `trackers` of any variant.
    #[inline]
    pub fn trackers_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::security::HostTracker>> {
        match self {
            Self::Host(v) => &mut v.trackers,
            Self::Hostname(v) => &mut v.trackers,
            Self::IpAddress(v) => &mut v.trackers,
        }
    }
    /// `whois` of any variant.
    #[inline]
    pub fn whois(&self) -> &rt::Field<crate::v1::security::WhoisRecord> {
        match self {
            Self::Host(v) => &v.whois,
            Self::Hostname(v) => &v.whois,
            Self::IpAddress(v) => &v.whois,
        }
    }
    /// `whois` of any variant.
    #[inline]
    pub fn whois_mut(&mut self) -> &mut rt::Field<crate::v1::security::WhoisRecord> {
        match self {
            Self::Host(v) => &mut v.whois,
            Self::Hostname(v) => &mut v.whois,
            Self::IpAddress(v) => &mut v.whois,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_poly!(AnyHost);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyHost);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.hostComponent`, entity type, derived from `microsoft.graph.security.artifact`, key `id`.
///
/// Request builders: [`HostComponentPath`](../requests/security/trait.HostComponentPath.html), what a path to one (`EntityPath<HostComponent, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct HostComponent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `category`: `Edm.String`, nullable.
    pub category: rt::Field<::std::string::String>,
    /// CSDL: property `firstSeenDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub first_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastSeenDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// CSDL: navigation property `host`: `microsoft.graph.security.host`, not nullable.
    pub host: rt::Field<crate::v1::security::AnyHost>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for HostComponent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            category: rt::Field::Absent,
            first_seen_date_time: rt::Field::Absent,
            last_seen_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            version: rt::Field::Absent,
            host: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for HostComponent {
    const TYPE_NAME: &'static str = "microsoft.graph.security.hostComponent";
    const KEYS: &'static [&'static str] = &[
        "id",
        "category",
        "firstSeenDateTime",
        "lastSeenDateTime",
        "name",
        "version",
        "host",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"category\":                     ",
        ",\"firstSeenDateTime\":            ",
        ",\"lastSeenDateTime\":             ",
        ",\"name\":                         ",
        ",\"version\":                      ",
        ",\"host\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.hostComponent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "category", &self.category);
        v.field(2usize, "first_seen_date_time", &self.first_seen_date_time);
        v.field(3usize, "last_seen_date_time", &self.last_seen_date_time);
        v.field(4usize, "name", &self.name);
        v.field(5usize, "version", &self.version);
        v.field(6usize, "host", &self.host);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for HostComponent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.category.read_from(r),
            2usize => self.first_seen_date_time.read_from(r),
            3usize => self.last_seen_date_time.read_from(r),
            4usize => self.name.read_from(r),
            5usize => self.version.read_from(r),
            6usize => self.host.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.category);
        w.field(2usize, &self.first_seen_date_time);
        w.field(3usize, &self.last_seen_date_time);
        w.field(4usize, &self.name);
        w.field(5usize, &self.version);
        w.field(6usize, &self.host);
    }
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
rt::impl_object!(HostComponent);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    HostComponent { with_id id : ::std::string::String; with_category category :
    ::std::string::String; with_first_seen_date_time first_seen_date_time :
    rt::edm::DateTimeOffset; with_last_seen_date_time last_seen_date_time :
    rt::edm::DateTimeOffset; with_name name : ::std::string::String; with_version version
    : ::std::string::String; with_host host : crate ::v1::security::AnyHost; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(HostComponent);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.hostCookie`, entity type, derived from `microsoft.graph.security.artifact`, key `id`.
///
/// Request builders: [`HostCookiePath`](../requests/security/trait.HostCookiePath.html), what a path to one (`EntityPath<HostCookie, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct HostCookie {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `domain`: `Edm.String`, not nullable.
    pub domain: rt::Field<::std::string::String>,
    /// CSDL: property `firstSeenDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub first_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastSeenDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: navigation property `host`: `microsoft.graph.security.host`, not nullable.
    pub host: rt::Field<crate::v1::security::AnyHost>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for HostCookie {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            domain: rt::Field::Absent,
            first_seen_date_time: rt::Field::Absent,
            last_seen_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            host: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for HostCookie {
    const TYPE_NAME: &'static str = "microsoft.graph.security.hostCookie";
    const KEYS: &'static [&'static str] = &[
        "id",
        "domain",
        "firstSeenDateTime",
        "lastSeenDateTime",
        "name",
        "host",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"domain\":                       ",
        ",\"firstSeenDateTime\":            ",
        ",\"lastSeenDateTime\":             ",
        ",\"name\":                         ",
        ",\"host\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.hostCookie\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "domain", &self.domain);
        v.field(2usize, "first_seen_date_time", &self.first_seen_date_time);
        v.field(3usize, "last_seen_date_time", &self.last_seen_date_time);
        v.field(4usize, "name", &self.name);
        v.field(5usize, "host", &self.host);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for HostCookie {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.domain.read_from(r),
            2usize => self.first_seen_date_time.read_from(r),
            3usize => self.last_seen_date_time.read_from(r),
            4usize => self.name.read_from(r),
            5usize => self.host.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.domain);
        w.field(2usize, &self.first_seen_date_time);
        w.field(3usize, &self.last_seen_date_time);
        w.field(4usize, &self.name);
        w.field(5usize, &self.host);
    }
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
rt::impl_object!(HostCookie);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    HostCookie { with_id id : ::std::string::String; with_domain domain :
    ::std::string::String; with_first_seen_date_time first_seen_date_time :
    rt::edm::DateTimeOffset; with_last_seen_date_time last_seen_date_time :
    rt::edm::DateTimeOffset; with_name name : ::std::string::String; with_host host :
    crate ::v1::security::AnyHost; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(HostCookie);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.hostLogonSessionEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct HostLogonSessionEvidence {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `detailedRoles`: `Collection(Edm.String)`, nullable.
    pub detailed_roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `remediationStatus`: `microsoft.graph.security.evidenceRemediationStatus`, not nullable.
    pub remediation_status: rt::Field<crate::v1::security::EvidenceRemediationStatus>,
    /// CSDL: property `remediationStatusDetails`: `Edm.String`, nullable.
    pub remediation_status_details: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(microsoft.graph.security.evidenceRole)`, not nullable.
    pub roles: rt::Field<::std::vec::Vec<crate::v1::security::EvidenceRole>>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `verdict`: `microsoft.graph.security.evidenceVerdict`, not nullable.
    pub verdict: rt::Field<crate::v1::security::EvidenceVerdict>,
    /// CSDL: property `account`: `microsoft.graph.security.userEvidence`, nullable.
    pub account: rt::Field<crate::v1::security::UserEvidence>,
    /// CSDL: property `endUtcDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_utc_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `host`: `microsoft.graph.security.deviceEvidence`, nullable.
    pub host: rt::Field<crate::v1::security::DeviceEvidence>,
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `startUtcDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_utc_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for HostLogonSessionEvidence {
    #[inline]
    fn default() -> Self {
        Self {
            created_date_time: rt::Field::Absent,
            detailed_roles: rt::Field::Absent,
            remediation_status: rt::Field::Absent,
            remediation_status_details: rt::Field::Absent,
            roles: rt::Field::Absent,
            tags: rt::Field::Absent,
            verdict: rt::Field::Absent,
            account: rt::Field::Absent,
            end_utc_date_time: rt::Field::Absent,
            host: rt::Field::Absent,
            session_id: rt::Field::Absent,
            start_utc_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for HostLogonSessionEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.hostLogonSessionEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "account",
        "endUtcDateTime",
        "host",
        "sessionId",
        "startUtcDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"account\":                      ",
        ",\"endUtcDateTime\":               ",
        ",\"host\":                         ",
        ",\"sessionId\":                    ",
        ",\"startUtcDateTime\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.hostLogonSessionEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "account", &self.account);
        v.field(8usize, "end_utc_date_time", &self.end_utc_date_time);
        v.field(9usize, "host", &self.host);
        v.field(10usize, "session_id", &self.session_id);
        v.field(11usize, "start_utc_date_time", &self.start_utc_date_time);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for HostLogonSessionEvidence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_date_time.read_from(r),
            1usize => self.detailed_roles.read_from(r),
            2usize => self.remediation_status.read_from(r),
            3usize => self.remediation_status_details.read_from(r),
            4usize => self.roles.read_from(r),
            5usize => self.tags.read_from(r),
            6usize => self.verdict.read_from(r),
            7usize => self.account.read_from(r),
            8usize => self.end_utc_date_time.read_from(r),
            9usize => self.host.read_from(r),
            10usize => self.session_id.read_from(r),
            11usize => self.start_utc_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_date_time);
        w.field(1usize, &self.detailed_roles);
        w.field(2usize, &self.remediation_status);
        w.field(3usize, &self.remediation_status_details);
        w.field(4usize, &self.roles);
        w.field(5usize, &self.tags);
        w.field(6usize, &self.verdict);
        w.field(7usize, &self.account);
        w.field(8usize, &self.end_utc_date_time);
        w.field(9usize, &self.host);
        w.field(10usize, &self.session_id);
        w.field(11usize, &self.start_utc_date_time);
    }
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
rt::impl_object!(HostLogonSessionEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    HostLogonSessionEvidence { with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_detailed_roles detailed_roles : ::std::vec::Vec <
    ::std::string::String >; with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_account account : crate
    ::v1::security::UserEvidence; with_end_utc_date_time end_utc_date_time :
    rt::edm::DateTimeOffset; with_host host : crate ::v1::security::DeviceEvidence;
    with_session_id session_id : ::std::string::String; with_start_utc_date_time
    start_utc_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(HostLogonSessionEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.hostPair`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`HostPairPath`](../requests/security/trait.HostPairPath.html), what a path to one (`EntityPath<HostPair, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct HostPair {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `firstSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub first_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `linkKind`: `Edm.String`, nullable.
    pub link_kind: rt::Field<::std::string::String>,
    /// CSDL: navigation property `childHost`: `microsoft.graph.security.host`, not nullable.
    pub child_host: rt::Field<crate::v1::security::AnyHost>,
    /// CSDL: navigation property `parentHost`: `microsoft.graph.security.host`, not nullable.
    pub parent_host: rt::Field<crate::v1::security::AnyHost>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for HostPair {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            first_seen_date_time: rt::Field::Absent,
            last_seen_date_time: rt::Field::Absent,
            link_kind: rt::Field::Absent,
            child_host: rt::Field::Absent,
            parent_host: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for HostPair {
    const TYPE_NAME: &'static str = "microsoft.graph.security.hostPair";
    const KEYS: &'static [&'static str] = &[
        "id",
        "firstSeenDateTime",
        "lastSeenDateTime",
        "linkKind",
        "childHost",
        "parentHost",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"firstSeenDateTime\":            ",
        ",\"lastSeenDateTime\":             ",
        ",\"linkKind\":                     ",
        ",\"childHost\":                    ",
        ",\"parentHost\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.hostPair\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "first_seen_date_time", &self.first_seen_date_time);
        v.field(2usize, "last_seen_date_time", &self.last_seen_date_time);
        v.field(3usize, "link_kind", &self.link_kind);
        v.field(4usize, "child_host", &self.child_host);
        v.field(5usize, "parent_host", &self.parent_host);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for HostPair {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.first_seen_date_time.read_from(r),
            2usize => self.last_seen_date_time.read_from(r),
            3usize => self.link_kind.read_from(r),
            4usize => self.child_host.read_from(r),
            5usize => self.parent_host.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.first_seen_date_time);
        w.field(2usize, &self.last_seen_date_time);
        w.field(3usize, &self.link_kind);
        w.field(4usize, &self.child_host);
        w.field(5usize, &self.parent_host);
    }
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
rt::impl_object!(HostPair);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    HostPair { with_id id : ::std::string::String; with_first_seen_date_time
    first_seen_date_time : rt::edm::DateTimeOffset; with_last_seen_date_time
    last_seen_date_time : rt::edm::DateTimeOffset; with_link_kind link_kind :
    ::std::string::String; with_child_host child_host : crate ::v1::security::AnyHost;
    with_parent_host parent_host : crate ::v1::security::AnyHost; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(HostPair);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.hostPort`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`HostPortPath`](../requests/security/trait.HostPortPath.html), what a path to one (`EntityPath<HostPort, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct HostPort {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `banners`: `Collection(microsoft.graph.security.hostPortBanner)`, nullable.
    pub banners: rt::Field<::std::vec::Vec<crate::v1::security::HostPortBanner>>,
    /// CSDL: property `firstSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub first_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastScanDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_scan_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `port`: `Edm.Int32`, not nullable.
    pub port: rt::Field<i32>,
    /// CSDL: property `protocol`: `microsoft.graph.security.hostPortProtocol`, nullable.
    pub protocol: rt::Field<crate::v1::security::HostPortProtocol>,
    /// CSDL: property `services`: `Collection(microsoft.graph.security.hostPortComponent)`, nullable.
    pub services: rt::Field<::std::vec::Vec<crate::v1::security::HostPortComponent>>,
    /// CSDL: property `status`: `microsoft.graph.security.hostPortStatus`, nullable.
    pub status: rt::Field<crate::v1::security::HostPortStatus>,
    /// CSDL: property `timesObserved`: `Edm.Int32`, nullable.
    pub times_observed: rt::Field<i32>,
    /// CSDL: navigation property `host`: `microsoft.graph.security.host`, not nullable.
    pub host: rt::Field<crate::v1::security::AnyHost>,
    /// CSDL: navigation property `mostRecentSslCertificate`: `microsoft.graph.security.sslCertificate`, nullable.
    pub most_recent_ssl_certificate: rt::Field<crate::v1::security::SslCertificate>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for HostPort {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            banners: rt::Field::Absent,
            first_seen_date_time: rt::Field::Absent,
            last_scan_date_time: rt::Field::Absent,
            last_seen_date_time: rt::Field::Absent,
            port: rt::Field::Absent,
            protocol: rt::Field::Absent,
            services: rt::Field::Absent,
            status: rt::Field::Absent,
            times_observed: rt::Field::Absent,
            host: rt::Field::Absent,
            most_recent_ssl_certificate: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for HostPort {
    const TYPE_NAME: &'static str = "microsoft.graph.security.hostPort";
    const KEYS: &'static [&'static str] = &[
        "id",
        "banners",
        "firstSeenDateTime",
        "lastScanDateTime",
        "lastSeenDateTime",
        "port",
        "protocol",
        "services",
        "status",
        "timesObserved",
        "host",
        "mostRecentSslCertificate",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"banners\":                      ",
        ",\"firstSeenDateTime\":            ",
        ",\"lastScanDateTime\":             ",
        ",\"lastSeenDateTime\":             ",
        ",\"port\":                         ",
        ",\"protocol\":                     ",
        ",\"services\":                     ",
        ",\"status\":                       ",
        ",\"timesObserved\":                ",
        ",\"host\":                         ",
        ",\"mostRecentSslCertificate\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.hostPort\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "banners", &self.banners);
        v.field(2usize, "first_seen_date_time", &self.first_seen_date_time);
        v.field(3usize, "last_scan_date_time", &self.last_scan_date_time);
        v.field(4usize, "last_seen_date_time", &self.last_seen_date_time);
        v.field(5usize, "port", &self.port);
        v.field(6usize, "protocol", &self.protocol);
        v.field(7usize, "services", &self.services);
        v.field(8usize, "status", &self.status);
        v.field(9usize, "times_observed", &self.times_observed);
        v.field(10usize, "host", &self.host);
        v.field(
            11usize,
            "most_recent_ssl_certificate",
            &self.most_recent_ssl_certificate,
        );
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for HostPort {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.banners.read_from(r),
            2usize => self.first_seen_date_time.read_from(r),
            3usize => self.last_scan_date_time.read_from(r),
            4usize => self.last_seen_date_time.read_from(r),
            5usize => self.port.read_from(r),
            6usize => self.protocol.read_from(r),
            7usize => self.services.read_from(r),
            8usize => self.status.read_from(r),
            9usize => self.times_observed.read_from(r),
            10usize => self.host.read_from(r),
            11usize => self.most_recent_ssl_certificate.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.banners);
        w.field(2usize, &self.first_seen_date_time);
        w.field(3usize, &self.last_scan_date_time);
        w.field(4usize, &self.last_seen_date_time);
        w.field(5usize, &self.port);
        w.field(6usize, &self.protocol);
        w.field(7usize, &self.services);
        w.field(8usize, &self.status);
        w.field(9usize, &self.times_observed);
        w.field(10usize, &self.host);
        w.field(11usize, &self.most_recent_ssl_certificate);
    }
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
rt::impl_object!(HostPort);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    HostPort { with_id id : ::std::string::String; with_banners banners : ::std::vec::Vec
    < crate ::v1::security::HostPortBanner >; with_first_seen_date_time
    first_seen_date_time : rt::edm::DateTimeOffset; with_last_scan_date_time
    last_scan_date_time : rt::edm::DateTimeOffset; with_last_seen_date_time
    last_seen_date_time : rt::edm::DateTimeOffset; with_port port : i32; with_protocol
    protocol : crate ::v1::security::HostPortProtocol; with_services services :
    ::std::vec::Vec < crate ::v1::security::HostPortComponent >; with_status status :
    crate ::v1::security::HostPortStatus; with_times_observed times_observed : i32;
    with_host host : crate ::v1::security::AnyHost; with_most_recent_ssl_certificate
    most_recent_ssl_certificate : crate ::v1::security::SslCertificate; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(HostPort);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.hostPortBanner`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct HostPortBanner {
    /// CSDL: property `banner`: `Edm.String`, not nullable.
    pub banner: rt::Field<::std::string::String>,
    /// CSDL: property `firstSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub first_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `scanProtocol`: `Edm.String`, nullable.
    pub scan_protocol: rt::Field<::std::string::String>,
    /// CSDL: property `timesObserved`: `Edm.Int32`, nullable.
    pub times_observed: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for HostPortBanner {
    #[inline]
    fn default() -> Self {
        Self {
            banner: rt::Field::Absent,
            first_seen_date_time: rt::Field::Absent,
            last_seen_date_time: rt::Field::Absent,
            scan_protocol: rt::Field::Absent,
            times_observed: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for HostPortBanner {
    const TYPE_NAME: &'static str = "microsoft.graph.security.hostPortBanner";
    const KEYS: &'static [&'static str] = &[
        "banner",
        "firstSeenDateTime",
        "lastSeenDateTime",
        "scanProtocol",
        "timesObserved",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"banner\":                       ",
        ",\"firstSeenDateTime\":            ",
        ",\"lastSeenDateTime\":             ",
        ",\"scanProtocol\":                 ",
        ",\"timesObserved\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.hostPortBanner\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "banner", &self.banner);
        v.field(1usize, "first_seen_date_time", &self.first_seen_date_time);
        v.field(2usize, "last_seen_date_time", &self.last_seen_date_time);
        v.field(3usize, "scan_protocol", &self.scan_protocol);
        v.field(4usize, "times_observed", &self.times_observed);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for HostPortBanner {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.banner.read_from(r),
            1usize => self.first_seen_date_time.read_from(r),
            2usize => self.last_seen_date_time.read_from(r),
            3usize => self.scan_protocol.read_from(r),
            4usize => self.times_observed.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.banner);
        w.field(1usize, &self.first_seen_date_time);
        w.field(2usize, &self.last_seen_date_time);
        w.field(3usize, &self.scan_protocol);
        w.field(4usize, &self.times_observed);
    }
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
rt::impl_object!(HostPortBanner);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    HostPortBanner { with_banner banner : ::std::string::String;
    with_first_seen_date_time first_seen_date_time : rt::edm::DateTimeOffset;
    with_last_seen_date_time last_seen_date_time : rt::edm::DateTimeOffset;
    with_scan_protocol scan_protocol : ::std::string::String; with_times_observed
    times_observed : i32; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(HostPortBanner);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.hostPortComponent`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct HostPortComponent {
    /// CSDL: property `firstSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub first_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `isRecent`: `Edm.Boolean`, nullable.
    pub is_recent: rt::Field<bool>,
    /// CSDL: property `lastSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: navigation property `component`: `microsoft.graph.security.hostComponent`, nullable.
    pub component: rt::Field<crate::v1::security::HostComponent>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for HostPortComponent {
    #[inline]
    fn default() -> Self {
        Self {
            first_seen_date_time: rt::Field::Absent,
            is_recent: rt::Field::Absent,
            last_seen_date_time: rt::Field::Absent,
            component: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for HostPortComponent {
    const TYPE_NAME: &'static str = "microsoft.graph.security.hostPortComponent";
    const KEYS: &'static [&'static str] = &[
        "firstSeenDateTime",
        "isRecent",
        "lastSeenDateTime",
        "component",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"firstSeenDateTime\":            ",
        ",\"isRecent\":                     ",
        ",\"lastSeenDateTime\":             ",
        ",\"component\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.hostPortComponent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "first_seen_date_time", &self.first_seen_date_time);
        v.field(1usize, "is_recent", &self.is_recent);
        v.field(2usize, "last_seen_date_time", &self.last_seen_date_time);
        v.field(3usize, "component", &self.component);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for HostPortComponent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.first_seen_date_time.read_from(r),
            1usize => self.is_recent.read_from(r),
            2usize => self.last_seen_date_time.read_from(r),
            3usize => self.component.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.first_seen_date_time);
        w.field(1usize, &self.is_recent);
        w.field(2usize, &self.last_seen_date_time);
        w.field(3usize, &self.component);
    }
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
rt::impl_object!(HostPortComponent);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    HostPortComponent { with_first_seen_date_time first_seen_date_time :
    rt::edm::DateTimeOffset; with_is_recent is_recent : bool; with_last_seen_date_time
    last_seen_date_time : rt::edm::DateTimeOffset; with_component component : crate
    ::v1::security::HostComponent; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(HostPortComponent);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.hostPortProtocol`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum HostPortProtocol {
    /// `tcp` (value 0).
    Tcp,
    /// `udp` (value 1).
    Udp,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for HostPortProtocol {
    const TYPE_NAME: &'static str = "microsoft.graph.security.hostPortProtocol";
    const MEMBERS: &'static [&'static str] = &["tcp", "udp", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "tcp" => Self::Tcp,
                "udp" => Self::Udp,
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
            Self::Tcp => "tcp",
            Self::Udp => "udp",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(HostPortProtocol);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(HostPortProtocol);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.hostPortStatus`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum HostPortStatus {
    /// `open` (value 0).
    Open,
    /// `filtered` (value 1).
    Filtered,
    /// `closed` (value 2).
    Closed,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for HostPortStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.security.hostPortStatus";
    const MEMBERS: &'static [&'static str] = &[
        "open",
        "filtered",
        "closed",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "open" => Self::Open,
                "filtered" => Self::Filtered,
                "closed" => Self::Closed,
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
            Self::Open => "open",
            Self::Filtered => "filtered",
            Self::Closed => "closed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(HostPortStatus);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(HostPortStatus);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.hostReputation`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct HostReputation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `classification`: `microsoft.graph.security.hostReputationClassification`, not nullable.
    pub classification: rt::Field<crate::v1::security::HostReputationClassification>,
    /// CSDL: property `rules`: `Collection(microsoft.graph.security.hostReputationRule)`, nullable.
    pub rules: rt::Field<::std::vec::Vec<crate::v1::security::HostReputationRule>>,
    /// CSDL: property `score`: `Edm.Int32`, not nullable.
    pub score: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for HostReputation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            classification: rt::Field::Absent,
            rules: rt::Field::Absent,
            score: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for HostReputation {
    const TYPE_NAME: &'static str = "microsoft.graph.security.hostReputation";
    const KEYS: &'static [&'static str] = &["id", "classification", "rules", "score"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"classification\":               ",
        ",\"rules\":                        ",
        ",\"score\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.hostReputation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "classification", &self.classification);
        v.field(2usize, "rules", &self.rules);
        v.field(3usize, "score", &self.score);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for HostReputation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.classification.read_from(r),
            2usize => self.rules.read_from(r),
            3usize => self.score.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.classification);
        w.field(2usize, &self.rules);
        w.field(3usize, &self.score);
    }
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
rt::impl_object!(HostReputation);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    HostReputation { with_id id : ::std::string::String; with_classification
    classification : crate ::v1::security::HostReputationClassification; with_rules rules
    : ::std::vec::Vec < crate ::v1::security::HostReputationRule >; with_score score :
    i32; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(HostReputation);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.hostReputationClassification`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum HostReputationClassification {
    /// `unknown` (value 0).
    Unknown,
    /// `neutral` (value 1).
    Neutral,
    /// `suspicious` (value 2).
    Suspicious,
    /// `malicious` (value 3).
    Malicious,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for HostReputationClassification {
    const TYPE_NAME: &'static str = "microsoft.graph.security.hostReputationClassification";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "neutral",
        "suspicious",
        "malicious",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "neutral" => Self::Neutral,
                "suspicious" => Self::Suspicious,
                "malicious" => Self::Malicious,
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
            Self::Neutral => "neutral",
            Self::Suspicious => "suspicious",
            Self::Malicious => "malicious",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(HostReputationClassification);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(HostReputationClassification);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.hostReputationRule`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct HostReputationRule {
    /// CSDL: property `description`: `Edm.String`, not nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `relatedDetailsUrl`: `Edm.String`, nullable.
    pub related_details_url: rt::Field<::std::string::String>,
    /// CSDL: property `severity`: `microsoft.graph.security.hostReputationRuleSeverity`, not nullable.
    pub severity: rt::Field<crate::v1::security::HostReputationRuleSeverity>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for HostReputationRule {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            name: rt::Field::Absent,
            related_details_url: rt::Field::Absent,
            severity: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for HostReputationRule {
    const TYPE_NAME: &'static str = "microsoft.graph.security.hostReputationRule";
    const KEYS: &'static [&'static str] = &[
        "description",
        "name",
        "relatedDetailsUrl",
        "severity",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"name\":                         ",
        ",\"relatedDetailsUrl\":            ",
        ",\"severity\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.hostReputationRule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "name", &self.name);
        v.field(2usize, "related_details_url", &self.related_details_url);
        v.field(3usize, "severity", &self.severity);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for HostReputationRule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.name.read_from(r),
            2usize => self.related_details_url.read_from(r),
            3usize => self.severity.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.name);
        w.field(2usize, &self.related_details_url);
        w.field(3usize, &self.severity);
    }
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
rt::impl_object!(HostReputationRule);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    HostReputationRule { with_description description : ::std::string::String; with_name
    name : ::std::string::String; with_related_details_url related_details_url :
    ::std::string::String; with_severity severity : crate
    ::v1::security::HostReputationRuleSeverity; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(HostReputationRule);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.hostReputationRuleSeverity`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum HostReputationRuleSeverity {
    /// `unknown` (value 0).
    Unknown,
    /// `low` (value 1).
    Low,
    /// `medium` (value 2).
    Medium,
    /// `high` (value 3).
    High,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for HostReputationRuleSeverity {
    const TYPE_NAME: &'static str = "microsoft.graph.security.hostReputationRuleSeverity";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "low",
        "medium",
        "high",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "low" => Self::Low,
                "medium" => Self::Medium,
                "high" => Self::High,
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
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(HostReputationRuleSeverity);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(HostReputationRuleSeverity);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.hostSslCertificate`, entity type, derived from `microsoft.graph.security.artifact`, key `id`.
///
/// Request builders: [`HostSslCertificatePath`](../requests/security/trait.HostSslCertificatePath.html), what a path to one (`EntityPath<HostSslCertificate, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct HostSslCertificate {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `firstSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub first_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `ports`: `Collection(microsoft.graph.security.hostSslCertificatePort)`, nullable.
    pub ports: rt::Field<::std::vec::Vec<crate::v1::security::HostSslCertificatePort>>,
    /// CSDL: navigation property `host`: `microsoft.graph.security.host`, nullable.
    pub host: rt::Field<crate::v1::security::AnyHost>,
    /// CSDL: navigation property `sslCertificate`: `microsoft.graph.security.sslCertificate`, nullable.
    pub ssl_certificate: rt::Field<crate::v1::security::SslCertificate>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for HostSslCertificate {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            first_seen_date_time: rt::Field::Absent,
            last_seen_date_time: rt::Field::Absent,
            ports: rt::Field::Absent,
            host: rt::Field::Absent,
            ssl_certificate: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for HostSslCertificate {
    const TYPE_NAME: &'static str = "microsoft.graph.security.hostSslCertificate";
    const KEYS: &'static [&'static str] = &[
        "id",
        "firstSeenDateTime",
        "lastSeenDateTime",
        "ports",
        "host",
        "sslCertificate",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"firstSeenDateTime\":            ",
        ",\"lastSeenDateTime\":             ",
        ",\"ports\":                        ",
        ",\"host\":                         ",
        ",\"sslCertificate\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.hostSslCertificate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "first_seen_date_time", &self.first_seen_date_time);
        v.field(2usize, "last_seen_date_time", &self.last_seen_date_time);
        v.field(3usize, "ports", &self.ports);
        v.field(4usize, "host", &self.host);
        v.field(5usize, "ssl_certificate", &self.ssl_certificate);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for HostSslCertificate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.first_seen_date_time.read_from(r),
            2usize => self.last_seen_date_time.read_from(r),
            3usize => self.ports.read_from(r),
            4usize => self.host.read_from(r),
            5usize => self.ssl_certificate.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.first_seen_date_time);
        w.field(2usize, &self.last_seen_date_time);
        w.field(3usize, &self.ports);
        w.field(4usize, &self.host);
        w.field(5usize, &self.ssl_certificate);
    }
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
rt::impl_object!(HostSslCertificate);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    HostSslCertificate { with_id id : ::std::string::String; with_first_seen_date_time
    first_seen_date_time : rt::edm::DateTimeOffset; with_last_seen_date_time
    last_seen_date_time : rt::edm::DateTimeOffset; with_ports ports : ::std::vec::Vec <
    crate ::v1::security::HostSslCertificatePort >; with_host host : crate
    ::v1::security::AnyHost; with_ssl_certificate ssl_certificate : crate
    ::v1::security::SslCertificate; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(HostSslCertificate);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.hostSslCertificatePort`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct HostSslCertificatePort {
    /// CSDL: property `firstSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub first_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `port`: `Edm.Int32`, nullable.
    pub port: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for HostSslCertificatePort {
    #[inline]
    fn default() -> Self {
        Self {
            first_seen_date_time: rt::Field::Absent,
            last_seen_date_time: rt::Field::Absent,
            port: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for HostSslCertificatePort {
    const TYPE_NAME: &'static str = "microsoft.graph.security.hostSslCertificatePort";
    const KEYS: &'static [&'static str] = &[
        "firstSeenDateTime",
        "lastSeenDateTime",
        "port",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"firstSeenDateTime\":            ",
        ",\"lastSeenDateTime\":             ",
        ",\"port\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.hostSslCertificatePort\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "first_seen_date_time", &self.first_seen_date_time);
        v.field(1usize, "last_seen_date_time", &self.last_seen_date_time);
        v.field(2usize, "port", &self.port);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for HostSslCertificatePort {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.first_seen_date_time.read_from(r),
            1usize => self.last_seen_date_time.read_from(r),
            2usize => self.port.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.first_seen_date_time);
        w.field(1usize, &self.last_seen_date_time);
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(HostSslCertificatePort);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    HostSslCertificatePort { with_first_seen_date_time first_seen_date_time :
    rt::edm::DateTimeOffset; with_last_seen_date_time last_seen_date_time :
    rt::edm::DateTimeOffset; with_port port : i32; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(HostSslCertificatePort);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.hostTracker`, entity type, derived from `microsoft.graph.security.artifact`, key `id`.
///
/// Request builders: [`HostTrackerPath`](../requests/security/trait.HostTrackerPath.html), what a path to one (`EntityPath<HostTracker, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct HostTracker {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `firstSeenDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub first_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `kind`: `Edm.String`, not nullable.
    pub kind: rt::Field<::std::string::String>,
    /// CSDL: property `lastSeenDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `value`: `Edm.String`, not nullable.
    pub value: rt::Field<::std::string::String>,
    /// CSDL: navigation property `host`: `microsoft.graph.security.host`, not nullable.
    pub host: rt::Field<crate::v1::security::AnyHost>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for HostTracker {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            first_seen_date_time: rt::Field::Absent,
            kind: rt::Field::Absent,
            last_seen_date_time: rt::Field::Absent,
            value: rt::Field::Absent,
            host: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for HostTracker {
    const TYPE_NAME: &'static str = "microsoft.graph.security.hostTracker";
    const KEYS: &'static [&'static str] = &[
        "id",
        "firstSeenDateTime",
        "kind",
        "lastSeenDateTime",
        "value",
        "host",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"firstSeenDateTime\":            ",
        ",\"kind\":                         ",
        ",\"lastSeenDateTime\":             ",
        ",\"value\":                        ",
        ",\"host\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.hostTracker\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "first_seen_date_time", &self.first_seen_date_time);
        v.field(2usize, "kind", &self.kind);
        v.field(3usize, "last_seen_date_time", &self.last_seen_date_time);
        v.field(4usize, "value", &self.value);
        v.field(5usize, "host", &self.host);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for HostTracker {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.first_seen_date_time.read_from(r),
            2usize => self.kind.read_from(r),
            3usize => self.last_seen_date_time.read_from(r),
            4usize => self.value.read_from(r),
            5usize => self.host.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.first_seen_date_time);
        w.field(2usize, &self.kind);
        w.field(3usize, &self.last_seen_date_time);
        w.field(4usize, &self.value);
        w.field(5usize, &self.host);
    }
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
rt::impl_object!(HostTracker);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    HostTracker { with_id id : ::std::string::String; with_first_seen_date_time
    first_seen_date_time : rt::edm::DateTimeOffset; with_kind kind :
    ::std::string::String; with_last_seen_date_time last_seen_date_time :
    rt::edm::DateTimeOffset; with_value value : ::std::string::String; with_host host :
    crate ::v1::security::AnyHost; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(HostTracker);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Hosted RPA events.
///
/// CSDL: `microsoft.graph.security.hostedRpaAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct HostedRpaAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for HostedRpaAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for HostedRpaAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.hostedRpaAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.hostedRpaAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for HostedRpaAuditRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.dynamic_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.dynamic_properties);
    }
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
rt::impl_object!(HostedRpaAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    HostedRpaAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(HostedRpaAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.hostname`, entity type, derived from `microsoft.graph.security.host`, key `id`.
///
/// Request builders: [`HostPath`](../requests/security/trait.HostPath.html), what a path to one (`EntityPath<Hostname, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct Hostname {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `firstSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub first_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: navigation property `childHostPairs`: `Collection(microsoft.graph.security.hostPair)`, not nullable.
    pub child_host_pairs: rt::Field<::std::vec::Vec<crate::v1::security::HostPair>>,
    /// CSDL: navigation property `components`: `Collection(microsoft.graph.security.hostComponent)`, not nullable.
    pub components: rt::Field<::std::vec::Vec<crate::v1::security::HostComponent>>,
    /// CSDL: navigation property `cookies`: `Collection(microsoft.graph.security.hostCookie)`, not nullable.
    pub cookies: rt::Field<::std::vec::Vec<crate::v1::security::HostCookie>>,
    /// CSDL: navigation property `hostPairs`: `Collection(microsoft.graph.security.hostPair)`, not nullable.
    pub host_pairs: rt::Field<::std::vec::Vec<crate::v1::security::HostPair>>,
    /// CSDL: navigation property `parentHostPairs`: `Collection(microsoft.graph.security.hostPair)`, not nullable.
    pub parent_host_pairs: rt::Field<::std::vec::Vec<crate::v1::security::HostPair>>,
    /// CSDL: navigation property `passiveDns`: `Collection(microsoft.graph.security.passiveDnsRecord)`, not nullable.
    pub passive_dns: rt::Field<::std::vec::Vec<crate::v1::security::PassiveDnsRecord>>,
    /// CSDL: navigation property `passiveDnsReverse`: `Collection(microsoft.graph.security.passiveDnsRecord)`, not nullable.
    pub passive_dns_reverse: rt::Field<
        ::std::vec::Vec<crate::v1::security::PassiveDnsRecord>,
    >,
    /// CSDL: navigation property `ports`: `Collection(microsoft.graph.security.hostPort)`, not nullable.
    pub ports: rt::Field<::std::vec::Vec<crate::v1::security::HostPort>>,
    /// CSDL: containment navigation property `reputation`: `microsoft.graph.security.hostReputation`, nullable.
    pub reputation: rt::Field<crate::v1::security::HostReputation>,
    /// CSDL: navigation property `sslCertificates`: `Collection(microsoft.graph.security.hostSslCertificate)`, not nullable.
    pub ssl_certificates: rt::Field<
        ::std::vec::Vec<crate::v1::security::HostSslCertificate>,
    >,
    /// CSDL: navigation property `subdomains`: `Collection(microsoft.graph.security.subdomain)`, not nullable.
    pub subdomains: rt::Field<::std::vec::Vec<crate::v1::security::Subdomain>>,
    /// CSDL: navigation property `trackers`: `Collection(microsoft.graph.security.hostTracker)`, not nullable.
    pub trackers: rt::Field<::std::vec::Vec<crate::v1::security::HostTracker>>,
    /// CSDL: navigation property `whois`: `microsoft.graph.security.whoisRecord`, nullable.
    pub whois: rt::Field<crate::v1::security::WhoisRecord>,
    /// CSDL: property `registrant`: `Edm.String`, nullable.
    pub registrant: rt::Field<::std::string::String>,
    /// CSDL: property `registrar`: `Edm.String`, nullable.
    pub registrar: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for Hostname {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            first_seen_date_time: rt::Field::Absent,
            last_seen_date_time: rt::Field::Absent,
            child_host_pairs: rt::Field::Absent,
            components: rt::Field::Absent,
            cookies: rt::Field::Absent,
            host_pairs: rt::Field::Absent,
            parent_host_pairs: rt::Field::Absent,
            passive_dns: rt::Field::Absent,
            passive_dns_reverse: rt::Field::Absent,
            ports: rt::Field::Absent,
            reputation: rt::Field::Absent,
            ssl_certificates: rt::Field::Absent,
            subdomains: rt::Field::Absent,
            trackers: rt::Field::Absent,
            whois: rt::Field::Absent,
            registrant: rt::Field::Absent,
            registrar: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for Hostname {
    const TYPE_NAME: &'static str = "microsoft.graph.security.hostname";
    const KEYS: &'static [&'static str] = &[
        "id",
        "firstSeenDateTime",
        "lastSeenDateTime",
        "childHostPairs",
        "components",
        "cookies",
        "hostPairs",
        "parentHostPairs",
        "passiveDns",
        "passiveDnsReverse",
        "ports",
        "reputation",
        "sslCertificates",
        "subdomains",
        "trackers",
        "whois",
        "registrant",
        "registrar",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"firstSeenDateTime\":            ",
        ",\"lastSeenDateTime\":             ",
        ",\"childHostPairs\":               ",
        ",\"components\":                   ",
        ",\"cookies\":                      ",
        ",\"hostPairs\":                    ",
        ",\"parentHostPairs\":              ",
        ",\"passiveDns\":                   ",
        ",\"passiveDnsReverse\":            ",
        ",\"ports\":                        ",
        ",\"reputation\":                   ",
        ",\"sslCertificates\":              ",
        ",\"subdomains\":                   ",
        ",\"trackers\":                     ",
        ",\"whois\":                        ",
        ",\"registrant\":                   ",
        ",\"registrar\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.hostname\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "first_seen_date_time", &self.first_seen_date_time);
        v.field(2usize, "last_seen_date_time", &self.last_seen_date_time);
        v.field(3usize, "child_host_pairs", &self.child_host_pairs);
        v.field(4usize, "components", &self.components);
        v.field(5usize, "cookies", &self.cookies);
        v.field(6usize, "host_pairs", &self.host_pairs);
        v.field(7usize, "parent_host_pairs", &self.parent_host_pairs);
        v.field(8usize, "passive_dns", &self.passive_dns);
        v.field(9usize, "passive_dns_reverse", &self.passive_dns_reverse);
        v.field(10usize, "ports", &self.ports);
        v.field(11usize, "reputation", &self.reputation);
        v.field(12usize, "ssl_certificates", &self.ssl_certificates);
        v.field(13usize, "subdomains", &self.subdomains);
        v.field(14usize, "trackers", &self.trackers);
        v.field(15usize, "whois", &self.whois);
        v.field(16usize, "registrant", &self.registrant);
        v.field(17usize, "registrar", &self.registrar);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for Hostname {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.first_seen_date_time.read_from(r),
            2usize => self.last_seen_date_time.read_from(r),
            3usize => self.child_host_pairs.read_from(r),
            4usize => self.components.read_from(r),
            5usize => self.cookies.read_from(r),
            6usize => self.host_pairs.read_from(r),
            7usize => self.parent_host_pairs.read_from(r),
            8usize => self.passive_dns.read_from(r),
            9usize => self.passive_dns_reverse.read_from(r),
            10usize => self.ports.read_from(r),
            11usize => self.reputation.read_from(r),
            12usize => self.ssl_certificates.read_from(r),
            13usize => self.subdomains.read_from(r),
            14usize => self.trackers.read_from(r),
            15usize => self.whois.read_from(r),
            16usize => self.registrant.read_from(r),
            17usize => self.registrar.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.first_seen_date_time);
        w.field(2usize, &self.last_seen_date_time);
        w.field(3usize, &self.child_host_pairs);
        w.field(4usize, &self.components);
        w.field(5usize, &self.cookies);
        w.field(6usize, &self.host_pairs);
        w.field(7usize, &self.parent_host_pairs);
        w.field(8usize, &self.passive_dns);
        w.field(9usize, &self.passive_dns_reverse);
        w.field(10usize, &self.ports);
        w.field(11usize, &self.reputation);
        w.field(12usize, &self.ssl_certificates);
        w.field(13usize, &self.subdomains);
        w.field(14usize, &self.trackers);
        w.field(15usize, &self.whois);
        w.field(16usize, &self.registrant);
        w.field(17usize, &self.registrar);
    }
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
rt::impl_object!(Hostname);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    Hostname { with_id id : ::std::string::String; with_first_seen_date_time
    first_seen_date_time : rt::edm::DateTimeOffset; with_last_seen_date_time
    last_seen_date_time : rt::edm::DateTimeOffset; with_child_host_pairs child_host_pairs
    : ::std::vec::Vec < crate ::v1::security::HostPair >; with_components components :
    ::std::vec::Vec < crate ::v1::security::HostComponent >; with_cookies cookies :
    ::std::vec::Vec < crate ::v1::security::HostCookie >; with_host_pairs host_pairs :
    ::std::vec::Vec < crate ::v1::security::HostPair >; with_parent_host_pairs
    parent_host_pairs : ::std::vec::Vec < crate ::v1::security::HostPair >;
    with_passive_dns passive_dns : ::std::vec::Vec < crate
    ::v1::security::PassiveDnsRecord >; with_passive_dns_reverse passive_dns_reverse :
    ::std::vec::Vec < crate ::v1::security::PassiveDnsRecord >; with_ports ports :
    ::std::vec::Vec < crate ::v1::security::HostPort >; with_reputation reputation :
    crate ::v1::security::HostReputation; with_ssl_certificates ssl_certificates :
    ::std::vec::Vec < crate ::v1::security::HostSslCertificate >; with_subdomains
    subdomains : ::std::vec::Vec < crate ::v1::security::Subdomain >; with_trackers
    trackers : ::std::vec::Vec < crate ::v1::security::HostTracker >; with_whois whois :
    crate ::v1::security::WhoisRecord; with_registrant registrant :
    ::std::string::String; with_registrar registrar : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(Hostname);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for HR Signal events.
///
/// CSDL: `microsoft.graph.security.hrSignalAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct HrSignalAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for HrSignalAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for HrSignalAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.hrSignalAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.hrSignalAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for HrSignalAuditRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.dynamic_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.dynamic_properties);
    }
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
rt::impl_object!(HrSignalAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    HrSignalAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(HrSignalAuditRecord);
#[cfg(msgraph_v1_security)]
/// CSDL: `microsoft.graph.security.huntingQueryResults`, complex type.
///
/// Features: `v1` or `v1-security`.
#[derive(Clone)]
pub struct HuntingQueryResults {
    /// CSDL: property `results`: `Collection(microsoft.graph.security.huntingRowResult)`, nullable.
    pub results: rt::Field<::std::vec::Vec<crate::v1::security::HuntingRowResult>>,
    /// CSDL: property `schema`: `Collection(microsoft.graph.security.singlePropertySchema)`, nullable.
    pub schema: rt::Field<::std::vec::Vec<crate::v1::security::SinglePropertySchema>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_security)]
impl ::std::default::Default for HuntingQueryResults {
    #[inline]
    fn default() -> Self {
        Self {
            results: rt::Field::Absent,
            schema: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_security)]
impl rt::Object for HuntingQueryResults {
    const TYPE_NAME: &'static str = "microsoft.graph.security.huntingQueryResults";
    const KEYS: &'static [&'static str] = &["results", "schema"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"results\":                      ",
        ",\"schema\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.huntingQueryResults\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "results", &self.results);
        v.field(1usize, "schema", &self.schema);
    }
}
#[cfg(msgraph_v1_security)]
impl rt::object::Members for HuntingQueryResults {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.results.read_from(r),
            1usize => self.schema.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.results);
        w.field(1usize, &self.schema);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_security)]
rt::impl_object!(HuntingQueryResults);
#[cfg(msgraph_v1_security)]
rt::impl_setters!(
    HuntingQueryResults { with_results results : ::std::vec::Vec < crate
    ::v1::security::HuntingRowResult >; with_schema schema : ::std::vec::Vec < crate
    ::v1::security::SinglePropertySchema >; }
);
#[cfg(msgraph_v1_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(HuntingQueryResults);
#[cfg(msgraph_v1_security)]
/// CSDL: `microsoft.graph.security.huntingRowResult`, complex type, open.
///
/// Features: `v1` or `v1-security`.
#[derive(Clone)]
pub struct HuntingRowResult {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_security)]
impl ::std::default::Default for HuntingRowResult {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_security)]
impl rt::Object for HuntingRowResult {
    const TYPE_NAME: &'static str = "microsoft.graph.security.huntingRowResult";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.security.huntingRowResult\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_security)]
impl rt::object::Members for HuntingRowResult {
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
#[cfg(msgraph_v1_security)]
rt::impl_object!(HuntingRowResult);
#[cfg(msgraph_v1_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(HuntingRowResult);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Hygiene Event events.
///
/// CSDL: `microsoft.graph.security.hygieneEventRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct HygieneEventRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for HygieneEventRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for HygieneEventRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.hygieneEventRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.hygieneEventRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for HygieneEventRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.dynamic_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.dynamic_properties);
    }
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
rt::impl_object!(HygieneEventRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    HygieneEventRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(HygieneEventRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.hyperlink`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct Hyperlink {
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `url`: `Edm.String`, not nullable.
    pub url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for Hyperlink {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for Hyperlink {
    const TYPE_NAME: &'static str = "microsoft.graph.security.hyperlink";
    const KEYS: &'static [&'static str] = &["name", "url"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"url\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.hyperlink\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "url", &self.url);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for Hyperlink {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.url);
    }
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
rt::impl_object!(Hyperlink);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    Hyperlink { with_name name : ::std::string::String; with_url url :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(Hyperlink);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.incident`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`IncidentPath`](../requests/security/trait.IncidentPath.html), what a path to one (`EntityPath<Incident, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct Incident {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `assignedTo`: `Edm.String`, nullable.
    pub assigned_to: rt::Field<::std::string::String>,
    /// CSDL: property `classification`: `microsoft.graph.security.alertClassification`, nullable.
    pub classification: rt::Field<crate::v1::security::AlertClassification>,
    /// CSDL: property `comments`: `Collection(microsoft.graph.security.alertComment)`, nullable.
    pub comments: rt::Field<::std::vec::Vec<crate::v1::security::AlertComment>>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `customTags`: `Collection(Edm.String)`, nullable.
    pub custom_tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `determination`: `microsoft.graph.security.alertDetermination`, nullable.
    pub determination: rt::Field<crate::v1::security::AlertDetermination>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `incidentWebUrl`: `Edm.String`, nullable.
    pub incident_web_url: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `Edm.String`, nullable.
    pub last_modified_by: rt::Field<::std::string::String>,
    /// CSDL: property `lastUpdateDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_update_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `priorityScore`: `Edm.Int32`, nullable.
    pub priority_score: rt::Field<i32>,
    /// CSDL: property `redirectIncidentId`: `Edm.String`, nullable.
    pub redirect_incident_id: rt::Field<::std::string::String>,
    /// CSDL: property `resolvingComment`: `Edm.String`, nullable.
    pub resolving_comment: rt::Field<::std::string::String>,
    /// CSDL: property `severity`: `microsoft.graph.security.alertSeverity`, not nullable.
    pub severity: rt::Field<crate::v1::security::AlertSeverity>,
    /// CSDL: property `status`: `microsoft.graph.security.incidentStatus`, not nullable.
    pub status: rt::Field<crate::v1::security::IncidentStatus>,
    /// CSDL: property `summary`: `Edm.String`, nullable.
    pub summary: rt::Field<::std::string::String>,
    /// CSDL: property `systemTags`: `Collection(Edm.String)`, nullable.
    pub system_tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `tenantId`: `Edm.String`, nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// CSDL: navigation property `alerts`: `Collection(microsoft.graph.security.alert)`, not nullable.
    pub alerts: rt::Field<::std::vec::Vec<crate::v1::security::Alert>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for Incident {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            assigned_to: rt::Field::Absent,
            classification: rt::Field::Absent,
            comments: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            custom_tags: rt::Field::Absent,
            description: rt::Field::Absent,
            determination: rt::Field::Absent,
            display_name: rt::Field::Absent,
            incident_web_url: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_update_date_time: rt::Field::Absent,
            priority_score: rt::Field::Absent,
            redirect_incident_id: rt::Field::Absent,
            resolving_comment: rt::Field::Absent,
            severity: rt::Field::Absent,
            status: rt::Field::Absent,
            summary: rt::Field::Absent,
            system_tags: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            alerts: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for Incident {
    const TYPE_NAME: &'static str = "microsoft.graph.security.incident";
    const KEYS: &'static [&'static str] = &[
        "id",
        "assignedTo",
        "classification",
        "comments",
        "createdDateTime",
        "customTags",
        "description",
        "determination",
        "displayName",
        "incidentWebUrl",
        "lastModifiedBy",
        "lastUpdateDateTime",
        "priorityScore",
        "redirectIncidentId",
        "resolvingComment",
        "severity",
        "status",
        "summary",
        "systemTags",
        "tenantId",
        "alerts",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"assignedTo\":                   ",
        ",\"classification\":               ",
        ",\"comments\":                     ",
        ",\"createdDateTime\":              ",
        ",\"customTags\":                   ",
        ",\"description\":                  ",
        ",\"determination\":                ",
        ",\"displayName\":                  ",
        ",\"incidentWebUrl\":               ",
        ",\"lastModifiedBy\":               ",
        ",\"lastUpdateDateTime\":           ",
        ",\"priorityScore\":                ",
        ",\"redirectIncidentId\":           ",
        ",\"resolvingComment\":             ",
        ",\"severity\":                     ",
        ",\"status\":                       ",
        ",\"summary\":                      ",
        ",\"systemTags\":                   ",
        ",\"tenantId\":                     ",
        ",\"alerts\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.incident\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "assigned_to", &self.assigned_to);
        v.field(2usize, "classification", &self.classification);
        v.field(3usize, "comments", &self.comments);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "custom_tags", &self.custom_tags);
        v.field(6usize, "description", &self.description);
        v.field(7usize, "determination", &self.determination);
        v.field(8usize, "display_name", &self.display_name);
        v.field(9usize, "incident_web_url", &self.incident_web_url);
        v.field(10usize, "last_modified_by", &self.last_modified_by);
        v.field(11usize, "last_update_date_time", &self.last_update_date_time);
        v.field(12usize, "priority_score", &self.priority_score);
        v.field(13usize, "redirect_incident_id", &self.redirect_incident_id);
        v.field(14usize, "resolving_comment", &self.resolving_comment);
        v.field(15usize, "severity", &self.severity);
        v.field(16usize, "status", &self.status);
        v.field(17usize, "summary", &self.summary);
        v.field(18usize, "system_tags", &self.system_tags);
        v.field(19usize, "tenant_id", &self.tenant_id);
        v.field(20usize, "alerts", &self.alerts);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for Incident {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.assigned_to.read_from(r),
            2usize => self.classification.read_from(r),
            3usize => self.comments.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.custom_tags.read_from(r),
            6usize => self.description.read_from(r),
            7usize => self.determination.read_from(r),
            8usize => self.display_name.read_from(r),
            9usize => self.incident_web_url.read_from(r),
            10usize => self.last_modified_by.read_from(r),
            11usize => self.last_update_date_time.read_from(r),
            12usize => self.priority_score.read_from(r),
            13usize => self.redirect_incident_id.read_from(r),
            14usize => self.resolving_comment.read_from(r),
            15usize => self.severity.read_from(r),
            16usize => self.status.read_from(r),
            17usize => self.summary.read_from(r),
            18usize => self.system_tags.read_from(r),
            19usize => self.tenant_id.read_from(r),
            20usize => self.alerts.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.assigned_to);
        w.field(2usize, &self.classification);
        w.field(3usize, &self.comments);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.custom_tags);
        w.field(6usize, &self.description);
        w.field(7usize, &self.determination);
        w.field(8usize, &self.display_name);
        w.field(9usize, &self.incident_web_url);
        w.field(10usize, &self.last_modified_by);
        w.field(11usize, &self.last_update_date_time);
        w.field(12usize, &self.priority_score);
        w.field(13usize, &self.redirect_incident_id);
        w.field(14usize, &self.resolving_comment);
        w.field(15usize, &self.severity);
        w.field(16usize, &self.status);
        w.field(17usize, &self.summary);
        w.field(18usize, &self.system_tags);
        w.field(19usize, &self.tenant_id);
        w.field(20usize, &self.alerts);
    }
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
rt::impl_object!(Incident);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    Incident { with_id id : ::std::string::String; with_assigned_to assigned_to :
    ::std::string::String; with_classification classification : crate
    ::v1::security::AlertClassification; with_comments comments : ::std::vec::Vec < crate
    ::v1::security::AlertComment >; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_custom_tags custom_tags : ::std::vec::Vec <
    ::std::string::String >; with_description description : ::std::string::String;
    with_determination determination : crate ::v1::security::AlertDetermination;
    with_display_name display_name : ::std::string::String; with_incident_web_url
    incident_web_url : ::std::string::String; with_last_modified_by last_modified_by :
    ::std::string::String; with_last_update_date_time last_update_date_time :
    rt::edm::DateTimeOffset; with_priority_score priority_score : i32;
    with_redirect_incident_id redirect_incident_id : ::std::string::String;
    with_resolving_comment resolving_comment : ::std::string::String; with_severity
    severity : crate ::v1::security::AlertSeverity; with_status status : crate
    ::v1::security::IncidentStatus; with_summary summary : ::std::string::String;
    with_system_tags system_tags : ::std::vec::Vec < ::std::string::String >;
    with_tenant_id tenant_id : ::std::string::String; with_alerts alerts :
    ::std::vec::Vec < crate ::v1::security::Alert >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(Incident);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.incidentStatus`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum IncidentStatus {
    /// `active` (value 1).
    Active,
    /// `resolved` (value 2).
    Resolved,
    /// `inProgress` (value 4).
    InProgress,
    /// `redirected` (value 64).
    Redirected,
    /// `unknownFutureValue` (value 127).
    UnknownFutureValue,
    /// `awaitingAction` (value 128).
    AwaitingAction,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for IncidentStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.security.incidentStatus";
    const MEMBERS: &'static [&'static str] = &[
        "active",
        "resolved",
        "inProgress",
        "redirected",
        "unknownFutureValue",
        "awaitingAction",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "active" => Self::Active,
                "resolved" => Self::Resolved,
                "inProgress" => Self::InProgress,
                "redirected" => Self::Redirected,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "awaitingAction" => Self::AwaitingAction,
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
            Self::Resolved => "resolved",
            Self::InProgress => "inProgress",
            Self::Redirected => "redirected",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::AwaitingAction => "awaitingAction",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(IncidentStatus);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(IncidentStatus);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.indicator`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`IndicatorPath`](../requests/security/trait.IndicatorPath.html), what a path to one (`EntityPath<AnyIndicator, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct Indicator {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `source`: `microsoft.graph.security.indicatorSource`, not nullable.
    pub source: rt::Field<crate::v1::security::IndicatorSource>,
    /// CSDL: navigation property `artifact`: `microsoft.graph.security.artifact`, not nullable.
    pub artifact: rt::Field<crate::v1::security::AnyArtifact>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for Indicator {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            source: rt::Field::Absent,
            artifact: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for Indicator {
    const TYPE_NAME: &'static str = "microsoft.graph.security.indicator";
    const KEYS: &'static [&'static str] = &["id", "source", "artifact"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"source\":                       ",
        ",\"artifact\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.indicator\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "source", &self.source);
        v.field(2usize, "artifact", &self.artifact);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for Indicator {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.source.read_from(r),
            2usize => self.artifact.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.source);
        w.field(2usize, &self.artifact);
    }
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
rt::impl_object!(Indicator);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    Indicator { with_id id : ::std::string::String; with_source source : crate
    ::v1::security::IndicatorSource; with_artifact artifact : crate
    ::v1::security::AnyArtifact; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(Indicator);
#[cfg(msgraph_v1_search_or_security)]
/// `microsoft.graph.security.indicator` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyIndicator {
    Indicator(::std::boxed::Box<crate::v1::security::Indicator>),
    ArticleIndicator(::std::boxed::Box<crate::v1::security::ArticleIndicator>),
    IntelligenceProfileIndicator(
        ::std::boxed::Box<crate::v1::security::IntelligenceProfileIndicator>,
    ),
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AnyIndicator {
    #[inline]
    fn default() -> Self {
        Self::Indicator(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::Indicator> for AnyIndicator {
    #[inline]
    fn from(v: crate::v1::security::Indicator) -> Self {
        Self::Indicator(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ArticleIndicator> for AnyIndicator {
    #[inline]
    fn from(v: crate::v1::security::ArticleIndicator) -> Self {
        Self::ArticleIndicator(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::IntelligenceProfileIndicator>
for AnyIndicator {
    #[inline]
    fn from(v: crate::v1::security::IntelligenceProfileIndicator) -> Self {
        Self::IntelligenceProfileIndicator(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
unsafe impl ::std::marker::Send for AnyIndicator {}
#[cfg(msgraph_v1_search_or_security)]
unsafe impl ::std::marker::Sync for AnyIndicator {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::marker::Unpin for AnyIndicator {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::panic::UnwindSafe for AnyIndicator {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::panic::RefUnwindSafe for AnyIndicator {}
#[cfg(msgraph_v1_search_or_security)]
const _: () = {
    rt::object::auto_traits::<crate::v1::security::Indicator>();
    rt::object::auto_traits::<crate::v1::security::ArticleIndicator>();
    rt::object::auto_traits::<crate::v1::security::IntelligenceProfileIndicator>();
};
#[cfg(msgraph_v1_search_or_security)]
impl rt::Poly for AnyIndicator {
    const BASE_NAME: &'static str = "microsoft.graph.security.indicator";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.security.articleIndicator") => {
                Self::ArticleIndicator(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.intelligenceProfileIndicator",
            ) => Self::IntelligenceProfileIndicator(rt::object::new_boxed()),
            _ => Self::Indicator(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::Indicator(v) => &**v,
            Self::ArticleIndicator(v) => &**v,
            Self::IntelligenceProfileIndicator(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::Indicator(v) => &mut **v,
            Self::ArticleIndicator(v) => &mut **v,
            Self::IntelligenceProfileIndicator(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl AnyIndicator {
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
            Self::Indicator(v) => &v.id,
            Self::ArticleIndicator(v) => &v.id,
            Self::IntelligenceProfileIndicator(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Indicator(v) => &mut v.id,
            Self::ArticleIndicator(v) => &mut v.id,
            Self::IntelligenceProfileIndicator(v) => &mut v.id,
        }
    }
    /// `source` of any variant.
    #[inline]
    pub fn source(&self) -> &rt::Field<crate::v1::security::IndicatorSource> {
        match self {
            Self::Indicator(v) => &v.source,
            Self::ArticleIndicator(v) => &v.source,
            Self::IntelligenceProfileIndicator(v) => &v.source,
        }
    }
    /// `source` of any variant.
    #[inline]
    pub fn source_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::security::IndicatorSource> {
        match self {
            Self::Indicator(v) => &mut v.source,
            Self::ArticleIndicator(v) => &mut v.source,
            Self::IntelligenceProfileIndicator(v) => &mut v.source,
        }
    }
    /// `artifact` of any variant.
    #[inline]
    pub fn artifact(&self) -> &rt::Field<crate::v1::security::AnyArtifact> {
        match self {
            Self::Indicator(v) => &v.artifact,
            Self::ArticleIndicator(v) => &v.artifact,
            Self::IntelligenceProfileIndicator(v) => &v.artifact,
        }
    }
    /// `artifact` of any variant.
    #[inline]
    pub fn artifact_mut(&mut self) -> &mut rt::Field<crate::v1::security::AnyArtifact> {
        match self {
            Self::Indicator(v) => &mut v.artifact,
            Self::ArticleIndicator(v) => &mut v.artifact,
            Self::IntelligenceProfileIndicator(v) => &mut v.artifact,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_poly!(AnyIndicator);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyIndicator);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.indicatorSource`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum IndicatorSource {
    /// `microsoft` (value 0).
    Microsoft,
    /// `osint` (value 1).
    Osint,
    /// `public` (value 2).
    Public,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for IndicatorSource {
    const TYPE_NAME: &'static str = "microsoft.graph.security.indicatorSource";
    const MEMBERS: &'static [&'static str] = &[
        "microsoft",
        "osint",
        "public",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "microsoft" => Self::Microsoft,
                "osint" => Self::Osint,
                "public" => Self::Public,
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
            Self::Microsoft => "microsoft",
            Self::Osint => "osint",
            Self::Public => "public",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(IndicatorSource);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(IndicatorSource);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Information Barrier Policy Application events.
///
/// CSDL: `microsoft.graph.security.informationBarrierPolicyApplicationAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct InformationBarrierPolicyApplicationAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for InformationBarrierPolicyApplicationAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for InformationBarrierPolicyApplicationAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.informationBarrierPolicyApplicationAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.informationBarrierPolicyApplicationAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for InformationBarrierPolicyApplicationAuditRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.dynamic_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.dynamic_properties);
    }
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
rt::impl_object!(InformationBarrierPolicyApplicationAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    InformationBarrierPolicyApplicationAuditRecord { with_dynamic_properties
    dynamic_properties : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(InformationBarrierPolicyApplicationAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Information Worker Protection events.
///
/// CSDL: `microsoft.graph.security.informationWorkerProtectionAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct InformationWorkerProtectionAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for InformationWorkerProtectionAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for InformationWorkerProtectionAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.informationWorkerProtectionAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.informationWorkerProtectionAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for InformationWorkerProtectionAuditRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.dynamic_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.dynamic_properties);
    }
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
rt::impl_object!(InformationWorkerProtectionAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    InformationWorkerProtectionAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(InformationWorkerProtectionAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Insider Risk Scoped User Insights events.
///
/// CSDL: `microsoft.graph.security.insiderRiskScopedUserInsightsRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct InsiderRiskScopedUserInsightsRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for InsiderRiskScopedUserInsightsRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for InsiderRiskScopedUserInsightsRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.insiderRiskScopedUserInsightsRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.insiderRiskScopedUserInsightsRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for InsiderRiskScopedUserInsightsRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.dynamic_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.dynamic_properties);
    }
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
rt::impl_object!(InsiderRiskScopedUserInsightsRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    InsiderRiskScopedUserInsightsRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(InsiderRiskScopedUserInsightsRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Insider Risk Scoped Users events.
///
/// CSDL: `microsoft.graph.security.insiderRiskScopedUsersRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct InsiderRiskScopedUsersRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for InsiderRiskScopedUsersRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for InsiderRiskScopedUsersRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.insiderRiskScopedUsersRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.insiderRiskScopedUsersRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for InsiderRiskScopedUsersRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.dynamic_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.dynamic_properties);
    }
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
rt::impl_object!(InsiderRiskScopedUsersRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    InsiderRiskScopedUsersRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(InsiderRiskScopedUsersRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Integrated Apps App Admin Activity events.
///
/// CSDL: `microsoft.graph.security.integratedAppsAppAdminActivityAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct IntegratedAppsAppAdminActivityAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for IntegratedAppsAppAdminActivityAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for IntegratedAppsAppAdminActivityAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.integratedAppsAppAdminActivityAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.integratedAppsAppAdminActivityAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for IntegratedAppsAppAdminActivityAuditRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.dynamic_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.dynamic_properties);
    }
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
rt::impl_object!(IntegratedAppsAppAdminActivityAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    IntegratedAppsAppAdminActivityAuditRecord { with_dynamic_properties
    dynamic_properties : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(IntegratedAppsAppAdminActivityAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Integrated Apps App Settings Admin Activity events.
///
/// CSDL: `microsoft.graph.security.integratedAppsAppSettingsAdminActivityAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct IntegratedAppsAppSettingsAdminActivityAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for IntegratedAppsAppSettingsAdminActivityAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for IntegratedAppsAppSettingsAdminActivityAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.integratedAppsAppSettingsAdminActivityAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.integratedAppsAppSettingsAdminActivityAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for IntegratedAppsAppSettingsAdminActivityAuditRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.dynamic_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.dynamic_properties);
    }
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
rt::impl_object!(IntegratedAppsAppSettingsAdminActivityAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    IntegratedAppsAppSettingsAdminActivityAuditRecord { with_dynamic_properties
    dynamic_properties : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(IntegratedAppsAppSettingsAdminActivityAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.intelligenceProfile`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`IntelligenceProfilePath`](../requests/security/trait.IntelligenceProfilePath.html), what a path to one (`EntityPath<IntelligenceProfile, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct IntelligenceProfile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `aliases`: `Collection(Edm.String)`, nullable.
    pub aliases: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `countriesOrRegionsOfOrigin`: `Collection(microsoft.graph.security.intelligenceProfileCountryOrRegionOfOrigin)`, nullable.
    pub countries_or_regions_of_origin: rt::Field<
        ::std::vec::Vec<crate::v1::security::IntelligenceProfileCountryOrRegionOfOrigin>,
    >,
    /// CSDL: property `description`: `microsoft.graph.security.formattedContent`, not nullable.
    pub description: rt::Field<crate::v1::security::FormattedContent>,
    /// CSDL: property `firstActiveDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub first_active_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `kind`: `microsoft.graph.security.intelligenceProfileKind`, not nullable.
    pub kind: rt::Field<crate::v1::security::IntelligenceProfileKind>,
    /// CSDL: property `summary`: `microsoft.graph.security.formattedContent`, not nullable.
    pub summary: rt::Field<crate::v1::security::FormattedContent>,
    /// CSDL: property `targets`: `Collection(Edm.String)`, nullable.
    pub targets: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `title`: `Edm.String`, not nullable.
    pub title: rt::Field<::std::string::String>,
    /// CSDL: property `tradecraft`: `microsoft.graph.security.formattedContent`, nullable.
    pub tradecraft: rt::Field<crate::v1::security::FormattedContent>,
    /// CSDL: navigation property `indicators`: `Collection(microsoft.graph.security.intelligenceProfileIndicator)`, not nullable.
    pub indicators: rt::Field<
        ::std::vec::Vec<crate::v1::security::IntelligenceProfileIndicator>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for IntelligenceProfile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            aliases: rt::Field::Absent,
            countries_or_regions_of_origin: rt::Field::Absent,
            description: rt::Field::Absent,
            first_active_date_time: rt::Field::Absent,
            kind: rt::Field::Absent,
            summary: rt::Field::Absent,
            targets: rt::Field::Absent,
            title: rt::Field::Absent,
            tradecraft: rt::Field::Absent,
            indicators: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for IntelligenceProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.security.intelligenceProfile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "aliases",
        "countriesOrRegionsOfOrigin",
        "description",
        "firstActiveDateTime",
        "kind",
        "summary",
        "targets",
        "title",
        "tradecraft",
        "indicators",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"aliases\":                      ",
        ",\"countriesOrRegionsOfOrigin\":   ",
        ",\"description\":                  ",
        ",\"firstActiveDateTime\":          ",
        ",\"kind\":                         ",
        ",\"summary\":                      ",
        ",\"targets\":                      ",
        ",\"title\":                        ",
        ",\"tradecraft\":                   ",
        ",\"indicators\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.intelligenceProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "aliases", &self.aliases);
        v.field(
            2usize,
            "countries_or_regions_of_origin",
            &self.countries_or_regions_of_origin,
        );
        v.field(3usize, "description", &self.description);
        v.field(4usize, "first_active_date_time", &self.first_active_date_time);
        v.field(5usize, "kind", &self.kind);
        v.field(6usize, "summary", &self.summary);
        v.field(7usize, "targets", &self.targets);
        v.field(8usize, "title", &self.title);
        v.field(9usize, "tradecraft", &self.tradecraft);
        v.field(10usize, "indicators", &self.indicators);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for IntelligenceProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.aliases.read_from(r),
            2usize => self.countries_or_regions_of_origin.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.first_active_date_time.read_from(r),
            5usize => self.kind.read_from(r),
            6usize => self.summary.read_from(r),
            7usize => self.targets.read_from(r),
            8usize => self.title.read_from(r),
            9usize => self.tradecraft.read_from(r),
            10usize => self.indicators.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.aliases);
        w.field(2usize, &self.countries_or_regions_of_origin);
        w.field(3usize, &self.description);
        w.field(4usize, &self.first_active_date_time);
        w.field(5usize, &self.kind);
        w.field(6usize, &self.summary);
        w.field(7usize, &self.targets);
        w.field(8usize, &self.title);
        w.field(9usize, &self.tradecraft);
        w.field(10usize, &self.indicators);
    }
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
rt::impl_object!(IntelligenceProfile);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    IntelligenceProfile { with_id id : ::std::string::String; with_aliases aliases :
    ::std::vec::Vec < ::std::string::String >; with_countries_or_regions_of_origin
    countries_or_regions_of_origin : ::std::vec::Vec < crate
    ::v1::security::IntelligenceProfileCountryOrRegionOfOrigin >; with_description
    description : crate ::v1::security::FormattedContent; with_first_active_date_time
    first_active_date_time : rt::edm::DateTimeOffset; with_kind kind : crate
    ::v1::security::IntelligenceProfileKind; with_summary summary : crate
    ::v1::security::FormattedContent; with_targets targets : ::std::vec::Vec <
    ::std::string::String >; with_title title : ::std::string::String; with_tradecraft
    tradecraft : crate ::v1::security::FormattedContent; with_indicators indicators :
    ::std::vec::Vec < crate ::v1::security::IntelligenceProfileIndicator >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(IntelligenceProfile);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.intelligenceProfileCountryOrRegionOfOrigin`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct IntelligenceProfileCountryOrRegionOfOrigin {
    /// CSDL: property `code`: `Edm.String`, not nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `label`: `Edm.String`, not nullable.
    pub label: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for IntelligenceProfileCountryOrRegionOfOrigin {
    #[inline]
    fn default() -> Self {
        Self {
            code: rt::Field::Absent,
            label: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for IntelligenceProfileCountryOrRegionOfOrigin {
    const TYPE_NAME: &'static str = "microsoft.graph.security.intelligenceProfileCountryOrRegionOfOrigin";
    const KEYS: &'static [&'static str] = &["code", "label"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"code\":                         ",
        ",\"label\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.intelligenceProfileCountryOrRegionOfOrigin\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "code", &self.code);
        v.field(1usize, "label", &self.label);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for IntelligenceProfileCountryOrRegionOfOrigin {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.code.read_from(r),
            1usize => self.label.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.code);
        w.field(1usize, &self.label);
    }
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
rt::impl_object!(IntelligenceProfileCountryOrRegionOfOrigin);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    IntelligenceProfileCountryOrRegionOfOrigin { with_code code : ::std::string::String;
    with_label label : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(IntelligenceProfileCountryOrRegionOfOrigin);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.intelligenceProfileIndicator`, entity type, derived from `microsoft.graph.security.indicator`, key `id`.
///
/// Request builders: [`IndicatorPath`](../requests/security/trait.IndicatorPath.html), what a path to one (`EntityPath<IntelligenceProfileIndicator, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct IntelligenceProfileIndicator {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `source`: `microsoft.graph.security.indicatorSource`, not nullable.
    pub source: rt::Field<crate::v1::security::IndicatorSource>,
    /// CSDL: navigation property `artifact`: `microsoft.graph.security.artifact`, not nullable.
    pub artifact: rt::Field<crate::v1::security::AnyArtifact>,
    /// CSDL: property `firstSeenDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub first_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for IntelligenceProfileIndicator {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            source: rt::Field::Absent,
            artifact: rt::Field::Absent,
            first_seen_date_time: rt::Field::Absent,
            last_seen_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for IntelligenceProfileIndicator {
    const TYPE_NAME: &'static str = "microsoft.graph.security.intelligenceProfileIndicator";
    const KEYS: &'static [&'static str] = &[
        "id",
        "source",
        "artifact",
        "firstSeenDateTime",
        "lastSeenDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"source\":                       ",
        ",\"artifact\":                     ",
        ",\"firstSeenDateTime\":            ",
        ",\"lastSeenDateTime\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.intelligenceProfileIndicator\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "source", &self.source);
        v.field(2usize, "artifact", &self.artifact);
        v.field(3usize, "first_seen_date_time", &self.first_seen_date_time);
        v.field(4usize, "last_seen_date_time", &self.last_seen_date_time);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for IntelligenceProfileIndicator {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.source.read_from(r),
            2usize => self.artifact.read_from(r),
            3usize => self.first_seen_date_time.read_from(r),
            4usize => self.last_seen_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.source);
        w.field(2usize, &self.artifact);
        w.field(3usize, &self.first_seen_date_time);
        w.field(4usize, &self.last_seen_date_time);
    }
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
rt::impl_object!(IntelligenceProfileIndicator);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    IntelligenceProfileIndicator { with_id id : ::std::string::String; with_source source
    : crate ::v1::security::IndicatorSource; with_artifact artifact : crate
    ::v1::security::AnyArtifact; with_first_seen_date_time first_seen_date_time :
    rt::edm::DateTimeOffset; with_last_seen_date_time last_seen_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(IntelligenceProfileIndicator);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.intelligenceProfileKind`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum IntelligenceProfileKind {
    /// `actor` (value 0).
    Actor,
    /// `tool` (value 1).
    Tool,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for IntelligenceProfileKind {
    const TYPE_NAME: &'static str = "microsoft.graph.security.intelligenceProfileKind";
    const MEMBERS: &'static [&'static str] = &["actor", "tool", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "actor" => Self::Actor,
                "tool" => Self::Tool,
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
            Self::Actor => "actor",
            Self::Tool => "tool",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(IntelligenceProfileKind);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(IntelligenceProfileKind);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.investigationState`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum InvestigationState {
    /// `unknown` (value 0).
    Unknown,
    /// `terminated` (value 1).
    Terminated,
    /// `successfullyRemediated` (value 2).
    SuccessfullyRemediated,
    /// `benign` (value 4).
    Benign,
    /// `failed` (value 8).
    Failed,
    /// `partiallyRemediated` (value 16).
    PartiallyRemediated,
    /// `running` (value 32).
    Running,
    /// `pendingApproval` (value 64).
    PendingApproval,
    /// `pendingResource` (value 128).
    PendingResource,
    /// `queued` (value 512).
    Queued,
    /// `innerFailure` (value 1024).
    InnerFailure,
    /// `preexistingAlert` (value 2048).
    PreexistingAlert,
    /// `unsupportedOs` (value 4056).
    UnsupportedOs,
    /// `unsupportedAlertType` (value 8192).
    UnsupportedAlertType,
    /// `suppressedAlert` (value 16384).
    SuppressedAlert,
    /// `partiallyInvestigated` (value 32768).
    PartiallyInvestigated,
    /// `terminatedByUser` (value 65536).
    TerminatedByUser,
    /// `terminatedBySystem` (value 131072).
    TerminatedBySystem,
    /// `unknownFutureValue` (value 262144).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for InvestigationState {
    const TYPE_NAME: &'static str = "microsoft.graph.security.investigationState";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "terminated",
        "successfullyRemediated",
        "benign",
        "failed",
        "partiallyRemediated",
        "running",
        "pendingApproval",
        "pendingResource",
        "queued",
        "innerFailure",
        "preexistingAlert",
        "unsupportedOs",
        "unsupportedAlertType",
        "suppressedAlert",
        "partiallyInvestigated",
        "terminatedByUser",
        "terminatedBySystem",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "terminated" => Self::Terminated,
                "successfullyRemediated" => Self::SuccessfullyRemediated,
                "benign" => Self::Benign,
                "failed" => Self::Failed,
                "partiallyRemediated" => Self::PartiallyRemediated,
                "running" => Self::Running,
                "pendingApproval" => Self::PendingApproval,
                "pendingResource" => Self::PendingResource,
                "queued" => Self::Queued,
                "innerFailure" => Self::InnerFailure,
                "preexistingAlert" => Self::PreexistingAlert,
                "unsupportedOs" => Self::UnsupportedOs,
                "unsupportedAlertType" => Self::UnsupportedAlertType,
                "suppressedAlert" => Self::SuppressedAlert,
                "partiallyInvestigated" => Self::PartiallyInvestigated,
                "terminatedByUser" => Self::TerminatedByUser,
                "terminatedBySystem" => Self::TerminatedBySystem,
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
            Self::Terminated => "terminated",
            Self::SuccessfullyRemediated => "successfullyRemediated",
            Self::Benign => "benign",
            Self::Failed => "failed",
            Self::PartiallyRemediated => "partiallyRemediated",
            Self::Running => "running",
            Self::PendingApproval => "pendingApproval",
            Self::PendingResource => "pendingResource",
            Self::Queued => "queued",
            Self::InnerFailure => "innerFailure",
            Self::PreexistingAlert => "preexistingAlert",
            Self::UnsupportedOs => "unsupportedOs",
            Self::UnsupportedAlertType => "unsupportedAlertType",
            Self::SuppressedAlert => "suppressedAlert",
            Self::PartiallyInvestigated => "partiallyInvestigated",
            Self::TerminatedByUser => "terminatedByUser",
            Self::TerminatedBySystem => "terminatedBySystem",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(InvestigationState);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(InvestigationState);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.ioTDeviceEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct IoTDeviceEvidence {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `detailedRoles`: `Collection(Edm.String)`, nullable.
    pub detailed_roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `remediationStatus`: `microsoft.graph.security.evidenceRemediationStatus`, not nullable.
    pub remediation_status: rt::Field<crate::v1::security::EvidenceRemediationStatus>,
    /// CSDL: property `remediationStatusDetails`: `Edm.String`, nullable.
    pub remediation_status_details: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(microsoft.graph.security.evidenceRole)`, not nullable.
    pub roles: rt::Field<::std::vec::Vec<crate::v1::security::EvidenceRole>>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `verdict`: `microsoft.graph.security.evidenceVerdict`, not nullable.
    pub verdict: rt::Field<crate::v1::security::EvidenceVerdict>,
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// CSDL: property `devicePageLink`: `Edm.String`, nullable.
    pub device_page_link: rt::Field<::std::string::String>,
    /// CSDL: property `deviceSubType`: `Edm.String`, nullable.
    pub device_sub_type: rt::Field<::std::string::String>,
    /// CSDL: property `deviceType`: `Edm.String`, nullable.
    pub device_type: rt::Field<::std::string::String>,
    /// CSDL: property `importance`: `microsoft.graph.security.ioTDeviceImportanceType`, nullable.
    pub importance: rt::Field<crate::v1::security::IoTDeviceImportanceType>,
    /// CSDL: property `ioTHub`: `microsoft.graph.security.azureResourceEvidence`, nullable.
    pub io_t_hub: rt::Field<crate::v1::security::AzureResourceEvidence>,
    /// CSDL: property `ioTSecurityAgentId`: `Edm.String`, nullable.
    pub io_t_security_agent_id: rt::Field<::std::string::String>,
    /// CSDL: property `ipAddress`: `microsoft.graph.security.ipEvidence`, nullable.
    pub ip_address: rt::Field<crate::v1::security::IpEvidence>,
    /// CSDL: property `isAuthorized`: `Edm.Boolean`, nullable.
    pub is_authorized: rt::Field<bool>,
    /// CSDL: property `isProgramming`: `Edm.Boolean`, nullable.
    pub is_programming: rt::Field<bool>,
    /// CSDL: property `isScanner`: `Edm.Boolean`, nullable.
    pub is_scanner: rt::Field<bool>,
    /// CSDL: property `macAddress`: `Edm.String`, nullable.
    pub mac_address: rt::Field<::std::string::String>,
    /// CSDL: property `manufacturer`: `Edm.String`, nullable.
    pub manufacturer: rt::Field<::std::string::String>,
    /// CSDL: property `model`: `Edm.String`, nullable.
    pub model: rt::Field<::std::string::String>,
    /// CSDL: property `nics`: `Collection(microsoft.graph.security.nicEvidence)`, nullable.
    pub nics: rt::Field<::std::vec::Vec<crate::v1::security::NicEvidence>>,
    /// CSDL: property `operatingSystem`: `Edm.String`, nullable.
    pub operating_system: rt::Field<::std::string::String>,
    /// CSDL: property `owners`: `Collection(Edm.String)`, nullable.
    pub owners: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `protocols`: `Collection(Edm.String)`, nullable.
    pub protocols: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `purdueLayer`: `Edm.String`, nullable.
    pub purdue_layer: rt::Field<::std::string::String>,
    /// CSDL: property `sensor`: `Edm.String`, nullable.
    pub sensor: rt::Field<::std::string::String>,
    /// CSDL: property `serialNumber`: `Edm.String`, nullable.
    pub serial_number: rt::Field<::std::string::String>,
    /// CSDL: property `site`: `Edm.String`, nullable.
    pub site: rt::Field<::std::string::String>,
    /// CSDL: property `source`: `Edm.String`, nullable.
    pub source: rt::Field<::std::string::String>,
    /// CSDL: property `sourceRef`: `microsoft.graph.security.urlEvidence`, nullable.
    pub source_ref: rt::Field<crate::v1::security::UrlEvidence>,
    /// CSDL: property `zone`: `Edm.String`, nullable.
    pub zone: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for IoTDeviceEvidence {
    #[inline]
    fn default() -> Self {
        Self {
            created_date_time: rt::Field::Absent,
            detailed_roles: rt::Field::Absent,
            remediation_status: rt::Field::Absent,
            remediation_status_details: rt::Field::Absent,
            roles: rt::Field::Absent,
            tags: rt::Field::Absent,
            verdict: rt::Field::Absent,
            device_id: rt::Field::Absent,
            device_name: rt::Field::Absent,
            device_page_link: rt::Field::Absent,
            device_sub_type: rt::Field::Absent,
            device_type: rt::Field::Absent,
            importance: rt::Field::Absent,
            io_t_hub: rt::Field::Absent,
            io_t_security_agent_id: rt::Field::Absent,
            ip_address: rt::Field::Absent,
            is_authorized: rt::Field::Absent,
            is_programming: rt::Field::Absent,
            is_scanner: rt::Field::Absent,
            mac_address: rt::Field::Absent,
            manufacturer: rt::Field::Absent,
            model: rt::Field::Absent,
            nics: rt::Field::Absent,
            operating_system: rt::Field::Absent,
            owners: rt::Field::Absent,
            protocols: rt::Field::Absent,
            purdue_layer: rt::Field::Absent,
            sensor: rt::Field::Absent,
            serial_number: rt::Field::Absent,
            site: rt::Field::Absent,
            source: rt::Field::Absent,
            source_ref: rt::Field::Absent,
            zone: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for IoTDeviceEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.ioTDeviceEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "deviceId",
        "deviceName",
        "devicePageLink",
        "deviceSubType",
        "deviceType",
        "importance",
        "ioTHub",
        "ioTSecurityAgentId",
        "ipAddress",
        "isAuthorized",
        "isProgramming",
        "isScanner",
        "macAddress",
        "manufacturer",
        "model",
        "nics",
        "operatingSystem",
        "owners",
        "protocols",
        "purdueLayer",
        "sensor",
        "serialNumber",
        "site",
        "source",
        "sourceRef",
        "zone",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"deviceId\":                     ",
        ",\"deviceName\":                   ",
        ",\"devicePageLink\":               ",
        ",\"deviceSubType\":                ",
        ",\"deviceType\":                   ",
        ",\"importance\":                   ",
        ",\"ioTHub\":                       ",
        ",\"ioTSecurityAgentId\":           ",
        ",\"ipAddress\":                    ",
        ",\"isAuthorized\":                 ",
        ",\"isProgramming\":                ",
        ",\"isScanner\":                    ",
        ",\"macAddress\":                   ",
        ",\"manufacturer\":                 ",
        ",\"model\":                        ",
        ",\"nics\":                         ",
        ",\"operatingSystem\":              ",
        ",\"owners\":                       ",
        ",\"protocols\":                    ",
        ",\"purdueLayer\":                  ",
        ",\"sensor\":                       ",
        ",\"serialNumber\":                 ",
        ",\"site\":                         ",
        ",\"source\":                       ",
        ",\"sourceRef\":                    ",
        ",\"zone\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.ioTDeviceEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "device_id", &self.device_id);
        v.field(8usize, "device_name", &self.device_name);
        v.field(9usize, "device_page_link", &self.device_page_link);
        v.field(10usize, "device_sub_type", &self.device_sub_type);
        v.field(11usize, "device_type", &self.device_type);
        v.field(12usize, "importance", &self.importance);
        v.field(13usize, "io_t_hub", &self.io_t_hub);
        v.field(14usize, "io_t_security_agent_id", &self.io_t_security_agent_id);
        v.field(15usize, "ip_address", &self.ip_address);
        v.field(16usize, "is_authorized", &self.is_authorized);
        v.field(17usize, "is_programming", &self.is_programming);
        v.field(18usize, "is_scanner", &self.is_scanner);
        v.field(19usize, "mac_address", &self.mac_address);
        v.field(20usize, "manufacturer", &self.manufacturer);
        v.field(21usize, "model", &self.model);
        v.field(22usize, "nics", &self.nics);
        v.field(23usize, "operating_system", &self.operating_system);
        v.field(24usize, "owners", &self.owners);
        v.field(25usize, "protocols", &self.protocols);
        v.field(26usize, "purdue_layer", &self.purdue_layer);
        v.field(27usize, "sensor", &self.sensor);
        v.field(28usize, "serial_number", &self.serial_number);
        v.field(29usize, "site", &self.site);
        v.field(30usize, "source", &self.source);
        v.field(31usize, "source_ref", &self.source_ref);
        v.field(32usize, "zone", &self.zone);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for IoTDeviceEvidence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_date_time.read_from(r),
            1usize => self.detailed_roles.read_from(r),
            2usize => self.remediation_status.read_from(r),
            3usize => self.remediation_status_details.read_from(r),
            4usize => self.roles.read_from(r),
            5usize => self.tags.read_from(r),
            6usize => self.verdict.read_from(r),
            7usize => self.device_id.read_from(r),
            8usize => self.device_name.read_from(r),
            9usize => self.device_page_link.read_from(r),
            10usize => self.device_sub_type.read_from(r),
            11usize => self.device_type.read_from(r),
            12usize => self.importance.read_from(r),
            13usize => self.io_t_hub.read_from(r),
            14usize => self.io_t_security_agent_id.read_from(r),
            15usize => self.ip_address.read_from(r),
            16usize => self.is_authorized.read_from(r),
            17usize => self.is_programming.read_from(r),
            18usize => self.is_scanner.read_from(r),
            19usize => self.mac_address.read_from(r),
            20usize => self.manufacturer.read_from(r),
            21usize => self.model.read_from(r),
            22usize => self.nics.read_from(r),
            23usize => self.operating_system.read_from(r),
            24usize => self.owners.read_from(r),
            25usize => self.protocols.read_from(r),
            26usize => self.purdue_layer.read_from(r),
            27usize => self.sensor.read_from(r),
            28usize => self.serial_number.read_from(r),
            29usize => self.site.read_from(r),
            30usize => self.source.read_from(r),
            31usize => self.source_ref.read_from(r),
            32usize => self.zone.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_date_time);
        w.field(1usize, &self.detailed_roles);
        w.field(2usize, &self.remediation_status);
        w.field(3usize, &self.remediation_status_details);
        w.field(4usize, &self.roles);
        w.field(5usize, &self.tags);
        w.field(6usize, &self.verdict);
        w.field(7usize, &self.device_id);
        w.field(8usize, &self.device_name);
        w.field(9usize, &self.device_page_link);
        w.field(10usize, &self.device_sub_type);
        w.field(11usize, &self.device_type);
        w.field(12usize, &self.importance);
        w.field(13usize, &self.io_t_hub);
        w.field(14usize, &self.io_t_security_agent_id);
        w.field(15usize, &self.ip_address);
        w.field(16usize, &self.is_authorized);
        w.field(17usize, &self.is_programming);
        w.field(18usize, &self.is_scanner);
        w.field(19usize, &self.mac_address);
        w.field(20usize, &self.manufacturer);
        w.field(21usize, &self.model);
        w.field(22usize, &self.nics);
        w.field(23usize, &self.operating_system);
        w.field(24usize, &self.owners);
        w.field(25usize, &self.protocols);
        w.field(26usize, &self.purdue_layer);
        w.field(27usize, &self.sensor);
        w.field(28usize, &self.serial_number);
        w.field(29usize, &self.site);
        w.field(30usize, &self.source);
        w.field(31usize, &self.source_ref);
        w.field(32usize, &self.zone);
    }
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
rt::impl_object!(IoTDeviceEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    IoTDeviceEvidence { with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_detailed_roles detailed_roles : ::std::vec::Vec <
    ::std::string::String >; with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_device_id device_id : ::std::string::String;
    with_device_name device_name : ::std::string::String; with_device_page_link
    device_page_link : ::std::string::String; with_device_sub_type device_sub_type :
    ::std::string::String; with_device_type device_type : ::std::string::String;
    with_importance importance : crate ::v1::security::IoTDeviceImportanceType;
    with_io_t_hub io_t_hub : crate ::v1::security::AzureResourceEvidence;
    with_io_t_security_agent_id io_t_security_agent_id : ::std::string::String;
    with_ip_address ip_address : crate ::v1::security::IpEvidence; with_is_authorized
    is_authorized : bool; with_is_programming is_programming : bool; with_is_scanner
    is_scanner : bool; with_mac_address mac_address : ::std::string::String;
    with_manufacturer manufacturer : ::std::string::String; with_model model :
    ::std::string::String; with_nics nics : ::std::vec::Vec < crate
    ::v1::security::NicEvidence >; with_operating_system operating_system :
    ::std::string::String; with_owners owners : ::std::vec::Vec < ::std::string::String
    >; with_protocols protocols : ::std::vec::Vec < ::std::string::String >;
    with_purdue_layer purdue_layer : ::std::string::String; with_sensor sensor :
    ::std::string::String; with_serial_number serial_number : ::std::string::String;
    with_site site : ::std::string::String; with_source source : ::std::string::String;
    with_source_ref source_ref : crate ::v1::security::UrlEvidence; with_zone zone :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(IoTDeviceEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.ioTDeviceImportanceType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum IoTDeviceImportanceType {
    /// `unknown` (value 0).
    Unknown,
    /// `low` (value 1).
    Low,
    /// `normal` (value 2).
    Normal,
    /// `high` (value 3).
    High,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for IoTDeviceImportanceType {
    const TYPE_NAME: &'static str = "microsoft.graph.security.ioTDeviceImportanceType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "low",
        "normal",
        "high",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "low" => Self::Low,
                "normal" => Self::Normal,
                "high" => Self::High,
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
            Self::Low => "low",
            Self::Normal => "normal",
            Self::High => "high",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(IoTDeviceImportanceType);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(IoTDeviceImportanceType);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.ipAddress`, entity type, derived from `microsoft.graph.security.host`, key `id`.
///
/// Request builders: [`IpAddressPath`](../requests/security/trait.IpAddressPath.html), what a path to one (`EntityPath<IpAddress, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct IpAddress {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `firstSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub first_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: navigation property `childHostPairs`: `Collection(microsoft.graph.security.hostPair)`, not nullable.
    pub child_host_pairs: rt::Field<::std::vec::Vec<crate::v1::security::HostPair>>,
    /// CSDL: navigation property `components`: `Collection(microsoft.graph.security.hostComponent)`, not nullable.
    pub components: rt::Field<::std::vec::Vec<crate::v1::security::HostComponent>>,
    /// CSDL: navigation property `cookies`: `Collection(microsoft.graph.security.hostCookie)`, not nullable.
    pub cookies: rt::Field<::std::vec::Vec<crate::v1::security::HostCookie>>,
    /// CSDL: navigation property `hostPairs`: `Collection(microsoft.graph.security.hostPair)`, not nullable.
    pub host_pairs: rt::Field<::std::vec::Vec<crate::v1::security::HostPair>>,
    /// CSDL: navigation property `parentHostPairs`: `Collection(microsoft.graph.security.hostPair)`, not nullable.
    pub parent_host_pairs: rt::Field<::std::vec::Vec<crate::v1::security::HostPair>>,
    /// CSDL: navigation property `passiveDns`: `Collection(microsoft.graph.security.passiveDnsRecord)`, not nullable.
    pub passive_dns: rt::Field<::std::vec::Vec<crate::v1::security::PassiveDnsRecord>>,
    /// CSDL: navigation property `passiveDnsReverse`: `Collection(microsoft.graph.security.passiveDnsRecord)`, not nullable.
    pub passive_dns_reverse: rt::Field<
        ::std::vec::Vec<crate::v1::security::PassiveDnsRecord>,
    >,
    /// CSDL: navigation property `ports`: `Collection(microsoft.graph.security.hostPort)`, not nullable.
    pub ports: rt::Field<::std::vec::Vec<crate::v1::security::HostPort>>,
    /// CSDL: containment navigation property `reputation`: `microsoft.graph.security.hostReputation`, nullable.
    pub reputation: rt::Field<crate::v1::security::HostReputation>,
    /// CSDL: navigation property `sslCertificates`: `Collection(microsoft.graph.security.hostSslCertificate)`, not nullable.
    pub ssl_certificates: rt::Field<
        ::std::vec::Vec<crate::v1::security::HostSslCertificate>,
    >,
    /// CSDL: navigation property `subdomains`: `Collection(microsoft.graph.security.subdomain)`, not nullable.
    pub subdomains: rt::Field<::std::vec::Vec<crate::v1::security::Subdomain>>,
    /// CSDL: navigation property `trackers`: `Collection(microsoft.graph.security.hostTracker)`, not nullable.
    pub trackers: rt::Field<::std::vec::Vec<crate::v1::security::HostTracker>>,
    /// CSDL: navigation property `whois`: `microsoft.graph.security.whoisRecord`, nullable.
    pub whois: rt::Field<crate::v1::security::WhoisRecord>,
    /// CSDL: property `autonomousSystem`: `microsoft.graph.security.autonomousSystem`, nullable.
    pub autonomous_system: rt::Field<crate::v1::security::AutonomousSystem>,
    /// CSDL: property `countryOrRegion`: `Edm.String`, nullable.
    pub country_or_region: rt::Field<::std::string::String>,
    /// CSDL: property `hostingProvider`: `Edm.String`, nullable.
    pub hosting_provider: rt::Field<::std::string::String>,
    /// CSDL: property `netblock`: `Edm.String`, nullable.
    pub netblock: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for IpAddress {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            first_seen_date_time: rt::Field::Absent,
            last_seen_date_time: rt::Field::Absent,
            child_host_pairs: rt::Field::Absent,
            components: rt::Field::Absent,
            cookies: rt::Field::Absent,
            host_pairs: rt::Field::Absent,
            parent_host_pairs: rt::Field::Absent,
            passive_dns: rt::Field::Absent,
            passive_dns_reverse: rt::Field::Absent,
            ports: rt::Field::Absent,
            reputation: rt::Field::Absent,
            ssl_certificates: rt::Field::Absent,
            subdomains: rt::Field::Absent,
            trackers: rt::Field::Absent,
            whois: rt::Field::Absent,
            autonomous_system: rt::Field::Absent,
            country_or_region: rt::Field::Absent,
            hosting_provider: rt::Field::Absent,
            netblock: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for IpAddress {
    const TYPE_NAME: &'static str = "microsoft.graph.security.ipAddress";
    const KEYS: &'static [&'static str] = &[
        "id",
        "firstSeenDateTime",
        "lastSeenDateTime",
        "childHostPairs",
        "components",
        "cookies",
        "hostPairs",
        "parentHostPairs",
        "passiveDns",
        "passiveDnsReverse",
        "ports",
        "reputation",
        "sslCertificates",
        "subdomains",
        "trackers",
        "whois",
        "autonomousSystem",
        "countryOrRegion",
        "hostingProvider",
        "netblock",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"firstSeenDateTime\":            ",
        ",\"lastSeenDateTime\":             ",
        ",\"childHostPairs\":               ",
        ",\"components\":                   ",
        ",\"cookies\":                      ",
        ",\"hostPairs\":                    ",
        ",\"parentHostPairs\":              ",
        ",\"passiveDns\":                   ",
        ",\"passiveDnsReverse\":            ",
        ",\"ports\":                        ",
        ",\"reputation\":                   ",
        ",\"sslCertificates\":              ",
        ",\"subdomains\":                   ",
        ",\"trackers\":                     ",
        ",\"whois\":                        ",
        ",\"autonomousSystem\":             ",
        ",\"countryOrRegion\":              ",
        ",\"hostingProvider\":              ",
        ",\"netblock\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.ipAddress\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "first_seen_date_time", &self.first_seen_date_time);
        v.field(2usize, "last_seen_date_time", &self.last_seen_date_time);
        v.field(3usize, "child_host_pairs", &self.child_host_pairs);
        v.field(4usize, "components", &self.components);
        v.field(5usize, "cookies", &self.cookies);
        v.field(6usize, "host_pairs", &self.host_pairs);
        v.field(7usize, "parent_host_pairs", &self.parent_host_pairs);
        v.field(8usize, "passive_dns", &self.passive_dns);
        v.field(9usize, "passive_dns_reverse", &self.passive_dns_reverse);
        v.field(10usize, "ports", &self.ports);
        v.field(11usize, "reputation", &self.reputation);
        v.field(12usize, "ssl_certificates", &self.ssl_certificates);
        v.field(13usize, "subdomains", &self.subdomains);
        v.field(14usize, "trackers", &self.trackers);
        v.field(15usize, "whois", &self.whois);
        v.field(16usize, "autonomous_system", &self.autonomous_system);
        v.field(17usize, "country_or_region", &self.country_or_region);
        v.field(18usize, "hosting_provider", &self.hosting_provider);
        v.field(19usize, "netblock", &self.netblock);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for IpAddress {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.first_seen_date_time.read_from(r),
            2usize => self.last_seen_date_time.read_from(r),
            3usize => self.child_host_pairs.read_from(r),
            4usize => self.components.read_from(r),
            5usize => self.cookies.read_from(r),
            6usize => self.host_pairs.read_from(r),
            7usize => self.parent_host_pairs.read_from(r),
            8usize => self.passive_dns.read_from(r),
            9usize => self.passive_dns_reverse.read_from(r),
            10usize => self.ports.read_from(r),
            11usize => self.reputation.read_from(r),
            12usize => self.ssl_certificates.read_from(r),
            13usize => self.subdomains.read_from(r),
            14usize => self.trackers.read_from(r),
            15usize => self.whois.read_from(r),
            16usize => self.autonomous_system.read_from(r),
            17usize => self.country_or_region.read_from(r),
            18usize => self.hosting_provider.read_from(r),
            19usize => self.netblock.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.first_seen_date_time);
        w.field(2usize, &self.last_seen_date_time);
        w.field(3usize, &self.child_host_pairs);
        w.field(4usize, &self.components);
        w.field(5usize, &self.cookies);
        w.field(6usize, &self.host_pairs);
        w.field(7usize, &self.parent_host_pairs);
        w.field(8usize, &self.passive_dns);
        w.field(9usize, &self.passive_dns_reverse);
        w.field(10usize, &self.ports);
        w.field(11usize, &self.reputation);
        w.field(12usize, &self.ssl_certificates);
        w.field(13usize, &self.subdomains);
        w.field(14usize, &self.trackers);
        w.field(15usize, &self.whois);
        w.field(16usize, &self.autonomous_system);
        w.field(17usize, &self.country_or_region);
        w.field(18usize, &self.hosting_provider);
        w.field(19usize, &self.netblock);
    }
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
rt::impl_object!(IpAddress);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    IpAddress { with_id id : ::std::string::String; with_first_seen_date_time
    first_seen_date_time : rt::edm::DateTimeOffset; with_last_seen_date_time
    last_seen_date_time : rt::edm::DateTimeOffset; with_child_host_pairs child_host_pairs
    : ::std::vec::Vec < crate ::v1::security::HostPair >; with_components components :
    ::std::vec::Vec < crate ::v1::security::HostComponent >; with_cookies cookies :
    ::std::vec::Vec < crate ::v1::security::HostCookie >; with_host_pairs host_pairs :
    ::std::vec::Vec < crate ::v1::security::HostPair >; with_parent_host_pairs
    parent_host_pairs : ::std::vec::Vec < crate ::v1::security::HostPair >;
    with_passive_dns passive_dns : ::std::vec::Vec < crate
    ::v1::security::PassiveDnsRecord >; with_passive_dns_reverse passive_dns_reverse :
    ::std::vec::Vec < crate ::v1::security::PassiveDnsRecord >; with_ports ports :
    ::std::vec::Vec < crate ::v1::security::HostPort >; with_reputation reputation :
    crate ::v1::security::HostReputation; with_ssl_certificates ssl_certificates :
    ::std::vec::Vec < crate ::v1::security::HostSslCertificate >; with_subdomains
    subdomains : ::std::vec::Vec < crate ::v1::security::Subdomain >; with_trackers
    trackers : ::std::vec::Vec < crate ::v1::security::HostTracker >; with_whois whois :
    crate ::v1::security::WhoisRecord; with_autonomous_system autonomous_system : crate
    ::v1::security::AutonomousSystem; with_country_or_region country_or_region :
    ::std::string::String; with_hosting_provider hosting_provider :
    ::std::string::String; with_netblock netblock : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(IpAddress);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.ipEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct IpEvidence {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `detailedRoles`: `Collection(Edm.String)`, nullable.
    pub detailed_roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `remediationStatus`: `microsoft.graph.security.evidenceRemediationStatus`, not nullable.
    pub remediation_status: rt::Field<crate::v1::security::EvidenceRemediationStatus>,
    /// CSDL: property `remediationStatusDetails`: `Edm.String`, nullable.
    pub remediation_status_details: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(microsoft.graph.security.evidenceRole)`, not nullable.
    pub roles: rt::Field<::std::vec::Vec<crate::v1::security::EvidenceRole>>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `verdict`: `microsoft.graph.security.evidenceVerdict`, not nullable.
    pub verdict: rt::Field<crate::v1::security::EvidenceVerdict>,
    /// CSDL: property `countryLetterCode`: `Edm.String`, nullable.
    pub country_letter_code: rt::Field<::std::string::String>,
    /// CSDL: property `ipAddress`: `Edm.String`, nullable.
    pub ip_address: rt::Field<::std::string::String>,
    /// CSDL: property `location`: `microsoft.graph.security.geoLocation`, nullable.
    pub location: rt::Field<crate::v1::security::GeoLocation>,
    /// CSDL: property `stream`: `microsoft.graph.security.stream`, nullable.
    pub stream: rt::Field<crate::v1::security::Stream>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for IpEvidence {
    #[inline]
    fn default() -> Self {
        Self {
            created_date_time: rt::Field::Absent,
            detailed_roles: rt::Field::Absent,
            remediation_status: rt::Field::Absent,
            remediation_status_details: rt::Field::Absent,
            roles: rt::Field::Absent,
            tags: rt::Field::Absent,
            verdict: rt::Field::Absent,
            country_letter_code: rt::Field::Absent,
            ip_address: rt::Field::Absent,
            location: rt::Field::Absent,
            stream: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for IpEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.ipEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "countryLetterCode",
        "ipAddress",
        "location",
        "stream",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"countryLetterCode\":            ",
        ",\"ipAddress\":                    ",
        ",\"location\":                     ",
        ",\"stream\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.ipEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "country_letter_code", &self.country_letter_code);
        v.field(8usize, "ip_address", &self.ip_address);
        v.field(9usize, "location", &self.location);
        v.field(10usize, "stream", &self.stream);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for IpEvidence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_date_time.read_from(r),
            1usize => self.detailed_roles.read_from(r),
            2usize => self.remediation_status.read_from(r),
            3usize => self.remediation_status_details.read_from(r),
            4usize => self.roles.read_from(r),
            5usize => self.tags.read_from(r),
            6usize => self.verdict.read_from(r),
            7usize => self.country_letter_code.read_from(r),
            8usize => self.ip_address.read_from(r),
            9usize => self.location.read_from(r),
            10usize => self.stream.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_date_time);
        w.field(1usize, &self.detailed_roles);
        w.field(2usize, &self.remediation_status);
        w.field(3usize, &self.remediation_status_details);
        w.field(4usize, &self.roles);
        w.field(5usize, &self.tags);
        w.field(6usize, &self.verdict);
        w.field(7usize, &self.country_letter_code);
        w.field(8usize, &self.ip_address);
        w.field(9usize, &self.location);
        w.field(10usize, &self.stream);
    }
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
rt::impl_object!(IpEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    IpEvidence { with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_detailed_roles detailed_roles : ::std::vec::Vec < ::std::string::String >;
    with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_country_letter_code country_letter_code :
    ::std::string::String; with_ip_address ip_address : ::std::string::String;
    with_location location : crate ::v1::security::GeoLocation; with_stream stream :
    crate ::v1::security::Stream; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(IpEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for IRM Activity Audit Trail events.
///
/// CSDL: `microsoft.graph.security.irmActivityAuditTrailRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct IrmActivityAuditTrailRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for IrmActivityAuditTrailRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for IrmActivityAuditTrailRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.irmActivityAuditTrailRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.irmActivityAuditTrailRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for IrmActivityAuditTrailRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.dynamic_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.dynamic_properties);
    }
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
rt::impl_object!(IrmActivityAuditTrailRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    IrmActivityAuditTrailRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(IrmActivityAuditTrailRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for IRM User Defined Detection events.
///
/// CSDL: `microsoft.graph.security.irmUserDefinedDetectionRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct IrmUserDefinedDetectionRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for IrmUserDefinedDetectionRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for IrmUserDefinedDetectionRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.irmUserDefinedDetectionRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.irmUserDefinedDetectionRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for IrmUserDefinedDetectionRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.dynamic_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.dynamic_properties);
    }
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
rt::impl_object!(IrmUserDefinedDetectionRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    IrmUserDefinedDetectionRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(IrmUserDefinedDetectionRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.itemsToInclude`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ItemsToInclude {
    /// `searchHits` (value 1).
    SearchHits,
    /// `partiallyIndexed` (value 2).
    PartiallyIndexed,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for ItemsToInclude {
    const TYPE_NAME: &'static str = "microsoft.graph.security.itemsToInclude";
    const MEMBERS: &'static [&'static str] = &[
        "searchHits",
        "partiallyIndexed",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "searchHits" => Self::SearchHits,
                "partiallyIndexed" => Self::PartiallyIndexed,
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
            Self::SearchHits => "searchHits",
            Self::PartiallyIndexed => "partiallyIndexed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(ItemsToInclude);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ItemsToInclude);
