//! Types of `microsoft.graph` by the first letters of their names (`au_az`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.audio`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(Audio);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(Audio);
#[cfg(msgraph_beta_core_or_app_or_communications)]
/// CSDL: `microsoft.graph.audioConferencing`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-app`, `beta-applications`, `beta-chats`, `beta-communications`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
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
#[cfg(msgraph_beta_core_or_app_or_communications)]
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
#[cfg(msgraph_beta_core_or_app_or_communications)]
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
#[cfg(msgraph_beta_core_or_app_or_communications)]
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
#[cfg(msgraph_beta_core_or_app_or_communications)]
rt::impl_object!(AudioConferencing);
#[cfg(msgraph_beta_core_or_app_or_communications)]
rt::impl_setters!(
    AudioConferencing { with_conference_id conference_id : ::std::string::String;
    with_dialin_url dialin_url : ::std::string::String; with_toll_free_number
    toll_free_number : ::std::string::String; with_toll_free_numbers toll_free_numbers :
    ::std::vec::Vec < ::std::string::String >; with_toll_number toll_number :
    ::std::string::String; with_toll_numbers toll_numbers : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_core_or_app_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(AudioConferencing);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.audioRoutingGroup`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct AudioRoutingGroup {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `receivers`: `Collection(Edm.String)`, nullable.
    pub receivers: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `routingMode`: `microsoft.graph.routingMode`, not nullable.
    pub routing_mode: rt::Field<crate::beta::RoutingMode>,
    /// CSDL: property `sources`: `Collection(Edm.String)`, nullable.
    pub sources: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
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
#[cfg(msgraph_beta_app_or_communications_or_search)]
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
#[cfg(msgraph_beta_app_or_communications_or_search)]
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
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_object!(AudioRoutingGroup);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    AudioRoutingGroup { with_id id : ::std::string::String; with_receivers receivers :
    ::std::vec::Vec < ::std::string::String >; with_routing_mode routing_mode : crate
    ::beta::RoutingMode; with_sources sources : ::std::vec::Vec < ::std::string::String
    >; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AudioRoutingGroup);
#[cfg(msgraph_beta_audit_logs_or_search)]
/// CSDL: `microsoft.graph.auditActivityInitiator`, complex type.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
#[derive(Clone)]
pub struct AuditActivityInitiator {
    /// CSDL: property `app`: `microsoft.graph.appIdentity`, nullable.
    pub app: rt::Field<crate::beta::AppIdentity>,
    /// CSDL: property `user`: `microsoft.graph.userIdentity`, nullable.
    pub user: rt::Field<crate::beta::UserIdentity>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_audit_logs_or_search)]
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
#[cfg(msgraph_beta_audit_logs_or_search)]
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
#[cfg(msgraph_beta_audit_logs_or_search)]
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
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_object!(AuditActivityInitiator);
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_setters!(
    AuditActivityInitiator { with_app app : crate ::beta::AppIdentity; with_user user :
    crate ::beta::UserIdentity; }
);
#[cfg(msgraph_beta_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuditActivityInitiator);
#[cfg(msgraph_beta_audit_logs)]
/// CSDL: `microsoft.graph.auditLogRoot`, entity type.
///
/// Request builders: [`AuditLogRootPath`](requests/trait.AuditLogRootPath.html), what a path to one (`EntityPath<AuditLogRoot, C>`) dereferences to.
///
/// Features: `beta` or `beta-audit-logs`.
#[derive(Clone)]
pub struct AuditLogRoot {
    /// CSDL: containment navigation property `directoryAudits`: `Collection(microsoft.graph.directoryAudit)`, not nullable.
    pub directory_audits: rt::Field<::std::vec::Vec<crate::beta::DirectoryAudit>>,
    /// CSDL: containment navigation property `directoryProvisioning`: `Collection(microsoft.graph.provisioningObjectSummary)`, not nullable.
    pub directory_provisioning: rt::Field<
        ::std::vec::Vec<crate::beta::ProvisioningObjectSummary>,
    >,
    /// CSDL: containment navigation property `provisioning`: `Collection(microsoft.graph.provisioningObjectSummary)`, not nullable.
    pub provisioning: rt::Field<::std::vec::Vec<crate::beta::ProvisioningObjectSummary>>,
    /// CSDL: containment navigation property `restrictedSignIns`: `Collection(microsoft.graph.restrictedSignIn)`, not nullable.
    pub restricted_sign_ins: rt::Field<::std::vec::Vec<crate::beta::RestrictedSignIn>>,
    /// CSDL: containment navigation property `signIns`: `Collection(microsoft.graph.signIn)`, not nullable.
    pub sign_ins: rt::Field<::std::vec::Vec<crate::beta::AnySignIn>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_audit_logs)]
impl ::std::default::Default for AuditLogRoot {
    #[inline]
    fn default() -> Self {
        Self {
            directory_audits: rt::Field::Absent,
            directory_provisioning: rt::Field::Absent,
            provisioning: rt::Field::Absent,
            restricted_sign_ins: rt::Field::Absent,
            sign_ins: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_audit_logs)]
impl rt::Object for AuditLogRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.auditLogRoot";
    const KEYS: &'static [&'static str] = &[
        "directoryAudits",
        "directoryProvisioning",
        "provisioning",
        "restrictedSignIns",
        "signIns",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"directoryAudits\":              ",
        ",\"directoryProvisioning\":        ",
        ",\"provisioning\":                 ",
        ",\"restrictedSignIns\":            ",
        ",\"signIns\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.auditLogRoot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "directory_audits", &self.directory_audits);
        v.field(1usize, "directory_provisioning", &self.directory_provisioning);
        v.field(2usize, "provisioning", &self.provisioning);
        v.field(3usize, "restricted_sign_ins", &self.restricted_sign_ins);
        v.field(4usize, "sign_ins", &self.sign_ins);
    }
}
#[cfg(msgraph_beta_audit_logs)]
impl rt::object::Members for AuditLogRoot {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.directory_audits.read_from(r),
            1usize => self.directory_provisioning.read_from(r),
            2usize => self.provisioning.read_from(r),
            3usize => self.restricted_sign_ins.read_from(r),
            4usize => self.sign_ins.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.directory_audits);
        w.field(1usize, &self.directory_provisioning);
        w.field(2usize, &self.provisioning);
        w.field(3usize, &self.restricted_sign_ins);
        w.field(4usize, &self.sign_ins);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_audit_logs)]
rt::impl_object!(AuditLogRoot);
#[cfg(msgraph_beta_audit_logs)]
rt::impl_setters!(
    AuditLogRoot { with_directory_audits directory_audits : ::std::vec::Vec < crate
    ::beta::DirectoryAudit >; with_directory_provisioning directory_provisioning :
    ::std::vec::Vec < crate ::beta::ProvisioningObjectSummary >; with_provisioning
    provisioning : ::std::vec::Vec < crate ::beta::ProvisioningObjectSummary >;
    with_restricted_sign_ins restricted_sign_ins : ::std::vec::Vec < crate
    ::beta::RestrictedSignIn >; with_sign_ins sign_ins : ::std::vec::Vec < crate
    ::beta::AnySignIn >; }
);
#[cfg(msgraph_beta_audit_logs)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuditLogRoot);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.authMethodsType`, enum type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AuthMethodsType {
    /// `email` (value 0).
    Email,
    /// `mobileSMS` (value 1).
    MobileSms,
    /// `mobilePhone` (value 2).
    MobilePhone,
    /// `officePhone` (value 3).
    OfficePhone,
    /// `securityQuestion` (value 4).
    SecurityQuestion,
    /// `appNotification` (value 5).
    AppNotification,
    /// `appNotificationCode` (value 6).
    AppNotificationCode,
    /// `appNotificationAndCode` (value 7).
    AppNotificationAndCode,
    /// `appPassword` (value 8).
    AppPassword,
    /// `fido` (value 9).
    Fido,
    /// `alternateMobilePhone` (value 10).
    AlternateMobilePhone,
    /// `mobilePhoneAndSMS` (value 11).
    MobilePhoneAndSms,
    /// `unknownFutureValue` (value 12).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_any_area)]
impl rt::StrEnum for AuthMethodsType {
    const TYPE_NAME: &'static str = "microsoft.graph.authMethodsType";
    const MEMBERS: &'static [&'static str] = &[
        "email",
        "mobileSMS",
        "mobilePhone",
        "officePhone",
        "securityQuestion",
        "appNotification",
        "appNotificationCode",
        "appNotificationAndCode",
        "appPassword",
        "fido",
        "alternateMobilePhone",
        "mobilePhoneAndSMS",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "email" => Self::Email,
                "mobileSMS" => Self::MobileSms,
                "mobilePhone" => Self::MobilePhone,
                "officePhone" => Self::OfficePhone,
                "securityQuestion" => Self::SecurityQuestion,
                "appNotification" => Self::AppNotification,
                "appNotificationCode" => Self::AppNotificationCode,
                "appNotificationAndCode" => Self::AppNotificationAndCode,
                "appPassword" => Self::AppPassword,
                "fido" => Self::Fido,
                "alternateMobilePhone" => Self::AlternateMobilePhone,
                "mobilePhoneAndSMS" => Self::MobilePhoneAndSms,
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
            Self::Email => "email",
            Self::MobileSms => "mobileSMS",
            Self::MobilePhone => "mobilePhone",
            Self::OfficePhone => "officePhone",
            Self::SecurityQuestion => "securityQuestion",
            Self::AppNotification => "appNotification",
            Self::AppNotificationCode => "appNotificationCode",
            Self::AppNotificationAndCode => "appNotificationAndCode",
            Self::AppPassword => "appPassword",
            Self::Fido => "fido",
            Self::AlternateMobilePhone => "alternateMobilePhone",
            Self::MobilePhoneAndSms => "mobilePhoneAndSMS",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_any_area)]
rt::impl_enum!(AuthMethodsType);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthMethodsType);
#[cfg(msgraph_beta_audit_logs_or_search)]
/// CSDL: `microsoft.graph.authenticationDetail`, complex type.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
#[derive(Clone)]
pub struct AuthenticationDetail {
    /// CSDL: property `authenticationMethod`: `Edm.String`, nullable.
    pub authentication_method: rt::Field<::std::string::String>,
    /// CSDL: property `authenticationMethodDetail`: `Edm.String`, nullable.
    pub authentication_method_detail: rt::Field<::std::string::String>,
    /// CSDL: property `authenticationStepDateTime`: `Edm.DateTimeOffset`, nullable.
    pub authentication_step_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `authenticationStepRequirement`: `Edm.String`, nullable.
    pub authentication_step_requirement: rt::Field<::std::string::String>,
    /// CSDL: property `authenticationStepResultDetail`: `Edm.String`, nullable.
    pub authentication_step_result_detail: rt::Field<::std::string::String>,
    /// CSDL: property `succeeded`: `Edm.Boolean`, nullable.
    pub succeeded: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl ::std::default::Default for AuthenticationDetail {
    #[inline]
    fn default() -> Self {
        Self {
            authentication_method: rt::Field::Absent,
            authentication_method_detail: rt::Field::Absent,
            authentication_step_date_time: rt::Field::Absent,
            authentication_step_requirement: rt::Field::Absent,
            authentication_step_result_detail: rt::Field::Absent,
            succeeded: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::Object for AuthenticationDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationDetail";
    const KEYS: &'static [&'static str] = &[
        "authenticationMethod",
        "authenticationMethodDetail",
        "authenticationStepDateTime",
        "authenticationStepRequirement",
        "authenticationStepResultDetail",
        "succeeded",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"authenticationMethod\":         ",
        ",\"authenticationMethodDetail\":   ",
        ",\"authenticationStepDateTime\":   ",
        ",\"authenticationStepRequirement\":",
        ",\"authenticationStepResultDetail\":",
        ",\"succeeded\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.authenticationDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "authentication_method", &self.authentication_method);
        v.field(
            1usize,
            "authentication_method_detail",
            &self.authentication_method_detail,
        );
        v.field(
            2usize,
            "authentication_step_date_time",
            &self.authentication_step_date_time,
        );
        v.field(
            3usize,
            "authentication_step_requirement",
            &self.authentication_step_requirement,
        );
        v.field(
            4usize,
            "authentication_step_result_detail",
            &self.authentication_step_result_detail,
        );
        v.field(5usize, "succeeded", &self.succeeded);
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::object::Members for AuthenticationDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.authentication_method.read_from(r),
            1usize => self.authentication_method_detail.read_from(r),
            2usize => self.authentication_step_date_time.read_from(r),
            3usize => self.authentication_step_requirement.read_from(r),
            4usize => self.authentication_step_result_detail.read_from(r),
            5usize => self.succeeded.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.authentication_method);
        w.field(1usize, &self.authentication_method_detail);
        w.field(2usize, &self.authentication_step_date_time);
        w.field(3usize, &self.authentication_step_requirement);
        w.field(4usize, &self.authentication_step_result_detail);
        w.field(5usize, &self.succeeded);
    }
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
rt::impl_object!(AuthenticationDetail);
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_setters!(
    AuthenticationDetail { with_authentication_method authentication_method :
    ::std::string::String; with_authentication_method_detail authentication_method_detail
    : ::std::string::String; with_authentication_step_date_time
    authentication_step_date_time : rt::edm::DateTimeOffset;
    with_authentication_step_requirement authentication_step_requirement :
    ::std::string::String; with_authentication_step_result_detail
    authentication_step_result_detail : ::std::string::String; with_succeeded succeeded :
    bool; }
);
#[cfg(msgraph_beta_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationDetail);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.authenticationMethodConfiguration`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-authentication-method-configurations`, `beta-authentication-methods-policy`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct AuthenticationMethodConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `state`: `microsoft.graph.authenticationMethodState`, nullable.
    pub state: rt::Field<crate::beta::AuthenticationMethodState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for AuthenticationMethodConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for AuthenticationMethodConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationMethodConfiguration";
    const KEYS: &'static [&'static str] = &["id", "state"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.authenticationMethodConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "state", &self.state);
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for AuthenticationMethodConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
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
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_object!(AuthenticationMethodConfiguration);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    AuthenticationMethodConfiguration { with_id id : ::std::string::String; with_state
    state : crate ::beta::AuthenticationMethodState; }
);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationMethodConfiguration);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// `microsoft.graph.authenticationMethodConfiguration` or any type derived from it, selected by `@odata.type` (6 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-authentication-method-configurations`, `beta-authentication-methods-policy`, `beta-policies`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAuthenticationMethodConfiguration {
    AuthenticationMethodConfiguration(
        ::std::boxed::Box<crate::beta::AuthenticationMethodConfiguration>,
    ),
    EmailAuthenticationMethodConfiguration(
        ::std::boxed::Box<crate::beta::EmailAuthenticationMethodConfiguration>,
    ),
    Fido2AuthenticationMethodConfiguration(
        ::std::boxed::Box<crate::beta::Fido2AuthenticationMethodConfiguration>,
    ),
    MicrosoftAuthenticatorAuthenticationMethodConfiguration(
        ::std::boxed::Box<
            crate::beta::MicrosoftAuthenticatorAuthenticationMethodConfiguration,
        >,
    ),
    SmsAuthenticationMethodConfiguration(
        ::std::boxed::Box<crate::beta::SmsAuthenticationMethodConfiguration>,
    ),
    TemporaryAccessPassAuthenticationMethodConfiguration(
        ::std::boxed::Box<
            crate::beta::TemporaryAccessPassAuthenticationMethodConfiguration,
        >,
    ),
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for AnyAuthenticationMethodConfiguration {
    #[inline]
    fn default() -> Self {
        Self::AuthenticationMethodConfiguration(::std::default::Default::default())
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AuthenticationMethodConfiguration>
for AnyAuthenticationMethodConfiguration {
    #[inline]
    fn from(v: crate::beta::AuthenticationMethodConfiguration) -> Self {
        Self::AuthenticationMethodConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EmailAuthenticationMethodConfiguration>
for AnyAuthenticationMethodConfiguration {
    #[inline]
    fn from(v: crate::beta::EmailAuthenticationMethodConfiguration) -> Self {
        Self::EmailAuthenticationMethodConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Fido2AuthenticationMethodConfiguration>
for AnyAuthenticationMethodConfiguration {
    #[inline]
    fn from(v: crate::beta::Fido2AuthenticationMethodConfiguration) -> Self {
        Self::Fido2AuthenticationMethodConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::MicrosoftAuthenticatorAuthenticationMethodConfiguration,
> for AnyAuthenticationMethodConfiguration {
    #[inline]
    fn from(
        v: crate::beta::MicrosoftAuthenticatorAuthenticationMethodConfiguration,
    ) -> Self {
        Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SmsAuthenticationMethodConfiguration>
for AnyAuthenticationMethodConfiguration {
    #[inline]
    fn from(v: crate::beta::SmsAuthenticationMethodConfiguration) -> Self {
        Self::SmsAuthenticationMethodConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::TemporaryAccessPassAuthenticationMethodConfiguration,
> for AnyAuthenticationMethodConfiguration {
    #[inline]
    fn from(
        v: crate::beta::TemporaryAccessPassAuthenticationMethodConfiguration,
    ) -> Self {
        Self::TemporaryAccessPassAuthenticationMethodConfiguration(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
unsafe impl ::std::marker::Send for AnyAuthenticationMethodConfiguration {}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
unsafe impl ::std::marker::Sync for AnyAuthenticationMethodConfiguration {}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::marker::Unpin for AnyAuthenticationMethodConfiguration {}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::panic::UnwindSafe for AnyAuthenticationMethodConfiguration {}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::panic::RefUnwindSafe for AnyAuthenticationMethodConfiguration {}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
const _: () = {
    rt::object::auto_traits::<crate::beta::AuthenticationMethodConfiguration>();
    rt::object::auto_traits::<crate::beta::EmailAuthenticationMethodConfiguration>();
    rt::object::auto_traits::<crate::beta::Fido2AuthenticationMethodConfiguration>();
    rt::object::auto_traits::<
        crate::beta::MicrosoftAuthenticatorAuthenticationMethodConfiguration,
    >();
    rt::object::auto_traits::<crate::beta::SmsAuthenticationMethodConfiguration>();
    rt::object::auto_traits::<
        crate::beta::TemporaryAccessPassAuthenticationMethodConfiguration,
    >();
};
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
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
                "microsoft.graph.smsAuthenticationMethodConfiguration",
            ) => Self::SmsAuthenticationMethodConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration",
            ) => {
                Self::TemporaryAccessPassAuthenticationMethodConfiguration(
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
            Self::Fido2AuthenticationMethodConfiguration(v) => &**v,
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(v) => &**v,
            Self::SmsAuthenticationMethodConfiguration(v) => &**v,
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AuthenticationMethodConfiguration(v) => &mut **v,
            Self::EmailAuthenticationMethodConfiguration(v) => &mut **v,
            Self::Fido2AuthenticationMethodConfiguration(v) => &mut **v,
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(v) => &mut **v,
            Self::SmsAuthenticationMethodConfiguration(v) => &mut **v,
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
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
            Self::Fido2AuthenticationMethodConfiguration(v) => &v.id,
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(v) => &v.id,
            Self::SmsAuthenticationMethodConfiguration(v) => &v.id,
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AuthenticationMethodConfiguration(v) => &mut v.id,
            Self::EmailAuthenticationMethodConfiguration(v) => &mut v.id,
            Self::Fido2AuthenticationMethodConfiguration(v) => &mut v.id,
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(v) => &mut v.id,
            Self::SmsAuthenticationMethodConfiguration(v) => &mut v.id,
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(v) => &mut v.id,
        }
    }
    /// `state` of any variant.
    #[inline]
    pub fn state(&self) -> &rt::Field<crate::beta::AuthenticationMethodState> {
        match self {
            Self::AuthenticationMethodConfiguration(v) => &v.state,
            Self::EmailAuthenticationMethodConfiguration(v) => &v.state,
            Self::Fido2AuthenticationMethodConfiguration(v) => &v.state,
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(v) => &v.state,
            Self::SmsAuthenticationMethodConfiguration(v) => &v.state,
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(v) => &v.state,
        }
    }
    /// `state` of any variant.
    #[inline]
    pub fn state_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::AuthenticationMethodState> {
        match self {
            Self::AuthenticationMethodConfiguration(v) => &mut v.state,
            Self::EmailAuthenticationMethodConfiguration(v) => &mut v.state,
            Self::Fido2AuthenticationMethodConfiguration(v) => &mut v.state,
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(v) => {
                &mut v.state
            }
            Self::SmsAuthenticationMethodConfiguration(v) => &mut v.state,
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(v) => &mut v.state,
        }
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_poly!(AnyAuthenticationMethodConfiguration);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAuthenticationMethodConfiguration);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.authenticationMethodFeature`, enum type.
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
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
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::StrEnum for AuthenticationMethodFeature {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationMethodFeature";
    const MEMBERS: &'static [&'static str] = &[
        "ssprRegistered",
        "ssprEnabled",
        "ssprCapable",
        "passwordlessCapable",
        "mfaCapable",
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
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_enum!(AuthenticationMethodFeature);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationMethodFeature);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.authenticationMethodKeyStrength`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_enum!(AuthenticationMethodKeyStrength);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationMethodKeyStrength);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.authenticationMethodSignInState`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_enum!(AuthenticationMethodSignInState);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationMethodSignInState);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.authenticationMethodState`, enum type.
///
/// Features: `beta`, or one of `beta-authentication-method-configurations`, `beta-authentication-methods-policy`, `beta-policies`, `beta-search`.
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
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
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
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_enum!(AuthenticationMethodState);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationMethodState);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.authenticationMethodTarget`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-authentication-method-configurations`, `beta-authentication-methods-policy`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct AuthenticationMethodTarget {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isRegistrationRequired`: `Edm.Boolean`, not nullable.
    pub is_registration_required: rt::Field<bool>,
    /// CSDL: property `targetType`: `microsoft.graph.authenticationMethodTargetType`, not nullable.
    pub target_type: rt::Field<crate::beta::AuthenticationMethodTargetType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
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
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
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
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
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
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_object!(AuthenticationMethodTarget);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    AuthenticationMethodTarget { with_id id : ::std::string::String;
    with_is_registration_required is_registration_required : bool; with_target_type
    target_type : crate ::beta::AuthenticationMethodTargetType; }
);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationMethodTarget);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// `microsoft.graph.authenticationMethodTarget` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-authentication-method-configurations`, `beta-authentication-methods-policy`, `beta-policies`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAuthenticationMethodTarget {
    AuthenticationMethodTarget(
        ::std::boxed::Box<crate::beta::AuthenticationMethodTarget>,
    ),
    MicrosoftAuthenticatorAuthenticationMethodTarget(
        ::std::boxed::Box<crate::beta::MicrosoftAuthenticatorAuthenticationMethodTarget>,
    ),
    SmsAuthenticationMethodTarget(
        ::std::boxed::Box<crate::beta::SmsAuthenticationMethodTarget>,
    ),
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for AnyAuthenticationMethodTarget {
    #[inline]
    fn default() -> Self {
        Self::AuthenticationMethodTarget(::std::default::Default::default())
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AuthenticationMethodTarget>
for AnyAuthenticationMethodTarget {
    #[inline]
    fn from(v: crate::beta::AuthenticationMethodTarget) -> Self {
        Self::AuthenticationMethodTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MicrosoftAuthenticatorAuthenticationMethodTarget>
for AnyAuthenticationMethodTarget {
    #[inline]
    fn from(v: crate::beta::MicrosoftAuthenticatorAuthenticationMethodTarget) -> Self {
        Self::MicrosoftAuthenticatorAuthenticationMethodTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SmsAuthenticationMethodTarget>
for AnyAuthenticationMethodTarget {
    #[inline]
    fn from(v: crate::beta::SmsAuthenticationMethodTarget) -> Self {
        Self::SmsAuthenticationMethodTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
unsafe impl ::std::marker::Send for AnyAuthenticationMethodTarget {}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
unsafe impl ::std::marker::Sync for AnyAuthenticationMethodTarget {}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::marker::Unpin for AnyAuthenticationMethodTarget {}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::panic::UnwindSafe for AnyAuthenticationMethodTarget {}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::panic::RefUnwindSafe for AnyAuthenticationMethodTarget {}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
const _: () = {
    rt::object::auto_traits::<crate::beta::AuthenticationMethodTarget>();
    rt::object::auto_traits::<
        crate::beta::MicrosoftAuthenticatorAuthenticationMethodTarget,
    >();
    rt::object::auto_traits::<crate::beta::SmsAuthenticationMethodTarget>();
};
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
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
                "microsoft.graph.smsAuthenticationMethodTarget",
            ) => Self::SmsAuthenticationMethodTarget(rt::object::new_boxed()),
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
            Self::SmsAuthenticationMethodTarget(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AuthenticationMethodTarget(v) => &mut **v,
            Self::MicrosoftAuthenticatorAuthenticationMethodTarget(v) => &mut **v,
            Self::SmsAuthenticationMethodTarget(v) => &mut **v,
        }
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
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
            Self::SmsAuthenticationMethodTarget(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AuthenticationMethodTarget(v) => &mut v.id,
            Self::MicrosoftAuthenticatorAuthenticationMethodTarget(v) => &mut v.id,
            Self::SmsAuthenticationMethodTarget(v) => &mut v.id,
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
            Self::SmsAuthenticationMethodTarget(v) => &v.is_registration_required,
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
            Self::SmsAuthenticationMethodTarget(v) => &mut v.is_registration_required,
        }
    }
    /// `targetType` of any variant.
    #[inline]
    pub fn target_type(
        &self,
    ) -> &rt::Field<crate::beta::AuthenticationMethodTargetType> {
        match self {
            Self::AuthenticationMethodTarget(v) => &v.target_type,
            Self::MicrosoftAuthenticatorAuthenticationMethodTarget(v) => &v.target_type,
            Self::SmsAuthenticationMethodTarget(v) => &v.target_type,
        }
    }
    /// `targetType` of any variant.
    #[inline]
    pub fn target_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::AuthenticationMethodTargetType> {
        match self {
            Self::AuthenticationMethodTarget(v) => &mut v.target_type,
            Self::MicrosoftAuthenticatorAuthenticationMethodTarget(v) => {
                &mut v.target_type
            }
            Self::SmsAuthenticationMethodTarget(v) => &mut v.target_type,
        }
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_poly!(AnyAuthenticationMethodTarget);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAuthenticationMethodTarget);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.authenticationMethodTargetType`, enum type.
///
/// Features: `beta`, or one of `beta-authentication-method-configurations`, `beta-authentication-methods-policy`, `beta-policies`, `beta-search`.
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
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
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
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_enum!(AuthenticationMethodTargetType);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationMethodTargetType);
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
/// CSDL: `microsoft.graph.authenticationMethodsPolicy`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AuthenticationMethodsPolicyPath`](requests/trait.AuthenticationMethodsPolicyPath.html), what a path to one (`EntityPath<AuthenticationMethodsPolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-authentication-methods-policy`, `beta-policies`, `beta-search`.
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
    /// CSDL: property `policyVersion`: `Edm.String`, nullable.
    pub policy_version: rt::Field<::std::string::String>,
    /// CSDL: property `reconfirmationInDays`: `Edm.Int32`, nullable.
    pub reconfirmation_in_days: rt::Field<i32>,
    /// CSDL: property `registrationEnforcement`: `microsoft.graph.registrationEnforcement`, nullable.
    pub registration_enforcement: rt::Field<crate::beta::RegistrationEnforcement>,
    /// CSDL: containment navigation property `authenticationMethodConfigurations`: `Collection(microsoft.graph.authenticationMethodConfiguration)`, not nullable.
    pub authentication_method_configurations: rt::Field<
        ::std::vec::Vec<crate::beta::AnyAuthenticationMethodConfiguration>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
impl ::std::default::Default for AuthenticationMethodsPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            policy_version: rt::Field::Absent,
            reconfirmation_in_days: rt::Field::Absent,
            registration_enforcement: rt::Field::Absent,
            authentication_method_configurations: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
impl rt::Object for AuthenticationMethodsPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationMethodsPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "lastModifiedDateTime",
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
        v.field(4usize, "policy_version", &self.policy_version);
        v.field(5usize, "reconfirmation_in_days", &self.reconfirmation_in_days);
        v.field(6usize, "registration_enforcement", &self.registration_enforcement);
        v.field(
            7usize,
            "authentication_method_configurations",
            &self.authentication_method_configurations,
        );
    }
}
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
impl rt::object::Members for AuthenticationMethodsPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.last_modified_date_time.read_from(r),
            4usize => self.policy_version.read_from(r),
            5usize => self.reconfirmation_in_days.read_from(r),
            6usize => self.registration_enforcement.read_from(r),
            7usize => self.authentication_method_configurations.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.last_modified_date_time);
        w.field(4usize, &self.policy_version);
        w.field(5usize, &self.reconfirmation_in_days);
        w.field(6usize, &self.registration_enforcement);
        w.field(7usize, &self.authentication_method_configurations);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
rt::impl_object!(AuthenticationMethodsPolicy);
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
rt::impl_setters!(
    AuthenticationMethodsPolicy { with_id id : ::std::string::String; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_policy_version policy_version : ::std::string::String;
    with_reconfirmation_in_days reconfirmation_in_days : i32;
    with_registration_enforcement registration_enforcement : crate
    ::beta::RegistrationEnforcement; with_authentication_method_configurations
    authentication_method_configurations : ::std::vec::Vec < crate
    ::beta::AnyAuthenticationMethodConfiguration >; }
);
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationMethodsPolicy);
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
/// CSDL: `microsoft.graph.authenticationMethodsRegistrationCampaign`, complex type.
///
/// Features: `beta`, or one of `beta-authentication-methods-policy`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct AuthenticationMethodsRegistrationCampaign {
    /// CSDL: property `excludeTargets`: `Collection(microsoft.graph.excludeTarget)`, not nullable.
    pub exclude_targets: rt::Field<::std::vec::Vec<crate::beta::ExcludeTarget>>,
    /// CSDL: property `includeTargets`: `Collection(microsoft.graph.authenticationMethodsRegistrationCampaignIncludeTarget)`, not nullable.
    pub include_targets: rt::Field<
        ::std::vec::Vec<
            crate::beta::AuthenticationMethodsRegistrationCampaignIncludeTarget,
        >,
    >,
    /// CSDL: property `snoozeDurationInDays`: `Edm.Int32`, not nullable.
    pub snooze_duration_in_days: rt::Field<i32>,
    /// CSDL: property `state`: `microsoft.graph.advancedConfigState`, not nullable.
    pub state: rt::Field<crate::beta::AdvancedConfigState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
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
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
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
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
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
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
rt::impl_object!(AuthenticationMethodsRegistrationCampaign);
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
rt::impl_setters!(
    AuthenticationMethodsRegistrationCampaign { with_exclude_targets exclude_targets :
    ::std::vec::Vec < crate ::beta::ExcludeTarget >; with_include_targets include_targets
    : ::std::vec::Vec < crate
    ::beta::AuthenticationMethodsRegistrationCampaignIncludeTarget >;
    with_snooze_duration_in_days snooze_duration_in_days : i32; with_state state : crate
    ::beta::AdvancedConfigState; }
);
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationMethodsRegistrationCampaign);
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
/// CSDL: `microsoft.graph.authenticationMethodsRegistrationCampaignIncludeTarget`, complex type.
///
/// Features: `beta`, or one of `beta-authentication-methods-policy`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct AuthenticationMethodsRegistrationCampaignIncludeTarget {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `targetedAuthenticationMethod`: `Edm.String`, nullable.
    pub targeted_authentication_method: rt::Field<::std::string::String>,
    /// CSDL: property `targetType`: `microsoft.graph.authenticationMethodTargetType`, not nullable.
    pub target_type: rt::Field<crate::beta::AuthenticationMethodTargetType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
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
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
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
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
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
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
rt::impl_object!(AuthenticationMethodsRegistrationCampaignIncludeTarget);
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
rt::impl_setters!(
    AuthenticationMethodsRegistrationCampaignIncludeTarget { with_id id :
    ::std::string::String; with_targeted_authentication_method
    targeted_authentication_method : ::std::string::String; with_target_type target_type
    : crate ::beta::AuthenticationMethodTargetType; }
);
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationMethodsRegistrationCampaignIncludeTarget);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.authenticationPhoneType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_enum!(AuthenticationPhoneType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationPhoneType);
#[cfg(msgraph_beta_audit_logs_or_search)]
/// CSDL: `microsoft.graph.authenticationRequirementPolicy`, complex type.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
#[derive(Clone)]
pub struct AuthenticationRequirementPolicy {
    /// CSDL: property `detail`: `Edm.String`, nullable.
    pub detail: rt::Field<::std::string::String>,
    /// CSDL: property `requirementProvider`: `microsoft.graph.requirementProvider`, nullable.
    pub requirement_provider: rt::Field<crate::beta::RequirementProvider>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl ::std::default::Default for AuthenticationRequirementPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            detail: rt::Field::Absent,
            requirement_provider: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::Object for AuthenticationRequirementPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationRequirementPolicy";
    const KEYS: &'static [&'static str] = &["detail", "requirementProvider"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"detail\":                       ",
        ",\"requirementProvider\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.authenticationRequirementPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "detail", &self.detail);
        v.field(1usize, "requirement_provider", &self.requirement_provider);
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::object::Members for AuthenticationRequirementPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.detail.read_from(r),
            1usize => self.requirement_provider.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.detail);
        w.field(1usize, &self.requirement_provider);
    }
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
rt::impl_object!(AuthenticationRequirementPolicy);
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_setters!(
    AuthenticationRequirementPolicy { with_detail detail : ::std::string::String;
    with_requirement_provider requirement_provider : crate ::beta::RequirementProvider; }
);
#[cfg(msgraph_beta_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationRequirementPolicy);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.authenticatorAppFeatureSettings`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-authentication-method-configurations`, `beta-authentication-methods-policy`, `beta-policies`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AuthenticatorAppFeatureSettings {
    /// `requireNumberMatching` (value 1).
    RequireNumberMatching,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::StrEnum for AuthenticatorAppFeatureSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticatorAppFeatureSettings";
    const MEMBERS: &'static [&'static str] = &["requireNumberMatching"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "requireNumberMatching" => Self::RequireNumberMatching,
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
            Self::RequireNumberMatching => "requireNumberMatching",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_enum!(AuthenticatorAppFeatureSettings);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticatorAppFeatureSettings);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.autoAdmittedUsersType`, enum type.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AutoAdmittedUsersType {
    /// `everyoneInCompany` (value 0).
    EveryoneInCompany,
    /// `everyone` (value 1).
    Everyone,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::StrEnum for AutoAdmittedUsersType {
    const TYPE_NAME: &'static str = "microsoft.graph.autoAdmittedUsersType";
    const MEMBERS: &'static [&'static str] = &["everyoneInCompany", "everyone"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "everyoneInCompany" => Self::EveryoneInCompany,
                "everyone" => Self::Everyone,
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
            Self::EveryoneInCompany => "everyoneInCompany",
            Self::Everyone => "everyone",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_enum!(AutoAdmittedUsersType);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AutoAdmittedUsersType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.autoRestartNotificationDismissalMethod`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AutoRestartNotificationDismissalMethod {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `automatic` (value 1).
    Automatic,
    /// `user` (value 2).
    User,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AutoRestartNotificationDismissalMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.autoRestartNotificationDismissalMethod";
    const MEMBERS: &'static [&'static str] = &["notConfigured", "automatic", "user"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "automatic" => Self::Automatic,
                "user" => Self::User,
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
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AutoRestartNotificationDismissalMethod);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AutoRestartNotificationDismissalMethod);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.averageComparativeScore`, complex type, open.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct AverageComparativeScore {
    /// CSDL: property `averageScore`: `Edm.Double`, nullable.
    pub average_score: rt::Field<f64>,
    /// CSDL: property `basis`: `Edm.String`, nullable.
    pub basis: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
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
#[cfg(msgraph_beta_search_or_security)]
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
#[cfg(msgraph_beta_search_or_security)]
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
#[cfg(msgraph_beta_search_or_security)]
rt::impl_object!(AverageComparativeScore);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    AverageComparativeScore { with_average_score average_score : f64; with_basis basis :
    ::std::string::String; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AverageComparativeScore);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.azureADFeatureUsage`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct AzureAdFeatureUsage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `featureName`: `Edm.String`, not nullable.
    pub feature_name: rt::Field<::std::string::String>,
    /// CSDL: property `snapshotDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub snapshot_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `usage`: `Edm.Int32`, nullable.
    pub usage: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for AzureAdFeatureUsage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            feature_name: rt::Field::Absent,
            snapshot_date_time: rt::Field::Absent,
            usage: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for AzureAdFeatureUsage {
    const TYPE_NAME: &'static str = "microsoft.graph.azureADFeatureUsage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "featureName",
        "snapshotDateTime",
        "usage",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"featureName\":                  ",
        ",\"snapshotDateTime\":             ",
        ",\"usage\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.azureADFeatureUsage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "feature_name", &self.feature_name);
        v.field(2usize, "snapshot_date_time", &self.snapshot_date_time);
        v.field(3usize, "usage", &self.usage);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for AzureAdFeatureUsage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.feature_name.read_from(r),
            2usize => self.snapshot_date_time.read_from(r),
            3usize => self.usage.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.feature_name);
        w.field(2usize, &self.snapshot_date_time);
        w.field(3usize, &self.usage);
    }
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
rt::impl_object!(AzureAdFeatureUsage);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    AzureAdFeatureUsage { with_id id : ::std::string::String; with_feature_name
    feature_name : ::std::string::String; with_snapshot_date_time snapshot_date_time :
    rt::edm::DateTimeOffset; with_usage usage : i32; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AzureAdFeatureUsage);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.azureADUserFeatureUsage`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct AzureAdUserFeatureUsage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `featureUsageDetails`: `Collection(microsoft.graph.featureUsageDetail)`, nullable.
    pub feature_usage_details: rt::Field<
        ::std::vec::Vec<crate::beta::FeatureUsageDetail>,
    >,
    /// CSDL: property `lastUpdatedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `licenseAssigned`: `microsoft.graph.azureADLicenseType`, nullable.
    pub license_assigned: rt::Field<crate::beta::AzureAdLicenseType>,
    /// CSDL: property `licenseRecommended`: `microsoft.graph.azureADLicenseType`, nullable.
    pub license_recommended: rt::Field<crate::beta::AzureAdLicenseType>,
    /// CSDL: property `userDisplayName`: `Edm.String`, nullable.
    pub user_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `userId`: `Edm.String`, not nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for AzureAdUserFeatureUsage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            feature_usage_details: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            license_assigned: rt::Field::Absent,
            license_recommended: rt::Field::Absent,
            user_display_name: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for AzureAdUserFeatureUsage {
    const TYPE_NAME: &'static str = "microsoft.graph.azureADUserFeatureUsage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "featureUsageDetails",
        "lastUpdatedDateTime",
        "licenseAssigned",
        "licenseRecommended",
        "userDisplayName",
        "userId",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"featureUsageDetails\":          ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"licenseAssigned\":              ",
        ",\"licenseRecommended\":           ",
        ",\"userDisplayName\":              ",
        ",\"userId\":                       ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.azureADUserFeatureUsage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "feature_usage_details", &self.feature_usage_details);
        v.field(2usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(3usize, "license_assigned", &self.license_assigned);
        v.field(4usize, "license_recommended", &self.license_recommended);
        v.field(5usize, "user_display_name", &self.user_display_name);
        v.field(6usize, "user_id", &self.user_id);
        v.field(7usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for AzureAdUserFeatureUsage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.feature_usage_details.read_from(r),
            2usize => self.last_updated_date_time.read_from(r),
            3usize => self.license_assigned.read_from(r),
            4usize => self.license_recommended.read_from(r),
            5usize => self.user_display_name.read_from(r),
            6usize => self.user_id.read_from(r),
            7usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.feature_usage_details);
        w.field(2usize, &self.last_updated_date_time);
        w.field(3usize, &self.license_assigned);
        w.field(4usize, &self.license_recommended);
        w.field(5usize, &self.user_display_name);
        w.field(6usize, &self.user_id);
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
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_object!(AzureAdUserFeatureUsage);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    AzureAdUserFeatureUsage { with_id id : ::std::string::String;
    with_feature_usage_details feature_usage_details : ::std::vec::Vec < crate
    ::beta::FeatureUsageDetail >; with_last_updated_date_time last_updated_date_time :
    rt::edm::DateTimeOffset; with_license_assigned license_assigned : crate
    ::beta::AzureAdLicenseType; with_license_recommended license_recommended : crate
    ::beta::AzureAdLicenseType; with_user_display_name user_display_name :
    ::std::string::String; with_user_id user_id : ::std::string::String;
    with_user_principal_name user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AzureAdUserFeatureUsage);
