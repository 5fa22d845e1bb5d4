//! Types of `microsoft.graph` by the first letters of their names (`pr_pu`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.preAuthorizedApplication`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PreAuthorizedApplication {
    /// CSDL: property `appId`: `Edm.String`, not nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// CSDL: property `permissionIds`: `Collection(Edm.String)`, nullable.
    pub permission_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for PreAuthorizedApplication {
    #[inline]
    fn default() -> Self {
        Self {
            app_id: rt::Field::Absent,
            permission_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for PreAuthorizedApplication {
    const TYPE_NAME: &'static str = "microsoft.graph.preAuthorizedApplication";
    const KEYS: &'static [&'static str] = &["appId", "permissionIds"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"appId\":                        ",
        ",\"permissionIds\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.preAuthorizedApplication\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "app_id", &self.app_id);
        v.field(1usize, "permission_ids", &self.permission_ids);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for PreAuthorizedApplication {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.app_id.read_from(r),
            1usize => self.permission_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.app_id);
        w.field(1usize, &self.permission_ids);
    }
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
rt::impl_object!(PreAuthorizedApplication);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    PreAuthorizedApplication { with_app_id app_id : ::std::string::String;
    with_permission_ids permission_ids : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PreAuthorizedApplication);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.presentation`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PresentationPath`](requests/trait.PresentationPath.html), what a path to one (`EntityPath<Presentation, C>`) dereferences to.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct Presentation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `comments`: `Collection(microsoft.graph.documentComment)`, not nullable.
    pub comments: rt::Field<::std::vec::Vec<crate::beta::DocumentComment>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for Presentation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            comments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for Presentation {
    const TYPE_NAME: &'static str = "microsoft.graph.presentation";
    const KEYS: &'static [&'static str] = &["id", "comments"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"comments\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.presentation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "comments", &self.comments);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for Presentation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.comments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.comments);
    }
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
rt::impl_object!(Presentation);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    Presentation { with_id id : ::std::string::String; with_comments comments :
    ::std::vec::Vec < crate ::beta::DocumentComment >; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Presentation);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printConnector`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PrintConnectorPath`](requests/trait.PrintConnectorPath.html), what a path to one (`EntityPath<PrintConnector, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone)]
pub struct PrintConnector {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appVersion`: `Edm.String`, nullable.
    pub app_version: rt::Field<::std::string::String>,
    /// CSDL: property `deviceHealth`: `microsoft.graph.deviceHealth`, nullable.
    pub device_health: rt::Field<crate::beta::DeviceHealth>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `fullyQualifiedDomainName`: `Edm.String`, nullable.
    pub fully_qualified_domain_name: rt::Field<::std::string::String>,
    /// CSDL: property `location`: `microsoft.graph.printerLocation`, nullable.
    pub location: rt::Field<crate::beta::PrinterLocation>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `operatingSystem`: `Edm.String`, nullable.
    pub operating_system: rt::Field<::std::string::String>,
    /// CSDL: property `registeredDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub registered_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_search)]
impl ::std::default::Default for PrintConnector {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_version: rt::Field::Absent,
            device_health: rt::Field::Absent,
            display_name: rt::Field::Absent,
            fully_qualified_domain_name: rt::Field::Absent,
            location: rt::Field::Absent,
            name: rt::Field::Absent,
            operating_system: rt::Field::Absent,
            registered_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::Object for PrintConnector {
    const TYPE_NAME: &'static str = "microsoft.graph.printConnector";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appVersion",
        "deviceHealth",
        "displayName",
        "fullyQualifiedDomainName",
        "location",
        "name",
        "operatingSystem",
        "registeredDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appVersion\":                   ",
        ",\"deviceHealth\":                 ",
        ",\"displayName\":                  ",
        ",\"fullyQualifiedDomainName\":     ",
        ",\"location\":                     ",
        ",\"name\":                         ",
        ",\"operatingSystem\":              ",
        ",\"registeredDateTime\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printConnector\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_version", &self.app_version);
        v.field(2usize, "device_health", &self.device_health);
        v.field(3usize, "display_name", &self.display_name);
        v.field(
            4usize,
            "fully_qualified_domain_name",
            &self.fully_qualified_domain_name,
        );
        v.field(5usize, "location", &self.location);
        v.field(6usize, "name", &self.name);
        v.field(7usize, "operating_system", &self.operating_system);
        v.field(8usize, "registered_date_time", &self.registered_date_time);
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::object::Members for PrintConnector {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_version.read_from(r),
            2usize => self.device_health.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.fully_qualified_domain_name.read_from(r),
            5usize => self.location.read_from(r),
            6usize => self.name.read_from(r),
            7usize => self.operating_system.read_from(r),
            8usize => self.registered_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_version);
        w.field(2usize, &self.device_health);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.fully_qualified_domain_name);
        w.field(5usize, &self.location);
        w.field(6usize, &self.name);
        w.field(7usize, &self.operating_system);
        w.field(8usize, &self.registered_date_time);
    }
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
rt::impl_object!(PrintConnector);
#[cfg(msgraph_beta_print_or_search)]
rt::impl_setters!(
    PrintConnector { with_id id : ::std::string::String; with_app_version app_version :
    ::std::string::String; with_device_health device_health : crate ::beta::DeviceHealth;
    with_display_name display_name : ::std::string::String;
    with_fully_qualified_domain_name fully_qualified_domain_name : ::std::string::String;
    with_location location : crate ::beta::PrinterLocation; with_name name :
    ::std::string::String; with_operating_system operating_system :
    ::std::string::String; with_registered_date_time registered_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintConnector);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printService`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PrintServicePath`](requests/trait.PrintServicePath.html), what a path to one (`EntityPath<PrintService, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone)]
pub struct PrintService {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `endpoints`: `Collection(microsoft.graph.printServiceEndpoint)`, not nullable.
    pub endpoints: rt::Field<::std::vec::Vec<crate::beta::PrintServiceEndpoint>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_search)]
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
#[cfg(msgraph_beta_print_or_search)]
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
#[cfg(msgraph_beta_print_or_search)]
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
#[cfg(msgraph_beta_print_or_search)]
rt::impl_object!(PrintService);
#[cfg(msgraph_beta_print_or_search)]
rt::impl_setters!(
    PrintService { with_id id : ::std::string::String; with_endpoints endpoints :
    ::std::vec::Vec < crate ::beta::PrintServiceEndpoint >; }
);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintService);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printServiceEndpoint`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone)]
pub struct PrintServiceEndpoint {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `uri`: `Edm.String`, nullable.
    pub uri: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_search)]
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
#[cfg(msgraph_beta_print_or_search)]
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
#[cfg(msgraph_beta_print_or_search)]
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
#[cfg(msgraph_beta_print_or_search)]
rt::impl_object!(PrintServiceEndpoint);
#[cfg(msgraph_beta_print_or_search)]
rt::impl_setters!(
    PrintServiceEndpoint { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_uri uri : ::std::string::String; }
);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintServiceEndpoint);
#[cfg(msgraph_beta_print)]
/// CSDL: `microsoft.graph.printSettings`, complex type.
///
/// Features: `beta` or `beta-print`.
#[derive(Clone)]
pub struct PrintSettings {
    /// CSDL: property `documentConversionEnabled`: `Edm.Boolean`, not nullable.
    pub document_conversion_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print)]
impl ::std::default::Default for PrintSettings {
    #[inline]
    fn default() -> Self {
        Self {
            document_conversion_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print)]
impl rt::Object for PrintSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.printSettings";
    const KEYS: &'static [&'static str] = &["documentConversionEnabled"];
    const KEYS_JSON: &'static [&'static str] = &[",\"documentConversionEnabled\":    "];
    const TAG: &'static str = "\"#microsoft.graph.printSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "document_conversion_enabled",
            &self.document_conversion_enabled,
        );
    }
}
#[cfg(msgraph_beta_print)]
impl rt::object::Members for PrintSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.document_conversion_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.document_conversion_enabled);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_print)]
rt::impl_object!(PrintSettings);
#[cfg(msgraph_beta_print)]
rt::impl_setters!(
    PrintSettings { with_document_conversion_enabled document_conversion_enabled : bool;
    }
);
#[cfg(msgraph_beta_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintSettings);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.printUsage`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct PrintUsage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `completedBlackAndWhiteJobCount`: `Edm.Int64`, not nullable.
    pub completed_black_and_white_job_count: rt::Field<i64>,
    /// CSDL: property `completedColorJobCount`: `Edm.Int64`, not nullable.
    pub completed_color_job_count: rt::Field<i64>,
    /// CSDL: property `incompleteJobCount`: `Edm.Int64`, not nullable.
    pub incomplete_job_count: rt::Field<i64>,
    /// CSDL: property `usageDate`: `Edm.Date`, not nullable.
    pub usage_date: rt::Field<rt::edm::Date>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for PrintUsage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            completed_black_and_white_job_count: rt::Field::Absent,
            completed_color_job_count: rt::Field::Absent,
            incomplete_job_count: rt::Field::Absent,
            usage_date: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for PrintUsage {
    const TYPE_NAME: &'static str = "microsoft.graph.printUsage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "completedBlackAndWhiteJobCount",
        "completedColorJobCount",
        "incompleteJobCount",
        "usageDate",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"completedBlackAndWhiteJobCount\":",
        ",\"completedColorJobCount\":       ",
        ",\"incompleteJobCount\":           ",
        ",\"usageDate\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printUsage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "completed_black_and_white_job_count",
            &self.completed_black_and_white_job_count,
        );
        v.field(2usize, "completed_color_job_count", &self.completed_color_job_count);
        v.field(3usize, "incomplete_job_count", &self.incomplete_job_count);
        v.field(4usize, "usage_date", &self.usage_date);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for PrintUsage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.completed_black_and_white_job_count.read_from(r),
            2usize => self.completed_color_job_count.read_from(r),
            3usize => self.incomplete_job_count.read_from(r),
            4usize => self.usage_date.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.completed_black_and_white_job_count);
        w.field(2usize, &self.completed_color_job_count);
        w.field(3usize, &self.incomplete_job_count);
        w.field(4usize, &self.usage_date);
    }
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
rt::impl_object!(PrintUsage);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    PrintUsage { with_id id : ::std::string::String;
    with_completed_black_and_white_job_count completed_black_and_white_job_count : i64;
    with_completed_color_job_count completed_color_job_count : i64;
    with_incomplete_job_count incomplete_job_count : i64; with_usage_date usage_date :
    rt::edm::Date; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintUsage);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// `microsoft.graph.printUsage` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyPrintUsage {
    PrintUsage(::std::boxed::Box<crate::beta::PrintUsage>),
    PrintUsageByPrinter(::std::boxed::Box<crate::beta::PrintUsageByPrinter>),
    PrintUsageByUser(::std::boxed::Box<crate::beta::PrintUsageByUser>),
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for AnyPrintUsage {
    #[inline]
    fn default() -> Self {
        Self::PrintUsage(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PrintUsage> for AnyPrintUsage {
    #[inline]
    fn from(v: crate::beta::PrintUsage) -> Self {
        Self::PrintUsage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PrintUsageByPrinter> for AnyPrintUsage {
    #[inline]
    fn from(v: crate::beta::PrintUsageByPrinter) -> Self {
        Self::PrintUsageByPrinter(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PrintUsageByUser> for AnyPrintUsage {
    #[inline]
    fn from(v: crate::beta::PrintUsageByUser) -> Self {
        Self::PrintUsageByUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
unsafe impl ::std::marker::Send for AnyPrintUsage {}
#[cfg(msgraph_beta_print_or_reports_or_search)]
unsafe impl ::std::marker::Sync for AnyPrintUsage {}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::marker::Unpin for AnyPrintUsage {}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::panic::UnwindSafe for AnyPrintUsage {}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::panic::RefUnwindSafe for AnyPrintUsage {}
#[cfg(msgraph_beta_print_or_reports_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::PrintUsage>();
    rt::object::auto_traits::<crate::beta::PrintUsageByPrinter>();
    rt::object::auto_traits::<crate::beta::PrintUsageByUser>();
};
#[cfg(msgraph_beta_print_or_reports_or_search)]
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
#[cfg(msgraph_beta_print_or_reports_or_search)]
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
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_poly!(AnyPrintUsage);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyPrintUsage);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.printUsageByPrinter`, entity type, derived from `microsoft.graph.printUsage`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct PrintUsageByPrinter {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `completedBlackAndWhiteJobCount`: `Edm.Int64`, not nullable.
    pub completed_black_and_white_job_count: rt::Field<i64>,
    /// CSDL: property `completedColorJobCount`: `Edm.Int64`, not nullable.
    pub completed_color_job_count: rt::Field<i64>,
    /// CSDL: property `incompleteJobCount`: `Edm.Int64`, not nullable.
    pub incomplete_job_count: rt::Field<i64>,
    /// CSDL: property `usageDate`: `Edm.Date`, not nullable.
    pub usage_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `printerId`: `Edm.String`, nullable.
    pub printer_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for PrintUsageByPrinter {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            completed_black_and_white_job_count: rt::Field::Absent,
            completed_color_job_count: rt::Field::Absent,
            incomplete_job_count: rt::Field::Absent,
            usage_date: rt::Field::Absent,
            printer_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for PrintUsageByPrinter {
    const TYPE_NAME: &'static str = "microsoft.graph.printUsageByPrinter";
    const KEYS: &'static [&'static str] = &[
        "id",
        "completedBlackAndWhiteJobCount",
        "completedColorJobCount",
        "incompleteJobCount",
        "usageDate",
        "printerId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"completedBlackAndWhiteJobCount\":",
        ",\"completedColorJobCount\":       ",
        ",\"incompleteJobCount\":           ",
        ",\"usageDate\":                    ",
        ",\"printerId\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printUsageByPrinter\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "completed_black_and_white_job_count",
            &self.completed_black_and_white_job_count,
        );
        v.field(2usize, "completed_color_job_count", &self.completed_color_job_count);
        v.field(3usize, "incomplete_job_count", &self.incomplete_job_count);
        v.field(4usize, "usage_date", &self.usage_date);
        v.field(5usize, "printer_id", &self.printer_id);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for PrintUsageByPrinter {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.completed_black_and_white_job_count.read_from(r),
            2usize => self.completed_color_job_count.read_from(r),
            3usize => self.incomplete_job_count.read_from(r),
            4usize => self.usage_date.read_from(r),
            5usize => self.printer_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.completed_black_and_white_job_count);
        w.field(2usize, &self.completed_color_job_count);
        w.field(3usize, &self.incomplete_job_count);
        w.field(4usize, &self.usage_date);
        w.field(5usize, &self.printer_id);
    }
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
rt::impl_object!(PrintUsageByPrinter);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    PrintUsageByPrinter { with_id id : ::std::string::String;
    with_completed_black_and_white_job_count completed_black_and_white_job_count : i64;
    with_completed_color_job_count completed_color_job_count : i64;
    with_incomplete_job_count incomplete_job_count : i64; with_usage_date usage_date :
    rt::edm::Date; with_printer_id printer_id : ::std::string::String; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintUsageByPrinter);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.printUsageByUser`, entity type, derived from `microsoft.graph.printUsage`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct PrintUsageByUser {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `completedBlackAndWhiteJobCount`: `Edm.Int64`, not nullable.
    pub completed_black_and_white_job_count: rt::Field<i64>,
    /// CSDL: property `completedColorJobCount`: `Edm.Int64`, not nullable.
    pub completed_color_job_count: rt::Field<i64>,
    /// CSDL: property `incompleteJobCount`: `Edm.Int64`, not nullable.
    pub incomplete_job_count: rt::Field<i64>,
    /// CSDL: property `usageDate`: `Edm.Date`, not nullable.
    pub usage_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for PrintUsageByUser {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            completed_black_and_white_job_count: rt::Field::Absent,
            completed_color_job_count: rt::Field::Absent,
            incomplete_job_count: rt::Field::Absent,
            usage_date: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for PrintUsageByUser {
    const TYPE_NAME: &'static str = "microsoft.graph.printUsageByUser";
    const KEYS: &'static [&'static str] = &[
        "id",
        "completedBlackAndWhiteJobCount",
        "completedColorJobCount",
        "incompleteJobCount",
        "usageDate",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"completedBlackAndWhiteJobCount\":",
        ",\"completedColorJobCount\":       ",
        ",\"incompleteJobCount\":           ",
        ",\"usageDate\":                    ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printUsageByUser\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "completed_black_and_white_job_count",
            &self.completed_black_and_white_job_count,
        );
        v.field(2usize, "completed_color_job_count", &self.completed_color_job_count);
        v.field(3usize, "incomplete_job_count", &self.incomplete_job_count);
        v.field(4usize, "usage_date", &self.usage_date);
        v.field(5usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for PrintUsageByUser {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.completed_black_and_white_job_count.read_from(r),
            2usize => self.completed_color_job_count.read_from(r),
            3usize => self.incomplete_job_count.read_from(r),
            4usize => self.usage_date.read_from(r),
            5usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.completed_black_and_white_job_count);
        w.field(2usize, &self.completed_color_job_count);
        w.field(3usize, &self.incomplete_job_count);
        w.field(4usize, &self.usage_date);
        w.field(5usize, &self.user_principal_name);
    }
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
rt::impl_object!(PrintUsageByUser);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    PrintUsageByUser { with_id id : ::std::string::String;
    with_completed_black_and_white_job_count completed_black_and_white_job_count : i64;
    with_completed_color_job_count completed_color_job_count : i64;
    with_incomplete_job_count incomplete_job_count : i64; with_usage_date usage_date :
    rt::edm::Date; with_user_principal_name user_principal_name : ::std::string::String;
    }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintUsageByUser);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.printUsageSummary`, complex type.
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct PrintUsageSummary {
    /// CSDL: property `completedJobCount`: `Edm.Int32`, not nullable.
    pub completed_job_count: rt::Field<i32>,
    /// CSDL: property `incompleteJobCount`: `Edm.Int32`, not nullable.
    pub incomplete_job_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for PrintUsageSummary {
    #[inline]
    fn default() -> Self {
        Self {
            completed_job_count: rt::Field::Absent,
            incomplete_job_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for PrintUsageSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.printUsageSummary";
    const KEYS: &'static [&'static str] = &["completedJobCount", "incompleteJobCount"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"completedJobCount\":            ",
        ",\"incompleteJobCount\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printUsageSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "completed_job_count", &self.completed_job_count);
        v.field(1usize, "incomplete_job_count", &self.incomplete_job_count);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for PrintUsageSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.completed_job_count.read_from(r),
            1usize => self.incomplete_job_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.completed_job_count);
        w.field(1usize, &self.incomplete_job_count);
    }
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
rt::impl_object!(PrintUsageSummary);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    PrintUsageSummary { with_completed_job_count completed_job_count : i32;
    with_incomplete_job_count incomplete_job_count : i32; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintUsageSummary);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printerDefaults`, complex type.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone)]
pub struct PrinterDefaults {
    /// CSDL: property `colorMode`: `microsoft.graph.printColorMode`, nullable.
    pub color_mode: rt::Field<crate::beta::PrintColorMode>,
    /// CSDL: property `contentType`: `Edm.String`, nullable.
    pub content_type: rt::Field<::std::string::String>,
    /// CSDL: property `copiesPerJob`: `Edm.Int32`, nullable.
    pub copies_per_job: rt::Field<i32>,
    /// CSDL: property `documentMimeType`: `Edm.String`, nullable.
    pub document_mime_type: rt::Field<::std::string::String>,
    /// CSDL: property `dpi`: `Edm.Int32`, nullable.
    pub dpi: rt::Field<i32>,
    /// CSDL: property `duplexConfiguration`: `microsoft.graph.printDuplexConfiguration`, nullable.
    pub duplex_configuration: rt::Field<crate::beta::PrintDuplexConfiguration>,
    /// CSDL: property `duplexMode`: `microsoft.graph.printDuplexMode`, nullable.
    pub duplex_mode: rt::Field<crate::beta::PrintDuplexMode>,
    /// CSDL: property `finishings`: `Collection(microsoft.graph.printFinishing)`, nullable.
    pub finishings: rt::Field<::std::vec::Vec<crate::beta::PrintFinishing>>,
    /// CSDL: property `fitPdfToPage`: `Edm.Boolean`, nullable.
    pub fit_pdf_to_page: rt::Field<bool>,
    /// CSDL: property `inputBin`: `Edm.String`, nullable.
    pub input_bin: rt::Field<::std::string::String>,
    /// CSDL: property `mediaColor`: `Edm.String`, nullable.
    pub media_color: rt::Field<::std::string::String>,
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
    /// CSDL: property `pagesPerSheet`: `Edm.Int32`, nullable.
    pub pages_per_sheet: rt::Field<i32>,
    /// CSDL: property `pdfFitToPage`: `Edm.Boolean`, nullable.
    pub pdf_fit_to_page: rt::Field<bool>,
    /// CSDL: property `presentationDirection`: `microsoft.graph.printPresentationDirection`, nullable.
    pub presentation_direction: rt::Field<crate::beta::PrintPresentationDirection>,
    /// CSDL: property `printColorConfiguration`: `microsoft.graph.printColorConfiguration`, nullable.
    pub print_color_configuration: rt::Field<crate::beta::PrintColorConfiguration>,
    /// CSDL: property `printQuality`: `microsoft.graph.printQuality`, nullable.
    pub print_quality: rt::Field<crate::beta::PrintQuality>,
    /// CSDL: property `quality`: `microsoft.graph.printQuality`, nullable.
    pub quality: rt::Field<crate::beta::PrintQuality>,
    /// CSDL: property `scaling`: `microsoft.graph.printScaling`, nullable.
    pub scaling: rt::Field<crate::beta::PrintScaling>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_search)]
impl ::std::default::Default for PrinterDefaults {
    #[inline]
    fn default() -> Self {
        Self {
            color_mode: rt::Field::Absent,
            content_type: rt::Field::Absent,
            copies_per_job: rt::Field::Absent,
            document_mime_type: rt::Field::Absent,
            dpi: rt::Field::Absent,
            duplex_configuration: rt::Field::Absent,
            duplex_mode: rt::Field::Absent,
            finishings: rt::Field::Absent,
            fit_pdf_to_page: rt::Field::Absent,
            input_bin: rt::Field::Absent,
            media_color: rt::Field::Absent,
            media_size: rt::Field::Absent,
            media_type: rt::Field::Absent,
            multipage_layout: rt::Field::Absent,
            orientation: rt::Field::Absent,
            output_bin: rt::Field::Absent,
            pages_per_sheet: rt::Field::Absent,
            pdf_fit_to_page: rt::Field::Absent,
            presentation_direction: rt::Field::Absent,
            print_color_configuration: rt::Field::Absent,
            print_quality: rt::Field::Absent,
            quality: rt::Field::Absent,
            scaling: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::Object for PrinterDefaults {
    const TYPE_NAME: &'static str = "microsoft.graph.printerDefaults";
    const KEYS: &'static [&'static str] = &[
        "colorMode",
        "contentType",
        "copiesPerJob",
        "documentMimeType",
        "dpi",
        "duplexConfiguration",
        "duplexMode",
        "finishings",
        "fitPdfToPage",
        "inputBin",
        "mediaColor",
        "mediaSize",
        "mediaType",
        "multipageLayout",
        "orientation",
        "outputBin",
        "pagesPerSheet",
        "pdfFitToPage",
        "presentationDirection",
        "printColorConfiguration",
        "printQuality",
        "quality",
        "scaling",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"colorMode\":                    ",
        ",\"contentType\":                  ",
        ",\"copiesPerJob\":                 ",
        ",\"documentMimeType\":             ",
        ",\"dpi\":                          ",
        ",\"duplexConfiguration\":          ",
        ",\"duplexMode\":                   ",
        ",\"finishings\":                   ",
        ",\"fitPdfToPage\":                 ",
        ",\"inputBin\":                     ",
        ",\"mediaColor\":                   ",
        ",\"mediaSize\":                    ",
        ",\"mediaType\":                    ",
        ",\"multipageLayout\":              ",
        ",\"orientation\":                  ",
        ",\"outputBin\":                    ",
        ",\"pagesPerSheet\":                ",
        ",\"pdfFitToPage\":                 ",
        ",\"presentationDirection\":        ",
        ",\"printColorConfiguration\":      ",
        ",\"printQuality\":                 ",
        ",\"quality\":                      ",
        ",\"scaling\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printerDefaults\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "color_mode", &self.color_mode);
        v.field(1usize, "content_type", &self.content_type);
        v.field(2usize, "copies_per_job", &self.copies_per_job);
        v.field(3usize, "document_mime_type", &self.document_mime_type);
        v.field(4usize, "dpi", &self.dpi);
        v.field(5usize, "duplex_configuration", &self.duplex_configuration);
        v.field(6usize, "duplex_mode", &self.duplex_mode);
        v.field(7usize, "finishings", &self.finishings);
        v.field(8usize, "fit_pdf_to_page", &self.fit_pdf_to_page);
        v.field(9usize, "input_bin", &self.input_bin);
        v.field(10usize, "media_color", &self.media_color);
        v.field(11usize, "media_size", &self.media_size);
        v.field(12usize, "media_type", &self.media_type);
        v.field(13usize, "multipage_layout", &self.multipage_layout);
        v.field(14usize, "orientation", &self.orientation);
        v.field(15usize, "output_bin", &self.output_bin);
        v.field(16usize, "pages_per_sheet", &self.pages_per_sheet);
        v.field(17usize, "pdf_fit_to_page", &self.pdf_fit_to_page);
        v.field(18usize, "presentation_direction", &self.presentation_direction);
        v.field(19usize, "print_color_configuration", &self.print_color_configuration);
        v.field(20usize, "print_quality", &self.print_quality);
        v.field(21usize, "quality", &self.quality);
        v.field(22usize, "scaling", &self.scaling);
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::object::Members for PrinterDefaults {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.color_mode.read_from(r),
            1usize => self.content_type.read_from(r),
            2usize => self.copies_per_job.read_from(r),
            3usize => self.document_mime_type.read_from(r),
            4usize => self.dpi.read_from(r),
            5usize => self.duplex_configuration.read_from(r),
            6usize => self.duplex_mode.read_from(r),
            7usize => self.finishings.read_from(r),
            8usize => self.fit_pdf_to_page.read_from(r),
            9usize => self.input_bin.read_from(r),
            10usize => self.media_color.read_from(r),
            11usize => self.media_size.read_from(r),
            12usize => self.media_type.read_from(r),
            13usize => self.multipage_layout.read_from(r),
            14usize => self.orientation.read_from(r),
            15usize => self.output_bin.read_from(r),
            16usize => self.pages_per_sheet.read_from(r),
            17usize => self.pdf_fit_to_page.read_from(r),
            18usize => self.presentation_direction.read_from(r),
            19usize => self.print_color_configuration.read_from(r),
            20usize => self.print_quality.read_from(r),
            21usize => self.quality.read_from(r),
            22usize => self.scaling.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.color_mode);
        w.field(1usize, &self.content_type);
        w.field(2usize, &self.copies_per_job);
        w.field(3usize, &self.document_mime_type);
        w.field(4usize, &self.dpi);
        w.field(5usize, &self.duplex_configuration);
        w.field(6usize, &self.duplex_mode);
        w.field(7usize, &self.finishings);
        w.field(8usize, &self.fit_pdf_to_page);
        w.field(9usize, &self.input_bin);
        w.field(10usize, &self.media_color);
        w.field(11usize, &self.media_size);
        w.field(12usize, &self.media_type);
        w.field(13usize, &self.multipage_layout);
        w.field(14usize, &self.orientation);
        w.field(15usize, &self.output_bin);
        w.field(16usize, &self.pages_per_sheet);
        w.field(17usize, &self.pdf_fit_to_page);
        w.field(18usize, &self.presentation_direction);
        w.field(19usize, &self.print_color_configuration);
        w.field(20usize, &self.print_quality);
        w.field(21usize, &self.quality);
        w.field(22usize, &self.scaling);
    }
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
rt::impl_object!(PrinterDefaults);
#[cfg(msgraph_beta_print_or_search)]
rt::impl_setters!(
    PrinterDefaults { with_color_mode color_mode : crate ::beta::PrintColorMode;
    with_content_type content_type : ::std::string::String; with_copies_per_job
    copies_per_job : i32; with_document_mime_type document_mime_type :
    ::std::string::String; with_dpi dpi : i32; with_duplex_configuration
    duplex_configuration : crate ::beta::PrintDuplexConfiguration; with_duplex_mode
    duplex_mode : crate ::beta::PrintDuplexMode; with_finishings finishings :
    ::std::vec::Vec < crate ::beta::PrintFinishing >; with_fit_pdf_to_page
    fit_pdf_to_page : bool; with_input_bin input_bin : ::std::string::String;
    with_media_color media_color : ::std::string::String; with_media_size media_size :
    ::std::string::String; with_media_type media_type : ::std::string::String;
    with_multipage_layout multipage_layout : crate ::beta::PrintMultipageLayout;
    with_orientation orientation : crate ::beta::PrintOrientation; with_output_bin
    output_bin : ::std::string::String; with_pages_per_sheet pages_per_sheet : i32;
    with_pdf_fit_to_page pdf_fit_to_page : bool; with_presentation_direction
    presentation_direction : crate ::beta::PrintPresentationDirection;
    with_print_color_configuration print_color_configuration : crate
    ::beta::PrintColorConfiguration; with_print_quality print_quality : crate
    ::beta::PrintQuality; with_quality quality : crate ::beta::PrintQuality; with_scaling
    scaling : crate ::beta::PrintScaling; }
);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrinterDefaults);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printerLocation`, complex type.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
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
    /// CSDL: property `floorNumber`: `Edm.Int32`, nullable.
    pub floor_number: rt::Field<i32>,
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
    /// CSDL: property `roomNumber`: `Edm.Int32`, nullable.
    pub room_number: rt::Field<i32>,
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
#[cfg(msgraph_beta_print_or_search)]
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
            floor_number: rt::Field::Absent,
            latitude: rt::Field::Absent,
            longitude: rt::Field::Absent,
            organization: rt::Field::Absent,
            postal_code: rt::Field::Absent,
            room_description: rt::Field::Absent,
            room_name: rt::Field::Absent,
            room_number: rt::Field::Absent,
            site: rt::Field::Absent,
            state_or_province: rt::Field::Absent,
            street_address: rt::Field::Absent,
            subdivision: rt::Field::Absent,
            subunit: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::Object for PrinterLocation {
    const TYPE_NAME: &'static str = "microsoft.graph.printerLocation";
    const KEYS: &'static [&'static str] = &[
        "altitudeInMeters",
        "building",
        "city",
        "countryOrRegion",
        "floor",
        "floorDescription",
        "floorNumber",
        "latitude",
        "longitude",
        "organization",
        "postalCode",
        "roomDescription",
        "roomName",
        "roomNumber",
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
        ",\"floorNumber\":                  ",
        ",\"latitude\":                     ",
        ",\"longitude\":                    ",
        ",\"organization\":                 ",
        ",\"postalCode\":                   ",
        ",\"roomDescription\":              ",
        ",\"roomName\":                     ",
        ",\"roomNumber\":                   ",
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
        v.field(6usize, "floor_number", &self.floor_number);
        v.field(7usize, "latitude", &self.latitude);
        v.field(8usize, "longitude", &self.longitude);
        v.field(9usize, "organization", &self.organization);
        v.field(10usize, "postal_code", &self.postal_code);
        v.field(11usize, "room_description", &self.room_description);
        v.field(12usize, "room_name", &self.room_name);
        v.field(13usize, "room_number", &self.room_number);
        v.field(14usize, "site", &self.site);
        v.field(15usize, "state_or_province", &self.state_or_province);
        v.field(16usize, "street_address", &self.street_address);
        v.field(17usize, "subdivision", &self.subdivision);
        v.field(18usize, "subunit", &self.subunit);
    }
}
#[cfg(msgraph_beta_print_or_search)]
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
            6usize => self.floor_number.read_from(r),
            7usize => self.latitude.read_from(r),
            8usize => self.longitude.read_from(r),
            9usize => self.organization.read_from(r),
            10usize => self.postal_code.read_from(r),
            11usize => self.room_description.read_from(r),
            12usize => self.room_name.read_from(r),
            13usize => self.room_number.read_from(r),
            14usize => self.site.read_from(r),
            15usize => self.state_or_province.read_from(r),
            16usize => self.street_address.read_from(r),
            17usize => self.subdivision.read_from(r),
            18usize => self.subunit.read_from(r),
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
        w.field(6usize, &self.floor_number);
        w.field(7usize, &self.latitude);
        w.field(8usize, &self.longitude);
        w.field(9usize, &self.organization);
        w.field(10usize, &self.postal_code);
        w.field(11usize, &self.room_description);
        w.field(12usize, &self.room_name);
        w.field(13usize, &self.room_number);
        w.field(14usize, &self.site);
        w.field(15usize, &self.state_or_province);
        w.field(16usize, &self.street_address);
        w.field(17usize, &self.subdivision);
        w.field(18usize, &self.subunit);
    }
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
rt::impl_object!(PrinterLocation);
#[cfg(msgraph_beta_print_or_search)]
rt::impl_setters!(
    PrinterLocation { with_altitude_in_meters altitude_in_meters : i32; with_building
    building : ::std::string::String; with_city city : ::std::string::String;
    with_country_or_region country_or_region : ::std::string::String; with_floor floor :
    ::std::string::String; with_floor_description floor_description :
    ::std::string::String; with_floor_number floor_number : i32; with_latitude latitude :
    f64; with_longitude longitude : f64; with_organization organization : ::std::vec::Vec
    < ::std::string::String >; with_postal_code postal_code : ::std::string::String;
    with_room_description room_description : ::std::string::String; with_room_name
    room_name : ::std::string::String; with_room_number room_number : i32; with_site site
    : ::std::string::String; with_state_or_province state_or_province :
    ::std::string::String; with_street_address street_address : ::std::string::String;
    with_subdivision subdivision : ::std::vec::Vec < ::std::string::String >;
    with_subunit subunit : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrinterLocation);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.priority`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Priority {
    /// `None` (value 0).
    None,
    /// `High` (value 1).
    High,
    /// `Low` (value 2).
    Low,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for Priority {
    const TYPE_NAME: &'static str = "microsoft.graph.priority";
    const MEMBERS: &'static [&'static str] = &["None", "High", "Low"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "None" => Self::None,
                "High" => Self::High,
                "Low" => Self::Low,
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
            Self::High => "High",
            Self::Low => "Low",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(Priority);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Priority);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.privacyProfile`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PrivacyProfile {
    /// CSDL: property `contactEmail`: `Edm.String`, nullable.
    pub contact_email: rt::Field<::std::string::String>,
    /// CSDL: property `statementUrl`: `Edm.String`, nullable.
    pub statement_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for PrivacyProfile {
    #[inline]
    fn default() -> Self {
        Self {
            contact_email: rt::Field::Absent,
            statement_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for PrivacyProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.privacyProfile";
    const KEYS: &'static [&'static str] = &["contactEmail", "statementUrl"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"contactEmail\":                 ",
        ",\"statementUrl\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.privacyProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "contact_email", &self.contact_email);
        v.field(1usize, "statement_url", &self.statement_url);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for PrivacyProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.contact_email.read_from(r),
            1usize => self.statement_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.contact_email);
        w.field(1usize, &self.statement_url);
    }
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
rt::impl_object!(PrivacyProfile);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    PrivacyProfile { with_contact_email contact_email : ::std::string::String;
    with_statement_url statement_url : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivacyProfile);
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
/// CSDL: `microsoft.graph.privilegedSignupStatus`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-privileged-signup-status`, `beta-search`.
#[derive(Clone)]
pub struct PrivilegedSignupStatus {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isRegistered`: `Edm.Boolean`, nullable.
    pub is_registered: rt::Field<bool>,
    /// CSDL: property `status`: `microsoft.graph.setupStatus`, nullable.
    pub status: rt::Field<crate::beta::SetupStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
impl ::std::default::Default for PrivilegedSignupStatus {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_registered: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
impl rt::Object for PrivilegedSignupStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.privilegedSignupStatus";
    const KEYS: &'static [&'static str] = &["id", "isRegistered", "status"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isRegistered\":                 ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.privilegedSignupStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_registered", &self.is_registered);
        v.field(2usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
impl rt::object::Members for PrivilegedSignupStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_registered.read_from(r),
            2usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_registered);
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
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
rt::impl_object!(PrivilegedSignupStatus);
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
rt::impl_setters!(
    PrivilegedSignupStatus { with_id id : ::std::string::String; with_is_registered
    is_registered : bool; with_status status : crate ::beta::SetupStatus; }
);
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedSignupStatus);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.profileCardAnnotation`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ProfileCardAnnotation {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `localizations`: `Collection(microsoft.graph.displayNameLocalization)`, nullable.
    pub localizations: rt::Field<::std::vec::Vec<crate::beta::DisplayNameLocalization>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ProfileCardAnnotation {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            localizations: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ProfileCardAnnotation {
    const TYPE_NAME: &'static str = "microsoft.graph.profileCardAnnotation";
    const KEYS: &'static [&'static str] = &["displayName", "localizations"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"localizations\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.profileCardAnnotation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "localizations", &self.localizations);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ProfileCardAnnotation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.localizations.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.localizations);
    }
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
rt::impl_object!(ProfileCardAnnotation);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ProfileCardAnnotation { with_display_name display_name : ::std::string::String;
    with_localizations localizations : ::std::vec::Vec < crate
    ::beta::DisplayNameLocalization >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProfileCardAnnotation);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.profileCardProperty`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ProfileCardProperty {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `annotations`: `Collection(microsoft.graph.profileCardAnnotation)`, nullable.
    pub annotations: rt::Field<::std::vec::Vec<crate::beta::ProfileCardAnnotation>>,
    /// CSDL: property `directoryPropertyName`: `Edm.String`, nullable.
    pub directory_property_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ProfileCardProperty {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            annotations: rt::Field::Absent,
            directory_property_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ProfileCardProperty {
    const TYPE_NAME: &'static str = "microsoft.graph.profileCardProperty";
    const KEYS: &'static [&'static str] = &[
        "id",
        "annotations",
        "directoryPropertyName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"annotations\":                  ",
        ",\"directoryPropertyName\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.profileCardProperty\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "annotations", &self.annotations);
        v.field(2usize, "directory_property_name", &self.directory_property_name);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ProfileCardProperty {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.annotations.read_from(r),
            2usize => self.directory_property_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.annotations);
        w.field(2usize, &self.directory_property_name);
    }
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
rt::impl_object!(ProfileCardProperty);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ProfileCardProperty { with_id id : ::std::string::String; with_annotations
    annotations : ::std::vec::Vec < crate ::beta::ProfileCardAnnotation >;
    with_directory_property_name directory_property_name : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProfileCardProperty);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.prompt`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct Prompt {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for Prompt {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for Prompt {
    const TYPE_NAME: &'static str = "microsoft.graph.prompt";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.prompt\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
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
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_object!(Prompt);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Prompt);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// `microsoft.graph.prompt` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyPrompt {
    Prompt(::std::boxed::Box<crate::beta::Prompt>),
    MediaPrompt(::std::boxed::Box<crate::beta::MediaPrompt>),
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for AnyPrompt {
    #[inline]
    fn default() -> Self {
        Self::Prompt(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Prompt> for AnyPrompt {
    #[inline]
    fn from(v: crate::beta::Prompt) -> Self {
        Self::Prompt(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MediaPrompt> for AnyPrompt {
    #[inline]
    fn from(v: crate::beta::MediaPrompt) -> Self {
        Self::MediaPrompt(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
unsafe impl ::std::marker::Send for AnyPrompt {}
#[cfg(msgraph_beta_app_or_communications_or_search)]
unsafe impl ::std::marker::Sync for AnyPrompt {}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::marker::Unpin for AnyPrompt {}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::panic::UnwindSafe for AnyPrompt {}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::panic::RefUnwindSafe for AnyPrompt {}
#[cfg(msgraph_beta_app_or_communications_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::Prompt>();
    rt::object::auto_traits::<crate::beta::MediaPrompt>();
};
#[cfg(msgraph_beta_app_or_communications_or_search)]
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
#[cfg(msgraph_beta_app_or_communications_or_search)]
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
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_poly!(AnyPrompt);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyPrompt);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.properties`, complex type, open.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct Properties {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for Properties {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for Properties {
    const TYPE_NAME: &'static str = "microsoft.graph.properties";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.properties\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for Properties {
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
#[cfg(msgraph_beta_search)]
rt::impl_object!(Properties);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Properties);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.property`, complex type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct Property {
    /// CSDL: property `aliases`: `Collection(Edm.String)`, nullable.
    pub aliases: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `isQueryable`: `Edm.Boolean`, nullable.
    pub is_queryable: rt::Field<bool>,
    /// CSDL: property `isRefinable`: `Edm.Boolean`, nullable.
    pub is_refinable: rt::Field<bool>,
    /// CSDL: property `isRetrievable`: `Edm.Boolean`, nullable.
    pub is_retrievable: rt::Field<bool>,
    /// CSDL: property `isSearchable`: `Edm.Boolean`, nullable.
    pub is_searchable: rt::Field<bool>,
    /// CSDL: property `labels`: `Collection(microsoft.graph.label)`, nullable.
    pub labels: rt::Field<::std::vec::Vec<crate::beta::Label>>,
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `microsoft.graph.propertyType`, not nullable.
    pub type_: rt::Field<crate::beta::PropertyType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for Property {
    #[inline]
    fn default() -> Self {
        Self {
            aliases: rt::Field::Absent,
            is_queryable: rt::Field::Absent,
            is_refinable: rt::Field::Absent,
            is_retrievable: rt::Field::Absent,
            is_searchable: rt::Field::Absent,
            labels: rt::Field::Absent,
            name: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for Property {
    const TYPE_NAME: &'static str = "microsoft.graph.property";
    const KEYS: &'static [&'static str] = &[
        "aliases",
        "isQueryable",
        "isRefinable",
        "isRetrievable",
        "isSearchable",
        "labels",
        "name",
        "type",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"aliases\":                      ",
        ",\"isQueryable\":                  ",
        ",\"isRefinable\":                  ",
        ",\"isRetrievable\":                ",
        ",\"isSearchable\":                 ",
        ",\"labels\":                       ",
        ",\"name\":                         ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.property\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "aliases", &self.aliases);
        v.field(1usize, "is_queryable", &self.is_queryable);
        v.field(2usize, "is_refinable", &self.is_refinable);
        v.field(3usize, "is_retrievable", &self.is_retrievable);
        v.field(4usize, "is_searchable", &self.is_searchable);
        v.field(5usize, "labels", &self.labels);
        v.field(6usize, "name", &self.name);
        v.field(7usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for Property {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.aliases.read_from(r),
            1usize => self.is_queryable.read_from(r),
            2usize => self.is_refinable.read_from(r),
            3usize => self.is_retrievable.read_from(r),
            4usize => self.is_searchable.read_from(r),
            5usize => self.labels.read_from(r),
            6usize => self.name.read_from(r),
            7usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.aliases);
        w.field(1usize, &self.is_queryable);
        w.field(2usize, &self.is_refinable);
        w.field(3usize, &self.is_retrievable);
        w.field(4usize, &self.is_searchable);
        w.field(5usize, &self.labels);
        w.field(6usize, &self.name);
        w.field(7usize, &self.type_);
    }
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
rt::impl_object!(Property);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    Property { with_aliases aliases : ::std::vec::Vec < ::std::string::String >;
    with_is_queryable is_queryable : bool; with_is_refinable is_refinable : bool;
    with_is_retrievable is_retrievable : bool; with_is_searchable is_searchable : bool;
    with_labels labels : ::std::vec::Vec < crate ::beta::Label >; with_name name :
    ::std::string::String; with_type type_ : crate ::beta::PropertyType; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Property);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.propertyType`, enum type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PropertyType {
    /// `string` (value 0).
    String,
    /// `int64` (value 1).
    Int64,
    /// `double` (value 2).
    Double,
    /// `dateTime` (value 3).
    DateTime,
    /// `boolean` (value 4).
    Boolean,
    /// `stringCollection` (value 5).
    StringCollection,
    /// `int64Collection` (value 6).
    Int64Collection,
    /// `doubleCollection` (value 7).
    DoubleCollection,
    /// `dateTimeCollection` (value 8).
    DateTimeCollection,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search)]
impl rt::StrEnum for PropertyType {
    const TYPE_NAME: &'static str = "microsoft.graph.propertyType";
    const MEMBERS: &'static [&'static str] = &[
        "string",
        "int64",
        "double",
        "dateTime",
        "boolean",
        "stringCollection",
        "int64Collection",
        "doubleCollection",
        "dateTimeCollection",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "string" => Self::String,
                "int64" => Self::Int64,
                "double" => Self::Double,
                "dateTime" => Self::DateTime,
                "boolean" => Self::Boolean,
                "stringCollection" => Self::StringCollection,
                "int64Collection" => Self::Int64Collection,
                "doubleCollection" => Self::DoubleCollection,
                "dateTimeCollection" => Self::DateTimeCollection,
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
            Self::String => "string",
            Self::Int64 => "int64",
            Self::Double => "double",
            Self::DateTime => "dateTime",
            Self::Boolean => "boolean",
            Self::StringCollection => "stringCollection",
            Self::Int64Collection => "int64Collection",
            Self::DoubleCollection => "doubleCollection",
            Self::DateTimeCollection => "dateTimeCollection",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search)]
rt::impl_enum!(PropertyType);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PropertyType);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.protectAdhocAction`, complex type, derived from `microsoft.graph.informationProtectionAction`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ProtectAdhocAction {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for ProtectAdhocAction {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for ProtectAdhocAction {
    const TYPE_NAME: &'static str = "microsoft.graph.protectAdhocAction";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.protectAdhocAction\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for ProtectAdhocAction {
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
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_object!(ProtectAdhocAction);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProtectAdhocAction);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.protectByTemplateAction`, complex type, derived from `microsoft.graph.informationProtectionAction`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ProtectByTemplateAction {
    /// CSDL: property `templateId`: `Edm.String`, nullable.
    pub template_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for ProtectByTemplateAction {
    #[inline]
    fn default() -> Self {
        Self {
            template_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for ProtectByTemplateAction {
    const TYPE_NAME: &'static str = "microsoft.graph.protectByTemplateAction";
    const KEYS: &'static [&'static str] = &["templateId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"templateId\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.protectByTemplateAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "template_id", &self.template_id);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for ProtectByTemplateAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.template_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.template_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_object!(ProtectByTemplateAction);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    ProtectByTemplateAction { with_template_id template_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProtectByTemplateAction);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.protectDoNotForwardAction`, complex type, derived from `microsoft.graph.informationProtectionAction`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ProtectDoNotForwardAction {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for ProtectDoNotForwardAction {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for ProtectDoNotForwardAction {
    const TYPE_NAME: &'static str = "microsoft.graph.protectDoNotForwardAction";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.protectDoNotForwardAction\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for ProtectDoNotForwardAction {
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
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_object!(ProtectDoNotForwardAction);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProtectDoNotForwardAction);
#[cfg(msgraph_beta_core_or_education)]
/// CSDL: `microsoft.graph.provisionedPlan`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ProvisionedPlan {
    /// CSDL: property `capabilityStatus`: `Edm.String`, nullable.
    pub capability_status: rt::Field<::std::string::String>,
    /// CSDL: property `provisioningStatus`: `Edm.String`, nullable.
    pub provisioning_status: rt::Field<::std::string::String>,
    /// CSDL: property `service`: `Edm.String`, nullable.
    pub service: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_education)]
impl ::std::default::Default for ProvisionedPlan {
    #[inline]
    fn default() -> Self {
        Self {
            capability_status: rt::Field::Absent,
            provisioning_status: rt::Field::Absent,
            service: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_education)]
impl rt::Object for ProvisionedPlan {
    const TYPE_NAME: &'static str = "microsoft.graph.provisionedPlan";
    const KEYS: &'static [&'static str] = &[
        "capabilityStatus",
        "provisioningStatus",
        "service",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"capabilityStatus\":             ",
        ",\"provisioningStatus\":           ",
        ",\"service\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.provisionedPlan\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "capability_status", &self.capability_status);
        v.field(1usize, "provisioning_status", &self.provisioning_status);
        v.field(2usize, "service", &self.service);
    }
}
#[cfg(msgraph_beta_core_or_education)]
impl rt::object::Members for ProvisionedPlan {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.capability_status.read_from(r),
            1usize => self.provisioning_status.read_from(r),
            2usize => self.service.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.capability_status);
        w.field(1usize, &self.provisioning_status);
        w.field(2usize, &self.service);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_education)]
rt::impl_object!(ProvisionedPlan);
#[cfg(msgraph_beta_core_or_education)]
rt::impl_setters!(
    ProvisionedPlan { with_capability_status capability_status : ::std::string::String;
    with_provisioning_status provisioning_status : ::std::string::String; with_service
    service : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_education)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProvisionedPlan);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Proxied Domain
///
/// CSDL: `microsoft.graph.proxiedDomain`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ProxiedDomain {
    /// The IP address or FQDN
    ///
    /// CSDL: property `ipAddressOrFQDN`: `Edm.String`, not nullable.
    pub ip_address_or_fqdn: rt::Field<::std::string::String>,
    /// Proxy IP or FQDN
    ///
    /// CSDL: property `proxy`: `Edm.String`, nullable.
    pub proxy: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for ProxiedDomain {
    #[inline]
    fn default() -> Self {
        Self {
            ip_address_or_fqdn: rt::Field::Absent,
            proxy: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for ProxiedDomain {
    const TYPE_NAME: &'static str = "microsoft.graph.proxiedDomain";
    const KEYS: &'static [&'static str] = &["ipAddressOrFQDN", "proxy"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"ipAddressOrFQDN\":              ",
        ",\"proxy\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.proxiedDomain\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "ip_address_or_fqdn", &self.ip_address_or_fqdn);
        v.field(1usize, "proxy", &self.proxy);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for ProxiedDomain {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.ip_address_or_fqdn.read_from(r),
            1usize => self.proxy.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.ip_address_or_fqdn);
        w.field(1usize, &self.proxy);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(ProxiedDomain);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    ProxiedDomain { with_ip_address_or_fqdn ip_address_or_fqdn : ::std::string::String;
    with_proxy proxy : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProxiedDomain);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.publicClientApplication`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PublicClientApplication {
    /// CSDL: property `redirectUris`: `Collection(Edm.String)`, not nullable.
    pub redirect_uris: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for PublicClientApplication {
    #[inline]
    fn default() -> Self {
        Self {
            redirect_uris: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for PublicClientApplication {
    const TYPE_NAME: &'static str = "microsoft.graph.publicClientApplication";
    const KEYS: &'static [&'static str] = &["redirectUris"];
    const KEYS_JSON: &'static [&'static str] = &[",\"redirectUris\":                 "];
    const TAG: &'static str = "\"#microsoft.graph.publicClientApplication\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "redirect_uris", &self.redirect_uris);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for PublicClientApplication {
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
rt::impl_object!(PublicClientApplication);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    PublicClientApplication { with_redirect_uris redirect_uris : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PublicClientApplication);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.publicError`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct PublicError {
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `details`: `Collection(microsoft.graph.publicErrorDetail)`, nullable.
    pub details: rt::Field<::std::vec::Vec<crate::beta::PublicErrorDetail>>,
    /// CSDL: property `innerError`: `microsoft.graph.publicInnerError`, nullable.
    pub inner_error: rt::Field<crate::beta::PublicInnerError>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// CSDL: property `target`: `Edm.String`, nullable.
    pub target: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for PublicError {
    #[inline]
    fn default() -> Self {
        Self {
            code: rt::Field::Absent,
            details: rt::Field::Absent,
            inner_error: rt::Field::Absent,
            message: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for PublicError {
    const TYPE_NAME: &'static str = "microsoft.graph.publicError";
    const KEYS: &'static [&'static str] = &[
        "code",
        "details",
        "innerError",
        "message",
        "target",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"code\":                         ",
        ",\"details\":                      ",
        ",\"innerError\":                   ",
        ",\"message\":                      ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.publicError\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "code", &self.code);
        v.field(1usize, "details", &self.details);
        v.field(2usize, "inner_error", &self.inner_error);
        v.field(3usize, "message", &self.message);
        v.field(4usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for PublicError {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.code.read_from(r),
            1usize => self.details.read_from(r),
            2usize => self.inner_error.read_from(r),
            3usize => self.message.read_from(r),
            4usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.code);
        w.field(1usize, &self.details);
        w.field(2usize, &self.inner_error);
        w.field(3usize, &self.message);
        w.field(4usize, &self.target);
    }
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
rt::impl_object!(PublicError);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    PublicError { with_code code : ::std::string::String; with_details details :
    ::std::vec::Vec < crate ::beta::PublicErrorDetail >; with_inner_error inner_error :
    crate ::beta::PublicInnerError; with_message message : ::std::string::String;
    with_target target : ::std::string::String; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(PublicError);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.publicErrorDetail`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct PublicErrorDetail {
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// CSDL: property `target`: `Edm.String`, nullable.
    pub target: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for PublicErrorDetail {
    #[inline]
    fn default() -> Self {
        Self {
            code: rt::Field::Absent,
            message: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for PublicErrorDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.publicErrorDetail";
    const KEYS: &'static [&'static str] = &["code", "message", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"code\":                         ",
        ",\"message\":                      ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.publicErrorDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "code", &self.code);
        v.field(1usize, "message", &self.message);
        v.field(2usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for PublicErrorDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.code.read_from(r),
            1usize => self.message.read_from(r),
            2usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.code);
        w.field(1usize, &self.message);
        w.field(2usize, &self.target);
    }
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
rt::impl_object!(PublicErrorDetail);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    PublicErrorDetail { with_code code : ::std::string::String; with_message message :
    ::std::string::String; with_target target : ::std::string::String; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(PublicErrorDetail);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.publicErrorResponse`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct PublicErrorResponse {
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::beta::PublicError>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for PublicErrorResponse {
    #[inline]
    fn default() -> Self {
        Self {
            error: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for PublicErrorResponse {
    const TYPE_NAME: &'static str = "microsoft.graph.publicErrorResponse";
    const KEYS: &'static [&'static str] = &["error"];
    const KEYS_JSON: &'static [&'static str] = &[",\"error\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.publicErrorResponse\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "error", &self.error);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for PublicErrorResponse {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.error.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.error);
    }
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
rt::impl_object!(PublicErrorResponse);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(PublicErrorResponse { with_error error : crate ::beta::PublicError; });
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(PublicErrorResponse);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.publicInnerError`, complex type, open.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct PublicInnerError {
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `details`: `Collection(microsoft.graph.publicErrorDetail)`, nullable.
    pub details: rt::Field<::std::vec::Vec<crate::beta::PublicErrorDetail>>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// CSDL: property `target`: `Edm.String`, nullable.
    pub target: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for PublicInnerError {
    #[inline]
    fn default() -> Self {
        Self {
            code: rt::Field::Absent,
            details: rt::Field::Absent,
            message: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for PublicInnerError {
    const TYPE_NAME: &'static str = "microsoft.graph.publicInnerError";
    const KEYS: &'static [&'static str] = &["code", "details", "message", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"code\":                         ",
        ",\"details\":                      ",
        ",\"message\":                      ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.publicInnerError\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "code", &self.code);
        v.field(1usize, "details", &self.details);
        v.field(2usize, "message", &self.message);
        v.field(3usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for PublicInnerError {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.code.read_from(r),
            1usize => self.details.read_from(r),
            2usize => self.message.read_from(r),
            3usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.code);
        w.field(1usize, &self.details);
        w.field(2usize, &self.message);
        w.field(3usize, &self.target);
    }
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
rt::impl_object!(PublicInnerError);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    PublicInnerError { with_code code : ::std::string::String; with_details details :
    ::std::vec::Vec < crate ::beta::PublicErrorDetail >; with_message message :
    ::std::string::String; with_target target : ::std::string::String; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(PublicInnerError);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.publicationFacet`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PublicationFacet {
    /// CSDL: property `level`: `Edm.String`, nullable.
    pub level: rt::Field<::std::string::String>,
    /// CSDL: property `versionId`: `Edm.String`, nullable.
    pub version_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for PublicationFacet {
    #[inline]
    fn default() -> Self {
        Self {
            level: rt::Field::Absent,
            version_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for PublicationFacet {
    const TYPE_NAME: &'static str = "microsoft.graph.publicationFacet";
    const KEYS: &'static [&'static str] = &["level", "versionId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"level\":                        ",
        ",\"versionId\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.publicationFacet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "level", &self.level);
        v.field(1usize, "version_id", &self.version_id);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for PublicationFacet {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.level.read_from(r),
            1usize => self.version_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.level);
        w.field(1usize, &self.version_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(PublicationFacet);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    PublicationFacet { with_level level : ::std::string::String; with_version_id
    version_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(PublicationFacet);
