//! Items of `params` by the first letters of their types' names (`di_dr`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.checkMemberGroups`.
/// - `groupIds`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct DirectoryObjectCheckMemberGroupsParams {
    /// CSDL: property `groupIds`: `Collection(Edm.String)`, not nullable.
    pub group_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DirectoryObjectCheckMemberGroupsParams {
    #[inline]
    fn default() -> Self {
        Self {
            group_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DirectoryObjectCheckMemberGroupsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.checkMemberGroups(microsoft.graph.directoryObject)";
    const KEYS: &'static [&'static str] = &["groupIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"groupIds\":"];
    const TAG: &'static str = "\"#microsoft.graph.checkMemberGroups(microsoft.graph.directoryObject)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.group_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.group_ids);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.group_ids),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "group_ids", &self.group_ids);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_object!(DirectoryObjectCheckMemberGroupsParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DirectoryObjectCheckMemberGroupsParams { with_group_ids group_ids : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryObjectCheckMemberGroupsParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.checkMemberObjects`.
/// - `ids`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct DirectoryObjectCheckMemberObjectsParams {
    /// CSDL: property `ids`: `Collection(Edm.String)`, not nullable.
    pub ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DirectoryObjectCheckMemberObjectsParams {
    #[inline]
    fn default() -> Self {
        Self {
            ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DirectoryObjectCheckMemberObjectsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.checkMemberObjects(microsoft.graph.directoryObject)";
    const KEYS: &'static [&'static str] = &["ids"];
    const KEYS_JSON: &'static [&'static str] = &[",\"ids\":"];
    const TAG: &'static str = "\"#microsoft.graph.checkMemberObjects(microsoft.graph.directoryObject)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.ids);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.ids),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "ids", &self.ids);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_object!(DirectoryObjectCheckMemberObjectsParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DirectoryObjectCheckMemberObjectsParams { with_ids ids : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryObjectCheckMemberObjectsParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.getByIds`.
/// - `ids`: `Collection(Edm.String)`
/// - `types`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct DirectoryObjectCollectionGetByIdsParams {
    /// CSDL: property `ids`: `Collection(Edm.String)`, not nullable.
    pub ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `types`: `Collection(Edm.String)`, nullable.
    pub types: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DirectoryObjectCollectionGetByIdsParams {
    #[inline]
    fn default() -> Self {
        Self {
            ids: rt::Field::Absent,
            types: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DirectoryObjectCollectionGetByIdsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getByIds(Collection(microsoft.graph.directoryObject))";
    const KEYS: &'static [&'static str] = &["ids", "types"];
    const KEYS_JSON: &'static [&'static str] = &[",\"ids\":", ",\"types\":"];
    const TAG: &'static str = "\"#microsoft.graph.getByIds(Collection(microsoft.graph.directoryObject))\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.ids.read_from(r),
            1usize => self.types.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.ids);
        w.field(1usize, &self.types);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.ids),
            1usize => ::std::option::Option::Some(&self.types),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "ids", &self.ids);
        d.field(1usize, "types", &self.types);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_object!(DirectoryObjectCollectionGetByIdsParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DirectoryObjectCollectionGetByIdsParams { with_ids ids : ::std::vec::Vec <
    ::std::string::String >; with_types types : ::std::vec::Vec < ::std::string::String
    >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryObjectCollectionGetByIdsParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.getMemberGroups`.
/// - `securityEnabledOnly`: `Edm.Boolean`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct DirectoryObjectGetMemberGroupsParams {
    /// CSDL: property `securityEnabledOnly`: `Edm.Boolean`, nullable.
    pub security_enabled_only: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DirectoryObjectGetMemberGroupsParams {
    #[inline]
    fn default() -> Self {
        Self {
            security_enabled_only: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DirectoryObjectGetMemberGroupsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getMemberGroups(microsoft.graph.directoryObject)";
    const KEYS: &'static [&'static str] = &["securityEnabledOnly"];
    const KEYS_JSON: &'static [&'static str] = &[",\"securityEnabledOnly\":"];
    const TAG: &'static str = "\"#microsoft.graph.getMemberGroups(microsoft.graph.directoryObject)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.security_enabled_only.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.security_enabled_only);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.security_enabled_only),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "security_enabled_only", &self.security_enabled_only);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_object!(DirectoryObjectGetMemberGroupsParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DirectoryObjectGetMemberGroupsParams { with_security_enabled_only
    security_enabled_only : bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryObjectGetMemberGroupsParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.getMemberObjects`.
/// - `securityEnabledOnly`: `Edm.Boolean`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct DirectoryObjectGetMemberObjectsParams {
    /// CSDL: property `securityEnabledOnly`: `Edm.Boolean`, nullable.
    pub security_enabled_only: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DirectoryObjectGetMemberObjectsParams {
    #[inline]
    fn default() -> Self {
        Self {
            security_enabled_only: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DirectoryObjectGetMemberObjectsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getMemberObjects(microsoft.graph.directoryObject)";
    const KEYS: &'static [&'static str] = &["securityEnabledOnly"];
    const KEYS_JSON: &'static [&'static str] = &[",\"securityEnabledOnly\":"];
    const TAG: &'static str = "\"#microsoft.graph.getMemberObjects(microsoft.graph.directoryObject)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.security_enabled_only.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.security_enabled_only);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.security_enabled_only),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "security_enabled_only", &self.security_enabled_only);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_object!(DirectoryObjectGetMemberObjectsParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DirectoryObjectGetMemberObjectsParams { with_security_enabled_only
    security_enabled_only : bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryObjectGetMemberObjectsParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.getUserOwnedObjects`.
/// - `userId`: `Edm.String`
/// - `type`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct DirectoryObjectCollectionGetUserOwnedObjectsParams {
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DirectoryObjectCollectionGetUserOwnedObjectsParams {
    #[inline]
    fn default() -> Self {
        Self {
            user_id: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DirectoryObjectCollectionGetUserOwnedObjectsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getUserOwnedObjects(Collection(microsoft.graph.directoryObject))";
    const KEYS: &'static [&'static str] = &["userId", "type"];
    const KEYS_JSON: &'static [&'static str] = &[",\"userId\":", ",\"type\":"];
    const TAG: &'static str = "\"#microsoft.graph.getUserOwnedObjects(Collection(microsoft.graph.directoryObject))\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.user_id.read_from(r),
            1usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.user_id);
        w.field(1usize, &self.type_);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.user_id),
            1usize => ::std::option::Option::Some(&self.type_),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "user_id", &self.user_id);
        d.field(1usize, "type_", &self.type_);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_object!(DirectoryObjectCollectionGetUserOwnedObjectsParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DirectoryObjectCollectionGetUserOwnedObjectsParams { with_user_id user_id :
    ::std::string::String; with_type type_ : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryObjectCollectionGetUserOwnedObjectsParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.validateProperties`.
/// - `entityType`: `Edm.String`
/// - `displayName`: `Edm.String`
/// - `mailNickname`: `Edm.String`
/// - `onBehalfOfUserId`: `Edm.Guid`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct DirectoryObjectCollectionValidatePropertiesParams {
    /// CSDL: property `entityType`: `Edm.String`, nullable.
    pub entity_type: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `mailNickname`: `Edm.String`, nullable.
    pub mail_nickname: rt::Field<::std::string::String>,
    /// CSDL: property `onBehalfOfUserId`: `Edm.Guid`, nullable.
    pub on_behalf_of_user_id: rt::Field<rt::edm::Guid>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DirectoryObjectCollectionValidatePropertiesParams {
    #[inline]
    fn default() -> Self {
        Self {
            entity_type: rt::Field::Absent,
            display_name: rt::Field::Absent,
            mail_nickname: rt::Field::Absent,
            on_behalf_of_user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DirectoryObjectCollectionValidatePropertiesParams {
    const TYPE_NAME: &'static str = "microsoft.graph.validateProperties(Collection(microsoft.graph.directoryObject))";
    const KEYS: &'static [&'static str] = &[
        "entityType",
        "displayName",
        "mailNickname",
        "onBehalfOfUserId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"entityType\":",
        ",\"displayName\":",
        ",\"mailNickname\":",
        ",\"onBehalfOfUserId\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.validateProperties(Collection(microsoft.graph.directoryObject))\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.entity_type.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.mail_nickname.read_from(r),
            3usize => self.on_behalf_of_user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.entity_type);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.mail_nickname);
        w.field(3usize, &self.on_behalf_of_user_id);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.entity_type),
            1usize => ::std::option::Option::Some(&self.display_name),
            2usize => ::std::option::Option::Some(&self.mail_nickname),
            3usize => ::std::option::Option::Some(&self.on_behalf_of_user_id),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "entity_type", &self.entity_type);
        d.field(1usize, "display_name", &self.display_name);
        d.field(2usize, "mail_nickname", &self.mail_nickname);
        d.field(3usize, "on_behalf_of_user_id", &self.on_behalf_of_user_id);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_object!(DirectoryObjectCollectionValidatePropertiesParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DirectoryObjectCollectionValidatePropertiesParams { with_entity_type entity_type :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_mail_nickname mail_nickname : ::std::string::String; with_on_behalf_of_user_id
    on_behalf_of_user_id : rt::edm::Guid; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryObjectCollectionValidatePropertiesParams);
#[cfg(msgraph_beta_domains_or_search)]
/// Parameters of the action `microsoft.graph.forceDelete`.
/// - `disableUserAccounts`: `Edm.Boolean`
///
/// Features: `beta`, or one of `beta-domains`, `beta-search`.
#[derive(Clone, PartialEq)]
pub struct DomainForceDeleteParams {
    /// CSDL: property `disableUserAccounts`: `Edm.Boolean`, nullable.
    pub disable_user_accounts: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_domains_or_search)]
impl ::std::default::Default for DomainForceDeleteParams {
    #[inline]
    fn default() -> Self {
        Self {
            disable_user_accounts: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_domains_or_search)]
impl rt::Object for DomainForceDeleteParams {
    const TYPE_NAME: &'static str = "microsoft.graph.forceDelete(microsoft.graph.domain)";
    const KEYS: &'static [&'static str] = &["disableUserAccounts"];
    const KEYS_JSON: &'static [&'static str] = &[",\"disableUserAccounts\":"];
    const TAG: &'static str = "\"#microsoft.graph.forceDelete(microsoft.graph.domain)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.disable_user_accounts.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.disable_user_accounts);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.disable_user_accounts),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "disable_user_accounts", &self.disable_user_accounts);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_domains_or_search)]
rt::impl_object!(DomainForceDeleteParams);
#[cfg(msgraph_beta_domains_or_search)]
rt::impl_setters!(
    DomainForceDeleteParams { with_disable_user_accounts disable_user_accounts : bool; }
);
#[cfg(msgraph_beta_domains_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DomainForceDeleteParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.checkin`.
/// - `checkInAs`: `Edm.String`
/// - `comment`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
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
    const KEYS_JSON: &'static [&'static str] = &[",\"checkInAs\":", ",\"comment\":"];
    const TAG: &'static str = "\"#microsoft.graph.checkin(microsoft.graph.driveItem)\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.check_in_as),
            1usize => ::std::option::Option::Some(&self.comment),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "check_in_as", &self.check_in_as);
        d.field(1usize, "comment", &self.comment);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
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
#[derive(Clone, PartialEq)]
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
    const KEYS_JSON: &'static [&'static str] = &[",\"name\":", ",\"parentReference\":"];
    const TAG: &'static str = "\"#microsoft.graph.copy(microsoft.graph.driveItem)\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.name),
            1usize => ::std::option::Option::Some(&self.parent_reference),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "name", &self.name);
        d.field(1usize, "parent_reference", &self.parent_reference);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
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
#[derive(Clone, PartialEq)]
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
        ",\"type\":",
        ",\"scope\":",
        ",\"expirationDateTime\":",
        ",\"password\":",
        ",\"message\":",
        ",\"recipients\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.createLink(microsoft.graph.driveItem)\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.type_),
            1usize => ::std::option::Option::Some(&self.scope),
            2usize => ::std::option::Option::Some(&self.expiration_date_time),
            3usize => ::std::option::Option::Some(&self.password),
            4usize => ::std::option::Option::Some(&self.message),
            5usize => ::std::option::Option::Some(&self.recipients),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "type_", &self.type_);
        d.field(1usize, "scope", &self.scope);
        d.field(2usize, "expiration_date_time", &self.expiration_date_time);
        d.field(3usize, "password", &self.password);
        d.field(4usize, "message", &self.message);
        d.field(5usize, "recipients", &self.recipients);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
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
#[derive(Clone, PartialEq)]
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
    const KEYS_JSON: &'static [&'static str] = &[",\"item\":"];
    const TAG: &'static str = "\"#microsoft.graph.createUploadSession(microsoft.graph.driveItem)\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.item),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "item", &self.item);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
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
#[derive(Clone, PartialEq)]
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
        ",\"requireSignIn\":",
        ",\"roles\":",
        ",\"sendInvitation\":",
        ",\"message\":",
        ",\"recipients\":",
        ",\"expirationDateTime\":",
        ",\"password\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.invite(microsoft.graph.driveItem)\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.require_sign_in),
            1usize => ::std::option::Option::Some(&self.roles),
            2usize => ::std::option::Option::Some(&self.send_invitation),
            3usize => ::std::option::Option::Some(&self.message),
            4usize => ::std::option::Option::Some(&self.recipients),
            5usize => ::std::option::Option::Some(&self.expiration_date_time),
            6usize => ::std::option::Option::Some(&self.password),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "require_sign_in", &self.require_sign_in);
        d.field(1usize, "roles", &self.roles);
        d.field(2usize, "send_invitation", &self.send_invitation);
        d.field(3usize, "message", &self.message);
        d.field(4usize, "recipients", &self.recipients);
        d.field(5usize, "expiration_date_time", &self.expiration_date_time);
        d.field(6usize, "password", &self.password);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
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
#[derive(Clone, PartialEq)]
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
        ",\"viewer\":",
        ",\"chromeless\":",
        ",\"allowEdit\":",
        ",\"page\":",
        ",\"zoom\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.preview(microsoft.graph.driveItem)\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.viewer),
            1usize => ::std::option::Option::Some(&self.chromeless),
            2usize => ::std::option::Option::Some(&self.allow_edit),
            3usize => ::std::option::Option::Some(&self.page),
            4usize => ::std::option::Option::Some(&self.zoom),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "viewer", &self.viewer);
        d.field(1usize, "chromeless", &self.chromeless);
        d.field(2usize, "allow_edit", &self.allow_edit);
        d.field(3usize, "page", &self.page);
        d.field(4usize, "zoom", &self.zoom);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
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
#[derive(Clone, PartialEq)]
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
    const KEYS_JSON: &'static [&'static str] = &[",\"parentReference\":", ",\"name\":"];
    const TAG: &'static str = "\"#microsoft.graph.restore(microsoft.graph.driveItem)\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.parent_reference),
            1usize => ::std::option::Option::Some(&self.name),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "parent_reference", &self.parent_reference);
        d.field(1usize, "name", &self.name);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
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
#[derive(Clone, PartialEq)]
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
        ",\"challengeToken\":",
        ",\"password\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.validatePermission(microsoft.graph.driveItem)\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.challenge_token),
            1usize => ::std::option::Option::Some(&self.password),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "challenge_token", &self.challenge_token);
        d.field(1usize, "password", &self.password);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
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
