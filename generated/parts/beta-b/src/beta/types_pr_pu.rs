//! Types of `microsoft.graph` by the first letters of their names (`pr_pu`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.prereleaseFeatures`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrereleaseFeatures {
    /// `userDefined` (value 0).
    UserDefined,
    /// `settingsOnly` (value 1).
    SettingsOnly,
    /// `settingsAndExperimentations` (value 2).
    SettingsAndExperimentations,
    /// `notAllowed` (value 3).
    NotAllowed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for PrereleaseFeatures {
    const TYPE_NAME: &'static str = "microsoft.graph.prereleaseFeatures";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "settingsOnly",
        "settingsAndExperimentations",
        "notAllowed",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "settingsOnly" => Self::SettingsOnly,
                "settingsAndExperimentations" => Self::SettingsAndExperimentations,
                "notAllowed" => Self::NotAllowed,
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
            Self::SettingsOnly => "settingsOnly",
            Self::SettingsAndExperimentations => "settingsAndExperimentations",
            Self::NotAllowed => "notAllowed",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(PrereleaseFeatures);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrereleaseFeatures);
#[cfg(msgraph_beta_core_or_communications)]
/// CSDL: `microsoft.graph.presence`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PresencePath`](requests/trait.PresencePath.html), what a path to one (`EntityPath<Presence, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-communications`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Presence {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `activity`: `Edm.String`, nullable.
    pub activity: rt::Field<::std::string::String>,
    /// CSDL: property `availability`: `Edm.String`, nullable.
    pub availability: rt::Field<::std::string::String>,
    /// CSDL: property `outOfOfficeSettings`: `microsoft.graph.outOfOfficeSettings`, nullable.
    pub out_of_office_settings: rt::Field<crate::beta::OutOfOfficeSettings>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_communications)]
impl ::std::default::Default for Presence {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            activity: rt::Field::Absent,
            availability: rt::Field::Absent,
            out_of_office_settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_communications)]
impl rt::Object for Presence {
    const TYPE_NAME: &'static str = "microsoft.graph.presence";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activity",
        "availability",
        "outOfOfficeSettings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activity\":                     ",
        ",\"availability\":                 ",
        ",\"outOfOfficeSettings\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.presence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "activity", &self.activity);
        v.field(2usize, "availability", &self.availability);
        v.field(3usize, "out_of_office_settings", &self.out_of_office_settings);
    }
}
#[cfg(msgraph_beta_core_or_communications)]
impl rt::object::Members for Presence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.activity.read_from(r),
            2usize => self.availability.read_from(r),
            3usize => self.out_of_office_settings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.activity);
        w.field(2usize, &self.availability);
        w.field(3usize, &self.out_of_office_settings);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_communications)]
rt::impl_object!(Presence);
#[cfg(msgraph_beta_core_or_communications)]
rt::impl_setters!(
    Presence { with_id id : ::std::string::String; with_activity activity :
    ::std::string::String; with_availability availability : ::std::string::String;
    with_out_of_office_settings out_of_office_settings : crate
    ::beta::OutOfOfficeSettings; }
);
#[cfg(msgraph_beta_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(Presence);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.principalResourceMembershipsScope`, complex type, derived from `microsoft.graph.accessReviewScope`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PrincipalResourceMembershipsScope {
    /// CSDL: property `principalScopes`: `Collection(microsoft.graph.accessReviewScope)`, nullable.
    pub principal_scopes: rt::Field<::std::vec::Vec<crate::beta::AnyAccessReviewScope>>,
    /// CSDL: property `resourceScopes`: `Collection(microsoft.graph.accessReviewScope)`, nullable.
    pub resource_scopes: rt::Field<::std::vec::Vec<crate::beta::AnyAccessReviewScope>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(PrincipalResourceMembershipsScope);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    PrincipalResourceMembershipsScope { with_principal_scopes principal_scopes :
    ::std::vec::Vec < crate ::beta::AnyAccessReviewScope >; with_resource_scopes
    resource_scopes : ::std::vec::Vec < crate ::beta::AnyAccessReviewScope >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrincipalResourceMembershipsScope);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printCertificateSigningRequest`, complex type.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone)]
pub struct PrintCertificateSigningRequest {
    /// CSDL: property `content`: `Edm.String`, not nullable.
    pub content: rt::Field<::std::string::String>,
    /// CSDL: property `transportKey`: `Edm.String`, not nullable.
    pub transport_key: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_search)]
impl ::std::default::Default for PrintCertificateSigningRequest {
    #[inline]
    fn default() -> Self {
        Self {
            content: rt::Field::Absent,
            transport_key: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::Object for PrintCertificateSigningRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.printCertificateSigningRequest";
    const KEYS: &'static [&'static str] = &["content", "transportKey"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"content\":                      ",
        ",\"transportKey\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printCertificateSigningRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content", &self.content);
        v.field(1usize, "transport_key", &self.transport_key);
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::object::Members for PrintCertificateSigningRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content.read_from(r),
            1usize => self.transport_key.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content);
        w.field(1usize, &self.transport_key);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_object!(PrintCertificateSigningRequest);
#[cfg(msgraph_beta_print_or_search)]
rt::impl_setters!(
    PrintCertificateSigningRequest { with_content content : ::std::string::String;
    with_transport_key transport_key : ::std::string::String; }
);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintCertificateSigningRequest);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printDocument`, entity type, derived from `microsoft.graph.entity`, media entity, key `id`.
///
/// Request builders: [`PrintDocumentPath`](requests/trait.PrintDocumentPath.html), what a path to one (`EntityPath<PrintDocument, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone)]
pub struct PrintDocument {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `configuration`: `microsoft.graph.printerDocumentConfiguration`, not nullable.
    pub configuration: rt::Field<crate::beta::PrinterDocumentConfiguration>,
    /// CSDL: property `contentType`: `Edm.String`, nullable.
    pub content_type: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `size`: `Edm.Int64`, not nullable.
    pub size: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_search)]
impl ::std::default::Default for PrintDocument {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            configuration: rt::Field::Absent,
            content_type: rt::Field::Absent,
            display_name: rt::Field::Absent,
            size: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::Object for PrintDocument {
    const TYPE_NAME: &'static str = "microsoft.graph.printDocument";
    const KEYS: &'static [&'static str] = &[
        "id",
        "configuration",
        "contentType",
        "displayName",
        "size",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"configuration\":                ",
        ",\"contentType\":                  ",
        ",\"displayName\":                  ",
        ",\"size\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printDocument\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "configuration", &self.configuration);
        v.field(2usize, "content_type", &self.content_type);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "size", &self.size);
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::object::Members for PrintDocument {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.configuration.read_from(r),
            2usize => self.content_type.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.size.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.configuration);
        w.field(2usize, &self.content_type);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.size);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_object!(PrintDocument);
#[cfg(msgraph_beta_print_or_search)]
rt::impl_setters!(
    PrintDocument { with_id id : ::std::string::String; with_configuration configuration
    : crate ::beta::PrinterDocumentConfiguration; with_content_type content_type :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_size size : i64; }
);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintDocument);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printDocumentUploadProperties`, complex type.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
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
#[cfg(msgraph_beta_print_or_search)]
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
#[cfg(msgraph_beta_print_or_search)]
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
#[cfg(msgraph_beta_print_or_search)]
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
#[cfg(msgraph_beta_print_or_search)]
rt::impl_object!(PrintDocumentUploadProperties);
#[cfg(msgraph_beta_print_or_search)]
rt::impl_setters!(
    PrintDocumentUploadProperties { with_content_type content_type :
    ::std::string::String; with_document_name document_name : ::std::string::String;
    with_size size : i64; }
);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintDocumentUploadProperties);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printEvent`, enum type.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrintEvent {
    /// `jobStarted` (value 0).
    JobStarted,
    /// `unknownFutureValue` (value 1).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::StrEnum for PrintEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.printEvent";
    const MEMBERS: &'static [&'static str] = &["jobStarted", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "jobStarted" => Self::JobStarted,
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
            Self::JobStarted => "jobStarted",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_enum!(PrintEvent);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintEvent);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printJob`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PrintJobPath`](requests/trait.PrintJobPath.html), what a path to one (`EntityPath<PrintJob, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone)]
pub struct PrintJob {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `configuration`: `microsoft.graph.printJobConfiguration`, nullable.
    pub configuration: rt::Field<crate::beta::PrintJobConfiguration>,
    /// CSDL: property `createdBy`: `microsoft.graph.userIdentity`, nullable.
    pub created_by: rt::Field<crate::beta::UserIdentity>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `isFetchable`: `Edm.Boolean`, nullable.
    pub is_fetchable: rt::Field<bool>,
    /// CSDL: property `redirectedFrom`: `Edm.String`, nullable.
    pub redirected_from: rt::Field<::std::string::String>,
    /// CSDL: property `redirectedTo`: `Edm.String`, nullable.
    pub redirected_to: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.printJobStatus`, nullable.
    pub status: rt::Field<crate::beta::PrintJobStatus>,
    /// CSDL: containment navigation property `documents`: `Collection(microsoft.graph.printDocument)`, not nullable.
    pub documents: rt::Field<::std::vec::Vec<crate::beta::PrintDocument>>,
    /// CSDL: containment navigation property `tasks`: `Collection(microsoft.graph.printTask)`, not nullable.
    pub tasks: rt::Field<::std::vec::Vec<crate::beta::PrintTask>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_search)]
impl ::std::default::Default for PrintJob {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            configuration: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            is_fetchable: rt::Field::Absent,
            redirected_from: rt::Field::Absent,
            redirected_to: rt::Field::Absent,
            status: rt::Field::Absent,
            documents: rt::Field::Absent,
            tasks: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::Object for PrintJob {
    const TYPE_NAME: &'static str = "microsoft.graph.printJob";
    const KEYS: &'static [&'static str] = &[
        "id",
        "configuration",
        "createdBy",
        "createdDateTime",
        "isFetchable",
        "redirectedFrom",
        "redirectedTo",
        "status",
        "documents",
        "tasks",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"configuration\":                ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"isFetchable\":                  ",
        ",\"redirectedFrom\":               ",
        ",\"redirectedTo\":                 ",
        ",\"status\":                       ",
        ",\"documents\":                    ",
        ",\"tasks\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printJob\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "configuration", &self.configuration);
        v.field(2usize, "created_by", &self.created_by);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "is_fetchable", &self.is_fetchable);
        v.field(5usize, "redirected_from", &self.redirected_from);
        v.field(6usize, "redirected_to", &self.redirected_to);
        v.field(7usize, "status", &self.status);
        v.field(8usize, "documents", &self.documents);
        v.field(9usize, "tasks", &self.tasks);
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::object::Members for PrintJob {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.configuration.read_from(r),
            2usize => self.created_by.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.is_fetchable.read_from(r),
            5usize => self.redirected_from.read_from(r),
            6usize => self.redirected_to.read_from(r),
            7usize => self.status.read_from(r),
            8usize => self.documents.read_from(r),
            9usize => self.tasks.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.configuration);
        w.field(2usize, &self.created_by);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.is_fetchable);
        w.field(5usize, &self.redirected_from);
        w.field(6usize, &self.redirected_to);
        w.field(7usize, &self.status);
        w.field(8usize, &self.documents);
        w.field(9usize, &self.tasks);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_object!(PrintJob);
#[cfg(msgraph_beta_print_or_search)]
rt::impl_setters!(
    PrintJob { with_id id : ::std::string::String; with_configuration configuration :
    crate ::beta::PrintJobConfiguration; with_created_by created_by : crate
    ::beta::UserIdentity; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_is_fetchable is_fetchable : bool; with_redirected_from
    redirected_from : ::std::string::String; with_redirected_to redirected_to :
    ::std::string::String; with_status status : crate ::beta::PrintJobStatus;
    with_documents documents : ::std::vec::Vec < crate ::beta::PrintDocument >;
    with_tasks tasks : ::std::vec::Vec < crate ::beta::PrintTask >; }
);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintJob);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printJobConfiguration`, complex type.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone)]
pub struct PrintJobConfiguration {
    /// CSDL: property `collate`: `Edm.Boolean`, nullable.
    pub collate: rt::Field<bool>,
    /// CSDL: property `colorMode`: `microsoft.graph.printColorMode`, nullable.
    pub color_mode: rt::Field<crate::beta::PrintColorMode>,
    /// CSDL: property `copies`: `Edm.Int32`, nullable.
    pub copies: rt::Field<i32>,
    /// CSDL: property `dpi`: `Edm.Int32`, nullable.
    pub dpi: rt::Field<i32>,
    /// CSDL: property `duplexMode`: `microsoft.graph.printDuplexMode`, nullable.
    pub duplex_mode: rt::Field<crate::beta::PrintDuplexMode>,
    /// CSDL: property `feedOrientation`: `microsoft.graph.printerFeedOrientation`, nullable.
    pub feed_orientation: rt::Field<crate::beta::PrinterFeedOrientation>,
    /// CSDL: property `finishings`: `Collection(microsoft.graph.printFinishing)`, nullable.
    pub finishings: rt::Field<::std::vec::Vec<crate::beta::PrintFinishing>>,
    /// CSDL: property `fitPdfToPage`: `Edm.Boolean`, nullable.
    pub fit_pdf_to_page: rt::Field<bool>,
    /// CSDL: property `inputBin`: `Edm.String`, nullable.
    pub input_bin: rt::Field<::std::string::String>,
    /// CSDL: property `margin`: `microsoft.graph.printMargin`, nullable.
    pub margin: rt::Field<crate::beta::PrintMargin>,
    /// CSDL: property `mediaSize`: `Edm.String`, nullable.
    pub media_size: rt::Field<::std::string::String>,
    /// CSDL: property `mediaType`: `Edm.String`, nullable.
    pub media_type: rt::Field<::std::string::String>,
    /// CSDL: property `multipageLayout`: `microsoft.graph.printMultipageLayout`, nullable.
    pub multipage_layout: rt::Field<crate::beta::PrintMultipageLayout>,
    /// CSDL: property `orientation`: `microsoft.graph.printOrientation`, nullable.
    pub orientation: rt::Field<crate::beta::PrintOrientation>,
    /// CSDL: property `outputBin`: `Edm.String`, nullable.
    pub output_bin: rt::Field<::std::string::String>,
    /// CSDL: property `pageRanges`: `Collection(microsoft.graph.integerRange)`, nullable.
    pub page_ranges: rt::Field<::std::vec::Vec<crate::beta::IntegerRange>>,
    /// CSDL: property `pagesPerSheet`: `Edm.Int32`, nullable.
    pub pages_per_sheet: rt::Field<i32>,
    /// CSDL: property `quality`: `microsoft.graph.printQuality`, nullable.
    pub quality: rt::Field<crate::beta::PrintQuality>,
    /// CSDL: property `scaling`: `microsoft.graph.printScaling`, nullable.
    pub scaling: rt::Field<crate::beta::PrintScaling>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_search)]
impl ::std::default::Default for PrintJobConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            collate: rt::Field::Absent,
            color_mode: rt::Field::Absent,
            copies: rt::Field::Absent,
            dpi: rt::Field::Absent,
            duplex_mode: rt::Field::Absent,
            feed_orientation: rt::Field::Absent,
            finishings: rt::Field::Absent,
            fit_pdf_to_page: rt::Field::Absent,
            input_bin: rt::Field::Absent,
            margin: rt::Field::Absent,
            media_size: rt::Field::Absent,
            media_type: rt::Field::Absent,
            multipage_layout: rt::Field::Absent,
            orientation: rt::Field::Absent,
            output_bin: rt::Field::Absent,
            page_ranges: rt::Field::Absent,
            pages_per_sheet: rt::Field::Absent,
            quality: rt::Field::Absent,
            scaling: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::Object for PrintJobConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.printJobConfiguration";
    const KEYS: &'static [&'static str] = &[
        "collate",
        "colorMode",
        "copies",
        "dpi",
        "duplexMode",
        "feedOrientation",
        "finishings",
        "fitPdfToPage",
        "inputBin",
        "margin",
        "mediaSize",
        "mediaType",
        "multipageLayout",
        "orientation",
        "outputBin",
        "pageRanges",
        "pagesPerSheet",
        "quality",
        "scaling",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"collate\":                      ",
        ",\"colorMode\":                    ",
        ",\"copies\":                       ",
        ",\"dpi\":                          ",
        ",\"duplexMode\":                   ",
        ",\"feedOrientation\":              ",
        ",\"finishings\":                   ",
        ",\"fitPdfToPage\":                 ",
        ",\"inputBin\":                     ",
        ",\"margin\":                       ",
        ",\"mediaSize\":                    ",
        ",\"mediaType\":                    ",
        ",\"multipageLayout\":              ",
        ",\"orientation\":                  ",
        ",\"outputBin\":                    ",
        ",\"pageRanges\":                   ",
        ",\"pagesPerSheet\":                ",
        ",\"quality\":                      ",
        ",\"scaling\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printJobConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "collate", &self.collate);
        v.field(1usize, "color_mode", &self.color_mode);
        v.field(2usize, "copies", &self.copies);
        v.field(3usize, "dpi", &self.dpi);
        v.field(4usize, "duplex_mode", &self.duplex_mode);
        v.field(5usize, "feed_orientation", &self.feed_orientation);
        v.field(6usize, "finishings", &self.finishings);
        v.field(7usize, "fit_pdf_to_page", &self.fit_pdf_to_page);
        v.field(8usize, "input_bin", &self.input_bin);
        v.field(9usize, "margin", &self.margin);
        v.field(10usize, "media_size", &self.media_size);
        v.field(11usize, "media_type", &self.media_type);
        v.field(12usize, "multipage_layout", &self.multipage_layout);
        v.field(13usize, "orientation", &self.orientation);
        v.field(14usize, "output_bin", &self.output_bin);
        v.field(15usize, "page_ranges", &self.page_ranges);
        v.field(16usize, "pages_per_sheet", &self.pages_per_sheet);
        v.field(17usize, "quality", &self.quality);
        v.field(18usize, "scaling", &self.scaling);
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::object::Members for PrintJobConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.collate.read_from(r),
            1usize => self.color_mode.read_from(r),
            2usize => self.copies.read_from(r),
            3usize => self.dpi.read_from(r),
            4usize => self.duplex_mode.read_from(r),
            5usize => self.feed_orientation.read_from(r),
            6usize => self.finishings.read_from(r),
            7usize => self.fit_pdf_to_page.read_from(r),
            8usize => self.input_bin.read_from(r),
            9usize => self.margin.read_from(r),
            10usize => self.media_size.read_from(r),
            11usize => self.media_type.read_from(r),
            12usize => self.multipage_layout.read_from(r),
            13usize => self.orientation.read_from(r),
            14usize => self.output_bin.read_from(r),
            15usize => self.page_ranges.read_from(r),
            16usize => self.pages_per_sheet.read_from(r),
            17usize => self.quality.read_from(r),
            18usize => self.scaling.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.collate);
        w.field(1usize, &self.color_mode);
        w.field(2usize, &self.copies);
        w.field(3usize, &self.dpi);
        w.field(4usize, &self.duplex_mode);
        w.field(5usize, &self.feed_orientation);
        w.field(6usize, &self.finishings);
        w.field(7usize, &self.fit_pdf_to_page);
        w.field(8usize, &self.input_bin);
        w.field(9usize, &self.margin);
        w.field(10usize, &self.media_size);
        w.field(11usize, &self.media_type);
        w.field(12usize, &self.multipage_layout);
        w.field(13usize, &self.orientation);
        w.field(14usize, &self.output_bin);
        w.field(15usize, &self.page_ranges);
        w.field(16usize, &self.pages_per_sheet);
        w.field(17usize, &self.quality);
        w.field(18usize, &self.scaling);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_object!(PrintJobConfiguration);
#[cfg(msgraph_beta_print_or_search)]
rt::impl_setters!(
    PrintJobConfiguration { with_collate collate : bool; with_color_mode color_mode :
    crate ::beta::PrintColorMode; with_copies copies : i32; with_dpi dpi : i32;
    with_duplex_mode duplex_mode : crate ::beta::PrintDuplexMode; with_feed_orientation
    feed_orientation : crate ::beta::PrinterFeedOrientation; with_finishings finishings :
    ::std::vec::Vec < crate ::beta::PrintFinishing >; with_fit_pdf_to_page
    fit_pdf_to_page : bool; with_input_bin input_bin : ::std::string::String; with_margin
    margin : crate ::beta::PrintMargin; with_media_size media_size :
    ::std::string::String; with_media_type media_type : ::std::string::String;
    with_multipage_layout multipage_layout : crate ::beta::PrintMultipageLayout;
    with_orientation orientation : crate ::beta::PrintOrientation; with_output_bin
    output_bin : ::std::string::String; with_page_ranges page_ranges : ::std::vec::Vec <
    crate ::beta::IntegerRange >; with_pages_per_sheet pages_per_sheet : i32;
    with_quality quality : crate ::beta::PrintQuality; with_scaling scaling : crate
    ::beta::PrintScaling; }
);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintJobConfiguration);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printJobStateDetail`, enum type.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrintJobStateDetail {
    /// `uploadPending` (value 0).
    UploadPending,
    /// `transforming` (value 1).
    Transforming,
    /// `completedSuccessfully` (value 2).
    CompletedSuccessfully,
    /// `completedWithWarnings` (value 3).
    CompletedWithWarnings,
    /// `completedWithErrors` (value 4).
    CompletedWithErrors,
    /// `releaseWait` (value 5).
    ReleaseWait,
    /// `interpreting` (value 6).
    Interpreting,
    /// `unknownFutureValue` (value 7).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::StrEnum for PrintJobStateDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.printJobStateDetail";
    const MEMBERS: &'static [&'static str] = &[
        "uploadPending",
        "transforming",
        "completedSuccessfully",
        "completedWithWarnings",
        "completedWithErrors",
        "releaseWait",
        "interpreting",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "uploadPending" => Self::UploadPending,
                "transforming" => Self::Transforming,
                "completedSuccessfully" => Self::CompletedSuccessfully,
                "completedWithWarnings" => Self::CompletedWithWarnings,
                "completedWithErrors" => Self::CompletedWithErrors,
                "releaseWait" => Self::ReleaseWait,
                "interpreting" => Self::Interpreting,
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
            Self::UploadPending => "uploadPending",
            Self::Transforming => "transforming",
            Self::CompletedSuccessfully => "completedSuccessfully",
            Self::CompletedWithWarnings => "completedWithWarnings",
            Self::CompletedWithErrors => "completedWithErrors",
            Self::ReleaseWait => "releaseWait",
            Self::Interpreting => "interpreting",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_enum!(PrintJobStateDetail);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintJobStateDetail);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printJobStatus`, complex type.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone)]
pub struct PrintJobStatus {
    /// CSDL: property `acquiredByPrinter`: `Edm.Boolean`, not nullable.
    pub acquired_by_printer: rt::Field<bool>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `details`: `Collection(microsoft.graph.printJobStateDetail)`, nullable.
    pub details: rt::Field<::std::vec::Vec<crate::beta::PrintJobStateDetail>>,
    /// CSDL: property `isAcquiredByPrinter`: `Edm.Boolean`, not nullable.
    pub is_acquired_by_printer: rt::Field<bool>,
    /// CSDL: property `processingState`: `microsoft.graph.printJobProcessingState`, not nullable.
    pub processing_state: rt::Field<crate::beta::PrintJobProcessingState>,
    /// CSDL: property `processingStateDescription`: `Edm.String`, nullable.
    pub processing_state_description: rt::Field<::std::string::String>,
    /// CSDL: property `state`: `microsoft.graph.printJobProcessingState`, not nullable.
    pub state: rt::Field<crate::beta::PrintJobProcessingState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_search)]
impl ::std::default::Default for PrintJobStatus {
    #[inline]
    fn default() -> Self {
        Self {
            acquired_by_printer: rt::Field::Absent,
            description: rt::Field::Absent,
            details: rt::Field::Absent,
            is_acquired_by_printer: rt::Field::Absent,
            processing_state: rt::Field::Absent,
            processing_state_description: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::Object for PrintJobStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.printJobStatus";
    const KEYS: &'static [&'static str] = &[
        "acquiredByPrinter",
        "description",
        "details",
        "isAcquiredByPrinter",
        "processingState",
        "processingStateDescription",
        "state",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"acquiredByPrinter\":            ",
        ",\"description\":                  ",
        ",\"details\":                      ",
        ",\"isAcquiredByPrinter\":          ",
        ",\"processingState\":              ",
        ",\"processingStateDescription\":   ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printJobStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "acquired_by_printer", &self.acquired_by_printer);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "details", &self.details);
        v.field(3usize, "is_acquired_by_printer", &self.is_acquired_by_printer);
        v.field(4usize, "processing_state", &self.processing_state);
        v.field(
            5usize,
            "processing_state_description",
            &self.processing_state_description,
        );
        v.field(6usize, "state", &self.state);
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::object::Members for PrintJobStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.acquired_by_printer.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.details.read_from(r),
            3usize => self.is_acquired_by_printer.read_from(r),
            4usize => self.processing_state.read_from(r),
            5usize => self.processing_state_description.read_from(r),
            6usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.acquired_by_printer);
        w.field(1usize, &self.description);
        w.field(2usize, &self.details);
        w.field(3usize, &self.is_acquired_by_printer);
        w.field(4usize, &self.processing_state);
        w.field(5usize, &self.processing_state_description);
        w.field(6usize, &self.state);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_object!(PrintJobStatus);
#[cfg(msgraph_beta_print_or_search)]
rt::impl_setters!(
    PrintJobStatus { with_acquired_by_printer acquired_by_printer : bool;
    with_description description : ::std::string::String; with_details details :
    ::std::vec::Vec < crate ::beta::PrintJobStateDetail >; with_is_acquired_by_printer
    is_acquired_by_printer : bool; with_processing_state processing_state : crate
    ::beta::PrintJobProcessingState; with_processing_state_description
    processing_state_description : ::std::string::String; with_state state : crate
    ::beta::PrintJobProcessingState; }
);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintJobStatus);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printMargin`, complex type.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone)]
pub struct PrintMargin {
    /// CSDL: property `bottom`: `Edm.Int32`, nullable.
    pub bottom: rt::Field<i32>,
    /// CSDL: property `left`: `Edm.Int32`, nullable.
    pub left: rt::Field<i32>,
    /// CSDL: property `right`: `Edm.Int32`, nullable.
    pub right: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_search)]
impl ::std::default::Default for PrintMargin {
    #[inline]
    fn default() -> Self {
        Self {
            bottom: rt::Field::Absent,
            left: rt::Field::Absent,
            right: rt::Field::Absent,
            top: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::Object for PrintMargin {
    const TYPE_NAME: &'static str = "microsoft.graph.printMargin";
    const KEYS: &'static [&'static str] = &["bottom", "left", "right", "top"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"bottom\":                       ",
        ",\"left\":                         ",
        ",\"right\":                        ",
        ",\"top\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printMargin\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "bottom", &self.bottom);
        v.field(1usize, "left", &self.left);
        v.field(2usize, "right", &self.right);
        v.field(3usize, "top", &self.top);
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::object::Members for PrintMargin {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.bottom.read_from(r),
            1usize => self.left.read_from(r),
            2usize => self.right.read_from(r),
            3usize => self.top.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.bottom);
        w.field(1usize, &self.left);
        w.field(2usize, &self.right);
        w.field(3usize, &self.top);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_object!(PrintMargin);
#[cfg(msgraph_beta_print_or_search)]
rt::impl_setters!(
    PrintMargin { with_bottom bottom : i32; with_left left : i32; with_right right : i32;
    with_top top : i32; }
);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintMargin);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printMediaType`, enum type.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrintMediaType {
    /// `stationery` (value 0).
    Stationery,
    /// `transparency` (value 1).
    Transparency,
    /// `envelope` (value 2).
    Envelope,
    /// `envelopePlain` (value 3).
    EnvelopePlain,
    /// `continuous` (value 4).
    Continuous,
    /// `screen` (value 5).
    Screen,
    /// `screenPaged` (value 6).
    ScreenPaged,
    /// `continuousLong` (value 7).
    ContinuousLong,
    /// `continuousShort` (value 8).
    ContinuousShort,
    /// `envelopeWindow` (value 9).
    EnvelopeWindow,
    /// `multiPartForm` (value 10).
    MultiPartForm,
    /// `multiLayer` (value 11).
    MultiLayer,
    /// `labels` (value 12).
    Labels,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::StrEnum for PrintMediaType {
    const TYPE_NAME: &'static str = "microsoft.graph.printMediaType";
    const MEMBERS: &'static [&'static str] = &[
        "stationery",
        "transparency",
        "envelope",
        "envelopePlain",
        "continuous",
        "screen",
        "screenPaged",
        "continuousLong",
        "continuousShort",
        "envelopeWindow",
        "multiPartForm",
        "multiLayer",
        "labels",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "stationery" => Self::Stationery,
                "transparency" => Self::Transparency,
                "envelope" => Self::Envelope,
                "envelopePlain" => Self::EnvelopePlain,
                "continuous" => Self::Continuous,
                "screen" => Self::Screen,
                "screenPaged" => Self::ScreenPaged,
                "continuousLong" => Self::ContinuousLong,
                "continuousShort" => Self::ContinuousShort,
                "envelopeWindow" => Self::EnvelopeWindow,
                "multiPartForm" => Self::MultiPartForm,
                "multiLayer" => Self::MultiLayer,
                "labels" => Self::Labels,
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
            Self::Stationery => "stationery",
            Self::Transparency => "transparency",
            Self::Envelope => "envelope",
            Self::EnvelopePlain => "envelopePlain",
            Self::Continuous => "continuous",
            Self::Screen => "screen",
            Self::ScreenPaged => "screenPaged",
            Self::ContinuousLong => "continuousLong",
            Self::ContinuousShort => "continuousShort",
            Self::EnvelopeWindow => "envelopeWindow",
            Self::MultiPartForm => "multiPartForm",
            Self::MultiLayer => "multiLayer",
            Self::Labels => "labels",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_enum!(PrintMediaType);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintMediaType);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printOperationProcessingState`, enum type.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrintOperationProcessingState {
    /// `notStarted` (value 0).
    NotStarted,
    /// `running` (value 1).
    Running,
    /// `succeeded` (value 2).
    Succeeded,
    /// `failed` (value 3).
    Failed,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::StrEnum for PrintOperationProcessingState {
    const TYPE_NAME: &'static str = "microsoft.graph.printOperationProcessingState";
    const MEMBERS: &'static [&'static str] = &[
        "notStarted",
        "running",
        "succeeded",
        "failed",
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
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_enum!(PrintOperationProcessingState);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintOperationProcessingState);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printOperationStatus`, complex type.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone)]
pub struct PrintOperationStatus {
    /// CSDL: property `description`: `Edm.String`, not nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `state`: `microsoft.graph.printOperationProcessingState`, not nullable.
    pub state: rt::Field<crate::beta::PrintOperationProcessingState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_search)]
impl ::std::default::Default for PrintOperationStatus {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::Object for PrintOperationStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.printOperationStatus";
    const KEYS: &'static [&'static str] = &["description", "state"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printOperationStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "state", &self.state);
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::object::Members for PrintOperationStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.state);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_object!(PrintOperationStatus);
#[cfg(msgraph_beta_print_or_search)]
rt::impl_setters!(
    PrintOperationStatus { with_description description : ::std::string::String;
    with_state state : crate ::beta::PrintOperationProcessingState; }
);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintOperationStatus);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printTask`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PrintTaskPath`](requests/trait.PrintTaskPath.html), what a path to one (`EntityPath<PrintTask, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone)]
pub struct PrintTask {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `parentUrl`: `Edm.String`, not nullable.
    pub parent_url: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.printTaskStatus`, not nullable.
    pub status: rt::Field<crate::beta::PrintTaskStatus>,
    /// CSDL: navigation property `definition`: `microsoft.graph.printTaskDefinition`, not nullable.
    pub definition: rt::Field<crate::beta::PrintTaskDefinition>,
    /// CSDL: navigation property `trigger`: `microsoft.graph.printTaskTrigger`, not nullable.
    pub trigger: rt::Field<crate::beta::PrintTaskTrigger>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_search)]
impl ::std::default::Default for PrintTask {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            parent_url: rt::Field::Absent,
            status: rt::Field::Absent,
            definition: rt::Field::Absent,
            trigger: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::Object for PrintTask {
    const TYPE_NAME: &'static str = "microsoft.graph.printTask";
    const KEYS: &'static [&'static str] = &[
        "id",
        "parentUrl",
        "status",
        "definition",
        "trigger",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"parentUrl\":                    ",
        ",\"status\":                       ",
        ",\"definition\":                   ",
        ",\"trigger\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printTask\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "parent_url", &self.parent_url);
        v.field(2usize, "status", &self.status);
        v.field(3usize, "definition", &self.definition);
        v.field(4usize, "trigger", &self.trigger);
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::object::Members for PrintTask {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.parent_url.read_from(r),
            2usize => self.status.read_from(r),
            3usize => self.definition.read_from(r),
            4usize => self.trigger.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.parent_url);
        w.field(2usize, &self.status);
        w.field(3usize, &self.definition);
        w.field(4usize, &self.trigger);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_object!(PrintTask);
#[cfg(msgraph_beta_print_or_search)]
rt::impl_setters!(
    PrintTask { with_id id : ::std::string::String; with_parent_url parent_url :
    ::std::string::String; with_status status : crate ::beta::PrintTaskStatus;
    with_definition definition : crate ::beta::PrintTaskDefinition; with_trigger trigger
    : crate ::beta::PrintTaskTrigger; }
);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintTask);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printTaskDefinition`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PrintTaskDefinitionPath`](requests/trait.PrintTaskDefinitionPath.html), what a path to one (`EntityPath<PrintTaskDefinition, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone)]
pub struct PrintTaskDefinition {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.appIdentity`, not nullable.
    pub created_by: rt::Field<crate::beta::AppIdentity>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `tasks`: `Collection(microsoft.graph.printTask)`, not nullable.
    pub tasks: rt::Field<::std::vec::Vec<crate::beta::PrintTask>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_search)]
impl ::std::default::Default for PrintTaskDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            display_name: rt::Field::Absent,
            tasks: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::Object for PrintTaskDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.printTaskDefinition";
    const KEYS: &'static [&'static str] = &["id", "createdBy", "displayName", "tasks"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"displayName\":                  ",
        ",\"tasks\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printTaskDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "tasks", &self.tasks);
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::object::Members for PrintTaskDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.tasks.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.tasks);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_object!(PrintTaskDefinition);
#[cfg(msgraph_beta_print_or_search)]
rt::impl_setters!(
    PrintTaskDefinition { with_id id : ::std::string::String; with_created_by created_by
    : crate ::beta::AppIdentity; with_display_name display_name : ::std::string::String;
    with_tasks tasks : ::std::vec::Vec < crate ::beta::PrintTask >; }
);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintTaskDefinition);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printTaskProcessingState`, enum type.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrintTaskProcessingState {
    /// `pending` (value 0).
    Pending,
    /// `processing` (value 1).
    Processing,
    /// `completed` (value 2).
    Completed,
    /// `aborted` (value 3).
    Aborted,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::StrEnum for PrintTaskProcessingState {
    const TYPE_NAME: &'static str = "microsoft.graph.printTaskProcessingState";
    const MEMBERS: &'static [&'static str] = &[
        "pending",
        "processing",
        "completed",
        "aborted",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "pending" => Self::Pending,
                "processing" => Self::Processing,
                "completed" => Self::Completed,
                "aborted" => Self::Aborted,
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
            Self::Pending => "pending",
            Self::Processing => "processing",
            Self::Completed => "completed",
            Self::Aborted => "aborted",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_enum!(PrintTaskProcessingState);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintTaskProcessingState);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printTaskStatus`, complex type.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone)]
pub struct PrintTaskStatus {
    /// CSDL: property `description`: `Edm.String`, not nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `state`: `microsoft.graph.printTaskProcessingState`, not nullable.
    pub state: rt::Field<crate::beta::PrintTaskProcessingState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_search)]
impl ::std::default::Default for PrintTaskStatus {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::Object for PrintTaskStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.printTaskStatus";
    const KEYS: &'static [&'static str] = &["description", "state"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printTaskStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "state", &self.state);
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::object::Members for PrintTaskStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.state);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_object!(PrintTaskStatus);
#[cfg(msgraph_beta_print_or_search)]
rt::impl_setters!(
    PrintTaskStatus { with_description description : ::std::string::String; with_state
    state : crate ::beta::PrintTaskProcessingState; }
);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintTaskStatus);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printTaskTrigger`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PrintTaskTriggerPath`](requests/trait.PrintTaskTriggerPath.html), what a path to one (`EntityPath<PrintTaskTrigger, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone)]
pub struct PrintTaskTrigger {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `event`: `microsoft.graph.printEvent`, not nullable.
    pub event: rt::Field<crate::beta::PrintEvent>,
    /// CSDL: navigation property `definition`: `microsoft.graph.printTaskDefinition`, not nullable.
    pub definition: rt::Field<crate::beta::PrintTaskDefinition>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_search)]
impl ::std::default::Default for PrintTaskTrigger {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            event: rt::Field::Absent,
            definition: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::Object for PrintTaskTrigger {
    const TYPE_NAME: &'static str = "microsoft.graph.printTaskTrigger";
    const KEYS: &'static [&'static str] = &["id", "event", "definition"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"event\":                        ",
        ",\"definition\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printTaskTrigger\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "event", &self.event);
        v.field(2usize, "definition", &self.definition);
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::object::Members for PrintTaskTrigger {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.event.read_from(r),
            2usize => self.definition.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.event);
        w.field(2usize, &self.definition);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_object!(PrintTaskTrigger);
#[cfg(msgraph_beta_print_or_search)]
rt::impl_setters!(
    PrintTaskTrigger { with_id id : ::std::string::String; with_event event : crate
    ::beta::PrintEvent; with_definition definition : crate ::beta::PrintTaskDefinition; }
);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintTaskTrigger);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printerCapabilities`, complex type.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone)]
pub struct PrinterCapabilities {
    /// CSDL: property `bottomMargins`: `Collection(Edm.Int32)`, nullable.
    pub bottom_margins: rt::Field<::std::vec::Vec<i32>>,
    /// CSDL: property `collation`: `Edm.Boolean`, nullable.
    pub collation: rt::Field<bool>,
    /// CSDL: property `colorModes`: `Collection(microsoft.graph.printColorMode)`, nullable.
    pub color_modes: rt::Field<::std::vec::Vec<crate::beta::PrintColorMode>>,
    /// CSDL: property `contentTypes`: `Collection(Edm.String)`, nullable.
    pub content_types: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `copiesPerJob`: `microsoft.graph.integerRange`, nullable.
    pub copies_per_job: rt::Field<crate::beta::IntegerRange>,
    /// CSDL: property `dpis`: `Collection(Edm.Int32)`, nullable.
    pub dpis: rt::Field<::std::vec::Vec<i32>>,
    /// CSDL: property `duplexModes`: `Collection(microsoft.graph.printDuplexMode)`, nullable.
    pub duplex_modes: rt::Field<::std::vec::Vec<crate::beta::PrintDuplexMode>>,
    /// CSDL: property `feedDirections`: `Collection(microsoft.graph.printerFeedDirection)`, nullable.
    pub feed_directions: rt::Field<::std::vec::Vec<crate::beta::PrinterFeedDirection>>,
    /// CSDL: property `feedOrientations`: `Collection(microsoft.graph.printerFeedOrientation)`, nullable.
    pub feed_orientations: rt::Field<
        ::std::vec::Vec<crate::beta::PrinterFeedOrientation>,
    >,
    /// CSDL: property `finishings`: `Collection(microsoft.graph.printFinishing)`, nullable.
    pub finishings: rt::Field<::std::vec::Vec<crate::beta::PrintFinishing>>,
    /// CSDL: property `inputBins`: `Collection(Edm.String)`, nullable.
    pub input_bins: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `isColorPrintingSupported`: `Edm.Boolean`, nullable.
    pub is_color_printing_supported: rt::Field<bool>,
    /// CSDL: property `isPageRangeSupported`: `Edm.Boolean`, nullable.
    pub is_page_range_supported: rt::Field<bool>,
    /// CSDL: property `leftMargins`: `Collection(Edm.Int32)`, nullable.
    pub left_margins: rt::Field<::std::vec::Vec<i32>>,
    /// CSDL: property `mediaColors`: `Collection(Edm.String)`, nullable.
    pub media_colors: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `mediaSizes`: `Collection(Edm.String)`, nullable.
    pub media_sizes: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `mediaTypes`: `Collection(Edm.String)`, nullable.
    pub media_types: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `multipageLayouts`: `Collection(microsoft.graph.printMultipageLayout)`, nullable.
    pub multipage_layouts: rt::Field<::std::vec::Vec<crate::beta::PrintMultipageLayout>>,
    /// CSDL: property `orientations`: `Collection(microsoft.graph.printOrientation)`, nullable.
    pub orientations: rt::Field<::std::vec::Vec<crate::beta::PrintOrientation>>,
    /// CSDL: property `outputBins`: `Collection(Edm.String)`, nullable.
    pub output_bins: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `pagesPerSheet`: `Collection(Edm.Int32)`, nullable.
    pub pages_per_sheet: rt::Field<::std::vec::Vec<i32>>,
    /// CSDL: property `qualities`: `Collection(microsoft.graph.printQuality)`, nullable.
    pub qualities: rt::Field<::std::vec::Vec<crate::beta::PrintQuality>>,
    /// CSDL: property `rightMargins`: `Collection(Edm.Int32)`, nullable.
    pub right_margins: rt::Field<::std::vec::Vec<i32>>,
    /// CSDL: property `scalings`: `Collection(microsoft.graph.printScaling)`, nullable.
    pub scalings: rt::Field<::std::vec::Vec<crate::beta::PrintScaling>>,
    /// CSDL: property `supportedColorConfigurations`: `Collection(microsoft.graph.printColorConfiguration)`, not nullable.
    pub supported_color_configurations: rt::Field<
        ::std::vec::Vec<crate::beta::PrintColorConfiguration>,
    >,
    /// CSDL: property `supportedCopiesPerJob`: `microsoft.graph.integerRange`, nullable.
    pub supported_copies_per_job: rt::Field<crate::beta::IntegerRange>,
    /// CSDL: property `supportedDocumentMimeTypes`: `Collection(Edm.String)`, nullable.
    pub supported_document_mime_types: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `supportedDuplexConfigurations`: `Collection(microsoft.graph.printDuplexConfiguration)`, not nullable.
    pub supported_duplex_configurations: rt::Field<
        ::std::vec::Vec<crate::beta::PrintDuplexConfiguration>,
    >,
    /// CSDL: property `supportedFinishings`: `Collection(microsoft.graph.printFinishing)`, not nullable.
    pub supported_finishings: rt::Field<::std::vec::Vec<crate::beta::PrintFinishing>>,
    /// CSDL: property `supportedMediaColors`: `Collection(Edm.String)`, nullable.
    pub supported_media_colors: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `supportedMediaSizes`: `Collection(Edm.String)`, nullable.
    pub supported_media_sizes: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `supportedMediaTypes`: `Collection(microsoft.graph.printMediaType)`, not nullable.
    pub supported_media_types: rt::Field<::std::vec::Vec<crate::beta::PrintMediaType>>,
    /// CSDL: property `supportedOrientations`: `Collection(microsoft.graph.printOrientation)`, not nullable.
    pub supported_orientations: rt::Field<
        ::std::vec::Vec<crate::beta::PrintOrientation>,
    >,
    /// CSDL: property `supportedOutputBins`: `Collection(Edm.String)`, nullable.
    pub supported_output_bins: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `supportedPagesPerSheet`: `microsoft.graph.integerRange`, nullable.
    pub supported_pages_per_sheet: rt::Field<crate::beta::IntegerRange>,
    /// CSDL: property `supportedPresentationDirections`: `Collection(microsoft.graph.printPresentationDirection)`, not nullable.
    pub supported_presentation_directions: rt::Field<
        ::std::vec::Vec<crate::beta::PrintPresentationDirection>,
    >,
    /// CSDL: property `supportedPrintQualities`: `Collection(microsoft.graph.printQuality)`, not nullable.
    pub supported_print_qualities: rt::Field<::std::vec::Vec<crate::beta::PrintQuality>>,
    /// CSDL: property `supportsFitPdfToPage`: `Edm.Boolean`, nullable.
    pub supports_fit_pdf_to_page: rt::Field<bool>,
    /// CSDL: property `topMargins`: `Collection(Edm.Int32)`, nullable.
    pub top_margins: rt::Field<::std::vec::Vec<i32>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_search)]
impl ::std::default::Default for PrinterCapabilities {
    #[inline]
    fn default() -> Self {
        Self {
            bottom_margins: rt::Field::Absent,
            collation: rt::Field::Absent,
            color_modes: rt::Field::Absent,
            content_types: rt::Field::Absent,
            copies_per_job: rt::Field::Absent,
            dpis: rt::Field::Absent,
            duplex_modes: rt::Field::Absent,
            feed_directions: rt::Field::Absent,
            feed_orientations: rt::Field::Absent,
            finishings: rt::Field::Absent,
            input_bins: rt::Field::Absent,
            is_color_printing_supported: rt::Field::Absent,
            is_page_range_supported: rt::Field::Absent,
            left_margins: rt::Field::Absent,
            media_colors: rt::Field::Absent,
            media_sizes: rt::Field::Absent,
            media_types: rt::Field::Absent,
            multipage_layouts: rt::Field::Absent,
            orientations: rt::Field::Absent,
            output_bins: rt::Field::Absent,
            pages_per_sheet: rt::Field::Absent,
            qualities: rt::Field::Absent,
            right_margins: rt::Field::Absent,
            scalings: rt::Field::Absent,
            supported_color_configurations: rt::Field::Absent,
            supported_copies_per_job: rt::Field::Absent,
            supported_document_mime_types: rt::Field::Absent,
            supported_duplex_configurations: rt::Field::Absent,
            supported_finishings: rt::Field::Absent,
            supported_media_colors: rt::Field::Absent,
            supported_media_sizes: rt::Field::Absent,
            supported_media_types: rt::Field::Absent,
            supported_orientations: rt::Field::Absent,
            supported_output_bins: rt::Field::Absent,
            supported_pages_per_sheet: rt::Field::Absent,
            supported_presentation_directions: rt::Field::Absent,
            supported_print_qualities: rt::Field::Absent,
            supports_fit_pdf_to_page: rt::Field::Absent,
            top_margins: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::Object for PrinterCapabilities {
    const TYPE_NAME: &'static str = "microsoft.graph.printerCapabilities";
    const KEYS: &'static [&'static str] = &[
        "bottomMargins",
        "collation",
        "colorModes",
        "contentTypes",
        "copiesPerJob",
        "dpis",
        "duplexModes",
        "feedDirections",
        "feedOrientations",
        "finishings",
        "inputBins",
        "isColorPrintingSupported",
        "isPageRangeSupported",
        "leftMargins",
        "mediaColors",
        "mediaSizes",
        "mediaTypes",
        "multipageLayouts",
        "orientations",
        "outputBins",
        "pagesPerSheet",
        "qualities",
        "rightMargins",
        "scalings",
        "supportedColorConfigurations",
        "supportedCopiesPerJob",
        "supportedDocumentMimeTypes",
        "supportedDuplexConfigurations",
        "supportedFinishings",
        "supportedMediaColors",
        "supportedMediaSizes",
        "supportedMediaTypes",
        "supportedOrientations",
        "supportedOutputBins",
        "supportedPagesPerSheet",
        "supportedPresentationDirections",
        "supportedPrintQualities",
        "supportsFitPdfToPage",
        "topMargins",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"bottomMargins\":                ",
        ",\"collation\":                    ",
        ",\"colorModes\":                   ",
        ",\"contentTypes\":                 ",
        ",\"copiesPerJob\":                 ",
        ",\"dpis\":                         ",
        ",\"duplexModes\":                  ",
        ",\"feedDirections\":               ",
        ",\"feedOrientations\":             ",
        ",\"finishings\":                   ",
        ",\"inputBins\":                    ",
        ",\"isColorPrintingSupported\":     ",
        ",\"isPageRangeSupported\":         ",
        ",\"leftMargins\":                  ",
        ",\"mediaColors\":                  ",
        ",\"mediaSizes\":                   ",
        ",\"mediaTypes\":                   ",
        ",\"multipageLayouts\":             ",
        ",\"orientations\":                 ",
        ",\"outputBins\":                   ",
        ",\"pagesPerSheet\":                ",
        ",\"qualities\":                    ",
        ",\"rightMargins\":                 ",
        ",\"scalings\":                     ",
        ",\"supportedColorConfigurations\": ",
        ",\"supportedCopiesPerJob\":        ",
        ",\"supportedDocumentMimeTypes\":   ",
        ",\"supportedDuplexConfigurations\":",
        ",\"supportedFinishings\":          ",
        ",\"supportedMediaColors\":         ",
        ",\"supportedMediaSizes\":          ",
        ",\"supportedMediaTypes\":          ",
        ",\"supportedOrientations\":        ",
        ",\"supportedOutputBins\":          ",
        ",\"supportedPagesPerSheet\":       ",
        ",\"supportedPresentationDirections\":",
        ",\"supportedPrintQualities\":      ",
        ",\"supportsFitPdfToPage\":         ",
        ",\"topMargins\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printerCapabilities\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "bottom_margins", &self.bottom_margins);
        v.field(1usize, "collation", &self.collation);
        v.field(2usize, "color_modes", &self.color_modes);
        v.field(3usize, "content_types", &self.content_types);
        v.field(4usize, "copies_per_job", &self.copies_per_job);
        v.field(5usize, "dpis", &self.dpis);
        v.field(6usize, "duplex_modes", &self.duplex_modes);
        v.field(7usize, "feed_directions", &self.feed_directions);
        v.field(8usize, "feed_orientations", &self.feed_orientations);
        v.field(9usize, "finishings", &self.finishings);
        v.field(10usize, "input_bins", &self.input_bins);
        v.field(
            11usize,
            "is_color_printing_supported",
            &self.is_color_printing_supported,
        );
        v.field(12usize, "is_page_range_supported", &self.is_page_range_supported);
        v.field(13usize, "left_margins", &self.left_margins);
        v.field(14usize, "media_colors", &self.media_colors);
        v.field(15usize, "media_sizes", &self.media_sizes);
        v.field(16usize, "media_types", &self.media_types);
        v.field(17usize, "multipage_layouts", &self.multipage_layouts);
        v.field(18usize, "orientations", &self.orientations);
        v.field(19usize, "output_bins", &self.output_bins);
        v.field(20usize, "pages_per_sheet", &self.pages_per_sheet);
        v.field(21usize, "qualities", &self.qualities);
        v.field(22usize, "right_margins", &self.right_margins);
        v.field(23usize, "scalings", &self.scalings);
        v.field(
            24usize,
            "supported_color_configurations",
            &self.supported_color_configurations,
        );
        v.field(25usize, "supported_copies_per_job", &self.supported_copies_per_job);
        v.field(
            26usize,
            "supported_document_mime_types",
            &self.supported_document_mime_types,
        );
        v.field(
            27usize,
            "supported_duplex_configurations",
            &self.supported_duplex_configurations,
        );
        v.field(28usize, "supported_finishings", &self.supported_finishings);
        v.field(29usize, "supported_media_colors", &self.supported_media_colors);
        v.field(30usize, "supported_media_sizes", &self.supported_media_sizes);
        v.field(31usize, "supported_media_types", &self.supported_media_types);
        v.field(32usize, "supported_orientations", &self.supported_orientations);
        v.field(33usize, "supported_output_bins", &self.supported_output_bins);
        v.field(34usize, "supported_pages_per_sheet", &self.supported_pages_per_sheet);
        v.field(
            35usize,
            "supported_presentation_directions",
            &self.supported_presentation_directions,
        );
        v.field(36usize, "supported_print_qualities", &self.supported_print_qualities);
        v.field(37usize, "supports_fit_pdf_to_page", &self.supports_fit_pdf_to_page);
        v.field(38usize, "top_margins", &self.top_margins);
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::object::Members for PrinterCapabilities {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.bottom_margins.read_from(r),
            1usize => self.collation.read_from(r),
            2usize => self.color_modes.read_from(r),
            3usize => self.content_types.read_from(r),
            4usize => self.copies_per_job.read_from(r),
            5usize => self.dpis.read_from(r),
            6usize => self.duplex_modes.read_from(r),
            7usize => self.feed_directions.read_from(r),
            8usize => self.feed_orientations.read_from(r),
            9usize => self.finishings.read_from(r),
            10usize => self.input_bins.read_from(r),
            11usize => self.is_color_printing_supported.read_from(r),
            12usize => self.is_page_range_supported.read_from(r),
            13usize => self.left_margins.read_from(r),
            14usize => self.media_colors.read_from(r),
            15usize => self.media_sizes.read_from(r),
            16usize => self.media_types.read_from(r),
            17usize => self.multipage_layouts.read_from(r),
            18usize => self.orientations.read_from(r),
            19usize => self.output_bins.read_from(r),
            20usize => self.pages_per_sheet.read_from(r),
            21usize => self.qualities.read_from(r),
            22usize => self.right_margins.read_from(r),
            23usize => self.scalings.read_from(r),
            24usize => self.supported_color_configurations.read_from(r),
            25usize => self.supported_copies_per_job.read_from(r),
            26usize => self.supported_document_mime_types.read_from(r),
            27usize => self.supported_duplex_configurations.read_from(r),
            28usize => self.supported_finishings.read_from(r),
            29usize => self.supported_media_colors.read_from(r),
            30usize => self.supported_media_sizes.read_from(r),
            31usize => self.supported_media_types.read_from(r),
            32usize => self.supported_orientations.read_from(r),
            33usize => self.supported_output_bins.read_from(r),
            34usize => self.supported_pages_per_sheet.read_from(r),
            35usize => self.supported_presentation_directions.read_from(r),
            36usize => self.supported_print_qualities.read_from(r),
            37usize => self.supports_fit_pdf_to_page.read_from(r),
            38usize => self.top_margins.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.bottom_margins);
        w.field(1usize, &self.collation);
        w.field(2usize, &self.color_modes);
        w.field(3usize, &self.content_types);
        w.field(4usize, &self.copies_per_job);
        w.field(5usize, &self.dpis);
        w.field(6usize, &self.duplex_modes);
        w.field(7usize, &self.feed_directions);
        w.field(8usize, &self.feed_orientations);
        w.field(9usize, &self.finishings);
        w.field(10usize, &self.input_bins);
        w.field(11usize, &self.is_color_printing_supported);
        w.field(12usize, &self.is_page_range_supported);
        w.field(13usize, &self.left_margins);
        w.field(14usize, &self.media_colors);
        w.field(15usize, &self.media_sizes);
        w.field(16usize, &self.media_types);
        w.field(17usize, &self.multipage_layouts);
        w.field(18usize, &self.orientations);
        w.field(19usize, &self.output_bins);
        w.field(20usize, &self.pages_per_sheet);
        w.field(21usize, &self.qualities);
        w.field(22usize, &self.right_margins);
        w.field(23usize, &self.scalings);
        w.field(24usize, &self.supported_color_configurations);
        w.field(25usize, &self.supported_copies_per_job);
        w.field(26usize, &self.supported_document_mime_types);
        w.field(27usize, &self.supported_duplex_configurations);
        w.field(28usize, &self.supported_finishings);
        w.field(29usize, &self.supported_media_colors);
        w.field(30usize, &self.supported_media_sizes);
        w.field(31usize, &self.supported_media_types);
        w.field(32usize, &self.supported_orientations);
        w.field(33usize, &self.supported_output_bins);
        w.field(34usize, &self.supported_pages_per_sheet);
        w.field(35usize, &self.supported_presentation_directions);
        w.field(36usize, &self.supported_print_qualities);
        w.field(37usize, &self.supports_fit_pdf_to_page);
        w.field(38usize, &self.top_margins);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_object!(PrinterCapabilities);
#[cfg(msgraph_beta_print_or_search)]
rt::impl_setters!(
    PrinterCapabilities { with_bottom_margins bottom_margins : ::std::vec::Vec < i32 >;
    with_collation collation : bool; with_color_modes color_modes : ::std::vec::Vec <
    crate ::beta::PrintColorMode >; with_content_types content_types : ::std::vec::Vec <
    ::std::string::String >; with_copies_per_job copies_per_job : crate
    ::beta::IntegerRange; with_dpis dpis : ::std::vec::Vec < i32 >; with_duplex_modes
    duplex_modes : ::std::vec::Vec < crate ::beta::PrintDuplexMode >;
    with_feed_directions feed_directions : ::std::vec::Vec < crate
    ::beta::PrinterFeedDirection >; with_feed_orientations feed_orientations :
    ::std::vec::Vec < crate ::beta::PrinterFeedOrientation >; with_finishings finishings
    : ::std::vec::Vec < crate ::beta::PrintFinishing >; with_input_bins input_bins :
    ::std::vec::Vec < ::std::string::String >; with_is_color_printing_supported
    is_color_printing_supported : bool; with_is_page_range_supported
    is_page_range_supported : bool; with_left_margins left_margins : ::std::vec::Vec <
    i32 >; with_media_colors media_colors : ::std::vec::Vec < ::std::string::String >;
    with_media_sizes media_sizes : ::std::vec::Vec < ::std::string::String >;
    with_media_types media_types : ::std::vec::Vec < ::std::string::String >;
    with_multipage_layouts multipage_layouts : ::std::vec::Vec < crate
    ::beta::PrintMultipageLayout >; with_orientations orientations : ::std::vec::Vec <
    crate ::beta::PrintOrientation >; with_output_bins output_bins : ::std::vec::Vec <
    ::std::string::String >; with_pages_per_sheet pages_per_sheet : ::std::vec::Vec < i32
    >; with_qualities qualities : ::std::vec::Vec < crate ::beta::PrintQuality >;
    with_right_margins right_margins : ::std::vec::Vec < i32 >; with_scalings scalings :
    ::std::vec::Vec < crate ::beta::PrintScaling >; with_supported_color_configurations
    supported_color_configurations : ::std::vec::Vec < crate
    ::beta::PrintColorConfiguration >; with_supported_copies_per_job
    supported_copies_per_job : crate ::beta::IntegerRange;
    with_supported_document_mime_types supported_document_mime_types : ::std::vec::Vec <
    ::std::string::String >; with_supported_duplex_configurations
    supported_duplex_configurations : ::std::vec::Vec < crate
    ::beta::PrintDuplexConfiguration >; with_supported_finishings supported_finishings :
    ::std::vec::Vec < crate ::beta::PrintFinishing >; with_supported_media_colors
    supported_media_colors : ::std::vec::Vec < ::std::string::String >;
    with_supported_media_sizes supported_media_sizes : ::std::vec::Vec <
    ::std::string::String >; with_supported_media_types supported_media_types :
    ::std::vec::Vec < crate ::beta::PrintMediaType >; with_supported_orientations
    supported_orientations : ::std::vec::Vec < crate ::beta::PrintOrientation >;
    with_supported_output_bins supported_output_bins : ::std::vec::Vec <
    ::std::string::String >; with_supported_pages_per_sheet supported_pages_per_sheet :
    crate ::beta::IntegerRange; with_supported_presentation_directions
    supported_presentation_directions : ::std::vec::Vec < crate
    ::beta::PrintPresentationDirection >; with_supported_print_qualities
    supported_print_qualities : ::std::vec::Vec < crate ::beta::PrintQuality >;
    with_supports_fit_pdf_to_page supports_fit_pdf_to_page : bool; with_top_margins
    top_margins : ::std::vec::Vec < i32 >; }
);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrinterCapabilities);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printerDocumentConfiguration`, complex type.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone)]
pub struct PrinterDocumentConfiguration {
    /// CSDL: property `collate`: `Edm.Boolean`, nullable.
    pub collate: rt::Field<bool>,
    /// CSDL: property `colorMode`: `microsoft.graph.printColorMode`, nullable.
    pub color_mode: rt::Field<crate::beta::PrintColorMode>,
    /// CSDL: property `copies`: `Edm.Int32`, nullable.
    pub copies: rt::Field<i32>,
    /// CSDL: property `dpi`: `Edm.Int32`, nullable.
    pub dpi: rt::Field<i32>,
    /// CSDL: property `duplexMode`: `microsoft.graph.printDuplexMode`, nullable.
    pub duplex_mode: rt::Field<crate::beta::PrintDuplexMode>,
    /// CSDL: property `feedDirection`: `microsoft.graph.printerFeedDirection`, nullable.
    pub feed_direction: rt::Field<crate::beta::PrinterFeedDirection>,
    /// CSDL: property `feedOrientation`: `microsoft.graph.printerFeedOrientation`, nullable.
    pub feed_orientation: rt::Field<crate::beta::PrinterFeedOrientation>,
    /// CSDL: property `finishings`: `Collection(microsoft.graph.printFinishing)`, nullable.
    pub finishings: rt::Field<::std::vec::Vec<crate::beta::PrintFinishing>>,
    /// CSDL: property `fitPdfToPage`: `Edm.Boolean`, nullable.
    pub fit_pdf_to_page: rt::Field<bool>,
    /// CSDL: property `inputBin`: `Edm.String`, nullable.
    pub input_bin: rt::Field<::std::string::String>,
    /// CSDL: property `margin`: `microsoft.graph.printMargin`, nullable.
    pub margin: rt::Field<crate::beta::PrintMargin>,
    /// CSDL: property `mediaSize`: `Edm.String`, nullable.
    pub media_size: rt::Field<::std::string::String>,
    /// CSDL: property `mediaType`: `Edm.String`, nullable.
    pub media_type: rt::Field<::std::string::String>,
    /// CSDL: property `multipageLayout`: `microsoft.graph.printMultipageLayout`, nullable.
    pub multipage_layout: rt::Field<crate::beta::PrintMultipageLayout>,
    /// CSDL: property `orientation`: `microsoft.graph.printOrientation`, nullable.
    pub orientation: rt::Field<crate::beta::PrintOrientation>,
    /// CSDL: property `outputBin`: `Edm.String`, nullable.
    pub output_bin: rt::Field<::std::string::String>,
    /// CSDL: property `pageRanges`: `Collection(microsoft.graph.integerRange)`, nullable.
    pub page_ranges: rt::Field<::std::vec::Vec<crate::beta::IntegerRange>>,
    /// CSDL: property `pagesPerSheet`: `Edm.Int32`, nullable.
    pub pages_per_sheet: rt::Field<i32>,
    /// CSDL: property `quality`: `microsoft.graph.printQuality`, nullable.
    pub quality: rt::Field<crate::beta::PrintQuality>,
    /// CSDL: property `scaling`: `microsoft.graph.printScaling`, nullable.
    pub scaling: rt::Field<crate::beta::PrintScaling>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_search)]
impl ::std::default::Default for PrinterDocumentConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            collate: rt::Field::Absent,
            color_mode: rt::Field::Absent,
            copies: rt::Field::Absent,
            dpi: rt::Field::Absent,
            duplex_mode: rt::Field::Absent,
            feed_direction: rt::Field::Absent,
            feed_orientation: rt::Field::Absent,
            finishings: rt::Field::Absent,
            fit_pdf_to_page: rt::Field::Absent,
            input_bin: rt::Field::Absent,
            margin: rt::Field::Absent,
            media_size: rt::Field::Absent,
            media_type: rt::Field::Absent,
            multipage_layout: rt::Field::Absent,
            orientation: rt::Field::Absent,
            output_bin: rt::Field::Absent,
            page_ranges: rt::Field::Absent,
            pages_per_sheet: rt::Field::Absent,
            quality: rt::Field::Absent,
            scaling: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::Object for PrinterDocumentConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.printerDocumentConfiguration";
    const KEYS: &'static [&'static str] = &[
        "collate",
        "colorMode",
        "copies",
        "dpi",
        "duplexMode",
        "feedDirection",
        "feedOrientation",
        "finishings",
        "fitPdfToPage",
        "inputBin",
        "margin",
        "mediaSize",
        "mediaType",
        "multipageLayout",
        "orientation",
        "outputBin",
        "pageRanges",
        "pagesPerSheet",
        "quality",
        "scaling",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"collate\":                      ",
        ",\"colorMode\":                    ",
        ",\"copies\":                       ",
        ",\"dpi\":                          ",
        ",\"duplexMode\":                   ",
        ",\"feedDirection\":                ",
        ",\"feedOrientation\":              ",
        ",\"finishings\":                   ",
        ",\"fitPdfToPage\":                 ",
        ",\"inputBin\":                     ",
        ",\"margin\":                       ",
        ",\"mediaSize\":                    ",
        ",\"mediaType\":                    ",
        ",\"multipageLayout\":              ",
        ",\"orientation\":                  ",
        ",\"outputBin\":                    ",
        ",\"pageRanges\":                   ",
        ",\"pagesPerSheet\":                ",
        ",\"quality\":                      ",
        ",\"scaling\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printerDocumentConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "collate", &self.collate);
        v.field(1usize, "color_mode", &self.color_mode);
        v.field(2usize, "copies", &self.copies);
        v.field(3usize, "dpi", &self.dpi);
        v.field(4usize, "duplex_mode", &self.duplex_mode);
        v.field(5usize, "feed_direction", &self.feed_direction);
        v.field(6usize, "feed_orientation", &self.feed_orientation);
        v.field(7usize, "finishings", &self.finishings);
        v.field(8usize, "fit_pdf_to_page", &self.fit_pdf_to_page);
        v.field(9usize, "input_bin", &self.input_bin);
        v.field(10usize, "margin", &self.margin);
        v.field(11usize, "media_size", &self.media_size);
        v.field(12usize, "media_type", &self.media_type);
        v.field(13usize, "multipage_layout", &self.multipage_layout);
        v.field(14usize, "orientation", &self.orientation);
        v.field(15usize, "output_bin", &self.output_bin);
        v.field(16usize, "page_ranges", &self.page_ranges);
        v.field(17usize, "pages_per_sheet", &self.pages_per_sheet);
        v.field(18usize, "quality", &self.quality);
        v.field(19usize, "scaling", &self.scaling);
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::object::Members for PrinterDocumentConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.collate.read_from(r),
            1usize => self.color_mode.read_from(r),
            2usize => self.copies.read_from(r),
            3usize => self.dpi.read_from(r),
            4usize => self.duplex_mode.read_from(r),
            5usize => self.feed_direction.read_from(r),
            6usize => self.feed_orientation.read_from(r),
            7usize => self.finishings.read_from(r),
            8usize => self.fit_pdf_to_page.read_from(r),
            9usize => self.input_bin.read_from(r),
            10usize => self.margin.read_from(r),
            11usize => self.media_size.read_from(r),
            12usize => self.media_type.read_from(r),
            13usize => self.multipage_layout.read_from(r),
            14usize => self.orientation.read_from(r),
            15usize => self.output_bin.read_from(r),
            16usize => self.page_ranges.read_from(r),
            17usize => self.pages_per_sheet.read_from(r),
            18usize => self.quality.read_from(r),
            19usize => self.scaling.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.collate);
        w.field(1usize, &self.color_mode);
        w.field(2usize, &self.copies);
        w.field(3usize, &self.dpi);
        w.field(4usize, &self.duplex_mode);
        w.field(5usize, &self.feed_direction);
        w.field(6usize, &self.feed_orientation);
        w.field(7usize, &self.finishings);
        w.field(8usize, &self.fit_pdf_to_page);
        w.field(9usize, &self.input_bin);
        w.field(10usize, &self.margin);
        w.field(11usize, &self.media_size);
        w.field(12usize, &self.media_type);
        w.field(13usize, &self.multipage_layout);
        w.field(14usize, &self.orientation);
        w.field(15usize, &self.output_bin);
        w.field(16usize, &self.page_ranges);
        w.field(17usize, &self.pages_per_sheet);
        w.field(18usize, &self.quality);
        w.field(19usize, &self.scaling);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_object!(PrinterDocumentConfiguration);
#[cfg(msgraph_beta_print_or_search)]
rt::impl_setters!(
    PrinterDocumentConfiguration { with_collate collate : bool; with_color_mode
    color_mode : crate ::beta::PrintColorMode; with_copies copies : i32; with_dpi dpi :
    i32; with_duplex_mode duplex_mode : crate ::beta::PrintDuplexMode;
    with_feed_direction feed_direction : crate ::beta::PrinterFeedDirection;
    with_feed_orientation feed_orientation : crate ::beta::PrinterFeedOrientation;
    with_finishings finishings : ::std::vec::Vec < crate ::beta::PrintFinishing >;
    with_fit_pdf_to_page fit_pdf_to_page : bool; with_input_bin input_bin :
    ::std::string::String; with_margin margin : crate ::beta::PrintMargin;
    with_media_size media_size : ::std::string::String; with_media_type media_type :
    ::std::string::String; with_multipage_layout multipage_layout : crate
    ::beta::PrintMultipageLayout; with_orientation orientation : crate
    ::beta::PrintOrientation; with_output_bin output_bin : ::std::string::String;
    with_page_ranges page_ranges : ::std::vec::Vec < crate ::beta::IntegerRange >;
    with_pages_per_sheet pages_per_sheet : i32; with_quality quality : crate
    ::beta::PrintQuality; with_scaling scaling : crate ::beta::PrintScaling; }
);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrinterDocumentConfiguration);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printerFeedDirection`, enum type.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrinterFeedDirection {
    /// `longEdgeFirst` (value 0).
    LongEdgeFirst,
    /// `shortEdgeFirst` (value 1).
    ShortEdgeFirst,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::StrEnum for PrinterFeedDirection {
    const TYPE_NAME: &'static str = "microsoft.graph.printerFeedDirection";
    const MEMBERS: &'static [&'static str] = &["longEdgeFirst", "shortEdgeFirst"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "longEdgeFirst" => Self::LongEdgeFirst,
                "shortEdgeFirst" => Self::ShortEdgeFirst,
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
            Self::LongEdgeFirst => "longEdgeFirst",
            Self::ShortEdgeFirst => "shortEdgeFirst",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_enum!(PrinterFeedDirection);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrinterFeedDirection);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printerFeedOrientation`, enum type.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrinterFeedOrientation {
    /// `longEdgeFirst` (value 0).
    LongEdgeFirst,
    /// `shortEdgeFirst` (value 1).
    ShortEdgeFirst,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::StrEnum for PrinterFeedOrientation {
    const TYPE_NAME: &'static str = "microsoft.graph.printerFeedOrientation";
    const MEMBERS: &'static [&'static str] = &["longEdgeFirst", "shortEdgeFirst"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "longEdgeFirst" => Self::LongEdgeFirst,
                "shortEdgeFirst" => Self::ShortEdgeFirst,
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
            Self::LongEdgeFirst => "longEdgeFirst",
            Self::ShortEdgeFirst => "shortEdgeFirst",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_enum!(PrinterFeedOrientation);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrinterFeedOrientation);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printerProcessingState`, enum type.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
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
#[cfg(msgraph_beta_print_or_search)]
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
#[cfg(msgraph_beta_print_or_search)]
rt::impl_enum!(PrinterProcessingState);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrinterProcessingState);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printerProcessingStateDetail`, enum type.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
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
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_print_or_search)]
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
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_enum!(PrinterProcessingStateDetail);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrinterProcessingStateDetail);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printerProcessingStateReason`, enum type.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrinterProcessingStateReason {
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
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::StrEnum for PrinterProcessingStateReason {
    const TYPE_NAME: &'static str = "microsoft.graph.printerProcessingStateReason";
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
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_enum!(PrinterProcessingStateReason);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrinterProcessingStateReason);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printerStatus`, complex type.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone)]
pub struct PrinterStatus {
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `details`: `Collection(microsoft.graph.printerProcessingStateDetail)`, not nullable.
    pub details: rt::Field<::std::vec::Vec<crate::beta::PrinterProcessingStateDetail>>,
    /// CSDL: property `processingState`: `microsoft.graph.printerProcessingState`, not nullable.
    pub processing_state: rt::Field<crate::beta::PrinterProcessingState>,
    /// CSDL: property `processingStateDescription`: `Edm.String`, nullable.
    pub processing_state_description: rt::Field<::std::string::String>,
    /// CSDL: property `processingStateReasons`: `Collection(microsoft.graph.printerProcessingStateReason)`, not nullable.
    pub processing_state_reasons: rt::Field<
        ::std::vec::Vec<crate::beta::PrinterProcessingStateReason>,
    >,
    /// CSDL: property `state`: `microsoft.graph.printerProcessingState`, not nullable.
    pub state: rt::Field<crate::beta::PrinterProcessingState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_search)]
impl ::std::default::Default for PrinterStatus {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            details: rt::Field::Absent,
            processing_state: rt::Field::Absent,
            processing_state_description: rt::Field::Absent,
            processing_state_reasons: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::Object for PrinterStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.printerStatus";
    const KEYS: &'static [&'static str] = &[
        "description",
        "details",
        "processingState",
        "processingStateDescription",
        "processingStateReasons",
        "state",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"details\":                      ",
        ",\"processingState\":              ",
        ",\"processingStateDescription\":   ",
        ",\"processingStateReasons\":       ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printerStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "details", &self.details);
        v.field(2usize, "processing_state", &self.processing_state);
        v.field(
            3usize,
            "processing_state_description",
            &self.processing_state_description,
        );
        v.field(4usize, "processing_state_reasons", &self.processing_state_reasons);
        v.field(5usize, "state", &self.state);
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::object::Members for PrinterStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.details.read_from(r),
            2usize => self.processing_state.read_from(r),
            3usize => self.processing_state_description.read_from(r),
            4usize => self.processing_state_reasons.read_from(r),
            5usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.details);
        w.field(2usize, &self.processing_state);
        w.field(3usize, &self.processing_state_description);
        w.field(4usize, &self.processing_state_reasons);
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
#[cfg(msgraph_beta_print_or_search)]
rt::impl_object!(PrinterStatus);
#[cfg(msgraph_beta_print_or_search)]
rt::impl_setters!(
    PrinterStatus { with_description description : ::std::string::String; with_details
    details : ::std::vec::Vec < crate ::beta::PrinterProcessingStateDetail >;
    with_processing_state processing_state : crate ::beta::PrinterProcessingState;
    with_processing_state_description processing_state_description :
    ::std::string::String; with_processing_state_reasons processing_state_reasons :
    ::std::vec::Vec < crate ::beta::PrinterProcessingStateReason >; with_state state :
    crate ::beta::PrinterProcessingState; }
);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrinterStatus);
#[cfg(msgraph_beta_privileged_access_or_search)]
/// CSDL: `microsoft.graph.privilegedAccess`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PrivilegedAccessPath`](requests/trait.PrivilegedAccessPath.html), what a path to one (`EntityPath<PrivilegedAccess, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-privileged-access`, `beta-search`.
#[derive(Clone)]
pub struct PrivilegedAccess {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `resources`: `Collection(microsoft.graph.governanceResource)`, not nullable.
    pub resources: rt::Field<::std::vec::Vec<crate::beta::GovernanceResource>>,
    /// CSDL: containment navigation property `roleAssignmentRequests`: `Collection(microsoft.graph.governanceRoleAssignmentRequest)`, not nullable.
    pub role_assignment_requests: rt::Field<
        ::std::vec::Vec<crate::beta::GovernanceRoleAssignmentRequest>,
    >,
    /// CSDL: containment navigation property `roleAssignments`: `Collection(microsoft.graph.governanceRoleAssignment)`, not nullable.
    pub role_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::GovernanceRoleAssignment>,
    >,
    /// CSDL: containment navigation property `roleDefinitions`: `Collection(microsoft.graph.governanceRoleDefinition)`, not nullable.
    pub role_definitions: rt::Field<
        ::std::vec::Vec<crate::beta::GovernanceRoleDefinition>,
    >,
    /// CSDL: containment navigation property `roleSettings`: `Collection(microsoft.graph.governanceRoleSetting)`, not nullable.
    pub role_settings: rt::Field<::std::vec::Vec<crate::beta::GovernanceRoleSetting>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_privileged_access_or_search)]
impl ::std::default::Default for PrivilegedAccess {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            resources: rt::Field::Absent,
            role_assignment_requests: rt::Field::Absent,
            role_assignments: rt::Field::Absent,
            role_definitions: rt::Field::Absent,
            role_settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_privileged_access_or_search)]
impl rt::Object for PrivilegedAccess {
    const TYPE_NAME: &'static str = "microsoft.graph.privilegedAccess";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "resources",
        "roleAssignmentRequests",
        "roleAssignments",
        "roleDefinitions",
        "roleSettings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"resources\":                    ",
        ",\"roleAssignmentRequests\":       ",
        ",\"roleAssignments\":              ",
        ",\"roleDefinitions\":              ",
        ",\"roleSettings\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.privilegedAccess\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "resources", &self.resources);
        v.field(3usize, "role_assignment_requests", &self.role_assignment_requests);
        v.field(4usize, "role_assignments", &self.role_assignments);
        v.field(5usize, "role_definitions", &self.role_definitions);
        v.field(6usize, "role_settings", &self.role_settings);
    }
}
#[cfg(msgraph_beta_privileged_access_or_search)]
impl rt::object::Members for PrivilegedAccess {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.resources.read_from(r),
            3usize => self.role_assignment_requests.read_from(r),
            4usize => self.role_assignments.read_from(r),
            5usize => self.role_definitions.read_from(r),
            6usize => self.role_settings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.resources);
        w.field(3usize, &self.role_assignment_requests);
        w.field(4usize, &self.role_assignments);
        w.field(5usize, &self.role_definitions);
        w.field(6usize, &self.role_settings);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_privileged_access_or_search)]
rt::impl_object!(PrivilegedAccess);
#[cfg(msgraph_beta_privileged_access_or_search)]
rt::impl_setters!(
    PrivilegedAccess { with_id id : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_resources resources : ::std::vec::Vec < crate
    ::beta::GovernanceResource >; with_role_assignment_requests role_assignment_requests
    : ::std::vec::Vec < crate ::beta::GovernanceRoleAssignmentRequest >;
    with_role_assignments role_assignments : ::std::vec::Vec < crate
    ::beta::GovernanceRoleAssignment >; with_role_definitions role_definitions :
    ::std::vec::Vec < crate ::beta::GovernanceRoleDefinition >; with_role_settings
    role_settings : ::std::vec::Vec < crate ::beta::GovernanceRoleSetting >; }
);
#[cfg(msgraph_beta_privileged_access_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedAccess);
#[cfg(msgraph_beta_privileged_approval_or_search)]
/// CSDL: `microsoft.graph.privilegedApproval`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PrivilegedApprovalPath`](requests/trait.PrivilegedApprovalPath.html), what a path to one (`EntityPath<PrivilegedApproval, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-privileged-approval`, `beta-search`.
#[derive(Clone)]
pub struct PrivilegedApproval {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `approvalDuration`: `Edm.Duration`, nullable.
    pub approval_duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `approvalState`: `microsoft.graph.approvalState`, nullable.
    pub approval_state: rt::Field<crate::beta::ApprovalState>,
    /// CSDL: property `approvalType`: `Edm.String`, nullable.
    pub approval_type: rt::Field<::std::string::String>,
    /// CSDL: property `approverReason`: `Edm.String`, nullable.
    pub approver_reason: rt::Field<::std::string::String>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `requestorReason`: `Edm.String`, nullable.
    pub requestor_reason: rt::Field<::std::string::String>,
    /// CSDL: property `roleId`: `Edm.String`, nullable.
    pub role_id: rt::Field<::std::string::String>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// CSDL: navigation property `request`: `microsoft.graph.privilegedRoleAssignmentRequest`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_privileged_role_assignment_requests_or_search)]
    pub request: rt::Field<crate::beta::PrivilegedRoleAssignmentRequest>,
    /// CSDL: containment navigation property `roleInfo`: `microsoft.graph.privilegedRole`, nullable.
    pub role_info: rt::Field<crate::beta::PrivilegedRole>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_privileged_approval_or_search)]
impl ::std::default::Default for PrivilegedApproval {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            approval_duration: rt::Field::Absent,
            approval_state: rt::Field::Absent,
            approval_type: rt::Field::Absent,
            approver_reason: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            requestor_reason: rt::Field::Absent,
            role_id: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            user_id: rt::Field::Absent,
            #[cfg(msgraph_beta_privileged_role_assignment_requests_or_search)]
            request: rt::Field::Absent,
            role_info: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_privileged_approval_or_search)]
impl rt::Object for PrivilegedApproval {
    const TYPE_NAME: &'static str = "microsoft.graph.privilegedApproval";
    const KEYS: &'static [&'static str] = &[
        "id",
        "approvalDuration",
        "approvalState",
        "approvalType",
        "approverReason",
        "endDateTime",
        "requestorReason",
        "roleId",
        "startDateTime",
        "userId",
        "request",
        "roleInfo",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"approvalDuration\":             ",
        ",\"approvalState\":                ",
        ",\"approvalType\":                 ",
        ",\"approverReason\":               ",
        ",\"endDateTime\":                  ",
        ",\"requestorReason\":              ",
        ",\"roleId\":                       ",
        ",\"startDateTime\":                ",
        ",\"userId\":                       ",
        ",\"request\":                      ",
        ",\"roleInfo\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.privilegedApproval\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "approval_duration", &self.approval_duration);
        v.field(2usize, "approval_state", &self.approval_state);
        v.field(3usize, "approval_type", &self.approval_type);
        v.field(4usize, "approver_reason", &self.approver_reason);
        v.field(5usize, "end_date_time", &self.end_date_time);
        v.field(6usize, "requestor_reason", &self.requestor_reason);
        v.field(7usize, "role_id", &self.role_id);
        v.field(8usize, "start_date_time", &self.start_date_time);
        v.field(9usize, "user_id", &self.user_id);
        #[cfg(msgraph_beta_privileged_role_assignment_requests_or_search)]
        v.field(10usize, "request", &self.request);
        v.field(11usize, "role_info", &self.role_info);
    }
}
#[cfg(msgraph_beta_privileged_approval_or_search)]
impl rt::object::Members for PrivilegedApproval {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.approval_duration.read_from(r),
            2usize => self.approval_state.read_from(r),
            3usize => self.approval_type.read_from(r),
            4usize => self.approver_reason.read_from(r),
            5usize => self.end_date_time.read_from(r),
            6usize => self.requestor_reason.read_from(r),
            7usize => self.role_id.read_from(r),
            8usize => self.start_date_time.read_from(r),
            9usize => self.user_id.read_from(r),
            #[cfg(msgraph_beta_privileged_role_assignment_requests_or_search)]
            10usize => self.request.read_from(r),
            11usize => self.role_info.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.approval_duration);
        w.field(2usize, &self.approval_state);
        w.field(3usize, &self.approval_type);
        w.field(4usize, &self.approver_reason);
        w.field(5usize, &self.end_date_time);
        w.field(6usize, &self.requestor_reason);
        w.field(7usize, &self.role_id);
        w.field(8usize, &self.start_date_time);
        w.field(9usize, &self.user_id);
        #[cfg(msgraph_beta_privileged_role_assignment_requests_or_search)]
        w.field(10usize, &self.request);
        w.field(11usize, &self.role_info);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_privileged_approval_or_search)]
rt::impl_object!(PrivilegedApproval);
#[cfg(msgraph_beta_privileged_approval_or_search)]
rt::impl_setters!(
    PrivilegedApproval { with_id id : ::std::string::String; with_approval_duration
    approval_duration : rt::edm::Duration; with_approval_state approval_state : crate
    ::beta::ApprovalState; with_approval_type approval_type : ::std::string::String;
    with_approver_reason approver_reason : ::std::string::String; with_end_date_time
    end_date_time : rt::edm::DateTimeOffset; with_requestor_reason requestor_reason :
    ::std::string::String; with_role_id role_id : ::std::string::String;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset; with_user_id user_id
    : ::std::string::String;
    #[cfg(msgraph_beta_privileged_role_assignment_requests_or_search)] with_request
    request : crate ::beta::PrivilegedRoleAssignmentRequest; with_role_info role_info :
    crate ::beta::PrivilegedRole; }
);
#[cfg(msgraph_beta_privileged_approval_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedApproval);
#[cfg(msgraph_beta_privileged_operation_events_or_search)]
/// CSDL: `microsoft.graph.privilegedOperationEvent`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-privileged-operation-events`, `beta-search`.
#[derive(Clone)]
pub struct PrivilegedOperationEvent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `additionalInformation`: `Edm.String`, nullable.
    pub additional_information: rt::Field<::std::string::String>,
    /// CSDL: property `creationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub creation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `referenceKey`: `Edm.String`, nullable.
    pub reference_key: rt::Field<::std::string::String>,
    /// CSDL: property `referenceSystem`: `Edm.String`, nullable.
    pub reference_system: rt::Field<::std::string::String>,
    /// CSDL: property `requestorId`: `Edm.String`, nullable.
    pub requestor_id: rt::Field<::std::string::String>,
    /// CSDL: property `requestorName`: `Edm.String`, nullable.
    pub requestor_name: rt::Field<::std::string::String>,
    /// CSDL: property `requestType`: `Edm.String`, nullable.
    pub request_type: rt::Field<::std::string::String>,
    /// CSDL: property `roleId`: `Edm.String`, nullable.
    pub role_id: rt::Field<::std::string::String>,
    /// CSDL: property `roleName`: `Edm.String`, nullable.
    pub role_name: rt::Field<::std::string::String>,
    /// CSDL: property `tenantId`: `Edm.String`, nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// CSDL: property `userMail`: `Edm.String`, nullable.
    pub user_mail: rt::Field<::std::string::String>,
    /// CSDL: property `userName`: `Edm.String`, nullable.
    pub user_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_privileged_operation_events_or_search)]
impl ::std::default::Default for PrivilegedOperationEvent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            additional_information: rt::Field::Absent,
            creation_date_time: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            reference_key: rt::Field::Absent,
            reference_system: rt::Field::Absent,
            requestor_id: rt::Field::Absent,
            requestor_name: rt::Field::Absent,
            request_type: rt::Field::Absent,
            role_id: rt::Field::Absent,
            role_name: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_mail: rt::Field::Absent,
            user_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_privileged_operation_events_or_search)]
impl rt::Object for PrivilegedOperationEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.privilegedOperationEvent";
    const KEYS: &'static [&'static str] = &[
        "id",
        "additionalInformation",
        "creationDateTime",
        "expirationDateTime",
        "referenceKey",
        "referenceSystem",
        "requestorId",
        "requestorName",
        "requestType",
        "roleId",
        "roleName",
        "tenantId",
        "userId",
        "userMail",
        "userName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"additionalInformation\":        ",
        ",\"creationDateTime\":             ",
        ",\"expirationDateTime\":           ",
        ",\"referenceKey\":                 ",
        ",\"referenceSystem\":              ",
        ",\"requestorId\":                  ",
        ",\"requestorName\":                ",
        ",\"requestType\":                  ",
        ",\"roleId\":                       ",
        ",\"roleName\":                     ",
        ",\"tenantId\":                     ",
        ",\"userId\":                       ",
        ",\"userMail\":                     ",
        ",\"userName\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.privilegedOperationEvent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "additional_information", &self.additional_information);
        v.field(2usize, "creation_date_time", &self.creation_date_time);
        v.field(3usize, "expiration_date_time", &self.expiration_date_time);
        v.field(4usize, "reference_key", &self.reference_key);
        v.field(5usize, "reference_system", &self.reference_system);
        v.field(6usize, "requestor_id", &self.requestor_id);
        v.field(7usize, "requestor_name", &self.requestor_name);
        v.field(8usize, "request_type", &self.request_type);
        v.field(9usize, "role_id", &self.role_id);
        v.field(10usize, "role_name", &self.role_name);
        v.field(11usize, "tenant_id", &self.tenant_id);
        v.field(12usize, "user_id", &self.user_id);
        v.field(13usize, "user_mail", &self.user_mail);
        v.field(14usize, "user_name", &self.user_name);
    }
}
#[cfg(msgraph_beta_privileged_operation_events_or_search)]
impl rt::object::Members for PrivilegedOperationEvent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.additional_information.read_from(r),
            2usize => self.creation_date_time.read_from(r),
            3usize => self.expiration_date_time.read_from(r),
            4usize => self.reference_key.read_from(r),
            5usize => self.reference_system.read_from(r),
            6usize => self.requestor_id.read_from(r),
            7usize => self.requestor_name.read_from(r),
            8usize => self.request_type.read_from(r),
            9usize => self.role_id.read_from(r),
            10usize => self.role_name.read_from(r),
            11usize => self.tenant_id.read_from(r),
            12usize => self.user_id.read_from(r),
            13usize => self.user_mail.read_from(r),
            14usize => self.user_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.additional_information);
        w.field(2usize, &self.creation_date_time);
        w.field(3usize, &self.expiration_date_time);
        w.field(4usize, &self.reference_key);
        w.field(5usize, &self.reference_system);
        w.field(6usize, &self.requestor_id);
        w.field(7usize, &self.requestor_name);
        w.field(8usize, &self.request_type);
        w.field(9usize, &self.role_id);
        w.field(10usize, &self.role_name);
        w.field(11usize, &self.tenant_id);
        w.field(12usize, &self.user_id);
        w.field(13usize, &self.user_mail);
        w.field(14usize, &self.user_name);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_privileged_operation_events_or_search)]
rt::impl_object!(PrivilegedOperationEvent);
#[cfg(msgraph_beta_privileged_operation_events_or_search)]
rt::impl_setters!(
    PrivilegedOperationEvent { with_id id : ::std::string::String;
    with_additional_information additional_information : ::std::string::String;
    with_creation_date_time creation_date_time : rt::edm::DateTimeOffset;
    with_expiration_date_time expiration_date_time : rt::edm::DateTimeOffset;
    with_reference_key reference_key : ::std::string::String; with_reference_system
    reference_system : ::std::string::String; with_requestor_id requestor_id :
    ::std::string::String; with_requestor_name requestor_name : ::std::string::String;
    with_request_type request_type : ::std::string::String; with_role_id role_id :
    ::std::string::String; with_role_name role_name : ::std::string::String;
    with_tenant_id tenant_id : ::std::string::String; with_user_id user_id :
    ::std::string::String; with_user_mail user_mail : ::std::string::String;
    with_user_name user_name : ::std::string::String; }
);
#[cfg(msgraph_beta_privileged_operation_events_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedOperationEvent);
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
/// CSDL: `microsoft.graph.privilegedRole`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PrivilegedRolePath`](requests/trait.PrivilegedRolePath.html), what a path to one (`EntityPath<PrivilegedRole, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-privileged-approval`, `beta-privileged-role-assignment-requests`, `beta-privileged-role-assignments`, `beta-privileged-roles`, `beta-search`.
#[derive(Clone)]
pub struct PrivilegedRole {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: navigation property `assignments`: `Collection(microsoft.graph.privilegedRoleAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::beta::PrivilegedRoleAssignment>>,
    /// CSDL: containment navigation property `settings`: `microsoft.graph.privilegedRoleSettings`, nullable.
    pub settings: rt::Field<crate::beta::PrivilegedRoleSettings>,
    /// CSDL: containment navigation property `summary`: `microsoft.graph.privilegedRoleSummary`, nullable.
    pub summary: rt::Field<crate::beta::PrivilegedRoleSummary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
impl ::std::default::Default for PrivilegedRole {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            name: rt::Field::Absent,
            assignments: rt::Field::Absent,
            settings: rt::Field::Absent,
            summary: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
impl rt::Object for PrivilegedRole {
    const TYPE_NAME: &'static str = "microsoft.graph.privilegedRole";
    const KEYS: &'static [&'static str] = &[
        "id",
        "name",
        "assignments",
        "settings",
        "summary",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"name\":                         ",
        ",\"assignments\":                  ",
        ",\"settings\":                     ",
        ",\"summary\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.privilegedRole\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "name", &self.name);
        v.field(2usize, "assignments", &self.assignments);
        v.field(3usize, "settings", &self.settings);
        v.field(4usize, "summary", &self.summary);
    }
}
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
impl rt::object::Members for PrivilegedRole {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.name.read_from(r),
            2usize => self.assignments.read_from(r),
            3usize => self.settings.read_from(r),
            4usize => self.summary.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.name);
        w.field(2usize, &self.assignments);
        w.field(3usize, &self.settings);
        w.field(4usize, &self.summary);
    }
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
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
rt::impl_object!(PrivilegedRole);
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
rt::impl_setters!(
    PrivilegedRole { with_id id : ::std::string::String; with_name name :
    ::std::string::String; with_assignments assignments : ::std::vec::Vec < crate
    ::beta::PrivilegedRoleAssignment >; with_settings settings : crate
    ::beta::PrivilegedRoleSettings; with_summary summary : crate
    ::beta::PrivilegedRoleSummary; }
);
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedRole);
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
/// CSDL: `microsoft.graph.privilegedRoleAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PrivilegedRoleAssignmentPath`](requests/trait.PrivilegedRoleAssignmentPath.html), what a path to one (`EntityPath<PrivilegedRoleAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-privileged-approval`, `beta-privileged-role-assignment-requests`, `beta-privileged-role-assignments`, `beta-privileged-roles`, `beta-search`.
#[derive(Clone)]
pub struct PrivilegedRoleAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `isElevated`: `Edm.Boolean`, nullable.
    pub is_elevated: rt::Field<bool>,
    /// CSDL: property `resultMessage`: `Edm.String`, nullable.
    pub result_message: rt::Field<::std::string::String>,
    /// CSDL: property `roleId`: `Edm.String`, not nullable.
    pub role_id: rt::Field<::std::string::String>,
    /// CSDL: property `userId`: `Edm.String`, not nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `roleInfo`: `microsoft.graph.privilegedRole`, nullable.
    pub role_info: rt::Field<crate::beta::PrivilegedRole>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
impl ::std::default::Default for PrivilegedRoleAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            is_elevated: rt::Field::Absent,
            result_message: rt::Field::Absent,
            role_id: rt::Field::Absent,
            user_id: rt::Field::Absent,
            role_info: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
impl rt::Object for PrivilegedRoleAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.privilegedRoleAssignment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "expirationDateTime",
        "isElevated",
        "resultMessage",
        "roleId",
        "userId",
        "roleInfo",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"expirationDateTime\":           ",
        ",\"isElevated\":                   ",
        ",\"resultMessage\":                ",
        ",\"roleId\":                       ",
        ",\"userId\":                       ",
        ",\"roleInfo\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.privilegedRoleAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "expiration_date_time", &self.expiration_date_time);
        v.field(2usize, "is_elevated", &self.is_elevated);
        v.field(3usize, "result_message", &self.result_message);
        v.field(4usize, "role_id", &self.role_id);
        v.field(5usize, "user_id", &self.user_id);
        v.field(6usize, "role_info", &self.role_info);
    }
}
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
impl rt::object::Members for PrivilegedRoleAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.expiration_date_time.read_from(r),
            2usize => self.is_elevated.read_from(r),
            3usize => self.result_message.read_from(r),
            4usize => self.role_id.read_from(r),
            5usize => self.user_id.read_from(r),
            6usize => self.role_info.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.expiration_date_time);
        w.field(2usize, &self.is_elevated);
        w.field(3usize, &self.result_message);
        w.field(4usize, &self.role_id);
        w.field(5usize, &self.user_id);
        w.field(6usize, &self.role_info);
    }
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
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
rt::impl_object!(PrivilegedRoleAssignment);
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
rt::impl_setters!(
    PrivilegedRoleAssignment { with_id id : ::std::string::String;
    with_expiration_date_time expiration_date_time : rt::edm::DateTimeOffset;
    with_is_elevated is_elevated : bool; with_result_message result_message :
    ::std::string::String; with_role_id role_id : ::std::string::String; with_user_id
    user_id : ::std::string::String; with_role_info role_info : crate
    ::beta::PrivilegedRole; }
);
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedRoleAssignment);
#[cfg(msgraph_beta_privileged_role_assignment_requests_or_search)]
/// CSDL: `microsoft.graph.privilegedRoleAssignmentRequest`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PrivilegedRoleAssignmentRequestPath`](requests/trait.PrivilegedRoleAssignmentRequestPath.html), what a path to one (`EntityPath<PrivilegedRoleAssignmentRequest, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-privileged-role-assignment-requests`, `beta-search`.
#[derive(Clone)]
pub struct PrivilegedRoleAssignmentRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `assignmentState`: `Edm.String`, nullable.
    pub assignment_state: rt::Field<::std::string::String>,
    /// CSDL: property `duration`: `Edm.String`, nullable.
    pub duration: rt::Field<::std::string::String>,
    /// CSDL: property `reason`: `Edm.String`, nullable.
    pub reason: rt::Field<::std::string::String>,
    /// CSDL: property `requestedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub requested_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `roleId`: `Edm.String`, nullable.
    pub role_id: rt::Field<::std::string::String>,
    /// CSDL: property `schedule`: `microsoft.graph.governanceSchedule`, nullable.
    pub schedule: rt::Field<crate::beta::GovernanceSchedule>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: property `ticketNumber`: `Edm.String`, nullable.
    pub ticket_number: rt::Field<::std::string::String>,
    /// CSDL: property `ticketSystem`: `Edm.String`, nullable.
    pub ticket_system: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `roleInfo`: `microsoft.graph.privilegedRole`, nullable.
    pub role_info: rt::Field<crate::beta::PrivilegedRole>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_privileged_role_assignment_requests_or_search)]
impl ::std::default::Default for PrivilegedRoleAssignmentRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            assignment_state: rt::Field::Absent,
            duration: rt::Field::Absent,
            reason: rt::Field::Absent,
            requested_date_time: rt::Field::Absent,
            role_id: rt::Field::Absent,
            schedule: rt::Field::Absent,
            status: rt::Field::Absent,
            ticket_number: rt::Field::Absent,
            ticket_system: rt::Field::Absent,
            type_: rt::Field::Absent,
            user_id: rt::Field::Absent,
            role_info: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_privileged_role_assignment_requests_or_search)]
impl rt::Object for PrivilegedRoleAssignmentRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.privilegedRoleAssignmentRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "assignmentState",
        "duration",
        "reason",
        "requestedDateTime",
        "roleId",
        "schedule",
        "status",
        "ticketNumber",
        "ticketSystem",
        "type",
        "userId",
        "roleInfo",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"assignmentState\":              ",
        ",\"duration\":                     ",
        ",\"reason\":                       ",
        ",\"requestedDateTime\":            ",
        ",\"roleId\":                       ",
        ",\"schedule\":                     ",
        ",\"status\":                       ",
        ",\"ticketNumber\":                 ",
        ",\"ticketSystem\":                 ",
        ",\"type\":                         ",
        ",\"userId\":                       ",
        ",\"roleInfo\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.privilegedRoleAssignmentRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "assignment_state", &self.assignment_state);
        v.field(2usize, "duration", &self.duration);
        v.field(3usize, "reason", &self.reason);
        v.field(4usize, "requested_date_time", &self.requested_date_time);
        v.field(5usize, "role_id", &self.role_id);
        v.field(6usize, "schedule", &self.schedule);
        v.field(7usize, "status", &self.status);
        v.field(8usize, "ticket_number", &self.ticket_number);
        v.field(9usize, "ticket_system", &self.ticket_system);
        v.field(10usize, "type_", &self.type_);
        v.field(11usize, "user_id", &self.user_id);
        v.field(12usize, "role_info", &self.role_info);
    }
}
#[cfg(msgraph_beta_privileged_role_assignment_requests_or_search)]
impl rt::object::Members for PrivilegedRoleAssignmentRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.assignment_state.read_from(r),
            2usize => self.duration.read_from(r),
            3usize => self.reason.read_from(r),
            4usize => self.requested_date_time.read_from(r),
            5usize => self.role_id.read_from(r),
            6usize => self.schedule.read_from(r),
            7usize => self.status.read_from(r),
            8usize => self.ticket_number.read_from(r),
            9usize => self.ticket_system.read_from(r),
            10usize => self.type_.read_from(r),
            11usize => self.user_id.read_from(r),
            12usize => self.role_info.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.assignment_state);
        w.field(2usize, &self.duration);
        w.field(3usize, &self.reason);
        w.field(4usize, &self.requested_date_time);
        w.field(5usize, &self.role_id);
        w.field(6usize, &self.schedule);
        w.field(7usize, &self.status);
        w.field(8usize, &self.ticket_number);
        w.field(9usize, &self.ticket_system);
        w.field(10usize, &self.type_);
        w.field(11usize, &self.user_id);
        w.field(12usize, &self.role_info);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_privileged_role_assignment_requests_or_search)]
rt::impl_object!(PrivilegedRoleAssignmentRequest);
#[cfg(msgraph_beta_privileged_role_assignment_requests_or_search)]
rt::impl_setters!(
    PrivilegedRoleAssignmentRequest { with_id id : ::std::string::String;
    with_assignment_state assignment_state : ::std::string::String; with_duration
    duration : ::std::string::String; with_reason reason : ::std::string::String;
    with_requested_date_time requested_date_time : rt::edm::DateTimeOffset; with_role_id
    role_id : ::std::string::String; with_schedule schedule : crate
    ::beta::GovernanceSchedule; with_status status : ::std::string::String;
    with_ticket_number ticket_number : ::std::string::String; with_ticket_system
    ticket_system : ::std::string::String; with_type type_ : ::std::string::String;
    with_user_id user_id : ::std::string::String; with_role_info role_info : crate
    ::beta::PrivilegedRole; }
);
#[cfg(msgraph_beta_privileged_role_assignment_requests_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedRoleAssignmentRequest);
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
/// CSDL: `microsoft.graph.privilegedRoleSettings`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-privileged-approval`, `beta-privileged-role-assignment-requests`, `beta-privileged-role-assignments`, `beta-privileged-roles`, `beta-search`.
#[derive(Clone)]
pub struct PrivilegedRoleSettings {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `approvalOnElevation`: `Edm.Boolean`, nullable.
    pub approval_on_elevation: rt::Field<bool>,
    /// CSDL: property `approverIds`: `Collection(Edm.String)`, nullable.
    pub approver_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `elevationDuration`: `Edm.Duration`, nullable.
    pub elevation_duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `isMfaOnElevationConfigurable`: `Edm.Boolean`, nullable.
    pub is_mfa_on_elevation_configurable: rt::Field<bool>,
    /// CSDL: property `lastGlobalAdmin`: `Edm.Boolean`, nullable.
    pub last_global_admin: rt::Field<bool>,
    /// CSDL: property `maxElavationDuration`: `Edm.Duration`, nullable.
    pub max_elavation_duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `mfaOnElevation`: `Edm.Boolean`, nullable.
    pub mfa_on_elevation: rt::Field<bool>,
    /// CSDL: property `minElevationDuration`: `Edm.Duration`, nullable.
    pub min_elevation_duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `notificationToUserOnElevation`: `Edm.Boolean`, nullable.
    pub notification_to_user_on_elevation: rt::Field<bool>,
    /// CSDL: property `ticketingInfoOnElevation`: `Edm.Boolean`, nullable.
    pub ticketing_info_on_elevation: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
impl ::std::default::Default for PrivilegedRoleSettings {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            approval_on_elevation: rt::Field::Absent,
            approver_ids: rt::Field::Absent,
            elevation_duration: rt::Field::Absent,
            is_mfa_on_elevation_configurable: rt::Field::Absent,
            last_global_admin: rt::Field::Absent,
            max_elavation_duration: rt::Field::Absent,
            mfa_on_elevation: rt::Field::Absent,
            min_elevation_duration: rt::Field::Absent,
            notification_to_user_on_elevation: rt::Field::Absent,
            ticketing_info_on_elevation: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
impl rt::Object for PrivilegedRoleSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.privilegedRoleSettings";
    const KEYS: &'static [&'static str] = &[
        "id",
        "approvalOnElevation",
        "approverIds",
        "elevationDuration",
        "isMfaOnElevationConfigurable",
        "lastGlobalAdmin",
        "maxElavationDuration",
        "mfaOnElevation",
        "minElevationDuration",
        "notificationToUserOnElevation",
        "ticketingInfoOnElevation",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"approvalOnElevation\":          ",
        ",\"approverIds\":                  ",
        ",\"elevationDuration\":            ",
        ",\"isMfaOnElevationConfigurable\": ",
        ",\"lastGlobalAdmin\":              ",
        ",\"maxElavationDuration\":         ",
        ",\"mfaOnElevation\":               ",
        ",\"minElevationDuration\":         ",
        ",\"notificationToUserOnElevation\":",
        ",\"ticketingInfoOnElevation\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.privilegedRoleSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "approval_on_elevation", &self.approval_on_elevation);
        v.field(2usize, "approver_ids", &self.approver_ids);
        v.field(3usize, "elevation_duration", &self.elevation_duration);
        v.field(
            4usize,
            "is_mfa_on_elevation_configurable",
            &self.is_mfa_on_elevation_configurable,
        );
        v.field(5usize, "last_global_admin", &self.last_global_admin);
        v.field(6usize, "max_elavation_duration", &self.max_elavation_duration);
        v.field(7usize, "mfa_on_elevation", &self.mfa_on_elevation);
        v.field(8usize, "min_elevation_duration", &self.min_elevation_duration);
        v.field(
            9usize,
            "notification_to_user_on_elevation",
            &self.notification_to_user_on_elevation,
        );
        v.field(
            10usize,
            "ticketing_info_on_elevation",
            &self.ticketing_info_on_elevation,
        );
    }
}
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
impl rt::object::Members for PrivilegedRoleSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.approval_on_elevation.read_from(r),
            2usize => self.approver_ids.read_from(r),
            3usize => self.elevation_duration.read_from(r),
            4usize => self.is_mfa_on_elevation_configurable.read_from(r),
            5usize => self.last_global_admin.read_from(r),
            6usize => self.max_elavation_duration.read_from(r),
            7usize => self.mfa_on_elevation.read_from(r),
            8usize => self.min_elevation_duration.read_from(r),
            9usize => self.notification_to_user_on_elevation.read_from(r),
            10usize => self.ticketing_info_on_elevation.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.approval_on_elevation);
        w.field(2usize, &self.approver_ids);
        w.field(3usize, &self.elevation_duration);
        w.field(4usize, &self.is_mfa_on_elevation_configurable);
        w.field(5usize, &self.last_global_admin);
        w.field(6usize, &self.max_elavation_duration);
        w.field(7usize, &self.mfa_on_elevation);
        w.field(8usize, &self.min_elevation_duration);
        w.field(9usize, &self.notification_to_user_on_elevation);
        w.field(10usize, &self.ticketing_info_on_elevation);
    }
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
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
rt::impl_object!(PrivilegedRoleSettings);
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
rt::impl_setters!(
    PrivilegedRoleSettings { with_id id : ::std::string::String;
    with_approval_on_elevation approval_on_elevation : bool; with_approver_ids
    approver_ids : ::std::vec::Vec < ::std::string::String >; with_elevation_duration
    elevation_duration : rt::edm::Duration; with_is_mfa_on_elevation_configurable
    is_mfa_on_elevation_configurable : bool; with_last_global_admin last_global_admin :
    bool; with_max_elavation_duration max_elavation_duration : rt::edm::Duration;
    with_mfa_on_elevation mfa_on_elevation : bool; with_min_elevation_duration
    min_elevation_duration : rt::edm::Duration; with_notification_to_user_on_elevation
    notification_to_user_on_elevation : bool; with_ticketing_info_on_elevation
    ticketing_info_on_elevation : bool; }
);
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedRoleSettings);
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
/// CSDL: `microsoft.graph.privilegedRoleSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-privileged-approval`, `beta-privileged-role-assignment-requests`, `beta-privileged-role-assignments`, `beta-privileged-roles`, `beta-search`.
#[derive(Clone)]
pub struct PrivilegedRoleSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `elevatedCount`: `Edm.Int32`, nullable.
    pub elevated_count: rt::Field<i32>,
    /// CSDL: property `managedCount`: `Edm.Int32`, nullable.
    pub managed_count: rt::Field<i32>,
    /// CSDL: property `mfaEnabled`: `Edm.Boolean`, nullable.
    pub mfa_enabled: rt::Field<bool>,
    /// CSDL: property `status`: `microsoft.graph.roleSummaryStatus`, nullable.
    pub status: rt::Field<crate::beta::RoleSummaryStatus>,
    /// CSDL: property `usersCount`: `Edm.Int32`, nullable.
    pub users_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
impl ::std::default::Default for PrivilegedRoleSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            elevated_count: rt::Field::Absent,
            managed_count: rt::Field::Absent,
            mfa_enabled: rt::Field::Absent,
            status: rt::Field::Absent,
            users_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
impl rt::Object for PrivilegedRoleSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.privilegedRoleSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "elevatedCount",
        "managedCount",
        "mfaEnabled",
        "status",
        "usersCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"elevatedCount\":                ",
        ",\"managedCount\":                 ",
        ",\"mfaEnabled\":                   ",
        ",\"status\":                       ",
        ",\"usersCount\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.privilegedRoleSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "elevated_count", &self.elevated_count);
        v.field(2usize, "managed_count", &self.managed_count);
        v.field(3usize, "mfa_enabled", &self.mfa_enabled);
        v.field(4usize, "status", &self.status);
        v.field(5usize, "users_count", &self.users_count);
    }
}
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
impl rt::object::Members for PrivilegedRoleSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.elevated_count.read_from(r),
            2usize => self.managed_count.read_from(r),
            3usize => self.mfa_enabled.read_from(r),
            4usize => self.status.read_from(r),
            5usize => self.users_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.elevated_count);
        w.field(2usize, &self.managed_count);
        w.field(3usize, &self.mfa_enabled);
        w.field(4usize, &self.status);
        w.field(5usize, &self.users_count);
    }
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
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
rt::impl_object!(PrivilegedRoleSummary);
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
rt::impl_setters!(
    PrivilegedRoleSummary { with_id id : ::std::string::String; with_elevated_count
    elevated_count : i32; with_managed_count managed_count : i32; with_mfa_enabled
    mfa_enabled : bool; with_status status : crate ::beta::RoleSummaryStatus;
    with_users_count users_count : i32; }
);
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedRoleSummary);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.process`, complex type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct Process {
    /// CSDL: property `accountName`: `Edm.String`, nullable.
    pub account_name: rt::Field<::std::string::String>,
    /// CSDL: property `commandLine`: `Edm.String`, nullable.
    pub command_line: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `fileHash`: `microsoft.graph.fileHash`, nullable.
    pub file_hash: rt::Field<crate::beta::FileHash>,
    /// CSDL: property `integrityLevel`: `microsoft.graph.processIntegrityLevel`, nullable.
    pub integrity_level: rt::Field<crate::beta::ProcessIntegrityLevel>,
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
#[cfg(msgraph_beta_search_or_security)]
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
#[cfg(msgraph_beta_search_or_security)]
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
#[cfg(msgraph_beta_search_or_security)]
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
#[cfg(msgraph_beta_search_or_security)]
rt::impl_object!(Process);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    Process { with_account_name account_name : ::std::string::String; with_command_line
    command_line : ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_file_hash file_hash : crate ::beta::FileHash;
    with_integrity_level integrity_level : crate ::beta::ProcessIntegrityLevel;
    with_is_elevated is_elevated : bool; with_name name : ::std::string::String;
    with_parent_process_created_date_time parent_process_created_date_time :
    rt::edm::DateTimeOffset; with_parent_process_id parent_process_id : i32;
    with_parent_process_name parent_process_name : ::std::string::String; with_path path
    : ::std::string::String; with_process_id process_id : i32; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(Process);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.processIntegrityLevel`, enum type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
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
#[cfg(msgraph_beta_search_or_security)]
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
#[cfg(msgraph_beta_search_or_security)]
rt::impl_enum!(ProcessIntegrityLevel);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProcessIntegrityLevel);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.profile`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ProfilePath`](requests/trait.ProfilePath.html), what a path to one (`EntityPath<Profile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Profile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `account`: `Collection(microsoft.graph.userAccountInformation)`, not nullable.
    pub account: rt::Field<::std::vec::Vec<crate::beta::UserAccountInformation>>,
    /// CSDL: containment navigation property `addresses`: `Collection(microsoft.graph.itemAddress)`, not nullable.
    pub addresses: rt::Field<::std::vec::Vec<crate::beta::ItemAddress>>,
    /// CSDL: containment navigation property `anniversaries`: `Collection(microsoft.graph.personAnnualEvent)`, not nullable.
    pub anniversaries: rt::Field<::std::vec::Vec<crate::beta::PersonAnnualEvent>>,
    /// CSDL: containment navigation property `awards`: `Collection(microsoft.graph.personAward)`, not nullable.
    pub awards: rt::Field<::std::vec::Vec<crate::beta::PersonAward>>,
    /// CSDL: containment navigation property `certifications`: `Collection(microsoft.graph.personCertification)`, not nullable.
    pub certifications: rt::Field<::std::vec::Vec<crate::beta::PersonCertification>>,
    /// CSDL: containment navigation property `educationalActivities`: `Collection(microsoft.graph.educationalActivity)`, not nullable.
    pub educational_activities: rt::Field<
        ::std::vec::Vec<crate::beta::EducationalActivity>,
    >,
    /// CSDL: containment navigation property `emails`: `Collection(microsoft.graph.itemEmail)`, not nullable.
    pub emails: rt::Field<::std::vec::Vec<crate::beta::ItemEmail>>,
    /// CSDL: containment navigation property `interests`: `Collection(microsoft.graph.personInterest)`, not nullable.
    pub interests: rt::Field<::std::vec::Vec<crate::beta::PersonInterest>>,
    /// CSDL: containment navigation property `languages`: `Collection(microsoft.graph.languageProficiency)`, not nullable.
    pub languages: rt::Field<::std::vec::Vec<crate::beta::LanguageProficiency>>,
    /// CSDL: containment navigation property `names`: `Collection(microsoft.graph.personName)`, not nullable.
    pub names: rt::Field<::std::vec::Vec<crate::beta::PersonName>>,
    /// CSDL: containment navigation property `notes`: `Collection(microsoft.graph.personAnnotation)`, not nullable.
    pub notes: rt::Field<::std::vec::Vec<crate::beta::PersonAnnotation>>,
    /// CSDL: containment navigation property `patents`: `Collection(microsoft.graph.itemPatent)`, not nullable.
    pub patents: rt::Field<::std::vec::Vec<crate::beta::ItemPatent>>,
    /// CSDL: containment navigation property `phones`: `Collection(microsoft.graph.itemPhone)`, not nullable.
    pub phones: rt::Field<::std::vec::Vec<crate::beta::ItemPhone>>,
    /// CSDL: containment navigation property `positions`: `Collection(microsoft.graph.workPosition)`, not nullable.
    pub positions: rt::Field<::std::vec::Vec<crate::beta::WorkPosition>>,
    /// CSDL: containment navigation property `projects`: `Collection(microsoft.graph.projectParticipation)`, not nullable.
    pub projects: rt::Field<::std::vec::Vec<crate::beta::ProjectParticipation>>,
    /// CSDL: containment navigation property `publications`: `Collection(microsoft.graph.itemPublication)`, not nullable.
    pub publications: rt::Field<::std::vec::Vec<crate::beta::ItemPublication>>,
    /// CSDL: containment navigation property `skills`: `Collection(microsoft.graph.skillProficiency)`, not nullable.
    pub skills: rt::Field<::std::vec::Vec<crate::beta::SkillProficiency>>,
    /// CSDL: containment navigation property `webAccounts`: `Collection(microsoft.graph.webAccount)`, not nullable.
    pub web_accounts: rt::Field<::std::vec::Vec<crate::beta::WebAccount>>,
    /// CSDL: containment navigation property `websites`: `Collection(microsoft.graph.personWebsite)`, not nullable.
    pub websites: rt::Field<::std::vec::Vec<crate::beta::PersonWebsite>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Profile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            account: rt::Field::Absent,
            addresses: rt::Field::Absent,
            anniversaries: rt::Field::Absent,
            awards: rt::Field::Absent,
            certifications: rt::Field::Absent,
            educational_activities: rt::Field::Absent,
            emails: rt::Field::Absent,
            interests: rt::Field::Absent,
            languages: rt::Field::Absent,
            names: rt::Field::Absent,
            notes: rt::Field::Absent,
            patents: rt::Field::Absent,
            phones: rt::Field::Absent,
            positions: rt::Field::Absent,
            projects: rt::Field::Absent,
            publications: rt::Field::Absent,
            skills: rt::Field::Absent,
            web_accounts: rt::Field::Absent,
            websites: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for Profile {
    const TYPE_NAME: &'static str = "microsoft.graph.profile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "account",
        "addresses",
        "anniversaries",
        "awards",
        "certifications",
        "educationalActivities",
        "emails",
        "interests",
        "languages",
        "names",
        "notes",
        "patents",
        "phones",
        "positions",
        "projects",
        "publications",
        "skills",
        "webAccounts",
        "websites",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"account\":                      ",
        ",\"addresses\":                    ",
        ",\"anniversaries\":                ",
        ",\"awards\":                       ",
        ",\"certifications\":               ",
        ",\"educationalActivities\":        ",
        ",\"emails\":                       ",
        ",\"interests\":                    ",
        ",\"languages\":                    ",
        ",\"names\":                        ",
        ",\"notes\":                        ",
        ",\"patents\":                      ",
        ",\"phones\":                       ",
        ",\"positions\":                    ",
        ",\"projects\":                     ",
        ",\"publications\":                 ",
        ",\"skills\":                       ",
        ",\"webAccounts\":                  ",
        ",\"websites\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.profile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "account", &self.account);
        v.field(2usize, "addresses", &self.addresses);
        v.field(3usize, "anniversaries", &self.anniversaries);
        v.field(4usize, "awards", &self.awards);
        v.field(5usize, "certifications", &self.certifications);
        v.field(6usize, "educational_activities", &self.educational_activities);
        v.field(7usize, "emails", &self.emails);
        v.field(8usize, "interests", &self.interests);
        v.field(9usize, "languages", &self.languages);
        v.field(10usize, "names", &self.names);
        v.field(11usize, "notes", &self.notes);
        v.field(12usize, "patents", &self.patents);
        v.field(13usize, "phones", &self.phones);
        v.field(14usize, "positions", &self.positions);
        v.field(15usize, "projects", &self.projects);
        v.field(16usize, "publications", &self.publications);
        v.field(17usize, "skills", &self.skills);
        v.field(18usize, "web_accounts", &self.web_accounts);
        v.field(19usize, "websites", &self.websites);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Profile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.account.read_from(r),
            2usize => self.addresses.read_from(r),
            3usize => self.anniversaries.read_from(r),
            4usize => self.awards.read_from(r),
            5usize => self.certifications.read_from(r),
            6usize => self.educational_activities.read_from(r),
            7usize => self.emails.read_from(r),
            8usize => self.interests.read_from(r),
            9usize => self.languages.read_from(r),
            10usize => self.names.read_from(r),
            11usize => self.notes.read_from(r),
            12usize => self.patents.read_from(r),
            13usize => self.phones.read_from(r),
            14usize => self.positions.read_from(r),
            15usize => self.projects.read_from(r),
            16usize => self.publications.read_from(r),
            17usize => self.skills.read_from(r),
            18usize => self.web_accounts.read_from(r),
            19usize => self.websites.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.account);
        w.field(2usize, &self.addresses);
        w.field(3usize, &self.anniversaries);
        w.field(4usize, &self.awards);
        w.field(5usize, &self.certifications);
        w.field(6usize, &self.educational_activities);
        w.field(7usize, &self.emails);
        w.field(8usize, &self.interests);
        w.field(9usize, &self.languages);
        w.field(10usize, &self.names);
        w.field(11usize, &self.notes);
        w.field(12usize, &self.patents);
        w.field(13usize, &self.phones);
        w.field(14usize, &self.positions);
        w.field(15usize, &self.projects);
        w.field(16usize, &self.publications);
        w.field(17usize, &self.skills);
        w.field(18usize, &self.web_accounts);
        w.field(19usize, &self.websites);
    }
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
rt::impl_object!(Profile);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    Profile { with_id id : ::std::string::String; with_account account : ::std::vec::Vec
    < crate ::beta::UserAccountInformation >; with_addresses addresses : ::std::vec::Vec
    < crate ::beta::ItemAddress >; with_anniversaries anniversaries : ::std::vec::Vec <
    crate ::beta::PersonAnnualEvent >; with_awards awards : ::std::vec::Vec < crate
    ::beta::PersonAward >; with_certifications certifications : ::std::vec::Vec < crate
    ::beta::PersonCertification >; with_educational_activities educational_activities :
    ::std::vec::Vec < crate ::beta::EducationalActivity >; with_emails emails :
    ::std::vec::Vec < crate ::beta::ItemEmail >; with_interests interests :
    ::std::vec::Vec < crate ::beta::PersonInterest >; with_languages languages :
    ::std::vec::Vec < crate ::beta::LanguageProficiency >; with_names names :
    ::std::vec::Vec < crate ::beta::PersonName >; with_notes notes : ::std::vec::Vec <
    crate ::beta::PersonAnnotation >; with_patents patents : ::std::vec::Vec < crate
    ::beta::ItemPatent >; with_phones phones : ::std::vec::Vec < crate ::beta::ItemPhone
    >; with_positions positions : ::std::vec::Vec < crate ::beta::WorkPosition >;
    with_projects projects : ::std::vec::Vec < crate ::beta::ProjectParticipation >;
    with_publications publications : ::std::vec::Vec < crate ::beta::ItemPublication >;
    with_skills skills : ::std::vec::Vec < crate ::beta::SkillProficiency >;
    with_web_accounts web_accounts : ::std::vec::Vec < crate ::beta::WebAccount >;
    with_websites websites : ::std::vec::Vec < crate ::beta::PersonWebsite >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Profile);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.profilePhoto`, entity type, derived from `microsoft.graph.entity`, media entity, key `id`.
///
/// Request builders: [`ProfilePhotoPath`](requests/trait.ProfilePhotoPath.html), what a path to one (`EntityPath<ProfilePhoto, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ProfilePhoto {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `height`: `Edm.Int32`, nullable.
    pub height: rt::Field<i32>,
    /// CSDL: property `width`: `Edm.Int32`, nullable.
    pub width: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ProfilePhoto {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            height: rt::Field::Absent,
            width: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ProfilePhoto {
    const TYPE_NAME: &'static str = "microsoft.graph.profilePhoto";
    const KEYS: &'static [&'static str] = &["id", "height", "width"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"height\":                       ",
        ",\"width\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.profilePhoto\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "height", &self.height);
        v.field(2usize, "width", &self.width);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ProfilePhoto {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.height.read_from(r),
            2usize => self.width.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.height);
        w.field(2usize, &self.width);
    }
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
rt::impl_object!(ProfilePhoto);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ProfilePhoto { with_id id : ::std::string::String; with_height height : i32;
    with_width width : i32; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProfilePhoto);
#[cfg(msgraph_beta_program_controls_or_programs_or_search)]
/// CSDL: `microsoft.graph.program`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ProgramPath`](requests/trait.ProgramPath.html), what a path to one (`EntityPath<Program, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-program-controls`, `beta-programs`, `beta-search`.
#[derive(Clone)]
pub struct Program {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, not nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `controls`: `Collection(microsoft.graph.programControl)`, not nullable.
    pub controls: rt::Field<::std::vec::Vec<crate::beta::ProgramControl>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_program_controls_or_programs_or_search)]
impl ::std::default::Default for Program {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            controls: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_program_controls_or_programs_or_search)]
impl rt::Object for Program {
    const TYPE_NAME: &'static str = "microsoft.graph.program";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "controls",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"controls\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.program\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "controls", &self.controls);
    }
}
#[cfg(msgraph_beta_program_controls_or_programs_or_search)]
impl rt::object::Members for Program {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.controls.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.controls);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_program_controls_or_programs_or_search)]
rt::impl_object!(Program);
#[cfg(msgraph_beta_program_controls_or_programs_or_search)]
rt::impl_setters!(
    Program { with_id id : ::std::string::String; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_controls controls : ::std::vec::Vec < crate ::beta::ProgramControl >; }
);
#[cfg(msgraph_beta_program_controls_or_programs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Program);
#[cfg(msgraph_beta_program_controls_or_programs_or_search)]
/// CSDL: `microsoft.graph.programControl`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ProgramControlPath`](requests/trait.ProgramControlPath.html), what a path to one (`EntityPath<ProgramControl, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-program-controls`, `beta-programs`, `beta-search`.
#[derive(Clone)]
pub struct ProgramControl {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `controlId`: `Edm.String`, not nullable.
    pub control_id: rt::Field<::std::string::String>,
    /// CSDL: property `controlTypeId`: `Edm.String`, not nullable.
    pub control_type_id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `owner`: `microsoft.graph.userIdentity`, nullable.
    pub owner: rt::Field<crate::beta::UserIdentity>,
    /// CSDL: property `programId`: `Edm.String`, not nullable.
    pub program_id: rt::Field<::std::string::String>,
    /// CSDL: property `resource`: `microsoft.graph.programResource`, nullable.
    pub resource: rt::Field<crate::beta::ProgramResource>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `program`: `microsoft.graph.program`, nullable.
    pub program: rt::Field<crate::beta::Program>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_program_controls_or_programs_or_search)]
impl ::std::default::Default for ProgramControl {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            control_id: rt::Field::Absent,
            control_type_id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            owner: rt::Field::Absent,
            program_id: rt::Field::Absent,
            resource: rt::Field::Absent,
            status: rt::Field::Absent,
            program: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_program_controls_or_programs_or_search)]
impl rt::Object for ProgramControl {
    const TYPE_NAME: &'static str = "microsoft.graph.programControl";
    const KEYS: &'static [&'static str] = &[
        "id",
        "controlId",
        "controlTypeId",
        "createdDateTime",
        "displayName",
        "owner",
        "programId",
        "resource",
        "status",
        "program",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"controlId\":                    ",
        ",\"controlTypeId\":                ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"owner\":                        ",
        ",\"programId\":                    ",
        ",\"resource\":                     ",
        ",\"status\":                       ",
        ",\"program\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.programControl\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "control_id", &self.control_id);
        v.field(2usize, "control_type_id", &self.control_type_id);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "owner", &self.owner);
        v.field(6usize, "program_id", &self.program_id);
        v.field(7usize, "resource", &self.resource);
        v.field(8usize, "status", &self.status);
        v.field(9usize, "program", &self.program);
    }
}
#[cfg(msgraph_beta_program_controls_or_programs_or_search)]
impl rt::object::Members for ProgramControl {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.control_id.read_from(r),
            2usize => self.control_type_id.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.owner.read_from(r),
            6usize => self.program_id.read_from(r),
            7usize => self.resource.read_from(r),
            8usize => self.status.read_from(r),
            9usize => self.program.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.control_id);
        w.field(2usize, &self.control_type_id);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.owner);
        w.field(6usize, &self.program_id);
        w.field(7usize, &self.resource);
        w.field(8usize, &self.status);
        w.field(9usize, &self.program);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_program_controls_or_programs_or_search)]
rt::impl_object!(ProgramControl);
#[cfg(msgraph_beta_program_controls_or_programs_or_search)]
rt::impl_setters!(
    ProgramControl { with_id id : ::std::string::String; with_control_id control_id :
    ::std::string::String; with_control_type_id control_type_id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_owner owner : crate ::beta::UserIdentity;
    with_program_id program_id : ::std::string::String; with_resource resource : crate
    ::beta::ProgramResource; with_status status : ::std::string::String; with_program
    program : crate ::beta::Program; }
);
#[cfg(msgraph_beta_program_controls_or_programs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProgramControl);
#[cfg(msgraph_beta_program_control_types_or_search)]
/// CSDL: `microsoft.graph.programControlType`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-program-control-types`, `beta-search`.
#[derive(Clone)]
pub struct ProgramControlType {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `controlTypeGroupId`: `Edm.String`, nullable.
    pub control_type_group_id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_program_control_types_or_search)]
impl ::std::default::Default for ProgramControlType {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            control_type_group_id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_program_control_types_or_search)]
impl rt::Object for ProgramControlType {
    const TYPE_NAME: &'static str = "microsoft.graph.programControlType";
    const KEYS: &'static [&'static str] = &["id", "controlTypeGroupId", "displayName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"controlTypeGroupId\":           ",
        ",\"displayName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.programControlType\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "control_type_group_id", &self.control_type_group_id);
        v.field(2usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_beta_program_control_types_or_search)]
impl rt::object::Members for ProgramControlType {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.control_type_group_id.read_from(r),
            2usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.control_type_group_id);
        w.field(2usize, &self.display_name);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_program_control_types_or_search)]
rt::impl_object!(ProgramControlType);
#[cfg(msgraph_beta_program_control_types_or_search)]
rt::impl_setters!(
    ProgramControlType { with_id id : ::std::string::String; with_control_type_group_id
    control_type_group_id : ::std::string::String; with_display_name display_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_program_control_types_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProgramControlType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.projectParticipation`, entity type, derived from `microsoft.graph.itemFacet`, key `id`.
///
/// Request builders: [`ProjectParticipationPath`](requests/trait.ProjectParticipationPath.html), what a path to one (`EntityPath<ProjectParticipation, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ProjectParticipation {
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
    /// CSDL: property `client`: `microsoft.graph.companyDetail`, nullable.
    pub client: rt::Field<crate::beta::CompanyDetail>,
    /// CSDL: property `collaborationTags`: `Collection(Edm.String)`, nullable.
    pub collaboration_tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `colleagues`: `Collection(microsoft.graph.relatedPerson)`, nullable.
    pub colleagues: rt::Field<::std::vec::Vec<crate::beta::RelatedPerson>>,
    /// CSDL: property `detail`: `microsoft.graph.positionDetail`, nullable.
    pub detail: rt::Field<crate::beta::PositionDetail>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `sponsors`: `Collection(microsoft.graph.relatedPerson)`, nullable.
    pub sponsors: rt::Field<::std::vec::Vec<crate::beta::RelatedPerson>>,
    /// CSDL: property `thumbnailUrl`: `Edm.String`, nullable.
    pub thumbnail_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ProjectParticipation {
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
            client: rt::Field::Absent,
            collaboration_tags: rt::Field::Absent,
            colleagues: rt::Field::Absent,
            detail: rt::Field::Absent,
            display_name: rt::Field::Absent,
            sponsors: rt::Field::Absent,
            thumbnail_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ProjectParticipation {
    const TYPE_NAME: &'static str = "microsoft.graph.projectParticipation";
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
        "client",
        "collaborationTags",
        "colleagues",
        "detail",
        "displayName",
        "sponsors",
        "thumbnailUrl",
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
        ",\"client\":                       ",
        ",\"collaborationTags\":            ",
        ",\"colleagues\":                   ",
        ",\"detail\":                       ",
        ",\"displayName\":                  ",
        ",\"sponsors\":                     ",
        ",\"thumbnailUrl\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.projectParticipation\"";
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
        v.field(10usize, "client", &self.client);
        v.field(11usize, "collaboration_tags", &self.collaboration_tags);
        v.field(12usize, "colleagues", &self.colleagues);
        v.field(13usize, "detail", &self.detail);
        v.field(14usize, "display_name", &self.display_name);
        v.field(15usize, "sponsors", &self.sponsors);
        v.field(16usize, "thumbnail_url", &self.thumbnail_url);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ProjectParticipation {
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
            10usize => self.client.read_from(r),
            11usize => self.collaboration_tags.read_from(r),
            12usize => self.colleagues.read_from(r),
            13usize => self.detail.read_from(r),
            14usize => self.display_name.read_from(r),
            15usize => self.sponsors.read_from(r),
            16usize => self.thumbnail_url.read_from(r),
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
        w.field(10usize, &self.client);
        w.field(11usize, &self.collaboration_tags);
        w.field(12usize, &self.colleagues);
        w.field(13usize, &self.detail);
        w.field(14usize, &self.display_name);
        w.field(15usize, &self.sponsors);
        w.field(16usize, &self.thumbnail_url);
    }
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
rt::impl_object!(ProjectParticipation);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ProjectParticipation { with_id id : ::std::string::String; with_allowed_audiences
    allowed_audiences : rt::Flags < crate ::beta::AllowedAudiences >; with_created_by
    created_by : crate ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_inference inference : crate ::beta::InferenceData;
    with_is_searchable is_searchable : bool; with_last_modified_by last_modified_by :
    crate ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_source source : crate ::beta::PersonDataSources;
    with_categories categories : ::std::vec::Vec < ::std::string::String >; with_client
    client : crate ::beta::CompanyDetail; with_collaboration_tags collaboration_tags :
    ::std::vec::Vec < ::std::string::String >; with_colleagues colleagues :
    ::std::vec::Vec < crate ::beta::RelatedPerson >; with_detail detail : crate
    ::beta::PositionDetail; with_display_name display_name : ::std::string::String;
    with_sponsors sponsors : ::std::vec::Vec < crate ::beta::RelatedPerson >;
    with_thumbnail_url thumbnail_url : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProjectParticipation);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.propertyToEvaluate`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct PropertyToEvaluate {
    /// CSDL: property `propertyName`: `Edm.String`, nullable.
    pub property_name: rt::Field<::std::string::String>,
    /// CSDL: property `propertyValue`: `Edm.String`, nullable.
    pub property_value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for PropertyToEvaluate {
    #[inline]
    fn default() -> Self {
        Self {
            property_name: rt::Field::Absent,
            property_value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for PropertyToEvaluate {
    const TYPE_NAME: &'static str = "microsoft.graph.propertyToEvaluate";
    const KEYS: &'static [&'static str] = &["propertyName", "propertyValue"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"propertyName\":                 ",
        ",\"propertyValue\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.propertyToEvaluate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "property_name", &self.property_name);
        v.field(1usize, "property_value", &self.property_value);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for PropertyToEvaluate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.property_name.read_from(r),
            1usize => self.property_value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.property_name);
        w.field(1usize, &self.property_value);
    }
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
rt::impl_object!(PropertyToEvaluate);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    PropertyToEvaluate { with_property_name property_name : ::std::string::String;
    with_property_value property_value : ::std::string::String; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(PropertyToEvaluate);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.providerTenantSetting`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct ProviderTenantSetting {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `azureTenantId`: `Edm.String`, not nullable.
    pub azure_tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `enabled`: `Edm.Boolean`, nullable.
    pub enabled: rt::Field<bool>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `provider`: `Edm.String`, nullable.
    pub provider: rt::Field<::std::string::String>,
    /// CSDL: property `vendor`: `Edm.String`, nullable.
    pub vendor: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for ProviderTenantSetting {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            azure_tenant_id: rt::Field::Absent,
            enabled: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            provider: rt::Field::Absent,
            vendor: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for ProviderTenantSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.providerTenantSetting";
    const KEYS: &'static [&'static str] = &[
        "id",
        "azureTenantId",
        "enabled",
        "lastModifiedDateTime",
        "provider",
        "vendor",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"azureTenantId\":                ",
        ",\"enabled\":                      ",
        ",\"lastModifiedDateTime\":         ",
        ",\"provider\":                     ",
        ",\"vendor\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.providerTenantSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "azure_tenant_id", &self.azure_tenant_id);
        v.field(2usize, "enabled", &self.enabled);
        v.field(3usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(4usize, "provider", &self.provider);
        v.field(5usize, "vendor", &self.vendor);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for ProviderTenantSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.azure_tenant_id.read_from(r),
            2usize => self.enabled.read_from(r),
            3usize => self.last_modified_date_time.read_from(r),
            4usize => self.provider.read_from(r),
            5usize => self.vendor.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.azure_tenant_id);
        w.field(2usize, &self.enabled);
        w.field(3usize, &self.last_modified_date_time);
        w.field(4usize, &self.provider);
        w.field(5usize, &self.vendor);
    }
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
rt::impl_object!(ProviderTenantSetting);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    ProviderTenantSetting { with_id id : ::std::string::String; with_azure_tenant_id
    azure_tenant_id : ::std::string::String; with_enabled enabled : bool;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_provider provider : ::std::string::String; with_vendor vendor :
    ::std::string::String; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProviderTenantSetting);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.provisionChannelEmailResult`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ProvisionChannelEmailResult {
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ProvisionChannelEmailResult {
    #[inline]
    fn default() -> Self {
        Self {
            email: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ProvisionChannelEmailResult);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ProvisionChannelEmailResult { with_email email : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProvisionChannelEmailResult);
#[cfg(msgraph_beta_audit_logs_or_search)]
/// CSDL: `microsoft.graph.provisioningAction`, enum type.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ProvisioningAction {
    /// `other` (value 0).
    Other,
    /// `create` (value 1).
    Create,
    /// `delete` (value 2).
    Delete,
    /// `disable` (value 3).
    Disable,
    /// `update` (value 4).
    Update,
    /// `stagedDelete` (value 5).
    StagedDelete,
    /// `unknownFutureValue` (value 6).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::StrEnum for ProvisioningAction {
    const TYPE_NAME: &'static str = "microsoft.graph.provisioningAction";
    const MEMBERS: &'static [&'static str] = &[
        "other",
        "create",
        "delete",
        "disable",
        "update",
        "stagedDelete",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "other" => Self::Other,
                "create" => Self::Create,
                "delete" => Self::Delete,
                "disable" => Self::Disable,
                "update" => Self::Update,
                "stagedDelete" => Self::StagedDelete,
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
            Self::Other => "other",
            Self::Create => "create",
            Self::Delete => "delete",
            Self::Disable => "disable",
            Self::Update => "update",
            Self::StagedDelete => "stagedDelete",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_enum!(ProvisioningAction);
#[cfg(msgraph_beta_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProvisioningAction);
#[cfg(msgraph_beta_audit_logs_or_search)]
/// CSDL: `microsoft.graph.provisioningErrorInfo`, complex type.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
#[derive(Clone)]
pub struct ProvisioningErrorInfo {
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
impl ::std::default::Default for ProvisioningErrorInfo {
    #[inline]
    fn default() -> Self {
        Self {
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
impl rt::Object for ProvisioningErrorInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.provisioningErrorInfo";
    const KEYS: &'static [&'static str] = &[
        "additionalDetails",
        "errorCategory",
        "errorCode",
        "reason",
        "recommendedAction",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"additionalDetails\":            ",
        ",\"errorCategory\":                ",
        ",\"errorCode\":                    ",
        ",\"reason\":                       ",
        ",\"recommendedAction\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.provisioningErrorInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "additional_details", &self.additional_details);
        v.field(1usize, "error_category", &self.error_category);
        v.field(2usize, "error_code", &self.error_code);
        v.field(3usize, "reason", &self.reason);
        v.field(4usize, "recommended_action", &self.recommended_action);
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::object::Members for ProvisioningErrorInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.additional_details.read_from(r),
            1usize => self.error_category.read_from(r),
            2usize => self.error_code.read_from(r),
            3usize => self.reason.read_from(r),
            4usize => self.recommended_action.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.additional_details);
        w.field(1usize, &self.error_category);
        w.field(2usize, &self.error_code);
        w.field(3usize, &self.reason);
        w.field(4usize, &self.recommended_action);
    }
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
rt::impl_object!(ProvisioningErrorInfo);
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_setters!(
    ProvisioningErrorInfo { with_additional_details additional_details :
    ::std::string::String; with_error_category error_category : crate
    ::beta::ProvisioningStatusErrorCategory; with_error_code error_code :
    ::std::string::String; with_reason reason : ::std::string::String;
    with_recommended_action recommended_action : ::std::string::String; }
);
#[cfg(msgraph_beta_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProvisioningErrorInfo);
#[cfg(msgraph_beta_audit_logs_or_search)]
/// CSDL: `microsoft.graph.provisioningObjectSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ProvisioningObjectSummaryPath`](requests/trait.ProvisioningObjectSummaryPath.html), what a path to one (`EntityPath<ProvisioningObjectSummary, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
#[derive(Clone)]
pub struct ProvisioningObjectSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `action`: `Edm.String`, nullable.
    pub action: rt::Field<::std::string::String>,
    /// CSDL: property `activityDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub activity_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `changeId`: `Edm.String`, nullable.
    pub change_id: rt::Field<::std::string::String>,
    /// CSDL: property `cycleId`: `Edm.String`, nullable.
    pub cycle_id: rt::Field<::std::string::String>,
    /// CSDL: property `durationInMilliseconds`: `Edm.Int32`, nullable.
    pub duration_in_milliseconds: rt::Field<i32>,
    /// CSDL: property `initiatedBy`: `microsoft.graph.initiator`, nullable.
    pub initiated_by: rt::Field<crate::beta::Initiator>,
    /// CSDL: property `jobId`: `Edm.String`, nullable.
    pub job_id: rt::Field<::std::string::String>,
    /// CSDL: property `modifiedProperties`: `Collection(microsoft.graph.modifiedProperty)`, nullable.
    pub modified_properties: rt::Field<::std::vec::Vec<crate::beta::ModifiedProperty>>,
    /// CSDL: property `provisioningAction`: `microsoft.graph.provisioningAction`, nullable.
    pub provisioning_action: rt::Field<crate::beta::ProvisioningAction>,
    /// CSDL: property `provisioningStatusInfo`: `microsoft.graph.provisioningStatusInfo`, nullable.
    pub provisioning_status_info: rt::Field<crate::beta::ProvisioningStatusInfo>,
    /// CSDL: property `provisioningSteps`: `Collection(microsoft.graph.provisioningStep)`, nullable.
    pub provisioning_steps: rt::Field<::std::vec::Vec<crate::beta::ProvisioningStep>>,
    /// CSDL: property `servicePrincipal`: `microsoft.graph.provisioningServicePrincipal`, nullable.
    pub service_principal: rt::Field<crate::beta::ProvisioningServicePrincipal>,
    /// CSDL: property `sourceIdentity`: `microsoft.graph.provisionedIdentity`, nullable.
    pub source_identity: rt::Field<crate::beta::ProvisionedIdentity>,
    /// CSDL: property `sourceSystem`: `microsoft.graph.provisioningSystem`, nullable.
    pub source_system: rt::Field<crate::beta::ProvisioningSystem>,
    /// CSDL: property `statusInfo`: `microsoft.graph.statusBase`, nullable.
    pub status_info: rt::Field<crate::beta::AnyStatusBase>,
    /// CSDL: property `targetIdentity`: `microsoft.graph.provisionedIdentity`, nullable.
    pub target_identity: rt::Field<crate::beta::ProvisionedIdentity>,
    /// CSDL: property `targetSystem`: `microsoft.graph.provisioningSystem`, nullable.
    pub target_system: rt::Field<crate::beta::ProvisioningSystem>,
    /// CSDL: property `tenantId`: `Edm.String`, nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl ::std::default::Default for ProvisioningObjectSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            action: rt::Field::Absent,
            activity_date_time: rt::Field::Absent,
            change_id: rt::Field::Absent,
            cycle_id: rt::Field::Absent,
            duration_in_milliseconds: rt::Field::Absent,
            initiated_by: rt::Field::Absent,
            job_id: rt::Field::Absent,
            modified_properties: rt::Field::Absent,
            provisioning_action: rt::Field::Absent,
            provisioning_status_info: rt::Field::Absent,
            provisioning_steps: rt::Field::Absent,
            service_principal: rt::Field::Absent,
            source_identity: rt::Field::Absent,
            source_system: rt::Field::Absent,
            status_info: rt::Field::Absent,
            target_identity: rt::Field::Absent,
            target_system: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::Object for ProvisioningObjectSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.provisioningObjectSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "action",
        "activityDateTime",
        "changeId",
        "cycleId",
        "durationInMilliseconds",
        "initiatedBy",
        "jobId",
        "modifiedProperties",
        "provisioningAction",
        "provisioningStatusInfo",
        "provisioningSteps",
        "servicePrincipal",
        "sourceIdentity",
        "sourceSystem",
        "statusInfo",
        "targetIdentity",
        "targetSystem",
        "tenantId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"action\":                       ",
        ",\"activityDateTime\":             ",
        ",\"changeId\":                     ",
        ",\"cycleId\":                      ",
        ",\"durationInMilliseconds\":       ",
        ",\"initiatedBy\":                  ",
        ",\"jobId\":                        ",
        ",\"modifiedProperties\":           ",
        ",\"provisioningAction\":           ",
        ",\"provisioningStatusInfo\":       ",
        ",\"provisioningSteps\":            ",
        ",\"servicePrincipal\":             ",
        ",\"sourceIdentity\":               ",
        ",\"sourceSystem\":                 ",
        ",\"statusInfo\":                   ",
        ",\"targetIdentity\":               ",
        ",\"targetSystem\":                 ",
        ",\"tenantId\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.provisioningObjectSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "action", &self.action);
        v.field(2usize, "activity_date_time", &self.activity_date_time);
        v.field(3usize, "change_id", &self.change_id);
        v.field(4usize, "cycle_id", &self.cycle_id);
        v.field(5usize, "duration_in_milliseconds", &self.duration_in_milliseconds);
        v.field(6usize, "initiated_by", &self.initiated_by);
        v.field(7usize, "job_id", &self.job_id);
        v.field(8usize, "modified_properties", &self.modified_properties);
        v.field(9usize, "provisioning_action", &self.provisioning_action);
        v.field(10usize, "provisioning_status_info", &self.provisioning_status_info);
        v.field(11usize, "provisioning_steps", &self.provisioning_steps);
        v.field(12usize, "service_principal", &self.service_principal);
        v.field(13usize, "source_identity", &self.source_identity);
        v.field(14usize, "source_system", &self.source_system);
        v.field(15usize, "status_info", &self.status_info);
        v.field(16usize, "target_identity", &self.target_identity);
        v.field(17usize, "target_system", &self.target_system);
        v.field(18usize, "tenant_id", &self.tenant_id);
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::object::Members for ProvisioningObjectSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.action.read_from(r),
            2usize => self.activity_date_time.read_from(r),
            3usize => self.change_id.read_from(r),
            4usize => self.cycle_id.read_from(r),
            5usize => self.duration_in_milliseconds.read_from(r),
            6usize => self.initiated_by.read_from(r),
            7usize => self.job_id.read_from(r),
            8usize => self.modified_properties.read_from(r),
            9usize => self.provisioning_action.read_from(r),
            10usize => self.provisioning_status_info.read_from(r),
            11usize => self.provisioning_steps.read_from(r),
            12usize => self.service_principal.read_from(r),
            13usize => self.source_identity.read_from(r),
            14usize => self.source_system.read_from(r),
            15usize => self.status_info.read_from(r),
            16usize => self.target_identity.read_from(r),
            17usize => self.target_system.read_from(r),
            18usize => self.tenant_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.action);
        w.field(2usize, &self.activity_date_time);
        w.field(3usize, &self.change_id);
        w.field(4usize, &self.cycle_id);
        w.field(5usize, &self.duration_in_milliseconds);
        w.field(6usize, &self.initiated_by);
        w.field(7usize, &self.job_id);
        w.field(8usize, &self.modified_properties);
        w.field(9usize, &self.provisioning_action);
        w.field(10usize, &self.provisioning_status_info);
        w.field(11usize, &self.provisioning_steps);
        w.field(12usize, &self.service_principal);
        w.field(13usize, &self.source_identity);
        w.field(14usize, &self.source_system);
        w.field(15usize, &self.status_info);
        w.field(16usize, &self.target_identity);
        w.field(17usize, &self.target_system);
        w.field(18usize, &self.tenant_id);
    }
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
rt::impl_object!(ProvisioningObjectSummary);
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_setters!(
    ProvisioningObjectSummary { with_id id : ::std::string::String; with_action action :
    ::std::string::String; with_activity_date_time activity_date_time :
    rt::edm::DateTimeOffset; with_change_id change_id : ::std::string::String;
    with_cycle_id cycle_id : ::std::string::String; with_duration_in_milliseconds
    duration_in_milliseconds : i32; with_initiated_by initiated_by : crate
    ::beta::Initiator; with_job_id job_id : ::std::string::String;
    with_modified_properties modified_properties : ::std::vec::Vec < crate
    ::beta::ModifiedProperty >; with_provisioning_action provisioning_action : crate
    ::beta::ProvisioningAction; with_provisioning_status_info provisioning_status_info :
    crate ::beta::ProvisioningStatusInfo; with_provisioning_steps provisioning_steps :
    ::std::vec::Vec < crate ::beta::ProvisioningStep >; with_service_principal
    service_principal : crate ::beta::ProvisioningServicePrincipal; with_source_identity
    source_identity : crate ::beta::ProvisionedIdentity; with_source_system source_system
    : crate ::beta::ProvisioningSystem; with_status_info status_info : crate
    ::beta::AnyStatusBase; with_target_identity target_identity : crate
    ::beta::ProvisionedIdentity; with_target_system target_system : crate
    ::beta::ProvisioningSystem; with_tenant_id tenant_id : ::std::string::String; }
);
#[cfg(msgraph_beta_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProvisioningObjectSummary);
#[cfg(msgraph_beta_audit_logs_or_search)]
/// CSDL: `microsoft.graph.provisioningResult`, enum type.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ProvisioningResult {
    /// `success` (value 0).
    Success,
    /// `failure` (value 1).
    Failure,
    /// `skipped` (value 2).
    Skipped,
    /// `warning` (value 3).
    Warning,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::StrEnum for ProvisioningResult {
    const TYPE_NAME: &'static str = "microsoft.graph.provisioningResult";
    const MEMBERS: &'static [&'static str] = &[
        "success",
        "failure",
        "skipped",
        "warning",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "success" => Self::Success,
                "failure" => Self::Failure,
                "skipped" => Self::Skipped,
                "warning" => Self::Warning,
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
            Self::Success => "success",
            Self::Failure => "failure",
            Self::Skipped => "skipped",
            Self::Warning => "warning",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_enum!(ProvisioningResult);
#[cfg(msgraph_beta_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProvisioningResult);
#[cfg(msgraph_beta_audit_logs_or_search)]
/// CSDL: `microsoft.graph.provisioningStatusErrorCategory`, enum type.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ProvisioningStatusErrorCategory {
    /// `failure` (value 0).
    Failure,
    /// `nonServiceFailure` (value 1).
    NonServiceFailure,
    /// `success` (value 2).
    Success,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::StrEnum for ProvisioningStatusErrorCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.provisioningStatusErrorCategory";
    const MEMBERS: &'static [&'static str] = &[
        "failure",
        "nonServiceFailure",
        "success",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "failure" => Self::Failure,
                "nonServiceFailure" => Self::NonServiceFailure,
                "success" => Self::Success,
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
            Self::Failure => "failure",
            Self::NonServiceFailure => "nonServiceFailure",
            Self::Success => "success",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_enum!(ProvisioningStatusErrorCategory);
#[cfg(msgraph_beta_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProvisioningStatusErrorCategory);
#[cfg(msgraph_beta_audit_logs_or_search)]
/// CSDL: `microsoft.graph.provisioningStatusInfo`, complex type.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
#[derive(Clone)]
pub struct ProvisioningStatusInfo {
    /// CSDL: property `errorInformation`: `microsoft.graph.provisioningErrorInfo`, nullable.
    pub error_information: rt::Field<crate::beta::ProvisioningErrorInfo>,
    /// CSDL: property `status`: `microsoft.graph.provisioningResult`, nullable.
    pub status: rt::Field<crate::beta::ProvisioningResult>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl ::std::default::Default for ProvisioningStatusInfo {
    #[inline]
    fn default() -> Self {
        Self {
            error_information: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::Object for ProvisioningStatusInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.provisioningStatusInfo";
    const KEYS: &'static [&'static str] = &["errorInformation", "status"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"errorInformation\":             ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.provisioningStatusInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "error_information", &self.error_information);
        v.field(1usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::object::Members for ProvisioningStatusInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.error_information.read_from(r),
            1usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.error_information);
        w.field(1usize, &self.status);
    }
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
rt::impl_object!(ProvisioningStatusInfo);
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_setters!(
    ProvisioningStatusInfo { with_error_information error_information : crate
    ::beta::ProvisioningErrorInfo; with_status status : crate ::beta::ProvisioningResult;
    }
);
#[cfg(msgraph_beta_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProvisioningStatusInfo);
#[cfg(msgraph_beta_audit_logs_or_search)]
/// CSDL: `microsoft.graph.provisioningStep`, complex type.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
#[derive(Clone)]
pub struct ProvisioningStep {
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `details`: `microsoft.graph.detailsInfo`, nullable.
    pub details: rt::Field<crate::beta::DetailsInfo>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `provisioningStepType`: `microsoft.graph.provisioningStepType`, nullable.
    pub provisioning_step_type: rt::Field<crate::beta::ProvisioningStepType>,
    /// CSDL: property `status`: `microsoft.graph.provisioningResult`, nullable.
    pub status: rt::Field<crate::beta::ProvisioningResult>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl ::std::default::Default for ProvisioningStep {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            details: rt::Field::Absent,
            name: rt::Field::Absent,
            provisioning_step_type: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::Object for ProvisioningStep {
    const TYPE_NAME: &'static str = "microsoft.graph.provisioningStep";
    const KEYS: &'static [&'static str] = &[
        "description",
        "details",
        "name",
        "provisioningStepType",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"details\":                      ",
        ",\"name\":                         ",
        ",\"provisioningStepType\":         ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.provisioningStep\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "details", &self.details);
        v.field(2usize, "name", &self.name);
        v.field(3usize, "provisioning_step_type", &self.provisioning_step_type);
        v.field(4usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::object::Members for ProvisioningStep {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.details.read_from(r),
            2usize => self.name.read_from(r),
            3usize => self.provisioning_step_type.read_from(r),
            4usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.details);
        w.field(2usize, &self.name);
        w.field(3usize, &self.provisioning_step_type);
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
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_object!(ProvisioningStep);
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_setters!(
    ProvisioningStep { with_description description : ::std::string::String; with_details
    details : crate ::beta::DetailsInfo; with_name name : ::std::string::String;
    with_provisioning_step_type provisioning_step_type : crate
    ::beta::ProvisioningStepType; with_status status : crate ::beta::ProvisioningResult;
    }
);
#[cfg(msgraph_beta_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProvisioningStep);
#[cfg(msgraph_beta_audit_logs_or_search)]
/// CSDL: `microsoft.graph.provisioningStepType`, enum type.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ProvisioningStepType {
    /// `import` (value 0).
    Import,
    /// `scoping` (value 1).
    Scoping,
    /// `matching` (value 2).
    Matching,
    /// `processing` (value 3).
    Processing,
    /// `referenceResolution` (value 4).
    ReferenceResolution,
    /// `export` (value 5).
    Export,
    /// `unknownFutureValue` (value 6).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::StrEnum for ProvisioningStepType {
    const TYPE_NAME: &'static str = "microsoft.graph.provisioningStepType";
    const MEMBERS: &'static [&'static str] = &[
        "import",
        "scoping",
        "matching",
        "processing",
        "referenceResolution",
        "export",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "import" => Self::Import,
                "scoping" => Self::Scoping,
                "matching" => Self::Matching,
                "processing" => Self::Processing,
                "referenceResolution" => Self::ReferenceResolution,
                "export" => Self::Export,
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
            Self::Import => "import",
            Self::Scoping => "scoping",
            Self::Matching => "matching",
            Self::Processing => "processing",
            Self::ReferenceResolution => "referenceResolution",
            Self::Export => "export",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_enum!(ProvisioningStepType);
#[cfg(msgraph_beta_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProvisioningStepType);
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
/// CSDL: `microsoft.graph.publishedResource`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PublishedResourcePath`](requests/trait.PublishedResourcePath.html), what a path to one (`EntityPath<PublishedResource, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-on-premises-publishing-profiles`, `beta-search`.
#[derive(Clone)]
pub struct PublishedResource {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `publishingType`: `microsoft.graph.onPremisesPublishingType`, not nullable.
    pub publishing_type: rt::Field<crate::beta::OnPremisesPublishingType>,
    /// CSDL: property `resourceName`: `Edm.String`, nullable.
    pub resource_name: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `agentGroups`: `Collection(microsoft.graph.onPremisesAgentGroup)`, not nullable.
    pub agent_groups: rt::Field<::std::vec::Vec<crate::beta::OnPremisesAgentGroup>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
impl ::std::default::Default for PublishedResource {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            publishing_type: rt::Field::Absent,
            resource_name: rt::Field::Absent,
            agent_groups: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
impl rt::Object for PublishedResource {
    const TYPE_NAME: &'static str = "microsoft.graph.publishedResource";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "publishingType",
        "resourceName",
        "agentGroups",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"publishingType\":               ",
        ",\"resourceName\":                 ",
        ",\"agentGroups\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.publishedResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "publishing_type", &self.publishing_type);
        v.field(3usize, "resource_name", &self.resource_name);
        v.field(4usize, "agent_groups", &self.agent_groups);
    }
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
impl rt::object::Members for PublishedResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.publishing_type.read_from(r),
            3usize => self.resource_name.read_from(r),
            4usize => self.agent_groups.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.publishing_type);
        w.field(3usize, &self.resource_name);
        w.field(4usize, &self.agent_groups);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
rt::impl_object!(PublishedResource);
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
rt::impl_setters!(
    PublishedResource { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_publishing_type publishing_type : crate
    ::beta::OnPremisesPublishingType; with_resource_name resource_name :
    ::std::string::String; with_agent_groups agent_groups : ::std::vec::Vec < crate
    ::beta::OnPremisesAgentGroup >; }
);
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PublishedResource);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.purchaseInvoice`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PurchaseInvoicePath`](requests/trait.PurchaseInvoicePath.html), what a path to one (`EntityPath<PurchaseInvoice, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct PurchaseInvoice {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `buyFromAddress`: `microsoft.graph.postalAddressType`, nullable.
    pub buy_from_address: rt::Field<crate::beta::PostalAddressType>,
    /// CSDL: property `currencyCode`: `Edm.String`, nullable.
    pub currency_code: rt::Field<::std::string::String>,
    /// CSDL: property `currencyId`: `Edm.Guid`, nullable.
    pub currency_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `discountAmount`: `Edm.Decimal`, nullable.
    pub discount_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `discountAppliedBeforeTax`: `Edm.Boolean`, nullable.
    pub discount_applied_before_tax: rt::Field<bool>,
    /// CSDL: property `dueDate`: `Edm.Date`, nullable.
    pub due_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `invoiceDate`: `Edm.Date`, nullable.
    pub invoice_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `number`: `Edm.String`, nullable.
    pub number: rt::Field<::std::string::String>,
    /// CSDL: property `payToAddress`: `microsoft.graph.postalAddressType`, nullable.
    pub pay_to_address: rt::Field<crate::beta::PostalAddressType>,
    /// CSDL: property `payToContact`: `Edm.String`, nullable.
    pub pay_to_contact: rt::Field<::std::string::String>,
    /// CSDL: property `payToName`: `Edm.String`, nullable.
    pub pay_to_name: rt::Field<::std::string::String>,
    /// CSDL: property `payToVendorId`: `Edm.Guid`, nullable.
    pub pay_to_vendor_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `payToVendorNumber`: `Edm.String`, nullable.
    pub pay_to_vendor_number: rt::Field<::std::string::String>,
    /// CSDL: property `pricesIncludeTax`: `Edm.Boolean`, nullable.
    pub prices_include_tax: rt::Field<bool>,
    /// CSDL: property `shipToAddress`: `microsoft.graph.postalAddressType`, nullable.
    pub ship_to_address: rt::Field<crate::beta::PostalAddressType>,
    /// CSDL: property `shipToContact`: `Edm.String`, nullable.
    pub ship_to_contact: rt::Field<::std::string::String>,
    /// CSDL: property `shipToName`: `Edm.String`, nullable.
    pub ship_to_name: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: property `totalAmountExcludingTax`: `Edm.Decimal`, nullable.
    pub total_amount_excluding_tax: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `totalAmountIncludingTax`: `Edm.Decimal`, nullable.
    pub total_amount_including_tax: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `totalTaxAmount`: `Edm.Decimal`, nullable.
    pub total_tax_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `vendorId`: `Edm.Guid`, nullable.
    pub vendor_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `vendorInvoiceNumber`: `Edm.String`, nullable.
    pub vendor_invoice_number: rt::Field<::std::string::String>,
    /// CSDL: property `vendorName`: `Edm.String`, nullable.
    pub vendor_name: rt::Field<::std::string::String>,
    /// CSDL: property `vendorNumber`: `Edm.String`, nullable.
    pub vendor_number: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `currency`: `microsoft.graph.currency`, nullable.
    pub currency: rt::Field<crate::beta::Currency>,
    /// CSDL: containment navigation property `purchaseInvoiceLines`: `Collection(microsoft.graph.purchaseInvoiceLine)`, not nullable.
    pub purchase_invoice_lines: rt::Field<
        ::std::vec::Vec<crate::beta::PurchaseInvoiceLine>,
    >,
    /// CSDL: containment navigation property `vendor`: `microsoft.graph.vendor`, nullable.
    pub vendor: rt::Field<crate::beta::Vendor>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for PurchaseInvoice {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            buy_from_address: rt::Field::Absent,
            currency_code: rt::Field::Absent,
            currency_id: rt::Field::Absent,
            discount_amount: rt::Field::Absent,
            discount_applied_before_tax: rt::Field::Absent,
            due_date: rt::Field::Absent,
            invoice_date: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            number: rt::Field::Absent,
            pay_to_address: rt::Field::Absent,
            pay_to_contact: rt::Field::Absent,
            pay_to_name: rt::Field::Absent,
            pay_to_vendor_id: rt::Field::Absent,
            pay_to_vendor_number: rt::Field::Absent,
            prices_include_tax: rt::Field::Absent,
            ship_to_address: rt::Field::Absent,
            ship_to_contact: rt::Field::Absent,
            ship_to_name: rt::Field::Absent,
            status: rt::Field::Absent,
            total_amount_excluding_tax: rt::Field::Absent,
            total_amount_including_tax: rt::Field::Absent,
            total_tax_amount: rt::Field::Absent,
            vendor_id: rt::Field::Absent,
            vendor_invoice_number: rt::Field::Absent,
            vendor_name: rt::Field::Absent,
            vendor_number: rt::Field::Absent,
            currency: rt::Field::Absent,
            purchase_invoice_lines: rt::Field::Absent,
            vendor: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for PurchaseInvoice {
    const TYPE_NAME: &'static str = "microsoft.graph.purchaseInvoice";
    const KEYS: &'static [&'static str] = &[
        "id",
        "buyFromAddress",
        "currencyCode",
        "currencyId",
        "discountAmount",
        "discountAppliedBeforeTax",
        "dueDate",
        "invoiceDate",
        "lastModifiedDateTime",
        "number",
        "payToAddress",
        "payToContact",
        "payToName",
        "payToVendorId",
        "payToVendorNumber",
        "pricesIncludeTax",
        "shipToAddress",
        "shipToContact",
        "shipToName",
        "status",
        "totalAmountExcludingTax",
        "totalAmountIncludingTax",
        "totalTaxAmount",
        "vendorId",
        "vendorInvoiceNumber",
        "vendorName",
        "vendorNumber",
        "currency",
        "purchaseInvoiceLines",
        "vendor",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"buyFromAddress\":               ",
        ",\"currencyCode\":                 ",
        ",\"currencyId\":                   ",
        ",\"discountAmount\":               ",
        ",\"discountAppliedBeforeTax\":     ",
        ",\"dueDate\":                      ",
        ",\"invoiceDate\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"number\":                       ",
        ",\"payToAddress\":                 ",
        ",\"payToContact\":                 ",
        ",\"payToName\":                    ",
        ",\"payToVendorId\":                ",
        ",\"payToVendorNumber\":            ",
        ",\"pricesIncludeTax\":             ",
        ",\"shipToAddress\":                ",
        ",\"shipToContact\":                ",
        ",\"shipToName\":                   ",
        ",\"status\":                       ",
        ",\"totalAmountExcludingTax\":      ",
        ",\"totalAmountIncludingTax\":      ",
        ",\"totalTaxAmount\":               ",
        ",\"vendorId\":                     ",
        ",\"vendorInvoiceNumber\":          ",
        ",\"vendorName\":                   ",
        ",\"vendorNumber\":                 ",
        ",\"currency\":                     ",
        ",\"purchaseInvoiceLines\":         ",
        ",\"vendor\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.purchaseInvoice\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "buy_from_address", &self.buy_from_address);
        v.field(2usize, "currency_code", &self.currency_code);
        v.field(3usize, "currency_id", &self.currency_id);
        v.field(4usize, "discount_amount", &self.discount_amount);
        v.field(
            5usize,
            "discount_applied_before_tax",
            &self.discount_applied_before_tax,
        );
        v.field(6usize, "due_date", &self.due_date);
        v.field(7usize, "invoice_date", &self.invoice_date);
        v.field(8usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(9usize, "number", &self.number);
        v.field(10usize, "pay_to_address", &self.pay_to_address);
        v.field(11usize, "pay_to_contact", &self.pay_to_contact);
        v.field(12usize, "pay_to_name", &self.pay_to_name);
        v.field(13usize, "pay_to_vendor_id", &self.pay_to_vendor_id);
        v.field(14usize, "pay_to_vendor_number", &self.pay_to_vendor_number);
        v.field(15usize, "prices_include_tax", &self.prices_include_tax);
        v.field(16usize, "ship_to_address", &self.ship_to_address);
        v.field(17usize, "ship_to_contact", &self.ship_to_contact);
        v.field(18usize, "ship_to_name", &self.ship_to_name);
        v.field(19usize, "status", &self.status);
        v.field(20usize, "total_amount_excluding_tax", &self.total_amount_excluding_tax);
        v.field(21usize, "total_amount_including_tax", &self.total_amount_including_tax);
        v.field(22usize, "total_tax_amount", &self.total_tax_amount);
        v.field(23usize, "vendor_id", &self.vendor_id);
        v.field(24usize, "vendor_invoice_number", &self.vendor_invoice_number);
        v.field(25usize, "vendor_name", &self.vendor_name);
        v.field(26usize, "vendor_number", &self.vendor_number);
        v.field(27usize, "currency", &self.currency);
        v.field(28usize, "purchase_invoice_lines", &self.purchase_invoice_lines);
        v.field(29usize, "vendor", &self.vendor);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for PurchaseInvoice {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.buy_from_address.read_from(r),
            2usize => self.currency_code.read_from(r),
            3usize => self.currency_id.read_from(r),
            4usize => self.discount_amount.read_from(r),
            5usize => self.discount_applied_before_tax.read_from(r),
            6usize => self.due_date.read_from(r),
            7usize => self.invoice_date.read_from(r),
            8usize => self.last_modified_date_time.read_from(r),
            9usize => self.number.read_from(r),
            10usize => self.pay_to_address.read_from(r),
            11usize => self.pay_to_contact.read_from(r),
            12usize => self.pay_to_name.read_from(r),
            13usize => self.pay_to_vendor_id.read_from(r),
            14usize => self.pay_to_vendor_number.read_from(r),
            15usize => self.prices_include_tax.read_from(r),
            16usize => self.ship_to_address.read_from(r),
            17usize => self.ship_to_contact.read_from(r),
            18usize => self.ship_to_name.read_from(r),
            19usize => self.status.read_from(r),
            20usize => self.total_amount_excluding_tax.read_from(r),
            21usize => self.total_amount_including_tax.read_from(r),
            22usize => self.total_tax_amount.read_from(r),
            23usize => self.vendor_id.read_from(r),
            24usize => self.vendor_invoice_number.read_from(r),
            25usize => self.vendor_name.read_from(r),
            26usize => self.vendor_number.read_from(r),
            27usize => self.currency.read_from(r),
            28usize => self.purchase_invoice_lines.read_from(r),
            29usize => self.vendor.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.buy_from_address);
        w.field(2usize, &self.currency_code);
        w.field(3usize, &self.currency_id);
        w.field(4usize, &self.discount_amount);
        w.field(5usize, &self.discount_applied_before_tax);
        w.field(6usize, &self.due_date);
        w.field(7usize, &self.invoice_date);
        w.field(8usize, &self.last_modified_date_time);
        w.field(9usize, &self.number);
        w.field(10usize, &self.pay_to_address);
        w.field(11usize, &self.pay_to_contact);
        w.field(12usize, &self.pay_to_name);
        w.field(13usize, &self.pay_to_vendor_id);
        w.field(14usize, &self.pay_to_vendor_number);
        w.field(15usize, &self.prices_include_tax);
        w.field(16usize, &self.ship_to_address);
        w.field(17usize, &self.ship_to_contact);
        w.field(18usize, &self.ship_to_name);
        w.field(19usize, &self.status);
        w.field(20usize, &self.total_amount_excluding_tax);
        w.field(21usize, &self.total_amount_including_tax);
        w.field(22usize, &self.total_tax_amount);
        w.field(23usize, &self.vendor_id);
        w.field(24usize, &self.vendor_invoice_number);
        w.field(25usize, &self.vendor_name);
        w.field(26usize, &self.vendor_number);
        w.field(27usize, &self.currency);
        w.field(28usize, &self.purchase_invoice_lines);
        w.field(29usize, &self.vendor);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_object!(PurchaseInvoice);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    PurchaseInvoice { with_id id : ::std::string::String; with_buy_from_address
    buy_from_address : crate ::beta::PostalAddressType; with_currency_code currency_code
    : ::std::string::String; with_currency_id currency_id : rt::edm::Guid;
    with_discount_amount discount_amount : rt::edm::Decimal;
    with_discount_applied_before_tax discount_applied_before_tax : bool; with_due_date
    due_date : rt::edm::Date; with_invoice_date invoice_date : rt::edm::Date;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_number number : ::std::string::String; with_pay_to_address pay_to_address :
    crate ::beta::PostalAddressType; with_pay_to_contact pay_to_contact :
    ::std::string::String; with_pay_to_name pay_to_name : ::std::string::String;
    with_pay_to_vendor_id pay_to_vendor_id : rt::edm::Guid; with_pay_to_vendor_number
    pay_to_vendor_number : ::std::string::String; with_prices_include_tax
    prices_include_tax : bool; with_ship_to_address ship_to_address : crate
    ::beta::PostalAddressType; with_ship_to_contact ship_to_contact :
    ::std::string::String; with_ship_to_name ship_to_name : ::std::string::String;
    with_status status : ::std::string::String; with_total_amount_excluding_tax
    total_amount_excluding_tax : rt::edm::Decimal; with_total_amount_including_tax
    total_amount_including_tax : rt::edm::Decimal; with_total_tax_amount total_tax_amount
    : rt::edm::Decimal; with_vendor_id vendor_id : rt::edm::Guid;
    with_vendor_invoice_number vendor_invoice_number : ::std::string::String;
    with_vendor_name vendor_name : ::std::string::String; with_vendor_number
    vendor_number : ::std::string::String; with_currency currency : crate
    ::beta::Currency; with_purchase_invoice_lines purchase_invoice_lines :
    ::std::vec::Vec < crate ::beta::PurchaseInvoiceLine >; with_vendor vendor : crate
    ::beta::Vendor; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PurchaseInvoice);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.purchaseInvoiceLine`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PurchaseInvoiceLinePath`](requests/trait.PurchaseInvoiceLinePath.html), what a path to one (`EntityPath<PurchaseInvoiceLine, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct PurchaseInvoiceLine {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `accountId`: `Edm.Guid`, nullable.
    pub account_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `amountExcludingTax`: `Edm.Decimal`, nullable.
    pub amount_excluding_tax: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `amountIncludingTax`: `Edm.Decimal`, nullable.
    pub amount_including_tax: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `discountAmount`: `Edm.Decimal`, nullable.
    pub discount_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `discountAppliedBeforeTax`: `Edm.Boolean`, nullable.
    pub discount_applied_before_tax: rt::Field<bool>,
    /// CSDL: property `discountPercent`: `Edm.Decimal`, nullable.
    pub discount_percent: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `documentId`: `Edm.Guid`, nullable.
    pub document_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `expectedReceiptDate`: `Edm.Date`, nullable.
    pub expected_receipt_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `invoiceDiscountAllocation`: `Edm.Decimal`, nullable.
    pub invoice_discount_allocation: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `itemId`: `Edm.Guid`, nullable.
    pub item_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `lineType`: `Edm.String`, nullable.
    pub line_type: rt::Field<::std::string::String>,
    /// CSDL: property `netAmount`: `Edm.Decimal`, nullable.
    pub net_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `netAmountIncludingTax`: `Edm.Decimal`, nullable.
    pub net_amount_including_tax: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `netTaxAmount`: `Edm.Decimal`, nullable.
    pub net_tax_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `quantity`: `Edm.Decimal`, nullable.
    pub quantity: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `sequence`: `Edm.Int32`, nullable.
    pub sequence: rt::Field<i32>,
    /// CSDL: property `taxCode`: `Edm.String`, nullable.
    pub tax_code: rt::Field<::std::string::String>,
    /// CSDL: property `taxPercent`: `Edm.Decimal`, nullable.
    pub tax_percent: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `totalTaxAmount`: `Edm.Decimal`, nullable.
    pub total_tax_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `unitCost`: `Edm.Decimal`, nullable.
    pub unit_cost: rt::Field<rt::edm::Decimal>,
    /// CSDL: containment navigation property `account`: `microsoft.graph.account`, nullable.
    pub account: rt::Field<crate::beta::Account>,
    /// CSDL: containment navigation property `item`: `microsoft.graph.item`, nullable.
    pub item: rt::Field<crate::beta::Item>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for PurchaseInvoiceLine {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            account_id: rt::Field::Absent,
            amount_excluding_tax: rt::Field::Absent,
            amount_including_tax: rt::Field::Absent,
            description: rt::Field::Absent,
            discount_amount: rt::Field::Absent,
            discount_applied_before_tax: rt::Field::Absent,
            discount_percent: rt::Field::Absent,
            document_id: rt::Field::Absent,
            expected_receipt_date: rt::Field::Absent,
            invoice_discount_allocation: rt::Field::Absent,
            item_id: rt::Field::Absent,
            line_type: rt::Field::Absent,
            net_amount: rt::Field::Absent,
            net_amount_including_tax: rt::Field::Absent,
            net_tax_amount: rt::Field::Absent,
            quantity: rt::Field::Absent,
            sequence: rt::Field::Absent,
            tax_code: rt::Field::Absent,
            tax_percent: rt::Field::Absent,
            total_tax_amount: rt::Field::Absent,
            unit_cost: rt::Field::Absent,
            account: rt::Field::Absent,
            item: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for PurchaseInvoiceLine {
    const TYPE_NAME: &'static str = "microsoft.graph.purchaseInvoiceLine";
    const KEYS: &'static [&'static str] = &[
        "id",
        "accountId",
        "amountExcludingTax",
        "amountIncludingTax",
        "description",
        "discountAmount",
        "discountAppliedBeforeTax",
        "discountPercent",
        "documentId",
        "expectedReceiptDate",
        "invoiceDiscountAllocation",
        "itemId",
        "lineType",
        "netAmount",
        "netAmountIncludingTax",
        "netTaxAmount",
        "quantity",
        "sequence",
        "taxCode",
        "taxPercent",
        "totalTaxAmount",
        "unitCost",
        "account",
        "item",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"accountId\":                    ",
        ",\"amountExcludingTax\":           ",
        ",\"amountIncludingTax\":           ",
        ",\"description\":                  ",
        ",\"discountAmount\":               ",
        ",\"discountAppliedBeforeTax\":     ",
        ",\"discountPercent\":              ",
        ",\"documentId\":                   ",
        ",\"expectedReceiptDate\":          ",
        ",\"invoiceDiscountAllocation\":    ",
        ",\"itemId\":                       ",
        ",\"lineType\":                     ",
        ",\"netAmount\":                    ",
        ",\"netAmountIncludingTax\":        ",
        ",\"netTaxAmount\":                 ",
        ",\"quantity\":                     ",
        ",\"sequence\":                     ",
        ",\"taxCode\":                      ",
        ",\"taxPercent\":                   ",
        ",\"totalTaxAmount\":               ",
        ",\"unitCost\":                     ",
        ",\"account\":                      ",
        ",\"item\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.purchaseInvoiceLine\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "account_id", &self.account_id);
        v.field(2usize, "amount_excluding_tax", &self.amount_excluding_tax);
        v.field(3usize, "amount_including_tax", &self.amount_including_tax);
        v.field(4usize, "description", &self.description);
        v.field(5usize, "discount_amount", &self.discount_amount);
        v.field(
            6usize,
            "discount_applied_before_tax",
            &self.discount_applied_before_tax,
        );
        v.field(7usize, "discount_percent", &self.discount_percent);
        v.field(8usize, "document_id", &self.document_id);
        v.field(9usize, "expected_receipt_date", &self.expected_receipt_date);
        v.field(
            10usize,
            "invoice_discount_allocation",
            &self.invoice_discount_allocation,
        );
        v.field(11usize, "item_id", &self.item_id);
        v.field(12usize, "line_type", &self.line_type);
        v.field(13usize, "net_amount", &self.net_amount);
        v.field(14usize, "net_amount_including_tax", &self.net_amount_including_tax);
        v.field(15usize, "net_tax_amount", &self.net_tax_amount);
        v.field(16usize, "quantity", &self.quantity);
        v.field(17usize, "sequence", &self.sequence);
        v.field(18usize, "tax_code", &self.tax_code);
        v.field(19usize, "tax_percent", &self.tax_percent);
        v.field(20usize, "total_tax_amount", &self.total_tax_amount);
        v.field(21usize, "unit_cost", &self.unit_cost);
        v.field(22usize, "account", &self.account);
        v.field(23usize, "item", &self.item);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for PurchaseInvoiceLine {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.account_id.read_from(r),
            2usize => self.amount_excluding_tax.read_from(r),
            3usize => self.amount_including_tax.read_from(r),
            4usize => self.description.read_from(r),
            5usize => self.discount_amount.read_from(r),
            6usize => self.discount_applied_before_tax.read_from(r),
            7usize => self.discount_percent.read_from(r),
            8usize => self.document_id.read_from(r),
            9usize => self.expected_receipt_date.read_from(r),
            10usize => self.invoice_discount_allocation.read_from(r),
            11usize => self.item_id.read_from(r),
            12usize => self.line_type.read_from(r),
            13usize => self.net_amount.read_from(r),
            14usize => self.net_amount_including_tax.read_from(r),
            15usize => self.net_tax_amount.read_from(r),
            16usize => self.quantity.read_from(r),
            17usize => self.sequence.read_from(r),
            18usize => self.tax_code.read_from(r),
            19usize => self.tax_percent.read_from(r),
            20usize => self.total_tax_amount.read_from(r),
            21usize => self.unit_cost.read_from(r),
            22usize => self.account.read_from(r),
            23usize => self.item.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.account_id);
        w.field(2usize, &self.amount_excluding_tax);
        w.field(3usize, &self.amount_including_tax);
        w.field(4usize, &self.description);
        w.field(5usize, &self.discount_amount);
        w.field(6usize, &self.discount_applied_before_tax);
        w.field(7usize, &self.discount_percent);
        w.field(8usize, &self.document_id);
        w.field(9usize, &self.expected_receipt_date);
        w.field(10usize, &self.invoice_discount_allocation);
        w.field(11usize, &self.item_id);
        w.field(12usize, &self.line_type);
        w.field(13usize, &self.net_amount);
        w.field(14usize, &self.net_amount_including_tax);
        w.field(15usize, &self.net_tax_amount);
        w.field(16usize, &self.quantity);
        w.field(17usize, &self.sequence);
        w.field(18usize, &self.tax_code);
        w.field(19usize, &self.tax_percent);
        w.field(20usize, &self.total_tax_amount);
        w.field(21usize, &self.unit_cost);
        w.field(22usize, &self.account);
        w.field(23usize, &self.item);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_object!(PurchaseInvoiceLine);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    PurchaseInvoiceLine { with_id id : ::std::string::String; with_account_id account_id
    : rt::edm::Guid; with_amount_excluding_tax amount_excluding_tax : rt::edm::Decimal;
    with_amount_including_tax amount_including_tax : rt::edm::Decimal; with_description
    description : ::std::string::String; with_discount_amount discount_amount :
    rt::edm::Decimal; with_discount_applied_before_tax discount_applied_before_tax :
    bool; with_discount_percent discount_percent : rt::edm::Decimal; with_document_id
    document_id : rt::edm::Guid; with_expected_receipt_date expected_receipt_date :
    rt::edm::Date; with_invoice_discount_allocation invoice_discount_allocation :
    rt::edm::Decimal; with_item_id item_id : rt::edm::Guid; with_line_type line_type :
    ::std::string::String; with_net_amount net_amount : rt::edm::Decimal;
    with_net_amount_including_tax net_amount_including_tax : rt::edm::Decimal;
    with_net_tax_amount net_tax_amount : rt::edm::Decimal; with_quantity quantity :
    rt::edm::Decimal; with_sequence sequence : i32; with_tax_code tax_code :
    ::std::string::String; with_tax_percent tax_percent : rt::edm::Decimal;
    with_total_tax_amount total_tax_amount : rt::edm::Decimal; with_unit_cost unit_cost :
    rt::edm::Decimal; with_account account : crate ::beta::Account; with_item item :
    crate ::beta::Item; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PurchaseInvoiceLine);
