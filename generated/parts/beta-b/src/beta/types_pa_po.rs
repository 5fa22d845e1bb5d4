//! Types of `microsoft.graph` by the first letters of their names (`pa_po`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.participant`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ParticipantPath`](requests/trait.ParticipantPath.html), what a path to one (`EntityPath<Participant, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct Participant {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `info`: `microsoft.graph.participantInfo`, not nullable.
    pub info: rt::Field<crate::beta::ParticipantInfo>,
    /// CSDL: property `isInLobby`: `Edm.Boolean`, not nullable.
    pub is_in_lobby: rt::Field<bool>,
    /// CSDL: property `isMuted`: `Edm.Boolean`, not nullable.
    pub is_muted: rt::Field<bool>,
    /// CSDL: property `mediaStreams`: `Collection(microsoft.graph.mediaStream)`, nullable.
    pub media_streams: rt::Field<::std::vec::Vec<crate::beta::MediaStream>>,
    /// CSDL: property `metadata`: `Edm.String`, nullable.
    pub metadata: rt::Field<::std::string::String>,
    /// CSDL: property `recordingInfo`: `microsoft.graph.recordingInfo`, nullable.
    pub recording_info: rt::Field<crate::beta::RecordingInfo>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for Participant {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            info: rt::Field::Absent,
            is_in_lobby: rt::Field::Absent,
            is_muted: rt::Field::Absent,
            media_streams: rt::Field::Absent,
            metadata: rt::Field::Absent,
            recording_info: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for Participant {
    const TYPE_NAME: &'static str = "microsoft.graph.participant";
    const KEYS: &'static [&'static str] = &[
        "id",
        "info",
        "isInLobby",
        "isMuted",
        "mediaStreams",
        "metadata",
        "recordingInfo",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"info\":                         ",
        ",\"isInLobby\":                    ",
        ",\"isMuted\":                      ",
        ",\"mediaStreams\":                 ",
        ",\"metadata\":                     ",
        ",\"recordingInfo\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.participant\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "info", &self.info);
        v.field(2usize, "is_in_lobby", &self.is_in_lobby);
        v.field(3usize, "is_muted", &self.is_muted);
        v.field(4usize, "media_streams", &self.media_streams);
        v.field(5usize, "metadata", &self.metadata);
        v.field(6usize, "recording_info", &self.recording_info);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for Participant {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.info.read_from(r),
            2usize => self.is_in_lobby.read_from(r),
            3usize => self.is_muted.read_from(r),
            4usize => self.media_streams.read_from(r),
            5usize => self.metadata.read_from(r),
            6usize => self.recording_info.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.info);
        w.field(2usize, &self.is_in_lobby);
        w.field(3usize, &self.is_muted);
        w.field(4usize, &self.media_streams);
        w.field(5usize, &self.metadata);
        w.field(6usize, &self.recording_info);
    }
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
rt::impl_object!(Participant);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    Participant { with_id id : ::std::string::String; with_info info : crate
    ::beta::ParticipantInfo; with_is_in_lobby is_in_lobby : bool; with_is_muted is_muted
    : bool; with_media_streams media_streams : ::std::vec::Vec < crate
    ::beta::MediaStream >; with_metadata metadata : ::std::string::String;
    with_recording_info recording_info : crate ::beta::RecordingInfo; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Participant);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.participantInfo`, complex type.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct ParticipantInfo {
    /// CSDL: property `countryCode`: `Edm.String`, nullable.
    pub country_code: rt::Field<::std::string::String>,
    /// CSDL: property `endpointType`: `microsoft.graph.endpointType`, nullable.
    pub endpoint_type: rt::Field<crate::beta::EndpointType>,
    /// CSDL: property `identity`: `microsoft.graph.identitySet`, not nullable.
    pub identity: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `languageId`: `Edm.String`, nullable.
    pub language_id: rt::Field<::std::string::String>,
    /// CSDL: property `platformId`: `Edm.String`, nullable.
    pub platform_id: rt::Field<::std::string::String>,
    /// CSDL: property `region`: `Edm.String`, nullable.
    pub region: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for ParticipantInfo {
    #[inline]
    fn default() -> Self {
        Self {
            country_code: rt::Field::Absent,
            endpoint_type: rt::Field::Absent,
            identity: rt::Field::Absent,
            language_id: rt::Field::Absent,
            platform_id: rt::Field::Absent,
            region: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for ParticipantInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.participantInfo";
    const KEYS: &'static [&'static str] = &[
        "countryCode",
        "endpointType",
        "identity",
        "languageId",
        "platformId",
        "region",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"countryCode\":                  ",
        ",\"endpointType\":                 ",
        ",\"identity\":                     ",
        ",\"languageId\":                   ",
        ",\"platformId\":                   ",
        ",\"region\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.participantInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "country_code", &self.country_code);
        v.field(1usize, "endpoint_type", &self.endpoint_type);
        v.field(2usize, "identity", &self.identity);
        v.field(3usize, "language_id", &self.language_id);
        v.field(4usize, "platform_id", &self.platform_id);
        v.field(5usize, "region", &self.region);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for ParticipantInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.country_code.read_from(r),
            1usize => self.endpoint_type.read_from(r),
            2usize => self.identity.read_from(r),
            3usize => self.language_id.read_from(r),
            4usize => self.platform_id.read_from(r),
            5usize => self.region.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.country_code);
        w.field(1usize, &self.endpoint_type);
        w.field(2usize, &self.identity);
        w.field(3usize, &self.language_id);
        w.field(4usize, &self.platform_id);
        w.field(5usize, &self.region);
    }
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
rt::impl_object!(ParticipantInfo);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    ParticipantInfo { with_country_code country_code : ::std::string::String;
    with_endpoint_type endpoint_type : crate ::beta::EndpointType; with_identity identity
    : crate ::beta::IdentitySet; with_language_id language_id : ::std::string::String;
    with_platform_id platform_id : ::std::string::String; with_region region :
    ::std::string::String; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ParticipantInfo);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.participantJoiningNotification`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ParticipantJoiningNotificationPath`](requests/trait.ParticipantJoiningNotificationPath.html), what a path to one (`EntityPath<ParticipantJoiningNotification, C>`) dereferences to.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct ParticipantJoiningNotification {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `call`: `microsoft.graph.call`, nullable.
    pub call: rt::Field<crate::beta::Call>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for ParticipantJoiningNotification {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            call: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for ParticipantJoiningNotification {
    const TYPE_NAME: &'static str = "microsoft.graph.participantJoiningNotification";
    const KEYS: &'static [&'static str] = &["id", "call"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"call\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.participantJoiningNotification\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "call", &self.call);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for ParticipantJoiningNotification {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.call.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.call);
    }
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
rt::impl_object!(ParticipantJoiningNotification);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    ParticipantJoiningNotification { with_id id : ::std::string::String; with_call call :
    crate ::beta::Call; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ParticipantJoiningNotification);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.participantLeftNotification`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ParticipantLeftNotificationPath`](requests/trait.ParticipantLeftNotificationPath.html), what a path to one (`EntityPath<ParticipantLeftNotification, C>`) dereferences to.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct ParticipantLeftNotification {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `participantId`: `Edm.String`, not nullable.
    pub participant_id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `call`: `microsoft.graph.call`, nullable.
    pub call: rt::Field<crate::beta::Call>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for ParticipantLeftNotification {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            participant_id: rt::Field::Absent,
            call: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for ParticipantLeftNotification {
    const TYPE_NAME: &'static str = "microsoft.graph.participantLeftNotification";
    const KEYS: &'static [&'static str] = &["id", "participantId", "call"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"participantId\":                ",
        ",\"call\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.participantLeftNotification\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "participant_id", &self.participant_id);
        v.field(2usize, "call", &self.call);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for ParticipantLeftNotification {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.participant_id.read_from(r),
            2usize => self.call.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.participant_id);
        w.field(2usize, &self.call);
    }
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
rt::impl_object!(ParticipantLeftNotification);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    ParticipantLeftNotification { with_id id : ::std::string::String; with_participant_id
    participant_id : ::std::string::String; with_call call : crate ::beta::Call; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ParticipantLeftNotification);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.passwordAuthenticationMethod`, entity type, derived from `microsoft.graph.authenticationMethod`, key `id`.
///
/// Request builders: [`AuthenticationMethodPath`](requests/trait.AuthenticationMethodPath.html), what a path to one (`EntityPath<PasswordAuthenticationMethod, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PasswordAuthenticationMethod {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `creationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub creation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `password`: `Edm.String`, nullable.
    pub password: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for PasswordAuthenticationMethod {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            creation_date_time: rt::Field::Absent,
            password: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for PasswordAuthenticationMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.passwordAuthenticationMethod";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "creationDateTime",
        "password",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"creationDateTime\":             ",
        ",\"password\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.passwordAuthenticationMethod\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "creation_date_time", &self.creation_date_time);
        v.field(3usize, "password", &self.password);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for PasswordAuthenticationMethod {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.creation_date_time.read_from(r),
            3usize => self.password.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.creation_date_time);
        w.field(3usize, &self.password);
    }
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
rt::impl_object!(PasswordAuthenticationMethod);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    PasswordAuthenticationMethod { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_creation_date_time creation_date_time : rt::edm::DateTimeOffset; with_password
    password : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PasswordAuthenticationMethod);
#[cfg(msgraph_beta_core_or_education)]
/// CSDL: `microsoft.graph.passwordProfile`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PasswordProfile {
    /// CSDL: property `forceChangePasswordNextSignIn`: `Edm.Boolean`, nullable.
    pub force_change_password_next_sign_in: rt::Field<bool>,
    /// CSDL: property `forceChangePasswordNextSignInWithMfa`: `Edm.Boolean`, nullable.
    pub force_change_password_next_sign_in_with_mfa: rt::Field<bool>,
    /// CSDL: property `password`: `Edm.String`, nullable.
    pub password: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_education)]
impl ::std::default::Default for PasswordProfile {
    #[inline]
    fn default() -> Self {
        Self {
            force_change_password_next_sign_in: rt::Field::Absent,
            force_change_password_next_sign_in_with_mfa: rt::Field::Absent,
            password: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_education)]
impl rt::Object for PasswordProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.passwordProfile";
    const KEYS: &'static [&'static str] = &[
        "forceChangePasswordNextSignIn",
        "forceChangePasswordNextSignInWithMfa",
        "password",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"forceChangePasswordNextSignIn\":",
        ",\"forceChangePasswordNextSignInWithMfa\":",
        ",\"password\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.passwordProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "force_change_password_next_sign_in",
            &self.force_change_password_next_sign_in,
        );
        v.field(
            1usize,
            "force_change_password_next_sign_in_with_mfa",
            &self.force_change_password_next_sign_in_with_mfa,
        );
        v.field(2usize, "password", &self.password);
    }
}
#[cfg(msgraph_beta_core_or_education)]
impl rt::object::Members for PasswordProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.force_change_password_next_sign_in.read_from(r),
            1usize => self.force_change_password_next_sign_in_with_mfa.read_from(r),
            2usize => self.password.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.force_change_password_next_sign_in);
        w.field(1usize, &self.force_change_password_next_sign_in_with_mfa);
        w.field(2usize, &self.password);
    }
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
rt::impl_object!(PasswordProfile);
#[cfg(msgraph_beta_core_or_education)]
rt::impl_setters!(
    PasswordProfile { with_force_change_password_next_sign_in
    force_change_password_next_sign_in : bool;
    with_force_change_password_next_sign_in_with_mfa
    force_change_password_next_sign_in_with_mfa : bool; with_password password :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_education)]
#[cfg(feature = "serde")]
rt::impl_serde!(PasswordProfile);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.passwordResetResponse`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PasswordResetResponse {
    /// CSDL: property `newPassword`: `Edm.String`, nullable.
    pub new_password: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for PasswordResetResponse {
    #[inline]
    fn default() -> Self {
        Self {
            new_password: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for PasswordResetResponse {
    const TYPE_NAME: &'static str = "microsoft.graph.passwordResetResponse";
    const KEYS: &'static [&'static str] = &["newPassword"];
    const KEYS_JSON: &'static [&'static str] = &[",\"newPassword\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.passwordResetResponse\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "new_password", &self.new_password);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for PasswordResetResponse {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.new_password.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.new_password);
    }
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
rt::impl_object!(PasswordResetResponse);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    PasswordResetResponse { with_new_password new_password : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PasswordResetResponse);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.passwordSingleSignOnCredentialSet`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PasswordSingleSignOnCredentialSet {
    /// CSDL: property `credentials`: `Collection(microsoft.graph.credential)`, nullable.
    pub credentials: rt::Field<::std::vec::Vec<crate::beta::Credential>>,
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for PasswordSingleSignOnCredentialSet {
    #[inline]
    fn default() -> Self {
        Self {
            credentials: rt::Field::Absent,
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for PasswordSingleSignOnCredentialSet {
    const TYPE_NAME: &'static str = "microsoft.graph.passwordSingleSignOnCredentialSet";
    const KEYS: &'static [&'static str] = &["credentials", "id"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"credentials\":                  ",
        ",\"id\":                           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.passwordSingleSignOnCredentialSet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "credentials", &self.credentials);
        v.field(1usize, "id", &self.id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for PasswordSingleSignOnCredentialSet {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.credentials.read_from(r),
            1usize => self.id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.credentials);
        w.field(1usize, &self.id);
    }
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
rt::impl_object!(PasswordSingleSignOnCredentialSet);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    PasswordSingleSignOnCredentialSet { with_credentials credentials : ::std::vec::Vec <
    crate ::beta::Credential >; with_id id : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PasswordSingleSignOnCredentialSet);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.paymentMethod`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct PaymentMethod {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for PaymentMethod {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            code: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for PaymentMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.paymentMethod";
    const KEYS: &'static [&'static str] = &[
        "id",
        "code",
        "displayName",
        "lastModifiedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"code\":                         ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.paymentMethod\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "code", &self.code);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "last_modified_date_time", &self.last_modified_date_time);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for PaymentMethod {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.code.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.last_modified_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.code);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.last_modified_date_time);
    }
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
rt::impl_object!(PaymentMethod);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    PaymentMethod { with_id id : ::std::string::String; with_code code :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PaymentMethod);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.paymentTerm`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct PaymentTerm {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `calculateDiscountOnCreditMemos`: `Edm.Boolean`, nullable.
    pub calculate_discount_on_credit_memos: rt::Field<bool>,
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `discountDateCalculation`: `Edm.String`, nullable.
    pub discount_date_calculation: rt::Field<::std::string::String>,
    /// CSDL: property `discountPercent`: `Edm.Decimal`, nullable.
    pub discount_percent: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `dueDateCalculation`: `Edm.String`, nullable.
    pub due_date_calculation: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for PaymentTerm {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            calculate_discount_on_credit_memos: rt::Field::Absent,
            code: rt::Field::Absent,
            discount_date_calculation: rt::Field::Absent,
            discount_percent: rt::Field::Absent,
            display_name: rt::Field::Absent,
            due_date_calculation: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for PaymentTerm {
    const TYPE_NAME: &'static str = "microsoft.graph.paymentTerm";
    const KEYS: &'static [&'static str] = &[
        "id",
        "calculateDiscountOnCreditMemos",
        "code",
        "discountDateCalculation",
        "discountPercent",
        "displayName",
        "dueDateCalculation",
        "lastModifiedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"calculateDiscountOnCreditMemos\":",
        ",\"code\":                         ",
        ",\"discountDateCalculation\":      ",
        ",\"discountPercent\":              ",
        ",\"displayName\":                  ",
        ",\"dueDateCalculation\":           ",
        ",\"lastModifiedDateTime\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.paymentTerm\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "calculate_discount_on_credit_memos",
            &self.calculate_discount_on_credit_memos,
        );
        v.field(2usize, "code", &self.code);
        v.field(3usize, "discount_date_calculation", &self.discount_date_calculation);
        v.field(4usize, "discount_percent", &self.discount_percent);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "due_date_calculation", &self.due_date_calculation);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for PaymentTerm {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.calculate_discount_on_credit_memos.read_from(r),
            2usize => self.code.read_from(r),
            3usize => self.discount_date_calculation.read_from(r),
            4usize => self.discount_percent.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.due_date_calculation.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.calculate_discount_on_credit_memos);
        w.field(2usize, &self.code);
        w.field(3usize, &self.discount_date_calculation);
        w.field(4usize, &self.discount_percent);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.due_date_calculation);
        w.field(7usize, &self.last_modified_date_time);
    }
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
rt::impl_object!(PaymentTerm);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    PaymentTerm { with_id id : ::std::string::String;
    with_calculate_discount_on_credit_memos calculate_discount_on_credit_memos : bool;
    with_code code : ::std::string::String; with_discount_date_calculation
    discount_date_calculation : ::std::string::String; with_discount_percent
    discount_percent : rt::edm::Decimal; with_display_name display_name :
    ::std::string::String; with_due_date_calculation due_date_calculation :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PaymentTerm);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.permission`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PermissionPath`](requests/trait.PermissionPath.html), what a path to one (`EntityPath<Permission, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Permission {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `grantedTo`: `microsoft.graph.identitySet`, nullable.
    pub granted_to: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `grantedToIdentities`: `Collection(microsoft.graph.identitySet)`, nullable.
    pub granted_to_identities: rt::Field<::std::vec::Vec<crate::beta::IdentitySet>>,
    /// CSDL: property `hasPassword`: `Edm.Boolean`, nullable.
    pub has_password: rt::Field<bool>,
    /// CSDL: property `inheritedFrom`: `microsoft.graph.itemReference`, nullable.
    pub inherited_from: rt::Field<crate::beta::ItemReference>,
    /// CSDL: property `invitation`: `microsoft.graph.sharingInvitation`, nullable.
    pub invitation: rt::Field<crate::beta::SharingInvitation>,
    /// CSDL: property `link`: `microsoft.graph.sharingLink`, nullable.
    pub link: rt::Field<crate::beta::SharingLink>,
    /// CSDL: property `roles`: `Collection(Edm.String)`, nullable.
    pub roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `shareId`: `Edm.String`, nullable.
    pub share_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for Permission {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            granted_to: rt::Field::Absent,
            granted_to_identities: rt::Field::Absent,
            has_password: rt::Field::Absent,
            inherited_from: rt::Field::Absent,
            invitation: rt::Field::Absent,
            link: rt::Field::Absent,
            roles: rt::Field::Absent,
            share_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for Permission {
    const TYPE_NAME: &'static str = "microsoft.graph.permission";
    const KEYS: &'static [&'static str] = &[
        "id",
        "expirationDateTime",
        "grantedTo",
        "grantedToIdentities",
        "hasPassword",
        "inheritedFrom",
        "invitation",
        "link",
        "roles",
        "shareId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"expirationDateTime\":           ",
        ",\"grantedTo\":                    ",
        ",\"grantedToIdentities\":          ",
        ",\"hasPassword\":                  ",
        ",\"inheritedFrom\":                ",
        ",\"invitation\":                   ",
        ",\"link\":                         ",
        ",\"roles\":                        ",
        ",\"shareId\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.permission\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "expiration_date_time", &self.expiration_date_time);
        v.field(2usize, "granted_to", &self.granted_to);
        v.field(3usize, "granted_to_identities", &self.granted_to_identities);
        v.field(4usize, "has_password", &self.has_password);
        v.field(5usize, "inherited_from", &self.inherited_from);
        v.field(6usize, "invitation", &self.invitation);
        v.field(7usize, "link", &self.link);
        v.field(8usize, "roles", &self.roles);
        v.field(9usize, "share_id", &self.share_id);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for Permission {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.expiration_date_time.read_from(r),
            2usize => self.granted_to.read_from(r),
            3usize => self.granted_to_identities.read_from(r),
            4usize => self.has_password.read_from(r),
            5usize => self.inherited_from.read_from(r),
            6usize => self.invitation.read_from(r),
            7usize => self.link.read_from(r),
            8usize => self.roles.read_from(r),
            9usize => self.share_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.expiration_date_time);
        w.field(2usize, &self.granted_to);
        w.field(3usize, &self.granted_to_identities);
        w.field(4usize, &self.has_password);
        w.field(5usize, &self.inherited_from);
        w.field(6usize, &self.invitation);
        w.field(7usize, &self.link);
        w.field(8usize, &self.roles);
        w.field(9usize, &self.share_id);
    }
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
rt::impl_object!(Permission);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    Permission { with_id id : ::std::string::String; with_expiration_date_time
    expiration_date_time : rt::edm::DateTimeOffset; with_granted_to granted_to : crate
    ::beta::IdentitySet; with_granted_to_identities granted_to_identities :
    ::std::vec::Vec < crate ::beta::IdentitySet >; with_has_password has_password : bool;
    with_inherited_from inherited_from : crate ::beta::ItemReference; with_invitation
    invitation : crate ::beta::SharingInvitation; with_link link : crate
    ::beta::SharingLink; with_roles roles : ::std::vec::Vec < ::std::string::String >;
    with_share_id share_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(Permission);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.permissionClassificationType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PermissionClassificationType {
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
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for PermissionClassificationType {
    const TYPE_NAME: &'static str = "microsoft.graph.permissionClassificationType";
    const MEMBERS: &'static [&'static str] = &[
        "low",
        "medium",
        "high",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
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
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(PermissionClassificationType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PermissionClassificationType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.permissionGrantConditionSet`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PermissionGrantConditionSet {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `clientApplicationIds`: `Collection(Edm.String)`, nullable.
    pub client_application_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `clientApplicationPublisherIds`: `Collection(Edm.String)`, nullable.
    pub client_application_publisher_ids: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// CSDL: property `clientApplicationsFromVerifiedPublisherOnly`: `Edm.Boolean`, nullable.
    pub client_applications_from_verified_publisher_only: rt::Field<bool>,
    /// CSDL: property `clientApplicationTenantIds`: `Collection(Edm.String)`, nullable.
    pub client_application_tenant_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `permissionClassification`: `Edm.String`, nullable.
    pub permission_classification: rt::Field<::std::string::String>,
    /// CSDL: property `permissions`: `Collection(Edm.String)`, nullable.
    pub permissions: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `permissionType`: `microsoft.graph.permissionType`, nullable.
    pub permission_type: rt::Field<crate::beta::PermissionType>,
    /// CSDL: property `resourceApplication`: `Edm.String`, nullable.
    pub resource_application: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for PermissionGrantConditionSet {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            client_application_ids: rt::Field::Absent,
            client_application_publisher_ids: rt::Field::Absent,
            client_applications_from_verified_publisher_only: rt::Field::Absent,
            client_application_tenant_ids: rt::Field::Absent,
            permission_classification: rt::Field::Absent,
            permissions: rt::Field::Absent,
            permission_type: rt::Field::Absent,
            resource_application: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for PermissionGrantConditionSet {
    const TYPE_NAME: &'static str = "microsoft.graph.permissionGrantConditionSet";
    const KEYS: &'static [&'static str] = &[
        "id",
        "clientApplicationIds",
        "clientApplicationPublisherIds",
        "clientApplicationsFromVerifiedPublisherOnly",
        "clientApplicationTenantIds",
        "permissionClassification",
        "permissions",
        "permissionType",
        "resourceApplication",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"clientApplicationIds\":         ",
        ",\"clientApplicationPublisherIds\":",
        ",\"clientApplicationsFromVerifiedPublisherOnly\":",
        ",\"clientApplicationTenantIds\":   ",
        ",\"permissionClassification\":     ",
        ",\"permissions\":                  ",
        ",\"permissionType\":               ",
        ",\"resourceApplication\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.permissionGrantConditionSet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "client_application_ids", &self.client_application_ids);
        v.field(
            2usize,
            "client_application_publisher_ids",
            &self.client_application_publisher_ids,
        );
        v.field(
            3usize,
            "client_applications_from_verified_publisher_only",
            &self.client_applications_from_verified_publisher_only,
        );
        v.field(
            4usize,
            "client_application_tenant_ids",
            &self.client_application_tenant_ids,
        );
        v.field(5usize, "permission_classification", &self.permission_classification);
        v.field(6usize, "permissions", &self.permissions);
        v.field(7usize, "permission_type", &self.permission_type);
        v.field(8usize, "resource_application", &self.resource_application);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for PermissionGrantConditionSet {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.client_application_ids.read_from(r),
            2usize => self.client_application_publisher_ids.read_from(r),
            3usize => self.client_applications_from_verified_publisher_only.read_from(r),
            4usize => self.client_application_tenant_ids.read_from(r),
            5usize => self.permission_classification.read_from(r),
            6usize => self.permissions.read_from(r),
            7usize => self.permission_type.read_from(r),
            8usize => self.resource_application.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.client_application_ids);
        w.field(2usize, &self.client_application_publisher_ids);
        w.field(3usize, &self.client_applications_from_verified_publisher_only);
        w.field(4usize, &self.client_application_tenant_ids);
        w.field(5usize, &self.permission_classification);
        w.field(6usize, &self.permissions);
        w.field(7usize, &self.permission_type);
        w.field(8usize, &self.resource_application);
    }
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
rt::impl_object!(PermissionGrantConditionSet);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    PermissionGrantConditionSet { with_id id : ::std::string::String;
    with_client_application_ids client_application_ids : ::std::vec::Vec <
    ::std::string::String >; with_client_application_publisher_ids
    client_application_publisher_ids : ::std::vec::Vec < ::std::string::String >;
    with_client_applications_from_verified_publisher_only
    client_applications_from_verified_publisher_only : bool;
    with_client_application_tenant_ids client_application_tenant_ids : ::std::vec::Vec <
    ::std::string::String >; with_permission_classification permission_classification :
    ::std::string::String; with_permissions permissions : ::std::vec::Vec <
    ::std::string::String >; with_permission_type permission_type : crate
    ::beta::PermissionType; with_resource_application resource_application :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PermissionGrantConditionSet);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.permissionGrantPolicy`, entity type, derived from `microsoft.graph.policyBase`, key `id`.
///
/// Request builders: [`PermissionGrantPolicyPath`](requests/trait.PermissionGrantPolicyPath.html), what a path to one (`EntityPath<PermissionGrantPolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PermissionGrantPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, not nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `excludes`: `Collection(microsoft.graph.permissionGrantConditionSet)`, not nullable.
    pub excludes: rt::Field<::std::vec::Vec<crate::beta::PermissionGrantConditionSet>>,
    /// CSDL: containment navigation property `includes`: `Collection(microsoft.graph.permissionGrantConditionSet)`, not nullable.
    pub includes: rt::Field<::std::vec::Vec<crate::beta::PermissionGrantConditionSet>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for PermissionGrantPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            excludes: rt::Field::Absent,
            includes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for PermissionGrantPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.permissionGrantPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "description",
        "displayName",
        "excludes",
        "includes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"excludes\":                     ",
        ",\"includes\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.permissionGrantPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "excludes", &self.excludes);
        v.field(5usize, "includes", &self.includes);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for PermissionGrantPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.excludes.read_from(r),
            5usize => self.includes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.excludes);
        w.field(5usize, &self.includes);
    }
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
rt::impl_object!(PermissionGrantPolicy);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    PermissionGrantPolicy { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_excludes excludes : ::std::vec::Vec < crate ::beta::PermissionGrantConditionSet
    >; with_includes includes : ::std::vec::Vec < crate
    ::beta::PermissionGrantConditionSet >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PermissionGrantPolicy);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.permissionType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PermissionType {
    /// `application` (value 1).
    Application,
    /// `delegated` (value 2).
    Delegated,
    /// `delegatedUserConsentable` (value 3).
    DelegatedUserConsentable,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for PermissionType {
    const TYPE_NAME: &'static str = "microsoft.graph.permissionType";
    const MEMBERS: &'static [&'static str] = &[
        "application",
        "delegated",
        "delegatedUserConsentable",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "application" => Self::Application,
                "delegated" => Self::Delegated,
                "delegatedUserConsentable" => Self::DelegatedUserConsentable,
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
            Self::Application => "application",
            Self::Delegated => "delegated",
            Self::DelegatedUserConsentable => "delegatedUserConsentable",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(PermissionType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PermissionType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.personAnnotation`, entity type, derived from `microsoft.graph.itemFacet`, key `id`.
///
/// Request builders: [`PersonAnnotationPath`](requests/trait.PersonAnnotationPath.html), what a path to one (`EntityPath<PersonAnnotation, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PersonAnnotation {
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
    /// CSDL: property `detail`: `microsoft.graph.itemBody`, nullable.
    pub detail: rt::Field<crate::beta::ItemBody>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `thumbnailUrl`: `Edm.String`, nullable.
    pub thumbnail_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for PersonAnnotation {
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
            detail: rt::Field::Absent,
            display_name: rt::Field::Absent,
            thumbnail_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for PersonAnnotation {
    const TYPE_NAME: &'static str = "microsoft.graph.personAnnotation";
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
        "detail",
        "displayName",
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
        ",\"detail\":                       ",
        ",\"displayName\":                  ",
        ",\"thumbnailUrl\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.personAnnotation\"";
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
        v.field(9usize, "detail", &self.detail);
        v.field(10usize, "display_name", &self.display_name);
        v.field(11usize, "thumbnail_url", &self.thumbnail_url);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for PersonAnnotation {
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
            9usize => self.detail.read_from(r),
            10usize => self.display_name.read_from(r),
            11usize => self.thumbnail_url.read_from(r),
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
        w.field(9usize, &self.detail);
        w.field(10usize, &self.display_name);
        w.field(11usize, &self.thumbnail_url);
    }
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
rt::impl_object!(PersonAnnotation);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    PersonAnnotation { with_id id : ::std::string::String; with_allowed_audiences
    allowed_audiences : rt::Flags < crate ::beta::AllowedAudiences >; with_created_by
    created_by : crate ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_inference inference : crate ::beta::InferenceData;
    with_is_searchable is_searchable : bool; with_last_modified_by last_modified_by :
    crate ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_source source : crate ::beta::PersonDataSources;
    with_detail detail : crate ::beta::ItemBody; with_display_name display_name :
    ::std::string::String; with_thumbnail_url thumbnail_url : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PersonAnnotation);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.personAnnualEvent`, entity type, derived from `microsoft.graph.itemFacet`, key `id`.
///
/// Request builders: [`ItemFacetPath`](requests/trait.ItemFacetPath.html), what a path to one (`EntityPath<PersonAnnualEvent, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PersonAnnualEvent {
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
    /// CSDL: property `date`: `Edm.Date`, nullable.
    pub date: rt::Field<rt::edm::Date>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `microsoft.graph.personAnnualEventType`, nullable.
    pub type_: rt::Field<crate::beta::PersonAnnualEventType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for PersonAnnualEvent {
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
            date: rt::Field::Absent,
            display_name: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for PersonAnnualEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.personAnnualEvent";
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
        "date",
        "displayName",
        "type",
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
        ",\"date\":                         ",
        ",\"displayName\":                  ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.personAnnualEvent\"";
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
        v.field(9usize, "date", &self.date);
        v.field(10usize, "display_name", &self.display_name);
        v.field(11usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for PersonAnnualEvent {
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
            9usize => self.date.read_from(r),
            10usize => self.display_name.read_from(r),
            11usize => self.type_.read_from(r),
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
        w.field(9usize, &self.date);
        w.field(10usize, &self.display_name);
        w.field(11usize, &self.type_);
    }
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
rt::impl_object!(PersonAnnualEvent);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    PersonAnnualEvent { with_id id : ::std::string::String; with_allowed_audiences
    allowed_audiences : rt::Flags < crate ::beta::AllowedAudiences >; with_created_by
    created_by : crate ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_inference inference : crate ::beta::InferenceData;
    with_is_searchable is_searchable : bool; with_last_modified_by last_modified_by :
    crate ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_source source : crate ::beta::PersonDataSources;
    with_date date : rt::edm::Date; with_display_name display_name :
    ::std::string::String; with_type type_ : crate ::beta::PersonAnnualEventType; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PersonAnnualEvent);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.personAnnualEventType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PersonAnnualEventType {
    /// `birthday` (value 0).
    Birthday,
    /// `wedding` (value 1).
    Wedding,
    /// `work` (value 2).
    Work,
    /// `other` (value 3).
    Other,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for PersonAnnualEventType {
    const TYPE_NAME: &'static str = "microsoft.graph.personAnnualEventType";
    const MEMBERS: &'static [&'static str] = &[
        "birthday",
        "wedding",
        "work",
        "other",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "birthday" => Self::Birthday,
                "wedding" => Self::Wedding,
                "work" => Self::Work,
                "other" => Self::Other,
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
            Self::Birthday => "birthday",
            Self::Wedding => "wedding",
            Self::Work => "work",
            Self::Other => "other",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(PersonAnnualEventType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PersonAnnualEventType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.personAward`, entity type, derived from `microsoft.graph.itemFacet`, key `id`.
///
/// Request builders: [`ItemFacetPath`](requests/trait.ItemFacetPath.html), what a path to one (`EntityPath<PersonAward, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PersonAward {
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
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `issuedDate`: `Edm.Date`, nullable.
    pub issued_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `issuingAuthority`: `Edm.String`, nullable.
    pub issuing_authority: rt::Field<::std::string::String>,
    /// CSDL: property `thumbnailUrl`: `Edm.String`, nullable.
    pub thumbnail_url: rt::Field<::std::string::String>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for PersonAward {
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
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            issued_date: rt::Field::Absent,
            issuing_authority: rt::Field::Absent,
            thumbnail_url: rt::Field::Absent,
            web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for PersonAward {
    const TYPE_NAME: &'static str = "microsoft.graph.personAward";
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
        "description",
        "displayName",
        "issuedDate",
        "issuingAuthority",
        "thumbnailUrl",
        "webUrl",
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
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"issuedDate\":                   ",
        ",\"issuingAuthority\":             ",
        ",\"thumbnailUrl\":                 ",
        ",\"webUrl\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.personAward\"";
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
        v.field(9usize, "description", &self.description);
        v.field(10usize, "display_name", &self.display_name);
        v.field(11usize, "issued_date", &self.issued_date);
        v.field(12usize, "issuing_authority", &self.issuing_authority);
        v.field(13usize, "thumbnail_url", &self.thumbnail_url);
        v.field(14usize, "web_url", &self.web_url);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for PersonAward {
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
            9usize => self.description.read_from(r),
            10usize => self.display_name.read_from(r),
            11usize => self.issued_date.read_from(r),
            12usize => self.issuing_authority.read_from(r),
            13usize => self.thumbnail_url.read_from(r),
            14usize => self.web_url.read_from(r),
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
        w.field(9usize, &self.description);
        w.field(10usize, &self.display_name);
        w.field(11usize, &self.issued_date);
        w.field(12usize, &self.issuing_authority);
        w.field(13usize, &self.thumbnail_url);
        w.field(14usize, &self.web_url);
    }
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
rt::impl_object!(PersonAward);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    PersonAward { with_id id : ::std::string::String; with_allowed_audiences
    allowed_audiences : rt::Flags < crate ::beta::AllowedAudiences >; with_created_by
    created_by : crate ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_inference inference : crate ::beta::InferenceData;
    with_is_searchable is_searchable : bool; with_last_modified_by last_modified_by :
    crate ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_source source : crate ::beta::PersonDataSources;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_issued_date issued_date : rt::edm::Date;
    with_issuing_authority issuing_authority : ::std::string::String; with_thumbnail_url
    thumbnail_url : ::std::string::String; with_web_url web_url : ::std::string::String;
    }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PersonAward);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.personCertification`, entity type, derived from `microsoft.graph.itemFacet`, key `id`.
///
/// Request builders: [`ItemFacetPath`](requests/trait.ItemFacetPath.html), what a path to one (`EntityPath<PersonCertification, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PersonCertification {
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
    /// CSDL: property `certificationId`: `Edm.String`, nullable.
    pub certification_id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `endDate`: `Edm.Date`, nullable.
    pub end_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `issuedDate`: `Edm.Date`, nullable.
    pub issued_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `issuingAuthority`: `Edm.String`, nullable.
    pub issuing_authority: rt::Field<::std::string::String>,
    /// CSDL: property `issuingCompany`: `Edm.String`, nullable.
    pub issuing_company: rt::Field<::std::string::String>,
    /// CSDL: property `startDate`: `Edm.Date`, nullable.
    pub start_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `thumbnailUrl`: `Edm.String`, nullable.
    pub thumbnail_url: rt::Field<::std::string::String>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for PersonCertification {
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
            certification_id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            end_date: rt::Field::Absent,
            issued_date: rt::Field::Absent,
            issuing_authority: rt::Field::Absent,
            issuing_company: rt::Field::Absent,
            start_date: rt::Field::Absent,
            thumbnail_url: rt::Field::Absent,
            web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for PersonCertification {
    const TYPE_NAME: &'static str = "microsoft.graph.personCertification";
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
        "certificationId",
        "description",
        "displayName",
        "endDate",
        "issuedDate",
        "issuingAuthority",
        "issuingCompany",
        "startDate",
        "thumbnailUrl",
        "webUrl",
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
        ",\"certificationId\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"endDate\":                      ",
        ",\"issuedDate\":                   ",
        ",\"issuingAuthority\":             ",
        ",\"issuingCompany\":               ",
        ",\"startDate\":                    ",
        ",\"thumbnailUrl\":                 ",
        ",\"webUrl\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.personCertification\"";
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
        v.field(9usize, "certification_id", &self.certification_id);
        v.field(10usize, "description", &self.description);
        v.field(11usize, "display_name", &self.display_name);
        v.field(12usize, "end_date", &self.end_date);
        v.field(13usize, "issued_date", &self.issued_date);
        v.field(14usize, "issuing_authority", &self.issuing_authority);
        v.field(15usize, "issuing_company", &self.issuing_company);
        v.field(16usize, "start_date", &self.start_date);
        v.field(17usize, "thumbnail_url", &self.thumbnail_url);
        v.field(18usize, "web_url", &self.web_url);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for PersonCertification {
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
            9usize => self.certification_id.read_from(r),
            10usize => self.description.read_from(r),
            11usize => self.display_name.read_from(r),
            12usize => self.end_date.read_from(r),
            13usize => self.issued_date.read_from(r),
            14usize => self.issuing_authority.read_from(r),
            15usize => self.issuing_company.read_from(r),
            16usize => self.start_date.read_from(r),
            17usize => self.thumbnail_url.read_from(r),
            18usize => self.web_url.read_from(r),
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
        w.field(9usize, &self.certification_id);
        w.field(10usize, &self.description);
        w.field(11usize, &self.display_name);
        w.field(12usize, &self.end_date);
        w.field(13usize, &self.issued_date);
        w.field(14usize, &self.issuing_authority);
        w.field(15usize, &self.issuing_company);
        w.field(16usize, &self.start_date);
        w.field(17usize, &self.thumbnail_url);
        w.field(18usize, &self.web_url);
    }
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
rt::impl_object!(PersonCertification);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    PersonCertification { with_id id : ::std::string::String; with_allowed_audiences
    allowed_audiences : rt::Flags < crate ::beta::AllowedAudiences >; with_created_by
    created_by : crate ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_inference inference : crate ::beta::InferenceData;
    with_is_searchable is_searchable : bool; with_last_modified_by last_modified_by :
    crate ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_source source : crate ::beta::PersonDataSources;
    with_certification_id certification_id : ::std::string::String; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_end_date end_date : rt::edm::Date; with_issued_date
    issued_date : rt::edm::Date; with_issuing_authority issuing_authority :
    ::std::string::String; with_issuing_company issuing_company : ::std::string::String;
    with_start_date start_date : rt::edm::Date; with_thumbnail_url thumbnail_url :
    ::std::string::String; with_web_url web_url : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PersonCertification);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.personDataSources`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PersonDataSources {
    /// CSDL: property `type`: `Collection(Edm.String)`, nullable.
    pub type_: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for PersonDataSources {
    #[inline]
    fn default() -> Self {
        Self {
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for PersonDataSources {
    const TYPE_NAME: &'static str = "microsoft.graph.personDataSources";
    const KEYS: &'static [&'static str] = &["type"];
    const KEYS_JSON: &'static [&'static str] = &[",\"type\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.personDataSources\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for PersonDataSources {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.type_);
    }
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
rt::impl_object!(PersonDataSources);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    PersonDataSources { with_type type_ : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PersonDataSources);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.personInterest`, entity type, derived from `microsoft.graph.itemFacet`, key `id`.
///
/// Request builders: [`ItemFacetPath`](requests/trait.ItemFacetPath.html), what a path to one (`EntityPath<PersonInterest, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PersonInterest {
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
    /// CSDL: property `collaborationTags`: `Collection(Edm.String)`, nullable.
    pub collaboration_tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `thumbnailUrl`: `Edm.String`, nullable.
    pub thumbnail_url: rt::Field<::std::string::String>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for PersonInterest {
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
            collaboration_tags: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            thumbnail_url: rt::Field::Absent,
            web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for PersonInterest {
    const TYPE_NAME: &'static str = "microsoft.graph.personInterest";
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
        "collaborationTags",
        "description",
        "displayName",
        "thumbnailUrl",
        "webUrl",
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
        ",\"collaborationTags\":            ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"thumbnailUrl\":                 ",
        ",\"webUrl\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.personInterest\"";
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
        v.field(10usize, "collaboration_tags", &self.collaboration_tags);
        v.field(11usize, "description", &self.description);
        v.field(12usize, "display_name", &self.display_name);
        v.field(13usize, "thumbnail_url", &self.thumbnail_url);
        v.field(14usize, "web_url", &self.web_url);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for PersonInterest {
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
            10usize => self.collaboration_tags.read_from(r),
            11usize => self.description.read_from(r),
            12usize => self.display_name.read_from(r),
            13usize => self.thumbnail_url.read_from(r),
            14usize => self.web_url.read_from(r),
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
        w.field(10usize, &self.collaboration_tags);
        w.field(11usize, &self.description);
        w.field(12usize, &self.display_name);
        w.field(13usize, &self.thumbnail_url);
        w.field(14usize, &self.web_url);
    }
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
rt::impl_object!(PersonInterest);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    PersonInterest { with_id id : ::std::string::String; with_allowed_audiences
    allowed_audiences : rt::Flags < crate ::beta::AllowedAudiences >; with_created_by
    created_by : crate ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_inference inference : crate ::beta::InferenceData;
    with_is_searchable is_searchable : bool; with_last_modified_by last_modified_by :
    crate ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_source source : crate ::beta::PersonDataSources;
    with_categories categories : ::std::vec::Vec < ::std::string::String >;
    with_collaboration_tags collaboration_tags : ::std::vec::Vec < ::std::string::String
    >; with_description description : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_thumbnail_url thumbnail_url :
    ::std::string::String; with_web_url web_url : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PersonInterest);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.personName`, entity type, derived from `microsoft.graph.itemFacet`, key `id`.
///
/// Request builders: [`PersonNamePath`](requests/trait.PersonNamePath.html), what a path to one (`EntityPath<PersonName, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PersonName {
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
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `first`: `Edm.String`, nullable.
    pub first: rt::Field<::std::string::String>,
    /// CSDL: property `initials`: `Edm.String`, nullable.
    pub initials: rt::Field<::std::string::String>,
    /// CSDL: property `languageTag`: `Edm.String`, nullable.
    pub language_tag: rt::Field<::std::string::String>,
    /// CSDL: property `last`: `Edm.String`, nullable.
    pub last: rt::Field<::std::string::String>,
    /// CSDL: property `maiden`: `Edm.String`, nullable.
    pub maiden: rt::Field<::std::string::String>,
    /// CSDL: property `middle`: `Edm.String`, nullable.
    pub middle: rt::Field<::std::string::String>,
    /// CSDL: property `nickname`: `Edm.String`, nullable.
    pub nickname: rt::Field<::std::string::String>,
    /// CSDL: property `pronunciation`: `microsoft.graph.personNamePronounciation`, nullable.
    pub pronunciation: rt::Field<crate::beta::PersonNamePronounciation>,
    /// CSDL: property `suffix`: `Edm.String`, nullable.
    pub suffix: rt::Field<::std::string::String>,
    /// CSDL: property `title`: `Edm.String`, nullable.
    pub title: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for PersonName {
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
            display_name: rt::Field::Absent,
            first: rt::Field::Absent,
            initials: rt::Field::Absent,
            language_tag: rt::Field::Absent,
            last: rt::Field::Absent,
            maiden: rt::Field::Absent,
            middle: rt::Field::Absent,
            nickname: rt::Field::Absent,
            pronunciation: rt::Field::Absent,
            suffix: rt::Field::Absent,
            title: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for PersonName {
    const TYPE_NAME: &'static str = "microsoft.graph.personName";
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
        "displayName",
        "first",
        "initials",
        "languageTag",
        "last",
        "maiden",
        "middle",
        "nickname",
        "pronunciation",
        "suffix",
        "title",
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
        ",\"displayName\":                  ",
        ",\"first\":                        ",
        ",\"initials\":                     ",
        ",\"languageTag\":                  ",
        ",\"last\":                         ",
        ",\"maiden\":                       ",
        ",\"middle\":                       ",
        ",\"nickname\":                     ",
        ",\"pronunciation\":                ",
        ",\"suffix\":                       ",
        ",\"title\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.personName\"";
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
        v.field(9usize, "display_name", &self.display_name);
        v.field(10usize, "first", &self.first);
        v.field(11usize, "initials", &self.initials);
        v.field(12usize, "language_tag", &self.language_tag);
        v.field(13usize, "last", &self.last);
        v.field(14usize, "maiden", &self.maiden);
        v.field(15usize, "middle", &self.middle);
        v.field(16usize, "nickname", &self.nickname);
        v.field(17usize, "pronunciation", &self.pronunciation);
        v.field(18usize, "suffix", &self.suffix);
        v.field(19usize, "title", &self.title);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for PersonName {
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
            9usize => self.display_name.read_from(r),
            10usize => self.first.read_from(r),
            11usize => self.initials.read_from(r),
            12usize => self.language_tag.read_from(r),
            13usize => self.last.read_from(r),
            14usize => self.maiden.read_from(r),
            15usize => self.middle.read_from(r),
            16usize => self.nickname.read_from(r),
            17usize => self.pronunciation.read_from(r),
            18usize => self.suffix.read_from(r),
            19usize => self.title.read_from(r),
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
        w.field(9usize, &self.display_name);
        w.field(10usize, &self.first);
        w.field(11usize, &self.initials);
        w.field(12usize, &self.language_tag);
        w.field(13usize, &self.last);
        w.field(14usize, &self.maiden);
        w.field(15usize, &self.middle);
        w.field(16usize, &self.nickname);
        w.field(17usize, &self.pronunciation);
        w.field(18usize, &self.suffix);
        w.field(19usize, &self.title);
    }
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
rt::impl_object!(PersonName);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    PersonName { with_id id : ::std::string::String; with_allowed_audiences
    allowed_audiences : rt::Flags < crate ::beta::AllowedAudiences >; with_created_by
    created_by : crate ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_inference inference : crate ::beta::InferenceData;
    with_is_searchable is_searchable : bool; with_last_modified_by last_modified_by :
    crate ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_source source : crate ::beta::PersonDataSources;
    with_display_name display_name : ::std::string::String; with_first first :
    ::std::string::String; with_initials initials : ::std::string::String;
    with_language_tag language_tag : ::std::string::String; with_last last :
    ::std::string::String; with_maiden maiden : ::std::string::String; with_middle middle
    : ::std::string::String; with_nickname nickname : ::std::string::String;
    with_pronunciation pronunciation : crate ::beta::PersonNamePronounciation;
    with_suffix suffix : ::std::string::String; with_title title : ::std::string::String;
    }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PersonName);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.personNamePronounciation`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PersonNamePronounciation {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `first`: `Edm.String`, nullable.
    pub first: rt::Field<::std::string::String>,
    /// CSDL: property `last`: `Edm.String`, nullable.
    pub last: rt::Field<::std::string::String>,
    /// CSDL: property `maiden`: `Edm.String`, nullable.
    pub maiden: rt::Field<::std::string::String>,
    /// CSDL: property `middle`: `Edm.String`, nullable.
    pub middle: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for PersonNamePronounciation {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            first: rt::Field::Absent,
            last: rt::Field::Absent,
            maiden: rt::Field::Absent,
            middle: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for PersonNamePronounciation {
    const TYPE_NAME: &'static str = "microsoft.graph.personNamePronounciation";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "first",
        "last",
        "maiden",
        "middle",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"first\":                        ",
        ",\"last\":                         ",
        ",\"maiden\":                       ",
        ",\"middle\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.personNamePronounciation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "first", &self.first);
        v.field(2usize, "last", &self.last);
        v.field(3usize, "maiden", &self.maiden);
        v.field(4usize, "middle", &self.middle);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for PersonNamePronounciation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.first.read_from(r),
            2usize => self.last.read_from(r),
            3usize => self.maiden.read_from(r),
            4usize => self.middle.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.first);
        w.field(2usize, &self.last);
        w.field(3usize, &self.maiden);
        w.field(4usize, &self.middle);
    }
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
rt::impl_object!(PersonNamePronounciation);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    PersonNamePronounciation { with_display_name display_name : ::std::string::String;
    with_first first : ::std::string::String; with_last last : ::std::string::String;
    with_maiden maiden : ::std::string::String; with_middle middle :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PersonNamePronounciation);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.personRelationship`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PersonRelationship {
    /// `manager` (value 0).
    Manager,
    /// `colleague` (value 1).
    Colleague,
    /// `directReport` (value 2).
    DirectReport,
    /// `dotLineReport` (value 3).
    DotLineReport,
    /// `assistant` (value 4).
    Assistant,
    /// `dotLineManager` (value 5).
    DotLineManager,
    /// `alternateContact` (value 6).
    AlternateContact,
    /// `friend` (value 7).
    Friend,
    /// `spouse` (value 8).
    Spouse,
    /// `sibling` (value 9).
    Sibling,
    /// `child` (value 10).
    Child,
    /// `parent` (value 11).
    Parent,
    /// `sponsor` (value 12).
    Sponsor,
    /// `emergencyContact` (value 13).
    EmergencyContact,
    /// `other` (value 14).
    Other,
    /// `unknownFutureValue` (value 15).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for PersonRelationship {
    const TYPE_NAME: &'static str = "microsoft.graph.personRelationship";
    const MEMBERS: &'static [&'static str] = &[
        "manager",
        "colleague",
        "directReport",
        "dotLineReport",
        "assistant",
        "dotLineManager",
        "alternateContact",
        "friend",
        "spouse",
        "sibling",
        "child",
        "parent",
        "sponsor",
        "emergencyContact",
        "other",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "manager" => Self::Manager,
                "colleague" => Self::Colleague,
                "directReport" => Self::DirectReport,
                "dotLineReport" => Self::DotLineReport,
                "assistant" => Self::Assistant,
                "dotLineManager" => Self::DotLineManager,
                "alternateContact" => Self::AlternateContact,
                "friend" => Self::Friend,
                "spouse" => Self::Spouse,
                "sibling" => Self::Sibling,
                "child" => Self::Child,
                "parent" => Self::Parent,
                "sponsor" => Self::Sponsor,
                "emergencyContact" => Self::EmergencyContact,
                "other" => Self::Other,
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
            Self::Manager => "manager",
            Self::Colleague => "colleague",
            Self::DirectReport => "directReport",
            Self::DotLineReport => "dotLineReport",
            Self::Assistant => "assistant",
            Self::DotLineManager => "dotLineManager",
            Self::AlternateContact => "alternateContact",
            Self::Friend => "friend",
            Self::Spouse => "spouse",
            Self::Sibling => "sibling",
            Self::Child => "child",
            Self::Parent => "parent",
            Self::Sponsor => "sponsor",
            Self::EmergencyContact => "emergencyContact",
            Self::Other => "other",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(PersonRelationship);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PersonRelationship);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.personResponsibility`, entity type, derived from `microsoft.graph.itemFacet`, key `id`.
///
/// Request builders: [`ItemFacetPath`](requests/trait.ItemFacetPath.html), what a path to one (`EntityPath<PersonResponsibility, C>`) dereferences to.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct PersonResponsibility {
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
    /// CSDL: property `collaborationTags`: `Collection(Edm.String)`, nullable.
    pub collaboration_tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `thumbnailUrl`: `Edm.String`, nullable.
    pub thumbnail_url: rt::Field<::std::string::String>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for PersonResponsibility {
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
            collaboration_tags: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            thumbnail_url: rt::Field::Absent,
            web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for PersonResponsibility {
    const TYPE_NAME: &'static str = "microsoft.graph.personResponsibility";
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
        "collaborationTags",
        "description",
        "displayName",
        "thumbnailUrl",
        "webUrl",
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
        ",\"collaborationTags\":            ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"thumbnailUrl\":                 ",
        ",\"webUrl\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.personResponsibility\"";
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
        v.field(9usize, "collaboration_tags", &self.collaboration_tags);
        v.field(10usize, "description", &self.description);
        v.field(11usize, "display_name", &self.display_name);
        v.field(12usize, "thumbnail_url", &self.thumbnail_url);
        v.field(13usize, "web_url", &self.web_url);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for PersonResponsibility {
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
            9usize => self.collaboration_tags.read_from(r),
            10usize => self.description.read_from(r),
            11usize => self.display_name.read_from(r),
            12usize => self.thumbnail_url.read_from(r),
            13usize => self.web_url.read_from(r),
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
        w.field(9usize, &self.collaboration_tags);
        w.field(10usize, &self.description);
        w.field(11usize, &self.display_name);
        w.field(12usize, &self.thumbnail_url);
        w.field(13usize, &self.web_url);
    }
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
rt::impl_object!(PersonResponsibility);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    PersonResponsibility { with_id id : ::std::string::String; with_allowed_audiences
    allowed_audiences : rt::Flags < crate ::beta::AllowedAudiences >; with_created_by
    created_by : crate ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_inference inference : crate ::beta::InferenceData;
    with_is_searchable is_searchable : bool; with_last_modified_by last_modified_by :
    crate ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_source source : crate ::beta::PersonDataSources;
    with_collaboration_tags collaboration_tags : ::std::vec::Vec < ::std::string::String
    >; with_description description : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_thumbnail_url thumbnail_url :
    ::std::string::String; with_web_url web_url : ::std::string::String; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PersonResponsibility);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.personWebsite`, entity type, derived from `microsoft.graph.itemFacet`, key `id`.
///
/// Request builders: [`ItemFacetPath`](requests/trait.ItemFacetPath.html), what a path to one (`EntityPath<PersonWebsite, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PersonWebsite {
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
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `thumbnailUrl`: `Edm.String`, nullable.
    pub thumbnail_url: rt::Field<::std::string::String>,
    /// CSDL: property `webUrl`: `Edm.String`, not nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for PersonWebsite {
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
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            thumbnail_url: rt::Field::Absent,
            web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for PersonWebsite {
    const TYPE_NAME: &'static str = "microsoft.graph.personWebsite";
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
        "description",
        "displayName",
        "thumbnailUrl",
        "webUrl",
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
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"thumbnailUrl\":                 ",
        ",\"webUrl\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.personWebsite\"";
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
        v.field(10usize, "description", &self.description);
        v.field(11usize, "display_name", &self.display_name);
        v.field(12usize, "thumbnail_url", &self.thumbnail_url);
        v.field(13usize, "web_url", &self.web_url);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for PersonWebsite {
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
            10usize => self.description.read_from(r),
            11usize => self.display_name.read_from(r),
            12usize => self.thumbnail_url.read_from(r),
            13usize => self.web_url.read_from(r),
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
        w.field(10usize, &self.description);
        w.field(11usize, &self.display_name);
        w.field(12usize, &self.thumbnail_url);
        w.field(13usize, &self.web_url);
    }
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
rt::impl_object!(PersonWebsite);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    PersonWebsite { with_id id : ::std::string::String; with_allowed_audiences
    allowed_audiences : rt::Flags < crate ::beta::AllowedAudiences >; with_created_by
    created_by : crate ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_inference inference : crate ::beta::InferenceData;
    with_is_searchable is_searchable : bool; with_last_modified_by last_modified_by :
    crate ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_source source : crate ::beta::PersonDataSources;
    with_categories categories : ::std::vec::Vec < ::std::string::String >;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_thumbnail_url thumbnail_url : ::std::string::String;
    with_web_url web_url : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PersonWebsite);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.phoneAuthenticationMethod`, entity type, derived from `microsoft.graph.authenticationMethod`, key `id`.
///
/// Request builders: [`AuthenticationMethodPath`](requests/trait.AuthenticationMethodPath.html), what a path to one (`EntityPath<PhoneAuthenticationMethod, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PhoneAuthenticationMethod {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `phoneNumber`: `Edm.String`, nullable.
    pub phone_number: rt::Field<::std::string::String>,
    /// CSDL: property `phoneType`: `microsoft.graph.authenticationPhoneType`, nullable.
    pub phone_type: rt::Field<crate::beta::AuthenticationPhoneType>,
    /// CSDL: property `smsSignInState`: `microsoft.graph.authenticationMethodSignInState`, nullable.
    pub sms_sign_in_state: rt::Field<crate::beta::AuthenticationMethodSignInState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for PhoneAuthenticationMethod {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            phone_number: rt::Field::Absent,
            phone_type: rt::Field::Absent,
            sms_sign_in_state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for PhoneAuthenticationMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.phoneAuthenticationMethod";
    const KEYS: &'static [&'static str] = &[
        "id",
        "phoneNumber",
        "phoneType",
        "smsSignInState",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"phoneNumber\":                  ",
        ",\"phoneType\":                    ",
        ",\"smsSignInState\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.phoneAuthenticationMethod\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "phone_number", &self.phone_number);
        v.field(2usize, "phone_type", &self.phone_type);
        v.field(3usize, "sms_sign_in_state", &self.sms_sign_in_state);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for PhoneAuthenticationMethod {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.phone_number.read_from(r),
            2usize => self.phone_type.read_from(r),
            3usize => self.sms_sign_in_state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.phone_number);
        w.field(2usize, &self.phone_type);
        w.field(3usize, &self.sms_sign_in_state);
    }
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
rt::impl_object!(PhoneAuthenticationMethod);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    PhoneAuthenticationMethod { with_id id : ::std::string::String; with_phone_number
    phone_number : ::std::string::String; with_phone_type phone_type : crate
    ::beta::AuthenticationPhoneType; with_sms_sign_in_state sms_sign_in_state : crate
    ::beta::AuthenticationMethodSignInState; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PhoneAuthenticationMethod);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.photo`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Photo {
    /// CSDL: property `cameraMake`: `Edm.String`, nullable.
    pub camera_make: rt::Field<::std::string::String>,
    /// CSDL: property `cameraModel`: `Edm.String`, nullable.
    pub camera_model: rt::Field<::std::string::String>,
    /// CSDL: property `exposureDenominator`: `Edm.Double`, nullable.
    pub exposure_denominator: rt::Field<f64>,
    /// CSDL: property `exposureNumerator`: `Edm.Double`, nullable.
    pub exposure_numerator: rt::Field<f64>,
    /// CSDL: property `fNumber`: `Edm.Double`, nullable.
    pub f_number: rt::Field<f64>,
    /// CSDL: property `focalLength`: `Edm.Double`, nullable.
    pub focal_length: rt::Field<f64>,
    /// CSDL: property `iso`: `Edm.Int32`, nullable.
    pub iso: rt::Field<i32>,
    /// CSDL: property `orientation`: `Edm.Int16`, nullable.
    pub orientation: rt::Field<i16>,
    /// CSDL: property `takenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub taken_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for Photo {
    #[inline]
    fn default() -> Self {
        Self {
            camera_make: rt::Field::Absent,
            camera_model: rt::Field::Absent,
            exposure_denominator: rt::Field::Absent,
            exposure_numerator: rt::Field::Absent,
            f_number: rt::Field::Absent,
            focal_length: rt::Field::Absent,
            iso: rt::Field::Absent,
            orientation: rt::Field::Absent,
            taken_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for Photo {
    const TYPE_NAME: &'static str = "microsoft.graph.photo";
    const KEYS: &'static [&'static str] = &[
        "cameraMake",
        "cameraModel",
        "exposureDenominator",
        "exposureNumerator",
        "fNumber",
        "focalLength",
        "iso",
        "orientation",
        "takenDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"cameraMake\":                   ",
        ",\"cameraModel\":                  ",
        ",\"exposureDenominator\":          ",
        ",\"exposureNumerator\":            ",
        ",\"fNumber\":                      ",
        ",\"focalLength\":                  ",
        ",\"iso\":                          ",
        ",\"orientation\":                  ",
        ",\"takenDateTime\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.photo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "camera_make", &self.camera_make);
        v.field(1usize, "camera_model", &self.camera_model);
        v.field(2usize, "exposure_denominator", &self.exposure_denominator);
        v.field(3usize, "exposure_numerator", &self.exposure_numerator);
        v.field(4usize, "f_number", &self.f_number);
        v.field(5usize, "focal_length", &self.focal_length);
        v.field(6usize, "iso", &self.iso);
        v.field(7usize, "orientation", &self.orientation);
        v.field(8usize, "taken_date_time", &self.taken_date_time);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for Photo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.camera_make.read_from(r),
            1usize => self.camera_model.read_from(r),
            2usize => self.exposure_denominator.read_from(r),
            3usize => self.exposure_numerator.read_from(r),
            4usize => self.f_number.read_from(r),
            5usize => self.focal_length.read_from(r),
            6usize => self.iso.read_from(r),
            7usize => self.orientation.read_from(r),
            8usize => self.taken_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.camera_make);
        w.field(1usize, &self.camera_model);
        w.field(2usize, &self.exposure_denominator);
        w.field(3usize, &self.exposure_numerator);
        w.field(4usize, &self.f_number);
        w.field(5usize, &self.focal_length);
        w.field(6usize, &self.iso);
        w.field(7usize, &self.orientation);
        w.field(8usize, &self.taken_date_time);
    }
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
rt::impl_object!(Photo);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    Photo { with_camera_make camera_make : ::std::string::String; with_camera_model
    camera_model : ::std::string::String; with_exposure_denominator exposure_denominator
    : f64; with_exposure_numerator exposure_numerator : f64; with_f_number f_number :
    f64; with_focal_length focal_length : f64; with_iso iso : i32; with_orientation
    orientation : i16; with_taken_date_time taken_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(Photo);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.picture`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PicturePath`](requests/trait.PicturePath.html), what a path to one (`EntityPath<Picture, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct Picture {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `content`: `Edm.Stream`, nullable.
    pub content: rt::Field<rt::RawJson>,
    /// CSDL: property `contentType`: `Edm.String`, nullable.
    pub content_type: rt::Field<::std::string::String>,
    /// CSDL: property `height`: `Edm.Int32`, nullable.
    pub height: rt::Field<i32>,
    /// CSDL: property `width`: `Edm.Int32`, nullable.
    pub width: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for Picture {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            content: rt::Field::Absent,
            content_type: rt::Field::Absent,
            height: rt::Field::Absent,
            width: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for Picture {
    const TYPE_NAME: &'static str = "microsoft.graph.picture";
    const KEYS: &'static [&'static str] = &[
        "id",
        "content",
        "contentType",
        "height",
        "width",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"content\":                      ",
        ",\"contentType\":                  ",
        ",\"height\":                       ",
        ",\"width\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.picture\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "content", &self.content);
        v.field(2usize, "content_type", &self.content_type);
        v.field(3usize, "height", &self.height);
        v.field(4usize, "width", &self.width);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for Picture {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.content.read_from(r),
            2usize => self.content_type.read_from(r),
            3usize => self.height.read_from(r),
            4usize => self.width.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.content);
        w.field(2usize, &self.content_type);
        w.field(3usize, &self.height);
        w.field(4usize, &self.width);
    }
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
rt::impl_object!(Picture);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    Picture { with_id id : ::std::string::String; with_content content : rt::RawJson;
    with_content_type content_type : ::std::string::String; with_height height : i32;
    with_width width : i32; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Picture);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.plannerAssignment`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct PlannerAssignment {
    /// CSDL: property `assignedBy`: `microsoft.graph.identitySet`, nullable.
    pub assigned_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `assignedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub assigned_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `orderHint`: `Edm.String`, nullable.
    pub order_hint: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for PlannerAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            assigned_by: rt::Field::Absent,
            assigned_date_time: rt::Field::Absent,
            order_hint: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for PlannerAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerAssignment";
    const KEYS: &'static [&'static str] = &[
        "assignedBy",
        "assignedDateTime",
        "orderHint",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"assignedBy\":                   ",
        ",\"assignedDateTime\":             ",
        ",\"orderHint\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.plannerAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assigned_by", &self.assigned_by);
        v.field(1usize, "assigned_date_time", &self.assigned_date_time);
        v.field(2usize, "order_hint", &self.order_hint);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for PlannerAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.assigned_by.read_from(r),
            1usize => self.assigned_date_time.read_from(r),
            2usize => self.order_hint.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.assigned_by);
        w.field(1usize, &self.assigned_date_time);
        w.field(2usize, &self.order_hint);
    }
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
rt::impl_object!(PlannerAssignment);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    PlannerAssignment { with_assigned_by assigned_by : crate ::beta::IdentitySet;
    with_assigned_date_time assigned_date_time : rt::edm::DateTimeOffset; with_order_hint
    order_hint : ::std::string::String; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerAssignment);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.plannerFavoritePlanReference`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct PlannerFavoritePlanReference {
    /// CSDL: property `orderHint`: `Edm.String`, nullable.
    pub order_hint: rt::Field<::std::string::String>,
    /// CSDL: property `planTitle`: `Edm.String`, nullable.
    pub plan_title: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for PlannerFavoritePlanReference {
    #[inline]
    fn default() -> Self {
        Self {
            order_hint: rt::Field::Absent,
            plan_title: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for PlannerFavoritePlanReference {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerFavoritePlanReference";
    const KEYS: &'static [&'static str] = &["orderHint", "planTitle"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"orderHint\":                    ",
        ",\"planTitle\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.plannerFavoritePlanReference\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "order_hint", &self.order_hint);
        v.field(1usize, "plan_title", &self.plan_title);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for PlannerFavoritePlanReference {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.order_hint.read_from(r),
            1usize => self.plan_title.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.order_hint);
        w.field(1usize, &self.plan_title);
    }
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
rt::impl_object!(PlannerFavoritePlanReference);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    PlannerFavoritePlanReference { with_order_hint order_hint : ::std::string::String;
    with_plan_title plan_title : ::std::string::String; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerFavoritePlanReference);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.plannerPlanContext`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct PlannerPlanContext {
    /// CSDL: property `associationType`: `Edm.String`, nullable.
    pub association_type: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayNameSegments`: `Collection(Edm.String)`, nullable.
    pub display_name_segments: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `isCreationContext`: `Edm.Boolean`, nullable.
    pub is_creation_context: rt::Field<bool>,
    /// CSDL: property `ownerAppId`: `Edm.String`, nullable.
    pub owner_app_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for PlannerPlanContext {
    #[inline]
    fn default() -> Self {
        Self {
            association_type: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name_segments: rt::Field::Absent,
            is_creation_context: rt::Field::Absent,
            owner_app_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for PlannerPlanContext {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerPlanContext";
    const KEYS: &'static [&'static str] = &[
        "associationType",
        "createdDateTime",
        "displayNameSegments",
        "isCreationContext",
        "ownerAppId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"associationType\":              ",
        ",\"createdDateTime\":              ",
        ",\"displayNameSegments\":          ",
        ",\"isCreationContext\":            ",
        ",\"ownerAppId\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.plannerPlanContext\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "association_type", &self.association_type);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name_segments", &self.display_name_segments);
        v.field(3usize, "is_creation_context", &self.is_creation_context);
        v.field(4usize, "owner_app_id", &self.owner_app_id);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for PlannerPlanContext {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.association_type.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name_segments.read_from(r),
            3usize => self.is_creation_context.read_from(r),
            4usize => self.owner_app_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.association_type);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name_segments);
        w.field(3usize, &self.is_creation_context);
        w.field(4usize, &self.owner_app_id);
    }
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
rt::impl_object!(PlannerPlanContext);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    PlannerPlanContext { with_association_type association_type : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_display_name_segments display_name_segments : ::std::vec::Vec <
    ::std::string::String >; with_is_creation_context is_creation_context : bool;
    with_owner_app_id owner_app_id : ::std::string::String; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerPlanContext);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.playPromptCompletionReason`, enum type.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PlayPromptCompletionReason {
    /// `unknown` (value 0).
    Unknown,
    /// `completedSuccessfully` (value 1).
    CompletedSuccessfully,
    /// `mediaOperationCanceled` (value 2).
    MediaOperationCanceled,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::StrEnum for PlayPromptCompletionReason {
    const TYPE_NAME: &'static str = "microsoft.graph.playPromptCompletionReason";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "completedSuccessfully",
        "mediaOperationCanceled",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "completedSuccessfully" => Self::CompletedSuccessfully,
                "mediaOperationCanceled" => Self::MediaOperationCanceled,
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
            Self::CompletedSuccessfully => "completedSuccessfully",
            Self::MediaOperationCanceled => "mediaOperationCanceled",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_enum!(PlayPromptCompletionReason);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlayPromptCompletionReason);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.playPromptOperation`, entity type, derived from `microsoft.graph.commsOperation`, open, key `id`.
///
/// Request builders: [`CommsOperationPath`](requests/trait.CommsOperationPath.html), what a path to one (`EntityPath<PlayPromptOperation, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct PlayPromptOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// CSDL: property `resultInfo`: `microsoft.graph.resultInfo`, nullable.
    pub result_info: rt::Field<crate::beta::ResultInfo>,
    /// CSDL: property `status`: `microsoft.graph.operationStatus`, not nullable.
    pub status: rt::Field<crate::beta::OperationStatus>,
    /// CSDL: property `completionReason`: `microsoft.graph.playPromptCompletionReason`, nullable.
    pub completion_reason: rt::Field<crate::beta::PlayPromptCompletionReason>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for PlayPromptOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            client_context: rt::Field::Absent,
            result_info: rt::Field::Absent,
            status: rt::Field::Absent,
            completion_reason: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for PlayPromptOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.playPromptOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "clientContext",
        "resultInfo",
        "status",
        "completionReason",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"clientContext\":                ",
        ",\"resultInfo\":                   ",
        ",\"status\":                       ",
        ",\"completionReason\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.playPromptOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "client_context", &self.client_context);
        v.field(2usize, "result_info", &self.result_info);
        v.field(3usize, "status", &self.status);
        v.field(4usize, "completion_reason", &self.completion_reason);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for PlayPromptOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.client_context.read_from(r),
            2usize => self.result_info.read_from(r),
            3usize => self.status.read_from(r),
            4usize => self.completion_reason.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.client_context);
        w.field(2usize, &self.result_info);
        w.field(3usize, &self.status);
        w.field(4usize, &self.completion_reason);
    }
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
rt::impl_object!(PlayPromptOperation);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    PlayPromptOperation { with_id id : ::std::string::String; with_client_context
    client_context : ::std::string::String; with_result_info result_info : crate
    ::beta::ResultInfo; with_status status : crate ::beta::OperationStatus;
    with_completion_reason completion_reason : crate ::beta::PlayPromptCompletionReason;
    }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlayPromptOperation);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.positionDetail`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PositionDetail {
    /// CSDL: property `company`: `microsoft.graph.companyDetail`, nullable.
    pub company: rt::Field<crate::beta::CompanyDetail>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `endMonthYear`: `Edm.Date`, nullable.
    pub end_month_year: rt::Field<rt::edm::Date>,
    /// CSDL: property `jobTitle`: `Edm.String`, nullable.
    pub job_title: rt::Field<::std::string::String>,
    /// CSDL: property `role`: `Edm.String`, nullable.
    pub role: rt::Field<::std::string::String>,
    /// CSDL: property `startMonthYear`: `Edm.Date`, nullable.
    pub start_month_year: rt::Field<rt::edm::Date>,
    /// CSDL: property `summary`: `Edm.String`, nullable.
    pub summary: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for PositionDetail {
    #[inline]
    fn default() -> Self {
        Self {
            company: rt::Field::Absent,
            description: rt::Field::Absent,
            end_month_year: rt::Field::Absent,
            job_title: rt::Field::Absent,
            role: rt::Field::Absent,
            start_month_year: rt::Field::Absent,
            summary: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for PositionDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.positionDetail";
    const KEYS: &'static [&'static str] = &[
        "company",
        "description",
        "endMonthYear",
        "jobTitle",
        "role",
        "startMonthYear",
        "summary",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"company\":                      ",
        ",\"description\":                  ",
        ",\"endMonthYear\":                 ",
        ",\"jobTitle\":                     ",
        ",\"role\":                         ",
        ",\"startMonthYear\":               ",
        ",\"summary\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.positionDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "company", &self.company);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "end_month_year", &self.end_month_year);
        v.field(3usize, "job_title", &self.job_title);
        v.field(4usize, "role", &self.role);
        v.field(5usize, "start_month_year", &self.start_month_year);
        v.field(6usize, "summary", &self.summary);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for PositionDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.company.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.end_month_year.read_from(r),
            3usize => self.job_title.read_from(r),
            4usize => self.role.read_from(r),
            5usize => self.start_month_year.read_from(r),
            6usize => self.summary.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.company);
        w.field(1usize, &self.description);
        w.field(2usize, &self.end_month_year);
        w.field(3usize, &self.job_title);
        w.field(4usize, &self.role);
        w.field(5usize, &self.start_month_year);
        w.field(6usize, &self.summary);
    }
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
rt::impl_object!(PositionDetail);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    PositionDetail { with_company company : crate ::beta::CompanyDetail; with_description
    description : ::std::string::String; with_end_month_year end_month_year :
    rt::edm::Date; with_job_title job_title : ::std::string::String; with_role role :
    ::std::string::String; with_start_month_year start_month_year : rt::edm::Date;
    with_summary summary : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PositionDetail);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.post`, entity type, derived from `microsoft.graph.outlookItem`, open, key `id`.
///
/// Request builders: [`PostPath`](requests/trait.PostPath.html), what a path to one (`EntityPath<Post, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Post {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `categories`: `Collection(Edm.String)`, nullable.
    pub categories: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `changeKey`: `Edm.String`, nullable.
    pub change_key: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `body`: `microsoft.graph.itemBody`, nullable.
    pub body: rt::Field<crate::beta::ItemBody>,
    /// CSDL: property `conversationId`: `Edm.String`, nullable.
    pub conversation_id: rt::Field<::std::string::String>,
    /// CSDL: property `conversationThreadId`: `Edm.String`, nullable.
    pub conversation_thread_id: rt::Field<::std::string::String>,
    /// CSDL: property `from`: `microsoft.graph.recipient`, not nullable.
    pub from: rt::Field<crate::beta::AnyRecipient>,
    /// CSDL: property `hasAttachments`: `Edm.Boolean`, not nullable.
    pub has_attachments: rt::Field<bool>,
    /// CSDL: property `importance`: `microsoft.graph.importance`, nullable.
    pub importance: rt::Field<crate::beta::Importance>,
    /// CSDL: property `newParticipants`: `Collection(microsoft.graph.recipient)`, not nullable.
    pub new_participants: rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>>,
    /// CSDL: property `receivedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub received_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `sender`: `microsoft.graph.recipient`, nullable.
    pub sender: rt::Field<crate::beta::AnyRecipient>,
    /// CSDL: containment navigation property `attachments`: `Collection(microsoft.graph.attachment)`, not nullable.
    pub attachments: rt::Field<::std::vec::Vec<crate::beta::AnyAttachment>>,
    /// CSDL: containment navigation property `extensions`: `Collection(microsoft.graph.extension)`, not nullable.
    pub extensions: rt::Field<::std::vec::Vec<crate::beta::AnyExtension>>,
    /// CSDL: containment navigation property `inReplyTo`: `microsoft.graph.post`, nullable.
    pub in_reply_to: rt::Field<::std::boxed::Box<crate::beta::Post>>,
    /// CSDL: containment navigation property `mentions`: `Collection(microsoft.graph.mention)`, not nullable.
    pub mentions: rt::Field<::std::vec::Vec<crate::beta::Mention>>,
    /// CSDL: containment navigation property `multiValueExtendedProperties`: `Collection(microsoft.graph.multiValueLegacyExtendedProperty)`, not nullable.
    pub multi_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::beta::MultiValueLegacyExtendedProperty>,
    >,
    /// CSDL: containment navigation property `singleValueExtendedProperties`: `Collection(microsoft.graph.singleValueLegacyExtendedProperty)`, not nullable.
    pub single_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::beta::SingleValueLegacyExtendedProperty>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Post {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            categories: rt::Field::Absent,
            change_key: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            body: rt::Field::Absent,
            conversation_id: rt::Field::Absent,
            conversation_thread_id: rt::Field::Absent,
            from: rt::Field::Absent,
            has_attachments: rt::Field::Absent,
            importance: rt::Field::Absent,
            new_participants: rt::Field::Absent,
            received_date_time: rt::Field::Absent,
            sender: rt::Field::Absent,
            attachments: rt::Field::Absent,
            extensions: rt::Field::Absent,
            in_reply_to: rt::Field::Absent,
            mentions: rt::Field::Absent,
            multi_value_extended_properties: rt::Field::Absent,
            single_value_extended_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for Post {
    const TYPE_NAME: &'static str = "microsoft.graph.post";
    const KEYS: &'static [&'static str] = &[
        "id",
        "categories",
        "changeKey",
        "createdDateTime",
        "lastModifiedDateTime",
        "body",
        "conversationId",
        "conversationThreadId",
        "from",
        "hasAttachments",
        "importance",
        "newParticipants",
        "receivedDateTime",
        "sender",
        "attachments",
        "extensions",
        "inReplyTo",
        "mentions",
        "multiValueExtendedProperties",
        "singleValueExtendedProperties",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"categories\":                   ",
        ",\"changeKey\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedDateTime\":         ",
        ",\"body\":                         ",
        ",\"conversationId\":               ",
        ",\"conversationThreadId\":         ",
        ",\"from\":                         ",
        ",\"hasAttachments\":               ",
        ",\"importance\":                   ",
        ",\"newParticipants\":              ",
        ",\"receivedDateTime\":             ",
        ",\"sender\":                       ",
        ",\"attachments\":                  ",
        ",\"extensions\":                   ",
        ",\"inReplyTo\":                    ",
        ",\"mentions\":                     ",
        ",\"multiValueExtendedProperties\": ",
        ",\"singleValueExtendedProperties\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.post\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "categories", &self.categories);
        v.field(2usize, "change_key", &self.change_key);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "body", &self.body);
        v.field(6usize, "conversation_id", &self.conversation_id);
        v.field(7usize, "conversation_thread_id", &self.conversation_thread_id);
        v.field(8usize, "from", &self.from);
        v.field(9usize, "has_attachments", &self.has_attachments);
        v.field(10usize, "importance", &self.importance);
        v.field(11usize, "new_participants", &self.new_participants);
        v.field(12usize, "received_date_time", &self.received_date_time);
        v.field(13usize, "sender", &self.sender);
        v.field(14usize, "attachments", &self.attachments);
        v.field(15usize, "extensions", &self.extensions);
        v.field(16usize, "in_reply_to", &self.in_reply_to);
        v.field(17usize, "mentions", &self.mentions);
        v.field(
            18usize,
            "multi_value_extended_properties",
            &self.multi_value_extended_properties,
        );
        v.field(
            19usize,
            "single_value_extended_properties",
            &self.single_value_extended_properties,
        );
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Post {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.categories.read_from(r),
            2usize => self.change_key.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.body.read_from(r),
            6usize => self.conversation_id.read_from(r),
            7usize => self.conversation_thread_id.read_from(r),
            8usize => self.from.read_from(r),
            9usize => self.has_attachments.read_from(r),
            10usize => self.importance.read_from(r),
            11usize => self.new_participants.read_from(r),
            12usize => self.received_date_time.read_from(r),
            13usize => self.sender.read_from(r),
            14usize => self.attachments.read_from(r),
            15usize => self.extensions.read_from(r),
            16usize => self.in_reply_to.read_from(r),
            17usize => self.mentions.read_from(r),
            18usize => self.multi_value_extended_properties.read_from(r),
            19usize => self.single_value_extended_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.categories);
        w.field(2usize, &self.change_key);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.body);
        w.field(6usize, &self.conversation_id);
        w.field(7usize, &self.conversation_thread_id);
        w.field(8usize, &self.from);
        w.field(9usize, &self.has_attachments);
        w.field(10usize, &self.importance);
        w.field(11usize, &self.new_participants);
        w.field(12usize, &self.received_date_time);
        w.field(13usize, &self.sender);
        w.field(14usize, &self.attachments);
        w.field(15usize, &self.extensions);
        w.field(16usize, &self.in_reply_to);
        w.field(17usize, &self.mentions);
        w.field(18usize, &self.multi_value_extended_properties);
        w.field(19usize, &self.single_value_extended_properties);
    }
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
rt::impl_object!(Post);
#[cfg(msgraph_beta_core)]
rt::impl_boxed!(Post);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    Post { with_id id : ::std::string::String; with_categories categories :
    ::std::vec::Vec < ::std::string::String >; with_change_key change_key :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_body body : crate ::beta::ItemBody;
    with_conversation_id conversation_id : ::std::string::String;
    with_conversation_thread_id conversation_thread_id : ::std::string::String; with_from
    from : crate ::beta::AnyRecipient; with_has_attachments has_attachments : bool;
    with_importance importance : crate ::beta::Importance; with_new_participants
    new_participants : ::std::vec::Vec < crate ::beta::AnyRecipient >;
    with_received_date_time received_date_time : rt::edm::DateTimeOffset; with_sender
    sender : crate ::beta::AnyRecipient; with_attachments attachments : ::std::vec::Vec <
    crate ::beta::AnyAttachment >; with_extensions extensions : ::std::vec::Vec < crate
    ::beta::AnyExtension >; with_in_reply_to in_reply_to : ::std::boxed::Box < crate
    ::beta::Post >; with_mentions mentions : ::std::vec::Vec < crate ::beta::Mention >;
    with_multi_value_extended_properties multi_value_extended_properties :
    ::std::vec::Vec < crate ::beta::MultiValueLegacyExtendedProperty >;
    with_single_value_extended_properties single_value_extended_properties :
    ::std::vec::Vec < crate ::beta::SingleValueLegacyExtendedProperty >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Post);
#[cfg(msgraph_beta_admin_or_search)]
/// CSDL: `microsoft.graph.postType`, enum type.
///
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PostType {
    /// `regular` (value 0).
    Regular,
    /// `quick` (value 1).
    Quick,
    /// `strategic` (value 2).
    Strategic,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::StrEnum for PostType {
    const TYPE_NAME: &'static str = "microsoft.graph.postType";
    const MEMBERS: &'static [&'static str] = &[
        "regular",
        "quick",
        "strategic",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "regular" => Self::Regular,
                "quick" => Self::Quick,
                "strategic" => Self::Strategic,
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
            Self::Regular => "regular",
            Self::Quick => "quick",
            Self::Strategic => "strategic",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_enum!(PostType);
#[cfg(msgraph_beta_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PostType);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.postalAddressType`, complex type.
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct PostalAddressType {
    /// CSDL: property `city`: `Edm.String`, nullable.
    pub city: rt::Field<::std::string::String>,
    /// CSDL: property `countryLetterCode`: `Edm.String`, nullable.
    pub country_letter_code: rt::Field<::std::string::String>,
    /// CSDL: property `postalCode`: `Edm.String`, nullable.
    pub postal_code: rt::Field<::std::string::String>,
    /// CSDL: property `state`: `Edm.String`, nullable.
    pub state: rt::Field<::std::string::String>,
    /// CSDL: property `street`: `Edm.String`, nullable.
    pub street: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for PostalAddressType {
    #[inline]
    fn default() -> Self {
        Self {
            city: rt::Field::Absent,
            country_letter_code: rt::Field::Absent,
            postal_code: rt::Field::Absent,
            state: rt::Field::Absent,
            street: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for PostalAddressType {
    const TYPE_NAME: &'static str = "microsoft.graph.postalAddressType";
    const KEYS: &'static [&'static str] = &[
        "city",
        "countryLetterCode",
        "postalCode",
        "state",
        "street",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"city\":                         ",
        ",\"countryLetterCode\":            ",
        ",\"postalCode\":                   ",
        ",\"state\":                        ",
        ",\"street\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.postalAddressType\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "city", &self.city);
        v.field(1usize, "country_letter_code", &self.country_letter_code);
        v.field(2usize, "postal_code", &self.postal_code);
        v.field(3usize, "state", &self.state);
        v.field(4usize, "street", &self.street);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for PostalAddressType {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.city.read_from(r),
            1usize => self.country_letter_code.read_from(r),
            2usize => self.postal_code.read_from(r),
            3usize => self.state.read_from(r),
            4usize => self.street.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.city);
        w.field(1usize, &self.country_letter_code);
        w.field(2usize, &self.postal_code);
        w.field(3usize, &self.state);
        w.field(4usize, &self.street);
    }
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
rt::impl_object!(PostalAddressType);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    PostalAddressType { with_city city : ::std::string::String; with_country_letter_code
    country_letter_code : ::std::string::String; with_postal_code postal_code :
    ::std::string::String; with_state state : ::std::string::String; with_street street :
    ::std::string::String; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PostalAddressType);
