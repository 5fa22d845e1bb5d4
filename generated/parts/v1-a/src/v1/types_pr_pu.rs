//! Types of `microsoft.graph` by the first letters of their names (`pr_pu`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core_or_communications)]
/// CSDL: `microsoft.graph.presence`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PresencePath`](requests/trait.PresencePath.html), what a path to one (`EntityPath<Presence, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Presence {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `activity`: `Edm.String`, nullable.
    pub activity: rt::Field<::std::string::String>,
    /// CSDL: property `availability`: `Edm.String`, nullable.
    pub availability: rt::Field<::std::string::String>,
    /// CSDL: property `outOfOfficeSettings`: `microsoft.graph.outOfOfficeSettings`, nullable.
    pub out_of_office_settings: rt::Field<crate::v1::OutOfOfficeSettings>,
    /// CSDL: property `sequenceNumber`: `Edm.String`, nullable.
    pub sequence_number: rt::Field<::std::string::String>,
    /// CSDL: property `statusMessage`: `microsoft.graph.presenceStatusMessage`, nullable.
    pub status_message: rt::Field<crate::v1::PresenceStatusMessage>,
    /// CSDL: property `workLocation`: `microsoft.graph.userWorkLocation`, nullable.
    pub work_location: rt::Field<crate::v1::UserWorkLocation>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::default::Default for Presence {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            activity: rt::Field::Absent,
            availability: rt::Field::Absent,
            out_of_office_settings: rt::Field::Absent,
            sequence_number: rt::Field::Absent,
            status_message: rt::Field::Absent,
            work_location: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::Object for Presence {
    const TYPE_NAME: &'static str = "microsoft.graph.presence";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activity",
        "availability",
        "outOfOfficeSettings",
        "sequenceNumber",
        "statusMessage",
        "workLocation",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activity\":                     ",
        ",\"availability\":                 ",
        ",\"outOfOfficeSettings\":          ",
        ",\"sequenceNumber\":               ",
        ",\"statusMessage\":                ",
        ",\"workLocation\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.presence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "activity", &self.activity);
        v.field(2usize, "availability", &self.availability);
        v.field(3usize, "out_of_office_settings", &self.out_of_office_settings);
        v.field(4usize, "sequence_number", &self.sequence_number);
        v.field(5usize, "status_message", &self.status_message);
        v.field(6usize, "work_location", &self.work_location);
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::object::Members for Presence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.activity.read_from(r),
            2usize => self.availability.read_from(r),
            3usize => self.out_of_office_settings.read_from(r),
            4usize => self.sequence_number.read_from(r),
            5usize => self.status_message.read_from(r),
            6usize => self.work_location.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.activity);
        w.field(2usize, &self.availability);
        w.field(3usize, &self.out_of_office_settings);
        w.field(4usize, &self.sequence_number);
        w.field(5usize, &self.status_message);
        w.field(6usize, &self.work_location);
    }
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
rt::impl_object!(Presence);
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_setters!(
    Presence { with_id id : ::std::string::String; with_activity activity :
    ::std::string::String; with_availability availability : ::std::string::String;
    with_out_of_office_settings out_of_office_settings : crate ::v1::OutOfOfficeSettings;
    with_sequence_number sequence_number : ::std::string::String; with_status_message
    status_message : crate ::v1::PresenceStatusMessage; with_work_location work_location
    : crate ::v1::UserWorkLocation; }
);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(Presence);
#[cfg(msgraph_v1_core_or_communications)]
/// CSDL: `microsoft.graph.presenceStatusMessage`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PresenceStatusMessage {
    /// CSDL: property `expiryDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub expiry_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `message`: `microsoft.graph.itemBody`, nullable.
    pub message: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `publishedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub published_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::default::Default for PresenceStatusMessage {
    #[inline]
    fn default() -> Self {
        Self {
            expiry_date_time: rt::Field::Absent,
            message: rt::Field::Absent,
            published_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::Object for PresenceStatusMessage {
    const TYPE_NAME: &'static str = "microsoft.graph.presenceStatusMessage";
    const KEYS: &'static [&'static str] = &[
        "expiryDateTime",
        "message",
        "publishedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"expiryDateTime\":               ",
        ",\"message\":                      ",
        ",\"publishedDateTime\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.presenceStatusMessage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "expiry_date_time", &self.expiry_date_time);
        v.field(1usize, "message", &self.message);
        v.field(2usize, "published_date_time", &self.published_date_time);
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::object::Members for PresenceStatusMessage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.expiry_date_time.read_from(r),
            1usize => self.message.read_from(r),
            2usize => self.published_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.expiry_date_time);
        w.field(1usize, &self.message);
        w.field(2usize, &self.published_date_time);
    }
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
rt::impl_object!(PresenceStatusMessage);
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_setters!(
    PresenceStatusMessage { with_expiry_date_time expiry_date_time : crate
    ::v1::DateTimeTimeZone; with_message message : crate ::v1::ItemBody;
    with_published_date_time published_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(PresenceStatusMessage);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.principalResourceMembershipsScope`, complex type, derived from `microsoft.graph.accessReviewScope`.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct PrincipalResourceMembershipsScope {
    /// CSDL: property `principalScopes`: `Collection(microsoft.graph.accessReviewScope)`, nullable.
    pub principal_scopes: rt::Field<::std::vec::Vec<crate::v1::AnyAccessReviewScope>>,
    /// CSDL: property `resourceScopes`: `Collection(microsoft.graph.accessReviewScope)`, nullable.
    pub resource_scopes: rt::Field<::std::vec::Vec<crate::v1::AnyAccessReviewScope>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for PrincipalResourceMembershipsScope {
    #[inline]
    fn default() -> Self {
        Self {
            principal_scopes: rt::Field::Absent,
            resource_scopes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for PrincipalResourceMembershipsScope {
    const TYPE_NAME: &'static str = "microsoft.graph.principalResourceMembershipsScope";
    const KEYS: &'static [&'static str] = &["principalScopes", "resourceScopes"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"principalScopes\":              ",
        ",\"resourceScopes\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.principalResourceMembershipsScope\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "principal_scopes", &self.principal_scopes);
        v.field(1usize, "resource_scopes", &self.resource_scopes);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for PrincipalResourceMembershipsScope {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.principal_scopes.read_from(r),
            1usize => self.resource_scopes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.principal_scopes);
        w.field(1usize, &self.resource_scopes);
    }
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
rt::impl_object!(PrincipalResourceMembershipsScope);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    PrincipalResourceMembershipsScope { with_principal_scopes principal_scopes :
    ::std::vec::Vec < crate ::v1::AnyAccessReviewScope >; with_resource_scopes
    resource_scopes : ::std::vec::Vec < crate ::v1::AnyAccessReviewScope >; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrincipalResourceMembershipsScope);
#[cfg(msgraph_v1_print_or_search)]
/// CSDL: `microsoft.graph.printConnector`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PrintConnectorPath`](requests/trait.PrintConnectorPath.html), what a path to one (`EntityPath<PrintConnector, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-print`, `v1-search`.
#[derive(Clone)]
pub struct PrintConnector {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appVersion`: `Edm.String`, not nullable.
    pub app_version: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `fullyQualifiedDomainName`: `Edm.String`, not nullable.
    pub fully_qualified_domain_name: rt::Field<::std::string::String>,
    /// CSDL: property `location`: `microsoft.graph.printerLocation`, nullable.
    pub location: rt::Field<crate::v1::PrinterLocation>,
    /// CSDL: property `operatingSystem`: `Edm.String`, not nullable.
    pub operating_system: rt::Field<::std::string::String>,
    /// CSDL: property `registeredDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub registered_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_print_or_search)]
impl ::std::default::Default for PrintConnector {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_version: rt::Field::Absent,
            display_name: rt::Field::Absent,
            fully_qualified_domain_name: rt::Field::Absent,
            location: rt::Field::Absent,
            operating_system: rt::Field::Absent,
            registered_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl rt::Object for PrintConnector {
    const TYPE_NAME: &'static str = "microsoft.graph.printConnector";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appVersion",
        "displayName",
        "fullyQualifiedDomainName",
        "location",
        "operatingSystem",
        "registeredDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appVersion\":                   ",
        ",\"displayName\":                  ",
        ",\"fullyQualifiedDomainName\":     ",
        ",\"location\":                     ",
        ",\"operatingSystem\":              ",
        ",\"registeredDateTime\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printConnector\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_version", &self.app_version);
        v.field(2usize, "display_name", &self.display_name);
        v.field(
            3usize,
            "fully_qualified_domain_name",
            &self.fully_qualified_domain_name,
        );
        v.field(4usize, "location", &self.location);
        v.field(5usize, "operating_system", &self.operating_system);
        v.field(6usize, "registered_date_time", &self.registered_date_time);
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl rt::object::Members for PrintConnector {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_version.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.fully_qualified_domain_name.read_from(r),
            4usize => self.location.read_from(r),
            5usize => self.operating_system.read_from(r),
            6usize => self.registered_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_version);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.fully_qualified_domain_name);
        w.field(4usize, &self.location);
        w.field(5usize, &self.operating_system);
        w.field(6usize, &self.registered_date_time);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_print_or_search)]
rt::impl_object!(PrintConnector);
#[cfg(msgraph_v1_print_or_search)]
rt::impl_setters!(
    PrintConnector { with_id id : ::std::string::String; with_app_version app_version :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_fully_qualified_domain_name fully_qualified_domain_name : ::std::string::String;
    with_location location : crate ::v1::PrinterLocation; with_operating_system
    operating_system : ::std::string::String; with_registered_date_time
    registered_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintConnector);
#[cfg(msgraph_v1_core_or_print)]
/// CSDL: `microsoft.graph.printDocumentUploadProperties`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PrintDocumentUploadProperties {
    /// CSDL: property `contentType`: `Edm.String`, not nullable.
    pub content_type: rt::Field<::std::string::String>,
    /// CSDL: property `documentName`: `Edm.String`, not nullable.
    pub document_name: rt::Field<::std::string::String>,
    /// CSDL: property `size`: `Edm.Int64`, not nullable.
    pub size: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_print)]
impl ::std::default::Default for PrintDocumentUploadProperties {
    #[inline]
    fn default() -> Self {
        Self {
            content_type: rt::Field::Absent,
            document_name: rt::Field::Absent,
            size: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::Object for PrintDocumentUploadProperties {
    const TYPE_NAME: &'static str = "microsoft.graph.printDocumentUploadProperties";
    const KEYS: &'static [&'static str] = &["contentType", "documentName", "size"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"contentType\":                  ",
        ",\"documentName\":                 ",
        ",\"size\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printDocumentUploadProperties\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content_type", &self.content_type);
        v.field(1usize, "document_name", &self.document_name);
        v.field(2usize, "size", &self.size);
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::object::Members for PrintDocumentUploadProperties {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content_type.read_from(r),
            1usize => self.document_name.read_from(r),
            2usize => self.size.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content_type);
        w.field(1usize, &self.document_name);
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
#[cfg(msgraph_v1_core_or_print)]
rt::impl_object!(PrintDocumentUploadProperties);
#[cfg(msgraph_v1_core_or_print)]
rt::impl_setters!(
    PrintDocumentUploadProperties { with_content_type content_type :
    ::std::string::String; with_document_name document_name : ::std::string::String;
    with_size size : i64; }
);
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintDocumentUploadProperties);
#[cfg(msgraph_v1_print_or_search)]
/// CSDL: `microsoft.graph.printService`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PrintServicePath`](requests/trait.PrintServicePath.html), what a path to one (`EntityPath<PrintService, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-print`, `v1-search`.
#[derive(Clone)]
pub struct PrintService {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `endpoints`: `Collection(microsoft.graph.printServiceEndpoint)`, not nullable.
    pub endpoints: rt::Field<::std::vec::Vec<crate::v1::PrintServiceEndpoint>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_print_or_search)]
impl ::std::default::Default for PrintService {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            endpoints: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl rt::Object for PrintService {
    const TYPE_NAME: &'static str = "microsoft.graph.printService";
    const KEYS: &'static [&'static str] = &["id", "endpoints"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"endpoints\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printService\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "endpoints", &self.endpoints);
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl rt::object::Members for PrintService {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.endpoints.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.endpoints);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_print_or_search)]
rt::impl_object!(PrintService);
#[cfg(msgraph_v1_print_or_search)]
rt::impl_setters!(
    PrintService { with_id id : ::std::string::String; with_endpoints endpoints :
    ::std::vec::Vec < crate ::v1::PrintServiceEndpoint >; }
);
#[cfg(msgraph_v1_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintService);
#[cfg(msgraph_v1_print_or_search)]
/// CSDL: `microsoft.graph.printServiceEndpoint`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-print`, `v1-search`.
#[derive(Clone)]
pub struct PrintServiceEndpoint {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `uri`: `Edm.String`, not nullable.
    pub uri: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_print_or_search)]
impl ::std::default::Default for PrintServiceEndpoint {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            uri: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl rt::Object for PrintServiceEndpoint {
    const TYPE_NAME: &'static str = "microsoft.graph.printServiceEndpoint";
    const KEYS: &'static [&'static str] = &["id", "displayName", "uri"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"uri\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printServiceEndpoint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "uri", &self.uri);
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl rt::object::Members for PrintServiceEndpoint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.uri.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.uri);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_print_or_search)]
rt::impl_object!(PrintServiceEndpoint);
#[cfg(msgraph_v1_print_or_search)]
rt::impl_setters!(
    PrintServiceEndpoint { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_uri uri : ::std::string::String; }
);
#[cfg(msgraph_v1_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintServiceEndpoint);
#[cfg(msgraph_v1_reports_or_search)]
/// CSDL: `microsoft.graph.printUsage`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
#[derive(Clone)]
pub struct PrintUsage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `blackAndWhitePageCount`: `Edm.Int64`, nullable.
    pub black_and_white_page_count: rt::Field<i64>,
    /// CSDL: property `colorPageCount`: `Edm.Int64`, nullable.
    pub color_page_count: rt::Field<i64>,
    /// CSDL: property `completedBlackAndWhiteJobCount`: `Edm.Int64`, not nullable.
    pub completed_black_and_white_job_count: rt::Field<i64>,
    /// CSDL: property `completedColorJobCount`: `Edm.Int64`, not nullable.
    pub completed_color_job_count: rt::Field<i64>,
    /// CSDL: property `completedJobCount`: `Edm.Int64`, nullable.
    pub completed_job_count: rt::Field<i64>,
    /// CSDL: property `doubleSidedSheetCount`: `Edm.Int64`, nullable.
    pub double_sided_sheet_count: rt::Field<i64>,
    /// CSDL: property `incompleteJobCount`: `Edm.Int64`, not nullable.
    pub incomplete_job_count: rt::Field<i64>,
    /// CSDL: property `mediaSheetCount`: `Edm.Int64`, nullable.
    pub media_sheet_count: rt::Field<i64>,
    /// CSDL: property `pageCount`: `Edm.Int64`, nullable.
    pub page_count: rt::Field<i64>,
    /// CSDL: property `singleSidedSheetCount`: `Edm.Int64`, nullable.
    pub single_sided_sheet_count: rt::Field<i64>,
    /// CSDL: property `usageDate`: `Edm.Date`, not nullable.
    pub usage_date: rt::Field<rt::edm::Date>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_reports_or_search)]
impl ::std::default::Default for PrintUsage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            black_and_white_page_count: rt::Field::Absent,
            color_page_count: rt::Field::Absent,
            completed_black_and_white_job_count: rt::Field::Absent,
            completed_color_job_count: rt::Field::Absent,
            completed_job_count: rt::Field::Absent,
            double_sided_sheet_count: rt::Field::Absent,
            incomplete_job_count: rt::Field::Absent,
            media_sheet_count: rt::Field::Absent,
            page_count: rt::Field::Absent,
            single_sided_sheet_count: rt::Field::Absent,
            usage_date: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::Object for PrintUsage {
    const TYPE_NAME: &'static str = "microsoft.graph.printUsage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "blackAndWhitePageCount",
        "colorPageCount",
        "completedBlackAndWhiteJobCount",
        "completedColorJobCount",
        "completedJobCount",
        "doubleSidedSheetCount",
        "incompleteJobCount",
        "mediaSheetCount",
        "pageCount",
        "singleSidedSheetCount",
        "usageDate",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"blackAndWhitePageCount\":       ",
        ",\"colorPageCount\":               ",
        ",\"completedBlackAndWhiteJobCount\":",
        ",\"completedColorJobCount\":       ",
        ",\"completedJobCount\":            ",
        ",\"doubleSidedSheetCount\":        ",
        ",\"incompleteJobCount\":           ",
        ",\"mediaSheetCount\":              ",
        ",\"pageCount\":                    ",
        ",\"singleSidedSheetCount\":        ",
        ",\"usageDate\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printUsage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "black_and_white_page_count", &self.black_and_white_page_count);
        v.field(2usize, "color_page_count", &self.color_page_count);
        v.field(
            3usize,
            "completed_black_and_white_job_count",
            &self.completed_black_and_white_job_count,
        );
        v.field(4usize, "completed_color_job_count", &self.completed_color_job_count);
        v.field(5usize, "completed_job_count", &self.completed_job_count);
        v.field(6usize, "double_sided_sheet_count", &self.double_sided_sheet_count);
        v.field(7usize, "incomplete_job_count", &self.incomplete_job_count);
        v.field(8usize, "media_sheet_count", &self.media_sheet_count);
        v.field(9usize, "page_count", &self.page_count);
        v.field(10usize, "single_sided_sheet_count", &self.single_sided_sheet_count);
        v.field(11usize, "usage_date", &self.usage_date);
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::object::Members for PrintUsage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.black_and_white_page_count.read_from(r),
            2usize => self.color_page_count.read_from(r),
            3usize => self.completed_black_and_white_job_count.read_from(r),
            4usize => self.completed_color_job_count.read_from(r),
            5usize => self.completed_job_count.read_from(r),
            6usize => self.double_sided_sheet_count.read_from(r),
            7usize => self.incomplete_job_count.read_from(r),
            8usize => self.media_sheet_count.read_from(r),
            9usize => self.page_count.read_from(r),
            10usize => self.single_sided_sheet_count.read_from(r),
            11usize => self.usage_date.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.black_and_white_page_count);
        w.field(2usize, &self.color_page_count);
        w.field(3usize, &self.completed_black_and_white_job_count);
        w.field(4usize, &self.completed_color_job_count);
        w.field(5usize, &self.completed_job_count);
        w.field(6usize, &self.double_sided_sheet_count);
        w.field(7usize, &self.incomplete_job_count);
        w.field(8usize, &self.media_sheet_count);
        w.field(9usize, &self.page_count);
        w.field(10usize, &self.single_sided_sheet_count);
        w.field(11usize, &self.usage_date);
    }
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
rt::impl_object!(PrintUsage);
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_setters!(
    PrintUsage { with_id id : ::std::string::String; with_black_and_white_page_count
    black_and_white_page_count : i64; with_color_page_count color_page_count : i64;
    with_completed_black_and_white_job_count completed_black_and_white_job_count : i64;
    with_completed_color_job_count completed_color_job_count : i64;
    with_completed_job_count completed_job_count : i64; with_double_sided_sheet_count
    double_sided_sheet_count : i64; with_incomplete_job_count incomplete_job_count : i64;
    with_media_sheet_count media_sheet_count : i64; with_page_count page_count : i64;
    with_single_sided_sheet_count single_sided_sheet_count : i64; with_usage_date
    usage_date : rt::edm::Date; }
);
#[cfg(msgraph_v1_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintUsage);
#[cfg(msgraph_v1_reports_or_search)]
/// `microsoft.graph.printUsage` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyPrintUsage {
    PrintUsage(::std::boxed::Box<crate::v1::PrintUsage>),
    PrintUsageByPrinter(::std::boxed::Box<crate::v1::PrintUsageByPrinter>),
    PrintUsageByUser(::std::boxed::Box<crate::v1::PrintUsageByUser>),
}
#[cfg(msgraph_v1_reports_or_search)]
impl ::std::default::Default for AnyPrintUsage {
    #[inline]
    fn default() -> Self {
        Self::PrintUsage(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrintUsage> for AnyPrintUsage {
    #[inline]
    fn from(v: crate::v1::PrintUsage) -> Self {
        Self::PrintUsage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrintUsageByPrinter> for AnyPrintUsage {
    #[inline]
    fn from(v: crate::v1::PrintUsageByPrinter) -> Self {
        Self::PrintUsageByPrinter(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrintUsageByUser> for AnyPrintUsage {
    #[inline]
    fn from(v: crate::v1::PrintUsageByUser) -> Self {
        Self::PrintUsageByUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_reports_or_search)]
unsafe impl ::std::marker::Send for AnyPrintUsage {}
#[cfg(msgraph_v1_reports_or_search)]
unsafe impl ::std::marker::Sync for AnyPrintUsage {}
#[cfg(msgraph_v1_reports_or_search)]
impl ::std::marker::Unpin for AnyPrintUsage {}
#[cfg(msgraph_v1_reports_or_search)]
impl ::std::panic::UnwindSafe for AnyPrintUsage {}
#[cfg(msgraph_v1_reports_or_search)]
impl ::std::panic::RefUnwindSafe for AnyPrintUsage {}
#[cfg(msgraph_v1_reports_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::PrintUsage>();
    rt::object::auto_traits::<crate::v1::PrintUsageByPrinter>();
    rt::object::auto_traits::<crate::v1::PrintUsageByUser>();
};
#[cfg(msgraph_v1_reports_or_search)]
impl rt::Poly for AnyPrintUsage {
    const BASE_NAME: &'static str = "microsoft.graph.printUsage";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.printUsageByPrinter") => {
                Self::PrintUsageByPrinter(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.printUsageByUser") => {
                Self::PrintUsageByUser(rt::object::new_boxed())
            }
            _ => Self::PrintUsage(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::PrintUsage(v) => &**v,
            Self::PrintUsageByPrinter(v) => &**v,
            Self::PrintUsageByUser(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::PrintUsage(v) => &mut **v,
            Self::PrintUsageByPrinter(v) => &mut **v,
            Self::PrintUsageByUser(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl AnyPrintUsage {
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
            Self::PrintUsage(v) => &v.id,
            Self::PrintUsageByPrinter(v) => &v.id,
            Self::PrintUsageByUser(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PrintUsage(v) => &mut v.id,
            Self::PrintUsageByPrinter(v) => &mut v.id,
            Self::PrintUsageByUser(v) => &mut v.id,
        }
    }
    /// `blackAndWhitePageCount` of any variant.
    #[inline]
    pub fn black_and_white_page_count(&self) -> &rt::Field<i64> {
        match self {
            Self::PrintUsage(v) => &v.black_and_white_page_count,
            Self::PrintUsageByPrinter(v) => &v.black_and_white_page_count,
            Self::PrintUsageByUser(v) => &v.black_and_white_page_count,
        }
    }
    /// `blackAndWhitePageCount` of any variant.
    #[inline]
    pub fn black_and_white_page_count_mut(&mut self) -> &mut rt::Field<i64> {
        match self {
            Self::PrintUsage(v) => &mut v.black_and_white_page_count,
            Self::PrintUsageByPrinter(v) => &mut v.black_and_white_page_count,
            Self::PrintUsageByUser(v) => &mut v.black_and_white_page_count,
        }
    }
    /// `colorPageCount` of any variant.
    #[inline]
    pub fn color_page_count(&self) -> &rt::Field<i64> {
        match self {
            Self::PrintUsage(v) => &v.color_page_count,
            Self::PrintUsageByPrinter(v) => &v.color_page_count,
            Self::PrintUsageByUser(v) => &v.color_page_count,
        }
    }
    /// `colorPageCount` of any variant.
    #[inline]
    pub fn color_page_count_mut(&mut self) -> &mut rt::Field<i64> {
        match self {
            Self::PrintUsage(v) => &mut v.color_page_count,
            Self::PrintUsageByPrinter(v) => &mut v.color_page_count,
            Self::PrintUsageByUser(v) => &mut v.color_page_count,
        }
    }
    /// `completedBlackAndWhiteJobCount` of any variant.
    #[inline]
    pub fn completed_black_and_white_job_count(&self) -> &rt::Field<i64> {
        match self {
            Self::PrintUsage(v) => &v.completed_black_and_white_job_count,
            Self::PrintUsageByPrinter(v) => &v.completed_black_and_white_job_count,
            Self::PrintUsageByUser(v) => &v.completed_black_and_white_job_count,
        }
    }
    /// `completedBlackAndWhiteJobCount` of any variant.
    #[inline]
    pub fn completed_black_and_white_job_count_mut(&mut self) -> &mut rt::Field<i64> {
        match self {
            Self::PrintUsage(v) => &mut v.completed_black_and_white_job_count,
            Self::PrintUsageByPrinter(v) => &mut v.completed_black_and_white_job_count,
            Self::PrintUsageByUser(v) => &mut v.completed_black_and_white_job_count,
        }
    }
    /// `completedColorJobCount` of any variant.
    #[inline]
    pub fn completed_color_job_count(&self) -> &rt::Field<i64> {
        match self {
            Self::PrintUsage(v) => &v.completed_color_job_count,
            Self::PrintUsageByPrinter(v) => &v.completed_color_job_count,
            Self::PrintUsageByUser(v) => &v.completed_color_job_count,
        }
    }
    /// `completedColorJobCount` of any variant.
    #[inline]
    pub fn completed_color_job_count_mut(&mut self) -> &mut rt::Field<i64> {
        match self {
            Self::PrintUsage(v) => &mut v.completed_color_job_count,
            Self::PrintUsageByPrinter(v) => &mut v.completed_color_job_count,
            Self::PrintUsageByUser(v) => &mut v.completed_color_job_count,
        }
    }
    /// `completedJobCount` of any variant.
    #[inline]
    pub fn completed_job_count(&self) -> &rt::Field<i64> {
        match self {
            Self::PrintUsage(v) => &v.completed_job_count,
            Self::PrintUsageByPrinter(v) => &v.completed_job_count,
            Self::PrintUsageByUser(v) => &v.completed_job_count,
        }
    }
    /// `completedJobCount` of any variant.
    #[inline]
    pub fn completed_job_count_mut(&mut self) -> &mut rt::Field<i64> {
        match self {
            Self::PrintUsage(v) => &mut v.completed_job_count,
            Self::PrintUsageByPrinter(v) => &mut v.completed_job_count,
            Self::PrintUsageByUser(v) => &mut v.completed_job_count,
        }
    }
    /// `doubleSidedSheetCount` of any variant.
    #[inline]
    pub fn double_sided_sheet_count(&self) -> &rt::Field<i64> {
        match self {
            Self::PrintUsage(v) => &v.double_sided_sheet_count,
            Self::PrintUsageByPrinter(v) => &v.double_sided_sheet_count,
            Self::PrintUsageByUser(v) => &v.double_sided_sheet_count,
        }
    }
    /// `doubleSidedSheetCount` of any variant.
    #[inline]
    pub fn double_sided_sheet_count_mut(&mut self) -> &mut rt::Field<i64> {
        match self {
            Self::PrintUsage(v) => &mut v.double_sided_sheet_count,
            Self::PrintUsageByPrinter(v) => &mut v.double_sided_sheet_count,
            Self::PrintUsageByUser(v) => &mut v.double_sided_sheet_count,
        }
    }
    /// `incompleteJobCount` of any variant.
    #[inline]
    pub fn incomplete_job_count(&self) -> &rt::Field<i64> {
        match self {
            Self::PrintUsage(v) => &v.incomplete_job_count,
            Self::PrintUsageByPrinter(v) => &v.incomplete_job_count,
            Self::PrintUsageByUser(v) => &v.incomplete_job_count,
        }
    }
    /// `incompleteJobCount` of any variant.
    #[inline]
    pub fn incomplete_job_count_mut(&mut self) -> &mut rt::Field<i64> {
        match self {
            Self::PrintUsage(v) => &mut v.incomplete_job_count,
            Self::PrintUsageByPrinter(v) => &mut v.incomplete_job_count,
            Self::PrintUsageByUser(v) => &mut v.incomplete_job_count,
        }
    }
    /// `mediaSheetCount` of any variant.
    #[inline]
    pub fn media_sheet_count(&self) -> &rt::Field<i64> {
        match self {
            Self::PrintUsage(v) => &v.media_sheet_count,
            Self::PrintUsageByPrinter(v) => &v.media_sheet_count,
            Self::PrintUsageByUser(v) => &v.media_sheet_count,
        }
    }
    /// `mediaSheetCount` of any variant.
    #[inline]
    pub fn media_sheet_count_mut(&mut self) -> &mut rt::Field<i64> {
        match self {
            Self::PrintUsage(v) => &mut v.media_sheet_count,
            Self::PrintUsageByPrinter(v) => &mut v.media_sheet_count,
            Self::PrintUsageByUser(v) => &mut v.media_sheet_count,
        }
    }
    /// `pageCount` of any variant.
    #[inline]
    pub fn page_count(&self) -> &rt::Field<i64> {
        match self {
            Self::PrintUsage(v) => &v.page_count,
            Self::PrintUsageByPrinter(v) => &v.page_count,
            Self::PrintUsageByUser(v) => &v.page_count,
        }
    }
    /// `pageCount` of any variant.
    #[inline]
    pub fn page_count_mut(&mut self) -> &mut rt::Field<i64> {
        match self {
            Self::PrintUsage(v) => &mut v.page_count,
            Self::PrintUsageByPrinter(v) => &mut v.page_count,
            Self::PrintUsageByUser(v) => &mut v.page_count,
        }
    }
    /// `singleSidedSheetCount` of any variant.
    #[inline]
    pub fn single_sided_sheet_count(&self) -> &rt::Field<i64> {
        match self {
            Self::PrintUsage(v) => &v.single_sided_sheet_count,
            Self::PrintUsageByPrinter(v) => &v.single_sided_sheet_count,
            Self::PrintUsageByUser(v) => &v.single_sided_sheet_count,
        }
    }
    /// `singleSidedSheetCount` of any variant.
    #[inline]
    pub fn single_sided_sheet_count_mut(&mut self) -> &mut rt::Field<i64> {
        match self {
            Self::PrintUsage(v) => &mut v.single_sided_sheet_count,
            Self::PrintUsageByPrinter(v) => &mut v.single_sided_sheet_count,
            Self::PrintUsageByUser(v) => &mut v.single_sided_sheet_count,
        }
    }
    /// `usageDate` of any variant.
    #[inline]
    pub fn usage_date(&self) -> &rt::Field<rt::edm::Date> {
        match self {
            Self::PrintUsage(v) => &v.usage_date,
            Self::PrintUsageByPrinter(v) => &v.usage_date,
            Self::PrintUsageByUser(v) => &v.usage_date,
        }
    }
    /// `usageDate` of any variant.
    #[inline]
    pub fn usage_date_mut(&mut self) -> &mut rt::Field<rt::edm::Date> {
        match self {
            Self::PrintUsage(v) => &mut v.usage_date,
            Self::PrintUsageByPrinter(v) => &mut v.usage_date,
            Self::PrintUsageByUser(v) => &mut v.usage_date,
        }
    }
}
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_poly!(AnyPrintUsage);
#[cfg(msgraph_v1_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyPrintUsage);
#[cfg(msgraph_v1_reports_or_search)]
/// CSDL: `microsoft.graph.printUsageByPrinter`, entity type, derived from `microsoft.graph.printUsage`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
#[derive(Clone)]
pub struct PrintUsageByPrinter {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `blackAndWhitePageCount`: `Edm.Int64`, nullable.
    pub black_and_white_page_count: rt::Field<i64>,
    /// CSDL: property `colorPageCount`: `Edm.Int64`, nullable.
    pub color_page_count: rt::Field<i64>,
    /// CSDL: property `completedBlackAndWhiteJobCount`: `Edm.Int64`, not nullable.
    pub completed_black_and_white_job_count: rt::Field<i64>,
    /// CSDL: property `completedColorJobCount`: `Edm.Int64`, not nullable.
    pub completed_color_job_count: rt::Field<i64>,
    /// CSDL: property `completedJobCount`: `Edm.Int64`, nullable.
    pub completed_job_count: rt::Field<i64>,
    /// CSDL: property `doubleSidedSheetCount`: `Edm.Int64`, nullable.
    pub double_sided_sheet_count: rt::Field<i64>,
    /// CSDL: property `incompleteJobCount`: `Edm.Int64`, not nullable.
    pub incomplete_job_count: rt::Field<i64>,
    /// CSDL: property `mediaSheetCount`: `Edm.Int64`, nullable.
    pub media_sheet_count: rt::Field<i64>,
    /// CSDL: property `pageCount`: `Edm.Int64`, nullable.
    pub page_count: rt::Field<i64>,
    /// CSDL: property `singleSidedSheetCount`: `Edm.Int64`, nullable.
    pub single_sided_sheet_count: rt::Field<i64>,
    /// CSDL: property `usageDate`: `Edm.Date`, not nullable.
    pub usage_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `printerId`: `Edm.String`, not nullable.
    pub printer_id: rt::Field<::std::string::String>,
    /// CSDL: property `printerName`: `Edm.String`, nullable.
    pub printer_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_reports_or_search)]
impl ::std::default::Default for PrintUsageByPrinter {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            black_and_white_page_count: rt::Field::Absent,
            color_page_count: rt::Field::Absent,
            completed_black_and_white_job_count: rt::Field::Absent,
            completed_color_job_count: rt::Field::Absent,
            completed_job_count: rt::Field::Absent,
            double_sided_sheet_count: rt::Field::Absent,
            incomplete_job_count: rt::Field::Absent,
            media_sheet_count: rt::Field::Absent,
            page_count: rt::Field::Absent,
            single_sided_sheet_count: rt::Field::Absent,
            usage_date: rt::Field::Absent,
            printer_id: rt::Field::Absent,
            printer_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::Object for PrintUsageByPrinter {
    const TYPE_NAME: &'static str = "microsoft.graph.printUsageByPrinter";
    const KEYS: &'static [&'static str] = &[
        "id",
        "blackAndWhitePageCount",
        "colorPageCount",
        "completedBlackAndWhiteJobCount",
        "completedColorJobCount",
        "completedJobCount",
        "doubleSidedSheetCount",
        "incompleteJobCount",
        "mediaSheetCount",
        "pageCount",
        "singleSidedSheetCount",
        "usageDate",
        "printerId",
        "printerName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"blackAndWhitePageCount\":       ",
        ",\"colorPageCount\":               ",
        ",\"completedBlackAndWhiteJobCount\":",
        ",\"completedColorJobCount\":       ",
        ",\"completedJobCount\":            ",
        ",\"doubleSidedSheetCount\":        ",
        ",\"incompleteJobCount\":           ",
        ",\"mediaSheetCount\":              ",
        ",\"pageCount\":                    ",
        ",\"singleSidedSheetCount\":        ",
        ",\"usageDate\":                    ",
        ",\"printerId\":                    ",
        ",\"printerName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printUsageByPrinter\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "black_and_white_page_count", &self.black_and_white_page_count);
        v.field(2usize, "color_page_count", &self.color_page_count);
        v.field(
            3usize,
            "completed_black_and_white_job_count",
            &self.completed_black_and_white_job_count,
        );
        v.field(4usize, "completed_color_job_count", &self.completed_color_job_count);
        v.field(5usize, "completed_job_count", &self.completed_job_count);
        v.field(6usize, "double_sided_sheet_count", &self.double_sided_sheet_count);
        v.field(7usize, "incomplete_job_count", &self.incomplete_job_count);
        v.field(8usize, "media_sheet_count", &self.media_sheet_count);
        v.field(9usize, "page_count", &self.page_count);
        v.field(10usize, "single_sided_sheet_count", &self.single_sided_sheet_count);
        v.field(11usize, "usage_date", &self.usage_date);
        v.field(12usize, "printer_id", &self.printer_id);
        v.field(13usize, "printer_name", &self.printer_name);
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::object::Members for PrintUsageByPrinter {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.black_and_white_page_count.read_from(r),
            2usize => self.color_page_count.read_from(r),
            3usize => self.completed_black_and_white_job_count.read_from(r),
            4usize => self.completed_color_job_count.read_from(r),
            5usize => self.completed_job_count.read_from(r),
            6usize => self.double_sided_sheet_count.read_from(r),
            7usize => self.incomplete_job_count.read_from(r),
            8usize => self.media_sheet_count.read_from(r),
            9usize => self.page_count.read_from(r),
            10usize => self.single_sided_sheet_count.read_from(r),
            11usize => self.usage_date.read_from(r),
            12usize => self.printer_id.read_from(r),
            13usize => self.printer_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.black_and_white_page_count);
        w.field(2usize, &self.color_page_count);
        w.field(3usize, &self.completed_black_and_white_job_count);
        w.field(4usize, &self.completed_color_job_count);
        w.field(5usize, &self.completed_job_count);
        w.field(6usize, &self.double_sided_sheet_count);
        w.field(7usize, &self.incomplete_job_count);
        w.field(8usize, &self.media_sheet_count);
        w.field(9usize, &self.page_count);
        w.field(10usize, &self.single_sided_sheet_count);
        w.field(11usize, &self.usage_date);
        w.field(12usize, &self.printer_id);
        w.field(13usize, &self.printer_name);
    }
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
rt::impl_object!(PrintUsageByPrinter);
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_setters!(
    PrintUsageByPrinter { with_id id : ::std::string::String;
    with_black_and_white_page_count black_and_white_page_count : i64;
    with_color_page_count color_page_count : i64;
    with_completed_black_and_white_job_count completed_black_and_white_job_count : i64;
    with_completed_color_job_count completed_color_job_count : i64;
    with_completed_job_count completed_job_count : i64; with_double_sided_sheet_count
    double_sided_sheet_count : i64; with_incomplete_job_count incomplete_job_count : i64;
    with_media_sheet_count media_sheet_count : i64; with_page_count page_count : i64;
    with_single_sided_sheet_count single_sided_sheet_count : i64; with_usage_date
    usage_date : rt::edm::Date; with_printer_id printer_id : ::std::string::String;
    with_printer_name printer_name : ::std::string::String; }
);
#[cfg(msgraph_v1_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintUsageByPrinter);
#[cfg(msgraph_v1_reports_or_search)]
/// CSDL: `microsoft.graph.printUsageByUser`, entity type, derived from `microsoft.graph.printUsage`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
#[derive(Clone)]
pub struct PrintUsageByUser {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `blackAndWhitePageCount`: `Edm.Int64`, nullable.
    pub black_and_white_page_count: rt::Field<i64>,
    /// CSDL: property `colorPageCount`: `Edm.Int64`, nullable.
    pub color_page_count: rt::Field<i64>,
    /// CSDL: property `completedBlackAndWhiteJobCount`: `Edm.Int64`, not nullable.
    pub completed_black_and_white_job_count: rt::Field<i64>,
    /// CSDL: property `completedColorJobCount`: `Edm.Int64`, not nullable.
    pub completed_color_job_count: rt::Field<i64>,
    /// CSDL: property `completedJobCount`: `Edm.Int64`, nullable.
    pub completed_job_count: rt::Field<i64>,
    /// CSDL: property `doubleSidedSheetCount`: `Edm.Int64`, nullable.
    pub double_sided_sheet_count: rt::Field<i64>,
    /// CSDL: property `incompleteJobCount`: `Edm.Int64`, not nullable.
    pub incomplete_job_count: rt::Field<i64>,
    /// CSDL: property `mediaSheetCount`: `Edm.Int64`, nullable.
    pub media_sheet_count: rt::Field<i64>,
    /// CSDL: property `pageCount`: `Edm.Int64`, nullable.
    pub page_count: rt::Field<i64>,
    /// CSDL: property `singleSidedSheetCount`: `Edm.Int64`, nullable.
    pub single_sided_sheet_count: rt::Field<i64>,
    /// CSDL: property `usageDate`: `Edm.Date`, not nullable.
    pub usage_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, not nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_reports_or_search)]
impl ::std::default::Default for PrintUsageByUser {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            black_and_white_page_count: rt::Field::Absent,
            color_page_count: rt::Field::Absent,
            completed_black_and_white_job_count: rt::Field::Absent,
            completed_color_job_count: rt::Field::Absent,
            completed_job_count: rt::Field::Absent,
            double_sided_sheet_count: rt::Field::Absent,
            incomplete_job_count: rt::Field::Absent,
            media_sheet_count: rt::Field::Absent,
            page_count: rt::Field::Absent,
            single_sided_sheet_count: rt::Field::Absent,
            usage_date: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::Object for PrintUsageByUser {
    const TYPE_NAME: &'static str = "microsoft.graph.printUsageByUser";
    const KEYS: &'static [&'static str] = &[
        "id",
        "blackAndWhitePageCount",
        "colorPageCount",
        "completedBlackAndWhiteJobCount",
        "completedColorJobCount",
        "completedJobCount",
        "doubleSidedSheetCount",
        "incompleteJobCount",
        "mediaSheetCount",
        "pageCount",
        "singleSidedSheetCount",
        "usageDate",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"blackAndWhitePageCount\":       ",
        ",\"colorPageCount\":               ",
        ",\"completedBlackAndWhiteJobCount\":",
        ",\"completedColorJobCount\":       ",
        ",\"completedJobCount\":            ",
        ",\"doubleSidedSheetCount\":        ",
        ",\"incompleteJobCount\":           ",
        ",\"mediaSheetCount\":              ",
        ",\"pageCount\":                    ",
        ",\"singleSidedSheetCount\":        ",
        ",\"usageDate\":                    ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printUsageByUser\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "black_and_white_page_count", &self.black_and_white_page_count);
        v.field(2usize, "color_page_count", &self.color_page_count);
        v.field(
            3usize,
            "completed_black_and_white_job_count",
            &self.completed_black_and_white_job_count,
        );
        v.field(4usize, "completed_color_job_count", &self.completed_color_job_count);
        v.field(5usize, "completed_job_count", &self.completed_job_count);
        v.field(6usize, "double_sided_sheet_count", &self.double_sided_sheet_count);
        v.field(7usize, "incomplete_job_count", &self.incomplete_job_count);
        v.field(8usize, "media_sheet_count", &self.media_sheet_count);
        v.field(9usize, "page_count", &self.page_count);
        v.field(10usize, "single_sided_sheet_count", &self.single_sided_sheet_count);
        v.field(11usize, "usage_date", &self.usage_date);
        v.field(12usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::object::Members for PrintUsageByUser {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.black_and_white_page_count.read_from(r),
            2usize => self.color_page_count.read_from(r),
            3usize => self.completed_black_and_white_job_count.read_from(r),
            4usize => self.completed_color_job_count.read_from(r),
            5usize => self.completed_job_count.read_from(r),
            6usize => self.double_sided_sheet_count.read_from(r),
            7usize => self.incomplete_job_count.read_from(r),
            8usize => self.media_sheet_count.read_from(r),
            9usize => self.page_count.read_from(r),
            10usize => self.single_sided_sheet_count.read_from(r),
            11usize => self.usage_date.read_from(r),
            12usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.black_and_white_page_count);
        w.field(2usize, &self.color_page_count);
        w.field(3usize, &self.completed_black_and_white_job_count);
        w.field(4usize, &self.completed_color_job_count);
        w.field(5usize, &self.completed_job_count);
        w.field(6usize, &self.double_sided_sheet_count);
        w.field(7usize, &self.incomplete_job_count);
        w.field(8usize, &self.media_sheet_count);
        w.field(9usize, &self.page_count);
        w.field(10usize, &self.single_sided_sheet_count);
        w.field(11usize, &self.usage_date);
        w.field(12usize, &self.user_principal_name);
    }
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
rt::impl_object!(PrintUsageByUser);
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_setters!(
    PrintUsageByUser { with_id id : ::std::string::String;
    with_black_and_white_page_count black_and_white_page_count : i64;
    with_color_page_count color_page_count : i64;
    with_completed_black_and_white_job_count completed_black_and_white_job_count : i64;
    with_completed_color_job_count completed_color_job_count : i64;
    with_completed_job_count completed_job_count : i64; with_double_sided_sheet_count
    double_sided_sheet_count : i64; with_incomplete_job_count incomplete_job_count : i64;
    with_media_sheet_count media_sheet_count : i64; with_page_count page_count : i64;
    with_single_sided_sheet_count single_sided_sheet_count : i64; with_usage_date
    usage_date : rt::edm::Date; with_user_principal_name user_principal_name :
    ::std::string::String; }
);
#[cfg(msgraph_v1_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintUsageByUser);
#[cfg(msgraph_v1_core_or_print)]
/// CSDL: `microsoft.graph.printerLocation`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PrinterLocation {
    /// CSDL: property `altitudeInMeters`: `Edm.Int32`, nullable.
    pub altitude_in_meters: rt::Field<i32>,
    /// CSDL: property `building`: `Edm.String`, nullable.
    pub building: rt::Field<::std::string::String>,
    /// CSDL: property `city`: `Edm.String`, nullable.
    pub city: rt::Field<::std::string::String>,
    /// CSDL: property `countryOrRegion`: `Edm.String`, nullable.
    pub country_or_region: rt::Field<::std::string::String>,
    /// CSDL: property `floor`: `Edm.String`, nullable.
    pub floor: rt::Field<::std::string::String>,
    /// CSDL: property `floorDescription`: `Edm.String`, nullable.
    pub floor_description: rt::Field<::std::string::String>,
    /// CSDL: property `latitude`: `Edm.Double`, nullable.
    pub latitude: rt::Field<f64>,
    /// CSDL: property `longitude`: `Edm.Double`, nullable.
    pub longitude: rt::Field<f64>,
    /// CSDL: property `organization`: `Collection(Edm.String)`, nullable.
    pub organization: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `postalCode`: `Edm.String`, nullable.
    pub postal_code: rt::Field<::std::string::String>,
    /// CSDL: property `roomDescription`: `Edm.String`, nullable.
    pub room_description: rt::Field<::std::string::String>,
    /// CSDL: property `roomName`: `Edm.String`, nullable.
    pub room_name: rt::Field<::std::string::String>,
    /// CSDL: property `site`: `Edm.String`, nullable.
    pub site: rt::Field<::std::string::String>,
    /// CSDL: property `stateOrProvince`: `Edm.String`, nullable.
    pub state_or_province: rt::Field<::std::string::String>,
    /// CSDL: property `streetAddress`: `Edm.String`, nullable.
    pub street_address: rt::Field<::std::string::String>,
    /// CSDL: property `subdivision`: `Collection(Edm.String)`, nullable.
    pub subdivision: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `subunit`: `Collection(Edm.String)`, nullable.
    pub subunit: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_print)]
impl ::std::default::Default for PrinterLocation {
    #[inline]
    fn default() -> Self {
        Self {
            altitude_in_meters: rt::Field::Absent,
            building: rt::Field::Absent,
            city: rt::Field::Absent,
            country_or_region: rt::Field::Absent,
            floor: rt::Field::Absent,
            floor_description: rt::Field::Absent,
            latitude: rt::Field::Absent,
            longitude: rt::Field::Absent,
            organization: rt::Field::Absent,
            postal_code: rt::Field::Absent,
            room_description: rt::Field::Absent,
            room_name: rt::Field::Absent,
            site: rt::Field::Absent,
            state_or_province: rt::Field::Absent,
            street_address: rt::Field::Absent,
            subdivision: rt::Field::Absent,
            subunit: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::Object for PrinterLocation {
    const TYPE_NAME: &'static str = "microsoft.graph.printerLocation";
    const KEYS: &'static [&'static str] = &[
        "altitudeInMeters",
        "building",
        "city",
        "countryOrRegion",
        "floor",
        "floorDescription",
        "latitude",
        "longitude",
        "organization",
        "postalCode",
        "roomDescription",
        "roomName",
        "site",
        "stateOrProvince",
        "streetAddress",
        "subdivision",
        "subunit",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"altitudeInMeters\":             ",
        ",\"building\":                     ",
        ",\"city\":                         ",
        ",\"countryOrRegion\":              ",
        ",\"floor\":                        ",
        ",\"floorDescription\":             ",
        ",\"latitude\":                     ",
        ",\"longitude\":                    ",
        ",\"organization\":                 ",
        ",\"postalCode\":                   ",
        ",\"roomDescription\":              ",
        ",\"roomName\":                     ",
        ",\"site\":                         ",
        ",\"stateOrProvince\":              ",
        ",\"streetAddress\":                ",
        ",\"subdivision\":                  ",
        ",\"subunit\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printerLocation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "altitude_in_meters", &self.altitude_in_meters);
        v.field(1usize, "building", &self.building);
        v.field(2usize, "city", &self.city);
        v.field(3usize, "country_or_region", &self.country_or_region);
        v.field(4usize, "floor", &self.floor);
        v.field(5usize, "floor_description", &self.floor_description);
        v.field(6usize, "latitude", &self.latitude);
        v.field(7usize, "longitude", &self.longitude);
        v.field(8usize, "organization", &self.organization);
        v.field(9usize, "postal_code", &self.postal_code);
        v.field(10usize, "room_description", &self.room_description);
        v.field(11usize, "room_name", &self.room_name);
        v.field(12usize, "site", &self.site);
        v.field(13usize, "state_or_province", &self.state_or_province);
        v.field(14usize, "street_address", &self.street_address);
        v.field(15usize, "subdivision", &self.subdivision);
        v.field(16usize, "subunit", &self.subunit);
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::object::Members for PrinterLocation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.altitude_in_meters.read_from(r),
            1usize => self.building.read_from(r),
            2usize => self.city.read_from(r),
            3usize => self.country_or_region.read_from(r),
            4usize => self.floor.read_from(r),
            5usize => self.floor_description.read_from(r),
            6usize => self.latitude.read_from(r),
            7usize => self.longitude.read_from(r),
            8usize => self.organization.read_from(r),
            9usize => self.postal_code.read_from(r),
            10usize => self.room_description.read_from(r),
            11usize => self.room_name.read_from(r),
            12usize => self.site.read_from(r),
            13usize => self.state_or_province.read_from(r),
            14usize => self.street_address.read_from(r),
            15usize => self.subdivision.read_from(r),
            16usize => self.subunit.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.altitude_in_meters);
        w.field(1usize, &self.building);
        w.field(2usize, &self.city);
        w.field(3usize, &self.country_or_region);
        w.field(4usize, &self.floor);
        w.field(5usize, &self.floor_description);
        w.field(6usize, &self.latitude);
        w.field(7usize, &self.longitude);
        w.field(8usize, &self.organization);
        w.field(9usize, &self.postal_code);
        w.field(10usize, &self.room_description);
        w.field(11usize, &self.room_name);
        w.field(12usize, &self.site);
        w.field(13usize, &self.state_or_province);
        w.field(14usize, &self.street_address);
        w.field(15usize, &self.subdivision);
        w.field(16usize, &self.subunit);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_print)]
rt::impl_object!(PrinterLocation);
#[cfg(msgraph_v1_core_or_print)]
rt::impl_setters!(
    PrinterLocation { with_altitude_in_meters altitude_in_meters : i32; with_building
    building : ::std::string::String; with_city city : ::std::string::String;
    with_country_or_region country_or_region : ::std::string::String; with_floor floor :
    ::std::string::String; with_floor_description floor_description :
    ::std::string::String; with_latitude latitude : f64; with_longitude longitude : f64;
    with_organization organization : ::std::vec::Vec < ::std::string::String >;
    with_postal_code postal_code : ::std::string::String; with_room_description
    room_description : ::std::string::String; with_room_name room_name :
    ::std::string::String; with_site site : ::std::string::String; with_state_or_province
    state_or_province : ::std::string::String; with_street_address street_address :
    ::std::string::String; with_subdivision subdivision : ::std::vec::Vec <
    ::std::string::String >; with_subunit subunit : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrinterLocation);
#[cfg(msgraph_v1_core_or_print)]
/// CSDL: `microsoft.graph.printerProcessingState`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrinterProcessingState {
    /// `unknown` (value 0).
    Unknown,
    /// `idle` (value 1).
    Idle,
    /// `processing` (value 2).
    Processing,
    /// `stopped` (value 3).
    Stopped,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::StrEnum for PrinterProcessingState {
    const TYPE_NAME: &'static str = "microsoft.graph.printerProcessingState";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "idle",
        "processing",
        "stopped",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "idle" => Self::Idle,
                "processing" => Self::Processing,
                "stopped" => Self::Stopped,
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
            Self::Idle => "idle",
            Self::Processing => "processing",
            Self::Stopped => "stopped",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
rt::impl_enum!(PrinterProcessingState);
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrinterProcessingState);
#[cfg(msgraph_v1_core_or_print)]
/// CSDL: `microsoft.graph.printerProcessingStateDetail`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrinterProcessingStateDetail {
    /// `paused` (value 0).
    Paused,
    /// `mediaJam` (value 2).
    MediaJam,
    /// `mediaNeeded` (value 3).
    MediaNeeded,
    /// `mediaLow` (value 4).
    MediaLow,
    /// `mediaEmpty` (value 5).
    MediaEmpty,
    /// `coverOpen` (value 6).
    CoverOpen,
    /// `interlockOpen` (value 7).
    InterlockOpen,
    /// `outputTrayMissing` (value 9).
    OutputTrayMissing,
    /// `outputAreaFull` (value 10).
    OutputAreaFull,
    /// `markerSupplyLow` (value 11).
    MarkerSupplyLow,
    /// `markerSupplyEmpty` (value 12).
    MarkerSupplyEmpty,
    /// `inputTrayMissing` (value 13).
    InputTrayMissing,
    /// `outputAreaAlmostFull` (value 14).
    OutputAreaAlmostFull,
    /// `markerWasteAlmostFull` (value 15).
    MarkerWasteAlmostFull,
    /// `markerWasteFull` (value 16).
    MarkerWasteFull,
    /// `fuserOverTemp` (value 17).
    FuserOverTemp,
    /// `fuserUnderTemp` (value 18).
    FuserUnderTemp,
    /// `other` (value 19).
    Other,
    /// `none` (value 20).
    None,
    /// `movingToPaused` (value 21).
    MovingToPaused,
    /// `shutdown` (value 22).
    Shutdown,
    /// `connectingToDevice` (value 23).
    ConnectingToDevice,
    /// `timedOut` (value 24).
    TimedOut,
    /// `stopping` (value 25).
    Stopping,
    /// `stoppedPartially` (value 26).
    StoppedPartially,
    /// `tonerLow` (value 27).
    TonerLow,
    /// `tonerEmpty` (value 28).
    TonerEmpty,
    /// `spoolAreaFull` (value 29).
    SpoolAreaFull,
    /// `doorOpen` (value 30).
    DoorOpen,
    /// `opticalPhotoConductorNearEndOfLife` (value 31).
    OpticalPhotoConductorNearEndOfLife,
    /// `opticalPhotoConductorLifeOver` (value 32).
    OpticalPhotoConductorLifeOver,
    /// `developerLow` (value 33).
    DeveloperLow,
    /// `developerEmpty` (value 34).
    DeveloperEmpty,
    /// `interpreterResourceUnavailable` (value 35).
    InterpreterResourceUnavailable,
    /// `unknownFutureValue` (value 36).
    UnknownFutureValue,
    /// `alertRemovalOfBinaryChangeEntry` (value 37).
    AlertRemovalOfBinaryChangeEntry,
    /// `banderAdded` (value 38).
    BanderAdded,
    /// `banderAlmostEmpty` (value 39).
    BanderAlmostEmpty,
    /// `banderAlmostFull` (value 40).
    BanderAlmostFull,
    /// `banderAtLimit` (value 41).
    BanderAtLimit,
    /// `banderClosed` (value 42).
    BanderClosed,
    /// `banderConfigurationChange` (value 43).
    BanderConfigurationChange,
    /// `banderCoverClosed` (value 44).
    BanderCoverClosed,
    /// `banderCoverOpen` (value 45).
    BanderCoverOpen,
    /// `banderEmpty` (value 46).
    BanderEmpty,
    /// `banderFull` (value 47).
    BanderFull,
    /// `banderInterlockClosed` (value 48).
    BanderInterlockClosed,
    /// `banderInterlockOpen` (value 49).
    BanderInterlockOpen,
    /// `banderJam` (value 50).
    BanderJam,
    /// `banderLifeAlmostOver` (value 51).
    BanderLifeAlmostOver,
    /// `banderLifeOver` (value 52).
    BanderLifeOver,
    /// `banderMemoryExhausted` (value 53).
    BanderMemoryExhausted,
    /// `banderMissing` (value 54).
    BanderMissing,
    /// `banderMotorFailure` (value 55).
    BanderMotorFailure,
    /// `banderNearLimit` (value 56).
    BanderNearLimit,
    /// `banderOffline` (value 57).
    BanderOffline,
    /// `banderOpened` (value 58).
    BanderOpened,
    /// `banderOverTemperature` (value 59).
    BanderOverTemperature,
    /// `banderPowerSaver` (value 60).
    BanderPowerSaver,
    /// `banderRecoverableFailure` (value 61).
    BanderRecoverableFailure,
    /// `banderRecoverableStorage` (value 62).
    BanderRecoverableStorage,
    /// `banderRemoved` (value 63).
    BanderRemoved,
    /// `banderResourceAdded` (value 64).
    BanderResourceAdded,
    /// `banderResourceRemoved` (value 65).
    BanderResourceRemoved,
    /// `banderThermistorFailure` (value 66).
    BanderThermistorFailure,
    /// `banderTimingFailure` (value 67).
    BanderTimingFailure,
    /// `banderTurnedOff` (value 68).
    BanderTurnedOff,
    /// `banderTurnedOn` (value 69).
    BanderTurnedOn,
    /// `banderUnderTemperature` (value 70).
    BanderUnderTemperature,
    /// `banderUnrecoverableFailure` (value 71).
    BanderUnrecoverableFailure,
    /// `banderUnrecoverableStorageError` (value 72).
    BanderUnrecoverableStorageError,
    /// `banderWarmingUp` (value 73).
    BanderWarmingUp,
    /// `binderAdded` (value 74).
    BinderAdded,
    /// `binderAlmostEmpty` (value 75).
    BinderAlmostEmpty,
    /// `binderAlmostFull` (value 76).
    BinderAlmostFull,
    /// `binderAtLimit` (value 77).
    BinderAtLimit,
    /// `binderClosed` (value 78).
    BinderClosed,
    /// `binderConfigurationChange` (value 79).
    BinderConfigurationChange,
    /// `binderCoverClosed` (value 80).
    BinderCoverClosed,
    /// `binderCoverOpen` (value 81).
    BinderCoverOpen,
    /// `binderEmpty` (value 82).
    BinderEmpty,
    /// `binderFull` (value 83).
    BinderFull,
    /// `binderInterlockClosed` (value 84).
    BinderInterlockClosed,
    /// `binderInterlockOpen` (value 85).
    BinderInterlockOpen,
    /// `binderJam` (value 86).
    BinderJam,
    /// `binderLifeAlmostOver` (value 87).
    BinderLifeAlmostOver,
    /// `binderLifeOver` (value 88).
    BinderLifeOver,
    /// `binderMemoryExhausted` (value 89).
    BinderMemoryExhausted,
    /// `binderMissing` (value 90).
    BinderMissing,
    /// `binderMotorFailure` (value 91).
    BinderMotorFailure,
    /// `binderNearLimit` (value 92).
    BinderNearLimit,
    /// `binderOffline` (value 93).
    BinderOffline,
    /// `binderOpened` (value 94).
    BinderOpened,
    /// `binderOverTemperature` (value 95).
    BinderOverTemperature,
    /// `binderPowerSaver` (value 96).
    BinderPowerSaver,
    /// `binderRecoverableFailure` (value 97).
    BinderRecoverableFailure,
    /// `binderRecoverableStorage` (value 98).
    BinderRecoverableStorage,
    /// `binderRemoved` (value 99).
    BinderRemoved,
    /// `binderResourceAdded` (value 100).
    BinderResourceAdded,
    /// `binderResourceRemoved` (value 101).
    BinderResourceRemoved,
    /// `binderThermistorFailure` (value 102).
    BinderThermistorFailure,
    /// `binderTimingFailure` (value 103).
    BinderTimingFailure,
    /// `binderTurnedOff` (value 104).
    BinderTurnedOff,
    /// `binderTurnedOn` (value 105).
    BinderTurnedOn,
    /// `binderUnderTemperature` (value 106).
    BinderUnderTemperature,
    /// `binderUnrecoverableFailure` (value 107).
    BinderUnrecoverableFailure,
    /// `binderUnrecoverableStorageError` (value 108).
    BinderUnrecoverableStorageError,
    /// `binderWarmingUp` (value 109).
    BinderWarmingUp,
    /// `cameraFailure` (value 110).
    CameraFailure,
    /// `chamberCooling` (value 111).
    ChamberCooling,
    /// `chamberFailure` (value 112).
    ChamberFailure,
    /// `chamberHeating` (value 113).
    ChamberHeating,
    /// `chamberTemperatureHigh` (value 114).
    ChamberTemperatureHigh,
    /// `chamberTemperatureLow` (value 115).
    ChamberTemperatureLow,
    /// `cleanerLifeAlmostOver` (value 116).
    CleanerLifeAlmostOver,
    /// `cleanerLifeOver` (value 117).
    CleanerLifeOver,
    /// `configurationChange` (value 118).
    ConfigurationChange,
    /// `deactivated` (value 119).
    Deactivated,
    /// `deleted` (value 120).
    Deleted,
    /// `dieCutterAdded` (value 121).
    DieCutterAdded,
    /// `dieCutterAlmostEmpty` (value 122).
    DieCutterAlmostEmpty,
    /// `dieCutterAlmostFull` (value 123).
    DieCutterAlmostFull,
    /// `dieCutterAtLimit` (value 124).
    DieCutterAtLimit,
    /// `dieCutterClosed` (value 125).
    DieCutterClosed,
    /// `dieCutterConfigurationChange` (value 126).
    DieCutterConfigurationChange,
    /// `dieCutterCoverClosed` (value 127).
    DieCutterCoverClosed,
    /// `dieCutterCoverOpen` (value 128).
    DieCutterCoverOpen,
    /// `dieCutterEmpty` (value 129).
    DieCutterEmpty,
    /// `dieCutterFull` (value 130).
    DieCutterFull,
    /// `dieCutterInterlockClosed` (value 131).
    DieCutterInterlockClosed,
    /// `dieCutterInterlockOpen` (value 132).
    DieCutterInterlockOpen,
    /// `dieCutterJam` (value 133).
    DieCutterJam,
    /// `dieCutterLifeAlmostOver` (value 134).
    DieCutterLifeAlmostOver,
    /// `dieCutterLifeOver` (value 135).
    DieCutterLifeOver,
    /// `dieCutterMemoryExhausted` (value 136).
    DieCutterMemoryExhausted,
    /// `dieCutterMissing` (value 137).
    DieCutterMissing,
    /// `dieCutterMotorFailure` (value 138).
    DieCutterMotorFailure,
    /// `dieCutterNearLimit` (value 139).
    DieCutterNearLimit,
    /// `dieCutterOffline` (value 140).
    DieCutterOffline,
    /// `dieCutterOpened` (value 141).
    DieCutterOpened,
    /// `dieCutterOverTemperature` (value 142).
    DieCutterOverTemperature,
    /// `dieCutterPowerSaver` (value 143).
    DieCutterPowerSaver,
    /// `dieCutterRecoverableFailure` (value 144).
    DieCutterRecoverableFailure,
    /// `dieCutterRecoverableStorage` (value 145).
    DieCutterRecoverableStorage,
    /// `dieCutterRemoved` (value 146).
    DieCutterRemoved,
    /// `dieCutterResourceAdded` (value 147).
    DieCutterResourceAdded,
    /// `dieCutterResourceRemoved` (value 148).
    DieCutterResourceRemoved,
    /// `dieCutterThermistorFailure` (value 149).
    DieCutterThermistorFailure,
    /// `dieCutterTimingFailure` (value 150).
    DieCutterTimingFailure,
    /// `dieCutterTurnedOff` (value 151).
    DieCutterTurnedOff,
    /// `dieCutterTurnedOn` (value 152).
    DieCutterTurnedOn,
    /// `dieCutterUnderTemperature` (value 153).
    DieCutterUnderTemperature,
    /// `dieCutterUnrecoverableFailure` (value 154).
    DieCutterUnrecoverableFailure,
    /// `dieCutterUnrecoverableStorageError` (value 155).
    DieCutterUnrecoverableStorageError,
    /// `dieCutterWarmingUp` (value 156).
    DieCutterWarmingUp,
    /// `extruderCooling` (value 157).
    ExtruderCooling,
    /// `extruderFailure` (value 158).
    ExtruderFailure,
    /// `extruderHeating` (value 159).
    ExtruderHeating,
    /// `extruderJam` (value 160).
    ExtruderJam,
    /// `extruderTemperatureHigh` (value 161).
    ExtruderTemperatureHigh,
    /// `extruderTemperatureLow` (value 162).
    ExtruderTemperatureLow,
    /// `fanFailure` (value 163).
    FanFailure,
    /// `faxModemLifeAlmostOver` (value 164).
    FaxModemLifeAlmostOver,
    /// `faxModemLifeOver` (value 165).
    FaxModemLifeOver,
    /// `faxModemMissing` (value 166).
    FaxModemMissing,
    /// `faxModemTurnedOff` (value 167).
    FaxModemTurnedOff,
    /// `faxModemTurnedOn` (value 168).
    FaxModemTurnedOn,
    /// `folderAdded` (value 169).
    FolderAdded,
    /// `folderAlmostEmpty` (value 170).
    FolderAlmostEmpty,
    /// `folderAlmostFull` (value 171).
    FolderAlmostFull,
    /// `folderAtLimit` (value 172).
    FolderAtLimit,
    /// `folderClosed` (value 173).
    FolderClosed,
    /// `folderConfigurationChange` (value 174).
    FolderConfigurationChange,
    /// `folderCoverClosed` (value 175).
    FolderCoverClosed,
    /// `folderCoverOpen` (value 176).
    FolderCoverOpen,
    /// `folderEmpty` (value 177).
    FolderEmpty,
    /// `folderFull` (value 178).
    FolderFull,
    /// `folderInterlockClosed` (value 179).
    FolderInterlockClosed,
    /// `folderInterlockOpen` (value 180).
    FolderInterlockOpen,
    /// `folderJam` (value 181).
    FolderJam,
    /// `folderLifeAlmostOver` (value 182).
    FolderLifeAlmostOver,
    /// `folderLifeOver` (value 183).
    FolderLifeOver,
    /// `folderMemoryExhausted` (value 184).
    FolderMemoryExhausted,
    /// `folderMissing` (value 185).
    FolderMissing,
    /// `folderMotorFailure` (value 186).
    FolderMotorFailure,
    /// `folderNearLimit` (value 187).
    FolderNearLimit,
    /// `folderOffline` (value 188).
    FolderOffline,
    /// `folderOpened` (value 189).
    FolderOpened,
    /// `folderOverTemperature` (value 190).
    FolderOverTemperature,
    /// `folderPowerSaver` (value 191).
    FolderPowerSaver,
    /// `folderRecoverableFailure` (value 192).
    FolderRecoverableFailure,
    /// `folderRecoverableStorage` (value 193).
    FolderRecoverableStorage,
    /// `folderRemoved` (value 194).
    FolderRemoved,
    /// `folderResourceAdded` (value 195).
    FolderResourceAdded,
    /// `folderResourceRemoved` (value 196).
    FolderResourceRemoved,
    /// `folderThermistorFailure` (value 197).
    FolderThermistorFailure,
    /// `folderTimingFailure` (value 198).
    FolderTimingFailure,
    /// `folderTurnedOff` (value 199).
    FolderTurnedOff,
    /// `folderTurnedOn` (value 200).
    FolderTurnedOn,
    /// `folderUnderTemperature` (value 201).
    FolderUnderTemperature,
    /// `folderUnrecoverableFailure` (value 202).
    FolderUnrecoverableFailure,
    /// `folderUnrecoverableStorageError` (value 203).
    FolderUnrecoverableStorageError,
    /// `folderWarmingUp` (value 204).
    FolderWarmingUp,
    /// `hibernate` (value 205).
    Hibernate,
    /// `holdNewJobs` (value 206).
    HoldNewJobs,
    /// `identifyPrinterRequested` (value 207).
    IdentifyPrinterRequested,
    /// `imprinterAdded` (value 208).
    ImprinterAdded,
    /// `imprinterAlmostEmpty` (value 209).
    ImprinterAlmostEmpty,
    /// `imprinterAlmostFull` (value 210).
    ImprinterAlmostFull,
    /// `imprinterAtLimit` (value 211).
    ImprinterAtLimit,
    /// `imprinterClosed` (value 212).
    ImprinterClosed,
    /// `imprinterConfigurationChange` (value 213).
    ImprinterConfigurationChange,
    /// `imprinterCoverClosed` (value 214).
    ImprinterCoverClosed,
    /// `imprinterCoverOpen` (value 215).
    ImprinterCoverOpen,
    /// `imprinterEmpty` (value 216).
    ImprinterEmpty,
    /// `imprinterFull` (value 217).
    ImprinterFull,
    /// `imprinterInterlockClosed` (value 218).
    ImprinterInterlockClosed,
    /// `imprinterInterlockOpen` (value 219).
    ImprinterInterlockOpen,
    /// `imprinterJam` (value 220).
    ImprinterJam,
    /// `imprinterLifeAlmostOver` (value 221).
    ImprinterLifeAlmostOver,
    /// `imprinterLifeOver` (value 222).
    ImprinterLifeOver,
    /// `imprinterMemoryExhausted` (value 223).
    ImprinterMemoryExhausted,
    /// `imprinterMissing` (value 224).
    ImprinterMissing,
    /// `imprinterMotorFailure` (value 225).
    ImprinterMotorFailure,
    /// `imprinterNearLimit` (value 226).
    ImprinterNearLimit,
    /// `imprinterOffline` (value 227).
    ImprinterOffline,
    /// `imprinterOpened` (value 228).
    ImprinterOpened,
    /// `imprinterOverTemperature` (value 229).
    ImprinterOverTemperature,
    /// `imprinterPowerSaver` (value 230).
    ImprinterPowerSaver,
    /// `imprinterRecoverableFailure` (value 231).
    ImprinterRecoverableFailure,
    /// `imprinterRecoverableStorage` (value 232).
    ImprinterRecoverableStorage,
    /// `imprinterRemoved` (value 233).
    ImprinterRemoved,
    /// `imprinterResourceAdded` (value 234).
    ImprinterResourceAdded,
    /// `imprinterResourceRemoved` (value 235).
    ImprinterResourceRemoved,
    /// `imprinterThermistorFailure` (value 236).
    ImprinterThermistorFailure,
    /// `imprinterTimingFailure` (value 237).
    ImprinterTimingFailure,
    /// `imprinterTurnedOff` (value 238).
    ImprinterTurnedOff,
    /// `imprinterTurnedOn` (value 239).
    ImprinterTurnedOn,
    /// `imprinterUnderTemperature` (value 240).
    ImprinterUnderTemperature,
    /// `imprinterUnrecoverableFailure` (value 241).
    ImprinterUnrecoverableFailure,
    /// `imprinterUnrecoverableStorageError` (value 242).
    ImprinterUnrecoverableStorageError,
    /// `imprinterWarmingUp` (value 243).
    ImprinterWarmingUp,
    /// `inputCannotFeedSizeSelected` (value 244).
    InputCannotFeedSizeSelected,
    /// `inputManualInputRequest` (value 245).
    InputManualInputRequest,
    /// `inputMediaColorChange` (value 246).
    InputMediaColorChange,
    /// `inputMediaFormPartsChange` (value 247).
    InputMediaFormPartsChange,
    /// `inputMediaSizeChange` (value 248).
    InputMediaSizeChange,
    /// `inputMediaTrayFailure` (value 249).
    InputMediaTrayFailure,
    /// `inputMediaTrayFeedError` (value 250).
    InputMediaTrayFeedError,
    /// `inputMediaTrayJam` (value 251).
    InputMediaTrayJam,
    /// `inputMediaTypeChange` (value 252).
    InputMediaTypeChange,
    /// `inputMediaWeightChange` (value 253).
    InputMediaWeightChange,
    /// `inputPickRollerFailure` (value 254).
    InputPickRollerFailure,
    /// `inputPickRollerLifeOver` (value 255).
    InputPickRollerLifeOver,
    /// `inputPickRollerLifeWarn` (value 256).
    InputPickRollerLifeWarn,
    /// `inputPickRollerMissing` (value 257).
    InputPickRollerMissing,
    /// `inputTrayElevationFailure` (value 258).
    InputTrayElevationFailure,
    /// `inputTrayPositionFailure` (value 259).
    InputTrayPositionFailure,
    /// `inserterAdded` (value 260).
    InserterAdded,
    /// `inserterAlmostEmpty` (value 261).
    InserterAlmostEmpty,
    /// `inserterAlmostFull` (value 262).
    InserterAlmostFull,
    /// `inserterAtLimit` (value 263).
    InserterAtLimit,
    /// `inserterClosed` (value 264).
    InserterClosed,
    /// `inserterConfigurationChange` (value 265).
    InserterConfigurationChange,
    /// `inserterCoverClosed` (value 266).
    InserterCoverClosed,
    /// `inserterCoverOpen` (value 267).
    InserterCoverOpen,
    /// `inserterEmpty` (value 268).
    InserterEmpty,
    /// `inserterFull` (value 269).
    InserterFull,
    /// `inserterInterlockClosed` (value 270).
    InserterInterlockClosed,
    /// `inserterInterlockOpen` (value 271).
    InserterInterlockOpen,
    /// `inserterJam` (value 272).
    InserterJam,
    /// `inserterLifeAlmostOver` (value 273).
    InserterLifeAlmostOver,
    /// `inserterLifeOver` (value 274).
    InserterLifeOver,
    /// `inserterMemoryExhausted` (value 275).
    InserterMemoryExhausted,
    /// `inserterMissing` (value 276).
    InserterMissing,
    /// `inserterMotorFailure` (value 277).
    InserterMotorFailure,
    /// `inserterNearLimit` (value 278).
    InserterNearLimit,
    /// `inserterOffline` (value 279).
    InserterOffline,
    /// `inserterOpened` (value 280).
    InserterOpened,
    /// `inserterOverTemperature` (value 281).
    InserterOverTemperature,
    /// `inserterPowerSaver` (value 282).
    InserterPowerSaver,
    /// `inserterRecoverableFailure` (value 283).
    InserterRecoverableFailure,
    /// `inserterRecoverableStorage` (value 284).
    InserterRecoverableStorage,
    /// `inserterRemoved` (value 285).
    InserterRemoved,
    /// `inserterResourceAdded` (value 286).
    InserterResourceAdded,
    /// `inserterResourceRemoved` (value 287).
    InserterResourceRemoved,
    /// `inserterThermistorFailure` (value 288).
    InserterThermistorFailure,
    /// `inserterTimingFailure` (value 289).
    InserterTimingFailure,
    /// `inserterTurnedOff` (value 290).
    InserterTurnedOff,
    /// `inserterTurnedOn` (value 291).
    InserterTurnedOn,
    /// `inserterUnderTemperature` (value 292).
    InserterUnderTemperature,
    /// `inserterUnrecoverableFailure` (value 293).
    InserterUnrecoverableFailure,
    /// `inserterUnrecoverableStorageError` (value 294).
    InserterUnrecoverableStorageError,
    /// `inserterWarmingUp` (value 295).
    InserterWarmingUp,
    /// `interlockClosed` (value 296).
    InterlockClosed,
    /// `interpreterCartridgeAdded` (value 297).
    InterpreterCartridgeAdded,
    /// `interpreterCartridgeDeleted` (value 298).
    InterpreterCartridgeDeleted,
    /// `interpreterComplexPageEncountered` (value 299).
    InterpreterComplexPageEncountered,
    /// `interpreterMemoryDecrease` (value 300).
    InterpreterMemoryDecrease,
    /// `interpreterMemoryIncrease` (value 301).
    InterpreterMemoryIncrease,
    /// `interpreterResourceAdded` (value 302).
    InterpreterResourceAdded,
    /// `interpreterResourceDeleted` (value 303).
    InterpreterResourceDeleted,
    /// `lampAtEol` (value 304).
    LampAtEol,
    /// `lampFailure` (value 305).
    LampFailure,
    /// `lampNearEol` (value 306).
    LampNearEol,
    /// `laserAtEol` (value 307).
    LaserAtEol,
    /// `laserFailure` (value 308).
    LaserFailure,
    /// `laserNearEol` (value 309).
    LaserNearEol,
    /// `makeEnvelopeAdded` (value 310).
    MakeEnvelopeAdded,
    /// `makeEnvelopeAlmostEmpty` (value 311).
    MakeEnvelopeAlmostEmpty,
    /// `makeEnvelopeAlmostFull` (value 312).
    MakeEnvelopeAlmostFull,
    /// `makeEnvelopeAtLimit` (value 313).
    MakeEnvelopeAtLimit,
    /// `makeEnvelopeClosed` (value 314).
    MakeEnvelopeClosed,
    /// `makeEnvelopeConfigurationChange` (value 315).
    MakeEnvelopeConfigurationChange,
    /// `makeEnvelopeCoverClosed` (value 316).
    MakeEnvelopeCoverClosed,
    /// `makeEnvelopeCoverOpen` (value 317).
    MakeEnvelopeCoverOpen,
    /// `makeEnvelopeEmpty` (value 318).
    MakeEnvelopeEmpty,
    /// `makeEnvelopeFull` (value 319).
    MakeEnvelopeFull,
    /// `makeEnvelopeInterlockClosed` (value 320).
    MakeEnvelopeInterlockClosed,
    /// `makeEnvelopeInterlockOpen` (value 321).
    MakeEnvelopeInterlockOpen,
    /// `makeEnvelopeJam` (value 322).
    MakeEnvelopeJam,
    /// `makeEnvelopeLifeAlmostOver` (value 323).
    MakeEnvelopeLifeAlmostOver,
    /// `makeEnvelopeLifeOver` (value 324).
    MakeEnvelopeLifeOver,
    /// `makeEnvelopeMemoryExhausted` (value 325).
    MakeEnvelopeMemoryExhausted,
    /// `makeEnvelopeMissing` (value 326).
    MakeEnvelopeMissing,
    /// `makeEnvelopeMotorFailure` (value 327).
    MakeEnvelopeMotorFailure,
    /// `makeEnvelopeNearLimit` (value 328).
    MakeEnvelopeNearLimit,
    /// `makeEnvelopeOffline` (value 329).
    MakeEnvelopeOffline,
    /// `makeEnvelopeOpened` (value 330).
    MakeEnvelopeOpened,
    /// `makeEnvelopeOverTemperature` (value 331).
    MakeEnvelopeOverTemperature,
    /// `makeEnvelopePowerSaver` (value 332).
    MakeEnvelopePowerSaver,
    /// `makeEnvelopeRecoverableFailure` (value 333).
    MakeEnvelopeRecoverableFailure,
    /// `makeEnvelopeRecoverableStorage` (value 334).
    MakeEnvelopeRecoverableStorage,
    /// `makeEnvelopeRemoved` (value 335).
    MakeEnvelopeRemoved,
    /// `makeEnvelopeResourceAdded` (value 336).
    MakeEnvelopeResourceAdded,
    /// `makeEnvelopeResourceRemoved` (value 337).
    MakeEnvelopeResourceRemoved,
    /// `makeEnvelopeThermistorFailure` (value 338).
    MakeEnvelopeThermistorFailure,
    /// `makeEnvelopeTimingFailure` (value 339).
    MakeEnvelopeTimingFailure,
    /// `makeEnvelopeTurnedOff` (value 340).
    MakeEnvelopeTurnedOff,
    /// `makeEnvelopeTurnedOn` (value 341).
    MakeEnvelopeTurnedOn,
    /// `makeEnvelopeUnderTemperature` (value 342).
    MakeEnvelopeUnderTemperature,
    /// `makeEnvelopeUnrecoverableFailure` (value 343).
    MakeEnvelopeUnrecoverableFailure,
    /// `makeEnvelopeUnrecoverableStorageError` (value 344).
    MakeEnvelopeUnrecoverableStorageError,
    /// `makeEnvelopeWarmingUp` (value 345).
    MakeEnvelopeWarmingUp,
    /// `markerAdjustingPrintQuality` (value 346).
    MarkerAdjustingPrintQuality,
    /// `markerCleanerMissing` (value 347).
    MarkerCleanerMissing,
    /// `markerDeveloperAlmostEmpty` (value 348).
    MarkerDeveloperAlmostEmpty,
    /// `markerDeveloperEmpty` (value 349).
    MarkerDeveloperEmpty,
    /// `markerDeveloperMissing` (value 350).
    MarkerDeveloperMissing,
    /// `markerFuserMissing` (value 351).
    MarkerFuserMissing,
    /// `markerFuserThermistorFailure` (value 352).
    MarkerFuserThermistorFailure,
    /// `markerFuserTimingFailure` (value 353).
    MarkerFuserTimingFailure,
    /// `markerInkAlmostEmpty` (value 354).
    MarkerInkAlmostEmpty,
    /// `markerInkEmpty` (value 355).
    MarkerInkEmpty,
    /// `markerInkMissing` (value 356).
    MarkerInkMissing,
    /// `markerOpcMissing` (value 357).
    MarkerOpcMissing,
    /// `markerPrintRibbonAlmostEmpty` (value 358).
    MarkerPrintRibbonAlmostEmpty,
    /// `markerPrintRibbonEmpty` (value 359).
    MarkerPrintRibbonEmpty,
    /// `markerPrintRibbonMissing` (value 360).
    MarkerPrintRibbonMissing,
    /// `markerSupplyAlmostEmpty` (value 361).
    MarkerSupplyAlmostEmpty,
    /// `markerSupplyMissing` (value 362).
    MarkerSupplyMissing,
    /// `markerTonerCartridgeMissing` (value 363).
    MarkerTonerCartridgeMissing,
    /// `markerTonerMissing` (value 364).
    MarkerTonerMissing,
    /// `markerWasteInkReceptacleAlmostFull` (value 365).
    MarkerWasteInkReceptacleAlmostFull,
    /// `markerWasteInkReceptacleFull` (value 366).
    MarkerWasteInkReceptacleFull,
    /// `markerWasteInkReceptacleMissing` (value 367).
    MarkerWasteInkReceptacleMissing,
    /// `markerWasteMissing` (value 368).
    MarkerWasteMissing,
    /// `markerWasteTonerReceptacleAlmostFull` (value 369).
    MarkerWasteTonerReceptacleAlmostFull,
    /// `markerWasteTonerReceptacleFull` (value 370).
    MarkerWasteTonerReceptacleFull,
    /// `markerWasteTonerReceptacleMissing` (value 371).
    MarkerWasteTonerReceptacleMissing,
    /// `materialEmpty` (value 372).
    MaterialEmpty,
    /// `materialLow` (value 373).
    MaterialLow,
    /// `materialNeeded` (value 374).
    MaterialNeeded,
    /// `mediaDrying` (value 375).
    MediaDrying,
    /// `mediaPathCannotDuplexMediaSelected` (value 376).
    MediaPathCannotDuplexMediaSelected,
    /// `mediaPathFailure` (value 377).
    MediaPathFailure,
    /// `mediaPathInputEmpty` (value 378).
    MediaPathInputEmpty,
    /// `mediaPathInputFeedError` (value 379).
    MediaPathInputFeedError,
    /// `mediaPathInputJam` (value 380).
    MediaPathInputJam,
    /// `mediaPathInputRequest` (value 381).
    MediaPathInputRequest,
    /// `mediaPathJam` (value 382).
    MediaPathJam,
    /// `mediaPathMediaTrayAlmostFull` (value 383).
    MediaPathMediaTrayAlmostFull,
    /// `mediaPathMediaTrayFull` (value 384).
    MediaPathMediaTrayFull,
    /// `mediaPathMediaTrayMissing` (value 385).
    MediaPathMediaTrayMissing,
    /// `mediaPathOutputFeedError` (value 386).
    MediaPathOutputFeedError,
    /// `mediaPathOutputFull` (value 387).
    MediaPathOutputFull,
    /// `mediaPathOutputJam` (value 388).
    MediaPathOutputJam,
    /// `mediaPathPickRollerFailure` (value 389).
    MediaPathPickRollerFailure,
    /// `mediaPathPickRollerLifeOver` (value 390).
    MediaPathPickRollerLifeOver,
    /// `mediaPathPickRollerLifeWarn` (value 391).
    MediaPathPickRollerLifeWarn,
    /// `mediaPathPickRollerMissing` (value 392).
    MediaPathPickRollerMissing,
    /// `motorFailure` (value 393).
    MotorFailure,
    /// `outputMailboxSelectFailure` (value 394).
    OutputMailboxSelectFailure,
    /// `outputMediaTrayFailure` (value 395).
    OutputMediaTrayFailure,
    /// `outputMediaTrayFeedError` (value 396).
    OutputMediaTrayFeedError,
    /// `outputMediaTrayJam` (value 397).
    OutputMediaTrayJam,
    /// `perforaterAdded` (value 398).
    PerforaterAdded,
    /// `perforaterAlmostEmpty` (value 399).
    PerforaterAlmostEmpty,
    /// `perforaterAlmostFull` (value 400).
    PerforaterAlmostFull,
    /// `perforaterAtLimit` (value 401).
    PerforaterAtLimit,
    /// `perforaterClosed` (value 402).
    PerforaterClosed,
    /// `perforaterConfigurationChange` (value 403).
    PerforaterConfigurationChange,
    /// `perforaterCoverClosed` (value 404).
    PerforaterCoverClosed,
    /// `perforaterCoverOpen` (value 405).
    PerforaterCoverOpen,
    /// `perforaterEmpty` (value 406).
    PerforaterEmpty,
    /// `perforaterFull` (value 407).
    PerforaterFull,
    /// `perforaterInterlockClosed` (value 408).
    PerforaterInterlockClosed,
    /// `perforaterInterlockOpen` (value 409).
    PerforaterInterlockOpen,
    /// `perforaterJam` (value 410).
    PerforaterJam,
    /// `perforaterLifeAlmostOver` (value 411).
    PerforaterLifeAlmostOver,
    /// `perforaterLifeOver` (value 412).
    PerforaterLifeOver,
    /// `perforaterMemoryExhausted` (value 413).
    PerforaterMemoryExhausted,
    /// `perforaterMissing` (value 414).
    PerforaterMissing,
    /// `perforaterMotorFailure` (value 415).
    PerforaterMotorFailure,
    /// `perforaterNearLimit` (value 416).
    PerforaterNearLimit,
    /// `perforaterOffline` (value 417).
    PerforaterOffline,
    /// `perforaterOpened` (value 418).
    PerforaterOpened,
    /// `perforaterOverTemperature` (value 419).
    PerforaterOverTemperature,
    /// `perforaterPowerSaver` (value 420).
    PerforaterPowerSaver,
    /// `perforaterRecoverableFailure` (value 421).
    PerforaterRecoverableFailure,
    /// `perforaterRecoverableStorage` (value 422).
    PerforaterRecoverableStorage,
    /// `perforaterRemoved` (value 423).
    PerforaterRemoved,
    /// `perforaterResourceAdded` (value 424).
    PerforaterResourceAdded,
    /// `perforaterResourceRemoved` (value 425).
    PerforaterResourceRemoved,
    /// `perforaterThermistorFailure` (value 426).
    PerforaterThermistorFailure,
    /// `perforaterTimingFailure` (value 427).
    PerforaterTimingFailure,
    /// `perforaterTurnedOff` (value 428).
    PerforaterTurnedOff,
    /// `perforaterTurnedOn` (value 429).
    PerforaterTurnedOn,
    /// `perforaterUnderTemperature` (value 430).
    PerforaterUnderTemperature,
    /// `perforaterUnrecoverableFailure` (value 431).
    PerforaterUnrecoverableFailure,
    /// `perforaterUnrecoverableStorageError` (value 432).
    PerforaterUnrecoverableStorageError,
    /// `perforaterWarmingUp` (value 433).
    PerforaterWarmingUp,
    /// `platformCooling` (value 434).
    PlatformCooling,
    /// `platformFailure` (value 435).
    PlatformFailure,
    /// `platformHeating` (value 436).
    PlatformHeating,
    /// `platformTemperatureHigh` (value 437).
    PlatformTemperatureHigh,
    /// `platformTemperatureLow` (value 438).
    PlatformTemperatureLow,
    /// `powerDown` (value 439).
    PowerDown,
    /// `powerUp` (value 440).
    PowerUp,
    /// `printerManualReset` (value 441).
    PrinterManualReset,
    /// `printerNmsReset` (value 442).
    PrinterNmsReset,
    /// `printerReadyToPrint` (value 443).
    PrinterReadyToPrint,
    /// `puncherAdded` (value 444).
    PuncherAdded,
    /// `puncherAlmostEmpty` (value 445).
    PuncherAlmostEmpty,
    /// `puncherAlmostFull` (value 446).
    PuncherAlmostFull,
    /// `puncherAtLimit` (value 447).
    PuncherAtLimit,
    /// `puncherClosed` (value 448).
    PuncherClosed,
    /// `puncherConfigurationChange` (value 449).
    PuncherConfigurationChange,
    /// `puncherCoverClosed` (value 450).
    PuncherCoverClosed,
    /// `puncherCoverOpen` (value 451).
    PuncherCoverOpen,
    /// `puncherEmpty` (value 452).
    PuncherEmpty,
    /// `puncherFull` (value 453).
    PuncherFull,
    /// `puncherInterlockClosed` (value 454).
    PuncherInterlockClosed,
    /// `puncherInterlockOpen` (value 455).
    PuncherInterlockOpen,
    /// `puncherJam` (value 456).
    PuncherJam,
    /// `puncherLifeAlmostOver` (value 457).
    PuncherLifeAlmostOver,
    /// `puncherLifeOver` (value 458).
    PuncherLifeOver,
    /// `puncherMemoryExhausted` (value 459).
    PuncherMemoryExhausted,
    /// `puncherMissing` (value 460).
    PuncherMissing,
    /// `puncherMotorFailure` (value 461).
    PuncherMotorFailure,
    /// `puncherNearLimit` (value 462).
    PuncherNearLimit,
    /// `puncherOffline` (value 463).
    PuncherOffline,
    /// `puncherOpened` (value 464).
    PuncherOpened,
    /// `puncherOverTemperature` (value 465).
    PuncherOverTemperature,
    /// `puncherPowerSaver` (value 466).
    PuncherPowerSaver,
    /// `puncherRecoverableFailure` (value 467).
    PuncherRecoverableFailure,
    /// `puncherRecoverableStorage` (value 468).
    PuncherRecoverableStorage,
    /// `puncherRemoved` (value 469).
    PuncherRemoved,
    /// `puncherResourceAdded` (value 470).
    PuncherResourceAdded,
    /// `puncherResourceRemoved` (value 471).
    PuncherResourceRemoved,
    /// `puncherThermistorFailure` (value 472).
    PuncherThermistorFailure,
    /// `puncherTimingFailure` (value 473).
    PuncherTimingFailure,
    /// `puncherTurnedOff` (value 474).
    PuncherTurnedOff,
    /// `puncherTurnedOn` (value 475).
    PuncherTurnedOn,
    /// `puncherUnderTemperature` (value 476).
    PuncherUnderTemperature,
    /// `puncherUnrecoverableFailure` (value 477).
    PuncherUnrecoverableFailure,
    /// `puncherUnrecoverableStorageError` (value 478).
    PuncherUnrecoverableStorageError,
    /// `puncherWarmingUp` (value 479).
    PuncherWarmingUp,
    /// `resuming` (value 480).
    Resuming,
    /// `scanMediaPathFailure` (value 481).
    ScanMediaPathFailure,
    /// `scanMediaPathInputEmpty` (value 482).
    ScanMediaPathInputEmpty,
    /// `scanMediaPathInputFeedError` (value 483).
    ScanMediaPathInputFeedError,
    /// `scanMediaPathInputJam` (value 484).
    ScanMediaPathInputJam,
    /// `scanMediaPathInputRequest` (value 485).
    ScanMediaPathInputRequest,
    /// `scanMediaPathJam` (value 486).
    ScanMediaPathJam,
    /// `scanMediaPathOutputFeedError` (value 487).
    ScanMediaPathOutputFeedError,
    /// `scanMediaPathOutputFull` (value 488).
    ScanMediaPathOutputFull,
    /// `scanMediaPathOutputJam` (value 489).
    ScanMediaPathOutputJam,
    /// `scanMediaPathPickRollerFailure` (value 490).
    ScanMediaPathPickRollerFailure,
    /// `scanMediaPathPickRollerLifeOver` (value 491).
    ScanMediaPathPickRollerLifeOver,
    /// `scanMediaPathPickRollerLifeWarn` (value 492).
    ScanMediaPathPickRollerLifeWarn,
    /// `scanMediaPathPickRollerMissing` (value 493).
    ScanMediaPathPickRollerMissing,
    /// `scanMediaPathTrayAlmostFull` (value 494).
    ScanMediaPathTrayAlmostFull,
    /// `scanMediaPathTrayFull` (value 495).
    ScanMediaPathTrayFull,
    /// `scanMediaPathTrayMissing` (value 496).
    ScanMediaPathTrayMissing,
    /// `scannerLightFailure` (value 497).
    ScannerLightFailure,
    /// `scannerLightLifeAlmostOver` (value 498).
    ScannerLightLifeAlmostOver,
    /// `scannerLightLifeOver` (value 499).
    ScannerLightLifeOver,
    /// `scannerLightMissing` (value 500).
    ScannerLightMissing,
    /// `scannerSensorFailure` (value 501).
    ScannerSensorFailure,
    /// `scannerSensorLifeAlmostOver` (value 502).
    ScannerSensorLifeAlmostOver,
    /// `scannerSensorLifeOver` (value 503).
    ScannerSensorLifeOver,
    /// `scannerSensorMissing` (value 504).
    ScannerSensorMissing,
    /// `separationCutterAdded` (value 505).
    SeparationCutterAdded,
    /// `separationCutterAlmostEmpty` (value 506).
    SeparationCutterAlmostEmpty,
    /// `separationCutterAlmostFull` (value 507).
    SeparationCutterAlmostFull,
    /// `separationCutterAtLimit` (value 508).
    SeparationCutterAtLimit,
    /// `separationCutterClosed` (value 509).
    SeparationCutterClosed,
    /// `separationCutterConfigurationChange` (value 510).
    SeparationCutterConfigurationChange,
    /// `separationCutterCoverClosed` (value 511).
    SeparationCutterCoverClosed,
    /// `separationCutterCoverOpen` (value 512).
    SeparationCutterCoverOpen,
    /// `separationCutterEmpty` (value 513).
    SeparationCutterEmpty,
    /// `separationCutterFull` (value 514).
    SeparationCutterFull,
    /// `separationCutterInterlockClosed` (value 515).
    SeparationCutterInterlockClosed,
    /// `separationCutterInterlockOpen` (value 516).
    SeparationCutterInterlockOpen,
    /// `separationCutterJam` (value 517).
    SeparationCutterJam,
    /// `separationCutterLifeAlmostOver` (value 518).
    SeparationCutterLifeAlmostOver,
    /// `separationCutterLifeOver` (value 519).
    SeparationCutterLifeOver,
    /// `separationCutterMemoryExhausted` (value 520).
    SeparationCutterMemoryExhausted,
    /// `separationCutterMissing` (value 521).
    SeparationCutterMissing,
    /// `separationCutterMotorFailure` (value 522).
    SeparationCutterMotorFailure,
    /// `separationCutterNearLimit` (value 523).
    SeparationCutterNearLimit,
    /// `separationCutterOffline` (value 524).
    SeparationCutterOffline,
    /// `separationCutterOpened` (value 525).
    SeparationCutterOpened,
    /// `separationCutterOverTemperature` (value 526).
    SeparationCutterOverTemperature,
    /// `separationCutterPowerSaver` (value 527).
    SeparationCutterPowerSaver,
    /// `separationCutterRecoverableFailure` (value 528).
    SeparationCutterRecoverableFailure,
    /// `separationCutterRecoverableStorage` (value 529).
    SeparationCutterRecoverableStorage,
    /// `separationCutterRemoved` (value 530).
    SeparationCutterRemoved,
    /// `separationCutterResourceAdded` (value 531).
    SeparationCutterResourceAdded,
    /// `separationCutterResourceRemoved` (value 532).
    SeparationCutterResourceRemoved,
    /// `separationCutterThermistorFailure` (value 533).
    SeparationCutterThermistorFailure,
    /// `separationCutterTimingFailure` (value 534).
    SeparationCutterTimingFailure,
    /// `separationCutterTurnedOff` (value 535).
    SeparationCutterTurnedOff,
    /// `separationCutterTurnedOn` (value 536).
    SeparationCutterTurnedOn,
    /// `separationCutterUnderTemperature` (value 537).
    SeparationCutterUnderTemperature,
    /// `separationCutterUnrecoverableFailure` (value 538).
    SeparationCutterUnrecoverableFailure,
    /// `separationCutterUnrecoverableStorageError` (value 539).
    SeparationCutterUnrecoverableStorageError,
    /// `separationCutterWarmingUp` (value 540).
    SeparationCutterWarmingUp,
    /// `sheetRotatorAdded` (value 541).
    SheetRotatorAdded,
    /// `sheetRotatorAlmostEmpty` (value 542).
    SheetRotatorAlmostEmpty,
    /// `sheetRotatorAlmostFull` (value 543).
    SheetRotatorAlmostFull,
    /// `sheetRotatorAtLimit` (value 544).
    SheetRotatorAtLimit,
    /// `sheetRotatorClosed` (value 545).
    SheetRotatorClosed,
    /// `sheetRotatorConfigurationChange` (value 546).
    SheetRotatorConfigurationChange,
    /// `sheetRotatorCoverClosed` (value 547).
    SheetRotatorCoverClosed,
    /// `sheetRotatorCoverOpen` (value 548).
    SheetRotatorCoverOpen,
    /// `sheetRotatorEmpty` (value 549).
    SheetRotatorEmpty,
    /// `sheetRotatorFull` (value 550).
    SheetRotatorFull,
    /// `sheetRotatorInterlockClosed` (value 551).
    SheetRotatorInterlockClosed,
    /// `sheetRotatorInterlockOpen` (value 552).
    SheetRotatorInterlockOpen,
    /// `sheetRotatorJam` (value 553).
    SheetRotatorJam,
    /// `sheetRotatorLifeAlmostOver` (value 554).
    SheetRotatorLifeAlmostOver,
    /// `sheetRotatorLifeOver` (value 555).
    SheetRotatorLifeOver,
    /// `sheetRotatorMemoryExhausted` (value 556).
    SheetRotatorMemoryExhausted,
    /// `sheetRotatorMissing` (value 557).
    SheetRotatorMissing,
    /// `sheetRotatorMotorFailure` (value 558).
    SheetRotatorMotorFailure,
    /// `sheetRotatorNearLimit` (value 559).
    SheetRotatorNearLimit,
    /// `sheetRotatorOffline` (value 560).
    SheetRotatorOffline,
    /// `sheetRotatorOpened` (value 561).
    SheetRotatorOpened,
    /// `sheetRotatorOverTemperature` (value 562).
    SheetRotatorOverTemperature,
    /// `sheetRotatorPowerSaver` (value 563).
    SheetRotatorPowerSaver,
    /// `sheetRotatorRecoverableFailure` (value 564).
    SheetRotatorRecoverableFailure,
    /// `sheetRotatorRecoverableStorage` (value 565).
    SheetRotatorRecoverableStorage,
    /// `sheetRotatorRemoved` (value 566).
    SheetRotatorRemoved,
    /// `sheetRotatorResourceAdded` (value 567).
    SheetRotatorResourceAdded,
    /// `sheetRotatorResourceRemoved` (value 568).
    SheetRotatorResourceRemoved,
    /// `sheetRotatorThermistorFailure` (value 569).
    SheetRotatorThermistorFailure,
    /// `sheetRotatorTimingFailure` (value 570).
    SheetRotatorTimingFailure,
    /// `sheetRotatorTurnedOff` (value 571).
    SheetRotatorTurnedOff,
    /// `sheetRotatorTurnedOn` (value 572).
    SheetRotatorTurnedOn,
    /// `sheetRotatorUnderTemperature` (value 573).
    SheetRotatorUnderTemperature,
    /// `sheetRotatorUnrecoverableFailure` (value 574).
    SheetRotatorUnrecoverableFailure,
    /// `sheetRotatorUnrecoverableStorageError` (value 575).
    SheetRotatorUnrecoverableStorageError,
    /// `sheetRotatorWarmingUp` (value 576).
    SheetRotatorWarmingUp,
    /// `slitterAdded` (value 577).
    SlitterAdded,
    /// `slitterAlmostEmpty` (value 578).
    SlitterAlmostEmpty,
    /// `slitterAlmostFull` (value 579).
    SlitterAlmostFull,
    /// `slitterAtLimit` (value 580).
    SlitterAtLimit,
    /// `slitterClosed` (value 581).
    SlitterClosed,
    /// `slitterConfigurationChange` (value 582).
    SlitterConfigurationChange,
    /// `slitterCoverClosed` (value 583).
    SlitterCoverClosed,
    /// `slitterCoverOpen` (value 584).
    SlitterCoverOpen,
    /// `slitterEmpty` (value 585).
    SlitterEmpty,
    /// `slitterFull` (value 586).
    SlitterFull,
    /// `slitterInterlockClosed` (value 587).
    SlitterInterlockClosed,
    /// `slitterInterlockOpen` (value 588).
    SlitterInterlockOpen,
    /// `slitterJam` (value 589).
    SlitterJam,
    /// `slitterLifeAlmostOver` (value 590).
    SlitterLifeAlmostOver,
    /// `slitterLifeOver` (value 591).
    SlitterLifeOver,
    /// `slitterMemoryExhausted` (value 592).
    SlitterMemoryExhausted,
    /// `slitterMissing` (value 593).
    SlitterMissing,
    /// `slitterMotorFailure` (value 594).
    SlitterMotorFailure,
    /// `slitterNearLimit` (value 595).
    SlitterNearLimit,
    /// `slitterOffline` (value 596).
    SlitterOffline,
    /// `slitterOpened` (value 597).
    SlitterOpened,
    /// `slitterOverTemperature` (value 598).
    SlitterOverTemperature,
    /// `slitterPowerSaver` (value 599).
    SlitterPowerSaver,
    /// `slitterRecoverableFailure` (value 600).
    SlitterRecoverableFailure,
    /// `slitterRecoverableStorage` (value 601).
    SlitterRecoverableStorage,
    /// `slitterRemoved` (value 602).
    SlitterRemoved,
    /// `slitterResourceAdded` (value 603).
    SlitterResourceAdded,
    /// `slitterResourceRemoved` (value 604).
    SlitterResourceRemoved,
    /// `slitterThermistorFailure` (value 605).
    SlitterThermistorFailure,
    /// `slitterTimingFailure` (value 606).
    SlitterTimingFailure,
    /// `slitterTurnedOff` (value 607).
    SlitterTurnedOff,
    /// `slitterTurnedOn` (value 608).
    SlitterTurnedOn,
    /// `slitterUnderTemperature` (value 609).
    SlitterUnderTemperature,
    /// `slitterUnrecoverableFailure` (value 610).
    SlitterUnrecoverableFailure,
    /// `slitterUnrecoverableStorageError` (value 611).
    SlitterUnrecoverableStorageError,
    /// `slitterWarmingUp` (value 612).
    SlitterWarmingUp,
    /// `stackerAdded` (value 613).
    StackerAdded,
    /// `stackerAlmostEmpty` (value 614).
    StackerAlmostEmpty,
    /// `stackerAlmostFull` (value 615).
    StackerAlmostFull,
    /// `stackerAtLimit` (value 616).
    StackerAtLimit,
    /// `stackerClosed` (value 617).
    StackerClosed,
    /// `stackerConfigurationChange` (value 618).
    StackerConfigurationChange,
    /// `stackerCoverClosed` (value 619).
    StackerCoverClosed,
    /// `stackerCoverOpen` (value 620).
    StackerCoverOpen,
    /// `stackerEmpty` (value 621).
    StackerEmpty,
    /// `stackerFull` (value 622).
    StackerFull,
    /// `stackerInterlockClosed` (value 623).
    StackerInterlockClosed,
    /// `stackerInterlockOpen` (value 624).
    StackerInterlockOpen,
    /// `stackerJam` (value 625).
    StackerJam,
    /// `stackerLifeAlmostOver` (value 626).
    StackerLifeAlmostOver,
    /// `stackerLifeOver` (value 627).
    StackerLifeOver,
    /// `stackerMemoryExhausted` (value 628).
    StackerMemoryExhausted,
    /// `stackerMissing` (value 629).
    StackerMissing,
    /// `stackerMotorFailure` (value 630).
    StackerMotorFailure,
    /// `stackerNearLimit` (value 631).
    StackerNearLimit,
    /// `stackerOffline` (value 632).
    StackerOffline,
    /// `stackerOpened` (value 633).
    StackerOpened,
    /// `stackerOverTemperature` (value 634).
    StackerOverTemperature,
    /// `stackerPowerSaver` (value 635).
    StackerPowerSaver,
    /// `stackerRecoverableFailure` (value 636).
    StackerRecoverableFailure,
    /// `stackerRecoverableStorage` (value 637).
    StackerRecoverableStorage,
    /// `stackerRemoved` (value 638).
    StackerRemoved,
    /// `stackerResourceAdded` (value 639).
    StackerResourceAdded,
    /// `stackerResourceRemoved` (value 640).
    StackerResourceRemoved,
    /// `stackerThermistorFailure` (value 641).
    StackerThermistorFailure,
    /// `stackerTimingFailure` (value 642).
    StackerTimingFailure,
    /// `stackerTurnedOff` (value 643).
    StackerTurnedOff,
    /// `stackerTurnedOn` (value 644).
    StackerTurnedOn,
    /// `stackerUnderTemperature` (value 645).
    StackerUnderTemperature,
    /// `stackerUnrecoverableFailure` (value 646).
    StackerUnrecoverableFailure,
    /// `stackerUnrecoverableStorageError` (value 647).
    StackerUnrecoverableStorageError,
    /// `stackerWarmingUp` (value 648).
    StackerWarmingUp,
    /// `standby` (value 649).
    Standby,
    /// `staplerAdded` (value 650).
    StaplerAdded,
    /// `staplerAlmostEmpty` (value 651).
    StaplerAlmostEmpty,
    /// `staplerAlmostFull` (value 652).
    StaplerAlmostFull,
    /// `staplerAtLimit` (value 653).
    StaplerAtLimit,
    /// `staplerClosed` (value 654).
    StaplerClosed,
    /// `staplerConfigurationChange` (value 655).
    StaplerConfigurationChange,
    /// `staplerCoverClosed` (value 656).
    StaplerCoverClosed,
    /// `staplerCoverOpen` (value 657).
    StaplerCoverOpen,
    /// `staplerEmpty` (value 658).
    StaplerEmpty,
    /// `staplerFull` (value 659).
    StaplerFull,
    /// `staplerInterlockClosed` (value 660).
    StaplerInterlockClosed,
    /// `staplerInterlockOpen` (value 661).
    StaplerInterlockOpen,
    /// `staplerJam` (value 662).
    StaplerJam,
    /// `staplerLifeAlmostOver` (value 663).
    StaplerLifeAlmostOver,
    /// `staplerLifeOver` (value 664).
    StaplerLifeOver,
    /// `staplerMemoryExhausted` (value 665).
    StaplerMemoryExhausted,
    /// `staplerMissing` (value 666).
    StaplerMissing,
    /// `staplerMotorFailure` (value 667).
    StaplerMotorFailure,
    /// `staplerNearLimit` (value 668).
    StaplerNearLimit,
    /// `staplerOffline` (value 669).
    StaplerOffline,
    /// `staplerOpened` (value 670).
    StaplerOpened,
    /// `staplerOverTemperature` (value 671).
    StaplerOverTemperature,
    /// `staplerPowerSaver` (value 672).
    StaplerPowerSaver,
    /// `staplerRecoverableFailure` (value 673).
    StaplerRecoverableFailure,
    /// `staplerRecoverableStorage` (value 674).
    StaplerRecoverableStorage,
    /// `staplerRemoved` (value 675).
    StaplerRemoved,
    /// `staplerResourceAdded` (value 676).
    StaplerResourceAdded,
    /// `staplerResourceRemoved` (value 677).
    StaplerResourceRemoved,
    /// `staplerThermistorFailure` (value 678).
    StaplerThermistorFailure,
    /// `staplerTimingFailure` (value 679).
    StaplerTimingFailure,
    /// `staplerTurnedOff` (value 680).
    StaplerTurnedOff,
    /// `staplerTurnedOn` (value 681).
    StaplerTurnedOn,
    /// `staplerUnderTemperature` (value 682).
    StaplerUnderTemperature,
    /// `staplerUnrecoverableFailure` (value 683).
    StaplerUnrecoverableFailure,
    /// `staplerUnrecoverableStorageError` (value 684).
    StaplerUnrecoverableStorageError,
    /// `staplerWarmingUp` (value 685).
    StaplerWarmingUp,
    /// `stitcherAdded` (value 686).
    StitcherAdded,
    /// `stitcherAlmostEmpty` (value 687).
    StitcherAlmostEmpty,
    /// `stitcherAlmostFull` (value 688).
    StitcherAlmostFull,
    /// `stitcherAtLimit` (value 689).
    StitcherAtLimit,
    /// `stitcherClosed` (value 690).
    StitcherClosed,
    /// `stitcherConfigurationChange` (value 691).
    StitcherConfigurationChange,
    /// `stitcherCoverClosed` (value 692).
    StitcherCoverClosed,
    /// `stitcherCoverOpen` (value 693).
    StitcherCoverOpen,
    /// `stitcherEmpty` (value 694).
    StitcherEmpty,
    /// `stitcherFull` (value 695).
    StitcherFull,
    /// `stitcherInterlockClosed` (value 696).
    StitcherInterlockClosed,
    /// `stitcherInterlockOpen` (value 697).
    StitcherInterlockOpen,
    /// `stitcherJam` (value 698).
    StitcherJam,
    /// `stitcherLifeAlmostOver` (value 699).
    StitcherLifeAlmostOver,
    /// `stitcherLifeOver` (value 700).
    StitcherLifeOver,
    /// `stitcherMemoryExhausted` (value 701).
    StitcherMemoryExhausted,
    /// `stitcherMissing` (value 702).
    StitcherMissing,
    /// `stitcherMotorFailure` (value 703).
    StitcherMotorFailure,
    /// `stitcherNearLimit` (value 704).
    StitcherNearLimit,
    /// `stitcherOffline` (value 705).
    StitcherOffline,
    /// `stitcherOpened` (value 706).
    StitcherOpened,
    /// `stitcherOverTemperature` (value 707).
    StitcherOverTemperature,
    /// `stitcherPowerSaver` (value 708).
    StitcherPowerSaver,
    /// `stitcherRecoverableFailure` (value 709).
    StitcherRecoverableFailure,
    /// `stitcherRecoverableStorage` (value 710).
    StitcherRecoverableStorage,
    /// `stitcherRemoved` (value 711).
    StitcherRemoved,
    /// `stitcherResourceAdded` (value 712).
    StitcherResourceAdded,
    /// `stitcherResourceRemoved` (value 713).
    StitcherResourceRemoved,
    /// `stitcherThermistorFailure` (value 714).
    StitcherThermistorFailure,
    /// `stitcherTimingFailure` (value 715).
    StitcherTimingFailure,
    /// `stitcherTurnedOff` (value 716).
    StitcherTurnedOff,
    /// `stitcherTurnedOn` (value 717).
    StitcherTurnedOn,
    /// `stitcherUnderTemperature` (value 718).
    StitcherUnderTemperature,
    /// `stitcherUnrecoverableFailure` (value 719).
    StitcherUnrecoverableFailure,
    /// `stitcherUnrecoverableStorageError` (value 720).
    StitcherUnrecoverableStorageError,
    /// `stitcherWarmingUp` (value 721).
    StitcherWarmingUp,
    /// `subunitAdded` (value 722).
    SubunitAdded,
    /// `subunitAlmostEmpty` (value 723).
    SubunitAlmostEmpty,
    /// `subunitAlmostFull` (value 724).
    SubunitAlmostFull,
    /// `subunitAtLimit` (value 725).
    SubunitAtLimit,
    /// `subunitClosed` (value 726).
    SubunitClosed,
    /// `subunitCoolingDown` (value 727).
    SubunitCoolingDown,
    /// `subunitEmpty` (value 728).
    SubunitEmpty,
    /// `subunitFull` (value 729).
    SubunitFull,
    /// `subunitLifeAlmostOver` (value 730).
    SubunitLifeAlmostOver,
    /// `subunitLifeOver` (value 731).
    SubunitLifeOver,
    /// `subunitMemoryExhausted` (value 732).
    SubunitMemoryExhausted,
    /// `subunitMissing` (value 733).
    SubunitMissing,
    /// `subunitMotorFailure` (value 734).
    SubunitMotorFailure,
    /// `subunitNearLimit` (value 735).
    SubunitNearLimit,
    /// `subunitOffline` (value 736).
    SubunitOffline,
    /// `subunitOpened` (value 737).
    SubunitOpened,
    /// `subunitOverTemperature` (value 738).
    SubunitOverTemperature,
    /// `subunitPowerSaver` (value 739).
    SubunitPowerSaver,
    /// `subunitRecoverableFailure` (value 740).
    SubunitRecoverableFailure,
    /// `subunitRecoverableStorage` (value 741).
    SubunitRecoverableStorage,
    /// `subunitRemoved` (value 742).
    SubunitRemoved,
    /// `subunitResourceAdded` (value 743).
    SubunitResourceAdded,
    /// `subunitResourceRemoved` (value 744).
    SubunitResourceRemoved,
    /// `subunitThermistorFailure` (value 745).
    SubunitThermistorFailure,
    /// `subunitTimingFailure` (value 746).
    SubunitTimingFailure,
    /// `subunitTurnedOff` (value 747).
    SubunitTurnedOff,
    /// `subunitTurnedOn` (value 748).
    SubunitTurnedOn,
    /// `subunitUnderTemperature` (value 749).
    SubunitUnderTemperature,
    /// `subunitUnrecoverableFailure` (value 750).
    SubunitUnrecoverableFailure,
    /// `subunitUnrecoverableStorage` (value 751).
    SubunitUnrecoverableStorage,
    /// `subunitWarmingUp` (value 752).
    SubunitWarmingUp,
    /// `suspend` (value 753).
    Suspend,
    /// `testing` (value 754).
    Testing,
    /// `trimmerAdded` (value 755).
    TrimmerAdded,
    /// `trimmerAlmostEmpty` (value 756).
    TrimmerAlmostEmpty,
    /// `trimmerAlmostFull` (value 757).
    TrimmerAlmostFull,
    /// `trimmerAtLimit` (value 758).
    TrimmerAtLimit,
    /// `trimmerClosed` (value 759).
    TrimmerClosed,
    /// `trimmerConfigurationChange` (value 760).
    TrimmerConfigurationChange,
    /// `trimmerCoverClosed` (value 761).
    TrimmerCoverClosed,
    /// `trimmerCoverOpen` (value 762).
    TrimmerCoverOpen,
    /// `trimmerEmpty` (value 763).
    TrimmerEmpty,
    /// `trimmerFull` (value 764).
    TrimmerFull,
    /// `trimmerInterlockClosed` (value 765).
    TrimmerInterlockClosed,
    /// `trimmerInterlockOpen` (value 766).
    TrimmerInterlockOpen,
    /// `trimmerJam` (value 767).
    TrimmerJam,
    /// `trimmerLifeAlmostOver` (value 768).
    TrimmerLifeAlmostOver,
    /// `trimmerLifeOver` (value 769).
    TrimmerLifeOver,
    /// `trimmerMemoryExhausted` (value 770).
    TrimmerMemoryExhausted,
    /// `trimmerMissing` (value 771).
    TrimmerMissing,
    /// `trimmerMotorFailure` (value 772).
    TrimmerMotorFailure,
    /// `trimmerNearLimit` (value 773).
    TrimmerNearLimit,
    /// `trimmerOffline` (value 774).
    TrimmerOffline,
    /// `trimmerOpened` (value 775).
    TrimmerOpened,
    /// `trimmerOverTemperature` (value 776).
    TrimmerOverTemperature,
    /// `trimmerPowerSaver` (value 777).
    TrimmerPowerSaver,
    /// `trimmerRecoverableFailure` (value 778).
    TrimmerRecoverableFailure,
    /// `trimmerRecoverableStorage` (value 779).
    TrimmerRecoverableStorage,
    /// `trimmerRemoved` (value 780).
    TrimmerRemoved,
    /// `trimmerResourceAdded` (value 781).
    TrimmerResourceAdded,
    /// `trimmerResourceRemoved` (value 782).
    TrimmerResourceRemoved,
    /// `trimmerThermistorFailure` (value 783).
    TrimmerThermistorFailure,
    /// `trimmerTimingFailure` (value 784).
    TrimmerTimingFailure,
    /// `trimmerTurnedOff` (value 785).
    TrimmerTurnedOff,
    /// `trimmerTurnedOn` (value 786).
    TrimmerTurnedOn,
    /// `trimmerUnderTemperature` (value 787).
    TrimmerUnderTemperature,
    /// `trimmerUnrecoverableFailure` (value 788).
    TrimmerUnrecoverableFailure,
    /// `trimmerUnrecoverableStorageError` (value 789).
    TrimmerUnrecoverableStorageError,
    /// `trimmerWarmingUp` (value 790).
    TrimmerWarmingUp,
    /// `unknown` (value 791).
    Unknown,
    /// `wrapperAdded` (value 792).
    WrapperAdded,
    /// `wrapperAlmostEmpty` (value 793).
    WrapperAlmostEmpty,
    /// `wrapperAlmostFull` (value 794).
    WrapperAlmostFull,
    /// `wrapperAtLimit` (value 795).
    WrapperAtLimit,
    /// `wrapperClosed` (value 796).
    WrapperClosed,
    /// `wrapperConfigurationChange` (value 797).
    WrapperConfigurationChange,
    /// `wrapperCoverClosed` (value 798).
    WrapperCoverClosed,
    /// `wrapperCoverOpen` (value 799).
    WrapperCoverOpen,
    /// `wrapperEmpty` (value 800).
    WrapperEmpty,
    /// `wrapperFull` (value 801).
    WrapperFull,
    /// `wrapperInterlockClosed` (value 802).
    WrapperInterlockClosed,
    /// `wrapperInterlockOpen` (value 803).
    WrapperInterlockOpen,
    /// `wrapperJam` (value 804).
    WrapperJam,
    /// `wrapperLifeAlmostOver` (value 805).
    WrapperLifeAlmostOver,
    /// `wrapperLifeOver` (value 806).
    WrapperLifeOver,
    /// `wrapperMemoryExhausted` (value 807).
    WrapperMemoryExhausted,
    /// `wrapperMissing` (value 808).
    WrapperMissing,
    /// `wrapperMotorFailure` (value 809).
    WrapperMotorFailure,
    /// `wrapperNearLimit` (value 810).
    WrapperNearLimit,
    /// `wrapperOffline` (value 811).
    WrapperOffline,
    /// `wrapperOpened` (value 812).
    WrapperOpened,
    /// `wrapperOverTemperature` (value 813).
    WrapperOverTemperature,
    /// `wrapperPowerSaver` (value 814).
    WrapperPowerSaver,
    /// `wrapperRecoverableFailure` (value 815).
    WrapperRecoverableFailure,
    /// `wrapperRecoverableStorage` (value 816).
    WrapperRecoverableStorage,
    /// `wrapperRemoved` (value 817).
    WrapperRemoved,
    /// `wrapperResourceAdded` (value 818).
    WrapperResourceAdded,
    /// `wrapperResourceRemoved` (value 819).
    WrapperResourceRemoved,
    /// `wrapperThermistorFailure` (value 820).
    WrapperThermistorFailure,
    /// `wrapperTimingFailure` (value 821).
    WrapperTimingFailure,
    /// `wrapperTurnedOff` (value 822).
    WrapperTurnedOff,
    /// `wrapperTurnedOn` (value 823).
    WrapperTurnedOn,
    /// `wrapperUnderTemperature` (value 824).
    WrapperUnderTemperature,
    /// `wrapperUnrecoverableFailure` (value 825).
    WrapperUnrecoverableFailure,
    /// `wrapperUnrecoverableStorageError` (value 826).
    WrapperUnrecoverableStorageError,
    /// `wrapperWarmingUp` (value 827).
    WrapperWarmingUp,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::StrEnum for PrinterProcessingStateDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.printerProcessingStateDetail";
    const MEMBERS: &'static [&'static str] = &[
        "paused",
        "mediaJam",
        "mediaNeeded",
        "mediaLow",
        "mediaEmpty",
        "coverOpen",
        "interlockOpen",
        "outputTrayMissing",
        "outputAreaFull",
        "markerSupplyLow",
        "markerSupplyEmpty",
        "inputTrayMissing",
        "outputAreaAlmostFull",
        "markerWasteAlmostFull",
        "markerWasteFull",
        "fuserOverTemp",
        "fuserUnderTemp",
        "other",
        "none",
        "movingToPaused",
        "shutdown",
        "connectingToDevice",
        "timedOut",
        "stopping",
        "stoppedPartially",
        "tonerLow",
        "tonerEmpty",
        "spoolAreaFull",
        "doorOpen",
        "opticalPhotoConductorNearEndOfLife",
        "opticalPhotoConductorLifeOver",
        "developerLow",
        "developerEmpty",
        "interpreterResourceUnavailable",
        "unknownFutureValue",
        "alertRemovalOfBinaryChangeEntry",
        "banderAdded",
        "banderAlmostEmpty",
        "banderAlmostFull",
        "banderAtLimit",
        "banderClosed",
        "banderConfigurationChange",
        "banderCoverClosed",
        "banderCoverOpen",
        "banderEmpty",
        "banderFull",
        "banderInterlockClosed",
        "banderInterlockOpen",
        "banderJam",
        "banderLifeAlmostOver",
        "banderLifeOver",
        "banderMemoryExhausted",
        "banderMissing",
        "banderMotorFailure",
        "banderNearLimit",
        "banderOffline",
        "banderOpened",
        "banderOverTemperature",
        "banderPowerSaver",
        "banderRecoverableFailure",
        "banderRecoverableStorage",
        "banderRemoved",
        "banderResourceAdded",
        "banderResourceRemoved",
        "banderThermistorFailure",
        "banderTimingFailure",
        "banderTurnedOff",
        "banderTurnedOn",
        "banderUnderTemperature",
        "banderUnrecoverableFailure",
        "banderUnrecoverableStorageError",
        "banderWarmingUp",
        "binderAdded",
        "binderAlmostEmpty",
        "binderAlmostFull",
        "binderAtLimit",
        "binderClosed",
        "binderConfigurationChange",
        "binderCoverClosed",
        "binderCoverOpen",
        "binderEmpty",
        "binderFull",
        "binderInterlockClosed",
        "binderInterlockOpen",
        "binderJam",
        "binderLifeAlmostOver",
        "binderLifeOver",
        "binderMemoryExhausted",
        "binderMissing",
        "binderMotorFailure",
        "binderNearLimit",
        "binderOffline",
        "binderOpened",
        "binderOverTemperature",
        "binderPowerSaver",
        "binderRecoverableFailure",
        "binderRecoverableStorage",
        "binderRemoved",
        "binderResourceAdded",
        "binderResourceRemoved",
        "binderThermistorFailure",
        "binderTimingFailure",
        "binderTurnedOff",
        "binderTurnedOn",
        "binderUnderTemperature",
        "binderUnrecoverableFailure",
        "binderUnrecoverableStorageError",
        "binderWarmingUp",
        "cameraFailure",
        "chamberCooling",
        "chamberFailure",
        "chamberHeating",
        "chamberTemperatureHigh",
        "chamberTemperatureLow",
        "cleanerLifeAlmostOver",
        "cleanerLifeOver",
        "configurationChange",
        "deactivated",
        "deleted",
        "dieCutterAdded",
        "dieCutterAlmostEmpty",
        "dieCutterAlmostFull",
        "dieCutterAtLimit",
        "dieCutterClosed",
        "dieCutterConfigurationChange",
        "dieCutterCoverClosed",
        "dieCutterCoverOpen",
        "dieCutterEmpty",
        "dieCutterFull",
        "dieCutterInterlockClosed",
        "dieCutterInterlockOpen",
        "dieCutterJam",
        "dieCutterLifeAlmostOver",
        "dieCutterLifeOver",
        "dieCutterMemoryExhausted",
        "dieCutterMissing",
        "dieCutterMotorFailure",
        "dieCutterNearLimit",
        "dieCutterOffline",
        "dieCutterOpened",
        "dieCutterOverTemperature",
        "dieCutterPowerSaver",
        "dieCutterRecoverableFailure",
        "dieCutterRecoverableStorage",
        "dieCutterRemoved",
        "dieCutterResourceAdded",
        "dieCutterResourceRemoved",
        "dieCutterThermistorFailure",
        "dieCutterTimingFailure",
        "dieCutterTurnedOff",
        "dieCutterTurnedOn",
        "dieCutterUnderTemperature",
        "dieCutterUnrecoverableFailure",
        "dieCutterUnrecoverableStorageError",
        "dieCutterWarmingUp",
        "extruderCooling",
        "extruderFailure",
        "extruderHeating",
        "extruderJam",
        "extruderTemperatureHigh",
        "extruderTemperatureLow",
        "fanFailure",
        "faxModemLifeAlmostOver",
        "faxModemLifeOver",
        "faxModemMissing",
        "faxModemTurnedOff",
        "faxModemTurnedOn",
        "folderAdded",
        "folderAlmostEmpty",
        "folderAlmostFull",
        "folderAtLimit",
        "folderClosed",
        "folderConfigurationChange",
        "folderCoverClosed",
        "folderCoverOpen",
        "folderEmpty",
        "folderFull",
        "folderInterlockClosed",
        "folderInterlockOpen",
        "folderJam",
        "folderLifeAlmostOver",
        "folderLifeOver",
        "folderMemoryExhausted",
        "folderMissing",
        "folderMotorFailure",
        "folderNearLimit",
        "folderOffline",
        "folderOpened",
        "folderOverTemperature",
        "folderPowerSaver",
        "folderRecoverableFailure",
        "folderRecoverableStorage",
        "folderRemoved",
        "folderResourceAdded",
        "folderResourceRemoved",
        "folderThermistorFailure",
        "folderTimingFailure",
        "folderTurnedOff",
        "folderTurnedOn",
        "folderUnderTemperature",
        "folderUnrecoverableFailure",
        "folderUnrecoverableStorageError",
        "folderWarmingUp",
        "hibernate",
        "holdNewJobs",
        "identifyPrinterRequested",
        "imprinterAdded",
        "imprinterAlmostEmpty",
        "imprinterAlmostFull",
        "imprinterAtLimit",
        "imprinterClosed",
        "imprinterConfigurationChange",
        "imprinterCoverClosed",
        "imprinterCoverOpen",
        "imprinterEmpty",
        "imprinterFull",
        "imprinterInterlockClosed",
        "imprinterInterlockOpen",
        "imprinterJam",
        "imprinterLifeAlmostOver",
        "imprinterLifeOver",
        "imprinterMemoryExhausted",
        "imprinterMissing",
        "imprinterMotorFailure",
        "imprinterNearLimit",
        "imprinterOffline",
        "imprinterOpened",
        "imprinterOverTemperature",
        "imprinterPowerSaver",
        "imprinterRecoverableFailure",
        "imprinterRecoverableStorage",
        "imprinterRemoved",
        "imprinterResourceAdded",
        "imprinterResourceRemoved",
        "imprinterThermistorFailure",
        "imprinterTimingFailure",
        "imprinterTurnedOff",
        "imprinterTurnedOn",
        "imprinterUnderTemperature",
        "imprinterUnrecoverableFailure",
        "imprinterUnrecoverableStorageError",
        "imprinterWarmingUp",
        "inputCannotFeedSizeSelected",
        "inputManualInputRequest",
        "inputMediaColorChange",
        "inputMediaFormPartsChange",
        "inputMediaSizeChange",
        "inputMediaTrayFailure",
        "inputMediaTrayFeedError",
        "inputMediaTrayJam",
        "inputMediaTypeChange",
        "inputMediaWeightChange",
        "inputPickRollerFailure",
        "inputPickRollerLifeOver",
        "inputPickRollerLifeWarn",
        "inputPickRollerMissing",
        "inputTrayElevationFailure",
        "inputTrayPositionFailure",
        "inserterAdded",
        "inserterAlmostEmpty",
        "inserterAlmostFull",
        "inserterAtLimit",
        "inserterClosed",
        "inserterConfigurationChange",
        "inserterCoverClosed",
        "inserterCoverOpen",
        "inserterEmpty",
        "inserterFull",
        "inserterInterlockClosed",
        "inserterInterlockOpen",
        "inserterJam",
        "inserterLifeAlmostOver",
        "inserterLifeOver",
        "inserterMemoryExhausted",
        "inserterMissing",
        "inserterMotorFailure",
        "inserterNearLimit",
        "inserterOffline",
        "inserterOpened",
        "inserterOverTemperature",
        "inserterPowerSaver",
        "inserterRecoverableFailure",
        "inserterRecoverableStorage",
        "inserterRemoved",
        "inserterResourceAdded",
        "inserterResourceRemoved",
        "inserterThermistorFailure",
        "inserterTimingFailure",
        "inserterTurnedOff",
        "inserterTurnedOn",
        "inserterUnderTemperature",
        "inserterUnrecoverableFailure",
        "inserterUnrecoverableStorageError",
        "inserterWarmingUp",
        "interlockClosed",
        "interpreterCartridgeAdded",
        "interpreterCartridgeDeleted",
        "interpreterComplexPageEncountered",
        "interpreterMemoryDecrease",
        "interpreterMemoryIncrease",
        "interpreterResourceAdded",
        "interpreterResourceDeleted",
        "lampAtEol",
        "lampFailure",
        "lampNearEol",
        "laserAtEol",
        "laserFailure",
        "laserNearEol",
        "makeEnvelopeAdded",
        "makeEnvelopeAlmostEmpty",
        "makeEnvelopeAlmostFull",
        "makeEnvelopeAtLimit",
        "makeEnvelopeClosed",
        "makeEnvelopeConfigurationChange",
        "makeEnvelopeCoverClosed",
        "makeEnvelopeCoverOpen",
        "makeEnvelopeEmpty",
        "makeEnvelopeFull",
        "makeEnvelopeInterlockClosed",
        "makeEnvelopeInterlockOpen",
        "makeEnvelopeJam",
        "makeEnvelopeLifeAlmostOver",
        "makeEnvelopeLifeOver",
        "makeEnvelopeMemoryExhausted",
        "makeEnvelopeMissing",
        "makeEnvelopeMotorFailure",
        "makeEnvelopeNearLimit",
        "makeEnvelopeOffline",
        "makeEnvelopeOpened",
        "makeEnvelopeOverTemperature",
        "makeEnvelopePowerSaver",
        "makeEnvelopeRecoverableFailure",
        "makeEnvelopeRecoverableStorage",
        "makeEnvelopeRemoved",
        "makeEnvelopeResourceAdded",
        "makeEnvelopeResourceRemoved",
        "makeEnvelopeThermistorFailure",
        "makeEnvelopeTimingFailure",
        "makeEnvelopeTurnedOff",
        "makeEnvelopeTurnedOn",
        "makeEnvelopeUnderTemperature",
        "makeEnvelopeUnrecoverableFailure",
        "makeEnvelopeUnrecoverableStorageError",
        "makeEnvelopeWarmingUp",
        "markerAdjustingPrintQuality",
        "markerCleanerMissing",
        "markerDeveloperAlmostEmpty",
        "markerDeveloperEmpty",
        "markerDeveloperMissing",
        "markerFuserMissing",
        "markerFuserThermistorFailure",
        "markerFuserTimingFailure",
        "markerInkAlmostEmpty",
        "markerInkEmpty",
        "markerInkMissing",
        "markerOpcMissing",
        "markerPrintRibbonAlmostEmpty",
        "markerPrintRibbonEmpty",
        "markerPrintRibbonMissing",
        "markerSupplyAlmostEmpty",
        "markerSupplyMissing",
        "markerTonerCartridgeMissing",
        "markerTonerMissing",
        "markerWasteInkReceptacleAlmostFull",
        "markerWasteInkReceptacleFull",
        "markerWasteInkReceptacleMissing",
        "markerWasteMissing",
        "markerWasteTonerReceptacleAlmostFull",
        "markerWasteTonerReceptacleFull",
        "markerWasteTonerReceptacleMissing",
        "materialEmpty",
        "materialLow",
        "materialNeeded",
        "mediaDrying",
        "mediaPathCannotDuplexMediaSelected",
        "mediaPathFailure",
        "mediaPathInputEmpty",
        "mediaPathInputFeedError",
        "mediaPathInputJam",
        "mediaPathInputRequest",
        "mediaPathJam",
        "mediaPathMediaTrayAlmostFull",
        "mediaPathMediaTrayFull",
        "mediaPathMediaTrayMissing",
        "mediaPathOutputFeedError",
        "mediaPathOutputFull",
        "mediaPathOutputJam",
        "mediaPathPickRollerFailure",
        "mediaPathPickRollerLifeOver",
        "mediaPathPickRollerLifeWarn",
        "mediaPathPickRollerMissing",
        "motorFailure",
        "outputMailboxSelectFailure",
        "outputMediaTrayFailure",
        "outputMediaTrayFeedError",
        "outputMediaTrayJam",
        "perforaterAdded",
        "perforaterAlmostEmpty",
        "perforaterAlmostFull",
        "perforaterAtLimit",
        "perforaterClosed",
        "perforaterConfigurationChange",
        "perforaterCoverClosed",
        "perforaterCoverOpen",
        "perforaterEmpty",
        "perforaterFull",
        "perforaterInterlockClosed",
        "perforaterInterlockOpen",
        "perforaterJam",
        "perforaterLifeAlmostOver",
        "perforaterLifeOver",
        "perforaterMemoryExhausted",
        "perforaterMissing",
        "perforaterMotorFailure",
        "perforaterNearLimit",
        "perforaterOffline",
        "perforaterOpened",
        "perforaterOverTemperature",
        "perforaterPowerSaver",
        "perforaterRecoverableFailure",
        "perforaterRecoverableStorage",
        "perforaterRemoved",
        "perforaterResourceAdded",
        "perforaterResourceRemoved",
        "perforaterThermistorFailure",
        "perforaterTimingFailure",
        "perforaterTurnedOff",
        "perforaterTurnedOn",
        "perforaterUnderTemperature",
        "perforaterUnrecoverableFailure",
        "perforaterUnrecoverableStorageError",
        "perforaterWarmingUp",
        "platformCooling",
        "platformFailure",
        "platformHeating",
        "platformTemperatureHigh",
        "platformTemperatureLow",
        "powerDown",
        "powerUp",
        "printerManualReset",
        "printerNmsReset",
        "printerReadyToPrint",
        "puncherAdded",
        "puncherAlmostEmpty",
        "puncherAlmostFull",
        "puncherAtLimit",
        "puncherClosed",
        "puncherConfigurationChange",
        "puncherCoverClosed",
        "puncherCoverOpen",
        "puncherEmpty",
        "puncherFull",
        "puncherInterlockClosed",
        "puncherInterlockOpen",
        "puncherJam",
        "puncherLifeAlmostOver",
        "puncherLifeOver",
        "puncherMemoryExhausted",
        "puncherMissing",
        "puncherMotorFailure",
        "puncherNearLimit",
        "puncherOffline",
        "puncherOpened",
        "puncherOverTemperature",
        "puncherPowerSaver",
        "puncherRecoverableFailure",
        "puncherRecoverableStorage",
        "puncherRemoved",
        "puncherResourceAdded",
        "puncherResourceRemoved",
        "puncherThermistorFailure",
        "puncherTimingFailure",
        "puncherTurnedOff",
        "puncherTurnedOn",
        "puncherUnderTemperature",
        "puncherUnrecoverableFailure",
        "puncherUnrecoverableStorageError",
        "puncherWarmingUp",
        "resuming",
        "scanMediaPathFailure",
        "scanMediaPathInputEmpty",
        "scanMediaPathInputFeedError",
        "scanMediaPathInputJam",
        "scanMediaPathInputRequest",
        "scanMediaPathJam",
        "scanMediaPathOutputFeedError",
        "scanMediaPathOutputFull",
        "scanMediaPathOutputJam",
        "scanMediaPathPickRollerFailure",
        "scanMediaPathPickRollerLifeOver",
        "scanMediaPathPickRollerLifeWarn",
        "scanMediaPathPickRollerMissing",
        "scanMediaPathTrayAlmostFull",
        "scanMediaPathTrayFull",
        "scanMediaPathTrayMissing",
        "scannerLightFailure",
        "scannerLightLifeAlmostOver",
        "scannerLightLifeOver",
        "scannerLightMissing",
        "scannerSensorFailure",
        "scannerSensorLifeAlmostOver",
        "scannerSensorLifeOver",
        "scannerSensorMissing",
        "separationCutterAdded",
        "separationCutterAlmostEmpty",
        "separationCutterAlmostFull",
        "separationCutterAtLimit",
        "separationCutterClosed",
        "separationCutterConfigurationChange",
        "separationCutterCoverClosed",
        "separationCutterCoverOpen",
        "separationCutterEmpty",
        "separationCutterFull",
        "separationCutterInterlockClosed",
        "separationCutterInterlockOpen",
        "separationCutterJam",
        "separationCutterLifeAlmostOver",
        "separationCutterLifeOver",
        "separationCutterMemoryExhausted",
        "separationCutterMissing",
        "separationCutterMotorFailure",
        "separationCutterNearLimit",
        "separationCutterOffline",
        "separationCutterOpened",
        "separationCutterOverTemperature",
        "separationCutterPowerSaver",
        "separationCutterRecoverableFailure",
        "separationCutterRecoverableStorage",
        "separationCutterRemoved",
        "separationCutterResourceAdded",
        "separationCutterResourceRemoved",
        "separationCutterThermistorFailure",
        "separationCutterTimingFailure",
        "separationCutterTurnedOff",
        "separationCutterTurnedOn",
        "separationCutterUnderTemperature",
        "separationCutterUnrecoverableFailure",
        "separationCutterUnrecoverableStorageError",
        "separationCutterWarmingUp",
        "sheetRotatorAdded",
        "sheetRotatorAlmostEmpty",
        "sheetRotatorAlmostFull",
        "sheetRotatorAtLimit",
        "sheetRotatorClosed",
        "sheetRotatorConfigurationChange",
        "sheetRotatorCoverClosed",
        "sheetRotatorCoverOpen",
        "sheetRotatorEmpty",
        "sheetRotatorFull",
        "sheetRotatorInterlockClosed",
        "sheetRotatorInterlockOpen",
        "sheetRotatorJam",
        "sheetRotatorLifeAlmostOver",
        "sheetRotatorLifeOver",
        "sheetRotatorMemoryExhausted",
        "sheetRotatorMissing",
        "sheetRotatorMotorFailure",
        "sheetRotatorNearLimit",
        "sheetRotatorOffline",
        "sheetRotatorOpened",
        "sheetRotatorOverTemperature",
        "sheetRotatorPowerSaver",
        "sheetRotatorRecoverableFailure",
        "sheetRotatorRecoverableStorage",
        "sheetRotatorRemoved",
        "sheetRotatorResourceAdded",
        "sheetRotatorResourceRemoved",
        "sheetRotatorThermistorFailure",
        "sheetRotatorTimingFailure",
        "sheetRotatorTurnedOff",
        "sheetRotatorTurnedOn",
        "sheetRotatorUnderTemperature",
        "sheetRotatorUnrecoverableFailure",
        "sheetRotatorUnrecoverableStorageError",
        "sheetRotatorWarmingUp",
        "slitterAdded",
        "slitterAlmostEmpty",
        "slitterAlmostFull",
        "slitterAtLimit",
        "slitterClosed",
        "slitterConfigurationChange",
        "slitterCoverClosed",
        "slitterCoverOpen",
        "slitterEmpty",
        "slitterFull",
        "slitterInterlockClosed",
        "slitterInterlockOpen",
        "slitterJam",
        "slitterLifeAlmostOver",
        "slitterLifeOver",
        "slitterMemoryExhausted",
        "slitterMissing",
        "slitterMotorFailure",
        "slitterNearLimit",
        "slitterOffline",
        "slitterOpened",
        "slitterOverTemperature",
        "slitterPowerSaver",
        "slitterRecoverableFailure",
        "slitterRecoverableStorage",
        "slitterRemoved",
        "slitterResourceAdded",
        "slitterResourceRemoved",
        "slitterThermistorFailure",
        "slitterTimingFailure",
        "slitterTurnedOff",
        "slitterTurnedOn",
        "slitterUnderTemperature",
        "slitterUnrecoverableFailure",
        "slitterUnrecoverableStorageError",
        "slitterWarmingUp",
        "stackerAdded",
        "stackerAlmostEmpty",
        "stackerAlmostFull",
        "stackerAtLimit",
        "stackerClosed",
        "stackerConfigurationChange",
        "stackerCoverClosed",
        "stackerCoverOpen",
        "stackerEmpty",
        "stackerFull",
        "stackerInterlockClosed",
        "stackerInterlockOpen",
        "stackerJam",
        "stackerLifeAlmostOver",
        "stackerLifeOver",
        "stackerMemoryExhausted",
        "stackerMissing",
        "stackerMotorFailure",
        "stackerNearLimit",
        "stackerOffline",
        "stackerOpened",
        "stackerOverTemperature",
        "stackerPowerSaver",
        "stackerRecoverableFailure",
        "stackerRecoverableStorage",
        "stackerRemoved",
        "stackerResourceAdded",
        "stackerResourceRemoved",
        "stackerThermistorFailure",
        "stackerTimingFailure",
        "stackerTurnedOff",
        "stackerTurnedOn",
        "stackerUnderTemperature",
        "stackerUnrecoverableFailure",
        "stackerUnrecoverableStorageError",
        "stackerWarmingUp",
        "standby",
        "staplerAdded",
        "staplerAlmostEmpty",
        "staplerAlmostFull",
        "staplerAtLimit",
        "staplerClosed",
        "staplerConfigurationChange",
        "staplerCoverClosed",
        "staplerCoverOpen",
        "staplerEmpty",
        "staplerFull",
        "staplerInterlockClosed",
        "staplerInterlockOpen",
        "staplerJam",
        "staplerLifeAlmostOver",
        "staplerLifeOver",
        "staplerMemoryExhausted",
        "staplerMissing",
        "staplerMotorFailure",
        "staplerNearLimit",
        "staplerOffline",
        "staplerOpened",
        "staplerOverTemperature",
        "staplerPowerSaver",
        "staplerRecoverableFailure",
        "staplerRecoverableStorage",
        "staplerRemoved",
        "staplerResourceAdded",
        "staplerResourceRemoved",
        "staplerThermistorFailure",
        "staplerTimingFailure",
        "staplerTurnedOff",
        "staplerTurnedOn",
        "staplerUnderTemperature",
        "staplerUnrecoverableFailure",
        "staplerUnrecoverableStorageError",
        "staplerWarmingUp",
        "stitcherAdded",
        "stitcherAlmostEmpty",
        "stitcherAlmostFull",
        "stitcherAtLimit",
        "stitcherClosed",
        "stitcherConfigurationChange",
        "stitcherCoverClosed",
        "stitcherCoverOpen",
        "stitcherEmpty",
        "stitcherFull",
        "stitcherInterlockClosed",
        "stitcherInterlockOpen",
        "stitcherJam",
        "stitcherLifeAlmostOver",
        "stitcherLifeOver",
        "stitcherMemoryExhausted",
        "stitcherMissing",
        "stitcherMotorFailure",
        "stitcherNearLimit",
        "stitcherOffline",
        "stitcherOpened",
        "stitcherOverTemperature",
        "stitcherPowerSaver",
        "stitcherRecoverableFailure",
        "stitcherRecoverableStorage",
        "stitcherRemoved",
        "stitcherResourceAdded",
        "stitcherResourceRemoved",
        "stitcherThermistorFailure",
        "stitcherTimingFailure",
        "stitcherTurnedOff",
        "stitcherTurnedOn",
        "stitcherUnderTemperature",
        "stitcherUnrecoverableFailure",
        "stitcherUnrecoverableStorageError",
        "stitcherWarmingUp",
        "subunitAdded",
        "subunitAlmostEmpty",
        "subunitAlmostFull",
        "subunitAtLimit",
        "subunitClosed",
        "subunitCoolingDown",
        "subunitEmpty",
        "subunitFull",
        "subunitLifeAlmostOver",
        "subunitLifeOver",
        "subunitMemoryExhausted",
        "subunitMissing",
        "subunitMotorFailure",
        "subunitNearLimit",
        "subunitOffline",
        "subunitOpened",
        "subunitOverTemperature",
        "subunitPowerSaver",
        "subunitRecoverableFailure",
        "subunitRecoverableStorage",
        "subunitRemoved",
        "subunitResourceAdded",
        "subunitResourceRemoved",
        "subunitThermistorFailure",
        "subunitTimingFailure",
        "subunitTurnedOff",
        "subunitTurnedOn",
        "subunitUnderTemperature",
        "subunitUnrecoverableFailure",
        "subunitUnrecoverableStorage",
        "subunitWarmingUp",
        "suspend",
        "testing",
        "trimmerAdded",
        "trimmerAlmostEmpty",
        "trimmerAlmostFull",
        "trimmerAtLimit",
        "trimmerClosed",
        "trimmerConfigurationChange",
        "trimmerCoverClosed",
        "trimmerCoverOpen",
        "trimmerEmpty",
        "trimmerFull",
        "trimmerInterlockClosed",
        "trimmerInterlockOpen",
        "trimmerJam",
        "trimmerLifeAlmostOver",
        "trimmerLifeOver",
        "trimmerMemoryExhausted",
        "trimmerMissing",
        "trimmerMotorFailure",
        "trimmerNearLimit",
        "trimmerOffline",
        "trimmerOpened",
        "trimmerOverTemperature",
        "trimmerPowerSaver",
        "trimmerRecoverableFailure",
        "trimmerRecoverableStorage",
        "trimmerRemoved",
        "trimmerResourceAdded",
        "trimmerResourceRemoved",
        "trimmerThermistorFailure",
        "trimmerTimingFailure",
        "trimmerTurnedOff",
        "trimmerTurnedOn",
        "trimmerUnderTemperature",
        "trimmerUnrecoverableFailure",
        "trimmerUnrecoverableStorageError",
        "trimmerWarmingUp",
        "unknown",
        "wrapperAdded",
        "wrapperAlmostEmpty",
        "wrapperAlmostFull",
        "wrapperAtLimit",
        "wrapperClosed",
        "wrapperConfigurationChange",
        "wrapperCoverClosed",
        "wrapperCoverOpen",
        "wrapperEmpty",
        "wrapperFull",
        "wrapperInterlockClosed",
        "wrapperInterlockOpen",
        "wrapperJam",
        "wrapperLifeAlmostOver",
        "wrapperLifeOver",
        "wrapperMemoryExhausted",
        "wrapperMissing",
        "wrapperMotorFailure",
        "wrapperNearLimit",
        "wrapperOffline",
        "wrapperOpened",
        "wrapperOverTemperature",
        "wrapperPowerSaver",
        "wrapperRecoverableFailure",
        "wrapperRecoverableStorage",
        "wrapperRemoved",
        "wrapperResourceAdded",
        "wrapperResourceRemoved",
        "wrapperThermistorFailure",
        "wrapperTimingFailure",
        "wrapperTurnedOff",
        "wrapperTurnedOn",
        "wrapperUnderTemperature",
        "wrapperUnrecoverableFailure",
        "wrapperUnrecoverableStorageError",
        "wrapperWarmingUp",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "paused" => Self::Paused,
                "mediaJam" => Self::MediaJam,
                "mediaNeeded" => Self::MediaNeeded,
                "mediaLow" => Self::MediaLow,
                "mediaEmpty" => Self::MediaEmpty,
                "coverOpen" => Self::CoverOpen,
                "interlockOpen" => Self::InterlockOpen,
                "outputTrayMissing" => Self::OutputTrayMissing,
                "outputAreaFull" => Self::OutputAreaFull,
                "markerSupplyLow" => Self::MarkerSupplyLow,
                "markerSupplyEmpty" => Self::MarkerSupplyEmpty,
                "inputTrayMissing" => Self::InputTrayMissing,
                "outputAreaAlmostFull" => Self::OutputAreaAlmostFull,
                "markerWasteAlmostFull" => Self::MarkerWasteAlmostFull,
                "markerWasteFull" => Self::MarkerWasteFull,
                "fuserOverTemp" => Self::FuserOverTemp,
                "fuserUnderTemp" => Self::FuserUnderTemp,
                "other" => Self::Other,
                "none" => Self::None,
                "movingToPaused" => Self::MovingToPaused,
                "shutdown" => Self::Shutdown,
                "connectingToDevice" => Self::ConnectingToDevice,
                "timedOut" => Self::TimedOut,
                "stopping" => Self::Stopping,
                "stoppedPartially" => Self::StoppedPartially,
                "tonerLow" => Self::TonerLow,
                "tonerEmpty" => Self::TonerEmpty,
                "spoolAreaFull" => Self::SpoolAreaFull,
                "doorOpen" => Self::DoorOpen,
                "opticalPhotoConductorNearEndOfLife" => {
                    Self::OpticalPhotoConductorNearEndOfLife
                }
                "opticalPhotoConductorLifeOver" => Self::OpticalPhotoConductorLifeOver,
                "developerLow" => Self::DeveloperLow,
                "developerEmpty" => Self::DeveloperEmpty,
                "interpreterResourceUnavailable" => Self::InterpreterResourceUnavailable,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "alertRemovalOfBinaryChangeEntry" => {
                    Self::AlertRemovalOfBinaryChangeEntry
                }
                "banderAdded" => Self::BanderAdded,
                "banderAlmostEmpty" => Self::BanderAlmostEmpty,
                "banderAlmostFull" => Self::BanderAlmostFull,
                "banderAtLimit" => Self::BanderAtLimit,
                "banderClosed" => Self::BanderClosed,
                "banderConfigurationChange" => Self::BanderConfigurationChange,
                "banderCoverClosed" => Self::BanderCoverClosed,
                "banderCoverOpen" => Self::BanderCoverOpen,
                "banderEmpty" => Self::BanderEmpty,
                "banderFull" => Self::BanderFull,
                "banderInterlockClosed" => Self::BanderInterlockClosed,
                "banderInterlockOpen" => Self::BanderInterlockOpen,
                "banderJam" => Self::BanderJam,
                "banderLifeAlmostOver" => Self::BanderLifeAlmostOver,
                "banderLifeOver" => Self::BanderLifeOver,
                "banderMemoryExhausted" => Self::BanderMemoryExhausted,
                "banderMissing" => Self::BanderMissing,
                "banderMotorFailure" => Self::BanderMotorFailure,
                "banderNearLimit" => Self::BanderNearLimit,
                "banderOffline" => Self::BanderOffline,
                "banderOpened" => Self::BanderOpened,
                "banderOverTemperature" => Self::BanderOverTemperature,
                "banderPowerSaver" => Self::BanderPowerSaver,
                "banderRecoverableFailure" => Self::BanderRecoverableFailure,
                "banderRecoverableStorage" => Self::BanderRecoverableStorage,
                "banderRemoved" => Self::BanderRemoved,
                "banderResourceAdded" => Self::BanderResourceAdded,
                "banderResourceRemoved" => Self::BanderResourceRemoved,
                "banderThermistorFailure" => Self::BanderThermistorFailure,
                "banderTimingFailure" => Self::BanderTimingFailure,
                "banderTurnedOff" => Self::BanderTurnedOff,
                "banderTurnedOn" => Self::BanderTurnedOn,
                "banderUnderTemperature" => Self::BanderUnderTemperature,
                "banderUnrecoverableFailure" => Self::BanderUnrecoverableFailure,
                "banderUnrecoverableStorageError" => {
                    Self::BanderUnrecoverableStorageError
                }
                "banderWarmingUp" => Self::BanderWarmingUp,
                "binderAdded" => Self::BinderAdded,
                "binderAlmostEmpty" => Self::BinderAlmostEmpty,
                "binderAlmostFull" => Self::BinderAlmostFull,
                "binderAtLimit" => Self::BinderAtLimit,
                "binderClosed" => Self::BinderClosed,
                "binderConfigurationChange" => Self::BinderConfigurationChange,
                "binderCoverClosed" => Self::BinderCoverClosed,
                "binderCoverOpen" => Self::BinderCoverOpen,
                "binderEmpty" => Self::BinderEmpty,
                "binderFull" => Self::BinderFull,
                "binderInterlockClosed" => Self::BinderInterlockClosed,
                "binderInterlockOpen" => Self::BinderInterlockOpen,
                "binderJam" => Self::BinderJam,
                "binderLifeAlmostOver" => Self::BinderLifeAlmostOver,
                "binderLifeOver" => Self::BinderLifeOver,
                "binderMemoryExhausted" => Self::BinderMemoryExhausted,
                "binderMissing" => Self::BinderMissing,
                "binderMotorFailure" => Self::BinderMotorFailure,
                "binderNearLimit" => Self::BinderNearLimit,
                "binderOffline" => Self::BinderOffline,
                "binderOpened" => Self::BinderOpened,
                "binderOverTemperature" => Self::BinderOverTemperature,
                "binderPowerSaver" => Self::BinderPowerSaver,
                "binderRecoverableFailure" => Self::BinderRecoverableFailure,
                "binderRecoverableStorage" => Self::BinderRecoverableStorage,
                "binderRemoved" => Self::BinderRemoved,
                "binderResourceAdded" => Self::BinderResourceAdded,
                "binderResourceRemoved" => Self::BinderResourceRemoved,
                "binderThermistorFailure" => Self::BinderThermistorFailure,
                "binderTimingFailure" => Self::BinderTimingFailure,
                "binderTurnedOff" => Self::BinderTurnedOff,
                "binderTurnedOn" => Self::BinderTurnedOn,
                "binderUnderTemperature" => Self::BinderUnderTemperature,
                "binderUnrecoverableFailure" => Self::BinderUnrecoverableFailure,
                "binderUnrecoverableStorageError" => {
                    Self::BinderUnrecoverableStorageError
                }
                "binderWarmingUp" => Self::BinderWarmingUp,
                "cameraFailure" => Self::CameraFailure,
                "chamberCooling" => Self::ChamberCooling,
                "chamberFailure" => Self::ChamberFailure,
                "chamberHeating" => Self::ChamberHeating,
                "chamberTemperatureHigh" => Self::ChamberTemperatureHigh,
                "chamberTemperatureLow" => Self::ChamberTemperatureLow,
                "cleanerLifeAlmostOver" => Self::CleanerLifeAlmostOver,
                "cleanerLifeOver" => Self::CleanerLifeOver,
                "configurationChange" => Self::ConfigurationChange,
                "deactivated" => Self::Deactivated,
                "deleted" => Self::Deleted,
                "dieCutterAdded" => Self::DieCutterAdded,
                "dieCutterAlmostEmpty" => Self::DieCutterAlmostEmpty,
                "dieCutterAlmostFull" => Self::DieCutterAlmostFull,
                "dieCutterAtLimit" => Self::DieCutterAtLimit,
                "dieCutterClosed" => Self::DieCutterClosed,
                "dieCutterConfigurationChange" => Self::DieCutterConfigurationChange,
                "dieCutterCoverClosed" => Self::DieCutterCoverClosed,
                "dieCutterCoverOpen" => Self::DieCutterCoverOpen,
                "dieCutterEmpty" => Self::DieCutterEmpty,
                "dieCutterFull" => Self::DieCutterFull,
                "dieCutterInterlockClosed" => Self::DieCutterInterlockClosed,
                "dieCutterInterlockOpen" => Self::DieCutterInterlockOpen,
                "dieCutterJam" => Self::DieCutterJam,
                "dieCutterLifeAlmostOver" => Self::DieCutterLifeAlmostOver,
                "dieCutterLifeOver" => Self::DieCutterLifeOver,
                "dieCutterMemoryExhausted" => Self::DieCutterMemoryExhausted,
                "dieCutterMissing" => Self::DieCutterMissing,
                "dieCutterMotorFailure" => Self::DieCutterMotorFailure,
                "dieCutterNearLimit" => Self::DieCutterNearLimit,
                "dieCutterOffline" => Self::DieCutterOffline,
                "dieCutterOpened" => Self::DieCutterOpened,
                "dieCutterOverTemperature" => Self::DieCutterOverTemperature,
                "dieCutterPowerSaver" => Self::DieCutterPowerSaver,
                "dieCutterRecoverableFailure" => Self::DieCutterRecoverableFailure,
                "dieCutterRecoverableStorage" => Self::DieCutterRecoverableStorage,
                "dieCutterRemoved" => Self::DieCutterRemoved,
                "dieCutterResourceAdded" => Self::DieCutterResourceAdded,
                "dieCutterResourceRemoved" => Self::DieCutterResourceRemoved,
                "dieCutterThermistorFailure" => Self::DieCutterThermistorFailure,
                "dieCutterTimingFailure" => Self::DieCutterTimingFailure,
                "dieCutterTurnedOff" => Self::DieCutterTurnedOff,
                "dieCutterTurnedOn" => Self::DieCutterTurnedOn,
                "dieCutterUnderTemperature" => Self::DieCutterUnderTemperature,
                "dieCutterUnrecoverableFailure" => Self::DieCutterUnrecoverableFailure,
                "dieCutterUnrecoverableStorageError" => {
                    Self::DieCutterUnrecoverableStorageError
                }
                "dieCutterWarmingUp" => Self::DieCutterWarmingUp,
                "extruderCooling" => Self::ExtruderCooling,
                "extruderFailure" => Self::ExtruderFailure,
                "extruderHeating" => Self::ExtruderHeating,
                "extruderJam" => Self::ExtruderJam,
                "extruderTemperatureHigh" => Self::ExtruderTemperatureHigh,
                "extruderTemperatureLow" => Self::ExtruderTemperatureLow,
                "fanFailure" => Self::FanFailure,
                "faxModemLifeAlmostOver" => Self::FaxModemLifeAlmostOver,
                "faxModemLifeOver" => Self::FaxModemLifeOver,
                "faxModemMissing" => Self::FaxModemMissing,
                "faxModemTurnedOff" => Self::FaxModemTurnedOff,
                "faxModemTurnedOn" => Self::FaxModemTurnedOn,
                "folderAdded" => Self::FolderAdded,
                "folderAlmostEmpty" => Self::FolderAlmostEmpty,
                "folderAlmostFull" => Self::FolderAlmostFull,
                "folderAtLimit" => Self::FolderAtLimit,
                "folderClosed" => Self::FolderClosed,
                "folderConfigurationChange" => Self::FolderConfigurationChange,
                "folderCoverClosed" => Self::FolderCoverClosed,
                "folderCoverOpen" => Self::FolderCoverOpen,
                "folderEmpty" => Self::FolderEmpty,
                "folderFull" => Self::FolderFull,
                "folderInterlockClosed" => Self::FolderInterlockClosed,
                "folderInterlockOpen" => Self::FolderInterlockOpen,
                "folderJam" => Self::FolderJam,
                "folderLifeAlmostOver" => Self::FolderLifeAlmostOver,
                "folderLifeOver" => Self::FolderLifeOver,
                "folderMemoryExhausted" => Self::FolderMemoryExhausted,
                "folderMissing" => Self::FolderMissing,
                "folderMotorFailure" => Self::FolderMotorFailure,
                "folderNearLimit" => Self::FolderNearLimit,
                "folderOffline" => Self::FolderOffline,
                "folderOpened" => Self::FolderOpened,
                "folderOverTemperature" => Self::FolderOverTemperature,
                "folderPowerSaver" => Self::FolderPowerSaver,
                "folderRecoverableFailure" => Self::FolderRecoverableFailure,
                "folderRecoverableStorage" => Self::FolderRecoverableStorage,
                "folderRemoved" => Self::FolderRemoved,
                "folderResourceAdded" => Self::FolderResourceAdded,
                "folderResourceRemoved" => Self::FolderResourceRemoved,
                "folderThermistorFailure" => Self::FolderThermistorFailure,
                "folderTimingFailure" => Self::FolderTimingFailure,
                "folderTurnedOff" => Self::FolderTurnedOff,
                "folderTurnedOn" => Self::FolderTurnedOn,
                "folderUnderTemperature" => Self::FolderUnderTemperature,
                "folderUnrecoverableFailure" => Self::FolderUnrecoverableFailure,
                "folderUnrecoverableStorageError" => {
                    Self::FolderUnrecoverableStorageError
                }
                "folderWarmingUp" => Self::FolderWarmingUp,
                "hibernate" => Self::Hibernate,
                "holdNewJobs" => Self::HoldNewJobs,
                "identifyPrinterRequested" => Self::IdentifyPrinterRequested,
                "imprinterAdded" => Self::ImprinterAdded,
                "imprinterAlmostEmpty" => Self::ImprinterAlmostEmpty,
                "imprinterAlmostFull" => Self::ImprinterAlmostFull,
                "imprinterAtLimit" => Self::ImprinterAtLimit,
                "imprinterClosed" => Self::ImprinterClosed,
                "imprinterConfigurationChange" => Self::ImprinterConfigurationChange,
                "imprinterCoverClosed" => Self::ImprinterCoverClosed,
                "imprinterCoverOpen" => Self::ImprinterCoverOpen,
                "imprinterEmpty" => Self::ImprinterEmpty,
                "imprinterFull" => Self::ImprinterFull,
                "imprinterInterlockClosed" => Self::ImprinterInterlockClosed,
                "imprinterInterlockOpen" => Self::ImprinterInterlockOpen,
                "imprinterJam" => Self::ImprinterJam,
                "imprinterLifeAlmostOver" => Self::ImprinterLifeAlmostOver,
                "imprinterLifeOver" => Self::ImprinterLifeOver,
                "imprinterMemoryExhausted" => Self::ImprinterMemoryExhausted,
                "imprinterMissing" => Self::ImprinterMissing,
                "imprinterMotorFailure" => Self::ImprinterMotorFailure,
                "imprinterNearLimit" => Self::ImprinterNearLimit,
                "imprinterOffline" => Self::ImprinterOffline,
                "imprinterOpened" => Self::ImprinterOpened,
                "imprinterOverTemperature" => Self::ImprinterOverTemperature,
                "imprinterPowerSaver" => Self::ImprinterPowerSaver,
                "imprinterRecoverableFailure" => Self::ImprinterRecoverableFailure,
                "imprinterRecoverableStorage" => Self::ImprinterRecoverableStorage,
                "imprinterRemoved" => Self::ImprinterRemoved,
                "imprinterResourceAdded" => Self::ImprinterResourceAdded,
                "imprinterResourceRemoved" => Self::ImprinterResourceRemoved,
                "imprinterThermistorFailure" => Self::ImprinterThermistorFailure,
                "imprinterTimingFailure" => Self::ImprinterTimingFailure,
                "imprinterTurnedOff" => Self::ImprinterTurnedOff,
                "imprinterTurnedOn" => Self::ImprinterTurnedOn,
                "imprinterUnderTemperature" => Self::ImprinterUnderTemperature,
                "imprinterUnrecoverableFailure" => Self::ImprinterUnrecoverableFailure,
                "imprinterUnrecoverableStorageError" => {
                    Self::ImprinterUnrecoverableStorageError
                }
                "imprinterWarmingUp" => Self::ImprinterWarmingUp,
                "inputCannotFeedSizeSelected" => Self::InputCannotFeedSizeSelected,
                "inputManualInputRequest" => Self::InputManualInputRequest,
                "inputMediaColorChange" => Self::InputMediaColorChange,
                "inputMediaFormPartsChange" => Self::InputMediaFormPartsChange,
                "inputMediaSizeChange" => Self::InputMediaSizeChange,
                "inputMediaTrayFailure" => Self::InputMediaTrayFailure,
                "inputMediaTrayFeedError" => Self::InputMediaTrayFeedError,
                "inputMediaTrayJam" => Self::InputMediaTrayJam,
                "inputMediaTypeChange" => Self::InputMediaTypeChange,
                "inputMediaWeightChange" => Self::InputMediaWeightChange,
                "inputPickRollerFailure" => Self::InputPickRollerFailure,
                "inputPickRollerLifeOver" => Self::InputPickRollerLifeOver,
                "inputPickRollerLifeWarn" => Self::InputPickRollerLifeWarn,
                "inputPickRollerMissing" => Self::InputPickRollerMissing,
                "inputTrayElevationFailure" => Self::InputTrayElevationFailure,
                "inputTrayPositionFailure" => Self::InputTrayPositionFailure,
                "inserterAdded" => Self::InserterAdded,
                "inserterAlmostEmpty" => Self::InserterAlmostEmpty,
                "inserterAlmostFull" => Self::InserterAlmostFull,
                "inserterAtLimit" => Self::InserterAtLimit,
                "inserterClosed" => Self::InserterClosed,
                "inserterConfigurationChange" => Self::InserterConfigurationChange,
                "inserterCoverClosed" => Self::InserterCoverClosed,
                "inserterCoverOpen" => Self::InserterCoverOpen,
                "inserterEmpty" => Self::InserterEmpty,
                "inserterFull" => Self::InserterFull,
                "inserterInterlockClosed" => Self::InserterInterlockClosed,
                "inserterInterlockOpen" => Self::InserterInterlockOpen,
                "inserterJam" => Self::InserterJam,
                "inserterLifeAlmostOver" => Self::InserterLifeAlmostOver,
                "inserterLifeOver" => Self::InserterLifeOver,
                "inserterMemoryExhausted" => Self::InserterMemoryExhausted,
                "inserterMissing" => Self::InserterMissing,
                "inserterMotorFailure" => Self::InserterMotorFailure,
                "inserterNearLimit" => Self::InserterNearLimit,
                "inserterOffline" => Self::InserterOffline,
                "inserterOpened" => Self::InserterOpened,
                "inserterOverTemperature" => Self::InserterOverTemperature,
                "inserterPowerSaver" => Self::InserterPowerSaver,
                "inserterRecoverableFailure" => Self::InserterRecoverableFailure,
                "inserterRecoverableStorage" => Self::InserterRecoverableStorage,
                "inserterRemoved" => Self::InserterRemoved,
                "inserterResourceAdded" => Self::InserterResourceAdded,
                "inserterResourceRemoved" => Self::InserterResourceRemoved,
                "inserterThermistorFailure" => Self::InserterThermistorFailure,
                "inserterTimingFailure" => Self::InserterTimingFailure,
                "inserterTurnedOff" => Self::InserterTurnedOff,
                "inserterTurnedOn" => Self::InserterTurnedOn,
                "inserterUnderTemperature" => Self::InserterUnderTemperature,
                "inserterUnrecoverableFailure" => Self::InserterUnrecoverableFailure,
                "inserterUnrecoverableStorageError" => {
                    Self::InserterUnrecoverableStorageError
                }
                "inserterWarmingUp" => Self::InserterWarmingUp,
                "interlockClosed" => Self::InterlockClosed,
                "interpreterCartridgeAdded" => Self::InterpreterCartridgeAdded,
                "interpreterCartridgeDeleted" => Self::InterpreterCartridgeDeleted,
                "interpreterComplexPageEncountered" => {
                    Self::InterpreterComplexPageEncountered
                }
                "interpreterMemoryDecrease" => Self::InterpreterMemoryDecrease,
                "interpreterMemoryIncrease" => Self::InterpreterMemoryIncrease,
                "interpreterResourceAdded" => Self::InterpreterResourceAdded,
                "interpreterResourceDeleted" => Self::InterpreterResourceDeleted,
                "lampAtEol" => Self::LampAtEol,
                "lampFailure" => Self::LampFailure,
                "lampNearEol" => Self::LampNearEol,
                "laserAtEol" => Self::LaserAtEol,
                "laserFailure" => Self::LaserFailure,
                "laserNearEol" => Self::LaserNearEol,
                "makeEnvelopeAdded" => Self::MakeEnvelopeAdded,
                "makeEnvelopeAlmostEmpty" => Self::MakeEnvelopeAlmostEmpty,
                "makeEnvelopeAlmostFull" => Self::MakeEnvelopeAlmostFull,
                "makeEnvelopeAtLimit" => Self::MakeEnvelopeAtLimit,
                "makeEnvelopeClosed" => Self::MakeEnvelopeClosed,
                "makeEnvelopeConfigurationChange" => {
                    Self::MakeEnvelopeConfigurationChange
                }
                "makeEnvelopeCoverClosed" => Self::MakeEnvelopeCoverClosed,
                "makeEnvelopeCoverOpen" => Self::MakeEnvelopeCoverOpen,
                "makeEnvelopeEmpty" => Self::MakeEnvelopeEmpty,
                "makeEnvelopeFull" => Self::MakeEnvelopeFull,
                "makeEnvelopeInterlockClosed" => Self::MakeEnvelopeInterlockClosed,
                "makeEnvelopeInterlockOpen" => Self::MakeEnvelopeInterlockOpen,
                "makeEnvelopeJam" => Self::MakeEnvelopeJam,
                "makeEnvelopeLifeAlmostOver" => Self::MakeEnvelopeLifeAlmostOver,
                "makeEnvelopeLifeOver" => Self::MakeEnvelopeLifeOver,
                "makeEnvelopeMemoryExhausted" => Self::MakeEnvelopeMemoryExhausted,
                "makeEnvelopeMissing" => Self::MakeEnvelopeMissing,
                "makeEnvelopeMotorFailure" => Self::MakeEnvelopeMotorFailure,
                "makeEnvelopeNearLimit" => Self::MakeEnvelopeNearLimit,
                "makeEnvelopeOffline" => Self::MakeEnvelopeOffline,
                "makeEnvelopeOpened" => Self::MakeEnvelopeOpened,
                "makeEnvelopeOverTemperature" => Self::MakeEnvelopeOverTemperature,
                "makeEnvelopePowerSaver" => Self::MakeEnvelopePowerSaver,
                "makeEnvelopeRecoverableFailure" => Self::MakeEnvelopeRecoverableFailure,
                "makeEnvelopeRecoverableStorage" => Self::MakeEnvelopeRecoverableStorage,
                "makeEnvelopeRemoved" => Self::MakeEnvelopeRemoved,
                "makeEnvelopeResourceAdded" => Self::MakeEnvelopeResourceAdded,
                "makeEnvelopeResourceRemoved" => Self::MakeEnvelopeResourceRemoved,
                "makeEnvelopeThermistorFailure" => Self::MakeEnvelopeThermistorFailure,
                "makeEnvelopeTimingFailure" => Self::MakeEnvelopeTimingFailure,
                "makeEnvelopeTurnedOff" => Self::MakeEnvelopeTurnedOff,
                "makeEnvelopeTurnedOn" => Self::MakeEnvelopeTurnedOn,
                "makeEnvelopeUnderTemperature" => Self::MakeEnvelopeUnderTemperature,
                "makeEnvelopeUnrecoverableFailure" => {
                    Self::MakeEnvelopeUnrecoverableFailure
                }
                "makeEnvelopeUnrecoverableStorageError" => {
                    Self::MakeEnvelopeUnrecoverableStorageError
                }
                "makeEnvelopeWarmingUp" => Self::MakeEnvelopeWarmingUp,
                "markerAdjustingPrintQuality" => Self::MarkerAdjustingPrintQuality,
                "markerCleanerMissing" => Self::MarkerCleanerMissing,
                "markerDeveloperAlmostEmpty" => Self::MarkerDeveloperAlmostEmpty,
                "markerDeveloperEmpty" => Self::MarkerDeveloperEmpty,
                "markerDeveloperMissing" => Self::MarkerDeveloperMissing,
                "markerFuserMissing" => Self::MarkerFuserMissing,
                "markerFuserThermistorFailure" => Self::MarkerFuserThermistorFailure,
                "markerFuserTimingFailure" => Self::MarkerFuserTimingFailure,
                "markerInkAlmostEmpty" => Self::MarkerInkAlmostEmpty,
                "markerInkEmpty" => Self::MarkerInkEmpty,
                "markerInkMissing" => Self::MarkerInkMissing,
                "markerOpcMissing" => Self::MarkerOpcMissing,
                "markerPrintRibbonAlmostEmpty" => Self::MarkerPrintRibbonAlmostEmpty,
                "markerPrintRibbonEmpty" => Self::MarkerPrintRibbonEmpty,
                "markerPrintRibbonMissing" => Self::MarkerPrintRibbonMissing,
                "markerSupplyAlmostEmpty" => Self::MarkerSupplyAlmostEmpty,
                "markerSupplyMissing" => Self::MarkerSupplyMissing,
                "markerTonerCartridgeMissing" => Self::MarkerTonerCartridgeMissing,
                "markerTonerMissing" => Self::MarkerTonerMissing,
                "markerWasteInkReceptacleAlmostFull" => {
                    Self::MarkerWasteInkReceptacleAlmostFull
                }
                "markerWasteInkReceptacleFull" => Self::MarkerWasteInkReceptacleFull,
                "markerWasteInkReceptacleMissing" => {
                    Self::MarkerWasteInkReceptacleMissing
                }
                "markerWasteMissing" => Self::MarkerWasteMissing,
                "markerWasteTonerReceptacleAlmostFull" => {
                    Self::MarkerWasteTonerReceptacleAlmostFull
                }
                "markerWasteTonerReceptacleFull" => Self::MarkerWasteTonerReceptacleFull,
                "markerWasteTonerReceptacleMissing" => {
                    Self::MarkerWasteTonerReceptacleMissing
                }
                "materialEmpty" => Self::MaterialEmpty,
                "materialLow" => Self::MaterialLow,
                "materialNeeded" => Self::MaterialNeeded,
                "mediaDrying" => Self::MediaDrying,
                "mediaPathCannotDuplexMediaSelected" => {
                    Self::MediaPathCannotDuplexMediaSelected
                }
                "mediaPathFailure" => Self::MediaPathFailure,
                "mediaPathInputEmpty" => Self::MediaPathInputEmpty,
                "mediaPathInputFeedError" => Self::MediaPathInputFeedError,
                "mediaPathInputJam" => Self::MediaPathInputJam,
                "mediaPathInputRequest" => Self::MediaPathInputRequest,
                "mediaPathJam" => Self::MediaPathJam,
                "mediaPathMediaTrayAlmostFull" => Self::MediaPathMediaTrayAlmostFull,
                "mediaPathMediaTrayFull" => Self::MediaPathMediaTrayFull,
                "mediaPathMediaTrayMissing" => Self::MediaPathMediaTrayMissing,
                "mediaPathOutputFeedError" => Self::MediaPathOutputFeedError,
                "mediaPathOutputFull" => Self::MediaPathOutputFull,
                "mediaPathOutputJam" => Self::MediaPathOutputJam,
                "mediaPathPickRollerFailure" => Self::MediaPathPickRollerFailure,
                "mediaPathPickRollerLifeOver" => Self::MediaPathPickRollerLifeOver,
                "mediaPathPickRollerLifeWarn" => Self::MediaPathPickRollerLifeWarn,
                "mediaPathPickRollerMissing" => Self::MediaPathPickRollerMissing,
                "motorFailure" => Self::MotorFailure,
                "outputMailboxSelectFailure" => Self::OutputMailboxSelectFailure,
                "outputMediaTrayFailure" => Self::OutputMediaTrayFailure,
                "outputMediaTrayFeedError" => Self::OutputMediaTrayFeedError,
                "outputMediaTrayJam" => Self::OutputMediaTrayJam,
                "perforaterAdded" => Self::PerforaterAdded,
                "perforaterAlmostEmpty" => Self::PerforaterAlmostEmpty,
                "perforaterAlmostFull" => Self::PerforaterAlmostFull,
                "perforaterAtLimit" => Self::PerforaterAtLimit,
                "perforaterClosed" => Self::PerforaterClosed,
                "perforaterConfigurationChange" => Self::PerforaterConfigurationChange,
                "perforaterCoverClosed" => Self::PerforaterCoverClosed,
                "perforaterCoverOpen" => Self::PerforaterCoverOpen,
                "perforaterEmpty" => Self::PerforaterEmpty,
                "perforaterFull" => Self::PerforaterFull,
                "perforaterInterlockClosed" => Self::PerforaterInterlockClosed,
                "perforaterInterlockOpen" => Self::PerforaterInterlockOpen,
                "perforaterJam" => Self::PerforaterJam,
                "perforaterLifeAlmostOver" => Self::PerforaterLifeAlmostOver,
                "perforaterLifeOver" => Self::PerforaterLifeOver,
                "perforaterMemoryExhausted" => Self::PerforaterMemoryExhausted,
                "perforaterMissing" => Self::PerforaterMissing,
                "perforaterMotorFailure" => Self::PerforaterMotorFailure,
                "perforaterNearLimit" => Self::PerforaterNearLimit,
                "perforaterOffline" => Self::PerforaterOffline,
                "perforaterOpened" => Self::PerforaterOpened,
                "perforaterOverTemperature" => Self::PerforaterOverTemperature,
                "perforaterPowerSaver" => Self::PerforaterPowerSaver,
                "perforaterRecoverableFailure" => Self::PerforaterRecoverableFailure,
                "perforaterRecoverableStorage" => Self::PerforaterRecoverableStorage,
                "perforaterRemoved" => Self::PerforaterRemoved,
                "perforaterResourceAdded" => Self::PerforaterResourceAdded,
                "perforaterResourceRemoved" => Self::PerforaterResourceRemoved,
                "perforaterThermistorFailure" => Self::PerforaterThermistorFailure,
                "perforaterTimingFailure" => Self::PerforaterTimingFailure,
                "perforaterTurnedOff" => Self::PerforaterTurnedOff,
                "perforaterTurnedOn" => Self::PerforaterTurnedOn,
                "perforaterUnderTemperature" => Self::PerforaterUnderTemperature,
                "perforaterUnrecoverableFailure" => Self::PerforaterUnrecoverableFailure,
                "perforaterUnrecoverableStorageError" => {
                    Self::PerforaterUnrecoverableStorageError
                }
                "perforaterWarmingUp" => Self::PerforaterWarmingUp,
                "platformCooling" => Self::PlatformCooling,
                "platformFailure" => Self::PlatformFailure,
                "platformHeating" => Self::PlatformHeating,
                "platformTemperatureHigh" => Self::PlatformTemperatureHigh,
                "platformTemperatureLow" => Self::PlatformTemperatureLow,
                "powerDown" => Self::PowerDown,
                "powerUp" => Self::PowerUp,
                "printerManualReset" => Self::PrinterManualReset,
                "printerNmsReset" => Self::PrinterNmsReset,
                "printerReadyToPrint" => Self::PrinterReadyToPrint,
                "puncherAdded" => Self::PuncherAdded,
                "puncherAlmostEmpty" => Self::PuncherAlmostEmpty,
                "puncherAlmostFull" => Self::PuncherAlmostFull,
                "puncherAtLimit" => Self::PuncherAtLimit,
                "puncherClosed" => Self::PuncherClosed,
                "puncherConfigurationChange" => Self::PuncherConfigurationChange,
                "puncherCoverClosed" => Self::PuncherCoverClosed,
                "puncherCoverOpen" => Self::PuncherCoverOpen,
                "puncherEmpty" => Self::PuncherEmpty,
                "puncherFull" => Self::PuncherFull,
                "puncherInterlockClosed" => Self::PuncherInterlockClosed,
                "puncherInterlockOpen" => Self::PuncherInterlockOpen,
                "puncherJam" => Self::PuncherJam,
                "puncherLifeAlmostOver" => Self::PuncherLifeAlmostOver,
                "puncherLifeOver" => Self::PuncherLifeOver,
                "puncherMemoryExhausted" => Self::PuncherMemoryExhausted,
                "puncherMissing" => Self::PuncherMissing,
                "puncherMotorFailure" => Self::PuncherMotorFailure,
                "puncherNearLimit" => Self::PuncherNearLimit,
                "puncherOffline" => Self::PuncherOffline,
                "puncherOpened" => Self::PuncherOpened,
                "puncherOverTemperature" => Self::PuncherOverTemperature,
                "puncherPowerSaver" => Self::PuncherPowerSaver,
                "puncherRecoverableFailure" => Self::PuncherRecoverableFailure,
                "puncherRecoverableStorage" => Self::PuncherRecoverableStorage,
                "puncherRemoved" => Self::PuncherRemoved,
                "puncherResourceAdded" => Self::PuncherResourceAdded,
                "puncherResourceRemoved" => Self::PuncherResourceRemoved,
                "puncherThermistorFailure" => Self::PuncherThermistorFailure,
                "puncherTimingFailure" => Self::PuncherTimingFailure,
                "puncherTurnedOff" => Self::PuncherTurnedOff,
                "puncherTurnedOn" => Self::PuncherTurnedOn,
                "puncherUnderTemperature" => Self::PuncherUnderTemperature,
                "puncherUnrecoverableFailure" => Self::PuncherUnrecoverableFailure,
                "puncherUnrecoverableStorageError" => {
                    Self::PuncherUnrecoverableStorageError
                }
                "puncherWarmingUp" => Self::PuncherWarmingUp,
                "resuming" => Self::Resuming,
                "scanMediaPathFailure" => Self::ScanMediaPathFailure,
                "scanMediaPathInputEmpty" => Self::ScanMediaPathInputEmpty,
                "scanMediaPathInputFeedError" => Self::ScanMediaPathInputFeedError,
                "scanMediaPathInputJam" => Self::ScanMediaPathInputJam,
                "scanMediaPathInputRequest" => Self::ScanMediaPathInputRequest,
                "scanMediaPathJam" => Self::ScanMediaPathJam,
                "scanMediaPathOutputFeedError" => Self::ScanMediaPathOutputFeedError,
                "scanMediaPathOutputFull" => Self::ScanMediaPathOutputFull,
                "scanMediaPathOutputJam" => Self::ScanMediaPathOutputJam,
                "scanMediaPathPickRollerFailure" => Self::ScanMediaPathPickRollerFailure,
                "scanMediaPathPickRollerLifeOver" => {
                    Self::ScanMediaPathPickRollerLifeOver
                }
                "scanMediaPathPickRollerLifeWarn" => {
                    Self::ScanMediaPathPickRollerLifeWarn
                }
                "scanMediaPathPickRollerMissing" => Self::ScanMediaPathPickRollerMissing,
                "scanMediaPathTrayAlmostFull" => Self::ScanMediaPathTrayAlmostFull,
                "scanMediaPathTrayFull" => Self::ScanMediaPathTrayFull,
                "scanMediaPathTrayMissing" => Self::ScanMediaPathTrayMissing,
                "scannerLightFailure" => Self::ScannerLightFailure,
                "scannerLightLifeAlmostOver" => Self::ScannerLightLifeAlmostOver,
                "scannerLightLifeOver" => Self::ScannerLightLifeOver,
                "scannerLightMissing" => Self::ScannerLightMissing,
                "scannerSensorFailure" => Self::ScannerSensorFailure,
                "scannerSensorLifeAlmostOver" => Self::ScannerSensorLifeAlmostOver,
                "scannerSensorLifeOver" => Self::ScannerSensorLifeOver,
                "scannerSensorMissing" => Self::ScannerSensorMissing,
                "separationCutterAdded" => Self::SeparationCutterAdded,
                "separationCutterAlmostEmpty" => Self::SeparationCutterAlmostEmpty,
                "separationCutterAlmostFull" => Self::SeparationCutterAlmostFull,
                "separationCutterAtLimit" => Self::SeparationCutterAtLimit,
                "separationCutterClosed" => Self::SeparationCutterClosed,
                "separationCutterConfigurationChange" => {
                    Self::SeparationCutterConfigurationChange
                }
                "separationCutterCoverClosed" => Self::SeparationCutterCoverClosed,
                "separationCutterCoverOpen" => Self::SeparationCutterCoverOpen,
                "separationCutterEmpty" => Self::SeparationCutterEmpty,
                "separationCutterFull" => Self::SeparationCutterFull,
                "separationCutterInterlockClosed" => {
                    Self::SeparationCutterInterlockClosed
                }
                "separationCutterInterlockOpen" => Self::SeparationCutterInterlockOpen,
                "separationCutterJam" => Self::SeparationCutterJam,
                "separationCutterLifeAlmostOver" => Self::SeparationCutterLifeAlmostOver,
                "separationCutterLifeOver" => Self::SeparationCutterLifeOver,
                "separationCutterMemoryExhausted" => {
                    Self::SeparationCutterMemoryExhausted
                }
                "separationCutterMissing" => Self::SeparationCutterMissing,
                "separationCutterMotorFailure" => Self::SeparationCutterMotorFailure,
                "separationCutterNearLimit" => Self::SeparationCutterNearLimit,
                "separationCutterOffline" => Self::SeparationCutterOffline,
                "separationCutterOpened" => Self::SeparationCutterOpened,
                "separationCutterOverTemperature" => {
                    Self::SeparationCutterOverTemperature
                }
                "separationCutterPowerSaver" => Self::SeparationCutterPowerSaver,
                "separationCutterRecoverableFailure" => {
                    Self::SeparationCutterRecoverableFailure
                }
                "separationCutterRecoverableStorage" => {
                    Self::SeparationCutterRecoverableStorage
                }
                "separationCutterRemoved" => Self::SeparationCutterRemoved,
                "separationCutterResourceAdded" => Self::SeparationCutterResourceAdded,
                "separationCutterResourceRemoved" => {
                    Self::SeparationCutterResourceRemoved
                }
                "separationCutterThermistorFailure" => {
                    Self::SeparationCutterThermistorFailure
                }
                "separationCutterTimingFailure" => Self::SeparationCutterTimingFailure,
                "separationCutterTurnedOff" => Self::SeparationCutterTurnedOff,
                "separationCutterTurnedOn" => Self::SeparationCutterTurnedOn,
                "separationCutterUnderTemperature" => {
                    Self::SeparationCutterUnderTemperature
                }
                "separationCutterUnrecoverableFailure" => {
                    Self::SeparationCutterUnrecoverableFailure
                }
                "separationCutterUnrecoverableStorageError" => {
                    Self::SeparationCutterUnrecoverableStorageError
                }
                "separationCutterWarmingUp" => Self::SeparationCutterWarmingUp,
                "sheetRotatorAdded" => Self::SheetRotatorAdded,
                "sheetRotatorAlmostEmpty" => Self::SheetRotatorAlmostEmpty,
                "sheetRotatorAlmostFull" => Self::SheetRotatorAlmostFull,
                "sheetRotatorAtLimit" => Self::SheetRotatorAtLimit,
                "sheetRotatorClosed" => Self::SheetRotatorClosed,
                "sheetRotatorConfigurationChange" => {
                    Self::SheetRotatorConfigurationChange
                }
                "sheetRotatorCoverClosed" => Self::SheetRotatorCoverClosed,
                "sheetRotatorCoverOpen" => Self::SheetRotatorCoverOpen,
                "sheetRotatorEmpty" => Self::SheetRotatorEmpty,
                "sheetRotatorFull" => Self::SheetRotatorFull,
                "sheetRotatorInterlockClosed" => Self::SheetRotatorInterlockClosed,
                "sheetRotatorInterlockOpen" => Self::SheetRotatorInterlockOpen,
                "sheetRotatorJam" => Self::SheetRotatorJam,
                "sheetRotatorLifeAlmostOver" => Self::SheetRotatorLifeAlmostOver,
                "sheetRotatorLifeOver" => Self::SheetRotatorLifeOver,
                "sheetRotatorMemoryExhausted" => Self::SheetRotatorMemoryExhausted,
                "sheetRotatorMissing" => Self::SheetRotatorMissing,
                "sheetRotatorMotorFailure" => Self::SheetRotatorMotorFailure,
                "sheetRotatorNearLimit" => Self::SheetRotatorNearLimit,
                "sheetRotatorOffline" => Self::SheetRotatorOffline,
                "sheetRotatorOpened" => Self::SheetRotatorOpened,
                "sheetRotatorOverTemperature" => Self::SheetRotatorOverTemperature,
                "sheetRotatorPowerSaver" => Self::SheetRotatorPowerSaver,
                "sheetRotatorRecoverableFailure" => Self::SheetRotatorRecoverableFailure,
                "sheetRotatorRecoverableStorage" => Self::SheetRotatorRecoverableStorage,
                "sheetRotatorRemoved" => Self::SheetRotatorRemoved,
                "sheetRotatorResourceAdded" => Self::SheetRotatorResourceAdded,
                "sheetRotatorResourceRemoved" => Self::SheetRotatorResourceRemoved,
                "sheetRotatorThermistorFailure" => Self::SheetRotatorThermistorFailure,
                "sheetRotatorTimingFailure" => Self::SheetRotatorTimingFailure,
                "sheetRotatorTurnedOff" => Self::SheetRotatorTurnedOff,
                "sheetRotatorTurnedOn" => Self::SheetRotatorTurnedOn,
                "sheetRotatorUnderTemperature" => Self::SheetRotatorUnderTemperature,
                "sheetRotatorUnrecoverableFailure" => {
                    Self::SheetRotatorUnrecoverableFailure
                }
                "sheetRotatorUnrecoverableStorageError" => {
                    Self::SheetRotatorUnrecoverableStorageError
                }
                "sheetRotatorWarmingUp" => Self::SheetRotatorWarmingUp,
                "slitterAdded" => Self::SlitterAdded,
                "slitterAlmostEmpty" => Self::SlitterAlmostEmpty,
                "slitterAlmostFull" => Self::SlitterAlmostFull,
                "slitterAtLimit" => Self::SlitterAtLimit,
                "slitterClosed" => Self::SlitterClosed,
                "slitterConfigurationChange" => Self::SlitterConfigurationChange,
                "slitterCoverClosed" => Self::SlitterCoverClosed,
                "slitterCoverOpen" => Self::SlitterCoverOpen,
                "slitterEmpty" => Self::SlitterEmpty,
                "slitterFull" => Self::SlitterFull,
                "slitterInterlockClosed" => Self::SlitterInterlockClosed,
                "slitterInterlockOpen" => Self::SlitterInterlockOpen,
                "slitterJam" => Self::SlitterJam,
                "slitterLifeAlmostOver" => Self::SlitterLifeAlmostOver,
                "slitterLifeOver" => Self::SlitterLifeOver,
                "slitterMemoryExhausted" => Self::SlitterMemoryExhausted,
                "slitterMissing" => Self::SlitterMissing,
                "slitterMotorFailure" => Self::SlitterMotorFailure,
                "slitterNearLimit" => Self::SlitterNearLimit,
                "slitterOffline" => Self::SlitterOffline,
                "slitterOpened" => Self::SlitterOpened,
                "slitterOverTemperature" => Self::SlitterOverTemperature,
                "slitterPowerSaver" => Self::SlitterPowerSaver,
                "slitterRecoverableFailure" => Self::SlitterRecoverableFailure,
                "slitterRecoverableStorage" => Self::SlitterRecoverableStorage,
                "slitterRemoved" => Self::SlitterRemoved,
                "slitterResourceAdded" => Self::SlitterResourceAdded,
                "slitterResourceRemoved" => Self::SlitterResourceRemoved,
                "slitterThermistorFailure" => Self::SlitterThermistorFailure,
                "slitterTimingFailure" => Self::SlitterTimingFailure,
                "slitterTurnedOff" => Self::SlitterTurnedOff,
                "slitterTurnedOn" => Self::SlitterTurnedOn,
                "slitterUnderTemperature" => Self::SlitterUnderTemperature,
                "slitterUnrecoverableFailure" => Self::SlitterUnrecoverableFailure,
                "slitterUnrecoverableStorageError" => {
                    Self::SlitterUnrecoverableStorageError
                }
                "slitterWarmingUp" => Self::SlitterWarmingUp,
                "stackerAdded" => Self::StackerAdded,
                "stackerAlmostEmpty" => Self::StackerAlmostEmpty,
                "stackerAlmostFull" => Self::StackerAlmostFull,
                "stackerAtLimit" => Self::StackerAtLimit,
                "stackerClosed" => Self::StackerClosed,
                "stackerConfigurationChange" => Self::StackerConfigurationChange,
                "stackerCoverClosed" => Self::StackerCoverClosed,
                "stackerCoverOpen" => Self::StackerCoverOpen,
                "stackerEmpty" => Self::StackerEmpty,
                "stackerFull" => Self::StackerFull,
                "stackerInterlockClosed" => Self::StackerInterlockClosed,
                "stackerInterlockOpen" => Self::StackerInterlockOpen,
                "stackerJam" => Self::StackerJam,
                "stackerLifeAlmostOver" => Self::StackerLifeAlmostOver,
                "stackerLifeOver" => Self::StackerLifeOver,
                "stackerMemoryExhausted" => Self::StackerMemoryExhausted,
                "stackerMissing" => Self::StackerMissing,
                "stackerMotorFailure" => Self::StackerMotorFailure,
                "stackerNearLimit" => Self::StackerNearLimit,
                "stackerOffline" => Self::StackerOffline,
                "stackerOpened" => Self::StackerOpened,
                "stackerOverTemperature" => Self::StackerOverTemperature,
                "stackerPowerSaver" => Self::StackerPowerSaver,
                "stackerRecoverableFailure" => Self::StackerRecoverableFailure,
                "stackerRecoverableStorage" => Self::StackerRecoverableStorage,
                "stackerRemoved" => Self::StackerRemoved,
                "stackerResourceAdded" => Self::StackerResourceAdded,
                "stackerResourceRemoved" => Self::StackerResourceRemoved,
                "stackerThermistorFailure" => Self::StackerThermistorFailure,
                "stackerTimingFailure" => Self::StackerTimingFailure,
                "stackerTurnedOff" => Self::StackerTurnedOff,
                "stackerTurnedOn" => Self::StackerTurnedOn,
                "stackerUnderTemperature" => Self::StackerUnderTemperature,
                "stackerUnrecoverableFailure" => Self::StackerUnrecoverableFailure,
                "stackerUnrecoverableStorageError" => {
                    Self::StackerUnrecoverableStorageError
                }
                "stackerWarmingUp" => Self::StackerWarmingUp,
                "standby" => Self::Standby,
                "staplerAdded" => Self::StaplerAdded,
                "staplerAlmostEmpty" => Self::StaplerAlmostEmpty,
                "staplerAlmostFull" => Self::StaplerAlmostFull,
                "staplerAtLimit" => Self::StaplerAtLimit,
                "staplerClosed" => Self::StaplerClosed,
                "staplerConfigurationChange" => Self::StaplerConfigurationChange,
                "staplerCoverClosed" => Self::StaplerCoverClosed,
                "staplerCoverOpen" => Self::StaplerCoverOpen,
                "staplerEmpty" => Self::StaplerEmpty,
                "staplerFull" => Self::StaplerFull,
                "staplerInterlockClosed" => Self::StaplerInterlockClosed,
                "staplerInterlockOpen" => Self::StaplerInterlockOpen,
                "staplerJam" => Self::StaplerJam,
                "staplerLifeAlmostOver" => Self::StaplerLifeAlmostOver,
                "staplerLifeOver" => Self::StaplerLifeOver,
                "staplerMemoryExhausted" => Self::StaplerMemoryExhausted,
                "staplerMissing" => Self::StaplerMissing,
                "staplerMotorFailure" => Self::StaplerMotorFailure,
                "staplerNearLimit" => Self::StaplerNearLimit,
                "staplerOffline" => Self::StaplerOffline,
                "staplerOpened" => Self::StaplerOpened,
                "staplerOverTemperature" => Self::StaplerOverTemperature,
                "staplerPowerSaver" => Self::StaplerPowerSaver,
                "staplerRecoverableFailure" => Self::StaplerRecoverableFailure,
                "staplerRecoverableStorage" => Self::StaplerRecoverableStorage,
                "staplerRemoved" => Self::StaplerRemoved,
                "staplerResourceAdded" => Self::StaplerResourceAdded,
                "staplerResourceRemoved" => Self::StaplerResourceRemoved,
                "staplerThermistorFailure" => Self::StaplerThermistorFailure,
                "staplerTimingFailure" => Self::StaplerTimingFailure,
                "staplerTurnedOff" => Self::StaplerTurnedOff,
                "staplerTurnedOn" => Self::StaplerTurnedOn,
                "staplerUnderTemperature" => Self::StaplerUnderTemperature,
                "staplerUnrecoverableFailure" => Self::StaplerUnrecoverableFailure,
                "staplerUnrecoverableStorageError" => {
                    Self::StaplerUnrecoverableStorageError
                }
                "staplerWarmingUp" => Self::StaplerWarmingUp,
                "stitcherAdded" => Self::StitcherAdded,
                "stitcherAlmostEmpty" => Self::StitcherAlmostEmpty,
                "stitcherAlmostFull" => Self::StitcherAlmostFull,
                "stitcherAtLimit" => Self::StitcherAtLimit,
                "stitcherClosed" => Self::StitcherClosed,
                "stitcherConfigurationChange" => Self::StitcherConfigurationChange,
                "stitcherCoverClosed" => Self::StitcherCoverClosed,
                "stitcherCoverOpen" => Self::StitcherCoverOpen,
                "stitcherEmpty" => Self::StitcherEmpty,
                "stitcherFull" => Self::StitcherFull,
                "stitcherInterlockClosed" => Self::StitcherInterlockClosed,
                "stitcherInterlockOpen" => Self::StitcherInterlockOpen,
                "stitcherJam" => Self::StitcherJam,
                "stitcherLifeAlmostOver" => Self::StitcherLifeAlmostOver,
                "stitcherLifeOver" => Self::StitcherLifeOver,
                "stitcherMemoryExhausted" => Self::StitcherMemoryExhausted,
                "stitcherMissing" => Self::StitcherMissing,
                "stitcherMotorFailure" => Self::StitcherMotorFailure,
                "stitcherNearLimit" => Self::StitcherNearLimit,
                "stitcherOffline" => Self::StitcherOffline,
                "stitcherOpened" => Self::StitcherOpened,
                "stitcherOverTemperature" => Self::StitcherOverTemperature,
                "stitcherPowerSaver" => Self::StitcherPowerSaver,
                "stitcherRecoverableFailure" => Self::StitcherRecoverableFailure,
                "stitcherRecoverableStorage" => Self::StitcherRecoverableStorage,
                "stitcherRemoved" => Self::StitcherRemoved,
                "stitcherResourceAdded" => Self::StitcherResourceAdded,
                "stitcherResourceRemoved" => Self::StitcherResourceRemoved,
                "stitcherThermistorFailure" => Self::StitcherThermistorFailure,
                "stitcherTimingFailure" => Self::StitcherTimingFailure,
                "stitcherTurnedOff" => Self::StitcherTurnedOff,
                "stitcherTurnedOn" => Self::StitcherTurnedOn,
                "stitcherUnderTemperature" => Self::StitcherUnderTemperature,
                "stitcherUnrecoverableFailure" => Self::StitcherUnrecoverableFailure,
                "stitcherUnrecoverableStorageError" => {
                    Self::StitcherUnrecoverableStorageError
                }
                "stitcherWarmingUp" => Self::StitcherWarmingUp,
                "subunitAdded" => Self::SubunitAdded,
                "subunitAlmostEmpty" => Self::SubunitAlmostEmpty,
                "subunitAlmostFull" => Self::SubunitAlmostFull,
                "subunitAtLimit" => Self::SubunitAtLimit,
                "subunitClosed" => Self::SubunitClosed,
                "subunitCoolingDown" => Self::SubunitCoolingDown,
                "subunitEmpty" => Self::SubunitEmpty,
                "subunitFull" => Self::SubunitFull,
                "subunitLifeAlmostOver" => Self::SubunitLifeAlmostOver,
                "subunitLifeOver" => Self::SubunitLifeOver,
                "subunitMemoryExhausted" => Self::SubunitMemoryExhausted,
                "subunitMissing" => Self::SubunitMissing,
                "subunitMotorFailure" => Self::SubunitMotorFailure,
                "subunitNearLimit" => Self::SubunitNearLimit,
                "subunitOffline" => Self::SubunitOffline,
                "subunitOpened" => Self::SubunitOpened,
                "subunitOverTemperature" => Self::SubunitOverTemperature,
                "subunitPowerSaver" => Self::SubunitPowerSaver,
                "subunitRecoverableFailure" => Self::SubunitRecoverableFailure,
                "subunitRecoverableStorage" => Self::SubunitRecoverableStorage,
                "subunitRemoved" => Self::SubunitRemoved,
                "subunitResourceAdded" => Self::SubunitResourceAdded,
                "subunitResourceRemoved" => Self::SubunitResourceRemoved,
                "subunitThermistorFailure" => Self::SubunitThermistorFailure,
                "subunitTimingFailure" => Self::SubunitTimingFailure,
                "subunitTurnedOff" => Self::SubunitTurnedOff,
                "subunitTurnedOn" => Self::SubunitTurnedOn,
                "subunitUnderTemperature" => Self::SubunitUnderTemperature,
                "subunitUnrecoverableFailure" => Self::SubunitUnrecoverableFailure,
                "subunitUnrecoverableStorage" => Self::SubunitUnrecoverableStorage,
                "subunitWarmingUp" => Self::SubunitWarmingUp,
                "suspend" => Self::Suspend,
                "testing" => Self::Testing,
                "trimmerAdded" => Self::TrimmerAdded,
                "trimmerAlmostEmpty" => Self::TrimmerAlmostEmpty,
                "trimmerAlmostFull" => Self::TrimmerAlmostFull,
                "trimmerAtLimit" => Self::TrimmerAtLimit,
                "trimmerClosed" => Self::TrimmerClosed,
                "trimmerConfigurationChange" => Self::TrimmerConfigurationChange,
                "trimmerCoverClosed" => Self::TrimmerCoverClosed,
                "trimmerCoverOpen" => Self::TrimmerCoverOpen,
                "trimmerEmpty" => Self::TrimmerEmpty,
                "trimmerFull" => Self::TrimmerFull,
                "trimmerInterlockClosed" => Self::TrimmerInterlockClosed,
                "trimmerInterlockOpen" => Self::TrimmerInterlockOpen,
                "trimmerJam" => Self::TrimmerJam,
                "trimmerLifeAlmostOver" => Self::TrimmerLifeAlmostOver,
                "trimmerLifeOver" => Self::TrimmerLifeOver,
                "trimmerMemoryExhausted" => Self::TrimmerMemoryExhausted,
                "trimmerMissing" => Self::TrimmerMissing,
                "trimmerMotorFailure" => Self::TrimmerMotorFailure,
                "trimmerNearLimit" => Self::TrimmerNearLimit,
                "trimmerOffline" => Self::TrimmerOffline,
                "trimmerOpened" => Self::TrimmerOpened,
                "trimmerOverTemperature" => Self::TrimmerOverTemperature,
                "trimmerPowerSaver" => Self::TrimmerPowerSaver,
                "trimmerRecoverableFailure" => Self::TrimmerRecoverableFailure,
                "trimmerRecoverableStorage" => Self::TrimmerRecoverableStorage,
                "trimmerRemoved" => Self::TrimmerRemoved,
                "trimmerResourceAdded" => Self::TrimmerResourceAdded,
                "trimmerResourceRemoved" => Self::TrimmerResourceRemoved,
                "trimmerThermistorFailure" => Self::TrimmerThermistorFailure,
                "trimmerTimingFailure" => Self::TrimmerTimingFailure,
                "trimmerTurnedOff" => Self::TrimmerTurnedOff,
                "trimmerTurnedOn" => Self::TrimmerTurnedOn,
                "trimmerUnderTemperature" => Self::TrimmerUnderTemperature,
                "trimmerUnrecoverableFailure" => Self::TrimmerUnrecoverableFailure,
                "trimmerUnrecoverableStorageError" => {
                    Self::TrimmerUnrecoverableStorageError
                }
                "trimmerWarmingUp" => Self::TrimmerWarmingUp,
                "unknown" => Self::Unknown,
                "wrapperAdded" => Self::WrapperAdded,
                "wrapperAlmostEmpty" => Self::WrapperAlmostEmpty,
                "wrapperAlmostFull" => Self::WrapperAlmostFull,
                "wrapperAtLimit" => Self::WrapperAtLimit,
                "wrapperClosed" => Self::WrapperClosed,
                "wrapperConfigurationChange" => Self::WrapperConfigurationChange,
                "wrapperCoverClosed" => Self::WrapperCoverClosed,
                "wrapperCoverOpen" => Self::WrapperCoverOpen,
                "wrapperEmpty" => Self::WrapperEmpty,
                "wrapperFull" => Self::WrapperFull,
                "wrapperInterlockClosed" => Self::WrapperInterlockClosed,
                "wrapperInterlockOpen" => Self::WrapperInterlockOpen,
                "wrapperJam" => Self::WrapperJam,
                "wrapperLifeAlmostOver" => Self::WrapperLifeAlmostOver,
                "wrapperLifeOver" => Self::WrapperLifeOver,
                "wrapperMemoryExhausted" => Self::WrapperMemoryExhausted,
                "wrapperMissing" => Self::WrapperMissing,
                "wrapperMotorFailure" => Self::WrapperMotorFailure,
                "wrapperNearLimit" => Self::WrapperNearLimit,
                "wrapperOffline" => Self::WrapperOffline,
                "wrapperOpened" => Self::WrapperOpened,
                "wrapperOverTemperature" => Self::WrapperOverTemperature,
                "wrapperPowerSaver" => Self::WrapperPowerSaver,
                "wrapperRecoverableFailure" => Self::WrapperRecoverableFailure,
                "wrapperRecoverableStorage" => Self::WrapperRecoverableStorage,
                "wrapperRemoved" => Self::WrapperRemoved,
                "wrapperResourceAdded" => Self::WrapperResourceAdded,
                "wrapperResourceRemoved" => Self::WrapperResourceRemoved,
                "wrapperThermistorFailure" => Self::WrapperThermistorFailure,
                "wrapperTimingFailure" => Self::WrapperTimingFailure,
                "wrapperTurnedOff" => Self::WrapperTurnedOff,
                "wrapperTurnedOn" => Self::WrapperTurnedOn,
                "wrapperUnderTemperature" => Self::WrapperUnderTemperature,
                "wrapperUnrecoverableFailure" => Self::WrapperUnrecoverableFailure,
                "wrapperUnrecoverableStorageError" => {
                    Self::WrapperUnrecoverableStorageError
                }
                "wrapperWarmingUp" => Self::WrapperWarmingUp,
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
            Self::Paused => "paused",
            Self::MediaJam => "mediaJam",
            Self::MediaNeeded => "mediaNeeded",
            Self::MediaLow => "mediaLow",
            Self::MediaEmpty => "mediaEmpty",
            Self::CoverOpen => "coverOpen",
            Self::InterlockOpen => "interlockOpen",
            Self::OutputTrayMissing => "outputTrayMissing",
            Self::OutputAreaFull => "outputAreaFull",
            Self::MarkerSupplyLow => "markerSupplyLow",
            Self::MarkerSupplyEmpty => "markerSupplyEmpty",
            Self::InputTrayMissing => "inputTrayMissing",
            Self::OutputAreaAlmostFull => "outputAreaAlmostFull",
            Self::MarkerWasteAlmostFull => "markerWasteAlmostFull",
            Self::MarkerWasteFull => "markerWasteFull",
            Self::FuserOverTemp => "fuserOverTemp",
            Self::FuserUnderTemp => "fuserUnderTemp",
            Self::Other => "other",
            Self::None => "none",
            Self::MovingToPaused => "movingToPaused",
            Self::Shutdown => "shutdown",
            Self::ConnectingToDevice => "connectingToDevice",
            Self::TimedOut => "timedOut",
            Self::Stopping => "stopping",
            Self::StoppedPartially => "stoppedPartially",
            Self::TonerLow => "tonerLow",
            Self::TonerEmpty => "tonerEmpty",
            Self::SpoolAreaFull => "spoolAreaFull",
            Self::DoorOpen => "doorOpen",
            Self::OpticalPhotoConductorNearEndOfLife => {
                "opticalPhotoConductorNearEndOfLife"
            }
            Self::OpticalPhotoConductorLifeOver => "opticalPhotoConductorLifeOver",
            Self::DeveloperLow => "developerLow",
            Self::DeveloperEmpty => "developerEmpty",
            Self::InterpreterResourceUnavailable => "interpreterResourceUnavailable",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::AlertRemovalOfBinaryChangeEntry => "alertRemovalOfBinaryChangeEntry",
            Self::BanderAdded => "banderAdded",
            Self::BanderAlmostEmpty => "banderAlmostEmpty",
            Self::BanderAlmostFull => "banderAlmostFull",
            Self::BanderAtLimit => "banderAtLimit",
            Self::BanderClosed => "banderClosed",
            Self::BanderConfigurationChange => "banderConfigurationChange",
            Self::BanderCoverClosed => "banderCoverClosed",
            Self::BanderCoverOpen => "banderCoverOpen",
            Self::BanderEmpty => "banderEmpty",
            Self::BanderFull => "banderFull",
            Self::BanderInterlockClosed => "banderInterlockClosed",
            Self::BanderInterlockOpen => "banderInterlockOpen",
            Self::BanderJam => "banderJam",
            Self::BanderLifeAlmostOver => "banderLifeAlmostOver",
            Self::BanderLifeOver => "banderLifeOver",
            Self::BanderMemoryExhausted => "banderMemoryExhausted",
            Self::BanderMissing => "banderMissing",
            Self::BanderMotorFailure => "banderMotorFailure",
            Self::BanderNearLimit => "banderNearLimit",
            Self::BanderOffline => "banderOffline",
            Self::BanderOpened => "banderOpened",
            Self::BanderOverTemperature => "banderOverTemperature",
            Self::BanderPowerSaver => "banderPowerSaver",
            Self::BanderRecoverableFailure => "banderRecoverableFailure",
            Self::BanderRecoverableStorage => "banderRecoverableStorage",
            Self::BanderRemoved => "banderRemoved",
            Self::BanderResourceAdded => "banderResourceAdded",
            Self::BanderResourceRemoved => "banderResourceRemoved",
            Self::BanderThermistorFailure => "banderThermistorFailure",
            Self::BanderTimingFailure => "banderTimingFailure",
            Self::BanderTurnedOff => "banderTurnedOff",
            Self::BanderTurnedOn => "banderTurnedOn",
            Self::BanderUnderTemperature => "banderUnderTemperature",
            Self::BanderUnrecoverableFailure => "banderUnrecoverableFailure",
            Self::BanderUnrecoverableStorageError => "banderUnrecoverableStorageError",
            Self::BanderWarmingUp => "banderWarmingUp",
            Self::BinderAdded => "binderAdded",
            Self::BinderAlmostEmpty => "binderAlmostEmpty",
            Self::BinderAlmostFull => "binderAlmostFull",
            Self::BinderAtLimit => "binderAtLimit",
            Self::BinderClosed => "binderClosed",
            Self::BinderConfigurationChange => "binderConfigurationChange",
            Self::BinderCoverClosed => "binderCoverClosed",
            Self::BinderCoverOpen => "binderCoverOpen",
            Self::BinderEmpty => "binderEmpty",
            Self::BinderFull => "binderFull",
            Self::BinderInterlockClosed => "binderInterlockClosed",
            Self::BinderInterlockOpen => "binderInterlockOpen",
            Self::BinderJam => "binderJam",
            Self::BinderLifeAlmostOver => "binderLifeAlmostOver",
            Self::BinderLifeOver => "binderLifeOver",
            Self::BinderMemoryExhausted => "binderMemoryExhausted",
            Self::BinderMissing => "binderMissing",
            Self::BinderMotorFailure => "binderMotorFailure",
            Self::BinderNearLimit => "binderNearLimit",
            Self::BinderOffline => "binderOffline",
            Self::BinderOpened => "binderOpened",
            Self::BinderOverTemperature => "binderOverTemperature",
            Self::BinderPowerSaver => "binderPowerSaver",
            Self::BinderRecoverableFailure => "binderRecoverableFailure",
            Self::BinderRecoverableStorage => "binderRecoverableStorage",
            Self::BinderRemoved => "binderRemoved",
            Self::BinderResourceAdded => "binderResourceAdded",
            Self::BinderResourceRemoved => "binderResourceRemoved",
            Self::BinderThermistorFailure => "binderThermistorFailure",
            Self::BinderTimingFailure => "binderTimingFailure",
            Self::BinderTurnedOff => "binderTurnedOff",
            Self::BinderTurnedOn => "binderTurnedOn",
            Self::BinderUnderTemperature => "binderUnderTemperature",
            Self::BinderUnrecoverableFailure => "binderUnrecoverableFailure",
            Self::BinderUnrecoverableStorageError => "binderUnrecoverableStorageError",
            Self::BinderWarmingUp => "binderWarmingUp",
            Self::CameraFailure => "cameraFailure",
            Self::ChamberCooling => "chamberCooling",
            Self::ChamberFailure => "chamberFailure",
            Self::ChamberHeating => "chamberHeating",
            Self::ChamberTemperatureHigh => "chamberTemperatureHigh",
            Self::ChamberTemperatureLow => "chamberTemperatureLow",
            Self::CleanerLifeAlmostOver => "cleanerLifeAlmostOver",
            Self::CleanerLifeOver => "cleanerLifeOver",
            Self::ConfigurationChange => "configurationChange",
            Self::Deactivated => "deactivated",
            Self::Deleted => "deleted",
            Self::DieCutterAdded => "dieCutterAdded",
            Self::DieCutterAlmostEmpty => "dieCutterAlmostEmpty",
            Self::DieCutterAlmostFull => "dieCutterAlmostFull",
            Self::DieCutterAtLimit => "dieCutterAtLimit",
            Self::DieCutterClosed => "dieCutterClosed",
            Self::DieCutterConfigurationChange => "dieCutterConfigurationChange",
            Self::DieCutterCoverClosed => "dieCutterCoverClosed",
            Self::DieCutterCoverOpen => "dieCutterCoverOpen",
            Self::DieCutterEmpty => "dieCutterEmpty",
            Self::DieCutterFull => "dieCutterFull",
            Self::DieCutterInterlockClosed => "dieCutterInterlockClosed",
            Self::DieCutterInterlockOpen => "dieCutterInterlockOpen",
            Self::DieCutterJam => "dieCutterJam",
            Self::DieCutterLifeAlmostOver => "dieCutterLifeAlmostOver",
            Self::DieCutterLifeOver => "dieCutterLifeOver",
            Self::DieCutterMemoryExhausted => "dieCutterMemoryExhausted",
            Self::DieCutterMissing => "dieCutterMissing",
            Self::DieCutterMotorFailure => "dieCutterMotorFailure",
            Self::DieCutterNearLimit => "dieCutterNearLimit",
            Self::DieCutterOffline => "dieCutterOffline",
            Self::DieCutterOpened => "dieCutterOpened",
            Self::DieCutterOverTemperature => "dieCutterOverTemperature",
            Self::DieCutterPowerSaver => "dieCutterPowerSaver",
            Self::DieCutterRecoverableFailure => "dieCutterRecoverableFailure",
            Self::DieCutterRecoverableStorage => "dieCutterRecoverableStorage",
            Self::DieCutterRemoved => "dieCutterRemoved",
            Self::DieCutterResourceAdded => "dieCutterResourceAdded",
            Self::DieCutterResourceRemoved => "dieCutterResourceRemoved",
            Self::DieCutterThermistorFailure => "dieCutterThermistorFailure",
            Self::DieCutterTimingFailure => "dieCutterTimingFailure",
            Self::DieCutterTurnedOff => "dieCutterTurnedOff",
            Self::DieCutterTurnedOn => "dieCutterTurnedOn",
            Self::DieCutterUnderTemperature => "dieCutterUnderTemperature",
            Self::DieCutterUnrecoverableFailure => "dieCutterUnrecoverableFailure",
            Self::DieCutterUnrecoverableStorageError => {
                "dieCutterUnrecoverableStorageError"
            }
            Self::DieCutterWarmingUp => "dieCutterWarmingUp",
            Self::ExtruderCooling => "extruderCooling",
            Self::ExtruderFailure => "extruderFailure",
            Self::ExtruderHeating => "extruderHeating",
            Self::ExtruderJam => "extruderJam",
            Self::ExtruderTemperatureHigh => "extruderTemperatureHigh",
            Self::ExtruderTemperatureLow => "extruderTemperatureLow",
            Self::FanFailure => "fanFailure",
            Self::FaxModemLifeAlmostOver => "faxModemLifeAlmostOver",
            Self::FaxModemLifeOver => "faxModemLifeOver",
            Self::FaxModemMissing => "faxModemMissing",
            Self::FaxModemTurnedOff => "faxModemTurnedOff",
            Self::FaxModemTurnedOn => "faxModemTurnedOn",
            Self::FolderAdded => "folderAdded",
            Self::FolderAlmostEmpty => "folderAlmostEmpty",
            Self::FolderAlmostFull => "folderAlmostFull",
            Self::FolderAtLimit => "folderAtLimit",
            Self::FolderClosed => "folderClosed",
            Self::FolderConfigurationChange => "folderConfigurationChange",
            Self::FolderCoverClosed => "folderCoverClosed",
            Self::FolderCoverOpen => "folderCoverOpen",
            Self::FolderEmpty => "folderEmpty",
            Self::FolderFull => "folderFull",
            Self::FolderInterlockClosed => "folderInterlockClosed",
            Self::FolderInterlockOpen => "folderInterlockOpen",
            Self::FolderJam => "folderJam",
            Self::FolderLifeAlmostOver => "folderLifeAlmostOver",
            Self::FolderLifeOver => "folderLifeOver",
            Self::FolderMemoryExhausted => "folderMemoryExhausted",
            Self::FolderMissing => "folderMissing",
            Self::FolderMotorFailure => "folderMotorFailure",
            Self::FolderNearLimit => "folderNearLimit",
            Self::FolderOffline => "folderOffline",
            Self::FolderOpened => "folderOpened",
            Self::FolderOverTemperature => "folderOverTemperature",
            Self::FolderPowerSaver => "folderPowerSaver",
            Self::FolderRecoverableFailure => "folderRecoverableFailure",
            Self::FolderRecoverableStorage => "folderRecoverableStorage",
            Self::FolderRemoved => "folderRemoved",
            Self::FolderResourceAdded => "folderResourceAdded",
            Self::FolderResourceRemoved => "folderResourceRemoved",
            Self::FolderThermistorFailure => "folderThermistorFailure",
            Self::FolderTimingFailure => "folderTimingFailure",
            Self::FolderTurnedOff => "folderTurnedOff",
            Self::FolderTurnedOn => "folderTurnedOn",
            Self::FolderUnderTemperature => "folderUnderTemperature",
            Self::FolderUnrecoverableFailure => "folderUnrecoverableFailure",
            Self::FolderUnrecoverableStorageError => "folderUnrecoverableStorageError",
            Self::FolderWarmingUp => "folderWarmingUp",
            Self::Hibernate => "hibernate",
            Self::HoldNewJobs => "holdNewJobs",
            Self::IdentifyPrinterRequested => "identifyPrinterRequested",
            Self::ImprinterAdded => "imprinterAdded",
            Self::ImprinterAlmostEmpty => "imprinterAlmostEmpty",
            Self::ImprinterAlmostFull => "imprinterAlmostFull",
            Self::ImprinterAtLimit => "imprinterAtLimit",
            Self::ImprinterClosed => "imprinterClosed",
            Self::ImprinterConfigurationChange => "imprinterConfigurationChange",
            Self::ImprinterCoverClosed => "imprinterCoverClosed",
            Self::ImprinterCoverOpen => "imprinterCoverOpen",
            Self::ImprinterEmpty => "imprinterEmpty",
            Self::ImprinterFull => "imprinterFull",
            Self::ImprinterInterlockClosed => "imprinterInterlockClosed",
            Self::ImprinterInterlockOpen => "imprinterInterlockOpen",
            Self::ImprinterJam => "imprinterJam",
            Self::ImprinterLifeAlmostOver => "imprinterLifeAlmostOver",
            Self::ImprinterLifeOver => "imprinterLifeOver",
            Self::ImprinterMemoryExhausted => "imprinterMemoryExhausted",
            Self::ImprinterMissing => "imprinterMissing",
            Self::ImprinterMotorFailure => "imprinterMotorFailure",
            Self::ImprinterNearLimit => "imprinterNearLimit",
            Self::ImprinterOffline => "imprinterOffline",
            Self::ImprinterOpened => "imprinterOpened",
            Self::ImprinterOverTemperature => "imprinterOverTemperature",
            Self::ImprinterPowerSaver => "imprinterPowerSaver",
            Self::ImprinterRecoverableFailure => "imprinterRecoverableFailure",
            Self::ImprinterRecoverableStorage => "imprinterRecoverableStorage",
            Self::ImprinterRemoved => "imprinterRemoved",
            Self::ImprinterResourceAdded => "imprinterResourceAdded",
            Self::ImprinterResourceRemoved => "imprinterResourceRemoved",
            Self::ImprinterThermistorFailure => "imprinterThermistorFailure",
            Self::ImprinterTimingFailure => "imprinterTimingFailure",
            Self::ImprinterTurnedOff => "imprinterTurnedOff",
            Self::ImprinterTurnedOn => "imprinterTurnedOn",
            Self::ImprinterUnderTemperature => "imprinterUnderTemperature",
            Self::ImprinterUnrecoverableFailure => "imprinterUnrecoverableFailure",
            Self::ImprinterUnrecoverableStorageError => {
                "imprinterUnrecoverableStorageError"
            }
            Self::ImprinterWarmingUp => "imprinterWarmingUp",
            Self::InputCannotFeedSizeSelected => "inputCannotFeedSizeSelected",
            Self::InputManualInputRequest => "inputManualInputRequest",
            Self::InputMediaColorChange => "inputMediaColorChange",
            Self::InputMediaFormPartsChange => "inputMediaFormPartsChange",
            Self::InputMediaSizeChange => "inputMediaSizeChange",
            Self::InputMediaTrayFailure => "inputMediaTrayFailure",
            Self::InputMediaTrayFeedError => "inputMediaTrayFeedError",
            Self::InputMediaTrayJam => "inputMediaTrayJam",
            Self::InputMediaTypeChange => "inputMediaTypeChange",
            Self::InputMediaWeightChange => "inputMediaWeightChange",
            Self::InputPickRollerFailure => "inputPickRollerFailure",
            Self::InputPickRollerLifeOver => "inputPickRollerLifeOver",
            Self::InputPickRollerLifeWarn => "inputPickRollerLifeWarn",
            Self::InputPickRollerMissing => "inputPickRollerMissing",
            Self::InputTrayElevationFailure => "inputTrayElevationFailure",
            Self::InputTrayPositionFailure => "inputTrayPositionFailure",
            Self::InserterAdded => "inserterAdded",
            Self::InserterAlmostEmpty => "inserterAlmostEmpty",
            Self::InserterAlmostFull => "inserterAlmostFull",
            Self::InserterAtLimit => "inserterAtLimit",
            Self::InserterClosed => "inserterClosed",
            Self::InserterConfigurationChange => "inserterConfigurationChange",
            Self::InserterCoverClosed => "inserterCoverClosed",
            Self::InserterCoverOpen => "inserterCoverOpen",
            Self::InserterEmpty => "inserterEmpty",
            Self::InserterFull => "inserterFull",
            Self::InserterInterlockClosed => "inserterInterlockClosed",
            Self::InserterInterlockOpen => "inserterInterlockOpen",
            Self::InserterJam => "inserterJam",
            Self::InserterLifeAlmostOver => "inserterLifeAlmostOver",
            Self::InserterLifeOver => "inserterLifeOver",
            Self::InserterMemoryExhausted => "inserterMemoryExhausted",
            Self::InserterMissing => "inserterMissing",
            Self::InserterMotorFailure => "inserterMotorFailure",
            Self::InserterNearLimit => "inserterNearLimit",
            Self::InserterOffline => "inserterOffline",
            Self::InserterOpened => "inserterOpened",
            Self::InserterOverTemperature => "inserterOverTemperature",
            Self::InserterPowerSaver => "inserterPowerSaver",
            Self::InserterRecoverableFailure => "inserterRecoverableFailure",
            Self::InserterRecoverableStorage => "inserterRecoverableStorage",
            Self::InserterRemoved => "inserterRemoved",
            Self::InserterResourceAdded => "inserterResourceAdded",
            Self::InserterResourceRemoved => "inserterResourceRemoved",
            Self::InserterThermistorFailure => "inserterThermistorFailure",
            Self::InserterTimingFailure => "inserterTimingFailure",
            Self::InserterTurnedOff => "inserterTurnedOff",
            Self::InserterTurnedOn => "inserterTurnedOn",
            Self::InserterUnderTemperature => "inserterUnderTemperature",
            Self::InserterUnrecoverableFailure => "inserterUnrecoverableFailure",
            Self::InserterUnrecoverableStorageError => {
                "inserterUnrecoverableStorageError"
            }
            Self::InserterWarmingUp => "inserterWarmingUp",
            Self::InterlockClosed => "interlockClosed",
            Self::InterpreterCartridgeAdded => "interpreterCartridgeAdded",
            Self::InterpreterCartridgeDeleted => "interpreterCartridgeDeleted",
            Self::InterpreterComplexPageEncountered => {
                "interpreterComplexPageEncountered"
            }
            Self::InterpreterMemoryDecrease => "interpreterMemoryDecrease",
            Self::InterpreterMemoryIncrease => "interpreterMemoryIncrease",
            Self::InterpreterResourceAdded => "interpreterResourceAdded",
            Self::InterpreterResourceDeleted => "interpreterResourceDeleted",
            Self::LampAtEol => "lampAtEol",
            Self::LampFailure => "lampFailure",
            Self::LampNearEol => "lampNearEol",
            Self::LaserAtEol => "laserAtEol",
            Self::LaserFailure => "laserFailure",
            Self::LaserNearEol => "laserNearEol",
            Self::MakeEnvelopeAdded => "makeEnvelopeAdded",
            Self::MakeEnvelopeAlmostEmpty => "makeEnvelopeAlmostEmpty",
            Self::MakeEnvelopeAlmostFull => "makeEnvelopeAlmostFull",
            Self::MakeEnvelopeAtLimit => "makeEnvelopeAtLimit",
            Self::MakeEnvelopeClosed => "makeEnvelopeClosed",
            Self::MakeEnvelopeConfigurationChange => "makeEnvelopeConfigurationChange",
            Self::MakeEnvelopeCoverClosed => "makeEnvelopeCoverClosed",
            Self::MakeEnvelopeCoverOpen => "makeEnvelopeCoverOpen",
            Self::MakeEnvelopeEmpty => "makeEnvelopeEmpty",
            Self::MakeEnvelopeFull => "makeEnvelopeFull",
            Self::MakeEnvelopeInterlockClosed => "makeEnvelopeInterlockClosed",
            Self::MakeEnvelopeInterlockOpen => "makeEnvelopeInterlockOpen",
            Self::MakeEnvelopeJam => "makeEnvelopeJam",
            Self::MakeEnvelopeLifeAlmostOver => "makeEnvelopeLifeAlmostOver",
            Self::MakeEnvelopeLifeOver => "makeEnvelopeLifeOver",
            Self::MakeEnvelopeMemoryExhausted => "makeEnvelopeMemoryExhausted",
            Self::MakeEnvelopeMissing => "makeEnvelopeMissing",
            Self::MakeEnvelopeMotorFailure => "makeEnvelopeMotorFailure",
            Self::MakeEnvelopeNearLimit => "makeEnvelopeNearLimit",
            Self::MakeEnvelopeOffline => "makeEnvelopeOffline",
            Self::MakeEnvelopeOpened => "makeEnvelopeOpened",
            Self::MakeEnvelopeOverTemperature => "makeEnvelopeOverTemperature",
            Self::MakeEnvelopePowerSaver => "makeEnvelopePowerSaver",
            Self::MakeEnvelopeRecoverableFailure => "makeEnvelopeRecoverableFailure",
            Self::MakeEnvelopeRecoverableStorage => "makeEnvelopeRecoverableStorage",
            Self::MakeEnvelopeRemoved => "makeEnvelopeRemoved",
            Self::MakeEnvelopeResourceAdded => "makeEnvelopeResourceAdded",
            Self::MakeEnvelopeResourceRemoved => "makeEnvelopeResourceRemoved",
            Self::MakeEnvelopeThermistorFailure => "makeEnvelopeThermistorFailure",
            Self::MakeEnvelopeTimingFailure => "makeEnvelopeTimingFailure",
            Self::MakeEnvelopeTurnedOff => "makeEnvelopeTurnedOff",
            Self::MakeEnvelopeTurnedOn => "makeEnvelopeTurnedOn",
            Self::MakeEnvelopeUnderTemperature => "makeEnvelopeUnderTemperature",
            Self::MakeEnvelopeUnrecoverableFailure => "makeEnvelopeUnrecoverableFailure",
            Self::MakeEnvelopeUnrecoverableStorageError => {
                "makeEnvelopeUnrecoverableStorageError"
            }
            Self::MakeEnvelopeWarmingUp => "makeEnvelopeWarmingUp",
            Self::MarkerAdjustingPrintQuality => "markerAdjustingPrintQuality",
            Self::MarkerCleanerMissing => "markerCleanerMissing",
            Self::MarkerDeveloperAlmostEmpty => "markerDeveloperAlmostEmpty",
            Self::MarkerDeveloperEmpty => "markerDeveloperEmpty",
            Self::MarkerDeveloperMissing => "markerDeveloperMissing",
            Self::MarkerFuserMissing => "markerFuserMissing",
            Self::MarkerFuserThermistorFailure => "markerFuserThermistorFailure",
            Self::MarkerFuserTimingFailure => "markerFuserTimingFailure",
            Self::MarkerInkAlmostEmpty => "markerInkAlmostEmpty",
            Self::MarkerInkEmpty => "markerInkEmpty",
            Self::MarkerInkMissing => "markerInkMissing",
            Self::MarkerOpcMissing => "markerOpcMissing",
            Self::MarkerPrintRibbonAlmostEmpty => "markerPrintRibbonAlmostEmpty",
            Self::MarkerPrintRibbonEmpty => "markerPrintRibbonEmpty",
            Self::MarkerPrintRibbonMissing => "markerPrintRibbonMissing",
            Self::MarkerSupplyAlmostEmpty => "markerSupplyAlmostEmpty",
            Self::MarkerSupplyMissing => "markerSupplyMissing",
            Self::MarkerTonerCartridgeMissing => "markerTonerCartridgeMissing",
            Self::MarkerTonerMissing => "markerTonerMissing",
            Self::MarkerWasteInkReceptacleAlmostFull => {
                "markerWasteInkReceptacleAlmostFull"
            }
            Self::MarkerWasteInkReceptacleFull => "markerWasteInkReceptacleFull",
            Self::MarkerWasteInkReceptacleMissing => "markerWasteInkReceptacleMissing",
            Self::MarkerWasteMissing => "markerWasteMissing",
            Self::MarkerWasteTonerReceptacleAlmostFull => {
                "markerWasteTonerReceptacleAlmostFull"
            }
            Self::MarkerWasteTonerReceptacleFull => "markerWasteTonerReceptacleFull",
            Self::MarkerWasteTonerReceptacleMissing => {
                "markerWasteTonerReceptacleMissing"
            }
            Self::MaterialEmpty => "materialEmpty",
            Self::MaterialLow => "materialLow",
            Self::MaterialNeeded => "materialNeeded",
            Self::MediaDrying => "mediaDrying",
            Self::MediaPathCannotDuplexMediaSelected => {
                "mediaPathCannotDuplexMediaSelected"
            }
            Self::MediaPathFailure => "mediaPathFailure",
            Self::MediaPathInputEmpty => "mediaPathInputEmpty",
            Self::MediaPathInputFeedError => "mediaPathInputFeedError",
            Self::MediaPathInputJam => "mediaPathInputJam",
            Self::MediaPathInputRequest => "mediaPathInputRequest",
            Self::MediaPathJam => "mediaPathJam",
            Self::MediaPathMediaTrayAlmostFull => "mediaPathMediaTrayAlmostFull",
            Self::MediaPathMediaTrayFull => "mediaPathMediaTrayFull",
            Self::MediaPathMediaTrayMissing => "mediaPathMediaTrayMissing",
            Self::MediaPathOutputFeedError => "mediaPathOutputFeedError",
            Self::MediaPathOutputFull => "mediaPathOutputFull",
            Self::MediaPathOutputJam => "mediaPathOutputJam",
            Self::MediaPathPickRollerFailure => "mediaPathPickRollerFailure",
            Self::MediaPathPickRollerLifeOver => "mediaPathPickRollerLifeOver",
            Self::MediaPathPickRollerLifeWarn => "mediaPathPickRollerLifeWarn",
            Self::MediaPathPickRollerMissing => "mediaPathPickRollerMissing",
            Self::MotorFailure => "motorFailure",
            Self::OutputMailboxSelectFailure => "outputMailboxSelectFailure",
            Self::OutputMediaTrayFailure => "outputMediaTrayFailure",
            Self::OutputMediaTrayFeedError => "outputMediaTrayFeedError",
            Self::OutputMediaTrayJam => "outputMediaTrayJam",
            Self::PerforaterAdded => "perforaterAdded",
            Self::PerforaterAlmostEmpty => "perforaterAlmostEmpty",
            Self::PerforaterAlmostFull => "perforaterAlmostFull",
            Self::PerforaterAtLimit => "perforaterAtLimit",
            Self::PerforaterClosed => "perforaterClosed",
            Self::PerforaterConfigurationChange => "perforaterConfigurationChange",
            Self::PerforaterCoverClosed => "perforaterCoverClosed",
            Self::PerforaterCoverOpen => "perforaterCoverOpen",
            Self::PerforaterEmpty => "perforaterEmpty",
            Self::PerforaterFull => "perforaterFull",
            Self::PerforaterInterlockClosed => "perforaterInterlockClosed",
            Self::PerforaterInterlockOpen => "perforaterInterlockOpen",
            Self::PerforaterJam => "perforaterJam",
            Self::PerforaterLifeAlmostOver => "perforaterLifeAlmostOver",
            Self::PerforaterLifeOver => "perforaterLifeOver",
            Self::PerforaterMemoryExhausted => "perforaterMemoryExhausted",
            Self::PerforaterMissing => "perforaterMissing",
            Self::PerforaterMotorFailure => "perforaterMotorFailure",
            Self::PerforaterNearLimit => "perforaterNearLimit",
            Self::PerforaterOffline => "perforaterOffline",
            Self::PerforaterOpened => "perforaterOpened",
            Self::PerforaterOverTemperature => "perforaterOverTemperature",
            Self::PerforaterPowerSaver => "perforaterPowerSaver",
            Self::PerforaterRecoverableFailure => "perforaterRecoverableFailure",
            Self::PerforaterRecoverableStorage => "perforaterRecoverableStorage",
            Self::PerforaterRemoved => "perforaterRemoved",
            Self::PerforaterResourceAdded => "perforaterResourceAdded",
            Self::PerforaterResourceRemoved => "perforaterResourceRemoved",
            Self::PerforaterThermistorFailure => "perforaterThermistorFailure",
            Self::PerforaterTimingFailure => "perforaterTimingFailure",
            Self::PerforaterTurnedOff => "perforaterTurnedOff",
            Self::PerforaterTurnedOn => "perforaterTurnedOn",
            Self::PerforaterUnderTemperature => "perforaterUnderTemperature",
            Self::PerforaterUnrecoverableFailure => "perforaterUnrecoverableFailure",
            Self::PerforaterUnrecoverableStorageError => {
                "perforaterUnrecoverableStorageError"
            }
            Self::PerforaterWarmingUp => "perforaterWarmingUp",
            Self::PlatformCooling => "platformCooling",
            Self::PlatformFailure => "platformFailure",
            Self::PlatformHeating => "platformHeating",
            Self::PlatformTemperatureHigh => "platformTemperatureHigh",
            Self::PlatformTemperatureLow => "platformTemperatureLow",
            Self::PowerDown => "powerDown",
            Self::PowerUp => "powerUp",
            Self::PrinterManualReset => "printerManualReset",
            Self::PrinterNmsReset => "printerNmsReset",
            Self::PrinterReadyToPrint => "printerReadyToPrint",
            Self::PuncherAdded => "puncherAdded",
            Self::PuncherAlmostEmpty => "puncherAlmostEmpty",
            Self::PuncherAlmostFull => "puncherAlmostFull",
            Self::PuncherAtLimit => "puncherAtLimit",
            Self::PuncherClosed => "puncherClosed",
            Self::PuncherConfigurationChange => "puncherConfigurationChange",
            Self::PuncherCoverClosed => "puncherCoverClosed",
            Self::PuncherCoverOpen => "puncherCoverOpen",
            Self::PuncherEmpty => "puncherEmpty",
            Self::PuncherFull => "puncherFull",
            Self::PuncherInterlockClosed => "puncherInterlockClosed",
            Self::PuncherInterlockOpen => "puncherInterlockOpen",
            Self::PuncherJam => "puncherJam",
            Self::PuncherLifeAlmostOver => "puncherLifeAlmostOver",
            Self::PuncherLifeOver => "puncherLifeOver",
            Self::PuncherMemoryExhausted => "puncherMemoryExhausted",
            Self::PuncherMissing => "puncherMissing",
            Self::PuncherMotorFailure => "puncherMotorFailure",
            Self::PuncherNearLimit => "puncherNearLimit",
            Self::PuncherOffline => "puncherOffline",
            Self::PuncherOpened => "puncherOpened",
            Self::PuncherOverTemperature => "puncherOverTemperature",
            Self::PuncherPowerSaver => "puncherPowerSaver",
            Self::PuncherRecoverableFailure => "puncherRecoverableFailure",
            Self::PuncherRecoverableStorage => "puncherRecoverableStorage",
            Self::PuncherRemoved => "puncherRemoved",
            Self::PuncherResourceAdded => "puncherResourceAdded",
            Self::PuncherResourceRemoved => "puncherResourceRemoved",
            Self::PuncherThermistorFailure => "puncherThermistorFailure",
            Self::PuncherTimingFailure => "puncherTimingFailure",
            Self::PuncherTurnedOff => "puncherTurnedOff",
            Self::PuncherTurnedOn => "puncherTurnedOn",
            Self::PuncherUnderTemperature => "puncherUnderTemperature",
            Self::PuncherUnrecoverableFailure => "puncherUnrecoverableFailure",
            Self::PuncherUnrecoverableStorageError => "puncherUnrecoverableStorageError",
            Self::PuncherWarmingUp => "puncherWarmingUp",
            Self::Resuming => "resuming",
            Self::ScanMediaPathFailure => "scanMediaPathFailure",
            Self::ScanMediaPathInputEmpty => "scanMediaPathInputEmpty",
            Self::ScanMediaPathInputFeedError => "scanMediaPathInputFeedError",
            Self::ScanMediaPathInputJam => "scanMediaPathInputJam",
            Self::ScanMediaPathInputRequest => "scanMediaPathInputRequest",
            Self::ScanMediaPathJam => "scanMediaPathJam",
            Self::ScanMediaPathOutputFeedError => "scanMediaPathOutputFeedError",
            Self::ScanMediaPathOutputFull => "scanMediaPathOutputFull",
            Self::ScanMediaPathOutputJam => "scanMediaPathOutputJam",
            Self::ScanMediaPathPickRollerFailure => "scanMediaPathPickRollerFailure",
            Self::ScanMediaPathPickRollerLifeOver => "scanMediaPathPickRollerLifeOver",
            Self::ScanMediaPathPickRollerLifeWarn => "scanMediaPathPickRollerLifeWarn",
            Self::ScanMediaPathPickRollerMissing => "scanMediaPathPickRollerMissing",
            Self::ScanMediaPathTrayAlmostFull => "scanMediaPathTrayAlmostFull",
            Self::ScanMediaPathTrayFull => "scanMediaPathTrayFull",
            Self::ScanMediaPathTrayMissing => "scanMediaPathTrayMissing",
            Self::ScannerLightFailure => "scannerLightFailure",
            Self::ScannerLightLifeAlmostOver => "scannerLightLifeAlmostOver",
            Self::ScannerLightLifeOver => "scannerLightLifeOver",
            Self::ScannerLightMissing => "scannerLightMissing",
            Self::ScannerSensorFailure => "scannerSensorFailure",
            Self::ScannerSensorLifeAlmostOver => "scannerSensorLifeAlmostOver",
            Self::ScannerSensorLifeOver => "scannerSensorLifeOver",
            Self::ScannerSensorMissing => "scannerSensorMissing",
            Self::SeparationCutterAdded => "separationCutterAdded",
            Self::SeparationCutterAlmostEmpty => "separationCutterAlmostEmpty",
            Self::SeparationCutterAlmostFull => "separationCutterAlmostFull",
            Self::SeparationCutterAtLimit => "separationCutterAtLimit",
            Self::SeparationCutterClosed => "separationCutterClosed",
            Self::SeparationCutterConfigurationChange => {
                "separationCutterConfigurationChange"
            }
            Self::SeparationCutterCoverClosed => "separationCutterCoverClosed",
            Self::SeparationCutterCoverOpen => "separationCutterCoverOpen",
            Self::SeparationCutterEmpty => "separationCutterEmpty",
            Self::SeparationCutterFull => "separationCutterFull",
            Self::SeparationCutterInterlockClosed => "separationCutterInterlockClosed",
            Self::SeparationCutterInterlockOpen => "separationCutterInterlockOpen",
            Self::SeparationCutterJam => "separationCutterJam",
            Self::SeparationCutterLifeAlmostOver => "separationCutterLifeAlmostOver",
            Self::SeparationCutterLifeOver => "separationCutterLifeOver",
            Self::SeparationCutterMemoryExhausted => "separationCutterMemoryExhausted",
            Self::SeparationCutterMissing => "separationCutterMissing",
            Self::SeparationCutterMotorFailure => "separationCutterMotorFailure",
            Self::SeparationCutterNearLimit => "separationCutterNearLimit",
            Self::SeparationCutterOffline => "separationCutterOffline",
            Self::SeparationCutterOpened => "separationCutterOpened",
            Self::SeparationCutterOverTemperature => "separationCutterOverTemperature",
            Self::SeparationCutterPowerSaver => "separationCutterPowerSaver",
            Self::SeparationCutterRecoverableFailure => {
                "separationCutterRecoverableFailure"
            }
            Self::SeparationCutterRecoverableStorage => {
                "separationCutterRecoverableStorage"
            }
            Self::SeparationCutterRemoved => "separationCutterRemoved",
            Self::SeparationCutterResourceAdded => "separationCutterResourceAdded",
            Self::SeparationCutterResourceRemoved => "separationCutterResourceRemoved",
            Self::SeparationCutterThermistorFailure => {
                "separationCutterThermistorFailure"
            }
            Self::SeparationCutterTimingFailure => "separationCutterTimingFailure",
            Self::SeparationCutterTurnedOff => "separationCutterTurnedOff",
            Self::SeparationCutterTurnedOn => "separationCutterTurnedOn",
            Self::SeparationCutterUnderTemperature => "separationCutterUnderTemperature",
            Self::SeparationCutterUnrecoverableFailure => {
                "separationCutterUnrecoverableFailure"
            }
            Self::SeparationCutterUnrecoverableStorageError => {
                "separationCutterUnrecoverableStorageError"
            }
            Self::SeparationCutterWarmingUp => "separationCutterWarmingUp",
            Self::SheetRotatorAdded => "sheetRotatorAdded",
            Self::SheetRotatorAlmostEmpty => "sheetRotatorAlmostEmpty",
            Self::SheetRotatorAlmostFull => "sheetRotatorAlmostFull",
            Self::SheetRotatorAtLimit => "sheetRotatorAtLimit",
            Self::SheetRotatorClosed => "sheetRotatorClosed",
            Self::SheetRotatorConfigurationChange => "sheetRotatorConfigurationChange",
            Self::SheetRotatorCoverClosed => "sheetRotatorCoverClosed",
            Self::SheetRotatorCoverOpen => "sheetRotatorCoverOpen",
            Self::SheetRotatorEmpty => "sheetRotatorEmpty",
            Self::SheetRotatorFull => "sheetRotatorFull",
            Self::SheetRotatorInterlockClosed => "sheetRotatorInterlockClosed",
            Self::SheetRotatorInterlockOpen => "sheetRotatorInterlockOpen",
            Self::SheetRotatorJam => "sheetRotatorJam",
            Self::SheetRotatorLifeAlmostOver => "sheetRotatorLifeAlmostOver",
            Self::SheetRotatorLifeOver => "sheetRotatorLifeOver",
            Self::SheetRotatorMemoryExhausted => "sheetRotatorMemoryExhausted",
            Self::SheetRotatorMissing => "sheetRotatorMissing",
            Self::SheetRotatorMotorFailure => "sheetRotatorMotorFailure",
            Self::SheetRotatorNearLimit => "sheetRotatorNearLimit",
            Self::SheetRotatorOffline => "sheetRotatorOffline",
            Self::SheetRotatorOpened => "sheetRotatorOpened",
            Self::SheetRotatorOverTemperature => "sheetRotatorOverTemperature",
            Self::SheetRotatorPowerSaver => "sheetRotatorPowerSaver",
            Self::SheetRotatorRecoverableFailure => "sheetRotatorRecoverableFailure",
            Self::SheetRotatorRecoverableStorage => "sheetRotatorRecoverableStorage",
            Self::SheetRotatorRemoved => "sheetRotatorRemoved",
            Self::SheetRotatorResourceAdded => "sheetRotatorResourceAdded",
            Self::SheetRotatorResourceRemoved => "sheetRotatorResourceRemoved",
            Self::SheetRotatorThermistorFailure => "sheetRotatorThermistorFailure",
            Self::SheetRotatorTimingFailure => "sheetRotatorTimingFailure",
            Self::SheetRotatorTurnedOff => "sheetRotatorTurnedOff",
            Self::SheetRotatorTurnedOn => "sheetRotatorTurnedOn",
            Self::SheetRotatorUnderTemperature => "sheetRotatorUnderTemperature",
            Self::SheetRotatorUnrecoverableFailure => "sheetRotatorUnrecoverableFailure",
            Self::SheetRotatorUnrecoverableStorageError => {
                "sheetRotatorUnrecoverableStorageError"
            }
            Self::SheetRotatorWarmingUp => "sheetRotatorWarmingUp",
            Self::SlitterAdded => "slitterAdded",
            Self::SlitterAlmostEmpty => "slitterAlmostEmpty",
            Self::SlitterAlmostFull => "slitterAlmostFull",
            Self::SlitterAtLimit => "slitterAtLimit",
            Self::SlitterClosed => "slitterClosed",
            Self::SlitterConfigurationChange => "slitterConfigurationChange",
            Self::SlitterCoverClosed => "slitterCoverClosed",
            Self::SlitterCoverOpen => "slitterCoverOpen",
            Self::SlitterEmpty => "slitterEmpty",
            Self::SlitterFull => "slitterFull",
            Self::SlitterInterlockClosed => "slitterInterlockClosed",
            Self::SlitterInterlockOpen => "slitterInterlockOpen",
            Self::SlitterJam => "slitterJam",
            Self::SlitterLifeAlmostOver => "slitterLifeAlmostOver",
            Self::SlitterLifeOver => "slitterLifeOver",
            Self::SlitterMemoryExhausted => "slitterMemoryExhausted",
            Self::SlitterMissing => "slitterMissing",
            Self::SlitterMotorFailure => "slitterMotorFailure",
            Self::SlitterNearLimit => "slitterNearLimit",
            Self::SlitterOffline => "slitterOffline",
            Self::SlitterOpened => "slitterOpened",
            Self::SlitterOverTemperature => "slitterOverTemperature",
            Self::SlitterPowerSaver => "slitterPowerSaver",
            Self::SlitterRecoverableFailure => "slitterRecoverableFailure",
            Self::SlitterRecoverableStorage => "slitterRecoverableStorage",
            Self::SlitterRemoved => "slitterRemoved",
            Self::SlitterResourceAdded => "slitterResourceAdded",
            Self::SlitterResourceRemoved => "slitterResourceRemoved",
            Self::SlitterThermistorFailure => "slitterThermistorFailure",
            Self::SlitterTimingFailure => "slitterTimingFailure",
            Self::SlitterTurnedOff => "slitterTurnedOff",
            Self::SlitterTurnedOn => "slitterTurnedOn",
            Self::SlitterUnderTemperature => "slitterUnderTemperature",
            Self::SlitterUnrecoverableFailure => "slitterUnrecoverableFailure",
            Self::SlitterUnrecoverableStorageError => "slitterUnrecoverableStorageError",
            Self::SlitterWarmingUp => "slitterWarmingUp",
            Self::StackerAdded => "stackerAdded",
            Self::StackerAlmostEmpty => "stackerAlmostEmpty",
            Self::StackerAlmostFull => "stackerAlmostFull",
            Self::StackerAtLimit => "stackerAtLimit",
            Self::StackerClosed => "stackerClosed",
            Self::StackerConfigurationChange => "stackerConfigurationChange",
            Self::StackerCoverClosed => "stackerCoverClosed",
            Self::StackerCoverOpen => "stackerCoverOpen",
            Self::StackerEmpty => "stackerEmpty",
            Self::StackerFull => "stackerFull",
            Self::StackerInterlockClosed => "stackerInterlockClosed",
            Self::StackerInterlockOpen => "stackerInterlockOpen",
            Self::StackerJam => "stackerJam",
            Self::StackerLifeAlmostOver => "stackerLifeAlmostOver",
            Self::StackerLifeOver => "stackerLifeOver",
            Self::StackerMemoryExhausted => "stackerMemoryExhausted",
            Self::StackerMissing => "stackerMissing",
            Self::StackerMotorFailure => "stackerMotorFailure",
            Self::StackerNearLimit => "stackerNearLimit",
            Self::StackerOffline => "stackerOffline",
            Self::StackerOpened => "stackerOpened",
            Self::StackerOverTemperature => "stackerOverTemperature",
            Self::StackerPowerSaver => "stackerPowerSaver",
            Self::StackerRecoverableFailure => "stackerRecoverableFailure",
            Self::StackerRecoverableStorage => "stackerRecoverableStorage",
            Self::StackerRemoved => "stackerRemoved",
            Self::StackerResourceAdded => "stackerResourceAdded",
            Self::StackerResourceRemoved => "stackerResourceRemoved",
            Self::StackerThermistorFailure => "stackerThermistorFailure",
            Self::StackerTimingFailure => "stackerTimingFailure",
            Self::StackerTurnedOff => "stackerTurnedOff",
            Self::StackerTurnedOn => "stackerTurnedOn",
            Self::StackerUnderTemperature => "stackerUnderTemperature",
            Self::StackerUnrecoverableFailure => "stackerUnrecoverableFailure",
            Self::StackerUnrecoverableStorageError => "stackerUnrecoverableStorageError",
            Self::StackerWarmingUp => "stackerWarmingUp",
            Self::Standby => "standby",
            Self::StaplerAdded => "staplerAdded",
            Self::StaplerAlmostEmpty => "staplerAlmostEmpty",
            Self::StaplerAlmostFull => "staplerAlmostFull",
            Self::StaplerAtLimit => "staplerAtLimit",
            Self::StaplerClosed => "staplerClosed",
            Self::StaplerConfigurationChange => "staplerConfigurationChange",
            Self::StaplerCoverClosed => "staplerCoverClosed",
            Self::StaplerCoverOpen => "staplerCoverOpen",
            Self::StaplerEmpty => "staplerEmpty",
            Self::StaplerFull => "staplerFull",
            Self::StaplerInterlockClosed => "staplerInterlockClosed",
            Self::StaplerInterlockOpen => "staplerInterlockOpen",
            Self::StaplerJam => "staplerJam",
            Self::StaplerLifeAlmostOver => "staplerLifeAlmostOver",
            Self::StaplerLifeOver => "staplerLifeOver",
            Self::StaplerMemoryExhausted => "staplerMemoryExhausted",
            Self::StaplerMissing => "staplerMissing",
            Self::StaplerMotorFailure => "staplerMotorFailure",
            Self::StaplerNearLimit => "staplerNearLimit",
            Self::StaplerOffline => "staplerOffline",
            Self::StaplerOpened => "staplerOpened",
            Self::StaplerOverTemperature => "staplerOverTemperature",
            Self::StaplerPowerSaver => "staplerPowerSaver",
            Self::StaplerRecoverableFailure => "staplerRecoverableFailure",
            Self::StaplerRecoverableStorage => "staplerRecoverableStorage",
            Self::StaplerRemoved => "staplerRemoved",
            Self::StaplerResourceAdded => "staplerResourceAdded",
            Self::StaplerResourceRemoved => "staplerResourceRemoved",
            Self::StaplerThermistorFailure => "staplerThermistorFailure",
            Self::StaplerTimingFailure => "staplerTimingFailure",
            Self::StaplerTurnedOff => "staplerTurnedOff",
            Self::StaplerTurnedOn => "staplerTurnedOn",
            Self::StaplerUnderTemperature => "staplerUnderTemperature",
            Self::StaplerUnrecoverableFailure => "staplerUnrecoverableFailure",
            Self::StaplerUnrecoverableStorageError => "staplerUnrecoverableStorageError",
            Self::StaplerWarmingUp => "staplerWarmingUp",
            Self::StitcherAdded => "stitcherAdded",
            Self::StitcherAlmostEmpty => "stitcherAlmostEmpty",
            Self::StitcherAlmostFull => "stitcherAlmostFull",
            Self::StitcherAtLimit => "stitcherAtLimit",
            Self::StitcherClosed => "stitcherClosed",
            Self::StitcherConfigurationChange => "stitcherConfigurationChange",
            Self::StitcherCoverClosed => "stitcherCoverClosed",
            Self::StitcherCoverOpen => "stitcherCoverOpen",
            Self::StitcherEmpty => "stitcherEmpty",
            Self::StitcherFull => "stitcherFull",
            Self::StitcherInterlockClosed => "stitcherInterlockClosed",
            Self::StitcherInterlockOpen => "stitcherInterlockOpen",
            Self::StitcherJam => "stitcherJam",
            Self::StitcherLifeAlmostOver => "stitcherLifeAlmostOver",
            Self::StitcherLifeOver => "stitcherLifeOver",
            Self::StitcherMemoryExhausted => "stitcherMemoryExhausted",
            Self::StitcherMissing => "stitcherMissing",
            Self::StitcherMotorFailure => "stitcherMotorFailure",
            Self::StitcherNearLimit => "stitcherNearLimit",
            Self::StitcherOffline => "stitcherOffline",
            Self::StitcherOpened => "stitcherOpened",
            Self::StitcherOverTemperature => "stitcherOverTemperature",
            Self::StitcherPowerSaver => "stitcherPowerSaver",
            Self::StitcherRecoverableFailure => "stitcherRecoverableFailure",
            Self::StitcherRecoverableStorage => "stitcherRecoverableStorage",
            Self::StitcherRemoved => "stitcherRemoved",
            Self::StitcherResourceAdded => "stitcherResourceAdded",
            Self::StitcherResourceRemoved => "stitcherResourceRemoved",
            Self::StitcherThermistorFailure => "stitcherThermistorFailure",
            Self::StitcherTimingFailure => "stitcherTimingFailure",
            Self::StitcherTurnedOff => "stitcherTurnedOff",
            Self::StitcherTurnedOn => "stitcherTurnedOn",
            Self::StitcherUnderTemperature => "stitcherUnderTemperature",
            Self::StitcherUnrecoverableFailure => "stitcherUnrecoverableFailure",
            Self::StitcherUnrecoverableStorageError => {
                "stitcherUnrecoverableStorageError"
            }
            Self::StitcherWarmingUp => "stitcherWarmingUp",
            Self::SubunitAdded => "subunitAdded",
            Self::SubunitAlmostEmpty => "subunitAlmostEmpty",
            Self::SubunitAlmostFull => "subunitAlmostFull",
            Self::SubunitAtLimit => "subunitAtLimit",
            Self::SubunitClosed => "subunitClosed",
            Self::SubunitCoolingDown => "subunitCoolingDown",
            Self::SubunitEmpty => "subunitEmpty",
            Self::SubunitFull => "subunitFull",
            Self::SubunitLifeAlmostOver => "subunitLifeAlmostOver",
            Self::SubunitLifeOver => "subunitLifeOver",
            Self::SubunitMemoryExhausted => "subunitMemoryExhausted",
            Self::SubunitMissing => "subunitMissing",
            Self::SubunitMotorFailure => "subunitMotorFailure",
            Self::SubunitNearLimit => "subunitNearLimit",
            Self::SubunitOffline => "subunitOffline",
            Self::SubunitOpened => "subunitOpened",
            Self::SubunitOverTemperature => "subunitOverTemperature",
            Self::SubunitPowerSaver => "subunitPowerSaver",
            Self::SubunitRecoverableFailure => "subunitRecoverableFailure",
            Self::SubunitRecoverableStorage => "subunitRecoverableStorage",
            Self::SubunitRemoved => "subunitRemoved",
            Self::SubunitResourceAdded => "subunitResourceAdded",
            Self::SubunitResourceRemoved => "subunitResourceRemoved",
            Self::SubunitThermistorFailure => "subunitThermistorFailure",
            Self::SubunitTimingFailure => "subunitTimingFailure",
            Self::SubunitTurnedOff => "subunitTurnedOff",
            Self::SubunitTurnedOn => "subunitTurnedOn",
            Self::SubunitUnderTemperature => "subunitUnderTemperature",
            Self::SubunitUnrecoverableFailure => "subunitUnrecoverableFailure",
            Self::SubunitUnrecoverableStorage => "subunitUnrecoverableStorage",
            Self::SubunitWarmingUp => "subunitWarmingUp",
            Self::Suspend => "suspend",
            Self::Testing => "testing",
            Self::TrimmerAdded => "trimmerAdded",
            Self::TrimmerAlmostEmpty => "trimmerAlmostEmpty",
            Self::TrimmerAlmostFull => "trimmerAlmostFull",
            Self::TrimmerAtLimit => "trimmerAtLimit",
            Self::TrimmerClosed => "trimmerClosed",
            Self::TrimmerConfigurationChange => "trimmerConfigurationChange",
            Self::TrimmerCoverClosed => "trimmerCoverClosed",
            Self::TrimmerCoverOpen => "trimmerCoverOpen",
            Self::TrimmerEmpty => "trimmerEmpty",
            Self::TrimmerFull => "trimmerFull",
            Self::TrimmerInterlockClosed => "trimmerInterlockClosed",
            Self::TrimmerInterlockOpen => "trimmerInterlockOpen",
            Self::TrimmerJam => "trimmerJam",
            Self::TrimmerLifeAlmostOver => "trimmerLifeAlmostOver",
            Self::TrimmerLifeOver => "trimmerLifeOver",
            Self::TrimmerMemoryExhausted => "trimmerMemoryExhausted",
            Self::TrimmerMissing => "trimmerMissing",
            Self::TrimmerMotorFailure => "trimmerMotorFailure",
            Self::TrimmerNearLimit => "trimmerNearLimit",
            Self::TrimmerOffline => "trimmerOffline",
            Self::TrimmerOpened => "trimmerOpened",
            Self::TrimmerOverTemperature => "trimmerOverTemperature",
            Self::TrimmerPowerSaver => "trimmerPowerSaver",
            Self::TrimmerRecoverableFailure => "trimmerRecoverableFailure",
            Self::TrimmerRecoverableStorage => "trimmerRecoverableStorage",
            Self::TrimmerRemoved => "trimmerRemoved",
            Self::TrimmerResourceAdded => "trimmerResourceAdded",
            Self::TrimmerResourceRemoved => "trimmerResourceRemoved",
            Self::TrimmerThermistorFailure => "trimmerThermistorFailure",
            Self::TrimmerTimingFailure => "trimmerTimingFailure",
            Self::TrimmerTurnedOff => "trimmerTurnedOff",
            Self::TrimmerTurnedOn => "trimmerTurnedOn",
            Self::TrimmerUnderTemperature => "trimmerUnderTemperature",
            Self::TrimmerUnrecoverableFailure => "trimmerUnrecoverableFailure",
            Self::TrimmerUnrecoverableStorageError => "trimmerUnrecoverableStorageError",
            Self::TrimmerWarmingUp => "trimmerWarmingUp",
            Self::Unknown => "unknown",
            Self::WrapperAdded => "wrapperAdded",
            Self::WrapperAlmostEmpty => "wrapperAlmostEmpty",
            Self::WrapperAlmostFull => "wrapperAlmostFull",
            Self::WrapperAtLimit => "wrapperAtLimit",
            Self::WrapperClosed => "wrapperClosed",
            Self::WrapperConfigurationChange => "wrapperConfigurationChange",
            Self::WrapperCoverClosed => "wrapperCoverClosed",
            Self::WrapperCoverOpen => "wrapperCoverOpen",
            Self::WrapperEmpty => "wrapperEmpty",
            Self::WrapperFull => "wrapperFull",
            Self::WrapperInterlockClosed => "wrapperInterlockClosed",
            Self::WrapperInterlockOpen => "wrapperInterlockOpen",
            Self::WrapperJam => "wrapperJam",
            Self::WrapperLifeAlmostOver => "wrapperLifeAlmostOver",
            Self::WrapperLifeOver => "wrapperLifeOver",
            Self::WrapperMemoryExhausted => "wrapperMemoryExhausted",
            Self::WrapperMissing => "wrapperMissing",
            Self::WrapperMotorFailure => "wrapperMotorFailure",
            Self::WrapperNearLimit => "wrapperNearLimit",
            Self::WrapperOffline => "wrapperOffline",
            Self::WrapperOpened => "wrapperOpened",
            Self::WrapperOverTemperature => "wrapperOverTemperature",
            Self::WrapperPowerSaver => "wrapperPowerSaver",
            Self::WrapperRecoverableFailure => "wrapperRecoverableFailure",
            Self::WrapperRecoverableStorage => "wrapperRecoverableStorage",
            Self::WrapperRemoved => "wrapperRemoved",
            Self::WrapperResourceAdded => "wrapperResourceAdded",
            Self::WrapperResourceRemoved => "wrapperResourceRemoved",
            Self::WrapperThermistorFailure => "wrapperThermistorFailure",
            Self::WrapperTimingFailure => "wrapperTimingFailure",
            Self::WrapperTurnedOff => "wrapperTurnedOff",
            Self::WrapperTurnedOn => "wrapperTurnedOn",
            Self::WrapperUnderTemperature => "wrapperUnderTemperature",
            Self::WrapperUnrecoverableFailure => "wrapperUnrecoverableFailure",
            Self::WrapperUnrecoverableStorageError => "wrapperUnrecoverableStorageError",
            Self::WrapperWarmingUp => "wrapperWarmingUp",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
rt::impl_enum!(PrinterProcessingStateDetail);
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrinterProcessingStateDetail);
#[cfg(msgraph_v1_core_or_print)]
/// CSDL: `microsoft.graph.printerStatus`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PrinterStatus {
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `details`: `Collection(microsoft.graph.printerProcessingStateDetail)`, not nullable.
    pub details: rt::Field<::std::vec::Vec<crate::v1::PrinterProcessingStateDetail>>,
    /// CSDL: property `state`: `microsoft.graph.printerProcessingState`, not nullable.
    pub state: rt::Field<crate::v1::PrinterProcessingState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_print)]
impl ::std::default::Default for PrinterStatus {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            details: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::Object for PrinterStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.printerStatus";
    const KEYS: &'static [&'static str] = &["description", "details", "state"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"details\":                      ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printerStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "details", &self.details);
        v.field(2usize, "state", &self.state);
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::object::Members for PrinterStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.details.read_from(r),
            2usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.details);
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
#[cfg(msgraph_v1_core_or_print)]
rt::impl_object!(PrinterStatus);
#[cfg(msgraph_v1_core_or_print)]
rt::impl_setters!(
    PrinterStatus { with_description description : ::std::string::String; with_details
    details : ::std::vec::Vec < crate ::v1::PrinterProcessingStateDetail >; with_state
    state : crate ::v1::PrinterProcessingState; }
);
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrinterStatus);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.privilegedAccessGroupMemberType`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrivilegedAccessGroupMemberType {
    /// `direct` (value 1).
    Direct,
    /// `group` (value 2).
    Group,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for PrivilegedAccessGroupMemberType {
    const TYPE_NAME: &'static str = "microsoft.graph.privilegedAccessGroupMemberType";
    const MEMBERS: &'static [&'static str] = &["direct", "group", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "direct" => Self::Direct,
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
            Self::Direct => "direct",
            Self::Group => "group",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(PrivilegedAccessGroupMemberType);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedAccessGroupMemberType);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.process`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct Process {
    /// CSDL: property `accountName`: `Edm.String`, nullable.
    pub account_name: rt::Field<::std::string::String>,
    /// CSDL: property `commandLine`: `Edm.String`, nullable.
    pub command_line: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `fileHash`: `microsoft.graph.fileHash`, nullable.
    pub file_hash: rt::Field<crate::v1::FileHash>,
    /// CSDL: property `integrityLevel`: `microsoft.graph.processIntegrityLevel`, nullable.
    pub integrity_level: rt::Field<crate::v1::ProcessIntegrityLevel>,
    /// CSDL: property `isElevated`: `Edm.Boolean`, nullable.
    pub is_elevated: rt::Field<bool>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `parentProcessCreatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub parent_process_created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `parentProcessId`: `Edm.Int32`, nullable.
    pub parent_process_id: rt::Field<i32>,
    /// CSDL: property `parentProcessName`: `Edm.String`, nullable.
    pub parent_process_name: rt::Field<::std::string::String>,
    /// CSDL: property `path`: `Edm.String`, nullable.
    pub path: rt::Field<::std::string::String>,
    /// CSDL: property `processId`: `Edm.Int32`, nullable.
    pub process_id: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for Process {
    #[inline]
    fn default() -> Self {
        Self {
            account_name: rt::Field::Absent,
            command_line: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            file_hash: rt::Field::Absent,
            integrity_level: rt::Field::Absent,
            is_elevated: rt::Field::Absent,
            name: rt::Field::Absent,
            parent_process_created_date_time: rt::Field::Absent,
            parent_process_id: rt::Field::Absent,
            parent_process_name: rt::Field::Absent,
            path: rt::Field::Absent,
            process_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for Process {
    const TYPE_NAME: &'static str = "microsoft.graph.process";
    const KEYS: &'static [&'static str] = &[
        "accountName",
        "commandLine",
        "createdDateTime",
        "fileHash",
        "integrityLevel",
        "isElevated",
        "name",
        "parentProcessCreatedDateTime",
        "parentProcessId",
        "parentProcessName",
        "path",
        "processId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"accountName\":                  ",
        ",\"commandLine\":                  ",
        ",\"createdDateTime\":              ",
        ",\"fileHash\":                     ",
        ",\"integrityLevel\":               ",
        ",\"isElevated\":                   ",
        ",\"name\":                         ",
        ",\"parentProcessCreatedDateTime\": ",
        ",\"parentProcessId\":              ",
        ",\"parentProcessName\":            ",
        ",\"path\":                         ",
        ",\"processId\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.process\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "account_name", &self.account_name);
        v.field(1usize, "command_line", &self.command_line);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "file_hash", &self.file_hash);
        v.field(4usize, "integrity_level", &self.integrity_level);
        v.field(5usize, "is_elevated", &self.is_elevated);
        v.field(6usize, "name", &self.name);
        v.field(
            7usize,
            "parent_process_created_date_time",
            &self.parent_process_created_date_time,
        );
        v.field(8usize, "parent_process_id", &self.parent_process_id);
        v.field(9usize, "parent_process_name", &self.parent_process_name);
        v.field(10usize, "path", &self.path);
        v.field(11usize, "process_id", &self.process_id);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for Process {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.account_name.read_from(r),
            1usize => self.command_line.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.file_hash.read_from(r),
            4usize => self.integrity_level.read_from(r),
            5usize => self.is_elevated.read_from(r),
            6usize => self.name.read_from(r),
            7usize => self.parent_process_created_date_time.read_from(r),
            8usize => self.parent_process_id.read_from(r),
            9usize => self.parent_process_name.read_from(r),
            10usize => self.path.read_from(r),
            11usize => self.process_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.account_name);
        w.field(1usize, &self.command_line);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.file_hash);
        w.field(4usize, &self.integrity_level);
        w.field(5usize, &self.is_elevated);
        w.field(6usize, &self.name);
        w.field(7usize, &self.parent_process_created_date_time);
        w.field(8usize, &self.parent_process_id);
        w.field(9usize, &self.parent_process_name);
        w.field(10usize, &self.path);
        w.field(11usize, &self.process_id);
    }
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
rt::impl_object!(Process);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    Process { with_account_name account_name : ::std::string::String; with_command_line
    command_line : ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_file_hash file_hash : crate ::v1::FileHash;
    with_integrity_level integrity_level : crate ::v1::ProcessIntegrityLevel;
    with_is_elevated is_elevated : bool; with_name name : ::std::string::String;
    with_parent_process_created_date_time parent_process_created_date_time :
    rt::edm::DateTimeOffset; with_parent_process_id parent_process_id : i32;
    with_parent_process_name parent_process_name : ::std::string::String; with_path path
    : ::std::string::String; with_process_id process_id : i32; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(Process);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.processContentBatchRequest`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ProcessContentBatchRequest {
    /// CSDL: property `contentToProcess`: `microsoft.graph.processContentRequest`, not nullable.
    pub content_to_process: rt::Field<crate::v1::ProcessContentRequest>,
    /// CSDL: property `requestId`: `Edm.String`, nullable.
    pub request_id: rt::Field<::std::string::String>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ProcessContentBatchRequest {
    #[inline]
    fn default() -> Self {
        Self {
            content_to_process: rt::Field::Absent,
            request_id: rt::Field::Absent,
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ProcessContentBatchRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.processContentBatchRequest";
    const KEYS: &'static [&'static str] = &["contentToProcess", "requestId", "userId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"contentToProcess\":             ",
        ",\"requestId\":                    ",
        ",\"userId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.processContentBatchRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content_to_process", &self.content_to_process);
        v.field(1usize, "request_id", &self.request_id);
        v.field(2usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ProcessContentBatchRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content_to_process.read_from(r),
            1usize => self.request_id.read_from(r),
            2usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content_to_process);
        w.field(1usize, &self.request_id);
        w.field(2usize, &self.user_id);
    }
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
rt::impl_object!(ProcessContentBatchRequest);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ProcessContentBatchRequest { with_content_to_process content_to_process : crate
    ::v1::ProcessContentRequest; with_request_id request_id : ::std::string::String;
    with_user_id user_id : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProcessContentBatchRequest);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.processContentMetadataBase`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ProcessContentMetadataBase {
    /// CSDL: property `content`: `microsoft.graph.contentBase`, nullable.
    pub content: rt::Field<crate::v1::AnyContentBase>,
    /// CSDL: property `contentCategory`: `microsoft.graph.contentCategory`, nullable.
    pub content_category: rt::Field<crate::v1::ContentCategory>,
    /// CSDL: property `correlationId`: `Edm.String`, nullable.
    pub correlation_id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `identifier`: `Edm.String`, not nullable.
    pub identifier: rt::Field<::std::string::String>,
    /// CSDL: property `isTruncated`: `Edm.Boolean`, not nullable.
    pub is_truncated: rt::Field<bool>,
    /// CSDL: property `length`: `Edm.Int64`, nullable.
    pub length: rt::Field<i64>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `sequenceNumber`: `Edm.Int64`, nullable.
    pub sequence_number: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for ProcessContentMetadataBase {
    #[inline]
    fn default() -> Self {
        Self {
            content: rt::Field::Absent,
            content_category: rt::Field::Absent,
            correlation_id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            identifier: rt::Field::Absent,
            is_truncated: rt::Field::Absent,
            length: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            sequence_number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for ProcessContentMetadataBase {
    const TYPE_NAME: &'static str = "microsoft.graph.processContentMetadataBase";
    const KEYS: &'static [&'static str] = &[
        "content",
        "contentCategory",
        "correlationId",
        "createdDateTime",
        "identifier",
        "isTruncated",
        "length",
        "modifiedDateTime",
        "name",
        "sequenceNumber",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"content\":                      ",
        ",\"contentCategory\":              ",
        ",\"correlationId\":                ",
        ",\"createdDateTime\":              ",
        ",\"identifier\":                   ",
        ",\"isTruncated\":                  ",
        ",\"length\":                       ",
        ",\"modifiedDateTime\":             ",
        ",\"name\":                         ",
        ",\"sequenceNumber\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.processContentMetadataBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content", &self.content);
        v.field(1usize, "content_category", &self.content_category);
        v.field(2usize, "correlation_id", &self.correlation_id);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "identifier", &self.identifier);
        v.field(5usize, "is_truncated", &self.is_truncated);
        v.field(6usize, "length", &self.length);
        v.field(7usize, "modified_date_time", &self.modified_date_time);
        v.field(8usize, "name", &self.name);
        v.field(9usize, "sequence_number", &self.sequence_number);
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members for ProcessContentMetadataBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content.read_from(r),
            1usize => self.content_category.read_from(r),
            2usize => self.correlation_id.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.identifier.read_from(r),
            5usize => self.is_truncated.read_from(r),
            6usize => self.length.read_from(r),
            7usize => self.modified_date_time.read_from(r),
            8usize => self.name.read_from(r),
            9usize => self.sequence_number.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content);
        w.field(1usize, &self.content_category);
        w.field(2usize, &self.correlation_id);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.identifier);
        w.field(5usize, &self.is_truncated);
        w.field(6usize, &self.length);
        w.field(7usize, &self.modified_date_time);
        w.field(8usize, &self.name);
        w.field(9usize, &self.sequence_number);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_security)]
rt::impl_object!(ProcessContentMetadataBase);
#[cfg(msgraph_v1_core_or_security)]
rt::impl_setters!(
    ProcessContentMetadataBase { with_content content : crate ::v1::AnyContentBase;
    with_content_category content_category : crate ::v1::ContentCategory;
    with_correlation_id correlation_id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_identifier identifier :
    ::std::string::String; with_is_truncated is_truncated : bool; with_length length :
    i64; with_modified_date_time modified_date_time : rt::edm::DateTimeOffset; with_name
    name : ::std::string::String; with_sequence_number sequence_number : i64; }
);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProcessContentMetadataBase);
#[cfg(msgraph_v1_core_or_security)]
/// `microsoft.graph.processContentMetadataBase` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyProcessContentMetadataBase {
    ProcessContentMetadataBase(::std::boxed::Box<crate::v1::ProcessContentMetadataBase>),
    ProcessConversationMetadata(
        ::std::boxed::Box<crate::v1::ProcessConversationMetadata>,
    ),
    ProcessFileMetadata(::std::boxed::Box<crate::v1::ProcessFileMetadata>),
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for AnyProcessContentMetadataBase {
    #[inline]
    fn default() -> Self {
        Self::ProcessContentMetadataBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ProcessContentMetadataBase>
for AnyProcessContentMetadataBase {
    #[inline]
    fn from(v: crate::v1::ProcessContentMetadataBase) -> Self {
        Self::ProcessContentMetadataBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ProcessConversationMetadata>
for AnyProcessContentMetadataBase {
    #[inline]
    fn from(v: crate::v1::ProcessConversationMetadata) -> Self {
        Self::ProcessConversationMetadata(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ProcessFileMetadata>
for AnyProcessContentMetadataBase {
    #[inline]
    fn from(v: crate::v1::ProcessFileMetadata) -> Self {
        Self::ProcessFileMetadata(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security)]
unsafe impl ::std::marker::Send for AnyProcessContentMetadataBase {}
#[cfg(msgraph_v1_core_or_security)]
unsafe impl ::std::marker::Sync for AnyProcessContentMetadataBase {}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::marker::Unpin for AnyProcessContentMetadataBase {}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::panic::UnwindSafe for AnyProcessContentMetadataBase {}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::panic::RefUnwindSafe for AnyProcessContentMetadataBase {}
#[cfg(msgraph_v1_core_or_security)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ProcessContentMetadataBase>();
    rt::object::auto_traits::<crate::v1::ProcessConversationMetadata>();
    rt::object::auto_traits::<crate::v1::ProcessFileMetadata>();
};
#[cfg(msgraph_v1_core_or_security)]
impl rt::Poly for AnyProcessContentMetadataBase {
    const BASE_NAME: &'static str = "microsoft.graph.processContentMetadataBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.processConversationMetadata",
            ) => Self::ProcessConversationMetadata(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.processFileMetadata") => {
                Self::ProcessFileMetadata(rt::object::new_boxed())
            }
            _ => Self::ProcessContentMetadataBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ProcessContentMetadataBase(v) => &**v,
            Self::ProcessConversationMetadata(v) => &**v,
            Self::ProcessFileMetadata(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ProcessContentMetadataBase(v) => &mut **v,
            Self::ProcessConversationMetadata(v) => &mut **v,
            Self::ProcessFileMetadata(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl AnyProcessContentMetadataBase {
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
    /// `content` of any variant.
    #[inline]
    pub fn content(&self) -> &rt::Field<crate::v1::AnyContentBase> {
        match self {
            Self::ProcessContentMetadataBase(v) => &v.content,
            Self::ProcessConversationMetadata(v) => &v.content,
            Self::ProcessFileMetadata(v) => &v.content,
        }
    }
    /// `content` of any variant.
    #[inline]
    pub fn content_mut(&mut self) -> &mut rt::Field<crate::v1::AnyContentBase> {
        match self {
            Self::ProcessContentMetadataBase(v) => &mut v.content,
            Self::ProcessConversationMetadata(v) => &mut v.content,
            Self::ProcessFileMetadata(v) => &mut v.content,
        }
    }
    /// `contentCategory` of any variant.
    #[inline]
    pub fn content_category(&self) -> &rt::Field<crate::v1::ContentCategory> {
        match self {
            Self::ProcessContentMetadataBase(v) => &v.content_category,
            Self::ProcessConversationMetadata(v) => &v.content_category,
            Self::ProcessFileMetadata(v) => &v.content_category,
        }
    }
    /// `contentCategory` of any variant.
    #[inline]
    pub fn content_category_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ContentCategory> {
        match self {
            Self::ProcessContentMetadataBase(v) => &mut v.content_category,
            Self::ProcessConversationMetadata(v) => &mut v.content_category,
            Self::ProcessFileMetadata(v) => &mut v.content_category,
        }
    }
    /// `correlationId` of any variant.
    #[inline]
    pub fn correlation_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ProcessContentMetadataBase(v) => &v.correlation_id,
            Self::ProcessConversationMetadata(v) => &v.correlation_id,
            Self::ProcessFileMetadata(v) => &v.correlation_id,
        }
    }
    /// `correlationId` of any variant.
    #[inline]
    pub fn correlation_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ProcessContentMetadataBase(v) => &mut v.correlation_id,
            Self::ProcessConversationMetadata(v) => &mut v.correlation_id,
            Self::ProcessFileMetadata(v) => &mut v.correlation_id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ProcessContentMetadataBase(v) => &v.created_date_time,
            Self::ProcessConversationMetadata(v) => &v.created_date_time,
            Self::ProcessFileMetadata(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ProcessContentMetadataBase(v) => &mut v.created_date_time,
            Self::ProcessConversationMetadata(v) => &mut v.created_date_time,
            Self::ProcessFileMetadata(v) => &mut v.created_date_time,
        }
    }
    /// `identifier` of any variant.
    #[inline]
    pub fn identifier(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ProcessContentMetadataBase(v) => &v.identifier,
            Self::ProcessConversationMetadata(v) => &v.identifier,
            Self::ProcessFileMetadata(v) => &v.identifier,
        }
    }
    /// `identifier` of any variant.
    #[inline]
    pub fn identifier_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ProcessContentMetadataBase(v) => &mut v.identifier,
            Self::ProcessConversationMetadata(v) => &mut v.identifier,
            Self::ProcessFileMetadata(v) => &mut v.identifier,
        }
    }
    /// `isTruncated` of any variant.
    #[inline]
    pub fn is_truncated(&self) -> &rt::Field<bool> {
        match self {
            Self::ProcessContentMetadataBase(v) => &v.is_truncated,
            Self::ProcessConversationMetadata(v) => &v.is_truncated,
            Self::ProcessFileMetadata(v) => &v.is_truncated,
        }
    }
    /// `isTruncated` of any variant.
    #[inline]
    pub fn is_truncated_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ProcessContentMetadataBase(v) => &mut v.is_truncated,
            Self::ProcessConversationMetadata(v) => &mut v.is_truncated,
            Self::ProcessFileMetadata(v) => &mut v.is_truncated,
        }
    }
    /// `length` of any variant.
    #[inline]
    pub fn length(&self) -> &rt::Field<i64> {
        match self {
            Self::ProcessContentMetadataBase(v) => &v.length,
            Self::ProcessConversationMetadata(v) => &v.length,
            Self::ProcessFileMetadata(v) => &v.length,
        }
    }
    /// `length` of any variant.
    #[inline]
    pub fn length_mut(&mut self) -> &mut rt::Field<i64> {
        match self {
            Self::ProcessContentMetadataBase(v) => &mut v.length,
            Self::ProcessConversationMetadata(v) => &mut v.length,
            Self::ProcessFileMetadata(v) => &mut v.length,
        }
    }
    /// `modifiedDateTime` of any variant.
    #[inline]
    pub fn modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ProcessContentMetadataBase(v) => &v.modified_date_time,
            Self::ProcessConversationMetadata(v) => &v.modified_date_time,
            Self::ProcessFileMetadata(v) => &v.modified_date_time,
        }
    }
    /// `modifiedDateTime` of any variant.
    #[inline]
    pub fn modified_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ProcessContentMetadataBase(v) => &mut v.modified_date_time,
            Self::ProcessConversationMetadata(v) => &mut v.modified_date_time,
            Self::ProcessFileMetadata(v) => &mut v.modified_date_time,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ProcessContentMetadataBase(v) => &v.name,
            Self::ProcessConversationMetadata(v) => &v.name,
            Self::ProcessFileMetadata(v) => &v.name,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ProcessContentMetadataBase(v) => &mut v.name,
            Self::ProcessConversationMetadata(v) => &mut v.name,
            Self::ProcessFileMetadata(v) => &mut v.name,
        }
    }
    /// `sequenceNumber` of any variant.
    #[inline]
    pub fn sequence_number(&self) -> &rt::Field<i64> {
        match self {
            Self::ProcessContentMetadataBase(v) => &v.sequence_number,
            Self::ProcessConversationMetadata(v) => &v.sequence_number,
            Self::ProcessFileMetadata(v) => &v.sequence_number,
        }
    }
    /// `sequenceNumber` of any variant.
    #[inline]
    pub fn sequence_number_mut(&mut self) -> &mut rt::Field<i64> {
        match self {
            Self::ProcessContentMetadataBase(v) => &mut v.sequence_number,
            Self::ProcessConversationMetadata(v) => &mut v.sequence_number,
            Self::ProcessFileMetadata(v) => &mut v.sequence_number,
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
rt::impl_poly!(AnyProcessContentMetadataBase);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyProcessContentMetadataBase);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.processContentRequest`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ProcessContentRequest {
    /// CSDL: property `activityMetadata`: `microsoft.graph.activityMetadata`, not nullable.
    pub activity_metadata: rt::Field<crate::v1::ActivityMetadata>,
    /// CSDL: property `contentEntries`: `Collection(microsoft.graph.processContentMetadataBase)`, not nullable.
    pub content_entries: rt::Field<
        ::std::vec::Vec<crate::v1::AnyProcessContentMetadataBase>,
    >,
    /// CSDL: property `deviceMetadata`: `microsoft.graph.deviceMetadata`, not nullable.
    pub device_metadata: rt::Field<crate::v1::DeviceMetadata>,
    /// CSDL: property `integratedAppMetadata`: `microsoft.graph.integratedApplicationMetadata`, not nullable.
    pub integrated_app_metadata: rt::Field<crate::v1::AnyIntegratedApplicationMetadata>,
    /// CSDL: property `protectedAppMetadata`: `microsoft.graph.protectedApplicationMetadata`, nullable.
    pub protected_app_metadata: rt::Field<crate::v1::ProtectedApplicationMetadata>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for ProcessContentRequest {
    #[inline]
    fn default() -> Self {
        Self {
            activity_metadata: rt::Field::Absent,
            content_entries: rt::Field::Absent,
            device_metadata: rt::Field::Absent,
            integrated_app_metadata: rt::Field::Absent,
            protected_app_metadata: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for ProcessContentRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.processContentRequest";
    const KEYS: &'static [&'static str] = &[
        "activityMetadata",
        "contentEntries",
        "deviceMetadata",
        "integratedAppMetadata",
        "protectedAppMetadata",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"activityMetadata\":             ",
        ",\"contentEntries\":               ",
        ",\"deviceMetadata\":               ",
        ",\"integratedAppMetadata\":        ",
        ",\"protectedAppMetadata\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.processContentRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "activity_metadata", &self.activity_metadata);
        v.field(1usize, "content_entries", &self.content_entries);
        v.field(2usize, "device_metadata", &self.device_metadata);
        v.field(3usize, "integrated_app_metadata", &self.integrated_app_metadata);
        v.field(4usize, "protected_app_metadata", &self.protected_app_metadata);
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members for ProcessContentRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.activity_metadata.read_from(r),
            1usize => self.content_entries.read_from(r),
            2usize => self.device_metadata.read_from(r),
            3usize => self.integrated_app_metadata.read_from(r),
            4usize => self.protected_app_metadata.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.activity_metadata);
        w.field(1usize, &self.content_entries);
        w.field(2usize, &self.device_metadata);
        w.field(3usize, &self.integrated_app_metadata);
        w.field(4usize, &self.protected_app_metadata);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_security)]
rt::impl_object!(ProcessContentRequest);
#[cfg(msgraph_v1_core_or_security)]
rt::impl_setters!(
    ProcessContentRequest { with_activity_metadata activity_metadata : crate
    ::v1::ActivityMetadata; with_content_entries content_entries : ::std::vec::Vec <
    crate ::v1::AnyProcessContentMetadataBase >; with_device_metadata device_metadata :
    crate ::v1::DeviceMetadata; with_integrated_app_metadata integrated_app_metadata :
    crate ::v1::AnyIntegratedApplicationMetadata; with_protected_app_metadata
    protected_app_metadata : crate ::v1::ProtectedApplicationMetadata; }
);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProcessContentRequest);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.processConversationMetadata`, complex type, derived from `microsoft.graph.processContentMetadataBase`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ProcessConversationMetadata {
    /// CSDL: property `content`: `microsoft.graph.contentBase`, nullable.
    pub content: rt::Field<crate::v1::AnyContentBase>,
    /// CSDL: property `contentCategory`: `microsoft.graph.contentCategory`, nullable.
    pub content_category: rt::Field<crate::v1::ContentCategory>,
    /// CSDL: property `correlationId`: `Edm.String`, nullable.
    pub correlation_id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `identifier`: `Edm.String`, not nullable.
    pub identifier: rt::Field<::std::string::String>,
    /// CSDL: property `isTruncated`: `Edm.Boolean`, not nullable.
    pub is_truncated: rt::Field<bool>,
    /// CSDL: property `length`: `Edm.Int64`, nullable.
    pub length: rt::Field<i64>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `sequenceNumber`: `Edm.Int64`, nullable.
    pub sequence_number: rt::Field<i64>,
    /// CSDL: property `accessedResources`: `Collection(Edm.String)`, nullable.
    pub accessed_resources: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `accessedResources_v2`: `Collection(microsoft.graph.resourceAccessDetail)`, not nullable.
    pub accessed_resources_v2: rt::Field<
        ::std::vec::Vec<crate::v1::ResourceAccessDetail>,
    >,
    /// CSDL: property `agents`: `Collection(microsoft.graph.aiAgentInfo)`, not nullable.
    pub agents: rt::Field<::std::vec::Vec<crate::v1::AiAgentInfo>>,
    /// CSDL: property `parentMessageId`: `Edm.String`, nullable.
    pub parent_message_id: rt::Field<::std::string::String>,
    /// CSDL: property `plugins`: `Collection(microsoft.graph.aiInteractionPlugin)`, not nullable.
    pub plugins: rt::Field<::std::vec::Vec<crate::v1::AiInteractionPlugin>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for ProcessConversationMetadata {
    #[inline]
    fn default() -> Self {
        Self {
            content: rt::Field::Absent,
            content_category: rt::Field::Absent,
            correlation_id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            identifier: rt::Field::Absent,
            is_truncated: rt::Field::Absent,
            length: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            sequence_number: rt::Field::Absent,
            accessed_resources: rt::Field::Absent,
            accessed_resources_v2: rt::Field::Absent,
            agents: rt::Field::Absent,
            parent_message_id: rt::Field::Absent,
            plugins: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for ProcessConversationMetadata {
    const TYPE_NAME: &'static str = "microsoft.graph.processConversationMetadata";
    const KEYS: &'static [&'static str] = &[
        "content",
        "contentCategory",
        "correlationId",
        "createdDateTime",
        "identifier",
        "isTruncated",
        "length",
        "modifiedDateTime",
        "name",
        "sequenceNumber",
        "accessedResources",
        "accessedResources_v2",
        "agents",
        "parentMessageId",
        "plugins",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"content\":                      ",
        ",\"contentCategory\":              ",
        ",\"correlationId\":                ",
        ",\"createdDateTime\":              ",
        ",\"identifier\":                   ",
        ",\"isTruncated\":                  ",
        ",\"length\":                       ",
        ",\"modifiedDateTime\":             ",
        ",\"name\":                         ",
        ",\"sequenceNumber\":               ",
        ",\"accessedResources\":            ",
        ",\"accessedResources_v2\":         ",
        ",\"agents\":                       ",
        ",\"parentMessageId\":              ",
        ",\"plugins\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.processConversationMetadata\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content", &self.content);
        v.field(1usize, "content_category", &self.content_category);
        v.field(2usize, "correlation_id", &self.correlation_id);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "identifier", &self.identifier);
        v.field(5usize, "is_truncated", &self.is_truncated);
        v.field(6usize, "length", &self.length);
        v.field(7usize, "modified_date_time", &self.modified_date_time);
        v.field(8usize, "name", &self.name);
        v.field(9usize, "sequence_number", &self.sequence_number);
        v.field(10usize, "accessed_resources", &self.accessed_resources);
        v.field(11usize, "accessed_resources_v2", &self.accessed_resources_v2);
        v.field(12usize, "agents", &self.agents);
        v.field(13usize, "parent_message_id", &self.parent_message_id);
        v.field(14usize, "plugins", &self.plugins);
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members for ProcessConversationMetadata {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content.read_from(r),
            1usize => self.content_category.read_from(r),
            2usize => self.correlation_id.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.identifier.read_from(r),
            5usize => self.is_truncated.read_from(r),
            6usize => self.length.read_from(r),
            7usize => self.modified_date_time.read_from(r),
            8usize => self.name.read_from(r),
            9usize => self.sequence_number.read_from(r),
            10usize => self.accessed_resources.read_from(r),
            11usize => self.accessed_resources_v2.read_from(r),
            12usize => self.agents.read_from(r),
            13usize => self.parent_message_id.read_from(r),
            14usize => self.plugins.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content);
        w.field(1usize, &self.content_category);
        w.field(2usize, &self.correlation_id);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.identifier);
        w.field(5usize, &self.is_truncated);
        w.field(6usize, &self.length);
        w.field(7usize, &self.modified_date_time);
        w.field(8usize, &self.name);
        w.field(9usize, &self.sequence_number);
        w.field(10usize, &self.accessed_resources);
        w.field(11usize, &self.accessed_resources_v2);
        w.field(12usize, &self.agents);
        w.field(13usize, &self.parent_message_id);
        w.field(14usize, &self.plugins);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_security)]
rt::impl_object!(ProcessConversationMetadata);
#[cfg(msgraph_v1_core_or_security)]
rt::impl_setters!(
    ProcessConversationMetadata { with_content content : crate ::v1::AnyContentBase;
    with_content_category content_category : crate ::v1::ContentCategory;
    with_correlation_id correlation_id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_identifier identifier :
    ::std::string::String; with_is_truncated is_truncated : bool; with_length length :
    i64; with_modified_date_time modified_date_time : rt::edm::DateTimeOffset; with_name
    name : ::std::string::String; with_sequence_number sequence_number : i64;
    with_accessed_resources accessed_resources : ::std::vec::Vec < ::std::string::String
    >; with_accessed_resources_v2 accessed_resources_v2 : ::std::vec::Vec < crate
    ::v1::ResourceAccessDetail >; with_agents agents : ::std::vec::Vec < crate
    ::v1::AiAgentInfo >; with_parent_message_id parent_message_id :
    ::std::string::String; with_plugins plugins : ::std::vec::Vec < crate
    ::v1::AiInteractionPlugin >; }
);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProcessConversationMetadata);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.processFileMetadata`, complex type, derived from `microsoft.graph.processContentMetadataBase`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ProcessFileMetadata {
    /// CSDL: property `content`: `microsoft.graph.contentBase`, nullable.
    pub content: rt::Field<crate::v1::AnyContentBase>,
    /// CSDL: property `contentCategory`: `microsoft.graph.contentCategory`, nullable.
    pub content_category: rt::Field<crate::v1::ContentCategory>,
    /// CSDL: property `correlationId`: `Edm.String`, nullable.
    pub correlation_id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `identifier`: `Edm.String`, not nullable.
    pub identifier: rt::Field<::std::string::String>,
    /// CSDL: property `isTruncated`: `Edm.Boolean`, not nullable.
    pub is_truncated: rt::Field<bool>,
    /// CSDL: property `length`: `Edm.Int64`, nullable.
    pub length: rt::Field<i64>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `sequenceNumber`: `Edm.Int64`, nullable.
    pub sequence_number: rt::Field<i64>,
    /// CSDL: property `customProperties`: `microsoft.graph.customMetadataDictionary`, nullable.
    pub custom_properties: rt::Field<crate::v1::CustomMetadataDictionary>,
    /// CSDL: property `ownerId`: `Edm.String`, nullable.
    pub owner_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for ProcessFileMetadata {
    #[inline]
    fn default() -> Self {
        Self {
            content: rt::Field::Absent,
            content_category: rt::Field::Absent,
            correlation_id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            identifier: rt::Field::Absent,
            is_truncated: rt::Field::Absent,
            length: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            sequence_number: rt::Field::Absent,
            custom_properties: rt::Field::Absent,
            owner_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for ProcessFileMetadata {
    const TYPE_NAME: &'static str = "microsoft.graph.processFileMetadata";
    const KEYS: &'static [&'static str] = &[
        "content",
        "contentCategory",
        "correlationId",
        "createdDateTime",
        "identifier",
        "isTruncated",
        "length",
        "modifiedDateTime",
        "name",
        "sequenceNumber",
        "customProperties",
        "ownerId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"content\":                      ",
        ",\"contentCategory\":              ",
        ",\"correlationId\":                ",
        ",\"createdDateTime\":              ",
        ",\"identifier\":                   ",
        ",\"isTruncated\":                  ",
        ",\"length\":                       ",
        ",\"modifiedDateTime\":             ",
        ",\"name\":                         ",
        ",\"sequenceNumber\":               ",
        ",\"customProperties\":             ",
        ",\"ownerId\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.processFileMetadata\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content", &self.content);
        v.field(1usize, "content_category", &self.content_category);
        v.field(2usize, "correlation_id", &self.correlation_id);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "identifier", &self.identifier);
        v.field(5usize, "is_truncated", &self.is_truncated);
        v.field(6usize, "length", &self.length);
        v.field(7usize, "modified_date_time", &self.modified_date_time);
        v.field(8usize, "name", &self.name);
        v.field(9usize, "sequence_number", &self.sequence_number);
        v.field(10usize, "custom_properties", &self.custom_properties);
        v.field(11usize, "owner_id", &self.owner_id);
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members for ProcessFileMetadata {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content.read_from(r),
            1usize => self.content_category.read_from(r),
            2usize => self.correlation_id.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.identifier.read_from(r),
            5usize => self.is_truncated.read_from(r),
            6usize => self.length.read_from(r),
            7usize => self.modified_date_time.read_from(r),
            8usize => self.name.read_from(r),
            9usize => self.sequence_number.read_from(r),
            10usize => self.custom_properties.read_from(r),
            11usize => self.owner_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content);
        w.field(1usize, &self.content_category);
        w.field(2usize, &self.correlation_id);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.identifier);
        w.field(5usize, &self.is_truncated);
        w.field(6usize, &self.length);
        w.field(7usize, &self.modified_date_time);
        w.field(8usize, &self.name);
        w.field(9usize, &self.sequence_number);
        w.field(10usize, &self.custom_properties);
        w.field(11usize, &self.owner_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_security)]
rt::impl_object!(ProcessFileMetadata);
#[cfg(msgraph_v1_core_or_security)]
rt::impl_setters!(
    ProcessFileMetadata { with_content content : crate ::v1::AnyContentBase;
    with_content_category content_category : crate ::v1::ContentCategory;
    with_correlation_id correlation_id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_identifier identifier :
    ::std::string::String; with_is_truncated is_truncated : bool; with_length length :
    i64; with_modified_date_time modified_date_time : rt::edm::DateTimeOffset; with_name
    name : ::std::string::String; with_sequence_number sequence_number : i64;
    with_custom_properties custom_properties : crate ::v1::CustomMetadataDictionary;
    with_owner_id owner_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProcessFileMetadata);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.processIntegrityLevel`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ProcessIntegrityLevel {
    /// `unknown` (value 0).
    Unknown,
    /// `untrusted` (value 1).
    Untrusted,
    /// `low` (value 2).
    Low,
    /// `medium` (value 3).
    Medium,
    /// `high` (value 4).
    High,
    /// `system` (value 5).
    System,
    /// `unknownFutureValue` (value 127).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for ProcessIntegrityLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.processIntegrityLevel";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "untrusted",
        "low",
        "medium",
        "high",
        "system",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "untrusted" => Self::Untrusted,
                "low" => Self::Low,
                "medium" => Self::Medium,
                "high" => Self::High,
                "system" => Self::System,
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
            Self::Untrusted => "untrusted",
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::System => "system",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(ProcessIntegrityLevel);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProcessIntegrityLevel);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.prompt`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct Prompt {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for Prompt {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for Prompt {
    const TYPE_NAME: &'static str = "microsoft.graph.prompt";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.prompt\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for Prompt {
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
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(Prompt);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Prompt);
#[cfg(msgraph_v1_communications_or_search)]
/// `microsoft.graph.prompt` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyPrompt {
    Prompt(::std::boxed::Box<crate::v1::Prompt>),
    MediaPrompt(::std::boxed::Box<crate::v1::MediaPrompt>),
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for AnyPrompt {
    #[inline]
    fn default() -> Self {
        Self::Prompt(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Prompt> for AnyPrompt {
    #[inline]
    fn from(v: crate::v1::Prompt) -> Self {
        Self::Prompt(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MediaPrompt> for AnyPrompt {
    #[inline]
    fn from(v: crate::v1::MediaPrompt) -> Self {
        Self::MediaPrompt(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
unsafe impl ::std::marker::Send for AnyPrompt {}
#[cfg(msgraph_v1_communications_or_search)]
unsafe impl ::std::marker::Sync for AnyPrompt {}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::marker::Unpin for AnyPrompt {}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::panic::UnwindSafe for AnyPrompt {}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::panic::RefUnwindSafe for AnyPrompt {}
#[cfg(msgraph_v1_communications_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::Prompt>();
    rt::object::auto_traits::<crate::v1::MediaPrompt>();
};
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Poly for AnyPrompt {
    const BASE_NAME: &'static str = "microsoft.graph.prompt";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.mediaPrompt") => {
                Self::MediaPrompt(rt::object::new_boxed())
            }
            _ => Self::Prompt(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::Prompt(v) => &**v,
            Self::MediaPrompt(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::Prompt(v) => &mut **v,
            Self::MediaPrompt(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl AnyPrompt {
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
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_poly!(AnyPrompt);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyPrompt);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.protectedApplicationMetadata`, complex type, derived from `microsoft.graph.integratedApplicationMetadata`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ProtectedApplicationMetadata {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// CSDL: property `applicationLocation`: `microsoft.graph.policyLocation`, nullable.
    pub application_location: rt::Field<crate::v1::AnyPolicyLocation>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for ProtectedApplicationMetadata {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            version: rt::Field::Absent,
            application_location: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for ProtectedApplicationMetadata {
    const TYPE_NAME: &'static str = "microsoft.graph.protectedApplicationMetadata";
    const KEYS: &'static [&'static str] = &["name", "version", "applicationLocation"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"version\":                      ",
        ",\"applicationLocation\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.protectedApplicationMetadata\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "version", &self.version);
        v.field(2usize, "application_location", &self.application_location);
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members for ProtectedApplicationMetadata {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.version.read_from(r),
            2usize => self.application_location.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.version);
        w.field(2usize, &self.application_location);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_security)]
rt::impl_object!(ProtectedApplicationMetadata);
#[cfg(msgraph_v1_core_or_security)]
rt::impl_setters!(
    ProtectedApplicationMetadata { with_name name : ::std::string::String; with_version
    version : ::std::string::String; with_application_location application_location :
    crate ::v1::AnyPolicyLocation; }
);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProtectedApplicationMetadata);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.protectionPolicyArtifactCount`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct ProtectionPolicyArtifactCount {
    /// CSDL: property `completed`: `Edm.Int32`, nullable.
    pub completed: rt::Field<i32>,
    /// CSDL: property `failed`: `Edm.Int32`, nullable.
    pub failed: rt::Field<i32>,
    /// CSDL: property `inProgress`: `Edm.Int32`, nullable.
    pub in_progress: rt::Field<i32>,
    /// CSDL: property `total`: `Edm.Int32`, nullable.
    pub total: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for ProtectionPolicyArtifactCount {
    #[inline]
    fn default() -> Self {
        Self {
            completed: rt::Field::Absent,
            failed: rt::Field::Absent,
            in_progress: rt::Field::Absent,
            total: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for ProtectionPolicyArtifactCount {
    const TYPE_NAME: &'static str = "microsoft.graph.protectionPolicyArtifactCount";
    const KEYS: &'static [&'static str] = &[
        "completed",
        "failed",
        "inProgress",
        "total",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"completed\":                    ",
        ",\"failed\":                       ",
        ",\"inProgress\":                   ",
        ",\"total\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.protectionPolicyArtifactCount\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "completed", &self.completed);
        v.field(1usize, "failed", &self.failed);
        v.field(2usize, "in_progress", &self.in_progress);
        v.field(3usize, "total", &self.total);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for ProtectionPolicyArtifactCount {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.completed.read_from(r),
            1usize => self.failed.read_from(r),
            2usize => self.in_progress.read_from(r),
            3usize => self.total.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.completed);
        w.field(1usize, &self.failed);
        w.field(2usize, &self.in_progress);
        w.field(3usize, &self.total);
    }
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
rt::impl_object!(ProtectionPolicyArtifactCount);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    ProtectionPolicyArtifactCount { with_completed completed : i32; with_failed failed :
    i32; with_in_progress in_progress : i32; with_total total : i32; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProtectionPolicyArtifactCount);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.protectionPolicyBase`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`ProtectionPolicyBasePath`](requests/trait.ProtectionPolicyBasePath.html), what a path to one (`EntityPath<AnyProtectionPolicyBase, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct ProtectionPolicyBase {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, not nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `protectionPolicyArtifactCount`: `microsoft.graph.protectionPolicyArtifactCount`, nullable.
    pub protection_policy_artifact_count: rt::Field<
        crate::v1::ProtectionPolicyArtifactCount,
    >,
    /// CSDL: property `retentionSettings`: `Collection(microsoft.graph.retentionSetting)`, nullable.
    pub retention_settings: rt::Field<::std::vec::Vec<crate::v1::RetentionSetting>>,
    /// CSDL: property `status`: `microsoft.graph.protectionPolicyStatus`, nullable.
    pub status: rt::Field<crate::v1::ProtectionPolicyStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for ProtectionPolicyBase {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            protection_policy_artifact_count: rt::Field::Absent,
            retention_settings: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for ProtectionPolicyBase {
    const TYPE_NAME: &'static str = "microsoft.graph.protectionPolicyBase";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "displayName",
        "isEnabled",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "protectionPolicyArtifactCount",
        "retentionSettings",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"isEnabled\":                    ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"protectionPolicyArtifactCount\":",
        ",\"retentionSettings\":            ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.protectionPolicyBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "is_enabled", &self.is_enabled);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(
            7usize,
            "protection_policy_artifact_count",
            &self.protection_policy_artifact_count,
        );
        v.field(8usize, "retention_settings", &self.retention_settings);
        v.field(9usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for ProtectionPolicyBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.is_enabled.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.protection_policy_artifact_count.read_from(r),
            8usize => self.retention_settings.read_from(r),
            9usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.is_enabled);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.protection_policy_artifact_count);
        w.field(8usize, &self.retention_settings);
        w.field(9usize, &self.status);
    }
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
rt::impl_object!(ProtectionPolicyBase);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    ProtectionPolicyBase { with_id id : ::std::string::String; with_created_by created_by
    : crate ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_display_name display_name : ::std::string::String;
    with_is_enabled is_enabled : bool; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_protection_policy_artifact_count
    protection_policy_artifact_count : crate ::v1::ProtectionPolicyArtifactCount;
    with_retention_settings retention_settings : ::std::vec::Vec < crate
    ::v1::RetentionSetting >; with_status status : crate ::v1::ProtectionPolicyStatus; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProtectionPolicyBase);
#[cfg(msgraph_v1_search_or_solutions)]
/// `microsoft.graph.protectionPolicyBase` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyProtectionPolicyBase {
    ProtectionPolicyBase(::std::boxed::Box<crate::v1::ProtectionPolicyBase>),
    ExchangeProtectionPolicy(::std::boxed::Box<crate::v1::ExchangeProtectionPolicy>),
    OneDriveForBusinessProtectionPolicy(
        ::std::boxed::Box<crate::v1::OneDriveForBusinessProtectionPolicy>,
    ),
    SharePointProtectionPolicy(::std::boxed::Box<crate::v1::SharePointProtectionPolicy>),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for AnyProtectionPolicyBase {
    #[inline]
    fn default() -> Self {
        Self::ProtectionPolicyBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ProtectionPolicyBase> for AnyProtectionPolicyBase {
    #[inline]
    fn from(v: crate::v1::ProtectionPolicyBase) -> Self {
        Self::ProtectionPolicyBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ExchangeProtectionPolicy>
for AnyProtectionPolicyBase {
    #[inline]
    fn from(v: crate::v1::ExchangeProtectionPolicy) -> Self {
        Self::ExchangeProtectionPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OneDriveForBusinessProtectionPolicy>
for AnyProtectionPolicyBase {
    #[inline]
    fn from(v: crate::v1::OneDriveForBusinessProtectionPolicy) -> Self {
        Self::OneDriveForBusinessProtectionPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharePointProtectionPolicy>
for AnyProtectionPolicyBase {
    #[inline]
    fn from(v: crate::v1::SharePointProtectionPolicy) -> Self {
        Self::SharePointProtectionPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
unsafe impl ::std::marker::Send for AnyProtectionPolicyBase {}
#[cfg(msgraph_v1_search_or_solutions)]
unsafe impl ::std::marker::Sync for AnyProtectionPolicyBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::marker::Unpin for AnyProtectionPolicyBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::panic::UnwindSafe for AnyProtectionPolicyBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::panic::RefUnwindSafe for AnyProtectionPolicyBase {}
#[cfg(msgraph_v1_search_or_solutions)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ProtectionPolicyBase>();
    rt::object::auto_traits::<crate::v1::ExchangeProtectionPolicy>();
    rt::object::auto_traits::<crate::v1::OneDriveForBusinessProtectionPolicy>();
    rt::object::auto_traits::<crate::v1::SharePointProtectionPolicy>();
};
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Poly for AnyProtectionPolicyBase {
    const BASE_NAME: &'static str = "microsoft.graph.protectionPolicyBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.exchangeProtectionPolicy") => {
                Self::ExchangeProtectionPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.oneDriveForBusinessProtectionPolicy",
            ) => Self::OneDriveForBusinessProtectionPolicy(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.sharePointProtectionPolicy") => {
                Self::SharePointProtectionPolicy(rt::object::new_boxed())
            }
            _ => Self::ProtectionPolicyBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ProtectionPolicyBase(v) => &**v,
            Self::ExchangeProtectionPolicy(v) => &**v,
            Self::OneDriveForBusinessProtectionPolicy(v) => &**v,
            Self::SharePointProtectionPolicy(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ProtectionPolicyBase(v) => &mut **v,
            Self::ExchangeProtectionPolicy(v) => &mut **v,
            Self::OneDriveForBusinessProtectionPolicy(v) => &mut **v,
            Self::SharePointProtectionPolicy(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl AnyProtectionPolicyBase {
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
            Self::ProtectionPolicyBase(v) => &v.id,
            Self::ExchangeProtectionPolicy(v) => &v.id,
            Self::OneDriveForBusinessProtectionPolicy(v) => &v.id,
            Self::SharePointProtectionPolicy(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ProtectionPolicyBase(v) => &mut v.id,
            Self::ExchangeProtectionPolicy(v) => &mut v.id,
            Self::OneDriveForBusinessProtectionPolicy(v) => &mut v.id,
            Self::SharePointProtectionPolicy(v) => &mut v.id,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::ProtectionPolicyBase(v) => &v.created_by,
            Self::ExchangeProtectionPolicy(v) => &v.created_by,
            Self::OneDriveForBusinessProtectionPolicy(v) => &v.created_by,
            Self::SharePointProtectionPolicy(v) => &v.created_by,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::ProtectionPolicyBase(v) => &mut v.created_by,
            Self::ExchangeProtectionPolicy(v) => &mut v.created_by,
            Self::OneDriveForBusinessProtectionPolicy(v) => &mut v.created_by,
            Self::SharePointProtectionPolicy(v) => &mut v.created_by,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ProtectionPolicyBase(v) => &v.created_date_time,
            Self::ExchangeProtectionPolicy(v) => &v.created_date_time,
            Self::OneDriveForBusinessProtectionPolicy(v) => &v.created_date_time,
            Self::SharePointProtectionPolicy(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ProtectionPolicyBase(v) => &mut v.created_date_time,
            Self::ExchangeProtectionPolicy(v) => &mut v.created_date_time,
            Self::OneDriveForBusinessProtectionPolicy(v) => &mut v.created_date_time,
            Self::SharePointProtectionPolicy(v) => &mut v.created_date_time,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ProtectionPolicyBase(v) => &v.display_name,
            Self::ExchangeProtectionPolicy(v) => &v.display_name,
            Self::OneDriveForBusinessProtectionPolicy(v) => &v.display_name,
            Self::SharePointProtectionPolicy(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ProtectionPolicyBase(v) => &mut v.display_name,
            Self::ExchangeProtectionPolicy(v) => &mut v.display_name,
            Self::OneDriveForBusinessProtectionPolicy(v) => &mut v.display_name,
            Self::SharePointProtectionPolicy(v) => &mut v.display_name,
        }
    }
    /// `isEnabled` of any variant.
    #[inline]
    pub fn is_enabled(&self) -> &rt::Field<bool> {
        match self {
            Self::ProtectionPolicyBase(v) => &v.is_enabled,
            Self::ExchangeProtectionPolicy(v) => &v.is_enabled,
            Self::OneDriveForBusinessProtectionPolicy(v) => &v.is_enabled,
            Self::SharePointProtectionPolicy(v) => &v.is_enabled,
        }
    }
    /// `isEnabled` of any variant.
    #[inline]
    pub fn is_enabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ProtectionPolicyBase(v) => &mut v.is_enabled,
            Self::ExchangeProtectionPolicy(v) => &mut v.is_enabled,
            Self::OneDriveForBusinessProtectionPolicy(v) => &mut v.is_enabled,
            Self::SharePointProtectionPolicy(v) => &mut v.is_enabled,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::ProtectionPolicyBase(v) => &v.last_modified_by,
            Self::ExchangeProtectionPolicy(v) => &v.last_modified_by,
            Self::OneDriveForBusinessProtectionPolicy(v) => &v.last_modified_by,
            Self::SharePointProtectionPolicy(v) => &v.last_modified_by,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::ProtectionPolicyBase(v) => &mut v.last_modified_by,
            Self::ExchangeProtectionPolicy(v) => &mut v.last_modified_by,
            Self::OneDriveForBusinessProtectionPolicy(v) => &mut v.last_modified_by,
            Self::SharePointProtectionPolicy(v) => &mut v.last_modified_by,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ProtectionPolicyBase(v) => &v.last_modified_date_time,
            Self::ExchangeProtectionPolicy(v) => &v.last_modified_date_time,
            Self::OneDriveForBusinessProtectionPolicy(v) => &v.last_modified_date_time,
            Self::SharePointProtectionPolicy(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ProtectionPolicyBase(v) => &mut v.last_modified_date_time,
            Self::ExchangeProtectionPolicy(v) => &mut v.last_modified_date_time,
            Self::OneDriveForBusinessProtectionPolicy(v) => {
                &mut v.last_modified_date_time
            }
            Self::SharePointProtectionPolicy(v) => &mut v.last_modified_date_time,
        }
    }
    /// `protectionPolicyArtifactCount` of any variant.
    #[inline]
    pub fn protection_policy_artifact_count(
        &self,
    ) -> &rt::Field<crate::v1::ProtectionPolicyArtifactCount> {
        match self {
            Self::ProtectionPolicyBase(v) => &v.protection_policy_artifact_count,
            Self::ExchangeProtectionPolicy(v) => &v.protection_policy_artifact_count,
            Self::OneDriveForBusinessProtectionPolicy(v) => {
                &v.protection_policy_artifact_count
            }
            Self::SharePointProtectionPolicy(v) => &v.protection_policy_artifact_count,
        }
    }
    /// `protectionPolicyArtifactCount` of any variant.
    #[inline]
    pub fn protection_policy_artifact_count_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ProtectionPolicyArtifactCount> {
        match self {
            Self::ProtectionPolicyBase(v) => &mut v.protection_policy_artifact_count,
            Self::ExchangeProtectionPolicy(v) => &mut v.protection_policy_artifact_count,
            Self::OneDriveForBusinessProtectionPolicy(v) => {
                &mut v.protection_policy_artifact_count
            }
            Self::SharePointProtectionPolicy(v) => {
                &mut v.protection_policy_artifact_count
            }
        }
    }
    /// `retentionSettings` of any variant.
    #[inline]
    pub fn retention_settings(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::RetentionSetting>> {
        match self {
            Self::ProtectionPolicyBase(v) => &v.retention_settings,
            Self::ExchangeProtectionPolicy(v) => &v.retention_settings,
            Self::OneDriveForBusinessProtectionPolicy(v) => &v.retention_settings,
            Self::SharePointProtectionPolicy(v) => &v.retention_settings,
        }
    }
    /// `retentionSettings` of any variant.
    #[inline]
    pub fn retention_settings_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::RetentionSetting>> {
        match self {
            Self::ProtectionPolicyBase(v) => &mut v.retention_settings,
            Self::ExchangeProtectionPolicy(v) => &mut v.retention_settings,
            Self::OneDriveForBusinessProtectionPolicy(v) => &mut v.retention_settings,
            Self::SharePointProtectionPolicy(v) => &mut v.retention_settings,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<crate::v1::ProtectionPolicyStatus> {
        match self {
            Self::ProtectionPolicyBase(v) => &v.status,
            Self::ExchangeProtectionPolicy(v) => &v.status,
            Self::OneDriveForBusinessProtectionPolicy(v) => &v.status,
            Self::SharePointProtectionPolicy(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(&mut self) -> &mut rt::Field<crate::v1::ProtectionPolicyStatus> {
        match self {
            Self::ProtectionPolicyBase(v) => &mut v.status,
            Self::ExchangeProtectionPolicy(v) => &mut v.status,
            Self::OneDriveForBusinessProtectionPolicy(v) => &mut v.status,
            Self::SharePointProtectionPolicy(v) => &mut v.status,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_poly!(AnyProtectionPolicyBase);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyProtectionPolicyBase);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.protectionPolicyStatus`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ProtectionPolicyStatus {
    /// `inactive` (value 0).
    Inactive,
    /// `activeWithErrors` (value 1).
    ActiveWithErrors,
    /// `updating` (value 2).
    Updating,
    /// `active` (value 3).
    Active,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for ProtectionPolicyStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.protectionPolicyStatus";
    const MEMBERS: &'static [&'static str] = &[
        "inactive",
        "activeWithErrors",
        "updating",
        "active",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "inactive" => Self::Inactive,
                "activeWithErrors" => Self::ActiveWithErrors,
                "updating" => Self::Updating,
                "active" => Self::Active,
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
            Self::Inactive => "inactive",
            Self::ActiveWithErrors => "activeWithErrors",
            Self::Updating => "updating",
            Self::Active => "active",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(ProtectionPolicyStatus);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProtectionPolicyStatus);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.protectionRuleBase`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`ProtectionRuleBasePath`](requests/trait.ProtectionRuleBasePath.html), what a path to one (`EntityPath<AnyProtectionRuleBase, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct ProtectionRuleBase {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::v1::PublicError>,
    /// CSDL: property `isAutoApplyEnabled`: `Edm.Boolean`, nullable.
    pub is_auto_apply_enabled: rt::Field<bool>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.protectionRuleStatus`, nullable.
    pub status: rt::Field<crate::v1::ProtectionRuleStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for ProtectionRuleBase {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            error: rt::Field::Absent,
            is_auto_apply_enabled: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for ProtectionRuleBase {
    const TYPE_NAME: &'static str = "microsoft.graph.protectionRuleBase";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "error",
        "isAutoApplyEnabled",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"error\":                        ",
        ",\"isAutoApplyEnabled\":           ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.protectionRuleBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "error", &self.error);
        v.field(4usize, "is_auto_apply_enabled", &self.is_auto_apply_enabled);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for ProtectionRuleBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.error.read_from(r),
            4usize => self.is_auto_apply_enabled.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.error);
        w.field(4usize, &self.is_auto_apply_enabled);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
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
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(ProtectionRuleBase);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    ProtectionRuleBase { with_id id : ::std::string::String; with_created_by created_by :
    crate ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_error error : crate ::v1::PublicError;
    with_is_auto_apply_enabled is_auto_apply_enabled : bool; with_last_modified_by
    last_modified_by : crate ::v1::AnyIdentitySet; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_status status : crate
    ::v1::ProtectionRuleStatus; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProtectionRuleBase);
#[cfg(msgraph_v1_search_or_solutions)]
/// `microsoft.graph.protectionRuleBase` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyProtectionRuleBase {
    ProtectionRuleBase(::std::boxed::Box<crate::v1::ProtectionRuleBase>),
    DriveProtectionRule(::std::boxed::Box<crate::v1::DriveProtectionRule>),
    MailboxProtectionRule(::std::boxed::Box<crate::v1::MailboxProtectionRule>),
    SiteProtectionRule(::std::boxed::Box<crate::v1::SiteProtectionRule>),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for AnyProtectionRuleBase {
    #[inline]
    fn default() -> Self {
        Self::ProtectionRuleBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ProtectionRuleBase> for AnyProtectionRuleBase {
    #[inline]
    fn from(v: crate::v1::ProtectionRuleBase) -> Self {
        Self::ProtectionRuleBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DriveProtectionRule> for AnyProtectionRuleBase {
    #[inline]
    fn from(v: crate::v1::DriveProtectionRule) -> Self {
        Self::DriveProtectionRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MailboxProtectionRule> for AnyProtectionRuleBase {
    #[inline]
    fn from(v: crate::v1::MailboxProtectionRule) -> Self {
        Self::MailboxProtectionRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SiteProtectionRule> for AnyProtectionRuleBase {
    #[inline]
    fn from(v: crate::v1::SiteProtectionRule) -> Self {
        Self::SiteProtectionRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
unsafe impl ::std::marker::Send for AnyProtectionRuleBase {}
#[cfg(msgraph_v1_search_or_solutions)]
unsafe impl ::std::marker::Sync for AnyProtectionRuleBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::marker::Unpin for AnyProtectionRuleBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::panic::UnwindSafe for AnyProtectionRuleBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::panic::RefUnwindSafe for AnyProtectionRuleBase {}
#[cfg(msgraph_v1_search_or_solutions)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ProtectionRuleBase>();
    rt::object::auto_traits::<crate::v1::DriveProtectionRule>();
    rt::object::auto_traits::<crate::v1::MailboxProtectionRule>();
    rt::object::auto_traits::<crate::v1::SiteProtectionRule>();
};
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Poly for AnyProtectionRuleBase {
    const BASE_NAME: &'static str = "microsoft.graph.protectionRuleBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.driveProtectionRule") => {
                Self::DriveProtectionRule(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.mailboxProtectionRule") => {
                Self::MailboxProtectionRule(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.siteProtectionRule") => {
                Self::SiteProtectionRule(rt::object::new_boxed())
            }
            _ => Self::ProtectionRuleBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ProtectionRuleBase(v) => &**v,
            Self::DriveProtectionRule(v) => &**v,
            Self::MailboxProtectionRule(v) => &**v,
            Self::SiteProtectionRule(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ProtectionRuleBase(v) => &mut **v,
            Self::DriveProtectionRule(v) => &mut **v,
            Self::MailboxProtectionRule(v) => &mut **v,
            Self::SiteProtectionRule(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl AnyProtectionRuleBase {
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
            Self::ProtectionRuleBase(v) => &v.id,
            Self::DriveProtectionRule(v) => &v.id,
            Self::MailboxProtectionRule(v) => &v.id,
            Self::SiteProtectionRule(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ProtectionRuleBase(v) => &mut v.id,
            Self::DriveProtectionRule(v) => &mut v.id,
            Self::MailboxProtectionRule(v) => &mut v.id,
            Self::SiteProtectionRule(v) => &mut v.id,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::ProtectionRuleBase(v) => &v.created_by,
            Self::DriveProtectionRule(v) => &v.created_by,
            Self::MailboxProtectionRule(v) => &v.created_by,
            Self::SiteProtectionRule(v) => &v.created_by,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::ProtectionRuleBase(v) => &mut v.created_by,
            Self::DriveProtectionRule(v) => &mut v.created_by,
            Self::MailboxProtectionRule(v) => &mut v.created_by,
            Self::SiteProtectionRule(v) => &mut v.created_by,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ProtectionRuleBase(v) => &v.created_date_time,
            Self::DriveProtectionRule(v) => &v.created_date_time,
            Self::MailboxProtectionRule(v) => &v.created_date_time,
            Self::SiteProtectionRule(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ProtectionRuleBase(v) => &mut v.created_date_time,
            Self::DriveProtectionRule(v) => &mut v.created_date_time,
            Self::MailboxProtectionRule(v) => &mut v.created_date_time,
            Self::SiteProtectionRule(v) => &mut v.created_date_time,
        }
    }
    /// `error` of any variant.
    #[inline]
    pub fn error(&self) -> &rt::Field<crate::v1::PublicError> {
        match self {
            Self::ProtectionRuleBase(v) => &v.error,
            Self::DriveProtectionRule(v) => &v.error,
            Self::MailboxProtectionRule(v) => &v.error,
            Self::SiteProtectionRule(v) => &v.error,
        }
    }
    /// `error` of any variant.
    #[inline]
    pub fn error_mut(&mut self) -> &mut rt::Field<crate::v1::PublicError> {
        match self {
            Self::ProtectionRuleBase(v) => &mut v.error,
            Self::DriveProtectionRule(v) => &mut v.error,
            Self::MailboxProtectionRule(v) => &mut v.error,
            Self::SiteProtectionRule(v) => &mut v.error,
        }
    }
    /// `isAutoApplyEnabled` of any variant.
    #[inline]
    pub fn is_auto_apply_enabled(&self) -> &rt::Field<bool> {
        match self {
            Self::ProtectionRuleBase(v) => &v.is_auto_apply_enabled,
            Self::DriveProtectionRule(v) => &v.is_auto_apply_enabled,
            Self::MailboxProtectionRule(v) => &v.is_auto_apply_enabled,
            Self::SiteProtectionRule(v) => &v.is_auto_apply_enabled,
        }
    }
    /// `isAutoApplyEnabled` of any variant.
    #[inline]
    pub fn is_auto_apply_enabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ProtectionRuleBase(v) => &mut v.is_auto_apply_enabled,
            Self::DriveProtectionRule(v) => &mut v.is_auto_apply_enabled,
            Self::MailboxProtectionRule(v) => &mut v.is_auto_apply_enabled,
            Self::SiteProtectionRule(v) => &mut v.is_auto_apply_enabled,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::ProtectionRuleBase(v) => &v.last_modified_by,
            Self::DriveProtectionRule(v) => &v.last_modified_by,
            Self::MailboxProtectionRule(v) => &v.last_modified_by,
            Self::SiteProtectionRule(v) => &v.last_modified_by,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::ProtectionRuleBase(v) => &mut v.last_modified_by,
            Self::DriveProtectionRule(v) => &mut v.last_modified_by,
            Self::MailboxProtectionRule(v) => &mut v.last_modified_by,
            Self::SiteProtectionRule(v) => &mut v.last_modified_by,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ProtectionRuleBase(v) => &v.last_modified_date_time,
            Self::DriveProtectionRule(v) => &v.last_modified_date_time,
            Self::MailboxProtectionRule(v) => &v.last_modified_date_time,
            Self::SiteProtectionRule(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ProtectionRuleBase(v) => &mut v.last_modified_date_time,
            Self::DriveProtectionRule(v) => &mut v.last_modified_date_time,
            Self::MailboxProtectionRule(v) => &mut v.last_modified_date_time,
            Self::SiteProtectionRule(v) => &mut v.last_modified_date_time,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<crate::v1::ProtectionRuleStatus> {
        match self {
            Self::ProtectionRuleBase(v) => &v.status,
            Self::DriveProtectionRule(v) => &v.status,
            Self::MailboxProtectionRule(v) => &v.status,
            Self::SiteProtectionRule(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(&mut self) -> &mut rt::Field<crate::v1::ProtectionRuleStatus> {
        match self {
            Self::ProtectionRuleBase(v) => &mut v.status,
            Self::DriveProtectionRule(v) => &mut v.status,
            Self::MailboxProtectionRule(v) => &mut v.status,
            Self::SiteProtectionRule(v) => &mut v.status,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_poly!(AnyProtectionRuleBase);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyProtectionRuleBase);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.protectionRuleStatus`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ProtectionRuleStatus {
    /// `draft` (value 0).
    Draft,
    /// `active` (value 1).
    Active,
    /// `completed` (value 2).
    Completed,
    /// `completedWithErrors` (value 3).
    CompletedWithErrors,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// `updateRequested` (value 5).
    UpdateRequested,
    /// `deleteRequested` (value 6).
    DeleteRequested,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for ProtectionRuleStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.protectionRuleStatus";
    const MEMBERS: &'static [&'static str] = &[
        "draft",
        "active",
        "completed",
        "completedWithErrors",
        "unknownFutureValue",
        "updateRequested",
        "deleteRequested",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "draft" => Self::Draft,
                "active" => Self::Active,
                "completed" => Self::Completed,
                "completedWithErrors" => Self::CompletedWithErrors,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "updateRequested" => Self::UpdateRequested,
                "deleteRequested" => Self::DeleteRequested,
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
            Self::Active => "active",
            Self::Completed => "completed",
            Self::CompletedWithErrors => "completedWithErrors",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::UpdateRequested => "updateRequested",
            Self::DeleteRequested => "deleteRequested",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(ProtectionRuleStatus);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProtectionRuleStatus);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.protectionUnitsBulkJobBase`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`ProtectionUnitsBulkJobBasePath`](requests/trait.ProtectionUnitsBulkJobBasePath.html), what a path to one (`EntityPath<AnyProtectionUnitsBulkJobBase, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct ProtectionUnitsBulkJobBase {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::v1::PublicError>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.protectionUnitsBulkJobStatus`, not nullable.
    pub status: rt::Field<crate::v1::ProtectionUnitsBulkJobStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for ProtectionUnitsBulkJobBase {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            error: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for ProtectionUnitsBulkJobBase {
    const TYPE_NAME: &'static str = "microsoft.graph.protectionUnitsBulkJobBase";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "displayName",
        "error",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"error\":                        ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.protectionUnitsBulkJobBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "error", &self.error);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for ProtectionUnitsBulkJobBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.error.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.error);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
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
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(ProtectionUnitsBulkJobBase);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    ProtectionUnitsBulkJobBase { with_id id : ::std::string::String; with_created_by
    created_by : crate ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_display_name display_name : ::std::string::String;
    with_error error : crate ::v1::PublicError; with_last_modified_by last_modified_by :
    crate ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_status status : crate
    ::v1::ProtectionUnitsBulkJobStatus; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProtectionUnitsBulkJobBase);
#[cfg(msgraph_v1_search_or_solutions)]
/// `microsoft.graph.protectionUnitsBulkJobBase` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyProtectionUnitsBulkJobBase {
    ProtectionUnitsBulkJobBase(::std::boxed::Box<crate::v1::ProtectionUnitsBulkJobBase>),
    DriveProtectionUnitsBulkAdditionJob(
        ::std::boxed::Box<crate::v1::DriveProtectionUnitsBulkAdditionJob>,
    ),
    MailboxProtectionUnitsBulkAdditionJob(
        ::std::boxed::Box<crate::v1::MailboxProtectionUnitsBulkAdditionJob>,
    ),
    SiteProtectionUnitsBulkAdditionJob(
        ::std::boxed::Box<crate::v1::SiteProtectionUnitsBulkAdditionJob>,
    ),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for AnyProtectionUnitsBulkJobBase {
    #[inline]
    fn default() -> Self {
        Self::ProtectionUnitsBulkJobBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ProtectionUnitsBulkJobBase>
for AnyProtectionUnitsBulkJobBase {
    #[inline]
    fn from(v: crate::v1::ProtectionUnitsBulkJobBase) -> Self {
        Self::ProtectionUnitsBulkJobBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DriveProtectionUnitsBulkAdditionJob>
for AnyProtectionUnitsBulkJobBase {
    #[inline]
    fn from(v: crate::v1::DriveProtectionUnitsBulkAdditionJob) -> Self {
        Self::DriveProtectionUnitsBulkAdditionJob(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MailboxProtectionUnitsBulkAdditionJob>
for AnyProtectionUnitsBulkJobBase {
    #[inline]
    fn from(v: crate::v1::MailboxProtectionUnitsBulkAdditionJob) -> Self {
        Self::MailboxProtectionUnitsBulkAdditionJob(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SiteProtectionUnitsBulkAdditionJob>
for AnyProtectionUnitsBulkJobBase {
    #[inline]
    fn from(v: crate::v1::SiteProtectionUnitsBulkAdditionJob) -> Self {
        Self::SiteProtectionUnitsBulkAdditionJob(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
unsafe impl ::std::marker::Send for AnyProtectionUnitsBulkJobBase {}
#[cfg(msgraph_v1_search_or_solutions)]
unsafe impl ::std::marker::Sync for AnyProtectionUnitsBulkJobBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::marker::Unpin for AnyProtectionUnitsBulkJobBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::panic::UnwindSafe for AnyProtectionUnitsBulkJobBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::panic::RefUnwindSafe for AnyProtectionUnitsBulkJobBase {}
#[cfg(msgraph_v1_search_or_solutions)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ProtectionUnitsBulkJobBase>();
    rt::object::auto_traits::<crate::v1::DriveProtectionUnitsBulkAdditionJob>();
    rt::object::auto_traits::<crate::v1::MailboxProtectionUnitsBulkAdditionJob>();
    rt::object::auto_traits::<crate::v1::SiteProtectionUnitsBulkAdditionJob>();
};
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Poly for AnyProtectionUnitsBulkJobBase {
    const BASE_NAME: &'static str = "microsoft.graph.protectionUnitsBulkJobBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.driveProtectionUnitsBulkAdditionJob",
            ) => Self::DriveProtectionUnitsBulkAdditionJob(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.mailboxProtectionUnitsBulkAdditionJob",
            ) => Self::MailboxProtectionUnitsBulkAdditionJob(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.siteProtectionUnitsBulkAdditionJob",
            ) => Self::SiteProtectionUnitsBulkAdditionJob(rt::object::new_boxed()),
            _ => Self::ProtectionUnitsBulkJobBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ProtectionUnitsBulkJobBase(v) => &**v,
            Self::DriveProtectionUnitsBulkAdditionJob(v) => &**v,
            Self::MailboxProtectionUnitsBulkAdditionJob(v) => &**v,
            Self::SiteProtectionUnitsBulkAdditionJob(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ProtectionUnitsBulkJobBase(v) => &mut **v,
            Self::DriveProtectionUnitsBulkAdditionJob(v) => &mut **v,
            Self::MailboxProtectionUnitsBulkAdditionJob(v) => &mut **v,
            Self::SiteProtectionUnitsBulkAdditionJob(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl AnyProtectionUnitsBulkJobBase {
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
            Self::ProtectionUnitsBulkJobBase(v) => &v.id,
            Self::DriveProtectionUnitsBulkAdditionJob(v) => &v.id,
            Self::MailboxProtectionUnitsBulkAdditionJob(v) => &v.id,
            Self::SiteProtectionUnitsBulkAdditionJob(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ProtectionUnitsBulkJobBase(v) => &mut v.id,
            Self::DriveProtectionUnitsBulkAdditionJob(v) => &mut v.id,
            Self::MailboxProtectionUnitsBulkAdditionJob(v) => &mut v.id,
            Self::SiteProtectionUnitsBulkAdditionJob(v) => &mut v.id,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::ProtectionUnitsBulkJobBase(v) => &v.created_by,
            Self::DriveProtectionUnitsBulkAdditionJob(v) => &v.created_by,
            Self::MailboxProtectionUnitsBulkAdditionJob(v) => &v.created_by,
            Self::SiteProtectionUnitsBulkAdditionJob(v) => &v.created_by,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::ProtectionUnitsBulkJobBase(v) => &mut v.created_by,
            Self::DriveProtectionUnitsBulkAdditionJob(v) => &mut v.created_by,
            Self::MailboxProtectionUnitsBulkAdditionJob(v) => &mut v.created_by,
            Self::SiteProtectionUnitsBulkAdditionJob(v) => &mut v.created_by,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ProtectionUnitsBulkJobBase(v) => &v.created_date_time,
            Self::DriveProtectionUnitsBulkAdditionJob(v) => &v.created_date_time,
            Self::MailboxProtectionUnitsBulkAdditionJob(v) => &v.created_date_time,
            Self::SiteProtectionUnitsBulkAdditionJob(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ProtectionUnitsBulkJobBase(v) => &mut v.created_date_time,
            Self::DriveProtectionUnitsBulkAdditionJob(v) => &mut v.created_date_time,
            Self::MailboxProtectionUnitsBulkAdditionJob(v) => &mut v.created_date_time,
            Self::SiteProtectionUnitsBulkAdditionJob(v) => &mut v.created_date_time,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ProtectionUnitsBulkJobBase(v) => &v.display_name,
            Self::DriveProtectionUnitsBulkAdditionJob(v) => &v.display_name,
            Self::MailboxProtectionUnitsBulkAdditionJob(v) => &v.display_name,
            Self::SiteProtectionUnitsBulkAdditionJob(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ProtectionUnitsBulkJobBase(v) => &mut v.display_name,
            Self::DriveProtectionUnitsBulkAdditionJob(v) => &mut v.display_name,
            Self::MailboxProtectionUnitsBulkAdditionJob(v) => &mut v.display_name,
            Self::SiteProtectionUnitsBulkAdditionJob(v) => &mut v.display_name,
        }
    }
    /// `error` of any variant.
    #[inline]
    pub fn error(&self) -> &rt::Field<crate::v1::PublicError> {
        match self {
            Self::ProtectionUnitsBulkJobBase(v) => &v.error,
            Self::DriveProtectionUnitsBulkAdditionJob(v) => &v.error,
            Self::MailboxProtectionUnitsBulkAdditionJob(v) => &v.error,
            Self::SiteProtectionUnitsBulkAdditionJob(v) => &v.error,
        }
    }
    /// `error` of any variant.
    #[inline]
    pub fn error_mut(&mut self) -> &mut rt::Field<crate::v1::PublicError> {
        match self {
            Self::ProtectionUnitsBulkJobBase(v) => &mut v.error,
            Self::DriveProtectionUnitsBulkAdditionJob(v) => &mut v.error,
            Self::MailboxProtectionUnitsBulkAdditionJob(v) => &mut v.error,
            Self::SiteProtectionUnitsBulkAdditionJob(v) => &mut v.error,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::ProtectionUnitsBulkJobBase(v) => &v.last_modified_by,
            Self::DriveProtectionUnitsBulkAdditionJob(v) => &v.last_modified_by,
            Self::MailboxProtectionUnitsBulkAdditionJob(v) => &v.last_modified_by,
            Self::SiteProtectionUnitsBulkAdditionJob(v) => &v.last_modified_by,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::ProtectionUnitsBulkJobBase(v) => &mut v.last_modified_by,
            Self::DriveProtectionUnitsBulkAdditionJob(v) => &mut v.last_modified_by,
            Self::MailboxProtectionUnitsBulkAdditionJob(v) => &mut v.last_modified_by,
            Self::SiteProtectionUnitsBulkAdditionJob(v) => &mut v.last_modified_by,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ProtectionUnitsBulkJobBase(v) => &v.last_modified_date_time,
            Self::DriveProtectionUnitsBulkAdditionJob(v) => &v.last_modified_date_time,
            Self::MailboxProtectionUnitsBulkAdditionJob(v) => &v.last_modified_date_time,
            Self::SiteProtectionUnitsBulkAdditionJob(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ProtectionUnitsBulkJobBase(v) => &mut v.last_modified_date_time,
            Self::DriveProtectionUnitsBulkAdditionJob(v) => {
                &mut v.last_modified_date_time
            }
            Self::MailboxProtectionUnitsBulkAdditionJob(v) => {
                &mut v.last_modified_date_time
            }
            Self::SiteProtectionUnitsBulkAdditionJob(v) => &mut v.last_modified_date_time,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<crate::v1::ProtectionUnitsBulkJobStatus> {
        match self {
            Self::ProtectionUnitsBulkJobBase(v) => &v.status,
            Self::DriveProtectionUnitsBulkAdditionJob(v) => &v.status,
            Self::MailboxProtectionUnitsBulkAdditionJob(v) => &v.status,
            Self::SiteProtectionUnitsBulkAdditionJob(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ProtectionUnitsBulkJobStatus> {
        match self {
            Self::ProtectionUnitsBulkJobBase(v) => &mut v.status,
            Self::DriveProtectionUnitsBulkAdditionJob(v) => &mut v.status,
            Self::MailboxProtectionUnitsBulkAdditionJob(v) => &mut v.status,
            Self::SiteProtectionUnitsBulkAdditionJob(v) => &mut v.status,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_poly!(AnyProtectionUnitsBulkJobBase);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyProtectionUnitsBulkJobBase);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.protectionUnitsBulkJobStatus`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ProtectionUnitsBulkJobStatus {
    /// `unknown` (value 0).
    Unknown,
    /// `active` (value 1).
    Active,
    /// `completed` (value 2).
    Completed,
    /// `completedWithErrors` (value 3).
    CompletedWithErrors,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for ProtectionUnitsBulkJobStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.protectionUnitsBulkJobStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "active",
        "completed",
        "completedWithErrors",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "active" => Self::Active,
                "completed" => Self::Completed,
                "completedWithErrors" => Self::CompletedWithErrors,
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
            Self::Active => "active",
            Self::Completed => "completed",
            Self::CompletedWithErrors => "completedWithErrors",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(ProtectionUnitsBulkJobStatus);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProtectionUnitsBulkJobStatus);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.provisionChannelEmailResult`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ProvisionChannelEmailResult {
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for ProvisionChannelEmailResult {
    #[inline]
    fn default() -> Self {
        Self {
            email: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for ProvisionChannelEmailResult {
    const TYPE_NAME: &'static str = "microsoft.graph.provisionChannelEmailResult";
    const KEYS: &'static [&'static str] = &["email"];
    const KEYS_JSON: &'static [&'static str] = &[",\"email\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.provisionChannelEmailResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "email", &self.email);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for ProvisionChannelEmailResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.email.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.email);
    }
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
rt::impl_object!(ProvisionChannelEmailResult);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    ProvisionChannelEmailResult { with_email email : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProvisionChannelEmailResult);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.publicationFacet`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PublicationFacet {
    /// CSDL: property `checkedOutBy`: `microsoft.graph.identitySet`, nullable.
    pub checked_out_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `level`: `Edm.String`, nullable.
    pub level: rt::Field<::std::string::String>,
    /// CSDL: property `versionId`: `Edm.String`, nullable.
    pub version_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl ::std::default::Default for PublicationFacet {
    #[inline]
    fn default() -> Self {
        Self {
            checked_out_by: rt::Field::Absent,
            level: rt::Field::Absent,
            version_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::Object for PublicationFacet {
    const TYPE_NAME: &'static str = "microsoft.graph.publicationFacet";
    const KEYS: &'static [&'static str] = &["checkedOutBy", "level", "versionId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"checkedOutBy\":                 ",
        ",\"level\":                        ",
        ",\"versionId\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.publicationFacet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "checked_out_by", &self.checked_out_by);
        v.field(1usize, "level", &self.level);
        v.field(2usize, "version_id", &self.version_id);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::object::Members for PublicationFacet {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.checked_out_by.read_from(r),
            1usize => self.level.read_from(r),
            2usize => self.version_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.checked_out_by);
        w.field(1usize, &self.level);
        w.field(2usize, &self.version_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_object!(PublicationFacet);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    PublicationFacet { with_checked_out_by checked_out_by : crate ::v1::AnyIdentitySet;
    with_level level : ::std::string::String; with_version_id version_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(PublicationFacet);
