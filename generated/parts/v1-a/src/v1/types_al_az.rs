//! Types of `microsoft.graph` by the first letters of their names (`al_az`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.alert`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`AlertPath`](requests/trait.AlertPath.html), what a path to one (`EntityPath<Alert, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct Alert {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `activityGroupName`: `Edm.String`, nullable.
    pub activity_group_name: rt::Field<::std::string::String>,
    /// CSDL: property `alertDetections`: `Collection(microsoft.graph.alertDetection)`, nullable.
    pub alert_detections: rt::Field<::std::vec::Vec<crate::v1::AlertDetection>>,
    /// CSDL: property `assignedTo`: `Edm.String`, nullable.
    pub assigned_to: rt::Field<::std::string::String>,
    /// CSDL: property `azureSubscriptionId`: `Edm.String`, nullable.
    pub azure_subscription_id: rt::Field<::std::string::String>,
    /// CSDL: property `azureTenantId`: `Edm.String`, not nullable.
    pub azure_tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `category`: `Edm.String`, nullable.
    pub category: rt::Field<::std::string::String>,
    /// CSDL: property `closedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub closed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `cloudAppStates`: `Collection(microsoft.graph.cloudAppSecurityState)`, nullable.
    pub cloud_app_states: rt::Field<::std::vec::Vec<crate::v1::CloudAppSecurityState>>,
    /// CSDL: property `comments`: `Collection(Edm.String)`, nullable.
    pub comments: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `confidence`: `Edm.Int32`, nullable.
    pub confidence: rt::Field<i32>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `detectionIds`: `Collection(Edm.String)`, nullable.
    pub detection_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `eventDateTime`: `Edm.DateTimeOffset`, nullable.
    pub event_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `feedback`: `microsoft.graph.alertFeedback`, nullable.
    pub feedback: rt::Field<crate::v1::AlertFeedback>,
    /// CSDL: property `fileStates`: `Collection(microsoft.graph.fileSecurityState)`, nullable.
    pub file_states: rt::Field<::std::vec::Vec<crate::v1::FileSecurityState>>,
    /// CSDL: property `historyStates`: `Collection(microsoft.graph.alertHistoryState)`, nullable.
    pub history_states: rt::Field<::std::vec::Vec<crate::v1::AlertHistoryState>>,
    /// CSDL: property `hostStates`: `Collection(microsoft.graph.hostSecurityState)`, nullable.
    pub host_states: rt::Field<::std::vec::Vec<crate::v1::HostSecurityState>>,
    /// CSDL: property `incidentIds`: `Collection(Edm.String)`, nullable.
    pub incident_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `investigationSecurityStates`: `Collection(microsoft.graph.investigationSecurityState)`, nullable.
    pub investigation_security_states: rt::Field<
        ::std::vec::Vec<crate::v1::InvestigationSecurityState>,
    >,
    /// CSDL: property `lastEventDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_event_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `malwareStates`: `Collection(microsoft.graph.malwareState)`, nullable.
    pub malware_states: rt::Field<::std::vec::Vec<crate::v1::MalwareState>>,
    /// CSDL: property `messageSecurityStates`: `Collection(microsoft.graph.messageSecurityState)`, nullable.
    pub message_security_states: rt::Field<
        ::std::vec::Vec<crate::v1::MessageSecurityState>,
    >,
    /// CSDL: property `networkConnections`: `Collection(microsoft.graph.networkConnection)`, nullable.
    pub network_connections: rt::Field<::std::vec::Vec<crate::v1::NetworkConnection>>,
    /// CSDL: property `processes`: `Collection(microsoft.graph.process)`, nullable.
    pub processes: rt::Field<::std::vec::Vec<crate::v1::Process>>,
    /// CSDL: property `recommendedActions`: `Collection(Edm.String)`, nullable.
    pub recommended_actions: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `registryKeyStates`: `Collection(microsoft.graph.registryKeyState)`, nullable.
    pub registry_key_states: rt::Field<::std::vec::Vec<crate::v1::RegistryKeyState>>,
    /// CSDL: property `securityResources`: `Collection(microsoft.graph.securityResource)`, nullable.
    pub security_resources: rt::Field<::std::vec::Vec<crate::v1::SecurityResource>>,
    /// CSDL: property `severity`: `microsoft.graph.alertSeverity`, not nullable.
    pub severity: rt::Field<crate::v1::AlertSeverity>,
    /// CSDL: property `sourceMaterials`: `Collection(Edm.String)`, nullable.
    pub source_materials: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `status`: `microsoft.graph.alertStatus`, not nullable.
    pub status: rt::Field<crate::v1::AlertStatus>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `title`: `Edm.String`, nullable.
    pub title: rt::Field<::std::string::String>,
    /// CSDL: property `triggers`: `Collection(microsoft.graph.alertTrigger)`, nullable.
    pub triggers: rt::Field<::std::vec::Vec<crate::v1::AlertTrigger>>,
    /// CSDL: property `uriClickSecurityStates`: `Collection(microsoft.graph.uriClickSecurityState)`, nullable.
    pub uri_click_security_states: rt::Field<
        ::std::vec::Vec<crate::v1::UriClickSecurityState>,
    >,
    /// CSDL: property `userStates`: `Collection(microsoft.graph.userSecurityState)`, nullable.
    pub user_states: rt::Field<::std::vec::Vec<crate::v1::UserSecurityState>>,
    /// CSDL: property `vendorInformation`: `microsoft.graph.securityVendorInformation`, nullable.
    pub vendor_information: rt::Field<crate::v1::SecurityVendorInformation>,
    /// CSDL: property `vulnerabilityStates`: `Collection(microsoft.graph.vulnerabilityState)`, nullable.
    pub vulnerability_states: rt::Field<::std::vec::Vec<crate::v1::VulnerabilityState>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for Alert {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            activity_group_name: rt::Field::Absent,
            alert_detections: rt::Field::Absent,
            assigned_to: rt::Field::Absent,
            azure_subscription_id: rt::Field::Absent,
            azure_tenant_id: rt::Field::Absent,
            category: rt::Field::Absent,
            closed_date_time: rt::Field::Absent,
            cloud_app_states: rt::Field::Absent,
            comments: rt::Field::Absent,
            confidence: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            detection_ids: rt::Field::Absent,
            event_date_time: rt::Field::Absent,
            feedback: rt::Field::Absent,
            file_states: rt::Field::Absent,
            history_states: rt::Field::Absent,
            host_states: rt::Field::Absent,
            incident_ids: rt::Field::Absent,
            investigation_security_states: rt::Field::Absent,
            last_event_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            malware_states: rt::Field::Absent,
            message_security_states: rt::Field::Absent,
            network_connections: rt::Field::Absent,
            processes: rt::Field::Absent,
            recommended_actions: rt::Field::Absent,
            registry_key_states: rt::Field::Absent,
            security_resources: rt::Field::Absent,
            severity: rt::Field::Absent,
            source_materials: rt::Field::Absent,
            status: rt::Field::Absent,
            tags: rt::Field::Absent,
            title: rt::Field::Absent,
            triggers: rt::Field::Absent,
            uri_click_security_states: rt::Field::Absent,
            user_states: rt::Field::Absent,
            vendor_information: rt::Field::Absent,
            vulnerability_states: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for Alert {
    const TYPE_NAME: &'static str = "microsoft.graph.alert";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activityGroupName",
        "alertDetections",
        "assignedTo",
        "azureSubscriptionId",
        "azureTenantId",
        "category",
        "closedDateTime",
        "cloudAppStates",
        "comments",
        "confidence",
        "createdDateTime",
        "description",
        "detectionIds",
        "eventDateTime",
        "feedback",
        "fileStates",
        "historyStates",
        "hostStates",
        "incidentIds",
        "investigationSecurityStates",
        "lastEventDateTime",
        "lastModifiedDateTime",
        "malwareStates",
        "messageSecurityStates",
        "networkConnections",
        "processes",
        "recommendedActions",
        "registryKeyStates",
        "securityResources",
        "severity",
        "sourceMaterials",
        "status",
        "tags",
        "title",
        "triggers",
        "uriClickSecurityStates",
        "userStates",
        "vendorInformation",
        "vulnerabilityStates",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activityGroupName\":            ",
        ",\"alertDetections\":              ",
        ",\"assignedTo\":                   ",
        ",\"azureSubscriptionId\":          ",
        ",\"azureTenantId\":                ",
        ",\"category\":                     ",
        ",\"closedDateTime\":               ",
        ",\"cloudAppStates\":               ",
        ",\"comments\":                     ",
        ",\"confidence\":                   ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"detectionIds\":                 ",
        ",\"eventDateTime\":                ",
        ",\"feedback\":                     ",
        ",\"fileStates\":                   ",
        ",\"historyStates\":                ",
        ",\"hostStates\":                   ",
        ",\"incidentIds\":                  ",
        ",\"investigationSecurityStates\":  ",
        ",\"lastEventDateTime\":            ",
        ",\"lastModifiedDateTime\":         ",
        ",\"malwareStates\":                ",
        ",\"messageSecurityStates\":        ",
        ",\"networkConnections\":           ",
        ",\"processes\":                    ",
        ",\"recommendedActions\":           ",
        ",\"registryKeyStates\":            ",
        ",\"securityResources\":            ",
        ",\"severity\":                     ",
        ",\"sourceMaterials\":              ",
        ",\"status\":                       ",
        ",\"tags\":                         ",
        ",\"title\":                        ",
        ",\"triggers\":                     ",
        ",\"uriClickSecurityStates\":       ",
        ",\"userStates\":                   ",
        ",\"vendorInformation\":            ",
        ",\"vulnerabilityStates\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.alert\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "activity_group_name", &self.activity_group_name);
        v.field(2usize, "alert_detections", &self.alert_detections);
        v.field(3usize, "assigned_to", &self.assigned_to);
        v.field(4usize, "azure_subscription_id", &self.azure_subscription_id);
        v.field(5usize, "azure_tenant_id", &self.azure_tenant_id);
        v.field(6usize, "category", &self.category);
        v.field(7usize, "closed_date_time", &self.closed_date_time);
        v.field(8usize, "cloud_app_states", &self.cloud_app_states);
        v.field(9usize, "comments", &self.comments);
        v.field(10usize, "confidence", &self.confidence);
        v.field(11usize, "created_date_time", &self.created_date_time);
        v.field(12usize, "description", &self.description);
        v.field(13usize, "detection_ids", &self.detection_ids);
        v.field(14usize, "event_date_time", &self.event_date_time);
        v.field(15usize, "feedback", &self.feedback);
        v.field(16usize, "file_states", &self.file_states);
        v.field(17usize, "history_states", &self.history_states);
        v.field(18usize, "host_states", &self.host_states);
        v.field(19usize, "incident_ids", &self.incident_ids);
        v.field(
            20usize,
            "investigation_security_states",
            &self.investigation_security_states,
        );
        v.field(21usize, "last_event_date_time", &self.last_event_date_time);
        v.field(22usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(23usize, "malware_states", &self.malware_states);
        v.field(24usize, "message_security_states", &self.message_security_states);
        v.field(25usize, "network_connections", &self.network_connections);
        v.field(26usize, "processes", &self.processes);
        v.field(27usize, "recommended_actions", &self.recommended_actions);
        v.field(28usize, "registry_key_states", &self.registry_key_states);
        v.field(29usize, "security_resources", &self.security_resources);
        v.field(30usize, "severity", &self.severity);
        v.field(31usize, "source_materials", &self.source_materials);
        v.field(32usize, "status", &self.status);
        v.field(33usize, "tags", &self.tags);
        v.field(34usize, "title", &self.title);
        v.field(35usize, "triggers", &self.triggers);
        v.field(36usize, "uri_click_security_states", &self.uri_click_security_states);
        v.field(37usize, "user_states", &self.user_states);
        v.field(38usize, "vendor_information", &self.vendor_information);
        v.field(39usize, "vulnerability_states", &self.vulnerability_states);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for Alert {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.activity_group_name.read_from(r),
            2usize => self.alert_detections.read_from(r),
            3usize => self.assigned_to.read_from(r),
            4usize => self.azure_subscription_id.read_from(r),
            5usize => self.azure_tenant_id.read_from(r),
            6usize => self.category.read_from(r),
            7usize => self.closed_date_time.read_from(r),
            8usize => self.cloud_app_states.read_from(r),
            9usize => self.comments.read_from(r),
            10usize => self.confidence.read_from(r),
            11usize => self.created_date_time.read_from(r),
            12usize => self.description.read_from(r),
            13usize => self.detection_ids.read_from(r),
            14usize => self.event_date_time.read_from(r),
            15usize => self.feedback.read_from(r),
            16usize => self.file_states.read_from(r),
            17usize => self.history_states.read_from(r),
            18usize => self.host_states.read_from(r),
            19usize => self.incident_ids.read_from(r),
            20usize => self.investigation_security_states.read_from(r),
            21usize => self.last_event_date_time.read_from(r),
            22usize => self.last_modified_date_time.read_from(r),
            23usize => self.malware_states.read_from(r),
            24usize => self.message_security_states.read_from(r),
            25usize => self.network_connections.read_from(r),
            26usize => self.processes.read_from(r),
            27usize => self.recommended_actions.read_from(r),
            28usize => self.registry_key_states.read_from(r),
            29usize => self.security_resources.read_from(r),
            30usize => self.severity.read_from(r),
            31usize => self.source_materials.read_from(r),
            32usize => self.status.read_from(r),
            33usize => self.tags.read_from(r),
            34usize => self.title.read_from(r),
            35usize => self.triggers.read_from(r),
            36usize => self.uri_click_security_states.read_from(r),
            37usize => self.user_states.read_from(r),
            38usize => self.vendor_information.read_from(r),
            39usize => self.vulnerability_states.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.activity_group_name);
        w.field(2usize, &self.alert_detections);
        w.field(3usize, &self.assigned_to);
        w.field(4usize, &self.azure_subscription_id);
        w.field(5usize, &self.azure_tenant_id);
        w.field(6usize, &self.category);
        w.field(7usize, &self.closed_date_time);
        w.field(8usize, &self.cloud_app_states);
        w.field(9usize, &self.comments);
        w.field(10usize, &self.confidence);
        w.field(11usize, &self.created_date_time);
        w.field(12usize, &self.description);
        w.field(13usize, &self.detection_ids);
        w.field(14usize, &self.event_date_time);
        w.field(15usize, &self.feedback);
        w.field(16usize, &self.file_states);
        w.field(17usize, &self.history_states);
        w.field(18usize, &self.host_states);
        w.field(19usize, &self.incident_ids);
        w.field(20usize, &self.investigation_security_states);
        w.field(21usize, &self.last_event_date_time);
        w.field(22usize, &self.last_modified_date_time);
        w.field(23usize, &self.malware_states);
        w.field(24usize, &self.message_security_states);
        w.field(25usize, &self.network_connections);
        w.field(26usize, &self.processes);
        w.field(27usize, &self.recommended_actions);
        w.field(28usize, &self.registry_key_states);
        w.field(29usize, &self.security_resources);
        w.field(30usize, &self.severity);
        w.field(31usize, &self.source_materials);
        w.field(32usize, &self.status);
        w.field(33usize, &self.tags);
        w.field(34usize, &self.title);
        w.field(35usize, &self.triggers);
        w.field(36usize, &self.uri_click_security_states);
        w.field(37usize, &self.user_states);
        w.field(38usize, &self.vendor_information);
        w.field(39usize, &self.vulnerability_states);
    }
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
rt::impl_object!(Alert);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    Alert { with_id id : ::std::string::String; with_activity_group_name
    activity_group_name : ::std::string::String; with_alert_detections alert_detections :
    ::std::vec::Vec < crate ::v1::AlertDetection >; with_assigned_to assigned_to :
    ::std::string::String; with_azure_subscription_id azure_subscription_id :
    ::std::string::String; with_azure_tenant_id azure_tenant_id : ::std::string::String;
    with_category category : ::std::string::String; with_closed_date_time
    closed_date_time : rt::edm::DateTimeOffset; with_cloud_app_states cloud_app_states :
    ::std::vec::Vec < crate ::v1::CloudAppSecurityState >; with_comments comments :
    ::std::vec::Vec < ::std::string::String >; with_confidence confidence : i32;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_detection_ids detection_ids :
    ::std::vec::Vec < ::std::string::String >; with_event_date_time event_date_time :
    rt::edm::DateTimeOffset; with_feedback feedback : crate ::v1::AlertFeedback;
    with_file_states file_states : ::std::vec::Vec < crate ::v1::FileSecurityState >;
    with_history_states history_states : ::std::vec::Vec < crate ::v1::AlertHistoryState
    >; with_host_states host_states : ::std::vec::Vec < crate ::v1::HostSecurityState >;
    with_incident_ids incident_ids : ::std::vec::Vec < ::std::string::String >;
    with_investigation_security_states investigation_security_states : ::std::vec::Vec <
    crate ::v1::InvestigationSecurityState >; with_last_event_date_time
    last_event_date_time : rt::edm::DateTimeOffset; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_malware_states malware_states
    : ::std::vec::Vec < crate ::v1::MalwareState >; with_message_security_states
    message_security_states : ::std::vec::Vec < crate ::v1::MessageSecurityState >;
    with_network_connections network_connections : ::std::vec::Vec < crate
    ::v1::NetworkConnection >; with_processes processes : ::std::vec::Vec < crate
    ::v1::Process >; with_recommended_actions recommended_actions : ::std::vec::Vec <
    ::std::string::String >; with_registry_key_states registry_key_states :
    ::std::vec::Vec < crate ::v1::RegistryKeyState >; with_security_resources
    security_resources : ::std::vec::Vec < crate ::v1::SecurityResource >; with_severity
    severity : crate ::v1::AlertSeverity; with_source_materials source_materials :
    ::std::vec::Vec < ::std::string::String >; with_status status : crate
    ::v1::AlertStatus; with_tags tags : ::std::vec::Vec < ::std::string::String >;
    with_title title : ::std::string::String; with_triggers triggers : ::std::vec::Vec <
    crate ::v1::AlertTrigger >; with_uri_click_security_states uri_click_security_states
    : ::std::vec::Vec < crate ::v1::UriClickSecurityState >; with_user_states user_states
    : ::std::vec::Vec < crate ::v1::UserSecurityState >; with_vendor_information
    vendor_information : crate ::v1::SecurityVendorInformation; with_vulnerability_states
    vulnerability_states : ::std::vec::Vec < crate ::v1::VulnerabilityState >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(Alert);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.alertDetection`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AlertDetection {
    /// CSDL: property `detectionType`: `Edm.String`, nullable.
    pub detection_type: rt::Field<::std::string::String>,
    /// CSDL: property `method`: `Edm.String`, nullable.
    pub method: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AlertDetection {
    #[inline]
    fn default() -> Self {
        Self {
            detection_type: rt::Field::Absent,
            method: rt::Field::Absent,
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AlertDetection {
    const TYPE_NAME: &'static str = "microsoft.graph.alertDetection";
    const KEYS: &'static [&'static str] = &["detectionType", "method", "name"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"detectionType\":                ",
        ",\"method\":                       ",
        ",\"name\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.alertDetection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "detection_type", &self.detection_type);
        v.field(1usize, "method", &self.method);
        v.field(2usize, "name", &self.name);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AlertDetection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.detection_type.read_from(r),
            1usize => self.method.read_from(r),
            2usize => self.name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.detection_type);
        w.field(1usize, &self.method);
        w.field(2usize, &self.name);
    }
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
rt::impl_object!(AlertDetection);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AlertDetection { with_detection_type detection_type : ::std::string::String;
    with_method method : ::std::string::String; with_name name : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AlertDetection);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.alertFeedback`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AlertFeedback {
    /// `unknown` (value 0).
    Unknown,
    /// `truePositive` (value 1).
    TruePositive,
    /// `falsePositive` (value 2).
    FalsePositive,
    /// `benignPositive` (value 3).
    BenignPositive,
    /// `unknownFutureValue` (value 127).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for AlertFeedback {
    const TYPE_NAME: &'static str = "microsoft.graph.alertFeedback";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "truePositive",
        "falsePositive",
        "benignPositive",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "truePositive" => Self::TruePositive,
                "falsePositive" => Self::FalsePositive,
                "benignPositive" => Self::BenignPositive,
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
            Self::TruePositive => "truePositive",
            Self::FalsePositive => "falsePositive",
            Self::BenignPositive => "benignPositive",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(AlertFeedback);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AlertFeedback);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.alertHistoryState`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AlertHistoryState {
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// CSDL: property `assignedTo`: `Edm.String`, nullable.
    pub assigned_to: rt::Field<::std::string::String>,
    /// CSDL: property `comments`: `Collection(Edm.String)`, nullable.
    pub comments: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `feedback`: `microsoft.graph.alertFeedback`, nullable.
    pub feedback: rt::Field<crate::v1::AlertFeedback>,
    /// CSDL: property `status`: `microsoft.graph.alertStatus`, nullable.
    pub status: rt::Field<crate::v1::AlertStatus>,
    /// CSDL: property `updatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `user`: `Edm.String`, nullable.
    pub user: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AlertHistoryState {
    #[inline]
    fn default() -> Self {
        Self {
            app_id: rt::Field::Absent,
            assigned_to: rt::Field::Absent,
            comments: rt::Field::Absent,
            feedback: rt::Field::Absent,
            status: rt::Field::Absent,
            updated_date_time: rt::Field::Absent,
            user: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AlertHistoryState {
    const TYPE_NAME: &'static str = "microsoft.graph.alertHistoryState";
    const KEYS: &'static [&'static str] = &[
        "appId",
        "assignedTo",
        "comments",
        "feedback",
        "status",
        "updatedDateTime",
        "user",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"appId\":                        ",
        ",\"assignedTo\":                   ",
        ",\"comments\":                     ",
        ",\"feedback\":                     ",
        ",\"status\":                       ",
        ",\"updatedDateTime\":              ",
        ",\"user\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.alertHistoryState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "app_id", &self.app_id);
        v.field(1usize, "assigned_to", &self.assigned_to);
        v.field(2usize, "comments", &self.comments);
        v.field(3usize, "feedback", &self.feedback);
        v.field(4usize, "status", &self.status);
        v.field(5usize, "updated_date_time", &self.updated_date_time);
        v.field(6usize, "user", &self.user);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AlertHistoryState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.app_id.read_from(r),
            1usize => self.assigned_to.read_from(r),
            2usize => self.comments.read_from(r),
            3usize => self.feedback.read_from(r),
            4usize => self.status.read_from(r),
            5usize => self.updated_date_time.read_from(r),
            6usize => self.user.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.app_id);
        w.field(1usize, &self.assigned_to);
        w.field(2usize, &self.comments);
        w.field(3usize, &self.feedback);
        w.field(4usize, &self.status);
        w.field(5usize, &self.updated_date_time);
        w.field(6usize, &self.user);
    }
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
rt::impl_object!(AlertHistoryState);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AlertHistoryState { with_app_id app_id : ::std::string::String; with_assigned_to
    assigned_to : ::std::string::String; with_comments comments : ::std::vec::Vec <
    ::std::string::String >; with_feedback feedback : crate ::v1::AlertFeedback;
    with_status status : crate ::v1::AlertStatus; with_updated_date_time
    updated_date_time : rt::edm::DateTimeOffset; with_user user : ::std::string::String;
    }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AlertHistoryState);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.alertSeverity`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AlertSeverity {
    /// `unknown` (value 0).
    Unknown,
    /// `informational` (value 1).
    Informational,
    /// `low` (value 2).
    Low,
    /// `medium` (value 3).
    Medium,
    /// `high` (value 4).
    High,
    /// `unknownFutureValue` (value 127).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for AlertSeverity {
    const TYPE_NAME: &'static str = "microsoft.graph.alertSeverity";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "informational",
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
                "informational" => Self::Informational,
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
            Self::Informational => "informational",
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(AlertSeverity);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AlertSeverity);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.alertStatus`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AlertStatus {
    /// `unknown` (value 0).
    Unknown,
    /// `newAlert` (value 1).
    NewAlert,
    /// `inProgress` (value 2).
    InProgress,
    /// `resolved` (value 3).
    Resolved,
    /// `dismissed` (value 4).
    Dismissed,
    /// `unknownFutureValue` (value 127).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for AlertStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.alertStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "newAlert",
        "inProgress",
        "resolved",
        "dismissed",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "newAlert" => Self::NewAlert,
                "inProgress" => Self::InProgress,
                "resolved" => Self::Resolved,
                "dismissed" => Self::Dismissed,
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
            Self::NewAlert => "newAlert",
            Self::InProgress => "inProgress",
            Self::Resolved => "resolved",
            Self::Dismissed => "dismissed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(AlertStatus);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AlertStatus);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.alertTrigger`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AlertTrigger {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AlertTrigger {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            type_: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AlertTrigger {
    const TYPE_NAME: &'static str = "microsoft.graph.alertTrigger";
    const KEYS: &'static [&'static str] = &["name", "type", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"type\":                         ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.alertTrigger\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "type_", &self.type_);
        v.field(2usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AlertTrigger {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.type_.read_from(r),
            2usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.type_);
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(AlertTrigger);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AlertTrigger { with_name name : ::std::string::String; with_type type_ :
    ::std::string::String; with_value value : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AlertTrigger);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.allDomains`, complex type, derived from `microsoft.graph.validatingDomains`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AllDomains {
    /// CSDL: property `rootDomains`: `microsoft.graph.rootDomains`, not nullable.
    pub root_domains: rt::Field<crate::v1::RootDomains>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AllDomains {
    #[inline]
    fn default() -> Self {
        Self {
            root_domains: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for AllDomains {
    const TYPE_NAME: &'static str = "microsoft.graph.allDomains";
    const KEYS: &'static [&'static str] = &["rootDomains"];
    const KEYS_JSON: &'static [&'static str] = &[",\"rootDomains\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.allDomains\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "root_domains", &self.root_domains);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for AllDomains {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.root_domains.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.root_domains);
    }
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
rt::impl_object!(AllDomains);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AllDomains { with_root_domains root_domains : crate ::v1::RootDomains; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AllDomains);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
/// CSDL: `microsoft.graph.allowedLobbyAdmitterRoles`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AllowedLobbyAdmitterRoles {
    /// `organizerAndCoOrganizersAndPresenters` (value 0).
    OrganizerAndCoOrganizersAndPresenters,
    /// `organizerAndCoOrganizers` (value 1).
    OrganizerAndCoOrganizers,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::StrEnum for AllowedLobbyAdmitterRoles {
    const TYPE_NAME: &'static str = "microsoft.graph.allowedLobbyAdmitterRoles";
    const MEMBERS: &'static [&'static str] = &[
        "organizerAndCoOrganizersAndPresenters",
        "organizerAndCoOrganizers",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "organizerAndCoOrganizersAndPresenters" => {
                    Self::OrganizerAndCoOrganizersAndPresenters
                }
                "organizerAndCoOrganizers" => Self::OrganizerAndCoOrganizers,
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
            Self::OrganizerAndCoOrganizersAndPresenters => {
                "organizerAndCoOrganizersAndPresenters"
            }
            Self::OrganizerAndCoOrganizers => "organizerAndCoOrganizers",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_enum!(AllowedLobbyAdmitterRoles);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(AllowedLobbyAdmitterRoles);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.answerInputType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AnswerInputType {
    /// `text` (value 0).
    Text,
    /// `radioButton` (value 1).
    RadioButton,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for AnswerInputType {
    const TYPE_NAME: &'static str = "microsoft.graph.answerInputType";
    const MEMBERS: &'static [&'static str] = &[
        "text",
        "radioButton",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "text" => Self::Text,
                "radioButton" => Self::RadioButton,
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
            Self::Text => "text",
            Self::RadioButton => "radioButton",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(AnswerInputType);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnswerInputType);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.appHostedMediaConfig`, complex type, derived from `microsoft.graph.mediaConfig`.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct AppHostedMediaConfig {
    /// CSDL: property `blob`: `Edm.String`, nullable.
    pub blob: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for AppHostedMediaConfig {
    #[inline]
    fn default() -> Self {
        Self {
            blob: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for AppHostedMediaConfig {
    const TYPE_NAME: &'static str = "microsoft.graph.appHostedMediaConfig";
    const KEYS: &'static [&'static str] = &["blob"];
    const KEYS_JSON: &'static [&'static str] = &[",\"blob\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.appHostedMediaConfig\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "blob", &self.blob);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for AppHostedMediaConfig {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.blob.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.blob);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(AppHostedMediaConfig);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(AppHostedMediaConfig { with_blob blob : ::std::string::String; });
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppHostedMediaConfig);
#[cfg(msgraph_v1_device_management_or_search)]
/// Entity for AppLogCollectionRequest contains all logs values.
///
/// CSDL: `microsoft.graph.appLogCollectionRequest`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AppLogCollectionRequestPath`](requests/trait.AppLogCollectionRequestPath.html), what a path to one (`EntityPath<AppLogCollectionRequest, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct AppLogCollectionRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Time at which the upload log request reached a completed state if not completed yet NULL will be returned.
    ///
    /// CSDL: property `completedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// List of log folders.
    ///
    /// CSDL: property `customLogFolders`: `Collection(Edm.String)`, nullable.
    pub custom_log_folders: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Indicates error message if any during the upload process.
    ///
    /// CSDL: property `errorMessage`: `Edm.String`, nullable.
    pub error_message: rt::Field<::std::string::String>,
    /// Indicates the status for the app log collection request if it is pending, completed or failed, Default is pending
    ///
    /// CSDL: property `status`: `microsoft.graph.appLogUploadState`, not nullable.
    pub status: rt::Field<crate::v1::AppLogUploadState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for AppLogCollectionRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            completed_date_time: rt::Field::Absent,
            custom_log_folders: rt::Field::Absent,
            error_message: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for AppLogCollectionRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.appLogCollectionRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "completedDateTime",
        "customLogFolders",
        "errorMessage",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"completedDateTime\":            ",
        ",\"customLogFolders\":             ",
        ",\"errorMessage\":                 ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appLogCollectionRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "completed_date_time", &self.completed_date_time);
        v.field(2usize, "custom_log_folders", &self.custom_log_folders);
        v.field(3usize, "error_message", &self.error_message);
        v.field(4usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for AppLogCollectionRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.completed_date_time.read_from(r),
            2usize => self.custom_log_folders.read_from(r),
            3usize => self.error_message.read_from(r),
            4usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.completed_date_time);
        w.field(2usize, &self.custom_log_folders);
        w.field(3usize, &self.error_message);
        w.field(4usize, &self.status);
    }
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
rt::impl_object!(AppLogCollectionRequest);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    AppLogCollectionRequest { with_id id : ::std::string::String;
    with_completed_date_time completed_date_time : rt::edm::DateTimeOffset;
    with_custom_log_folders custom_log_folders : ::std::vec::Vec < ::std::string::String
    >; with_error_message error_message : ::std::string::String; with_status status :
    crate ::v1::AppLogUploadState; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppLogCollectionRequest);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.applicationContext`, complex type, derived from `microsoft.graph.signInContext`.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct ApplicationContext {
    /// CSDL: property `includeApplications`: `Collection(Edm.String)`, not nullable.
    pub include_applications: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for ApplicationContext {
    #[inline]
    fn default() -> Self {
        Self {
            include_applications: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for ApplicationContext {
    const TYPE_NAME: &'static str = "microsoft.graph.applicationContext";
    const KEYS: &'static [&'static str] = &["includeApplications"];
    const KEYS_JSON: &'static [&'static str] = &[",\"includeApplications\":          "];
    const TAG: &'static str = "\"#microsoft.graph.applicationContext\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "include_applications", &self.include_applications);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for ApplicationContext {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.include_applications.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.include_applications);
    }
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
rt::impl_object!(ApplicationContext);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    ApplicationContext { with_include_applications include_applications : ::std::vec::Vec
    < ::std::string::String >; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationContext);
#[cfg(msgraph_v1_application_templates_or_search)]
/// CSDL: `microsoft.graph.applicationDataType`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-application-templates`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ApplicationDataType {
    /// `none` (value 0).
    None,
    /// `codingFiles` (value 1).
    CodingFiles,
    /// `creditCards` (value 2).
    CreditCards,
    /// `databaseFiles` (value 4).
    DatabaseFiles,
    /// `documents` (value 8).
    Documents,
    /// `mediaFiles` (value 16).
    MediaFiles,
    /// `unknownFutureValue` (value 32).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::StrEnum for ApplicationDataType {
    const TYPE_NAME: &'static str = "microsoft.graph.applicationDataType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "codingFiles",
        "creditCards",
        "databaseFiles",
        "documents",
        "mediaFiles",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "codingFiles" => Self::CodingFiles,
                "creditCards" => Self::CreditCards,
                "databaseFiles" => Self::DatabaseFiles,
                "documents" => Self::Documents,
                "mediaFiles" => Self::MediaFiles,
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
            Self::CodingFiles => "codingFiles",
            Self::CreditCards => "creditCards",
            Self::DatabaseFiles => "databaseFiles",
            Self::Documents => "documents",
            Self::MediaFiles => "mediaFiles",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_enum!(ApplicationDataType);
#[cfg(msgraph_v1_application_templates_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationDataType);
#[cfg(msgraph_v1_application_templates_or_search)]
/// CSDL: `microsoft.graph.applicationLocation`, complex type.
///
/// Features: `v1`, or one of `v1-application-templates`, `v1-search`.
#[derive(Clone)]
pub struct ApplicationLocation {
    /// CSDL: property `dataCenter`: `Edm.String`, nullable.
    pub data_center: rt::Field<::std::string::String>,
    /// CSDL: property `headquarters`: `Edm.String`, nullable.
    pub headquarters: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl ::std::default::Default for ApplicationLocation {
    #[inline]
    fn default() -> Self {
        Self {
            data_center: rt::Field::Absent,
            headquarters: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::Object for ApplicationLocation {
    const TYPE_NAME: &'static str = "microsoft.graph.applicationLocation";
    const KEYS: &'static [&'static str] = &["dataCenter", "headquarters"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"dataCenter\":                   ",
        ",\"headquarters\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.applicationLocation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "data_center", &self.data_center);
        v.field(1usize, "headquarters", &self.headquarters);
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::object::Members for ApplicationLocation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.data_center.read_from(r),
            1usize => self.headquarters.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.data_center);
        w.field(1usize, &self.headquarters);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_object!(ApplicationLocation);
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_setters!(
    ApplicationLocation { with_data_center data_center : ::std::string::String;
    with_headquarters headquarters : ::std::string::String; }
);
#[cfg(msgraph_v1_application_templates_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationLocation);
#[cfg(msgraph_v1_application_templates_or_search)]
/// CSDL: `microsoft.graph.applicationRiskFactorCertificateInfo`, complex type.
///
/// Features: `v1`, or one of `v1-application-templates`, `v1-search`.
#[derive(Clone)]
pub struct ApplicationRiskFactorCertificateInfo {
    /// CSDL: property `hasBadCommonName`: `Edm.Boolean`, nullable.
    pub has_bad_common_name: rt::Field<bool>,
    /// CSDL: property `hasInsecureSignature`: `Edm.Boolean`, nullable.
    pub has_insecure_signature: rt::Field<bool>,
    /// CSDL: property `hasNoChainOfTrust`: `Edm.Boolean`, nullable.
    pub has_no_chain_of_trust: rt::Field<bool>,
    /// CSDL: property `isDenylisted`: `Edm.Boolean`, nullable.
    pub is_denylisted: rt::Field<bool>,
    /// CSDL: property `isHostnameMismatch`: `Edm.Boolean`, nullable.
    pub is_hostname_mismatch: rt::Field<bool>,
    /// CSDL: property `isNotAfter`: `Edm.Boolean`, nullable.
    pub is_not_after: rt::Field<bool>,
    /// CSDL: property `isNotBefore`: `Edm.Boolean`, nullable.
    pub is_not_before: rt::Field<bool>,
    /// CSDL: property `isRevoked`: `Edm.Boolean`, nullable.
    pub is_revoked: rt::Field<bool>,
    /// CSDL: property `isSelfSigned`: `Edm.Boolean`, nullable.
    pub is_self_signed: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl ::std::default::Default for ApplicationRiskFactorCertificateInfo {
    #[inline]
    fn default() -> Self {
        Self {
            has_bad_common_name: rt::Field::Absent,
            has_insecure_signature: rt::Field::Absent,
            has_no_chain_of_trust: rt::Field::Absent,
            is_denylisted: rt::Field::Absent,
            is_hostname_mismatch: rt::Field::Absent,
            is_not_after: rt::Field::Absent,
            is_not_before: rt::Field::Absent,
            is_revoked: rt::Field::Absent,
            is_self_signed: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::Object for ApplicationRiskFactorCertificateInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.applicationRiskFactorCertificateInfo";
    const KEYS: &'static [&'static str] = &[
        "hasBadCommonName",
        "hasInsecureSignature",
        "hasNoChainOfTrust",
        "isDenylisted",
        "isHostnameMismatch",
        "isNotAfter",
        "isNotBefore",
        "isRevoked",
        "isSelfSigned",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"hasBadCommonName\":             ",
        ",\"hasInsecureSignature\":         ",
        ",\"hasNoChainOfTrust\":            ",
        ",\"isDenylisted\":                 ",
        ",\"isHostnameMismatch\":           ",
        ",\"isNotAfter\":                   ",
        ",\"isNotBefore\":                  ",
        ",\"isRevoked\":                    ",
        ",\"isSelfSigned\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.applicationRiskFactorCertificateInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "has_bad_common_name", &self.has_bad_common_name);
        v.field(1usize, "has_insecure_signature", &self.has_insecure_signature);
        v.field(2usize, "has_no_chain_of_trust", &self.has_no_chain_of_trust);
        v.field(3usize, "is_denylisted", &self.is_denylisted);
        v.field(4usize, "is_hostname_mismatch", &self.is_hostname_mismatch);
        v.field(5usize, "is_not_after", &self.is_not_after);
        v.field(6usize, "is_not_before", &self.is_not_before);
        v.field(7usize, "is_revoked", &self.is_revoked);
        v.field(8usize, "is_self_signed", &self.is_self_signed);
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::object::Members for ApplicationRiskFactorCertificateInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.has_bad_common_name.read_from(r),
            1usize => self.has_insecure_signature.read_from(r),
            2usize => self.has_no_chain_of_trust.read_from(r),
            3usize => self.is_denylisted.read_from(r),
            4usize => self.is_hostname_mismatch.read_from(r),
            5usize => self.is_not_after.read_from(r),
            6usize => self.is_not_before.read_from(r),
            7usize => self.is_revoked.read_from(r),
            8usize => self.is_self_signed.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.has_bad_common_name);
        w.field(1usize, &self.has_insecure_signature);
        w.field(2usize, &self.has_no_chain_of_trust);
        w.field(3usize, &self.is_denylisted);
        w.field(4usize, &self.is_hostname_mismatch);
        w.field(5usize, &self.is_not_after);
        w.field(6usize, &self.is_not_before);
        w.field(7usize, &self.is_revoked);
        w.field(8usize, &self.is_self_signed);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_object!(ApplicationRiskFactorCertificateInfo);
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_setters!(
    ApplicationRiskFactorCertificateInfo { with_has_bad_common_name has_bad_common_name :
    bool; with_has_insecure_signature has_insecure_signature : bool;
    with_has_no_chain_of_trust has_no_chain_of_trust : bool; with_is_denylisted
    is_denylisted : bool; with_is_hostname_mismatch is_hostname_mismatch : bool;
    with_is_not_after is_not_after : bool; with_is_not_before is_not_before : bool;
    with_is_revoked is_revoked : bool; with_is_self_signed is_self_signed : bool; }
);
#[cfg(msgraph_v1_application_templates_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationRiskFactorCertificateInfo);
#[cfg(msgraph_v1_application_templates_or_search)]
/// CSDL: `microsoft.graph.applicationRiskFactorGeneralInfo`, complex type.
///
/// Features: `v1`, or one of `v1-application-templates`, `v1-search`.
#[derive(Clone)]
pub struct ApplicationRiskFactorGeneralInfo {
    /// CSDL: property `consumerPopularity`: `Edm.Int32`, nullable.
    pub consumer_popularity: rt::Field<i32>,
    /// CSDL: property `domainRegistrationDate`: `Edm.Date`, nullable.
    pub domain_registration_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `founded`: `Edm.Int32`, nullable.
    pub founded: rt::Field<i32>,
    /// CSDL: property `hasDisasterRecoveryPlan`: `Edm.Boolean`, nullable.
    pub has_disaster_recovery_plan: rt::Field<bool>,
    /// CSDL: property `hold`: `microsoft.graph.holdType`, not nullable.
    pub hold: rt::Field<crate::v1::HoldType>,
    /// CSDL: property `hostingCompanyName`: `Edm.String`, nullable.
    pub hosting_company_name: rt::Field<::std::string::String>,
    /// CSDL: property `location`: `microsoft.graph.applicationLocation`, nullable.
    pub location: rt::Field<crate::v1::ApplicationLocation>,
    /// CSDL: property `privacyPolicy`: `Edm.String`, nullable.
    pub privacy_policy: rt::Field<::std::string::String>,
    /// CSDL: property `processedDataTypes`: `microsoft.graph.applicationDataType`, not nullable.
    pub processed_data_types: rt::Field<rt::Flags<crate::v1::ApplicationDataType>>,
    /// CSDL: property `termsOfService`: `Edm.String`, nullable.
    pub terms_of_service: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl ::std::default::Default for ApplicationRiskFactorGeneralInfo {
    #[inline]
    fn default() -> Self {
        Self {
            consumer_popularity: rt::Field::Absent,
            domain_registration_date: rt::Field::Absent,
            founded: rt::Field::Absent,
            has_disaster_recovery_plan: rt::Field::Absent,
            hold: rt::Field::Absent,
            hosting_company_name: rt::Field::Absent,
            location: rt::Field::Absent,
            privacy_policy: rt::Field::Absent,
            processed_data_types: rt::Field::Absent,
            terms_of_service: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::Object for ApplicationRiskFactorGeneralInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.applicationRiskFactorGeneralInfo";
    const KEYS: &'static [&'static str] = &[
        "consumerPopularity",
        "domainRegistrationDate",
        "founded",
        "hasDisasterRecoveryPlan",
        "hold",
        "hostingCompanyName",
        "location",
        "privacyPolicy",
        "processedDataTypes",
        "termsOfService",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"consumerPopularity\":           ",
        ",\"domainRegistrationDate\":       ",
        ",\"founded\":                      ",
        ",\"hasDisasterRecoveryPlan\":      ",
        ",\"hold\":                         ",
        ",\"hostingCompanyName\":           ",
        ",\"location\":                     ",
        ",\"privacyPolicy\":                ",
        ",\"processedDataTypes\":           ",
        ",\"termsOfService\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.applicationRiskFactorGeneralInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "consumer_popularity", &self.consumer_popularity);
        v.field(1usize, "domain_registration_date", &self.domain_registration_date);
        v.field(2usize, "founded", &self.founded);
        v.field(3usize, "has_disaster_recovery_plan", &self.has_disaster_recovery_plan);
        v.field(4usize, "hold", &self.hold);
        v.field(5usize, "hosting_company_name", &self.hosting_company_name);
        v.field(6usize, "location", &self.location);
        v.field(7usize, "privacy_policy", &self.privacy_policy);
        v.field(8usize, "processed_data_types", &self.processed_data_types);
        v.field(9usize, "terms_of_service", &self.terms_of_service);
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::object::Members for ApplicationRiskFactorGeneralInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.consumer_popularity.read_from(r),
            1usize => self.domain_registration_date.read_from(r),
            2usize => self.founded.read_from(r),
            3usize => self.has_disaster_recovery_plan.read_from(r),
            4usize => self.hold.read_from(r),
            5usize => self.hosting_company_name.read_from(r),
            6usize => self.location.read_from(r),
            7usize => self.privacy_policy.read_from(r),
            8usize => self.processed_data_types.read_from(r),
            9usize => self.terms_of_service.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.consumer_popularity);
        w.field(1usize, &self.domain_registration_date);
        w.field(2usize, &self.founded);
        w.field(3usize, &self.has_disaster_recovery_plan);
        w.field(4usize, &self.hold);
        w.field(5usize, &self.hosting_company_name);
        w.field(6usize, &self.location);
        w.field(7usize, &self.privacy_policy);
        w.field(8usize, &self.processed_data_types);
        w.field(9usize, &self.terms_of_service);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_object!(ApplicationRiskFactorGeneralInfo);
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_setters!(
    ApplicationRiskFactorGeneralInfo { with_consumer_popularity consumer_popularity :
    i32; with_domain_registration_date domain_registration_date : rt::edm::Date;
    with_founded founded : i32; with_has_disaster_recovery_plan
    has_disaster_recovery_plan : bool; with_hold hold : crate ::v1::HoldType;
    with_hosting_company_name hosting_company_name : ::std::string::String; with_location
    location : crate ::v1::ApplicationLocation; with_privacy_policy privacy_policy :
    ::std::string::String; with_processed_data_types processed_data_types : rt::Flags <
    crate ::v1::ApplicationDataType >; with_terms_of_service terms_of_service :
    ::std::string::String; }
);
#[cfg(msgraph_v1_application_templates_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationRiskFactorGeneralInfo);
#[cfg(msgraph_v1_application_templates_or_search)]
/// CSDL: `microsoft.graph.applicationRiskFactorLegalInfo`, complex type.
///
/// Features: `v1`, or one of `v1-application-templates`, `v1-search`.
#[derive(Clone)]
pub struct ApplicationRiskFactorLegalInfo {
    /// CSDL: property `dataRetention`: `microsoft.graph.dataRetentionLevel`, not nullable.
    pub data_retention: rt::Field<crate::v1::DataRetentionLevel>,
    /// CSDL: property `gdpr`: `microsoft.graph.applicationRiskFactorLegalInfoGdpr`, not nullable.
    pub gdpr: rt::Field<crate::v1::ApplicationRiskFactorLegalInfoGdpr>,
    /// CSDL: property `hasDataOwnership`: `Edm.Boolean`, nullable.
    pub has_data_ownership: rt::Field<bool>,
    /// CSDL: property `hasDmca`: `Edm.Boolean`, nullable.
    pub has_dmca: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl ::std::default::Default for ApplicationRiskFactorLegalInfo {
    #[inline]
    fn default() -> Self {
        Self {
            data_retention: rt::Field::Absent,
            gdpr: rt::Field::Absent,
            has_data_ownership: rt::Field::Absent,
            has_dmca: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::Object for ApplicationRiskFactorLegalInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.applicationRiskFactorLegalInfo";
    const KEYS: &'static [&'static str] = &[
        "dataRetention",
        "gdpr",
        "hasDataOwnership",
        "hasDmca",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"dataRetention\":                ",
        ",\"gdpr\":                         ",
        ",\"hasDataOwnership\":             ",
        ",\"hasDmca\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.applicationRiskFactorLegalInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "data_retention", &self.data_retention);
        v.field(1usize, "gdpr", &self.gdpr);
        v.field(2usize, "has_data_ownership", &self.has_data_ownership);
        v.field(3usize, "has_dmca", &self.has_dmca);
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::object::Members for ApplicationRiskFactorLegalInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.data_retention.read_from(r),
            1usize => self.gdpr.read_from(r),
            2usize => self.has_data_ownership.read_from(r),
            3usize => self.has_dmca.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.data_retention);
        w.field(1usize, &self.gdpr);
        w.field(2usize, &self.has_data_ownership);
        w.field(3usize, &self.has_dmca);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_object!(ApplicationRiskFactorLegalInfo);
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_setters!(
    ApplicationRiskFactorLegalInfo { with_data_retention data_retention : crate
    ::v1::DataRetentionLevel; with_gdpr gdpr : crate
    ::v1::ApplicationRiskFactorLegalInfoGdpr; with_has_data_ownership has_data_ownership
    : bool; with_has_dmca has_dmca : bool; }
);
#[cfg(msgraph_v1_application_templates_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationRiskFactorLegalInfo);
#[cfg(msgraph_v1_application_templates_or_search)]
/// CSDL: `microsoft.graph.applicationRiskFactorLegalInfoGdpr`, complex type.
///
/// Features: `v1`, or one of `v1-application-templates`, `v1-search`.
#[derive(Clone)]
pub struct ApplicationRiskFactorLegalInfoGdpr {
    /// CSDL: property `dataProtection`: `microsoft.graph.dataProtection`, not nullable.
    pub data_protection: rt::Field<rt::Flags<crate::v1::DataProtection>>,
    /// CSDL: property `hasRightToErasure`: `Edm.Boolean`, nullable.
    pub has_right_to_erasure: rt::Field<bool>,
    /// CSDL: property `isReportingDataBreaches`: `Edm.Boolean`, nullable.
    pub is_reporting_data_breaches: rt::Field<bool>,
    /// CSDL: property `statementUrl`: `Edm.String`, nullable.
    pub statement_url: rt::Field<::std::string::String>,
    /// CSDL: property `userOwnership`: `microsoft.graph.userOwnership`, not nullable.
    pub user_ownership: rt::Field<rt::Flags<crate::v1::UserOwnership>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl ::std::default::Default for ApplicationRiskFactorLegalInfoGdpr {
    #[inline]
    fn default() -> Self {
        Self {
            data_protection: rt::Field::Absent,
            has_right_to_erasure: rt::Field::Absent,
            is_reporting_data_breaches: rt::Field::Absent,
            statement_url: rt::Field::Absent,
            user_ownership: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::Object for ApplicationRiskFactorLegalInfoGdpr {
    const TYPE_NAME: &'static str = "microsoft.graph.applicationRiskFactorLegalInfoGdpr";
    const KEYS: &'static [&'static str] = &[
        "dataProtection",
        "hasRightToErasure",
        "isReportingDataBreaches",
        "statementUrl",
        "userOwnership",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"dataProtection\":               ",
        ",\"hasRightToErasure\":            ",
        ",\"isReportingDataBreaches\":      ",
        ",\"statementUrl\":                 ",
        ",\"userOwnership\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.applicationRiskFactorLegalInfoGdpr\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "data_protection", &self.data_protection);
        v.field(1usize, "has_right_to_erasure", &self.has_right_to_erasure);
        v.field(2usize, "is_reporting_data_breaches", &self.is_reporting_data_breaches);
        v.field(3usize, "statement_url", &self.statement_url);
        v.field(4usize, "user_ownership", &self.user_ownership);
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::object::Members for ApplicationRiskFactorLegalInfoGdpr {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.data_protection.read_from(r),
            1usize => self.has_right_to_erasure.read_from(r),
            2usize => self.is_reporting_data_breaches.read_from(r),
            3usize => self.statement_url.read_from(r),
            4usize => self.user_ownership.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.data_protection);
        w.field(1usize, &self.has_right_to_erasure);
        w.field(2usize, &self.is_reporting_data_breaches);
        w.field(3usize, &self.statement_url);
        w.field(4usize, &self.user_ownership);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_object!(ApplicationRiskFactorLegalInfoGdpr);
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_setters!(
    ApplicationRiskFactorLegalInfoGdpr { with_data_protection data_protection : rt::Flags
    < crate ::v1::DataProtection >; with_has_right_to_erasure has_right_to_erasure :
    bool; with_is_reporting_data_breaches is_reporting_data_breaches : bool;
    with_statement_url statement_url : ::std::string::String; with_user_ownership
    user_ownership : rt::Flags < crate ::v1::UserOwnership >; }
);
#[cfg(msgraph_v1_application_templates_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationRiskFactorLegalInfoGdpr);
#[cfg(msgraph_v1_application_templates_or_search)]
/// CSDL: `microsoft.graph.applicationRiskFactorSecurityInfo`, complex type.
///
/// Features: `v1`, or one of `v1-application-templates`, `v1-search`.
#[derive(Clone)]
pub struct ApplicationRiskFactorSecurityInfo {
    /// CSDL: property `certificate`: `microsoft.graph.applicationRiskFactorCertificateInfo`, not nullable.
    pub certificate: rt::Field<crate::v1::ApplicationRiskFactorCertificateInfo>,
    /// CSDL: property `domainToCheck`: `Edm.String`, nullable.
    pub domain_to_check: rt::Field<::std::string::String>,
    /// CSDL: property `hasAdminAuditTrail`: `Edm.Boolean`, nullable.
    pub has_admin_audit_trail: rt::Field<bool>,
    /// CSDL: property `hasAnonymousUsage`: `Edm.Boolean`, nullable.
    pub has_anonymous_usage: rt::Field<bool>,
    /// CSDL: property `hasDataAuditTrail`: `Edm.Boolean`, nullable.
    pub has_data_audit_trail: rt::Field<bool>,
    /// CSDL: property `hasDataClassification`: `Edm.Boolean`, nullable.
    pub has_data_classification: rt::Field<bool>,
    /// CSDL: property `hasDataEncrypted`: `Edm.Boolean`, nullable.
    pub has_data_encrypted: rt::Field<bool>,
    /// CSDL: property `hasEnforceTransportEnc`: `Edm.Boolean`, nullable.
    pub has_enforce_transport_enc: rt::Field<bool>,
    /// CSDL: property `hasIpRestriction`: `Edm.Boolean`, nullable.
    pub has_ip_restriction: rt::Field<bool>,
    /// CSDL: property `hasMFA`: `Edm.Boolean`, nullable.
    pub has_mfa: rt::Field<bool>,
    /// CSDL: property `hasPenTest`: `Edm.Boolean`, nullable.
    pub has_pen_test: rt::Field<bool>,
    /// CSDL: property `hasRememberPassword`: `Edm.Boolean`, nullable.
    pub has_remember_password: rt::Field<bool>,
    /// CSDL: property `hasSamlSupport`: `Edm.Boolean`, nullable.
    pub has_saml_support: rt::Field<bool>,
    /// CSDL: property `hasUserAuditLogs`: `Edm.Boolean`, nullable.
    pub has_user_audit_logs: rt::Field<bool>,
    /// CSDL: property `hasUserDataUpload`: `Edm.Boolean`, nullable.
    pub has_user_data_upload: rt::Field<bool>,
    /// CSDL: property `hasUserRolesSupport`: `Edm.Boolean`, nullable.
    pub has_user_roles_support: rt::Field<bool>,
    /// CSDL: property `hasValidCertName`: `Edm.Boolean`, nullable.
    pub has_valid_cert_name: rt::Field<bool>,
    /// CSDL: property `httpsSecurityHeaders`: `Collection(Edm.String)`, not nullable.
    pub https_security_headers: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `isCertTrusted`: `Edm.Boolean`, nullable.
    pub is_cert_trusted: rt::Field<bool>,
    /// CSDL: property `isDrownVulnerable`: `Edm.Boolean`, nullable.
    pub is_drown_vulnerable: rt::Field<bool>,
    /// CSDL: property `isHeartbleedProof`: `Edm.Boolean`, nullable.
    pub is_heartbleed_proof: rt::Field<bool>,
    /// CSDL: property `lastBreachDate`: `Edm.Date`, nullable.
    pub last_breach_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `latestValidSSL`: `microsoft.graph.sslVersion`, not nullable.
    pub latest_valid_ssl: rt::Field<crate::v1::SslVersion>,
    /// CSDL: property `passwordPolicy`: `microsoft.graph.passwordPolicy`, not nullable.
    pub password_policy: rt::Field<rt::Flags<crate::v1::PasswordPolicy>>,
    /// CSDL: property `restEncryptionType`: `microsoft.graph.restEncryptionType`, not nullable.
    pub rest_encryption_type: rt::Field<crate::v1::RestEncryptionType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl ::std::default::Default for ApplicationRiskFactorSecurityInfo {
    #[inline]
    fn default() -> Self {
        Self {
            certificate: rt::Field::Absent,
            domain_to_check: rt::Field::Absent,
            has_admin_audit_trail: rt::Field::Absent,
            has_anonymous_usage: rt::Field::Absent,
            has_data_audit_trail: rt::Field::Absent,
            has_data_classification: rt::Field::Absent,
            has_data_encrypted: rt::Field::Absent,
            has_enforce_transport_enc: rt::Field::Absent,
            has_ip_restriction: rt::Field::Absent,
            has_mfa: rt::Field::Absent,
            has_pen_test: rt::Field::Absent,
            has_remember_password: rt::Field::Absent,
            has_saml_support: rt::Field::Absent,
            has_user_audit_logs: rt::Field::Absent,
            has_user_data_upload: rt::Field::Absent,
            has_user_roles_support: rt::Field::Absent,
            has_valid_cert_name: rt::Field::Absent,
            https_security_headers: rt::Field::Absent,
            is_cert_trusted: rt::Field::Absent,
            is_drown_vulnerable: rt::Field::Absent,
            is_heartbleed_proof: rt::Field::Absent,
            last_breach_date: rt::Field::Absent,
            latest_valid_ssl: rt::Field::Absent,
            password_policy: rt::Field::Absent,
            rest_encryption_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::Object for ApplicationRiskFactorSecurityInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.applicationRiskFactorSecurityInfo";
    const KEYS: &'static [&'static str] = &[
        "certificate",
        "domainToCheck",
        "hasAdminAuditTrail",
        "hasAnonymousUsage",
        "hasDataAuditTrail",
        "hasDataClassification",
        "hasDataEncrypted",
        "hasEnforceTransportEnc",
        "hasIpRestriction",
        "hasMFA",
        "hasPenTest",
        "hasRememberPassword",
        "hasSamlSupport",
        "hasUserAuditLogs",
        "hasUserDataUpload",
        "hasUserRolesSupport",
        "hasValidCertName",
        "httpsSecurityHeaders",
        "isCertTrusted",
        "isDrownVulnerable",
        "isHeartbleedProof",
        "lastBreachDate",
        "latestValidSSL",
        "passwordPolicy",
        "restEncryptionType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"certificate\":                  ",
        ",\"domainToCheck\":                ",
        ",\"hasAdminAuditTrail\":           ",
        ",\"hasAnonymousUsage\":            ",
        ",\"hasDataAuditTrail\":            ",
        ",\"hasDataClassification\":        ",
        ",\"hasDataEncrypted\":             ",
        ",\"hasEnforceTransportEnc\":       ",
        ",\"hasIpRestriction\":             ",
        ",\"hasMFA\":                       ",
        ",\"hasPenTest\":                   ",
        ",\"hasRememberPassword\":          ",
        ",\"hasSamlSupport\":               ",
        ",\"hasUserAuditLogs\":             ",
        ",\"hasUserDataUpload\":            ",
        ",\"hasUserRolesSupport\":          ",
        ",\"hasValidCertName\":             ",
        ",\"httpsSecurityHeaders\":         ",
        ",\"isCertTrusted\":                ",
        ",\"isDrownVulnerable\":            ",
        ",\"isHeartbleedProof\":            ",
        ",\"lastBreachDate\":               ",
        ",\"latestValidSSL\":               ",
        ",\"passwordPolicy\":               ",
        ",\"restEncryptionType\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.applicationRiskFactorSecurityInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "certificate", &self.certificate);
        v.field(1usize, "domain_to_check", &self.domain_to_check);
        v.field(2usize, "has_admin_audit_trail", &self.has_admin_audit_trail);
        v.field(3usize, "has_anonymous_usage", &self.has_anonymous_usage);
        v.field(4usize, "has_data_audit_trail", &self.has_data_audit_trail);
        v.field(5usize, "has_data_classification", &self.has_data_classification);
        v.field(6usize, "has_data_encrypted", &self.has_data_encrypted);
        v.field(7usize, "has_enforce_transport_enc", &self.has_enforce_transport_enc);
        v.field(8usize, "has_ip_restriction", &self.has_ip_restriction);
        v.field(9usize, "has_mfa", &self.has_mfa);
        v.field(10usize, "has_pen_test", &self.has_pen_test);
        v.field(11usize, "has_remember_password", &self.has_remember_password);
        v.field(12usize, "has_saml_support", &self.has_saml_support);
        v.field(13usize, "has_user_audit_logs", &self.has_user_audit_logs);
        v.field(14usize, "has_user_data_upload", &self.has_user_data_upload);
        v.field(15usize, "has_user_roles_support", &self.has_user_roles_support);
        v.field(16usize, "has_valid_cert_name", &self.has_valid_cert_name);
        v.field(17usize, "https_security_headers", &self.https_security_headers);
        v.field(18usize, "is_cert_trusted", &self.is_cert_trusted);
        v.field(19usize, "is_drown_vulnerable", &self.is_drown_vulnerable);
        v.field(20usize, "is_heartbleed_proof", &self.is_heartbleed_proof);
        v.field(21usize, "last_breach_date", &self.last_breach_date);
        v.field(22usize, "latest_valid_ssl", &self.latest_valid_ssl);
        v.field(23usize, "password_policy", &self.password_policy);
        v.field(24usize, "rest_encryption_type", &self.rest_encryption_type);
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::object::Members for ApplicationRiskFactorSecurityInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.certificate.read_from(r),
            1usize => self.domain_to_check.read_from(r),
            2usize => self.has_admin_audit_trail.read_from(r),
            3usize => self.has_anonymous_usage.read_from(r),
            4usize => self.has_data_audit_trail.read_from(r),
            5usize => self.has_data_classification.read_from(r),
            6usize => self.has_data_encrypted.read_from(r),
            7usize => self.has_enforce_transport_enc.read_from(r),
            8usize => self.has_ip_restriction.read_from(r),
            9usize => self.has_mfa.read_from(r),
            10usize => self.has_pen_test.read_from(r),
            11usize => self.has_remember_password.read_from(r),
            12usize => self.has_saml_support.read_from(r),
            13usize => self.has_user_audit_logs.read_from(r),
            14usize => self.has_user_data_upload.read_from(r),
            15usize => self.has_user_roles_support.read_from(r),
            16usize => self.has_valid_cert_name.read_from(r),
            17usize => self.https_security_headers.read_from(r),
            18usize => self.is_cert_trusted.read_from(r),
            19usize => self.is_drown_vulnerable.read_from(r),
            20usize => self.is_heartbleed_proof.read_from(r),
            21usize => self.last_breach_date.read_from(r),
            22usize => self.latest_valid_ssl.read_from(r),
            23usize => self.password_policy.read_from(r),
            24usize => self.rest_encryption_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.certificate);
        w.field(1usize, &self.domain_to_check);
        w.field(2usize, &self.has_admin_audit_trail);
        w.field(3usize, &self.has_anonymous_usage);
        w.field(4usize, &self.has_data_audit_trail);
        w.field(5usize, &self.has_data_classification);
        w.field(6usize, &self.has_data_encrypted);
        w.field(7usize, &self.has_enforce_transport_enc);
        w.field(8usize, &self.has_ip_restriction);
        w.field(9usize, &self.has_mfa);
        w.field(10usize, &self.has_pen_test);
        w.field(11usize, &self.has_remember_password);
        w.field(12usize, &self.has_saml_support);
        w.field(13usize, &self.has_user_audit_logs);
        w.field(14usize, &self.has_user_data_upload);
        w.field(15usize, &self.has_user_roles_support);
        w.field(16usize, &self.has_valid_cert_name);
        w.field(17usize, &self.https_security_headers);
        w.field(18usize, &self.is_cert_trusted);
        w.field(19usize, &self.is_drown_vulnerable);
        w.field(20usize, &self.is_heartbleed_proof);
        w.field(21usize, &self.last_breach_date);
        w.field(22usize, &self.latest_valid_ssl);
        w.field(23usize, &self.password_policy);
        w.field(24usize, &self.rest_encryption_type);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_object!(ApplicationRiskFactorSecurityInfo);
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_setters!(
    ApplicationRiskFactorSecurityInfo { with_certificate certificate : crate
    ::v1::ApplicationRiskFactorCertificateInfo; with_domain_to_check domain_to_check :
    ::std::string::String; with_has_admin_audit_trail has_admin_audit_trail : bool;
    with_has_anonymous_usage has_anonymous_usage : bool; with_has_data_audit_trail
    has_data_audit_trail : bool; with_has_data_classification has_data_classification :
    bool; with_has_data_encrypted has_data_encrypted : bool;
    with_has_enforce_transport_enc has_enforce_transport_enc : bool;
    with_has_ip_restriction has_ip_restriction : bool; with_has_mfa has_mfa : bool;
    with_has_pen_test has_pen_test : bool; with_has_remember_password
    has_remember_password : bool; with_has_saml_support has_saml_support : bool;
    with_has_user_audit_logs has_user_audit_logs : bool; with_has_user_data_upload
    has_user_data_upload : bool; with_has_user_roles_support has_user_roles_support :
    bool; with_has_valid_cert_name has_valid_cert_name : bool;
    with_https_security_headers https_security_headers : ::std::vec::Vec <
    ::std::string::String >; with_is_cert_trusted is_cert_trusted : bool;
    with_is_drown_vulnerable is_drown_vulnerable : bool; with_is_heartbleed_proof
    is_heartbleed_proof : bool; with_last_breach_date last_breach_date : rt::edm::Date;
    with_latest_valid_ssl latest_valid_ssl : crate ::v1::SslVersion; with_password_policy
    password_policy : rt::Flags < crate ::v1::PasswordPolicy >; with_rest_encryption_type
    rest_encryption_type : crate ::v1::RestEncryptionType; }
);
#[cfg(msgraph_v1_application_templates_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationRiskFactorSecurityInfo);
#[cfg(msgraph_v1_application_templates_or_search)]
/// CSDL: `microsoft.graph.applicationRiskFactors`, complex type.
///
/// Features: `v1`, or one of `v1-application-templates`, `v1-search`.
#[derive(Clone)]
pub struct ApplicationRiskFactors {
    /// CSDL: property `compliance`: `microsoft.graph.applicationSecurityCompliance`, nullable.
    pub compliance: rt::Field<crate::v1::ApplicationSecurityCompliance>,
    /// CSDL: property `general`: `microsoft.graph.applicationRiskFactorGeneralInfo`, nullable.
    pub general: rt::Field<crate::v1::ApplicationRiskFactorGeneralInfo>,
    /// CSDL: property `legal`: `microsoft.graph.applicationRiskFactorLegalInfo`, nullable.
    pub legal: rt::Field<crate::v1::ApplicationRiskFactorLegalInfo>,
    /// CSDL: property `security`: `microsoft.graph.applicationRiskFactorSecurityInfo`, nullable.
    pub security: rt::Field<crate::v1::ApplicationRiskFactorSecurityInfo>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl ::std::default::Default for ApplicationRiskFactors {
    #[inline]
    fn default() -> Self {
        Self {
            compliance: rt::Field::Absent,
            general: rt::Field::Absent,
            legal: rt::Field::Absent,
            security: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::Object for ApplicationRiskFactors {
    const TYPE_NAME: &'static str = "microsoft.graph.applicationRiskFactors";
    const KEYS: &'static [&'static str] = &[
        "compliance",
        "general",
        "legal",
        "security",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"compliance\":                   ",
        ",\"general\":                      ",
        ",\"legal\":                        ",
        ",\"security\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.applicationRiskFactors\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "compliance", &self.compliance);
        v.field(1usize, "general", &self.general);
        v.field(2usize, "legal", &self.legal);
        v.field(3usize, "security", &self.security);
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::object::Members for ApplicationRiskFactors {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.compliance.read_from(r),
            1usize => self.general.read_from(r),
            2usize => self.legal.read_from(r),
            3usize => self.security.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.compliance);
        w.field(1usize, &self.general);
        w.field(2usize, &self.legal);
        w.field(3usize, &self.security);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_object!(ApplicationRiskFactors);
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_setters!(
    ApplicationRiskFactors { with_compliance compliance : crate
    ::v1::ApplicationSecurityCompliance; with_general general : crate
    ::v1::ApplicationRiskFactorGeneralInfo; with_legal legal : crate
    ::v1::ApplicationRiskFactorLegalInfo; with_security security : crate
    ::v1::ApplicationRiskFactorSecurityInfo; }
);
#[cfg(msgraph_v1_application_templates_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationRiskFactors);
#[cfg(msgraph_v1_application_templates_or_search)]
/// CSDL: `microsoft.graph.applicationRiskScore`, complex type.
///
/// Features: `v1`, or one of `v1-application-templates`, `v1-search`.
#[derive(Clone)]
pub struct ApplicationRiskScore {
    /// CSDL: property `compliance`: `Edm.Single`, nullable.
    pub compliance: rt::Field<f64>,
    /// CSDL: property `legal`: `Edm.Single`, nullable.
    pub legal: rt::Field<f64>,
    /// CSDL: property `provider`: `Edm.Single`, nullable.
    pub provider: rt::Field<f64>,
    /// CSDL: property `security`: `Edm.Single`, nullable.
    pub security: rt::Field<f64>,
    /// CSDL: property `total`: `Edm.Single`, nullable.
    pub total: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl ::std::default::Default for ApplicationRiskScore {
    #[inline]
    fn default() -> Self {
        Self {
            compliance: rt::Field::Absent,
            legal: rt::Field::Absent,
            provider: rt::Field::Absent,
            security: rt::Field::Absent,
            total: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::Object for ApplicationRiskScore {
    const TYPE_NAME: &'static str = "microsoft.graph.applicationRiskScore";
    const KEYS: &'static [&'static str] = &[
        "compliance",
        "legal",
        "provider",
        "security",
        "total",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"compliance\":                   ",
        ",\"legal\":                        ",
        ",\"provider\":                     ",
        ",\"security\":                     ",
        ",\"total\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.applicationRiskScore\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "compliance", &self.compliance);
        v.field(1usize, "legal", &self.legal);
        v.field(2usize, "provider", &self.provider);
        v.field(3usize, "security", &self.security);
        v.field(4usize, "total", &self.total);
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::object::Members for ApplicationRiskScore {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.compliance.read_from(r),
            1usize => self.legal.read_from(r),
            2usize => self.provider.read_from(r),
            3usize => self.security.read_from(r),
            4usize => self.total.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.compliance);
        w.field(1usize, &self.legal);
        w.field(2usize, &self.provider);
        w.field(3usize, &self.security);
        w.field(4usize, &self.total);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_object!(ApplicationRiskScore);
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_setters!(
    ApplicationRiskScore { with_compliance compliance : f64; with_legal legal : f64;
    with_provider provider : f64; with_security security : f64; with_total total : f64; }
);
#[cfg(msgraph_v1_application_templates_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationRiskScore);
#[cfg(msgraph_v1_application_templates_or_search)]
/// CSDL: `microsoft.graph.applicationSecurityCompliance`, complex type.
///
/// Features: `v1`, or one of `v1-application-templates`, `v1-search`.
#[derive(Clone)]
pub struct ApplicationSecurityCompliance {
    /// CSDL: property `cobit`: `Edm.Boolean`, nullable.
    pub cobit: rt::Field<bool>,
    /// CSDL: property `coppa`: `Edm.Boolean`, nullable.
    pub coppa: rt::Field<bool>,
    /// CSDL: property `csaStar`: `microsoft.graph.csaStarLevel`, nullable.
    pub csa_star: rt::Field<crate::v1::CsaStarLevel>,
    /// CSDL: property `fedRamp`: `microsoft.graph.fedRampLevel`, nullable.
    pub fed_ramp: rt::Field<crate::v1::FedRampLevel>,
    /// CSDL: property `ferpa`: `Edm.Boolean`, nullable.
    pub ferpa: rt::Field<bool>,
    /// CSDL: property `ffiec`: `Edm.Boolean`, nullable.
    pub ffiec: rt::Field<bool>,
    /// CSDL: property `finra`: `Edm.Boolean`, nullable.
    pub finra: rt::Field<bool>,
    /// CSDL: property `fisma`: `Edm.Boolean`, nullable.
    pub fisma: rt::Field<bool>,
    /// CSDL: property `gaap`: `Edm.Boolean`, nullable.
    pub gaap: rt::Field<bool>,
    /// CSDL: property `gapp`: `Edm.Boolean`, nullable.
    pub gapp: rt::Field<bool>,
    /// CSDL: property `glba`: `Edm.Boolean`, nullable.
    pub glba: rt::Field<bool>,
    /// CSDL: property `hipaa`: `Edm.Boolean`, nullable.
    pub hipaa: rt::Field<bool>,
    /// CSDL: property `hitrust`: `Edm.Boolean`, nullable.
    pub hitrust: rt::Field<bool>,
    /// CSDL: property `isae3402`: `Edm.Boolean`, nullable.
    pub isae3402: rt::Field<bool>,
    /// CSDL: property `iso27001`: `Edm.Boolean`, nullable.
    pub iso27001: rt::Field<bool>,
    /// CSDL: property `iso27002`: `Edm.Boolean`, nullable.
    pub iso27002: rt::Field<bool>,
    /// CSDL: property `iso27017`: `Edm.Boolean`, nullable.
    pub iso27017: rt::Field<bool>,
    /// CSDL: property `iso27018`: `Edm.Boolean`, nullable.
    pub iso27018: rt::Field<bool>,
    /// CSDL: property `itar`: `Edm.Boolean`, nullable.
    pub itar: rt::Field<bool>,
    /// CSDL: property `jerichoForumCommandments`: `Edm.Boolean`, nullable.
    pub jericho_forum_commandments: rt::Field<bool>,
    /// CSDL: property `pci`: `microsoft.graph.pciVersion`, nullable.
    pub pci: rt::Field<crate::v1::PciVersion>,
    /// CSDL: property `privacyShield`: `Edm.Boolean`, nullable.
    pub privacy_shield: rt::Field<bool>,
    /// CSDL: property `safeHarbor`: `Edm.Boolean`, nullable.
    pub safe_harbor: rt::Field<bool>,
    /// CSDL: property `soc1`: `Edm.Boolean`, nullable.
    pub soc1: rt::Field<bool>,
    /// CSDL: property `soc2`: `Edm.Boolean`, nullable.
    pub soc2: rt::Field<bool>,
    /// CSDL: property `soc3`: `Edm.Boolean`, nullable.
    pub soc3: rt::Field<bool>,
    /// CSDL: property `sox`: `Edm.Boolean`, nullable.
    pub sox: rt::Field<bool>,
    /// CSDL: property `sp800_53`: `Edm.Boolean`, nullable.
    pub sp800_53: rt::Field<bool>,
    /// CSDL: property `ssae16`: `Edm.Boolean`, nullable.
    pub ssae16: rt::Field<bool>,
    /// CSDL: property `ustr`: `Edm.Boolean`, nullable.
    pub ustr: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl ::std::default::Default for ApplicationSecurityCompliance {
    #[inline]
    fn default() -> Self {
        Self {
            cobit: rt::Field::Absent,
            coppa: rt::Field::Absent,
            csa_star: rt::Field::Absent,
            fed_ramp: rt::Field::Absent,
            ferpa: rt::Field::Absent,
            ffiec: rt::Field::Absent,
            finra: rt::Field::Absent,
            fisma: rt::Field::Absent,
            gaap: rt::Field::Absent,
            gapp: rt::Field::Absent,
            glba: rt::Field::Absent,
            hipaa: rt::Field::Absent,
            hitrust: rt::Field::Absent,
            isae3402: rt::Field::Absent,
            iso27001: rt::Field::Absent,
            iso27002: rt::Field::Absent,
            iso27017: rt::Field::Absent,
            iso27018: rt::Field::Absent,
            itar: rt::Field::Absent,
            jericho_forum_commandments: rt::Field::Absent,
            pci: rt::Field::Absent,
            privacy_shield: rt::Field::Absent,
            safe_harbor: rt::Field::Absent,
            soc1: rt::Field::Absent,
            soc2: rt::Field::Absent,
            soc3: rt::Field::Absent,
            sox: rt::Field::Absent,
            sp800_53: rt::Field::Absent,
            ssae16: rt::Field::Absent,
            ustr: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::Object for ApplicationSecurityCompliance {
    const TYPE_NAME: &'static str = "microsoft.graph.applicationSecurityCompliance";
    const KEYS: &'static [&'static str] = &[
        "cobit",
        "coppa",
        "csaStar",
        "fedRamp",
        "ferpa",
        "ffiec",
        "finra",
        "fisma",
        "gaap",
        "gapp",
        "glba",
        "hipaa",
        "hitrust",
        "isae3402",
        "iso27001",
        "iso27002",
        "iso27017",
        "iso27018",
        "itar",
        "jerichoForumCommandments",
        "pci",
        "privacyShield",
        "safeHarbor",
        "soc1",
        "soc2",
        "soc3",
        "sox",
        "sp800_53",
        "ssae16",
        "ustr",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"cobit\":                        ",
        ",\"coppa\":                        ",
        ",\"csaStar\":                      ",
        ",\"fedRamp\":                      ",
        ",\"ferpa\":                        ",
        ",\"ffiec\":                        ",
        ",\"finra\":                        ",
        ",\"fisma\":                        ",
        ",\"gaap\":                         ",
        ",\"gapp\":                         ",
        ",\"glba\":                         ",
        ",\"hipaa\":                        ",
        ",\"hitrust\":                      ",
        ",\"isae3402\":                     ",
        ",\"iso27001\":                     ",
        ",\"iso27002\":                     ",
        ",\"iso27017\":                     ",
        ",\"iso27018\":                     ",
        ",\"itar\":                         ",
        ",\"jerichoForumCommandments\":     ",
        ",\"pci\":                          ",
        ",\"privacyShield\":                ",
        ",\"safeHarbor\":                   ",
        ",\"soc1\":                         ",
        ",\"soc2\":                         ",
        ",\"soc3\":                         ",
        ",\"sox\":                          ",
        ",\"sp800_53\":                     ",
        ",\"ssae16\":                       ",
        ",\"ustr\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.applicationSecurityCompliance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "cobit", &self.cobit);
        v.field(1usize, "coppa", &self.coppa);
        v.field(2usize, "csa_star", &self.csa_star);
        v.field(3usize, "fed_ramp", &self.fed_ramp);
        v.field(4usize, "ferpa", &self.ferpa);
        v.field(5usize, "ffiec", &self.ffiec);
        v.field(6usize, "finra", &self.finra);
        v.field(7usize, "fisma", &self.fisma);
        v.field(8usize, "gaap", &self.gaap);
        v.field(9usize, "gapp", &self.gapp);
        v.field(10usize, "glba", &self.glba);
        v.field(11usize, "hipaa", &self.hipaa);
        v.field(12usize, "hitrust", &self.hitrust);
        v.field(13usize, "isae3402", &self.isae3402);
        v.field(14usize, "iso27001", &self.iso27001);
        v.field(15usize, "iso27002", &self.iso27002);
        v.field(16usize, "iso27017", &self.iso27017);
        v.field(17usize, "iso27018", &self.iso27018);
        v.field(18usize, "itar", &self.itar);
        v.field(19usize, "jericho_forum_commandments", &self.jericho_forum_commandments);
        v.field(20usize, "pci", &self.pci);
        v.field(21usize, "privacy_shield", &self.privacy_shield);
        v.field(22usize, "safe_harbor", &self.safe_harbor);
        v.field(23usize, "soc1", &self.soc1);
        v.field(24usize, "soc2", &self.soc2);
        v.field(25usize, "soc3", &self.soc3);
        v.field(26usize, "sox", &self.sox);
        v.field(27usize, "sp800_53", &self.sp800_53);
        v.field(28usize, "ssae16", &self.ssae16);
        v.field(29usize, "ustr", &self.ustr);
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::object::Members for ApplicationSecurityCompliance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.cobit.read_from(r),
            1usize => self.coppa.read_from(r),
            2usize => self.csa_star.read_from(r),
            3usize => self.fed_ramp.read_from(r),
            4usize => self.ferpa.read_from(r),
            5usize => self.ffiec.read_from(r),
            6usize => self.finra.read_from(r),
            7usize => self.fisma.read_from(r),
            8usize => self.gaap.read_from(r),
            9usize => self.gapp.read_from(r),
            10usize => self.glba.read_from(r),
            11usize => self.hipaa.read_from(r),
            12usize => self.hitrust.read_from(r),
            13usize => self.isae3402.read_from(r),
            14usize => self.iso27001.read_from(r),
            15usize => self.iso27002.read_from(r),
            16usize => self.iso27017.read_from(r),
            17usize => self.iso27018.read_from(r),
            18usize => self.itar.read_from(r),
            19usize => self.jericho_forum_commandments.read_from(r),
            20usize => self.pci.read_from(r),
            21usize => self.privacy_shield.read_from(r),
            22usize => self.safe_harbor.read_from(r),
            23usize => self.soc1.read_from(r),
            24usize => self.soc2.read_from(r),
            25usize => self.soc3.read_from(r),
            26usize => self.sox.read_from(r),
            27usize => self.sp800_53.read_from(r),
            28usize => self.ssae16.read_from(r),
            29usize => self.ustr.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.cobit);
        w.field(1usize, &self.coppa);
        w.field(2usize, &self.csa_star);
        w.field(3usize, &self.fed_ramp);
        w.field(4usize, &self.ferpa);
        w.field(5usize, &self.ffiec);
        w.field(6usize, &self.finra);
        w.field(7usize, &self.fisma);
        w.field(8usize, &self.gaap);
        w.field(9usize, &self.gapp);
        w.field(10usize, &self.glba);
        w.field(11usize, &self.hipaa);
        w.field(12usize, &self.hitrust);
        w.field(13usize, &self.isae3402);
        w.field(14usize, &self.iso27001);
        w.field(15usize, &self.iso27002);
        w.field(16usize, &self.iso27017);
        w.field(17usize, &self.iso27018);
        w.field(18usize, &self.itar);
        w.field(19usize, &self.jericho_forum_commandments);
        w.field(20usize, &self.pci);
        w.field(21usize, &self.privacy_shield);
        w.field(22usize, &self.safe_harbor);
        w.field(23usize, &self.soc1);
        w.field(24usize, &self.soc2);
        w.field(25usize, &self.soc3);
        w.field(26usize, &self.sox);
        w.field(27usize, &self.sp800_53);
        w.field(28usize, &self.ssae16);
        w.field(29usize, &self.ustr);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_object!(ApplicationSecurityCompliance);
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_setters!(
    ApplicationSecurityCompliance { with_cobit cobit : bool; with_coppa coppa : bool;
    with_csa_star csa_star : crate ::v1::CsaStarLevel; with_fed_ramp fed_ramp : crate
    ::v1::FedRampLevel; with_ferpa ferpa : bool; with_ffiec ffiec : bool; with_finra
    finra : bool; with_fisma fisma : bool; with_gaap gaap : bool; with_gapp gapp : bool;
    with_glba glba : bool; with_hipaa hipaa : bool; with_hitrust hitrust : bool;
    with_isae3402 isae3402 : bool; with_iso27001 iso27001 : bool; with_iso27002 iso27002
    : bool; with_iso27017 iso27017 : bool; with_iso27018 iso27018 : bool; with_itar itar
    : bool; with_jericho_forum_commandments jericho_forum_commandments : bool; with_pci
    pci : crate ::v1::PciVersion; with_privacy_shield privacy_shield : bool;
    with_safe_harbor safe_harbor : bool; with_soc1 soc1 : bool; with_soc2 soc2 : bool;
    with_soc3 soc3 : bool; with_sox sox : bool; with_sp800_53 sp800_53 : bool;
    with_ssae16 ssae16 : bool; with_ustr ustr : bool; }
);
#[cfg(msgraph_v1_application_templates_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationSecurityCompliance);
#[cfg(msgraph_v1_application_templates_or_search)]
/// CSDL: `microsoft.graph.applicationTemplate`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ApplicationTemplatePath`](requests/trait.ApplicationTemplatePath.html), what a path to one (`EntityPath<ApplicationTemplate, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-application-templates`, `v1-search`.
#[derive(Clone)]
pub struct ApplicationTemplate {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `categories`: `Collection(Edm.String)`, nullable.
    pub categories: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `deprecationDate`: `Edm.Date`, nullable.
    pub deprecation_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `endpoints`: `Collection(Edm.String)`, nullable.
    pub endpoints: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `homePageUrl`: `Edm.String`, nullable.
    pub home_page_url: rt::Field<::std::string::String>,
    /// CSDL: property `isEntraIntegrated`: `Edm.Boolean`, not nullable.
    pub is_entra_integrated: rt::Field<bool>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `logoUrl`: `Edm.String`, nullable.
    pub logo_url: rt::Field<::std::string::String>,
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// CSDL: property `riskFactors`: `microsoft.graph.applicationRiskFactors`, nullable.
    pub risk_factors: rt::Field<crate::v1::ApplicationRiskFactors>,
    /// CSDL: property `riskScore`: `microsoft.graph.applicationRiskScore`, nullable.
    pub risk_score: rt::Field<crate::v1::ApplicationRiskScore>,
    /// CSDL: property `supportedProvisioningTypes`: `Collection(Edm.String)`, nullable.
    pub supported_provisioning_types: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `supportedSingleSignOnModes`: `Collection(Edm.String)`, nullable.
    pub supported_single_sign_on_modes: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl ::std::default::Default for ApplicationTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            categories: rt::Field::Absent,
            deprecation_date: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            endpoints: rt::Field::Absent,
            home_page_url: rt::Field::Absent,
            is_entra_integrated: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            logo_url: rt::Field::Absent,
            publisher: rt::Field::Absent,
            risk_factors: rt::Field::Absent,
            risk_score: rt::Field::Absent,
            supported_provisioning_types: rt::Field::Absent,
            supported_single_sign_on_modes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::Object for ApplicationTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.applicationTemplate";
    const KEYS: &'static [&'static str] = &[
        "id",
        "categories",
        "deprecationDate",
        "description",
        "displayName",
        "endpoints",
        "homePageUrl",
        "isEntraIntegrated",
        "lastModifiedDateTime",
        "logoUrl",
        "publisher",
        "riskFactors",
        "riskScore",
        "supportedProvisioningTypes",
        "supportedSingleSignOnModes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"categories\":                   ",
        ",\"deprecationDate\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"endpoints\":                    ",
        ",\"homePageUrl\":                  ",
        ",\"isEntraIntegrated\":            ",
        ",\"lastModifiedDateTime\":         ",
        ",\"logoUrl\":                      ",
        ",\"publisher\":                    ",
        ",\"riskFactors\":                  ",
        ",\"riskScore\":                    ",
        ",\"supportedProvisioningTypes\":   ",
        ",\"supportedSingleSignOnModes\":   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.applicationTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "categories", &self.categories);
        v.field(2usize, "deprecation_date", &self.deprecation_date);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "endpoints", &self.endpoints);
        v.field(6usize, "home_page_url", &self.home_page_url);
        v.field(7usize, "is_entra_integrated", &self.is_entra_integrated);
        v.field(8usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(9usize, "logo_url", &self.logo_url);
        v.field(10usize, "publisher", &self.publisher);
        v.field(11usize, "risk_factors", &self.risk_factors);
        v.field(12usize, "risk_score", &self.risk_score);
        v.field(
            13usize,
            "supported_provisioning_types",
            &self.supported_provisioning_types,
        );
        v.field(
            14usize,
            "supported_single_sign_on_modes",
            &self.supported_single_sign_on_modes,
        );
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::object::Members for ApplicationTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.categories.read_from(r),
            2usize => self.deprecation_date.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.endpoints.read_from(r),
            6usize => self.home_page_url.read_from(r),
            7usize => self.is_entra_integrated.read_from(r),
            8usize => self.last_modified_date_time.read_from(r),
            9usize => self.logo_url.read_from(r),
            10usize => self.publisher.read_from(r),
            11usize => self.risk_factors.read_from(r),
            12usize => self.risk_score.read_from(r),
            13usize => self.supported_provisioning_types.read_from(r),
            14usize => self.supported_single_sign_on_modes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.categories);
        w.field(2usize, &self.deprecation_date);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.endpoints);
        w.field(6usize, &self.home_page_url);
        w.field(7usize, &self.is_entra_integrated);
        w.field(8usize, &self.last_modified_date_time);
        w.field(9usize, &self.logo_url);
        w.field(10usize, &self.publisher);
        w.field(11usize, &self.risk_factors);
        w.field(12usize, &self.risk_score);
        w.field(13usize, &self.supported_provisioning_types);
        w.field(14usize, &self.supported_single_sign_on_modes);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_object!(ApplicationTemplate);
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_setters!(
    ApplicationTemplate { with_id id : ::std::string::String; with_categories categories
    : ::std::vec::Vec < ::std::string::String >; with_deprecation_date deprecation_date :
    rt::edm::Date; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_endpoints endpoints :
    ::std::vec::Vec < ::std::string::String >; with_home_page_url home_page_url :
    ::std::string::String; with_is_entra_integrated is_entra_integrated : bool;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_logo_url logo_url : ::std::string::String; with_publisher publisher :
    ::std::string::String; with_risk_factors risk_factors : crate
    ::v1::ApplicationRiskFactors; with_risk_score risk_score : crate
    ::v1::ApplicationRiskScore; with_supported_provisioning_types
    supported_provisioning_types : ::std::vec::Vec < ::std::string::String >;
    with_supported_single_sign_on_modes supported_single_sign_on_modes : ::std::vec::Vec
    < ::std::string::String >; }
);
#[cfg(msgraph_v1_application_templates_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationTemplate);
#[cfg(msgraph_v1_device_management_or_search)]
/// Possible types of Application
///
/// CSDL: `microsoft.graph.applicationType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ApplicationType {
    /// The windows universal application
    ///
    /// `universal` (value 1).
    Universal,
    /// The windows desktop application
    ///
    /// `desktop` (value 2).
    Desktop,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for ApplicationType {
    const TYPE_NAME: &'static str = "microsoft.graph.applicationType";
    const MEMBERS: &'static [&'static str] = &["universal", "desktop"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "universal" => Self::Universal,
                "desktop" => Self::Desktop,
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
            Self::Universal => "universal",
            Self::Desktop => "desktop",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(ApplicationType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationType);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.artifactQuery`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct ArtifactQuery {
    /// CSDL: property `artifactType`: `microsoft.graph.restorableArtifact`, nullable.
    pub artifact_type: rt::Field<crate::v1::RestorableArtifact>,
    /// CSDL: property `queryExpression`: `Edm.String`, nullable.
    pub query_expression: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for ArtifactQuery {
    #[inline]
    fn default() -> Self {
        Self {
            artifact_type: rt::Field::Absent,
            query_expression: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for ArtifactQuery {
    const TYPE_NAME: &'static str = "microsoft.graph.artifactQuery";
    const KEYS: &'static [&'static str] = &["artifactType", "queryExpression"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"artifactType\":                 ",
        ",\"queryExpression\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.artifactQuery\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "artifact_type", &self.artifact_type);
        v.field(1usize, "query_expression", &self.query_expression);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for ArtifactQuery {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.artifact_type.read_from(r),
            1usize => self.query_expression.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.artifact_type);
        w.field(1usize, &self.query_expression);
    }
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
rt::impl_object!(ArtifactQuery);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    ArtifactQuery { with_artifact_type artifact_type : crate ::v1::RestorableArtifact;
    with_query_expression query_expression : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(ArtifactQuery);
#[cfg(msgraph_v1_core_or_education)]
/// CSDL: `microsoft.graph.assignedLicense`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-education`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AssignedLicense {
    /// CSDL: property `disabledPlans`: `Collection(Edm.Guid)`, not nullable.
    pub disabled_plans: rt::Field<::std::vec::Vec<rt::edm::Guid>>,
    /// CSDL: property `skuId`: `Edm.Guid`, nullable.
    pub sku_id: rt::Field<rt::edm::Guid>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_education)]
impl ::std::default::Default for AssignedLicense {
    #[inline]
    fn default() -> Self {
        Self {
            disabled_plans: rt::Field::Absent,
            sku_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_education)]
impl rt::Object for AssignedLicense {
    const TYPE_NAME: &'static str = "microsoft.graph.assignedLicense";
    const KEYS: &'static [&'static str] = &["disabledPlans", "skuId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"disabledPlans\":                ",
        ",\"skuId\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.assignedLicense\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "disabled_plans", &self.disabled_plans);
        v.field(1usize, "sku_id", &self.sku_id);
    }
}
#[cfg(msgraph_v1_core_or_education)]
impl rt::object::Members for AssignedLicense {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.disabled_plans.read_from(r),
            1usize => self.sku_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.disabled_plans);
        w.field(1usize, &self.sku_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_education)]
rt::impl_object!(AssignedLicense);
#[cfg(msgraph_v1_core_or_education)]
rt::impl_setters!(
    AssignedLicense { with_disabled_plans disabled_plans : ::std::vec::Vec <
    rt::edm::Guid >; with_sku_id sku_id : rt::edm::Guid; }
);
#[cfg(msgraph_v1_core_or_education)]
#[cfg(feature = "serde")]
rt::impl_serde!(AssignedLicense);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.assignmentOrder`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct AssignmentOrder {
    /// CSDL: property `order`: `Collection(Edm.String)`, nullable.
    pub order: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AssignmentOrder {
    #[inline]
    fn default() -> Self {
        Self {
            order: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for AssignmentOrder {
    const TYPE_NAME: &'static str = "microsoft.graph.assignmentOrder";
    const KEYS: &'static [&'static str] = &["order"];
    const KEYS_JSON: &'static [&'static str] = &[",\"order\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.assignmentOrder\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "order", &self.order);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for AssignmentOrder {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.order.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.order);
    }
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
rt::impl_object!(AssignmentOrder);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    AssignmentOrder { with_order order : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AssignmentOrder);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.assignmentScheduleFilterByCurrentUserOptions`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AssignmentScheduleFilterByCurrentUserOptions {
    /// `principal` (value 1).
    Principal,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for AssignmentScheduleFilterByCurrentUserOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.assignmentScheduleFilterByCurrentUserOptions";
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
rt::impl_enum!(AssignmentScheduleFilterByCurrentUserOptions);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AssignmentScheduleFilterByCurrentUserOptions);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.assignmentScheduleRequestFilterByCurrentUserOptions`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AssignmentScheduleRequestFilterByCurrentUserOptions {
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
impl rt::StrEnum for AssignmentScheduleRequestFilterByCurrentUserOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.assignmentScheduleRequestFilterByCurrentUserOptions";
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
rt::impl_enum!(AssignmentScheduleRequestFilterByCurrentUserOptions);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AssignmentScheduleRequestFilterByCurrentUserOptions);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.attachmentInfo`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AttachmentInfo {
    /// CSDL: property `attachmentType`: `microsoft.graph.attachmentType`, nullable.
    pub attachment_type: rt::Field<crate::v1::AttachmentType>,
    /// CSDL: property `contentType`: `Edm.String`, nullable.
    pub content_type: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `size`: `Edm.Int64`, nullable.
    pub size: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AttachmentInfo {
    #[inline]
    fn default() -> Self {
        Self {
            attachment_type: rt::Field::Absent,
            content_type: rt::Field::Absent,
            name: rt::Field::Absent,
            size: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for AttachmentInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.attachmentInfo";
    const KEYS: &'static [&'static str] = &[
        "attachmentType",
        "contentType",
        "name",
        "size",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"attachmentType\":               ",
        ",\"contentType\":                  ",
        ",\"name\":                         ",
        ",\"size\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attachmentInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "attachment_type", &self.attachment_type);
        v.field(1usize, "content_type", &self.content_type);
        v.field(2usize, "name", &self.name);
        v.field(3usize, "size", &self.size);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for AttachmentInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.attachment_type.read_from(r),
            1usize => self.content_type.read_from(r),
            2usize => self.name.read_from(r),
            3usize => self.size.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.attachment_type);
        w.field(1usize, &self.content_type);
        w.field(2usize, &self.name);
        w.field(3usize, &self.size);
    }
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
rt::impl_object!(AttachmentInfo);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AttachmentInfo { with_attachment_type attachment_type : crate ::v1::AttachmentType;
    with_content_type content_type : ::std::string::String; with_name name :
    ::std::string::String; with_size size : i64; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttachmentInfo);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.attachmentItem`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AttachmentItem {
    /// CSDL: property `attachmentType`: `microsoft.graph.attachmentType`, nullable.
    pub attachment_type: rt::Field<crate::v1::AttachmentType>,
    /// CSDL: property `contentId`: `Edm.String`, nullable.
    pub content_id: rt::Field<::std::string::String>,
    /// CSDL: property `contentType`: `Edm.String`, nullable.
    pub content_type: rt::Field<::std::string::String>,
    /// CSDL: property `isInline`: `Edm.Boolean`, nullable.
    pub is_inline: rt::Field<bool>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `size`: `Edm.Int64`, nullable.
    pub size: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AttachmentItem {
    #[inline]
    fn default() -> Self {
        Self {
            attachment_type: rt::Field::Absent,
            content_id: rt::Field::Absent,
            content_type: rt::Field::Absent,
            is_inline: rt::Field::Absent,
            name: rt::Field::Absent,
            size: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for AttachmentItem {
    const TYPE_NAME: &'static str = "microsoft.graph.attachmentItem";
    const KEYS: &'static [&'static str] = &[
        "attachmentType",
        "contentId",
        "contentType",
        "isInline",
        "name",
        "size",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"attachmentType\":               ",
        ",\"contentId\":                    ",
        ",\"contentType\":                  ",
        ",\"isInline\":                     ",
        ",\"name\":                         ",
        ",\"size\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attachmentItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "attachment_type", &self.attachment_type);
        v.field(1usize, "content_id", &self.content_id);
        v.field(2usize, "content_type", &self.content_type);
        v.field(3usize, "is_inline", &self.is_inline);
        v.field(4usize, "name", &self.name);
        v.field(5usize, "size", &self.size);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for AttachmentItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.attachment_type.read_from(r),
            1usize => self.content_id.read_from(r),
            2usize => self.content_type.read_from(r),
            3usize => self.is_inline.read_from(r),
            4usize => self.name.read_from(r),
            5usize => self.size.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.attachment_type);
        w.field(1usize, &self.content_id);
        w.field(2usize, &self.content_type);
        w.field(3usize, &self.is_inline);
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
rt::impl_object!(AttachmentItem);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AttachmentItem { with_attachment_type attachment_type : crate ::v1::AttachmentType;
    with_content_id content_id : ::std::string::String; with_content_type content_type :
    ::std::string::String; with_is_inline is_inline : bool; with_name name :
    ::std::string::String; with_size size : i64; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttachmentItem);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.attachmentType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AttachmentType {
    /// `file` (value 0).
    File,
    /// `item` (value 1).
    Item,
    /// `reference` (value 2).
    Reference,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for AttachmentType {
    const TYPE_NAME: &'static str = "microsoft.graph.attachmentType";
    const MEMBERS: &'static [&'static str] = &["file", "item", "reference"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "file" => Self::File,
                "item" => Self::Item,
                "reference" => Self::Reference,
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
            Self::File => "file",
            Self::Item => "item",
            Self::Reference => "reference",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(AttachmentType);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttachmentType);
#[cfg(msgraph_v1_reports_or_search)]
/// CSDL: `microsoft.graph.attackSimulationSimulationUserCoverage`, complex type.
///
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
#[derive(Clone)]
pub struct AttackSimulationSimulationUserCoverage {
    /// CSDL: property `attackSimulationUser`: `microsoft.graph.attackSimulationUser`, nullable.
    pub attack_simulation_user: rt::Field<crate::v1::AttackSimulationUser>,
    /// CSDL: property `clickCount`: `Edm.Int32`, nullable.
    pub click_count: rt::Field<i32>,
    /// CSDL: property `compromisedCount`: `Edm.Int32`, nullable.
    pub compromised_count: rt::Field<i32>,
    /// CSDL: property `latestSimulationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub latest_simulation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `simulationCount`: `Edm.Int32`, nullable.
    pub simulation_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_reports_or_search)]
impl ::std::default::Default for AttackSimulationSimulationUserCoverage {
    #[inline]
    fn default() -> Self {
        Self {
            attack_simulation_user: rt::Field::Absent,
            click_count: rt::Field::Absent,
            compromised_count: rt::Field::Absent,
            latest_simulation_date_time: rt::Field::Absent,
            simulation_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::Object for AttackSimulationSimulationUserCoverage {
    const TYPE_NAME: &'static str = "microsoft.graph.attackSimulationSimulationUserCoverage";
    const KEYS: &'static [&'static str] = &[
        "attackSimulationUser",
        "clickCount",
        "compromisedCount",
        "latestSimulationDateTime",
        "simulationCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"attackSimulationUser\":         ",
        ",\"clickCount\":                   ",
        ",\"compromisedCount\":             ",
        ",\"latestSimulationDateTime\":     ",
        ",\"simulationCount\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attackSimulationSimulationUserCoverage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "attack_simulation_user", &self.attack_simulation_user);
        v.field(1usize, "click_count", &self.click_count);
        v.field(2usize, "compromised_count", &self.compromised_count);
        v.field(
            3usize,
            "latest_simulation_date_time",
            &self.latest_simulation_date_time,
        );
        v.field(4usize, "simulation_count", &self.simulation_count);
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::object::Members for AttackSimulationSimulationUserCoverage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.attack_simulation_user.read_from(r),
            1usize => self.click_count.read_from(r),
            2usize => self.compromised_count.read_from(r),
            3usize => self.latest_simulation_date_time.read_from(r),
            4usize => self.simulation_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.attack_simulation_user);
        w.field(1usize, &self.click_count);
        w.field(2usize, &self.compromised_count);
        w.field(3usize, &self.latest_simulation_date_time);
        w.field(4usize, &self.simulation_count);
    }
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
rt::impl_object!(AttackSimulationSimulationUserCoverage);
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_setters!(
    AttackSimulationSimulationUserCoverage { with_attack_simulation_user
    attack_simulation_user : crate ::v1::AttackSimulationUser; with_click_count
    click_count : i32; with_compromised_count compromised_count : i32;
    with_latest_simulation_date_time latest_simulation_date_time :
    rt::edm::DateTimeOffset; with_simulation_count simulation_count : i32; }
);
#[cfg(msgraph_v1_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttackSimulationSimulationUserCoverage);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
/// CSDL: `microsoft.graph.attendanceInterval`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AttendanceInterval {
    /// CSDL: property `durationInSeconds`: `Edm.Int32`, nullable.
    pub duration_in_seconds: rt::Field<i32>,
    /// CSDL: property `joinDateTime`: `Edm.DateTimeOffset`, nullable.
    pub join_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `leaveDateTime`: `Edm.DateTimeOffset`, nullable.
    pub leave_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl ::std::default::Default for AttendanceInterval {
    #[inline]
    fn default() -> Self {
        Self {
            duration_in_seconds: rt::Field::Absent,
            join_date_time: rt::Field::Absent,
            leave_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::Object for AttendanceInterval {
    const TYPE_NAME: &'static str = "microsoft.graph.attendanceInterval";
    const KEYS: &'static [&'static str] = &[
        "durationInSeconds",
        "joinDateTime",
        "leaveDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"durationInSeconds\":            ",
        ",\"joinDateTime\":                 ",
        ",\"leaveDateTime\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attendanceInterval\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "duration_in_seconds", &self.duration_in_seconds);
        v.field(1usize, "join_date_time", &self.join_date_time);
        v.field(2usize, "leave_date_time", &self.leave_date_time);
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::object::Members for AttendanceInterval {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.duration_in_seconds.read_from(r),
            1usize => self.join_date_time.read_from(r),
            2usize => self.leave_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.duration_in_seconds);
        w.field(1usize, &self.join_date_time);
        w.field(2usize, &self.leave_date_time);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_object!(AttendanceInterval);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_setters!(
    AttendanceInterval { with_duration_in_seconds duration_in_seconds : i32;
    with_join_date_time join_date_time : rt::edm::DateTimeOffset; with_leave_date_time
    leave_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttendanceInterval);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
/// CSDL: `microsoft.graph.attendanceRecord`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AttendanceRecordPath`](requests/trait.AttendanceRecordPath.html), what a path to one (`EntityPath<AttendanceRecord, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AttendanceRecord {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `attendanceIntervals`: `Collection(microsoft.graph.attendanceInterval)`, nullable.
    pub attendance_intervals: rt::Field<::std::vec::Vec<crate::v1::AttendanceInterval>>,
    /// CSDL: property `emailAddress`: `Edm.String`, nullable.
    pub email_address: rt::Field<::std::string::String>,
    /// CSDL: property `externalRegistrationInformation`: `microsoft.graph.virtualEventExternalRegistrationInformation`, nullable.
    pub external_registration_information: rt::Field<
        crate::v1::VirtualEventExternalRegistrationInformation,
    >,
    /// CSDL: property `identity`: `microsoft.graph.identity`, nullable.
    pub identity: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `registrationId`: `Edm.String`, nullable.
    pub registration_id: rt::Field<::std::string::String>,
    /// CSDL: property `role`: `Edm.String`, nullable.
    pub role: rt::Field<::std::string::String>,
    /// CSDL: property `totalAttendanceInSeconds`: `Edm.Int32`, nullable.
    pub total_attendance_in_seconds: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl ::std::default::Default for AttendanceRecord {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            attendance_intervals: rt::Field::Absent,
            email_address: rt::Field::Absent,
            external_registration_information: rt::Field::Absent,
            identity: rt::Field::Absent,
            registration_id: rt::Field::Absent,
            role: rt::Field::Absent,
            total_attendance_in_seconds: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::Object for AttendanceRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.attendanceRecord";
    const KEYS: &'static [&'static str] = &[
        "id",
        "attendanceIntervals",
        "emailAddress",
        "externalRegistrationInformation",
        "identity",
        "registrationId",
        "role",
        "totalAttendanceInSeconds",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"attendanceIntervals\":          ",
        ",\"emailAddress\":                 ",
        ",\"externalRegistrationInformation\":",
        ",\"identity\":                     ",
        ",\"registrationId\":               ",
        ",\"role\":                         ",
        ",\"totalAttendanceInSeconds\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attendanceRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "attendance_intervals", &self.attendance_intervals);
        v.field(2usize, "email_address", &self.email_address);
        v.field(
            3usize,
            "external_registration_information",
            &self.external_registration_information,
        );
        v.field(4usize, "identity", &self.identity);
        v.field(5usize, "registration_id", &self.registration_id);
        v.field(6usize, "role", &self.role);
        v.field(
            7usize,
            "total_attendance_in_seconds",
            &self.total_attendance_in_seconds,
        );
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::object::Members for AttendanceRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.attendance_intervals.read_from(r),
            2usize => self.email_address.read_from(r),
            3usize => self.external_registration_information.read_from(r),
            4usize => self.identity.read_from(r),
            5usize => self.registration_id.read_from(r),
            6usize => self.role.read_from(r),
            7usize => self.total_attendance_in_seconds.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.attendance_intervals);
        w.field(2usize, &self.email_address);
        w.field(3usize, &self.external_registration_information);
        w.field(4usize, &self.identity);
        w.field(5usize, &self.registration_id);
        w.field(6usize, &self.role);
        w.field(7usize, &self.total_attendance_in_seconds);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_object!(AttendanceRecord);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_setters!(
    AttendanceRecord { with_id id : ::std::string::String; with_attendance_intervals
    attendance_intervals : ::std::vec::Vec < crate ::v1::AttendanceInterval >;
    with_email_address email_address : ::std::string::String;
    with_external_registration_information external_registration_information : crate
    ::v1::VirtualEventExternalRegistrationInformation; with_identity identity : crate
    ::v1::AnyIdentity; with_registration_id registration_id : ::std::string::String;
    with_role role : ::std::string::String; with_total_attendance_in_seconds
    total_attendance_in_seconds : i32; }
);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttendanceRecord);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.attendeeAvailability`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AttendeeAvailability {
    /// CSDL: property `attendee`: `microsoft.graph.attendeeBase`, nullable.
    pub attendee: rt::Field<crate::v1::AnyAttendeeBase>,
    /// CSDL: property `availability`: `microsoft.graph.freeBusyStatus`, nullable.
    pub availability: rt::Field<crate::v1::FreeBusyStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AttendeeAvailability {
    #[inline]
    fn default() -> Self {
        Self {
            attendee: rt::Field::Absent,
            availability: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for AttendeeAvailability {
    const TYPE_NAME: &'static str = "microsoft.graph.attendeeAvailability";
    const KEYS: &'static [&'static str] = &["attendee", "availability"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"attendee\":                     ",
        ",\"availability\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attendeeAvailability\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "attendee", &self.attendee);
        v.field(1usize, "availability", &self.availability);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for AttendeeAvailability {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.attendee.read_from(r),
            1usize => self.availability.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.attendee);
        w.field(1usize, &self.availability);
    }
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
rt::impl_object!(AttendeeAvailability);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AttendeeAvailability { with_attendee attendee : crate ::v1::AnyAttendeeBase;
    with_availability availability : crate ::v1::FreeBusyStatus; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttendeeAvailability);
#[cfg(msgraph_v1_core_or_communications)]
/// CSDL: `microsoft.graph.attendeeNotificationInfo`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AttendeeNotificationInfo {
    /// CSDL: property `phoneNumber`: `Edm.String`, nullable.
    pub phone_number: rt::Field<::std::string::String>,
    /// CSDL: property `timeZone`: `Edm.String`, nullable.
    pub time_zone: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::default::Default for AttendeeNotificationInfo {
    #[inline]
    fn default() -> Self {
        Self {
            phone_number: rt::Field::Absent,
            time_zone: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::Object for AttendeeNotificationInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.attendeeNotificationInfo";
    const KEYS: &'static [&'static str] = &["phoneNumber", "timeZone"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"phoneNumber\":                  ",
        ",\"timeZone\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attendeeNotificationInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "phone_number", &self.phone_number);
        v.field(1usize, "time_zone", &self.time_zone);
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::object::Members for AttendeeNotificationInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.phone_number.read_from(r),
            1usize => self.time_zone.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.phone_number);
        w.field(1usize, &self.time_zone);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_object!(AttendeeNotificationInfo);
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_setters!(
    AttendeeNotificationInfo { with_phone_number phone_number : ::std::string::String;
    with_time_zone time_zone : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttendeeNotificationInfo);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.attestationEnforcement`, enum type.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AttestationEnforcement {
    /// `disabled` (value 0).
    Disabled,
    /// `registrationOnly` (value 1).
    RegistrationOnly,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search)]
impl rt::StrEnum for AttestationEnforcement {
    const TYPE_NAME: &'static str = "microsoft.graph.attestationEnforcement";
    const MEMBERS: &'static [&'static str] = &[
        "disabled",
        "registrationOnly",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "disabled" => Self::Disabled,
                "registrationOnly" => Self::RegistrationOnly,
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
            Self::Disabled => "disabled",
            Self::RegistrationOnly => "registrationOnly",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search)]
rt::impl_enum!(AttestationEnforcement);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttestationEnforcement);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.attributeRuleMembers`, complex type, derived from `microsoft.graph.subjectSet`.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct AttributeRuleMembers {
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `membershipRule`: `Edm.String`, nullable.
    pub membership_rule: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for AttributeRuleMembers {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            membership_rule: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for AttributeRuleMembers {
    const TYPE_NAME: &'static str = "microsoft.graph.attributeRuleMembers";
    const KEYS: &'static [&'static str] = &["description", "membershipRule"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"membershipRule\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attributeRuleMembers\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "membership_rule", &self.membership_rule);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for AttributeRuleMembers {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.membership_rule.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.membership_rule);
    }
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
rt::impl_object!(AttributeRuleMembers);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    AttributeRuleMembers { with_description description : ::std::string::String;
    with_membership_rule membership_rule : ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttributeRuleMembers);
#[cfg(msgraph_v1_directory_or_search)]
/// CSDL: `microsoft.graph.attributeSet`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-directory`, `v1-search`.
#[derive(Clone)]
pub struct AttributeSet {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `maxAttributesPerSet`: `Edm.Int32`, nullable.
    pub max_attributes_per_set: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_directory_or_search)]
impl ::std::default::Default for AttributeSet {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            max_attributes_per_set: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_directory_or_search)]
impl rt::Object for AttributeSet {
    const TYPE_NAME: &'static str = "microsoft.graph.attributeSet";
    const KEYS: &'static [&'static str] = &["id", "description", "maxAttributesPerSet"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"maxAttributesPerSet\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attributeSet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "max_attributes_per_set", &self.max_attributes_per_set);
    }
}
#[cfg(msgraph_v1_directory_or_search)]
impl rt::object::Members for AttributeSet {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.max_attributes_per_set.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.max_attributes_per_set);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_directory_or_search)]
rt::impl_object!(AttributeSet);
#[cfg(msgraph_v1_directory_or_search)]
rt::impl_setters!(
    AttributeSet { with_id id : ::std::string::String; with_description description :
    ::std::string::String; with_max_attributes_per_set max_attributes_per_set : i32; }
);
#[cfg(msgraph_v1_directory_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttributeSet);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
/// CSDL: `microsoft.graph.audioConferencing`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AudioConferencing {
    /// CSDL: property `conferenceId`: `Edm.String`, nullable.
    pub conference_id: rt::Field<::std::string::String>,
    /// CSDL: property `dialinUrl`: `Edm.String`, nullable.
    pub dialin_url: rt::Field<::std::string::String>,
    /// CSDL: property `tollFreeNumber`: `Edm.String`, nullable.
    pub toll_free_number: rt::Field<::std::string::String>,
    /// CSDL: property `tollFreeNumbers`: `Collection(Edm.String)`, nullable.
    pub toll_free_numbers: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `tollNumber`: `Edm.String`, nullable.
    pub toll_number: rt::Field<::std::string::String>,
    /// CSDL: property `tollNumbers`: `Collection(Edm.String)`, nullable.
    pub toll_numbers: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl ::std::default::Default for AudioConferencing {
    #[inline]
    fn default() -> Self {
        Self {
            conference_id: rt::Field::Absent,
            dialin_url: rt::Field::Absent,
            toll_free_number: rt::Field::Absent,
            toll_free_numbers: rt::Field::Absent,
            toll_number: rt::Field::Absent,
            toll_numbers: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::Object for AudioConferencing {
    const TYPE_NAME: &'static str = "microsoft.graph.audioConferencing";
    const KEYS: &'static [&'static str] = &[
        "conferenceId",
        "dialinUrl",
        "tollFreeNumber",
        "tollFreeNumbers",
        "tollNumber",
        "tollNumbers",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"conferenceId\":                 ",
        ",\"dialinUrl\":                    ",
        ",\"tollFreeNumber\":               ",
        ",\"tollFreeNumbers\":              ",
        ",\"tollNumber\":                   ",
        ",\"tollNumbers\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.audioConferencing\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "conference_id", &self.conference_id);
        v.field(1usize, "dialin_url", &self.dialin_url);
        v.field(2usize, "toll_free_number", &self.toll_free_number);
        v.field(3usize, "toll_free_numbers", &self.toll_free_numbers);
        v.field(4usize, "toll_number", &self.toll_number);
        v.field(5usize, "toll_numbers", &self.toll_numbers);
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::object::Members for AudioConferencing {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.conference_id.read_from(r),
            1usize => self.dialin_url.read_from(r),
            2usize => self.toll_free_number.read_from(r),
            3usize => self.toll_free_numbers.read_from(r),
            4usize => self.toll_number.read_from(r),
            5usize => self.toll_numbers.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.conference_id);
        w.field(1usize, &self.dialin_url);
        w.field(2usize, &self.toll_free_number);
        w.field(3usize, &self.toll_free_numbers);
        w.field(4usize, &self.toll_number);
        w.field(5usize, &self.toll_numbers);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_object!(AudioConferencing);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_setters!(
    AudioConferencing { with_conference_id conference_id : ::std::string::String;
    with_dialin_url dialin_url : ::std::string::String; with_toll_free_number
    toll_free_number : ::std::string::String; with_toll_free_numbers toll_free_numbers :
    ::std::vec::Vec < ::std::string::String >; with_toll_number toll_number :
    ::std::string::String; with_toll_numbers toll_numbers : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(AudioConferencing);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.audioRoutingGroup`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct AudioRoutingGroup {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `receivers`: `Collection(Edm.String)`, nullable.
    pub receivers: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `routingMode`: `microsoft.graph.routingMode`, not nullable.
    pub routing_mode: rt::Field<crate::v1::RoutingMode>,
    /// CSDL: property `sources`: `Collection(Edm.String)`, nullable.
    pub sources: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for AudioRoutingGroup {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            receivers: rt::Field::Absent,
            routing_mode: rt::Field::Absent,
            sources: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for AudioRoutingGroup {
    const TYPE_NAME: &'static str = "microsoft.graph.audioRoutingGroup";
    const KEYS: &'static [&'static str] = &["id", "receivers", "routingMode", "sources"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"receivers\":                    ",
        ",\"routingMode\":                  ",
        ",\"sources\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.audioRoutingGroup\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "receivers", &self.receivers);
        v.field(2usize, "routing_mode", &self.routing_mode);
        v.field(3usize, "sources", &self.sources);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for AudioRoutingGroup {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.receivers.read_from(r),
            2usize => self.routing_mode.read_from(r),
            3usize => self.sources.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.receivers);
        w.field(2usize, &self.routing_mode);
        w.field(3usize, &self.sources);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(AudioRoutingGroup);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    AudioRoutingGroup { with_id id : ::std::string::String; with_receivers receivers :
    ::std::vec::Vec < ::std::string::String >; with_routing_mode routing_mode : crate
    ::v1::RoutingMode; with_sources sources : ::std::vec::Vec < ::std::string::String >;
    }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AudioRoutingGroup);
#[cfg(msgraph_v1_device_management_or_search)]
/// A class containing the properties for Audit Actor.
///
/// CSDL: `microsoft.graph.auditActor`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct AuditActor {
    /// Name of the Application.
    ///
    /// CSDL: property `applicationDisplayName`: `Edm.String`, nullable.
    pub application_display_name: rt::Field<::std::string::String>,
    /// AAD Application Id.
    ///
    /// CSDL: property `applicationId`: `Edm.String`, nullable.
    pub application_id: rt::Field<::std::string::String>,
    /// Actor Type.
    ///
    /// CSDL: property `auditActorType`: `Edm.String`, nullable.
    pub audit_actor_type: rt::Field<::std::string::String>,
    /// IPAddress.
    ///
    /// CSDL: property `ipAddress`: `Edm.String`, nullable.
    pub ip_address: rt::Field<::std::string::String>,
    /// Service Principal Name (SPN).
    ///
    /// CSDL: property `servicePrincipalName`: `Edm.String`, nullable.
    pub service_principal_name: rt::Field<::std::string::String>,
    /// User Id.
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// List of user permissions when the audit was performed.
    ///
    /// CSDL: property `userPermissions`: `Collection(Edm.String)`, nullable.
    pub user_permissions: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// User Principal Name (UPN).
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for AuditActor {
    #[inline]
    fn default() -> Self {
        Self {
            application_display_name: rt::Field::Absent,
            application_id: rt::Field::Absent,
            audit_actor_type: rt::Field::Absent,
            ip_address: rt::Field::Absent,
            service_principal_name: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_permissions: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for AuditActor {
    const TYPE_NAME: &'static str = "microsoft.graph.auditActor";
    const KEYS: &'static [&'static str] = &[
        "applicationDisplayName",
        "applicationId",
        "auditActorType",
        "ipAddress",
        "servicePrincipalName",
        "userId",
        "userPermissions",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"applicationDisplayName\":       ",
        ",\"applicationId\":                ",
        ",\"auditActorType\":               ",
        ",\"ipAddress\":                    ",
        ",\"servicePrincipalName\":         ",
        ",\"userId\":                       ",
        ",\"userPermissions\":              ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.auditActor\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "application_display_name", &self.application_display_name);
        v.field(1usize, "application_id", &self.application_id);
        v.field(2usize, "audit_actor_type", &self.audit_actor_type);
        v.field(3usize, "ip_address", &self.ip_address);
        v.field(4usize, "service_principal_name", &self.service_principal_name);
        v.field(5usize, "user_id", &self.user_id);
        v.field(6usize, "user_permissions", &self.user_permissions);
        v.field(7usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for AuditActor {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.application_display_name.read_from(r),
            1usize => self.application_id.read_from(r),
            2usize => self.audit_actor_type.read_from(r),
            3usize => self.ip_address.read_from(r),
            4usize => self.service_principal_name.read_from(r),
            5usize => self.user_id.read_from(r),
            6usize => self.user_permissions.read_from(r),
            7usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.application_display_name);
        w.field(1usize, &self.application_id);
        w.field(2usize, &self.audit_actor_type);
        w.field(3usize, &self.ip_address);
        w.field(4usize, &self.service_principal_name);
        w.field(5usize, &self.user_id);
        w.field(6usize, &self.user_permissions);
        w.field(7usize, &self.user_principal_name);
    }
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
rt::impl_object!(AuditActor);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    AuditActor { with_application_display_name application_display_name :
    ::std::string::String; with_application_id application_id : ::std::string::String;
    with_audit_actor_type audit_actor_type : ::std::string::String; with_ip_address
    ip_address : ::std::string::String; with_service_principal_name
    service_principal_name : ::std::string::String; with_user_id user_id :
    ::std::string::String; with_user_permissions user_permissions : ::std::vec::Vec <
    ::std::string::String >; with_user_principal_name user_principal_name :
    ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuditActor);
#[cfg(msgraph_v1_device_management_or_search)]
/// A class containing the properties for Audit Event.
///
/// CSDL: `microsoft.graph.auditEvent`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AuditEventPath`](requests/trait.AuditEventPath.html), what a path to one (`EntityPath<AuditEvent, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct AuditEvent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Friendly name of the activity.
    ///
    /// CSDL: property `activity`: `Edm.String`, nullable.
    pub activity: rt::Field<::std::string::String>,
    /// The date time in UTC when the activity was performed.
    ///
    /// CSDL: property `activityDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub activity_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The HTTP operation type of the activity.
    ///
    /// CSDL: property `activityOperationType`: `Edm.String`, nullable.
    pub activity_operation_type: rt::Field<::std::string::String>,
    /// The result of the activity.
    ///
    /// CSDL: property `activityResult`: `Edm.String`, nullable.
    pub activity_result: rt::Field<::std::string::String>,
    /// The type of activity that was being performed.
    ///
    /// CSDL: property `activityType`: `Edm.String`, nullable.
    pub activity_type: rt::Field<::std::string::String>,
    /// AAD user and application that are associated with the audit event.
    ///
    /// CSDL: property `actor`: `microsoft.graph.auditActor`, nullable.
    pub actor: rt::Field<crate::v1::AuditActor>,
    /// Audit category.
    ///
    /// CSDL: property `category`: `Edm.String`, nullable.
    pub category: rt::Field<::std::string::String>,
    /// Component name.
    ///
    /// CSDL: property `componentName`: `Edm.String`, nullable.
    pub component_name: rt::Field<::std::string::String>,
    /// The client request Id that is used to correlate activity within the system.
    ///
    /// CSDL: property `correlationId`: `Edm.Guid`, not nullable.
    pub correlation_id: rt::Field<rt::edm::Guid>,
    /// Event display name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Resources being modified.
    ///
    /// CSDL: property `resources`: `Collection(microsoft.graph.auditResource)`, nullable.
    pub resources: rt::Field<::std::vec::Vec<crate::v1::AuditResource>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for AuditEvent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            activity: rt::Field::Absent,
            activity_date_time: rt::Field::Absent,
            activity_operation_type: rt::Field::Absent,
            activity_result: rt::Field::Absent,
            activity_type: rt::Field::Absent,
            actor: rt::Field::Absent,
            category: rt::Field::Absent,
            component_name: rt::Field::Absent,
            correlation_id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            resources: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for AuditEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.auditEvent";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activity",
        "activityDateTime",
        "activityOperationType",
        "activityResult",
        "activityType",
        "actor",
        "category",
        "componentName",
        "correlationId",
        "displayName",
        "resources",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activity\":                     ",
        ",\"activityDateTime\":             ",
        ",\"activityOperationType\":        ",
        ",\"activityResult\":               ",
        ",\"activityType\":                 ",
        ",\"actor\":                        ",
        ",\"category\":                     ",
        ",\"componentName\":                ",
        ",\"correlationId\":                ",
        ",\"displayName\":                  ",
        ",\"resources\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.auditEvent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "activity", &self.activity);
        v.field(2usize, "activity_date_time", &self.activity_date_time);
        v.field(3usize, "activity_operation_type", &self.activity_operation_type);
        v.field(4usize, "activity_result", &self.activity_result);
        v.field(5usize, "activity_type", &self.activity_type);
        v.field(6usize, "actor", &self.actor);
        v.field(7usize, "category", &self.category);
        v.field(8usize, "component_name", &self.component_name);
        v.field(9usize, "correlation_id", &self.correlation_id);
        v.field(10usize, "display_name", &self.display_name);
        v.field(11usize, "resources", &self.resources);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for AuditEvent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.activity.read_from(r),
            2usize => self.activity_date_time.read_from(r),
            3usize => self.activity_operation_type.read_from(r),
            4usize => self.activity_result.read_from(r),
            5usize => self.activity_type.read_from(r),
            6usize => self.actor.read_from(r),
            7usize => self.category.read_from(r),
            8usize => self.component_name.read_from(r),
            9usize => self.correlation_id.read_from(r),
            10usize => self.display_name.read_from(r),
            11usize => self.resources.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.activity);
        w.field(2usize, &self.activity_date_time);
        w.field(3usize, &self.activity_operation_type);
        w.field(4usize, &self.activity_result);
        w.field(5usize, &self.activity_type);
        w.field(6usize, &self.actor);
        w.field(7usize, &self.category);
        w.field(8usize, &self.component_name);
        w.field(9usize, &self.correlation_id);
        w.field(10usize, &self.display_name);
        w.field(11usize, &self.resources);
    }
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
rt::impl_object!(AuditEvent);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    AuditEvent { with_id id : ::std::string::String; with_activity activity :
    ::std::string::String; with_activity_date_time activity_date_time :
    rt::edm::DateTimeOffset; with_activity_operation_type activity_operation_type :
    ::std::string::String; with_activity_result activity_result : ::std::string::String;
    with_activity_type activity_type : ::std::string::String; with_actor actor : crate
    ::v1::AuditActor; with_category category : ::std::string::String; with_component_name
    component_name : ::std::string::String; with_correlation_id correlation_id :
    rt::edm::Guid; with_display_name display_name : ::std::string::String; with_resources
    resources : ::std::vec::Vec < crate ::v1::AuditResource >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuditEvent);
#[cfg(msgraph_v1_device_management_or_search)]
/// A class containing the properties for Audit Property.
///
/// CSDL: `microsoft.graph.auditProperty`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct AuditProperty {
    /// Display name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// New value.
    ///
    /// CSDL: property `newValue`: `Edm.String`, nullable.
    pub new_value: rt::Field<::std::string::String>,
    /// Old value.
    ///
    /// CSDL: property `oldValue`: `Edm.String`, nullable.
    pub old_value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for AuditProperty {
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
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for AuditProperty {
    const TYPE_NAME: &'static str = "microsoft.graph.auditProperty";
    const KEYS: &'static [&'static str] = &["displayName", "newValue", "oldValue"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"newValue\":                     ",
        ",\"oldValue\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.auditProperty\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "new_value", &self.new_value);
        v.field(2usize, "old_value", &self.old_value);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for AuditProperty {
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(AuditProperty);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    AuditProperty { with_display_name display_name : ::std::string::String;
    with_new_value new_value : ::std::string::String; with_old_value old_value :
    ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuditProperty);
#[cfg(msgraph_v1_device_management_or_search)]
/// A class containing the properties for Audit Resource.
///
/// CSDL: `microsoft.graph.auditResource`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct AuditResource {
    /// Audit resource's type.
    ///
    /// CSDL: property `auditResourceType`: `Edm.String`, nullable.
    pub audit_resource_type: rt::Field<::std::string::String>,
    /// Display name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// List of modified properties.
    ///
    /// CSDL: property `modifiedProperties`: `Collection(microsoft.graph.auditProperty)`, nullable.
    pub modified_properties: rt::Field<::std::vec::Vec<crate::v1::AuditProperty>>,
    /// Audit resource's Id.
    ///
    /// CSDL: property `resourceId`: `Edm.String`, nullable.
    pub resource_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for AuditResource {
    #[inline]
    fn default() -> Self {
        Self {
            audit_resource_type: rt::Field::Absent,
            display_name: rt::Field::Absent,
            modified_properties: rt::Field::Absent,
            resource_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for AuditResource {
    const TYPE_NAME: &'static str = "microsoft.graph.auditResource";
    const KEYS: &'static [&'static str] = &[
        "auditResourceType",
        "displayName",
        "modifiedProperties",
        "resourceId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"auditResourceType\":            ",
        ",\"displayName\":                  ",
        ",\"modifiedProperties\":           ",
        ",\"resourceId\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.auditResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "audit_resource_type", &self.audit_resource_type);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "modified_properties", &self.modified_properties);
        v.field(3usize, "resource_id", &self.resource_id);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for AuditResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.audit_resource_type.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.modified_properties.read_from(r),
            3usize => self.resource_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.audit_resource_type);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.modified_properties);
        w.field(3usize, &self.resource_id);
    }
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
rt::impl_object!(AuditResource);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    AuditResource { with_audit_resource_type audit_resource_type : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_modified_properties
    modified_properties : ::std::vec::Vec < crate ::v1::AuditProperty >; with_resource_id
    resource_id : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuditResource);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.authContext`, complex type, derived from `microsoft.graph.signInContext`.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct AuthContext {
    /// CSDL: property `authenticationContextValue`: `Edm.String`, nullable.
    pub authentication_context_value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AuthContext {
    #[inline]
    fn default() -> Self {
        Self {
            authentication_context_value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for AuthContext {
    const TYPE_NAME: &'static str = "microsoft.graph.authContext";
    const KEYS: &'static [&'static str] = &["authenticationContextValue"];
    const KEYS_JSON: &'static [&'static str] = &[",\"authenticationContextValue\":   "];
    const TAG: &'static str = "\"#microsoft.graph.authContext\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "authentication_context_value",
            &self.authentication_context_value,
        );
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for AuthContext {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.authentication_context_value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.authentication_context_value);
    }
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
rt::impl_object!(AuthContext);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    AuthContext { with_authentication_context_value authentication_context_value :
    ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthContext);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.authenticationMethodConfiguration`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct AuthenticationMethodConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `excludeTargets`: `Collection(microsoft.graph.excludeTarget)`, nullable.
    pub exclude_targets: rt::Field<::std::vec::Vec<crate::v1::ExcludeTarget>>,
    /// CSDL: property `state`: `microsoft.graph.authenticationMethodState`, nullable.
    pub state: rt::Field<crate::v1::AuthenticationMethodState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for AuthenticationMethodConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            exclude_targets: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for AuthenticationMethodConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationMethodConfiguration";
    const KEYS: &'static [&'static str] = &["id", "excludeTargets", "state"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"excludeTargets\":               ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.authenticationMethodConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "exclude_targets", &self.exclude_targets);
        v.field(2usize, "state", &self.state);
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for AuthenticationMethodConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.exclude_targets.read_from(r),
            2usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.exclude_targets);
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
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_object!(AuthenticationMethodConfiguration);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    AuthenticationMethodConfiguration { with_id id : ::std::string::String;
    with_exclude_targets exclude_targets : ::std::vec::Vec < crate ::v1::ExcludeTarget >;
    with_state state : crate ::v1::AuthenticationMethodState; }
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationMethodConfiguration);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// `microsoft.graph.authenticationMethodConfiguration` or any type derived from it, selected by `@odata.type` (12 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAuthenticationMethodConfiguration {
    AuthenticationMethodConfiguration(
        ::std::boxed::Box<crate::v1::AuthenticationMethodConfiguration>,
    ),
    EmailAuthenticationMethodConfiguration(
        ::std::boxed::Box<crate::v1::EmailAuthenticationMethodConfiguration>,
    ),
    ExternalAuthenticationMethodConfiguration(
        ::std::boxed::Box<crate::v1::ExternalAuthenticationMethodConfiguration>,
    ),
    Fido2AuthenticationMethodConfiguration(
        ::std::boxed::Box<crate::v1::Fido2AuthenticationMethodConfiguration>,
    ),
    MicrosoftAuthenticatorAuthenticationMethodConfiguration(
        ::std::boxed::Box<
            crate::v1::MicrosoftAuthenticatorAuthenticationMethodConfiguration,
        >,
    ),
    QrCodePinAuthenticationMethodConfiguration(
        ::std::boxed::Box<crate::v1::QrCodePinAuthenticationMethodConfiguration>,
    ),
    SmsAuthenticationMethodConfiguration(
        ::std::boxed::Box<crate::v1::SmsAuthenticationMethodConfiguration>,
    ),
    SoftwareOathAuthenticationMethodConfiguration(
        ::std::boxed::Box<crate::v1::SoftwareOathAuthenticationMethodConfiguration>,
    ),
    TemporaryAccessPassAuthenticationMethodConfiguration(
        ::std::boxed::Box<
            crate::v1::TemporaryAccessPassAuthenticationMethodConfiguration,
        >,
    ),
    VerifiableCredentialsAuthenticationMethodConfiguration(
        ::std::boxed::Box<
            crate::v1::VerifiableCredentialsAuthenticationMethodConfiguration,
        >,
    ),
    VoiceAuthenticationMethodConfiguration(
        ::std::boxed::Box<crate::v1::VoiceAuthenticationMethodConfiguration>,
    ),
    X509CertificateAuthenticationMethodConfiguration(
        ::std::boxed::Box<crate::v1::X509CertificateAuthenticationMethodConfiguration>,
    ),
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for AnyAuthenticationMethodConfiguration {
    #[inline]
    fn default() -> Self {
        Self::AuthenticationMethodConfiguration(::std::default::Default::default())
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AuthenticationMethodConfiguration>
for AnyAuthenticationMethodConfiguration {
    #[inline]
    fn from(v: crate::v1::AuthenticationMethodConfiguration) -> Self {
        Self::AuthenticationMethodConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EmailAuthenticationMethodConfiguration>
for AnyAuthenticationMethodConfiguration {
    #[inline]
    fn from(v: crate::v1::EmailAuthenticationMethodConfiguration) -> Self {
        Self::EmailAuthenticationMethodConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ExternalAuthenticationMethodConfiguration>
for AnyAuthenticationMethodConfiguration {
    #[inline]
    fn from(v: crate::v1::ExternalAuthenticationMethodConfiguration) -> Self {
        Self::ExternalAuthenticationMethodConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Fido2AuthenticationMethodConfiguration>
for AnyAuthenticationMethodConfiguration {
    #[inline]
    fn from(v: crate::v1::Fido2AuthenticationMethodConfiguration) -> Self {
        Self::Fido2AuthenticationMethodConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::MicrosoftAuthenticatorAuthenticationMethodConfiguration,
> for AnyAuthenticationMethodConfiguration {
    #[inline]
    fn from(
        v: crate::v1::MicrosoftAuthenticatorAuthenticationMethodConfiguration,
    ) -> Self {
        Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::QrCodePinAuthenticationMethodConfiguration>
for AnyAuthenticationMethodConfiguration {
    #[inline]
    fn from(v: crate::v1::QrCodePinAuthenticationMethodConfiguration) -> Self {
        Self::QrCodePinAuthenticationMethodConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SmsAuthenticationMethodConfiguration>
for AnyAuthenticationMethodConfiguration {
    #[inline]
    fn from(v: crate::v1::SmsAuthenticationMethodConfiguration) -> Self {
        Self::SmsAuthenticationMethodConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SoftwareOathAuthenticationMethodConfiguration>
for AnyAuthenticationMethodConfiguration {
    #[inline]
    fn from(v: crate::v1::SoftwareOathAuthenticationMethodConfiguration) -> Self {
        Self::SoftwareOathAuthenticationMethodConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::TemporaryAccessPassAuthenticationMethodConfiguration,
> for AnyAuthenticationMethodConfiguration {
    #[inline]
    fn from(v: crate::v1::TemporaryAccessPassAuthenticationMethodConfiguration) -> Self {
        Self::TemporaryAccessPassAuthenticationMethodConfiguration(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::VerifiableCredentialsAuthenticationMethodConfiguration,
> for AnyAuthenticationMethodConfiguration {
    #[inline]
    fn from(
        v: crate::v1::VerifiableCredentialsAuthenticationMethodConfiguration,
    ) -> Self {
        Self::VerifiableCredentialsAuthenticationMethodConfiguration(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VoiceAuthenticationMethodConfiguration>
for AnyAuthenticationMethodConfiguration {
    #[inline]
    fn from(v: crate::v1::VoiceAuthenticationMethodConfiguration) -> Self {
        Self::VoiceAuthenticationMethodConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::X509CertificateAuthenticationMethodConfiguration>
for AnyAuthenticationMethodConfiguration {
    #[inline]
    fn from(v: crate::v1::X509CertificateAuthenticationMethodConfiguration) -> Self {
        Self::X509CertificateAuthenticationMethodConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
unsafe impl ::std::marker::Send for AnyAuthenticationMethodConfiguration {}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
unsafe impl ::std::marker::Sync for AnyAuthenticationMethodConfiguration {}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::marker::Unpin for AnyAuthenticationMethodConfiguration {}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::panic::UnwindSafe for AnyAuthenticationMethodConfiguration {}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::panic::RefUnwindSafe for AnyAuthenticationMethodConfiguration {}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
const _: () = {
    rt::object::auto_traits::<crate::v1::AuthenticationMethodConfiguration>();
    rt::object::auto_traits::<crate::v1::EmailAuthenticationMethodConfiguration>();
    rt::object::auto_traits::<crate::v1::ExternalAuthenticationMethodConfiguration>();
    rt::object::auto_traits::<crate::v1::Fido2AuthenticationMethodConfiguration>();
    rt::object::auto_traits::<
        crate::v1::MicrosoftAuthenticatorAuthenticationMethodConfiguration,
    >();
    rt::object::auto_traits::<crate::v1::QrCodePinAuthenticationMethodConfiguration>();
    rt::object::auto_traits::<crate::v1::SmsAuthenticationMethodConfiguration>();
    rt::object::auto_traits::<
        crate::v1::SoftwareOathAuthenticationMethodConfiguration,
    >();
    rt::object::auto_traits::<
        crate::v1::TemporaryAccessPassAuthenticationMethodConfiguration,
    >();
    rt::object::auto_traits::<
        crate::v1::VerifiableCredentialsAuthenticationMethodConfiguration,
    >();
    rt::object::auto_traits::<crate::v1::VoiceAuthenticationMethodConfiguration>();
    rt::object::auto_traits::<
        crate::v1::X509CertificateAuthenticationMethodConfiguration,
    >();
};
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Poly for AnyAuthenticationMethodConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.authenticationMethodConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.emailAuthenticationMethodConfiguration",
            ) => Self::EmailAuthenticationMethodConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.externalAuthenticationMethodConfiguration",
            ) => Self::ExternalAuthenticationMethodConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.fido2AuthenticationMethodConfiguration",
            ) => Self::Fido2AuthenticationMethodConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration",
            ) => {
                Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.qrCodePinAuthenticationMethodConfiguration",
            ) => {
                Self::QrCodePinAuthenticationMethodConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.smsAuthenticationMethodConfiguration",
            ) => Self::SmsAuthenticationMethodConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.softwareOathAuthenticationMethodConfiguration",
            ) => {
                Self::SoftwareOathAuthenticationMethodConfiguration(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration",
            ) => {
                Self::TemporaryAccessPassAuthenticationMethodConfiguration(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.verifiableCredentialsAuthenticationMethodConfiguration",
            ) => {
                Self::VerifiableCredentialsAuthenticationMethodConfiguration(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.voiceAuthenticationMethodConfiguration",
            ) => Self::VoiceAuthenticationMethodConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.x509CertificateAuthenticationMethodConfiguration",
            ) => {
                Self::X509CertificateAuthenticationMethodConfiguration(
                    rt::object::new_boxed(),
                )
            }
            _ => Self::AuthenticationMethodConfiguration(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AuthenticationMethodConfiguration(v) => &**v,
            Self::EmailAuthenticationMethodConfiguration(v) => &**v,
            Self::ExternalAuthenticationMethodConfiguration(v) => &**v,
            Self::Fido2AuthenticationMethodConfiguration(v) => &**v,
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(v) => &**v,
            Self::QrCodePinAuthenticationMethodConfiguration(v) => &**v,
            Self::SmsAuthenticationMethodConfiguration(v) => &**v,
            Self::SoftwareOathAuthenticationMethodConfiguration(v) => &**v,
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(v) => &**v,
            Self::VerifiableCredentialsAuthenticationMethodConfiguration(v) => &**v,
            Self::VoiceAuthenticationMethodConfiguration(v) => &**v,
            Self::X509CertificateAuthenticationMethodConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AuthenticationMethodConfiguration(v) => &mut **v,
            Self::EmailAuthenticationMethodConfiguration(v) => &mut **v,
            Self::ExternalAuthenticationMethodConfiguration(v) => &mut **v,
            Self::Fido2AuthenticationMethodConfiguration(v) => &mut **v,
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(v) => &mut **v,
            Self::QrCodePinAuthenticationMethodConfiguration(v) => &mut **v,
            Self::SmsAuthenticationMethodConfiguration(v) => &mut **v,
            Self::SoftwareOathAuthenticationMethodConfiguration(v) => &mut **v,
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(v) => &mut **v,
            Self::VerifiableCredentialsAuthenticationMethodConfiguration(v) => &mut **v,
            Self::VoiceAuthenticationMethodConfiguration(v) => &mut **v,
            Self::X509CertificateAuthenticationMethodConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl AnyAuthenticationMethodConfiguration {
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
            Self::AuthenticationMethodConfiguration(v) => &v.id,
            Self::EmailAuthenticationMethodConfiguration(v) => &v.id,
            Self::ExternalAuthenticationMethodConfiguration(v) => &v.id,
            Self::Fido2AuthenticationMethodConfiguration(v) => &v.id,
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(v) => &v.id,
            Self::QrCodePinAuthenticationMethodConfiguration(v) => &v.id,
            Self::SmsAuthenticationMethodConfiguration(v) => &v.id,
            Self::SoftwareOathAuthenticationMethodConfiguration(v) => &v.id,
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(v) => &v.id,
            Self::VerifiableCredentialsAuthenticationMethodConfiguration(v) => &v.id,
            Self::VoiceAuthenticationMethodConfiguration(v) => &v.id,
            Self::X509CertificateAuthenticationMethodConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AuthenticationMethodConfiguration(v) => &mut v.id,
            Self::EmailAuthenticationMethodConfiguration(v) => &mut v.id,
            Self::ExternalAuthenticationMethodConfiguration(v) => &mut v.id,
            Self::Fido2AuthenticationMethodConfiguration(v) => &mut v.id,
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(v) => &mut v.id,
            Self::QrCodePinAuthenticationMethodConfiguration(v) => &mut v.id,
            Self::SmsAuthenticationMethodConfiguration(v) => &mut v.id,
            Self::SoftwareOathAuthenticationMethodConfiguration(v) => &mut v.id,
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(v) => &mut v.id,
            Self::VerifiableCredentialsAuthenticationMethodConfiguration(v) => &mut v.id,
            Self::VoiceAuthenticationMethodConfiguration(v) => &mut v.id,
            Self::X509CertificateAuthenticationMethodConfiguration(v) => &mut v.id,
        }
    }
    /// `excludeTargets` of any variant.
    #[inline]
    pub fn exclude_targets(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::ExcludeTarget>> {
        match self {
            Self::AuthenticationMethodConfiguration(v) => &v.exclude_targets,
            Self::EmailAuthenticationMethodConfiguration(v) => &v.exclude_targets,
            Self::ExternalAuthenticationMethodConfiguration(v) => &v.exclude_targets,
            Self::Fido2AuthenticationMethodConfiguration(v) => &v.exclude_targets,
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(v) => {
                &v.exclude_targets
            }
            Self::QrCodePinAuthenticationMethodConfiguration(v) => &v.exclude_targets,
            Self::SmsAuthenticationMethodConfiguration(v) => &v.exclude_targets,
            Self::SoftwareOathAuthenticationMethodConfiguration(v) => &v.exclude_targets,
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(v) => {
                &v.exclude_targets
            }
            Self::VerifiableCredentialsAuthenticationMethodConfiguration(v) => {
                &v.exclude_targets
            }
            Self::VoiceAuthenticationMethodConfiguration(v) => &v.exclude_targets,
            Self::X509CertificateAuthenticationMethodConfiguration(v) => {
                &v.exclude_targets
            }
        }
    }
    /// `excludeTargets` of any variant.
    #[inline]
    pub fn exclude_targets_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::ExcludeTarget>> {
        match self {
            Self::AuthenticationMethodConfiguration(v) => &mut v.exclude_targets,
            Self::EmailAuthenticationMethodConfiguration(v) => &mut v.exclude_targets,
            Self::ExternalAuthenticationMethodConfiguration(v) => &mut v.exclude_targets,
            Self::Fido2AuthenticationMethodConfiguration(v) => &mut v.exclude_targets,
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(v) => {
                &mut v.exclude_targets
            }
            Self::QrCodePinAuthenticationMethodConfiguration(v) => &mut v.exclude_targets,
            Self::SmsAuthenticationMethodConfiguration(v) => &mut v.exclude_targets,
            Self::SoftwareOathAuthenticationMethodConfiguration(v) => {
                &mut v.exclude_targets
            }
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(v) => {
                &mut v.exclude_targets
            }
            Self::VerifiableCredentialsAuthenticationMethodConfiguration(v) => {
                &mut v.exclude_targets
            }
            Self::VoiceAuthenticationMethodConfiguration(v) => &mut v.exclude_targets,
            Self::X509CertificateAuthenticationMethodConfiguration(v) => {
                &mut v.exclude_targets
            }
        }
    }
    /// `state` of any variant.
    #[inline]
    pub fn state(&self) -> &rt::Field<crate::v1::AuthenticationMethodState> {
        match self {
            Self::AuthenticationMethodConfiguration(v) => &v.state,
            Self::EmailAuthenticationMethodConfiguration(v) => &v.state,
            Self::ExternalAuthenticationMethodConfiguration(v) => &v.state,
            Self::Fido2AuthenticationMethodConfiguration(v) => &v.state,
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(v) => &v.state,
            Self::QrCodePinAuthenticationMethodConfiguration(v) => &v.state,
            Self::SmsAuthenticationMethodConfiguration(v) => &v.state,
            Self::SoftwareOathAuthenticationMethodConfiguration(v) => &v.state,
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(v) => &v.state,
            Self::VerifiableCredentialsAuthenticationMethodConfiguration(v) => &v.state,
            Self::VoiceAuthenticationMethodConfiguration(v) => &v.state,
            Self::X509CertificateAuthenticationMethodConfiguration(v) => &v.state,
        }
    }
    /// `state` of any variant.
    #[inline]
    pub fn state_mut(&mut self) -> &mut rt::Field<crate::v1::AuthenticationMethodState> {
        match self {
            Self::AuthenticationMethodConfiguration(v) => &mut v.state,
            Self::EmailAuthenticationMethodConfiguration(v) => &mut v.state,
            Self::ExternalAuthenticationMethodConfiguration(v) => &mut v.state,
            Self::Fido2AuthenticationMethodConfiguration(v) => &mut v.state,
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(v) => {
                &mut v.state
            }
            Self::QrCodePinAuthenticationMethodConfiguration(v) => &mut v.state,
            Self::SmsAuthenticationMethodConfiguration(v) => &mut v.state,
            Self::SoftwareOathAuthenticationMethodConfiguration(v) => &mut v.state,
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(v) => &mut v.state,
            Self::VerifiableCredentialsAuthenticationMethodConfiguration(v) => {
                &mut v.state
            }
            Self::VoiceAuthenticationMethodConfiguration(v) => &mut v.state,
            Self::X509CertificateAuthenticationMethodConfiguration(v) => &mut v.state,
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_poly!(AnyAuthenticationMethodConfiguration);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAuthenticationMethodConfiguration);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.authenticationMethodFeatureConfiguration`, complex type.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct AuthenticationMethodFeatureConfiguration {
    /// CSDL: property `excludeTarget`: `microsoft.graph.featureTarget`, nullable.
    pub exclude_target: rt::Field<crate::v1::FeatureTarget>,
    /// CSDL: property `includeTarget`: `microsoft.graph.featureTarget`, nullable.
    pub include_target: rt::Field<crate::v1::FeatureTarget>,
    /// CSDL: property `state`: `microsoft.graph.advancedConfigState`, nullable.
    pub state: rt::Field<crate::v1::AdvancedConfigState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for AuthenticationMethodFeatureConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            exclude_target: rt::Field::Absent,
            include_target: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for AuthenticationMethodFeatureConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationMethodFeatureConfiguration";
    const KEYS: &'static [&'static str] = &["excludeTarget", "includeTarget", "state"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"excludeTarget\":                ",
        ",\"includeTarget\":                ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.authenticationMethodFeatureConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "exclude_target", &self.exclude_target);
        v.field(1usize, "include_target", &self.include_target);
        v.field(2usize, "state", &self.state);
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for AuthenticationMethodFeatureConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.exclude_target.read_from(r),
            1usize => self.include_target.read_from(r),
            2usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.exclude_target);
        w.field(1usize, &self.include_target);
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
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_object!(AuthenticationMethodFeatureConfiguration);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    AuthenticationMethodFeatureConfiguration { with_exclude_target exclude_target : crate
    ::v1::FeatureTarget; with_include_target include_target : crate ::v1::FeatureTarget;
    with_state state : crate ::v1::AdvancedConfigState; }
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationMethodFeatureConfiguration);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.authenticationMethodKeyStrength`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AuthenticationMethodKeyStrength {
    /// `normal` (value 0).
    Normal,
    /// `weak` (value 1).
    Weak,
    /// `unknown` (value 2).
    Unknown,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for AuthenticationMethodKeyStrength {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationMethodKeyStrength";
    const MEMBERS: &'static [&'static str] = &["normal", "weak", "unknown"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "normal" => Self::Normal,
                "weak" => Self::Weak,
                "unknown" => Self::Unknown,
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
            Self::Normal => "normal",
            Self::Weak => "weak",
            Self::Unknown => "unknown",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(AuthenticationMethodKeyStrength);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationMethodKeyStrength);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.authenticationMethodState`, enum type.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AuthenticationMethodState {
    /// `enabled` (value 0).
    Enabled,
    /// `disabled` (value 1).
    Disabled,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::StrEnum for AuthenticationMethodState {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationMethodState";
    const MEMBERS: &'static [&'static str] = &["enabled", "disabled"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "enabled" => Self::Enabled,
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
            Self::Enabled => "enabled",
            Self::Disabled => "disabled",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_enum!(AuthenticationMethodState);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationMethodState);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.authenticationMethodTarget`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct AuthenticationMethodTarget {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isRegistrationRequired`: `Edm.Boolean`, not nullable.
    pub is_registration_required: rt::Field<bool>,
    /// CSDL: property `targetType`: `microsoft.graph.authenticationMethodTargetType`, not nullable.
    pub target_type: rt::Field<crate::v1::AuthenticationMethodTargetType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for AuthenticationMethodTarget {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_registration_required: rt::Field::Absent,
            target_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for AuthenticationMethodTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationMethodTarget";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isRegistrationRequired",
        "targetType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isRegistrationRequired\":       ",
        ",\"targetType\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.authenticationMethodTarget\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_registration_required", &self.is_registration_required);
        v.field(2usize, "target_type", &self.target_type);
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for AuthenticationMethodTarget {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_registration_required.read_from(r),
            2usize => self.target_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_registration_required);
        w.field(2usize, &self.target_type);
    }
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
rt::impl_object!(AuthenticationMethodTarget);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    AuthenticationMethodTarget { with_id id : ::std::string::String;
    with_is_registration_required is_registration_required : bool; with_target_type
    target_type : crate ::v1::AuthenticationMethodTargetType; }
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationMethodTarget);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// `microsoft.graph.authenticationMethodTarget` or any type derived from it, selected by `@odata.type` (5 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAuthenticationMethodTarget {
    AuthenticationMethodTarget(::std::boxed::Box<crate::v1::AuthenticationMethodTarget>),
    MicrosoftAuthenticatorAuthenticationMethodTarget(
        ::std::boxed::Box<crate::v1::MicrosoftAuthenticatorAuthenticationMethodTarget>,
    ),
    PasskeyAuthenticationMethodTarget(
        ::std::boxed::Box<crate::v1::PasskeyAuthenticationMethodTarget>,
    ),
    SmsAuthenticationMethodTarget(
        ::std::boxed::Box<crate::v1::SmsAuthenticationMethodTarget>,
    ),
    VerifiableCredentialAuthenticationMethodTarget(
        ::std::boxed::Box<crate::v1::VerifiableCredentialAuthenticationMethodTarget>,
    ),
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for AnyAuthenticationMethodTarget {
    #[inline]
    fn default() -> Self {
        Self::AuthenticationMethodTarget(::std::default::Default::default())
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AuthenticationMethodTarget>
for AnyAuthenticationMethodTarget {
    #[inline]
    fn from(v: crate::v1::AuthenticationMethodTarget) -> Self {
        Self::AuthenticationMethodTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MicrosoftAuthenticatorAuthenticationMethodTarget>
for AnyAuthenticationMethodTarget {
    #[inline]
    fn from(v: crate::v1::MicrosoftAuthenticatorAuthenticationMethodTarget) -> Self {
        Self::MicrosoftAuthenticatorAuthenticationMethodTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PasskeyAuthenticationMethodTarget>
for AnyAuthenticationMethodTarget {
    #[inline]
    fn from(v: crate::v1::PasskeyAuthenticationMethodTarget) -> Self {
        Self::PasskeyAuthenticationMethodTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SmsAuthenticationMethodTarget>
for AnyAuthenticationMethodTarget {
    #[inline]
    fn from(v: crate::v1::SmsAuthenticationMethodTarget) -> Self {
        Self::SmsAuthenticationMethodTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VerifiableCredentialAuthenticationMethodTarget>
for AnyAuthenticationMethodTarget {
    #[inline]
    fn from(v: crate::v1::VerifiableCredentialAuthenticationMethodTarget) -> Self {
        Self::VerifiableCredentialAuthenticationMethodTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
unsafe impl ::std::marker::Send for AnyAuthenticationMethodTarget {}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
unsafe impl ::std::marker::Sync for AnyAuthenticationMethodTarget {}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::marker::Unpin for AnyAuthenticationMethodTarget {}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::panic::UnwindSafe for AnyAuthenticationMethodTarget {}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::panic::RefUnwindSafe for AnyAuthenticationMethodTarget {}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
const _: () = {
    rt::object::auto_traits::<crate::v1::AuthenticationMethodTarget>();
    rt::object::auto_traits::<
        crate::v1::MicrosoftAuthenticatorAuthenticationMethodTarget,
    >();
    rt::object::auto_traits::<crate::v1::PasskeyAuthenticationMethodTarget>();
    rt::object::auto_traits::<crate::v1::SmsAuthenticationMethodTarget>();
    rt::object::auto_traits::<
        crate::v1::VerifiableCredentialAuthenticationMethodTarget,
    >();
};
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Poly for AnyAuthenticationMethodTarget {
    const BASE_NAME: &'static str = "microsoft.graph.authenticationMethodTarget";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.microsoftAuthenticatorAuthenticationMethodTarget",
            ) => {
                Self::MicrosoftAuthenticatorAuthenticationMethodTarget(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.passkeyAuthenticationMethodTarget",
            ) => Self::PasskeyAuthenticationMethodTarget(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.smsAuthenticationMethodTarget",
            ) => Self::SmsAuthenticationMethodTarget(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.verifiableCredentialAuthenticationMethodTarget",
            ) => {
                Self::VerifiableCredentialAuthenticationMethodTarget(
                    rt::object::new_boxed(),
                )
            }
            _ => Self::AuthenticationMethodTarget(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AuthenticationMethodTarget(v) => &**v,
            Self::MicrosoftAuthenticatorAuthenticationMethodTarget(v) => &**v,
            Self::PasskeyAuthenticationMethodTarget(v) => &**v,
            Self::SmsAuthenticationMethodTarget(v) => &**v,
            Self::VerifiableCredentialAuthenticationMethodTarget(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AuthenticationMethodTarget(v) => &mut **v,
            Self::MicrosoftAuthenticatorAuthenticationMethodTarget(v) => &mut **v,
            Self::PasskeyAuthenticationMethodTarget(v) => &mut **v,
            Self::SmsAuthenticationMethodTarget(v) => &mut **v,
            Self::VerifiableCredentialAuthenticationMethodTarget(v) => &mut **v,
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl AnyAuthenticationMethodTarget {
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
            Self::AuthenticationMethodTarget(v) => &v.id,
            Self::MicrosoftAuthenticatorAuthenticationMethodTarget(v) => &v.id,
            Self::PasskeyAuthenticationMethodTarget(v) => &v.id,
            Self::SmsAuthenticationMethodTarget(v) => &v.id,
            Self::VerifiableCredentialAuthenticationMethodTarget(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AuthenticationMethodTarget(v) => &mut v.id,
            Self::MicrosoftAuthenticatorAuthenticationMethodTarget(v) => &mut v.id,
            Self::PasskeyAuthenticationMethodTarget(v) => &mut v.id,
            Self::SmsAuthenticationMethodTarget(v) => &mut v.id,
            Self::VerifiableCredentialAuthenticationMethodTarget(v) => &mut v.id,
        }
    }
    /// `isRegistrationRequired` of any variant.
    #[inline]
    pub fn is_registration_required(&self) -> &rt::Field<bool> {
        match self {
            Self::AuthenticationMethodTarget(v) => &v.is_registration_required,
            Self::MicrosoftAuthenticatorAuthenticationMethodTarget(v) => {
                &v.is_registration_required
            }
            Self::PasskeyAuthenticationMethodTarget(v) => &v.is_registration_required,
            Self::SmsAuthenticationMethodTarget(v) => &v.is_registration_required,
            Self::VerifiableCredentialAuthenticationMethodTarget(v) => {
                &v.is_registration_required
            }
        }
    }
    /// `isRegistrationRequired` of any variant.
    #[inline]
    pub fn is_registration_required_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AuthenticationMethodTarget(v) => &mut v.is_registration_required,
            Self::MicrosoftAuthenticatorAuthenticationMethodTarget(v) => {
                &mut v.is_registration_required
            }
            Self::PasskeyAuthenticationMethodTarget(v) => &mut v.is_registration_required,
            Self::SmsAuthenticationMethodTarget(v) => &mut v.is_registration_required,
            Self::VerifiableCredentialAuthenticationMethodTarget(v) => {
                &mut v.is_registration_required
            }
        }
    }
    /// `targetType` of any variant.
    #[inline]
    pub fn target_type(&self) -> &rt::Field<crate::v1::AuthenticationMethodTargetType> {
        match self {
            Self::AuthenticationMethodTarget(v) => &v.target_type,
            Self::MicrosoftAuthenticatorAuthenticationMethodTarget(v) => &v.target_type,
            Self::PasskeyAuthenticationMethodTarget(v) => &v.target_type,
            Self::SmsAuthenticationMethodTarget(v) => &v.target_type,
            Self::VerifiableCredentialAuthenticationMethodTarget(v) => &v.target_type,
        }
    }
    /// `targetType` of any variant.
    #[inline]
    pub fn target_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::AuthenticationMethodTargetType> {
        match self {
            Self::AuthenticationMethodTarget(v) => &mut v.target_type,
            Self::MicrosoftAuthenticatorAuthenticationMethodTarget(v) => {
                &mut v.target_type
            }
            Self::PasskeyAuthenticationMethodTarget(v) => &mut v.target_type,
            Self::SmsAuthenticationMethodTarget(v) => &mut v.target_type,
            Self::VerifiableCredentialAuthenticationMethodTarget(v) => &mut v.target_type,
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_poly!(AnyAuthenticationMethodTarget);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAuthenticationMethodTarget);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.authenticationMethodTargetType`, enum type.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AuthenticationMethodTargetType {
    /// `user` (value 0).
    User,
    /// `group` (value 1).
    Group,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::StrEnum for AuthenticationMethodTargetType {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationMethodTargetType";
    const MEMBERS: &'static [&'static str] = &["user", "group", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "user" => Self::User,
                "group" => Self::Group,
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
            Self::Group => "group",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_enum!(AuthenticationMethodTargetType);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationMethodTargetType);
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
/// CSDL: `microsoft.graph.authenticationMethodsPolicy`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AuthenticationMethodsPolicyPath`](requests/trait.AuthenticationMethodsPolicyPath.html), what a path to one (`EntityPath<AuthenticationMethodsPolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct AuthenticationMethodsPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `policyMigrationState`: `microsoft.graph.authenticationMethodsPolicyMigrationState`, nullable.
    pub policy_migration_state: rt::Field<
        crate::v1::AuthenticationMethodsPolicyMigrationState,
    >,
    /// CSDL: property `policyVersion`: `Edm.String`, nullable.
    pub policy_version: rt::Field<::std::string::String>,
    /// CSDL: property `reconfirmationInDays`: `Edm.Int32`, nullable.
    pub reconfirmation_in_days: rt::Field<i32>,
    /// CSDL: property `registrationEnforcement`: `microsoft.graph.registrationEnforcement`, nullable.
    pub registration_enforcement: rt::Field<crate::v1::RegistrationEnforcement>,
    /// CSDL: containment navigation property `authenticationMethodConfigurations`: `Collection(microsoft.graph.authenticationMethodConfiguration)`, not nullable.
    pub authentication_method_configurations: rt::Field<
        ::std::vec::Vec<crate::v1::AnyAuthenticationMethodConfiguration>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
impl ::std::default::Default for AuthenticationMethodsPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            policy_migration_state: rt::Field::Absent,
            policy_version: rt::Field::Absent,
            reconfirmation_in_days: rt::Field::Absent,
            registration_enforcement: rt::Field::Absent,
            authentication_method_configurations: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
impl rt::Object for AuthenticationMethodsPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationMethodsPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "policyMigrationState",
        "policyVersion",
        "reconfirmationInDays",
        "registrationEnforcement",
        "authenticationMethodConfigurations",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"policyMigrationState\":         ",
        ",\"policyVersion\":                ",
        ",\"reconfirmationInDays\":         ",
        ",\"registrationEnforcement\":      ",
        ",\"authenticationMethodConfigurations\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.authenticationMethodsPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(4usize, "policy_migration_state", &self.policy_migration_state);
        v.field(5usize, "policy_version", &self.policy_version);
        v.field(6usize, "reconfirmation_in_days", &self.reconfirmation_in_days);
        v.field(7usize, "registration_enforcement", &self.registration_enforcement);
        v.field(
            8usize,
            "authentication_method_configurations",
            &self.authentication_method_configurations,
        );
    }
}
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
impl rt::object::Members for AuthenticationMethodsPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.last_modified_date_time.read_from(r),
            4usize => self.policy_migration_state.read_from(r),
            5usize => self.policy_version.read_from(r),
            6usize => self.reconfirmation_in_days.read_from(r),
            7usize => self.registration_enforcement.read_from(r),
            8usize => self.authentication_method_configurations.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.last_modified_date_time);
        w.field(4usize, &self.policy_migration_state);
        w.field(5usize, &self.policy_version);
        w.field(6usize, &self.reconfirmation_in_days);
        w.field(7usize, &self.registration_enforcement);
        w.field(8usize, &self.authentication_method_configurations);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
rt::impl_object!(AuthenticationMethodsPolicy);
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
rt::impl_setters!(
    AuthenticationMethodsPolicy { with_id id : ::std::string::String; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_policy_migration_state policy_migration_state : crate
    ::v1::AuthenticationMethodsPolicyMigrationState; with_policy_version policy_version :
    ::std::string::String; with_reconfirmation_in_days reconfirmation_in_days : i32;
    with_registration_enforcement registration_enforcement : crate
    ::v1::RegistrationEnforcement; with_authentication_method_configurations
    authentication_method_configurations : ::std::vec::Vec < crate
    ::v1::AnyAuthenticationMethodConfiguration >; }
);
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationMethodsPolicy);
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
/// CSDL: `microsoft.graph.authenticationMethodsPolicyMigrationState`, enum type.
///
/// Features: `v1`, or one of `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AuthenticationMethodsPolicyMigrationState {
    /// `preMigration` (value 0).
    PreMigration,
    /// `migrationInProgress` (value 1).
    MigrationInProgress,
    /// `migrationComplete` (value 2).
    MigrationComplete,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
impl rt::StrEnum for AuthenticationMethodsPolicyMigrationState {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationMethodsPolicyMigrationState";
    const MEMBERS: &'static [&'static str] = &[
        "preMigration",
        "migrationInProgress",
        "migrationComplete",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "preMigration" => Self::PreMigration,
                "migrationInProgress" => Self::MigrationInProgress,
                "migrationComplete" => Self::MigrationComplete,
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
            Self::PreMigration => "preMigration",
            Self::MigrationInProgress => "migrationInProgress",
            Self::MigrationComplete => "migrationComplete",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
rt::impl_enum!(AuthenticationMethodsPolicyMigrationState);
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationMethodsPolicyMigrationState);
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
/// CSDL: `microsoft.graph.authenticationMethodsRegistrationCampaign`, complex type.
///
/// Features: `v1`, or one of `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct AuthenticationMethodsRegistrationCampaign {
    /// CSDL: property `excludeTargets`: `Collection(microsoft.graph.excludeTarget)`, not nullable.
    pub exclude_targets: rt::Field<::std::vec::Vec<crate::v1::ExcludeTarget>>,
    /// CSDL: property `includeTargets`: `Collection(microsoft.graph.authenticationMethodsRegistrationCampaignIncludeTarget)`, not nullable.
    pub include_targets: rt::Field<
        ::std::vec::Vec<
            crate::v1::AuthenticationMethodsRegistrationCampaignIncludeTarget,
        >,
    >,
    /// CSDL: property `snoozeDurationInDays`: `Edm.Int32`, not nullable.
    pub snooze_duration_in_days: rt::Field<i32>,
    /// CSDL: property `state`: `microsoft.graph.advancedConfigState`, not nullable.
    pub state: rt::Field<crate::v1::AdvancedConfigState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
impl ::std::default::Default for AuthenticationMethodsRegistrationCampaign {
    #[inline]
    fn default() -> Self {
        Self {
            exclude_targets: rt::Field::Absent,
            include_targets: rt::Field::Absent,
            snooze_duration_in_days: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
impl rt::Object for AuthenticationMethodsRegistrationCampaign {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationMethodsRegistrationCampaign";
    const KEYS: &'static [&'static str] = &[
        "excludeTargets",
        "includeTargets",
        "snoozeDurationInDays",
        "state",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"excludeTargets\":               ",
        ",\"includeTargets\":               ",
        ",\"snoozeDurationInDays\":         ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.authenticationMethodsRegistrationCampaign\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "exclude_targets", &self.exclude_targets);
        v.field(1usize, "include_targets", &self.include_targets);
        v.field(2usize, "snooze_duration_in_days", &self.snooze_duration_in_days);
        v.field(3usize, "state", &self.state);
    }
}
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
impl rt::object::Members for AuthenticationMethodsRegistrationCampaign {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.exclude_targets.read_from(r),
            1usize => self.include_targets.read_from(r),
            2usize => self.snooze_duration_in_days.read_from(r),
            3usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.exclude_targets);
        w.field(1usize, &self.include_targets);
        w.field(2usize, &self.snooze_duration_in_days);
        w.field(3usize, &self.state);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
rt::impl_object!(AuthenticationMethodsRegistrationCampaign);
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
rt::impl_setters!(
    AuthenticationMethodsRegistrationCampaign { with_exclude_targets exclude_targets :
    ::std::vec::Vec < crate ::v1::ExcludeTarget >; with_include_targets include_targets :
    ::std::vec::Vec < crate ::v1::AuthenticationMethodsRegistrationCampaignIncludeTarget
    >; with_snooze_duration_in_days snooze_duration_in_days : i32; with_state state :
    crate ::v1::AdvancedConfigState; }
);
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationMethodsRegistrationCampaign);
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
/// CSDL: `microsoft.graph.authenticationMethodsRegistrationCampaignIncludeTarget`, complex type.
///
/// Features: `v1`, or one of `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct AuthenticationMethodsRegistrationCampaignIncludeTarget {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `targetedAuthenticationMethod`: `Edm.String`, nullable.
    pub targeted_authentication_method: rt::Field<::std::string::String>,
    /// CSDL: property `targetType`: `microsoft.graph.authenticationMethodTargetType`, not nullable.
    pub target_type: rt::Field<crate::v1::AuthenticationMethodTargetType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
impl ::std::default::Default for AuthenticationMethodsRegistrationCampaignIncludeTarget {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            targeted_authentication_method: rt::Field::Absent,
            target_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
impl rt::Object for AuthenticationMethodsRegistrationCampaignIncludeTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationMethodsRegistrationCampaignIncludeTarget";
    const KEYS: &'static [&'static str] = &[
        "id",
        "targetedAuthenticationMethod",
        "targetType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"targetedAuthenticationMethod\": ",
        ",\"targetType\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.authenticationMethodsRegistrationCampaignIncludeTarget\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "targeted_authentication_method",
            &self.targeted_authentication_method,
        );
        v.field(2usize, "target_type", &self.target_type);
    }
}
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
impl rt::object::Members for AuthenticationMethodsRegistrationCampaignIncludeTarget {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.targeted_authentication_method.read_from(r),
            2usize => self.target_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.targeted_authentication_method);
        w.field(2usize, &self.target_type);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
rt::impl_object!(AuthenticationMethodsRegistrationCampaignIncludeTarget);
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
rt::impl_setters!(
    AuthenticationMethodsRegistrationCampaignIncludeTarget { with_id id :
    ::std::string::String; with_targeted_authentication_method
    targeted_authentication_method : ::std::string::String; with_target_type target_type
    : crate ::v1::AuthenticationMethodTargetType; }
);
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationMethodsRegistrationCampaignIncludeTarget);
#[cfg(msgraph_v1_reports_or_search)]
/// CSDL: `microsoft.graph.authenticationMethodsRoot`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AuthenticationMethodsRootPath`](requests/trait.AuthenticationMethodsRootPath.html), what a path to one (`EntityPath<AuthenticationMethodsRoot, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
#[derive(Clone)]
pub struct AuthenticationMethodsRoot {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `userRegistrationDetails`: `Collection(microsoft.graph.userRegistrationDetails)`, not nullable.
    pub user_registration_details: rt::Field<
        ::std::vec::Vec<crate::v1::UserRegistrationDetails>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_reports_or_search)]
impl ::std::default::Default for AuthenticationMethodsRoot {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            user_registration_details: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::Object for AuthenticationMethodsRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationMethodsRoot";
    const KEYS: &'static [&'static str] = &["id", "userRegistrationDetails"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"userRegistrationDetails\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.authenticationMethodsRoot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "user_registration_details", &self.user_registration_details);
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::object::Members for AuthenticationMethodsRoot {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.user_registration_details.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.user_registration_details);
    }
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
rt::impl_object!(AuthenticationMethodsRoot);
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_setters!(
    AuthenticationMethodsRoot { with_id id : ::std::string::String;
    with_user_registration_details user_registration_details : ::std::vec::Vec < crate
    ::v1::UserRegistrationDetails >; }
);
#[cfg(msgraph_v1_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationMethodsRoot);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.automaticRepliesSetting`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AutomaticRepliesSetting {
    /// CSDL: property `externalAudience`: `microsoft.graph.externalAudienceScope`, nullable.
    pub external_audience: rt::Field<crate::v1::ExternalAudienceScope>,
    /// CSDL: property `externalReplyMessage`: `Edm.String`, nullable.
    pub external_reply_message: rt::Field<::std::string::String>,
    /// CSDL: property `internalReplyMessage`: `Edm.String`, nullable.
    pub internal_reply_message: rt::Field<::std::string::String>,
    /// CSDL: property `scheduledEndDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub scheduled_end_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `scheduledStartDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub scheduled_start_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `status`: `microsoft.graph.automaticRepliesStatus`, nullable.
    pub status: rt::Field<crate::v1::AutomaticRepliesStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AutomaticRepliesSetting {
    #[inline]
    fn default() -> Self {
        Self {
            external_audience: rt::Field::Absent,
            external_reply_message: rt::Field::Absent,
            internal_reply_message: rt::Field::Absent,
            scheduled_end_date_time: rt::Field::Absent,
            scheduled_start_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for AutomaticRepliesSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.automaticRepliesSetting";
    const KEYS: &'static [&'static str] = &[
        "externalAudience",
        "externalReplyMessage",
        "internalReplyMessage",
        "scheduledEndDateTime",
        "scheduledStartDateTime",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"externalAudience\":             ",
        ",\"externalReplyMessage\":         ",
        ",\"internalReplyMessage\":         ",
        ",\"scheduledEndDateTime\":         ",
        ",\"scheduledStartDateTime\":       ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.automaticRepliesSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "external_audience", &self.external_audience);
        v.field(1usize, "external_reply_message", &self.external_reply_message);
        v.field(2usize, "internal_reply_message", &self.internal_reply_message);
        v.field(3usize, "scheduled_end_date_time", &self.scheduled_end_date_time);
        v.field(4usize, "scheduled_start_date_time", &self.scheduled_start_date_time);
        v.field(5usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for AutomaticRepliesSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.external_audience.read_from(r),
            1usize => self.external_reply_message.read_from(r),
            2usize => self.internal_reply_message.read_from(r),
            3usize => self.scheduled_end_date_time.read_from(r),
            4usize => self.scheduled_start_date_time.read_from(r),
            5usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.external_audience);
        w.field(1usize, &self.external_reply_message);
        w.field(2usize, &self.internal_reply_message);
        w.field(3usize, &self.scheduled_end_date_time);
        w.field(4usize, &self.scheduled_start_date_time);
        w.field(5usize, &self.status);
    }
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
rt::impl_object!(AutomaticRepliesSetting);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AutomaticRepliesSetting { with_external_audience external_audience : crate
    ::v1::ExternalAudienceScope; with_external_reply_message external_reply_message :
    ::std::string::String; with_internal_reply_message internal_reply_message :
    ::std::string::String; with_scheduled_end_date_time scheduled_end_date_time : crate
    ::v1::DateTimeTimeZone; with_scheduled_start_date_time scheduled_start_date_time :
    crate ::v1::DateTimeTimeZone; with_status status : crate
    ::v1::AutomaticRepliesStatus; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AutomaticRepliesSetting);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.automaticRepliesStatus`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AutomaticRepliesStatus {
    /// `disabled` (value 0).
    Disabled,
    /// `alwaysEnabled` (value 1).
    AlwaysEnabled,
    /// `scheduled` (value 2).
    Scheduled,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for AutomaticRepliesStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.automaticRepliesStatus";
    const MEMBERS: &'static [&'static str] = &["disabled", "alwaysEnabled", "scheduled"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "disabled" => Self::Disabled,
                "alwaysEnabled" => Self::AlwaysEnabled,
                "scheduled" => Self::Scheduled,
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
            Self::Disabled => "disabled",
            Self::AlwaysEnabled => "alwaysEnabled",
            Self::Scheduled => "scheduled",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(AutomaticRepliesStatus);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AutomaticRepliesStatus);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.availableAccessPackage`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AvailableAccessPackagePath`](requests/trait.AvailableAccessPackagePath.html), what a path to one (`EntityPath<AvailableAccessPackage, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AvailableAccessPackage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: navigation property `resourceRoleScopes`: `Collection(microsoft.graph.accessPackageResourceRoleScope)`, not nullable.
    pub resource_role_scopes: rt::Field<
        ::std::vec::Vec<crate::v1::AccessPackageResourceRoleScope>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AvailableAccessPackage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            resource_role_scopes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AvailableAccessPackage {
    const TYPE_NAME: &'static str = "microsoft.graph.availableAccessPackage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "resourceRoleScopes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"resourceRoleScopes\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.availableAccessPackage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "resource_role_scopes", &self.resource_role_scopes);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AvailableAccessPackage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.resource_role_scopes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.resource_role_scopes);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AvailableAccessPackage);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AvailableAccessPackage { with_id id : ::std::string::String; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_resource_role_scopes resource_role_scopes :
    ::std::vec::Vec < crate ::v1::AccessPackageResourceRoleScope >; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AvailableAccessPackage);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.azureCommunicationServicesUserConversationMember`, entity type, derived from `microsoft.graph.conversationMember`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AzureCommunicationServicesUserConversationMember {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(Edm.String)`, nullable.
    pub roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `visibleHistoryStartDateTime`: `Edm.DateTimeOffset`, nullable.
    pub visible_history_start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `azureCommunicationServicesId`: `Edm.String`, nullable.
    pub azure_communication_services_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for AzureCommunicationServicesUserConversationMember {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            roles: rt::Field::Absent,
            visible_history_start_date_time: rt::Field::Absent,
            azure_communication_services_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for AzureCommunicationServicesUserConversationMember {
    const TYPE_NAME: &'static str = "microsoft.graph.azureCommunicationServicesUserConversationMember";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "roles",
        "visibleHistoryStartDateTime",
        "azureCommunicationServicesId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"roles\":                        ",
        ",\"visibleHistoryStartDateTime\":  ",
        ",\"azureCommunicationServicesId\": ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.azureCommunicationServicesUserConversationMember\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "roles", &self.roles);
        v.field(
            3usize,
            "visible_history_start_date_time",
            &self.visible_history_start_date_time,
        );
        v.field(
            4usize,
            "azure_communication_services_id",
            &self.azure_communication_services_id,
        );
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for AzureCommunicationServicesUserConversationMember {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.roles.read_from(r),
            3usize => self.visible_history_start_date_time.read_from(r),
            4usize => self.azure_communication_services_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.roles);
        w.field(3usize, &self.visible_history_start_date_time);
        w.field(4usize, &self.azure_communication_services_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(AzureCommunicationServicesUserConversationMember);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    AzureCommunicationServicesUserConversationMember { with_id id :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_roles roles : ::std::vec::Vec < ::std::string::String >;
    with_visible_history_start_date_time visible_history_start_date_time :
    rt::edm::DateTimeOffset; with_azure_communication_services_id
    azure_communication_services_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(AzureCommunicationServicesUserConversationMember);
