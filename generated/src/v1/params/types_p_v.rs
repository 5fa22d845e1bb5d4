//! Items of `params` by the first letters of their types' names (`p_v`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core_or_print)]
/// Parameters of the action `microsoft.graph.abort`.
/// - `reason`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct PrintJobAbortParams {
    /// CSDL: property `reason`: `Edm.String`, nullable.
    pub reason: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_print)]
impl ::std::default::Default for PrintJobAbortParams {
    #[inline]
    fn default() -> Self {
        Self {
            reason: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::Object for PrintJobAbortParams {
    const TYPE_NAME: &'static str = "microsoft.graph.abort(microsoft.graph.printJob)";
    const KEYS: &'static [&'static str] = &["reason"];
    const KEYS_JSON: &'static [&'static str] = &[",\"reason\":"];
    const TAG: &'static str = "\"#microsoft.graph.abort(microsoft.graph.printJob)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "reason", &self.reason);
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::object::Members for PrintJobAbortParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.reason.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.reason);
    }
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
rt::impl_object!(PrintJobAbortParams);
#[cfg(msgraph_v1_core_or_print)]
rt::impl_setters!(PrintJobAbortParams { with_reason reason : ::std::string::String; });
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintJobAbortParams);
#[cfg(msgraph_v1_core_or_communications)]
/// Parameters of the action `microsoft.graph.clearPresence`.
/// - `sessionId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct PresenceClearPresenceParams {
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::default::Default for PresenceClearPresenceParams {
    #[inline]
    fn default() -> Self {
        Self {
            session_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::Object for PresenceClearPresenceParams {
    const TYPE_NAME: &'static str = "microsoft.graph.clearPresence(microsoft.graph.presence)";
    const KEYS: &'static [&'static str] = &["sessionId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"sessionId\":"];
    const TAG: &'static str = "\"#microsoft.graph.clearPresence(microsoft.graph.presence)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "session_id", &self.session_id);
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::object::Members for PresenceClearPresenceParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.session_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.session_id);
    }
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
rt::impl_object!(PresenceClearPresenceParams);
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_setters!(
    PresenceClearPresenceParams { with_session_id session_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(PresenceClearPresenceParams);
#[cfg(msgraph_v1_print_or_search)]
/// Parameters of the action `microsoft.graph.create`.
/// - `displayName`: `Edm.String`
/// - `manufacturer`: `Edm.String`
/// - `model`: `Edm.String`
/// - `physicalDeviceId`: `Edm.String`
/// - `hasPhysicalDevice`: `Edm.Boolean`
/// - `certificateSigningRequest`: `microsoft.graph.printCertificateSigningRequest`
/// - `connectorId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-print`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct PrinterCollectionCreateParams {
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `manufacturer`: `Edm.String`, not nullable.
    pub manufacturer: rt::Field<::std::string::String>,
    /// CSDL: property `model`: `Edm.String`, not nullable.
    pub model: rt::Field<::std::string::String>,
    /// CSDL: property `physicalDeviceId`: `Edm.String`, nullable.
    pub physical_device_id: rt::Field<::std::string::String>,
    /// CSDL: property `hasPhysicalDevice`: `Edm.Boolean`, nullable.
    pub has_physical_device: rt::Field<bool>,
    /// CSDL: property `certificateSigningRequest`: `microsoft.graph.printCertificateSigningRequest`, not nullable.
    pub certificate_signing_request: rt::Field<
        crate::v1::PrintCertificateSigningRequest,
    >,
    /// CSDL: property `connectorId`: `Edm.String`, nullable.
    pub connector_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_print_or_search)]
impl ::std::default::Default for PrinterCollectionCreateParams {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            manufacturer: rt::Field::Absent,
            model: rt::Field::Absent,
            physical_device_id: rt::Field::Absent,
            has_physical_device: rt::Field::Absent,
            certificate_signing_request: rt::Field::Absent,
            connector_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl rt::Object for PrinterCollectionCreateParams {
    const TYPE_NAME: &'static str = "microsoft.graph.create(Collection(microsoft.graph.printer))";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "manufacturer",
        "model",
        "physicalDeviceId",
        "hasPhysicalDevice",
        "certificateSigningRequest",
        "connectorId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":",
        ",\"manufacturer\":",
        ",\"model\":",
        ",\"physicalDeviceId\":",
        ",\"hasPhysicalDevice\":",
        ",\"certificateSigningRequest\":",
        ",\"connectorId\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.create(Collection(microsoft.graph.printer))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "display_name", &self.display_name);
        d.field(1usize, "manufacturer", &self.manufacturer);
        d.field(2usize, "model", &self.model);
        d.field(3usize, "physical_device_id", &self.physical_device_id);
        d.field(4usize, "has_physical_device", &self.has_physical_device);
        d.field(
            5usize,
            "certificate_signing_request",
            &self.certificate_signing_request,
        );
        d.field(6usize, "connector_id", &self.connector_id);
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl rt::object::Members for PrinterCollectionCreateParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.manufacturer.read_from(r),
            2usize => self.model.read_from(r),
            3usize => self.physical_device_id.read_from(r),
            4usize => self.has_physical_device.read_from(r),
            5usize => self.certificate_signing_request.read_from(r),
            6usize => self.connector_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.manufacturer);
        w.field(2usize, &self.model);
        w.field(3usize, &self.physical_device_id);
        w.field(4usize, &self.has_physical_device);
        w.field(5usize, &self.certificate_signing_request);
        w.field(6usize, &self.connector_id);
    }
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
rt::impl_object!(PrinterCollectionCreateParams);
#[cfg(msgraph_v1_print_or_search)]
rt::impl_setters!(
    PrinterCollectionCreateParams { with_display_name display_name :
    ::std::string::String; with_manufacturer manufacturer : ::std::string::String;
    with_model model : ::std::string::String; with_physical_device_id physical_device_id
    : ::std::string::String; with_has_physical_device has_physical_device : bool;
    with_certificate_signing_request certificate_signing_request : crate
    ::v1::PrintCertificateSigningRequest; with_connector_id connector_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrinterCollectionCreateParams);
#[cfg(msgraph_v1_core_or_print)]
/// Parameters of the action `microsoft.graph.createUploadSession`.
/// - `properties`: `microsoft.graph.printDocumentUploadProperties`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct PrintDocumentCreateUploadSessionParams {
    /// CSDL: property `properties`: `microsoft.graph.printDocumentUploadProperties`, not nullable.
    pub properties: rt::Field<crate::v1::PrintDocumentUploadProperties>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_print)]
impl ::std::default::Default for PrintDocumentCreateUploadSessionParams {
    #[inline]
    fn default() -> Self {
        Self {
            properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::Object for PrintDocumentCreateUploadSessionParams {
    const TYPE_NAME: &'static str = "microsoft.graph.createUploadSession(microsoft.graph.printDocument)";
    const KEYS: &'static [&'static str] = &["properties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"properties\":"];
    const TAG: &'static str = "\"#microsoft.graph.createUploadSession(microsoft.graph.printDocument)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "properties", &self.properties);
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::object::Members for PrintDocumentCreateUploadSessionParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.properties);
    }
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
rt::impl_object!(PrintDocumentCreateUploadSessionParams);
#[cfg(msgraph_v1_core_or_print)]
rt::impl_setters!(
    PrintDocumentCreateUploadSessionParams { with_properties properties : crate
    ::v1::PrintDocumentUploadProperties; }
);
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintDocumentCreateUploadSessionParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.forward`.
/// - `Comment`: `Edm.String`
/// - `ToRecipients`: `Collection(microsoft.graph.recipient)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct PostForwardParams {
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// CSDL: property `ToRecipients`: `Collection(microsoft.graph.recipient)`, not nullable.
    pub to_recipients: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for PostForwardParams {
    #[inline]
    fn default() -> Self {
        Self {
            comment: rt::Field::Absent,
            to_recipients: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for PostForwardParams {
    const TYPE_NAME: &'static str = "microsoft.graph.forward(microsoft.graph.post)";
    const KEYS: &'static [&'static str] = &["Comment", "ToRecipients"];
    const KEYS_JSON: &'static [&'static str] = &[",\"Comment\":", ",\"ToRecipients\":"];
    const TAG: &'static str = "\"#microsoft.graph.forward(microsoft.graph.post)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "comment", &self.comment);
        d.field(1usize, "to_recipients", &self.to_recipients);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for PostForwardParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.comment.read_from(r),
            1usize => self.to_recipients.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.comment);
        w.field(1usize, &self.to_recipients);
    }
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
rt::impl_object!(PostForwardParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    PostForwardParams { with_comment comment : ::std::string::String; with_to_recipients
    to_recipients : ::std::vec::Vec < crate ::v1::AnyRecipient >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PostForwardParams);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
/// Parameters of the action `microsoft.graph.grant`.
/// - `roles`: `Collection(Edm.String)`
/// - `recipients`: `Collection(microsoft.graph.driveRecipient)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct PermissionGrantParams {
    /// CSDL: property `roles`: `Collection(Edm.String)`, nullable.
    pub roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `recipients`: `Collection(microsoft.graph.driveRecipient)`, nullable.
    pub recipients: rt::Field<::std::vec::Vec<crate::v1::DriveRecipient>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl ::std::default::Default for PermissionGrantParams {
    #[inline]
    fn default() -> Self {
        Self {
            roles: rt::Field::Absent,
            recipients: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::Object for PermissionGrantParams {
    const TYPE_NAME: &'static str = "microsoft.graph.grant(microsoft.graph.permission)";
    const KEYS: &'static [&'static str] = &["roles", "recipients"];
    const KEYS_JSON: &'static [&'static str] = &[",\"roles\":", ",\"recipients\":"];
    const TAG: &'static str = "\"#microsoft.graph.grant(microsoft.graph.permission)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "roles", &self.roles);
        d.field(1usize, "recipients", &self.recipients);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::object::Members for PermissionGrantParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.roles.read_from(r),
            1usize => self.recipients.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.roles);
        w.field(1usize, &self.recipients);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_object!(PermissionGrantParams);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_setters!(
    PermissionGrantParams { with_roles roles : ::std::vec::Vec < ::std::string::String >;
    with_recipients recipients : ::std::vec::Vec < crate ::v1::DriveRecipient >; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(PermissionGrantParams);
#[cfg(msgraph_v1_communications_or_search)]
/// Parameters of the action `microsoft.graph.invite`.
/// - `participants`: `Collection(microsoft.graph.invitationParticipantInfo)`
/// - `clientContext`: `Edm.String`
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct ParticipantCollectionInviteParams {
    /// CSDL: property `participants`: `Collection(microsoft.graph.invitationParticipantInfo)`, not nullable.
    pub participants: rt::Field<::std::vec::Vec<crate::v1::InvitationParticipantInfo>>,
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for ParticipantCollectionInviteParams {
    #[inline]
    fn default() -> Self {
        Self {
            participants: rt::Field::Absent,
            client_context: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for ParticipantCollectionInviteParams {
    const TYPE_NAME: &'static str = "microsoft.graph.invite(Collection(microsoft.graph.participant))";
    const KEYS: &'static [&'static str] = &["participants", "clientContext"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"participants\":",
        ",\"clientContext\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.invite(Collection(microsoft.graph.participant))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "participants", &self.participants);
        d.field(1usize, "client_context", &self.client_context);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for ParticipantCollectionInviteParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.participants.read_from(r),
            1usize => self.client_context.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.participants);
        w.field(1usize, &self.client_context);
    }
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
rt::impl_object!(ParticipantCollectionInviteParams);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    ParticipantCollectionInviteParams { with_participants participants : ::std::vec::Vec
    < crate ::v1::InvitationParticipantInfo >; with_client_context client_context :
    ::std::string::String; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ParticipantCollectionInviteParams);
#[cfg(msgraph_v1_communications_or_search)]
/// Parameters of the action `microsoft.graph.mute`.
/// - `clientContext`: `Edm.String`
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct ParticipantMuteParams {
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for ParticipantMuteParams {
    #[inline]
    fn default() -> Self {
        Self {
            client_context: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for ParticipantMuteParams {
    const TYPE_NAME: &'static str = "microsoft.graph.mute(microsoft.graph.participant)";
    const KEYS: &'static [&'static str] = &["clientContext"];
    const KEYS_JSON: &'static [&'static str] = &[",\"clientContext\":"];
    const TAG: &'static str = "\"#microsoft.graph.mute(microsoft.graph.participant)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "client_context", &self.client_context);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for ParticipantMuteParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.client_context.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.client_context);
    }
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
rt::impl_object!(ParticipantMuteParams);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    ParticipantMuteParams { with_client_context client_context : ::std::string::String; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ParticipantMuteParams);
#[cfg(msgraph_v1_core_or_print)]
/// Parameters of the action `microsoft.graph.redirect`.
/// - `destinationPrinterId`: `Edm.String`
/// - `configuration`: `microsoft.graph.printJobConfiguration`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct PrintJobRedirectParams {
    /// CSDL: property `destinationPrinterId`: `Edm.String`, not nullable.
    pub destination_printer_id: rt::Field<::std::string::String>,
    /// CSDL: property `configuration`: `microsoft.graph.printJobConfiguration`, nullable.
    pub configuration: rt::Field<crate::v1::PrintJobConfiguration>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_print)]
impl ::std::default::Default for PrintJobRedirectParams {
    #[inline]
    fn default() -> Self {
        Self {
            destination_printer_id: rt::Field::Absent,
            configuration: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::Object for PrintJobRedirectParams {
    const TYPE_NAME: &'static str = "microsoft.graph.redirect(microsoft.graph.printJob)";
    const KEYS: &'static [&'static str] = &["destinationPrinterId", "configuration"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"destinationPrinterId\":",
        ",\"configuration\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.redirect(microsoft.graph.printJob)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "destination_printer_id", &self.destination_printer_id);
        d.field(1usize, "configuration", &self.configuration);
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::object::Members for PrintJobRedirectParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.destination_printer_id.read_from(r),
            1usize => self.configuration.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.destination_printer_id);
        w.field(1usize, &self.configuration);
    }
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
rt::impl_object!(PrintJobRedirectParams);
#[cfg(msgraph_v1_core_or_print)]
rt::impl_setters!(
    PrintJobRedirectParams { with_destination_printer_id destination_printer_id :
    ::std::string::String; with_configuration configuration : crate
    ::v1::PrintJobConfiguration; }
);
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintJobRedirectParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.reply`.
/// - `Post`: `microsoft.graph.post`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct PostReplyParams {
    /// CSDL: property `Post`: `microsoft.graph.post`, not nullable.
    pub post: rt::Field<crate::v1::Post>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for PostReplyParams {
    #[inline]
    fn default() -> Self {
        Self {
            post: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for PostReplyParams {
    const TYPE_NAME: &'static str = "microsoft.graph.reply(microsoft.graph.post)";
    const KEYS: &'static [&'static str] = &["Post"];
    const KEYS_JSON: &'static [&'static str] = &[",\"Post\":"];
    const TAG: &'static str = "\"#microsoft.graph.reply(microsoft.graph.post)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "post", &self.post);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for PostReplyParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.post.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.post);
    }
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
rt::impl_object!(PostReplyParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(PostReplyParams { with_post post : crate ::v1::Post; });
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PostReplyParams);
#[cfg(msgraph_v1_core_or_communications)]
/// Parameters of the action `microsoft.graph.setAutomaticLocation`.
/// - `workLocationType`: `microsoft.graph.workLocationType`
/// - `placeId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct PresenceSetAutomaticLocationParams {
    /// CSDL: property `workLocationType`: `microsoft.graph.workLocationType`, not nullable.
    pub work_location_type: rt::Field<crate::v1::WorkLocationType>,
    /// CSDL: property `placeId`: `Edm.String`, nullable.
    pub place_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::default::Default for PresenceSetAutomaticLocationParams {
    #[inline]
    fn default() -> Self {
        Self {
            work_location_type: rt::Field::Absent,
            place_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::Object for PresenceSetAutomaticLocationParams {
    const TYPE_NAME: &'static str = "microsoft.graph.setAutomaticLocation(microsoft.graph.presence)";
    const KEYS: &'static [&'static str] = &["workLocationType", "placeId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"workLocationType\":",
        ",\"placeId\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.setAutomaticLocation(microsoft.graph.presence)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "work_location_type", &self.work_location_type);
        d.field(1usize, "place_id", &self.place_id);
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::object::Members for PresenceSetAutomaticLocationParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.work_location_type.read_from(r),
            1usize => self.place_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.work_location_type);
        w.field(1usize, &self.place_id);
    }
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
rt::impl_object!(PresenceSetAutomaticLocationParams);
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_setters!(
    PresenceSetAutomaticLocationParams { with_work_location_type work_location_type :
    crate ::v1::WorkLocationType; with_place_id place_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(PresenceSetAutomaticLocationParams);
#[cfg(msgraph_v1_core_or_communications)]
/// Parameters of the action `microsoft.graph.setManualLocation`.
/// - `workLocationType`: `microsoft.graph.workLocationType`
/// - `placeId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct PresenceSetManualLocationParams {
    /// CSDL: property `workLocationType`: `microsoft.graph.workLocationType`, not nullable.
    pub work_location_type: rt::Field<crate::v1::WorkLocationType>,
    /// CSDL: property `placeId`: `Edm.String`, nullable.
    pub place_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::default::Default for PresenceSetManualLocationParams {
    #[inline]
    fn default() -> Self {
        Self {
            work_location_type: rt::Field::Absent,
            place_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::Object for PresenceSetManualLocationParams {
    const TYPE_NAME: &'static str = "microsoft.graph.setManualLocation(microsoft.graph.presence)";
    const KEYS: &'static [&'static str] = &["workLocationType", "placeId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"workLocationType\":",
        ",\"placeId\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.setManualLocation(microsoft.graph.presence)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "work_location_type", &self.work_location_type);
        d.field(1usize, "place_id", &self.place_id);
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::object::Members for PresenceSetManualLocationParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.work_location_type.read_from(r),
            1usize => self.place_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.work_location_type);
        w.field(1usize, &self.place_id);
    }
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
rt::impl_object!(PresenceSetManualLocationParams);
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_setters!(
    PresenceSetManualLocationParams { with_work_location_type work_location_type : crate
    ::v1::WorkLocationType; with_place_id place_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(PresenceSetManualLocationParams);
#[cfg(msgraph_v1_core_or_communications)]
/// Parameters of the action `microsoft.graph.setPresence`.
/// - `sessionId`: `Edm.String`
/// - `availability`: `Edm.String`
/// - `activity`: `Edm.String`
/// - `expirationDuration`: `Edm.Duration`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct PresenceSetPresenceParams {
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `availability`: `Edm.String`, not nullable.
    pub availability: rt::Field<::std::string::String>,
    /// CSDL: property `activity`: `Edm.String`, not nullable.
    pub activity: rt::Field<::std::string::String>,
    /// CSDL: property `expirationDuration`: `Edm.Duration`, nullable.
    pub expiration_duration: rt::Field<rt::edm::Duration>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::default::Default for PresenceSetPresenceParams {
    #[inline]
    fn default() -> Self {
        Self {
            session_id: rt::Field::Absent,
            availability: rt::Field::Absent,
            activity: rt::Field::Absent,
            expiration_duration: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::Object for PresenceSetPresenceParams {
    const TYPE_NAME: &'static str = "microsoft.graph.setPresence(microsoft.graph.presence)";
    const KEYS: &'static [&'static str] = &[
        "sessionId",
        "availability",
        "activity",
        "expirationDuration",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"sessionId\":",
        ",\"availability\":",
        ",\"activity\":",
        ",\"expirationDuration\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.setPresence(microsoft.graph.presence)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "session_id", &self.session_id);
        d.field(1usize, "availability", &self.availability);
        d.field(2usize, "activity", &self.activity);
        d.field(3usize, "expiration_duration", &self.expiration_duration);
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::object::Members for PresenceSetPresenceParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.session_id.read_from(r),
            1usize => self.availability.read_from(r),
            2usize => self.activity.read_from(r),
            3usize => self.expiration_duration.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.session_id);
        w.field(1usize, &self.availability);
        w.field(2usize, &self.activity);
        w.field(3usize, &self.expiration_duration);
    }
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
rt::impl_object!(PresenceSetPresenceParams);
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_setters!(
    PresenceSetPresenceParams { with_session_id session_id : ::std::string::String;
    with_availability availability : ::std::string::String; with_activity activity :
    ::std::string::String; with_expiration_duration expiration_duration :
    rt::edm::Duration; }
);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(PresenceSetPresenceParams);
#[cfg(msgraph_v1_core_or_communications)]
/// Parameters of the action `microsoft.graph.setStatusMessage`.
/// - `statusMessage`: `microsoft.graph.presenceStatusMessage`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct PresenceSetStatusMessageParams {
    /// CSDL: property `statusMessage`: `microsoft.graph.presenceStatusMessage`, nullable.
    pub status_message: rt::Field<crate::v1::PresenceStatusMessage>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::default::Default for PresenceSetStatusMessageParams {
    #[inline]
    fn default() -> Self {
        Self {
            status_message: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::Object for PresenceSetStatusMessageParams {
    const TYPE_NAME: &'static str = "microsoft.graph.setStatusMessage(microsoft.graph.presence)";
    const KEYS: &'static [&'static str] = &["statusMessage"];
    const KEYS_JSON: &'static [&'static str] = &[",\"statusMessage\":"];
    const TAG: &'static str = "\"#microsoft.graph.setStatusMessage(microsoft.graph.presence)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "status_message", &self.status_message);
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::object::Members for PresenceSetStatusMessageParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.status_message.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.status_message);
    }
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
rt::impl_object!(PresenceSetStatusMessageParams);
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_setters!(
    PresenceSetStatusMessageParams { with_status_message status_message : crate
    ::v1::PresenceStatusMessage; }
);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(PresenceSetStatusMessageParams);
#[cfg(msgraph_v1_core_or_communications)]
/// Parameters of the action `microsoft.graph.setUserPreferredPresence`.
/// - `availability`: `Edm.String`
/// - `activity`: `Edm.String`
/// - `expirationDuration`: `Edm.Duration`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct PresenceSetUserPreferredPresenceParams {
    /// CSDL: property `availability`: `Edm.String`, not nullable.
    pub availability: rt::Field<::std::string::String>,
    /// CSDL: property `activity`: `Edm.String`, not nullable.
    pub activity: rt::Field<::std::string::String>,
    /// CSDL: property `expirationDuration`: `Edm.Duration`, nullable.
    pub expiration_duration: rt::Field<rt::edm::Duration>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::default::Default for PresenceSetUserPreferredPresenceParams {
    #[inline]
    fn default() -> Self {
        Self {
            availability: rt::Field::Absent,
            activity: rt::Field::Absent,
            expiration_duration: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::Object for PresenceSetUserPreferredPresenceParams {
    const TYPE_NAME: &'static str = "microsoft.graph.setUserPreferredPresence(microsoft.graph.presence)";
    const KEYS: &'static [&'static str] = &[
        "availability",
        "activity",
        "expirationDuration",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"availability\":",
        ",\"activity\":",
        ",\"expirationDuration\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.setUserPreferredPresence(microsoft.graph.presence)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "availability", &self.availability);
        d.field(1usize, "activity", &self.activity);
        d.field(2usize, "expiration_duration", &self.expiration_duration);
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::object::Members for PresenceSetUserPreferredPresenceParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.availability.read_from(r),
            1usize => self.activity.read_from(r),
            2usize => self.expiration_duration.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.availability);
        w.field(1usize, &self.activity);
        w.field(2usize, &self.expiration_duration);
    }
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
rt::impl_object!(PresenceSetUserPreferredPresenceParams);
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_setters!(
    PresenceSetUserPreferredPresenceParams { with_availability availability :
    ::std::string::String; with_activity activity : ::std::string::String;
    with_expiration_duration expiration_duration : rt::edm::Duration; }
);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(PresenceSetUserPreferredPresenceParams);
#[cfg(msgraph_v1_communications_or_search)]
/// Parameters of the action `microsoft.graph.startHoldMusic`.
/// - `customPrompt`: `microsoft.graph.prompt`
/// - `clientContext`: `Edm.String`
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct ParticipantStartHoldMusicParams {
    /// CSDL: property `customPrompt`: `microsoft.graph.prompt`, nullable.
    pub custom_prompt: rt::Field<crate::v1::AnyPrompt>,
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for ParticipantStartHoldMusicParams {
    #[inline]
    fn default() -> Self {
        Self {
            custom_prompt: rt::Field::Absent,
            client_context: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for ParticipantStartHoldMusicParams {
    const TYPE_NAME: &'static str = "microsoft.graph.startHoldMusic(microsoft.graph.participant)";
    const KEYS: &'static [&'static str] = &["customPrompt", "clientContext"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"customPrompt\":",
        ",\"clientContext\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.startHoldMusic(microsoft.graph.participant)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "custom_prompt", &self.custom_prompt);
        d.field(1usize, "client_context", &self.client_context);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for ParticipantStartHoldMusicParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.custom_prompt.read_from(r),
            1usize => self.client_context.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.custom_prompt);
        w.field(1usize, &self.client_context);
    }
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
rt::impl_object!(ParticipantStartHoldMusicParams);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    ParticipantStartHoldMusicParams { with_custom_prompt custom_prompt : crate
    ::v1::AnyPrompt; with_client_context client_context : ::std::string::String; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ParticipantStartHoldMusicParams);
#[cfg(msgraph_v1_communications_or_search)]
/// Parameters of the action `microsoft.graph.stopHoldMusic`.
/// - `clientContext`: `Edm.String`
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct ParticipantStopHoldMusicParams {
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for ParticipantStopHoldMusicParams {
    #[inline]
    fn default() -> Self {
        Self {
            client_context: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for ParticipantStopHoldMusicParams {
    const TYPE_NAME: &'static str = "microsoft.graph.stopHoldMusic(microsoft.graph.participant)";
    const KEYS: &'static [&'static str] = &["clientContext"];
    const KEYS_JSON: &'static [&'static str] = &[",\"clientContext\":"];
    const TAG: &'static str = "\"#microsoft.graph.stopHoldMusic(microsoft.graph.participant)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "client_context", &self.client_context);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for ParticipantStopHoldMusicParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.client_context.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.client_context);
    }
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
rt::impl_object!(ParticipantStopHoldMusicParams);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    ParticipantStopHoldMusicParams { with_client_context client_context :
    ::std::string::String; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ParticipantStopHoldMusicParams);
#[cfg(msgraph_v1_identity_protection_or_search)]
/// Parameters of the action `microsoft.graph.confirmCompromised`.
/// - `servicePrincipalIds`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct RiskyServicePrincipalCollectionConfirmCompromisedParams {
    /// CSDL: property `servicePrincipalIds`: `Collection(Edm.String)`, nullable.
    pub service_principal_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl ::std::default::Default
for RiskyServicePrincipalCollectionConfirmCompromisedParams {
    #[inline]
    fn default() -> Self {
        Self {
            service_principal_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::Object for RiskyServicePrincipalCollectionConfirmCompromisedParams {
    const TYPE_NAME: &'static str = "microsoft.graph.confirmCompromised(Collection(microsoft.graph.riskyServicePrincipal))";
    const KEYS: &'static [&'static str] = &["servicePrincipalIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"servicePrincipalIds\":"];
    const TAG: &'static str = "\"#microsoft.graph.confirmCompromised(Collection(microsoft.graph.riskyServicePrincipal))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "service_principal_ids", &self.service_principal_ids);
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::object::Members for RiskyServicePrincipalCollectionConfirmCompromisedParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.service_principal_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.service_principal_ids);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_object!(RiskyServicePrincipalCollectionConfirmCompromisedParams);
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_setters!(
    RiskyServicePrincipalCollectionConfirmCompromisedParams { with_service_principal_ids
    service_principal_ids : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_identity_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RiskyServicePrincipalCollectionConfirmCompromisedParams);
#[cfg(msgraph_v1_identity_protection_or_search)]
/// Parameters of the action `microsoft.graph.confirmCompromised`.
/// - `userIds`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct RiskyUserCollectionConfirmCompromisedParams {
    /// CSDL: property `userIds`: `Collection(Edm.String)`, nullable.
    pub user_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl ::std::default::Default for RiskyUserCollectionConfirmCompromisedParams {
    #[inline]
    fn default() -> Self {
        Self {
            user_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::Object for RiskyUserCollectionConfirmCompromisedParams {
    const TYPE_NAME: &'static str = "microsoft.graph.confirmCompromised(Collection(microsoft.graph.riskyUser))";
    const KEYS: &'static [&'static str] = &["userIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"userIds\":"];
    const TAG: &'static str = "\"#microsoft.graph.confirmCompromised(Collection(microsoft.graph.riskyUser))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "user_ids", &self.user_ids);
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::object::Members for RiskyUserCollectionConfirmCompromisedParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.user_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.user_ids);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_object!(RiskyUserCollectionConfirmCompromisedParams);
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_setters!(
    RiskyUserCollectionConfirmCompromisedParams { with_user_ids user_ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_identity_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RiskyUserCollectionConfirmCompromisedParams);
#[cfg(msgraph_v1_identity_protection_or_search)]
/// Parameters of the action `microsoft.graph.confirmSafe`.
/// - `userIds`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct RiskyUserCollectionConfirmSafeParams {
    /// CSDL: property `userIds`: `Collection(Edm.String)`, nullable.
    pub user_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl ::std::default::Default for RiskyUserCollectionConfirmSafeParams {
    #[inline]
    fn default() -> Self {
        Self {
            user_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::Object for RiskyUserCollectionConfirmSafeParams {
    const TYPE_NAME: &'static str = "microsoft.graph.confirmSafe(Collection(microsoft.graph.riskyUser))";
    const KEYS: &'static [&'static str] = &["userIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"userIds\":"];
    const TAG: &'static str = "\"#microsoft.graph.confirmSafe(Collection(microsoft.graph.riskyUser))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "user_ids", &self.user_ids);
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::object::Members for RiskyUserCollectionConfirmSafeParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.user_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.user_ids);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_object!(RiskyUserCollectionConfirmSafeParams);
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_setters!(
    RiskyUserCollectionConfirmSafeParams { with_user_ids user_ids : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_identity_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RiskyUserCollectionConfirmSafeParams);
#[cfg(msgraph_v1_identity_protection_or_search)]
/// Parameters of the action `microsoft.graph.dismiss`.
/// - `servicePrincipalIds`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct RiskyServicePrincipalCollectionDismissParams {
    /// CSDL: property `servicePrincipalIds`: `Collection(Edm.String)`, nullable.
    pub service_principal_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl ::std::default::Default for RiskyServicePrincipalCollectionDismissParams {
    #[inline]
    fn default() -> Self {
        Self {
            service_principal_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::Object for RiskyServicePrincipalCollectionDismissParams {
    const TYPE_NAME: &'static str = "microsoft.graph.dismiss(Collection(microsoft.graph.riskyServicePrincipal))";
    const KEYS: &'static [&'static str] = &["servicePrincipalIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"servicePrincipalIds\":"];
    const TAG: &'static str = "\"#microsoft.graph.dismiss(Collection(microsoft.graph.riskyServicePrincipal))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "service_principal_ids", &self.service_principal_ids);
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::object::Members for RiskyServicePrincipalCollectionDismissParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.service_principal_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.service_principal_ids);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_object!(RiskyServicePrincipalCollectionDismissParams);
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_setters!(
    RiskyServicePrincipalCollectionDismissParams { with_service_principal_ids
    service_principal_ids : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_identity_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RiskyServicePrincipalCollectionDismissParams);
#[cfg(msgraph_v1_identity_protection_or_search)]
/// Parameters of the action `microsoft.graph.dismiss`.
/// - `userIds`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct RiskyUserCollectionDismissParams {
    /// CSDL: property `userIds`: `Collection(Edm.String)`, nullable.
    pub user_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl ::std::default::Default for RiskyUserCollectionDismissParams {
    #[inline]
    fn default() -> Self {
        Self {
            user_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::Object for RiskyUserCollectionDismissParams {
    const TYPE_NAME: &'static str = "microsoft.graph.dismiss(Collection(microsoft.graph.riskyUser))";
    const KEYS: &'static [&'static str] = &["userIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"userIds\":"];
    const TAG: &'static str = "\"#microsoft.graph.dismiss(Collection(microsoft.graph.riskyUser))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "user_ids", &self.user_ids);
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::object::Members for RiskyUserCollectionDismissParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.user_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.user_ids);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_object!(RiskyUserCollectionDismissParams);
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_setters!(
    RiskyUserCollectionDismissParams { with_user_ids user_ids : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_identity_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RiskyUserCollectionDismissParams);
#[cfg(msgraph_v1_search_or_solutions)]
/// Parameters of the action `microsoft.graph.search`.
/// - `protectionUnitIds`: `Collection(Edm.String)`
/// - `protectionTimePeriod`: `microsoft.graph.timePeriod`
/// - `restorePointPreference`: `microsoft.graph.restorePointPreference`
/// - `tags`: `microsoft.graph.restorePointTags`
/// - `artifactQuery`: `microsoft.graph.artifactQuery`, optional
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq)]
pub struct RestorePointCollectionSearchParams {
    /// CSDL: property `protectionUnitIds`: `Collection(Edm.String)`, nullable.
    pub protection_unit_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `protectionTimePeriod`: `microsoft.graph.timePeriod`, nullable.
    pub protection_time_period: rt::Field<crate::v1::TimePeriod>,
    /// CSDL: property `restorePointPreference`: `microsoft.graph.restorePointPreference`, nullable.
    pub restore_point_preference: rt::Field<crate::v1::RestorePointPreference>,
    /// CSDL: property `tags`: `microsoft.graph.restorePointTags`, nullable.
    pub tags: rt::Field<rt::Flags<crate::v1::RestorePointTags>>,
    /// CSDL: property `artifactQuery`: `microsoft.graph.artifactQuery`, nullable.
    pub artifact_query: rt::Field<crate::v1::ArtifactQuery>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for RestorePointCollectionSearchParams {
    #[inline]
    fn default() -> Self {
        Self {
            protection_unit_ids: rt::Field::Absent,
            protection_time_period: rt::Field::Absent,
            restore_point_preference: rt::Field::Absent,
            tags: rt::Field::Absent,
            artifact_query: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for RestorePointCollectionSearchParams {
    const TYPE_NAME: &'static str = "microsoft.graph.search(Collection(microsoft.graph.restorePoint))";
    const KEYS: &'static [&'static str] = &[
        "protectionUnitIds",
        "protectionTimePeriod",
        "restorePointPreference",
        "tags",
        "artifactQuery",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"protectionUnitIds\":",
        ",\"protectionTimePeriod\":",
        ",\"restorePointPreference\":",
        ",\"tags\":",
        ",\"artifactQuery\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.search(Collection(microsoft.graph.restorePoint))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "protection_unit_ids", &self.protection_unit_ids);
        d.field(1usize, "protection_time_period", &self.protection_time_period);
        d.field(2usize, "restore_point_preference", &self.restore_point_preference);
        d.field(3usize, "tags", &self.tags);
        d.field(4usize, "artifact_query", &self.artifact_query);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for RestorePointCollectionSearchParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.protection_unit_ids.read_from(r),
            1usize => self.protection_time_period.read_from(r),
            2usize => self.restore_point_preference.read_from(r),
            3usize => self.tags.read_from(r),
            4usize => self.artifact_query.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.protection_unit_ids);
        w.field(1usize, &self.protection_time_period);
        w.field(2usize, &self.restore_point_preference);
        w.field(3usize, &self.tags);
        w.field(4usize, &self.artifact_query);
    }
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
rt::impl_object!(RestorePointCollectionSearchParams);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    RestorePointCollectionSearchParams { with_protection_unit_ids protection_unit_ids :
    ::std::vec::Vec < ::std::string::String >; with_protection_time_period
    protection_time_period : crate ::v1::TimePeriod; with_restore_point_preference
    restore_point_preference : crate ::v1::RestorePointPreference; with_tags tags :
    rt::Flags < crate ::v1::RestorePointTags >; with_artifact_query artifact_query :
    crate ::v1::ArtifactQuery; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(RestorePointCollectionSearchParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.acquireAccessToken`.
/// - `credentials`: `Collection(microsoft.graph.synchronizationSecretKeyStringValuePair)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct SynchronizationAcquireAccessTokenParams {
    /// CSDL: property `credentials`: `Collection(microsoft.graph.synchronizationSecretKeyStringValuePair)`, nullable.
    pub credentials: rt::Field<
        ::std::vec::Vec<crate::v1::SynchronizationSecretKeyStringValuePair>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SynchronizationAcquireAccessTokenParams {
    #[inline]
    fn default() -> Self {
        Self {
            credentials: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SynchronizationAcquireAccessTokenParams {
    const TYPE_NAME: &'static str = "microsoft.graph.acquireAccessToken(microsoft.graph.synchronization)";
    const KEYS: &'static [&'static str] = &["credentials"];
    const KEYS_JSON: &'static [&'static str] = &[",\"credentials\":"];
    const TAG: &'static str = "\"#microsoft.graph.acquireAccessToken(microsoft.graph.synchronization)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "credentials", &self.credentials);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SynchronizationAcquireAccessTokenParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.credentials.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.credentials);
    }
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
rt::impl_object!(SynchronizationAcquireAccessTokenParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SynchronizationAcquireAccessTokenParams { with_credentials credentials :
    ::std::vec::Vec < crate ::v1::SynchronizationSecretKeyStringValuePair >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationAcquireAccessTokenParams);
#[cfg(msgraph_v1_search_or_solutions)]
/// Parameters of the action `microsoft.graph.activate`.
/// - `effectiveDateTime`: `Edm.DateTimeOffset`
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq)]
pub struct ServiceAppActivateParams {
    /// CSDL: property `effectiveDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub effective_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for ServiceAppActivateParams {
    #[inline]
    fn default() -> Self {
        Self {
            effective_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for ServiceAppActivateParams {
    const TYPE_NAME: &'static str = "microsoft.graph.activate(microsoft.graph.serviceApp)";
    const KEYS: &'static [&'static str] = &["effectiveDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[",\"effectiveDateTime\":"];
    const TAG: &'static str = "\"#microsoft.graph.activate(microsoft.graph.serviceApp)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "effective_date_time", &self.effective_date_time);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for ServiceAppActivateParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.effective_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.effective_date_time);
    }
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
rt::impl_object!(ServiceAppActivateParams);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    ServiceAppActivateParams { with_effective_date_time effective_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceAppActivateParams);
#[cfg(msgraph_v1_core_or_sites)]
/// Parameters of the action `microsoft.graph.add`.
/// - `value`: `Collection(microsoft.graph.site)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct SiteCollectionAddParams {
    /// CSDL: property `value`: `Collection(microsoft.graph.site)`, nullable.
    pub value: rt::Field<::std::vec::Vec<crate::v1::Site>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for SiteCollectionAddParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for SiteCollectionAddParams {
    const TYPE_NAME: &'static str = "microsoft.graph.add(Collection(microsoft.graph.site))";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":"];
    const TAG: &'static str = "\"#microsoft.graph.add(Collection(microsoft.graph.site))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for SiteCollectionAddParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.value);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_object!(SiteCollectionAddParams);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    SiteCollectionAddParams { with_value value : ::std::vec::Vec < crate ::v1::Site >; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(SiteCollectionAddParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.addKey`.
/// - `keyCredential`: `microsoft.graph.keyCredential`
/// - `passwordCredential`: `microsoft.graph.passwordCredential`
/// - `proof`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct ServicePrincipalAddKeyParams {
    /// CSDL: property `keyCredential`: `microsoft.graph.keyCredential`, not nullable.
    pub key_credential: rt::Field<crate::v1::KeyCredential>,
    /// CSDL: property `passwordCredential`: `microsoft.graph.passwordCredential`, nullable.
    pub password_credential: rt::Field<crate::v1::PasswordCredential>,
    /// CSDL: property `proof`: `Edm.String`, not nullable.
    pub proof: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ServicePrincipalAddKeyParams {
    #[inline]
    fn default() -> Self {
        Self {
            key_credential: rt::Field::Absent,
            password_credential: rt::Field::Absent,
            proof: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ServicePrincipalAddKeyParams {
    const TYPE_NAME: &'static str = "microsoft.graph.addKey(microsoft.graph.servicePrincipal)";
    const KEYS: &'static [&'static str] = &[
        "keyCredential",
        "passwordCredential",
        "proof",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"keyCredential\":",
        ",\"passwordCredential\":",
        ",\"proof\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.addKey(microsoft.graph.servicePrincipal)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "key_credential", &self.key_credential);
        d.field(1usize, "password_credential", &self.password_credential);
        d.field(2usize, "proof", &self.proof);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ServicePrincipalAddKeyParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.key_credential.read_from(r),
            1usize => self.password_credential.read_from(r),
            2usize => self.proof.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.key_credential);
        w.field(1usize, &self.password_credential);
        w.field(2usize, &self.proof);
    }
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
rt::impl_object!(ServicePrincipalAddKeyParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ServicePrincipalAddKeyParams { with_key_credential key_credential : crate
    ::v1::KeyCredential; with_password_credential password_credential : crate
    ::v1::PasswordCredential; with_proof proof : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServicePrincipalAddKeyParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.addPassword`.
/// - `passwordCredential`: `microsoft.graph.passwordCredential`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct ServicePrincipalAddPasswordParams {
    /// CSDL: property `passwordCredential`: `microsoft.graph.passwordCredential`, nullable.
    pub password_credential: rt::Field<crate::v1::PasswordCredential>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ServicePrincipalAddPasswordParams {
    #[inline]
    fn default() -> Self {
        Self {
            password_credential: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ServicePrincipalAddPasswordParams {
    const TYPE_NAME: &'static str = "microsoft.graph.addPassword(microsoft.graph.servicePrincipal)";
    const KEYS: &'static [&'static str] = &["passwordCredential"];
    const KEYS_JSON: &'static [&'static str] = &[",\"passwordCredential\":"];
    const TAG: &'static str = "\"#microsoft.graph.addPassword(microsoft.graph.servicePrincipal)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "password_credential", &self.password_credential);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ServicePrincipalAddPasswordParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.password_credential.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.password_credential);
    }
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
rt::impl_object!(ServicePrincipalAddPasswordParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ServicePrincipalAddPasswordParams { with_password_credential password_credential :
    crate ::v1::PasswordCredential; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServicePrincipalAddPasswordParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.addTokenSigningCertificate`.
/// - `displayName`: `Edm.String`
/// - `endDateTime`: `Edm.DateTimeOffset`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct ServicePrincipalAddTokenSigningCertificateParams {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ServicePrincipalAddTokenSigningCertificateParams {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ServicePrincipalAddTokenSigningCertificateParams {
    const TYPE_NAME: &'static str = "microsoft.graph.addTokenSigningCertificate(microsoft.graph.servicePrincipal)";
    const KEYS: &'static [&'static str] = &["displayName", "endDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":",
        ",\"endDateTime\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.addTokenSigningCertificate(microsoft.graph.servicePrincipal)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "display_name", &self.display_name);
        d.field(1usize, "end_date_time", &self.end_date_time);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ServicePrincipalAddTokenSigningCertificateParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.end_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.end_date_time);
    }
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
rt::impl_object!(ServicePrincipalAddTokenSigningCertificateParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ServicePrincipalAddTokenSigningCertificateParams { with_display_name display_name :
    ::std::string::String; with_end_date_time end_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServicePrincipalAddTokenSigningCertificateParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.approve`.
/// - `message`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct ScheduleChangeRequestApproveParams {
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ScheduleChangeRequestApproveParams {
    #[inline]
    fn default() -> Self {
        Self {
            message: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ScheduleChangeRequestApproveParams {
    const TYPE_NAME: &'static str = "microsoft.graph.approve(microsoft.graph.scheduleChangeRequest)";
    const KEYS: &'static [&'static str] = &["message"];
    const KEYS_JSON: &'static [&'static str] = &[",\"message\":"];
    const TAG: &'static str = "\"#microsoft.graph.approve(microsoft.graph.scheduleChangeRequest)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "message", &self.message);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ScheduleChangeRequestApproveParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message);
    }
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
rt::impl_object!(ScheduleChangeRequestApproveParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ScheduleChangeRequestApproveParams { with_message message : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScheduleChangeRequestApproveParams);
#[cfg(msgraph_v1_admin_or_search)]
/// Parameters of the action `microsoft.graph.archive`.
/// - `messageIds`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct ServiceUpdateMessageCollectionArchiveParams {
    /// CSDL: property `messageIds`: `Collection(Edm.String)`, nullable.
    pub message_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for ServiceUpdateMessageCollectionArchiveParams {
    #[inline]
    fn default() -> Self {
        Self {
            message_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for ServiceUpdateMessageCollectionArchiveParams {
    const TYPE_NAME: &'static str = "microsoft.graph.archive(Collection(microsoft.graph.serviceUpdateMessage))";
    const KEYS: &'static [&'static str] = &["messageIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"messageIds\":"];
    const TAG: &'static str = "\"#microsoft.graph.archive(Collection(microsoft.graph.serviceUpdateMessage))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "message_ids", &self.message_ids);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for ServiceUpdateMessageCollectionArchiveParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message_ids);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(ServiceUpdateMessageCollectionArchiveParams);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ServiceUpdateMessageCollectionArchiveParams { with_message_ids message_ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceUpdateMessageCollectionArchiveParams);
#[cfg(msgraph_v1_core_or_security)]
/// Parameters of the action `microsoft.graph.computeRightsAndInheritance`.
/// - `delegatedUserEmail`: `Edm.String`
/// - `locale`: `Edm.String`
/// - `protectedContents`: `Collection(microsoft.graph.protectedContent)`
/// - `supportedContentFormats`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct SensitivityLabelCollectionComputeRightsAndInheritanceParams {
    /// CSDL: property `delegatedUserEmail`: `Edm.String`, nullable.
    pub delegated_user_email: rt::Field<::std::string::String>,
    /// CSDL: property `locale`: `Edm.String`, nullable.
    pub locale: rt::Field<::std::string::String>,
    /// CSDL: property `protectedContents`: `Collection(microsoft.graph.protectedContent)`, not nullable.
    pub protected_contents: rt::Field<::std::vec::Vec<crate::v1::ProtectedContent>>,
    /// CSDL: property `supportedContentFormats`: `Collection(Edm.String)`, not nullable.
    pub supported_content_formats: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default
for SensitivityLabelCollectionComputeRightsAndInheritanceParams {
    #[inline]
    fn default() -> Self {
        Self {
            delegated_user_email: rt::Field::Absent,
            locale: rt::Field::Absent,
            protected_contents: rt::Field::Absent,
            supported_content_formats: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for SensitivityLabelCollectionComputeRightsAndInheritanceParams {
    const TYPE_NAME: &'static str = "microsoft.graph.computeRightsAndInheritance(Collection(microsoft.graph.sensitivityLabel))";
    const KEYS: &'static [&'static str] = &[
        "delegatedUserEmail",
        "locale",
        "protectedContents",
        "supportedContentFormats",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"delegatedUserEmail\":",
        ",\"locale\":",
        ",\"protectedContents\":",
        ",\"supportedContentFormats\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.computeRightsAndInheritance(Collection(microsoft.graph.sensitivityLabel))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "delegated_user_email", &self.delegated_user_email);
        d.field(1usize, "locale", &self.locale);
        d.field(2usize, "protected_contents", &self.protected_contents);
        d.field(3usize, "supported_content_formats", &self.supported_content_formats);
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members
for SensitivityLabelCollectionComputeRightsAndInheritanceParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.delegated_user_email.read_from(r),
            1usize => self.locale.read_from(r),
            2usize => self.protected_contents.read_from(r),
            3usize => self.supported_content_formats.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.delegated_user_email);
        w.field(1usize, &self.locale);
        w.field(2usize, &self.protected_contents);
        w.field(3usize, &self.supported_content_formats);
    }
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
rt::impl_object!(SensitivityLabelCollectionComputeRightsAndInheritanceParams);
#[cfg(msgraph_v1_core_or_security)]
rt::impl_setters!(
    SensitivityLabelCollectionComputeRightsAndInheritanceParams {
    with_delegated_user_email delegated_user_email : ::std::string::String; with_locale
    locale : ::std::string::String; with_protected_contents protected_contents :
    ::std::vec::Vec < crate ::v1::ProtectedContent >; with_supported_content_formats
    supported_content_formats : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SensitivityLabelCollectionComputeRightsAndInheritanceParams);
#[cfg(msgraph_v1_audit_logs_or_search)]
/// Parameters of the action `microsoft.graph.confirmCompromised`.
/// - `requestIds`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-audit-logs`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct SignInCollectionConfirmCompromisedParams {
    /// CSDL: property `requestIds`: `Collection(Edm.String)`, nullable.
    pub request_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl ::std::default::Default for SignInCollectionConfirmCompromisedParams {
    #[inline]
    fn default() -> Self {
        Self {
            request_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::Object for SignInCollectionConfirmCompromisedParams {
    const TYPE_NAME: &'static str = "microsoft.graph.confirmCompromised(Collection(microsoft.graph.signIn))";
    const KEYS: &'static [&'static str] = &["requestIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"requestIds\":"];
    const TAG: &'static str = "\"#microsoft.graph.confirmCompromised(Collection(microsoft.graph.signIn))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "request_ids", &self.request_ids);
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::object::Members for SignInCollectionConfirmCompromisedParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.request_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.request_ids);
    }
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
rt::impl_object!(SignInCollectionConfirmCompromisedParams);
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_setters!(
    SignInCollectionConfirmCompromisedParams { with_request_ids request_ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SignInCollectionConfirmCompromisedParams);
#[cfg(msgraph_v1_audit_logs_or_search)]
/// Parameters of the action `microsoft.graph.confirmSafe`.
/// - `requestIds`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-audit-logs`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct SignInCollectionConfirmSafeParams {
    /// CSDL: property `requestIds`: `Collection(Edm.String)`, nullable.
    pub request_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl ::std::default::Default for SignInCollectionConfirmSafeParams {
    #[inline]
    fn default() -> Self {
        Self {
            request_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::Object for SignInCollectionConfirmSafeParams {
    const TYPE_NAME: &'static str = "microsoft.graph.confirmSafe(Collection(microsoft.graph.signIn))";
    const KEYS: &'static [&'static str] = &["requestIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"requestIds\":"];
    const TAG: &'static str = "\"#microsoft.graph.confirmSafe(Collection(microsoft.graph.signIn))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "request_ids", &self.request_ids);
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::object::Members for SignInCollectionConfirmSafeParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.request_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.request_ids);
    }
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
rt::impl_object!(SignInCollectionConfirmSafeParams);
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_setters!(
    SignInCollectionConfirmSafeParams { with_request_ids request_ids : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SignInCollectionConfirmSafeParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.decline`.
/// - `message`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct ScheduleChangeRequestDeclineParams {
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ScheduleChangeRequestDeclineParams {
    #[inline]
    fn default() -> Self {
        Self {
            message: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ScheduleChangeRequestDeclineParams {
    const TYPE_NAME: &'static str = "microsoft.graph.decline(microsoft.graph.scheduleChangeRequest)";
    const KEYS: &'static [&'static str] = &["message"];
    const KEYS_JSON: &'static [&'static str] = &[",\"message\":"];
    const TAG: &'static str = "\"#microsoft.graph.decline(microsoft.graph.scheduleChangeRequest)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "message", &self.message);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ScheduleChangeRequestDeclineParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message);
    }
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
rt::impl_object!(ScheduleChangeRequestDeclineParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ScheduleChangeRequestDeclineParams { with_message message : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScheduleChangeRequestDeclineParams);
#[cfg(msgraph_v1_audit_logs_or_search)]
/// Parameters of the action `microsoft.graph.dismiss`.
/// - `requestIds`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-audit-logs`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct SignInCollectionDismissParams {
    /// CSDL: property `requestIds`: `Collection(Edm.String)`, nullable.
    pub request_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl ::std::default::Default for SignInCollectionDismissParams {
    #[inline]
    fn default() -> Self {
        Self {
            request_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::Object for SignInCollectionDismissParams {
    const TYPE_NAME: &'static str = "microsoft.graph.dismiss(Collection(microsoft.graph.signIn))";
    const KEYS: &'static [&'static str] = &["requestIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"requestIds\":"];
    const TAG: &'static str = "\"#microsoft.graph.dismiss(Collection(microsoft.graph.signIn))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "request_ids", &self.request_ids);
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::object::Members for SignInCollectionDismissParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.request_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.request_ids);
    }
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
rt::impl_object!(SignInCollectionDismissParams);
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_setters!(
    SignInCollectionDismissParams { with_request_ids request_ids : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SignInCollectionDismissParams);
#[cfg(msgraph_v1_admin_or_search)]
/// Parameters of the action `microsoft.graph.favorite`.
/// - `messageIds`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct ServiceUpdateMessageCollectionFavoriteParams {
    /// CSDL: property `messageIds`: `Collection(Edm.String)`, nullable.
    pub message_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for ServiceUpdateMessageCollectionFavoriteParams {
    #[inline]
    fn default() -> Self {
        Self {
            message_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for ServiceUpdateMessageCollectionFavoriteParams {
    const TYPE_NAME: &'static str = "microsoft.graph.favorite(Collection(microsoft.graph.serviceUpdateMessage))";
    const KEYS: &'static [&'static str] = &["messageIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"messageIds\":"];
    const TAG: &'static str = "\"#microsoft.graph.favorite(Collection(microsoft.graph.serviceUpdateMessage))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "message_ids", &self.message_ids);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for ServiceUpdateMessageCollectionFavoriteParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message_ids);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(ServiceUpdateMessageCollectionFavoriteParams);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ServiceUpdateMessageCollectionFavoriteParams { with_message_ids message_ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceUpdateMessageCollectionFavoriteParams);
#[cfg(msgraph_v1_core_or_sites)]
/// Parameters of the action `microsoft.graph.getWebPartsByPosition`.
/// - `webPartIndex`: `Edm.Double`
/// - `horizontalSectionId`: `Edm.Double`
/// - `isInVerticalSection`: `Edm.Boolean`
/// - `columnId`: `Edm.Double`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct SitePageGetWebPartsByPositionParams {
    /// CSDL: property `webPartIndex`: `Edm.Double`, nullable.
    pub web_part_index: rt::Field<f64>,
    /// CSDL: property `horizontalSectionId`: `Edm.Double`, nullable.
    pub horizontal_section_id: rt::Field<f64>,
    /// CSDL: property `isInVerticalSection`: `Edm.Boolean`, nullable.
    pub is_in_vertical_section: rt::Field<bool>,
    /// CSDL: property `columnId`: `Edm.Double`, nullable.
    pub column_id: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for SitePageGetWebPartsByPositionParams {
    #[inline]
    fn default() -> Self {
        Self {
            web_part_index: rt::Field::Absent,
            horizontal_section_id: rt::Field::Absent,
            is_in_vertical_section: rt::Field::Absent,
            column_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for SitePageGetWebPartsByPositionParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getWebPartsByPosition(microsoft.graph.sitePage)";
    const KEYS: &'static [&'static str] = &[
        "webPartIndex",
        "horizontalSectionId",
        "isInVerticalSection",
        "columnId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"webPartIndex\":",
        ",\"horizontalSectionId\":",
        ",\"isInVerticalSection\":",
        ",\"columnId\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getWebPartsByPosition(microsoft.graph.sitePage)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "web_part_index", &self.web_part_index);
        d.field(1usize, "horizontal_section_id", &self.horizontal_section_id);
        d.field(2usize, "is_in_vertical_section", &self.is_in_vertical_section);
        d.field(3usize, "column_id", &self.column_id);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for SitePageGetWebPartsByPositionParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.web_part_index.read_from(r),
            1usize => self.horizontal_section_id.read_from(r),
            2usize => self.is_in_vertical_section.read_from(r),
            3usize => self.column_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.web_part_index);
        w.field(1usize, &self.horizontal_section_id);
        w.field(2usize, &self.is_in_vertical_section);
        w.field(3usize, &self.column_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_object!(SitePageGetWebPartsByPositionParams);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    SitePageGetWebPartsByPositionParams { with_web_part_index web_part_index : f64;
    with_horizontal_section_id horizontal_section_id : f64; with_is_in_vertical_section
    is_in_vertical_section : bool; with_column_id column_id : f64; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(SitePageGetWebPartsByPositionParams);
#[cfg(msgraph_v1_admin_or_search)]
/// Parameters of the action `microsoft.graph.markRead`.
/// - `messageIds`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct ServiceUpdateMessageCollectionMarkReadParams {
    /// CSDL: property `messageIds`: `Collection(Edm.String)`, nullable.
    pub message_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for ServiceUpdateMessageCollectionMarkReadParams {
    #[inline]
    fn default() -> Self {
        Self {
            message_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for ServiceUpdateMessageCollectionMarkReadParams {
    const TYPE_NAME: &'static str = "microsoft.graph.markRead(Collection(microsoft.graph.serviceUpdateMessage))";
    const KEYS: &'static [&'static str] = &["messageIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"messageIds\":"];
    const TAG: &'static str = "\"#microsoft.graph.markRead(Collection(microsoft.graph.serviceUpdateMessage))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "message_ids", &self.message_ids);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for ServiceUpdateMessageCollectionMarkReadParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message_ids);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(ServiceUpdateMessageCollectionMarkReadParams);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ServiceUpdateMessageCollectionMarkReadParams { with_message_ids message_ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceUpdateMessageCollectionMarkReadParams);
#[cfg(msgraph_v1_admin_or_search)]
/// Parameters of the action `microsoft.graph.markUnread`.
/// - `messageIds`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct ServiceUpdateMessageCollectionMarkUnreadParams {
    /// CSDL: property `messageIds`: `Collection(Edm.String)`, nullable.
    pub message_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for ServiceUpdateMessageCollectionMarkUnreadParams {
    #[inline]
    fn default() -> Self {
        Self {
            message_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for ServiceUpdateMessageCollectionMarkUnreadParams {
    const TYPE_NAME: &'static str = "microsoft.graph.markUnread(Collection(microsoft.graph.serviceUpdateMessage))";
    const KEYS: &'static [&'static str] = &["messageIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"messageIds\":"];
    const TAG: &'static str = "\"#microsoft.graph.markUnread(Collection(microsoft.graph.serviceUpdateMessage))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "message_ids", &self.message_ids);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for ServiceUpdateMessageCollectionMarkUnreadParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message_ids);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(ServiceUpdateMessageCollectionMarkUnreadParams);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ServiceUpdateMessageCollectionMarkUnreadParams { with_message_ids message_ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceUpdateMessageCollectionMarkUnreadParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.parseExpression`.
/// - `expression`: `Edm.String`
/// - `testInputObject`: `microsoft.graph.expressionInputObject`
/// - `targetAttributeDefinition`: `microsoft.graph.attributeDefinition`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct SynchronizationSchemaParseExpressionParams {
    /// CSDL: property `expression`: `Edm.String`, nullable.
    pub expression: rt::Field<::std::string::String>,
    /// CSDL: property `testInputObject`: `microsoft.graph.expressionInputObject`, nullable.
    pub test_input_object: rt::Field<crate::v1::ExpressionInputObject>,
    /// CSDL: property `targetAttributeDefinition`: `microsoft.graph.attributeDefinition`, nullable.
    pub target_attribute_definition: rt::Field<crate::v1::AttributeDefinition>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SynchronizationSchemaParseExpressionParams {
    #[inline]
    fn default() -> Self {
        Self {
            expression: rt::Field::Absent,
            test_input_object: rt::Field::Absent,
            target_attribute_definition: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SynchronizationSchemaParseExpressionParams {
    const TYPE_NAME: &'static str = "microsoft.graph.parseExpression(microsoft.graph.synchronizationSchema)";
    const KEYS: &'static [&'static str] = &[
        "expression",
        "testInputObject",
        "targetAttributeDefinition",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"expression\":",
        ",\"testInputObject\":",
        ",\"targetAttributeDefinition\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.parseExpression(microsoft.graph.synchronizationSchema)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "expression", &self.expression);
        d.field(1usize, "test_input_object", &self.test_input_object);
        d.field(
            2usize,
            "target_attribute_definition",
            &self.target_attribute_definition,
        );
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SynchronizationSchemaParseExpressionParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.expression.read_from(r),
            1usize => self.test_input_object.read_from(r),
            2usize => self.target_attribute_definition.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.expression);
        w.field(1usize, &self.test_input_object);
        w.field(2usize, &self.target_attribute_definition);
    }
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
rt::impl_object!(SynchronizationSchemaParseExpressionParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SynchronizationSchemaParseExpressionParams { with_expression expression :
    ::std::string::String; with_test_input_object test_input_object : crate
    ::v1::ExpressionInputObject; with_target_attribute_definition
    target_attribute_definition : crate ::v1::AttributeDefinition; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationSchemaParseExpressionParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.provisionOnDemand`.
/// - `parameters`: `Collection(microsoft.graph.synchronizationJobApplicationParameters)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct SynchronizationJobProvisionOnDemandParams {
    /// CSDL: property `parameters`: `Collection(microsoft.graph.synchronizationJobApplicationParameters)`, nullable.
    pub parameters: rt::Field<
        ::std::vec::Vec<crate::v1::SynchronizationJobApplicationParameters>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SynchronizationJobProvisionOnDemandParams {
    #[inline]
    fn default() -> Self {
        Self {
            parameters: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SynchronizationJobProvisionOnDemandParams {
    const TYPE_NAME: &'static str = "microsoft.graph.provisionOnDemand(microsoft.graph.synchronizationJob)";
    const KEYS: &'static [&'static str] = &["parameters"];
    const KEYS_JSON: &'static [&'static str] = &[",\"parameters\":"];
    const TAG: &'static str = "\"#microsoft.graph.provisionOnDemand(microsoft.graph.synchronizationJob)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "parameters", &self.parameters);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SynchronizationJobProvisionOnDemandParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.parameters.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.parameters);
    }
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
rt::impl_object!(SynchronizationJobProvisionOnDemandParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SynchronizationJobProvisionOnDemandParams { with_parameters parameters :
    ::std::vec::Vec < crate ::v1::SynchronizationJobApplicationParameters >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationJobProvisionOnDemandParams);
#[cfg(msgraph_v1_search)]
/// Parameters of the action `microsoft.graph.query`.
/// - `requests`: `Collection(microsoft.graph.searchRequest)`
///
/// Features: `v1` or `v1-search`.
#[derive(Clone, PartialEq)]
pub struct SearchEntityQueryParams {
    /// CSDL: property `requests`: `Collection(microsoft.graph.searchRequest)`, not nullable.
    pub requests: rt::Field<::std::vec::Vec<crate::v1::SearchRequest>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for SearchEntityQueryParams {
    #[inline]
    fn default() -> Self {
        Self {
            requests: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for SearchEntityQueryParams {
    const TYPE_NAME: &'static str = "microsoft.graph.query(microsoft.graph.searchEntity)";
    const KEYS: &'static [&'static str] = &["requests"];
    const KEYS_JSON: &'static [&'static str] = &[",\"requests\":"];
    const TAG: &'static str = "\"#microsoft.graph.query(microsoft.graph.searchEntity)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "requests", &self.requests);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for SearchEntityQueryParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.requests.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.requests);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search)]
rt::impl_object!(SearchEntityQueryParams);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    SearchEntityQueryParams { with_requests requests : ::std::vec::Vec < crate
    ::v1::SearchRequest >; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SearchEntityQueryParams);
#[cfg(msgraph_v1_core_or_sites)]
/// Parameters of the action `microsoft.graph.remove`.
/// - `value`: `Collection(microsoft.graph.site)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct SiteCollectionRemoveParams {
    /// CSDL: property `value`: `Collection(microsoft.graph.site)`, nullable.
    pub value: rt::Field<::std::vec::Vec<crate::v1::Site>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for SiteCollectionRemoveParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for SiteCollectionRemoveParams {
    const TYPE_NAME: &'static str = "microsoft.graph.remove(Collection(microsoft.graph.site))";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":"];
    const TAG: &'static str = "\"#microsoft.graph.remove(Collection(microsoft.graph.site))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for SiteCollectionRemoveParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.value);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_object!(SiteCollectionRemoveParams);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    SiteCollectionRemoveParams { with_value value : ::std::vec::Vec < crate ::v1::Site >;
    }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(SiteCollectionRemoveParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.removeKey`.
/// - `keyId`: `Edm.Guid`
/// - `proof`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct ServicePrincipalRemoveKeyParams {
    /// CSDL: property `keyId`: `Edm.Guid`, not nullable.
    pub key_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `proof`: `Edm.String`, not nullable.
    pub proof: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ServicePrincipalRemoveKeyParams {
    #[inline]
    fn default() -> Self {
        Self {
            key_id: rt::Field::Absent,
            proof: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ServicePrincipalRemoveKeyParams {
    const TYPE_NAME: &'static str = "microsoft.graph.removeKey(microsoft.graph.servicePrincipal)";
    const KEYS: &'static [&'static str] = &["keyId", "proof"];
    const KEYS_JSON: &'static [&'static str] = &[",\"keyId\":", ",\"proof\":"];
    const TAG: &'static str = "\"#microsoft.graph.removeKey(microsoft.graph.servicePrincipal)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "key_id", &self.key_id);
        d.field(1usize, "proof", &self.proof);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ServicePrincipalRemoveKeyParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.key_id.read_from(r),
            1usize => self.proof.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.key_id);
        w.field(1usize, &self.proof);
    }
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
rt::impl_object!(ServicePrincipalRemoveKeyParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ServicePrincipalRemoveKeyParams { with_key_id key_id : rt::edm::Guid; with_proof
    proof : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServicePrincipalRemoveKeyParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.removePassword`.
/// - `keyId`: `Edm.Guid`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct ServicePrincipalRemovePasswordParams {
    /// CSDL: property `keyId`: `Edm.Guid`, not nullable.
    pub key_id: rt::Field<rt::edm::Guid>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ServicePrincipalRemovePasswordParams {
    #[inline]
    fn default() -> Self {
        Self {
            key_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ServicePrincipalRemovePasswordParams {
    const TYPE_NAME: &'static str = "microsoft.graph.removePassword(microsoft.graph.servicePrincipal)";
    const KEYS: &'static [&'static str] = &["keyId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"keyId\":"];
    const TAG: &'static str = "\"#microsoft.graph.removePassword(microsoft.graph.servicePrincipal)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "key_id", &self.key_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ServicePrincipalRemovePasswordParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.key_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.key_id);
    }
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
rt::impl_object!(ServicePrincipalRemovePasswordParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ServicePrincipalRemovePasswordParams { with_key_id key_id : rt::edm::Guid; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServicePrincipalRemovePasswordParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.restart`.
/// - `criteria`: `microsoft.graph.synchronizationJobRestartCriteria`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct SynchronizationJobRestartParams {
    /// CSDL: property `criteria`: `microsoft.graph.synchronizationJobRestartCriteria`, nullable.
    pub criteria: rt::Field<crate::v1::SynchronizationJobRestartCriteria>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SynchronizationJobRestartParams {
    #[inline]
    fn default() -> Self {
        Self {
            criteria: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SynchronizationJobRestartParams {
    const TYPE_NAME: &'static str = "microsoft.graph.restart(microsoft.graph.synchronizationJob)";
    const KEYS: &'static [&'static str] = &["criteria"];
    const KEYS_JSON: &'static [&'static str] = &[",\"criteria\":"];
    const TAG: &'static str = "\"#microsoft.graph.restart(microsoft.graph.synchronizationJob)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "criteria", &self.criteria);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SynchronizationJobRestartParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.criteria.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.criteria);
    }
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
rt::impl_object!(SynchronizationJobRestartParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SynchronizationJobRestartParams { with_criteria criteria : crate
    ::v1::SynchronizationJobRestartCriteria; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationJobRestartParams);
#[cfg(msgraph_v1_search_or_security)]
/// Parameters of the action `microsoft.graph.security.activate`.
/// - `serverIds`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq)]
pub struct SensorCandidateCollectionActivateParams {
    /// CSDL: property `serverIds`: `Collection(Edm.String)`, nullable.
    pub server_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SensorCandidateCollectionActivateParams {
    #[inline]
    fn default() -> Self {
        Self {
            server_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SensorCandidateCollectionActivateParams {
    const TYPE_NAME: &'static str = "microsoft.graph.security.activate(Collection(microsoft.graph.security.sensorCandidate))";
    const KEYS: &'static [&'static str] = &["serverIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"serverIds\":"];
    const TAG: &'static str = "\"#microsoft.graph.security.activate(Collection(microsoft.graph.security.sensorCandidate))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "server_ids", &self.server_ids);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SensorCandidateCollectionActivateParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.server_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.server_ids);
    }
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
rt::impl_object!(SensorCandidateCollectionActivateParams);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SensorCandidateCollectionActivateParams { with_server_ids server_ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SensorCandidateCollectionActivateParams);
#[cfg(msgraph_v1_security)]
/// Parameters of the action `microsoft.graph.security.runHuntingQuery`.
/// - `query`: `Edm.String`
/// - `timespan`: `Edm.String`, optional
///
/// Features: `v1` or `v1-security`.
#[derive(Clone, PartialEq)]
pub struct SecurityRunHuntingQueryParams {
    /// CSDL: property `query`: `Edm.String`, nullable.
    pub query: rt::Field<::std::string::String>,
    /// CSDL: property `timespan`: `Edm.String`, nullable.
    pub timespan: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_security)]
impl ::std::default::Default for SecurityRunHuntingQueryParams {
    #[inline]
    fn default() -> Self {
        Self {
            query: rt::Field::Absent,
            timespan: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_security)]
impl rt::Object for SecurityRunHuntingQueryParams {
    const TYPE_NAME: &'static str = "microsoft.graph.security.runHuntingQuery(microsoft.graph.security)";
    const KEYS: &'static [&'static str] = &["query", "timespan"];
    const KEYS_JSON: &'static [&'static str] = &[",\"query\":", ",\"timespan\":"];
    const TAG: &'static str = "\"#microsoft.graph.security.runHuntingQuery(microsoft.graph.security)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "query", &self.query);
        d.field(1usize, "timespan", &self.timespan);
    }
}
#[cfg(msgraph_v1_security)]
impl rt::object::Members for SecurityRunHuntingQueryParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.query.read_from(r),
            1usize => self.timespan.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.query);
        w.field(1usize, &self.timespan);
    }
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
rt::impl_object!(SecurityRunHuntingQueryParams);
#[cfg(msgraph_v1_security)]
rt::impl_setters!(
    SecurityRunHuntingQueryParams { with_query query : ::std::string::String;
    with_timespan timespan : ::std::string::String; }
);
#[cfg(msgraph_v1_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecurityRunHuntingQueryParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.share`.
/// - `notifyTeam`: `Edm.Boolean`
/// - `startDateTime`: `Edm.DateTimeOffset`
/// - `endDateTime`: `Edm.DateTimeOffset`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct ScheduleShareParams {
    /// CSDL: property `notifyTeam`: `Edm.Boolean`, nullable.
    pub notify_team: rt::Field<bool>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ScheduleShareParams {
    #[inline]
    fn default() -> Self {
        Self {
            notify_team: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ScheduleShareParams {
    const TYPE_NAME: &'static str = "microsoft.graph.share(microsoft.graph.schedule)";
    const KEYS: &'static [&'static str] = &[
        "notifyTeam",
        "startDateTime",
        "endDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"notifyTeam\":",
        ",\"startDateTime\":",
        ",\"endDateTime\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.share(microsoft.graph.schedule)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "notify_team", &self.notify_team);
        d.field(1usize, "start_date_time", &self.start_date_time);
        d.field(2usize, "end_date_time", &self.end_date_time);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ScheduleShareParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.notify_team.read_from(r),
            1usize => self.start_date_time.read_from(r),
            2usize => self.end_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.notify_team);
        w.field(1usize, &self.start_date_time);
        w.field(2usize, &self.end_date_time);
    }
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
rt::impl_object!(ScheduleShareParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ScheduleShareParams { with_notify_team notify_team : bool; with_start_date_time
    start_date_time : rt::edm::DateTimeOffset; with_end_date_time end_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScheduleShareParams);
#[cfg(msgraph_v1_admin_or_search)]
/// Parameters of the action `microsoft.graph.unarchive`.
/// - `messageIds`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct ServiceUpdateMessageCollectionUnarchiveParams {
    /// CSDL: property `messageIds`: `Collection(Edm.String)`, nullable.
    pub message_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for ServiceUpdateMessageCollectionUnarchiveParams {
    #[inline]
    fn default() -> Self {
        Self {
            message_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for ServiceUpdateMessageCollectionUnarchiveParams {
    const TYPE_NAME: &'static str = "microsoft.graph.unarchive(Collection(microsoft.graph.serviceUpdateMessage))";
    const KEYS: &'static [&'static str] = &["messageIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"messageIds\":"];
    const TAG: &'static str = "\"#microsoft.graph.unarchive(Collection(microsoft.graph.serviceUpdateMessage))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "message_ids", &self.message_ids);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for ServiceUpdateMessageCollectionUnarchiveParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message_ids);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(ServiceUpdateMessageCollectionUnarchiveParams);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ServiceUpdateMessageCollectionUnarchiveParams { with_message_ids message_ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceUpdateMessageCollectionUnarchiveParams);
#[cfg(msgraph_v1_admin_or_search)]
/// Parameters of the action `microsoft.graph.unfavorite`.
/// - `messageIds`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct ServiceUpdateMessageCollectionUnfavoriteParams {
    /// CSDL: property `messageIds`: `Collection(Edm.String)`, nullable.
    pub message_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for ServiceUpdateMessageCollectionUnfavoriteParams {
    #[inline]
    fn default() -> Self {
        Self {
            message_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for ServiceUpdateMessageCollectionUnfavoriteParams {
    const TYPE_NAME: &'static str = "microsoft.graph.unfavorite(Collection(microsoft.graph.serviceUpdateMessage))";
    const KEYS: &'static [&'static str] = &["messageIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"messageIds\":"];
    const TAG: &'static str = "\"#microsoft.graph.unfavorite(Collection(microsoft.graph.serviceUpdateMessage))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "message_ids", &self.message_ids);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for ServiceUpdateMessageCollectionUnfavoriteParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message_ids);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(ServiceUpdateMessageCollectionUnfavoriteParams);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ServiceUpdateMessageCollectionUnfavoriteParams { with_message_ids message_ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceUpdateMessageCollectionUnfavoriteParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.validateCredentials`.
/// - `applicationIdentifier`: `Edm.String`
/// - `templateId`: `Edm.String`
/// - `useSavedCredentials`: `Edm.Boolean`
/// - `credentials`: `Collection(microsoft.graph.synchronizationSecretKeyStringValuePair)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct SynchronizationJobValidateCredentialsParams {
    /// CSDL: property `applicationIdentifier`: `Edm.String`, nullable.
    pub application_identifier: rt::Field<::std::string::String>,
    /// CSDL: property `templateId`: `Edm.String`, nullable.
    pub template_id: rt::Field<::std::string::String>,
    /// CSDL: property `useSavedCredentials`: `Edm.Boolean`, nullable.
    pub use_saved_credentials: rt::Field<bool>,
    /// CSDL: property `credentials`: `Collection(microsoft.graph.synchronizationSecretKeyStringValuePair)`, nullable.
    pub credentials: rt::Field<
        ::std::vec::Vec<crate::v1::SynchronizationSecretKeyStringValuePair>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SynchronizationJobValidateCredentialsParams {
    #[inline]
    fn default() -> Self {
        Self {
            application_identifier: rt::Field::Absent,
            template_id: rt::Field::Absent,
            use_saved_credentials: rt::Field::Absent,
            credentials: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SynchronizationJobValidateCredentialsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.validateCredentials(microsoft.graph.synchronizationJob)";
    const KEYS: &'static [&'static str] = &[
        "applicationIdentifier",
        "templateId",
        "useSavedCredentials",
        "credentials",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"applicationIdentifier\":",
        ",\"templateId\":",
        ",\"useSavedCredentials\":",
        ",\"credentials\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.validateCredentials(microsoft.graph.synchronizationJob)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "application_identifier", &self.application_identifier);
        d.field(1usize, "template_id", &self.template_id);
        d.field(2usize, "use_saved_credentials", &self.use_saved_credentials);
        d.field(3usize, "credentials", &self.credentials);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SynchronizationJobValidateCredentialsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.application_identifier.read_from(r),
            1usize => self.template_id.read_from(r),
            2usize => self.use_saved_credentials.read_from(r),
            3usize => self.credentials.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.application_identifier);
        w.field(1usize, &self.template_id);
        w.field(2usize, &self.use_saved_credentials);
        w.field(3usize, &self.credentials);
    }
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
rt::impl_object!(SynchronizationJobValidateCredentialsParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SynchronizationJobValidateCredentialsParams { with_application_identifier
    application_identifier : ::std::string::String; with_template_id template_id :
    ::std::string::String; with_use_saved_credentials use_saved_credentials : bool;
    with_credentials credentials : ::std::vec::Vec < crate
    ::v1::SynchronizationSecretKeyStringValuePair >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationJobValidateCredentialsParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.validateCredentials`.
/// - `applicationIdentifier`: `Edm.String`
/// - `templateId`: `Edm.String`
/// - `useSavedCredentials`: `Edm.Boolean`
/// - `credentials`: `Collection(microsoft.graph.synchronizationSecretKeyStringValuePair)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct SynchronizationJobCollectionValidateCredentialsParams {
    /// CSDL: property `applicationIdentifier`: `Edm.String`, nullable.
    pub application_identifier: rt::Field<::std::string::String>,
    /// CSDL: property `templateId`: `Edm.String`, nullable.
    pub template_id: rt::Field<::std::string::String>,
    /// CSDL: property `useSavedCredentials`: `Edm.Boolean`, nullable.
    pub use_saved_credentials: rt::Field<bool>,
    /// CSDL: property `credentials`: `Collection(microsoft.graph.synchronizationSecretKeyStringValuePair)`, nullable.
    pub credentials: rt::Field<
        ::std::vec::Vec<crate::v1::SynchronizationSecretKeyStringValuePair>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SynchronizationJobCollectionValidateCredentialsParams {
    #[inline]
    fn default() -> Self {
        Self {
            application_identifier: rt::Field::Absent,
            template_id: rt::Field::Absent,
            use_saved_credentials: rt::Field::Absent,
            credentials: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SynchronizationJobCollectionValidateCredentialsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.validateCredentials(Collection(microsoft.graph.synchronizationJob))";
    const KEYS: &'static [&'static str] = &[
        "applicationIdentifier",
        "templateId",
        "useSavedCredentials",
        "credentials",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"applicationIdentifier\":",
        ",\"templateId\":",
        ",\"useSavedCredentials\":",
        ",\"credentials\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.validateCredentials(Collection(microsoft.graph.synchronizationJob))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "application_identifier", &self.application_identifier);
        d.field(1usize, "template_id", &self.template_id);
        d.field(2usize, "use_saved_credentials", &self.use_saved_credentials);
        d.field(3usize, "credentials", &self.credentials);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SynchronizationJobCollectionValidateCredentialsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.application_identifier.read_from(r),
            1usize => self.template_id.read_from(r),
            2usize => self.use_saved_credentials.read_from(r),
            3usize => self.credentials.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.application_identifier);
        w.field(1usize, &self.template_id);
        w.field(2usize, &self.use_saved_credentials);
        w.field(3usize, &self.credentials);
    }
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
rt::impl_object!(SynchronizationJobCollectionValidateCredentialsParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SynchronizationJobCollectionValidateCredentialsParams { with_application_identifier
    application_identifier : ::std::string::String; with_template_id template_id :
    ::std::string::String; with_use_saved_credentials use_saved_credentials : bool;
    with_credentials credentials : ::std::vec::Vec < crate
    ::v1::SynchronizationSecretKeyStringValuePair >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationJobCollectionValidateCredentialsParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.archive`.
/// - `shouldSetSpoSiteReadOnlyForMembers`: `Edm.Boolean`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct TeamArchiveParams {
    /// CSDL: property `shouldSetSpoSiteReadOnlyForMembers`: `Edm.Boolean`, nullable.
    pub should_set_spo_site_read_only_for_members: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TeamArchiveParams {
    #[inline]
    fn default() -> Self {
        Self {
            should_set_spo_site_read_only_for_members: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TeamArchiveParams {
    const TYPE_NAME: &'static str = "microsoft.graph.archive(microsoft.graph.team)";
    const KEYS: &'static [&'static str] = &["shouldSetSpoSiteReadOnlyForMembers"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"shouldSetSpoSiteReadOnlyForMembers\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.archive(microsoft.graph.team)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(
            0usize,
            "should_set_spo_site_read_only_for_members",
            &self.should_set_spo_site_read_only_for_members,
        );
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TeamArchiveParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.should_set_spo_site_read_only_for_members.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.should_set_spo_site_read_only_for_members);
    }
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
rt::impl_object!(TeamArchiveParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TeamArchiveParams { with_should_set_spo_site_read_only_for_members
    should_set_spo_site_read_only_for_members : bool; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamArchiveParams);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `assignments`: `Collection(microsoft.graph.targetedManagedAppPolicyAssignment)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct TargetedManagedAppConfigurationAssignParams {
    /// CSDL: property `assignments`: `Collection(microsoft.graph.targetedManagedAppPolicyAssignment)`, nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::TargetedManagedAppPolicyAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for TargetedManagedAppConfigurationAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for TargetedManagedAppConfigurationAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.targetedManagedAppConfiguration)";
    const KEYS: &'static [&'static str] = &["assignments"];
    const KEYS_JSON: &'static [&'static str] = &[",\"assignments\":"];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.targetedManagedAppConfiguration)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for TargetedManagedAppConfigurationAssignParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.assignments);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_object!(TargetedManagedAppConfigurationAssignParams);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    TargetedManagedAppConfigurationAssignParams { with_assignments assignments :
    ::std::vec::Vec < crate ::v1::TargetedManagedAppPolicyAssignment >; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(TargetedManagedAppConfigurationAssignParams);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `assignments`: `Collection(microsoft.graph.targetedManagedAppPolicyAssignment)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct TargetedManagedAppProtectionAssignParams {
    /// CSDL: property `assignments`: `Collection(microsoft.graph.targetedManagedAppPolicyAssignment)`, nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::TargetedManagedAppPolicyAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for TargetedManagedAppProtectionAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for TargetedManagedAppProtectionAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.targetedManagedAppProtection)";
    const KEYS: &'static [&'static str] = &["assignments"];
    const KEYS_JSON: &'static [&'static str] = &[",\"assignments\":"];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.targetedManagedAppProtection)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for TargetedManagedAppProtectionAssignParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.assignments);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_object!(TargetedManagedAppProtectionAssignParams);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    TargetedManagedAppProtectionAssignParams { with_assignments assignments :
    ::std::vec::Vec < crate ::v1::TargetedManagedAppPolicyAssignment >; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(TargetedManagedAppProtectionAssignParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.clockIn`.
/// - `isAtApprovedLocation`: `Edm.Boolean`
/// - `onBehalfOfUserId`: `Edm.String`
/// - `notes`: `microsoft.graph.itemBody`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct TimeCardCollectionClockInParams {
    /// CSDL: property `isAtApprovedLocation`: `Edm.Boolean`, nullable.
    pub is_at_approved_location: rt::Field<bool>,
    /// CSDL: property `onBehalfOfUserId`: `Edm.String`, nullable.
    pub on_behalf_of_user_id: rt::Field<::std::string::String>,
    /// CSDL: property `notes`: `microsoft.graph.itemBody`, nullable.
    pub notes: rt::Field<crate::v1::ItemBody>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TimeCardCollectionClockInParams {
    #[inline]
    fn default() -> Self {
        Self {
            is_at_approved_location: rt::Field::Absent,
            on_behalf_of_user_id: rt::Field::Absent,
            notes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TimeCardCollectionClockInParams {
    const TYPE_NAME: &'static str = "microsoft.graph.clockIn(Collection(microsoft.graph.timeCard))";
    const KEYS: &'static [&'static str] = &[
        "isAtApprovedLocation",
        "onBehalfOfUserId",
        "notes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isAtApprovedLocation\":",
        ",\"onBehalfOfUserId\":",
        ",\"notes\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.clockIn(Collection(microsoft.graph.timeCard))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "is_at_approved_location", &self.is_at_approved_location);
        d.field(1usize, "on_behalf_of_user_id", &self.on_behalf_of_user_id);
        d.field(2usize, "notes", &self.notes);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TimeCardCollectionClockInParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_at_approved_location.read_from(r),
            1usize => self.on_behalf_of_user_id.read_from(r),
            2usize => self.notes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_at_approved_location);
        w.field(1usize, &self.on_behalf_of_user_id);
        w.field(2usize, &self.notes);
    }
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
rt::impl_object!(TimeCardCollectionClockInParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TimeCardCollectionClockInParams { with_is_at_approved_location
    is_at_approved_location : bool; with_on_behalf_of_user_id on_behalf_of_user_id :
    ::std::string::String; with_notes notes : crate ::v1::ItemBody; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeCardCollectionClockInParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.clockOut`.
/// - `isAtApprovedLocation`: `Edm.Boolean`
/// - `notes`: `microsoft.graph.itemBody`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct TimeCardClockOutParams {
    /// CSDL: property `isAtApprovedLocation`: `Edm.Boolean`, nullable.
    pub is_at_approved_location: rt::Field<bool>,
    /// CSDL: property `notes`: `microsoft.graph.itemBody`, nullable.
    pub notes: rt::Field<crate::v1::ItemBody>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TimeCardClockOutParams {
    #[inline]
    fn default() -> Self {
        Self {
            is_at_approved_location: rt::Field::Absent,
            notes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TimeCardClockOutParams {
    const TYPE_NAME: &'static str = "microsoft.graph.clockOut(microsoft.graph.timeCard)";
    const KEYS: &'static [&'static str] = &["isAtApprovedLocation", "notes"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isAtApprovedLocation\":",
        ",\"notes\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.clockOut(microsoft.graph.timeCard)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "is_at_approved_location", &self.is_at_approved_location);
        d.field(1usize, "notes", &self.notes);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TimeCardClockOutParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_at_approved_location.read_from(r),
            1usize => self.notes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_at_approved_location);
        w.field(1usize, &self.notes);
    }
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
rt::impl_object!(TimeCardClockOutParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TimeCardClockOutParams { with_is_at_approved_location is_at_approved_location : bool;
    with_notes notes : crate ::v1::ItemBody; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeCardClockOutParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.clone`.
/// - `displayName`: `Edm.String`
/// - `description`: `Edm.String`
/// - `mailNickname`: `Edm.String`
/// - `classification`: `Edm.String`
/// - `visibility`: `microsoft.graph.teamVisibilityType`
/// - `partsToClone`: `microsoft.graph.clonableTeamParts`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct TeamCloneParams {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `mailNickname`: `Edm.String`, nullable.
    pub mail_nickname: rt::Field<::std::string::String>,
    /// CSDL: property `classification`: `Edm.String`, nullable.
    pub classification: rt::Field<::std::string::String>,
    /// CSDL: property `visibility`: `microsoft.graph.teamVisibilityType`, not nullable.
    pub visibility: rt::Field<crate::v1::TeamVisibilityType>,
    /// CSDL: property `partsToClone`: `microsoft.graph.clonableTeamParts`, not nullable.
    pub parts_to_clone: rt::Field<rt::Flags<crate::v1::ClonableTeamParts>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TeamCloneParams {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            description: rt::Field::Absent,
            mail_nickname: rt::Field::Absent,
            classification: rt::Field::Absent,
            visibility: rt::Field::Absent,
            parts_to_clone: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TeamCloneParams {
    const TYPE_NAME: &'static str = "microsoft.graph.clone(microsoft.graph.team)";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "description",
        "mailNickname",
        "classification",
        "visibility",
        "partsToClone",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":",
        ",\"description\":",
        ",\"mailNickname\":",
        ",\"classification\":",
        ",\"visibility\":",
        ",\"partsToClone\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.clone(microsoft.graph.team)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "display_name", &self.display_name);
        d.field(1usize, "description", &self.description);
        d.field(2usize, "mail_nickname", &self.mail_nickname);
        d.field(3usize, "classification", &self.classification);
        d.field(4usize, "visibility", &self.visibility);
        d.field(5usize, "parts_to_clone", &self.parts_to_clone);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TeamCloneParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.mail_nickname.read_from(r),
            3usize => self.classification.read_from(r),
            4usize => self.visibility.read_from(r),
            5usize => self.parts_to_clone.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.description);
        w.field(2usize, &self.mail_nickname);
        w.field(3usize, &self.classification);
        w.field(4usize, &self.visibility);
        w.field(5usize, &self.parts_to_clone);
    }
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
rt::impl_object!(TeamCloneParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TeamCloneParams { with_display_name display_name : ::std::string::String;
    with_description description : ::std::string::String; with_mail_nickname
    mail_nickname : ::std::string::String; with_classification classification :
    ::std::string::String; with_visibility visibility : crate ::v1::TeamVisibilityType;
    with_parts_to_clone parts_to_clone : rt::Flags < crate ::v1::ClonableTeamParts >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamCloneParams);
#[cfg(msgraph_v1_search_or_security)]
/// Parameters of the action `microsoft.graph.compute`.
/// - `activities`: `microsoft.graph.userActivityTypes`
/// - `locations`: `Collection(microsoft.graph.policyLocation)`
/// - `pivotOn`: `microsoft.graph.policyPivotProperty`
/// - `deviceMetadata`: `microsoft.graph.deviceMetadata`
/// - `integratedAppMetadata`: `microsoft.graph.integratedApplicationMetadata`
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq)]
pub struct TenantProtectionScopeContainerComputeParams {
    /// CSDL: property `activities`: `microsoft.graph.userActivityTypes`, nullable.
    pub activities: rt::Field<rt::Flags<crate::v1::UserActivityTypes>>,
    /// CSDL: property `locations`: `Collection(microsoft.graph.policyLocation)`, nullable.
    pub locations: rt::Field<::std::vec::Vec<crate::v1::AnyPolicyLocation>>,
    /// CSDL: property `pivotOn`: `microsoft.graph.policyPivotProperty`, nullable.
    pub pivot_on: rt::Field<crate::v1::PolicyPivotProperty>,
    /// CSDL: property `deviceMetadata`: `microsoft.graph.deviceMetadata`, nullable.
    pub device_metadata: rt::Field<crate::v1::DeviceMetadata>,
    /// CSDL: property `integratedAppMetadata`: `microsoft.graph.integratedApplicationMetadata`, nullable.
    pub integrated_app_metadata: rt::Field<crate::v1::AnyIntegratedApplicationMetadata>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for TenantProtectionScopeContainerComputeParams {
    #[inline]
    fn default() -> Self {
        Self {
            activities: rt::Field::Absent,
            locations: rt::Field::Absent,
            pivot_on: rt::Field::Absent,
            device_metadata: rt::Field::Absent,
            integrated_app_metadata: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for TenantProtectionScopeContainerComputeParams {
    const TYPE_NAME: &'static str = "microsoft.graph.compute(microsoft.graph.tenantProtectionScopeContainer)";
    const KEYS: &'static [&'static str] = &[
        "activities",
        "locations",
        "pivotOn",
        "deviceMetadata",
        "integratedAppMetadata",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"activities\":",
        ",\"locations\":",
        ",\"pivotOn\":",
        ",\"deviceMetadata\":",
        ",\"integratedAppMetadata\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.compute(microsoft.graph.tenantProtectionScopeContainer)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "activities", &self.activities);
        d.field(1usize, "locations", &self.locations);
        d.field(2usize, "pivot_on", &self.pivot_on);
        d.field(3usize, "device_metadata", &self.device_metadata);
        d.field(4usize, "integrated_app_metadata", &self.integrated_app_metadata);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for TenantProtectionScopeContainerComputeParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.activities.read_from(r),
            1usize => self.locations.read_from(r),
            2usize => self.pivot_on.read_from(r),
            3usize => self.device_metadata.read_from(r),
            4usize => self.integrated_app_metadata.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.activities);
        w.field(1usize, &self.locations);
        w.field(2usize, &self.pivot_on);
        w.field(3usize, &self.device_metadata);
        w.field(4usize, &self.integrated_app_metadata);
    }
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
rt::impl_object!(TenantProtectionScopeContainerComputeParams);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    TenantProtectionScopeContainerComputeParams { with_activities activities : rt::Flags
    < crate ::v1::UserActivityTypes >; with_locations locations : ::std::vec::Vec < crate
    ::v1::AnyPolicyLocation >; with_pivot_on pivot_on : crate ::v1::PolicyPivotProperty;
    with_device_metadata device_metadata : crate ::v1::DeviceMetadata;
    with_integrated_app_metadata integrated_app_metadata : crate
    ::v1::AnyIntegratedApplicationMetadata; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TenantProtectionScopeContainerComputeParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.endBreak`.
/// - `isAtApprovedLocation`: `Edm.Boolean`
/// - `notes`: `microsoft.graph.itemBody`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct TimeCardEndBreakParams {
    /// CSDL: property `isAtApprovedLocation`: `Edm.Boolean`, nullable.
    pub is_at_approved_location: rt::Field<bool>,
    /// CSDL: property `notes`: `microsoft.graph.itemBody`, nullable.
    pub notes: rt::Field<crate::v1::ItemBody>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TimeCardEndBreakParams {
    #[inline]
    fn default() -> Self {
        Self {
            is_at_approved_location: rt::Field::Absent,
            notes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TimeCardEndBreakParams {
    const TYPE_NAME: &'static str = "microsoft.graph.endBreak(microsoft.graph.timeCard)";
    const KEYS: &'static [&'static str] = &["isAtApprovedLocation", "notes"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isAtApprovedLocation\":",
        ",\"notes\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.endBreak(microsoft.graph.timeCard)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "is_at_approved_location", &self.is_at_approved_location);
        d.field(1usize, "notes", &self.notes);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TimeCardEndBreakParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_at_approved_location.read_from(r),
            1usize => self.notes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_at_approved_location);
        w.field(1usize, &self.notes);
    }
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
rt::impl_object!(TimeCardEndBreakParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TimeCardEndBreakParams { with_is_at_approved_location is_at_approved_location : bool;
    with_notes notes : crate ::v1::ItemBody; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeCardEndBreakParams);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Parameters of the action `microsoft.graph.identityGovernance.resume`.
/// - `source`: `Edm.String`
/// - `type`: `Edm.String`
/// - `data`: `microsoft.graph.identityGovernance.customTaskExtensionCallbackData`
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct TaskProcessingResultResumeParams {
    /// CSDL: property `source`: `Edm.String`, nullable.
    pub source: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `data`: `microsoft.graph.identityGovernance.customTaskExtensionCallbackData`, not nullable.
    pub data: rt::Field<crate::v1::identity_governance::CustomTaskExtensionCallbackData>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for TaskProcessingResultResumeParams {
    #[inline]
    fn default() -> Self {
        Self {
            source: rt::Field::Absent,
            type_: rt::Field::Absent,
            data: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for TaskProcessingResultResumeParams {
    const TYPE_NAME: &'static str = "microsoft.graph.identityGovernance.resume(microsoft.graph.identityGovernance.taskProcessingResult)";
    const KEYS: &'static [&'static str] = &["source", "type", "data"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"source\":",
        ",\"type\":",
        ",\"data\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.identityGovernance.resume(microsoft.graph.identityGovernance.taskProcessingResult)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "source", &self.source);
        d.field(1usize, "type_", &self.type_);
        d.field(2usize, "data", &self.data);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for TaskProcessingResultResumeParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.source.read_from(r),
            1usize => self.type_.read_from(r),
            2usize => self.data.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.source);
        w.field(1usize, &self.type_);
        w.field(2usize, &self.data);
    }
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
rt::impl_object!(TaskProcessingResultResumeParams);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    TaskProcessingResultResumeParams { with_source source : ::std::string::String;
    with_type type_ : ::std::string::String; with_data data : crate
    ::v1::identity_governance::CustomTaskExtensionCallbackData; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TaskProcessingResultResumeParams);
#[cfg(msgraph_v1_search_or_security)]
/// Parameters of the action `microsoft.graph.processContentAsync`.
/// - `processContentRequests`: `Collection(microsoft.graph.processContentBatchRequest)`
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq)]
pub struct TenantDataSecurityAndGovernanceProcessContentAsyncParams {
    /// CSDL: property `processContentRequests`: `Collection(microsoft.graph.processContentBatchRequest)`, nullable.
    pub process_content_requests: rt::Field<
        ::std::vec::Vec<crate::v1::ProcessContentBatchRequest>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default
for TenantDataSecurityAndGovernanceProcessContentAsyncParams {
    #[inline]
    fn default() -> Self {
        Self {
            process_content_requests: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for TenantDataSecurityAndGovernanceProcessContentAsyncParams {
    const TYPE_NAME: &'static str = "microsoft.graph.processContentAsync(microsoft.graph.tenantDataSecurityAndGovernance)";
    const KEYS: &'static [&'static str] = &["processContentRequests"];
    const KEYS_JSON: &'static [&'static str] = &[",\"processContentRequests\":"];
    const TAG: &'static str = "\"#microsoft.graph.processContentAsync(microsoft.graph.tenantDataSecurityAndGovernance)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "process_content_requests", &self.process_content_requests);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for TenantDataSecurityAndGovernanceProcessContentAsyncParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.process_content_requests.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.process_content_requests);
    }
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
rt::impl_object!(TenantDataSecurityAndGovernanceProcessContentAsyncParams);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    TenantDataSecurityAndGovernanceProcessContentAsyncParams {
    with_process_content_requests process_content_requests : ::std::vec::Vec < crate
    ::v1::ProcessContentBatchRequest >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TenantDataSecurityAndGovernanceProcessContentAsyncParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.sendActivityNotification`.
/// - `topic`: `microsoft.graph.teamworkActivityTopic`
/// - `activityType`: `Edm.String`
/// - `chainId`: `Edm.Int64`
/// - `previewText`: `microsoft.graph.itemBody`
/// - `teamsAppId`: `Edm.String`
/// - `templateParameters`: `Collection(microsoft.graph.keyValuePair)`
/// - `recipient`: `microsoft.graph.teamworkNotificationRecipient`
/// - `iconId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct TeamSendActivityNotificationParams {
    /// CSDL: property `topic`: `microsoft.graph.teamworkActivityTopic`, nullable.
    pub topic: rt::Field<crate::v1::TeamworkActivityTopic>,
    /// CSDL: property `activityType`: `Edm.String`, nullable.
    pub activity_type: rt::Field<::std::string::String>,
    /// CSDL: property `chainId`: `Edm.Int64`, nullable.
    pub chain_id: rt::Field<i64>,
    /// CSDL: property `previewText`: `microsoft.graph.itemBody`, nullable.
    pub preview_text: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `teamsAppId`: `Edm.String`, nullable.
    pub teams_app_id: rt::Field<::std::string::String>,
    /// CSDL: property `templateParameters`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub template_parameters: rt::Field<::std::vec::Vec<crate::v1::KeyValuePair>>,
    /// CSDL: property `recipient`: `microsoft.graph.teamworkNotificationRecipient`, nullable.
    pub recipient: rt::Field<crate::v1::AnyTeamworkNotificationRecipient>,
    /// CSDL: property `iconId`: `Edm.String`, nullable.
    pub icon_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TeamSendActivityNotificationParams {
    #[inline]
    fn default() -> Self {
        Self {
            topic: rt::Field::Absent,
            activity_type: rt::Field::Absent,
            chain_id: rt::Field::Absent,
            preview_text: rt::Field::Absent,
            teams_app_id: rt::Field::Absent,
            template_parameters: rt::Field::Absent,
            recipient: rt::Field::Absent,
            icon_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TeamSendActivityNotificationParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sendActivityNotification(microsoft.graph.team)";
    const KEYS: &'static [&'static str] = &[
        "topic",
        "activityType",
        "chainId",
        "previewText",
        "teamsAppId",
        "templateParameters",
        "recipient",
        "iconId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"topic\":",
        ",\"activityType\":",
        ",\"chainId\":",
        ",\"previewText\":",
        ",\"teamsAppId\":",
        ",\"templateParameters\":",
        ",\"recipient\":",
        ",\"iconId\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sendActivityNotification(microsoft.graph.team)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "topic", &self.topic);
        d.field(1usize, "activity_type", &self.activity_type);
        d.field(2usize, "chain_id", &self.chain_id);
        d.field(3usize, "preview_text", &self.preview_text);
        d.field(4usize, "teams_app_id", &self.teams_app_id);
        d.field(5usize, "template_parameters", &self.template_parameters);
        d.field(6usize, "recipient", &self.recipient);
        d.field(7usize, "icon_id", &self.icon_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TeamSendActivityNotificationParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.topic.read_from(r),
            1usize => self.activity_type.read_from(r),
            2usize => self.chain_id.read_from(r),
            3usize => self.preview_text.read_from(r),
            4usize => self.teams_app_id.read_from(r),
            5usize => self.template_parameters.read_from(r),
            6usize => self.recipient.read_from(r),
            7usize => self.icon_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.topic);
        w.field(1usize, &self.activity_type);
        w.field(2usize, &self.chain_id);
        w.field(3usize, &self.preview_text);
        w.field(4usize, &self.teams_app_id);
        w.field(5usize, &self.template_parameters);
        w.field(6usize, &self.recipient);
        w.field(7usize, &self.icon_id);
    }
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
rt::impl_object!(TeamSendActivityNotificationParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TeamSendActivityNotificationParams { with_topic topic : crate
    ::v1::TeamworkActivityTopic; with_activity_type activity_type :
    ::std::string::String; with_chain_id chain_id : i64; with_preview_text preview_text :
    crate ::v1::ItemBody; with_teams_app_id teams_app_id : ::std::string::String;
    with_template_parameters template_parameters : ::std::vec::Vec < crate
    ::v1::KeyValuePair >; with_recipient recipient : crate
    ::v1::AnyTeamworkNotificationRecipient; with_icon_id icon_id : ::std::string::String;
    }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamSendActivityNotificationParams);
#[cfg(msgraph_v1_search_or_teamwork)]
/// Parameters of the action `microsoft.graph.sendActivityNotificationToRecipients`.
/// - `topic`: `microsoft.graph.teamworkActivityTopic`
/// - `activityType`: `Edm.String`
/// - `chainId`: `Edm.Int64`
/// - `previewText`: `microsoft.graph.itemBody`
/// - `teamsAppId`: `Edm.String`
/// - `templateParameters`: `Collection(microsoft.graph.keyValuePair)`
/// - `recipients`: `Collection(microsoft.graph.teamworkNotificationRecipient)`
/// - `iconId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-search`, `v1-teamwork`.
#[derive(Clone, PartialEq)]
pub struct TeamworkSendActivityNotificationToRecipientsParams {
    /// CSDL: property `topic`: `microsoft.graph.teamworkActivityTopic`, nullable.
    pub topic: rt::Field<crate::v1::TeamworkActivityTopic>,
    /// CSDL: property `activityType`: `Edm.String`, nullable.
    pub activity_type: rt::Field<::std::string::String>,
    /// CSDL: property `chainId`: `Edm.Int64`, nullable.
    pub chain_id: rt::Field<i64>,
    /// CSDL: property `previewText`: `microsoft.graph.itemBody`, nullable.
    pub preview_text: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `teamsAppId`: `Edm.String`, nullable.
    pub teams_app_id: rt::Field<::std::string::String>,
    /// CSDL: property `templateParameters`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub template_parameters: rt::Field<::std::vec::Vec<crate::v1::KeyValuePair>>,
    /// CSDL: property `recipients`: `Collection(microsoft.graph.teamworkNotificationRecipient)`, nullable.
    pub recipients: rt::Field<
        ::std::vec::Vec<crate::v1::AnyTeamworkNotificationRecipient>,
    >,
    /// CSDL: property `iconId`: `Edm.String`, nullable.
    pub icon_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_teamwork)]
impl ::std::default::Default for TeamworkSendActivityNotificationToRecipientsParams {
    #[inline]
    fn default() -> Self {
        Self {
            topic: rt::Field::Absent,
            activity_type: rt::Field::Absent,
            chain_id: rt::Field::Absent,
            preview_text: rt::Field::Absent,
            teams_app_id: rt::Field::Absent,
            template_parameters: rt::Field::Absent,
            recipients: rt::Field::Absent,
            icon_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_teamwork)]
impl rt::Object for TeamworkSendActivityNotificationToRecipientsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sendActivityNotificationToRecipients(microsoft.graph.teamwork)";
    const KEYS: &'static [&'static str] = &[
        "topic",
        "activityType",
        "chainId",
        "previewText",
        "teamsAppId",
        "templateParameters",
        "recipients",
        "iconId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"topic\":",
        ",\"activityType\":",
        ",\"chainId\":",
        ",\"previewText\":",
        ",\"teamsAppId\":",
        ",\"templateParameters\":",
        ",\"recipients\":",
        ",\"iconId\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sendActivityNotificationToRecipients(microsoft.graph.teamwork)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "topic", &self.topic);
        d.field(1usize, "activity_type", &self.activity_type);
        d.field(2usize, "chain_id", &self.chain_id);
        d.field(3usize, "preview_text", &self.preview_text);
        d.field(4usize, "teams_app_id", &self.teams_app_id);
        d.field(5usize, "template_parameters", &self.template_parameters);
        d.field(6usize, "recipients", &self.recipients);
        d.field(7usize, "icon_id", &self.icon_id);
    }
}
#[cfg(msgraph_v1_search_or_teamwork)]
impl rt::object::Members for TeamworkSendActivityNotificationToRecipientsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.topic.read_from(r),
            1usize => self.activity_type.read_from(r),
            2usize => self.chain_id.read_from(r),
            3usize => self.preview_text.read_from(r),
            4usize => self.teams_app_id.read_from(r),
            5usize => self.template_parameters.read_from(r),
            6usize => self.recipients.read_from(r),
            7usize => self.icon_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.topic);
        w.field(1usize, &self.activity_type);
        w.field(2usize, &self.chain_id);
        w.field(3usize, &self.preview_text);
        w.field(4usize, &self.teams_app_id);
        w.field(5usize, &self.template_parameters);
        w.field(6usize, &self.recipients);
        w.field(7usize, &self.icon_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_teamwork)]
rt::impl_object!(TeamworkSendActivityNotificationToRecipientsParams);
#[cfg(msgraph_v1_search_or_teamwork)]
rt::impl_setters!(
    TeamworkSendActivityNotificationToRecipientsParams { with_topic topic : crate
    ::v1::TeamworkActivityTopic; with_activity_type activity_type :
    ::std::string::String; with_chain_id chain_id : i64; with_preview_text preview_text :
    crate ::v1::ItemBody; with_teams_app_id teams_app_id : ::std::string::String;
    with_template_parameters template_parameters : ::std::vec::Vec < crate
    ::v1::KeyValuePair >; with_recipients recipients : ::std::vec::Vec < crate
    ::v1::AnyTeamworkNotificationRecipient >; with_icon_id icon_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamworkSendActivityNotificationToRecipientsParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.startBreak`.
/// - `isAtApprovedLocation`: `Edm.Boolean`
/// - `notes`: `microsoft.graph.itemBody`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct TimeCardStartBreakParams {
    /// CSDL: property `isAtApprovedLocation`: `Edm.Boolean`, nullable.
    pub is_at_approved_location: rt::Field<bool>,
    /// CSDL: property `notes`: `microsoft.graph.itemBody`, nullable.
    pub notes: rt::Field<crate::v1::ItemBody>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TimeCardStartBreakParams {
    #[inline]
    fn default() -> Self {
        Self {
            is_at_approved_location: rt::Field::Absent,
            notes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TimeCardStartBreakParams {
    const TYPE_NAME: &'static str = "microsoft.graph.startBreak(microsoft.graph.timeCard)";
    const KEYS: &'static [&'static str] = &["isAtApprovedLocation", "notes"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isAtApprovedLocation\":",
        ",\"notes\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.startBreak(microsoft.graph.timeCard)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "is_at_approved_location", &self.is_at_approved_location);
        d.field(1usize, "notes", &self.notes);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TimeCardStartBreakParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_at_approved_location.read_from(r),
            1usize => self.notes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_at_approved_location);
        w.field(1usize, &self.notes);
    }
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
rt::impl_object!(TimeCardStartBreakParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TimeCardStartBreakParams { with_is_at_approved_location is_at_approved_location :
    bool; with_notes notes : crate ::v1::ItemBody; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeCardStartBreakParams);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Parameters of the action `microsoft.graph.targetApps`.
/// - `apps`: `Collection(microsoft.graph.managedMobileApp)`
/// - `appGroupType`: `microsoft.graph.targetedManagedAppGroupType`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct TargetedManagedAppConfigurationTargetAppsParams {
    /// CSDL: property `apps`: `Collection(microsoft.graph.managedMobileApp)`, nullable.
    pub apps: rt::Field<::std::vec::Vec<crate::v1::ManagedMobileApp>>,
    /// CSDL: property `appGroupType`: `microsoft.graph.targetedManagedAppGroupType`, nullable.
    pub app_group_type: rt::Field<crate::v1::TargetedManagedAppGroupType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for TargetedManagedAppConfigurationTargetAppsParams {
    #[inline]
    fn default() -> Self {
        Self {
            apps: rt::Field::Absent,
            app_group_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for TargetedManagedAppConfigurationTargetAppsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.targetApps(microsoft.graph.targetedManagedAppConfiguration)";
    const KEYS: &'static [&'static str] = &["apps", "appGroupType"];
    const KEYS_JSON: &'static [&'static str] = &[",\"apps\":", ",\"appGroupType\":"];
    const TAG: &'static str = "\"#microsoft.graph.targetApps(microsoft.graph.targetedManagedAppConfiguration)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "apps", &self.apps);
        d.field(1usize, "app_group_type", &self.app_group_type);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for TargetedManagedAppConfigurationTargetAppsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.apps.read_from(r),
            1usize => self.app_group_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.apps);
        w.field(1usize, &self.app_group_type);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_object!(TargetedManagedAppConfigurationTargetAppsParams);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    TargetedManagedAppConfigurationTargetAppsParams { with_apps apps : ::std::vec::Vec <
    crate ::v1::ManagedMobileApp >; with_app_group_type app_group_type : crate
    ::v1::TargetedManagedAppGroupType; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(TargetedManagedAppConfigurationTargetAppsParams);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Parameters of the action `microsoft.graph.targetApps`.
/// - `apps`: `Collection(microsoft.graph.managedMobileApp)`
/// - `appGroupType`: `microsoft.graph.targetedManagedAppGroupType`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct TargetedManagedAppProtectionTargetAppsParams {
    /// CSDL: property `apps`: `Collection(microsoft.graph.managedMobileApp)`, nullable.
    pub apps: rt::Field<::std::vec::Vec<crate::v1::ManagedMobileApp>>,
    /// CSDL: property `appGroupType`: `microsoft.graph.targetedManagedAppGroupType`, nullable.
    pub app_group_type: rt::Field<crate::v1::TargetedManagedAppGroupType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for TargetedManagedAppProtectionTargetAppsParams {
    #[inline]
    fn default() -> Self {
        Self {
            apps: rt::Field::Absent,
            app_group_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for TargetedManagedAppProtectionTargetAppsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.targetApps(microsoft.graph.targetedManagedAppProtection)";
    const KEYS: &'static [&'static str] = &["apps", "appGroupType"];
    const KEYS_JSON: &'static [&'static str] = &[",\"apps\":", ",\"appGroupType\":"];
    const TAG: &'static str = "\"#microsoft.graph.targetApps(microsoft.graph.targetedManagedAppProtection)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "apps", &self.apps);
        d.field(1usize, "app_group_type", &self.app_group_type);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for TargetedManagedAppProtectionTargetAppsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.apps.read_from(r),
            1usize => self.app_group_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.apps);
        w.field(1usize, &self.app_group_type);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_object!(TargetedManagedAppProtectionTargetAppsParams);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    TargetedManagedAppProtectionTargetAppsParams { with_apps apps : ::std::vec::Vec <
    crate ::v1::ManagedMobileApp >; with_app_group_type app_group_type : crate
    ::v1::TargetedManagedAppGroupType; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(TargetedManagedAppProtectionTargetAppsParams);
#[cfg(msgraph_v1_admin_or_search)]
/// Parameters of the action `microsoft.graph.teamsAdministration.assign`.
/// - `value`: `Collection(microsoft.graph.teamsAdministration.teamsPolicyUserAssignment)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct TeamsPolicyUserAssignmentCollectionAssignParams {
    /// CSDL: property `value`: `Collection(microsoft.graph.teamsAdministration.teamsPolicyUserAssignment)`, not nullable.
    pub value: rt::Field<
        ::std::vec::Vec<crate::v1::teams_administration::TeamsPolicyUserAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for TeamsPolicyUserAssignmentCollectionAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for TeamsPolicyUserAssignmentCollectionAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAdministration.assign(Collection(microsoft.graph.teamsAdministration.teamsPolicyUserAssignment))";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":"];
    const TAG: &'static str = "\"#microsoft.graph.teamsAdministration.assign(Collection(microsoft.graph.teamsAdministration.teamsPolicyUserAssignment))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for TeamsPolicyUserAssignmentCollectionAssignParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.value);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(TeamsPolicyUserAssignmentCollectionAssignParams);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    TeamsPolicyUserAssignmentCollectionAssignParams { with_value value : ::std::vec::Vec
    < crate ::v1::teams_administration::TeamsPolicyUserAssignment >; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsPolicyUserAssignmentCollectionAssignParams);
#[cfg(msgraph_v1_admin_or_search)]
/// Parameters of the action `microsoft.graph.teamsAdministration.unassign`.
/// - `value`: `Collection(microsoft.graph.teamsAdministration.teamsPolicyUserAssignment)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct TeamsPolicyUserAssignmentCollectionUnassignParams {
    /// CSDL: property `value`: `Collection(microsoft.graph.teamsAdministration.teamsPolicyUserAssignment)`, not nullable.
    pub value: rt::Field<
        ::std::vec::Vec<crate::v1::teams_administration::TeamsPolicyUserAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for TeamsPolicyUserAssignmentCollectionUnassignParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for TeamsPolicyUserAssignmentCollectionUnassignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAdministration.unassign(Collection(microsoft.graph.teamsAdministration.teamsPolicyUserAssignment))";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":"];
    const TAG: &'static str = "\"#microsoft.graph.teamsAdministration.unassign(Collection(microsoft.graph.teamsAdministration.teamsPolicyUserAssignment))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for TeamsPolicyUserAssignmentCollectionUnassignParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.value);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(TeamsPolicyUserAssignmentCollectionUnassignParams);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    TeamsPolicyUserAssignmentCollectionUnassignParams { with_value value :
    ::std::vec::Vec < crate ::v1::teams_administration::TeamsPolicyUserAssignment >; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsPolicyUserAssignmentCollectionUnassignParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.upgrade`.
/// - `consentedPermissionSet`: `microsoft.graph.teamsAppPermissionSet`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct TeamsAppInstallationUpgradeParams {
    /// CSDL: property `consentedPermissionSet`: `microsoft.graph.teamsAppPermissionSet`, nullable.
    pub consented_permission_set: rt::Field<crate::v1::TeamsAppPermissionSet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TeamsAppInstallationUpgradeParams {
    #[inline]
    fn default() -> Self {
        Self {
            consented_permission_set: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TeamsAppInstallationUpgradeParams {
    const TYPE_NAME: &'static str = "microsoft.graph.upgrade(microsoft.graph.teamsAppInstallation)";
    const KEYS: &'static [&'static str] = &["consentedPermissionSet"];
    const KEYS_JSON: &'static [&'static str] = &[",\"consentedPermissionSet\":"];
    const TAG: &'static str = "\"#microsoft.graph.upgrade(microsoft.graph.teamsAppInstallation)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "consented_permission_set", &self.consented_permission_set);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TeamsAppInstallationUpgradeParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.consented_permission_set.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.consented_permission_set);
    }
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
rt::impl_object!(TeamsAppInstallationUpgradeParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TeamsAppInstallationUpgradeParams { with_consented_permission_set
    consented_permission_set : crate ::v1::TeamsAppPermissionSet; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsAppInstallationUpgradeParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.assignLicense`.
/// - `addLicenses`: `Collection(microsoft.graph.assignedLicense)`
/// - `removeLicenses`: `Collection(Edm.Guid)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct UserAssignLicenseParams {
    /// CSDL: property `addLicenses`: `Collection(microsoft.graph.assignedLicense)`, not nullable.
    pub add_licenses: rt::Field<::std::vec::Vec<crate::v1::AssignedLicense>>,
    /// CSDL: property `removeLicenses`: `Collection(Edm.Guid)`, not nullable.
    pub remove_licenses: rt::Field<::std::vec::Vec<rt::edm::Guid>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for UserAssignLicenseParams {
    #[inline]
    fn default() -> Self {
        Self {
            add_licenses: rt::Field::Absent,
            remove_licenses: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for UserAssignLicenseParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assignLicense(microsoft.graph.user)";
    const KEYS: &'static [&'static str] = &["addLicenses", "removeLicenses"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"addLicenses\":",
        ",\"removeLicenses\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.assignLicense(microsoft.graph.user)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "add_licenses", &self.add_licenses);
        d.field(1usize, "remove_licenses", &self.remove_licenses);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for UserAssignLicenseParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.add_licenses.read_from(r),
            1usize => self.remove_licenses.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.add_licenses);
        w.field(1usize, &self.remove_licenses);
    }
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
rt::impl_object!(UserAssignLicenseParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    UserAssignLicenseParams { with_add_licenses add_licenses : ::std::vec::Vec < crate
    ::v1::AssignedLicense >; with_remove_licenses remove_licenses : ::std::vec::Vec <
    rt::edm::Guid >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserAssignLicenseParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.changePassword`.
/// - `currentPassword`: `Edm.String`
/// - `newPassword`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct UserChangePasswordParams {
    /// CSDL: property `currentPassword`: `Edm.String`, nullable.
    pub current_password: rt::Field<::std::string::String>,
    /// CSDL: property `newPassword`: `Edm.String`, nullable.
    pub new_password: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for UserChangePasswordParams {
    #[inline]
    fn default() -> Self {
        Self {
            current_password: rt::Field::Absent,
            new_password: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for UserChangePasswordParams {
    const TYPE_NAME: &'static str = "microsoft.graph.changePassword(microsoft.graph.user)";
    const KEYS: &'static [&'static str] = &["currentPassword", "newPassword"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"currentPassword\":",
        ",\"newPassword\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.changePassword(microsoft.graph.user)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "current_password", &self.current_password);
        d.field(1usize, "new_password", &self.new_password);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for UserChangePasswordParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.current_password.read_from(r),
            1usize => self.new_password.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.current_password);
        w.field(1usize, &self.new_password);
    }
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
rt::impl_object!(UserChangePasswordParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    UserChangePasswordParams { with_current_password current_password :
    ::std::string::String; with_new_password new_password : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserChangePasswordParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.compute`.
/// - `activities`: `microsoft.graph.userActivityTypes`
/// - `locations`: `Collection(microsoft.graph.policyLocation)`
/// - `pivotOn`: `microsoft.graph.policyPivotProperty`
/// - `deviceMetadata`: `microsoft.graph.deviceMetadata`
/// - `integratedAppMetadata`: `microsoft.graph.integratedApplicationMetadata`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct UserProtectionScopeContainerComputeParams {
    /// CSDL: property `activities`: `microsoft.graph.userActivityTypes`, nullable.
    pub activities: rt::Field<rt::Flags<crate::v1::UserActivityTypes>>,
    /// CSDL: property `locations`: `Collection(microsoft.graph.policyLocation)`, nullable.
    pub locations: rt::Field<::std::vec::Vec<crate::v1::AnyPolicyLocation>>,
    /// CSDL: property `pivotOn`: `microsoft.graph.policyPivotProperty`, nullable.
    pub pivot_on: rt::Field<crate::v1::PolicyPivotProperty>,
    /// CSDL: property `deviceMetadata`: `microsoft.graph.deviceMetadata`, nullable.
    pub device_metadata: rt::Field<crate::v1::DeviceMetadata>,
    /// CSDL: property `integratedAppMetadata`: `microsoft.graph.integratedApplicationMetadata`, nullable.
    pub integrated_app_metadata: rt::Field<crate::v1::AnyIntegratedApplicationMetadata>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for UserProtectionScopeContainerComputeParams {
    #[inline]
    fn default() -> Self {
        Self {
            activities: rt::Field::Absent,
            locations: rt::Field::Absent,
            pivot_on: rt::Field::Absent,
            device_metadata: rt::Field::Absent,
            integrated_app_metadata: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for UserProtectionScopeContainerComputeParams {
    const TYPE_NAME: &'static str = "microsoft.graph.compute(microsoft.graph.userProtectionScopeContainer)";
    const KEYS: &'static [&'static str] = &[
        "activities",
        "locations",
        "pivotOn",
        "deviceMetadata",
        "integratedAppMetadata",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"activities\":",
        ",\"locations\":",
        ",\"pivotOn\":",
        ",\"deviceMetadata\":",
        ",\"integratedAppMetadata\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.compute(microsoft.graph.userProtectionScopeContainer)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "activities", &self.activities);
        d.field(1usize, "locations", &self.locations);
        d.field(2usize, "pivot_on", &self.pivot_on);
        d.field(3usize, "device_metadata", &self.device_metadata);
        d.field(4usize, "integrated_app_metadata", &self.integrated_app_metadata);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for UserProtectionScopeContainerComputeParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.activities.read_from(r),
            1usize => self.locations.read_from(r),
            2usize => self.pivot_on.read_from(r),
            3usize => self.device_metadata.read_from(r),
            4usize => self.integrated_app_metadata.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.activities);
        w.field(1usize, &self.locations);
        w.field(2usize, &self.pivot_on);
        w.field(3usize, &self.device_metadata);
        w.field(4usize, &self.integrated_app_metadata);
    }
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
rt::impl_object!(UserProtectionScopeContainerComputeParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    UserProtectionScopeContainerComputeParams { with_activities activities : rt::Flags <
    crate ::v1::UserActivityTypes >; with_locations locations : ::std::vec::Vec < crate
    ::v1::AnyPolicyLocation >; with_pivot_on pivot_on : crate ::v1::PolicyPivotProperty;
    with_device_metadata device_metadata : crate ::v1::DeviceMetadata;
    with_integrated_app_metadata integrated_app_metadata : crate
    ::v1::AnyIntegratedApplicationMetadata; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserProtectionScopeContainerComputeParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.deleteTargetedMessage`.
/// - `teamId`: `Edm.String`
/// - `channelId`: `Edm.String`
/// - `messageId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct UserTeamworkDeleteTargetedMessageParams {
    /// CSDL: property `teamId`: `Edm.String`, not nullable.
    pub team_id: rt::Field<::std::string::String>,
    /// CSDL: property `channelId`: `Edm.String`, not nullable.
    pub channel_id: rt::Field<::std::string::String>,
    /// CSDL: property `messageId`: `Edm.String`, not nullable.
    pub message_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for UserTeamworkDeleteTargetedMessageParams {
    #[inline]
    fn default() -> Self {
        Self {
            team_id: rt::Field::Absent,
            channel_id: rt::Field::Absent,
            message_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for UserTeamworkDeleteTargetedMessageParams {
    const TYPE_NAME: &'static str = "microsoft.graph.deleteTargetedMessage(microsoft.graph.userTeamwork)";
    const KEYS: &'static [&'static str] = &["teamId", "channelId", "messageId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"teamId\":",
        ",\"channelId\":",
        ",\"messageId\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deleteTargetedMessage(microsoft.graph.userTeamwork)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "team_id", &self.team_id);
        d.field(1usize, "channel_id", &self.channel_id);
        d.field(2usize, "message_id", &self.message_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for UserTeamworkDeleteTargetedMessageParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.team_id.read_from(r),
            1usize => self.channel_id.read_from(r),
            2usize => self.message_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.team_id);
        w.field(1usize, &self.channel_id);
        w.field(2usize, &self.message_id);
    }
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
rt::impl_object!(UserTeamworkDeleteTargetedMessageParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    UserTeamworkDeleteTargetedMessageParams { with_team_id team_id :
    ::std::string::String; with_channel_id channel_id : ::std::string::String;
    with_message_id message_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserTeamworkDeleteTargetedMessageParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.exportPersonalData`.
/// - `storageLocation`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct UserExportPersonalDataParams {
    /// CSDL: property `storageLocation`: `Edm.String`, nullable.
    pub storage_location: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for UserExportPersonalDataParams {
    #[inline]
    fn default() -> Self {
        Self {
            storage_location: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for UserExportPersonalDataParams {
    const TYPE_NAME: &'static str = "microsoft.graph.exportPersonalData(microsoft.graph.user)";
    const KEYS: &'static [&'static str] = &["storageLocation"];
    const KEYS_JSON: &'static [&'static str] = &[",\"storageLocation\":"];
    const TAG: &'static str = "\"#microsoft.graph.exportPersonalData(microsoft.graph.user)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "storage_location", &self.storage_location);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for UserExportPersonalDataParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.storage_location.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.storage_location);
    }
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
rt::impl_object!(UserExportPersonalDataParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    UserExportPersonalDataParams { with_storage_location storage_location :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExportPersonalDataParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.findMeetingTimes`.
/// - `attendees`: `Collection(microsoft.graph.attendeeBase)`
/// - `locationConstraint`: `microsoft.graph.locationConstraint`
/// - `timeConstraint`: `microsoft.graph.timeConstraint`
/// - `meetingDuration`: `Edm.Duration`
/// - `maxCandidates`: `Edm.Int32`
/// - `isOrganizerOptional`: `Edm.Boolean`
/// - `returnSuggestionReasons`: `Edm.Boolean`
/// - `minimumAttendeePercentage`: `Edm.Double`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct UserFindMeetingTimesParams {
    /// CSDL: property `attendees`: `Collection(microsoft.graph.attendeeBase)`, nullable.
    pub attendees: rt::Field<::std::vec::Vec<crate::v1::AnyAttendeeBase>>,
    /// CSDL: property `locationConstraint`: `microsoft.graph.locationConstraint`, nullable.
    pub location_constraint: rt::Field<crate::v1::LocationConstraint>,
    /// CSDL: property `timeConstraint`: `microsoft.graph.timeConstraint`, nullable.
    pub time_constraint: rt::Field<crate::v1::TimeConstraint>,
    /// CSDL: property `meetingDuration`: `Edm.Duration`, nullable.
    pub meeting_duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `maxCandidates`: `Edm.Int32`, nullable.
    pub max_candidates: rt::Field<i32>,
    /// CSDL: property `isOrganizerOptional`: `Edm.Boolean`, nullable.
    pub is_organizer_optional: rt::Field<bool>,
    /// CSDL: property `returnSuggestionReasons`: `Edm.Boolean`, nullable.
    pub return_suggestion_reasons: rt::Field<bool>,
    /// CSDL: property `minimumAttendeePercentage`: `Edm.Double`, nullable.
    pub minimum_attendee_percentage: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for UserFindMeetingTimesParams {
    #[inline]
    fn default() -> Self {
        Self {
            attendees: rt::Field::Absent,
            location_constraint: rt::Field::Absent,
            time_constraint: rt::Field::Absent,
            meeting_duration: rt::Field::Absent,
            max_candidates: rt::Field::Absent,
            is_organizer_optional: rt::Field::Absent,
            return_suggestion_reasons: rt::Field::Absent,
            minimum_attendee_percentage: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for UserFindMeetingTimesParams {
    const TYPE_NAME: &'static str = "microsoft.graph.findMeetingTimes(microsoft.graph.user)";
    const KEYS: &'static [&'static str] = &[
        "attendees",
        "locationConstraint",
        "timeConstraint",
        "meetingDuration",
        "maxCandidates",
        "isOrganizerOptional",
        "returnSuggestionReasons",
        "minimumAttendeePercentage",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"attendees\":",
        ",\"locationConstraint\":",
        ",\"timeConstraint\":",
        ",\"meetingDuration\":",
        ",\"maxCandidates\":",
        ",\"isOrganizerOptional\":",
        ",\"returnSuggestionReasons\":",
        ",\"minimumAttendeePercentage\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.findMeetingTimes(microsoft.graph.user)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "attendees", &self.attendees);
        d.field(1usize, "location_constraint", &self.location_constraint);
        d.field(2usize, "time_constraint", &self.time_constraint);
        d.field(3usize, "meeting_duration", &self.meeting_duration);
        d.field(4usize, "max_candidates", &self.max_candidates);
        d.field(5usize, "is_organizer_optional", &self.is_organizer_optional);
        d.field(6usize, "return_suggestion_reasons", &self.return_suggestion_reasons);
        d.field(
            7usize,
            "minimum_attendee_percentage",
            &self.minimum_attendee_percentage,
        );
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for UserFindMeetingTimesParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.attendees.read_from(r),
            1usize => self.location_constraint.read_from(r),
            2usize => self.time_constraint.read_from(r),
            3usize => self.meeting_duration.read_from(r),
            4usize => self.max_candidates.read_from(r),
            5usize => self.is_organizer_optional.read_from(r),
            6usize => self.return_suggestion_reasons.read_from(r),
            7usize => self.minimum_attendee_percentage.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.attendees);
        w.field(1usize, &self.location_constraint);
        w.field(2usize, &self.time_constraint);
        w.field(3usize, &self.meeting_duration);
        w.field(4usize, &self.max_candidates);
        w.field(5usize, &self.is_organizer_optional);
        w.field(6usize, &self.return_suggestion_reasons);
        w.field(7usize, &self.minimum_attendee_percentage);
    }
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
rt::impl_object!(UserFindMeetingTimesParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    UserFindMeetingTimesParams { with_attendees attendees : ::std::vec::Vec < crate
    ::v1::AnyAttendeeBase >; with_location_constraint location_constraint : crate
    ::v1::LocationConstraint; with_time_constraint time_constraint : crate
    ::v1::TimeConstraint; with_meeting_duration meeting_duration : rt::edm::Duration;
    with_max_candidates max_candidates : i32; with_is_organizer_optional
    is_organizer_optional : bool; with_return_suggestion_reasons
    return_suggestion_reasons : bool; with_minimum_attendee_percentage
    minimum_attendee_percentage : f64; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserFindMeetingTimesParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.getMailTips`.
/// - `EmailAddresses`: `Collection(Edm.String)`
/// - `MailTipsOptions`: `microsoft.graph.mailTipsType`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct UserGetMailTipsParams {
    /// CSDL: property `EmailAddresses`: `Collection(Edm.String)`, not nullable.
    pub email_addresses: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `MailTipsOptions`: `microsoft.graph.mailTipsType`, nullable.
    pub mail_tips_options: rt::Field<rt::Flags<crate::v1::MailTipsType>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for UserGetMailTipsParams {
    #[inline]
    fn default() -> Self {
        Self {
            email_addresses: rt::Field::Absent,
            mail_tips_options: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for UserGetMailTipsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getMailTips(microsoft.graph.user)";
    const KEYS: &'static [&'static str] = &["EmailAddresses", "MailTipsOptions"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"EmailAddresses\":",
        ",\"MailTipsOptions\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getMailTips(microsoft.graph.user)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "email_addresses", &self.email_addresses);
        d.field(1usize, "mail_tips_options", &self.mail_tips_options);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for UserGetMailTipsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.email_addresses.read_from(r),
            1usize => self.mail_tips_options.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.email_addresses);
        w.field(1usize, &self.mail_tips_options);
    }
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
rt::impl_object!(UserGetMailTipsParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    UserGetMailTipsParams { with_email_addresses email_addresses : ::std::vec::Vec <
    ::std::string::String >; with_mail_tips_options mail_tips_options : rt::Flags < crate
    ::v1::MailTipsType >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserGetMailTipsParams);
#[cfg(msgraph_v1_reports_or_search)]
/// Parameters of the action `microsoft.graph.partners.billing.export`.
/// - `currencyCode`: `Edm.String`
/// - `billingPeriod`: `microsoft.graph.partners.billing.billingPeriod`
/// - `attributeSet`: `microsoft.graph.partners.billing.attributeSet`
///
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct UnbilledReconciliationExportParams {
    /// CSDL: property `currencyCode`: `Edm.String`, nullable.
    pub currency_code: rt::Field<::std::string::String>,
    /// CSDL: property `billingPeriod`: `microsoft.graph.partners.billing.billingPeriod`, nullable.
    pub billing_period: rt::Field<crate::v1::partners_billing::BillingPeriod>,
    /// CSDL: property `attributeSet`: `microsoft.graph.partners.billing.attributeSet`, nullable.
    pub attribute_set: rt::Field<crate::v1::partners_billing::AttributeSet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_reports_or_search)]
impl ::std::default::Default for UnbilledReconciliationExportParams {
    #[inline]
    fn default() -> Self {
        Self {
            currency_code: rt::Field::Absent,
            billing_period: rt::Field::Absent,
            attribute_set: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::Object for UnbilledReconciliationExportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.partners.billing.export(microsoft.graph.partners.billing.unbilledReconciliation)";
    const KEYS: &'static [&'static str] = &[
        "currencyCode",
        "billingPeriod",
        "attributeSet",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"currencyCode\":",
        ",\"billingPeriod\":",
        ",\"attributeSet\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.partners.billing.export(microsoft.graph.partners.billing.unbilledReconciliation)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "currency_code", &self.currency_code);
        d.field(1usize, "billing_period", &self.billing_period);
        d.field(2usize, "attribute_set", &self.attribute_set);
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::object::Members for UnbilledReconciliationExportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.currency_code.read_from(r),
            1usize => self.billing_period.read_from(r),
            2usize => self.attribute_set.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.currency_code);
        w.field(1usize, &self.billing_period);
        w.field(2usize, &self.attribute_set);
    }
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
rt::impl_object!(UnbilledReconciliationExportParams);
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_setters!(
    UnbilledReconciliationExportParams { with_currency_code currency_code :
    ::std::string::String; with_billing_period billing_period : crate
    ::v1::partners_billing::BillingPeriod; with_attribute_set attribute_set : crate
    ::v1::partners_billing::AttributeSet; }
);
#[cfg(msgraph_v1_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnbilledReconciliationExportParams);
#[cfg(msgraph_v1_reports_or_search)]
/// Parameters of the action `microsoft.graph.partners.billing.export`.
/// - `currencyCode`: `Edm.String`
/// - `billingPeriod`: `microsoft.graph.partners.billing.billingPeriod`
/// - `attributeSet`: `microsoft.graph.partners.billing.attributeSet`
///
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct UnbilledUsageExportParams {
    /// CSDL: property `currencyCode`: `Edm.String`, nullable.
    pub currency_code: rt::Field<::std::string::String>,
    /// CSDL: property `billingPeriod`: `microsoft.graph.partners.billing.billingPeriod`, nullable.
    pub billing_period: rt::Field<crate::v1::partners_billing::BillingPeriod>,
    /// CSDL: property `attributeSet`: `microsoft.graph.partners.billing.attributeSet`, nullable.
    pub attribute_set: rt::Field<crate::v1::partners_billing::AttributeSet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_reports_or_search)]
impl ::std::default::Default for UnbilledUsageExportParams {
    #[inline]
    fn default() -> Self {
        Self {
            currency_code: rt::Field::Absent,
            billing_period: rt::Field::Absent,
            attribute_set: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::Object for UnbilledUsageExportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.partners.billing.export(microsoft.graph.partners.billing.unbilledUsage)";
    const KEYS: &'static [&'static str] = &[
        "currencyCode",
        "billingPeriod",
        "attributeSet",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"currencyCode\":",
        ",\"billingPeriod\":",
        ",\"attributeSet\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.partners.billing.export(microsoft.graph.partners.billing.unbilledUsage)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "currency_code", &self.currency_code);
        d.field(1usize, "billing_period", &self.billing_period);
        d.field(2usize, "attribute_set", &self.attribute_set);
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::object::Members for UnbilledUsageExportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.currency_code.read_from(r),
            1usize => self.billing_period.read_from(r),
            2usize => self.attribute_set.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.currency_code);
        w.field(1usize, &self.billing_period);
        w.field(2usize, &self.attribute_set);
    }
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
rt::impl_object!(UnbilledUsageExportParams);
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_setters!(
    UnbilledUsageExportParams { with_currency_code currency_code : ::std::string::String;
    with_billing_period billing_period : crate ::v1::partners_billing::BillingPeriod;
    with_attribute_set attribute_set : crate ::v1::partners_billing::AttributeSet; }
);
#[cfg(msgraph_v1_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnbilledUsageExportParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.processContent`.
/// - `contentToProcess`: `microsoft.graph.processContentRequest`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct UserDataSecurityAndGovernanceProcessContentParams {
    /// CSDL: property `contentToProcess`: `microsoft.graph.processContentRequest`, nullable.
    pub content_to_process: rt::Field<crate::v1::ProcessContentRequest>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for UserDataSecurityAndGovernanceProcessContentParams {
    #[inline]
    fn default() -> Self {
        Self {
            content_to_process: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for UserDataSecurityAndGovernanceProcessContentParams {
    const TYPE_NAME: &'static str = "microsoft.graph.processContent(microsoft.graph.userDataSecurityAndGovernance)";
    const KEYS: &'static [&'static str] = &["contentToProcess"];
    const KEYS_JSON: &'static [&'static str] = &[",\"contentToProcess\":"];
    const TAG: &'static str = "\"#microsoft.graph.processContent(microsoft.graph.userDataSecurityAndGovernance)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "content_to_process", &self.content_to_process);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for UserDataSecurityAndGovernanceProcessContentParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content_to_process.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content_to_process);
    }
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
rt::impl_object!(UserDataSecurityAndGovernanceProcessContentParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    UserDataSecurityAndGovernanceProcessContentParams { with_content_to_process
    content_to_process : crate ::v1::ProcessContentRequest; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserDataSecurityAndGovernanceProcessContentParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.sendActivityNotification`.
/// - `topic`: `microsoft.graph.teamworkActivityTopic`
/// - `activityType`: `Edm.String`
/// - `chainId`: `Edm.Int64`
/// - `previewText`: `microsoft.graph.itemBody`
/// - `teamsAppId`: `Edm.String`
/// - `templateParameters`: `Collection(microsoft.graph.keyValuePair)`
/// - `iconId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct UserTeamworkSendActivityNotificationParams {
    /// CSDL: property `topic`: `microsoft.graph.teamworkActivityTopic`, nullable.
    pub topic: rt::Field<crate::v1::TeamworkActivityTopic>,
    /// CSDL: property `activityType`: `Edm.String`, nullable.
    pub activity_type: rt::Field<::std::string::String>,
    /// CSDL: property `chainId`: `Edm.Int64`, nullable.
    pub chain_id: rt::Field<i64>,
    /// CSDL: property `previewText`: `microsoft.graph.itemBody`, nullable.
    pub preview_text: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `teamsAppId`: `Edm.String`, nullable.
    pub teams_app_id: rt::Field<::std::string::String>,
    /// CSDL: property `templateParameters`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub template_parameters: rt::Field<::std::vec::Vec<crate::v1::KeyValuePair>>,
    /// CSDL: property `iconId`: `Edm.String`, nullable.
    pub icon_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for UserTeamworkSendActivityNotificationParams {
    #[inline]
    fn default() -> Self {
        Self {
            topic: rt::Field::Absent,
            activity_type: rt::Field::Absent,
            chain_id: rt::Field::Absent,
            preview_text: rt::Field::Absent,
            teams_app_id: rt::Field::Absent,
            template_parameters: rt::Field::Absent,
            icon_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for UserTeamworkSendActivityNotificationParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sendActivityNotification(microsoft.graph.userTeamwork)";
    const KEYS: &'static [&'static str] = &[
        "topic",
        "activityType",
        "chainId",
        "previewText",
        "teamsAppId",
        "templateParameters",
        "iconId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"topic\":",
        ",\"activityType\":",
        ",\"chainId\":",
        ",\"previewText\":",
        ",\"teamsAppId\":",
        ",\"templateParameters\":",
        ",\"iconId\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sendActivityNotification(microsoft.graph.userTeamwork)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "topic", &self.topic);
        d.field(1usize, "activity_type", &self.activity_type);
        d.field(2usize, "chain_id", &self.chain_id);
        d.field(3usize, "preview_text", &self.preview_text);
        d.field(4usize, "teams_app_id", &self.teams_app_id);
        d.field(5usize, "template_parameters", &self.template_parameters);
        d.field(6usize, "icon_id", &self.icon_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for UserTeamworkSendActivityNotificationParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.topic.read_from(r),
            1usize => self.activity_type.read_from(r),
            2usize => self.chain_id.read_from(r),
            3usize => self.preview_text.read_from(r),
            4usize => self.teams_app_id.read_from(r),
            5usize => self.template_parameters.read_from(r),
            6usize => self.icon_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.topic);
        w.field(1usize, &self.activity_type);
        w.field(2usize, &self.chain_id);
        w.field(3usize, &self.preview_text);
        w.field(4usize, &self.teams_app_id);
        w.field(5usize, &self.template_parameters);
        w.field(6usize, &self.icon_id);
    }
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
rt::impl_object!(UserTeamworkSendActivityNotificationParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    UserTeamworkSendActivityNotificationParams { with_topic topic : crate
    ::v1::TeamworkActivityTopic; with_activity_type activity_type :
    ::std::string::String; with_chain_id chain_id : i64; with_preview_text preview_text :
    crate ::v1::ItemBody; with_teams_app_id teams_app_id : ::std::string::String;
    with_template_parameters template_parameters : ::std::vec::Vec < crate
    ::v1::KeyValuePair >; with_icon_id icon_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserTeamworkSendActivityNotificationParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.sendMail`.
/// - `Message`: `microsoft.graph.message`
/// - `SaveToSentItems`: `Edm.Boolean`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct UserSendMailParams {
    /// CSDL: property `Message`: `microsoft.graph.message`, not nullable.
    pub message: rt::Field<crate::v1::AnyMessage>,
    /// CSDL: property `SaveToSentItems`: `Edm.Boolean`, nullable.
    pub save_to_sent_items: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for UserSendMailParams {
    #[inline]
    fn default() -> Self {
        Self {
            message: rt::Field::Absent,
            save_to_sent_items: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for UserSendMailParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sendMail(microsoft.graph.user)";
    const KEYS: &'static [&'static str] = &["Message", "SaveToSentItems"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"Message\":",
        ",\"SaveToSentItems\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sendMail(microsoft.graph.user)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "message", &self.message);
        d.field(1usize, "save_to_sent_items", &self.save_to_sent_items);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for UserSendMailParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message.read_from(r),
            1usize => self.save_to_sent_items.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message);
        w.field(1usize, &self.save_to_sent_items);
    }
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
rt::impl_object!(UserSendMailParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    UserSendMailParams { with_message message : crate ::v1::AnyMessage;
    with_save_to_sent_items save_to_sent_items : bool; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserSendMailParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.translateExchangeIds`.
/// - `InputIds`: `Collection(Edm.String)`
/// - `TargetIdType`: `microsoft.graph.exchangeIdFormat`
/// - `SourceIdType`: `microsoft.graph.exchangeIdFormat`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct UserTranslateExchangeIdsParams {
    /// CSDL: property `InputIds`: `Collection(Edm.String)`, not nullable.
    pub input_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `TargetIdType`: `microsoft.graph.exchangeIdFormat`, not nullable.
    pub target_id_type: rt::Field<crate::v1::ExchangeIdFormat>,
    /// CSDL: property `SourceIdType`: `microsoft.graph.exchangeIdFormat`, not nullable.
    pub source_id_type: rt::Field<crate::v1::ExchangeIdFormat>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for UserTranslateExchangeIdsParams {
    #[inline]
    fn default() -> Self {
        Self {
            input_ids: rt::Field::Absent,
            target_id_type: rt::Field::Absent,
            source_id_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for UserTranslateExchangeIdsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.translateExchangeIds(microsoft.graph.user)";
    const KEYS: &'static [&'static str] = &["InputIds", "TargetIdType", "SourceIdType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"InputIds\":",
        ",\"TargetIdType\":",
        ",\"SourceIdType\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.translateExchangeIds(microsoft.graph.user)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "input_ids", &self.input_ids);
        d.field(1usize, "target_id_type", &self.target_id_type);
        d.field(2usize, "source_id_type", &self.source_id_type);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for UserTranslateExchangeIdsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.input_ids.read_from(r),
            1usize => self.target_id_type.read_from(r),
            2usize => self.source_id_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.input_ids);
        w.field(1usize, &self.target_id_type);
        w.field(2usize, &self.source_id_type);
    }
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
rt::impl_object!(UserTranslateExchangeIdsParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    UserTranslateExchangeIdsParams { with_input_ids input_ids : ::std::vec::Vec <
    ::std::string::String >; with_target_id_type target_id_type : crate
    ::v1::ExchangeIdFormat; with_source_id_type source_id_type : crate
    ::v1::ExchangeIdFormat; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserTranslateExchangeIdsParams);
#[cfg(msgraph_v1_core)]
/// Issues a wipe operation on an app registration with specified device tag.
///
/// Parameters of the action `microsoft.graph.wipeManagedAppRegistrationsByDeviceTag`.
/// - `deviceTag`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct UserWipeManagedAppRegistrationsByDeviceTagParams {
    /// CSDL: property `deviceTag`: `Edm.String`, nullable.
    pub device_tag: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for UserWipeManagedAppRegistrationsByDeviceTagParams {
    #[inline]
    fn default() -> Self {
        Self {
            device_tag: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for UserWipeManagedAppRegistrationsByDeviceTagParams {
    const TYPE_NAME: &'static str = "microsoft.graph.wipeManagedAppRegistrationsByDeviceTag(microsoft.graph.user)";
    const KEYS: &'static [&'static str] = &["deviceTag"];
    const KEYS_JSON: &'static [&'static str] = &[",\"deviceTag\":"];
    const TAG: &'static str = "\"#microsoft.graph.wipeManagedAppRegistrationsByDeviceTag(microsoft.graph.user)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "device_tag", &self.device_tag);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for UserWipeManagedAppRegistrationsByDeviceTagParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_tag.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_tag);
    }
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
rt::impl_object!(UserWipeManagedAppRegistrationsByDeviceTagParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    UserWipeManagedAppRegistrationsByDeviceTagParams { with_device_tag device_tag :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserWipeManagedAppRegistrationsByDeviceTagParams);
#[cfg(msgraph_v1_search_or_solutions)]
/// Parameters of the action `microsoft.graph.setExternalEventInformation`.
/// - `externalEventId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq)]
pub struct VirtualEventSetExternalEventInformationParams {
    /// CSDL: property `externalEventId`: `Edm.String`, nullable.
    pub external_event_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for VirtualEventSetExternalEventInformationParams {
    #[inline]
    fn default() -> Self {
        Self {
            external_event_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for VirtualEventSetExternalEventInformationParams {
    const TYPE_NAME: &'static str = "microsoft.graph.setExternalEventInformation(microsoft.graph.virtualEvent)";
    const KEYS: &'static [&'static str] = &["externalEventId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"externalEventId\":"];
    const TAG: &'static str = "\"#microsoft.graph.setExternalEventInformation(microsoft.graph.virtualEvent)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "external_event_id", &self.external_event_id);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for VirtualEventSetExternalEventInformationParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.external_event_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.external_event_id);
    }
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
rt::impl_object!(VirtualEventSetExternalEventInformationParams);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    VirtualEventSetExternalEventInformationParams { with_external_event_id
    external_event_id : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventSetExternalEventInformationParams);
