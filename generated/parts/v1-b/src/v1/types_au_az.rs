//! Types of `microsoft.graph` by the first letters of their names (`au_az`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.audio`, complex type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct Audio {
    /// CSDL: property `album`: `Edm.String`, nullable.
    pub album: rt::Field<::std::string::String>,
    /// CSDL: property `albumArtist`: `Edm.String`, nullable.
    pub album_artist: rt::Field<::std::string::String>,
    /// CSDL: property `artist`: `Edm.String`, nullable.
    pub artist: rt::Field<::std::string::String>,
    /// CSDL: property `bitrate`: `Edm.Int64`, nullable.
    pub bitrate: rt::Field<i64>,
    /// CSDL: property `composers`: `Edm.String`, nullable.
    pub composers: rt::Field<::std::string::String>,
    /// CSDL: property `copyright`: `Edm.String`, nullable.
    pub copyright: rt::Field<::std::string::String>,
    /// CSDL: property `disc`: `Edm.Int16`, nullable.
    pub disc: rt::Field<i16>,
    /// CSDL: property `discCount`: `Edm.Int16`, nullable.
    pub disc_count: rt::Field<i16>,
    /// CSDL: property `duration`: `Edm.Int64`, nullable.
    pub duration: rt::Field<i64>,
    /// CSDL: property `genre`: `Edm.String`, nullable.
    pub genre: rt::Field<::std::string::String>,
    /// CSDL: property `hasDrm`: `Edm.Boolean`, nullable.
    pub has_drm: rt::Field<bool>,
    /// CSDL: property `isVariableBitrate`: `Edm.Boolean`, nullable.
    pub is_variable_bitrate: rt::Field<bool>,
    /// CSDL: property `title`: `Edm.String`, nullable.
    pub title: rt::Field<::std::string::String>,
    /// CSDL: property `track`: `Edm.Int32`, nullable.
    pub track: rt::Field<i32>,
    /// CSDL: property `trackCount`: `Edm.Int32`, nullable.
    pub track_count: rt::Field<i32>,
    /// CSDL: property `year`: `Edm.Int32`, nullable.
    pub year: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for Audio {
    #[inline]
    fn default() -> Self {
        Self {
            album: rt::Field::Absent,
            album_artist: rt::Field::Absent,
            artist: rt::Field::Absent,
            bitrate: rt::Field::Absent,
            composers: rt::Field::Absent,
            copyright: rt::Field::Absent,
            disc: rt::Field::Absent,
            disc_count: rt::Field::Absent,
            duration: rt::Field::Absent,
            genre: rt::Field::Absent,
            has_drm: rt::Field::Absent,
            is_variable_bitrate: rt::Field::Absent,
            title: rt::Field::Absent,
            track: rt::Field::Absent,
            track_count: rt::Field::Absent,
            year: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for Audio {
    const TYPE_NAME: &'static str = "microsoft.graph.audio";
    const KEYS: &'static [&'static str] = &[
        "album",
        "albumArtist",
        "artist",
        "bitrate",
        "composers",
        "copyright",
        "disc",
        "discCount",
        "duration",
        "genre",
        "hasDrm",
        "isVariableBitrate",
        "title",
        "track",
        "trackCount",
        "year",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"album\":                        ",
        ",\"albumArtist\":                  ",
        ",\"artist\":                       ",
        ",\"bitrate\":                      ",
        ",\"composers\":                    ",
        ",\"copyright\":                    ",
        ",\"disc\":                         ",
        ",\"discCount\":                    ",
        ",\"duration\":                     ",
        ",\"genre\":                        ",
        ",\"hasDrm\":                       ",
        ",\"isVariableBitrate\":            ",
        ",\"title\":                        ",
        ",\"track\":                        ",
        ",\"trackCount\":                   ",
        ",\"year\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.audio\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "album", &self.album);
        v.field(1usize, "album_artist", &self.album_artist);
        v.field(2usize, "artist", &self.artist);
        v.field(3usize, "bitrate", &self.bitrate);
        v.field(4usize, "composers", &self.composers);
        v.field(5usize, "copyright", &self.copyright);
        v.field(6usize, "disc", &self.disc);
        v.field(7usize, "disc_count", &self.disc_count);
        v.field(8usize, "duration", &self.duration);
        v.field(9usize, "genre", &self.genre);
        v.field(10usize, "has_drm", &self.has_drm);
        v.field(11usize, "is_variable_bitrate", &self.is_variable_bitrate);
        v.field(12usize, "title", &self.title);
        v.field(13usize, "track", &self.track);
        v.field(14usize, "track_count", &self.track_count);
        v.field(15usize, "year", &self.year);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for Audio {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.album.read_from(r),
            1usize => self.album_artist.read_from(r),
            2usize => self.artist.read_from(r),
            3usize => self.bitrate.read_from(r),
            4usize => self.composers.read_from(r),
            5usize => self.copyright.read_from(r),
            6usize => self.disc.read_from(r),
            7usize => self.disc_count.read_from(r),
            8usize => self.duration.read_from(r),
            9usize => self.genre.read_from(r),
            10usize => self.has_drm.read_from(r),
            11usize => self.is_variable_bitrate.read_from(r),
            12usize => self.title.read_from(r),
            13usize => self.track.read_from(r),
            14usize => self.track_count.read_from(r),
            15usize => self.year.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.album);
        w.field(1usize, &self.album_artist);
        w.field(2usize, &self.artist);
        w.field(3usize, &self.bitrate);
        w.field(4usize, &self.composers);
        w.field(5usize, &self.copyright);
        w.field(6usize, &self.disc);
        w.field(7usize, &self.disc_count);
        w.field(8usize, &self.duration);
        w.field(9usize, &self.genre);
        w.field(10usize, &self.has_drm);
        w.field(11usize, &self.is_variable_bitrate);
        w.field(12usize, &self.title);
        w.field(13usize, &self.track);
        w.field(14usize, &self.track_count);
        w.field(15usize, &self.year);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(Audio);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    Audio { with_album album : ::std::string::String; with_album_artist album_artist :
    ::std::string::String; with_artist artist : ::std::string::String; with_bitrate
    bitrate : i64; with_composers composers : ::std::string::String; with_copyright
    copyright : ::std::string::String; with_disc disc : i16; with_disc_count disc_count :
    i16; with_duration duration : i64; with_genre genre : ::std::string::String;
    with_has_drm has_drm : bool; with_is_variable_bitrate is_variable_bitrate : bool;
    with_title title : ::std::string::String; with_track track : i32; with_track_count
    track_count : i32; with_year year : i32; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Audio);
#[cfg(msgraph_v1_audit_logs_or_search)]
/// CSDL: `microsoft.graph.auditActivityInitiator`, complex type.
///
/// Features: `v1`, or one of `v1-audit-logs`, `v1-search`.
#[derive(Clone)]
pub struct AuditActivityInitiator {
    /// CSDL: property `app`: `microsoft.graph.appIdentity`, nullable.
    pub app: rt::Field<crate::v1::AppIdentity>,
    /// CSDL: property `user`: `microsoft.graph.userIdentity`, nullable.
    pub user: rt::Field<crate::v1::UserIdentity>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl ::std::default::Default for AuditActivityInitiator {
    #[inline]
    fn default() -> Self {
        Self {
            app: rt::Field::Absent,
            user: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::Object for AuditActivityInitiator {
    const TYPE_NAME: &'static str = "microsoft.graph.auditActivityInitiator";
    const KEYS: &'static [&'static str] = &["app", "user"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"app\":                          ",
        ",\"user\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.auditActivityInitiator\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "app", &self.app);
        v.field(1usize, "user", &self.user);
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::object::Members for AuditActivityInitiator {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.app.read_from(r),
            1usize => self.user.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.app);
        w.field(1usize, &self.user);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_object!(AuditActivityInitiator);
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_setters!(
    AuditActivityInitiator { with_app app : crate ::v1::AppIdentity; with_user user :
    crate ::v1::UserIdentity; }
);
#[cfg(msgraph_v1_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuditActivityInitiator);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.auditLogRecordType`, enum type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AuditLogRecordType {
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_any_area)]
impl rt::StrEnum for AuditLogRecordType {
    const TYPE_NAME: &'static str = "microsoft.graph.auditLogRecordType";
    const MEMBERS: &'static [&'static str] = &[];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        let _ = s;
        ::std::option::Option::None
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_any_area)]
rt::impl_enum!(AuditLogRecordType);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuditLogRecordType);
#[cfg(msgraph_v1_audit_logs)]
/// CSDL: `microsoft.graph.auditLogRoot`, entity type.
///
/// Request builders: [`AuditLogRootPath`](requests/trait.AuditLogRootPath.html), what a path to one (`EntityPath<AuditLogRoot, C>`) dereferences to.
///
/// Features: `v1` or `v1-audit-logs`.
#[derive(Clone)]
pub struct AuditLogRoot {
    /// CSDL: containment navigation property `directoryAudits`: `Collection(microsoft.graph.directoryAudit)`, not nullable.
    pub directory_audits: rt::Field<::std::vec::Vec<crate::v1::DirectoryAudit>>,
    /// CSDL: containment navigation property `provisioning`: `Collection(microsoft.graph.provisioningObjectSummary)`, not nullable.
    pub provisioning: rt::Field<::std::vec::Vec<crate::v1::ProvisioningObjectSummary>>,
    /// CSDL: containment navigation property `signIns`: `Collection(microsoft.graph.signIn)`, not nullable.
    pub sign_ins: rt::Field<::std::vec::Vec<crate::v1::SignIn>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_audit_logs)]
impl ::std::default::Default for AuditLogRoot {
    #[inline]
    fn default() -> Self {
        Self {
            directory_audits: rt::Field::Absent,
            provisioning: rt::Field::Absent,
            sign_ins: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_audit_logs)]
impl rt::Object for AuditLogRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.auditLogRoot";
    const KEYS: &'static [&'static str] = &[
        "directoryAudits",
        "provisioning",
        "signIns",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"directoryAudits\":              ",
        ",\"provisioning\":                 ",
        ",\"signIns\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.auditLogRoot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "directory_audits", &self.directory_audits);
        v.field(1usize, "provisioning", &self.provisioning);
        v.field(2usize, "sign_ins", &self.sign_ins);
    }
}
#[cfg(msgraph_v1_audit_logs)]
impl rt::object::Members for AuditLogRoot {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.directory_audits.read_from(r),
            1usize => self.provisioning.read_from(r),
            2usize => self.sign_ins.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.directory_audits);
        w.field(1usize, &self.provisioning);
        w.field(2usize, &self.sign_ins);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_audit_logs)]
rt::impl_object!(AuditLogRoot);
#[cfg(msgraph_v1_audit_logs)]
rt::impl_setters!(
    AuditLogRoot { with_directory_audits directory_audits : ::std::vec::Vec < crate
    ::v1::DirectoryAudit >; with_provisioning provisioning : ::std::vec::Vec < crate
    ::v1::ProvisioningObjectSummary >; with_sign_ins sign_ins : ::std::vec::Vec < crate
    ::v1::SignIn >; }
);
#[cfg(msgraph_v1_audit_logs)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuditLogRoot);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.auditLogUserType`, enum type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AuditLogUserType {
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_any_area)]
impl rt::StrEnum for AuditLogUserType {
    const TYPE_NAME: &'static str = "microsoft.graph.auditLogUserType";
    const MEMBERS: &'static [&'static str] = &[];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        let _ = s;
        ::std::option::Option::None
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_any_area)]
rt::impl_enum!(AuditLogUserType);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuditLogUserType);
#[cfg(msgraph_v1_audit_logs_or_search)]
/// CSDL: `microsoft.graph.authenticationAppDeviceDetails`, complex type.
///
/// Features: `v1`, or one of `v1-audit-logs`, `v1-search`.
#[derive(Clone)]
pub struct AuthenticationAppDeviceDetails {
    /// CSDL: property `appVersion`: `Edm.String`, nullable.
    pub app_version: rt::Field<::std::string::String>,
    /// CSDL: property `clientApp`: `Edm.String`, nullable.
    pub client_app: rt::Field<::std::string::String>,
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// CSDL: property `operatingSystem`: `Edm.String`, nullable.
    pub operating_system: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl ::std::default::Default for AuthenticationAppDeviceDetails {
    #[inline]
    fn default() -> Self {
        Self {
            app_version: rt::Field::Absent,
            client_app: rt::Field::Absent,
            device_id: rt::Field::Absent,
            operating_system: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::Object for AuthenticationAppDeviceDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationAppDeviceDetails";
    const KEYS: &'static [&'static str] = &[
        "appVersion",
        "clientApp",
        "deviceId",
        "operatingSystem",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"appVersion\":                   ",
        ",\"clientApp\":                    ",
        ",\"deviceId\":                     ",
        ",\"operatingSystem\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.authenticationAppDeviceDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "app_version", &self.app_version);
        v.field(1usize, "client_app", &self.client_app);
        v.field(2usize, "device_id", &self.device_id);
        v.field(3usize, "operating_system", &self.operating_system);
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::object::Members for AuthenticationAppDeviceDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.app_version.read_from(r),
            1usize => self.client_app.read_from(r),
            2usize => self.device_id.read_from(r),
            3usize => self.operating_system.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.app_version);
        w.field(1usize, &self.client_app);
        w.field(2usize, &self.device_id);
        w.field(3usize, &self.operating_system);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_object!(AuthenticationAppDeviceDetails);
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_setters!(
    AuthenticationAppDeviceDetails { with_app_version app_version :
    ::std::string::String; with_client_app client_app : ::std::string::String;
    with_device_id device_id : ::std::string::String; with_operating_system
    operating_system : ::std::string::String; }
);
#[cfg(msgraph_v1_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationAppDeviceDetails);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.authenticationAttributeCollectionInputConfiguration`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct AuthenticationAttributeCollectionInputConfiguration {
    /// CSDL: property `attribute`: `Edm.String`, not nullable.
    pub attribute: rt::Field<::std::string::String>,
    /// CSDL: property `defaultValue`: `Edm.String`, nullable.
    pub default_value: rt::Field<::std::string::String>,
    /// CSDL: property `editable`: `Edm.Boolean`, nullable.
    pub editable: rt::Field<bool>,
    /// CSDL: property `hidden`: `Edm.Boolean`, nullable.
    pub hidden: rt::Field<bool>,
    /// CSDL: property `inputType`: `microsoft.graph.authenticationAttributeCollectionInputType`, not nullable.
    pub input_type: rt::Field<crate::v1::AuthenticationAttributeCollectionInputType>,
    /// CSDL: property `label`: `Edm.String`, not nullable.
    pub label: rt::Field<::std::string::String>,
    /// CSDL: property `options`: `Collection(microsoft.graph.authenticationAttributeCollectionOptionConfiguration)`, nullable.
    pub options: rt::Field<
        ::std::vec::Vec<crate::v1::AuthenticationAttributeCollectionOptionConfiguration>,
    >,
    /// CSDL: property `required`: `Edm.Boolean`, nullable.
    pub required: rt::Field<bool>,
    /// CSDL: property `validationRegEx`: `Edm.String`, nullable.
    pub validation_reg_ex: rt::Field<::std::string::String>,
    /// CSDL: property `writeToDirectory`: `Edm.Boolean`, nullable.
    pub write_to_directory: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AuthenticationAttributeCollectionInputConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            attribute: rt::Field::Absent,
            default_value: rt::Field::Absent,
            editable: rt::Field::Absent,
            hidden: rt::Field::Absent,
            input_type: rt::Field::Absent,
            label: rt::Field::Absent,
            options: rt::Field::Absent,
            required: rt::Field::Absent,
            validation_reg_ex: rt::Field::Absent,
            write_to_directory: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for AuthenticationAttributeCollectionInputConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationAttributeCollectionInputConfiguration";
    const KEYS: &'static [&'static str] = &[
        "attribute",
        "defaultValue",
        "editable",
        "hidden",
        "inputType",
        "label",
        "options",
        "required",
        "validationRegEx",
        "writeToDirectory",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"attribute\":                    ",
        ",\"defaultValue\":                 ",
        ",\"editable\":                     ",
        ",\"hidden\":                       ",
        ",\"inputType\":                    ",
        ",\"label\":                        ",
        ",\"options\":                      ",
        ",\"required\":                     ",
        ",\"validationRegEx\":              ",
        ",\"writeToDirectory\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.authenticationAttributeCollectionInputConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "attribute", &self.attribute);
        v.field(1usize, "default_value", &self.default_value);
        v.field(2usize, "editable", &self.editable);
        v.field(3usize, "hidden", &self.hidden);
        v.field(4usize, "input_type", &self.input_type);
        v.field(5usize, "label", &self.label);
        v.field(6usize, "options", &self.options);
        v.field(7usize, "required", &self.required);
        v.field(8usize, "validation_reg_ex", &self.validation_reg_ex);
        v.field(9usize, "write_to_directory", &self.write_to_directory);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for AuthenticationAttributeCollectionInputConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.attribute.read_from(r),
            1usize => self.default_value.read_from(r),
            2usize => self.editable.read_from(r),
            3usize => self.hidden.read_from(r),
            4usize => self.input_type.read_from(r),
            5usize => self.label.read_from(r),
            6usize => self.options.read_from(r),
            7usize => self.required.read_from(r),
            8usize => self.validation_reg_ex.read_from(r),
            9usize => self.write_to_directory.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.attribute);
        w.field(1usize, &self.default_value);
        w.field(2usize, &self.editable);
        w.field(3usize, &self.hidden);
        w.field(4usize, &self.input_type);
        w.field(5usize, &self.label);
        w.field(6usize, &self.options);
        w.field(7usize, &self.required);
        w.field(8usize, &self.validation_reg_ex);
        w.field(9usize, &self.write_to_directory);
    }
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
rt::impl_object!(AuthenticationAttributeCollectionInputConfiguration);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    AuthenticationAttributeCollectionInputConfiguration { with_attribute attribute :
    ::std::string::String; with_default_value default_value : ::std::string::String;
    with_editable editable : bool; with_hidden hidden : bool; with_input_type input_type
    : crate ::v1::AuthenticationAttributeCollectionInputType; with_label label :
    ::std::string::String; with_options options : ::std::vec::Vec < crate
    ::v1::AuthenticationAttributeCollectionOptionConfiguration >; with_required required
    : bool; with_validation_reg_ex validation_reg_ex : ::std::string::String;
    with_write_to_directory write_to_directory : bool; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationAttributeCollectionInputConfiguration);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.authenticationAttributeCollectionInputType`, enum type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AuthenticationAttributeCollectionInputType {
    /// `text` (value 1).
    Text,
    /// `radioSingleSelect` (value 2).
    RadioSingleSelect,
    /// `checkboxMultiSelect` (value 3).
    CheckboxMultiSelect,
    /// `boolean` (value 4).
    Boolean,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::StrEnum for AuthenticationAttributeCollectionInputType {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationAttributeCollectionInputType";
    const MEMBERS: &'static [&'static str] = &[
        "text",
        "radioSingleSelect",
        "checkboxMultiSelect",
        "boolean",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "text" => Self::Text,
                "radioSingleSelect" => Self::RadioSingleSelect,
                "checkboxMultiSelect" => Self::CheckboxMultiSelect,
                "boolean" => Self::Boolean,
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
            Self::RadioSingleSelect => "radioSingleSelect",
            Self::CheckboxMultiSelect => "checkboxMultiSelect",
            Self::Boolean => "boolean",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_enum!(AuthenticationAttributeCollectionInputType);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationAttributeCollectionInputType);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.authenticationAttributeCollectionOptionConfiguration`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct AuthenticationAttributeCollectionOptionConfiguration {
    /// CSDL: property `label`: `Edm.String`, not nullable.
    pub label: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, not nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AuthenticationAttributeCollectionOptionConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            label: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for AuthenticationAttributeCollectionOptionConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationAttributeCollectionOptionConfiguration";
    const KEYS: &'static [&'static str] = &["label", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"label\":                        ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.authenticationAttributeCollectionOptionConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "label", &self.label);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for AuthenticationAttributeCollectionOptionConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.label.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.label);
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(AuthenticationAttributeCollectionOptionConfiguration);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    AuthenticationAttributeCollectionOptionConfiguration { with_label label :
    ::std::string::String; with_value value : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationAttributeCollectionOptionConfiguration);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.authenticationAttributeCollectionPage`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct AuthenticationAttributeCollectionPage {
    /// CSDL: property `views`: `Collection(microsoft.graph.authenticationAttributeCollectionPageViewConfiguration)`, nullable.
    pub views: rt::Field<
        ::std::vec::Vec<
            crate::v1::AuthenticationAttributeCollectionPageViewConfiguration,
        >,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AuthenticationAttributeCollectionPage {
    #[inline]
    fn default() -> Self {
        Self {
            views: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for AuthenticationAttributeCollectionPage {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationAttributeCollectionPage";
    const KEYS: &'static [&'static str] = &["views"];
    const KEYS_JSON: &'static [&'static str] = &[",\"views\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.authenticationAttributeCollectionPage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "views", &self.views);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for AuthenticationAttributeCollectionPage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.views.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.views);
    }
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
rt::impl_object!(AuthenticationAttributeCollectionPage);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    AuthenticationAttributeCollectionPage { with_views views : ::std::vec::Vec < crate
    ::v1::AuthenticationAttributeCollectionPageViewConfiguration >; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationAttributeCollectionPage);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.authenticationAttributeCollectionPageViewConfiguration`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct AuthenticationAttributeCollectionPageViewConfiguration {
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `inputs`: `Collection(microsoft.graph.authenticationAttributeCollectionInputConfiguration)`, nullable.
    pub inputs: rt::Field<
        ::std::vec::Vec<crate::v1::AuthenticationAttributeCollectionInputConfiguration>,
    >,
    /// CSDL: property `title`: `Edm.String`, nullable.
    pub title: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AuthenticationAttributeCollectionPageViewConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            inputs: rt::Field::Absent,
            title: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for AuthenticationAttributeCollectionPageViewConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationAttributeCollectionPageViewConfiguration";
    const KEYS: &'static [&'static str] = &["description", "inputs", "title"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"inputs\":                       ",
        ",\"title\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.authenticationAttributeCollectionPageViewConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "inputs", &self.inputs);
        v.field(2usize, "title", &self.title);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for AuthenticationAttributeCollectionPageViewConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.inputs.read_from(r),
            2usize => self.title.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.inputs);
        w.field(2usize, &self.title);
    }
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
rt::impl_object!(AuthenticationAttributeCollectionPageViewConfiguration);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    AuthenticationAttributeCollectionPageViewConfiguration { with_description description
    : ::std::string::String; with_inputs inputs : ::std::vec::Vec < crate
    ::v1::AuthenticationAttributeCollectionInputConfiguration >; with_title title :
    ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationAttributeCollectionPageViewConfiguration);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.authenticationBehaviors`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AuthenticationBehaviors {
    /// CSDL: property `blockAzureADGraphAccess`: `Edm.Boolean`, nullable.
    pub block_azure_ad_graph_access: rt::Field<bool>,
    /// CSDL: property `removeUnverifiedEmailClaim`: `Edm.Boolean`, nullable.
    pub remove_unverified_email_claim: rt::Field<bool>,
    /// CSDL: property `requireClientServicePrincipal`: `Edm.Boolean`, nullable.
    pub require_client_service_principal: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AuthenticationBehaviors {
    #[inline]
    fn default() -> Self {
        Self {
            block_azure_ad_graph_access: rt::Field::Absent,
            remove_unverified_email_claim: rt::Field::Absent,
            require_client_service_principal: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for AuthenticationBehaviors {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationBehaviors";
    const KEYS: &'static [&'static str] = &[
        "blockAzureADGraphAccess",
        "removeUnverifiedEmailClaim",
        "requireClientServicePrincipal",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"blockAzureADGraphAccess\":      ",
        ",\"removeUnverifiedEmailClaim\":   ",
        ",\"requireClientServicePrincipal\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.authenticationBehaviors\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "block_azure_ad_graph_access",
            &self.block_azure_ad_graph_access,
        );
        v.field(
            1usize,
            "remove_unverified_email_claim",
            &self.remove_unverified_email_claim,
        );
        v.field(
            2usize,
            "require_client_service_principal",
            &self.require_client_service_principal,
        );
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for AuthenticationBehaviors {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.block_azure_ad_graph_access.read_from(r),
            1usize => self.remove_unverified_email_claim.read_from(r),
            2usize => self.require_client_service_principal.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.block_azure_ad_graph_access);
        w.field(1usize, &self.remove_unverified_email_claim);
        w.field(2usize, &self.require_client_service_principal);
    }
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
rt::impl_object!(AuthenticationBehaviors);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AuthenticationBehaviors { with_block_azure_ad_graph_access
    block_azure_ad_graph_access : bool; with_remove_unverified_email_claim
    remove_unverified_email_claim : bool; with_require_client_service_principal
    require_client_service_principal : bool; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationBehaviors);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.authenticationCombinationConfiguration`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct AuthenticationCombinationConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appliesToCombinations`: `Collection(microsoft.graph.authenticationMethodModes)`, not nullable.
    pub applies_to_combinations: rt::Field<
        ::std::vec::Vec<rt::Flags<crate::v1::AuthenticationMethodModes>>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default for AuthenticationCombinationConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            applies_to_combinations: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::Object for AuthenticationCombinationConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationCombinationConfiguration";
    const KEYS: &'static [&'static str] = &["id", "appliesToCombinations"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appliesToCombinations\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.authenticationCombinationConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "applies_to_combinations", &self.applies_to_combinations);
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::object::Members for AuthenticationCombinationConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.applies_to_combinations.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.applies_to_combinations);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_object!(AuthenticationCombinationConfiguration);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_setters!(
    AuthenticationCombinationConfiguration { with_id id : ::std::string::String;
    with_applies_to_combinations applies_to_combinations : ::std::vec::Vec < rt::Flags <
    crate ::v1::AuthenticationMethodModes > >; }
);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationCombinationConfiguration);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// `microsoft.graph.authenticationCombinationConfiguration` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAuthenticationCombinationConfiguration {
    AuthenticationCombinationConfiguration(
        ::std::boxed::Box<crate::v1::AuthenticationCombinationConfiguration>,
    ),
    Fido2CombinationConfiguration(
        ::std::boxed::Box<crate::v1::Fido2CombinationConfiguration>,
    ),
    X509CertificateCombinationConfiguration(
        ::std::boxed::Box<crate::v1::X509CertificateCombinationConfiguration>,
    ),
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default for AnyAuthenticationCombinationConfiguration {
    #[inline]
    fn default() -> Self {
        Self::AuthenticationCombinationConfiguration(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AuthenticationCombinationConfiguration>
for AnyAuthenticationCombinationConfiguration {
    #[inline]
    fn from(v: crate::v1::AuthenticationCombinationConfiguration) -> Self {
        Self::AuthenticationCombinationConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Fido2CombinationConfiguration>
for AnyAuthenticationCombinationConfiguration {
    #[inline]
    fn from(v: crate::v1::Fido2CombinationConfiguration) -> Self {
        Self::Fido2CombinationConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::X509CertificateCombinationConfiguration>
for AnyAuthenticationCombinationConfiguration {
    #[inline]
    fn from(v: crate::v1::X509CertificateCombinationConfiguration) -> Self {
        Self::X509CertificateCombinationConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
unsafe impl ::std::marker::Send for AnyAuthenticationCombinationConfiguration {}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
unsafe impl ::std::marker::Sync for AnyAuthenticationCombinationConfiguration {}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::marker::Unpin for AnyAuthenticationCombinationConfiguration {}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::panic::UnwindSafe for AnyAuthenticationCombinationConfiguration {}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAuthenticationCombinationConfiguration {}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::AuthenticationCombinationConfiguration>();
    rt::object::auto_traits::<crate::v1::Fido2CombinationConfiguration>();
    rt::object::auto_traits::<crate::v1::X509CertificateCombinationConfiguration>();
};
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::Poly for AnyAuthenticationCombinationConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.authenticationCombinationConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.fido2CombinationConfiguration",
            ) => Self::Fido2CombinationConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.x509CertificateCombinationConfiguration",
            ) => Self::X509CertificateCombinationConfiguration(rt::object::new_boxed()),
            _ => Self::AuthenticationCombinationConfiguration(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AuthenticationCombinationConfiguration(v) => &**v,
            Self::Fido2CombinationConfiguration(v) => &**v,
            Self::X509CertificateCombinationConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AuthenticationCombinationConfiguration(v) => &mut **v,
            Self::Fido2CombinationConfiguration(v) => &mut **v,
            Self::X509CertificateCombinationConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl AnyAuthenticationCombinationConfiguration {
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
            Self::AuthenticationCombinationConfiguration(v) => &v.id,
            Self::Fido2CombinationConfiguration(v) => &v.id,
            Self::X509CertificateCombinationConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AuthenticationCombinationConfiguration(v) => &mut v.id,
            Self::Fido2CombinationConfiguration(v) => &mut v.id,
            Self::X509CertificateCombinationConfiguration(v) => &mut v.id,
        }
    }
    /// `appliesToCombinations` of any variant.
    #[inline]
    pub fn applies_to_combinations(
        &self,
    ) -> &rt::Field<::std::vec::Vec<rt::Flags<crate::v1::AuthenticationMethodModes>>> {
        match self {
            Self::AuthenticationCombinationConfiguration(v) => &v.applies_to_combinations,
            Self::Fido2CombinationConfiguration(v) => &v.applies_to_combinations,
            Self::X509CertificateCombinationConfiguration(v) => {
                &v.applies_to_combinations
            }
        }
    }
    /// `appliesToCombinations` of any variant.
    #[inline]
    pub fn applies_to_combinations_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<rt::Flags<crate::v1::AuthenticationMethodModes>>,
    > {
        match self {
            Self::AuthenticationCombinationConfiguration(v) => {
                &mut v.applies_to_combinations
            }
            Self::Fido2CombinationConfiguration(v) => &mut v.applies_to_combinations,
            Self::X509CertificateCombinationConfiguration(v) => {
                &mut v.applies_to_combinations
            }
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_poly!(AnyAuthenticationCombinationConfiguration);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAuthenticationCombinationConfiguration);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.authenticationConditionApplication`, entity type, key `appId`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct AuthenticationConditionApplication {
    /// CSDL: property `appId`: `Edm.String`, not nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AuthenticationConditionApplication {
    #[inline]
    fn default() -> Self {
        Self {
            app_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for AuthenticationConditionApplication {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationConditionApplication";
    const KEYS: &'static [&'static str] = &["appId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"appId\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.authenticationConditionApplication\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "app_id", &self.app_id);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for AuthenticationConditionApplication {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.app_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.app_id);
    }
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
rt::impl_object!(AuthenticationConditionApplication);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    AuthenticationConditionApplication { with_app_id app_id : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationConditionApplication);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.authenticationConditions`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct AuthenticationConditions {
    /// CSDL: property `applications`: `microsoft.graph.authenticationConditionsApplications`, nullable.
    pub applications: rt::Field<crate::v1::AuthenticationConditionsApplications>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AuthenticationConditions {
    #[inline]
    fn default() -> Self {
        Self {
            applications: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for AuthenticationConditions {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationConditions";
    const KEYS: &'static [&'static str] = &["applications"];
    const KEYS_JSON: &'static [&'static str] = &[",\"applications\":                 "];
    const TAG: &'static str = "\"#microsoft.graph.authenticationConditions\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "applications", &self.applications);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for AuthenticationConditions {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.applications.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.applications);
    }
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
rt::impl_object!(AuthenticationConditions);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    AuthenticationConditions { with_applications applications : crate
    ::v1::AuthenticationConditionsApplications; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationConditions);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.authenticationConditionsApplications`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct AuthenticationConditionsApplications {
    /// CSDL: containment navigation property `includeApplications`: `Collection(microsoft.graph.authenticationConditionApplication)`, not nullable.
    pub include_applications: rt::Field<
        ::std::vec::Vec<crate::v1::AuthenticationConditionApplication>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AuthenticationConditionsApplications {
    #[inline]
    fn default() -> Self {
        Self {
            include_applications: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for AuthenticationConditionsApplications {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationConditionsApplications";
    const KEYS: &'static [&'static str] = &["includeApplications"];
    const KEYS_JSON: &'static [&'static str] = &[",\"includeApplications\":          "];
    const TAG: &'static str = "\"#microsoft.graph.authenticationConditionsApplications\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "include_applications", &self.include_applications);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for AuthenticationConditionsApplications {
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
rt::impl_object!(AuthenticationConditionsApplications);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    AuthenticationConditionsApplications { with_include_applications include_applications
    : ::std::vec::Vec < crate ::v1::AuthenticationConditionApplication >; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationConditionsApplications);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.authenticationConfigurationValidation`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AuthenticationConfigurationValidation {
    /// CSDL: property `errors`: `Collection(microsoft.graph.genericError)`, nullable.
    pub errors: rt::Field<::std::vec::Vec<crate::v1::GenericError>>,
    /// CSDL: property `warnings`: `Collection(microsoft.graph.genericError)`, nullable.
    pub warnings: rt::Field<::std::vec::Vec<crate::v1::GenericError>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::default::Default for AuthenticationConfigurationValidation {
    #[inline]
    fn default() -> Self {
        Self {
            errors: rt::Field::Absent,
            warnings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::Object for AuthenticationConfigurationValidation {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationConfigurationValidation";
    const KEYS: &'static [&'static str] = &["errors", "warnings"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"errors\":                       ",
        ",\"warnings\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.authenticationConfigurationValidation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "errors", &self.errors);
        v.field(1usize, "warnings", &self.warnings);
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::object::Members for AuthenticationConfigurationValidation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.errors.read_from(r),
            1usize => self.warnings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.errors);
        w.field(1usize, &self.warnings);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_object!(AuthenticationConfigurationValidation);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_setters!(
    AuthenticationConfigurationValidation { with_errors errors : ::std::vec::Vec < crate
    ::v1::GenericError >; with_warnings warnings : ::std::vec::Vec < crate
    ::v1::GenericError >; }
);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationConfigurationValidation);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.authenticationContextClassReference`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct AuthenticationContextClassReference {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isAvailable`: `Edm.Boolean`, nullable.
    pub is_available: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AuthenticationContextClassReference {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_available: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for AuthenticationContextClassReference {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationContextClassReference";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "isAvailable",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isAvailable\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.authenticationContextClassReference\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "is_available", &self.is_available);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for AuthenticationContextClassReference {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.is_available.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.is_available);
    }
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
rt::impl_object!(AuthenticationContextClassReference);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    AuthenticationContextClassReference { with_id id : ::std::string::String;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_is_available is_available : bool; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationContextClassReference);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.authenticationEventListener`, entity type, derived from `microsoft.graph.entity`, abstract, open, key `id`.
///
/// Request builders: [`AuthenticationEventListenerPath`](requests/trait.AuthenticationEventListenerPath.html), what a path to one (`EntityPath<AnyAuthenticationEventListener, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct AuthenticationEventListener {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `authenticationEventsFlowId`: `Edm.String`, nullable.
    pub authentication_events_flow_id: rt::Field<::std::string::String>,
    /// CSDL: property `conditions`: `microsoft.graph.authenticationConditions`, nullable.
    pub conditions: rt::Field<crate::v1::AuthenticationConditions>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AuthenticationEventListener {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            authentication_events_flow_id: rt::Field::Absent,
            conditions: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for AuthenticationEventListener {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationEventListener";
    const KEYS: &'static [&'static str] = &[
        "id",
        "authenticationEventsFlowId",
        "conditions",
        "displayName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"authenticationEventsFlowId\":   ",
        ",\"conditions\":                   ",
        ",\"displayName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.authenticationEventListener\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "authentication_events_flow_id",
            &self.authentication_events_flow_id,
        );
        v.field(2usize, "conditions", &self.conditions);
        v.field(3usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for AuthenticationEventListener {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.authentication_events_flow_id.read_from(r),
            2usize => self.conditions.read_from(r),
            3usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.authentication_events_flow_id);
        w.field(2usize, &self.conditions);
        w.field(3usize, &self.display_name);
    }
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
rt::impl_object!(AuthenticationEventListener);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    AuthenticationEventListener { with_id id : ::std::string::String;
    with_authentication_events_flow_id authentication_events_flow_id :
    ::std::string::String; with_conditions conditions : crate
    ::v1::AuthenticationConditions; with_display_name display_name :
    ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationEventListener);
#[cfg(msgraph_v1_identity_or_search)]
/// `microsoft.graph.authenticationEventListener` or any type derived from it, selected by `@odata.type` (12 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAuthenticationEventListener {
    AuthenticationEventListener(
        ::std::boxed::Box<crate::v1::AuthenticationEventListener>,
    ),
    OnAttributeCollectionListener(
        ::std::boxed::Box<crate::v1::OnAttributeCollectionListener>,
    ),
    OnAttributeCollectionStartListener(
        ::std::boxed::Box<crate::v1::OnAttributeCollectionStartListener>,
    ),
    OnAttributeCollectionSubmitListener(
        ::std::boxed::Box<crate::v1::OnAttributeCollectionSubmitListener>,
    ),
    OnAuthenticationMethodLoadStartListener(
        ::std::boxed::Box<crate::v1::OnAuthenticationMethodLoadStartListener>,
    ),
    OnEmailOtpSendListener(::std::boxed::Box<crate::v1::OnEmailOtpSendListener>),
    OnFraudProtectionLoadStartListener(
        ::std::boxed::Box<crate::v1::OnFraudProtectionLoadStartListener>,
    ),
    OnInteractiveAuthFlowStartListener(
        ::std::boxed::Box<crate::v1::OnInteractiveAuthFlowStartListener>,
    ),
    OnPasswordSubmitListener(::std::boxed::Box<crate::v1::OnPasswordSubmitListener>),
    OnTokenIssuanceStartListener(
        ::std::boxed::Box<crate::v1::OnTokenIssuanceStartListener>,
    ),
    OnUserCreateStartListener(::std::boxed::Box<crate::v1::OnUserCreateStartListener>),
    OnVerifiedIdClaimValidationListener(
        ::std::boxed::Box<crate::v1::OnVerifiedIdClaimValidationListener>,
    ),
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AnyAuthenticationEventListener {
    #[inline]
    fn default() -> Self {
        Self::AuthenticationEventListener(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AuthenticationEventListener>
for AnyAuthenticationEventListener {
    #[inline]
    fn from(v: crate::v1::AuthenticationEventListener) -> Self {
        Self::AuthenticationEventListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnAttributeCollectionListener>
for AnyAuthenticationEventListener {
    #[inline]
    fn from(v: crate::v1::OnAttributeCollectionListener) -> Self {
        Self::OnAttributeCollectionListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnAttributeCollectionStartListener>
for AnyAuthenticationEventListener {
    #[inline]
    fn from(v: crate::v1::OnAttributeCollectionStartListener) -> Self {
        Self::OnAttributeCollectionStartListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnAttributeCollectionSubmitListener>
for AnyAuthenticationEventListener {
    #[inline]
    fn from(v: crate::v1::OnAttributeCollectionSubmitListener) -> Self {
        Self::OnAttributeCollectionSubmitListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnAuthenticationMethodLoadStartListener>
for AnyAuthenticationEventListener {
    #[inline]
    fn from(v: crate::v1::OnAuthenticationMethodLoadStartListener) -> Self {
        Self::OnAuthenticationMethodLoadStartListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnEmailOtpSendListener>
for AnyAuthenticationEventListener {
    #[inline]
    fn from(v: crate::v1::OnEmailOtpSendListener) -> Self {
        Self::OnEmailOtpSendListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnFraudProtectionLoadStartListener>
for AnyAuthenticationEventListener {
    #[inline]
    fn from(v: crate::v1::OnFraudProtectionLoadStartListener) -> Self {
        Self::OnFraudProtectionLoadStartListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnInteractiveAuthFlowStartListener>
for AnyAuthenticationEventListener {
    #[inline]
    fn from(v: crate::v1::OnInteractiveAuthFlowStartListener) -> Self {
        Self::OnInteractiveAuthFlowStartListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnPasswordSubmitListener>
for AnyAuthenticationEventListener {
    #[inline]
    fn from(v: crate::v1::OnPasswordSubmitListener) -> Self {
        Self::OnPasswordSubmitListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnTokenIssuanceStartListener>
for AnyAuthenticationEventListener {
    #[inline]
    fn from(v: crate::v1::OnTokenIssuanceStartListener) -> Self {
        Self::OnTokenIssuanceStartListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnUserCreateStartListener>
for AnyAuthenticationEventListener {
    #[inline]
    fn from(v: crate::v1::OnUserCreateStartListener) -> Self {
        Self::OnUserCreateStartListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnVerifiedIdClaimValidationListener>
for AnyAuthenticationEventListener {
    #[inline]
    fn from(v: crate::v1::OnVerifiedIdClaimValidationListener) -> Self {
        Self::OnVerifiedIdClaimValidationListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Send for AnyAuthenticationEventListener {}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Sync for AnyAuthenticationEventListener {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::marker::Unpin for AnyAuthenticationEventListener {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::UnwindSafe for AnyAuthenticationEventListener {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAuthenticationEventListener {}
#[cfg(msgraph_v1_identity_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::AuthenticationEventListener>();
    rt::object::auto_traits::<crate::v1::OnAttributeCollectionListener>();
    rt::object::auto_traits::<crate::v1::OnAttributeCollectionStartListener>();
    rt::object::auto_traits::<crate::v1::OnAttributeCollectionSubmitListener>();
    rt::object::auto_traits::<crate::v1::OnAuthenticationMethodLoadStartListener>();
    rt::object::auto_traits::<crate::v1::OnEmailOtpSendListener>();
    rt::object::auto_traits::<crate::v1::OnFraudProtectionLoadStartListener>();
    rt::object::auto_traits::<crate::v1::OnInteractiveAuthFlowStartListener>();
    rt::object::auto_traits::<crate::v1::OnPasswordSubmitListener>();
    rt::object::auto_traits::<crate::v1::OnTokenIssuanceStartListener>();
    rt::object::auto_traits::<crate::v1::OnUserCreateStartListener>();
    rt::object::auto_traits::<crate::v1::OnVerifiedIdClaimValidationListener>();
};
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Poly for AnyAuthenticationEventListener {
    const BASE_NAME: &'static str = "microsoft.graph.authenticationEventListener";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.onAttributeCollectionListener",
            ) => Self::OnAttributeCollectionListener(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.onAttributeCollectionStartListener",
            ) => Self::OnAttributeCollectionStartListener(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.onAttributeCollectionSubmitListener",
            ) => Self::OnAttributeCollectionSubmitListener(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.onAuthenticationMethodLoadStartListener",
            ) => Self::OnAuthenticationMethodLoadStartListener(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.onEmailOtpSendListener") => {
                Self::OnEmailOtpSendListener(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.onFraudProtectionLoadStartListener",
            ) => Self::OnFraudProtectionLoadStartListener(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.onInteractiveAuthFlowStartListener",
            ) => Self::OnInteractiveAuthFlowStartListener(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.onPasswordSubmitListener") => {
                Self::OnPasswordSubmitListener(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.onTokenIssuanceStartListener",
            ) => Self::OnTokenIssuanceStartListener(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.onUserCreateStartListener") => {
                Self::OnUserCreateStartListener(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.onVerifiedIdClaimValidationListener",
            ) => Self::OnVerifiedIdClaimValidationListener(rt::object::new_boxed()),
            _ => Self::AuthenticationEventListener(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AuthenticationEventListener(v) => &**v,
            Self::OnAttributeCollectionListener(v) => &**v,
            Self::OnAttributeCollectionStartListener(v) => &**v,
            Self::OnAttributeCollectionSubmitListener(v) => &**v,
            Self::OnAuthenticationMethodLoadStartListener(v) => &**v,
            Self::OnEmailOtpSendListener(v) => &**v,
            Self::OnFraudProtectionLoadStartListener(v) => &**v,
            Self::OnInteractiveAuthFlowStartListener(v) => &**v,
            Self::OnPasswordSubmitListener(v) => &**v,
            Self::OnTokenIssuanceStartListener(v) => &**v,
            Self::OnUserCreateStartListener(v) => &**v,
            Self::OnVerifiedIdClaimValidationListener(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AuthenticationEventListener(v) => &mut **v,
            Self::OnAttributeCollectionListener(v) => &mut **v,
            Self::OnAttributeCollectionStartListener(v) => &mut **v,
            Self::OnAttributeCollectionSubmitListener(v) => &mut **v,
            Self::OnAuthenticationMethodLoadStartListener(v) => &mut **v,
            Self::OnEmailOtpSendListener(v) => &mut **v,
            Self::OnFraudProtectionLoadStartListener(v) => &mut **v,
            Self::OnInteractiveAuthFlowStartListener(v) => &mut **v,
            Self::OnPasswordSubmitListener(v) => &mut **v,
            Self::OnTokenIssuanceStartListener(v) => &mut **v,
            Self::OnUserCreateStartListener(v) => &mut **v,
            Self::OnVerifiedIdClaimValidationListener(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl AnyAuthenticationEventListener {
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
            Self::AuthenticationEventListener(v) => &v.id,
            Self::OnAttributeCollectionListener(v) => &v.id,
            Self::OnAttributeCollectionStartListener(v) => &v.id,
            Self::OnAttributeCollectionSubmitListener(v) => &v.id,
            Self::OnAuthenticationMethodLoadStartListener(v) => &v.id,
            Self::OnEmailOtpSendListener(v) => &v.id,
            Self::OnFraudProtectionLoadStartListener(v) => &v.id,
            Self::OnInteractiveAuthFlowStartListener(v) => &v.id,
            Self::OnPasswordSubmitListener(v) => &v.id,
            Self::OnTokenIssuanceStartListener(v) => &v.id,
            Self::OnUserCreateStartListener(v) => &v.id,
            Self::OnVerifiedIdClaimValidationListener(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AuthenticationEventListener(v) => &mut v.id,
            Self::OnAttributeCollectionListener(v) => &mut v.id,
            Self::OnAttributeCollectionStartListener(v) => &mut v.id,
            Self::OnAttributeCollectionSubmitListener(v) => &mut v.id,
            Self::OnAuthenticationMethodLoadStartListener(v) => &mut v.id,
            Self::OnEmailOtpSendListener(v) => &mut v.id,
            Self::OnFraudProtectionLoadStartListener(v) => &mut v.id,
            Self::OnInteractiveAuthFlowStartListener(v) => &mut v.id,
            Self::OnPasswordSubmitListener(v) => &mut v.id,
            Self::OnTokenIssuanceStartListener(v) => &mut v.id,
            Self::OnUserCreateStartListener(v) => &mut v.id,
            Self::OnVerifiedIdClaimValidationListener(v) => &mut v.id,
        }
    }
    /// `authenticationEventsFlowId` of any variant.
    #[inline]
    pub fn authentication_events_flow_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AuthenticationEventListener(v) => &v.authentication_events_flow_id,
            Self::OnAttributeCollectionListener(v) => &v.authentication_events_flow_id,
            Self::OnAttributeCollectionStartListener(v) => {
                &v.authentication_events_flow_id
            }
            Self::OnAttributeCollectionSubmitListener(v) => {
                &v.authentication_events_flow_id
            }
            Self::OnAuthenticationMethodLoadStartListener(v) => {
                &v.authentication_events_flow_id
            }
            Self::OnEmailOtpSendListener(v) => &v.authentication_events_flow_id,
            Self::OnFraudProtectionLoadStartListener(v) => {
                &v.authentication_events_flow_id
            }
            Self::OnInteractiveAuthFlowStartListener(v) => {
                &v.authentication_events_flow_id
            }
            Self::OnPasswordSubmitListener(v) => &v.authentication_events_flow_id,
            Self::OnTokenIssuanceStartListener(v) => &v.authentication_events_flow_id,
            Self::OnUserCreateStartListener(v) => &v.authentication_events_flow_id,
            Self::OnVerifiedIdClaimValidationListener(v) => {
                &v.authentication_events_flow_id
            }
        }
    }
    /// `authenticationEventsFlowId` of any variant.
    #[inline]
    pub fn authentication_events_flow_id_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AuthenticationEventListener(v) => &mut v.authentication_events_flow_id,
            Self::OnAttributeCollectionListener(v) => {
                &mut v.authentication_events_flow_id
            }
            Self::OnAttributeCollectionStartListener(v) => {
                &mut v.authentication_events_flow_id
            }
            Self::OnAttributeCollectionSubmitListener(v) => {
                &mut v.authentication_events_flow_id
            }
            Self::OnAuthenticationMethodLoadStartListener(v) => {
                &mut v.authentication_events_flow_id
            }
            Self::OnEmailOtpSendListener(v) => &mut v.authentication_events_flow_id,
            Self::OnFraudProtectionLoadStartListener(v) => {
                &mut v.authentication_events_flow_id
            }
            Self::OnInteractiveAuthFlowStartListener(v) => {
                &mut v.authentication_events_flow_id
            }
            Self::OnPasswordSubmitListener(v) => &mut v.authentication_events_flow_id,
            Self::OnTokenIssuanceStartListener(v) => &mut v.authentication_events_flow_id,
            Self::OnUserCreateStartListener(v) => &mut v.authentication_events_flow_id,
            Self::OnVerifiedIdClaimValidationListener(v) => {
                &mut v.authentication_events_flow_id
            }
        }
    }
    /// `conditions` of any variant.
    #[inline]
    pub fn conditions(&self) -> &rt::Field<crate::v1::AuthenticationConditions> {
        match self {
            Self::AuthenticationEventListener(v) => &v.conditions,
            Self::OnAttributeCollectionListener(v) => &v.conditions,
            Self::OnAttributeCollectionStartListener(v) => &v.conditions,
            Self::OnAttributeCollectionSubmitListener(v) => &v.conditions,
            Self::OnAuthenticationMethodLoadStartListener(v) => &v.conditions,
            Self::OnEmailOtpSendListener(v) => &v.conditions,
            Self::OnFraudProtectionLoadStartListener(v) => &v.conditions,
            Self::OnInteractiveAuthFlowStartListener(v) => &v.conditions,
            Self::OnPasswordSubmitListener(v) => &v.conditions,
            Self::OnTokenIssuanceStartListener(v) => &v.conditions,
            Self::OnUserCreateStartListener(v) => &v.conditions,
            Self::OnVerifiedIdClaimValidationListener(v) => &v.conditions,
        }
    }
    /// `conditions` of any variant.
    #[inline]
    pub fn conditions_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::AuthenticationConditions> {
        match self {
            Self::AuthenticationEventListener(v) => &mut v.conditions,
            Self::OnAttributeCollectionListener(v) => &mut v.conditions,
            Self::OnAttributeCollectionStartListener(v) => &mut v.conditions,
            Self::OnAttributeCollectionSubmitListener(v) => &mut v.conditions,
            Self::OnAuthenticationMethodLoadStartListener(v) => &mut v.conditions,
            Self::OnEmailOtpSendListener(v) => &mut v.conditions,
            Self::OnFraudProtectionLoadStartListener(v) => &mut v.conditions,
            Self::OnInteractiveAuthFlowStartListener(v) => &mut v.conditions,
            Self::OnPasswordSubmitListener(v) => &mut v.conditions,
            Self::OnTokenIssuanceStartListener(v) => &mut v.conditions,
            Self::OnUserCreateStartListener(v) => &mut v.conditions,
            Self::OnVerifiedIdClaimValidationListener(v) => &mut v.conditions,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AuthenticationEventListener(v) => &v.display_name,
            Self::OnAttributeCollectionListener(v) => &v.display_name,
            Self::OnAttributeCollectionStartListener(v) => &v.display_name,
            Self::OnAttributeCollectionSubmitListener(v) => &v.display_name,
            Self::OnAuthenticationMethodLoadStartListener(v) => &v.display_name,
            Self::OnEmailOtpSendListener(v) => &v.display_name,
            Self::OnFraudProtectionLoadStartListener(v) => &v.display_name,
            Self::OnInteractiveAuthFlowStartListener(v) => &v.display_name,
            Self::OnPasswordSubmitListener(v) => &v.display_name,
            Self::OnTokenIssuanceStartListener(v) => &v.display_name,
            Self::OnUserCreateStartListener(v) => &v.display_name,
            Self::OnVerifiedIdClaimValidationListener(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AuthenticationEventListener(v) => &mut v.display_name,
            Self::OnAttributeCollectionListener(v) => &mut v.display_name,
            Self::OnAttributeCollectionStartListener(v) => &mut v.display_name,
            Self::OnAttributeCollectionSubmitListener(v) => &mut v.display_name,
            Self::OnAuthenticationMethodLoadStartListener(v) => &mut v.display_name,
            Self::OnEmailOtpSendListener(v) => &mut v.display_name,
            Self::OnFraudProtectionLoadStartListener(v) => &mut v.display_name,
            Self::OnInteractiveAuthFlowStartListener(v) => &mut v.display_name,
            Self::OnPasswordSubmitListener(v) => &mut v.display_name,
            Self::OnTokenIssuanceStartListener(v) => &mut v.display_name,
            Self::OnUserCreateStartListener(v) => &mut v.display_name,
            Self::OnVerifiedIdClaimValidationListener(v) => &mut v.display_name,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_poly!(AnyAuthenticationEventListener);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAuthenticationEventListener);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.authenticationEventsFlow`, entity type, derived from `microsoft.graph.entity`, abstract, open, key `id`.
///
/// Request builders: [`AuthenticationEventsFlowPath`](requests/trait.AuthenticationEventsFlowPath.html), what a path to one (`EntityPath<AnyAuthenticationEventsFlow, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct AuthenticationEventsFlow {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `conditions`: `microsoft.graph.authenticationConditions`, nullable.
    pub conditions: rt::Field<crate::v1::AuthenticationConditions>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AuthenticationEventsFlow {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            conditions: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for AuthenticationEventsFlow {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationEventsFlow";
    const KEYS: &'static [&'static str] = &[
        "id",
        "conditions",
        "description",
        "displayName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"conditions\":                   ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.authenticationEventsFlow\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "conditions", &self.conditions);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for AuthenticationEventsFlow {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.conditions.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.conditions);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
    }
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
rt::impl_object!(AuthenticationEventsFlow);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    AuthenticationEventsFlow { with_id id : ::std::string::String; with_conditions
    conditions : crate ::v1::AuthenticationConditions; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationEventsFlow);
#[cfg(msgraph_v1_identity_or_search)]
/// `microsoft.graph.authenticationEventsFlow` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAuthenticationEventsFlow {
    AuthenticationEventsFlow(::std::boxed::Box<crate::v1::AuthenticationEventsFlow>),
    ExternalUsersSelfServiceSignUpEventsFlow(
        ::std::boxed::Box<crate::v1::ExternalUsersSelfServiceSignUpEventsFlow>,
    ),
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AnyAuthenticationEventsFlow {
    #[inline]
    fn default() -> Self {
        Self::AuthenticationEventsFlow(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AuthenticationEventsFlow>
for AnyAuthenticationEventsFlow {
    #[inline]
    fn from(v: crate::v1::AuthenticationEventsFlow) -> Self {
        Self::AuthenticationEventsFlow(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ExternalUsersSelfServiceSignUpEventsFlow>
for AnyAuthenticationEventsFlow {
    #[inline]
    fn from(v: crate::v1::ExternalUsersSelfServiceSignUpEventsFlow) -> Self {
        Self::ExternalUsersSelfServiceSignUpEventsFlow(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Send for AnyAuthenticationEventsFlow {}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Sync for AnyAuthenticationEventsFlow {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::marker::Unpin for AnyAuthenticationEventsFlow {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::UnwindSafe for AnyAuthenticationEventsFlow {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAuthenticationEventsFlow {}
#[cfg(msgraph_v1_identity_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::AuthenticationEventsFlow>();
    rt::object::auto_traits::<crate::v1::ExternalUsersSelfServiceSignUpEventsFlow>();
};
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Poly for AnyAuthenticationEventsFlow {
    const BASE_NAME: &'static str = "microsoft.graph.authenticationEventsFlow";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.externalUsersSelfServiceSignUpEventsFlow",
            ) => Self::ExternalUsersSelfServiceSignUpEventsFlow(rt::object::new_boxed()),
            _ => Self::AuthenticationEventsFlow(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AuthenticationEventsFlow(v) => &**v,
            Self::ExternalUsersSelfServiceSignUpEventsFlow(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AuthenticationEventsFlow(v) => &mut **v,
            Self::ExternalUsersSelfServiceSignUpEventsFlow(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl AnyAuthenticationEventsFlow {
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
            Self::AuthenticationEventsFlow(v) => &v.id,
            Self::ExternalUsersSelfServiceSignUpEventsFlow(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AuthenticationEventsFlow(v) => &mut v.id,
            Self::ExternalUsersSelfServiceSignUpEventsFlow(v) => &mut v.id,
        }
    }
    /// `conditions` of any variant.
    #[inline]
    pub fn conditions(&self) -> &rt::Field<crate::v1::AuthenticationConditions> {
        match self {
            Self::AuthenticationEventsFlow(v) => &v.conditions,
            Self::ExternalUsersSelfServiceSignUpEventsFlow(v) => &v.conditions,
        }
    }
    /// `conditions` of any variant.
    #[inline]
    pub fn conditions_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::AuthenticationConditions> {
        match self {
            Self::AuthenticationEventsFlow(v) => &mut v.conditions,
            Self::ExternalUsersSelfServiceSignUpEventsFlow(v) => &mut v.conditions,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AuthenticationEventsFlow(v) => &v.description,
            Self::ExternalUsersSelfServiceSignUpEventsFlow(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AuthenticationEventsFlow(v) => &mut v.description,
            Self::ExternalUsersSelfServiceSignUpEventsFlow(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AuthenticationEventsFlow(v) => &v.display_name,
            Self::ExternalUsersSelfServiceSignUpEventsFlow(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AuthenticationEventsFlow(v) => &mut v.display_name,
            Self::ExternalUsersSelfServiceSignUpEventsFlow(v) => &mut v.display_name,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_poly!(AnyAuthenticationEventsFlow);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAuthenticationEventsFlow);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.authenticationFlow`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct AuthenticationFlow {
    /// CSDL: property `transferMethod`: `microsoft.graph.conditionalAccessTransferMethods`, nullable.
    pub transfer_method: rt::Field<
        rt::Flags<crate::v1::ConditionalAccessTransferMethods>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AuthenticationFlow {
    #[inline]
    fn default() -> Self {
        Self {
            transfer_method: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for AuthenticationFlow {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationFlow";
    const KEYS: &'static [&'static str] = &["transferMethod"];
    const KEYS_JSON: &'static [&'static str] = &[",\"transferMethod\":               "];
    const TAG: &'static str = "\"#microsoft.graph.authenticationFlow\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "transfer_method", &self.transfer_method);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for AuthenticationFlow {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.transfer_method.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.transfer_method);
    }
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
rt::impl_object!(AuthenticationFlow);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    AuthenticationFlow { with_transfer_method transfer_method : rt::Flags < crate
    ::v1::ConditionalAccessTransferMethods >; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationFlow);
#[cfg(msgraph_v1_policies_or_search)]
/// CSDL: `microsoft.graph.authenticationFlowsPolicy`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AuthenticationFlowsPolicyPath`](requests/trait.AuthenticationFlowsPolicyPath.html), what a path to one (`EntityPath<AuthenticationFlowsPolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct AuthenticationFlowsPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `selfServiceSignUp`: `microsoft.graph.selfServiceSignUpAuthenticationFlowConfiguration`, nullable.
    pub self_service_sign_up: rt::Field<
        crate::v1::SelfServiceSignUpAuthenticationFlowConfiguration,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_policies_or_search)]
impl ::std::default::Default for AuthenticationFlowsPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            self_service_sign_up: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::Object for AuthenticationFlowsPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationFlowsPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "selfServiceSignUp",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"selfServiceSignUp\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.authenticationFlowsPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "self_service_sign_up", &self.self_service_sign_up);
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::object::Members for AuthenticationFlowsPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.self_service_sign_up.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.self_service_sign_up);
    }
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
rt::impl_object!(AuthenticationFlowsPolicy);
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_setters!(
    AuthenticationFlowsPolicy { with_id id : ::std::string::String; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_self_service_sign_up self_service_sign_up : crate
    ::v1::SelfServiceSignUpAuthenticationFlowConfiguration; }
);
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationFlowsPolicy);
#[cfg(msgraph_v1_reports_or_search)]
/// CSDL: `microsoft.graph.authenticationMethodFeature`, enum type.
///
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AuthenticationMethodFeature {
    /// `ssprRegistered` (value 0).
    SsprRegistered,
    /// `ssprEnabled` (value 1).
    SsprEnabled,
    /// `ssprCapable` (value 2).
    SsprCapable,
    /// `passwordlessCapable` (value 3).
    PasswordlessCapable,
    /// `mfaCapable` (value 4).
    MfaCapable,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::StrEnum for AuthenticationMethodFeature {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationMethodFeature";
    const MEMBERS: &'static [&'static str] = &[
        "ssprRegistered",
        "ssprEnabled",
        "ssprCapable",
        "passwordlessCapable",
        "mfaCapable",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "ssprRegistered" => Self::SsprRegistered,
                "ssprEnabled" => Self::SsprEnabled,
                "ssprCapable" => Self::SsprCapable,
                "passwordlessCapable" => Self::PasswordlessCapable,
                "mfaCapable" => Self::MfaCapable,
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
            Self::SsprRegistered => "ssprRegistered",
            Self::SsprEnabled => "ssprEnabled",
            Self::SsprCapable => "ssprCapable",
            Self::PasswordlessCapable => "passwordlessCapable",
            Self::MfaCapable => "mfaCapable",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_enum!(AuthenticationMethodFeature);
#[cfg(msgraph_v1_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationMethodFeature);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.authenticationMethodModeDetail`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct AuthenticationMethodModeDetail {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `authenticationMethod`: `microsoft.graph.baseAuthenticationMethod`, not nullable.
    pub authentication_method: rt::Field<crate::v1::BaseAuthenticationMethod>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AuthenticationMethodModeDetail {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            authentication_method: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for AuthenticationMethodModeDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationMethodModeDetail";
    const KEYS: &'static [&'static str] = &["id", "authenticationMethod", "displayName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"authenticationMethod\":         ",
        ",\"displayName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.authenticationMethodModeDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "authentication_method", &self.authentication_method);
        v.field(2usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for AuthenticationMethodModeDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.authentication_method.read_from(r),
            2usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.authentication_method);
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(AuthenticationMethodModeDetail);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    AuthenticationMethodModeDetail { with_id id : ::std::string::String;
    with_authentication_method authentication_method : crate
    ::v1::BaseAuthenticationMethod; with_display_name display_name :
    ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationMethodModeDetail);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.authenticationMethodPlatform`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AuthenticationMethodPlatform {
    /// `unknown` (value 0).
    Unknown,
    /// `windows` (value 1).
    Windows,
    /// `macOS` (value 2).
    MacOs,
    /// `iOS` (value 3).
    IOs,
    /// `android` (value 4).
    Android,
    /// `linux` (value 5).
    Linux,
    /// `unknownFutureValue` (value 6).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for AuthenticationMethodPlatform {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationMethodPlatform";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "windows",
        "macOS",
        "iOS",
        "android",
        "linux",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "windows" => Self::Windows,
                "macOS" => Self::MacOs,
                "iOS" => Self::IOs,
                "android" => Self::Android,
                "linux" => Self::Linux,
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
            Self::Windows => "windows",
            Self::MacOs => "macOS",
            Self::IOs => "iOS",
            Self::Android => "android",
            Self::Linux => "linux",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(AuthenticationMethodPlatform);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationMethodPlatform);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.authenticationMethodSignInState`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AuthenticationMethodSignInState {
    /// `notSupported` (value 0).
    NotSupported,
    /// `notAllowedByPolicy` (value 1).
    NotAllowedByPolicy,
    /// `notEnabled` (value 2).
    NotEnabled,
    /// `phoneNumberNotUnique` (value 3).
    PhoneNumberNotUnique,
    /// `ready` (value 4).
    Ready,
    /// `notConfigured` (value 5).
    NotConfigured,
    /// `unknownFutureValue` (value 6).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for AuthenticationMethodSignInState {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationMethodSignInState";
    const MEMBERS: &'static [&'static str] = &[
        "notSupported",
        "notAllowedByPolicy",
        "notEnabled",
        "phoneNumberNotUnique",
        "ready",
        "notConfigured",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notSupported" => Self::NotSupported,
                "notAllowedByPolicy" => Self::NotAllowedByPolicy,
                "notEnabled" => Self::NotEnabled,
                "phoneNumberNotUnique" => Self::PhoneNumberNotUnique,
                "ready" => Self::Ready,
                "notConfigured" => Self::NotConfigured,
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
            Self::NotSupported => "notSupported",
            Self::NotAllowedByPolicy => "notAllowedByPolicy",
            Self::NotEnabled => "notEnabled",
            Self::PhoneNumberNotUnique => "phoneNumberNotUnique",
            Self::Ready => "ready",
            Self::NotConfigured => "notConfigured",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(AuthenticationMethodSignInState);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationMethodSignInState);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.authenticationPhoneType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AuthenticationPhoneType {
    /// `mobile` (value 0).
    Mobile,
    /// `alternateMobile` (value 1).
    AlternateMobile,
    /// `office` (value 2).
    Office,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for AuthenticationPhoneType {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationPhoneType";
    const MEMBERS: &'static [&'static str] = &[
        "mobile",
        "alternateMobile",
        "office",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "mobile" => Self::Mobile,
                "alternateMobile" => Self::AlternateMobile,
                "office" => Self::Office,
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
            Self::Mobile => "mobile",
            Self::AlternateMobile => "alternateMobile",
            Self::Office => "office",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(AuthenticationPhoneType);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationPhoneType);
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
/// CSDL: `microsoft.graph.authenticationProtocol`, enum type.
///
/// Features: `v1`, or one of `v1-directory`, `v1-domains`, `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AuthenticationProtocol {
    /// `wsFed` (value 0).
    WsFed,
    /// `saml` (value 1).
    Saml,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
impl rt::StrEnum for AuthenticationProtocol {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationProtocol";
    const MEMBERS: &'static [&'static str] = &["wsFed", "saml", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "wsFed" => Self::WsFed,
                "saml" => Self::Saml,
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
            Self::WsFed => "wsFed",
            Self::Saml => "saml",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
rt::impl_enum!(AuthenticationProtocol);
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationProtocol);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.authenticationStrengthPolicy`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AuthenticationStrengthPolicyPath`](requests/trait.AuthenticationStrengthPolicyPath.html), what a path to one (`EntityPath<AuthenticationStrengthPolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct AuthenticationStrengthPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `allowedCombinations`: `Collection(microsoft.graph.authenticationMethodModes)`, not nullable.
    pub allowed_combinations: rt::Field<
        ::std::vec::Vec<rt::Flags<crate::v1::AuthenticationMethodModes>>,
    >,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `policyType`: `microsoft.graph.authenticationStrengthPolicyType`, not nullable.
    pub policy_type: rt::Field<crate::v1::AuthenticationStrengthPolicyType>,
    /// CSDL: property `requirementsSatisfied`: `microsoft.graph.authenticationStrengthRequirements`, not nullable.
    pub requirements_satisfied: rt::Field<
        rt::Flags<crate::v1::AuthenticationStrengthRequirements>,
    >,
    /// CSDL: containment navigation property `combinationConfigurations`: `Collection(microsoft.graph.authenticationCombinationConfiguration)`, not nullable.
    pub combination_configurations: rt::Field<
        ::std::vec::Vec<crate::v1::AnyAuthenticationCombinationConfiguration>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default for AuthenticationStrengthPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            allowed_combinations: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            policy_type: rt::Field::Absent,
            requirements_satisfied: rt::Field::Absent,
            combination_configurations: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::Object for AuthenticationStrengthPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationStrengthPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "allowedCombinations",
        "createdDateTime",
        "description",
        "displayName",
        "modifiedDateTime",
        "policyType",
        "requirementsSatisfied",
        "combinationConfigurations",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"allowedCombinations\":          ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"modifiedDateTime\":             ",
        ",\"policyType\":                   ",
        ",\"requirementsSatisfied\":        ",
        ",\"combinationConfigurations\":    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.authenticationStrengthPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "allowed_combinations", &self.allowed_combinations);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "modified_date_time", &self.modified_date_time);
        v.field(6usize, "policy_type", &self.policy_type);
        v.field(7usize, "requirements_satisfied", &self.requirements_satisfied);
        v.field(8usize, "combination_configurations", &self.combination_configurations);
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::object::Members for AuthenticationStrengthPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.allowed_combinations.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.modified_date_time.read_from(r),
            6usize => self.policy_type.read_from(r),
            7usize => self.requirements_satisfied.read_from(r),
            8usize => self.combination_configurations.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.allowed_combinations);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.modified_date_time);
        w.field(6usize, &self.policy_type);
        w.field(7usize, &self.requirements_satisfied);
        w.field(8usize, &self.combination_configurations);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_object!(AuthenticationStrengthPolicy);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_setters!(
    AuthenticationStrengthPolicy { with_id id : ::std::string::String;
    with_allowed_combinations allowed_combinations : ::std::vec::Vec < rt::Flags < crate
    ::v1::AuthenticationMethodModes > >; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_modified_date_time
    modified_date_time : rt::edm::DateTimeOffset; with_policy_type policy_type : crate
    ::v1::AuthenticationStrengthPolicyType; with_requirements_satisfied
    requirements_satisfied : rt::Flags < crate ::v1::AuthenticationStrengthRequirements
    >; with_combination_configurations combination_configurations : ::std::vec::Vec <
    crate ::v1::AnyAuthenticationCombinationConfiguration >; }
);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationStrengthPolicy);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.authenticationStrengthPolicyType`, enum type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AuthenticationStrengthPolicyType {
    /// `builtIn` (value 0).
    BuiltIn,
    /// `custom` (value 1).
    Custom,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::StrEnum for AuthenticationStrengthPolicyType {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationStrengthPolicyType";
    const MEMBERS: &'static [&'static str] = &[
        "builtIn",
        "custom",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "builtIn" => Self::BuiltIn,
                "custom" => Self::Custom,
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
            Self::BuiltIn => "builtIn",
            Self::Custom => "custom",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_enum!(AuthenticationStrengthPolicyType);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationStrengthPolicyType);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.authenticationStrengthRequirements`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AuthenticationStrengthRequirements {
    /// `none` (value 0).
    None,
    /// `mfa` (value 1).
    Mfa,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::StrEnum for AuthenticationStrengthRequirements {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationStrengthRequirements";
    const MEMBERS: &'static [&'static str] = &["none", "mfa", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "mfa" => Self::Mfa,
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
            Self::Mfa => "mfa",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_enum!(AuthenticationStrengthRequirements);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationStrengthRequirements);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.authenticationStrengthRoot`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AuthenticationStrengthRootPath`](requests/trait.AuthenticationStrengthRootPath.html), what a path to one (`EntityPath<AuthenticationStrengthRoot, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct AuthenticationStrengthRoot {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `combinations`: `Collection(microsoft.graph.authenticationMethodModes)`, not nullable.
    pub combinations: rt::Field<
        ::std::vec::Vec<rt::Flags<crate::v1::AuthenticationMethodModes>>,
    >,
    /// CSDL: containment navigation property `authenticationMethodModes`: `Collection(microsoft.graph.authenticationMethodModeDetail)`, not nullable.
    pub authentication_method_modes: rt::Field<
        ::std::vec::Vec<crate::v1::AuthenticationMethodModeDetail>,
    >,
    /// CSDL: containment navigation property `policies`: `Collection(microsoft.graph.authenticationStrengthPolicy)`, not nullable.
    pub policies: rt::Field<::std::vec::Vec<crate::v1::AuthenticationStrengthPolicy>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AuthenticationStrengthRoot {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            combinations: rt::Field::Absent,
            authentication_method_modes: rt::Field::Absent,
            policies: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for AuthenticationStrengthRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationStrengthRoot";
    const KEYS: &'static [&'static str] = &[
        "id",
        "combinations",
        "authenticationMethodModes",
        "policies",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"combinations\":                 ",
        ",\"authenticationMethodModes\":    ",
        ",\"policies\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.authenticationStrengthRoot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "combinations", &self.combinations);
        v.field(
            2usize,
            "authentication_method_modes",
            &self.authentication_method_modes,
        );
        v.field(3usize, "policies", &self.policies);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for AuthenticationStrengthRoot {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.combinations.read_from(r),
            2usize => self.authentication_method_modes.read_from(r),
            3usize => self.policies.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.combinations);
        w.field(2usize, &self.authentication_method_modes);
        w.field(3usize, &self.policies);
    }
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
rt::impl_object!(AuthenticationStrengthRoot);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    AuthenticationStrengthRoot { with_id id : ::std::string::String; with_combinations
    combinations : ::std::vec::Vec < rt::Flags < crate ::v1::AuthenticationMethodModes >
    >; with_authentication_method_modes authentication_method_modes : ::std::vec::Vec <
    crate ::v1::AuthenticationMethodModeDetail >; with_policies policies :
    ::std::vec::Vec < crate ::v1::AuthenticationStrengthPolicy >; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationStrengthRoot);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.authenticationStrengthUsage`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct AuthenticationStrengthUsage {
    /// CSDL: navigation property `mfa`: `Collection(microsoft.graph.conditionalAccessPolicy)`, not nullable.
    pub mfa: rt::Field<::std::vec::Vec<crate::v1::AnyConditionalAccessPolicy>>,
    /// CSDL: navigation property `none`: `Collection(microsoft.graph.conditionalAccessPolicy)`, not nullable.
    pub none: rt::Field<::std::vec::Vec<crate::v1::AnyConditionalAccessPolicy>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default for AuthenticationStrengthUsage {
    #[inline]
    fn default() -> Self {
        Self {
            mfa: rt::Field::Absent,
            none: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::Object for AuthenticationStrengthUsage {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationStrengthUsage";
    const KEYS: &'static [&'static str] = &["mfa", "none"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"mfa\":                          ",
        ",\"none\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.authenticationStrengthUsage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "mfa", &self.mfa);
        v.field(1usize, "none", &self.none);
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::object::Members for AuthenticationStrengthUsage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.mfa.read_from(r),
            1usize => self.none.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.mfa);
        w.field(1usize, &self.none);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_object!(AuthenticationStrengthUsage);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_setters!(
    AuthenticationStrengthUsage { with_mfa mfa : ::std::vec::Vec < crate
    ::v1::AnyConditionalAccessPolicy >; with_none none : ::std::vec::Vec < crate
    ::v1::AnyConditionalAccessPolicy >; }
);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationStrengthUsage);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
/// CSDL: `microsoft.graph.authoredNote`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AuthoredNotePath`](requests/trait.AuthoredNotePath.html), what a path to one (`EntityPath<AuthoredNote, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-privacy`, `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AuthoredNote {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `author`: `microsoft.graph.identity`, nullable.
    pub author: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `content`: `microsoft.graph.itemBody`, nullable.
    pub content: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl ::std::default::Default for AuthoredNote {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            author: rt::Field::Absent,
            content: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::Object for AuthoredNote {
    const TYPE_NAME: &'static str = "microsoft.graph.authoredNote";
    const KEYS: &'static [&'static str] = &[
        "id",
        "author",
        "content",
        "createdDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"author\":                       ",
        ",\"content\":                      ",
        ",\"createdDateTime\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.authoredNote\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "author", &self.author);
        v.field(2usize, "content", &self.content);
        v.field(3usize, "created_date_time", &self.created_date_time);
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::object::Members for AuthoredNote {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.author.read_from(r),
            2usize => self.content.read_from(r),
            3usize => self.created_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.author);
        w.field(2usize, &self.content);
        w.field(3usize, &self.created_date_time);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
rt::impl_object!(AuthoredNote);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
rt::impl_setters!(
    AuthoredNote { with_id id : ::std::string::String; with_author author : crate
    ::v1::AnyIdentity; with_content content : crate ::v1::ItemBody;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthoredNote);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.authorizationInfo`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AuthorizationInfo {
    /// CSDL: property `certificateUserIds`: `Collection(Edm.String)`, nullable.
    pub certificate_user_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AuthorizationInfo {
    #[inline]
    fn default() -> Self {
        Self {
            certificate_user_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for AuthorizationInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.authorizationInfo";
    const KEYS: &'static [&'static str] = &["certificateUserIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"certificateUserIds\":           "];
    const TAG: &'static str = "\"#microsoft.graph.authorizationInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "certificate_user_ids", &self.certificate_user_ids);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for AuthorizationInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.certificate_user_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.certificate_user_ids);
    }
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
rt::impl_object!(AuthorizationInfo);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AuthorizationInfo { with_certificate_user_ids certificate_user_ids : ::std::vec::Vec
    < ::std::string::String >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthorizationInfo);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.authorizationPolicy`, entity type, derived from `microsoft.graph.policyBase`, key `id`.
///
/// Request builders: [`AuthorizationPolicyPath`](requests/trait.AuthorizationPolicyPath.html), what a path to one (`EntityPath<AuthorizationPolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AuthorizationPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `allowedToSignUpEmailBasedSubscriptions`: `Edm.Boolean`, not nullable.
    pub allowed_to_sign_up_email_based_subscriptions: rt::Field<bool>,
    /// CSDL: property `allowedToUseSSPR`: `Edm.Boolean`, not nullable.
    pub allowed_to_use_sspr: rt::Field<bool>,
    /// CSDL: property `allowEmailVerifiedUsersToJoinOrganization`: `Edm.Boolean`, not nullable.
    pub allow_email_verified_users_to_join_organization: rt::Field<bool>,
    /// CSDL: property `allowInvitesFrom`: `microsoft.graph.allowInvitesFrom`, nullable.
    pub allow_invites_from: rt::Field<crate::v1::AllowInvitesFrom>,
    /// CSDL: property `allowUserConsentForRiskyApps`: `Edm.Boolean`, nullable.
    pub allow_user_consent_for_risky_apps: rt::Field<bool>,
    /// CSDL: property `blockMsolPowerShell`: `Edm.Boolean`, nullable.
    pub block_msol_power_shell: rt::Field<bool>,
    /// CSDL: property `defaultUserRolePermissions`: `microsoft.graph.defaultUserRolePermissions`, not nullable.
    pub default_user_role_permissions: rt::Field<crate::v1::DefaultUserRolePermissions>,
    /// CSDL: property `guestUserRoleId`: `Edm.Guid`, nullable.
    pub guest_user_role_id: rt::Field<rt::edm::Guid>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AuthorizationPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            allowed_to_sign_up_email_based_subscriptions: rt::Field::Absent,
            allowed_to_use_sspr: rt::Field::Absent,
            allow_email_verified_users_to_join_organization: rt::Field::Absent,
            allow_invites_from: rt::Field::Absent,
            allow_user_consent_for_risky_apps: rt::Field::Absent,
            block_msol_power_shell: rt::Field::Absent,
            default_user_role_permissions: rt::Field::Absent,
            guest_user_role_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for AuthorizationPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.authorizationPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "description",
        "displayName",
        "allowedToSignUpEmailBasedSubscriptions",
        "allowedToUseSSPR",
        "allowEmailVerifiedUsersToJoinOrganization",
        "allowInvitesFrom",
        "allowUserConsentForRiskyApps",
        "blockMsolPowerShell",
        "defaultUserRolePermissions",
        "guestUserRoleId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"allowedToSignUpEmailBasedSubscriptions\":",
        ",\"allowedToUseSSPR\":             ",
        ",\"allowEmailVerifiedUsersToJoinOrganization\":",
        ",\"allowInvitesFrom\":             ",
        ",\"allowUserConsentForRiskyApps\": ",
        ",\"blockMsolPowerShell\":          ",
        ",\"defaultUserRolePermissions\":   ",
        ",\"guestUserRoleId\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.authorizationPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(
            4usize,
            "allowed_to_sign_up_email_based_subscriptions",
            &self.allowed_to_sign_up_email_based_subscriptions,
        );
        v.field(5usize, "allowed_to_use_sspr", &self.allowed_to_use_sspr);
        v.field(
            6usize,
            "allow_email_verified_users_to_join_organization",
            &self.allow_email_verified_users_to_join_organization,
        );
        v.field(7usize, "allow_invites_from", &self.allow_invites_from);
        v.field(
            8usize,
            "allow_user_consent_for_risky_apps",
            &self.allow_user_consent_for_risky_apps,
        );
        v.field(9usize, "block_msol_power_shell", &self.block_msol_power_shell);
        v.field(
            10usize,
            "default_user_role_permissions",
            &self.default_user_role_permissions,
        );
        v.field(11usize, "guest_user_role_id", &self.guest_user_role_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for AuthorizationPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.allowed_to_sign_up_email_based_subscriptions.read_from(r),
            5usize => self.allowed_to_use_sspr.read_from(r),
            6usize => self.allow_email_verified_users_to_join_organization.read_from(r),
            7usize => self.allow_invites_from.read_from(r),
            8usize => self.allow_user_consent_for_risky_apps.read_from(r),
            9usize => self.block_msol_power_shell.read_from(r),
            10usize => self.default_user_role_permissions.read_from(r),
            11usize => self.guest_user_role_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.allowed_to_sign_up_email_based_subscriptions);
        w.field(5usize, &self.allowed_to_use_sspr);
        w.field(6usize, &self.allow_email_verified_users_to_join_organization);
        w.field(7usize, &self.allow_invites_from);
        w.field(8usize, &self.allow_user_consent_for_risky_apps);
        w.field(9usize, &self.block_msol_power_shell);
        w.field(10usize, &self.default_user_role_permissions);
        w.field(11usize, &self.guest_user_role_id);
    }
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
rt::impl_object!(AuthorizationPolicy);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AuthorizationPolicy { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_allowed_to_sign_up_email_based_subscriptions
    allowed_to_sign_up_email_based_subscriptions : bool; with_allowed_to_use_sspr
    allowed_to_use_sspr : bool; with_allow_email_verified_users_to_join_organization
    allow_email_verified_users_to_join_organization : bool; with_allow_invites_from
    allow_invites_from : crate ::v1::AllowInvitesFrom;
    with_allow_user_consent_for_risky_apps allow_user_consent_for_risky_apps : bool;
    with_block_msol_power_shell block_msol_power_shell : bool;
    with_default_user_role_permissions default_user_role_permissions : crate
    ::v1::DefaultUserRolePermissions; with_guest_user_role_id guest_user_role_id :
    rt::edm::Guid; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthorizationPolicy);
#[cfg(msgraph_v1_device_management_or_search)]
/// Auto restart required notification dismissal method
///
/// CSDL: `microsoft.graph.autoRestartNotificationDismissalMethod`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AutoRestartNotificationDismissalMethod {
    /// Not configured
    ///
    /// `notConfigured` (value 0).
    NotConfigured,
    /// Auto dismissal Indicates that the notification is automatically dismissed without user intervention
    ///
    /// `automatic` (value 1).
    Automatic,
    /// User dismissal. Allows the user to dismiss the notification
    ///
    /// `user` (value 2).
    User,
    /// Evolvable enumeration sentinel value. Do not use.
    ///
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for AutoRestartNotificationDismissalMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.autoRestartNotificationDismissalMethod";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "automatic",
        "user",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "automatic" => Self::Automatic,
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
            Self::NotConfigured => "notConfigured",
            Self::Automatic => "automatic",
            Self::User => "user",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(AutoRestartNotificationDismissalMethod);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AutoRestartNotificationDismissalMethod);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.automaticRepliesMailTips`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AutomaticRepliesMailTips {
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// CSDL: property `messageLanguage`: `microsoft.graph.localeInfo`, nullable.
    pub message_language: rt::Field<crate::v1::LocaleInfo>,
    /// CSDL: property `scheduledEndTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub scheduled_end_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `scheduledStartTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub scheduled_start_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AutomaticRepliesMailTips {
    #[inline]
    fn default() -> Self {
        Self {
            message: rt::Field::Absent,
            message_language: rt::Field::Absent,
            scheduled_end_time: rt::Field::Absent,
            scheduled_start_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for AutomaticRepliesMailTips {
    const TYPE_NAME: &'static str = "microsoft.graph.automaticRepliesMailTips";
    const KEYS: &'static [&'static str] = &[
        "message",
        "messageLanguage",
        "scheduledEndTime",
        "scheduledStartTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"message\":                      ",
        ",\"messageLanguage\":              ",
        ",\"scheduledEndTime\":             ",
        ",\"scheduledStartTime\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.automaticRepliesMailTips\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message", &self.message);
        v.field(1usize, "message_language", &self.message_language);
        v.field(2usize, "scheduled_end_time", &self.scheduled_end_time);
        v.field(3usize, "scheduled_start_time", &self.scheduled_start_time);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for AutomaticRepliesMailTips {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message.read_from(r),
            1usize => self.message_language.read_from(r),
            2usize => self.scheduled_end_time.read_from(r),
            3usize => self.scheduled_start_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message);
        w.field(1usize, &self.message_language);
        w.field(2usize, &self.scheduled_end_time);
        w.field(3usize, &self.scheduled_start_time);
    }
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
rt::impl_object!(AutomaticRepliesMailTips);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AutomaticRepliesMailTips { with_message message : ::std::string::String;
    with_message_language message_language : crate ::v1::LocaleInfo;
    with_scheduled_end_time scheduled_end_time : crate ::v1::DateTimeTimeZone;
    with_scheduled_start_time scheduled_start_time : crate ::v1::DateTimeTimeZone; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AutomaticRepliesMailTips);
#[cfg(msgraph_v1_device_management_or_search)]
/// Possible values for automatic update mode.
///
/// CSDL: `microsoft.graph.automaticUpdateMode`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AutomaticUpdateMode {
    /// User Defined, default value, no intent.
    ///
    /// `userDefined` (value 0).
    UserDefined,
    /// Notify on download.
    ///
    /// `notifyDownload` (value 1).
    NotifyDownload,
    /// Auto-install at maintenance time.
    ///
    /// `autoInstallAtMaintenanceTime` (value 2).
    AutoInstallAtMaintenanceTime,
    /// Auto-install and reboot at maintenance time.
    ///
    /// `autoInstallAndRebootAtMaintenanceTime` (value 3).
    AutoInstallAndRebootAtMaintenanceTime,
    /// Auto-install and reboot at scheduled time.
    ///
    /// `autoInstallAndRebootAtScheduledTime` (value 4).
    AutoInstallAndRebootAtScheduledTime,
    /// Auto-install and restart without end-user control
    ///
    /// `autoInstallAndRebootWithoutEndUserControl` (value 5).
    AutoInstallAndRebootWithoutEndUserControl,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for AutomaticUpdateMode {
    const TYPE_NAME: &'static str = "microsoft.graph.automaticUpdateMode";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "notifyDownload",
        "autoInstallAtMaintenanceTime",
        "autoInstallAndRebootAtMaintenanceTime",
        "autoInstallAndRebootAtScheduledTime",
        "autoInstallAndRebootWithoutEndUserControl",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "notifyDownload" => Self::NotifyDownload,
                "autoInstallAtMaintenanceTime" => Self::AutoInstallAtMaintenanceTime,
                "autoInstallAndRebootAtMaintenanceTime" => {
                    Self::AutoInstallAndRebootAtMaintenanceTime
                }
                "autoInstallAndRebootAtScheduledTime" => {
                    Self::AutoInstallAndRebootAtScheduledTime
                }
                "autoInstallAndRebootWithoutEndUserControl" => {
                    Self::AutoInstallAndRebootWithoutEndUserControl
                }
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
            Self::NotifyDownload => "notifyDownload",
            Self::AutoInstallAtMaintenanceTime => "autoInstallAtMaintenanceTime",
            Self::AutoInstallAndRebootAtMaintenanceTime => {
                "autoInstallAndRebootAtMaintenanceTime"
            }
            Self::AutoInstallAndRebootAtScheduledTime => {
                "autoInstallAndRebootAtScheduledTime"
            }
            Self::AutoInstallAndRebootWithoutEndUserControl => {
                "autoInstallAndRebootWithoutEndUserControl"
            }
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(AutomaticUpdateMode);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AutomaticUpdateMode);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.availabilityItem`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct AvailabilityItem {
    /// CSDL: property `endDateTime`: `microsoft.graph.dateTimeTimeZone`, not nullable.
    pub end_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `serviceId`: `Edm.String`, nullable.
    pub service_id: rt::Field<::std::string::String>,
    /// CSDL: property `startDateTime`: `microsoft.graph.dateTimeTimeZone`, not nullable.
    pub start_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `status`: `microsoft.graph.bookingsAvailabilityStatus`, nullable.
    pub status: rt::Field<crate::v1::BookingsAvailabilityStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for AvailabilityItem {
    #[inline]
    fn default() -> Self {
        Self {
            end_date_time: rt::Field::Absent,
            service_id: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for AvailabilityItem {
    const TYPE_NAME: &'static str = "microsoft.graph.availabilityItem";
    const KEYS: &'static [&'static str] = &[
        "endDateTime",
        "serviceId",
        "startDateTime",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"endDateTime\":                  ",
        ",\"serviceId\":                    ",
        ",\"startDateTime\":                ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.availabilityItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "end_date_time", &self.end_date_time);
        v.field(1usize, "service_id", &self.service_id);
        v.field(2usize, "start_date_time", &self.start_date_time);
        v.field(3usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for AvailabilityItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.end_date_time.read_from(r),
            1usize => self.service_id.read_from(r),
            2usize => self.start_date_time.read_from(r),
            3usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.end_date_time);
        w.field(1usize, &self.service_id);
        w.field(2usize, &self.start_date_time);
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
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(AvailabilityItem);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    AvailabilityItem { with_end_date_time end_date_time : crate ::v1::DateTimeTimeZone;
    with_service_id service_id : ::std::string::String; with_start_date_time
    start_date_time : crate ::v1::DateTimeTimeZone; with_status status : crate
    ::v1::BookingsAvailabilityStatus; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(AvailabilityItem);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.averageComparativeScore`, complex type, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AverageComparativeScore {
    /// CSDL: property `averageScore`: `Edm.Double`, nullable.
    pub average_score: rt::Field<f64>,
    /// CSDL: property `basis`: `Edm.String`, nullable.
    pub basis: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AverageComparativeScore {
    #[inline]
    fn default() -> Self {
        Self {
            average_score: rt::Field::Absent,
            basis: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AverageComparativeScore {
    const TYPE_NAME: &'static str = "microsoft.graph.averageComparativeScore";
    const KEYS: &'static [&'static str] = &["averageScore", "basis"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"averageScore\":                 ",
        ",\"basis\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.averageComparativeScore\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "average_score", &self.average_score);
        v.field(1usize, "basis", &self.basis);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AverageComparativeScore {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.average_score.read_from(r),
            1usize => self.basis.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.average_score);
        w.field(1usize, &self.basis);
    }
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
rt::impl_object!(AverageComparativeScore);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AverageComparativeScore { with_average_score average_score : f64; with_basis basis :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AverageComparativeScore);
#[cfg(msgraph_v1_policies_or_search)]
/// CSDL: `microsoft.graph.azureADJoinPolicy`, complex type.
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct AzureAdJoinPolicy {
    /// CSDL: property `allowedToJoin`: `microsoft.graph.deviceRegistrationMembership`, nullable.
    pub allowed_to_join: rt::Field<crate::v1::AnyDeviceRegistrationMembership>,
    /// CSDL: property `isAdminConfigurable`: `Edm.Boolean`, nullable.
    pub is_admin_configurable: rt::Field<bool>,
    /// CSDL: property `localAdmins`: `microsoft.graph.localAdminSettings`, nullable.
    pub local_admins: rt::Field<crate::v1::LocalAdminSettings>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_policies_or_search)]
impl ::std::default::Default for AzureAdJoinPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            allowed_to_join: rt::Field::Absent,
            is_admin_configurable: rt::Field::Absent,
            local_admins: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::Object for AzureAdJoinPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.azureADJoinPolicy";
    const KEYS: &'static [&'static str] = &[
        "allowedToJoin",
        "isAdminConfigurable",
        "localAdmins",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowedToJoin\":                ",
        ",\"isAdminConfigurable\":          ",
        ",\"localAdmins\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.azureADJoinPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allowed_to_join", &self.allowed_to_join);
        v.field(1usize, "is_admin_configurable", &self.is_admin_configurable);
        v.field(2usize, "local_admins", &self.local_admins);
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::object::Members for AzureAdJoinPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allowed_to_join.read_from(r),
            1usize => self.is_admin_configurable.read_from(r),
            2usize => self.local_admins.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allowed_to_join);
        w.field(1usize, &self.is_admin_configurable);
        w.field(2usize, &self.local_admins);
    }
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
rt::impl_object!(AzureAdJoinPolicy);
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_setters!(
    AzureAdJoinPolicy { with_allowed_to_join allowed_to_join : crate
    ::v1::AnyDeviceRegistrationMembership; with_is_admin_configurable
    is_admin_configurable : bool; with_local_admins local_admins : crate
    ::v1::LocalAdminSettings; }
);
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AzureAdJoinPolicy);
#[cfg(msgraph_v1_policies_or_search)]
/// CSDL: `microsoft.graph.azureADRegistrationPolicy`, complex type.
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct AzureAdRegistrationPolicy {
    /// CSDL: property `allowedToRegister`: `microsoft.graph.deviceRegistrationMembership`, nullable.
    pub allowed_to_register: rt::Field<crate::v1::AnyDeviceRegistrationMembership>,
    /// CSDL: property `isAdminConfigurable`: `Edm.Boolean`, nullable.
    pub is_admin_configurable: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_policies_or_search)]
impl ::std::default::Default for AzureAdRegistrationPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            allowed_to_register: rt::Field::Absent,
            is_admin_configurable: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::Object for AzureAdRegistrationPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.azureADRegistrationPolicy";
    const KEYS: &'static [&'static str] = &["allowedToRegister", "isAdminConfigurable"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowedToRegister\":            ",
        ",\"isAdminConfigurable\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.azureADRegistrationPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allowed_to_register", &self.allowed_to_register);
        v.field(1usize, "is_admin_configurable", &self.is_admin_configurable);
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::object::Members for AzureAdRegistrationPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allowed_to_register.read_from(r),
            1usize => self.is_admin_configurable.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allowed_to_register);
        w.field(1usize, &self.is_admin_configurable);
    }
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
rt::impl_object!(AzureAdRegistrationPolicy);
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_setters!(
    AzureAdRegistrationPolicy { with_allowed_to_register allowed_to_register : crate
    ::v1::AnyDeviceRegistrationMembership; with_is_admin_configurable
    is_admin_configurable : bool; }
);
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AzureAdRegistrationPolicy);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.azureActiveDirectoryTenant`, complex type, derived from `microsoft.graph.identitySource`.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AzureActiveDirectoryTenant {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `tenantId`: `Edm.String`, nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AzureActiveDirectoryTenant {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AzureActiveDirectoryTenant {
    const TYPE_NAME: &'static str = "microsoft.graph.azureActiveDirectoryTenant";
    const KEYS: &'static [&'static str] = &["displayName", "tenantId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"tenantId\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.azureActiveDirectoryTenant\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "tenant_id", &self.tenant_id);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AzureActiveDirectoryTenant {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.tenant_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.tenant_id);
    }
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
rt::impl_object!(AzureActiveDirectoryTenant);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AzureActiveDirectoryTenant { with_display_name display_name : ::std::string::String;
    with_tenant_id tenant_id : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AzureActiveDirectoryTenant);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.azureAdPopTokenAuthentication`, complex type, derived from `microsoft.graph.customExtensionAuthenticationConfiguration`.
///
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AzureAdPopTokenAuthentication {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::default::Default for AzureAdPopTokenAuthentication {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::Object for AzureAdPopTokenAuthentication {
    const TYPE_NAME: &'static str = "microsoft.graph.azureAdPopTokenAuthentication";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.azureAdPopTokenAuthentication\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::object::Members for AzureAdPopTokenAuthentication {
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
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_object!(AzureAdPopTokenAuthentication);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AzureAdPopTokenAuthentication);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.azureAdTokenAuthentication`, complex type, derived from `microsoft.graph.customExtensionAuthenticationConfiguration`.
///
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AzureAdTokenAuthentication {
    /// CSDL: property `resourceId`: `Edm.String`, nullable.
    pub resource_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::default::Default for AzureAdTokenAuthentication {
    #[inline]
    fn default() -> Self {
        Self {
            resource_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::Object for AzureAdTokenAuthentication {
    const TYPE_NAME: &'static str = "microsoft.graph.azureAdTokenAuthentication";
    const KEYS: &'static [&'static str] = &["resourceId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"resourceId\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.azureAdTokenAuthentication\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "resource_id", &self.resource_id);
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::object::Members for AzureAdTokenAuthentication {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.resource_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.resource_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_object!(AzureAdTokenAuthentication);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_setters!(
    AzureAdTokenAuthentication { with_resource_id resource_id : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AzureAdTokenAuthentication);
