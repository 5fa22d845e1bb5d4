//! Types of `microsoft.graph.security` by the first letters of their names (`auditl_audits`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_search_or_security)]
/// Represents a query against the unified audit log.
///
/// CSDL: `microsoft.graph.security.auditLogQuery`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AuditLogQueryPath`](../requests/security/trait.AuditLogQueryPath.html), what a path to one (`EntityPath<AuditLogQuery, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AuditLogQuery {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `administrativeUnitIdFilters`: `Collection(Edm.String)`, nullable.
    pub administrative_unit_id_filters: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `filterEndDateTime`: `Edm.DateTimeOffset`, nullable.
    pub filter_end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `filterStartDateTime`: `Edm.DateTimeOffset`, nullable.
    pub filter_start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `ipAddressFilters`: `Collection(Edm.String)`, nullable.
    pub ip_address_filters: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `keywordFilter`: `Edm.String`, nullable.
    pub keyword_filter: rt::Field<::std::string::String>,
    /// CSDL: property `objectIdFilters`: `Collection(Edm.String)`, nullable.
    pub object_id_filters: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `operationFilters`: `Collection(Edm.String)`, nullable.
    pub operation_filters: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `recordTypeFilters`: `Collection(microsoft.graph.security.auditLogRecordType)`, nullable.
    pub record_type_filters: rt::Field<
        ::std::vec::Vec<crate::v1::security::AuditLogRecordType>,
    >,
    /// CSDL: property `serviceFilters`: `Collection(Edm.String)`, nullable.
    pub service_filters: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `status`: `microsoft.graph.security.auditLogQueryStatus`, nullable.
    pub status: rt::Field<crate::v1::security::AuditLogQueryStatus>,
    /// CSDL: property `userPrincipalNameFilters`: `Collection(Edm.String)`, nullable.
    pub user_principal_name_filters: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: containment navigation property `records`: `Collection(microsoft.graph.security.auditLogRecord)`, not nullable.
    pub records: rt::Field<::std::vec::Vec<crate::v1::security::AuditLogRecord>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AuditLogQuery {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            administrative_unit_id_filters: rt::Field::Absent,
            display_name: rt::Field::Absent,
            filter_end_date_time: rt::Field::Absent,
            filter_start_date_time: rt::Field::Absent,
            ip_address_filters: rt::Field::Absent,
            keyword_filter: rt::Field::Absent,
            object_id_filters: rt::Field::Absent,
            operation_filters: rt::Field::Absent,
            record_type_filters: rt::Field::Absent,
            service_filters: rt::Field::Absent,
            status: rt::Field::Absent,
            user_principal_name_filters: rt::Field::Absent,
            records: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AuditLogQuery {
    const TYPE_NAME: &'static str = "microsoft.graph.security.auditLogQuery";
    const KEYS: &'static [&'static str] = &[
        "id",
        "administrativeUnitIdFilters",
        "displayName",
        "filterEndDateTime",
        "filterStartDateTime",
        "ipAddressFilters",
        "keywordFilter",
        "objectIdFilters",
        "operationFilters",
        "recordTypeFilters",
        "serviceFilters",
        "status",
        "userPrincipalNameFilters",
        "records",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"administrativeUnitIdFilters\":  ",
        ",\"displayName\":                  ",
        ",\"filterEndDateTime\":            ",
        ",\"filterStartDateTime\":          ",
        ",\"ipAddressFilters\":             ",
        ",\"keywordFilter\":                ",
        ",\"objectIdFilters\":              ",
        ",\"operationFilters\":             ",
        ",\"recordTypeFilters\":            ",
        ",\"serviceFilters\":               ",
        ",\"status\":                       ",
        ",\"userPrincipalNameFilters\":     ",
        ",\"records\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.auditLogQuery\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "administrative_unit_id_filters",
            &self.administrative_unit_id_filters,
        );
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "filter_end_date_time", &self.filter_end_date_time);
        v.field(4usize, "filter_start_date_time", &self.filter_start_date_time);
        v.field(5usize, "ip_address_filters", &self.ip_address_filters);
        v.field(6usize, "keyword_filter", &self.keyword_filter);
        v.field(7usize, "object_id_filters", &self.object_id_filters);
        v.field(8usize, "operation_filters", &self.operation_filters);
        v.field(9usize, "record_type_filters", &self.record_type_filters);
        v.field(10usize, "service_filters", &self.service_filters);
        v.field(11usize, "status", &self.status);
        v.field(
            12usize,
            "user_principal_name_filters",
            &self.user_principal_name_filters,
        );
        v.field(13usize, "records", &self.records);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AuditLogQuery {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.administrative_unit_id_filters.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.filter_end_date_time.read_from(r),
            4usize => self.filter_start_date_time.read_from(r),
            5usize => self.ip_address_filters.read_from(r),
            6usize => self.keyword_filter.read_from(r),
            7usize => self.object_id_filters.read_from(r),
            8usize => self.operation_filters.read_from(r),
            9usize => self.record_type_filters.read_from(r),
            10usize => self.service_filters.read_from(r),
            11usize => self.status.read_from(r),
            12usize => self.user_principal_name_filters.read_from(r),
            13usize => self.records.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.administrative_unit_id_filters);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.filter_end_date_time);
        w.field(4usize, &self.filter_start_date_time);
        w.field(5usize, &self.ip_address_filters);
        w.field(6usize, &self.keyword_filter);
        w.field(7usize, &self.object_id_filters);
        w.field(8usize, &self.operation_filters);
        w.field(9usize, &self.record_type_filters);
        w.field(10usize, &self.service_filters);
        w.field(11usize, &self.status);
        w.field(12usize, &self.user_principal_name_filters);
        w.field(13usize, &self.records);
    }
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
rt::impl_object!(AuditLogQuery);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AuditLogQuery { with_id id : ::std::string::String;
    with_administrative_unit_id_filters administrative_unit_id_filters : ::std::vec::Vec
    < ::std::string::String >; with_display_name display_name : ::std::string::String;
    with_filter_end_date_time filter_end_date_time : rt::edm::DateTimeOffset;
    with_filter_start_date_time filter_start_date_time : rt::edm::DateTimeOffset;
    with_ip_address_filters ip_address_filters : ::std::vec::Vec < ::std::string::String
    >; with_keyword_filter keyword_filter : ::std::string::String; with_object_id_filters
    object_id_filters : ::std::vec::Vec < ::std::string::String >; with_operation_filters
    operation_filters : ::std::vec::Vec < ::std::string::String >;
    with_record_type_filters record_type_filters : ::std::vec::Vec < crate
    ::v1::security::AuditLogRecordType >; with_service_filters service_filters :
    ::std::vec::Vec < ::std::string::String >; with_status status : crate
    ::v1::security::AuditLogQueryStatus; with_user_principal_name_filters
    user_principal_name_filters : ::std::vec::Vec < ::std::string::String >; with_records
    records : ::std::vec::Vec < crate ::v1::security::AuditLogRecord >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuditLogQuery);
#[cfg(msgraph_v1_search_or_security)]
/// Status of an audit log query.
///
/// CSDL: `microsoft.graph.security.auditLogQueryStatus`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AuditLogQueryStatus {
    /// `notStarted` (value 0).
    NotStarted,
    /// `running` (value 1).
    Running,
    /// `succeeded` (value 2).
    Succeeded,
    /// `failed` (value 3).
    Failed,
    /// `cancelled` (value 4).
    Cancelled,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for AuditLogQueryStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.security.auditLogQueryStatus";
    const MEMBERS: &'static [&'static str] = &[
        "notStarted",
        "running",
        "succeeded",
        "failed",
        "cancelled",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notStarted" => Self::NotStarted,
                "running" => Self::Running,
                "succeeded" => Self::Succeeded,
                "failed" => Self::Failed,
                "cancelled" => Self::Cancelled,
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
            Self::NotStarted => "notStarted",
            Self::Running => "running",
            Self::Succeeded => "succeeded",
            Self::Failed => "failed",
            Self::Cancelled => "cancelled",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(AuditLogQueryStatus);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuditLogQueryStatus);
#[cfg(msgraph_v1_search_or_security)]
/// Represents an individual audit log record.
///
/// CSDL: `microsoft.graph.security.auditLogRecord`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AuditLogRecordPath`](../requests/security/trait.AuditLogRecordPath.html), what a path to one (`EntityPath<AuditLogRecord, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AuditLogRecord {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `administrativeUnits`: `Collection(Edm.String)`, nullable.
    pub administrative_units: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `auditData`: `microsoft.graph.security.auditData`, nullable.
    pub audit_data: rt::Field<crate::v1::security::AnyAuditData>,
    /// CSDL: property `auditLogRecordType`: `microsoft.graph.security.auditLogRecordType`, nullable.
    pub audit_log_record_type: rt::Field<crate::v1::security::AuditLogRecordType>,
    /// CSDL: property `clientIp`: `Edm.String`, nullable.
    pub client_ip: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `objectId`: `Edm.String`, nullable.
    pub object_id: rt::Field<::std::string::String>,
    /// CSDL: property `operation`: `Edm.String`, nullable.
    pub operation: rt::Field<::std::string::String>,
    /// CSDL: property `organizationId`: `Edm.String`, nullable.
    pub organization_id: rt::Field<::std::string::String>,
    /// CSDL: property `service`: `Edm.String`, nullable.
    pub service: rt::Field<::std::string::String>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `userType`: `microsoft.graph.security.auditLogUserType`, nullable.
    pub user_type: rt::Field<crate::v1::security::AuditLogUserType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AuditLogRecord {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            administrative_units: rt::Field::Absent,
            audit_data: rt::Field::Absent,
            audit_log_record_type: rt::Field::Absent,
            client_ip: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            object_id: rt::Field::Absent,
            operation: rt::Field::Absent,
            organization_id: rt::Field::Absent,
            service: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            user_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AuditLogRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.auditLogRecord";
    const KEYS: &'static [&'static str] = &[
        "id",
        "administrativeUnits",
        "auditData",
        "auditLogRecordType",
        "clientIp",
        "createdDateTime",
        "objectId",
        "operation",
        "organizationId",
        "service",
        "userId",
        "userPrincipalName",
        "userType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"administrativeUnits\":          ",
        ",\"auditData\":                    ",
        ",\"auditLogRecordType\":           ",
        ",\"clientIp\":                     ",
        ",\"createdDateTime\":              ",
        ",\"objectId\":                     ",
        ",\"operation\":                    ",
        ",\"organizationId\":               ",
        ",\"service\":                      ",
        ",\"userId\":                       ",
        ",\"userPrincipalName\":            ",
        ",\"userType\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.auditLogRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "administrative_units", &self.administrative_units);
        v.field(2usize, "audit_data", &self.audit_data);
        v.field(3usize, "audit_log_record_type", &self.audit_log_record_type);
        v.field(4usize, "client_ip", &self.client_ip);
        v.field(5usize, "created_date_time", &self.created_date_time);
        v.field(6usize, "object_id", &self.object_id);
        v.field(7usize, "operation", &self.operation);
        v.field(8usize, "organization_id", &self.organization_id);
        v.field(9usize, "service", &self.service);
        v.field(10usize, "user_id", &self.user_id);
        v.field(11usize, "user_principal_name", &self.user_principal_name);
        v.field(12usize, "user_type", &self.user_type);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AuditLogRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.administrative_units.read_from(r),
            2usize => self.audit_data.read_from(r),
            3usize => self.audit_log_record_type.read_from(r),
            4usize => self.client_ip.read_from(r),
            5usize => self.created_date_time.read_from(r),
            6usize => self.object_id.read_from(r),
            7usize => self.operation.read_from(r),
            8usize => self.organization_id.read_from(r),
            9usize => self.service.read_from(r),
            10usize => self.user_id.read_from(r),
            11usize => self.user_principal_name.read_from(r),
            12usize => self.user_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.administrative_units);
        w.field(2usize, &self.audit_data);
        w.field(3usize, &self.audit_log_record_type);
        w.field(4usize, &self.client_ip);
        w.field(5usize, &self.created_date_time);
        w.field(6usize, &self.object_id);
        w.field(7usize, &self.operation);
        w.field(8usize, &self.organization_id);
        w.field(9usize, &self.service);
        w.field(10usize, &self.user_id);
        w.field(11usize, &self.user_principal_name);
        w.field(12usize, &self.user_type);
    }
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
rt::impl_object!(AuditLogRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AuditLogRecord { with_id id : ::std::string::String; with_administrative_units
    administrative_units : ::std::vec::Vec < ::std::string::String >; with_audit_data
    audit_data : crate ::v1::security::AnyAuditData; with_audit_log_record_type
    audit_log_record_type : crate ::v1::security::AuditLogRecordType; with_client_ip
    client_ip : ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_object_id object_id : ::std::string::String;
    with_operation operation : ::std::string::String; with_organization_id
    organization_id : ::std::string::String; with_service service :
    ::std::string::String; with_user_id user_id : ::std::string::String;
    with_user_principal_name user_principal_name : ::std::string::String; with_user_type
    user_type : crate ::v1::security::AuditLogUserType; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuditLogRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Specifies the type of audit log record.
///
/// CSDL: `microsoft.graph.security.auditLogRecordType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AuditLogRecordType {
    /// `ExchangeAdmin` (value 1).
    ExchangeAdmin,
    /// `ExchangeItem` (value 2).
    ExchangeItem,
    /// `ExchangeItemGroup` (value 3).
    ExchangeItemGroup,
    /// `SharePoint` (value 4).
    SharePoint,
    /// `SyntheticProbe` (value 5).
    SyntheticProbe,
    /// `SharePointFileOperation` (value 6).
    SharePointFileOperation,
    /// `OneDrive` (value 7).
    OneDrive,
    /// `AzureActiveDirectory` (value 8).
    AzureActiveDirectory,
    /// `AzureActiveDirectoryAccountLogon` (value 9).
    AzureActiveDirectoryAccountLogon,
    /// `DataCenterSecurityCmdlet` (value 10).
    DataCenterSecurityCmdlet,
    /// `ComplianceDLPSharePoint` (value 11).
    ComplianceDlpSharePoint,
    /// `Sway` (value 12).
    Sway,
    /// `ComplianceDLPExchange` (value 13).
    ComplianceDlpExchange,
    /// `SharePointSharingOperation` (value 14).
    SharePointSharingOperation,
    /// `AzureActiveDirectoryStsLogon` (value 15).
    AzureActiveDirectoryStsLogon,
    /// `SkypeForBusinessPSTNUsage` (value 16).
    SkypeForBusinessPstnUsage,
    /// `SkypeForBusinessUsersBlocked` (value 17).
    SkypeForBusinessUsersBlocked,
    /// `SecurityComplianceCenterEOPCmdlet` (value 18).
    SecurityComplianceCenterEopCmdlet,
    /// `ExchangeAggregatedOperation` (value 19).
    ExchangeAggregatedOperation,
    /// `PowerBIAudit` (value 20).
    PowerBiAudit,
    /// `CRM` (value 21).
    Crm,
    /// `Yammer` (value 22).
    Yammer,
    /// `SkypeForBusinessCmdlets` (value 23).
    SkypeForBusinessCmdlets,
    /// `Discovery` (value 24).
    Discovery,
    /// `MicrosoftTeams` (value 25).
    MicrosoftTeams,
    /// `ThreatIntelligence` (value 28).
    ThreatIntelligence,
    /// `MailSubmission` (value 29).
    MailSubmission,
    /// `MicrosoftFlow` (value 30).
    MicrosoftFlow,
    /// `AeD` (value 31).
    AeD,
    /// `MicrosoftStream` (value 32).
    MicrosoftStream,
    /// `ComplianceDLPSharePointClassification` (value 33).
    ComplianceDlpSharePointClassification,
    /// `ThreatFinder` (value 34).
    ThreatFinder,
    /// `Project` (value 35).
    Project,
    /// `SharePointListOperation` (value 36).
    SharePointListOperation,
    /// `SharePointCommentOperation` (value 37).
    SharePointCommentOperation,
    /// `DataGovernance` (value 38).
    DataGovernance,
    /// `Kaizala` (value 39).
    Kaizala,
    /// `SecurityComplianceAlerts` (value 40).
    SecurityComplianceAlerts,
    /// `ThreatIntelligenceUrl` (value 41).
    ThreatIntelligenceUrl,
    /// `SecurityComplianceInsights` (value 42).
    SecurityComplianceInsights,
    /// `MIPLabel` (value 43).
    MipLabel,
    /// `WorkplaceAnalytics` (value 44).
    WorkplaceAnalytics,
    /// `PowerAppsApp` (value 45).
    PowerAppsApp,
    /// `PowerAppsPlan` (value 46).
    PowerAppsPlan,
    /// `ThreatIntelligenceAtpContent` (value 47).
    ThreatIntelligenceAtpContent,
    /// `LabelContentExplorer` (value 48).
    LabelContentExplorer,
    /// `TeamsHealthcare` (value 49).
    TeamsHealthcare,
    /// `ExchangeItemAggregated` (value 50).
    ExchangeItemAggregated,
    /// `HygieneEvent` (value 51).
    HygieneEvent,
    /// `DataInsightsRestApiAudit` (value 52).
    DataInsightsRestApiAudit,
    /// `InformationBarrierPolicyApplication` (value 53).
    InformationBarrierPolicyApplication,
    /// `SharePointListItemOperation` (value 54).
    SharePointListItemOperation,
    /// `SharePointContentTypeOperation` (value 55).
    SharePointContentTypeOperation,
    /// `SharePointFieldOperation` (value 56).
    SharePointFieldOperation,
    /// `MicrosoftTeamsAdmin` (value 57).
    MicrosoftTeamsAdmin,
    /// `HRSignal` (value 58).
    HrSignal,
    /// `MicrosoftTeamsDevice` (value 59).
    MicrosoftTeamsDevice,
    /// `MicrosoftTeamsAnalytics` (value 60).
    MicrosoftTeamsAnalytics,
    /// `InformationWorkerProtection` (value 61).
    InformationWorkerProtection,
    /// `Campaign` (value 62).
    Campaign,
    /// `DLPEndpoint` (value 63).
    DlpEndpoint,
    /// `AirInvestigation` (value 64).
    AirInvestigation,
    /// `Quarantine` (value 65).
    Quarantine,
    /// `MicrosoftForms` (value 66).
    MicrosoftForms,
    /// `ApplicationAudit` (value 67).
    ApplicationAudit,
    /// `ComplianceSupervisionExchange` (value 68).
    ComplianceSupervisionExchange,
    /// `CustomerKeyServiceEncryption` (value 69).
    CustomerKeyServiceEncryption,
    /// `OfficeNative` (value 70).
    OfficeNative,
    /// `MipAutoLabelSharePointItem` (value 71).
    MipAutoLabelSharePointItem,
    /// `MipAutoLabelSharePointPolicyLocation` (value 72).
    MipAutoLabelSharePointPolicyLocation,
    /// `MicrosoftTeamsShifts` (value 73).
    MicrosoftTeamsShifts,
    /// `SecureScore` (value 74).
    SecureScore,
    /// `MipAutoLabelExchangeItem` (value 75).
    MipAutoLabelExchangeItem,
    /// `CortanaBriefing` (value 76).
    CortanaBriefing,
    /// `Search` (value 77).
    Search,
    /// `WDATPAlerts` (value 78).
    WdatpAlerts,
    /// `PowerPlatformAdminDlp` (value 79).
    PowerPlatformAdminDlp,
    /// `PowerPlatformAdminEnvironment` (value 80).
    PowerPlatformAdminEnvironment,
    /// `MDATPAudit` (value 81).
    MdatpAudit,
    /// `SensitivityLabelPolicyMatch` (value 82).
    SensitivityLabelPolicyMatch,
    /// `SensitivityLabelAction` (value 83).
    SensitivityLabelAction,
    /// `SensitivityLabeledFileAction` (value 84).
    SensitivityLabeledFileAction,
    /// `AttackSim` (value 85).
    AttackSim,
    /// `AirManualInvestigation` (value 86).
    AirManualInvestigation,
    /// `SecurityComplianceRBAC` (value 87).
    SecurityComplianceRbac,
    /// `UserTraining` (value 88).
    UserTraining,
    /// `AirAdminActionInvestigation` (value 89).
    AirAdminActionInvestigation,
    /// `MSTIC` (value 90).
    Mstic,
    /// `PhysicalBadgingSignal` (value 91).
    PhysicalBadgingSignal,
    /// `TeamsEasyApprovals` (value 92).
    TeamsEasyApprovals,
    /// `AipDiscover` (value 93).
    AipDiscover,
    /// `AipSensitivityLabelAction` (value 94).
    AipSensitivityLabelAction,
    /// `AipProtectionAction` (value 95).
    AipProtectionAction,
    /// `AipFileDeleted` (value 96).
    AipFileDeleted,
    /// `AipHeartBeat` (value 97).
    AipHeartBeat,
    /// `MCASAlerts` (value 98).
    McasAlerts,
    /// `OnPremisesFileShareScannerDlp` (value 99).
    OnPremisesFileShareScannerDlp,
    /// `OnPremisesSharePointScannerDlp` (value 100).
    OnPremisesSharePointScannerDlp,
    /// `ExchangeSearch` (value 101).
    ExchangeSearch,
    /// `SharePointSearch` (value 102).
    SharePointSearch,
    /// `PrivacyDataMinimization` (value 103).
    PrivacyDataMinimization,
    /// `LabelAnalyticsAggregate` (value 104).
    LabelAnalyticsAggregate,
    /// `MyAnalyticsSettings` (value 105).
    MyAnalyticsSettings,
    /// `SecurityComplianceUserChange` (value 106).
    SecurityComplianceUserChange,
    /// `ComplianceDLPExchangeClassification` (value 107).
    ComplianceDlpExchangeClassification,
    /// `ComplianceDLPEndpoint` (value 108).
    ComplianceDlpEndpoint,
    /// `MipExactDataMatch` (value 109).
    MipExactDataMatch,
    /// `MSDEResponseActions` (value 110).
    MsdeResponseActions,
    /// `MSDEGeneralSettings` (value 111).
    MsdeGeneralSettings,
    /// `MSDEIndicatorsSettings` (value 112).
    MsdeIndicatorsSettings,
    /// `MS365DCustomDetection` (value 113).
    Ms365dCustomDetection,
    /// `MSDERolesSettings` (value 114).
    MsdeRolesSettings,
    /// `MAPGAlerts` (value 115).
    MapgAlerts,
    /// `MAPGPolicy` (value 116).
    MapgPolicy,
    /// `MAPGRemediation` (value 117).
    MapgRemediation,
    /// `PrivacyRemediationAction` (value 118).
    PrivacyRemediationAction,
    /// `PrivacyDigestEmail` (value 119).
    PrivacyDigestEmail,
    /// `MipAutoLabelSimulationProgress` (value 120).
    MipAutoLabelSimulationProgress,
    /// `MipAutoLabelSimulationCompletion` (value 121).
    MipAutoLabelSimulationCompletion,
    /// `MipAutoLabelProgressFeedback` (value 122).
    MipAutoLabelProgressFeedback,
    /// `DlpSensitiveInformationType` (value 123).
    DlpSensitiveInformationType,
    /// `MipAutoLabelSimulationStatistics` (value 124).
    MipAutoLabelSimulationStatistics,
    /// `LargeContentMetadata` (value 125).
    LargeContentMetadata,
    /// `Microsoft365Group` (value 126).
    Microsoft365Group,
    /// `CDPMlInferencingResult` (value 127).
    CdpMlInferencingResult,
    /// `FilteringMailMetadata` (value 128).
    FilteringMailMetadata,
    /// `CDPClassificationMailItem` (value 129).
    CdpClassificationMailItem,
    /// `CDPClassificationDocument` (value 130).
    CdpClassificationDocument,
    /// `OfficeScriptsRunAction` (value 131).
    OfficeScriptsRunAction,
    /// `FilteringPostMailDeliveryAction` (value 132).
    FilteringPostMailDeliveryAction,
    /// `CDPUnifiedFeedback` (value 133).
    CdpUnifiedFeedback,
    /// `TenantAllowBlockList` (value 134).
    TenantAllowBlockList,
    /// `ConsumptionResource` (value 135).
    ConsumptionResource,
    /// `HealthcareSignal` (value 136).
    HealthcareSignal,
    /// `DlpImportResult` (value 138).
    DlpImportResult,
    /// `CDPCompliancePolicyExecution` (value 139).
    CdpCompliancePolicyExecution,
    /// `MultiStageDisposition` (value 140).
    MultiStageDisposition,
    /// `PrivacyDataMatch` (value 141).
    PrivacyDataMatch,
    /// `FilteringDocMetadata` (value 142).
    FilteringDocMetadata,
    /// `FilteringEmailFeatures` (value 143).
    FilteringEmailFeatures,
    /// `PowerBIDlp` (value 144).
    PowerBiDlp,
    /// `FilteringUrlInfo` (value 145).
    FilteringUrlInfo,
    /// `FilteringAttachmentInfo` (value 146).
    FilteringAttachmentInfo,
    /// `CoreReportingSettings` (value 147).
    CoreReportingSettings,
    /// `ComplianceConnector` (value 148).
    ComplianceConnector,
    /// `PowerPlatformLockboxResourceAccessRequest` (value 149).
    PowerPlatformLockboxResourceAccessRequest,
    /// `PowerPlatformLockboxResourceCommand` (value 150).
    PowerPlatformLockboxResourceCommand,
    /// `CDPPredictiveCodingLabel` (value 151).
    CdpPredictiveCodingLabel,
    /// `CDPCompliancePolicyUserFeedback` (value 152).
    CdpCompliancePolicyUserFeedback,
    /// `WebpageActivityEndpoint` (value 153).
    WebpageActivityEndpoint,
    /// `OMEPortal` (value 154).
    OmePortal,
    /// `CMImprovementActionChange` (value 155).
    CmImprovementActionChange,
    /// `FilteringUrlClick` (value 156).
    FilteringUrlClick,
    /// `MipLabelAnalyticsAuditRecord` (value 157).
    MipLabelAnalyticsAuditRecord,
    /// `FilteringEntityEvent` (value 158).
    FilteringEntityEvent,
    /// `FilteringRuleHits` (value 159).
    FilteringRuleHits,
    /// `FilteringMailSubmission` (value 160).
    FilteringMailSubmission,
    /// `LabelExplorer` (value 161).
    LabelExplorer,
    /// `MicrosoftManagedServicePlatform` (value 162).
    MicrosoftManagedServicePlatform,
    /// `PowerPlatformServiceActivity` (value 163).
    PowerPlatformServiceActivity,
    /// `ScorePlatformGenericAuditRecord` (value 164).
    ScorePlatformGenericAuditRecord,
    /// `FilteringTimeTravelDocMetadata` (value 165).
    FilteringTimeTravelDocMetadata,
    /// `Alert` (value 166).
    Alert,
    /// `AlertStatus` (value 167).
    AlertStatus,
    /// `AlertIncident` (value 168).
    AlertIncident,
    /// `IncidentStatus` (value 169).
    IncidentStatus,
    /// `Case` (value 170).
    Case,
    /// `CaseInvestigation` (value 171).
    CaseInvestigation,
    /// `RecordsManagement` (value 172).
    RecordsManagement,
    /// `PrivacyRemediation` (value 173).
    PrivacyRemediation,
    /// `DataShareOperation` (value 174).
    DataShareOperation,
    /// `CdpDlpSensitive` (value 175).
    CdpDlpSensitive,
    /// `EHRConnector` (value 176).
    EhrConnector,
    /// `FilteringMailGradingResult` (value 177).
    FilteringMailGradingResult,
    /// `PublicFolder` (value 178).
    PublicFolder,
    /// `PrivacyTenantAuditHistoryRecord` (value 179).
    PrivacyTenantAuditHistoryRecord,
    /// `AipScannerDiscoverEvent` (value 180).
    AipScannerDiscoverEvent,
    /// `EduDataLakeDownloadOperation` (value 181).
    EduDataLakeDownloadOperation,
    /// `M365ComplianceConnector` (value 182).
    M365ComplianceConnector,
    /// `MicrosoftGraphDataConnectOperation` (value 183).
    MicrosoftGraphDataConnectOperation,
    /// `MicrosoftPurview` (value 184).
    MicrosoftPurview,
    /// `FilteringEmailContentFeatures` (value 185).
    FilteringEmailContentFeatures,
    /// `PowerPagesSite` (value 186).
    PowerPagesSite,
    /// `PowerAppsResource` (value 187).
    PowerAppsResource,
    /// `PlannerPlan` (value 188).
    PlannerPlan,
    /// `PlannerCopyPlan` (value 189).
    PlannerCopyPlan,
    /// `PlannerTask` (value 190).
    PlannerTask,
    /// `PlannerRoster` (value 191).
    PlannerRoster,
    /// `PlannerPlanList` (value 192).
    PlannerPlanList,
    /// `PlannerTaskList` (value 193).
    PlannerTaskList,
    /// `PlannerTenantSettings` (value 194).
    PlannerTenantSettings,
    /// `ProjectForTheWebProject` (value 195).
    ProjectForTheWebProject,
    /// `ProjectForTheWebTask` (value 196).
    ProjectForTheWebTask,
    /// `ProjectForTheWebRoadmap` (value 197).
    ProjectForTheWebRoadmap,
    /// `ProjectForTheWebRoadmapItem` (value 198).
    ProjectForTheWebRoadmapItem,
    /// `ProjectForTheWebProjectSettings` (value 199).
    ProjectForTheWebProjectSettings,
    /// `ProjectForTheWebRoadmapSettings` (value 200).
    ProjectForTheWebRoadmapSettings,
    /// `QuarantineMetadata` (value 201).
    QuarantineMetadata,
    /// `MicrosoftTodoAudit` (value 202).
    MicrosoftTodoAudit,
    /// `TimeTravelFilteringDocMetadata` (value 203).
    TimeTravelFilteringDocMetadata,
    /// `TeamsQuarantineMetadata` (value 204).
    TeamsQuarantineMetadata,
    /// `SharePointAppPermissionOperation` (value 205).
    SharePointAppPermissionOperation,
    /// `MicrosoftTeamsSensitivityLabelAction` (value 206).
    MicrosoftTeamsSensitivityLabelAction,
    /// `FilteringTeamsMetadata` (value 207).
    FilteringTeamsMetadata,
    /// `FilteringTeamsUrlInfo` (value 208).
    FilteringTeamsUrlInfo,
    /// `FilteringTeamsPostDeliveryAction` (value 209).
    FilteringTeamsPostDeliveryAction,
    /// `MDCAssessments` (value 210).
    MdcAssessments,
    /// `MDCRegulatoryComplianceStandards` (value 211).
    MdcRegulatoryComplianceStandards,
    /// `MDCRegulatoryComplianceControls` (value 212).
    MdcRegulatoryComplianceControls,
    /// `MDCRegulatoryComplianceAssessments` (value 213).
    MdcRegulatoryComplianceAssessments,
    /// `MDCSecurityConnectors` (value 214).
    MdcSecurityConnectors,
    /// `MDADataSecuritySignal` (value 215).
    MdaDataSecuritySignal,
    /// `VivaGoals` (value 216).
    VivaGoals,
    /// `FilteringRuntimeInfo` (value 217).
    FilteringRuntimeInfo,
    /// `AttackSimAdmin` (value 218).
    AttackSimAdmin,
    /// `MicrosoftGraphDataConnectConsent` (value 219).
    MicrosoftGraphDataConnectConsent,
    /// `FilteringAtpDetonationInfo` (value 220).
    FilteringAtpDetonationInfo,
    /// `PrivacyPortal` (value 221).
    PrivacyPortal,
    /// `ManagedTenants` (value 222).
    ManagedTenants,
    /// `UnifiedSimulationMatchedItem` (value 223).
    UnifiedSimulationMatchedItem,
    /// `UnifiedSimulationSummary` (value 224).
    UnifiedSimulationSummary,
    /// `UpdateQuarantineMetadata` (value 225).
    UpdateQuarantineMetadata,
    /// `MS365DSuppressionRule` (value 226).
    Ms365dSuppressionRule,
    /// `PurviewDataMapOperation` (value 227).
    PurviewDataMapOperation,
    /// `FilteringUrlPostClickAction` (value 228).
    FilteringUrlPostClickAction,
    /// `IrmUserDefinedDetectionSignal` (value 229).
    IrmUserDefinedDetectionSignal,
    /// `TeamsUpdates` (value 230).
    TeamsUpdates,
    /// `PlannerRosterSensitivityLabel` (value 231).
    PlannerRosterSensitivityLabel,
    /// `MS365DIncident` (value 232).
    Ms365dIncident,
    /// `FilteringDelistingMetadata` (value 233).
    FilteringDelistingMetadata,
    /// `ComplianceDLPSharePointClassificationExtended` (value 234).
    ComplianceDlpSharePointClassificationExtended,
    /// `MicrosoftDefenderForIdentityAudit` (value 235).
    MicrosoftDefenderForIdentityAudit,
    /// `SupervisoryReviewDayXInsight` (value 236).
    SupervisoryReviewDayXInsight,
    /// `DefenderExpertsforXDRAdmin` (value 237).
    DefenderExpertsforXdrAdmin,
    /// `CDPEdgeBlockedMessage` (value 238).
    CdpEdgeBlockedMessage,
    /// `HostedRpa` (value 239).
    HostedRpa,
    /// `CdpContentExplorerAggregateRecord` (value 240).
    CdpContentExplorerAggregateRecord,
    /// `CDPHygieneAttachmentInfo` (value 241).
    CdpHygieneAttachmentInfo,
    /// `CDPHygieneSummary` (value 242).
    CdpHygieneSummary,
    /// `CDPPostMailDeliveryAction` (value 243).
    CdpPostMailDeliveryAction,
    /// `CDPEmailFeatures` (value 244).
    CdpEmailFeatures,
    /// `CDPHygieneUrlInfo` (value 245).
    CdpHygieneUrlInfo,
    /// `CDPUrlClick` (value 246).
    CdpUrlClick,
    /// `CDPPackageManagerHygieneEvent` (value 247).
    CdpPackageManagerHygieneEvent,
    /// `FilteringDocScan` (value 248).
    FilteringDocScan,
    /// `TimeTravelFilteringDocScan` (value 249).
    TimeTravelFilteringDocScan,
    /// `MAPGOnboard` (value 250).
    MapgOnboard,
    /// `VfamCreatePolicy` (value 251).
    VfamCreatePolicy,
    /// `VfamUpdatePolicy` (value 252).
    VfamUpdatePolicy,
    /// `VfamDeletePolicy` (value 253).
    VfamDeletePolicy,
    /// `M365DAAD` (value 254).
    M365daad,
    /// `CdpColdCrawlStatus` (value 255).
    CdpColdCrawlStatus,
    /// `PowerPlatformAdministratorActivity` (value 256).
    PowerPlatformAdministratorActivity,
    /// `Windows365CustomerLockbox` (value 257).
    Windows365CustomerLockbox,
    /// `CdpResourceScopeChangeEvent` (value 258).
    CdpResourceScopeChangeEvent,
    /// `ComplianceCCExchangeExecutionResult` (value 259).
    ComplianceCcExchangeExecutionResult,
    /// `CdpOcrCostEstimatorRecord` (value 260).
    CdpOcrCostEstimatorRecord,
    /// `CopilotInteraction` (value 261).
    CopilotInteraction,
    /// `CdpOcrBillingRecord` (value 262).
    CdpOcrBillingRecord,
    /// `ComplianceDLPApplications` (value 263).
    ComplianceDlpApplications,
    /// `UAMOperation` (value 264).
    UamOperation,
    /// `VivaLearning` (value 265).
    VivaLearning,
    /// `VivaLearningAdmin` (value 266).
    VivaLearningAdmin,
    /// `PurviewPolicyOperation` (value 267).
    PurviewPolicyOperation,
    /// `PurviewMetadataPolicyOperation` (value 268).
    PurviewMetadataPolicyOperation,
    /// `PeopleAdminSettings` (value 269).
    PeopleAdminSettings,
    /// `CdpComplianceDLPExchangeClassification` (value 270).
    CdpComplianceDlpExchangeClassification,
    /// `CdpComplianceDLPSharePointClassification` (value 271).
    CdpComplianceDlpSharePointClassification,
    /// `FilteringBulkSenderInsightData` (value 272).
    FilteringBulkSenderInsightData,
    /// `FilteringBulkThresholdInsightData` (value 273).
    FilteringBulkThresholdInsightData,
    /// `PrivacyOpenAccess` (value 274).
    PrivacyOpenAccess,
    /// `OWAAuth` (value 275).
    OwaAuth,
    /// `ComplianceDLPApplicationsClassification` (value 276).
    ComplianceDlpApplicationsClassification,
    /// `SharePointESignature` (value 277).
    SharePointESignature,
    /// `Dynamics365BusinessCentral` (value 278).
    Dynamics365BusinessCentral,
    /// `MeshWorlds` (value 279).
    MeshWorlds,
    /// `VivaPulseResponse` (value 280).
    VivaPulseResponse,
    /// `VivaPulseOrganizer` (value 281).
    VivaPulseOrganizer,
    /// `VivaPulseAdmin` (value 282).
    VivaPulseAdmin,
    /// `VivaPulseReport` (value 283).
    VivaPulseReport,
    /// `AIAppInteraction` (value 284).
    AiAppInteraction,
    /// `ComplianceDLMExchange` (value 285).
    ComplianceDlmExchange,
    /// `ComplianceDLMSharePoint` (value 286).
    ComplianceDlmSharePoint,
    /// `ProjectForTheWebAssignedToMeSettings` (value 287).
    ProjectForTheWebAssignedToMeSettings,
    /// `CPSOperation` (value 288).
    CpsOperation,
    /// `ComplianceDLPExchangeDiscovery` (value 289).
    ComplianceDlpExchangeDiscovery,
    /// `PurviewMCRecommendation` (value 290).
    PurviewMcRecommendation,
    /// `ComplianceDLPEndpointDiscovery` (value 291).
    ComplianceDlpEndpointDiscovery,
    /// `InsiderRiskScopedUserInsights` (value 292).
    InsiderRiskScopedUserInsights,
    /// `MicrosoftTeamsRetentionLabelAction` (value 293).
    MicrosoftTeamsRetentionLabelAction,
    /// `AadRiskDetection` (value 294).
    AadRiskDetection,
    /// `AuditSearch` (value 295).
    AuditSearch,
    /// `AuditRetentionPolicy` (value 296).
    AuditRetentionPolicy,
    /// `AuditConfig` (value 297).
    AuditConfig,
    /// `Microsoft365BackupBackupPolicy` (value 298).
    Microsoft365BackupBackupPolicy,
    /// `Microsoft365BackupRestoreTask` (value 299).
    Microsoft365BackupRestoreTask,
    /// `Microsoft365BackupRestoreItem` (value 300).
    Microsoft365BackupRestoreItem,
    /// `Microsoft365BackupBackupItem` (value 301).
    Microsoft365BackupBackupItem,
    /// `URBACAssignment` (value 302).
    UrbacAssignment,
    /// `URBACRole` (value 303).
    UrbacRole,
    /// `URBACEnableState` (value 304).
    UrbacEnableState,
    /// `IRMSecurityAlert` (value 305).
    IrmSecurityAlert,
    /// `PurviewInsiderRiskCases` (value 306).
    PurviewInsiderRiskCases,
    /// `PurviewInsiderRiskAlerts` (value 307).
    PurviewInsiderRiskAlerts,
    /// `InsiderRiskScopedUsers` (value 308).
    InsiderRiskScopedUsers,
    /// `CdpConsumptionResource` (value 309).
    CdpConsumptionResource,
    /// `CreateCopilotPlugin` (value 310).
    CreateCopilotPlugin,
    /// `UpdateCopilotPlugin` (value 311).
    UpdateCopilotPlugin,
    /// `DeleteCopilotPlugin` (value 312).
    DeleteCopilotPlugin,
    /// `EnableCopilotPlugin` (value 313).
    EnableCopilotPlugin,
    /// `DisableCopilotPlugin` (value 314).
    DisableCopilotPlugin,
    /// `CreateCopilotWorkspace` (value 315).
    CreateCopilotWorkspace,
    /// `UpdateCopilotWorkspace` (value 316).
    UpdateCopilotWorkspace,
    /// `DeleteCopilotWorkspace` (value 317).
    DeleteCopilotWorkspace,
    /// `EnableCopilotWorkspace` (value 318).
    EnableCopilotWorkspace,
    /// `DisableCopilotWorkspace` (value 319).
    DisableCopilotWorkspace,
    /// `CreateCopilotPromptBook` (value 320).
    CreateCopilotPromptBook,
    /// `UpdateCopilotPromptBook` (value 321).
    UpdateCopilotPromptBook,
    /// `DeleteCopilotPromptBook` (value 322).
    DeleteCopilotPromptBook,
    /// `EnableCopilotPromptBook` (value 323).
    EnableCopilotPromptBook,
    /// `DisableCopilotPromptBook` (value 324).
    DisableCopilotPromptBook,
    /// `UpdateCopilotSettings` (value 325).
    UpdateCopilotSettings,
    /// `P4AIAssessmentRecord` (value 326).
    P4aiAssessmentRecord,
    /// `P4AIAssessmentLocationResultRecord` (value 327).
    P4aiAssessmentLocationResultRecord,
    /// `ConnectedAIAppInteraction` (value 328).
    ConnectedAiAppInteraction,
    /// `PrivaPrivacyConsentOperation` (value 329).
    PrivaPrivacyConsentOperation,
    /// `PrivaPrivacyAssessmentOperation` (value 330).
    PrivaPrivacyAssessmentOperation,
    /// `DataCatalogAccessRequests` (value 331).
    DataCatalogAccessRequests,
    /// `ComplianceSettingsChange` (value 332).
    ComplianceSettingsChange,
    /// `DataSecurityInvestigation` (value 333).
    DataSecurityInvestigation,
    /// `TeamCopilotInteraction` (value 334).
    TeamCopilotInteraction,
    /// `IRMActivityAuditTrail` (value 335).
    IrmActivityAuditTrail,
    /// `SharePointContentSecurityPolicy` (value 336).
    SharePointContentSecurityPolicy,
    /// `CloudUpdateProfileConfig` (value 337).
    CloudUpdateProfileConfig,
    /// `CloudUpdateTenantConfig` (value 338).
    CloudUpdateTenantConfig,
    /// `CloudUpdateDeviceConfig` (value 339).
    CloudUpdateDeviceConfig,
    /// `DefenderPreviewFeatures` (value 340).
    DefenderPreviewFeatures,
    /// `DeviceDiscoverySettingsExclusion` (value 341).
    DeviceDiscoverySettingsExclusion,
    /// `DeviceDiscoverySettingsAuthenticatedScans` (value 342).
    DeviceDiscoverySettingsAuthenticatedScans,
    /// `CriticalAssetManagementClassification` (value 343).
    CriticalAssetManagementClassification,
    /// `DeviceDiscoverySettings` (value 344).
    DeviceDiscoverySettings,
    /// `USXWorkspaceOnboarding` (value 345).
    UsxWorkspaceOnboarding,
    /// `VivaGlintAdvancedConfiguration` (value 346).
    VivaGlintAdvancedConfiguration,
    /// `VivaGlintPulseProgram` (value 347).
    VivaGlintPulseProgram,
    /// `VivaGlintPulseProgramRespondentRate` (value 348).
    VivaGlintPulseProgramRespondentRate,
    /// `VivaGlintQuestion` (value 349).
    VivaGlintQuestion,
    /// `VivaGlintRole` (value 350).
    VivaGlintRole,
    /// `VivaGlintRubicon` (value 351).
    VivaGlintRubicon,
    /// `VivaGlintSupportAccess` (value 352).
    VivaGlintSupportAccess,
    /// `VivaGlintSystem` (value 353).
    VivaGlintSystem,
    /// `VivaGlintUser` (value 354).
    VivaGlintUser,
    /// `VivaGlintUserGroup` (value 355).
    VivaGlintUserGroup,
    /// `VivaGlintFeedbackProgram` (value 356).
    VivaGlintFeedbackProgram,
    /// `FabricAudit` (value 357).
    FabricAudit,
    /// `TrainableClassifier` (value 358).
    TrainableClassifier,
    /// `WebContentFiltering` (value 359).
    WebContentFiltering,
    /// `NoisyAlertPolicy` (value 360).
    NoisyAlertPolicy,
    /// `OnDemandSharePointClassification` (value 361).
    OnDemandSharePointClassification,
    /// `AIInteractionsExport` (value 362).
    AiInteractionsExport,
    /// `Microsoft365CopilotScheduledPrompt` (value 363).
    Microsoft365CopilotScheduledPrompt,
    /// `PlacesDirectory` (value 364).
    PlacesDirectory,
    /// `MDAAudit` (value 365).
    MdaAudit,
    /// `OpticalCharacterRecognition` (value 366).
    OpticalCharacterRecognition,
    /// `M365SearchSections` (value 368).
    M365SearchSections,
    /// `OfficeClientRestrictedModeAction` (value 369).
    OfficeClientRestrictedModeAction,
    /// `CrossTenantAccessPolicy` (value 370).
    CrossTenantAccessPolicy,
    /// `OutlookCopilotAutomation` (value 371).
    OutlookCopilotAutomation,
    /// `VivaEngageNetworkAssociation` (value 372).
    VivaEngageNetworkAssociation,
    /// `AppAdminActivity` (value 373).
    AppAdminActivity,
    /// `AppSettingsAdminActivity` (value 374).
    AppSettingsAdminActivity,
    /// `UniversalPrintPrintJob` (value 375).
    UniversalPrintPrintJob,
    /// `SentinelNotebookOnLake` (value 376).
    SentinelNotebookOnLake,
    /// `SentinelJob` (value 377).
    SentinelJob,
    /// `SentinelGraph` (value 378).
    SentinelGraph,
    /// `SentinelKQLOnLake` (value 379).
    SentinelKqlOnLake,
    /// `SentinelPackage` (value 380).
    SentinelPackage,
    /// `VivaAmplifyOutlookSensitivityLabel` (value 381).
    VivaAmplifyOutlookSensitivityLabel,
    /// `CopilotActions` (value 382).
    CopilotActions,
    /// `AIInteractionsSubscription` (value 383).
    AiInteractionsSubscription,
    /// `AIInteractionsChangeNotification` (value 384).
    AiInteractionsChangeNotification,
    /// `FilteringMailMetadataExtended` (value 385).
    FilteringMailMetadataExtended,
    /// `SentinelLakeOnboarding` (value 386).
    SentinelLakeOnboarding,
    /// `SentinelLakeDataOnboarding` (value 387).
    SentinelLakeDataOnboarding,
    /// `OfficeRestrictedModeAction` (value 388).
    OfficeRestrictedModeAction,
    /// `CopilotForSecurityTrigger` (value 389).
    CopilotForSecurityTrigger,
    /// `CopilotAgentManagement` (value 390).
    CopilotAgentManagement,
    /// `P4AIAssessmentFabricScannerRecord` (value 391).
    P4aiAssessmentFabricScannerRecord,
    /// `PlannerGoal` (value 392).
    PlannerGoal,
    /// `PlannerGoalList` (value 393).
    PlannerGoalList,
    /// `ThreatIntelligenceObject` (value 394).
    ThreatIntelligenceObject,
    /// `ThreatIntelligenceExport` (value 395).
    ThreatIntelligenceExport,
    /// `SubmissionAgenticGradingResult` (value 396).
    SubmissionAgenticGradingResult,
    /// `AgentAdminActivity` (value 397).
    AgentAdminActivity,
    /// `DeployFeatureActivity` (value 398).
    DeployFeatureActivity,
    /// `AgentSettingsAdminActivity` (value 399).
    AgentSettingsAdminActivity,
    /// `OrganizationalDataInM365` (value 400).
    OrganizationalDataInM365,
    /// `PlannerChatMessage` (value 401).
    PlannerChatMessage,
    /// `PlannerChatMessageList` (value 402).
    PlannerChatMessageList,
    /// `SentinelAITool` (value 403).
    SentinelAiTool,
    /// `M365ODSPAssetMetadata` (value 404).
    M365odspAssetMetadata,
    /// `AIExecuteTool` (value 405).
    AiExecuteTool,
    /// `AIInvokeAgent` (value 406).
    AiInvokeAgent,
    /// `AIInferenceCall` (value 407).
    AiInferenceCall,
    /// `CdpClassifierHealthRecord` (value 408).
    CdpClassifierHealthRecord,
    /// `SensitiveInfoRemediationAgentData` (value 409).
    SensitiveInfoRemediationAgentData,
    /// `ComplianceDLPEnforcement` (value 410).
    ComplianceDlpEnforcement,
    /// `A365AIExecuteTool` (value 411).
    A365aiExecuteTool,
    /// `A365AIInvokeAgent` (value 412).
    A365aiInvokeAgent,
    /// `A365AIInferenceCall` (value 413).
    A365aiInferenceCall,
    /// `VivaEngageSegment` (value 414).
    VivaEngageSegment,
    /// `RTIOperationsAgent` (value 415).
    RtiOperationsAgent,
    /// `ContentStoreMetadata` (value 416).
    ContentStoreMetadata,
    /// `CCRAIPolicyViolation` (value 417).
    CcraiPolicyViolation,
    /// `PlannerPlanSensitivityLabel` (value 418).
    PlannerPlanSensitivityLabel,
    /// `MosAgentInfoRecord` (value 419).
    MosAgentInfoRecord,
    /// `A365AIRunSummary` (value 420).
    A365aiRunSummary,
    /// `UnifiedCatalogConceptAction` (value 421).
    UnifiedCatalogConceptAction,
    /// `DefenderCaseManagement` (value 422).
    DefenderCaseManagement,
    /// `CopilotForSecurityLogging` (value 423).
    CopilotForSecurityLogging,
    /// `VivaEngageEvents` (value 424).
    VivaEngageEvents,
    /// `CallActivityEvent` (value 425).
    CallActivityEvent,
    /// `SonarDetonationContentMetadata` (value 426).
    SonarDetonationContentMetadata,
    /// `UniversalPrintManagement` (value 427).
    UniversalPrintManagement,
    /// `YammerUserHiding` (value 428).
    YammerUserHiding,
    /// `Microsoft365BackupGranularBrowseTask` (value 429).
    Microsoft365BackupGranularBrowseTask,
    /// `PurviewPostureAgent` (value 430).
    PurviewPostureAgent,
    /// `MSDECustomCollection` (value 431).
    MsdeCustomCollection,
    /// `SCPUsageEvent` (value 432).
    ScpUsageEvent,
    /// `SCPConfigurationEvent` (value 433).
    ScpConfigurationEvent,
    /// `MDCConfigurationEvent` (value 434).
    MdcConfigurationEvent,
    /// `MDCUsageEvent` (value 435).
    MdcUsageEvent,
    /// `A365SpanOutputs` (value 436).
    A365SpanOutputs,
    /// `PowerPlatformTenantIsolation` (value 437).
    PowerPlatformTenantIsolation,
    /// `CDPDLMAIInteractionInsights` (value 438).
    CdpdlmaiInteractionInsights,
    /// `P4AIAssessmentCategoryRecord` (value 439).
    P4aiAssessmentCategoryRecord,
    /// `SentinelLakeEncryption` (value 440).
    SentinelLakeEncryption,
    /// `AZFWNetworkRule` (value 441).
    AzfwNetworkRule,
    /// `AZFWDnsQuery` (value 442).
    AzfwDnsQuery,
    /// `AZFWApplicationRuleAggregation` (value 443).
    AzfwApplicationRuleAggregation,
    /// `TeamsEvalDataHubDataAccess` (value 444).
    TeamsEvalDataHubDataAccess,
    /// `TeamsEvalDataHubPermissionChange` (value 445).
    TeamsEvalDataHubPermissionChange,
    /// `TeamsEvalDataHubAdminOperation` (value 446).
    TeamsEvalDataHubAdminOperation,
    /// `VivaGlintOrganizationalData` (value 447).
    VivaGlintOrganizationalData,
    /// `AlertSubmission` (value 448).
    AlertSubmission,
    /// `AlertSubmissionResultDetail` (value 449).
    AlertSubmissionResultDetail,
    /// `ComplianceSitGradingSharePoint` (value 450).
    ComplianceSitGradingSharePoint,
    /// `CompliancePolicyGradingSharePoint` (value 451).
    CompliancePolicyGradingSharePoint,
    /// `AzureAISearchAudit` (value 452).
    AzureAiSearchAudit,
    /// `P4AIRiskScoreRecord` (value 453).
    P4aiRiskScoreRecord,
    /// `DragonCopilotAdmin` (value 454).
    DragonCopilotAdmin,
    /// `AISpanOutputs` (value 455).
    AiSpanOutputs,
    /// `EopSubmissionFeedEntity` (value 456).
    EopSubmissionFeedEntity,
    /// `SonarFileDetonationEntity` (value 457).
    SonarFileDetonationEntity,
    /// `SonarSubmissionEntity` (value 458).
    SonarSubmissionEntity,
    /// `SonarUrlDetonationEntity` (value 459).
    SonarUrlDetonationEntity,
    /// `SubmissionEntity` (value 460).
    SubmissionEntity,
    /// `SonarDetonationEntity` (value 461).
    SonarDetonationEntity,
    /// `MicrosoftTeamsUserConcern` (value 462).
    MicrosoftTeamsUserConcern,
    /// `VivaGlintAgenticCampaign` (value 463).
    VivaGlintAgenticCampaign,
    /// `MSPVectorSearchContentMetadata` (value 464).
    MspVectorSearchContentMetadata,
    /// `FabricPolicy` (value 465).
    FabricPolicy,
    /// `SecurityCopilotAgentIdentityManagement` (value 466).
    SecurityCopilotAgentIdentityManagement,
    /// `CopilotSessionSharing` (value 467).
    CopilotSessionSharing,
    /// `DragonCopilotAccess` (value 468).
    DragonCopilotAccess,
    /// `DragonCopilotClinicalData` (value 469).
    DragonCopilotClinicalData,
    /// `DragonCopilotSession` (value 470).
    DragonCopilotSession,
    /// `MosAgentInfoRecordV2` (value 471).
    MosAgentInfoRecordV2,
    /// `SecurityDevelopmentLifecycleAILog` (value 472).
    SecurityDevelopmentLifecycleAiLog,
    /// `MDASH` (value 473).
    Mdash,
    /// `DefenderSecurityForAIConfiguration` (value 474).
    DefenderSecurityForAiConfiguration,
    /// `SparkCoreCustomLivePool` (value 475).
    SparkCoreCustomLivePool,
    /// `unknownFutureValue` (value 476).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for AuditLogRecordType {
    const TYPE_NAME: &'static str = "microsoft.graph.security.auditLogRecordType";
    const MEMBERS: &'static [&'static str] = &[
        "ExchangeAdmin",
        "ExchangeItem",
        "ExchangeItemGroup",
        "SharePoint",
        "SyntheticProbe",
        "SharePointFileOperation",
        "OneDrive",
        "AzureActiveDirectory",
        "AzureActiveDirectoryAccountLogon",
        "DataCenterSecurityCmdlet",
        "ComplianceDLPSharePoint",
        "Sway",
        "ComplianceDLPExchange",
        "SharePointSharingOperation",
        "AzureActiveDirectoryStsLogon",
        "SkypeForBusinessPSTNUsage",
        "SkypeForBusinessUsersBlocked",
        "SecurityComplianceCenterEOPCmdlet",
        "ExchangeAggregatedOperation",
        "PowerBIAudit",
        "CRM",
        "Yammer",
        "SkypeForBusinessCmdlets",
        "Discovery",
        "MicrosoftTeams",
        "ThreatIntelligence",
        "MailSubmission",
        "MicrosoftFlow",
        "AeD",
        "MicrosoftStream",
        "ComplianceDLPSharePointClassification",
        "ThreatFinder",
        "Project",
        "SharePointListOperation",
        "SharePointCommentOperation",
        "DataGovernance",
        "Kaizala",
        "SecurityComplianceAlerts",
        "ThreatIntelligenceUrl",
        "SecurityComplianceInsights",
        "MIPLabel",
        "WorkplaceAnalytics",
        "PowerAppsApp",
        "PowerAppsPlan",
        "ThreatIntelligenceAtpContent",
        "LabelContentExplorer",
        "TeamsHealthcare",
        "ExchangeItemAggregated",
        "HygieneEvent",
        "DataInsightsRestApiAudit",
        "InformationBarrierPolicyApplication",
        "SharePointListItemOperation",
        "SharePointContentTypeOperation",
        "SharePointFieldOperation",
        "MicrosoftTeamsAdmin",
        "HRSignal",
        "MicrosoftTeamsDevice",
        "MicrosoftTeamsAnalytics",
        "InformationWorkerProtection",
        "Campaign",
        "DLPEndpoint",
        "AirInvestigation",
        "Quarantine",
        "MicrosoftForms",
        "ApplicationAudit",
        "ComplianceSupervisionExchange",
        "CustomerKeyServiceEncryption",
        "OfficeNative",
        "MipAutoLabelSharePointItem",
        "MipAutoLabelSharePointPolicyLocation",
        "MicrosoftTeamsShifts",
        "SecureScore",
        "MipAutoLabelExchangeItem",
        "CortanaBriefing",
        "Search",
        "WDATPAlerts",
        "PowerPlatformAdminDlp",
        "PowerPlatformAdminEnvironment",
        "MDATPAudit",
        "SensitivityLabelPolicyMatch",
        "SensitivityLabelAction",
        "SensitivityLabeledFileAction",
        "AttackSim",
        "AirManualInvestigation",
        "SecurityComplianceRBAC",
        "UserTraining",
        "AirAdminActionInvestigation",
        "MSTIC",
        "PhysicalBadgingSignal",
        "TeamsEasyApprovals",
        "AipDiscover",
        "AipSensitivityLabelAction",
        "AipProtectionAction",
        "AipFileDeleted",
        "AipHeartBeat",
        "MCASAlerts",
        "OnPremisesFileShareScannerDlp",
        "OnPremisesSharePointScannerDlp",
        "ExchangeSearch",
        "SharePointSearch",
        "PrivacyDataMinimization",
        "LabelAnalyticsAggregate",
        "MyAnalyticsSettings",
        "SecurityComplianceUserChange",
        "ComplianceDLPExchangeClassification",
        "ComplianceDLPEndpoint",
        "MipExactDataMatch",
        "MSDEResponseActions",
        "MSDEGeneralSettings",
        "MSDEIndicatorsSettings",
        "MS365DCustomDetection",
        "MSDERolesSettings",
        "MAPGAlerts",
        "MAPGPolicy",
        "MAPGRemediation",
        "PrivacyRemediationAction",
        "PrivacyDigestEmail",
        "MipAutoLabelSimulationProgress",
        "MipAutoLabelSimulationCompletion",
        "MipAutoLabelProgressFeedback",
        "DlpSensitiveInformationType",
        "MipAutoLabelSimulationStatistics",
        "LargeContentMetadata",
        "Microsoft365Group",
        "CDPMlInferencingResult",
        "FilteringMailMetadata",
        "CDPClassificationMailItem",
        "CDPClassificationDocument",
        "OfficeScriptsRunAction",
        "FilteringPostMailDeliveryAction",
        "CDPUnifiedFeedback",
        "TenantAllowBlockList",
        "ConsumptionResource",
        "HealthcareSignal",
        "DlpImportResult",
        "CDPCompliancePolicyExecution",
        "MultiStageDisposition",
        "PrivacyDataMatch",
        "FilteringDocMetadata",
        "FilteringEmailFeatures",
        "PowerBIDlp",
        "FilteringUrlInfo",
        "FilteringAttachmentInfo",
        "CoreReportingSettings",
        "ComplianceConnector",
        "PowerPlatformLockboxResourceAccessRequest",
        "PowerPlatformLockboxResourceCommand",
        "CDPPredictiveCodingLabel",
        "CDPCompliancePolicyUserFeedback",
        "WebpageActivityEndpoint",
        "OMEPortal",
        "CMImprovementActionChange",
        "FilteringUrlClick",
        "MipLabelAnalyticsAuditRecord",
        "FilteringEntityEvent",
        "FilteringRuleHits",
        "FilteringMailSubmission",
        "LabelExplorer",
        "MicrosoftManagedServicePlatform",
        "PowerPlatformServiceActivity",
        "ScorePlatformGenericAuditRecord",
        "FilteringTimeTravelDocMetadata",
        "Alert",
        "AlertStatus",
        "AlertIncident",
        "IncidentStatus",
        "Case",
        "CaseInvestigation",
        "RecordsManagement",
        "PrivacyRemediation",
        "DataShareOperation",
        "CdpDlpSensitive",
        "EHRConnector",
        "FilteringMailGradingResult",
        "PublicFolder",
        "PrivacyTenantAuditHistoryRecord",
        "AipScannerDiscoverEvent",
        "EduDataLakeDownloadOperation",
        "M365ComplianceConnector",
        "MicrosoftGraphDataConnectOperation",
        "MicrosoftPurview",
        "FilteringEmailContentFeatures",
        "PowerPagesSite",
        "PowerAppsResource",
        "PlannerPlan",
        "PlannerCopyPlan",
        "PlannerTask",
        "PlannerRoster",
        "PlannerPlanList",
        "PlannerTaskList",
        "PlannerTenantSettings",
        "ProjectForTheWebProject",
        "ProjectForTheWebTask",
        "ProjectForTheWebRoadmap",
        "ProjectForTheWebRoadmapItem",
        "ProjectForTheWebProjectSettings",
        "ProjectForTheWebRoadmapSettings",
        "QuarantineMetadata",
        "MicrosoftTodoAudit",
        "TimeTravelFilteringDocMetadata",
        "TeamsQuarantineMetadata",
        "SharePointAppPermissionOperation",
        "MicrosoftTeamsSensitivityLabelAction",
        "FilteringTeamsMetadata",
        "FilteringTeamsUrlInfo",
        "FilteringTeamsPostDeliveryAction",
        "MDCAssessments",
        "MDCRegulatoryComplianceStandards",
        "MDCRegulatoryComplianceControls",
        "MDCRegulatoryComplianceAssessments",
        "MDCSecurityConnectors",
        "MDADataSecuritySignal",
        "VivaGoals",
        "FilteringRuntimeInfo",
        "AttackSimAdmin",
        "MicrosoftGraphDataConnectConsent",
        "FilteringAtpDetonationInfo",
        "PrivacyPortal",
        "ManagedTenants",
        "UnifiedSimulationMatchedItem",
        "UnifiedSimulationSummary",
        "UpdateQuarantineMetadata",
        "MS365DSuppressionRule",
        "PurviewDataMapOperation",
        "FilteringUrlPostClickAction",
        "IrmUserDefinedDetectionSignal",
        "TeamsUpdates",
        "PlannerRosterSensitivityLabel",
        "MS365DIncident",
        "FilteringDelistingMetadata",
        "ComplianceDLPSharePointClassificationExtended",
        "MicrosoftDefenderForIdentityAudit",
        "SupervisoryReviewDayXInsight",
        "DefenderExpertsforXDRAdmin",
        "CDPEdgeBlockedMessage",
        "HostedRpa",
        "CdpContentExplorerAggregateRecord",
        "CDPHygieneAttachmentInfo",
        "CDPHygieneSummary",
        "CDPPostMailDeliveryAction",
        "CDPEmailFeatures",
        "CDPHygieneUrlInfo",
        "CDPUrlClick",
        "CDPPackageManagerHygieneEvent",
        "FilteringDocScan",
        "TimeTravelFilteringDocScan",
        "MAPGOnboard",
        "VfamCreatePolicy",
        "VfamUpdatePolicy",
        "VfamDeletePolicy",
        "M365DAAD",
        "CdpColdCrawlStatus",
        "PowerPlatformAdministratorActivity",
        "Windows365CustomerLockbox",
        "CdpResourceScopeChangeEvent",
        "ComplianceCCExchangeExecutionResult",
        "CdpOcrCostEstimatorRecord",
        "CopilotInteraction",
        "CdpOcrBillingRecord",
        "ComplianceDLPApplications",
        "UAMOperation",
        "VivaLearning",
        "VivaLearningAdmin",
        "PurviewPolicyOperation",
        "PurviewMetadataPolicyOperation",
        "PeopleAdminSettings",
        "CdpComplianceDLPExchangeClassification",
        "CdpComplianceDLPSharePointClassification",
        "FilteringBulkSenderInsightData",
        "FilteringBulkThresholdInsightData",
        "PrivacyOpenAccess",
        "OWAAuth",
        "ComplianceDLPApplicationsClassification",
        "SharePointESignature",
        "Dynamics365BusinessCentral",
        "MeshWorlds",
        "VivaPulseResponse",
        "VivaPulseOrganizer",
        "VivaPulseAdmin",
        "VivaPulseReport",
        "AIAppInteraction",
        "ComplianceDLMExchange",
        "ComplianceDLMSharePoint",
        "ProjectForTheWebAssignedToMeSettings",
        "CPSOperation",
        "ComplianceDLPExchangeDiscovery",
        "PurviewMCRecommendation",
        "ComplianceDLPEndpointDiscovery",
        "InsiderRiskScopedUserInsights",
        "MicrosoftTeamsRetentionLabelAction",
        "AadRiskDetection",
        "AuditSearch",
        "AuditRetentionPolicy",
        "AuditConfig",
        "Microsoft365BackupBackupPolicy",
        "Microsoft365BackupRestoreTask",
        "Microsoft365BackupRestoreItem",
        "Microsoft365BackupBackupItem",
        "URBACAssignment",
        "URBACRole",
        "URBACEnableState",
        "IRMSecurityAlert",
        "PurviewInsiderRiskCases",
        "PurviewInsiderRiskAlerts",
        "InsiderRiskScopedUsers",
        "CdpConsumptionResource",
        "CreateCopilotPlugin",
        "UpdateCopilotPlugin",
        "DeleteCopilotPlugin",
        "EnableCopilotPlugin",
        "DisableCopilotPlugin",
        "CreateCopilotWorkspace",
        "UpdateCopilotWorkspace",
        "DeleteCopilotWorkspace",
        "EnableCopilotWorkspace",
        "DisableCopilotWorkspace",
        "CreateCopilotPromptBook",
        "UpdateCopilotPromptBook",
        "DeleteCopilotPromptBook",
        "EnableCopilotPromptBook",
        "DisableCopilotPromptBook",
        "UpdateCopilotSettings",
        "P4AIAssessmentRecord",
        "P4AIAssessmentLocationResultRecord",
        "ConnectedAIAppInteraction",
        "PrivaPrivacyConsentOperation",
        "PrivaPrivacyAssessmentOperation",
        "DataCatalogAccessRequests",
        "ComplianceSettingsChange",
        "DataSecurityInvestigation",
        "TeamCopilotInteraction",
        "IRMActivityAuditTrail",
        "SharePointContentSecurityPolicy",
        "CloudUpdateProfileConfig",
        "CloudUpdateTenantConfig",
        "CloudUpdateDeviceConfig",
        "DefenderPreviewFeatures",
        "DeviceDiscoverySettingsExclusion",
        "DeviceDiscoverySettingsAuthenticatedScans",
        "CriticalAssetManagementClassification",
        "DeviceDiscoverySettings",
        "USXWorkspaceOnboarding",
        "VivaGlintAdvancedConfiguration",
        "VivaGlintPulseProgram",
        "VivaGlintPulseProgramRespondentRate",
        "VivaGlintQuestion",
        "VivaGlintRole",
        "VivaGlintRubicon",
        "VivaGlintSupportAccess",
        "VivaGlintSystem",
        "VivaGlintUser",
        "VivaGlintUserGroup",
        "VivaGlintFeedbackProgram",
        "FabricAudit",
        "TrainableClassifier",
        "WebContentFiltering",
        "NoisyAlertPolicy",
        "OnDemandSharePointClassification",
        "AIInteractionsExport",
        "Microsoft365CopilotScheduledPrompt",
        "PlacesDirectory",
        "MDAAudit",
        "OpticalCharacterRecognition",
        "M365SearchSections",
        "OfficeClientRestrictedModeAction",
        "CrossTenantAccessPolicy",
        "OutlookCopilotAutomation",
        "VivaEngageNetworkAssociation",
        "AppAdminActivity",
        "AppSettingsAdminActivity",
        "UniversalPrintPrintJob",
        "SentinelNotebookOnLake",
        "SentinelJob",
        "SentinelGraph",
        "SentinelKQLOnLake",
        "SentinelPackage",
        "VivaAmplifyOutlookSensitivityLabel",
        "CopilotActions",
        "AIInteractionsSubscription",
        "AIInteractionsChangeNotification",
        "FilteringMailMetadataExtended",
        "SentinelLakeOnboarding",
        "SentinelLakeDataOnboarding",
        "OfficeRestrictedModeAction",
        "CopilotForSecurityTrigger",
        "CopilotAgentManagement",
        "P4AIAssessmentFabricScannerRecord",
        "PlannerGoal",
        "PlannerGoalList",
        "ThreatIntelligenceObject",
        "ThreatIntelligenceExport",
        "SubmissionAgenticGradingResult",
        "AgentAdminActivity",
        "DeployFeatureActivity",
        "AgentSettingsAdminActivity",
        "OrganizationalDataInM365",
        "PlannerChatMessage",
        "PlannerChatMessageList",
        "SentinelAITool",
        "M365ODSPAssetMetadata",
        "AIExecuteTool",
        "AIInvokeAgent",
        "AIInferenceCall",
        "CdpClassifierHealthRecord",
        "SensitiveInfoRemediationAgentData",
        "ComplianceDLPEnforcement",
        "A365AIExecuteTool",
        "A365AIInvokeAgent",
        "A365AIInferenceCall",
        "VivaEngageSegment",
        "RTIOperationsAgent",
        "ContentStoreMetadata",
        "CCRAIPolicyViolation",
        "PlannerPlanSensitivityLabel",
        "MosAgentInfoRecord",
        "A365AIRunSummary",
        "UnifiedCatalogConceptAction",
        "DefenderCaseManagement",
        "CopilotForSecurityLogging",
        "VivaEngageEvents",
        "CallActivityEvent",
        "SonarDetonationContentMetadata",
        "UniversalPrintManagement",
        "YammerUserHiding",
        "Microsoft365BackupGranularBrowseTask",
        "PurviewPostureAgent",
        "MSDECustomCollection",
        "SCPUsageEvent",
        "SCPConfigurationEvent",
        "MDCConfigurationEvent",
        "MDCUsageEvent",
        "A365SpanOutputs",
        "PowerPlatformTenantIsolation",
        "CDPDLMAIInteractionInsights",
        "P4AIAssessmentCategoryRecord",
        "SentinelLakeEncryption",
        "AZFWNetworkRule",
        "AZFWDnsQuery",
        "AZFWApplicationRuleAggregation",
        "TeamsEvalDataHubDataAccess",
        "TeamsEvalDataHubPermissionChange",
        "TeamsEvalDataHubAdminOperation",
        "VivaGlintOrganizationalData",
        "AlertSubmission",
        "AlertSubmissionResultDetail",
        "ComplianceSitGradingSharePoint",
        "CompliancePolicyGradingSharePoint",
        "AzureAISearchAudit",
        "P4AIRiskScoreRecord",
        "DragonCopilotAdmin",
        "AISpanOutputs",
        "EopSubmissionFeedEntity",
        "SonarFileDetonationEntity",
        "SonarSubmissionEntity",
        "SonarUrlDetonationEntity",
        "SubmissionEntity",
        "SonarDetonationEntity",
        "MicrosoftTeamsUserConcern",
        "VivaGlintAgenticCampaign",
        "MSPVectorSearchContentMetadata",
        "FabricPolicy",
        "SecurityCopilotAgentIdentityManagement",
        "CopilotSessionSharing",
        "DragonCopilotAccess",
        "DragonCopilotClinicalData",
        "DragonCopilotSession",
        "MosAgentInfoRecordV2",
        "SecurityDevelopmentLifecycleAILog",
        "MDASH",
        "DefenderSecurityForAIConfiguration",
        "SparkCoreCustomLivePool",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "ExchangeAdmin" => Self::ExchangeAdmin,
                "ExchangeItem" => Self::ExchangeItem,
                "ExchangeItemGroup" => Self::ExchangeItemGroup,
                "SharePoint" => Self::SharePoint,
                "SyntheticProbe" => Self::SyntheticProbe,
                "SharePointFileOperation" => Self::SharePointFileOperation,
                "OneDrive" => Self::OneDrive,
                "AzureActiveDirectory" => Self::AzureActiveDirectory,
                "AzureActiveDirectoryAccountLogon" => {
                    Self::AzureActiveDirectoryAccountLogon
                }
                "DataCenterSecurityCmdlet" => Self::DataCenterSecurityCmdlet,
                "ComplianceDLPSharePoint" => Self::ComplianceDlpSharePoint,
                "Sway" => Self::Sway,
                "ComplianceDLPExchange" => Self::ComplianceDlpExchange,
                "SharePointSharingOperation" => Self::SharePointSharingOperation,
                "AzureActiveDirectoryStsLogon" => Self::AzureActiveDirectoryStsLogon,
                "SkypeForBusinessPSTNUsage" => Self::SkypeForBusinessPstnUsage,
                "SkypeForBusinessUsersBlocked" => Self::SkypeForBusinessUsersBlocked,
                "SecurityComplianceCenterEOPCmdlet" => {
                    Self::SecurityComplianceCenterEopCmdlet
                }
                "ExchangeAggregatedOperation" => Self::ExchangeAggregatedOperation,
                "PowerBIAudit" => Self::PowerBiAudit,
                "CRM" => Self::Crm,
                "Yammer" => Self::Yammer,
                "SkypeForBusinessCmdlets" => Self::SkypeForBusinessCmdlets,
                "Discovery" => Self::Discovery,
                "MicrosoftTeams" => Self::MicrosoftTeams,
                "ThreatIntelligence" => Self::ThreatIntelligence,
                "MailSubmission" => Self::MailSubmission,
                "MicrosoftFlow" => Self::MicrosoftFlow,
                "AeD" => Self::AeD,
                "MicrosoftStream" => Self::MicrosoftStream,
                "ComplianceDLPSharePointClassification" => {
                    Self::ComplianceDlpSharePointClassification
                }
                "ThreatFinder" => Self::ThreatFinder,
                "Project" => Self::Project,
                "SharePointListOperation" => Self::SharePointListOperation,
                "SharePointCommentOperation" => Self::SharePointCommentOperation,
                "DataGovernance" => Self::DataGovernance,
                "Kaizala" => Self::Kaizala,
                "SecurityComplianceAlerts" => Self::SecurityComplianceAlerts,
                "ThreatIntelligenceUrl" => Self::ThreatIntelligenceUrl,
                "SecurityComplianceInsights" => Self::SecurityComplianceInsights,
                "MIPLabel" => Self::MipLabel,
                "WorkplaceAnalytics" => Self::WorkplaceAnalytics,
                "PowerAppsApp" => Self::PowerAppsApp,
                "PowerAppsPlan" => Self::PowerAppsPlan,
                "ThreatIntelligenceAtpContent" => Self::ThreatIntelligenceAtpContent,
                "LabelContentExplorer" => Self::LabelContentExplorer,
                "TeamsHealthcare" => Self::TeamsHealthcare,
                "ExchangeItemAggregated" => Self::ExchangeItemAggregated,
                "HygieneEvent" => Self::HygieneEvent,
                "DataInsightsRestApiAudit" => Self::DataInsightsRestApiAudit,
                "InformationBarrierPolicyApplication" => {
                    Self::InformationBarrierPolicyApplication
                }
                "SharePointListItemOperation" => Self::SharePointListItemOperation,
                "SharePointContentTypeOperation" => Self::SharePointContentTypeOperation,
                "SharePointFieldOperation" => Self::SharePointFieldOperation,
                "MicrosoftTeamsAdmin" => Self::MicrosoftTeamsAdmin,
                "HRSignal" => Self::HrSignal,
                "MicrosoftTeamsDevice" => Self::MicrosoftTeamsDevice,
                "MicrosoftTeamsAnalytics" => Self::MicrosoftTeamsAnalytics,
                "InformationWorkerProtection" => Self::InformationWorkerProtection,
                "Campaign" => Self::Campaign,
                "DLPEndpoint" => Self::DlpEndpoint,
                "AirInvestigation" => Self::AirInvestigation,
                "Quarantine" => Self::Quarantine,
                "MicrosoftForms" => Self::MicrosoftForms,
                "ApplicationAudit" => Self::ApplicationAudit,
                "ComplianceSupervisionExchange" => Self::ComplianceSupervisionExchange,
                "CustomerKeyServiceEncryption" => Self::CustomerKeyServiceEncryption,
                "OfficeNative" => Self::OfficeNative,
                "MipAutoLabelSharePointItem" => Self::MipAutoLabelSharePointItem,
                "MipAutoLabelSharePointPolicyLocation" => {
                    Self::MipAutoLabelSharePointPolicyLocation
                }
                "MicrosoftTeamsShifts" => Self::MicrosoftTeamsShifts,
                "SecureScore" => Self::SecureScore,
                "MipAutoLabelExchangeItem" => Self::MipAutoLabelExchangeItem,
                "CortanaBriefing" => Self::CortanaBriefing,
                "Search" => Self::Search,
                "WDATPAlerts" => Self::WdatpAlerts,
                "PowerPlatformAdminDlp" => Self::PowerPlatformAdminDlp,
                "PowerPlatformAdminEnvironment" => Self::PowerPlatformAdminEnvironment,
                "MDATPAudit" => Self::MdatpAudit,
                "SensitivityLabelPolicyMatch" => Self::SensitivityLabelPolicyMatch,
                "SensitivityLabelAction" => Self::SensitivityLabelAction,
                "SensitivityLabeledFileAction" => Self::SensitivityLabeledFileAction,
                "AttackSim" => Self::AttackSim,
                "AirManualInvestigation" => Self::AirManualInvestigation,
                "SecurityComplianceRBAC" => Self::SecurityComplianceRbac,
                "UserTraining" => Self::UserTraining,
                "AirAdminActionInvestigation" => Self::AirAdminActionInvestigation,
                "MSTIC" => Self::Mstic,
                "PhysicalBadgingSignal" => Self::PhysicalBadgingSignal,
                "TeamsEasyApprovals" => Self::TeamsEasyApprovals,
                "AipDiscover" => Self::AipDiscover,
                "AipSensitivityLabelAction" => Self::AipSensitivityLabelAction,
                "AipProtectionAction" => Self::AipProtectionAction,
                "AipFileDeleted" => Self::AipFileDeleted,
                "AipHeartBeat" => Self::AipHeartBeat,
                "MCASAlerts" => Self::McasAlerts,
                "OnPremisesFileShareScannerDlp" => Self::OnPremisesFileShareScannerDlp,
                "OnPremisesSharePointScannerDlp" => Self::OnPremisesSharePointScannerDlp,
                "ExchangeSearch" => Self::ExchangeSearch,
                "SharePointSearch" => Self::SharePointSearch,
                "PrivacyDataMinimization" => Self::PrivacyDataMinimization,
                "LabelAnalyticsAggregate" => Self::LabelAnalyticsAggregate,
                "MyAnalyticsSettings" => Self::MyAnalyticsSettings,
                "SecurityComplianceUserChange" => Self::SecurityComplianceUserChange,
                "ComplianceDLPExchangeClassification" => {
                    Self::ComplianceDlpExchangeClassification
                }
                "ComplianceDLPEndpoint" => Self::ComplianceDlpEndpoint,
                "MipExactDataMatch" => Self::MipExactDataMatch,
                "MSDEResponseActions" => Self::MsdeResponseActions,
                "MSDEGeneralSettings" => Self::MsdeGeneralSettings,
                "MSDEIndicatorsSettings" => Self::MsdeIndicatorsSettings,
                "MS365DCustomDetection" => Self::Ms365dCustomDetection,
                "MSDERolesSettings" => Self::MsdeRolesSettings,
                "MAPGAlerts" => Self::MapgAlerts,
                "MAPGPolicy" => Self::MapgPolicy,
                "MAPGRemediation" => Self::MapgRemediation,
                "PrivacyRemediationAction" => Self::PrivacyRemediationAction,
                "PrivacyDigestEmail" => Self::PrivacyDigestEmail,
                "MipAutoLabelSimulationProgress" => Self::MipAutoLabelSimulationProgress,
                "MipAutoLabelSimulationCompletion" => {
                    Self::MipAutoLabelSimulationCompletion
                }
                "MipAutoLabelProgressFeedback" => Self::MipAutoLabelProgressFeedback,
                "DlpSensitiveInformationType" => Self::DlpSensitiveInformationType,
                "MipAutoLabelSimulationStatistics" => {
                    Self::MipAutoLabelSimulationStatistics
                }
                "LargeContentMetadata" => Self::LargeContentMetadata,
                "Microsoft365Group" => Self::Microsoft365Group,
                "CDPMlInferencingResult" => Self::CdpMlInferencingResult,
                "FilteringMailMetadata" => Self::FilteringMailMetadata,
                "CDPClassificationMailItem" => Self::CdpClassificationMailItem,
                "CDPClassificationDocument" => Self::CdpClassificationDocument,
                "OfficeScriptsRunAction" => Self::OfficeScriptsRunAction,
                "FilteringPostMailDeliveryAction" => {
                    Self::FilteringPostMailDeliveryAction
                }
                "CDPUnifiedFeedback" => Self::CdpUnifiedFeedback,
                "TenantAllowBlockList" => Self::TenantAllowBlockList,
                "ConsumptionResource" => Self::ConsumptionResource,
                "HealthcareSignal" => Self::HealthcareSignal,
                "DlpImportResult" => Self::DlpImportResult,
                "CDPCompliancePolicyExecution" => Self::CdpCompliancePolicyExecution,
                "MultiStageDisposition" => Self::MultiStageDisposition,
                "PrivacyDataMatch" => Self::PrivacyDataMatch,
                "FilteringDocMetadata" => Self::FilteringDocMetadata,
                "FilteringEmailFeatures" => Self::FilteringEmailFeatures,
                "PowerBIDlp" => Self::PowerBiDlp,
                "FilteringUrlInfo" => Self::FilteringUrlInfo,
                "FilteringAttachmentInfo" => Self::FilteringAttachmentInfo,
                "CoreReportingSettings" => Self::CoreReportingSettings,
                "ComplianceConnector" => Self::ComplianceConnector,
                "PowerPlatformLockboxResourceAccessRequest" => {
                    Self::PowerPlatformLockboxResourceAccessRequest
                }
                "PowerPlatformLockboxResourceCommand" => {
                    Self::PowerPlatformLockboxResourceCommand
                }
                "CDPPredictiveCodingLabel" => Self::CdpPredictiveCodingLabel,
                "CDPCompliancePolicyUserFeedback" => {
                    Self::CdpCompliancePolicyUserFeedback
                }
                "WebpageActivityEndpoint" => Self::WebpageActivityEndpoint,
                "OMEPortal" => Self::OmePortal,
                "CMImprovementActionChange" => Self::CmImprovementActionChange,
                "FilteringUrlClick" => Self::FilteringUrlClick,
                "MipLabelAnalyticsAuditRecord" => Self::MipLabelAnalyticsAuditRecord,
                "FilteringEntityEvent" => Self::FilteringEntityEvent,
                "FilteringRuleHits" => Self::FilteringRuleHits,
                "FilteringMailSubmission" => Self::FilteringMailSubmission,
                "LabelExplorer" => Self::LabelExplorer,
                "MicrosoftManagedServicePlatform" => {
                    Self::MicrosoftManagedServicePlatform
                }
                "PowerPlatformServiceActivity" => Self::PowerPlatformServiceActivity,
                "ScorePlatformGenericAuditRecord" => {
                    Self::ScorePlatformGenericAuditRecord
                }
                "FilteringTimeTravelDocMetadata" => Self::FilteringTimeTravelDocMetadata,
                "Alert" => Self::Alert,
                "AlertStatus" => Self::AlertStatus,
                "AlertIncident" => Self::AlertIncident,
                "IncidentStatus" => Self::IncidentStatus,
                "Case" => Self::Case,
                "CaseInvestigation" => Self::CaseInvestigation,
                "RecordsManagement" => Self::RecordsManagement,
                "PrivacyRemediation" => Self::PrivacyRemediation,
                "DataShareOperation" => Self::DataShareOperation,
                "CdpDlpSensitive" => Self::CdpDlpSensitive,
                "EHRConnector" => Self::EhrConnector,
                "FilteringMailGradingResult" => Self::FilteringMailGradingResult,
                "PublicFolder" => Self::PublicFolder,
                "PrivacyTenantAuditHistoryRecord" => {
                    Self::PrivacyTenantAuditHistoryRecord
                }
                "AipScannerDiscoverEvent" => Self::AipScannerDiscoverEvent,
                "EduDataLakeDownloadOperation" => Self::EduDataLakeDownloadOperation,
                "M365ComplianceConnector" => Self::M365ComplianceConnector,
                "MicrosoftGraphDataConnectOperation" => {
                    Self::MicrosoftGraphDataConnectOperation
                }
                "MicrosoftPurview" => Self::MicrosoftPurview,
                "FilteringEmailContentFeatures" => Self::FilteringEmailContentFeatures,
                "PowerPagesSite" => Self::PowerPagesSite,
                "PowerAppsResource" => Self::PowerAppsResource,
                "PlannerPlan" => Self::PlannerPlan,
                "PlannerCopyPlan" => Self::PlannerCopyPlan,
                "PlannerTask" => Self::PlannerTask,
                "PlannerRoster" => Self::PlannerRoster,
                "PlannerPlanList" => Self::PlannerPlanList,
                "PlannerTaskList" => Self::PlannerTaskList,
                "PlannerTenantSettings" => Self::PlannerTenantSettings,
                "ProjectForTheWebProject" => Self::ProjectForTheWebProject,
                "ProjectForTheWebTask" => Self::ProjectForTheWebTask,
                "ProjectForTheWebRoadmap" => Self::ProjectForTheWebRoadmap,
                "ProjectForTheWebRoadmapItem" => Self::ProjectForTheWebRoadmapItem,
                "ProjectForTheWebProjectSettings" => {
                    Self::ProjectForTheWebProjectSettings
                }
                "ProjectForTheWebRoadmapSettings" => {
                    Self::ProjectForTheWebRoadmapSettings
                }
                "QuarantineMetadata" => Self::QuarantineMetadata,
                "MicrosoftTodoAudit" => Self::MicrosoftTodoAudit,
                "TimeTravelFilteringDocMetadata" => Self::TimeTravelFilteringDocMetadata,
                "TeamsQuarantineMetadata" => Self::TeamsQuarantineMetadata,
                "SharePointAppPermissionOperation" => {
                    Self::SharePointAppPermissionOperation
                }
                "MicrosoftTeamsSensitivityLabelAction" => {
                    Self::MicrosoftTeamsSensitivityLabelAction
                }
                "FilteringTeamsMetadata" => Self::FilteringTeamsMetadata,
                "FilteringTeamsUrlInfo" => Self::FilteringTeamsUrlInfo,
                "FilteringTeamsPostDeliveryAction" => {
                    Self::FilteringTeamsPostDeliveryAction
                }
                "MDCAssessments" => Self::MdcAssessments,
                "MDCRegulatoryComplianceStandards" => {
                    Self::MdcRegulatoryComplianceStandards
                }
                "MDCRegulatoryComplianceControls" => {
                    Self::MdcRegulatoryComplianceControls
                }
                "MDCRegulatoryComplianceAssessments" => {
                    Self::MdcRegulatoryComplianceAssessments
                }
                "MDCSecurityConnectors" => Self::MdcSecurityConnectors,
                "MDADataSecuritySignal" => Self::MdaDataSecuritySignal,
                "VivaGoals" => Self::VivaGoals,
                "FilteringRuntimeInfo" => Self::FilteringRuntimeInfo,
                "AttackSimAdmin" => Self::AttackSimAdmin,
                "MicrosoftGraphDataConnectConsent" => {
                    Self::MicrosoftGraphDataConnectConsent
                }
                "FilteringAtpDetonationInfo" => Self::FilteringAtpDetonationInfo,
                "PrivacyPortal" => Self::PrivacyPortal,
                "ManagedTenants" => Self::ManagedTenants,
                "UnifiedSimulationMatchedItem" => Self::UnifiedSimulationMatchedItem,
                "UnifiedSimulationSummary" => Self::UnifiedSimulationSummary,
                "UpdateQuarantineMetadata" => Self::UpdateQuarantineMetadata,
                "MS365DSuppressionRule" => Self::Ms365dSuppressionRule,
                "PurviewDataMapOperation" => Self::PurviewDataMapOperation,
                "FilteringUrlPostClickAction" => Self::FilteringUrlPostClickAction,
                "IrmUserDefinedDetectionSignal" => Self::IrmUserDefinedDetectionSignal,
                "TeamsUpdates" => Self::TeamsUpdates,
                "PlannerRosterSensitivityLabel" => Self::PlannerRosterSensitivityLabel,
                "MS365DIncident" => Self::Ms365dIncident,
                "FilteringDelistingMetadata" => Self::FilteringDelistingMetadata,
                "ComplianceDLPSharePointClassificationExtended" => {
                    Self::ComplianceDlpSharePointClassificationExtended
                }
                "MicrosoftDefenderForIdentityAudit" => {
                    Self::MicrosoftDefenderForIdentityAudit
                }
                "SupervisoryReviewDayXInsight" => Self::SupervisoryReviewDayXInsight,
                "DefenderExpertsforXDRAdmin" => Self::DefenderExpertsforXdrAdmin,
                "CDPEdgeBlockedMessage" => Self::CdpEdgeBlockedMessage,
                "HostedRpa" => Self::HostedRpa,
                "CdpContentExplorerAggregateRecord" => {
                    Self::CdpContentExplorerAggregateRecord
                }
                "CDPHygieneAttachmentInfo" => Self::CdpHygieneAttachmentInfo,
                "CDPHygieneSummary" => Self::CdpHygieneSummary,
                "CDPPostMailDeliveryAction" => Self::CdpPostMailDeliveryAction,
                "CDPEmailFeatures" => Self::CdpEmailFeatures,
                "CDPHygieneUrlInfo" => Self::CdpHygieneUrlInfo,
                "CDPUrlClick" => Self::CdpUrlClick,
                "CDPPackageManagerHygieneEvent" => Self::CdpPackageManagerHygieneEvent,
                "FilteringDocScan" => Self::FilteringDocScan,
                "TimeTravelFilteringDocScan" => Self::TimeTravelFilteringDocScan,
                "MAPGOnboard" => Self::MapgOnboard,
                "VfamCreatePolicy" => Self::VfamCreatePolicy,
                "VfamUpdatePolicy" => Self::VfamUpdatePolicy,
                "VfamDeletePolicy" => Self::VfamDeletePolicy,
                "M365DAAD" => Self::M365daad,
                "CdpColdCrawlStatus" => Self::CdpColdCrawlStatus,
                "PowerPlatformAdministratorActivity" => {
                    Self::PowerPlatformAdministratorActivity
                }
                "Windows365CustomerLockbox" => Self::Windows365CustomerLockbox,
                "CdpResourceScopeChangeEvent" => Self::CdpResourceScopeChangeEvent,
                "ComplianceCCExchangeExecutionResult" => {
                    Self::ComplianceCcExchangeExecutionResult
                }
                "CdpOcrCostEstimatorRecord" => Self::CdpOcrCostEstimatorRecord,
                "CopilotInteraction" => Self::CopilotInteraction,
                "CdpOcrBillingRecord" => Self::CdpOcrBillingRecord,
                "ComplianceDLPApplications" => Self::ComplianceDlpApplications,
                "UAMOperation" => Self::UamOperation,
                "VivaLearning" => Self::VivaLearning,
                "VivaLearningAdmin" => Self::VivaLearningAdmin,
                "PurviewPolicyOperation" => Self::PurviewPolicyOperation,
                "PurviewMetadataPolicyOperation" => Self::PurviewMetadataPolicyOperation,
                "PeopleAdminSettings" => Self::PeopleAdminSettings,
                "CdpComplianceDLPExchangeClassification" => {
                    Self::CdpComplianceDlpExchangeClassification
                }
                "CdpComplianceDLPSharePointClassification" => {
                    Self::CdpComplianceDlpSharePointClassification
                }
                "FilteringBulkSenderInsightData" => Self::FilteringBulkSenderInsightData,
                "FilteringBulkThresholdInsightData" => {
                    Self::FilteringBulkThresholdInsightData
                }
                "PrivacyOpenAccess" => Self::PrivacyOpenAccess,
                "OWAAuth" => Self::OwaAuth,
                "ComplianceDLPApplicationsClassification" => {
                    Self::ComplianceDlpApplicationsClassification
                }
                "SharePointESignature" => Self::SharePointESignature,
                "Dynamics365BusinessCentral" => Self::Dynamics365BusinessCentral,
                "MeshWorlds" => Self::MeshWorlds,
                "VivaPulseResponse" => Self::VivaPulseResponse,
                "VivaPulseOrganizer" => Self::VivaPulseOrganizer,
                "VivaPulseAdmin" => Self::VivaPulseAdmin,
                "VivaPulseReport" => Self::VivaPulseReport,
                "AIAppInteraction" => Self::AiAppInteraction,
                "ComplianceDLMExchange" => Self::ComplianceDlmExchange,
                "ComplianceDLMSharePoint" => Self::ComplianceDlmSharePoint,
                "ProjectForTheWebAssignedToMeSettings" => {
                    Self::ProjectForTheWebAssignedToMeSettings
                }
                "CPSOperation" => Self::CpsOperation,
                "ComplianceDLPExchangeDiscovery" => Self::ComplianceDlpExchangeDiscovery,
                "PurviewMCRecommendation" => Self::PurviewMcRecommendation,
                "ComplianceDLPEndpointDiscovery" => Self::ComplianceDlpEndpointDiscovery,
                "InsiderRiskScopedUserInsights" => Self::InsiderRiskScopedUserInsights,
                "MicrosoftTeamsRetentionLabelAction" => {
                    Self::MicrosoftTeamsRetentionLabelAction
                }
                "AadRiskDetection" => Self::AadRiskDetection,
                "AuditSearch" => Self::AuditSearch,
                "AuditRetentionPolicy" => Self::AuditRetentionPolicy,
                "AuditConfig" => Self::AuditConfig,
                "Microsoft365BackupBackupPolicy" => Self::Microsoft365BackupBackupPolicy,
                "Microsoft365BackupRestoreTask" => Self::Microsoft365BackupRestoreTask,
                "Microsoft365BackupRestoreItem" => Self::Microsoft365BackupRestoreItem,
                "Microsoft365BackupBackupItem" => Self::Microsoft365BackupBackupItem,
                "URBACAssignment" => Self::UrbacAssignment,
                "URBACRole" => Self::UrbacRole,
                "URBACEnableState" => Self::UrbacEnableState,
                "IRMSecurityAlert" => Self::IrmSecurityAlert,
                "PurviewInsiderRiskCases" => Self::PurviewInsiderRiskCases,
                "PurviewInsiderRiskAlerts" => Self::PurviewInsiderRiskAlerts,
                "InsiderRiskScopedUsers" => Self::InsiderRiskScopedUsers,
                "CdpConsumptionResource" => Self::CdpConsumptionResource,
                "CreateCopilotPlugin" => Self::CreateCopilotPlugin,
                "UpdateCopilotPlugin" => Self::UpdateCopilotPlugin,
                "DeleteCopilotPlugin" => Self::DeleteCopilotPlugin,
                "EnableCopilotPlugin" => Self::EnableCopilotPlugin,
                "DisableCopilotPlugin" => Self::DisableCopilotPlugin,
                "CreateCopilotWorkspace" => Self::CreateCopilotWorkspace,
                "UpdateCopilotWorkspace" => Self::UpdateCopilotWorkspace,
                "DeleteCopilotWorkspace" => Self::DeleteCopilotWorkspace,
                "EnableCopilotWorkspace" => Self::EnableCopilotWorkspace,
                "DisableCopilotWorkspace" => Self::DisableCopilotWorkspace,
                "CreateCopilotPromptBook" => Self::CreateCopilotPromptBook,
                "UpdateCopilotPromptBook" => Self::UpdateCopilotPromptBook,
                "DeleteCopilotPromptBook" => Self::DeleteCopilotPromptBook,
                "EnableCopilotPromptBook" => Self::EnableCopilotPromptBook,
                "DisableCopilotPromptBook" => Self::DisableCopilotPromptBook,
                "UpdateCopilotSettings" => Self::UpdateCopilotSettings,
                "P4AIAssessmentRecord" => Self::P4aiAssessmentRecord,
                "P4AIAssessmentLocationResultRecord" => {
                    Self::P4aiAssessmentLocationResultRecord
                }
                "ConnectedAIAppInteraction" => Self::ConnectedAiAppInteraction,
                "PrivaPrivacyConsentOperation" => Self::PrivaPrivacyConsentOperation,
                "PrivaPrivacyAssessmentOperation" => {
                    Self::PrivaPrivacyAssessmentOperation
                }
                "DataCatalogAccessRequests" => Self::DataCatalogAccessRequests,
                "ComplianceSettingsChange" => Self::ComplianceSettingsChange,
                "DataSecurityInvestigation" => Self::DataSecurityInvestigation,
                "TeamCopilotInteraction" => Self::TeamCopilotInteraction,
                "IRMActivityAuditTrail" => Self::IrmActivityAuditTrail,
                "SharePointContentSecurityPolicy" => {
                    Self::SharePointContentSecurityPolicy
                }
                "CloudUpdateProfileConfig" => Self::CloudUpdateProfileConfig,
                "CloudUpdateTenantConfig" => Self::CloudUpdateTenantConfig,
                "CloudUpdateDeviceConfig" => Self::CloudUpdateDeviceConfig,
                "DefenderPreviewFeatures" => Self::DefenderPreviewFeatures,
                "DeviceDiscoverySettingsExclusion" => {
                    Self::DeviceDiscoverySettingsExclusion
                }
                "DeviceDiscoverySettingsAuthenticatedScans" => {
                    Self::DeviceDiscoverySettingsAuthenticatedScans
                }
                "CriticalAssetManagementClassification" => {
                    Self::CriticalAssetManagementClassification
                }
                "DeviceDiscoverySettings" => Self::DeviceDiscoverySettings,
                "USXWorkspaceOnboarding" => Self::UsxWorkspaceOnboarding,
                "VivaGlintAdvancedConfiguration" => Self::VivaGlintAdvancedConfiguration,
                "VivaGlintPulseProgram" => Self::VivaGlintPulseProgram,
                "VivaGlintPulseProgramRespondentRate" => {
                    Self::VivaGlintPulseProgramRespondentRate
                }
                "VivaGlintQuestion" => Self::VivaGlintQuestion,
                "VivaGlintRole" => Self::VivaGlintRole,
                "VivaGlintRubicon" => Self::VivaGlintRubicon,
                "VivaGlintSupportAccess" => Self::VivaGlintSupportAccess,
                "VivaGlintSystem" => Self::VivaGlintSystem,
                "VivaGlintUser" => Self::VivaGlintUser,
                "VivaGlintUserGroup" => Self::VivaGlintUserGroup,
                "VivaGlintFeedbackProgram" => Self::VivaGlintFeedbackProgram,
                "FabricAudit" => Self::FabricAudit,
                "TrainableClassifier" => Self::TrainableClassifier,
                "WebContentFiltering" => Self::WebContentFiltering,
                "NoisyAlertPolicy" => Self::NoisyAlertPolicy,
                "OnDemandSharePointClassification" => {
                    Self::OnDemandSharePointClassification
                }
                "AIInteractionsExport" => Self::AiInteractionsExport,
                "Microsoft365CopilotScheduledPrompt" => {
                    Self::Microsoft365CopilotScheduledPrompt
                }
                "PlacesDirectory" => Self::PlacesDirectory,
                "MDAAudit" => Self::MdaAudit,
                "OpticalCharacterRecognition" => Self::OpticalCharacterRecognition,
                "M365SearchSections" => Self::M365SearchSections,
                "OfficeClientRestrictedModeAction" => {
                    Self::OfficeClientRestrictedModeAction
                }
                "CrossTenantAccessPolicy" => Self::CrossTenantAccessPolicy,
                "OutlookCopilotAutomation" => Self::OutlookCopilotAutomation,
                "VivaEngageNetworkAssociation" => Self::VivaEngageNetworkAssociation,
                "AppAdminActivity" => Self::AppAdminActivity,
                "AppSettingsAdminActivity" => Self::AppSettingsAdminActivity,
                "UniversalPrintPrintJob" => Self::UniversalPrintPrintJob,
                "SentinelNotebookOnLake" => Self::SentinelNotebookOnLake,
                "SentinelJob" => Self::SentinelJob,
                "SentinelGraph" => Self::SentinelGraph,
                "SentinelKQLOnLake" => Self::SentinelKqlOnLake,
                "SentinelPackage" => Self::SentinelPackage,
                "VivaAmplifyOutlookSensitivityLabel" => {
                    Self::VivaAmplifyOutlookSensitivityLabel
                }
                "CopilotActions" => Self::CopilotActions,
                "AIInteractionsSubscription" => Self::AiInteractionsSubscription,
                "AIInteractionsChangeNotification" => {
                    Self::AiInteractionsChangeNotification
                }
                "FilteringMailMetadataExtended" => Self::FilteringMailMetadataExtended,
                "SentinelLakeOnboarding" => Self::SentinelLakeOnboarding,
                "SentinelLakeDataOnboarding" => Self::SentinelLakeDataOnboarding,
                "OfficeRestrictedModeAction" => Self::OfficeRestrictedModeAction,
                "CopilotForSecurityTrigger" => Self::CopilotForSecurityTrigger,
                "CopilotAgentManagement" => Self::CopilotAgentManagement,
                "P4AIAssessmentFabricScannerRecord" => {
                    Self::P4aiAssessmentFabricScannerRecord
                }
                "PlannerGoal" => Self::PlannerGoal,
                "PlannerGoalList" => Self::PlannerGoalList,
                "ThreatIntelligenceObject" => Self::ThreatIntelligenceObject,
                "ThreatIntelligenceExport" => Self::ThreatIntelligenceExport,
                "SubmissionAgenticGradingResult" => Self::SubmissionAgenticGradingResult,
                "AgentAdminActivity" => Self::AgentAdminActivity,
                "DeployFeatureActivity" => Self::DeployFeatureActivity,
                "AgentSettingsAdminActivity" => Self::AgentSettingsAdminActivity,
                "OrganizationalDataInM365" => Self::OrganizationalDataInM365,
                "PlannerChatMessage" => Self::PlannerChatMessage,
                "PlannerChatMessageList" => Self::PlannerChatMessageList,
                "SentinelAITool" => Self::SentinelAiTool,
                "M365ODSPAssetMetadata" => Self::M365odspAssetMetadata,
                "AIExecuteTool" => Self::AiExecuteTool,
                "AIInvokeAgent" => Self::AiInvokeAgent,
                "AIInferenceCall" => Self::AiInferenceCall,
                "CdpClassifierHealthRecord" => Self::CdpClassifierHealthRecord,
                "SensitiveInfoRemediationAgentData" => {
                    Self::SensitiveInfoRemediationAgentData
                }
                "ComplianceDLPEnforcement" => Self::ComplianceDlpEnforcement,
                "A365AIExecuteTool" => Self::A365aiExecuteTool,
                "A365AIInvokeAgent" => Self::A365aiInvokeAgent,
                "A365AIInferenceCall" => Self::A365aiInferenceCall,
                "VivaEngageSegment" => Self::VivaEngageSegment,
                "RTIOperationsAgent" => Self::RtiOperationsAgent,
                "ContentStoreMetadata" => Self::ContentStoreMetadata,
                "CCRAIPolicyViolation" => Self::CcraiPolicyViolation,
                "PlannerPlanSensitivityLabel" => Self::PlannerPlanSensitivityLabel,
                "MosAgentInfoRecord" => Self::MosAgentInfoRecord,
                "A365AIRunSummary" => Self::A365aiRunSummary,
                "UnifiedCatalogConceptAction" => Self::UnifiedCatalogConceptAction,
                "DefenderCaseManagement" => Self::DefenderCaseManagement,
                "CopilotForSecurityLogging" => Self::CopilotForSecurityLogging,
                "VivaEngageEvents" => Self::VivaEngageEvents,
                "CallActivityEvent" => Self::CallActivityEvent,
                "SonarDetonationContentMetadata" => Self::SonarDetonationContentMetadata,
                "UniversalPrintManagement" => Self::UniversalPrintManagement,
                "YammerUserHiding" => Self::YammerUserHiding,
                "Microsoft365BackupGranularBrowseTask" => {
                    Self::Microsoft365BackupGranularBrowseTask
                }
                "PurviewPostureAgent" => Self::PurviewPostureAgent,
                "MSDECustomCollection" => Self::MsdeCustomCollection,
                "SCPUsageEvent" => Self::ScpUsageEvent,
                "SCPConfigurationEvent" => Self::ScpConfigurationEvent,
                "MDCConfigurationEvent" => Self::MdcConfigurationEvent,
                "MDCUsageEvent" => Self::MdcUsageEvent,
                "A365SpanOutputs" => Self::A365SpanOutputs,
                "PowerPlatformTenantIsolation" => Self::PowerPlatformTenantIsolation,
                "CDPDLMAIInteractionInsights" => Self::CdpdlmaiInteractionInsights,
                "P4AIAssessmentCategoryRecord" => Self::P4aiAssessmentCategoryRecord,
                "SentinelLakeEncryption" => Self::SentinelLakeEncryption,
                "AZFWNetworkRule" => Self::AzfwNetworkRule,
                "AZFWDnsQuery" => Self::AzfwDnsQuery,
                "AZFWApplicationRuleAggregation" => Self::AzfwApplicationRuleAggregation,
                "TeamsEvalDataHubDataAccess" => Self::TeamsEvalDataHubDataAccess,
                "TeamsEvalDataHubPermissionChange" => {
                    Self::TeamsEvalDataHubPermissionChange
                }
                "TeamsEvalDataHubAdminOperation" => Self::TeamsEvalDataHubAdminOperation,
                "VivaGlintOrganizationalData" => Self::VivaGlintOrganizationalData,
                "AlertSubmission" => Self::AlertSubmission,
                "AlertSubmissionResultDetail" => Self::AlertSubmissionResultDetail,
                "ComplianceSitGradingSharePoint" => Self::ComplianceSitGradingSharePoint,
                "CompliancePolicyGradingSharePoint" => {
                    Self::CompliancePolicyGradingSharePoint
                }
                "AzureAISearchAudit" => Self::AzureAiSearchAudit,
                "P4AIRiskScoreRecord" => Self::P4aiRiskScoreRecord,
                "DragonCopilotAdmin" => Self::DragonCopilotAdmin,
                "AISpanOutputs" => Self::AiSpanOutputs,
                "EopSubmissionFeedEntity" => Self::EopSubmissionFeedEntity,
                "SonarFileDetonationEntity" => Self::SonarFileDetonationEntity,
                "SonarSubmissionEntity" => Self::SonarSubmissionEntity,
                "SonarUrlDetonationEntity" => Self::SonarUrlDetonationEntity,
                "SubmissionEntity" => Self::SubmissionEntity,
                "SonarDetonationEntity" => Self::SonarDetonationEntity,
                "MicrosoftTeamsUserConcern" => Self::MicrosoftTeamsUserConcern,
                "VivaGlintAgenticCampaign" => Self::VivaGlintAgenticCampaign,
                "MSPVectorSearchContentMetadata" => Self::MspVectorSearchContentMetadata,
                "FabricPolicy" => Self::FabricPolicy,
                "SecurityCopilotAgentIdentityManagement" => {
                    Self::SecurityCopilotAgentIdentityManagement
                }
                "CopilotSessionSharing" => Self::CopilotSessionSharing,
                "DragonCopilotAccess" => Self::DragonCopilotAccess,
                "DragonCopilotClinicalData" => Self::DragonCopilotClinicalData,
                "DragonCopilotSession" => Self::DragonCopilotSession,
                "MosAgentInfoRecordV2" => Self::MosAgentInfoRecordV2,
                "SecurityDevelopmentLifecycleAILog" => {
                    Self::SecurityDevelopmentLifecycleAiLog
                }
                "MDASH" => Self::Mdash,
                "DefenderSecurityForAIConfiguration" => {
                    Self::DefenderSecurityForAiConfiguration
                }
                "SparkCoreCustomLivePool" => Self::SparkCoreCustomLivePool,
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
            Self::ExchangeAdmin => "ExchangeAdmin",
            Self::ExchangeItem => "ExchangeItem",
            Self::ExchangeItemGroup => "ExchangeItemGroup",
            Self::SharePoint => "SharePoint",
            Self::SyntheticProbe => "SyntheticProbe",
            Self::SharePointFileOperation => "SharePointFileOperation",
            Self::OneDrive => "OneDrive",
            Self::AzureActiveDirectory => "AzureActiveDirectory",
            Self::AzureActiveDirectoryAccountLogon => "AzureActiveDirectoryAccountLogon",
            Self::DataCenterSecurityCmdlet => "DataCenterSecurityCmdlet",
            Self::ComplianceDlpSharePoint => "ComplianceDLPSharePoint",
            Self::Sway => "Sway",
            Self::ComplianceDlpExchange => "ComplianceDLPExchange",
            Self::SharePointSharingOperation => "SharePointSharingOperation",
            Self::AzureActiveDirectoryStsLogon => "AzureActiveDirectoryStsLogon",
            Self::SkypeForBusinessPstnUsage => "SkypeForBusinessPSTNUsage",
            Self::SkypeForBusinessUsersBlocked => "SkypeForBusinessUsersBlocked",
            Self::SecurityComplianceCenterEopCmdlet => {
                "SecurityComplianceCenterEOPCmdlet"
            }
            Self::ExchangeAggregatedOperation => "ExchangeAggregatedOperation",
            Self::PowerBiAudit => "PowerBIAudit",
            Self::Crm => "CRM",
            Self::Yammer => "Yammer",
            Self::SkypeForBusinessCmdlets => "SkypeForBusinessCmdlets",
            Self::Discovery => "Discovery",
            Self::MicrosoftTeams => "MicrosoftTeams",
            Self::ThreatIntelligence => "ThreatIntelligence",
            Self::MailSubmission => "MailSubmission",
            Self::MicrosoftFlow => "MicrosoftFlow",
            Self::AeD => "AeD",
            Self::MicrosoftStream => "MicrosoftStream",
            Self::ComplianceDlpSharePointClassification => {
                "ComplianceDLPSharePointClassification"
            }
            Self::ThreatFinder => "ThreatFinder",
            Self::Project => "Project",
            Self::SharePointListOperation => "SharePointListOperation",
            Self::SharePointCommentOperation => "SharePointCommentOperation",
            Self::DataGovernance => "DataGovernance",
            Self::Kaizala => "Kaizala",
            Self::SecurityComplianceAlerts => "SecurityComplianceAlerts",
            Self::ThreatIntelligenceUrl => "ThreatIntelligenceUrl",
            Self::SecurityComplianceInsights => "SecurityComplianceInsights",
            Self::MipLabel => "MIPLabel",
            Self::WorkplaceAnalytics => "WorkplaceAnalytics",
            Self::PowerAppsApp => "PowerAppsApp",
            Self::PowerAppsPlan => "PowerAppsPlan",
            Self::ThreatIntelligenceAtpContent => "ThreatIntelligenceAtpContent",
            Self::LabelContentExplorer => "LabelContentExplorer",
            Self::TeamsHealthcare => "TeamsHealthcare",
            Self::ExchangeItemAggregated => "ExchangeItemAggregated",
            Self::HygieneEvent => "HygieneEvent",
            Self::DataInsightsRestApiAudit => "DataInsightsRestApiAudit",
            Self::InformationBarrierPolicyApplication => {
                "InformationBarrierPolicyApplication"
            }
            Self::SharePointListItemOperation => "SharePointListItemOperation",
            Self::SharePointContentTypeOperation => "SharePointContentTypeOperation",
            Self::SharePointFieldOperation => "SharePointFieldOperation",
            Self::MicrosoftTeamsAdmin => "MicrosoftTeamsAdmin",
            Self::HrSignal => "HRSignal",
            Self::MicrosoftTeamsDevice => "MicrosoftTeamsDevice",
            Self::MicrosoftTeamsAnalytics => "MicrosoftTeamsAnalytics",
            Self::InformationWorkerProtection => "InformationWorkerProtection",
            Self::Campaign => "Campaign",
            Self::DlpEndpoint => "DLPEndpoint",
            Self::AirInvestigation => "AirInvestigation",
            Self::Quarantine => "Quarantine",
            Self::MicrosoftForms => "MicrosoftForms",
            Self::ApplicationAudit => "ApplicationAudit",
            Self::ComplianceSupervisionExchange => "ComplianceSupervisionExchange",
            Self::CustomerKeyServiceEncryption => "CustomerKeyServiceEncryption",
            Self::OfficeNative => "OfficeNative",
            Self::MipAutoLabelSharePointItem => "MipAutoLabelSharePointItem",
            Self::MipAutoLabelSharePointPolicyLocation => {
                "MipAutoLabelSharePointPolicyLocation"
            }
            Self::MicrosoftTeamsShifts => "MicrosoftTeamsShifts",
            Self::SecureScore => "SecureScore",
            Self::MipAutoLabelExchangeItem => "MipAutoLabelExchangeItem",
            Self::CortanaBriefing => "CortanaBriefing",
            Self::Search => "Search",
            Self::WdatpAlerts => "WDATPAlerts",
            Self::PowerPlatformAdminDlp => "PowerPlatformAdminDlp",
            Self::PowerPlatformAdminEnvironment => "PowerPlatformAdminEnvironment",
            Self::MdatpAudit => "MDATPAudit",
            Self::SensitivityLabelPolicyMatch => "SensitivityLabelPolicyMatch",
            Self::SensitivityLabelAction => "SensitivityLabelAction",
            Self::SensitivityLabeledFileAction => "SensitivityLabeledFileAction",
            Self::AttackSim => "AttackSim",
            Self::AirManualInvestigation => "AirManualInvestigation",
            Self::SecurityComplianceRbac => "SecurityComplianceRBAC",
            Self::UserTraining => "UserTraining",
            Self::AirAdminActionInvestigation => "AirAdminActionInvestigation",
            Self::Mstic => "MSTIC",
            Self::PhysicalBadgingSignal => "PhysicalBadgingSignal",
            Self::TeamsEasyApprovals => "TeamsEasyApprovals",
            Self::AipDiscover => "AipDiscover",
            Self::AipSensitivityLabelAction => "AipSensitivityLabelAction",
            Self::AipProtectionAction => "AipProtectionAction",
            Self::AipFileDeleted => "AipFileDeleted",
            Self::AipHeartBeat => "AipHeartBeat",
            Self::McasAlerts => "MCASAlerts",
            Self::OnPremisesFileShareScannerDlp => "OnPremisesFileShareScannerDlp",
            Self::OnPremisesSharePointScannerDlp => "OnPremisesSharePointScannerDlp",
            Self::ExchangeSearch => "ExchangeSearch",
            Self::SharePointSearch => "SharePointSearch",
            Self::PrivacyDataMinimization => "PrivacyDataMinimization",
            Self::LabelAnalyticsAggregate => "LabelAnalyticsAggregate",
            Self::MyAnalyticsSettings => "MyAnalyticsSettings",
            Self::SecurityComplianceUserChange => "SecurityComplianceUserChange",
            Self::ComplianceDlpExchangeClassification => {
                "ComplianceDLPExchangeClassification"
            }
            Self::ComplianceDlpEndpoint => "ComplianceDLPEndpoint",
            Self::MipExactDataMatch => "MipExactDataMatch",
            Self::MsdeResponseActions => "MSDEResponseActions",
            Self::MsdeGeneralSettings => "MSDEGeneralSettings",
            Self::MsdeIndicatorsSettings => "MSDEIndicatorsSettings",
            Self::Ms365dCustomDetection => "MS365DCustomDetection",
            Self::MsdeRolesSettings => "MSDERolesSettings",
            Self::MapgAlerts => "MAPGAlerts",
            Self::MapgPolicy => "MAPGPolicy",
            Self::MapgRemediation => "MAPGRemediation",
            Self::PrivacyRemediationAction => "PrivacyRemediationAction",
            Self::PrivacyDigestEmail => "PrivacyDigestEmail",
            Self::MipAutoLabelSimulationProgress => "MipAutoLabelSimulationProgress",
            Self::MipAutoLabelSimulationCompletion => "MipAutoLabelSimulationCompletion",
            Self::MipAutoLabelProgressFeedback => "MipAutoLabelProgressFeedback",
            Self::DlpSensitiveInformationType => "DlpSensitiveInformationType",
            Self::MipAutoLabelSimulationStatistics => "MipAutoLabelSimulationStatistics",
            Self::LargeContentMetadata => "LargeContentMetadata",
            Self::Microsoft365Group => "Microsoft365Group",
            Self::CdpMlInferencingResult => "CDPMlInferencingResult",
            Self::FilteringMailMetadata => "FilteringMailMetadata",
            Self::CdpClassificationMailItem => "CDPClassificationMailItem",
            Self::CdpClassificationDocument => "CDPClassificationDocument",
            Self::OfficeScriptsRunAction => "OfficeScriptsRunAction",
            Self::FilteringPostMailDeliveryAction => "FilteringPostMailDeliveryAction",
            Self::CdpUnifiedFeedback => "CDPUnifiedFeedback",
            Self::TenantAllowBlockList => "TenantAllowBlockList",
            Self::ConsumptionResource => "ConsumptionResource",
            Self::HealthcareSignal => "HealthcareSignal",
            Self::DlpImportResult => "DlpImportResult",
            Self::CdpCompliancePolicyExecution => "CDPCompliancePolicyExecution",
            Self::MultiStageDisposition => "MultiStageDisposition",
            Self::PrivacyDataMatch => "PrivacyDataMatch",
            Self::FilteringDocMetadata => "FilteringDocMetadata",
            Self::FilteringEmailFeatures => "FilteringEmailFeatures",
            Self::PowerBiDlp => "PowerBIDlp",
            Self::FilteringUrlInfo => "FilteringUrlInfo",
            Self::FilteringAttachmentInfo => "FilteringAttachmentInfo",
            Self::CoreReportingSettings => "CoreReportingSettings",
            Self::ComplianceConnector => "ComplianceConnector",
            Self::PowerPlatformLockboxResourceAccessRequest => {
                "PowerPlatformLockboxResourceAccessRequest"
            }
            Self::PowerPlatformLockboxResourceCommand => {
                "PowerPlatformLockboxResourceCommand"
            }
            Self::CdpPredictiveCodingLabel => "CDPPredictiveCodingLabel",
            Self::CdpCompliancePolicyUserFeedback => "CDPCompliancePolicyUserFeedback",
            Self::WebpageActivityEndpoint => "WebpageActivityEndpoint",
            Self::OmePortal => "OMEPortal",
            Self::CmImprovementActionChange => "CMImprovementActionChange",
            Self::FilteringUrlClick => "FilteringUrlClick",
            Self::MipLabelAnalyticsAuditRecord => "MipLabelAnalyticsAuditRecord",
            Self::FilteringEntityEvent => "FilteringEntityEvent",
            Self::FilteringRuleHits => "FilteringRuleHits",
            Self::FilteringMailSubmission => "FilteringMailSubmission",
            Self::LabelExplorer => "LabelExplorer",
            Self::MicrosoftManagedServicePlatform => "MicrosoftManagedServicePlatform",
            Self::PowerPlatformServiceActivity => "PowerPlatformServiceActivity",
            Self::ScorePlatformGenericAuditRecord => "ScorePlatformGenericAuditRecord",
            Self::FilteringTimeTravelDocMetadata => "FilteringTimeTravelDocMetadata",
            Self::Alert => "Alert",
            Self::AlertStatus => "AlertStatus",
            Self::AlertIncident => "AlertIncident",
            Self::IncidentStatus => "IncidentStatus",
            Self::Case => "Case",
            Self::CaseInvestigation => "CaseInvestigation",
            Self::RecordsManagement => "RecordsManagement",
            Self::PrivacyRemediation => "PrivacyRemediation",
            Self::DataShareOperation => "DataShareOperation",
            Self::CdpDlpSensitive => "CdpDlpSensitive",
            Self::EhrConnector => "EHRConnector",
            Self::FilteringMailGradingResult => "FilteringMailGradingResult",
            Self::PublicFolder => "PublicFolder",
            Self::PrivacyTenantAuditHistoryRecord => "PrivacyTenantAuditHistoryRecord",
            Self::AipScannerDiscoverEvent => "AipScannerDiscoverEvent",
            Self::EduDataLakeDownloadOperation => "EduDataLakeDownloadOperation",
            Self::M365ComplianceConnector => "M365ComplianceConnector",
            Self::MicrosoftGraphDataConnectOperation => {
                "MicrosoftGraphDataConnectOperation"
            }
            Self::MicrosoftPurview => "MicrosoftPurview",
            Self::FilteringEmailContentFeatures => "FilteringEmailContentFeatures",
            Self::PowerPagesSite => "PowerPagesSite",
            Self::PowerAppsResource => "PowerAppsResource",
            Self::PlannerPlan => "PlannerPlan",
            Self::PlannerCopyPlan => "PlannerCopyPlan",
            Self::PlannerTask => "PlannerTask",
            Self::PlannerRoster => "PlannerRoster",
            Self::PlannerPlanList => "PlannerPlanList",
            Self::PlannerTaskList => "PlannerTaskList",
            Self::PlannerTenantSettings => "PlannerTenantSettings",
            Self::ProjectForTheWebProject => "ProjectForTheWebProject",
            Self::ProjectForTheWebTask => "ProjectForTheWebTask",
            Self::ProjectForTheWebRoadmap => "ProjectForTheWebRoadmap",
            Self::ProjectForTheWebRoadmapItem => "ProjectForTheWebRoadmapItem",
            Self::ProjectForTheWebProjectSettings => "ProjectForTheWebProjectSettings",
            Self::ProjectForTheWebRoadmapSettings => "ProjectForTheWebRoadmapSettings",
            Self::QuarantineMetadata => "QuarantineMetadata",
            Self::MicrosoftTodoAudit => "MicrosoftTodoAudit",
            Self::TimeTravelFilteringDocMetadata => "TimeTravelFilteringDocMetadata",
            Self::TeamsQuarantineMetadata => "TeamsQuarantineMetadata",
            Self::SharePointAppPermissionOperation => "SharePointAppPermissionOperation",
            Self::MicrosoftTeamsSensitivityLabelAction => {
                "MicrosoftTeamsSensitivityLabelAction"
            }
            Self::FilteringTeamsMetadata => "FilteringTeamsMetadata",
            Self::FilteringTeamsUrlInfo => "FilteringTeamsUrlInfo",
            Self::FilteringTeamsPostDeliveryAction => "FilteringTeamsPostDeliveryAction",
            Self::MdcAssessments => "MDCAssessments",
            Self::MdcRegulatoryComplianceStandards => "MDCRegulatoryComplianceStandards",
            Self::MdcRegulatoryComplianceControls => "MDCRegulatoryComplianceControls",
            Self::MdcRegulatoryComplianceAssessments => {
                "MDCRegulatoryComplianceAssessments"
            }
            Self::MdcSecurityConnectors => "MDCSecurityConnectors",
            Self::MdaDataSecuritySignal => "MDADataSecuritySignal",
            Self::VivaGoals => "VivaGoals",
            Self::FilteringRuntimeInfo => "FilteringRuntimeInfo",
            Self::AttackSimAdmin => "AttackSimAdmin",
            Self::MicrosoftGraphDataConnectConsent => "MicrosoftGraphDataConnectConsent",
            Self::FilteringAtpDetonationInfo => "FilteringAtpDetonationInfo",
            Self::PrivacyPortal => "PrivacyPortal",
            Self::ManagedTenants => "ManagedTenants",
            Self::UnifiedSimulationMatchedItem => "UnifiedSimulationMatchedItem",
            Self::UnifiedSimulationSummary => "UnifiedSimulationSummary",
            Self::UpdateQuarantineMetadata => "UpdateQuarantineMetadata",
            Self::Ms365dSuppressionRule => "MS365DSuppressionRule",
            Self::PurviewDataMapOperation => "PurviewDataMapOperation",
            Self::FilteringUrlPostClickAction => "FilteringUrlPostClickAction",
            Self::IrmUserDefinedDetectionSignal => "IrmUserDefinedDetectionSignal",
            Self::TeamsUpdates => "TeamsUpdates",
            Self::PlannerRosterSensitivityLabel => "PlannerRosterSensitivityLabel",
            Self::Ms365dIncident => "MS365DIncident",
            Self::FilteringDelistingMetadata => "FilteringDelistingMetadata",
            Self::ComplianceDlpSharePointClassificationExtended => {
                "ComplianceDLPSharePointClassificationExtended"
            }
            Self::MicrosoftDefenderForIdentityAudit => {
                "MicrosoftDefenderForIdentityAudit"
            }
            Self::SupervisoryReviewDayXInsight => "SupervisoryReviewDayXInsight",
            Self::DefenderExpertsforXdrAdmin => "DefenderExpertsforXDRAdmin",
            Self::CdpEdgeBlockedMessage => "CDPEdgeBlockedMessage",
            Self::HostedRpa => "HostedRpa",
            Self::CdpContentExplorerAggregateRecord => {
                "CdpContentExplorerAggregateRecord"
            }
            Self::CdpHygieneAttachmentInfo => "CDPHygieneAttachmentInfo",
            Self::CdpHygieneSummary => "CDPHygieneSummary",
            Self::CdpPostMailDeliveryAction => "CDPPostMailDeliveryAction",
            Self::CdpEmailFeatures => "CDPEmailFeatures",
            Self::CdpHygieneUrlInfo => "CDPHygieneUrlInfo",
            Self::CdpUrlClick => "CDPUrlClick",
            Self::CdpPackageManagerHygieneEvent => "CDPPackageManagerHygieneEvent",
            Self::FilteringDocScan => "FilteringDocScan",
            Self::TimeTravelFilteringDocScan => "TimeTravelFilteringDocScan",
            Self::MapgOnboard => "MAPGOnboard",
            Self::VfamCreatePolicy => "VfamCreatePolicy",
            Self::VfamUpdatePolicy => "VfamUpdatePolicy",
            Self::VfamDeletePolicy => "VfamDeletePolicy",
            Self::M365daad => "M365DAAD",
            Self::CdpColdCrawlStatus => "CdpColdCrawlStatus",
            Self::PowerPlatformAdministratorActivity => {
                "PowerPlatformAdministratorActivity"
            }
            Self::Windows365CustomerLockbox => "Windows365CustomerLockbox",
            Self::CdpResourceScopeChangeEvent => "CdpResourceScopeChangeEvent",
            Self::ComplianceCcExchangeExecutionResult => {
                "ComplianceCCExchangeExecutionResult"
            }
            Self::CdpOcrCostEstimatorRecord => "CdpOcrCostEstimatorRecord",
            Self::CopilotInteraction => "CopilotInteraction",
            Self::CdpOcrBillingRecord => "CdpOcrBillingRecord",
            Self::ComplianceDlpApplications => "ComplianceDLPApplications",
            Self::UamOperation => "UAMOperation",
            Self::VivaLearning => "VivaLearning",
            Self::VivaLearningAdmin => "VivaLearningAdmin",
            Self::PurviewPolicyOperation => "PurviewPolicyOperation",
            Self::PurviewMetadataPolicyOperation => "PurviewMetadataPolicyOperation",
            Self::PeopleAdminSettings => "PeopleAdminSettings",
            Self::CdpComplianceDlpExchangeClassification => {
                "CdpComplianceDLPExchangeClassification"
            }
            Self::CdpComplianceDlpSharePointClassification => {
                "CdpComplianceDLPSharePointClassification"
            }
            Self::FilteringBulkSenderInsightData => "FilteringBulkSenderInsightData",
            Self::FilteringBulkThresholdInsightData => {
                "FilteringBulkThresholdInsightData"
            }
            Self::PrivacyOpenAccess => "PrivacyOpenAccess",
            Self::OwaAuth => "OWAAuth",
            Self::ComplianceDlpApplicationsClassification => {
                "ComplianceDLPApplicationsClassification"
            }
            Self::SharePointESignature => "SharePointESignature",
            Self::Dynamics365BusinessCentral => "Dynamics365BusinessCentral",
            Self::MeshWorlds => "MeshWorlds",
            Self::VivaPulseResponse => "VivaPulseResponse",
            Self::VivaPulseOrganizer => "VivaPulseOrganizer",
            Self::VivaPulseAdmin => "VivaPulseAdmin",
            Self::VivaPulseReport => "VivaPulseReport",
            Self::AiAppInteraction => "AIAppInteraction",
            Self::ComplianceDlmExchange => "ComplianceDLMExchange",
            Self::ComplianceDlmSharePoint => "ComplianceDLMSharePoint",
            Self::ProjectForTheWebAssignedToMeSettings => {
                "ProjectForTheWebAssignedToMeSettings"
            }
            Self::CpsOperation => "CPSOperation",
            Self::ComplianceDlpExchangeDiscovery => "ComplianceDLPExchangeDiscovery",
            Self::PurviewMcRecommendation => "PurviewMCRecommendation",
            Self::ComplianceDlpEndpointDiscovery => "ComplianceDLPEndpointDiscovery",
            Self::InsiderRiskScopedUserInsights => "InsiderRiskScopedUserInsights",
            Self::MicrosoftTeamsRetentionLabelAction => {
                "MicrosoftTeamsRetentionLabelAction"
            }
            Self::AadRiskDetection => "AadRiskDetection",
            Self::AuditSearch => "AuditSearch",
            Self::AuditRetentionPolicy => "AuditRetentionPolicy",
            Self::AuditConfig => "AuditConfig",
            Self::Microsoft365BackupBackupPolicy => "Microsoft365BackupBackupPolicy",
            Self::Microsoft365BackupRestoreTask => "Microsoft365BackupRestoreTask",
            Self::Microsoft365BackupRestoreItem => "Microsoft365BackupRestoreItem",
            Self::Microsoft365BackupBackupItem => "Microsoft365BackupBackupItem",
            Self::UrbacAssignment => "URBACAssignment",
            Self::UrbacRole => "URBACRole",
            Self::UrbacEnableState => "URBACEnableState",
            Self::IrmSecurityAlert => "IRMSecurityAlert",
            Self::PurviewInsiderRiskCases => "PurviewInsiderRiskCases",
            Self::PurviewInsiderRiskAlerts => "PurviewInsiderRiskAlerts",
            Self::InsiderRiskScopedUsers => "InsiderRiskScopedUsers",
            Self::CdpConsumptionResource => "CdpConsumptionResource",
            Self::CreateCopilotPlugin => "CreateCopilotPlugin",
            Self::UpdateCopilotPlugin => "UpdateCopilotPlugin",
            Self::DeleteCopilotPlugin => "DeleteCopilotPlugin",
            Self::EnableCopilotPlugin => "EnableCopilotPlugin",
            Self::DisableCopilotPlugin => "DisableCopilotPlugin",
            Self::CreateCopilotWorkspace => "CreateCopilotWorkspace",
            Self::UpdateCopilotWorkspace => "UpdateCopilotWorkspace",
            Self::DeleteCopilotWorkspace => "DeleteCopilotWorkspace",
            Self::EnableCopilotWorkspace => "EnableCopilotWorkspace",
            Self::DisableCopilotWorkspace => "DisableCopilotWorkspace",
            Self::CreateCopilotPromptBook => "CreateCopilotPromptBook",
            Self::UpdateCopilotPromptBook => "UpdateCopilotPromptBook",
            Self::DeleteCopilotPromptBook => "DeleteCopilotPromptBook",
            Self::EnableCopilotPromptBook => "EnableCopilotPromptBook",
            Self::DisableCopilotPromptBook => "DisableCopilotPromptBook",
            Self::UpdateCopilotSettings => "UpdateCopilotSettings",
            Self::P4aiAssessmentRecord => "P4AIAssessmentRecord",
            Self::P4aiAssessmentLocationResultRecord => {
                "P4AIAssessmentLocationResultRecord"
            }
            Self::ConnectedAiAppInteraction => "ConnectedAIAppInteraction",
            Self::PrivaPrivacyConsentOperation => "PrivaPrivacyConsentOperation",
            Self::PrivaPrivacyAssessmentOperation => "PrivaPrivacyAssessmentOperation",
            Self::DataCatalogAccessRequests => "DataCatalogAccessRequests",
            Self::ComplianceSettingsChange => "ComplianceSettingsChange",
            Self::DataSecurityInvestigation => "DataSecurityInvestigation",
            Self::TeamCopilotInteraction => "TeamCopilotInteraction",
            Self::IrmActivityAuditTrail => "IRMActivityAuditTrail",
            Self::SharePointContentSecurityPolicy => "SharePointContentSecurityPolicy",
            Self::CloudUpdateProfileConfig => "CloudUpdateProfileConfig",
            Self::CloudUpdateTenantConfig => "CloudUpdateTenantConfig",
            Self::CloudUpdateDeviceConfig => "CloudUpdateDeviceConfig",
            Self::DefenderPreviewFeatures => "DefenderPreviewFeatures",
            Self::DeviceDiscoverySettingsExclusion => "DeviceDiscoverySettingsExclusion",
            Self::DeviceDiscoverySettingsAuthenticatedScans => {
                "DeviceDiscoverySettingsAuthenticatedScans"
            }
            Self::CriticalAssetManagementClassification => {
                "CriticalAssetManagementClassification"
            }
            Self::DeviceDiscoverySettings => "DeviceDiscoverySettings",
            Self::UsxWorkspaceOnboarding => "USXWorkspaceOnboarding",
            Self::VivaGlintAdvancedConfiguration => "VivaGlintAdvancedConfiguration",
            Self::VivaGlintPulseProgram => "VivaGlintPulseProgram",
            Self::VivaGlintPulseProgramRespondentRate => {
                "VivaGlintPulseProgramRespondentRate"
            }
            Self::VivaGlintQuestion => "VivaGlintQuestion",
            Self::VivaGlintRole => "VivaGlintRole",
            Self::VivaGlintRubicon => "VivaGlintRubicon",
            Self::VivaGlintSupportAccess => "VivaGlintSupportAccess",
            Self::VivaGlintSystem => "VivaGlintSystem",
            Self::VivaGlintUser => "VivaGlintUser",
            Self::VivaGlintUserGroup => "VivaGlintUserGroup",
            Self::VivaGlintFeedbackProgram => "VivaGlintFeedbackProgram",
            Self::FabricAudit => "FabricAudit",
            Self::TrainableClassifier => "TrainableClassifier",
            Self::WebContentFiltering => "WebContentFiltering",
            Self::NoisyAlertPolicy => "NoisyAlertPolicy",
            Self::OnDemandSharePointClassification => "OnDemandSharePointClassification",
            Self::AiInteractionsExport => "AIInteractionsExport",
            Self::Microsoft365CopilotScheduledPrompt => {
                "Microsoft365CopilotScheduledPrompt"
            }
            Self::PlacesDirectory => "PlacesDirectory",
            Self::MdaAudit => "MDAAudit",
            Self::OpticalCharacterRecognition => "OpticalCharacterRecognition",
            Self::M365SearchSections => "M365SearchSections",
            Self::OfficeClientRestrictedModeAction => "OfficeClientRestrictedModeAction",
            Self::CrossTenantAccessPolicy => "CrossTenantAccessPolicy",
            Self::OutlookCopilotAutomation => "OutlookCopilotAutomation",
            Self::VivaEngageNetworkAssociation => "VivaEngageNetworkAssociation",
            Self::AppAdminActivity => "AppAdminActivity",
            Self::AppSettingsAdminActivity => "AppSettingsAdminActivity",
            Self::UniversalPrintPrintJob => "UniversalPrintPrintJob",
            Self::SentinelNotebookOnLake => "SentinelNotebookOnLake",
            Self::SentinelJob => "SentinelJob",
            Self::SentinelGraph => "SentinelGraph",
            Self::SentinelKqlOnLake => "SentinelKQLOnLake",
            Self::SentinelPackage => "SentinelPackage",
            Self::VivaAmplifyOutlookSensitivityLabel => {
                "VivaAmplifyOutlookSensitivityLabel"
            }
            Self::CopilotActions => "CopilotActions",
            Self::AiInteractionsSubscription => "AIInteractionsSubscription",
            Self::AiInteractionsChangeNotification => "AIInteractionsChangeNotification",
            Self::FilteringMailMetadataExtended => "FilteringMailMetadataExtended",
            Self::SentinelLakeOnboarding => "SentinelLakeOnboarding",
            Self::SentinelLakeDataOnboarding => "SentinelLakeDataOnboarding",
            Self::OfficeRestrictedModeAction => "OfficeRestrictedModeAction",
            Self::CopilotForSecurityTrigger => "CopilotForSecurityTrigger",
            Self::CopilotAgentManagement => "CopilotAgentManagement",
            Self::P4aiAssessmentFabricScannerRecord => {
                "P4AIAssessmentFabricScannerRecord"
            }
            Self::PlannerGoal => "PlannerGoal",
            Self::PlannerGoalList => "PlannerGoalList",
            Self::ThreatIntelligenceObject => "ThreatIntelligenceObject",
            Self::ThreatIntelligenceExport => "ThreatIntelligenceExport",
            Self::SubmissionAgenticGradingResult => "SubmissionAgenticGradingResult",
            Self::AgentAdminActivity => "AgentAdminActivity",
            Self::DeployFeatureActivity => "DeployFeatureActivity",
            Self::AgentSettingsAdminActivity => "AgentSettingsAdminActivity",
            Self::OrganizationalDataInM365 => "OrganizationalDataInM365",
            Self::PlannerChatMessage => "PlannerChatMessage",
            Self::PlannerChatMessageList => "PlannerChatMessageList",
            Self::SentinelAiTool => "SentinelAITool",
            Self::M365odspAssetMetadata => "M365ODSPAssetMetadata",
            Self::AiExecuteTool => "AIExecuteTool",
            Self::AiInvokeAgent => "AIInvokeAgent",
            Self::AiInferenceCall => "AIInferenceCall",
            Self::CdpClassifierHealthRecord => "CdpClassifierHealthRecord",
            Self::SensitiveInfoRemediationAgentData => {
                "SensitiveInfoRemediationAgentData"
            }
            Self::ComplianceDlpEnforcement => "ComplianceDLPEnforcement",
            Self::A365aiExecuteTool => "A365AIExecuteTool",
            Self::A365aiInvokeAgent => "A365AIInvokeAgent",
            Self::A365aiInferenceCall => "A365AIInferenceCall",
            Self::VivaEngageSegment => "VivaEngageSegment",
            Self::RtiOperationsAgent => "RTIOperationsAgent",
            Self::ContentStoreMetadata => "ContentStoreMetadata",
            Self::CcraiPolicyViolation => "CCRAIPolicyViolation",
            Self::PlannerPlanSensitivityLabel => "PlannerPlanSensitivityLabel",
            Self::MosAgentInfoRecord => "MosAgentInfoRecord",
            Self::A365aiRunSummary => "A365AIRunSummary",
            Self::UnifiedCatalogConceptAction => "UnifiedCatalogConceptAction",
            Self::DefenderCaseManagement => "DefenderCaseManagement",
            Self::CopilotForSecurityLogging => "CopilotForSecurityLogging",
            Self::VivaEngageEvents => "VivaEngageEvents",
            Self::CallActivityEvent => "CallActivityEvent",
            Self::SonarDetonationContentMetadata => "SonarDetonationContentMetadata",
            Self::UniversalPrintManagement => "UniversalPrintManagement",
            Self::YammerUserHiding => "YammerUserHiding",
            Self::Microsoft365BackupGranularBrowseTask => {
                "Microsoft365BackupGranularBrowseTask"
            }
            Self::PurviewPostureAgent => "PurviewPostureAgent",
            Self::MsdeCustomCollection => "MSDECustomCollection",
            Self::ScpUsageEvent => "SCPUsageEvent",
            Self::ScpConfigurationEvent => "SCPConfigurationEvent",
            Self::MdcConfigurationEvent => "MDCConfigurationEvent",
            Self::MdcUsageEvent => "MDCUsageEvent",
            Self::A365SpanOutputs => "A365SpanOutputs",
            Self::PowerPlatformTenantIsolation => "PowerPlatformTenantIsolation",
            Self::CdpdlmaiInteractionInsights => "CDPDLMAIInteractionInsights",
            Self::P4aiAssessmentCategoryRecord => "P4AIAssessmentCategoryRecord",
            Self::SentinelLakeEncryption => "SentinelLakeEncryption",
            Self::AzfwNetworkRule => "AZFWNetworkRule",
            Self::AzfwDnsQuery => "AZFWDnsQuery",
            Self::AzfwApplicationRuleAggregation => "AZFWApplicationRuleAggregation",
            Self::TeamsEvalDataHubDataAccess => "TeamsEvalDataHubDataAccess",
            Self::TeamsEvalDataHubPermissionChange => "TeamsEvalDataHubPermissionChange",
            Self::TeamsEvalDataHubAdminOperation => "TeamsEvalDataHubAdminOperation",
            Self::VivaGlintOrganizationalData => "VivaGlintOrganizationalData",
            Self::AlertSubmission => "AlertSubmission",
            Self::AlertSubmissionResultDetail => "AlertSubmissionResultDetail",
            Self::ComplianceSitGradingSharePoint => "ComplianceSitGradingSharePoint",
            Self::CompliancePolicyGradingSharePoint => {
                "CompliancePolicyGradingSharePoint"
            }
            Self::AzureAiSearchAudit => "AzureAISearchAudit",
            Self::P4aiRiskScoreRecord => "P4AIRiskScoreRecord",
            Self::DragonCopilotAdmin => "DragonCopilotAdmin",
            Self::AiSpanOutputs => "AISpanOutputs",
            Self::EopSubmissionFeedEntity => "EopSubmissionFeedEntity",
            Self::SonarFileDetonationEntity => "SonarFileDetonationEntity",
            Self::SonarSubmissionEntity => "SonarSubmissionEntity",
            Self::SonarUrlDetonationEntity => "SonarUrlDetonationEntity",
            Self::SubmissionEntity => "SubmissionEntity",
            Self::SonarDetonationEntity => "SonarDetonationEntity",
            Self::MicrosoftTeamsUserConcern => "MicrosoftTeamsUserConcern",
            Self::VivaGlintAgenticCampaign => "VivaGlintAgenticCampaign",
            Self::MspVectorSearchContentMetadata => "MSPVectorSearchContentMetadata",
            Self::FabricPolicy => "FabricPolicy",
            Self::SecurityCopilotAgentIdentityManagement => {
                "SecurityCopilotAgentIdentityManagement"
            }
            Self::CopilotSessionSharing => "CopilotSessionSharing",
            Self::DragonCopilotAccess => "DragonCopilotAccess",
            Self::DragonCopilotClinicalData => "DragonCopilotClinicalData",
            Self::DragonCopilotSession => "DragonCopilotSession",
            Self::MosAgentInfoRecordV2 => "MosAgentInfoRecordV2",
            Self::SecurityDevelopmentLifecycleAiLog => {
                "SecurityDevelopmentLifecycleAILog"
            }
            Self::Mdash => "MDASH",
            Self::DefenderSecurityForAiConfiguration => {
                "DefenderSecurityForAIConfiguration"
            }
            Self::SparkCoreCustomLivePool => "SparkCoreCustomLivePool",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(AuditLogRecordType);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuditLogRecordType);
#[cfg(msgraph_v1_search_or_security)]
/// Type of user associated with an audit log record.
///
/// CSDL: `microsoft.graph.security.auditLogUserType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AuditLogUserType {
    /// `Regular` (value 0).
    Regular,
    /// `Reserved` (value 1).
    Reserved,
    /// `Admin` (value 2).
    Admin,
    /// `DcAdmin` (value 3).
    DcAdmin,
    /// `System` (value 4).
    System,
    /// `Application` (value 5).
    Application,
    /// `ServicePrincipal` (value 6).
    ServicePrincipal,
    /// `CustomPolicy` (value 7).
    CustomPolicy,
    /// `SystemPolicy` (value 8).
    SystemPolicy,
    /// `PartnerTechnician` (value 9).
    PartnerTechnician,
    /// `Guest` (value 10).
    Guest,
    /// `unknownFutureValue` (value 11).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for AuditLogUserType {
    const TYPE_NAME: &'static str = "microsoft.graph.security.auditLogUserType";
    const MEMBERS: &'static [&'static str] = &[
        "Regular",
        "Reserved",
        "Admin",
        "DcAdmin",
        "System",
        "Application",
        "ServicePrincipal",
        "CustomPolicy",
        "SystemPolicy",
        "PartnerTechnician",
        "Guest",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "Regular" => Self::Regular,
                "Reserved" => Self::Reserved,
                "Admin" => Self::Admin,
                "DcAdmin" => Self::DcAdmin,
                "System" => Self::System,
                "Application" => Self::Application,
                "ServicePrincipal" => Self::ServicePrincipal,
                "CustomPolicy" => Self::CustomPolicy,
                "SystemPolicy" => Self::SystemPolicy,
                "PartnerTechnician" => Self::PartnerTechnician,
                "Guest" => Self::Guest,
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
            Self::Regular => "Regular",
            Self::Reserved => "Reserved",
            Self::Admin => "Admin",
            Self::DcAdmin => "DcAdmin",
            Self::System => "System",
            Self::Application => "Application",
            Self::ServicePrincipal => "ServicePrincipal",
            Self::CustomPolicy => "CustomPolicy",
            Self::SystemPolicy => "SystemPolicy",
            Self::PartnerTechnician => "PartnerTechnician",
            Self::Guest => "Guest",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(AuditLogUserType);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuditLogUserType);
#[cfg(msgraph_v1_search_or_security)]
/// A dictionary of name-value pairs for dynamic audit event properties.
///
/// CSDL: `microsoft.graph.security.auditRecordTypeDictionary`, complex type, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AuditRecordTypeDictionary {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AuditRecordTypeDictionary {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AuditRecordTypeDictionary {
    const TYPE_NAME: &'static str = "microsoft.graph.security.auditRecordTypeDictionary";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.security.auditRecordTypeDictionary\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AuditRecordTypeDictionary {
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(AuditRecordTypeDictionary);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuditRecordTypeDictionary);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Audit Search events.
///
/// CSDL: `microsoft.graph.security.auditSearchAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AuditSearchAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AuditSearchAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AuditSearchAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.auditSearchAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.auditSearchAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AuditSearchAuditRecord {
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
rt::impl_object!(AuditSearchAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AuditSearchAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuditSearchAuditRecord);
