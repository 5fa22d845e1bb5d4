//! Items of `params` by the first letters of their types' names (`dr`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.checkin`.
/// - `checkInAs`: `Edm.String`
/// - `comment`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DriveItemCheckinParams {
    /// CSDL: property `checkInAs`: `Edm.String`, nullable.
    pub check_in_as: rt::Field<::std::string::String>,
    /// CSDL: property `comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for DriveItemCheckinParams {
    #[inline]
    fn default() -> Self {
        Self {
            check_in_as: rt::Field::Absent,
            comment: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for DriveItemCheckinParams {
    const TYPE_NAME: &'static str = "microsoft.graph.checkin(microsoft.graph.driveItem)";
    const KEYS: &'static [&'static str] = &["checkInAs", "comment"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"checkInAs\":                    ",
        ",\"comment\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.checkin(microsoft.graph.driveItem)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "check_in_as", &self.check_in_as);
        v.field(1usize, "comment", &self.comment);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for DriveItemCheckinParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.check_in_as.read_from(r),
            1usize => self.comment.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.check_in_as);
        w.field(1usize, &self.comment);
    }
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
rt::impl_object!(DriveItemCheckinParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    DriveItemCheckinParams { with_check_in_as check_in_as : ::std::string::String;
    with_comment comment : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItemCheckinParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.copy`.
/// - `name`: `Edm.String`
/// - `parentReference`: `microsoft.graph.itemReference`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DriveItemCopyParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `parentReference`: `microsoft.graph.itemReference`, nullable.
    pub parent_reference: rt::Field<crate::beta::ItemReference>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for DriveItemCopyParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            parent_reference: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for DriveItemCopyParams {
    const TYPE_NAME: &'static str = "microsoft.graph.copy(microsoft.graph.driveItem)";
    const KEYS: &'static [&'static str] = &["name", "parentReference"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"parentReference\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.copy(microsoft.graph.driveItem)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "parent_reference", &self.parent_reference);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for DriveItemCopyParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.parent_reference.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.parent_reference);
    }
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
rt::impl_object!(DriveItemCopyParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    DriveItemCopyParams { with_name name : ::std::string::String; with_parent_reference
    parent_reference : crate ::beta::ItemReference; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItemCopyParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.createLink`.
/// - `type`: `Edm.String`
/// - `scope`: `Edm.String`
/// - `expirationDateTime`: `Edm.DateTimeOffset`
/// - `password`: `Edm.String`
/// - `message`: `Edm.String`
/// - `recipients`: `Collection(microsoft.graph.driveRecipient)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DriveItemCreateLinkParams {
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `scope`: `Edm.String`, nullable.
    pub scope: rt::Field<::std::string::String>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `password`: `Edm.String`, nullable.
    pub password: rt::Field<::std::string::String>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// CSDL: property `recipients`: `Collection(microsoft.graph.driveRecipient)`, nullable.
    pub recipients: rt::Field<::std::vec::Vec<crate::beta::DriveRecipient>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for DriveItemCreateLinkParams {
    #[inline]
    fn default() -> Self {
        Self {
            type_: rt::Field::Absent,
            scope: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            password: rt::Field::Absent,
            message: rt::Field::Absent,
            recipients: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for DriveItemCreateLinkParams {
    const TYPE_NAME: &'static str = "microsoft.graph.createLink(microsoft.graph.driveItem)";
    const KEYS: &'static [&'static str] = &[
        "type",
        "scope",
        "expirationDateTime",
        "password",
        "message",
        "recipients",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"type\":                         ",
        ",\"scope\":                        ",
        ",\"expirationDateTime\":           ",
        ",\"password\":                     ",
        ",\"message\":                      ",
        ",\"recipients\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.createLink(microsoft.graph.driveItem)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "type_", &self.type_);
        v.field(1usize, "scope", &self.scope);
        v.field(2usize, "expiration_date_time", &self.expiration_date_time);
        v.field(3usize, "password", &self.password);
        v.field(4usize, "message", &self.message);
        v.field(5usize, "recipients", &self.recipients);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for DriveItemCreateLinkParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.type_.read_from(r),
            1usize => self.scope.read_from(r),
            2usize => self.expiration_date_time.read_from(r),
            3usize => self.password.read_from(r),
            4usize => self.message.read_from(r),
            5usize => self.recipients.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.type_);
        w.field(1usize, &self.scope);
        w.field(2usize, &self.expiration_date_time);
        w.field(3usize, &self.password);
        w.field(4usize, &self.message);
        w.field(5usize, &self.recipients);
    }
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
rt::impl_object!(DriveItemCreateLinkParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    DriveItemCreateLinkParams { with_type type_ : ::std::string::String; with_scope scope
    : ::std::string::String; with_expiration_date_time expiration_date_time :
    rt::edm::DateTimeOffset; with_password password : ::std::string::String; with_message
    message : ::std::string::String; with_recipients recipients : ::std::vec::Vec < crate
    ::beta::DriveRecipient >; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItemCreateLinkParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.createUploadSession`.
/// - `item`: `microsoft.graph.driveItemUploadableProperties`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DriveItemCreateUploadSessionParams {
    /// CSDL: property `item`: `microsoft.graph.driveItemUploadableProperties`, nullable.
    pub item: rt::Field<crate::beta::DriveItemUploadableProperties>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for DriveItemCreateUploadSessionParams {
    #[inline]
    fn default() -> Self {
        Self {
            item: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for DriveItemCreateUploadSessionParams {
    const TYPE_NAME: &'static str = "microsoft.graph.createUploadSession(microsoft.graph.driveItem)";
    const KEYS: &'static [&'static str] = &["item"];
    const KEYS_JSON: &'static [&'static str] = &[",\"item\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.createUploadSession(microsoft.graph.driveItem)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "item", &self.item);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for DriveItemCreateUploadSessionParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.item.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.item);
    }
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
rt::impl_object!(DriveItemCreateUploadSessionParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    DriveItemCreateUploadSessionParams { with_item item : crate
    ::beta::DriveItemUploadableProperties; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItemCreateUploadSessionParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.invite`.
/// - `requireSignIn`: `Edm.Boolean`
/// - `roles`: `Collection(Edm.String)`
/// - `sendInvitation`: `Edm.Boolean`
/// - `message`: `Edm.String`
/// - `recipients`: `Collection(microsoft.graph.driveRecipient)`
/// - `expirationDateTime`: `Edm.String`
/// - `password`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DriveItemInviteParams {
    /// CSDL: property `requireSignIn`: `Edm.Boolean`, nullable.
    pub require_sign_in: rt::Field<bool>,
    /// CSDL: property `roles`: `Collection(Edm.String)`, nullable.
    pub roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `sendInvitation`: `Edm.Boolean`, nullable.
    pub send_invitation: rt::Field<bool>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// CSDL: property `recipients`: `Collection(microsoft.graph.driveRecipient)`, not nullable.
    pub recipients: rt::Field<::std::vec::Vec<crate::beta::DriveRecipient>>,
    /// CSDL: property `expirationDateTime`: `Edm.String`, nullable.
    pub expiration_date_time: rt::Field<::std::string::String>,
    /// CSDL: property `password`: `Edm.String`, nullable.
    pub password: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for DriveItemInviteParams {
    #[inline]
    fn default() -> Self {
        Self {
            require_sign_in: rt::Field::Absent,
            roles: rt::Field::Absent,
            send_invitation: rt::Field::Absent,
            message: rt::Field::Absent,
            recipients: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            password: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for DriveItemInviteParams {
    const TYPE_NAME: &'static str = "microsoft.graph.invite(microsoft.graph.driveItem)";
    const KEYS: &'static [&'static str] = &[
        "requireSignIn",
        "roles",
        "sendInvitation",
        "message",
        "recipients",
        "expirationDateTime",
        "password",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"requireSignIn\":                ",
        ",\"roles\":                        ",
        ",\"sendInvitation\":               ",
        ",\"message\":                      ",
        ",\"recipients\":                   ",
        ",\"expirationDateTime\":           ",
        ",\"password\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.invite(microsoft.graph.driveItem)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "require_sign_in", &self.require_sign_in);
        v.field(1usize, "roles", &self.roles);
        v.field(2usize, "send_invitation", &self.send_invitation);
        v.field(3usize, "message", &self.message);
        v.field(4usize, "recipients", &self.recipients);
        v.field(5usize, "expiration_date_time", &self.expiration_date_time);
        v.field(6usize, "password", &self.password);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for DriveItemInviteParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.require_sign_in.read_from(r),
            1usize => self.roles.read_from(r),
            2usize => self.send_invitation.read_from(r),
            3usize => self.message.read_from(r),
            4usize => self.recipients.read_from(r),
            5usize => self.expiration_date_time.read_from(r),
            6usize => self.password.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.require_sign_in);
        w.field(1usize, &self.roles);
        w.field(2usize, &self.send_invitation);
        w.field(3usize, &self.message);
        w.field(4usize, &self.recipients);
        w.field(5usize, &self.expiration_date_time);
        w.field(6usize, &self.password);
    }
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
rt::impl_object!(DriveItemInviteParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    DriveItemInviteParams { with_require_sign_in require_sign_in : bool; with_roles roles
    : ::std::vec::Vec < ::std::string::String >; with_send_invitation send_invitation :
    bool; with_message message : ::std::string::String; with_recipients recipients :
    ::std::vec::Vec < crate ::beta::DriveRecipient >; with_expiration_date_time
    expiration_date_time : ::std::string::String; with_password password :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItemInviteParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.preview`.
/// - `viewer`: `Edm.String`
/// - `chromeless`: `Edm.Boolean`
/// - `allowEdit`: `Edm.Boolean`
/// - `page`: `Edm.String`
/// - `zoom`: `Edm.Double`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DriveItemPreviewParams {
    /// CSDL: property `viewer`: `Edm.String`, nullable.
    pub viewer: rt::Field<::std::string::String>,
    /// CSDL: property `chromeless`: `Edm.Boolean`, nullable.
    pub chromeless: rt::Field<bool>,
    /// CSDL: property `allowEdit`: `Edm.Boolean`, nullable.
    pub allow_edit: rt::Field<bool>,
    /// CSDL: property `page`: `Edm.String`, nullable.
    pub page: rt::Field<::std::string::String>,
    /// CSDL: property `zoom`: `Edm.Double`, nullable.
    pub zoom: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for DriveItemPreviewParams {
    #[inline]
    fn default() -> Self {
        Self {
            viewer: rt::Field::Absent,
            chromeless: rt::Field::Absent,
            allow_edit: rt::Field::Absent,
            page: rt::Field::Absent,
            zoom: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for DriveItemPreviewParams {
    const TYPE_NAME: &'static str = "microsoft.graph.preview(microsoft.graph.driveItem)";
    const KEYS: &'static [&'static str] = &[
        "viewer",
        "chromeless",
        "allowEdit",
        "page",
        "zoom",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"viewer\":                       ",
        ",\"chromeless\":                   ",
        ",\"allowEdit\":                    ",
        ",\"page\":                         ",
        ",\"zoom\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.preview(microsoft.graph.driveItem)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "viewer", &self.viewer);
        v.field(1usize, "chromeless", &self.chromeless);
        v.field(2usize, "allow_edit", &self.allow_edit);
        v.field(3usize, "page", &self.page);
        v.field(4usize, "zoom", &self.zoom);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for DriveItemPreviewParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.viewer.read_from(r),
            1usize => self.chromeless.read_from(r),
            2usize => self.allow_edit.read_from(r),
            3usize => self.page.read_from(r),
            4usize => self.zoom.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.viewer);
        w.field(1usize, &self.chromeless);
        w.field(2usize, &self.allow_edit);
        w.field(3usize, &self.page);
        w.field(4usize, &self.zoom);
    }
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
rt::impl_object!(DriveItemPreviewParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    DriveItemPreviewParams { with_viewer viewer : ::std::string::String; with_chromeless
    chromeless : bool; with_allow_edit allow_edit : bool; with_page page :
    ::std::string::String; with_zoom zoom : f64; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItemPreviewParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.restore`.
/// - `parentReference`: `microsoft.graph.itemReference`
/// - `name`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DriveItemRestoreParams {
    /// CSDL: property `parentReference`: `microsoft.graph.itemReference`, nullable.
    pub parent_reference: rt::Field<crate::beta::ItemReference>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for DriveItemRestoreParams {
    #[inline]
    fn default() -> Self {
        Self {
            parent_reference: rt::Field::Absent,
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for DriveItemRestoreParams {
    const TYPE_NAME: &'static str = "microsoft.graph.restore(microsoft.graph.driveItem)";
    const KEYS: &'static [&'static str] = &["parentReference", "name"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"parentReference\":              ",
        ",\"name\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.restore(microsoft.graph.driveItem)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "parent_reference", &self.parent_reference);
        v.field(1usize, "name", &self.name);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for DriveItemRestoreParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.parent_reference.read_from(r),
            1usize => self.name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.parent_reference);
        w.field(1usize, &self.name);
    }
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
rt::impl_object!(DriveItemRestoreParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    DriveItemRestoreParams { with_parent_reference parent_reference : crate
    ::beta::ItemReference; with_name name : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItemRestoreParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.validatePermission`.
/// - `challengeToken`: `Edm.String`
/// - `password`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DriveItemValidatePermissionParams {
    /// CSDL: property `challengeToken`: `Edm.String`, nullable.
    pub challenge_token: rt::Field<::std::string::String>,
    /// CSDL: property `password`: `Edm.String`, not nullable.
    pub password: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for DriveItemValidatePermissionParams {
    #[inline]
    fn default() -> Self {
        Self {
            challenge_token: rt::Field::Absent,
            password: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for DriveItemValidatePermissionParams {
    const TYPE_NAME: &'static str = "microsoft.graph.validatePermission(microsoft.graph.driveItem)";
    const KEYS: &'static [&'static str] = &["challengeToken", "password"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"challengeToken\":               ",
        ",\"password\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.validatePermission(microsoft.graph.driveItem)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "challenge_token", &self.challenge_token);
        v.field(1usize, "password", &self.password);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for DriveItemValidatePermissionParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.challenge_token.read_from(r),
            1usize => self.password.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.challenge_token);
        w.field(1usize, &self.password);
    }
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
rt::impl_object!(DriveItemValidatePermissionParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    DriveItemValidatePermissionParams { with_challenge_token challenge_token :
    ::std::string::String; with_password password : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItemValidatePermissionParams);
