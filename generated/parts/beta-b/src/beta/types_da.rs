//! Types of `microsoft.graph` by the first letters of their names (`da`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_data_classification_or_search)]
/// CSDL: `microsoft.graph.dataClassificationService`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DataClassificationServicePath`](requests/trait.DataClassificationServicePath.html), what a path to one (`EntityPath<DataClassificationService, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
#[derive(Clone)]
pub struct DataClassificationService {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `exactMatchDataStores`: `Collection(microsoft.graph.exactMatchDataStore)`, not nullable.
    pub exact_match_data_stores: rt::Field<
        ::std::vec::Vec<crate::beta::ExactMatchDataStore>,
    >,
    /// CSDL: containment navigation property `classifyFile`: `Collection(microsoft.graph.fileClassificationRequest)`, not nullable.
    pub classify_file: rt::Field<
        ::std::vec::Vec<crate::beta::FileClassificationRequest>,
    >,
    /// CSDL: containment navigation property `classifyFileJobs`: `Collection(microsoft.graph.jobResponseBase)`, not nullable.
    pub classify_file_jobs: rt::Field<::std::vec::Vec<crate::beta::AnyJobResponseBase>>,
    /// CSDL: containment navigation property `classifyText`: `Collection(microsoft.graph.textClassificationRequest)`, not nullable.
    pub classify_text: rt::Field<
        ::std::vec::Vec<crate::beta::TextClassificationRequest>,
    >,
    /// CSDL: containment navigation property `classifyTextJobs`: `Collection(microsoft.graph.jobResponseBase)`, not nullable.
    pub classify_text_jobs: rt::Field<::std::vec::Vec<crate::beta::AnyJobResponseBase>>,
    /// CSDL: containment navigation property `evaluateDlpPoliciesJobs`: `Collection(microsoft.graph.jobResponseBase)`, not nullable.
    pub evaluate_dlp_policies_jobs: rt::Field<
        ::std::vec::Vec<crate::beta::AnyJobResponseBase>,
    >,
    /// CSDL: containment navigation property `evaluateLabelJobs`: `Collection(microsoft.graph.jobResponseBase)`, not nullable.
    pub evaluate_label_jobs: rt::Field<::std::vec::Vec<crate::beta::AnyJobResponseBase>>,
    /// CSDL: containment navigation property `jobs`: `Collection(microsoft.graph.jobResponseBase)`, not nullable.
    pub jobs: rt::Field<::std::vec::Vec<crate::beta::AnyJobResponseBase>>,
    /// CSDL: containment navigation property `sensitiveTypes`: `Collection(microsoft.graph.sensitiveType)`, not nullable.
    pub sensitive_types: rt::Field<::std::vec::Vec<crate::beta::SensitiveType>>,
    /// CSDL: containment navigation property `sensitivityLabels`: `Collection(microsoft.graph.sensitivityLabel)`, not nullable.
    pub sensitivity_labels: rt::Field<::std::vec::Vec<crate::beta::SensitivityLabel>>,
    /// CSDL: containment navigation property `exactMatchUploadAgents`: `Collection(microsoft.graph.exactMatchUploadAgent)`, not nullable.
    pub exact_match_upload_agents: rt::Field<
        ::std::vec::Vec<crate::beta::ExactMatchUploadAgent>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::default::Default for DataClassificationService {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            exact_match_data_stores: rt::Field::Absent,
            classify_file: rt::Field::Absent,
            classify_file_jobs: rt::Field::Absent,
            classify_text: rt::Field::Absent,
            classify_text_jobs: rt::Field::Absent,
            evaluate_dlp_policies_jobs: rt::Field::Absent,
            evaluate_label_jobs: rt::Field::Absent,
            jobs: rt::Field::Absent,
            sensitive_types: rt::Field::Absent,
            sensitivity_labels: rt::Field::Absent,
            exact_match_upload_agents: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::Object for DataClassificationService {
    const TYPE_NAME: &'static str = "microsoft.graph.dataClassificationService";
    const KEYS: &'static [&'static str] = &[
        "id",
        "exactMatchDataStores",
        "classifyFile",
        "classifyFileJobs",
        "classifyText",
        "classifyTextJobs",
        "evaluateDlpPoliciesJobs",
        "evaluateLabelJobs",
        "jobs",
        "sensitiveTypes",
        "sensitivityLabels",
        "exactMatchUploadAgents",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"exactMatchDataStores\":         ",
        ",\"classifyFile\":                 ",
        ",\"classifyFileJobs\":             ",
        ",\"classifyText\":                 ",
        ",\"classifyTextJobs\":             ",
        ",\"evaluateDlpPoliciesJobs\":      ",
        ",\"evaluateLabelJobs\":            ",
        ",\"jobs\":                         ",
        ",\"sensitiveTypes\":               ",
        ",\"sensitivityLabels\":            ",
        ",\"exactMatchUploadAgents\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dataClassificationService\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "exact_match_data_stores", &self.exact_match_data_stores);
        v.field(2usize, "classify_file", &self.classify_file);
        v.field(3usize, "classify_file_jobs", &self.classify_file_jobs);
        v.field(4usize, "classify_text", &self.classify_text);
        v.field(5usize, "classify_text_jobs", &self.classify_text_jobs);
        v.field(6usize, "evaluate_dlp_policies_jobs", &self.evaluate_dlp_policies_jobs);
        v.field(7usize, "evaluate_label_jobs", &self.evaluate_label_jobs);
        v.field(8usize, "jobs", &self.jobs);
        v.field(9usize, "sensitive_types", &self.sensitive_types);
        v.field(10usize, "sensitivity_labels", &self.sensitivity_labels);
        v.field(11usize, "exact_match_upload_agents", &self.exact_match_upload_agents);
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::object::Members for DataClassificationService {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.exact_match_data_stores.read_from(r),
            2usize => self.classify_file.read_from(r),
            3usize => self.classify_file_jobs.read_from(r),
            4usize => self.classify_text.read_from(r),
            5usize => self.classify_text_jobs.read_from(r),
            6usize => self.evaluate_dlp_policies_jobs.read_from(r),
            7usize => self.evaluate_label_jobs.read_from(r),
            8usize => self.jobs.read_from(r),
            9usize => self.sensitive_types.read_from(r),
            10usize => self.sensitivity_labels.read_from(r),
            11usize => self.exact_match_upload_agents.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.exact_match_data_stores);
        w.field(2usize, &self.classify_file);
        w.field(3usize, &self.classify_file_jobs);
        w.field(4usize, &self.classify_text);
        w.field(5usize, &self.classify_text_jobs);
        w.field(6usize, &self.evaluate_dlp_policies_jobs);
        w.field(7usize, &self.evaluate_label_jobs);
        w.field(8usize, &self.jobs);
        w.field(9usize, &self.sensitive_types);
        w.field(10usize, &self.sensitivity_labels);
        w.field(11usize, &self.exact_match_upload_agents);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_object!(DataClassificationService);
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_setters!(
    DataClassificationService { with_id id : ::std::string::String;
    with_exact_match_data_stores exact_match_data_stores : ::std::vec::Vec < crate
    ::beta::ExactMatchDataStore >; with_classify_file classify_file : ::std::vec::Vec <
    crate ::beta::FileClassificationRequest >; with_classify_file_jobs classify_file_jobs
    : ::std::vec::Vec < crate ::beta::AnyJobResponseBase >; with_classify_text
    classify_text : ::std::vec::Vec < crate ::beta::TextClassificationRequest >;
    with_classify_text_jobs classify_text_jobs : ::std::vec::Vec < crate
    ::beta::AnyJobResponseBase >; with_evaluate_dlp_policies_jobs
    evaluate_dlp_policies_jobs : ::std::vec::Vec < crate ::beta::AnyJobResponseBase >;
    with_evaluate_label_jobs evaluate_label_jobs : ::std::vec::Vec < crate
    ::beta::AnyJobResponseBase >; with_jobs jobs : ::std::vec::Vec < crate
    ::beta::AnyJobResponseBase >; with_sensitive_types sensitive_types : ::std::vec::Vec
    < crate ::beta::SensitiveType >; with_sensitivity_labels sensitivity_labels :
    ::std::vec::Vec < crate ::beta::SensitivityLabel >; with_exact_match_upload_agents
    exact_match_upload_agents : ::std::vec::Vec < crate ::beta::ExactMatchUploadAgent >;
    }
);
#[cfg(msgraph_beta_data_classification_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DataClassificationService);
#[cfg(msgraph_beta_device_management_or_search)]
/// Data sharing consent information.
///
/// CSDL: `microsoft.graph.dataSharingConsent`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DataSharingConsentPath`](requests/trait.DataSharingConsentPath.html), what a path to one (`EntityPath<DataSharingConsent, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DataSharingConsent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The time consent was granted for this account
    ///
    /// CSDL: property `grantDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub grant_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The granted state for the data sharing consent
    ///
    /// CSDL: property `granted`: `Edm.Boolean`, not nullable.
    pub granted: rt::Field<bool>,
    /// The Upn of the user that granted consent for this account
    ///
    /// CSDL: property `grantedByUpn`: `Edm.String`, nullable.
    pub granted_by_upn: rt::Field<::std::string::String>,
    /// The UserId of the user that granted consent for this account
    ///
    /// CSDL: property `grantedByUserId`: `Edm.String`, nullable.
    pub granted_by_user_id: rt::Field<::std::string::String>,
    /// The display name of the service work flow
    ///
    /// CSDL: property `serviceDisplayName`: `Edm.String`, nullable.
    pub service_display_name: rt::Field<::std::string::String>,
    /// The TermsUrl for the data sharing consent
    ///
    /// CSDL: property `termsUrl`: `Edm.String`, nullable.
    pub terms_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DataSharingConsent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            grant_date_time: rt::Field::Absent,
            granted: rt::Field::Absent,
            granted_by_upn: rt::Field::Absent,
            granted_by_user_id: rt::Field::Absent,
            service_display_name: rt::Field::Absent,
            terms_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DataSharingConsent {
    const TYPE_NAME: &'static str = "microsoft.graph.dataSharingConsent";
    const KEYS: &'static [&'static str] = &[
        "id",
        "grantDateTime",
        "granted",
        "grantedByUpn",
        "grantedByUserId",
        "serviceDisplayName",
        "termsUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"grantDateTime\":                ",
        ",\"granted\":                      ",
        ",\"grantedByUpn\":                 ",
        ",\"grantedByUserId\":              ",
        ",\"serviceDisplayName\":           ",
        ",\"termsUrl\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dataSharingConsent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "grant_date_time", &self.grant_date_time);
        v.field(2usize, "granted", &self.granted);
        v.field(3usize, "granted_by_upn", &self.granted_by_upn);
        v.field(4usize, "granted_by_user_id", &self.granted_by_user_id);
        v.field(5usize, "service_display_name", &self.service_display_name);
        v.field(6usize, "terms_url", &self.terms_url);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DataSharingConsent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.grant_date_time.read_from(r),
            2usize => self.granted.read_from(r),
            3usize => self.granted_by_upn.read_from(r),
            4usize => self.granted_by_user_id.read_from(r),
            5usize => self.service_display_name.read_from(r),
            6usize => self.terms_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.grant_date_time);
        w.field(2usize, &self.granted);
        w.field(3usize, &self.granted_by_upn);
        w.field(4usize, &self.granted_by_user_id);
        w.field(5usize, &self.service_display_name);
        w.field(6usize, &self.terms_url);
    }
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
rt::impl_object!(DataSharingConsent);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DataSharingConsent { with_id id : ::std::string::String; with_grant_date_time
    grant_date_time : rt::edm::DateTimeOffset; with_granted granted : bool;
    with_granted_by_upn granted_by_upn : ::std::string::String; with_granted_by_user_id
    granted_by_user_id : ::std::string::String; with_service_display_name
    service_display_name : ::std::string::String; with_terms_url terms_url :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DataSharingConsent);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.dataStoreField`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct DataStoreField {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `searchable`: `Edm.Boolean`, nullable.
    pub searchable: rt::Field<bool>,
    /// CSDL: property `unique`: `Edm.Boolean`, nullable.
    pub unique: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for DataStoreField {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            searchable: rt::Field::Absent,
            unique: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for DataStoreField {
    const TYPE_NAME: &'static str = "microsoft.graph.dataStoreField";
    const KEYS: &'static [&'static str] = &["name", "searchable", "unique"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"searchable\":                   ",
        ",\"unique\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dataStoreField\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "searchable", &self.searchable);
        v.field(2usize, "unique", &self.unique);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for DataStoreField {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.searchable.read_from(r),
            2usize => self.unique.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.searchable);
        w.field(2usize, &self.unique);
    }
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
rt::impl_object!(DataStoreField);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    DataStoreField { with_name name : ::std::string::String; with_searchable searchable :
    bool; with_unique unique : bool; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(DataStoreField);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.dataType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DataType {
    /// `none` (value 0).
    None,
    /// `boolean` (value 1).
    Boolean,
    /// `int64` (value 2).
    Int64,
    /// `double` (value 3).
    Double,
    /// `string` (value 4).
    String,
    /// `dateTime` (value 5).
    DateTime,
    /// `version` (value 6).
    Version,
    /// `base64` (value 7).
    Base64,
    /// `xml` (value 8).
    Xml,
    /// `booleanArray` (value 9).
    BooleanArray,
    /// `int64Array` (value 10).
    Int64Array,
    /// `doubleArray` (value 11).
    DoubleArray,
    /// `stringArray` (value 12).
    StringArray,
    /// `dateTimeArray` (value 13).
    DateTimeArray,
    /// `versionArray` (value 14).
    VersionArray,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DataType {
    const TYPE_NAME: &'static str = "microsoft.graph.dataType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "boolean",
        "int64",
        "double",
        "string",
        "dateTime",
        "version",
        "base64",
        "xml",
        "booleanArray",
        "int64Array",
        "doubleArray",
        "stringArray",
        "dateTimeArray",
        "versionArray",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "boolean" => Self::Boolean,
                "int64" => Self::Int64,
                "double" => Self::Double,
                "string" => Self::String,
                "dateTime" => Self::DateTime,
                "version" => Self::Version,
                "base64" => Self::Base64,
                "xml" => Self::Xml,
                "booleanArray" => Self::BooleanArray,
                "int64Array" => Self::Int64Array,
                "doubleArray" => Self::DoubleArray,
                "stringArray" => Self::StringArray,
                "dateTimeArray" => Self::DateTimeArray,
                "versionArray" => Self::VersionArray,
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
            Self::Boolean => "boolean",
            Self::Int64 => "int64",
            Self::Double => "double",
            Self::String => "string",
            Self::DateTime => "dateTime",
            Self::Version => "version",
            Self::Base64 => "base64",
            Self::Xml => "xml",
            Self::BooleanArray => "booleanArray",
            Self::Int64Array => "int64Array",
            Self::DoubleArray => "doubleArray",
            Self::StringArray => "stringArray",
            Self::DateTimeArray => "dateTimeArray",
            Self::VersionArray => "versionArray",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DataType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DataType);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.dateTimeTimeZoneType`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct DateTimeTimeZoneType {
    /// CSDL: property `dateTime`: `Edm.String`, not nullable.
    pub date_time: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for DateTimeTimeZoneType {
    #[inline]
    fn default() -> Self {
        Self {
            date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for DateTimeTimeZoneType {
    const TYPE_NAME: &'static str = "microsoft.graph.dateTimeTimeZoneType";
    const KEYS: &'static [&'static str] = &["dateTime"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dateTime\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.dateTimeTimeZoneType\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "date_time", &self.date_time);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for DateTimeTimeZoneType {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.date_time);
    }
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
rt::impl_object!(DateTimeTimeZoneType);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    DateTimeTimeZoneType { with_date_time date_time : ::std::string::String; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(DateTimeTimeZoneType);
